"""Figure rules: what counts as a figure, its value, display, approximation and label."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extraction import extract_content
from briefing.extraction.figures import LABEL_RULES, NOT_A_FIGURE, rules_setting_aside
from briefing.extraction.numbers import read_digits, read_words
from tests.conftest import pdf_text, run_briefing


def figures(text: str) -> list[tuple[float | None, str, bool]]:
    return [
        (f.value, f.display, f.approx)
        for f in sorted(extract_content(text).figures, key=lambda f: f.start or 0)
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "display", "approx"),
    [
        ("Officials counted 1,200 displaced families.", 1200, "1,200", False),
        ("Turnout fell to 45.5% this year.", 45.5, "45.5%", False),
        ("Turnout fell to 12 per cent this year.", 12, "12%", False),
        ("The cuts will cost \u00a366 billion a year.", 66e9, "\u00a366 billion", False),
        ("The fund lost $3bn last quarter.", 3e9, "$3 billion", False),
        ("Some 1.2 million people fled the region.", 1.2e6, "~1.2 million", True),
        ("They counted five hundred and eighty prisoners.", 580, "580", False),
        ("Of the estimated 800 political prisoners, few are free.", 800, "~800", True),
        ("More than 600 people remain at the centre.", 600, "600+", True),
        ("The ration lasted less than two days.", 2, "<2", True),
        ("Fares could fall by up to 6.5% by then.", 6.5, "up to 6.5%", True),
    ],
)
def test_figures_are_read(sentence: str, value: float, display: str, approx: bool) -> None:
    assert figures(sentence) == [(value, display, approx)]


def test_label_says_what_is_counted_and_that_it_is_estimated() -> None:
    [figure] = extract_content("Of the estimated 800 political prisoners, few are free.").figures
    assert figure.label == "political prisoners, estimated"


def test_span_covers_qualifier_number_and_what_it_counts() -> None:
    text = "Officials say about 50 detainees were freed."
    [figure] = extract_content(text).figures
    assert text[figure.start : figure.end] == "about 50 detainees"


def test_a_range_is_one_figure_valued_at_its_lower_end() -> None:
    assert figures("The loss would be between \u00a338 billion and \u00a366 billion per year.") == [
        (38e9, "\u00a338\u201366 billion", False)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The law was passed in 2019 after a long debate.",
        "The meeting on 12 March ended at 10:30 with no deal.",
        "The strike began on June 4 and is continuing.",
        "It was the second time and the 3rd hearing this month.",
        "Call the office on 020 7946 0958 or visit https://example.org/page/42 for details.",
        "Under Article 50 and Resolution 2334 the rules apply.",
        "She married four years later and moved away.",
        "One of the two major parties objected.",
    ],
)
def test_numbers_that_locate_or_identify_are_not_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_list_numbering_is_not_a_figure() -> None:
    text = "We ask the council to:\n1. Open the shelters now.\n2. Fund 300 more beds."
    assert [f.value for f in extract_content(text).figures] == [300]


def test_a_repeated_figure_is_shown_once() -> None:
    text = "The storm killed 120 people in the north.\n\nThe storm killed 120 people in the north."
    assert len(extract_content(text).figures) == 1


def test_numbers_inside_quoted_names_are_not_figures() -> None:
    text = 'Members of the "18-19 Labour Rights Defence Group" were held.'
    assert figures(text) == []


def labels(text: str) -> list[tuple[str, str]]:
    return [(f.display, f.label) for f in sorted(extract_content(text).figures, key=lambda f: f.start or 0)]


@pytest.mark.parametrize(
    ("sentence", "display", "label"),
    [
        (
            "The council must start raising the apprentice quota to 2,000 this year.",
            "2,000",
            "apprentice quota",
        ),
        (
            "The ministry should at once release an additional $5 million to fund clinics in the north.",
            "$5 million",
            "additional, to fund clinics",
        ),
        (
            "The levy would cause imports to fall by up to 6% compared with last year.",
            "up to 6%",
            "fall in imports",
        ),
        (
            "It would mean a loss of \u00a312 billion per year for the treasury.",
            "\u00a312 billion",
            "loss per year",
        ),
        (
            "Officials counted 450 families on Ruritania Island last week.",
            "450",
            "families on Ruritania Island",
        ),
        ("The bank had a central estimate of 3.2% for the year.", "3.2%", "central estimate"),
    ],
)
def test_labels_name_what_is_counted(sentence: str, display: str, label: str) -> None:
    assert labels(sentence) == [(display, label)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the part counts what the sentence says of it, not the words before it
        (
            "The union said at least 9 of the 14 had been denied access to a lawyer.",
            [("9+", "denied access"), ("14", "")],
        ),
        (
            "Inspectors found that 3 of the 12 schools were closed by the floods.",
            [("3", "schools closed"), ("12", "schools")],
        ),
        (
            "Only 50 of an estimated 800 prisoners have been released so far.",
            [("50", "prisoners released so far"), ("~800", "prisoners, estimated")],
        ),
    ],
)
def test_a_part_counts_what_its_whole_counts(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert labels(sentence) == expected


def test_a_part_and_its_whole_in_spanish() -> None:
    text = "Según la red, 9 de los 14 periodistas fueron detenidos sin orden judicial."
    found = [(f.display, f.label) for f in extract_content(text, lang="es").figures]
    assert found[0][0] == "9"
    assert found[0][1].startswith("periodistas detenidos")
    assert found[1] == ("14", "periodistas")


@pytest.mark.parametrize(
    ("sentence", "display", "label"),
    [
        ("A roof collapse on Monday injured 6 workers at the mine.", "6", "workers injured"),
        ("Police detained some 140 protesters in the capital.", "~140", "protesters detained"),
        ("The storm killed at least 12 people in the valley.", "12+", "people killed"),
    ],
)
def test_a_count_says_what_happened_to_those_counted(sentence: str, display: str, label: str) -> None:
    assert labels(sentence) == [(display, label)]


def test_a_label_whose_subject_was_cut_is_no_label() -> None:
    # "inspections at the | mine had fallen": what is left after the article is a clause
    assert labels("Inspections at the mine had fallen from 12 a year in 2022 to 3 last year.")[0][1] != (
        "mine had fallen a year"
    )
    assert labels("Inspections at the mine had fallen to 3.") == [("3", "")]  # not "mine had fallen"
    assert labels("Prices have risen by 12% since March.") == [("12%", "Prices have risen")]


def test_a_rate_of_nothing_named_is_no_label() -> None:
    # "12 a year" of what? The page would show a number that counts nothing.
    assert labels("Inspections at the mine had fallen from 12 a year in 2022 to 3 last year.")[0] == (
        "12",
        "",
    )
    assert labels("It would mean a loss of \u00a312 billion per year.") == [
        ("\u00a312 billion", "loss per year")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "More than 600 people are held. Among the 600 individuals held, few have lawyers.",
        "Some 600 detainees are held in the camp.\n\nThe 600 people have no lawyers.",
    ],
)
def test_a_number_restated_with_a_synonym_for_people_is_shown_once(text: str) -> None:
    assert [f.value for f in extract_content(text).figures] == [600]


def test_the_same_number_of_different_things_is_kept() -> None:
    text = "The storm killed 120 people.\n\nIt destroyed 120 homes in the north."
    assert [f.value for f in extract_content(text).figures] == [120, 120]


@pytest.mark.parametrize(
    "sentence",
    [
        "Women were attacked between 10 and 24 April in the city.",
        "Actions took place on 10 and 16 January across the country.",
        "The report covers 1 January \u2013 31 December 2023 in full.",
        "The report was published on 10th January by the group.",
        "For copies call +44 (0)20 7946 0958 or write to us.",
        "Media contact: +41 22 917 0000 (Geneva office).",
        "The Government should scrap the two-child limit now.",
    ],
)
def test_days_phones_and_names_are_not_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_hyphenated_measure_is_still_a_figure() -> None:
    assert figures("He served the six-month sentence in full.") == [(6, "6", False)]


@pytest.mark.parametrize(
    ("sentence", "display", "label"),
    [
        ("Donors pledged \u20ac1,200 per displaced family in 2023.", "\u20ac1,200", "per displaced family"),
        ("The aid payments fell by 45 per cent between January and June.", "45%", "fall in payments"),
        ("The total is 160,000, up from 120,000 in 2015.", "120,000", ""),
    ],
)
def test_label_edges(sentence: str, display: str, label: str) -> None:
    assert dict(labels(sentence))[display] == label


@pytest.mark.parametrize(
    "sentence",
    [
        "One resident, a 47-year-old mother of four, spoke to us.",
    ],
)
def test_ages_family_sizes_and_ratios_are_not_counts(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "display", "value", "label"),
    [
        # said in words: a share, in per cent (ratio_value)
        ("He said that one in five teachers leaves within a year.", "en", "1 in 5", 20, ""),
        ("Two in three nurses work unpaid overtime.", "en", "2 in 3", 67, ""),
        ("One in eight flats is empty.", "en", "1 in 8", 12.5, ""),
        ("Uno de cada cinco niños no come bien.", "es", "1 de cada 5", 20, ""),
        ("Deux infirmières sur trois font des heures supplémentaires.", "fr", "2 sur 3", 67, "infirmières"),
        # written in digits: the source's own number, its part
        ("Only 1 in 10,000 applications succeeds.", "en", "1 in 10,000", 1, ""),
        ("Selon l’enquête, 3 élèves sur 4 veulent rentrer.", "fr", "3 sur 4", 3, "élèves"),
    ],
)
def test_a_ratio_is_one_figure_shown_as_the_source_says_it(
    sentence: str, lang: str, display: str, value: float, label: str
) -> None:
    [figure] = extract_content(sentence, lang=lang).figures
    assert (figure.value, figure.display) == (value, display)
    if label:
        assert figure.label == label


def test_ratio_value_a_ratio_said_in_words_builds_and_verifies(tmp_path: Path) -> None:
    statement = tmp_path / "ratio.txt"
    statement.write_text(
        "Hunger in rural schools\n\nOne in five children in the district arrives at school hungry, "
        "the teachers' union said today.\n",
        encoding="utf-8",
    )
    result = run_briefing("build", str(statement), "-o", str(tmp_path / "ratio.pdf"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1 in 5" in pdf_text(tmp_path / "ratio.pdf")


def test_two_amounts_of_money_joined_by_to_are_a_range() -> None:
    assert figures("Between now and 2030 it needs US$176 billion to US$3.98 trillion a year.") == [
        (176e9, "US$176 billion\u20133.98 trillion", False)
    ]


def test_a_weekday_is_not_a_place_in_a_label() -> None:
    assert labels("Police arrested 14 climate activists on Saturday.") == [
        ("14", "climate activists arrested")
    ]


def test_a_change_by_just_a_percentage_is_labelled_by_what_changed() -> None:
    assert labels("Rents rose by 14% last year, while wages rose by just 3%.") == [
        ("14%", "rise in Rents"),
        ("3%", "rise in wages"),
    ]


def test_a_participle_after_a_number_says_what_happened() -> None:
    assert labels("It said 23 people were hurt and around 300 arrested since Friday.") == [
        ("23", "people"),
        ("~300", "arrested"),
    ]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("According to lawyers, at least nine of those detained reported being beaten.", "of those detained"),
        ("Nine of those arrested were later released.", "of those arrested"),
    ],
)
def test_of_those_names_who_is_counted(sentence: str, label: str) -> None:
    (figure,) = extract_content(sentence).figures
    assert figure.label == label


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            "Last winter its 212 food banks handed out 480,000 emergency parcels.",
            [("212", "food banks"), ("480,000", "emergency parcels")],
        ),
        ("In all, 61,000 parcels went to families with children under five.", [("61,000", "parcels")]),
        (
            "In the town, 1 in 5 people using a food bank were in work.",
            [("1 in 5", "people using a food bank")],
        ),
    ],
)
def test_a_label_stops_at_the_verb_and_ages_are_not_counts_and_a_ratio_is_one_figure(
    sentence: str, shown: list[tuple[str, str]]
) -> None:
    assert [(f.display, f.label) for f in extract_content(sentence).figures] == shown


def test_a_label_stops_at_a_dash() -> None:
    content = extract_content("The survey found 2.1 million people \u2013 more than half \u2013 go hungry.")
    assert [(f.display, f.label) for f in content.figures] == [("2.1 million", "people")]


def test_a_range_rises_so_a_vote_is_two_numbers() -> None:
    content = extract_content("On Friday the delegates backed the motion by 92% to 8% after a long debate.")
    assert [f.display for f in content.figures] == ["92%", "8%"]


# --- the named rules: each with a sentence that shows it -------------------------------------

NOT_A_FIGURE_EXAMPLES = {
    "ordinal_or_code": ("It was the 10th hearing on the case.", "10"),
    "part_of_a_reference": ("The court heard case 202/224 on appeal.", "202"),
    "digits_in_groups": ("Call the office on 020 7946 0958 for details.", "7946"),
    "year": ("The law passed in 2019 after a long debate.", "2019"),
    "time_of_day": ("The march starts at 9 am outside the station.", "9"),
    "list_number": ("2. Fund the clinics in the north.", "2"),
    "one_in_words": ("One of the reasons is the cost of food.", "One"),
    "the_few": ("The two parties signed the accord.", "two"),
    "day_of_month": ("The strike began on 12 March in the capital.", "12"),
    "first_day_of_a_range": ("Women were attacked between 10 and 24 April in the city.", "10"),
    "second_day_of_a_range": ("Delegates gather in Riverton on March 4 and 5 to vote on it.", "5"),
    "age_of_a_person": ("A 47-year-old teacher was detained.", "47"),
    "children_of_a_parent": ("She is a mother of four from the coast.", "four"),
    "whole_of_a_ratio": ("One in five teachers leaves within a year.", "five"),
    "age_limit": ("Vaccines for children under five are free.", "five"),
    "narrative_time": ("She married four years later and moved away.", "four"),
    "period_measured": ("Evictions fell by 40 percent in the past three years.", "three"),
    "code": ("The rules of the treaty include Article 50 on leaving.", "50"),
    "time_ago": ("La comunidad llegó hace cuatro años a la zona.", "cuatro", "es"),
    "age_at": ("Nous voulons la retraite à 60 ans pour tous.", "60", "fr"),
    "clock_time": ("La audiencia empezará a las 17 horas en el juzgado.", "17", "es"),
    "document_number": ("The rule is set out under section 12 of the act.", "12"),
}


@pytest.mark.parametrize(("rule", "example"), NOT_A_FIGURE_EXAMPLES.items(), ids=list(NOT_A_FIGURE_EXAMPLES))
def test_not_a_figure_rule(rule: str, example: tuple[str, ...]) -> None:
    sentence, number, lang = (*example, "en")[:3]
    assert rule in rules_setting_aside(sentence, number, lang)
    value = read_words(number.lower(), lang) or read_digits(number, lang)
    assert value not in [f.value for f in extract_content(sentence, lang=lang).figures]


def test_a_count_is_set_aside_by_no_rule() -> None:
    assert rules_setting_aside("Police detained 300 people in the square.", "300") == []


LABEL_EXAMPLES = {
    "opening_preposition": ("Debt reached 9.5% of GDP last year.", "9.5%", "of GDP"),
    "partitive_demonstrative": ("Police said nine of those detained were minors.", "9", "of those detained"),
    "participle_after_demonstrative": ("Only six of those arrested were charged.", "6", "of those arrested"),
    "auxiliary_opens_predicate": ("So far 50 have been released on bail.", "50", "released"),
    "and_in_a_name": (
        "The board employs 40 Roads and Bridges inspectors.",
        "40",
        "Roads and Bridges inspectors",
    ),
    "place": (
        "Officials counted 450 families on Ruritania Island last week.",
        "450",
        "families on Ruritania Island",
    ),
    "stop_word": ("Aid agencies say 800 prisoners were moved.", "800", "prisoners"),
    "what_happened_to_them": ("Around 300 arrested since Friday remain in cells.", "~300", "arrested"),
    "verb": ("Last month 212 food banks handed out parcels.", "212", "food banks"),
    "name_starts": ("He served a six-month Residential Surveillance order.", "6", "month"),
}


@pytest.mark.parametrize(("rule", "example"), LABEL_EXAMPLES.items(), ids=LABEL_EXAMPLES)
def test_label_rule(rule: str, example: tuple[str, str, str]) -> None:
    sentence, display, label = example
    assert (display, label) in labels(sentence)


@pytest.mark.parametrize(
    ("table", "examples"), [(NOT_A_FIGURE, NOT_A_FIGURE_EXAMPLES), (LABEL_RULES, LABEL_EXAMPLES)]
)
def test_every_rule_has_a_docstring_with_an_example_and_a_test(table: tuple, examples: dict) -> None:
    for rule in table:
        assert rule.__name__.lstrip("_") in examples
        assert rule.__doc__
        assert rule.__doc__.count("\n") == 0  # one line
        assert '"' in rule.__doc__  # with an example


@pytest.mark.parametrize(
    ("sentence", "lang", "shown"),
    [
        ("Evictions fell by 40% in two years, and 1,200 families were rehoused.", "en", ["40%", "1,200"]),
        ("The valley was the driest in 13 of the past 20 years, with 300 wells dry.", "en", ["300"]),
        ("Los desalojos cayeron un 40 % en los últimos tres años.", "es", ["40 %"]),
        ("Les expulsions ont baissé de 40 % en deux ans.", "fr", ["40 %"]),
        ("He has been detained for 2 years without trial.", "en", ["2"]),  # a duration suffered
        ("Emissions must start to fall within 10 years.", "en", ["10"]),  # a deadline
    ],
)
def test_period_measured_the_period_of_a_change_is_no_figure(
    sentence: str, lang: str, shown: list[str]
) -> None:
    assert [" ".join(f.display.split()) for f in extract_content(sentence, lang=lang).figures] == shown
