"""`words_for`: each language's words, and English for a language without a lexicon."""

from __future__ import annotations

import pytest

from briefing.lexicon import LANGUAGES, en, es, fr, words_for


@pytest.mark.parametrize(("lang", "module"), [("en", en), ("es", es), ("fr", fr)])
def test_each_language_has_its_lexicon(lang: str, module: object) -> None:
    assert words_for(lang) is module


@pytest.mark.parametrize("lang", ["de", "xx", ""])
def test_a_language_without_a_lexicon_gets_the_english_words(lang: str) -> None:
    assert words_for(lang) is en


def test_english_is_the_default_language() -> None:
    assert LANGUAGES[0] == "en"


def test_the_lexicons_differ_where_the_languages_do() -> None:
    assert (
        words_for("es").MONTHS["enero"]
        == words_for("fr").MONTHS["janvier"]
        == words_for("en").MONTHS["january"]
    )
    assert words_for("es").DECIMAL_SEPARATOR == words_for("fr").DECIMAL_SEPARATOR == ","
