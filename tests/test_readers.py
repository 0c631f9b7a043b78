"""Statements as people receive them (issue 14): the format chosen by content, readers loaded
only when met, and what every stage downstream makes of a page, PDF or web address. Every
fixture is made at test time; web addresses are served by a local server on 127.0.0.1 only."""

from __future__ import annotations

from briefing.readers import detect_format
from tests.conftest import pdf_text, run_briefing
from tests.readers_fixtures import (
    ARTICLE,
    make_two_column_pdf,
)


def test_format_is_chosen_by_content_first_then_by_name():
    assert detect_format(b"%PDF-1.4 ...", "statement.txt") == "pdf"
    assert detect_format(b"<!DOCTYPE html><html>", "statement.txt") == "html"
    assert detect_format(b"From: a@b.org\nSubject: Hi\n\nBody", "x.eml") == "eml"
    assert detect_format(b"MIME-Version: 1.0\nFrom: a@b.org\nSubject: Hi\n\nBody", "x.txt") == "eml"
    # a memo's header lines do not make a text file an e-mail
    assert detect_format(b"To: All staff\nFrom: The director\n\nThe office is closed.", "memo.txt") == "text"
    assert detect_format(b"Just a statement.", "notes.md") == "text"
    assert detect_format(b"Just a statement.", "page.htm") == "html"


def test_reading_a_text_statement_imports_no_reader_of_another_format(tmp_path):
    import subprocess
    import sys

    (tmp_path / "s.txt").write_text("GENEVA (1 May 2025) – A statement.\n", encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from briefing.statement import load_statement; "
        "load_statement(Path('s.txt')); "
        "print(sorted(m for m in ('trafilatura', 'lxml', 'pdfminer', 'docx', 'briefing.readers.html_page', "
        "'briefing.readers.pdf_file', 'briefing.readers.fetch', 'babel.dates') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_building_a_pdf_statement_verifies_against_its_text_and_attaches_the_original(
    tmp_path,
):
    import pikepdf

    two_column_pdf = make_two_column_pdf(tmp_path)
    result = run_briefing(
        "build", str(two_column_pdf), "--pdf-a", "-o", "out.pdf", cwd=tmp_path, SOURCE_DATE_EPOCH="0"
    )
    assert result.returncode == 0, result.stderr
    with pikepdf.open(tmp_path / "out.pdf") as pdf:
        attached = {name: spec.get_file().read_bytes() for name, spec in pdf.attachments.items()}
    assert attached["release.pdf"] == two_column_pdf.read_bytes()
    assert "Alpha paragraph" in attached["release.read.txt"].decode("utf-8")
    page = pdf_text(tmp_path / "out.pdf")
    assert "Mara Okafor" in page
    import hashlib

    assert hashlib.sha256(two_column_pdf.read_bytes()).hexdigest()[:12] in page.replace("\n", " ")


def test_a_content_file_made_from_a_page_is_checked_against_the_text_read_from_it(tmp_path):
    (tmp_path / "dredging.html").write_text(ARTICLE, encoding="utf-8")
    made = run_briefing("extract", "dredging.html", "-o", "dredging.yaml", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    content = (tmp_path / "dredging.yaml").read_text(encoding="utf-8")
    assert "file: dredging.html" in content
    assert "url: https://coast.example.org/news/dredging" in content
    checked = run_briefing("check", "dredging.yaml", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    read = run_briefing("read", "dredging.html", cwd=tmp_path).stdout.split("\n")
    quote_line = next(n for n, line in enumerate(read, 1) if "The bay is dying" in line)
    row = next(line for line in checked.stdout.splitlines() if "The bay is dying" in line)
    assert f" {quote_line} " in row  # check's line numbers are lines of the text `read` prints
    import hashlib

    digest = hashlib.sha256((tmp_path / "dredging.html").read_bytes()).hexdigest()[:12]
    assert f"SHA-256 {digest}" in checked.stdout


def test_a_briefing_of_a_saved_page_carries_its_canonical_address_and_publisher(tmp_path):
    (tmp_path / "dredging.html").write_text(ARTICLE, encoding="utf-8")
    result = run_briefing("build", "dredging.html", "-o", "dredging.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = pdf_text(tmp_path / "dredging.pdf").replace("\n", " ")
    assert "https://coast.example.org/news/dredging" in page.replace(" ", "")
    assert "Source: Coast Coalition" in page


def test_a_fetched_original_is_attached_under_a_name_made_from_its_address():
    from briefing.statement import Statement

    def name(url: str | None, fmt: str) -> str:
        return Statement("text", None, format=fmt, fetched_from=url).file_name

    assert name("https://coast.example.org/news/floods?id=3", "html") == "floods.html"
    assert name("https://coast.example.org/files/release.pdf", "pdf") == "release.pdf"
    assert name("https://coast.example.org/", "html") == "statement.html"
    assert name(None, "docx") == "statement.docx"  # standard input
