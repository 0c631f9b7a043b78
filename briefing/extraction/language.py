"""Language detection: a statement's text in, the code of its language out ("en", "es", ...).

Counts, for every language briefing knows the commonest short words of (`COMMON_WORDS` in each
lexicon, and in `lexicon.detection` for languages without a lexicon), how many of the
statement's words are among them, and takes the language with the most. Nothing is
downloaded and nothing is guessed from a few words: a text with too few common words of any
language is taken as English, the default.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.lexicon import LANGUAGES, words_for
from briefing.lexicon.detection import COMMON_WORDS, LANGUAGE_NAMES
from briefing.model import Content

DEFAULT_LANGUAGE = "en"
_MIN_COMMON_WORDS = 8  # fewer common words than this in every language: too little to tell
_WORD_RE = re.compile(r"[^\W\d_]+")


def _common_words() -> dict[str, frozenset[str]]:
    return {**{lang: words_for(lang).COMMON_WORDS for lang in LANGUAGES}, **COMMON_WORDS}


def language_scores(text: str) -> dict[str, int]:
    """How many of the text's words are common words of each language."""
    counts = Counter(word.lower() for word in _WORD_RE.findall(text[:20_000]))
    return {lang: sum(counts[word] for word in words) for lang, words in _common_words().items()}


def detect_language(text: str) -> str:
    """The code of the language the text is written in: "en", "es", "fr", or the code of a
    language without a lexicon ("de", "it", "pt", "nl"); English when it cannot tell."""
    scores = language_scores(text)
    best = max(scores, key=lambda lang: (scores[lang], lang == DEFAULT_LANGUAGE))
    return best if scores[best] >= _MIN_COMMON_WORDS else DEFAULT_LANGUAGE


def language_name(code: str) -> str:
    """ "German" for "de": how messages name a language."""
    return LANGUAGE_NAMES.get(code, code)


def language_warning(content: Content, source: str) -> str | None:
    """What a user must know when `source` is in a language briefing has no word lists for:
    the language, and what could not be read; None for English, Spanish and French."""
    if not content.lang or content.lang in LANGUAGES:
        return None
    missing = [
        name
        for name, found in (
            ("demands", content.demands),
            ("speakers", any(q.speaker for q in content.quotes)),
            ("date", content.date),
        )
        if not found
    ]
    not_found = f" No {_and(missing)} could be read." if missing else ""
    return (
        f"{source} seems to be in {language_name(content.lang)}, which briefing has no word lists for: "
        "it was read with the English rules, numbers as English writes them, so check every figure "
        f"against the statement.{not_found} A translation into English, Spanish or French reads fully."
    )


def _and(names: list[str]) -> str:
    """ "demands, speakers or date": a list for a sentence."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
