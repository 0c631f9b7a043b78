"""The statement's date: cleaned statement in, the date its dateline or date line gives out.

The date comes from a dateline or date line near the top, never from the body, where dates
are events. Month names are the language's (`briefing.lexicon`): "12 January 2026",
"January 12, 2026", "2026-01-12".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from briefing.extraction.clean import CleanText, Kind, Paragraph
from briefing.lexicon import words_for


@dataclass(frozen=True)
class _DatePatterns:
    """The ways a language writes a date, built once per language from its lexicon."""

    lang: str

    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        month = r"(?P<month>[A-Za-z]{3,9})\.?"
        return (
            re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month},?\s+(?P<year>\d{{4}})\b"),
            re.compile(rf"\b{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
            re.compile(r"\b(?P<year>\d{4})-(?P<monthnum>\d{2})-(?P<day>\d{2})\b"),
        )


@lru_cache(maxsize=8)
def _date_patterns(lang: str) -> _DatePatterns:
    return _DatePatterns(lang)


def find_date(clean: CleanText, title: Paragraph | None, lang: str = "en") -> dt.date | None:
    """The date the statement gives at its top (dateline or date line)."""
    for paragraph in _top_paragraphs(clean, title):
        line = clean.work[paragraph.start : paragraph.end]
        # In a body paragraph only a date at the very start is a dateline.
        if paragraph.kind is Kind.BODY and paragraph is not title:
            line = line[:40]
        date = read_date(line, lang)
        if date:
            return date
    return None


def _top_paragraphs(clean: CleanText, title: Paragraph | None) -> list[Paragraph]:
    """The first four paragraphs that are not noise: date lines first, then the headline."""
    top = [p for p in clean.paragraphs if p.kind is not Kind.NOISE][:4]
    ordered = [p for p in top if p.kind is Kind.DATELINE] + [p for p in top if p is title]
    return ordered + [p for p in top if p not in ordered]


def read_date(line: str, lang: str = "en") -> dt.date | None:
    """The first date written in `line`: "12 January 2026" -> 2026-01-12."""
    for pattern in _date_patterns(lang).patterns:
        m = pattern.search(line)
        if m and (date := _to_date(m, lang)):
            return date
    return None


def _to_date(m: re.Match[str], lang: str) -> dt.date | None:
    groups = m.groupdict()
    months: dict[str, int] = words_for(lang).MONTHS
    month = int(groups["monthnum"]) if groups.get("monthnum") else months.get(groups["month"].lower())
    if not month:
        return None
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None
