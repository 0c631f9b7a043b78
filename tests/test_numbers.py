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
    ("digits", "percent", "value"),
    [
        ("800", False, 800),
        ("1,500", False, 1500),
        ("1,500,000.5", False, 1500000.5),
        ("45.5", False, 45.5),
        ("1.500.000", False, 1500000),
        ("800.000", False, 800000),  # a point before three digits groups thousands
        ("1.500,75", False, 1500.75),
        ("12,5", False, 12.5),  # a decimal comma: a thousands comma has three digits after it
        ("2.125", True, 2.125),  # but a percentage with one point is a decimal
        ("1.250.000", True, 1250000),
        ("1.250", False, 1250),
        ("1,5000", False, None),  # neither way
        ("3.2.1", False, None),
        ("12a", False, None),
    ],
)
def test_digits_are_read_in_either_convention(digits: str, percent: bool, value: float | None) -> None:
    assert read_digits(digits, percent=percent) == value


def figures(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.display) for f in sorted(extract_content(text).figures, key=lambda f: f.start or 0)]


@pytest.mark.parametrize(
    ("sentence", "value", "display"),
    [
        ("The agency said 1.250.000 people needed food aid.", 1250000, "1.250.000"),
        ("The agency said 800.000 people had fled.", 800000, "800.000"),
        ("Only 12,5 per cent of the budget was spent.", 12.5, "12,5%"),
        ("The fund has \u20ac2.500.000 left.", 2500000, "\u20ac2.500.000"),
    ],
)
def test_a_european_number_is_one_figure_shown_whole(sentence: str, value: float, display: str) -> None:
    assert figures(sentence) == [(value, display)]


def test_a_version_number_is_not_a_figure() -> None:
    assert figures("The report cites version 3.2.1 of the rules.") == []


_SOURCE = "Geneva, 3 March 2026 - The agency said 1.250.000 people needed food aid; 800 had fled.\n"


@pytest.mark.parametrize(
    ("display", "verified"),
    [
        ("1.250.000", True),
        ("1,250,000", True),  # the same number, in the other convention
        ("1.25 million", True),
        ("1.250", False),  # the start of the source's number is not a number it states
        ("1,250", False),
        ("800", True),
        ("800.000", False),  # 800,000: the source has 800
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
