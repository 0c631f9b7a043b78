"""Metadata: cleaned statement in, its headline, date, issuer and context summary out.

The headline is the first line when it reads like one (short, no closing full stop); a byline
or date glued to it is cut off. The date comes from a dateline or date line near the top, never
from the body, where dates are events. The issuer is the organisation the lead says is
speaking. The summary is the lead's first sentences, verbatim.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.extraction.clean import CleanText, Kind, Paragraph
from briefing.extraction.sentences import Sentence
from briefing.extraction.speakers import subject_before

MAX_TITLE = 90
_MONTH_NUMBERS = {
    name: index
    for index, names in enumerate(
        ["jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december"], start=1)
    for name in names.split()
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATE_PATTERNS = [
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    re.compile(r"\b(?P<year>\d{4})-(?P<monthnum>\d{2})-(?P<day>\d{2})\b"),
]
_HEADLINE_CUT_RE = re.compile(r"\s+(?:\||\u2013\s|\u2014\s|By\s+[A-Z]).*$")
_BYLINE_RE = re.compile(r"^\s*By\s+[^,\n]+,\s*(?P<org>[^\n]+)$", re.MULTILINE)
_JOB_WORDS_RE = re.compile(r"\s+(?:Political|Chief|Senior|Deputy|Special|Foreign|Home)?\s*"
                           r"(?:Correspondent|Editor|Reporter|Writer)\b.*$")
_ISSUER_VERB_RE = re.compile(
    r"\b(?:said|says|called|calls|urged|urges|urging|welcomed|welcomes|reiterates|reiterated|"
    r"announced|announces|demanded|demands|condemned|condemns|warned|warns|today)\b"
)
_WE_ARE_RE = re.compile(r"^\s*We\s+are\s+(?:a\s+group\s+of\s+|an?\s+|the\s+)?(?P<who>[^.,]{3,120})")
_TITLE_SAYS_RE = re.compile(r",\s*(?P<who>[A-Z][\w .&'-]{1,60}?)\s+(?:says|said|warns|urges)\s*$",
                            re.IGNORECASE)
_LEAD_PREPOSITION_RE = re.compile(r"^(?:In|On|At|During|After|Before|Following|As|While|With|"
                                  r"Speaking|Today|Yesterday|However)\b")
_AUXILIARY_RE = re.compile(r"\b(?:is|are|was|were|will|would|can|could|be|been)\b")
_PRONOUNS = frozenset("it its they we he she this these those there".split())
_ENDS_SENTENCE_RE = re.compile(r"[.!?\"\u201d]\s*$")


def find_title_paragraph(clean: CleanText) -> Paragraph | None:
    """The headline's line: the first line if it reads as a headline, else None."""
    # Datelines and wire furniture may come before the headline ("MEDIA RELEASE", a date).
    first = next((p for p in clean.paragraphs if p.kind not in (Kind.NOISE, Kind.DATELINE)), None)
    if first is None or first.kind is Kind.LIST_ITEM:
        return None
    line = clean.work[first.start:first.end].strip()
    if _ENDS_SENTENCE_RE.search(line) or len(line.split()) > 30 or len(line.split()) < 2:
        return None
    return first


def headline(clean: CleanText, paragraph: Paragraph) -> str:
    line = re.sub(r"\s+", " ", clean.work[paragraph.start:paragraph.end]).strip()
    return _HEADLINE_CUT_RE.sub("", line).strip() or line


def generated_title(summary: str) -> str:
    """A title from the lead: its first sentence, shortened at a word boundary."""
    first = re.split(r"(?<=[.!?])\s", summary, maxsplit=1)[0].rstrip(".")
    if len(first) <= MAX_TITLE:
        return first
    cut = first[:MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(",;: ")
    return cut + "\u2026"


def find_date(clean: CleanText, title: Paragraph | None) -> dt.date | None:
    """The date the statement gives at its top (dateline or date line)."""
    top = [p for p in clean.paragraphs if p.kind is not Kind.NOISE][:4]
    ordered = [p for p in top if p.kind is Kind.DATELINE] + [p for p in top if p is title]
    ordered += [p for p in top if p not in ordered]
    for paragraph in ordered:
        line = clean.work[paragraph.start:paragraph.end]
        # In a body paragraph only a date at the very start is a dateline.
        limit = None if paragraph.kind is not Kind.BODY or paragraph is title else 40
        for pattern in _DATE_PATTERNS:
            m = pattern.search(line[:limit] if limit else line)
            if m and (date := _to_date(m)):
                return date
    return None


def _to_date(m: re.Match[str]) -> dt.date | None:
    groups = m.groupdict()
    month = int(groups["monthnum"]) if groups.get("monthnum") else \
        _MONTH_NUMBERS.get(groups["month"].lower())
    if not month:
        return None
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


def find_issuer(clean: CleanText, title_text: str | None, lead: list[Sentence]) -> str | None:
    """The organisation speaking: "We are X", the lead's subject, a "..., X says" headline,
    or the organisation of a wire byline."""
    for sentence in lead[:4]:
        text = clean.work[sentence.start:sentence.end]
        we_are = _WE_ARE_RE.match(text)
        if we_are:
            return we_are.group("who").strip()
        verb = _ISSUER_VERB_RE.search(text)
        if verb and (subject := _lead_subject(text[:verb.start()])):
            return subject
    if title_text and (says := _TITLE_SAYS_RE.search(title_text)):
        return says.group("who")
    byline = _BYLINE_RE.search(clean.original)
    if byline:
        return _JOB_WORDS_RE.sub("", byline.group("org")).strip() or None
    return None


def _lead_subject(text: str) -> str | None:
    """"UNHCR, the UN Refugee Agency, " -> "UNHCR"; "In a letter, 40 Senators " -> "40 Senators"."""
    text = re.sub(r"\([^)]*\)", "", text)
    for chunk in (c.strip() for c in text.split(",")):
        words = chunk.split()
        if not words or _LEAD_PREPOSITION_RE.match(chunk):
            continue
        if not (words[0][:1].isupper() or words[0][:1].isdigit()) or len(words) > 14:
            return None
        if _AUXILIARY_RE.search(chunk) or words[0].lower() in _PRONOUNS:
            return None  # "Indonesia is facing ...": a clause, not a name
        return re.sub(r"\s+(?:today|yesterday|has|have)$", "", chunk)
    return None


def summarise(clean: CleanText, lead: list[Sentence]) -> str:
    """Two or three sentences of context from the lead, verbatim (spacing normalised)."""
    chosen: list[str] = []
    for sentence in lead:
        text = re.sub(r"\s+", " ", clean.original[sentence.start:sentence.end]).strip()
        if text in chosen or len(text.split()) < 5:
            continue  # a repeated lead, or a fragment
        chosen.append(text)
        total = sum(len(t) for t in chosen)
        if len(chosen) >= 3 or (len(chosen) >= 2 and total > 250):
            break
    return " ".join(chosen)
