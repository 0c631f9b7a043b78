"""The Word reader: paragraphs, lists and tables in document order; a zip bomb refused."""

from __future__ import annotations

import io
import zipfile

from tests.readers_fixtures import (
    read_json,
    refused,
)


def test_a_word_file_is_read_in_document_order_with_list_numbers_and_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("PRESS RELEASE")
    document.add_heading("Coast Coalition demands an end to dredging", level=1)
    document.add_paragraph(
        "GENEVA, 12 March 2025 – The Coast Coalition calls on the harbour authority to act."
    )
    for item in ("Stop the dredging", "Publish the survey"):
        document.add_paragraph(item, style="List Number")
    document.add_paragraph("Seabird colonies:", style="Normal")
    table = document.add_table(rows=2, cols=2)
    for row, (year, count) in enumerate((("2023", "900 pairs"), ("2025", "600 pairs"))):
        table.cell(row, 0).text, table.cell(row, 1).text = year, count
    document.add_paragraph("Free the bay", style="List Bullet")
    document.add_paragraph("“The bay is dying,” said Mara Okafor.")
    document.save(tmp_path / "release.docx")
    found = read_json(tmp_path / "release.docx", cwd=tmp_path)
    text = found["text"] or ""
    assert "1. Stop the dredging\n2. Publish the survey" in text
    assert "2023 | 900 pairs\n\n2025 | 600 pairs" in text
    assert "• Free the bay" in text
    assert text.index("Seabird colonies:") < text.index("2023 | 900") < text.index("• Free the bay")
    assert found["title"] == "Coast Coalition demands an end to dredging"
    assert found["date"] == "2025-03-12"
    assert found["publisher"] == "Coast Coalition"
    assert found["format"] == "docx"


def test_a_docx_zip_bomb_is_refused_before_it_is_opened(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            chunk = b"\0" * 1_000_000
            for _ in range(120):
                member.write(chunk)
    (tmp_path / "bomb.docx").write_bytes(buffer.getvalue())
    assert len(buffer.getvalue()) < 1_000_000
    refused(["read", "bomb.docx"], "bomb.docx: this Word file would expand to 120 MB", tmp_path)


def test_a_word_file_s_title_is_the_paragraph_styled_as_its_title(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Internal draft, not for circulation before Monday")
    document.add_paragraph("River towns demand flood defences", style="Title")
    document.add_paragraph("Riverland Rights Watch today called on the regional government to act.")
    document.save(tmp_path / "draft.docx")
    assert read_json(tmp_path / "draft.docx", cwd=tmp_path)["title"] == "River towns demand flood defences"
