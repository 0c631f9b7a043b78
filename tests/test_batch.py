"""`briefing build` with several inputs: one file each, a manifest, failures that do not stop
the others, the same bytes in parallel as one by one, and a clean stop."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.assets import EXAMPLE_STATEMENT
from briefing.batch import Job, Outcome, batch_exit_code, expand_inputs, plan_jobs
from briefing.cli import cli
from briefing.errors import ExitCode
from tests.conftest import SMALL_STATEMENT

PROJECT = Path(__file__).resolve().parent.parent


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def statements(tmp_path: Path, content_file: Path) -> Path:
    """A folder of two statements and a content file (whose own statement is statement.txt)."""
    (tmp_path / "riverland.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    (tmp_path / "notes.odt").write_text("not an input: no reader takes .odt", encoding="utf-8")
    return tmp_path


def test_a_folder_and_a_file_build_one_pdf_each_and_a_manifest(statements: Path) -> None:
    out = statements / "out"
    result = run("build", str(statements), str(EXAMPLE_STATEMENT), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    names = ["coastal.pdf", "riverland.pdf", "statement.pdf", "venezuela-political-prisoners.pdf"]
    assert sorted(path.name for path in out.glob("*.pdf")) == names
    assert "Built 4 of 4 briefings" in result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["built"], manifest["failed"]) == (4, 0)
    entries = manifest["briefings"]
    # input order: the folder's files sorted by name, then the file given after it
    assert [Path(entry["input"]).name for entry in entries] == [
        "coastal.yaml",
        "riverland.txt",
        "statement.txt",
        "venezuela-political-prisoners.txt",
    ]
    for entry in entries:
        assert set(entry) >= {
            "input",
            "input_sha256",
            "output",
            "output_sha256",
            "pages",
            "type_scale",
            "items_dropped",
            "quotes_verified",
            "quotes_total",
            "warnings",
            "seconds",
        }
        assert entry["status"] == "built"
        assert entry["input_sha256"] == hashlib.sha256(Path(entry["input"]).read_bytes()).hexdigest()
        assert entry["output_sha256"] == hashlib.sha256(Path(entry["output"]).read_bytes()).hexdigest()
        assert entry["pages"] == 1
        assert 0.5 < entry["type_scale"] <= 1.3
        assert set(entry["items_dropped"]) == {"figures", "demands", "quotes"}
        assert entry["seconds"] > 0
    assert entries[0]["quotes_verified"] == entries[0]["quotes_total"] == 2
    assert not list(out.glob(".*")), "a temporary file was left behind"


def test_output_names_follow_the_inputs_and_collisions_get_numbers_in_input_order(tmp_path: Path) -> None:
    for name in ("b/a.txt", "a.yaml", "A.txt", "a-2.txt", "c/Notes 1.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    inputs = [
        tmp_path / "b/a.txt",
        tmp_path / "a.yaml",
        tmp_path / "A.txt",
        tmp_path / "a-2.txt",
        tmp_path / "c",
    ]
    jobs = plan_jobs(expand_inputs(inputs), Path("out"), "pdf")
    assert [job.output.name for job in jobs] == ["a.pdf", "a-2.pdf", "a-3.pdf", "a-2-2.pdf", "notes-1.pdf"]


def test_a_file_given_twice_is_built_once_and_folders_are_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.yml", "c.yaml", "d.pdf", "e.odt", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = expand_inputs([tmp_path, tmp_path / "b.txt"])
    assert [path.name for path in found] == ["a.yml", "b.txt", "c.yaml", "d.pdf"]


def test_one_bad_input_does_not_stop_the_others_and_the_summary_names_it(statements: Path) -> None:
    (statements / "scan.txt").write_bytes(b"%PDF-1.7 not text")
    out = statements / "out"
    result = run("build", str(statements), str(statements / "missing.txt"), "-o", str(out), "--jobs", "1")
    assert result.exit_code == ExitCode.BAD_INPUT  # both failures are bad input: their shared code
    assert sorted(path.name for path in out.glob("*.pdf")) == [
        "coastal.pdf",
        "riverland.pdf",
        "statement.pdf",
    ]
    assert (
        f"FAILED  {statements / 'scan.txt'}: {statements / 'scan.txt'}: this PDF is damaged and cannot be "
        "read: download or export it again, or copy the statement's text into a .txt file."
    ) in result.output
    assert (
        f"FAILED  {statements / 'missing.txt'}: {statements / 'missing.txt'} does not exist" in result.output
    )
    assert "Built 3 of 5 briefings" in result.output
    assert "2 failed" in result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    failed = [entry for entry in manifest["briefings"] if entry["status"] == "failed"]
    assert [(Path(entry["input"]).name, entry["output"], entry["exit_code"]) for entry in failed] == [
        ("scan.txt", None, 3),
        ("missing.txt", None, 3),
    ]


def test_failures_with_different_codes_exit_with_1() -> None:
    job = Job(0, Path("a.txt"), Path("out/a.pdf"))
    built = Outcome(job, 0.1)
    unverified = Outcome(job, 0.1, error="x", exit_code=ExitCode.UNVERIFIED)
    bad = Outcome(job, 0.1, error="y", exit_code=ExitCode.BAD_INPUT)
    assert batch_exit_code([built]) == 0
    assert batch_exit_code([built, unverified, unverified]) == ExitCode.UNVERIFIED
    assert batch_exit_code([built, unverified, bad]) == 1


def test_with_several_inputs_o_must_name_a_folder(statements: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(statements), "-o", str(statements / "x.pdf")])
    assert result.exit_code == ExitCode.OUTPUT_FAILED
    assert result.output == (
        f"Error: -o {statements / 'x.pdf'} looks like a file name: with several inputs, -o names a folder "
        f"(each input gets its own file in it), e.g. -o {statements / 'x'}/.\n"
    )


@pytest.mark.slow
def test_a_parallel_run_writes_the_same_bytes_as_a_serial_one(statements: Path) -> None:
    (statements / "example.txt").write_bytes(EXAMPLE_STATEMENT.read_bytes())
    serial = run("build", str(statements), "-o", str(statements / "serial"), "--jobs", "1")
    assert serial.exit_code == 0, serial.output
    parallel = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefing",
            "build",
            str(statements),
            "-o",
            str(statements / "parallel"),
            "--jobs",
            "2",
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert parallel.returncode == 0, parallel.stderr
    assert "(2 workers)" in parallel.stdout
    names = sorted(path.name for path in (statements / "serial").glob("*.pdf"))
    assert len(names) == 4
    assert names == sorted(path.name for path in (statements / "parallel").glob("*.pdf"))
    for name in names:
        assert (statements / "serial" / name).read_bytes() == (statements / "parallel" / name).read_bytes(), (
            name
        )


@pytest.mark.slow
def test_sigterm_stops_the_pool_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for number in range(12):
        (inputs / f"s{number:02}.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", "build", str(inputs), "-o", str(out), "--jobs", "2"],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(temporary)},
    )
    deadline = time.monotonic() + 60
    while not list(out.glob("*.pdf")) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    if process.returncode == 0:
        pytest.skip("the batch finished before it could be stopped")
    assert process.returncode == ExitCode.TERMINATED, stderr
    assert "Terminated: " in stderr
    assert "no manifest was written" in stderr
    assert not (out / "manifest.json").exists()
    assert not list(out.glob(".*")), "a partial file was left in the output folder"
    # Jinja's compiled-template cache is kept on purpose (a single build keeps it too): the
    # batch checks the template once, in this process, before any work.
    left = [path for path in temporary.iterdir() if not path.name.startswith("_jinja2-cache-")]
    assert not left, "a temporary file or folder was left behind"
    for pdf in out.glob("*.pdf"):
        assert pdf.read_bytes().rstrip().endswith(b"%%EOF")


@pytest.mark.slow
def test_commands_that_do_not_render_never_import_weasyprint(tmp_path: Path) -> None:
    statement = tmp_path / "s.txt"
    shutil.copy(EXAMPLE_STATEMENT, statement)
    script = f"""
import sys
from click.testing import CliRunner
from briefing.cli import cli
for args in (["--help"], ["--version"], ["build", "--help"], ["extract", {str(statement)!r}],
             ["check", {str(statement)!r}], ["schema"], ["templates"]):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, (args, result.output)
heavy = sorted(name for name in ("weasyprint", "pypdf", "rich") if name in sys.modules)
print(",".join(heavy) or "none")
"""
    completed = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == "none"


class _Terminal(io.StringIO):
    """A stream that says it is a terminal, so the batch shows its progress bar and table."""

    def isatty(self) -> bool:
        return True


def test_on_a_terminal_a_progress_bar_runs_and_a_table_sums_up(statements: Path) -> None:
    from briefing.batch import build_batch
    from briefing.progress import BatchReport

    (statements / "broken.txt").write_bytes(b"%PDF-1.7 not a statement")
    stdout, stderr = _Terminal(), _Terminal()
    with BatchReport(stdout=stdout, stderr=stderr) as report:
        result = build_batch(
            [statements],
            statements / "out",
            workers=1,
            on_start=report.start,
            on_outcome=report.outcome,
        )
        report.summary(result)
    assert report.terminal
    assert (report.done, report.failed, report.total) == (3, 1, 4)
    table = stdout.getvalue()
    assert "Briefings" in table
    assert "riverland.pdf" in table
    assert "FAILED" in table
    assert "broken.txt" in table
    assert "Built 3 of 4 briefings" in stderr.getvalue()


@pytest.mark.engine_errors
def test_a_font_that_cannot_be_loaded_is_reported_for_every_briefing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # fonts are loaded once per process; one that failed is tried, and reported, each time
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "standard.css").write_text(
        '@font-face { font-family: "House"; src: url("house.otf"); }\nh1 { font-family: "House", Inter; }\n'
    )
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SMALL_STATEMENT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "a.txt", "b.txt", "-o", "out", "--jobs", "1"])
    # a page set in another font than designed is a failed build (exit 6), not a warning
    assert result.exit_code == 6, result.output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    for briefing in manifest["briefings"]:
        assert briefing["status"] == "failed"
        assert "Font-face 'House' cannot be loaded" in briefing["error"]
