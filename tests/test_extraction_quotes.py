"""Quotation rules: marks of every style, unclosed and multi-paragraph quotes, names."""

from __future__ import annotations

import pytest

from briefing.extraction import extract_content


def quotes(text: str) -> list[tuple[str, bool]]:
    return [(q.text, q.complete) for q in sorted(extract_content(text).quotes, key=lambda q: q.start or 0)]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("\u201c", "\u201d"),
        ('"', '"'),
        ("\u201c", '"'),
        ("\u00ab", "\u00bb"),
        ("\u201e", "\u201c"),
    ],
)
def test_quote_marks_of_every_style_are_paired(opening: str, closing: str) -> None:
    text = f"The minister said: {opening}We will open every school next year.{closing} Then left."
    assert quotes(text) == [("We will open every school next year.", True)]


def test_offsets_cover_exactly_the_words_between_the_marks() -> None:
    text = 'Intro line here.\nShe said, "Prices must fall for all the families here," and left.'
    content = extract_content(text)
    quote = content.quotes[0]
    assert text[quote.start : quote.end] == quote.text == "Prices must fall for all the families here,"


def test_nested_single_quotes_and_apostrophes_stay_inside() -> None:
    text = "He said: \u201cThe 'safe zone' isn't safe for anyone's children at all.\u201d"
    assert quotes(text) == [("The 'safe zone' isn't safe for anyone's children at all.", True)]


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = 'The group said: "Nobody has been told where the detainees are held.\n\nNext paragraph.'
    assert quotes(text) == [("Nobody has been told where the detainees are held.", False)]


def test_each_reopened_paragraph_is_its_own_quote() -> None:
    text = (
        'The senator said: "First we need a fair and open vote on this.\n\n'
        '"Second we need the report published in full today."\n'
    )
    assert quotes(text) == [
        ("First we need a fair and open vote on this.", False),
        ("Second we need the report published in full today.", True),
    ]


def test_a_new_opening_mark_ends_an_unclosed_quote() -> None:
    text = 'She said: "It is wrong to jail people for speaking. "We will keep on protesting here."'
    assert quotes(text) == [
        ("It is wrong to jail people for speaking.", False),
        ("We will keep on protesting here.", True),
    ]


def test_opening_mark_typed_as_closer_before_said() -> None:
    text = "\u201cThe law was rushed through without any protections, \u201csaid the senator."
    assert quotes(text) == [("The law was rushed through without any protections,", True)]


def test_two_apostrophes_close_a_quote() -> None:
    text = "He said: \"Thousands in the camps face famine and disease.'' Then he left."
    assert quotes(text) == [("Thousands in the camps face famine and disease.", True)]


@pytest.mark.parametrize(
    "text",
    [
        'They were charged with "Inciting Subversion of State Power and Order".',
        "Staff of the \u2018Regional Transit Centre\u2019 were moved.",
        'He called it "a complete failure" on Monday.',
        'It was "shocking".',
    ],
)
def test_names_charges_and_short_phrases_are_not_quotes(text: str) -> None:
    assert quotes(text) == []


def test_an_attribution_inside_an_unclosed_quote_ends_it() -> None:
    text = (
        'This, as experts noted, "falls short of every legal obligation Rights Groups, '
        "according to the report, remain concerned."
    )
    assert quotes(text) == [("falls short of every legal obligation", False)]


def test_mojibake_quotation_marks_are_paired() -> None:
    text = "She said: \u00e2\u20ac\u0153We want every prisoner released now.\u00e2\u20ac\u009d"
    assert quotes(text) == [("We want every prisoner released now.", True)]


def test_british_single_curly_quotes_are_paired() -> None:
    text = (
        "The minister said: \u2018We\u2019ll review the Greens\u2019 plan and every "
        "other proposal next week.\u2019 She left."
    )
    assert quotes(text) == [
        ("We\u2019ll review the Greens\u2019 plan and every other proposal next week.", True)
    ]


def test_straight_single_marks_quote_when_they_open_and_close_speech() -> None:
    content = extract_content(
        "The charity's report was published today.\n\n"
        "'We are seeing people who have never needed help before,' said Amira Khan, who runs "
        "the workers' advice line. 'Nobody should have to choose between heating and eating.'\n"
    )
    assert [q.text for q in content.quotes] == [
        "We are seeing people who have never needed help before,",
        "Nobody should have to choose between heating and eating.",
    ]
    assert {q.speaker for q in content.quotes} == {"Amira Khan"}


def test_apostrophes_alone_are_not_quotations() -> None:
    content = extract_content(
        "The workers' union said it won't accept the offer. The members' vote is due on 'Monday "
        "next week' at the earliest, and it's not clear who will count the ballots.\n"
    )
    assert content.quotes == []
