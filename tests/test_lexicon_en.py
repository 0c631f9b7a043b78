"""English words of the "Numbers, dates, currencies, approximation" section, each shown at work
in a sentence (the rules' own tests are in test_extraction_figures.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extraction import extract_content
from briefing.lexicon import en


def only_figure(text: str) -> tuple[float | None, str, bool]:
    [figure] = extract_content(text, lang="en").figures
    return figure.value, figure.display, figure.approx


@pytest.mark.parametrize("month", sorted(en.MONTHS))
def test_a_month_dates_the_statement_and_its_day_is_no_figure(month: str) -> None:
    text = f"London, 12 {month.capitalize()} 2026\n\nThe union said 300 members walked out on 3 {month} 2026."
    content = extract_content(text, lang="en")
    assert content.date == dt.date(2026, en.MONTHS[month], 12)
    assert [f.value for f in content.figures] == [300]


@pytest.mark.parametrize("word", en.APPROXIMATE)
def test_an_approximation_word_makes_a_figure_approximate(word: str) -> None:
    assert only_figure(f"Officials said {word} 600 people were held.") == (600, "~600", True)


@pytest.mark.parametrize("word", en.AT_LEAST)
def test_a_lower_bound_is_shown_with_a_plus(word: str) -> None:
    assert only_figure(f"Officials said {word} 600 people were held.") == (600, "600+", True)


@pytest.mark.parametrize("word", en.AT_MOST)
def test_an_upper_bound_is_shown_with_less_than(word: str) -> None:
    assert only_figure(f"Officials said {word} 600 people were held.") == (600, "<600", True)


@pytest.mark.parametrize("word", en.UP_TO)
def test_a_ceiling_is_shown_with_up_to(word: str) -> None:
    assert only_figure(f"Officials said {word} 600 people were held.") == (600, "up to 600", True)


@pytest.mark.parametrize(("word", "factor"), en.SCALES.items())
def test_a_scale_word_multiplies(word: str, factor: float) -> None:
    assert only_figure(f"The fund lost 3 {word} dollars last year.")[0] == 3 * factor


@pytest.mark.parametrize(("word", "factor"), en.SHORT_SCALES.items())
def test_a_short_scale_multiplies(word: str, factor: float) -> None:
    assert only_figure(f"The fund lost $3{word} last year.")[0] == 3 * factor


@pytest.mark.parametrize("word", en.PERCENT_WORDS)
def test_a_percent_word_makes_a_percentage(word: str) -> None:
    assert only_figure(f"Turnout fell to 45 {word} this year.") == (45, "45%", False)


@pytest.mark.parametrize("word", en.NUMBER_WORDS)
def test_a_number_word_is_read(word: str) -> None:
    value = only_figure(f"Police detained {word} hundred protesters.")[0]
    assert value is not None
    assert value % 100 == 0
    assert value >= 100


@pytest.mark.parametrize("unit", en.TIME_UNITS)
def test_narrative_time_is_no_figure(unit: str) -> None:
    assert extract_content(f"She came back 4 {unit} later with her family.", lang="en").figures == []


@pytest.mark.parametrize("word", en.CLOCK_WORDS)
def test_a_time_of_day_is_no_figure(word: str) -> None:
    assert extract_content(f"The vigil starts at 9 {word} outside the court.", lang="en").figures == []
