"""Sentence splitting: titles and abbreviations of three languages do not end a sentence."""

from __future__ import annotations

import pytest

from briefing.extraction.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Jones said the talks failed. The union walked out.",
        "La Sra. Pérez dijo que la huelga sigue. El sindicato no cede.",
        "Mme. Dupont a déclaré que la grève continue. Le syndicat ne cède pas.",
        "Sen. Jo Doe filed the bill with Sens. Smith and Ortiz on Monday. It has 12 sponsors.",
        "The letter was signed by Reps. Lane and Park, and Dr. Ruiz. It goes to the board today.",
        "La carta la firman el Dr. Ruiz y la Dra. Gómez de la universidad. Llega hoy al Senado.",
        "Le texte est signé par M. Roux et Pr. Martin, de l'université. Il arrive demain.",
    ],
)
def test_a_title_does_not_end_a_sentence(text: str) -> None:
    assert len(sentences(text)) == 2


def test_a_spanish_question_starts_a_sentence() -> None:
    assert sentences("El gobierno calla. ¿Dónde están los detenidos?") == [
        "El gobierno calla.",
        "¿Dónde están los detenidos?",
    ]


def test_abbreviations_initials_and_decimals_do_not_end_a_sentence() -> None:
    text = "Dr. Ruiz spoke first. The U.N. said 1.5 million people fled. Next, the vote."
    assert sentences(text) == [
        "Dr. Ruiz spoke first.",
        "The U.N. said 1.5 million people fled.",
        "Next, the vote.",
    ]


def test_a_quotation_that_ends_with_its_own_mark_is_a_sentence() -> None:
    assert sentences("“Leave now!” She left.  Was it too late?") == [
        "“Leave now!”",
        "She left.",
        "Was it too late?",
    ]


def test_spans_are_offsets_into_the_text_trimmed_of_whitespace() -> None:
    text = "  First one.   Second one.  "
    spans = split_sentences(text, 0, len(text))
    assert [(s.start, s.end) for s in spans] == [(2, 12), (15, 26)]


def test_only_the_range_asked_for_is_split() -> None:
    text = "Outside. Inside one. Inside two. Outside again."
    start, end = text.index("Inside one"), text.index(" Outside again")
    assert [text[s.start : s.end] for s in split_sentences(text, start, end)] == [
        "Inside one.",
        "Inside two.",
    ]
