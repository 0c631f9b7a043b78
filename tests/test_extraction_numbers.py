"""The one number reader, across conventions: a number written the Spanish or French way is
read back as the same number, by extraction, by verification and by the page."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extraction import extract_content
from briefing.extraction.numbers import display_for_page, format_number, read_digits, read_number
from briefing.model import Content, Figure
from briefing.verify import verify_content

SPACES = [" ", "\u00a0", "\u202f"]
counts = st.integers(min_value=2, max_value=10**9).filter(lambda n: not 1800 <= n <= 2100)


def written(value: int, lang: str, space: str = "\u202f") -> str:
    """`value` with its thousands grouped as `lang` groups them (French with `space`)."""
    return format_number(value, lang).replace("\u202f", space)


@given(value=st.integers(min_value=0, max_value=10**12), lang=st.sampled_from(["es", "fr"]))
def test_a_whole_number_written_the_continental_way_reads_back(value: int, lang: str) -> None:
    assert read_digits(format_number(value, lang), lang) == value


@given(value=st.integers(min_value=1000, max_value=10**12), space=st.sampled_from(SPACES))
def test_thousands_grouped_by_any_space_read_back(value: int, space: str) -> None:
    assert read_digits(written(value, "fr", space), "fr") == value
    assert read_digits(written(value, "fr", space), "es") == value


@given(whole=st.integers(min_value=0, max_value=999_999), hundredths=st.integers(min_value=1, max_value=99))
def test_a_decimal_comma_reads_back(whole: int, hundredths: int) -> None:
    value = whole + hundredths / 100
    for lang in ("es", "fr"):
        assert read_digits(format_number(value, lang, decimals=2), lang) == pytest.approx(value)


@settings(max_examples=40, deadline=None)
@given(value=counts, lang=st.sampled_from(["es", "fr"]))
def test_extraction_reads_the_number_the_statement_writes(value: int, lang: str) -> None:
    sentence = {
        "es": f"Según el informe, {written(value, 'es')} personas perdieron su vivienda.",
        "fr": f"Selon le rapport, {written(value, 'fr')} personnes ont perdu leur logement.",
    }[lang]
    assert [f.value for f in extract_content(sentence, lang=lang).figures] == [value]


@settings(max_examples=40, deadline=None)
@given(value=counts, lang=st.sampled_from(["es", "fr"]))
def test_verification_finds_the_number_in_the_source_convention(value: int, lang: str) -> None:
    shown = written(value, lang)
    source = {"es": f"El informe cuenta {shown} personas.", "fr": f"Le rapport compte {shown} personnes."}[
        lang
    ]
    content = Content(figures=[Figure(value=value, display=shown, label="x")], lang=lang)
    assert not verify_content(content, source).failures


@given(value=st.integers(min_value=1000, max_value=10**9), lang=st.sampled_from(["es", "fr"]))
def test_an_english_page_shows_a_continental_number_unambiguously(value: int, lang: str) -> None:
    shown = display_for_page(written(value, lang), lang, "en")
    assert shown == f"{value:,}"
    assert read_digits(shown, "en") == value


@pytest.mark.parametrize(
    ("display", "lang", "page", "shown"),
    [
        ("~1.250", "es", "en", "~1,250"),
        ("6,2 millones", "es", "en", "6.2 million"),
        ("45\u00a0%", "es", "en", "45%"),
        ("1,5 million", "fr", "es", "1,5 millones"),
        ("1.5 million", "en", "fr", "1,5 million"),
        ("hasta 700", "es", "en", "up to 700"),
        ("1 sur 2", "fr", "en", "1 in 2"),
        ("1,250", "en", "en", "1,250"),
    ],
)
def test_a_figure_is_shown_in_the_page_convention(display: str, lang: str, page: str, shown: str) -> None:
    assert display_for_page(display, lang, page) == shown


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("an estimated 800", "en", 800),
        ("1,2 millones", "es", 1.2e6),
        ("3 millions", "fr", 3e6),
        ("1 250", "fr", 1250),
        ("60 mil", None, 60_000),
    ],
)
def test_the_page_reads_a_whole_with_the_same_reader(text: str, lang: str | None, value: float) -> None:
    assert read_number(text, lang) == value
