"""The statement's date: datelines, date lines and signatures, in English, Spanish and French."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extraction import extract_content
from briefing.extraction.dates import numeric_day_first, opens_with_dateline, read_date


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        ("12 January 2026", "en", dt.date(2026, 1, 12)),
        ("January 12, 2026", "en", dt.date(2026, 1, 12)),
        ("2026-01-12", "en", dt.date(2026, 1, 12)),
        ("12 de enero de 2026", "es", dt.date(2026, 1, 12)),
        ("lunes 12 de enero del 2026", "es", dt.date(2026, 1, 12)),
        ("12/01/2026", "es", dt.date(2026, 1, 12)),
        ("12 janvier 2026", "fr", dt.date(2026, 1, 12)),
        ("le 1er mars 2026", "fr", dt.date(2026, 3, 1)),
        ("_Bellerive, les 8 et 9 octobre 2031_", "fr", dt.date(2031, 10, 9)),
        ("12/01/2026", "en", None),  # the day or the month first: English does not say
    ],
)
def test_a_date_is_read_as_its_language_writes_it(line: str, lang: str, date: dt.date | None) -> None:
    assert read_date(line, lang) == date


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Caracas, 12 de enero de 2026.— El gobierno anunció", "es", True),
        ("GENÈVE (12 janvier 2026) – Le Comité publie", "fr", True),
        ("3 de marzo de 2031 (Portugal, Chile) - Mientras Ruritania se inunda", "es", True),
        ("London, 14 March 2024 – The union said", "en", True),
        ("On 12 March 2024, police arrested", "en", False),  # an event, not a dateline
    ],
)
def test_a_dateline_opens_a_paragraph_with_a_date_and_a_dash(text: str, lang: str, expected: bool) -> None:
    assert opens_with_dateline(text, lang) is expected


def test_a_dateline_after_a_list_of_points_dates_the_statement() -> None:
    text = (
        "- Más de 25 ayuntamientos recibirán las peticiones\n"
        "- Habrá marchas pacíficas en cada provincia\n\n"
        "3 de marzo de 2031 (Portugal, Chile) - Mientras el río crece, los vecinos se organizan.\n"
    )
    assert extract_content(text, lang="es").date == dt.date(2031, 3, 3)


def test_a_signature_closing_the_statement_dates_it() -> None:
    text = (
        "Appel à la mobilisation\n\nLa fédération appelle tous les adhérents à manifester le 20 octobre.\n\n"
        "Nous demandons l'abandon du plan de fermeture des écoles.\n\n_Bellerive, le 9 octobre 2031_\n"
    )
    assert extract_content(text, lang="fr").date == dt.date(2031, 10, 9)


def test_the_day_a_page_was_saved_is_not_the_statement_date() -> None:
    text = "Today's date: Friday, 7 November 2031\n\n6 November 2031\n\nThe council said 140 families had moved.\n"
    assert extract_content(text, lang="en").date == dt.date(2031, 11, 6)


def test_the_dateline_is_cut_from_the_summary() -> None:
    # not a demand: the Context never repeats one of the page's demands
    text = "Caracas, 12 de enero de 2026.— La organización publicó hoy su informe anual sobre los presos políticos del país."
    content = extract_content(text, lang="es")
    assert content.summary.startswith("La organización")
    assert content.date == dt.date(2026, 1, 12)


@pytest.mark.parametrize(
    ("line", "day_first", "date"),
    [
        ("Published: 7/01/2031", True, dt.date(2031, 1, 7)),
        ("Published: 7/01/2031", False, dt.date(2031, 7, 1)),
        ("Posted 25/12/2031", None, dt.date(2031, 12, 25)),  # only one way to read it
        ("Posted 12/25/2031", None, dt.date(2031, 12, 25)),
        ("Posted 7/01/2031", None, None),  # the order is not known
    ],
)
def test_numeric_day_month_a_date_in_digits_is_read_in_the_texts_order(
    line: str, day_first: bool | None, date: dt.date | None
) -> None:
    assert read_date(line, "en", day_first) == date


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The council voted in favour of a new health centre for the district.", "en", True),
        ("The council voted in favor of a new health center for the district.", "en", False),
        ("The council voted for the Carter Center's plan.", "en", None),  # a name keeps its spelling
        ("Los vecinos votaron a favor del nuevo centro.", "es", True),  # Spanish: always the day first
    ],
)
def test_numeric_day_first_an_english_texts_spelling_tells_its_date_order(
    text: str, lang: str, expected: bool | None
) -> None:
    assert numeric_day_first(text, lang) is expected


def test_a_labelled_date_in_digits_dates_a_british_spelt_release() -> None:
    text = (
        "Unions back the harbour workers\n\nPublished: 4/03/2031\n\n"
        "The federation said today it stands in favour of the harbour workers and their claim.\n"
    )
    assert extract_content(text, lang="en").date == dt.date(2031, 3, 4)
    american = text.replace("harbour", "harbor").replace("favour", "favor")
    assert extract_content(american, lang="en").date == dt.date(2031, 4, 3)
