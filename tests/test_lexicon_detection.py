"""Languages briefing can name without a lexicon, and the names every lexicon shares."""

from __future__ import annotations

import pytest

from briefing.extraction.language import detect_language
from briefing.lexicon import LANGUAGES, detection, words_for


@pytest.mark.parametrize("lang", detection.COMMON_WORDS)
def test_every_language_without_a_lexicon_is_named(lang: str) -> None:
    assert lang in detection.LANGUAGE_NAMES
    assert lang not in LANGUAGES


def test_a_german_sentence_is_named_german() -> None:
    sentence = "Die Regierung hat die Aufnahme der Menschen nicht ermöglicht, und die Lage ist auch für die Helfer schwer."
    assert detection.LANGUAGE_NAMES[detect_language(sentence)] == "German"


def _number_names(lang: str) -> set[str]:
    module = words_for(lang)
    return {name for name in vars(module) if name.isupper()}


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_every_lexicon_has_every_english_name_of_the_numbers_section(lang: str) -> None:
    assert _number_names("en") - _number_names(lang) == set()
