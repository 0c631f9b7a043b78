"""The guarantees of the README's "Reliability and security": valid, tagged and reproducible
PDFs, PDF/A with its evidence attached, inputs never modified, long words and markup kept on
the page as text, and interrupted builds that lose nothing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner
from PIL import Image

from briefing.cli import cli
from briefing.errors import ExitCode
from tests.conftest import COASTAL_STATEMENT, pdf_text, run_briefing, squash, structure_elements

PROJECT = Path(__file__).resolve().parent.parent
CONTENT = """\
title: "Families still without homes"
date: 2025-03-03
issuer: Coastal Rights Network
source:
  file: statement.txt
  url: "https://example.org/coastal"
demands:
  - text: "publish its flood plans — including the costs — within 30 days"
    addressee: the ministry
quotes:
  - text: "Every family deserves a safe home. Nobody should wait another winter for help,"
"""
LONG_WORD = (
    "Delta" + "x" * 1195
)  # 1,200 characters with no break opportunity: as much as a quote column holds
MARKUP = "<b>bold</b> {{ 7 * 7 }} {% if true %}yes{% endif %} &amp;"
ODD_STATEMENT = f"""Statement by the Coastal Rights Network, 3 March 2025

The Network said that 1,200 people need help in the delta after the floods of the winter.

The Network called on the ministry to publish its flood plans within 30 days.

"Nobody should see {MARKUP} on a page as anything but text, and the code {LONG_WORD} must wrap," the Network said.
"""


def fingerprint(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "out" not in path.parts
    }


@pytest.fixture(scope="module")
def branded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a statement, its content file, briefing.toml and a PNG logo, built once as
    a tagged PDF and once as PDF/A (out/default.pdf, out/archive.pdf)."""
    folder = tmp_path_factory.mktemp("branded")
    (folder / "statement.txt").write_text(COASTAL_STATEMENT, encoding="utf-8")
    (folder / "coastal.yaml").write_text(CONTENT, encoding="utf-8")
    Image.new("RGB", (120, 40), (31, 78, 121)).save(folder / "logo.png")
    (folder / "briefing.toml").write_text(
        'organisation = "Harbour Watch"\nlogo = "logo.png"\n', encoding="utf-8"
    )
    before = fingerprint(folder)
    for args in (["-o", "out/default.pdf"], ["-o", "out/archive.pdf", "--pdf-a"]):
        result = run_briefing("build", "coastal.yaml", *args, cwd=folder)
        assert result.returncode == 0, result.stderr
    assert fingerprint(folder) == before, "a build modified its inputs"
    return folder


def test_every_pdf_passes_qpdf_check(branded):
    if not shutil.which("qpdf"):
        pytest.skip("qpdf is not installed (apt-get install qpdf)")
    for name in ("default.pdf", "archive.pdf"):
        result = subprocess.run(
            ["qpdf", "--check", str(branded / "out" / name)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", ["default.pdf", "archive.pdf"])
def test_pdf_is_tagged_with_language_structure_metadata_and_alt_text(branded, name):
    with pikepdf.open(branded / "out" / name) as pdf:
        assert str(pdf.Root.Lang) == "en"
        assert bool(pdf.Root.MarkInfo.Marked)
        elements = structure_elements(pdf)
        roles = {str(element.S) for element in elements}
        assert {"/Document", "/H1", "/L", "/LI", "/BlockQuote", "/Figure"} <= roles
        figures = [str(element.get("/Alt", "")) for element in elements if element.S == "/Figure"]
        assert figures == ["Logo of Harbour Watch", "QR code linking to the source"]
        assert str(pdf.docinfo["/Title"]) == "Families still without homes"
        assert str(pdf.docinfo["/CreationDate"]).startswith("D:20250303")
        with pdf.open_metadata() as xmp:
            assert xmp["dc:title"] == "Families still without homes"
            if name == "default.pdf":
                assert xmp["pdfuaid:part"] == "1"
            else:
                assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("3", "B")


def test_the_default_pdf_carries_no_attachment(branded):
    with pikepdf.open(branded / "out" / "default.pdf") as pdf:
        assert len(pdf.attachments) == 0
        assert "/AF" not in pdf.Root


def test_pdf_a_carries_the_statement_and_the_content_as_evidence(branded):
    with pikepdf.open(branded / "out" / "archive.pdf") as pdf:
        assert sorted(pdf.attachments) == ["content.json", "statement.txt"]
        statement = pdf.attachments["statement.txt"].get_file().read_bytes()
        content = json.loads(pdf.attachments["content.json"].get_file().read_bytes())
        assert "/EmbeddedFiles" in pdf.Root.Names
        assert len(pdf.Root.AF) >= 2  # WeasyPrint 70 lists each file twice (direct and by reference)
    assert statement == COASTAL_STATEMENT.encode("utf-8")
    assert content["title"] == "Families still without homes"
    assert content["source"] == {
        "file": "statement.txt",
        "url": "https://example.org/coastal",
        "publisher": None,
    }
    assert [quote["text"] for quote in content["quotes"]] == [
        "Every family deserves a safe home. Nobody should wait another winter for help,"
    ]


@pytest.mark.slow
def test_pdf_a_is_reproducible_from_another_folder_time_zone_and_locale(branded, tmp_path):
    result = run_briefing(
        "build",
        str(branded / "coastal.yaml"),
        "--pdf-a",
        "--config",
        str(branded / "briefing.toml"),
        "-o",
        str(tmp_path / "again.pdf"),
        cwd=tmp_path,
        TZ="America/Anchorage",
        LC_ALL="C.UTF-8",
        LANG="C.UTF-8",
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "again.pdf").read_bytes() == (branded / "out" / "archive.pdf").read_bytes()


@pytest.mark.slow
def test_source_date_epoch_dates_a_statement_without_a_date(tmp_path):
    (tmp_path / "undated.txt").write_text(COASTAL_STATEMENT.replace(", 3 March 2025", ""), encoding="utf-8")
    first = run_briefing("build", "undated.txt", "-o", "a.pdf", cwd=tmp_path, SOURCE_DATE_EPOCH="1700000000")
    second = run_briefing(
        "build", "undated.txt", "-o", "b.pdf", cwd=tmp_path, SOURCE_DATE_EPOCH="1700000000", TZ="Asia/Kolkata"
    )
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    with pikepdf.open(tmp_path / "a.pdf") as pdf:
        assert str(pdf.docinfo["/CreationDate"]).startswith("D:20231114221320")
    unset = run_briefing("build", "undated.txt", "-o", "c.pdf", cwd=tmp_path)
    assert unset.returncode == 0, unset.stderr
    with pikepdf.open(tmp_path / "c.pdf") as pdf:
        assert "/CreationDate" not in pdf.docinfo  # never the clock


def test_check_and_extract_do_not_modify_their_inputs(branded, tmp_path):
    before = fingerprint(branded)
    runner = CliRunner()
    assert runner.invoke(cli, ["check", str(branded / "coastal.yaml")]).exit_code == 0
    assert runner.invoke(cli, ["extract", str(branded / "statement.txt")]).exit_code == 0
    # a content file's source must be in its folder or below it: written beside the statement
    written = branded / "extracted.yaml"
    result = runner.invoke(cli, ["extract", str(branded / "statement.txt"), "-o", str(written)])
    assert result.exit_code == 0
    after = fingerprint(branded)
    assert after.pop("extracted.yaml")
    written.unlink()
    assert after == before


@pytest.fixture(scope="module")
def odd_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("odd")
    (folder / "odd.txt").write_text(ODD_STATEMENT, encoding="utf-8")
    quote = ODD_STATEMENT.split("\n\n")[-1].split('"')[1]
    (folder / "odd.yaml").write_text(
        f'title: "Odd text"\nsummary: "Short."\nsource:\n  file: odd.txt\nquotes:\n  - text: {json.dumps(quote)}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["build", str(folder / "odd.yaml"), "-o", str(folder / "odd.pdf")])
    assert result.exit_code == 0, result.output
    return folder / "odd.pdf"


def test_markup_and_template_syntax_in_a_statement_are_shown_as_text(odd_pdf):
    text = squash(pdf_text(odd_pdf))
    assert squash(MARKUP) in text
    assert "49" not in text


def test_a_long_word_wraps_inside_the_page(odd_pdf):
    import pdfplumber

    with pdfplumber.open(odd_pdf) as pdf:
        [page] = pdf.pages
        x0, top, x1, bottom = page.mediabox
        chars = page.chars
        assert sum(char["text"] == "x" for char in chars) >= 1195
        for char in chars:
            assert x0 <= char["x0"]
            assert char["x1"] <= x1
            assert top <= char["top"]
            assert char["bottom"] <= bottom


def _large_statement(folder: Path) -> Path:
    paragraph = "The Network said that the delta needs help before the storm season. " * 10
    path = folder / "large.txt"
    path.write_text(COASTAL_STATEMENT + ("\n\n" + paragraph) * 1300, encoding="utf-8")
    assert path.stat().st_size < 1_000_000
    return path


@pytest.mark.slow
@pytest.mark.parametrize(
    ("signal_number", "code", "message"),
    [
        (signal.SIGTERM, ExitCode.TERMINATED, "Terminated: nothing was written."),
        (signal.SIGINT, ExitCode.INTERRUPTED, "Interrupted: nothing was written."),
    ],
    ids=["SIGTERM", "Ctrl-C"],
)
def test_an_interrupted_build_keeps_the_old_briefing_and_leaves_no_temporary(
    tmp_path, signal_number, code, message
):
    statement = _large_statement(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "large.pdf").write_bytes(b"%PDF- yesterday's briefing")
    env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", "build", statement.name],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**env, "PYTHONPATH": str(PROJECT)},
    )
    time.sleep(2.5)  # past start-up (the handler is installed), well inside the build
    assert process.poll() is None, "the build finished before it could be interrupted"
    process.send_signal(signal_number)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == code, stderr
    assert stderr.strip().splitlines()[-1] == message
    assert "Traceback" not in stderr
    assert (tmp_path / "out" / "large.pdf").read_bytes() == b"%PDF- yesterday's briefing"
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["large.pdf"]


def test_a_3000_character_word_is_laid_out_quickly_and_never_runs_off_the_page(tmp_path):
    word = "y" * 3000
    (tmp_path / "s.txt").write_text(ODD_STATEMENT.replace(LONG_WORD, word), encoding="utf-8")
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "s.txt"), "-o", str(tmp_path / "s.pdf")])
    assert time.monotonic() - started < 30  # "overflow-wrap: anywhere" alone took minutes
    if result.exit_code == 0:
        import pdfplumber

        with pdfplumber.open(tmp_path / "s.pdf") as pdf:
            x0, top, x1, bottom = pdf.pages[0].mediabox
            assert all(
                x0 <= c["x0"] and c["x1"] <= x1 and top <= c["top"] and c["bottom"] <= bottom
                for c in pdf.pages[0].chars
            )
    else:  # too long for a one-page briefing: said in one line, nothing written
        assert result.exit_code == ExitCode.DOES_NOT_FIT
        assert len(result.stderr.splitlines()) == 1
        assert not (tmp_path / "s.pdf").exists()
