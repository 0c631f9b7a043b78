"""`briefing build`, run as a user runs it, with the PDF it writes opened and read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import cli
from briefing.errors import ExitCode
from tests.conftest import pdf_text, squash

A4_POINTS = (595.28, 841.89)
SEED_QUOTE = (
    "Any step that returns freedom to those arbitrarily detained is important for them and for "
    "their families, who have tirelessly continued to fight for their loved ones amid prolonged "
    "uncertainty, suffering and trauma"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: str | bytes | None = None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def assert_one_a4_page(path: Path) -> PdfReader:
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4_POINTS, abs=0.5)
    return reader


def test_build_with_no_argument_writes_the_bundled_example(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(runner, "build")
    assert result.exit_code == 0, result.output
    written = Path(result.stdout.strip())
    assert written.parent == Path("out")
    assert written.suffix == ".pdf"
    reader = assert_one_a4_page(tmp_path / written)
    text = squash(pdf_text(tmp_path / written))
    assert "~800 political prisoners, estimated" in text
    assert "~50 released so far" in text
    assert SEED_QUOTE in text
    assert reader.metadata.title, "the PDF has no title"
    assert "political prisoners" in reader.metadata.title.lower()


def test_build_writes_where_asked(runner, small_statement, tmp_path):
    target = tmp_path / "deep" / "folder" / "riverland.pdf"
    result = run(runner, "build", str(small_statement), "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(target)
    assert_one_a4_page(target)
    text = squash(pdf_text(target))
    assert "120" in text
    assert "Every journalist held for their work must be freed today" in text


def test_build_reads_standard_input(runner, small_statement, tmp_path):
    target = tmp_path / "stdin.pdf"
    result = run(runner, "build", "-", "-o", str(target), input=small_statement.read_bytes())
    assert result.exit_code == 0, result.output
    assert_one_a4_page(target)


def test_build_accepts_a_byte_order_mark(runner, small_statement, tmp_path):
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes(b"\xef\xbb\xbf" + small_statement.read_bytes())
    target = tmp_path / "bom.pdf"
    assert run(runner, "build", str(with_bom), "-o", str(target)).exit_code == 0
    assert_one_a4_page(target)


def test_default_output_is_named_after_the_statement(runner, small_statement, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(runner, "build", str(small_statement))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == os.path.join("out", "riverland.pdf")
    assert (tmp_path / "out" / "riverland.pdf").is_file()


@pytest.mark.parametrize(
    ("make_input", "message"),
    [
        (lambda d: d / "missing.txt", "missing.txt does not exist: check the path and try again."),
        # a folder is a batch of its statements: an empty one is refused before any work
        (
            lambda d: d,
            "has no statements in it (.txt, .md, .html, .htm, .pdf, .docx, .eml) or content files (.yaml, .yml): check the folder.",
        ),
        (
            lambda d: _write(d / "empty.txt", b""),
            "empty.txt is empty: give a statement with some text in it.",
        ),
        (
            lambda d: _write(d / "blank.txt", b" \n\t\n"),
            "blank.txt is empty: give a statement with some text in it.",
        ),
        (
            lambda d: _write(d / "paper.txt", b"%PDF-1.7\n..."),
            "paper.txt: this PDF is damaged and cannot be read",
        ),
    ],
    ids=["missing", "folder", "empty", "whitespace", "pdf"],
)
def test_bad_input_is_one_line_naming_the_file(runner, tmp_path, make_input, message):
    path = make_input(tmp_path)
    result = run(runner, "build", str(path), "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.output.startswith("Error: ")
    assert message in result.output
    assert result.output.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_failed_build_leaves_existing_pdf_untouched(runner, small_statement, tmp_path, monkeypatch):
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"the previous briefing")

    def broken(_document, _archive=None):
        raise KeyboardInterrupt

    monkeypatch.setattr("briefing.pdf.pdf_bytes", broken)
    result = run(runner, "build", str(small_statement), "-o", str(target))
    assert result.exit_code == ExitCode.INTERRUPTED
    assert target.read_bytes() == b"the previous briefing"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf", "riverland.txt"]


def test_output_in_place_of_a_folder_is_refused(runner, small_statement, tmp_path):
    (tmp_path / "taken").write_text("a file, not a folder")
    result = run(runner, "build", str(small_statement), "-o", str(tmp_path / "taken" / "x.pdf"))
    assert result.exit_code == ExitCode.OUTPUT_FAILED
    assert "is a file, not a folder" in result.output


def test_html_output_is_the_page_weasyprint_renders(runner, small_statement, tmp_path):
    html_path = tmp_path / "page.html"
    result = run(runner, "build", str(small_statement), "--format", "html", "-o", str(html_path))
    assert result.exit_code == 0, result.output
    html = html_path.read_text(encoding="utf-8")
    assert "<style>" in html
    assert "<link" not in html, "styles must be inline"
    assert "@font-face" in html
    # WeasyPrint's own command renders the file as it is, from another folder, to one page.
    pdf_path = tmp_path / "page.pdf"
    subprocess.run([sys.executable, "-m", "weasyprint", str(html_path), str(pdf_path)], check=True, cwd="/")
    assert_one_a4_page(pdf_path)
    assert "Every journalist held for their work must be freed today" in squash(pdf_text(pdf_path))


def test_the_pdf_is_the_page_its_html_gives_in_weasyprint(runner, small_statement, tmp_path):
    # briefing hands WeasyPrint the inlined stylesheet parsed once; the page must not change
    html_path, ours, theirs = tmp_path / "page.html", tmp_path / "ours.pdf", tmp_path / "theirs.pdf"
    assert run(runner, "build", str(small_statement), "--format", "html", "-o", str(html_path)).exit_code == 0
    assert run(runner, "build", str(small_statement), "-o", str(ours)).exit_code == 0
    subprocess.run([sys.executable, "-m", "weasyprint", str(html_path), str(theirs)], check=True)
    layout = ["pdftotext", "-layout", "-enc", "UTF-8"]
    assert subprocess.run([*layout, str(ours), "-"], capture_output=True, check=True).stdout == (
        subprocess.run([*layout, str(theirs), "-"], capture_output=True, check=True).stdout
    )


def test_statement_markup_is_shown_as_text(runner, tmp_path):
    hostile = tmp_path / "markup.txt"
    hostile.write_text(
        'The council said: "We demand that <b>{{ config }}</b> and {% raw %} be printed as they are written." '
        "Its members must act now.\n",
        encoding="utf-8",
    )
    html_path = tmp_path / "markup.html"
    assert run(runner, "build", str(hostile), "--format", "html", "-o", str(html_path)).exit_code == 0
    html = html_path.read_text(encoding="utf-8")
    assert "<b>{{" not in html
    assert "&lt;b&gt;{{ config }}&lt;/b&gt;" in html


def test_version_and_help(runner):
    assert run(runner, "--version").output.startswith("briefing, version ")
    for command in ([], ["build"], ["extract"]):
        result = run(runner, *command, "--help")
        assert result.exit_code == 0
        assert "Example" in result.output


def test_an_output_name_with_another_suffix_is_written_with_a_warning(runner, small_statement, tmp_path):
    result = runner.invoke(cli, ["build", str(small_statement), "-o", str(tmp_path / "brief.txt")])
    assert result.exit_code == 0, result.output
    assert (
        f"Warning: {tmp_path / 'brief.txt'} does not end in .pdf: it is a PDF file all the same"
        in result.stderr
    )
    assert (tmp_path / "brief.txt").read_bytes().startswith(b"%PDF")


# Written for the tests: a Spanish statement with a number a reader of English would misread.
SPANISH_STATEMENT = """Caracas, 12 de enero de 2026.— La Red de Defensores pidió hoy al gobierno que libere a las personas detenidas por protestar. Según los datos de la Red, más de 1.250 personas siguen en prisión y la mayoría no ha visto a un abogado desde su detención.

La Red exige que el gobierno publique la lista de las personas detenidas y que permita las visitas de sus familias.
"""


def _build(
    tmp_path: Path, name: str, text: str, *options: str
) -> tuple[subprocess.CompletedProcess[str], str]:
    from tests.conftest import pdf_text, run_briefing

    (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    result = run_briefing("build", f"{name}.txt", "-o", f"{name}.pdf", *options, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return result, " ".join(pdf_text(tmp_path / f"{name}.pdf").split())


@pytest.mark.slow
def test_a_spanish_statement_gets_a_spanish_page_with_its_own_digits(tmp_path: Path) -> None:
    _, text = _build(tmp_path, "es", SPANISH_STATEMENT)
    assert "Hecho con briefing" in text  # the page's own words are Spanish
    assert "1.250+" in text
    assert "12 de enero de 2026" in text
    import pikepdf

    with pikepdf.open(tmp_path / "es.pdf") as pdf:
        assert str(pdf.Root.Lang) == "es"


@pytest.mark.slow
def test_an_english_page_never_shows_a_spanish_thousands_point(tmp_path: Path) -> None:
    _, text = _build(tmp_path, "en", SPANISH_STATEMENT, "--lang", "en")
    assert "Made with briefing" in text
    assert "1,250+" in text
    assert "1.250" not in text.replace("1.250 personas", "")  # the quote may keep the source's words


@pytest.mark.slow
def test_a_statement_in_a_language_without_word_lists_builds_with_a_warning(tmp_path: Path) -> None:
    german = (
        "Berlin, 12. März 2024 – Die Organisationen fordern die Regierung auf, mehr Menschen "
        "aufzunehmen. Nach Angaben der Vereinten Nationen sind mehr als sechs Millionen Menschen auf "
        "der Flucht, und die Lage wird jeden Tag schlimmer, sagte die Sprecherin des Bündnisses.\n"
    )
    result, text = _build(tmp_path, "de", german)
    assert "de.txt seems to be in German, which briefing has no word lists for" in result.stderr
    assert "context" in text.lower()
