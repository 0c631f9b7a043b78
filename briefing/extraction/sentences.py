"""Sentence segmentation: a paragraph's work text in, sentence spans (offsets) out.

pysbd was measured first: 16–30 ms for a 900-word statement, over half of the 50 ms budget for
the whole extraction, and its character spans are found by searching, which goes wrong when a
lead is repeated. Press statements need far less than its rule set, so this module splits on
sentence punctuation followed by a capitalised (or quoted) start, guarded by an abbreviation
list, in well under a millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.lexicon import LANGUAGES, words_for

# Words that end with a full stop without ending the sentence ("Sen. Smith", "Sra. Pérez"):
# every language's, from the lexicons.
_ABBREVIATIONS = frozenset(word for lang in LANGUAGES for word in words_for(lang).SENTENCE_ABBREVIATIONS)
# A sentence ends at . ! ? (or an ellipsis), optionally followed by closing marks/brackets,
# then space; the next sentence starts with a capital, digit or an opening mark.
_BOUNDARY_RE = re.compile(
    r"(?P<end>[.!?\u2026]+[\"'\u201d\u2019)\]\u00bb]*)(?P<gap>\s+)"
    r"(?=[\"'\u201c\u2018(\[\u00ab\u201e\u00bf\u00a1]*[A-Z0-9\u00c0-\u00de])"  # "¿Por qué ...?", "¡Basta!"
)
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


def split_sentences(work: str, start: int, end: int) -> list[Sentence]:
    """Sentences of `work[start:end]`, as spans trimmed of surrounding whitespace."""
    sentences: list[Sentence] = []
    cursor = start
    for m in _BOUNDARY_RE.finditer(work, start, end):
        if _is_abbreviation(work, cursor, m.start("end"), m.group("end")):
            continue
        _append(sentences, work, cursor, m.end("end"))
        cursor = m.end("gap")
    _append(sentences, work, cursor, end)
    return sentences


def _is_abbreviation(work: str, cursor: int, stop: int, punctuation: str) -> bool:
    if not punctuation.startswith(".") or len(punctuation) > 1:
        return False
    word = _WORD_BEFORE_RE.search(work, cursor, stop)
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    # An initial ("John Q. Smith") or a dotted abbreviation ("U.S.", "D-Ohio.").
    return token in _ABBREVIATIONS or len(token) == 1 or "." in token


def _append(sentences: list[Sentence], work: str, start: int, end: int) -> None:
    while start < end and work[start].isspace():
        start += 1
    while end > start and work[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end))
