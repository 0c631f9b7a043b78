"""Demand rules: the frames and modals that carry a demand, its addressee, lists."""

from __future__ import annotations

import pytest

from briefing.extraction import extract_content


def demands(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.addressee) for d in sorted(extract_content(text).demands, key=lambda d: d.start or 0)]


@pytest.mark.parametrize(
    ("sentence", "text", "addressee"),
    [
        (
            "The group called on the city council to reopen the shelters.",
            "reopen the shelters",
            "the city council",
        ),
        (
            "The group urges the Ministry of Health to publish the data.",
            "publish the data",
            "the Ministry of Health",
        ),
        (
            "We reiterate our call for the release of all detained journalists.",
            "the release of all detained journalists",
            None,
        ),
        (
            "The union called for an independent inquiry into the deaths.",
            "an independent inquiry into the deaths",
            None,
        ),
        (
            "The government must end the practice immediately.",
            "The government must end the practice immediately",
            "The government",
        ),
        (
            "Donors should double their funding this year.",
            "Donors should double their funding this year",
            "Donors",
        ),
        ("We ask the mayor to meet the families this week.", "meet the families this week", "the mayor"),
        ("It's time for the board to hear its tenants.", "hear its tenants", "the board"),
        ("The country is facing calls to close the camps.", "close the camps", "The country"),
    ],
)
def test_demand_frames(sentence: str, text: str, addressee: str | None) -> None:
    assert demands(sentence) == [(text, addressee)]


def test_demand_span_is_the_whole_sentence() -> None:
    text = "Intro sentence here. The agency urged Ruritania to stop the evictions now. Ends."
    [demand] = extract_content(text).demands
    assert text[demand.start : demand.end] == "The agency urged Ruritania to stop the evictions now."


def test_reporting_tag_is_trimmed_from_a_quoted_demand() -> None:
    text = '"The authorities must free every detained reporter," the experts said.'
    [demand] = extract_content(text).demands
    assert demand.text == "The authorities must free every detained reporter"


@pytest.mark.parametrize(
    "sentence",
    [
        "These figures should have been published before the hearing.",
        "It shouldn't be an offence to report unsafe work.",
        "The report falls short of what needs to be done.",
        "Landlords do not need to report what they charge tenants.",
        "Staff were called for questioning on Monday.",
        "The experts repeated this demand at the meeting.",
        "The ministry published its annual report on Tuesday.",
    ],
)
def test_sentences_that_are_not_demands(sentence: str) -> None:
    assert demands(sentence) == []


def test_a_demand_list_makes_each_item_a_demand_for_the_lead_in_addressee() -> None:
    text = (
        "We demand the city council to:\n"
        "1. Reopen the shelters\n"
        "2. Publish the eviction figures\n\n"
        "Signed by:\n1. Housing Action\n2. Tenants United\n"
    )
    assert demands(text) == [
        ("Reopen the shelters", "the city council"),
        ("Publish the eviction figures", "the city council"),
    ]


def test_a_quoted_full_sentence_is_a_separate_demand() -> None:
    text = (
        'The mayors urged the minister to act, adding that "The state must fund every shelter this winter."'
    )
    assert [a for _, a in demands(text)] == ["the minister", "The state"]


def test_a_demand_whose_subject_is_behind_an_appositive_keeps_its_subject() -> None:
    text = (
        '"Forced eviction, a practice that thousands of tenants still face, deepens the '
        'housing crisis and must end," the network added.'
    )
    [demand] = extract_content(text).demands
    assert demand.text == (
        "Forced eviction, a practice that thousands of tenants still face, "
        "deepens the housing crisis and must end"
    )


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Landlords should publish their rents every year, the Tenants Union has said.",
            "Landlords should publish their rents every year",
        ),
        (
            "The mayors urged the minister to fund the shelters, adding that winter was near.",
            "fund the shelters",
        ),
        (
            "Ruritania is facing calls to close the camps, with aid groups calling them unsafe.",
            "close the camps",
        ),
        (
            "The mayor is facing calls to reopen the shelters and the council is also reviewing the budget.",
            "reopen the shelters",
        ),
    ],
)
def test_trailing_frames_and_clauses_are_trimmed(sentence: str, text: str) -> None:
    assert demands(sentence)[0][0] == text


def test_a_fragment_is_replaced_by_the_whole_sentence() -> None:
    text = "We demand that in the spirit of fairness, the shelters be reopened this week."
    assert demands(text)[0][0] == text.rstrip(".")


def test_a_list_item_continued_on_the_next_line_is_one_demand() -> None:
    text = (
        "The network:\n\n"
        " 1. Calls on the council to reopen the shelters; and   2. Calls for publication of the\n\n"
        " eviction figures for the northern districts.\n"
    )
    assert [t for t, _ in demands(text)] == [
        "reopen the shelters",
        "publication of the eviction figures for the northern districts",
    ]


def test_addressee_has_no_quotation_marks() -> None:
    text = 'The group said the army "should end the use of these tests without delay".'
    assert demands(text) == [('the army "should end the use of these tests without delay"', "the army")]


def test_addressee_runs_past_a_to_that_starts_a_noun_phrase() -> None:
    text = "The experts called on all parties to the conflict to immediately cease attacks on civilians."
    assert demands(text) == [("immediately cease attacks on civilians", "all parties to the conflict")]


def test_the_first_frame_governs_the_addressee() -> None:
    text = "The group urged the police to free the marchers and to stop the calls for more arrests."
    assert demands(text)[0][1] == "the police"


def test_we_ask_x_to_colon_introduces_a_numbered_list() -> None:
    text = "We ask the Government to:\n\n1. Publish the safety reports;\n2. Cap the number of residents."
    assert demands(text) == [
        ("Publish the safety reports", "the Government"),
        ("Cap the number of residents", "the Government"),
    ]


def test_recommended_that_x_colon_introduces_a_bulleted_list() -> None:
    text = (
        "The experts recommended that the Government:\n\n"
        "- Ensure humanitarian access to the city;\n- Investigate all the allegations."
    )
    assert [a for _, a in demands(text)] == ["the Government", "the Government"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We are spending more than ever on schools, and we must do so in a way that rewards teachers.",
        "She said patients would have to travel 90 kilometres to the nearest hospital.",
    ],
)
def test_how_and_consequences_are_not_demands(sentence: str) -> None:
    assert demands(sentence) == []


def test_object_pronoun_is_not_an_addressee() -> None:
    assert demands('"We urge him to reverse the decision before winter," she said.') == [
        ("reverse the decision before winter", None)
    ]


def test_reporting_tail_with_a_time_is_trimmed() -> None:
    text = "The authorities must release the journalists, Amnesty International said today."
    assert demands(text)[0][0] == "The authorities must release the journalists"


def test_british_quote_marks_around_a_demand_are_dropped() -> None:
    text = "‘The Government should scrap the limit now,’ said the charity’s chief executive."
    assert demands(text)[0][0] == "The Government should scrap the limit now"


def test_inverted_should_is_a_condition() -> None:
    assert demands("Should the government fail to act, the families will have nowhere to go.") == []


def test_parenthesised_dateline_is_not_part_of_the_addressee() -> None:
    text = "(Jakarta, June 14, 2024) \u2013 Indonesian authorities should halt the evictions, the group said."
    assert demands(text) == [("Indonesian authorities should halt the evictions", "Indonesian authorities")]


def test_called_for_and_urged_are_two_demands() -> None:
    text = "The agencies called for more investment in farming, and urged governments to fund nutrition."
    assert demands(text) == [
        ("more investment in farming", None),
        ("fund nutrition", "governments"),
    ]


def test_told_tag_after_a_quoted_demand_is_trimmed() -> None:
    text = '"The Parliament should repeal these laws before the election," she told the ABC.'
    assert demands(text) == [
        ("The Parliament should repeal these laws before the election", "The Parliament")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked whether the minister should resign, the spokesperson declined to comment.",
        "Patients who need to travel are reimbursed by the state.",
        "This is what we must fight for, the activists said.",
    ],
)
def test_modals_in_questions_relatives_and_clefts_are_not_demands(sentence: str) -> None:
    assert demands(sentence) == []


def test_pseudo_cleft_with_what_first_is_a_demand() -> None:
    text = "What the council should do is to fund these shelters instead of closing them."
    assert len(demands(text)) == 1


def test_possessive_her_starts_an_addressee() -> None:
    assert demands("She called on her supporters to stay at home.") == [("stay at home", "her supporters")]


def test_two_frames_in_one_sentence_are_two_demands() -> None:
    content = extract_content(
        "The agency urged donors to release emergency funds of $2 million and called on the "
        "ministry to open shelters in the schools."
    )
    assert [(d.text, d.addressee) for d in content.demands] == [
        ("release emergency funds of $2 million", "donors"),
        ("open shelters in the schools", "the ministry"),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Demand rose fastest in rural areas, by 31%.", "Demand for food has soared this winter."],
)
def test_demand_the_noun_is_not_a_demand(sentence: str) -> None:
    assert demands(sentence) == []


def test_a_second_frame_after_and_i_is_a_demand_of_its_own_and_a_passive_asks_no_one() -> None:
    assert demands(
        "I urge all parties to allow humanitarian access, and I call on donor States to fund the "
        "response plan in full. Starvation must never be used as a method of warfare."
    ) == [
        ("allow humanitarian access", "all parties"),
        ("fund the response plan in full", "donor States"),
        ("Starvation must never be used as a method of warfare", None),
    ]


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "addressee"),
    [
        (
            "en",
            "The network called on the council not to close the shelters this winter.",
            "not to close the shelters this winter",
            "the council",
        ),
        (
            "en",
            "The network urged ministers never to deport a child alone.",
            "never to deport a child alone",
            "ministers",
        ),
        (
            "es",
            "La red pide al Gobierno no cerrar los albergues este invierno.",
            "no cerrar los albergues este invierno",
            "el Gobierno",
        ),
        (
            "es",
            'La red pidió a las autoridades "no cerrar los albergues en invierno".',
            "no cerrar los albergues en invierno",
            "las autoridades",
        ),
        (
            "fr",
            "Le réseau demande au gouvernement de ne plus expulser de familles en hiver.",
            "ne plus expulser de familles en hiver",
            "le gouvernement",
        ),
    ],
)
def test_a_negated_ask_keeps_its_negation(lang: str, sentence: str, text: str, addressee: str) -> None:
    # Without its "not", "no" or "ne plus" the ask says the opposite; the negation is never
    # read into who is asked either ("the council not").
    found = extract_content(f"Shelter report\n\n{sentence}\n", lang=lang).demands
    assert [(d.text, d.addressee) for d in found] == [(text, addressee)]


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "addressee"),
    [
        (
            "es",
            "La red exigió hoy al Gobierno que adopte medidas urgentes para proteger los ríos.",
            "adopte medidas urgentes para proteger los ríos",
            "el Gobierno",
        ),
        (
            "en",
            "The network today called on the council to keep the shelters open all winter.",
            "keep the shelters open all winter",
            "the council",
        ),
    ],
)
def test_a_filler_between_the_call_and_who_is_asked(
    lang: str, sentence: str, text: str, addressee: str
) -> None:
    # "exigió *hoy* al Gobierno que …": the day is not part of who is asked, nor of the ask
    found = extract_content(f"Rivers report\n\n{sentence}\n", lang=lang).demands
    assert [(d.text, d.addressee) for d in found] == [(text, addressee)]


@pytest.mark.parametrize(
    ("lang", "sentence", "text"),
    [
        (
            "en",
            "The union demanded an inquiry into safety at the quarry, where a wall collapse injured four men.",
            "an inquiry into safety at the quarry",
        ),
        (
            "fr",
            "Les experts ont exhorté les autorités à fermer le camp de Val-Rouge, où 300 familles vivent sans eau.",
            "fermer le camp de Val-Rouge",
        ),
    ],
)
def test_a_place_relative_clause_after_the_ask_is_left_out(lang: str, sentence: str, text: str) -> None:
    # ", where a wall collapse injured four men" tells what happened there; it asks nothing
    found = extract_content(f"Quarry report\n\n{sentence}\n", lang=lang).demands
    assert [d.text for d in found] == [text]
