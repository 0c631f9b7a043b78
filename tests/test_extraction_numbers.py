"""Numbers in digits, as statements write them in English and the European way: read whole,
the same by every stage."""

from __future__ import annotations

import pytest

from briefing.extraction import extract_content
from briefing.extraction.numbers import read_digits
from briefing.model import Content, Figure
from briefing.readback import missing_items
from briefing.verify import verify_content


@pytest.mark.parametrize(
    ("digits", "value"),
    [
        ("800", 800),
        ("1,500", 1500),
        ("1,500,000.5", 1500000.5),
        ("45.5", 45.5),
        ("0.125", 0.125),
        ("1.500.000", 1500000),  # points that cannot be decimal points group thousands
        ("1.500,75", 1500.75),
        ("12,5", 12.5),  # a decimal comma: a thousands comma has three digits after it
        ("1.125", 1.125),  # one point is a decimal point ("$1.125 billion")
        ("800.000", 800),  # ... even where it may be meant otherwise: see the verification
        ("1,5000", None),  # neither way
        ("0,125", None),
        ("3.2.1", None),
        ("12a", None),
    ],
)
def test_digits_are_read_in_either_convention(digits: str, value: float | None) -> None:
    assert read_digits(digits) == value


def figures(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.display) for f in sorted(extract_content(text).figures, key=lambda f: f.start or 0)]


@pytest.mark.parametrize(
    ("sentence", "value", "display"),
    [
        ("The agency said 1.250.000 people needed food aid.", 1250000, "1.250.000"),
        ("The agency said 800.000 people had fled.", 800, "800.000"),  # shown as written
        ("Only 12,5 per cent of the budget was spent.", 12.5, "12,5%"),
        ("The fund has \u20ac2.500.000 left.", 2500000, "\u20ac2.500.000"),
    ],
)
def test_a_european_number_is_one_figure_shown_whole(sentence: str, value: float, display: str) -> None:
    assert figures(sentence) == [(value, display)]


def test_a_version_number_is_not_a_figure() -> None:
    assert figures("The report cites version 3.2.1 of the rules.") == []


_SOURCE = (
    "Geneva, 3 March 2026 - The agency said 1.250.000 people needed food aid; 800 had fled. "
    "Aid costs $1.125 billion, 0.125 percentage points of output; 700.000 were moved, "
    "under sections 3,4 and 5.\n"
)


@pytest.mark.parametrize(
    ("display", "verified"),
    [
        ("1.250.000", True),
        ("1,250,000", True),  # the same number, in the other convention
        ("1.25 million", True),
        ("1.250", False),  # the start of the source's number is not a number it states
        ("1,250", False),
        ("800", True),
        ("800.000", False),  # 800 or 800,000: the source has 800
        ("$1.125 billion", True),
        ("$1,125 billion", False),  # a thousand times more
        ("125", False),  # not the 0.125 of "0.125 percentage points"
        ("700.000", True),  # the same digits as the source
        ("700,000", False),  # the source's "700.000" may be 700
        ("700", False),  # ... or 700,000
        ("3.4", False),  # "3,4" is a list here
    ],
)
def test_a_figure_is_verified_against_whole_numbers(display: str, verified: bool) -> None:
    content = Content(figures=[Figure(display=display, label="people")])
    (check,) = verify_content(content, _SOURCE).checks
    assert check.verified is verified, check.problem


def test_the_page_must_show_the_whole_number() -> None:
    content = Content(figures=[Figure(display="1.250", label="people")])
    assert missing_items("1.250.000 people", content) == ["figure 1"]
    assert missing_items("1.250 people.", content) == []


def test_a_figures_value_is_the_number_it_shows_not_its_whole() -> None:
    content = Content(figures=[Figure(display="50", of="800", value=800, label="released")])
    (check,) = verify_content(content, "Of the 800 prisoners, 50 were released.\n").checks
    assert check.verified is False
