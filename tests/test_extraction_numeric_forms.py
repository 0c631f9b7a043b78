"""Only decimal digits are digits: "30²", "5½", "12₃" or "③" never read as 30, 5, 12 or 3,
wherever numbers are read (extraction, verification, shares, the proportion bar).
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extraction import extract_content
from briefing.extraction.numbers import read_digits
from briefing.extraction.numeric_forms import NUMERIC_FORM, class_source, numeric_forms
from briefing.model import Content, Figure
from briefing.render import parse_whole
from briefing.verify import numbers_in, verify_content
from tests.conftest import run_briefing

SOURCE = "The River Clinics Alliance said 30 clinics had closed and 5 more were at risk, of 12 in all."


@pytest.mark.parametrize("display", ["30²", "30³", "5½", "12₃", "30¹", "③", "Ⅻ", "30万"])
def test_a_figure_with_a_number_form_that_is_not_a_digit_is_not_verified(display: str) -> None:
    check = verify_content(Content(figures=[Figure(display=display, label="clinics")]), SOURCE).checks[0]
    assert check.verified is False
    assert "is not a digit" in (check.problem or "")


@pytest.mark.parametrize("text", ["30²", "5½ km", "12₃", "800¹ people"])
def test_numbers_followed_by_a_number_form_are_not_read(text: str) -> None:
    assert numbers_in(text) == []
    assert parse_whole(text) is None


def test_a_superscript_in_the_source_is_not_the_digits_before_it() -> None:
    source = "The Alliance counted 30² square plots and 7 wells in the valley."
    report = verify_content(Content(figures=[Figure(display="30", label="plots")]), source)
    assert report.unverified_items == {"figure 1"}
    assert read_digits("30²") is None


def test_extraction_takes_no_figure_from_a_number_with_a_superscript() -> None:
    content = extract_content("Police detained 40² protesters and 45 journalists in the capital on Monday.")
    assert [figure.value for figure in content.figures] == [45]


def test_digits_of_other_scripts_are_digits() -> None:
    assert [number.values for number in numbers_in("٣٠ clinics")] == [(30.0,)]  # Arabic-Indic
    assert [number.values for number in numbers_in("30 m²")] == [(30.0,)]  # a unit's superscript


def test_the_class_of_number_forms_is_this_pythons_unicode() -> None:
    assert class_source() == NUMERIC_FORM
    assert (0xB2, 0xB3) in numeric_forms()


@settings(max_examples=200, deadline=None)
@given(
    number=st.integers(0, 10**7),
    form=st.sampled_from([chr(code) for first, last in numeric_forms() for code in range(first, last + 1)]),
)
def test_no_number_form_after_digits_lets_them_verify(number: int, form: str) -> None:
    source = f"The Alliance counted {number} clinics in the region."
    figure = Figure(display=f"{number}{form}", label="clinics")
    assert verify_content(Content(figures=[figure]), source).unverified_items == {"figure 1"}


def test_check_refuses_a_figure_shown_with_a_superscript(tmp_path: Path) -> None:
    from briefing.contentfile import content_file_text

    (tmp_path / "s.txt").write_text(SOURCE + "\n", encoding="utf-8")
    content = Content(figures=[Figure(display="30²", label="clinics closed", value=30)])
    (tmp_path / "c.yaml").write_text(content_file_text(content, "s.txt", "c.yaml"), encoding="utf-8")
    result = run_briefing("check", "c.yaml", cwd=tmp_path)
    assert result.returncode == 4, result.stderr
    assert "figure 1" in result.stderr
    assert "²" in result.stderr
