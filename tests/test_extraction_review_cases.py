"""Cases a review of the wire-item and first-person rules found: each with invented text."""

from __future__ import annotations

import pytest

from briefing.extraction import extract_content
from briefing.extraction.demands import find_demands, rules_for


def test_a_scare_quote_does_not_swallow_the_next_quotation() -> None:
    content = extract_content(
        "The health secretary called the offer 'generous'. 'It is an insult to every nurse,' said "
        "union leader Pat Crane.\n"
    )
    assert [q.text for q in content.quotes] == ["It is an insult to every nurse,"]


@pytest.mark.parametrize(
    ("sentence", "display"),
    [
        ("The European Union has pledged $1 billion in emergency aid.", "$1 billion"),
        ("The World Bank added 1 million in loans.", "1 million"),
        ("Inflation fell to 1% in May.", "1%"),
    ],
)
def test_a_one_with_a_unit_is_a_figure_not_the_start_of_a_ratio(sentence: str, display: str) -> None:
    assert [f.display for f in extract_content(sentence).figures] == [display]


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            "The union urged the police to release the detainees and demanded an inquiry, and it "
            "also called on parliament to repeal the law.",
            [("release the detainees", "the police"), ("an inquiry", None), ("repeal the law", "parliament")],
        ),
        (
            "The network urged the UN to investigate the militia, which attacked the camp and called "
            "on residents to leave.",
            [("investigate the militia, which attacked the camp and called on residents to leave", "the UN")],
        ),
        (
            "The network demanded increased protection for medical workers.",
            [("increased protection for medical workers", None)],
        ),
    ],
)
def test_demands_in_sentences_with_several_verbs(sentence: str, shown: list[tuple[str, str | None]]) -> None:
    assert [(d.text, d.addressee) for d in extract_content(sentence).demands] == shown


def test_many_joined_demands_in_one_sentence_are_each_found() -> None:
    # (each was once tidied with the whole sentence again: minutes for a long one; no timing
    # here, the benchmark is the place for that)
    sentence = "The group urged the council to act" + " and called on the mayor to resign" * 300 + "."
    assert len(find_demands(sentence, rules_for("en"))) == 301
    # each is a fragment, shown as the whole sentence: the page shows that sentence once
    assert len(extract_content(sentence).demands) == 1


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Statement of Concern on the closure of Al-Nour hospital\n\nThe hospital closed on Monday.", None),
        (
            "Open letter from 120 scientists to the European Commission on glyphosate\n\n"
            "We write about the renewal of the licence.",
            "120 scientists",
        ),
        (
            "Joint statement by the Special Rapporteur on torture and the Working Group on Enforced "
            "Disappearances on the case of Ana Ruiz\n\nThe experts are alarmed.",
            "Special Rapporteur on torture and the Working Group on Enforced Disappearances",
        ),
        (
            "Some 300 families fled the camp on Monday, the head of the UN Refugee Agency Filippo "
            "Grandi said.\n\nThe camp held 9,000 people.",
            None,
        ),
    ],
)
def test_who_issues_a_statement_and_who_does_not(text: str, issuer: str | None) -> None:
    assert extract_content(text).issuer == issuer


def test_a_dateline_naming_a_country_of_several_words_is_not_the_title() -> None:
    content = extract_content(
        "KINSHASA, Democratic Republic of Congo (Reuters) - At least 40 people died in floods in the "
        "capital, officials said on Sunday.\n\nMore rain is expected."
    )
    assert content.title is not None
    assert not content.title.startswith("KINSHASA")


def test_american_style_tags_name_their_own_speaker() -> None:
    content = extract_content(
        "Lawmakers debated the refugee cap on Tuesday.\n\n"
        '"Raise the cap to 125,000 this year," Sen. Ana Whitlow (D-Calif.) told the president.\n\n'
        '"This country has long been a refuge for the persecuted," Sen. Tom Harlan (D-Ill.) said.\n\n'
        '"Newcomers have always made our towns stronger," Rep. Maria Okafor, D-Wash., said.\n'
    )
    assert {q.text.split()[0]: q.speaker for q in content.quotes} == {
        "Raise": "Sen. Ana Whitlow",
        "This": "Sen. Tom Harlan",
        "Newcomers": "Rep. Maria Okafor",
    }


def test_a_tag_that_cannot_be_read_gives_no_speaker_rather_than_the_last_one() -> None:
    content = extract_content(
        "The council met on Monday.\n\n"
        '"We will reopen the shelters this winter," said Mayor Ana Ruiz.\n\n'
        '"Nobody should sleep outside in this city," 17 of the 20 councillors, in a joint letter, said.\n'
    )
    assert content.quotes[-1].speaker != "Mayor Ana Ruiz"


def test_we_are_and_a_number_is_not_an_issuer() -> None:
    content = extract_content("We are 12 days into the worst flooding in a decade. 40 people have died.\n")
    assert content.issuer is None
