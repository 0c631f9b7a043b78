"""The PDF itself: valid, tagged for accessibility, and the same bytes for the same input."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from tests.conftest import run_briefing, structure_elements


def build(statement: Path, target: Path, **environment: str) -> bytes:
    result = run_briefing("build", str(statement), "-o", str(target), cwd=statement.parent, **environment)
    assert result.returncode == 0, result.stderr
    return target.read_bytes()


@pytest.fixture(scope="module")
def built_pdf(tmp_path_factory) -> Path:
    from tests.conftest import SMALL_STATEMENT

    folder = tmp_path_factory.mktemp("quality")
    statement = folder / "riverland.txt"
    # with a quotation that is not one of the demands (those are shown once, as demands)
    extra = "\n“We have documented every arrest since January,” the panel said.\n"
    statement.write_text(SMALL_STATEMENT + extra, encoding="utf-8")
    build(statement, folder / "riverland.pdf")
    return folder / "riverland.pdf"


@pytest.mark.slow
def test_same_input_gives_the_same_bytes_across_processes_time_zones_and_locales(built_pdf, tmp_path):
    statement = built_pdf.parent / "riverland.txt"
    again = build(statement, tmp_path / "again.pdf", TZ="Pacific/Kiritimati", LC_ALL="C", LANG="C")
    assert again == built_pdf.read_bytes()


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf is not installed (apt-get install qpdf)")
def test_qpdf_finds_nothing_wrong(built_pdf):
    result = subprocess.run(["qpdf", "--check", str(built_pdf)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pdf_is_tagged_with_title_language_and_structure(built_pdf):
    with pikepdf.open(built_pdf) as pdf:
        root = pdf.Root
        assert str(root.Lang) == "en"
        assert bool(root.MarkInfo.Marked)
        assert "/StructTreeRoot" in root
        roles = {str(element.S) for element in structure_elements(pdf)}
        assert {"/H1", "/L", "/LI", "/BlockQuote"} <= roles
        assert str(pdf.docinfo["/Title"]) == _extracted_title(built_pdf.parent / "riverland.txt")
        assert str(pdf.docinfo["/CreationDate"]).startswith("D:20250312")


def _extracted_title(statement: Path) -> str:
    import json

    result = run_briefing("extract", str(statement), "--format", "json", cwd=statement.parent)
    assert result.returncode == 0, result.stderr
    title: str = json.loads(result.stdout)["title"]
    assert title
    return title
