"""French words of the "Numbers, dates, currencies, approximation" section, each at work in a
sentence written in French."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extraction import extract_content
from briefing.lexicon import fr


def only_figure(text: str) -> tuple[float | None, str, bool]:
    [figure] = extract_content(text, lang="fr").figures
    return figure.value, figure.display, figure.approx


@pytest.mark.parametrize("month", sorted(fr.MONTHS))
def test_a_month_dates_the_statement_and_its_day_is_no_figure(month: str) -> None:
    text = (
        f"GENÈVE (12 {month} 2026) – Le syndicat a indiqué que 300 salariés ont été licenciés "
        f"le 3 {month} sans préavis."
    )
    content = extract_content(text, lang="fr")
    assert content.date == dt.date(2026, fr.MONTHS[month], 12)
    assert [f.value for f in content.figures] == [300]


def test_the_first_of_the_month_is_read() -> None:
    content = extract_content("Paris, le 1er mars 2026 – La fédération appelle à la grève.", lang="fr")
    assert content.date == dt.date(2026, 3, 1)


@pytest.mark.parametrize("word", fr.APPROXIMATE)
def test_an_approximation_word_makes_a_figure_approximate(word: str) -> None:
    value, display, approx = only_figure(f"L’association a compté {word} 600 personnes détenues.")
    assert (value, approx) == (600, True)
    assert display.startswith("~")


@pytest.mark.parametrize("word", fr.AT_LEAST)
def test_a_lower_bound_is_shown_with_a_plus(word: str) -> None:
    assert only_figure(f"L’association a compté {word} 600 personnes détenues.") == (600, "600+", True)


@pytest.mark.parametrize("word", fr.AT_MOST)
def test_an_upper_bound_is_shown_with_less_than(word: str) -> None:
    assert only_figure(f"L’association a compté {word} 600 personnes détenues.") == (600, "<600", True)


@pytest.mark.parametrize("word", fr.UP_TO)
def test_a_ceiling_is_shown_with_jusqu_a(word: str) -> None:
    assert only_figure(f"La sécheresse touche {word} 600 familles paysannes.") == (600, "jusqu’à 600", True)


@pytest.mark.parametrize(("word", "factor"), fr.SCALES.items())
def test_a_scale_word_multiplies(word: str, factor: float) -> None:
    assert only_figure(f"Le fonds a perdu 3 {word} d’euros l’an dernier.")[0] == 3 * factor


def test_a_scale_with_a_decimal_comma() -> None:
    assert only_figure("Le budget atteint 1,2 milliard d’euros.") == (1.2e9, "1,2 milliard", False)


@pytest.mark.parametrize("word", fr.PERCENT_WORDS)
def test_a_percent_word_makes_a_percentage(word: str) -> None:
    assert only_figure(f"La participation est tombée à 45 {word} cette année.") == (45, "45\u202f%", False)


@pytest.mark.parametrize(
    ("words", "value"),
    [("trois cents", 300), ("vingt et un", 21), ("quatre-vingt-dix", 90), ("deux mille", 2000)],
)
def test_number_words_are_read(words: str, value: float) -> None:
    assert only_figure(f"La police a interpellé {words} manifestants sur la place.")[0] == value


@pytest.mark.parametrize(
    ("written", "value"),
    [("1 250", 1250), ("1\u00a0250", 1250), ("1\u202f250", 1250), ("1.250", 1250), ("1,5", 1.5)],
)
def test_digits_are_read_as_french_writes_them(written: str, value: float) -> None:
    assert only_figure(f"Le rapport compte {written} hectares brûlés.")[0] == value


@pytest.mark.parametrize("unit", fr.TIME_UNITS)
def test_narrative_time_is_no_figure(unit: str) -> None:
    assert extract_content(f"La famille est revenue 4 {unit} plus tard au village.", lang="fr").figures == []
    assert extract_content(f"La famille est arrivée il y a 4 {unit} au village.", lang="fr").figures == []


def test_an_age_is_no_figure() -> None:
    assert extract_content("Nous exigeons la retraite à 60 ans pour toutes et tous.", lang="fr").figures == []
