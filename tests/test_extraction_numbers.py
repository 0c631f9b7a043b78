"""The one number reader, across conventions: a number written the Spanish or French way is
read back as the same number, by extraction, by verification and by the page."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extraction import extract_content
from briefing.extraction.numbers import display_for_page, format_number, read_digits, read_number
from briefing.extraction.numbers import numbers_in as read_numbers_in
from briefing.model import Content, Figure
from briefing.readback import missing_items
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


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("It would cost almost a million jobs.", "en", 1e6),
        ("An estimated a thousand people marched.", "en", 1e3),
        ("Le projet coûte un million d'euros.", "fr", 1e6),
    ],
)
def test_an_article_before_a_scale_word_is_one_of_it(text: str, lang: str, value: float) -> None:
    (number,) = read_numbers_in(text, lang)
    assert value in number.values
