"""Parts of a whole: only a share the statement states is linked (and drawn on the page)."""

from __future__ import annotations

import pytest

from briefing.extraction import extract_content
from briefing.extraction.shares import link_parts_to_wholes


def shares(text: str) -> list[tuple[str, str | None]]:
    content = extract_content(text)
    return [(figure.display, figure.of) for figure in link_parts_to_wholes(text, content.figures)]


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Only 50 of an estimated 800 detainees were freed last week.", "50", "~800"),
        ("Just 3 out of 12 clinics in the district are still open.", "3", "12"),
        ("Of the 1.2 million people displaced, about 400,000 have returned home.", "~400,000", "1.2 million"),
        ("Of the estimated 900 journalists held, only about 60 have been released.", "~60", "~900"),
    ],
)
def test_a_stated_share_links_the_part_to_its_whole(text, part, whole):
    assert (part, whole) in shares(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police held 1,200 people on Monday; 300 were children.",  # not stated as a share
        "Of the £66 billion budget, 12% went to defence.",  # a percentage is not a count of pounds
        "Of the 40 senators who signed, none spoke. Later 12 more joined.",  # another sentence
        "Some 50 families lost homes. Of the 800 applications, most failed.",  # the part comes first, elsewhere
        "Of the 30 clinics, 45 were closed.",  # a part larger than its whole is no share
    ],
)
def test_no_share_is_drawn_that_the_statement_does_not_state(text):
    assert all(whole is None for _, whole in shares(text))
