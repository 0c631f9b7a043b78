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
    ],
)
def test_a_title_does_not_end_a_sentence(text: str) -> None:
    assert len(sentences(text)) == 2


def test_a_spanish_question_starts_a_sentence() -> None:
    assert sentences("El gobierno calla. ¿Dónde están los detenidos?") == [
        "El gobierno calla.",
        "¿Dónde están los detenidos?",
    ]
