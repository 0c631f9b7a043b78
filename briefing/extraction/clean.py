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
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_IN_LINE_RE = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})\b",
    re.IGNORECASE,
)
# A dateline is a date and at most 40 other characters: a longer line is never searched for one.
_MAX_DATELINE = 100
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PHONE_RE = re.compile(r"\+?\d[\d\s/()-]{7,}\d")


def clean_text(text: str) -> CleanText:
    """Blank syntax and noise in a same-length copy of `text` and classify its lines."""
    work = _blank_syntax(text)
    paragraphs = [
        _classify(text, work, m.start(), m.end()) for m in _LINE_RE.finditer(work) if m.group().strip()
    ]
    return CleanText(original=text, work=work, paragraphs=_mark_headings(work, paragraphs))


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
    return "".join(" " if c in "\u00a0\u2007\u202f\u3000\t" else c for c in chars)


def _classify(original: str, work: str, start: int, end: int) -> Paragraph:
    line = work[start:end]
    stripped = line.strip()
    if not stripped or _NOISE_LINE_RE.match(original[start:end]) or _is_contact_line(stripped):
        return Paragraph(start, end, Kind.NOISE)
    if _LIST_ITEM_RE.match(line):
        return Paragraph(start, end, Kind.LIST_ITEM)
    date = _DATE_IN_LINE_RE.search(stripped) if len(stripped) < _MAX_DATELINE else None
    if date and len(stripped) - len(date.group()) < 40 and not _SENTENCE_END_RE.search(stripped):
        return Paragraph(start, end, Kind.DATELINE)
    return Paragraph(start, end, Kind.BODY)


def _is_contact_line(line: str) -> bool:
    """A phone number taking most of a short line is a contact detail, not content."""
    phone = _PHONE_RE.search(line)
    if not phone or _ISO_DATE_RE.fullmatch(phone.group().strip()):
        return False
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
            and line[:1] not in "\"\u201c\u2018'\u00ab\u201e"
        ):
            paragraph = Paragraph(paragraph.start, paragraph.end, Kind.HEADING)
        result.append(paragraph)
    return result
