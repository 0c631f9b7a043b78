"""Spanish words of the "Numbers, dates, currencies, approximation" section, each at work in a
sentence written in Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extraction import extract_content
from briefing.lexicon import es


def only_figure(text: str) -> tuple[float | None, str, bool]:
    [figure] = extract_content(text, lang="es").figures
    return figure.value, figure.display, figure.approx


@pytest.mark.parametrize("month", sorted(es.MONTHS))
def test_a_month_dates_the_statement_and_its_day_is_no_figure(month: str) -> None:
    text = (
        f"Caracas, 12 de {month} de 2026.— El sindicato informó que 300 trabajadores "
        f"fueron despedidos el 3 de {month} sin aviso previo."
    )
    content = extract_content(text, lang="es")
    assert content.date == dt.date(2026, es.MONTHS[month], 12)
    assert [f.value for f in content.figures] == [300]


@pytest.mark.parametrize("day", es.DAY_NAMES[:7])
def test_a_weekday_before_the_date_is_read(day: str) -> None:
    content = extract_content(f"Bogotá, {day} 12 de enero de 2026 - La red denunció la detención.", lang="es")
    assert content.date == dt.date(2026, 1, 12)


@pytest.mark.parametrize("word", es.APPROXIMATE)
def test_an_approximation_word_makes_a_figure_approximate(word: str) -> None:
    value, display, approx = only_figure(f"La organización contó {word} 600 personas detenidas.")
    assert (value, approx) == (600, True)
    assert display.startswith("~")


@pytest.mark.parametrize("word", es.AT_LEAST)
def test_a_lower_bound_is_shown_with_a_plus(word: str) -> None:
    assert only_figure(f"La organización contó {word} 600 personas detenidas.") == (600, "600+", True)


@pytest.mark.parametrize("word", es.AT_MOST)
def test_an_upper_bound_is_shown_with_less_than(word: str) -> None:
    assert only_figure(f"La organización contó {word} 600 personas detenidas.") == (600, "<600", True)


@pytest.mark.parametrize("word", es.UP_TO)
def test_a_ceiling_is_shown_with_hasta(word: str) -> None:
    assert only_figure(f"La sequía afectó a {word} 600 familias campesinas.") == (600, "hasta 600", True)


@pytest.mark.parametrize(("word", "factor"), es.SCALES.items())
def test_a_scale_word_multiplies(word: str, factor: float) -> None:
    assert only_figure(f"El fondo perdió 3 {word} de pesos el año pasado.")[0] == 3 * factor


@pytest.mark.parametrize("word", es.PERCENT_WORDS)
def test_a_percent_word_makes_a_percentage(word: str) -> None:
    assert only_figure(f"La participación bajó al 45 {word} este año.") == (45, "45\u00a0%", False)


@pytest.mark.parametrize(
    ("words", "value"),
    [("quinientos", 500), ("trescientos cuarenta y dos", 342), ("dos mil", 2000), ("un millón", 1e6)],
)
def test_number_words_are_read(words: str, value: float) -> None:
    assert only_figure(f"La policía detuvo a {words} manifestantes en la plaza.")[0] == value


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1.250", 1250),
        ("1 250", 1250),
        ("1\u00a0250", 1250),
        ("1\u202f250", 1250),
        ("1,5", 1.5),
        ("2.500.000", 2.5e6),
    ],
)
def test_digits_are_read_as_spanish_writes_them(written: str, value: float) -> None:
    assert only_figure(f"El informe cuenta {written} hectáreas quemadas.")[0] == value


@pytest.mark.parametrize("unit", es.TIME_UNITS)
def test_narrative_time_is_no_figure(unit: str) -> None:
    assert extract_content(f"La familia volvió 4 {unit} después al pueblo.", lang="es").figures == []
    assert extract_content(f"La familia llegó hace 4 {unit} al pueblo.", lang="es").figures == []


def test_a_range_with_articles_is_one_figure() -> None:
    assert only_figure("Se calcula que entre un 15 y un 25 % de las escuelas podrían cerrar.") == (
        15,
        "15\u201325\u00a0%",
        False,
    )
