"""Language detection: the statement's own words say its language."""

from __future__ import annotations

import pytest

from briefing.extraction.language import detect_language, language_warning
from briefing.model import Content, Demand

SENTENCES = {
    "en": "The union said that the government has failed to protect the workers, and it called for an inquiry into the deaths at the port.",
    "es": "La organización afirmó que el gobierno no ha protegido a los trabajadores y pidió una investigación sobre las muertes en el puerto.",
    "fr": "Le syndicat a déclaré que le gouvernement n’a pas protégé les travailleurs et il demande une enquête sur les morts dans le port.",
    "de": "Die Gewerkschaft sagte, dass die Regierung die Arbeiter nicht geschützt hat, und sie fordert eine Untersuchung der Todesfälle im Hafen.",
    "it": "Il sindacato ha detto che il governo non ha protetto i lavoratori e chiede una indagine sulle morti nel porto, che sono state molte.",
    "pt": "O sindicato disse que o governo não protegeu os trabalhadores e pediu uma investigação sobre as mortes no porto, que são muitas.",
}


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES.items())
def test_the_language_is_told_by_its_commonest_words(lang: str, sentence: str) -> None:
    assert detect_language(sentence) == lang


def test_too_few_words_to_tell_is_english() -> None:
    assert detect_language("Gaza: 1,200 dead") == "en"


def test_a_statement_without_word_lists_gets_a_warning_naming_its_language() -> None:
    warning = language_warning(Content(lang="de"), "erklaerung.txt")
    assert warning is not None
    assert warning.startswith("erklaerung.txt seems to be in German")
    assert "No demands, speakers or date could be read." in warning


def test_the_warning_says_only_what_is_missing() -> None:
    warning = language_warning(Content(lang="it", demands=[Demand(text="liberate i prigionieri")]), "x.txt")
    assert warning is not None
    assert "No speakers or date could be read." in warning


@pytest.mark.parametrize("lang", ["en", "es", "fr", None])
def test_no_warning_for_a_language_with_word_lists(lang: str | None) -> None:
    assert language_warning(Content(lang=lang), "x.txt") is None
