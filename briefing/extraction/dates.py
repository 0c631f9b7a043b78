"""The statement's date: cleaned statement in, the date its dateline or date line gives out.

The date comes from a dateline or date line near the top, never from the body, where dates
are events. Month names are the language's (`briefing.lexicon`): "12 January 2026",
"January 12, 2026", "2026-01-12".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from briefing.extraction.clean import CleanText, Kind, Paragraph
from briefing.extraction.numbers import alternatives
from briefing.lexicon import words_for


@dataclass(frozen=True)
class _DatePatterns:
    """The ways a language writes a date, built once per language from its lexicon."""

    lang: str

    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        lex = words_for(self.lang)
        month = r"(?P<month>[^\W\d_]{3,10})\.?"
        ordinal = f"(?:{alternatives(lex.ORDINAL_SUFFIXES)})?"
        of = rf"(?:(?:{alternatives(lex.DAY_MONTH_JOINS)})\s+)?" if lex.DAY_MONTH_JOINS else ""
        year_of = rf"(?:(?:{alternatives(lex.MONTH_YEAR_JOINS)})\s+)?" if lex.MONTH_YEAR_JOINS else ""
        patterns = [
            rf"\b(?P<day>\d{{1,2}}){ordinal}\s+{of}{month},?\s+{year_of}(?P<year>\d{{4}})(?![^\W_])",
            rf"\b{month}\s+(?P<day>\d{{1,2}}){ordinal},?\s+(?P<year>\d{{4}})(?![^\W_])",
            r"\b(?P<year>\d{4})-(?P<monthnum>\d{2})-(?P<day>\d{2})\b",
        ]
        # "12/01/2026": which part is the day is told by `_numeric_day_month`
        patterns.append(r"\b(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year>\d{4})\b")
        return tuple(re.compile(pattern) for pattern in patterns)

    @cached_property
    def spellings(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """The spellings that tell a text's date order (day first, month first), if any: in
        lower case only, since a name keeps its own ("the Carter Center" in a British text)."""
        lex = words_for(self.lang)
        if not lex.DAY_FIRST_SPELLINGS:
            return None
        return (
            re.compile(rf"\b(?:{alternatives(lex.DAY_FIRST_SPELLINGS)})(?:s|ed|ing|able|ite)?\b"),
            re.compile(rf"\b(?:{alternatives(lex.MONTH_FIRST_SPELLINGS)})(?:s|ed|ing|able|ite)?\b"),
        )


@lru_cache(maxsize=8)
def _date_patterns(lang: str) -> _DatePatterns:
    return _DatePatterns(lang)


def find_date(clean: CleanText, title: Paragraph | None, lang: str = "en") -> dt.date | None:
    """The date the statement gives: at its top (a date line, or a dateline opening the first
    paragraphs), else a dateline opening a line of its first half, else a date line closing it (a signature
    "Riverton, 9 October 2031" or a byline "by Jane Doe, 13 May 2024")."""
    day_first = numeric_day_first(clean.work, lang)
    for line in _date_lines(clean, title, lang):
        date = read_date(line, lang, day_first)
        if date:
            return date
    return None


def _date_lines(clean: CleanText, title: Paragraph | None, lang: str) -> Iterator[str]:
    """The lines that may state the statement's date, most trusted first."""
    reading_date = words_for(lang).READING_DATE_LABELS
    for paragraph in _top_paragraphs(clean, title):
        line = clean.work[paragraph.start : paragraph.end]
        if any(label in line.lower() for label in reading_date):
            continue  # "Today's date: ...": the day the page was saved, not the statement's
        # In a body paragraph only a date at the very start is a dateline.
        yield line[:40] if paragraph.kind is Kind.BODY and paragraph is not title else line
    for paragraph in clean.paragraphs[: len(clean.paragraphs) // 2 + 1]:
        line = clean.work[paragraph.start : paragraph.end]
        if paragraph.kind is not Kind.NOISE and opens_with_dateline(line, lang):
            yield line[:100]  # the lead's dateline, after a summary or a list of points
            break
    closing = [p for p in clean.paragraphs if p.kind is not Kind.NOISE][-3:]
    for paragraph in reversed(closing):
        if paragraph.kind is Kind.DATELINE:
            yield clean.work[paragraph.start : paragraph.end]


def _top_paragraphs(clean: CleanText, title: Paragraph | None) -> list[Paragraph]:
    """The first four paragraphs that are not noise: date lines first, then the headline."""
    top = [p for p in clean.paragraphs if p.kind is not Kind.NOISE][:4]
    ordered = [p for p in top if p.kind is Kind.DATELINE] + [p for p in top if p is title]
    return ordered + [p for p in top if p not in ordered]


def numeric_day_first(text: str, lang: str = "en") -> bool | None:
    """Whether a date in digits puts the day first in this text: the language's rule, else the
    text's spelling ("in favour of", "the centre" -> day first, as in Britain or Australia;
    "in favor of", "the center" -> month first, as in the US), else None (not known)."""
    if words_for(lang).NUMERIC_DATES_DAY_FIRST:
        return True
    spellings = _date_patterns(lang).spellings
    if spellings is None:
        return None
    day_first, month_first = (len(pattern.findall(text)) for pattern in spellings)
    return None if day_first == month_first else day_first > month_first


def _date_match(line: str, lang: str, day_first: bool | None = None) -> tuple[dt.date, re.Match[str]] | None:
    for pattern in _date_patterns(lang).patterns:
        for m in pattern.finditer(line):
            if date := _to_date(m, lang, day_first):
                return date, m
    return None


def read_date(line: str, lang: str = "en", day_first: bool | None = None) -> dt.date | None:
    """The first date written in `line`: "12 January 2026", "12 de enero de 2026", "1er mars
    2026" -> the date; a date in digits ("7/01/2009") only in the order `day_first` gives
    (the language's own when it has one), or when it can be read only one way ("25/12/2009")."""
    if day_first is None and words_for(lang).NUMERIC_DATES_DAY_FIRST:
        day_first = True
    found = _date_match(line, lang, day_first)
    return found[0] if found else None


# "3 de marzo de 2031 (Lisboa, Quito) - ", "GENÈVE (12 janvier 2026) – ", "Caracas, 12 de
# enero de 2026.— ": what follows a dateline's date.
_AFTER_DATELINE_RE = re.compile(r"\)?\s*(?:\([^()]{0,80}\)\s*)?\.?\s*[-\u2013\u2014]")
# What may come before it: a place, a weekday, an opening parenthesis.
_BEFORE_DATELINE_RE = re.compile(r"(?:[^\W\d_][\w .'/-]{0,40}[,(]\s*)?(?:[^\W\d_]+,?\s+)?")


def opens_with_dateline(text: str, lang: str = "en") -> bool:
    """Whether a paragraph opens with a dateline: a date, maybe after a place, then a dash
    ("London, 14 March 2024 – The ...", "3 de marzo de 2031 (Quito) - Mientras ...")."""
    found = _date_match(text[:100], lang)
    if found is None:
        return False
    m = found[1]
    return bool(_BEFORE_DATELINE_RE.fullmatch(text[: m.start()]) and _AFTER_DATELINE_RE.match(text, m.end()))


def _numeric_day_month(first: int, second: int, day_first: bool | None) -> tuple[int, int] | None:
    """The day and month of a date in digits: "25/12" can only be 25 December, "12/25" only
    December 25; "7/01" is 7 January where the day comes first, 1 July where the month does,
    and unread when the order is not known."""
    if day_first is None:
        if first == second or first > 12 >= second:
            return first, second
        return (second, first) if second > 12 >= first else None
    return (first, second) if day_first else (second, first)


def _to_date(m: re.Match[str], lang: str, day_first: bool | None = None) -> dt.date | None:
    groups = m.groupdict()
    months: dict[str, int] = words_for(lang).MONTHS
    if groups.get("first"):
        day_month = _numeric_day_month(int(groups["first"]), int(groups["second"]), day_first)
        if day_month is None:
            return None
        day, month = day_month
    else:
        day = int(groups["day"])
        month = int(groups["monthnum"]) if groups.get("monthnum") else months.get(groups["month"].lower(), 0)
    try:
        return dt.date(int(groups["year"]), month, day) if month else None
    except ValueError:
        return None
