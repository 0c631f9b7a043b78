"""The page's own words per language (briefing/labels.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.errors import InputError
from briefing.labels import CATALOGUES, Labels, check_language


def test_a_language_code_is_read_whatever_its_case_and_spacing() -> None:
    assert check_language(" FR ") == "fr"


def test_a_language_without_labels_is_a_user_error_naming_the_choices() -> None:
    with pytest.raises(InputError) as raised:
        check_language("de", where="briefing.toml: key 'language'")
    assert str(raised.value) == (
        "briefing.toml: key 'language': there are no page labels for language 'de'; choose one of "
        "en (English), es (Spanish), fr (French)."
    )


def test_a_label_is_read_as_an_attribute_and_filled_as_text() -> None:
    spanish = Labels("es")
    assert spanish.text("source", source="ONU") == "Fuente: ONU"
    assert spanish.text("share_of", share="6 %", whole="800") == "6 % de 800"
    with pytest.raises(AttributeError):
        spanish.no_such_label  # noqa: B018


def test_dates_are_written_the_languages_way() -> None:
    day = dt.date(2026, 1, 12)
    assert [Labels(code).date(day) for code in ("en", "es", "fr")] == [
        "12 January 2026",
        "12 de enero de 2026",
        "12 janvier 2026",
    ]
    assert Labels("en").date(None) is None


def test_a_share_above_zero_is_never_shown_as_zero_percent() -> None:
    assert Labels("en").percent(0.004) == "0.4%"
    assert Labels("en").percent(0.25) == "25%"


def test_every_language_has_every_label() -> None:
    for code, catalogue in CATALOGUES.items():
        assert set(catalogue) == set(CATALOGUES["en"]), code
