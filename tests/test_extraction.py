"""Extraction as a whole (briefing/extraction/__init__.py): a statement's text in, the content
of its briefing out, with offsets into the text as given. Each rule has its own tests in
tests/test_extraction_<module>.py; these check what `extract_content` assembles."""

from __future__ import annotations

import datetime as dt

from briefing.extraction import extract_content
from briefing.model import Content
from tests.conftest import COASTAL_STATEMENT, SMALL_STATEMENT


def test_a_statement_gives_title_date_issuer_summary_and_items() -> None:
    content = extract_content(SMALL_STATEMENT)
    assert isinstance(content, Content)
    assert content.date == dt.date(2025, 3, 12)
    assert content.summary
    assert [figure.value for figure in content.figures][:1] == [120]
    assert content.demands
    assert len(content.quotes) == 3


def test_every_offset_points_into_the_text_as_given() -> None:
    content = extract_content(COASTAL_STATEMENT)
    for quote in content.quotes:
        assert COASTAL_STATEMENT[quote.start : quote.end] == quote.text
    for item in [*content.figures, *content.demands]:
        assert item.start is not None
        assert item.end is not None
        assert 0 <= item.start < item.end <= len(COASTAL_STATEMENT)


def test_a_named_speaker_is_kept_and_an_unclear_one_is_none() -> None:
    content = extract_content(COASTAL_STATEMENT)
    speakers = {quote.text[:12]: quote.speaker for quote in content.quotes}
    assert speakers["We ask the g"] is not None
    assert speakers["We ask the g"].startswith("Ana Ruiz")


def test_an_empty_statement_gives_empty_content() -> None:
    content = extract_content("")
    assert (content.title, content.figures, content.demands, content.quotes) == (None, [], [], [])


def test_a_statement_without_a_date_uses_none_not_today() -> None:
    content = extract_content(
        "The panel called on the authorities to free every journalist.", today=dt.date(2030, 1, 1)
    )
    assert content.date is None


def test_a_figure_the_verifier_cannot_find_is_left_out_not_printed() -> None:
    # the figure rules read "One-and-a-half million" as one million: a figure the source never
    # states, which the build's own verification would then refuse
    content = extract_content("One-and-a-half million sheep graze in the valley. Some 800 were detained.\n")
    assert [figure.display for figure in content.figures] == ["~800"]


def test_every_figure_extract_makes_is_one_the_verifier_accepts() -> None:
    from briefing.verify import verify_content

    text = (
        "The charity said almost a million jobs would be lost, and 1,200 families and "
        "45% of workers are affected, with about 3,400 people displaced.\n"
    )
    content = extract_content(text)
    assert content.figures
    report = verify_content(content, text)
    assert all(check.verified for check in report.checks if check.item.startswith("figure"))
