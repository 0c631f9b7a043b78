"""Each language's words, as data apart from the rules that use them.

One module per language (`en`, `es`, `fr`), each with the same names: month names, number and
scale words, currencies, approximation words, negations, demand frames, speech verbs, role
nouns and what is never a speaker. Rules in `briefing.extraction` and `briefing.verify` never
spell a word of a language themselves: they ask `words_for(lang)` and read the names below.
Adding a language means adding a module here with the same names, not touching a rule.

(quantulum3 keeps each language's vocabulary the same way, in `quantulum3/_lang/<lang>/`.)
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: The languages that have a lexicon; the first is the default.
LANGUAGES: tuple[str, ...] = ("en", "es", "fr")


def words_for(lang: str) -> ModuleType:
    """The lexicon module of `lang` ("en", "es", "fr"); English for a language without one."""
    return importlib.import_module(f"briefing.lexicon.{lang if lang in LANGUAGES else 'en'}")
