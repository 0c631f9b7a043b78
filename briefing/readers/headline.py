"""What the top of a statement's text says about it, for inputs that carry no such metadata
(a PDF, a Word file, plain text): its headline and its date.

The headline is a line labelled as the title ("TITLE: ..."), else the first headline-like line
after a release label ("PRESS RELEASE", "For immediate release"), else the first headline-like
line. The date is the first full date (day, month name, year) near the top; month names and
the words around them come from each language's lexicon, not from a list written here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from briefing.lexicon import LANGUAGES, words_for
from briefing.readers.blocks import is_list_item

#: How far into the text a date line or headline may be: a page's top, not its body.
TOP_CHARS = 2500
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 30

_WORD = re.compile(r"\w+")


def _labels(name: str) -> tuple[str, ...]:
    """Every language's phrases under `name` in the lexicon, lowercased."""
    found: list[str] = []
    for lang in LANGUAGES:
        found.extend(phrase.casefold() for phrase in getattr(words_for(lang), name, ()))
    return tuple(found)


def is_release_label(line: str) -> bool:
    """A line that labels the document rather than says something: 'PRESS RELEASE',
    'For immediate release', 'URGENT ACTION'."""
    words = " ".join(_WORD.findall(line.casefold()))
    return bool(words) and words in _labels("RELEASE_LABELS")


def labelled_title(line: str) -> str | None:
    """The title a form-like line gives: 'URGENT ACTION TITLE: Floods' -> 'Floods'."""
    head, colon, rest = line.partition(":")
    if not colon or not rest.strip() or len(head.split()) > 5:
        return None
    last = head.split()[-1].casefold() if head.split() else ""
    return rest.strip() if last in _labels("FORM_TITLE_LABELS") else None


def is_headline_like(line: str) -> bool:
    """A line that can be a headline: 3 to 30 words, not a list item, no final full stop,
    not a date or a label ('Floods hit the north' yes; 'It rained.' no)."""
    words = line.split()
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS or is_list_item(line):
        return False
    if line.rstrip().endswith((".", ":", ",", ";")) or (":" in line[:40] and line.isupper()):
        return False
    return find_date(line) is None and not is_release_label(line)


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def headline(text: str) -> str | None:
    """The statement's headline, by the rules in the module's docstring ('# Floods' in
    Markdown is the headline 'Floods')."""
    lines = [_MARKDOWN_HEADING.sub("", line.strip()) for line in text[:TOP_CHARS].split("\n") if line.strip()]
    for line in lines:
        found = labelled_title(line)
        if found:
            return found
    labels = [index for index, line in enumerate(lines) if is_release_label(line)]
    if labels:
        for line in lines[labels[0] + 1 :]:
            if follows_label(line):
                return line
    for line in lines:
        if is_headline_like(line):
            return line
    return None


def follows_label(line: str) -> bool:
    """A line that is the headline when it comes right after a release label: any line of 3
    to 30 words that is neither a date nor another label (it may end in a full stop)."""
    return (
        MIN_HEADLINE_WORDS <= len(line.split()) <= MAX_HEADLINE_WORDS
        and find_date(line) is None
        and not is_release_label(line)
    )


@functools.cache
def _month_numbers() -> dict[str, int]:
    """Every month name and abbreviation of the project's languages -> its number."""
    names: dict[str, int] = {}
    for lang in LANGUAGES:
        names.update(words_for(lang).MONTHS)
    return names


def any_of(name: str) -> str:
    """A regular-expression alternation of every language's words under `name`."""
    words = sorted(
        {word for lang in LANGUAGES for word in getattr(words_for(lang), name)}, key=len, reverse=True
    )
    return "|".join(re.escape(word) for word in words)


@functools.cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    """The ways the project's languages write a full date (words from their lexicons), and
    the numeric ones: ISO, and day first with dots or dashes as Europe writes it."""
    day = rf"(?P<day>[0-3]?\d)(?:{any_of('ORDINAL_SUFFIXES')})?"
    month = r"(?P<month>[^\W\d_]{3,12})\.?"
    year = r"(?P<year>(?:19|20)\d\d)"
    of = rf"(?:(?:{any_of('DAY_MONTH_JOINS')})\s+)?"
    year_of = rf"(?:(?:{any_of('MONTH_YEAR_JOINS')})\s+)?"
    return (
        re.compile(rf"\b{day}\s+{of}{month},?\s+{year_of}{year}\b", re.I),
        re.compile(rf"\b{month}\s+{day},?\s+{year}\b", re.I),
        re.compile(rf"\b{year}-(?P<monthnum>[01]\d)-(?P<day>[0-3]\d)\b"),
        re.compile(rf"\b(?P<day>[0-3]\d)[.-](?P<monthnum>[01]\d)[.-]{year}\b"),
    )


def find_date(text: str) -> dt.date | None:
    """The first full date in `text`: '20th December 2020', 'May 20, 2014', '7 de diciembre
    de 2017', '2024-12-17' or '17-12-2024' (day first, as Europe writes it)."""
    best: tuple[int, dt.date] | None = None
    for pattern in _date_patterns():
        for match in pattern.finditer(text):
            found = _date_of(match)
            if found and (best is None or match.start() < best[0]):
                best = (match.start(), found)
                break
    return best[1] if best else None


def _date_of(match: re.Match[str]) -> dt.date | None:
    parts = match.groupdict()
    month = (
        int(parts["monthnum"]) if parts.get("monthnum") else _month_numbers().get(parts["month"].casefold())
    )
    if month is None:
        return None
    try:
        return dt.date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None


def date_near_top(text: str) -> dt.date | None:
    """The statement's date: the first full date near the top of its text, counted from its
    release label when it has one (a cover sheet or an agenda above the label has other
    dates)."""
    lines = text[: TOP_CHARS * 2].split("\n")
    labels = [index for index, line in enumerate(lines) if is_release_label(line)]
    start = len("\n".join(lines[: labels[0]])) if labels else 0
    return find_date(text[start : start + TOP_CHARS]) or find_date(text[:TOP_CHARS])


@functools.cache
def _publisher_pattern(verbs_name: str) -> re.Pattern[str]:
    """'(the) Name Of Organisation (noun) (today) (has) calls on': capitalised words before a
    verb by which a publisher speaks, in any of the project's languages."""
    verbs = "|".join(sorted(map(re.escape, _labels(verbs_name)), key=len, reverse=True))
    articles = "|".join(map(re.escape, _labels("NAME_ARTICLES")))
    links = "|".join(map(re.escape, _labels("NAME_LINKS")))
    word = r"(?:[#@]\w+|[A-Z\u00c0-\u00de][\w’'&-]*)"
    name = rf"(?P<name>{word}(?:[ \t]+(?:(?:{links})[ \t]+)*{word}){{0,6}})"
    return re.compile(
        rf"(?:^|(?<=[\s,;—–(]))(?:(?i:{articles})[ \t]+)?{name}(?:[ \t]+(?P<noun>[a-z]+))??"
        rf"[ \t]+(?:(?i:{any_of('DAY_NAMES')})[ \t]+)?"
        rf"(?:(?:{any_of('PUBLISHER_AUXILIARIES')})[ \t]+)?(?:{verbs})\b",
        re.MULTILINE,
    )


def publisher_in_text(text: str) -> str | None:
    """The organisation the text shows speaking: 'The Coast Coalition calls on the council'
    -> 'Coast Coalition'; one that asks is preferred to one that announces. The name is two
    or more capitalised words, or an acronym or #campaign (with its noun: '#FreeThem campaign')."""
    for verbs_name in ("PUBLISHER_ASK_VERBS", "PUBLISHER_NEWS_VERBS"):
        for match in _publisher_pattern(verbs_name).finditer(text):
            name, noun = match.group("name").strip(), match.group("noun")
            tagged = name.startswith(("#", "@"))
            if noun and not tagged:
                continue
            if len(name.split()) >= 2 or ((tagged or name.isupper()) and len(name) > 2):
                return f"{name} {noun}" if noun else name
    return None
