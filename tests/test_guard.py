"""What may be read and what may be written: a content file's source stays in its folder and is
a regular file, nothing blocks on a pipe, and an output is never one of the inputs."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pikepdf
import pytest

from briefing.guard import UnsafeFile, check_inside, read_input_file, read_regular_file, same_file
from tests.conftest import COASTAL_STATEMENT, run_briefing

CONTENT = "title: Families still without homes\nsource:\n  file: {source}\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """briefings/ holds a statement; a secret lies beside the folder, outside it."""
    work = tmp_path / "briefings"
    work.mkdir()
    (work / "statement.txt").write_text(COASTAL_STATEMENT, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(
        "The secret: nobody should see this line at all.\n", encoding="utf-8"
    )
    return work


def _content_file(folder: Path, source: str) -> Path:
    path = folder / "c.yaml"
    path.write_text(CONTENT.format(source=source), encoding="utf-8")
    return path


def _outside_sources(folder: Path) -> dict[str, str]:
    secret = folder.parent / "secret.txt"
    (folder / "link-out.txt").symlink_to(secret)
    (folder / "sub").mkdir()
    (folder / "sub" / "up.txt").symlink_to("../../secret.txt")
    os.mkfifo(folder / "pipe.txt")
    return {
        "parent": "../secret.txt",
        "deep parent": "../../../../../../../../etc/hostname",
        "absolute": str(secret),
        "link out": "link-out.txt",
        "link out from below": "sub/up.txt",
        "a pipe": "pipe.txt",
        "a device": "/dev/zero",
        "a folder": "sub",
        "the folder itself": ".",
    }


@pytest.mark.parametrize("pdf_a", [True, False], ids=["pdf-a", "plain"])
def test_a_source_outside_the_content_files_folder_or_not_a_file_is_refused(folder, pdf_a):
    for case, source in _outside_sources(folder).items():
        _content_file(folder, source)
        extra = ["--pdf-a"] if pdf_a else []
        result = run_briefing("build", "c.yaml", "-o", "out/c.pdf", *extra, cwd=folder)
        assert result.returncode == 3, (case, result.stderr)
        [line] = result.stderr.splitlines()
        assert line.startswith("Error: c.yaml:3: the source statement "), case
        assert "nobody should see" not in line
        assert not (folder / "out" / "c.pdf").exists(), case


def test_check_refuses_an_outside_source_too(folder):
    _content_file(folder, "../secret.txt")
    result = run_briefing("check", "c.yaml", cwd=folder)
    assert result.returncode == 3
    assert "is outside the folder" in result.stderr
    assert "nobody should see" not in result.stdout + result.stderr


def test_a_source_below_the_folder_and_a_link_inside_it_are_fine(folder):
    (folder / "sources").mkdir()
    (folder / "sources" / "s.txt").write_text(COASTAL_STATEMENT, encoding="utf-8")
    (folder / "alias.txt").symlink_to("sources/s.txt")
    for source in ("sources/s.txt", "alias.txt", "./statement.txt"):
        _content_file(folder, source)
        result = run_briefing("build", "c.yaml", "-o", "out/c.pdf", "--pdf-a", cwd=folder)
        assert result.returncode == 0, (source, result.stderr)
        with pikepdf.open(folder / "out" / "c.pdf") as pdf:
            assert set(pdf.attachments) == {Path(os.path.realpath(folder / source)).name, "content.json"}
        (folder / "out" / "c.pdf").unlink()


def test_extract_refuses_a_content_file_its_source_would_be_outside_of(folder):
    (folder / "elsewhere").mkdir()
    result = run_briefing("extract", "statement.txt", "-o", "elsewhere/c.yaml", cwd=folder)
    assert result.returncode == 3
    assert "source must be in the content file's folder or below it" in result.stderr
    assert not (folder / "elsewhere" / "c.yaml").exists()


def test_reading_never_blocks_on_a_pipe_nobody_writes_to(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert read_input_file(pipe, 100) == b""  # at once: no writer is an empty file
    with pytest.raises(UnsafeFile, match="is a pipe"):
        read_regular_file(pipe, 100)
    with pytest.raises(UnsafeFile, match="is a folder"):
        read_input_file(tmp_path, 100)


def test_a_pipe_named_as_a_statement_is_empty_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    result = run_briefing("build", "pipe.txt", cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr == "Error: pipe.txt is empty: give a statement with some text in it.\n"


def test_check_inside_resolves_links_and_refuses_special_files(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "loop").symlink_to("loop")
    assert check_inside(tmp_path / "a.txt", [tmp_path]) == os.path.realpath(tmp_path / "a.txt")
    with pytest.raises(UnsafeFile, match="outside"):
        check_inside(tmp_path / "a.txt", [tmp_path / "sub"])
    with pytest.raises(UnsafeFile, match="link that points to itself"):
        check_inside(tmp_path / "loop", [tmp_path])
    with pytest.raises(UnsafeFile, match="does not exist"):
        check_inside(tmp_path / "gone.txt", [tmp_path])


# --- an output that is an input ---------------------------------------------------------------


def _snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.mark.parametrize(
    ("make", "output"),
    [
        (lambda f: None, "statement.txt"),
        (lambda f: None, "./statement.txt"),
        (lambda f: (f / "hard.pdf").hardlink_to(f / "statement.txt"), "hard.pdf"),
        (lambda f: (f / "sub").mkdir() or (f / "sub" / "up").symlink_to(f), "sub/up/statement.txt"),
    ],
    ids=["same name", "dot path", "hard link", "through a folder link"],
)
def test_an_output_that_is_the_statement_is_refused_and_the_statement_untouched(folder, make, output):
    make(folder)
    before = _snapshot(folder / "statement.txt")
    result = run_briefing("build", "statement.txt", "-o", output, cwd=folder)
    assert result.returncode == 7, result.stderr
    [line] = result.stderr.splitlines()
    assert "is an input of this build" in line
    assert _snapshot(folder / "statement.txt") == before


@pytest.mark.parametrize("output", ["c.yaml", "statement.txt", "briefing.toml"])
def test_an_output_that_is_the_content_file_its_source_or_the_config_is_refused(folder, output):
    _content_file(folder, "statement.txt")
    (folder / "briefing.toml").write_text('organisation = "Harbour Watch"\n', encoding="utf-8")
    before = {name: _snapshot(folder / name) for name in ("c.yaml", "statement.txt", "briefing.toml")}
    result = run_briefing("build", "c.yaml", "-o", output, "--format", "html", cwd=folder)
    assert result.returncode == 7, result.stderr
    assert {name: _snapshot(folder / name) for name in before} == before


def test_extract_never_writes_over_its_statement(folder):
    (folder / "s.yaml").write_text(COASTAL_STATEMENT, encoding="utf-8")
    before = _snapshot(folder / "s.yaml")
    result = run_briefing("extract", "s.yaml", "-o", "s.yaml", "--force", cwd=folder)
    assert result.returncode == 7
    assert _snapshot(folder / "s.yaml") == before


def test_same_file_sees_links_and_hard_links(tmp_path):
    (tmp_path / "a").write_text("x", encoding="utf-8")
    (tmp_path / "b").hardlink_to(tmp_path / "a")
    (tmp_path / "c").symlink_to("a")
    assert same_file(tmp_path / "a", tmp_path / "b")
    assert same_file(tmp_path / "c", tmp_path / "a")
    assert not same_file(tmp_path / "a", tmp_path / "missing")


@pytest.mark.parametrize("kind", ["link", "fifo"])
def test_a_link_or_pipe_at_the_output_is_never_replaced(tmp_path, kind):
    from briefing.errors import OutputError
    from briefing.output import write_atomically

    target = tmp_path / "out.pdf"
    if kind == "link":
        (tmp_path / "elsewhere.pdf").write_bytes(b"keep")
        target.symlink_to("elsewhere.pdf")
    else:
        os.mkfifo(target)
    with pytest.raises(OutputError, match="not a regular file"):
        write_atomically(b"new", target)
    assert stat.S_ISLNK(os.lstat(target).st_mode) or stat.S_ISFIFO(os.lstat(target).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        {"out.pdf", *(["elsewhere.pdf"] if kind == "link" else [])}
    )


@pytest.mark.parametrize("output", ["logo.svg", "templates/standard.html", "styles/base.css"])
def test_an_output_that_is_the_logo_a_template_or_a_stylesheet_is_refused(folder, output):
    import shutil

    from briefing.assets import styles_dir, templates_dir

    (folder / "templates").mkdir()
    (folder / "styles").mkdir()
    shutil.copy(templates_dir() / "standard.html", folder / "templates" / "standard.html")
    shutil.copy(styles_dir() / "base.css", folder / "styles" / "base.css")
    (folder / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>', encoding="utf-8"
    )
    (folder / "briefing.toml").write_text('logo = "logo.svg"\n', encoding="utf-8")
    before = _snapshot(folder / output)
    result = run_briefing("build", "statement.txt", "--format", "html", "-o", output, cwd=folder)
    assert result.returncode == 7, result.stderr
    assert _snapshot(folder / output) == before
