"""The PDF reader: text in reading order, paragraphs and lists rebuilt, running headers and
page numbers dropped; scans, encrypted and damaged PDFs refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import ExitCode
from briefing.readers.pdf_file import clean_line, continues, join_lines
from tests.conftest import run_briefing
from tests.readers_fixtures import (
    make_pdf_with,
    make_two_column_pdf,
    read_json,
    refused,
)


@pytest.fixture(scope="module")
def two_column_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_two_column_pdf(tmp_path_factory.mktemp("pdf"))


def test_a_two_column_pdf_is_read_in_column_order_as_paragraphs(two_column_pdf, tmp_path):
    found = read_json(two_column_pdf, cwd=tmp_path)
    text = found["text"] or ""
    order = [text.find(f"{name} paragraph") for name in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon")]
    assert -1 not in order, text
    assert order == sorted(order), text
    # each paragraph is one line, whatever the column's line breaks
    lines = text.split("\n")
    assert any(
        line.startswith("Alpha paragraph") and line.endswith("since the works began.") for line in lines
    )
    assert "“The bay is dying in front of us,” said Mara Okafor" in text
    # the running footer and the page numbers are dropped
    assert "press office" not in text
    assert "\n1\n" not in text
    assert "\n2\n" not in text
    assert found["title"] == "Coast Coalition demands an end to dredging"
    assert found["date"] == "2025-03-12"
    assert found["format"] == "pdf"
    assert found["lang"] == "en"  # the PDF does not say: the text tells


def test_a_pdf_s_list_markers_printed_apart_are_put_back_before_their_items(tmp_path):
    make_pdf_with(
        "<p>The coalition calls on the authority to:</p><ul><li>Stop the dredging of the bay at once, "
        "before the nesting season begins and the colonies are lost for another year</li>"
        "<li>Publish the survey</li></ul><ol><li>Compensate the families</li><li>Meet the fishermen</li></ol>"
        "<p>Closing paragraph of the statement.</p>",
        tmp_path / "list.pdf",
    )
    text = read_json(tmp_path / "list.pdf", cwd=tmp_path)["text"] or ""
    assert (
        "• Stop the dredging of the bay at once, before the nesting season begins and the colonies are "
        "lost for another year\n• Publish the survey\n1. Compensate the families\n2. Meet the fishermen"
    ) in text


def test_pdf_lines_are_cleaned_as_typed():
    assert clean_line("ﬁnal ﬂow") == "final flow"  # ligatures decomposed
    assert clean_line("\uf0b7 Free them") == "• Free them"  # Word's private-use bullet
    assert (
        clean_line("18h30\u00a0\u00ad\u00a019h30") == "18h30 - 19h30"
    )  # a soft hyphen standing for a hyphen
    assert clean_line("\u00ad" * 12 + " NOTES " + "\u00ad" * 12) == "NOTES"  # a decorative rule
    assert join_lines(["the inter-", "national community"]) == "the international community"
    assert join_lines(["the Franco-", "German border"]) == "the Franco- German border"


def test_a_paragraph_broken_by_a_page_carries_on_when_it_stopped_mid_sentence():
    assert continues("The council will meet the families and a", "delegation of fishermen next week.")
    assert not continues("The council will meet the families.", "delegation of fishermen next week.")
    assert not continues("Our demands are", "• Stop the dredging")
    assert not continues("The council will meet the families and a", "Delegation of fishermen")


def test_a_scan_like_pdf_with_no_text_is_refused_saying_run_ocr(tmp_path):
    make_pdf_with("<div style='width:10cm;height:10cm;background:#888'></div>", tmp_path / "scan.pdf")
    refused(
        ["read", "scan.pdf"],
        "scan.pdf: no text in this PDF: it is a scan (pictures of pages) or its text is drawn as shapes; run OCR first",
        tmp_path,
    )


def test_an_encrypted_pdf_is_refused_saying_what_to_do(two_column_pdf, tmp_path):
    import pikepdf

    with pikepdf.open(two_column_pdf) as pdf:
        pdf.save(tmp_path / "locked.pdf", encryption=pikepdf.Encryption(user="secret", owner="owner"))
    refused(["read", "locked.pdf"], "locked.pdf: this PDF is encrypted and needs a password", tmp_path)


def test_a_truncated_pdf_is_refused_or_read_in_part_never_a_traceback(two_column_pdf, tmp_path):
    data = two_column_pdf.read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 3])
    result = run_briefing("read", "cut.pdf", cwd=tmp_path)
    assert "Traceback" not in result.stderr
    if result.returncode:
        assert result.returncode == ExitCode.BAD_INPUT
        assert result.stderr.startswith("Error: cut.pdf: ")
        assert len(result.stderr.splitlines()) == 1


def test_a_running_page_number_is_recognised_in_each_language():
    from briefing.readers.pdf_file import _page_number

    for line in ("2", "- 2 -", "Page 2 of 3", "p. 2", "página 2 de 3", "Page 2 sur 3", "2/3"):
        assert _page_number().match(line), line
    assert not _page_number().match("2 April 2025")
    assert not _page_number().match("Article 2 of the Convention")
