"""The few changes the page makes to text it shows: none to a quote's words."""

from __future__ import annotations

import pytest

from briefing.render import quote_body, sentence_case


@pytest.mark.parametrize(
    ("demand", "shown"),
    [
        ("the immediate release of all prisoners", "The immediate release of all prisoners"),
        ("iPhones for every clinic", "iPhones for every clinic"),  # its case carries meaning
        ("UN access to the camps", "UN access to the camps"),
        ("", ""),
    ],
)
def test_a_demand_starts_with_a_capital_unless_its_first_word_says_otherwise(demand, shown):
    assert sentence_case(demand) == shown


def test_a_quote_loses_only_the_comma_that_tied_it_to_its_reporting_clause():
    assert quote_body("It is not enough,") == "It is not enough"
    assert quote_body("Is it enough?") == "Is it enough?"
    assert quote_body("It is not enough.") == "It is not enough."


def test_load_template_names_a_missing_template_and_the_choices(tmp_path):
    from briefing.errors import RenderError
    from briefing.render import load_template
    from briefing.settings import PageSettings

    with pytest.raises(
        RenderError, match=r"there is no template called 'poster'; choose one of dense, handout"
    ):
        load_template(PageSettings(template="poster", override_folder=tmp_path))
    assert load_template(PageSettings(override_folder=tmp_path)).name == "standard.html"
