"""Figure extraction: cleaned statement in, `Figure`s (value, display, label, span) out.

A figure is a number the statement uses to state a fact: a count, an amount of money, a
percentage, a duration. Numbers that only locate or identify something are not figures: years
and days in dates, times, list numbering, document and article numbers, phone numbers, URLs,
ordinals and numbers inside quoted names.

The rules are named: `NOT_A_FIGURE` lists the rules that set a number aside, `LABEL_RULES`
the rules that read what a number counts, one word at a time. Each rule is a small function
whose docstring gives an example; the words they look for are the language's, from
`briefing.lexicon.words_for(lang)`.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from functools import cached_property, lru_cache
from types import ModuleType

from briefing.extraction.clean import CleanText
from briefing.extraction.numbers import (
    CURRENCY_PATTERN,
    alternatives,
    digits_pattern,
    format_number,
    number_words_pattern,
    read_digits,
    read_words,
    scale_name,
    scale_of,
)
from briefing.lexicon import words_for
from briefing.lexicon.marks import CLAUSE_DASHES, DOUBLE_MARKS, GROUP_SPACES
from briefing.model import Figure


def _words(words: Iterable[str], space: str = r"\s+") -> str:
    """`words` as one regular-expression group (one that never matches for no words)."""
    pattern = alternatives(words, space)
    return f"(?:{pattern})" if pattern else "(?!)"


@dataclass(frozen=True)
class _Patterns:
    """The regular expressions of the figure rules, built once per language from its lexicon."""

    lang: str

    @cached_property
    def lexicon(self) -> ModuleType:
        return words_for(self.lang)

    @cached_property
    def months(self) -> str:
        return _words(self.lexicon.MONTHS)

    @cached_property
    def ordinal(self) -> str:
        return _words(self.lexicon.ORDINAL_SUFFIXES)

    @cached_property
    def number(self) -> re.Pattern[str]:
        lex = self.lexicon
        short = _words(lex.SHORT_SCALES)
        percent = alternatives(lex.PERCENT_WORDS, r"\s?")
        return re.compile(
            rf"""
            (?P<currency>{CURRENCY_PATTERN})?
            (?:
                (?P<digits>(?<![\w.,/-]){digits_pattern(self.lang)})
              | (?P<words>\b{number_words_pattern(self.lang)}\b)
            )
            (?:\s?(?P<scale>{alternatives(lex.SCALES)})\b|(?P<short_scale>{short})\b)?
            (?P<percent>\s?(?:%|(?:{percent})\b))?
            """,
            re.IGNORECASE | re.VERBOSE,
        )

    @cached_property
    def month_after(self) -> re.Pattern[str]:
        joins = _words(self.lexicon.DAY_MONTH_JOINS) if self.lexicon.DAY_MONTH_JOINS else "(?!)"
        return re.compile(rf"\s*{self.ordinal}?\s*(?:{joins}\s+)?{self.months}\b", re.IGNORECASE)

    @cached_property
    def month_before(self) -> re.Pattern[str]:
        articles = _words(self.lexicon.DEFINITE_ARTICLES)
        return re.compile(rf"\b{self.months}\.?\s*(?:{articles}\s+)?$", re.IGNORECASE)

    @cached_property
    def day_range(self) -> re.Pattern[str]:
        joins = alternatives(self.lexicon.DAY_RANGE_JOINS)
        of = _words(self.lexicon.DAY_MONTH_JOINS) if self.lexicon.DAY_MONTH_JOINS else "(?!)"
        return re.compile(
            rf"\s*{self.ordinal}?\s*(?:{joins}|-|\u2013|\u2014)\s*\d{{1,2}}{self.ordinal}?"
            rf"\s*(?:{of}\s+)?{self.months}\b",
            re.IGNORECASE,
        )

    @cached_property
    def day_range_before(self) -> re.Pattern[str]:
        joins = alternatives(self.lexicon.DAY_RANGE_JOINS)
        return re.compile(
            rf"\b{self.months}\.?\s+\d{{1,2}}{self.ordinal}?\s*(?:{joins}|-|\u2013|\u2014)\s*$", re.IGNORECASE
        )

    @cached_property
    def measure_after(self) -> re.Pattern[str]:
        return re.compile(rf"-{_words(self.lexicon.MEASURE_UNITS)}s?\b", re.IGNORECASE)

    @cached_property
    def age_before(self) -> re.Pattern[str]:
        lex = self.lexicon
        return re.compile(
            rf"\b{_words(lex.AGE_GROUPS)}\s+(?:{_words(lex.AGED)}\s+)?{_words(lex.AGE_LIMITS)}\s+"
            rf"(?:{_words(lex.AGE_OF)}\s+)?$",
            re.IGNORECASE,
        )

    @cached_property
    def part_of_whole(self) -> re.Pattern[str]:
        """Between a part and its whole: " of the ", " out of ", " de los ", " sur les "."""
        return re.compile(rf"\s+{_words(self.lexicon.PART_OF_WHOLE_JOINS)}\s+", re.IGNORECASE)

    @cached_property
    def ratio_before(self) -> re.Pattern[str]:
        lex = self.lexicon
        return re.compile(
            rf"\b(?:{number_words_pattern(self.lang)}|\d+)(?:\s+[^\W\d_][\w'\u2019-]*){{0,{lex.RATIO_NOUN_WORDS}}}"
            rf"\s+{_words(lex.RATIO_JOINS)}\s+(?:{_words(lex.RATIO_EVERY)}\s+)?$",
            re.IGNORECASE,
        )

    @cached_property
    def ratio(self) -> re.Pattern[str]:
        lex = self.lexicon
        noun = rf"(?P<noun>(?:\s+[^\W\d_][\w'\u2019-]*){{0,{lex.RATIO_NOUN_WORDS}}}?)"
        return re.compile(
            rf"{noun}\s+(?P<join>{_words(lex.RATIO_JOINS)})\s+(?:{_words(lex.RATIO_EVERY)}\s+)?"
            rf"(?P<whole>{digits_pattern(self.lang)}|{number_words_pattern(self.lang)}\b)",
            re.IGNORECASE,
        )

    @cached_property
    def time_after(self) -> re.Pattern[str]:
        return re.compile(rf"(?:[:.]\d{{2}}\b|\s*{_words(self.lexicon.CLOCK_WORDS)}\b)", re.IGNORECASE)

    @cached_property
    def relative_time(self) -> re.Pattern[str]:
        lex = self.lexicon
        return re.compile(rf"\s*-?\s*{_words(lex.TIME_UNITS)}\s+{_words(lex.RELATIVE_TIME)}\b", re.IGNORECASE)

    @cached_property
    def period_before(self) -> re.Pattern[str]:
        return re.compile(rf"\b{_words(self.lexicon.PERIOD_OPENERS)}\s+$", re.IGNORECASE)

    @cached_property
    def part_of_a_period(self) -> re.Pattern[str]:
        """ " of the past 20 years": the number before it counts years of a period."""
        lex = self.lexicon
        number = rf"(?:\d+|{number_words_pattern(self.lang)})"
        return re.compile(
            rf"\s+{_words(lex.PART_OF_WHOLE_JOINS)}\s+(?:\w+\s+)?{_words(lex.PERIOD_OPENERS)}\s+{number}\s+"
            rf"{_words(lex.TIME_UNITS)}\b",
            re.IGNORECASE,
        )

    @cached_property
    def ago_before(self) -> re.Pattern[str]:
        return re.compile(rf"\b{_words(self.lexicon.RELATIVE_TIME_BEFORE)}\s+$", re.IGNORECASE)

    @cached_property
    def time_unit_after(self) -> re.Pattern[str]:
        return re.compile(rf"\s+{_words(self.lexicon.TIME_UNITS)}\b", re.IGNORECASE)

    @cached_property
    def age_at_before(self) -> re.Pattern[str]:
        return re.compile(rf"\b{_words(self.lexicon.AGE_AT)}\s+$", re.IGNORECASE)

    @cached_property
    def years_of_age_after(self) -> re.Pattern[str]:
        return re.compile(rf"\s+{_words(self.lexicon.YEARS_OF_AGE)}\b", re.IGNORECASE)

    @cached_property
    def clock_before(self) -> re.Pattern[str]:
        return re.compile(rf"\b{_words(self.lexicon.CLOCK_ARTICLES)}\s+$", re.IGNORECASE)

    @cached_property
    def hours_after(self) -> re.Pattern[str]:
        return re.compile(rf"\s*{_words(self.lexicon.HOURS)}\b", re.IGNORECASE)

    @cached_property
    def document_before(self) -> re.Pattern[str]:
        return re.compile(rf"\b{_words(self.lexicon.DOCUMENT_NOUNS)}\s+(?:n[o°º]\.?\s*)?$", re.IGNORECASE)

    @cached_property
    def age_after(self) -> re.Pattern[str]:
        return re.compile(rf"{_words(self.lexicon.AGE_SUFFIXES)}\b", re.IGNORECASE)

    @cached_property
    def parent_before(self) -> re.Pattern[str]:
        lex = self.lexicon
        return re.compile(rf"\b{_words(lex.PARENTS)}s?\s+{_words(lex.PARENT_OF)}\s+$", re.IGNORECASE)

    @cached_property
    def article_before(self) -> re.Pattern[str]:
        return re.compile(rf"\b{_words(self.lexicon.DEFINITE_ARTICLES)}\s+$", re.IGNORECASE)

    @cached_property
    def qualifier(self) -> re.Pattern[str]:
        lex = self.lexicon
        every = (*lex.APPROXIMATE, *lex.AT_LEAST, *lex.AT_MOST, *lex.UP_TO)
        return re.compile(rf"(?P<q>\b{_words(every)}|~)\s*$", re.IGNORECASE)

    @cached_property
    def range_start(self) -> re.Pattern[str]:
        return re.compile(rf"\b{_words(self.lexicon.RANGE_OPENERS)}\s+$", re.IGNORECASE)

    @cached_property
    def range_join(self) -> re.Pattern[str]:
        return re.compile(rf"\s*(?:{alternatives(self.lexicon.RANGE_JOINS)}|-|\u2013)\s*")

    @cached_property
    def amount_range_join(self) -> re.Pattern[str]:
        return re.compile(rf"\s*(?:{alternatives(self.lexicon.AMOUNT_RANGE_JOINS)}|-|\u2013)\s*")

    @cached_property
    def list_join_before(self) -> re.Pattern[str]:
        return re.compile(rf"(?:;|\b{_words(self.lexicon.LIST_JOINS)}|\s{{2}})\s*$")

    @cached_property
    def qualifier_marks(self) -> re.Pattern[str]:
        # The marks `display` adds for a qualifier ("~800", "600+", "up to 9.5%"), so that
        # "about 800" and "800" count as the same number.
        return re.compile(rf"^(?:~|<|>|{re.escape(self.lexicon.UP_TO_DISPLAY)}\s+)|\+$")

    @cached_property
    def rate(self) -> re.Pattern[str]:
        lex = self.lexicon
        return re.compile(rf"^{_words(lex.RATE_WORDS)}\s+{_words(lex.RATE_UNITS)}\b", re.IGNORECASE)

    @cached_property
    def purpose(self) -> re.Pattern[str]:
        lex = self.lexicon
        return re.compile(
            rf"\s+{re.escape(lex.PURPOSE_MARKER)}\s+(?P<verb>[a-z]+)"
            rf"(?:\s+(?!{_words(lex.PURPOSE_NOT_OBJECT)}\b)[a-z]+){{1,2}}"
        )

    @cached_property
    def clause_split(self) -> re.Pattern[str]:
        return re.compile(rf"[.,;:!?()\n{DOUBLE_MARKS}]|\b{_words(self.lexicon.RELATIVES)}\b")

    @cached_property
    def change(self) -> re.Pattern[str]:
        # "GDP to fall by", "exports fell by", "the jobless rate would rise by".
        lex = self.lexicon
        after_article = "|".join(rf"(?<=\b{re.escape(a)}\s)" for a in lex.DEFINITE_ARTICLES)
        auxiliaries = "|".join(rf"{re.escape(a)}\s+" for a in lex.CHANGE_AUXILIARIES)
        hedges = "|".join(rf"{re.escape(h)}\s+" for h in lex.CHANGE_HEDGES)
        return re.compile(
            rf"(?P<subject>(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*|(?:{after_article})[a-z]+\s+[a-z]+|[a-z]+)\s+"
            rf"(?:{auxiliaries})?"
            rf"(?P<verb>{alternatives(lex.CHANGE_NOUNS)})\s+(?:{_words(lex.CHANGE_BY)}\s+)?(?:{hedges})?$"
        )

    @cached_property
    def time_name(self) -> re.Pattern[str]:
        endings = "".join(rf"|\w+{re.escape(e)}" for e in self.lexicon.DAY_NAME_ENDINGS)
        return re.compile(
            rf"(?:{alternatives(self.lexicon.DAY_NAMES)}{endings}|{self.months})", re.IGNORECASE
        )


@lru_cache(maxsize=8)
def _patterns(lang: str) -> _Patterns:
    return _Patterns(lang)


_WORD_RE = re.compile(r"[\w'\u2019-]+")
_CAPITALISED_WORD_BEFORE_RE = re.compile(r"([A-Z][\w'-]*)\.?\s+$")
# "+44 (0)20 7946 0958", "+41 22 917 0000", "(020) 7946-0958": a telephone number.
_PHONE_RE = re.compile(r"(?:\+\s?\d|\(0\d*\)|\b0\d)[\d \t().\-/]{5,}\d")
_LABEL_BREAKS = f".,;:!?()\n{CLAUSE_DASHES}"


@dataclass(frozen=True)
class _Number:
    value: float
    display: str
    start: int  # where the number (with its currency sign) starts
    end: int
    is_words: bool
    unit: str  # "%", a currency sign, or ""
    counted: str = ""  # what a ratio counts: "élève" in "1 élève sur 2"
    ratio: bool = False  # "1 in 5": shown as written, never with a qualifier's mark


def extract_figures(
    clean: CleanText, allowed: list[tuple[int, int]], excluded: list[tuple[int, int]], lang: str = "en"
) -> list[Figure]:
    """Figures found in the `allowed` spans (content paragraphs), outside `excluded` spans."""
    p = _patterns(lang)
    figures: list[Figure] = []
    # what each shown number was seen counting: only keys with the same number and display
    # can be the same count, so each figure is compared with those alone (linear, not n²)
    seen: dict[tuple[float, str], set[str]] = {}
    excluded = excluded + [
        (m.start(), m.end()) for m in _PHONE_RE.finditer(clean.work) if _is_phone(m.group())
    ]
    for start, end in allowed:
        for figure in _figures_in(clean.work, start, end, excluded, p):
            key = _figure_key(figure, p)
            counts = seen.setdefault(key[:2], set())
            if key[2] not in counts and not any(
                _same_count(key, (*key[:2], other), p.lexicon) for other in counts
            ):
                # a repeated lead or restated number is shown once
                counts.add(key[2])
                figures.append(figure)
    return figures


def _figure_key(figure: Figure, p: _Patterns) -> tuple[float, str, str]:
    """What tells two figures apart: value, display without qualifier, and what it counts.
    What a number counts tells two equal numbers apart only when it follows the number
    ("600 people" / "600 individuals" may differ; "to 20,000" may not)."""
    span = (figure.end or 0) - (figure.start or 0)  # always set on extracted figures
    counted = _counted(figure.label, p.lexicon) if span > len(figure.display) + 2 else ""
    return (figure.value or 0.0, p.qualifier_marks.sub("", figure.display), counted)


def _same_count(key: tuple[float, str, str], other: tuple[float, str, str], lex: ModuleType) -> bool:
    """ "600+ people" and later "600 individuals" or "600 detainees": the same number of the
    same people, when one of the nouns is a generic one for people; other nouns must match."""
    if key[:2] != other[:2] or not key[2] or not other[2]:
        return False
    nouns = {key[2], other[2]}
    return bool(nouns & lex.GENERIC_PEOPLE) and nouns <= lex.PEOPLE_NOUNS


def _is_phone(text: str) -> bool:
    return sum(c.isdecimal() for c in text) >= 8


def _counted(label: str, lex: ModuleType) -> str:
    """The noun a label counts by: its last word ("people on Ruritania Island" -> "island"),
    or a people noun that opens it ("individuals held" -> "individuals")."""
    words = label.lower().split(",")[0].split()
    if not words:
        return ""
    return words[0] if words[0] in lex.PEOPLE_NOUNS else words[-1]


def _figures_in(
    work: str, start: int, end: int, excluded: list[tuple[int, int]], p: _Patterns
) -> list[Figure]:
    numbers = [
        n
        for m in p.number.finditer(work, start, end)
        if (n := _read(work, m, start, end, excluded, p)) is not None
    ]
    found: list[tuple[_Number, Figure]] = []
    skip_next = False
    for i, number in enumerate(numbers):
        if skip_next:
            skip_next = False
            continue
        upper = _range_end(work, start, number, numbers[i + 1] if i + 1 < len(numbers) else None, p)
        skip_next = upper is not None
        found.append((number, _figure(work, number, upper, start, end, p)))
    return _parts_count_what_their_wholes_count(work, found, end, p)


def _parts_count_what_their_wholes_count(
    work: str, found: list[tuple[_Number, Figure]], end: int, p: _Patterns
) -> list[Figure]:
    """ "at least 9 of the 14 had been denied access", "3 of the 12 schools were closed": a
    part counts what its whole counts and what the sentence says happened to it ("denied
    access", "schools closed"), not the words before it ("group said"). The predicate is
    the part's: a whole labelled only by it ("14 denied access") loses that label."""
    figures = [figure for _, figure in found]
    for index in range(len(found) - 1):
        (part, part_figure), (whole, whole_figure) = found[index], found[index + 1]
        if not _stated_as_part_of(work, part, whole, p):
            continue
        # "14 had been denied access": the whole is a subject, its predicate is the part's
        predicate = _predicate_after(work, whole.end, end, p)
        noun = "" if predicate else whole_figure.label.split(",")[0]
        if noun:  # "12 schools were closed": what the whole counts, then what happened to it
            predicate = _predicate_after(work, whole_figure.end or whole.end, end, p)
        label = " ".join(words for words in (noun, predicate) if words)
        if label:
            figures[index] = part_figure.model_copy(update={"label": label})
        if not noun:
            figures[index + 1] = whole_figure.model_copy(update={"label": ""})
    return figures


def _stated_as_part_of(work: str, part: _Number, whole: _Number, p: _Patterns) -> bool:
    """ "9 of the 14", "50 out of 800", "9 de los 14": the smaller number, in the same unit,
    joined to the next by a partitive."""
    if not (part.value < whole.value and part.unit == whole.unit and not part.ratio):
        return False
    return bool(p.part_of_whole.fullmatch(work, part.end, whole.start))


def _predicate_after(work: str, position: int, end: int, p: _Patterns) -> str:
    """What happened, when a verb phrase follows: " were closed by ..." -> "closed"."""
    tokens = list(itertools.islice(_WORD_RE.finditer(work, position, end), 8))
    if not tokens or tokens[0].group().lower() not in p.lexicon.AUXILIARIES:
        return ""
    return _predicate(work, tokens, tokens[0].start(), p.lexicon)[0]


def _range_end(
    work: str, start: int, number: _Number, following: _Number | None, p: _Patterns
) -> _Number | None:
    """The upper end of a range that starts at `number`: "between 10 and 20", "from 10 to 20",
    "US$176 billion to US$3.98 trillion"; None when `number` stands alone. A range rises: "by
    92% to 8%" is a vote, "from 9 to 4" a fall."""
    if following is None or following.value <= number.value:
        return None
    if p.range_start.search(work, max(start, number.start - 12), number.start):
        join = p.range_join.fullmatch(work, number.end, following.start)
        # "between 20 and 30%": the upper end's percent sign is the range's
        same_unit = following.unit == number.unit or (not number.unit and following.unit == "%")
        return following if join and same_unit else None
    if number.unit and number.unit == following.unit:
        # two amounts of one kind make a range
        return following if p.amount_range_join.fullmatch(work[number.end : following.start]) else None
    return None


def _read(
    work: str, m: re.Match[str], start: int, end: int, excluded: list[tuple[int, int]], p: _Patterns
) -> _Number | None:
    if any(a <= m.start() < b for a, b in excluded):
        return None
    digits, words = m.group("digits"), m.group("words")
    scale_word = m.group("scale") or m.group("short_scale")
    value = read_digits(digits, p.lang) if digits else read_words(words, p.lang)
    if value is not None and not m.group("percent") and not scale_word:
        ratio = _ratio(work, m, end, value, p)
        if ratio is not None:
            return ratio
    if value is None or is_not_a_figure(_Candidate(work, m, start, end, value, p)):
        return None
    value *= scale_of(scale_word, p.lang)
    if not math.isfinite(value):  # too large for a float: not a figure anyone can state
        return None
    currency = (m.group("currency") or "").strip()
    percent = "%" if m.group("percent") else ""
    display = _display(digits, words, scale_word, currency, percent, p)
    return _Number(value, display, m.start(), m.end(), bool(words), currency or percent)


def _ratio(work: str, m: re.Match[str], end: int, part: float, p: _Patterns) -> _Number | None:
    """A proportion the statement gives as a ratio: "one in five teachers", "1 élève sur 2",
    "uno de cada cinco": shown as the source says it ("1 in 5"); valued as a share when said
    in words (see `ratio_value`), else at its part."""
    ratio = p.ratio.match(work, m.end(), end)
    if ratio is None or not part.is_integer():
        return None
    written = ratio.group("whole")
    whole = read_digits(written, p.lang) if written[:1].isdecimal() else read_words(written, p.lang)
    if whole is None or not part < whole:
        return None
    join = " ".join(ratio.group("join").lower().split())
    display = f"{format_number(part, p.lang)} {join} {format_number(whole, p.lang)}"
    counted = " ".join(ratio.group("noun").split())
    in_words = bool(m.group("words")) and not written[:1].isdecimal()
    value = ratio_value(part, whole, in_words)
    return _Number(value, display, m.start(), ratio.end(), False, "", counted, ratio=True)


def ratio_value(part: float, whole: float, in_words: bool) -> float:
    """A ratio's value: said in words it is a share, in per cent ("one in five" -> 20, "two in
    three" -> 67, "one in eight" -> 12.5: to a tenth when exact there, else to a whole per cent),
    as a reader hears it; written in digits ("1 élève sur 2", "3 in 4") its part, the source's
    own number."""
    if not in_words:
        return part
    share = 100 * part / whole
    return round(share, 1) if math.isclose(share, round(share, 1)) else float(round(share))


def ratio_share(display: str, lang: str = "en") -> float | None:
    """The share a ratio's display stands for: "1 in 5" -> 20; None when it shows no ratio."""
    join = "|".join(re.escape(j) for j in sorted(words_for(lang).RATIO_JOINS, key=len, reverse=True))
    m = re.fullmatch(rf"\s*(\d+)\s+(?:{join})\s+(\d+)\s*", display, re.IGNORECASE)
    if not m or int(m.group(2)) <= 0:
        return None
    return ratio_value(float(m.group(1)), float(m.group(2)), in_words=True)


def _display(
    digits: str | None, words: str | None, scale_word: str | None, currency: str, percent: str, p: _Patterns
) -> str:
    """How the page shows a number: the source's digits ("1.250", "1 250" with a narrow
    no-break space), a number in words in digits, the scale in words ("6,2 millones")."""
    lex = p.lexicon
    if digits:
        base = re.sub(f"[{GROUP_SPACES}]", "\u202f", digits)
        if scale_word:
            count = read_digits(digits, p.lang) or 0.0
            base += " " + (scale_name(count, scale_of(scale_word, p.lang), p.lang) or scale_word)
    else:
        base = _words_display(read_words(words or "", p.lang) or 0.0, p)
    return f"{currency}{base}{lex.PERCENT_SIGN if percent else ''}"


def _words_display(value: float, p: _Patterns) -> str:
    """A number written in words, in digits: "five hundred" -> "500", "two million" -> "2 million"."""
    names = p.lexicon.SCALE_NAMES
    scale = next((s for s in sorted(names, reverse=True) if value >= s and (value / s).is_integer()), None)
    if scale and value >= 1e6:
        count = value / scale
        return f"{format_number(count, p.lang)} {scale_name(count, scale, p.lang)}"
    return format_number(value, p.lang)


# --- numbers that are not figures -----------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    """A number found in the text, with what stands around it, for the rules to judge."""

    work: str
    match: re.Match[str]
    start: int  # the paragraph's bounds
    end: int
    value: float
    p: _Patterns

    @cached_property
    def before(self) -> str:
        return self.work[max(self.start, self.match.start() - 30) : self.match.start()]

    @cached_property
    def after(self) -> str:
        return self.work[self.match.end() : min(self.end, self.match.end() + 30)]

    @property
    def digits(self) -> str | None:
        return self.match.group("digits")

    @property
    def words(self) -> str | None:
        return self.match.group("words")

    @property
    def has_unit(self) -> bool:
        return any(self.match.group(g) for g in ("currency", "percent", "scale", "short_scale"))


def _ordinal_or_code(c: _Candidate) -> bool:
    """Digits glued to letters: "the 10th round", "a 3G network"."""
    return bool(c.digits) and c.after[:1].isalpha() and not c.has_unit


def _part_of_a_reference(c: _Candidate) -> bool:
    """Digits joined to others or marked: "case 202/224", "aged 18-19", "item #3", "at 10:30"."""
    if not c.digits:
        return False
    return (c.after[:1] in "/-" and c.after[1:2].isdigit()) or c.before[-1:] in "/-#:"


def _digits_in_groups(c: _Candidate) -> bool:
    """Digits in groups split by spaces: "call 020 7946 0958", a phone number or a code."""
    return bool(c.digits) and bool(re.match(r"\s\d", c.after) or re.search(r"\d\s$", c.before))


def _year(c: _Candidate) -> bool:
    """A year: "the law of 2019" (four digits from 1800 to 2100, with no unit)."""
    return c.digits is not None and len(c.digits) == 4 and 1800 <= c.value <= 2100 and not c.has_unit


def _time_of_day(c: _Candidate) -> bool:
    """A time: "the march starts at 10.30", "at 9 am"."""
    return bool(c.digits) and bool(c.p.time_after.match(c.after))


def _list_number(c: _Candidate) -> bool:
    """The number of a list item: "2. Fund the clinics", or one glued after "; and 3.\""""
    if not c.digits or not re.match(r"[.)]\s", c.work[c.match.end() : c.match.end() + 2] + " "):
        return False
    line_before = c.work[c.start : c.match.start()]
    # At the start of the line, or glued into a line after a previous item ("...; and 3.").
    return not line_before.strip() or bool(c.p.list_join_before.search(line_before))


def _one_in_words(c: _Candidate) -> bool:
    """ "one" in words: "one of the reasons", not a count worth showing."""
    return bool(c.words) and (c.words or "").lower().strip() in c.p.lexicon.ONE_WORDS


def _the_few(c: _Candidate) -> bool:
    """A small number in words after "the": "the two parties", unlike "the six-month period"."""
    if not c.words or c.value > 10 or c.p.measure_after.match(c.after):
        return False
    return bool(c.p.article_before.search(c.before))


def _day_of_month(c: _Candidate) -> bool:
    """A day of the month: "on 12 March", "March 12", "the 5th of May"."""
    return bool(c.p.month_after.match(c.after) or c.p.month_before.search(c.before))


def _first_day_of_a_range(c: _Candidate) -> bool:
    """The first day of a range of dates: "between 10 and 24 April"."""
    return c.value <= 31 and bool(c.p.day_range.match(c.after))


def _second_day_of_a_range(c: _Candidate) -> bool:
    """The second day of a range of dates after its month: "on March 4 and 5"."""
    return c.value <= 31 and bool(c.p.day_range_before.search(c.before))


def _age_of_a_person(c: _Candidate) -> bool:
    """An age that describes a person: "a 47-year-old mother"."""
    return bool(c.p.age_after.match(c.after))


def _children_of_a_parent(c: _Candidate) -> bool:
    """How many children describes a person: "a mother of four"."""
    return bool(c.p.parent_before.search(c.before))


def _whole_of_a_ratio(c: _Candidate) -> bool:
    """The whole of a proportion: "one in five teachers" is not five teachers."""
    return bool(c.p.ratio_before.search(c.before))


def _age_limit(c: _Candidate) -> bool:
    """An age that says who: "children under five", "people over 65"."""
    return bool(c.p.age_before.search(c.before))


def _narrative_time(c: _Candidate) -> bool:
    """Time in a story, not a fact: "four years later", "two days ago"."""
    return bool(c.p.relative_time.match(c.after))


def _period_measured(c: _Candidate) -> bool:
    """The period a change is measured over: "fell 61 percent in two years", "13 of the past 20 years"."""
    p = c.p
    if p.period_before.search(c.before) and p.time_unit_after.match(c.after):
        return True
    return bool(p.part_of_a_period.match(c.after))


def _time_ago(c: _Candidate) -> bool:
    """Time counted back from now, in the languages that say it first: "hace cuatro años"."""
    return bool(c.p.ago_before.search(c.before) and c.p.time_unit_after.match(c.after))


def _age_at(c: _Candidate) -> bool:
    """An age at which something happens: "the right to retire at 60 years", "partir à 60 ans"."""
    return bool(c.p.age_at_before.search(c.before) and c.p.years_of_age_after.match(c.after))


def _clock_time(c: _Candidate) -> bool:
    """An hour of the day named with its article: "a las 18 horas", "à 18 heures"."""
    return bool(c.p.clock_before.search(c.before) and c.p.hours_after.match(c.after))


def _document_number(c: _Candidate) -> bool:
    """The number of a document a noun names: "under section 3", "la circulaire 7550"."""
    return bool(c.digits) and bool(c.p.document_before.search(c.before))


def _code(c: _Candidate) -> bool:
    """A number a capitalised word names: "Article 50", "Recommendation 2", "No. 5"."""
    word = _CAPITALISED_WORD_BEFORE_RE.search(c.before)
    if not word or word.group(1) in c.p.lexicon.NOT_CODE_WORDS or not c.digits:
        return False
    if word.group(1).lower() in c.p.lexicon.NUMBER_ABBREVIATIONS:
        return True
    preceding = c.work[c.start : c.match.start() - len(word.group(0))].rstrip()
    if re.fullmatch(r"\s*(?:\d{1,2}[.)]|[-*\u2022])", preceding):
        # "11. Left 21": a name in a list, unlike "2. Fund 300 more beds".
        return not re.match(r"[ \t]*\w", c.work[c.match.end() : c.match.end() + 3])
    # The first word of a sentence is capitalised for another reason.
    return bool(preceding) and preceding[-1] not in f".!?:{DOUBLE_MARKS[:2]}\u00ab"


#: The rules that set a number aside as locating or identifying rather than counting.
NOT_A_FIGURE: tuple[Callable[[_Candidate], bool], ...] = (
    _ordinal_or_code,
    _part_of_a_reference,
    _digits_in_groups,
    _year,
    _time_of_day,
    _list_number,
    _one_in_words,
    _the_few,
    _day_of_month,
    _first_day_of_a_range,
    _second_day_of_a_range,
    _age_of_a_person,
    _children_of_a_parent,
    _whole_of_a_ratio,
    _age_limit,
    _narrative_time,
    _period_measured,
    _time_ago,
    _age_at,
    _clock_time,
    _document_number,
    _code,
)


def is_not_a_figure(candidate: _Candidate) -> bool:
    """Whether any rule of `NOT_A_FIGURE` sets the number aside."""
    return any(rule(candidate) for rule in NOT_A_FIGURE)


def rules_setting_aside(text: str, number: str, lang: str = "en") -> list[str]:
    """The names of the `NOT_A_FIGURE` rules that set aside `number` (as written) in the
    one-paragraph `text`: which rule keeps "2019" of "in 2019" off the page ("year")."""
    p = _patterns(lang)
    for m in p.number.finditer(text):
        written = m.group("digits") or m.group("words")
        value = read_digits(written, lang) if m.group("digits") else read_words(written, lang)
        if written == number and value is not None:
            candidate = _Candidate(text, m, 0, len(text), value, p)
            return [rule.__name__.lstrip("_") for rule in NOT_A_FIGURE if rule(candidate)]
    raise ValueError(f"{number!r} is not a number in {text!r}")


# --- the figure, its display and its label --------------------------------------------------


def _figure(work: str, number: _Number, upper: _Number | None, start: int, end: int, p: _Patterns) -> Figure:
    qualifier = p.qualifier.search(work, max(start, number.start - 25), number.start)
    span_start = qualifier.start("q") if qualifier else number.start
    number_end = upper.end if upper else number.end
    label_after, label_end = _label_after(work, number_end, end, p)
    label = _label(work, start, end, span_start, number_end, label_after, p, number.unit)
    if number.counted:
        label = number.counted  # "élève" of "1 élève sur 2"
    display = _range_display(number, upper)
    word = " ".join(qualifier.group("q").lower().split()) if qualifier else ""
    if any(stem in word for stem in p.lexicon.ESTIMATE_STEMS):
        estimated = p.lexicon.ESTIMATED_LABEL
        label = f"{label}, {estimated}" if label else estimated
    return Figure(
        value=number.value,
        display=_qualified(display, word, p.lexicon) if qualifier and not number.ratio else display,
        label=label or "",
        approx=bool(qualifier),
        start=span_start,
        end=max(label_end, number_end),
    )


def _label(
    work: str,
    start: int,
    end: int,
    span_start: int,
    number_end: int,
    label_after: str,
    p: _Patterns,
    unit: str = "",
) -> str:
    """What a number counts: the words after it, else those before it; a rate ("per year")
    takes what it is a rate of from before the number, and money what it is for."""
    if label_after and p.rate.match(label_after):
        # "a loss of £3 billion per year": what the rate is of comes before the number.
        before = _label_before(work, start, span_start, p)
        if not before and not unit:
            return ""  # "fallen from 12 a year": a rate of nothing named says nothing
        return f"{before} {label_after}" if before else label_after
    if label_after:
        return _with_what_happened(label_after, work, start, span_start, p)
    label = _label_before(work, start, span_start, p)
    purpose = p.purpose.match(work, number_end, end)
    if purpose and purpose.group("verb").lower() not in p.lexicon.LABEL_STOP:
        # "an additional $5 million to fund clinics": what the money is for.
        what = " ".join(w for w in purpose.group(0).split() if w)
        label = f"{label}, {what}" if label else what
    return label


def _with_what_happened(label: str, work: str, start: int, span_start: int, p: _Patterns) -> str:
    """ "a collapse injured 6 workers" -> "workers injured", "police detained some 140
    protesters" -> "protesters detained": the verb just before a count says what happened to
    those it counts, which the figure's label must say too."""
    verb = re.search(r"([\w'\u2019-]+)\s+$", work[max(start, span_start - 40) : span_start])
    if not verb or verb.group(1).lower() not in p.lexicon.WHAT_HAPPENED_VERBS:
        return label
    return f"{label} {verb.group(1).lower()}"


def _range_display(number: _Number, upper: _Number | None) -> str:
    """ "10–20", "£38–66 billion": a range shown with one unit and one scale word."""
    if not upper:
        return number.display
    display = f"{number.display}\u2013{upper.display.lstrip(number.unit)}"
    if number.unit != "%" and number.display.split()[-1] == upper.display.split()[-1]:
        display = f"{number.display.rsplit(' ', 1)[0]}\u2013{upper.display.lstrip(number.unit)}"
    return display


def _qualified(display: str, word: str, lex: ModuleType) -> str:
    """A qualified number as the page shows it: "up to 9.5%", "600+", "<2", "~800"."""
    if word in lex.UP_TO:
        return f"{lex.UP_TO_DISPLAY} {display}"
    if word in lex.AT_LEAST:
        return f"{display}+"
    if word in lex.AT_MOST:
        return f"<{display}"
    return f"~{display}"


class _Act(Enum):
    """What a label rule does with a word."""

    TAKE = "take"  # the word belongs to the label; read on
    TAKE_LAST = "take last"  # the word (and what the rule adds) ends the label
    STOP = "stop"  # the label ended before the word
    PREDICATE = "predicate"  # the number is a subject: the label is its predicate


@dataclass(frozen=True)
class _Decision:
    act: _Act
    words: tuple[str, ...] = ()
    end: int = 0  # where the label ends, for TAKE_LAST


@dataclass(frozen=True)
class _Word:
    """One word after a number, for the label rules: the word, the label so far and what
    follows."""

    work: str
    tokens: list[re.Match[str]]
    index: int
    label: list[str]
    p: _Patterns

    @property
    def match(self) -> re.Match[str]:
        return self.tokens[self.index]

    @cached_property
    def word(self) -> str:
        return self.match.group().strip("'\u2019-")

    @cached_property
    def lowered(self) -> str:
        return self.word.lower()

    @cached_property
    def following(self) -> str:
        return self.tokens[self.index + 1].group().lower() if self.index + 1 < len(self.tokens) else ""

    @property
    def lex(self) -> ModuleType:
        return self.p.lexicon

    def ends_a_clause_next(self) -> bool:
        """The next word ends the label too, or there is none."""
        return self.following in self.lex.LABEL_STOP or not self.following


def _opening_preposition(w: _Word) -> _Decision | None:
    """A label may open with "of" or "per": "9.5% of GDP", "£3 billion per year"."""
    if w.label:
        return None
    if w.lowered in w.lex.LABEL_OPENERS:
        return _Decision(_Act.TAKE, (w.lowered,))
    elided = tuple(opener for opener in w.lex.LABEL_OPENERS if opener[-1] in "'\u2019")
    return _Decision(_Act.TAKE, (w.match.group(),)) if elided and w.lowered.startswith(elided) else None


def _partitive_demonstrative(w: _Word) -> _Decision | None:
    """ "nine of those detained": the demonstrative after a partitive "of" is kept."""
    if w.label == list(w.lex.PARTITIVE) and w.lowered in w.lex.DEMONSTRATIVES:
        return _Decision(_Act.TAKE, (w.lowered,))
    return None


def _participle_after_demonstrative(w: _Word) -> _Decision | None:
    """ "nine of those arrested were ...": the participle says who they are, not a verb."""
    if w.label[-1:] and w.label[-1] in w.lex.DEMONSTRATIVES and w.lowered.endswith(w.lex.PARTICIPLE_ENDINGS):
        return _Decision(_Act.TAKE_LAST, (w.word,), w.match.end())
    return None


def _auxiliary_opens_predicate(w: _Word) -> _Decision | None:
    """ "50 have been released so far": the number is a subject, its predicate says what."""
    return _Decision(_Act.PREDICATE) if not w.label and w.lowered in w.lex.AUXILIARIES else None


def _and_in_a_name(w: _Word) -> _Decision | None:
    """ "Roads and Bridges Service Authority inspectors": "and" inside a name."""
    if w.lowered not in w.lex.NAME_JOINS or not w.label or not w.following[:1].isalpha():
        return None
    return _Decision(_Act.TAKE, (w.word,)) if w.tokens[w.index + 1].group()[:1].isupper() else None


def _place(w: _Word) -> _Decision | None:
    """ "600 people on Ruritania Island": where they are ends the label."""
    if w.lowered not in w.lex.PLACE_PREPOSITIONS or not w.label:
        return None
    place = _place_name(w)
    return _Decision(_Act.TAKE_LAST, (w.word, *place[0]), place[1]) if place else None


def _stop_word(w: _Word) -> _Decision | None:
    """A stop word, a past tense, the next number or an adverb ends it: "800 prisoners were"."""
    lex = w.lex
    adverb = (
        w.lowered.endswith(lex.ADVERB_ENDINGS) and len(w.lowered) > 4 and w.lowered not in lex.NOT_ADVERBS
    )
    finite = w.lowered.endswith(lex.FINITE_VERB_ENDINGS) and w.lowered not in lex.NOT_VERBS
    if w.lowered in lex.LABEL_STOP or w.lowered in lex.PAST_ONLY or w.word[:1].isdigit() or adverb or finite:
        return _Decision(_Act.STOP)
    return None


def _what_happened_to_them(w: _Word) -> _Decision | None:
    """ "around 300 arrested since Friday": a participle right after the number says what."""
    if not w.label and w.lowered.endswith(w.lex.PARTICIPLE_ENDINGS) and w.ends_a_clause_next():
        return _Decision(_Act.TAKE_LAST, (w.word,), w.match.end())
    return None


def _verb(w: _Word) -> _Decision | None:
    """A verb ends the label: "9.5% compared with", "members serving the", "banks handed out"."""
    if not w.lowered.endswith((*w.lex.GERUND_ENDINGS, *w.lex.PARTICIPLE_ENDINGS)):
        return None
    if w.ends_a_clause_next() or w.following in w.lex.PARTICLES:
        return _Decision(_Act.STOP)
    return None


def _name_starts(w: _Word) -> _Decision | None:
    """ "six-month Residential Surveillance": a capitalised name after common words."""
    if (
        w.label
        and w.word[:1].isupper()
        and w.label[-1][:1].islower()
        and w.label[-1] not in w.lex.NAME_CONTINUERS
    ):
        return _Decision(_Act.STOP)
    return None


#: The rules that read what a number counts, one word after it at a time; the first that
#: decides wins, and a word no rule decides on belongs to the label.
LABEL_RULES: tuple[Callable[[_Word], _Decision | None], ...] = (
    _opening_preposition,
    _partitive_demonstrative,
    _participle_after_demonstrative,
    _auxiliary_opens_predicate,
    _and_in_a_name,
    _place,
    _stop_word,
    _what_happened_to_them,
    _verb,
    _name_starts,
)
_TAKE = _Decision(_Act.TAKE)


def _gap_ends_label(gap: str, label: list[str]) -> bool:
    """Punctuation between two words ends a label; so does a quoted name after it, or length."""
    if any(c in gap for c in _LABEL_BREAKS) or " - " in gap or len(label) >= 7:
        return True
    return bool(label) and any(c in gap for c in DOUBLE_MARKS)


# How far a label is looked for: tokens after a number, characters before it. A label is at
# most a few words; without a bound, each number of a long paragraph read all of it.
_LABEL_TOKENS = 64
_LABEL_WINDOW = 400


def _label_after(work: str, position: int, end: int, p: _Patterns) -> tuple[str, int]:
    """The noun phrase after a number: "800 political prisoners" -> "political prisoners";
    for "50 have been released so far", the predicate ("released so far")."""
    label: list[str] = []
    label_end = cursor = position
    # the label is a few words: reading the rest of the paragraph for each number was quadratic
    tokens = list(itertools.islice(_WORD_RE.finditer(work, position, end), _LABEL_TOKENS))
    for index, m in enumerate(tokens):
        if _gap_ends_label(work[cursor : m.start()], label):
            break
        w = _Word(work, tokens, index, label, p)
        decision = next((d for rule in LABEL_RULES if (d := rule(w)) is not None), _TAKE)
        if decision.act is _Act.PREDICATE:
            return _predicate(work, tokens[index:], m.start(), p.lexicon)
        if decision.act is _Act.STOP:
            break
        label.extend(decision.words or (w.word,))
        if decision.act is _Act.TAKE_LAST:
            label_end = decision.end
            break
        label_end = cursor = m.end()
    while label and label[-1].lower() in p.lexicon.LEADING_DROP | set(p.lexicon.NAME_JOINS):
        label.pop()
    return " ".join(label), label_end if label else position


def _place_name(w: _Word) -> tuple[list[str], int] | None:
    """The capitalised place name after "in"/"on"/"at" (up to three words, no punctuation)."""
    names: list[str] = []
    end = w.match.end()
    for m in w.tokens[w.index + 1 : w.index + 4]:
        if not m.group()[:1].isupper() or w.work[end : m.start()].strip():
            break
        names.append(m.group())
        end = m.end()
    if not names or (
        len(names) == 1 and (names[0] in w.lex.NOT_CODE_WORDS or w.p.time_name.fullmatch(names[0]))
    ):
        return None
    return names, end


def _predicate(work: str, tokens: list[re.Match[str]], start: int, lex: ModuleType) -> tuple[str, int]:
    """ "have been violently displaced" -> "violently displaced"."""
    words: list[str] = []
    end = start
    for m in tokens[:8]:
        if any(c in work[end : m.start()] for c in f".,;:!?()\n{DOUBLE_MARKS}"):
            break
        lowered = m.group().lower()
        if not words and lowered in lex.AUXILIARIES:
            end = m.end()
            continue
        if lowered in lex.PREDICATE_STOP:
            break
        words.append(m.group())
        end = m.end()
    return " ".join(words[:4]), end


def _after_last_determiner(words: list[str], lex: ModuleType) -> list[str]:
    """ "make available an additional" -> "additional"; but "inspections at the | mine had
    fallen" -> nothing: what is left after the article is a clause whose subject was cut."""
    determiners = [i for i, w in enumerate(words) if w.lower() in lex.DETERMINERS]
    if not determiners:
        return words
    cut, rest = determiners[-1], words[determiners[-1] + 1 :]
    return [] if cut > 0 and any(w.lower() in lex.AUXILIARIES for w in rest) else rest


def _label_before(work: str, start: int, position: int, p: _Patterns) -> str:
    """When nothing follows a number, the noun phrase before it: "a central estimate of 3.2%"
    -> "central estimate", "raising the apprentice quota to 2,000" -> "apprentice quota", "causing
    imports to fall by 6%" -> "fall in imports"."""
    lex = p.lexicon
    window = work[max(start, position - _LABEL_WINDOW) : position]  # not the whole paragraph
    clause = p.clause_split.split(window)[-1]
    change = p.change.search(clause)
    if change:
        noun = lex.CHANGE_NOUNS.get(change.group("verb").lower(), change.group("verb").lower())
        return f"{noun} {lex.CHANGE_JOIN} {change.group('subject')}"
    words = [w.strip("'\u2019") for w in _WORD_RE.findall(clause)][-6:]
    numbers = [i for i, w in enumerate(words) if w[:1].isdecimal()]
    if numbers:
        words = words[numbers[-1] + 1 :]  # "the motion by 92% to 8%": not "motion by 92"
    while words and words[-1].lower() in lex.LABEL_STOP | lex.LEADING_DROP | lex.BEFORE_STOP:
        words.pop()
    words = _after_last_determiner(words, lex)
    while words and (
        re.split("['\u2019]", words[0].lower())[0] in lex.LABEL_STOP | lex.LEADING_DROP
        or words[0].lower().endswith((*lex.ADVERB_ENDINGS, *lex.GERUND_ENDINGS))
    ):
        words.pop(0)
    return " ".join(words[-4:])
