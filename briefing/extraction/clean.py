"""Noise removal that keeps offsets: statement text in, a `CleanText` out.

Real statements arrive with wire headers and disclaimers, Markdown and kramdown syntax, link
targets, mojibake and contact blocks. Rather than deleting that noise (which would shift every
offset), cleaning produces a *work* string of exactly the same length as the input in which
syntax characters are blanked out, and splits the text into classified paragraphs. Every later
stage searches the work string and reports offsets that are therefore valid in the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from briefing.extraction.numbers import alternatives
from briefing.lexicon import words_for
from briefing.lexicon.marks import ODD_SPACES, OPENING_MARKS


class Kind(Enum):
    """What a paragraph (one non-blank line) is, as far as extraction cares."""

    BODY = "body"
    HEADING = "heading"  # a short line without sentence punctuation: "Ongoing violations"
    LIST_ITEM = "list_item"  # "1. Release ...", "- Release ..."
    DATELINE = "dateline"  # a line that is mostly a date: "20 August 2012"
    NOISE = "noise"  # wire header, disclaimer, image, contact block, link-only line


@dataclass(frozen=True)
class Paragraph:
    """One non-blank line of the statement, with its offsets into the original text."""

    start: int
    end: int
    kind: Kind

    @property
    def is_content(self) -> bool:
        return self.kind in (Kind.BODY, Kind.LIST_ITEM)


@dataclass(frozen=True)
class CleanText:
    """The original text, its same-length work copy and its classified paragraphs."""

    original: str
    work: str
    paragraphs: list[Paragraph]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph
        return None


# Same-length replacements: the mojibake of UTF-8 quotation marks read as Windows-1252, and
# the stray "Â" that precedes a no-break space. Marks are put where the last byte was so that
# the quoted words keep their offsets.
_MOJIBAKE = {
    "\u00e2\u20ac\u0153": "  \u201c",
    "\u00e2\u20ac\u009d": "\u201d  ",
    "\u00e2\u20ac\u02dc": "  \u2018",
    "\u00e2\u20ac\u2122": "\u2019  ",
    "\u00c2\u00a0": "  ",
    "\u00c2 ": "  ",
}
_MOJIBAKE_RE = re.compile("|".join(re.escape(k) for k in _MOJIBAKE))

# Markdown and kramdown syntax whose characters are blanked (the words they wrap are kept).
# Every run below stops at the next opening mark as well as at its closing one, so that no
# match is attempted again over the same characters: a line of a million "[" or "{:" is
# scanned once, not once per mark (which took minutes).
_IMAGE_RE = re.compile(r"!\[[^\[\]\n]*\]\([^()\[\]\n]*\)")
_LINK_RE = re.compile(r"\[([^\[\]\n]*)\]\(([^()\[\]\n]*)\)")
_KRAMDOWN_ATTR_RE = re.compile(r"\{[:.#][^{}\n]*\}")
_EMPHASIS_RE = re.compile(r"\*\*|__|(?<!\w)\*(?=\w)|(?<=\w)\*(?!\w)")
_ATX_HEADING_RE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)", re.MULTILINE)
_AUTOLINK_RE = re.compile(r"<(?:https?://|mailto:)[^<>\s]*>")
_URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>()\"]+")
# An address starts where its run of name characters starts: tried from every character of
# a long word instead, the search was quadratic (a 1 MB word ran for hours).
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_LINE_RE = re.compile(r"[^\n]*")

# Lines that are wire furniture, not the statement: metadata headers ("Region: ...",
# "Tags: ..."), short lines about a disclaimer, contacts, markers.
_NOISE_LINE_RE = re.compile(
    r"""^\s*(?:
        (?:translation\.\s*)?(?:region|source|category|topics?|tags?|keywords?|filed\ under)\s*:
      | [^\n]{0,80}\bdisclaimer\b[^\n]{0,80}$
      | please\ note\s*:
      | (?:media|press)\s+(?:contacts?|enquiries|inquiries)\b
      | contacts?\s*:
      | e-?mail\s*:
      | tel(?:ephone)?\s*[:.]
      | phone\s*:
      | for\ (?:more\ information|further\ information|interviews?)\b
      | (?:media|press)\s+release\s*$
      | for\ immediate\ release\s*$
      | -?\s*ends?\s*-?\s*$
      | \#{1,6}\s*$
      | (?-i:By\ [A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*\s*,)
      | [-=_*\s]{3,}$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_LIST_ITEM_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022\u25aa\u2013])\s+\S")
_SENTENCE_END_RE = re.compile(r"[.!?:;,\"\u201d\u2019']\s*$")
# A dateline is a date and at most 40 other characters: a longer line is never searched for one.
_MAX_DATELINE = 100
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PHONE_RE = re.compile(r"\+?\d[\d\s/()-]{7,}\d")
_SPACE_GROUPED_RE = re.compile(r"[1-9]\d{0,2}(?: \d{3})+")


@lru_cache(maxsize=8)
def _date_in_line_re(lang: str) -> re.Pattern[str]:
    """A date as a date line writes it: "20 August 2012", "August 20, 2012", "20 de agosto de
    2012", "lunes 20 de agosto de 2012"."""
    lex = words_for(lang)
    months = alternatives(lex.MONTHS)
    of = rf"(?:(?:{alternatives(lex.DAY_MONTH_JOINS)})\s+)?" if lex.DAY_MONTH_JOINS else ""
    year_of = rf"(?:(?:{alternatives(lex.MONTH_YEAR_JOINS)})\s+)?" if lex.MONTH_YEAR_JOINS else ""
    ordinal = rf"(?:{alternatives(lex.ORDINAL_SUFFIXES)})?" if lang != "en" else ""
    return re.compile(
        rf"\b(?:\d{{1,2}}{ordinal}\s+{of}(?:{months})\.?,?\s+{year_of}\d{{4}}"
        rf"|(?:{months})\.?\s+\d{{1,2}},?\s+\d{{4}})(?![^\W_])",  # "_6 May 2019_" in Markdown too
        re.IGNORECASE,
    )


def clean_text(text: str, lang: str = "en") -> CleanText:
    """Blank syntax and noise in a same-length copy of `text` and classify its lines (a date
    line is recognised by the month names of `lang`)."""
    work = _blank_syntax(text)
    date_re = _date_in_line_re(lang)
    paragraphs = [
        _classify(text, work, m.start(), m.end(), date_re)
        for m in _LINE_RE.finditer(work)
        if m.group().strip()
    ]
    return CleanText(original=text, work=work, paragraphs=_mark_headings(work, paragraphs))


# Markdown emphasis around words: "**bold**", "__bold__", "*italic*", "_italic_" (not the "_"
# inside a word such as "snake_case", nor a "*" between spaces as in "5 * 3").
# An opening mark stands before a word or an opening quotation mark; a closing one after a
# word or the punctuation that ends it ("_« Nous ... l'année. »_").
_EMPHASIS_MARKS_RE = re.compile(
    r"\*\*|__|(?<![\w*])[*_](?=[\w\"'\u201c\u2018\u00ab(])|(?<=[\w.,;:!?\"'\u201d\u2019\u00bb)])[*_](?![\w*])"
)


def without_emphasis(text: str) -> str:
    """Words as a reader sees them, without Markdown emphasis: "mettre le **bien-être des
    élèves** au centre" -> "mettre le bien-être des élèves au centre", "_Nous_ avons" -> "Nous
    avons". What a page shows of a Markdown statement, and what its read-back looks for."""
    if "*" not in text and "_" not in text:
        return text
    return re.sub(r"[ \t]{2,}", " ", _EMPHASIS_MARKS_RE.sub("", text))


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _blank_syntax(text: str) -> str:
    chars = list(text)
    for m in _MOJIBAKE_RE.finditer(text):
        chars[m.start() : m.end()] = _MOJIBAKE[m.group()]
    for m in _IMAGE_RE.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _LINK_RE.finditer(text):
        _blank(chars, m.start(), m.start(1))  # "["
        _blank(chars, m.end(1), m.end())  # "](target)"
    for pattern in (_KRAMDOWN_ATTR_RE, _EMPHASIS_RE, _ATX_HEADING_RE, _AUTOLINK_RE, _URL_RE, _EMAIL_RE):
        for m in pattern.finditer(text):
            _blank(chars, m.start(), m.end())
    # No-break and other odd spaces behave like spaces for every later rule.
    return "".join(" " if c in ODD_SPACES else c for c in chars)


def _classify(original: str, work: str, start: int, end: int, date_re: re.Pattern[str]) -> Paragraph:
    line = work[start:end]
    stripped = line.strip()
    if not stripped or _NOISE_LINE_RE.match(original[start:end]) or _is_contact_line(stripped):
        return Paragraph(start, end, Kind.NOISE)
    if _LIST_ITEM_RE.match(line):
        return Paragraph(start, end, Kind.LIST_ITEM)
    words = " ".join(stripped.split())  # a blanked link leaves a run of spaces
    date = date_re.search(stripped) if len(words) < _MAX_DATELINE else None
    if date and len(words) - len(date.group()) < 40 and not _SENTENCE_END_RE.search(stripped):
        return Paragraph(start, end, Kind.DATELINE)
    return Paragraph(start, end, Kind.BODY)


def _is_contact_line(line: str) -> bool:
    """A phone number taking most of a short line is a contact detail, not content."""
    phone = _PHONE_RE.search(line)
    if not phone or _ISO_DATE_RE.fullmatch(phone.group().strip()):
        return False
    if _SPACE_GROUPED_RE.fullmatch(phone.group().strip()):
        return False  # "10 000 000 personnes": thousands grouped by spaces, not a phone number
    return len(line) < 90 and sum(c.isdecimal() for c in phone.group()) >= 8


def _mark_headings(work: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Short unpunctuated lines are headings (section titles, list labels), not sentences."""
    result = []
    for paragraph in paragraphs:
        line = work[paragraph.start : paragraph.end].strip()
        if (
            paragraph.kind is Kind.BODY
            and len(line.split()) <= 12
            and len(line) < 100
            and not _SENTENCE_END_RE.search(line)
            and line[:1] not in OPENING_MARKS
        ):
            paragraph = Paragraph(paragraph.start, paragraph.end, Kind.HEADING)
        result.append(paragraph)
    return result


_WRAPPED_WIDTH = 50  # a line at least this long that stops mid-sentence was wrapped by hand


def wrapped_lines(clean: CleanText) -> list[Paragraph]:
    """The headings that are really lines of a paragraph wrapped by hand (figures are read
    in them too)."""
    return [
        p
        for index, p in enumerate(clean.paragraphs)
        if p.kind is Kind.HEADING and _is_wrapped_line(clean.work, clean.paragraphs, index)
    ]


def _is_wrapped_line(work: str, paragraphs: list[Paragraph], index: int) -> bool:
    """A line of a paragraph wrapped by hand: it follows, with no blank line, a long line that
    stops mid-sentence ("... the report found that as many as\n700 species ..."), or the
    sentence it leaves open goes on, in lower case, on the next line."""
    current = paragraphs[index]
    if index > 0:
        before = paragraphs[index - 1]
        text = work[before.start : before.end].strip()
        if (
            work.count("\n", before.end, current.start) == 1
            and before.kind in (Kind.BODY, Kind.HEADING)
            and len(text) >= _WRAPPED_WIDTH
            and not _SENTENCE_END_RE.search(text)
        ):
            return True
    if index + 1 < len(paragraphs):
        after = paragraphs[index + 1]
        text = work[after.start : after.end].strip()
        return work.count("\n", current.end, after.start) == 1 and text[:1].islower()
    return False
