"""The statement's date: datelines, date lines and signatures, in English, Spanish and French."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extraction import extract_content
from briefing.extraction.dates import opens_with_dateline, read_date


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
        ("_Montreuil, les 5 et 6 novembre 2019_", "fr", dt.date(2019, 11, 6)),
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
        ("16 de enero de 2020 (Alemania, España) - Mientras Australia arde", "es", True),
        ("London, 14 March 2024 – The union said", "en", True),
        ("On 12 March 2024, police arrested", "en", False),  # an event, not a dateline
    ],
)
def test_a_dateline_opens_a_paragraph_with_a_date_and_a_dash(text: str, lang: str, expected: bool) -> None:
    assert opens_with_dateline(text, lang) is expected


def test_a_dateline_after_a_list_of_points_dates_the_statement() -> None:
    text = (
        "- Más de 40 oficinas serán el objetivo de las protestas\n"
        "- Se realizarán acciones no violentas en todo el mundo\n\n"
        "16 de enero de 2020 (Alemania, España) - Mientras el país arde, la gente protesta.\n"
    )
    assert extract_content(text, lang="es").date == dt.date(2020, 1, 16)


def test_a_signature_closing_the_statement_dates_it() -> None:
    text = (
        "Appel à la grève\n\nLe syndicat appelle tous les salariés à la grève le 5 décembre.\n\n"
        "Nous demandons le retrait du projet de réforme.\n\n_Montreuil, le 6 novembre 2019_\n"
    )
    assert extract_content(text, lang="fr").date == dt.date(2019, 11, 6)


def test_the_day_a_page_was_saved_is_not_the_statement_date() -> None:
    text = "Today's date: Wednesday, 2 March 2005\n\n1 March 2005\n\nThe agency said 300 people had fled.\n"
    assert extract_content(text, lang="en").date == dt.date(2005, 3, 1)


def test_the_dateline_is_cut_from_the_summary() -> None:
    # not a demand: the Context never repeats one of the page's demands
    text = "Caracas, 12 de enero de 2026.— La organización publicó hoy su informe anual sobre los presos políticos del país."
    content = extract_content(text, lang="es")
    assert content.summary.startswith("La organización")
    assert content.date == dt.date(2026, 1, 12)
