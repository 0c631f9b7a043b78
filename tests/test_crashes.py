"""Inputs that used to crash (exit 1, "a bug") are bad input (3) or an output problem (7): numbers
too large for a float, files nested thousands deep, names the file system cannot hold, link
loops, a closed standard input. Each ends in one `Error:` line, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import COASTAL_STATEMENT, PROJECT, run_briefing

LONG = "n" * 300  # a file name over the 255 bytes file systems allow


def _one_error_line(result: subprocess.CompletedProcess[str], codes: tuple[int, ...]) -> str:
    assert result.returncode in codes, result.stderr
    assert "Traceback" not in result.stderr
    assert "this is a bug" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: ")
    return line


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "statement.txt").write_text(COASTAL_STATEMENT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "number",
    ["9" * 400, "9" * 310 + " billion", "$" + "9" * 400, "9" * 400 + "%", "1" + ",000" * 150],
    ids=["400 digits", "scaled past a float", "money", "percent", "grouped"],
)
def test_a_number_too_large_for_a_float_is_not_a_figure(folder, number):
    (folder / "s.txt").write_text(
        f"The Network said that {number} people need help, and that 1,200 families lost their homes.\n\n"
        '"We ask the government to act now," said Ana Ruiz.\n',
        encoding="utf-8",
    )
    result = run_briefing("extract", "s.txt", "--format", "json", cwd=folder)
    assert result.returncode == 0, result.stderr
    result = run_briefing("build", "s.txt", "--format", "html", cwd=folder)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "figure",
    [
        f'display: "{"9" * 400}"\n    label: people',
        f'display: "800"\n    label: people\n    value: {"9" * 400}',
        f'display: "800"\n    label: people\n    of: "{"9" * 400}"',
    ],
    ids=["display", "value", "of"],
)
def test_a_content_file_with_a_400_digit_figure_is_a_user_error_or_builds(folder, figure):
    (folder / "c.yaml").write_text(
        f"title: T\nsource:\n  file: statement.txt\nfigures:\n  - {figure}\n", encoding="utf-8"
    )
    result = run_briefing("build", "c.yaml", "--format", "html", cwd=folder)
    assert result.returncode in (0, 3, 4), result.stderr  # built, refused, or not in the source
    assert "Traceback" not in result.stderr
    assert result.returncode == 0 or result.stderr.startswith("Error: ")


@pytest.mark.parametrize(
    "text",
    [
        "title: " + "[" * 5000 + "]" * 5000 + "\n",
        "title: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n",
        "".join(" " * level + "a:\n" for level in range(600)),  # deep, yet under the size cap
        "- " * 3000 + "x\n",
    ],
    ids=["flow lists", "flow maps", "block maps", "block lists"],
)
def test_a_content_file_nested_thousands_deep_is_bad_input(folder, text):
    (folder / "c.yaml").write_text(text + "source:\n  file: statement.txt\n", encoding="utf-8")
    for command in ("build", "check"):
        line = _one_error_line(run_briefing(command, "c.yaml", cwd=folder), (3,))
        assert line.startswith("Error: c.yaml:")


@pytest.mark.parametrize(
    "text",
    [
        "organisation = " + "[" * 5000 + "]" * 5000 + "\n",
        "organisation = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n",
    ],
    ids=["arrays", "inline tables"],
)
def test_a_config_nested_thousands_deep_is_bad_input(folder, text):
    (folder / "briefing.toml").write_text(text, encoding="utf-8")
    line = _one_error_line(run_briefing("build", "statement.txt", cwd=folder), (3,))
    assert "briefing.toml" in line


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["build", "statement.txt", "-o", f"out/{LONG}.pdf"], 7),
        (["build", "statement.txt", "-o", f"out/{LONG}/x.pdf"], 7),
        (["build", "statement.txt", "--format", "html", "-o", f"{LONG}.html"], 7),
        (["build", "statement.txt", "statement.txt", "-o", f"out/{LONG}"], 7),
        (["extract", "statement.txt", "-o", f"{LONG}.yaml"], 7),
        (["build", f"{LONG}.txt"], 3),
        (["build", f"{LONG}.yaml"], 3),
        (["check", f"{LONG}.yaml"], 3),
        (["extract", f"{LONG}.txt"], 3),
        (["build", "statement.txt", "--config", f"{LONG}.toml"], 3),
    ],
)
def test_a_name_too_long_for_the_file_system(folder, args, code):
    _one_error_line(run_briefing(*args, cwd=folder), (code,))
    assert sorted(path.name for path in folder.iterdir()) == ["statement.txt"]  # nothing written


def test_a_batch_input_with_a_name_too_long_fails_alone(folder):
    result = run_briefing("build", f"{LONG}.txt", "statement.txt", "-o", "out", cwd=folder)
    assert result.returncode == 3, result.stderr
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 1
    assert "the name is too long for the file system" in failed[0]
    assert (folder / "out" / "statement.pdf").exists()


@pytest.mark.parametrize("where", ["logo", "source"])
def test_a_long_name_or_a_link_loop_inside_a_file_is_bad_input(folder, where):
    (folder / "loop.svg").symlink_to("loop.svg")
    (folder / "loop.txt").symlink_to("loop.txt")
    for name in (f"{LONG}.svg", "loop.svg") if where == "logo" else (f"{LONG}.txt", "loop.txt"):
        if where == "logo":
            (folder / "briefing.toml").write_text(f'logo = "{name}"\n', encoding="utf-8")
            result = run_briefing("build", "statement.txt", cwd=folder)
        else:
            (folder / "c.yaml").write_text(f"title: T\nsource:\n  file: {name}\n", encoding="utf-8")
            result = run_briefing("build", "c.yaml", cwd=folder)
        _one_error_line(result, (3,))


def test_an_input_that_is_a_link_loop_is_bad_input(folder):
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "loop.yaml").symlink_to("loop.yaml")
    for name in ("loop.txt", "loop.yaml"):
        line = _one_error_line(run_briefing("build", name, cwd=folder), (3,))
        assert "a link that points to itself" in line


@pytest.mark.parametrize("how", ["closed", "empty"])
def test_standard_input_closed_or_empty_is_bad_input(folder, how):
    stdin = subprocess.DEVNULL
    command = [sys.executable, "-m", "briefing", "build", "-", "-o", "out/x.pdf"]
    if how == "closed":
        command = ["sh", "-c", '"$0" "$@" <&-', *command]
    result = subprocess.run(
        command,
        cwd=folder,
        stdin=stdin,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(PROJECT), "PATH": "/usr/bin:/bin"},
    )
    line = _one_error_line(result, (3,))
    assert "standard input is " + how in line
