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

from briefing.extraction.clean import CleanText, Kind, Paragraph

_DOUBLE_MARK_RE = re.compile(r"''|``|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2039\u203a]")
_SINGLE_CURLY_RE = re.compile("[\u2018\u2019]")
_ONLY_OPENING = "\u201e\u00ab\u201f`\u2039"
_ONLY_CLOSING = "\u00bb\u203a"
_GUILLEMETS = "\u00ab\u00bb\u2039\u203a"
# What may stand before an opening mark: a space, a bracket, a dash, a colon, a slash, and
# the `_` of Markdown emphasis (`_“J'ai peur …”_`).
_OPENING_CONTEXT = " \t\n\u00a0\u202f([{\u2014\u2013-:/_>"
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
# Words that stay lowercase in names and titles ("Spreading Rumours and Disturbing the Peace").
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
    continuing = False  # the paragraph before ended inside an unclosed quotation
    for paragraph in logical_paragraphs(clean, skip):
        if paragraph.is_content:
            doubles = _pair_double_marks(clean.work, paragraph, continuing)
            continuing = bool(doubles) and not doubles[-1].complete
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


def _pair_double_marks(work: str, paragraph: Paragraph, continuing: bool = False) -> list[QuoteSpan]:
    """Quotations in double marks. When the paragraph before ended inside an unclosed
    quotation (`continuing`), a closing mark before any opening one ends that quotation's
    last paragraph, which the writer did not reopen."""
    spans: list[QuoteSpan] = []
    if continuing:
        spans, paragraph = _close_continued(work, paragraph)
    opened: int | None = None  # offset of the open mark
    open_len = 0
    for m in _DOUBLE_MARK_RE.finditer(work, paragraph.start, paragraph.end):
        mark, at = m.group(), m.start()
        opens, closes = _mark_roles(work, m, paragraph)
        if opened is None:
            if mark not in _ONLY_CLOSING and mark != "''" and (opens or mark in _ONLY_OPENING):
                opened, open_len = at, len(mark)
        elif _is_nested(work[opened], mark):
            continue
        elif (closes and not opens) or (opens and _is_mistyped_closer(work, m, paragraph)):
            spans.extend(_span(work, opened, open_len, at, len(mark)))
            opened = None
        elif opens:  # a new quotation after an unclosed one
            spans.extend(_unclosed(work, opened, open_len, at))
            opened, open_len = at, len(mark)
    if opened is not None:
        spans.extend(_unclosed(work, opened, open_len, paragraph.end))
    return spans


def _mark_roles(work: str, m: re.Match[str], paragraph: Paragraph) -> tuple[bool, bool]:
    """Whether a double mark can open and whether it can close a quotation, by what flanks
    it; guillemets by their shape, since French pads them with (no-break) spaces: « Nous … »."""
    mark, at = m.group(), m.start()
    if mark in _GUILLEMETS:
        return mark in "\u00ab\u2039", mark in "\u00bb\u203a"
    before = work[at - 1] if at > paragraph.start else " "
    after = work[m.end()] if m.end() < paragraph.end else " "
    opens = (before in _OPENING_CONTEXT or before in '"\u201c') and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    return opens, closes and mark not in _ONLY_OPENING


def _is_mistyped_closer(work: str, m: re.Match[str], paragraph: Paragraph) -> bool:
    """An opener inside a quotation that closes it: `…immediately, “said Senator`."""
    after = work[m.end()] if m.end() < paragraph.end else " "
    return bool(_REPORTING_AFTER_RE.match(work, m.end())) or after.islower()


def _close_continued(work: str, paragraph: Paragraph) -> tuple[list[QuoteSpan], Paragraph]:
    """A paragraph continuing an unclosed quotation, closed without being reopened: the
    quotation up to its closing mark, and the rest of the paragraph to read on."""
    first = _DOUBLE_MARK_RE.search(work, paragraph.start, paragraph.end)
    if first and first.group() in '\u201d\u00bb"' and not work[first.start() - 1].isspace():
        spans = _span(work, paragraph.start, 0, first.start(), len(first.group()))
        return spans, Paragraph(first.end(), paragraph.end, paragraph.kind)
    return [], paragraph


def _is_nested(opener: str, mark: str) -> bool:
    """Inside « … » only » closes: “ ” and ‹ › there are a quotation within the quotation
    (« Il a dit “ assez ” hier »); inside ‹ … › only › closes."""
    if opener == "\u00ab":
        return mark not in "\u00ab\u00bb"
    return opener == "\u2039" and mark not in "\u2039\u203a"


# A line that ends a sentence or announces what follows; a line that does not is wrapped.
_LINE_END_RE = re.compile(
    r"[.!?:;\u2026][\"'\u201d\u2019\u00bb\u203a)\]_*]*\s*$|^\s*$"
    r"|(?<=[^\W_])[\u201d\u00bb\u203a]\s*$"  # a quotation closing the line (a signature may follow)
)


def logical_paragraphs(clean: CleanText, skip: frozenset[int] = frozenset()) -> list[Paragraph]:
    """The statement's paragraphs with hard-wrapped lines joined: a content line that does not
    end a sentence and is followed, with no blank line between, by a content line that does
    not open a list item, runs on into it (text pasted from a PDF or a 75-column e-mail).
    Paragraphs whose start is in `skip` (the title) are left out."""
    joined: list[Paragraph] = []
    last_line: Paragraph | None = None
    for paragraph in clean.paragraphs:
        if paragraph.start in skip:
            last_line = None
            continue
        if joined and last_line is not None and _runs_on(clean.work, last_line, paragraph):
            kind = Kind.LIST_ITEM if joined[-1].kind is Kind.LIST_ITEM else Kind.BODY
            joined[-1] = Paragraph(joined[-1].start, paragraph.end, kind)
        else:
            joined.append(paragraph)
        last_line = paragraph
    return joined


# A wrapped line is about as long as the wrap width; a shorter one runs on only into a
# lowercase start ("… debe abrir" / "cuanto antes los albergues …").
_WRAPPED_LINE_LENGTH = 50


def _runs_on(work: str, line: Paragraph, following: Paragraph) -> bool:
    """Whether `following` continues the sentence of `line` (a hard line break, not a new
    paragraph): nothing but a line break between them, `line` ends no sentence, `following`
    opens no list item, and `line` is as long as a wrapped line or `following` starts lowercase."""
    if line.kind not in (Kind.BODY, Kind.HEADING, Kind.LIST_ITEM) or following.kind not in (
        Kind.BODY,
        Kind.HEADING,
    ):
        return False
    if work[line.end : following.start] != "\n" or _LINE_END_RE.search(work, line.start, line.end):
        return False
    first = work[following.start : following.end].lstrip()[:1]
    return (
        first.islower() or first.isdigit() or len(work[line.start : line.end].strip()) >= _WRAPPED_LINE_LENGTH
    )


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
    while start < end and (work[start].isspace() or work[start] in "_*"):
        start += 1  # spaces, and the `_` of Markdown emphasis inside the marks (“_Nous …_”)
    while end > start and (work[end - 1].isspace() or work[end - 1] in "_*"):
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
