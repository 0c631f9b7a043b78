"""Cleaning (briefing/extraction/clean.py): syntax and furniture blanked in a same-length copy,
so every offset still points into the original, and each line classified."""

from __future__ import annotations

from briefing.extraction.clean import Kind, clean_text

TEXT = (
    "Region: Europe\n"
    "# Key findings\n"
    "\n"
    "The Network said on **Monday** that [families](https://example.org/x) lost homes.\n"
    "- Release all detainees now\n"
    "3 March 2025\n"
    "For more information, contact press@example.org\n"
)


def test_the_work_copy_has_the_same_length_and_keeps_the_words_in_place() -> None:
    clean = clean_text(TEXT)
    assert len(clean.work) == len(TEXT)
    start = TEXT.index("Monday")
    assert clean.work[start : start + 6] == "Monday"
    assert "**" not in clean.work
    assert "https://" not in clean.work
    assert "families" in clean.work


def test_each_line_is_classified() -> None:
    clean = clean_text(TEXT)
    kinds = {TEXT[p.start : p.end]: p.kind for p in clean.paragraphs}
    assert kinds == {
        "Region: Europe": Kind.NOISE,
        "# Key findings": Kind.HEADING,
        "The Network said on **Monday** that [families](https://example.org/x) lost homes.": Kind.BODY,
        "- Release all detainees now": Kind.LIST_ITEM,
        "3 March 2025": Kind.DATELINE,
        "For more information, contact press@example.org": Kind.NOISE,
    }


def test_only_body_text_and_list_items_are_content() -> None:
    clean = clean_text(TEXT)
    assert [TEXT[p.start : p.end][:12] for p in clean.paragraphs if p.is_content] == [
        "The Network ",
        "- Release al",
    ]


def test_the_paragraph_at_an_offset() -> None:
    clean = clean_text(TEXT)
    paragraph = clean.paragraph_at(TEXT.index("lost homes"))
    assert paragraph is not None
    assert paragraph.kind == Kind.BODY
    assert clean.paragraph_at(TEXT.index("\n\n") + 1) is None  # the blank line
