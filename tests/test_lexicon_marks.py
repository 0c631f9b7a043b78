"""One set of quotation marks, dashes and spaces for every stage."""

from __future__ import annotations

import pytest

from briefing.lexicon import marks
from briefing.readback import page_key
from briefing.verify import normalise


@pytest.mark.parametrize("mark", marks.QUOTE_MARKS)
def test_verification_folds_every_quotation_mark(mark: str) -> None:
    assert normalise(f"{mark}Free them{mark}").text == '"Free them"'


@pytest.mark.parametrize("mark", marks.OPENING_MARKS + "”»’")
def test_the_read_back_folds_the_marks_statements_use_as_verification_does(mark: str) -> None:
    assert page_key(f"{mark}Free them{mark}") == normalise(f"{mark}Free them{mark}").text


@pytest.mark.parametrize("dash", marks.DASHES)
def test_every_dash_is_one_dash_to_verification(dash: str) -> None:
    assert normalise(f"now {dash} and").text == "now-and"


@pytest.mark.parametrize("space", marks.GROUP_SPACES)
def test_every_space_that_groups_thousands_is_read(space: str) -> None:
    from briefing.extraction.numbers import read_digits

    assert read_digits(f"1{space}250", "fr") == 1250
