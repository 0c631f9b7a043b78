"""Quotation finding: cleaned statement in, quoted spans (exact offsets of the words) out.

Marks are paired paragraph by paragraph, because in real statements a quotation that never
closes still stops at its paragraph, and a quotation running over several paragraphs reopens
the mark at each one. Double marks of every style (“ ” " „ « » and a doubled apostrophe '')
are paired by what flanks them rather than by their shape, because typists mix them
(“…" and even “…“). Single marks are paired only outside double quotes and only when both
ends are found, since the same character is also an apostrophe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extraction.clean import CleanText, Paragraph

_DOUBLE_MARK_RE = re.compile(r"''|``|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]")
_SINGLE_CURLY_RE = re.compile("[\u2018\u2019]")
_ONLY_OPENING = "\u201e\u00ab\u201f`"
_ONLY_CLOSING = "\u00bb"
_GUILLEMETS = "\u00ab\u00bb"
_OPENING_CONTEXT = " \t\n([{\u2014\u2013-:/"
_WORD_RE = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
_REPORTING_AFTER_RE = re.compile(
    r"^(?:said|says|say|added|adds|stated|states|told|asked|declared|noted|wrote|explained)\b"
)
# Inside an unclosed quotation, "X, according to Y," shows the quoted words ended before X.
_ATTRIBUTION_INSIDE_RE = re.compile(
    r"\s((?:[A-Z][\w'\u2019-]*\s+){0,5}[A-Z][\w'\u2019-]*),\s+according to\b"
    # `"If nothing changes, thousands will leave, Hassan warned at ...`: the tag after a comma.
    r"|(?<=,)\s((?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s+"
    r"(?:said|says|warned|warns|added|adds|told|stated|declared)\b"
)
# Words that stay lowercase in names and titles ("Picking Quarrels and Provoking Troubles").
_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "per",
        "the",
        "to",
        "under",
        "upon",
        "via",
        "with",
    ]
)

MIN_QUOTE_WORDS = 5


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: `start`/`end` cover its words, `mark_start`/`mark_end` include the marks."""

    start: int
    end: int
    mark_start: int
    mark_end: int
    complete: bool


def find_quoted_spans(clean: CleanText, skip: frozenset[int] = frozenset()) -> list[QuoteSpan]:
    """Every span between quotation marks, however short (names and terms included)."""
    spans: list[QuoteSpan] = []
    for paragraph in clean.paragraphs:
        if paragraph.is_content and paragraph.start not in skip:
            doubles = _pair_double_marks(clean.work, paragraph)
            spans.extend(
                doubles
                or _pair_single_marks(clean.work, paragraph)
                or _pair_straight_single_marks(clean.work, paragraph)
            )
    return spans


def is_quotation(text: str) -> bool:
    """Five words or more, and not a capitalised name, title or charge."""
    words = _WORD_RE.findall(text)
    if len(words) < MIN_QUOTE_WORDS:
        return False
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    capitalised = sum(1 for w in major if w[0].isupper() or w[0].isdecimal())
    return not (len(words) <= 12 and capitalised >= 0.8 * len(major))


def _pair_double_marks(work: str, paragraph: Paragraph) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    opened: int | None = None  # offset of the open mark
    open_len = 0
    for m in _DOUBLE_MARK_RE.finditer(work, paragraph.start, paragraph.end):
        mark, at = m.group(), m.start()
        before = work[at - 1] if at > paragraph.start else " "
        after = work[m.end()] if m.end() < paragraph.end else " "
        opens = (before in _OPENING_CONTEXT or before in '"\u201c') and not after.isspace()
        closes = not before.isspace() and (after.isspace() or not after.isalnum())
        if mark in _GUILLEMETS:
            # French typography pads guillemets with (no-break) spaces: « Nous … ».
            opens, closes = mark == "\u00ab", mark == "\u00bb"
        if opened is None:
            if mark not in _ONLY_CLOSING and mark != "''" and (opens or mark in _ONLY_OPENING):
                opened, open_len = at, len(mark)
            continue
        if mark in _ONLY_OPENING:
            closes = False
        if closes and not opens:
            spans.extend(_span(work, opened, open_len, at, len(mark)))
            opened = None
        elif opens:
            # A mark that looks like an opener inside a quotation is either a mistyped closer
            # ("…immediately, “said Senator") or a new quotation after an unclosed one.
            if _REPORTING_AFTER_RE.match(work, m.end()) or after.islower():
                spans.extend(_span(work, opened, open_len, at, len(mark)))
                opened = None
            else:
                spans.extend(_unclosed(work, opened, open_len, at))
                opened, open_len = at, len(mark)
    if opened is not None:
        spans.extend(_unclosed(work, opened, open_len, paragraph.end))
    return spans


def _pair_single_marks(work: str, paragraph: Paragraph) -> list[QuoteSpan]:
    """British style ‘…’ quotations, in a paragraph without double marks. Only curly marks:
    a straight ' is too often an apostrophe. A ’ between letters is an apostrophe and a
    mark that never closes is ignored."""
    spans: list[QuoteSpan] = []
    opened: int | None = None
    for m in _SINGLE_CURLY_RE.finditer(work, paragraph.start, paragraph.end):
        at = m.start()
        before = work[at - 1] if at > paragraph.start else " "
        after = work[at + 1] if at + 1 < paragraph.end else " "
        if m.group() == "\u2018":
            if opened is None and before in _OPENING_CONTEXT and not after.isspace():
                opened = at
        elif (
            opened is not None
            and not before.isspace()
            and not after.isalnum()
            and not (before == "s" and after == " " and _looks_possessive(work, at))
        ):
            spans.extend(_span(work, opened, 1, at, 1))
            opened = None
    return spans


# British style with straight marks: 'We are seeing more people,' said ... . A straight ' is
# usually an apostrophe, so only a mark opening before a letter, after a space or the
# paragraph's start, and one closing right after the speech's own , . ! or ? count.
_STRAIGHT_SINGLE_RE = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[(\[\u2014]))'(?=[A-Za-z])"  # opening
    r"|(?<=[,.!?])'(?=\s|$|[)\]])",  # closing
    re.M,
)


def _pair_straight_single_marks(work: str, paragraph: Paragraph) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    opened: int | None = None
    for m in _STRAIGHT_SINGLE_RE.finditer(work, paragraph.start, paragraph.end):
        at = m.start()
        closing = at > paragraph.start and work[at - 1] in ",.!?"
        if not closing:
            opened = at  # a later opening mark: the one before was a scare quote ('generous')
        elif opened is not None:
            spans.extend(_span(work, opened, 1, at, 1))
            opened = None
    return spans


def _looks_possessive(work: str, at: int) -> bool:
    """ "the Greens’ moves": a plural possessive, when a lowercase word follows."""
    return bool(re.match(r" [a-z]", work[at + 1 : at + 3])) and work[at - 2 : at - 1] not in ".,!?"


def _span(
    work: str, opened: int, open_len: int, close: int, close_len: int, complete: bool = True
) -> list[QuoteSpan]:
    start, end = opened + open_len, close
    while start < end and work[start].isspace():
        start += 1
    while end > start and work[end - 1].isspace():
        end -= 1
    if end <= start:
        return []
    return [QuoteSpan(start, end, opened, close + close_len, complete)]


def _unclosed(work: str, opened: int, open_len: int, stop: int) -> list[QuoteSpan]:
    """A quotation that never closes: to the paragraph's end (or the next quotation), cut
    before an attribution that shows the quoted words already ended."""
    cut = _ATTRIBUTION_INSIDE_RE.search(work, opened + open_len, stop)
    if cut:
        stop = cut.start(1) if cut.group(1) else cut.start(2)
    return _span(work, opened, open_len, stop, 0, complete=False)
