"""The number reader: the text of a number (digits or words) in, its value out.

One reader for every stage: extraction finds figures with it, verification finds the numbers
a source states with it, and the page reads a figure's whole (`of`) with it. Digits may carry
thousands separators, decimals, a currency sign and a scale word ("£66 billion", "1.2m");
number words ("five hundred and eighty", "one million") are read by text2num. The words of
each language (scales, number words) come from `briefing.lexicon`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from types import ModuleType

from text_to_num import text2num

from briefing.extraction.numeric_forms import NUMERIC_FORM
from briefing.lexicon import LANGUAGES, words_for
from briefing.lexicon.marks import CURRENCY_CODES, CURRENCY_SIGNS, DOLLAR_PREFIXES, GROUP_SPACES

_EN = words_for("en")

#: Every English scale word and abbreviation, with what it multiplies by.
SCALES: dict[str, float] = {**_EN.SCALES, **_EN.SHORT_SCALES, **_EN.RARE_SHORT_SCALES}
SCALE_NAMES: dict[float, str] = _EN.SCALE_NAMES
UNIT_WORDS: list[str] = list(_EN.NUMBER_WORDS)

#: A currency before an amount: "$", "US$", "£", "EUR ".
CURRENCY_PATTERN = rf"(?:{'|'.join(DOLLAR_PREFIXES)})?[{CURRENCY_SIGNS}]|\b(?:{'|'.join(CURRENCY_CODES)})\s?"


def alternatives(words: Iterable[str], space: str = r"\s+") -> str:
    """A regular-expression alternation of `words`, longest first, a space as `space`."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", space) for w in ordered)


def number_words_pattern(lang: str = "en") -> str:
    """A number in words: "five hundred and eighty", "twenty-two", "one million": parts joined
    by spaces, hyphens or the language's "and"."""
    lexicon = words_for(lang)
    parts = [*lexicon.NUMBER_WORDS, *lexicon.HUNDRED_WORDS, *lexicon.SCALES]
    part = rf"(?:{'|'.join(parts)})"
    joins = "|".join(rf"\s+{join}\s+" for join in lexicon.NUMBER_WORD_JOINS)
    return rf"{part}(?:(?:{joins}|[\s-]+){part})*"


NUMBER_WORDS_PATTERN = number_words_pattern("en")
# A number in digits as statements write it: "1,500,000" and "45.5", or the European way,
# "1.500.000" and "12,5"; and all of it, never the "1.250" of "1.250.000" nor the "12" of
# "12,5". Extraction, verification, the shares and the page all read digits with this pattern
# and `read_digits`.
DIGITS_PATTERN = (
    r"(?:[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?"  # 1,500,000.5
    r"|[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?"  # 1.500.000,5, and 800.000 (see AMBIGUOUS_DIGITS)
    r"|\d+,\d{1,2}"  # 12,5: a decimal comma (a thousands comma has three digits after it)
    r"|\d+(?:\.\d+)?)"  # 1500, 45.5 and 0.125
    r"(?![.,]?\d)"
    rf"(?![.,]?{NUMERIC_FORM})"  # "30²", "5½", "12₃" are not 30, 5 and 12 (see numeric_forms)
)
# Digits that read as two different numbers: "800.000" is 800 in English and 800,000 in most
# of Europe, "3,4" is 3.4 in Europe and a list in English. `read_digits` takes the English
# reading; verification matches them only to the same digits, never by value alone.
AMBIGUOUS_DIGITS = re.compile(r"[1-9]\d{0,2}\.\d{3}|\d+,\d{1,2}")
_DIGITS_RE = re.compile(DIGITS_PATTERN)
_POINT_GROUPS_RE = re.compile(r"[1-9]\d{0,2}(?:\.\d{3}){2,}(?:,\d+)?|[1-9]\d{0,2}\.\d{3},\d+")
_DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")


# A number in digits as Spanish and French write it: "1.250.000" and "1 250 000" (with a
# space, a no-break or a narrow no-break space) group thousands, "12,5" has a decimal comma;
# "1,250,000.5" is read too, as Mexico and many wires write it. A single point or comma
# followed by three digits groups thousands ("1.250" and "1,250" are 1250; see
# `ambiguous_digits`); otherwise it starts the decimals ("1.5" and "1,5" are 1.5).
CONTINENTAL_DIGITS_PATTERN = (
    r"(?:[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?"  # 1.250.000,5 and 1.250
    rf"|[1-9]\d{{0,2}}(?:[{GROUP_SPACES}]\d{{3}})+(?:,\d+)?"  # 1 250 000,5
    r"|[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?"  # 1,250,000.5
    r"|\d+,\d+"  # 12,5
    r"|\d+(?:\.\d+)?)"  # 1500 and 1.5
    r"(?![.,]?\d)"
    rf"(?![.,]?{NUMERIC_FORM})"  # "30²" is not 30 (see numeric_forms)
)
_CONTINENTAL_RE = re.compile(CONTINENTAL_DIGITS_PATTERN)
_POINT_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
_COMMA_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
_CONTINENTAL_AMBIGUOUS = re.compile(r"[1-9]\d{0,2},\d{3}")


def _is_continental(lang: str) -> bool:
    return bool(words_for(lang).DECIMAL_SEPARATOR == ",")


def number_language(lang: str | None) -> str:
    """The language whose numbers are read for a statement in `lang`: itself when it has a
    lexicon, else English."""
    return lang if lang in LANGUAGES else "en"


def digits_pattern(lang: str = "en") -> str:
    """The pattern of a number in digits as `lang` writes it (`DIGITS_PATTERN` for English,
    `CONTINENTAL_DIGITS_PATTERN` for a language with a decimal comma)."""
    return CONTINENTAL_DIGITS_PATTERN if _is_continental(lang) else DIGITS_PATTERN


def ambiguous_digits(lang: str = "en") -> re.Pattern[str]:
    """Digits that `lang`'s readers may take for two different numbers: "800.000" in English
    (800 or 800,000), "1,250" in Spanish or French (1250 as Mexico writes it, or 1.25)."""
    return _CONTINENTAL_AMBIGUOUS if _is_continental(lang) else AMBIGUOUS_DIGITS


def _read_continental(digits: str) -> float | None:
    if not _CONTINENTAL_RE.fullmatch(digits):
        return None
    if any(space in digits for space in GROUP_SPACES) or _POINT_THOUSANDS_RE.fullmatch(digits):
        digits = re.sub(rf"[.{GROUP_SPACES}]", "", digits).replace(",", ".")
    elif _COMMA_THOUSANDS_RE.fullmatch(digits):
        digits = digits.replace(",", "")
    else:
        digits = digits.replace(",", ".")
    return float(digits)


def read_digits(text: str, lang: str = "en") -> float | None:
    """800 from "800", 1500 from "1,500", 45.5 from "45.5", 1250000 from "1.250.000", 12.5
    from "12,5"; None if it is not one number. Points group thousands only where they cannot
    be a decimal point: two or more of them, or one before a decimal comma ("1.250,5"); a
    single one is a decimal point ("1.125 billion", "800.000": see AMBIGUOUS_DIGITS). In
    Spanish and French, "1.250" and "1 250" are 1250 and "1,5" is 1.5."""
    digits = text.strip()
    if _is_continental(lang):
        return _read_continental(digits)
    if not _DIGITS_RE.fullmatch(digits):
        return None
    if _POINT_GROUPS_RE.fullmatch(digits):
        digits = digits.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA_RE.fullmatch(digits):
        digits = digits.replace(",", ".")
    else:
        digits = digits.replace(",", "")
    value = float(digits)
    return value if math.isfinite(value) else None  # 400 digits are not a figure: too large for a float


def read_words(text: str, lang: str = "en") -> float | None:
    """580 from "five hundred and eighty", 1000000 from "one million"; None if unreadable."""
    normalised = re.sub(r"[\s-]+", " ", text.lower()).strip()
    try:
        return float(text2num(normalised, lang))
    except (ValueError, AssertionError):
        return None


def scale_of(word: str | None, lang: str = "en") -> float:
    """What a scale word multiplies by: 1e6 for "million" (1 for no word or an unknown one)."""
    return all_scales(lang).get((word or "").lower(), 1.0)


@lru_cache(maxsize=8)
def all_scales(lang: str | None = "en") -> dict[str, float]:
    """Every scale word and abbreviation of `lang` (of every language for None)."""
    scales: dict[str, float] = {}
    for code in reversed(LANGUAGES) if lang is None else (lang,):  # English last: it wins
        lexicon = words_for(code)
        scales.update({**lexicon.SCALES, **lexicon.SHORT_SCALES, **lexicon.RARE_SHORT_SCALES})
    return scales


def scale_name(count: float, scale: float, lang: str = "en") -> str | None:
    """How `lang` names a scale after a count: "millones" after 6,2, "millón" after 1,
    "milliard" after 1,2 (French takes the singular below two)."""
    lexicon = words_for(lang)
    singular = count == 1 or count < lexicon.SCALE_SINGULAR_BELOW
    names: dict[float, str] = lexicon.SCALE_NAMES_ONE if singular else lexicon.SCALE_NAMES
    return names.get(scale)


def format_number(value: float, lang: str = "en", decimals: int | None = None) -> str:
    """How a plain number is shown in `lang`: 20000 -> "20,000" (English), "20.000" (Spanish),
    "20\u202f000" (French); 45.5 -> "45.5", "45,5". `decimals` keeps the source's number of
    decimals ("6,20" stays "6.20"); by default at most two, without trailing zeros."""
    lexicon = words_for(lang)
    if decimals is None:
        text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}"
    whole, _, fraction = text.partition(".")
    if abs(value) < lexicon.GROUP_FROM:
        whole = whole.replace(",", "")
    whole = whole.replace(",", lexicon.THOUSANDS_SEPARATOR)
    return f"{whole}{lexicon.DECIMAL_SEPARATOR}{fraction}" if fraction else whole


@lru_cache(maxsize=8)
def _loose_number_re(lang: str | None) -> re.Pattern[str]:
    scales = alternatives(w for w in all_scales(lang) if len(w) > 1)
    singles = "".join(sorted(w for w in all_scales(lang) if len(w) == 1))
    single = f"|[{singles}](?![a-z])" if singles else ""
    # never the 30 of "30²" (see numeric_forms)
    return re.compile(
        rf"(\d[\d,.\u00a0\u202f ]*\d|\d)(?!\d|{NUMERIC_FORM})\s*({scales}{single})?", re.IGNORECASE
    )


def read_number(text: str, lang: str | None = None) -> float | None:
    """The first number in a short text, with its scale: 800 from "an estimated 800",
    1200000 from "1.2 million" or "1,2 millones". With no language, thousands separators of
    either style are read as such ("12.000" and "12,000" are 12000)."""
    match = _loose_number_re(lang).search(text)
    if not match:
        return None
    digits = re.sub(r"[\s\u00a0\u202f]", "", match.group(1))
    if re.fullmatch(r"\d{1,3}([,.]\d{3})+", digits):  # thousands separators, either style
        digits = re.sub(r"[,.]", "", digits)
    else:
        digits = digits.replace(",", ".")
    try:
        number = float(digits)
    except ValueError:
        return None
    return number * all_scales(lang).get((match.group(2) or "").lower(), 1.0)


# --- every number a text states (what verification checks a figure against) ----------------


@dataclass(frozen=True)
class Number:
    """A number stated in a text, and the values it may stand for ("1.2 million" stands for
    1,200,000, and its digits for 1.2)."""

    values: tuple[float, ...]
    position: int
    text: str
    unit: str = ""  # "%", a currency sign, or "" for a plain count
    in_date: bool = False  # a day or year of a date, which no figure may stand on
    ambiguous_digits: str | None = None  # "800.000" or "3,4": matched only to the same digits


@dataclass(frozen=True)
class _Reading:
    """The patterns `numbers_in` reads a language's numbers with, built once per language."""

    lang: str

    @cached_property
    def lexicon(self) -> ModuleType:
        return words_for(self.lang)

    @cached_property
    def scale_values(self) -> dict[str, float]:
        lex = self.lexicon
        return {**all_scales(self.lang), **dict.fromkeys(lex.HUNDRED_WORDS, 1e2)}

    @cached_property
    def article_scale(self) -> re.Pattern[str]:
        articles = alternatives(self.lexicon.ONE_BEFORE_SCALE)
        scales = alternatives(all_scales(self.lang))
        return re.compile(rf"\b(?:{articles})\s+(?P<scale>{scales})\b", re.IGNORECASE)

    @cached_property
    def digits(self) -> re.Pattern[str]:
        scales = alternatives(self.scale_values)
        return re.compile(rf"(?<![\w.,])({digits_pattern(self.lang)})((?:\s?(?:{scales})\b)*)", re.IGNORECASE)

    @cached_property
    def dates(self) -> re.Pattern[str]:
        # Days and years inside dates are not figures a briefing may show: "12 January 2026",
        # "January 12, 2026", "2026-01-12" (month names capitalised, as a dateline writes them).
        lex = self.lexicon
        months = rf"(?:{alternatives(name.capitalize() for name in lex.MONTHS)})\.?"
        ordinal = rf"(?:{alternatives(lex.ORDINAL_SUFFIXES)})?"
        return re.compile(
            rf"\b\d{{1,2}}{ordinal}\s+{months}(?:,?\s+\d{{4}})?\b"
            rf"|\b{months}\s+\d{{1,2}}{ordinal}(?:,?\s+\d{{4}})?\b"
            rf"|\b{months}\s+\d{{4}}\b"
            r"|\b\d{4}-\d{2}-\d{2}\b",
        )

    @cached_property
    def percent(self) -> re.Pattern[str]:
        words = alternatives(self.lexicon.PERCENT_WORDS, r"\s?")
        return re.compile(rf"\s?(?:%|(?:{words})\b)", re.IGNORECASE)

    @cached_property
    def words(self) -> re.Pattern[str]:
        # A number in words starts with a unit ("eight hundred", not the "million" of "1.2 million").
        lex = self.lexicon
        units = [*lex.ZERO_WORDS, *lex.NUMBER_WORDS]
        every = [*units, *lex.HUNDRED_WORDS, *lex.SCALES]
        joins = "".join(rf"(?:{re.escape(j)}[\s-]+)?" for j in lex.NUMBER_WORD_JOINS)
        return re.compile(
            rf"\b(?:{'|'.join(units)})(?:(?:[\s-]+{joins})(?:{'|'.join(every)}))*\b", re.IGNORECASE
        )


@lru_cache(maxsize=8)
def _reading(lang: str) -> _Reading:
    return _Reading(lang)


_CURRENCY_BEFORE_RE = re.compile(rf"(?:{CURRENCY_PATTERN})\s?$")


def numbers_in(text: str, lang: str = "en") -> list[Number]:
    """Every number in `text`, in digits ("1,200,000", "45.5", "1.2 million", "£66bn") or in
    words ("eight hundred", "twenty-five thousand")."""
    reading = _reading(lang)
    found = _mark_dates(text, _scale_ranges(text, _digit_numbers(text, reading)), reading)
    found += _article_scales(text, found, reading)
    return sorted(found + _word_numbers(text, found, reading), key=lambda number: number.position)


def _article_scales(text: str, found: list[Number], reading: _Reading) -> list[Number]:
    """A scale word after an article that stands for "one": "almost a million jobs" is
    1,000,000, as the figure rules read it."""
    taken = [(number.position, number.position + len(number.text)) for number in found]
    numbers: list[Number] = []
    for match in reading.article_scale.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        factor = reading.scale_values[match.group("scale").lower()]
        numbers.append(Number((1.0, factor), match.start(), match.group()))
    return numbers


def _digit_numbers(text: str, reading: _Reading) -> list[Number]:
    found: list[Number] = []
    for match in reading.digits.finditer(text):
        digits, scale = match.groups()
        value = read_digits(digits, reading.lang)
        if value is None:
            continue
        factor = math.prod(reading.scale_values[word.lower()] for word in re.findall(r"[^\W\d_]+", scale))
        values = (value, value * factor) if factor != 1 else (value,)
        unit = _unit(text, match.start(), match.end(), reading)
        ambiguous = digits if ambiguous_digits(reading.lang).fullmatch(digits) else None
        found.append(Number(values, match.start(), match.group(), unit, ambiguous_digits=ambiguous))
    return found


def _mark_dates(text: str, numbers: list[Number], reading: _Reading) -> list[Number]:
    """The numbers that are a day or a year of a date, marked so."""
    dates = [(match.start(), match.end()) for match in reading.dates.finditer(text)]
    starts = [start for start, _ in dates]  # in order, apart: bisected, not scanned per number

    def in_date(position: int) -> bool:
        at = bisect.bisect_right(starts, position) - 1
        return at >= 0 and position < dates[at][1]

    return [replace(number, in_date=in_date(number.position)) for number in numbers]


def _word_numbers(text: str, digit_numbers: list[Number], reading: _Reading) -> list[Number]:
    found: list[Number] = []
    digit_spans = [(number.position, number.position + len(number.text)) for number in digit_numbers]
    joins = set(reading.lexicon.NUMBER_WORD_JOINS)
    for match in reading.words.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in digit_spans):
            continue  # the "million" of "1.2 million" is part of that number
        words = re.sub(r"[\s-]+", " ", match.group().lower()).strip()
        whole_value = read_words(words, reading.lang)
        # words text2num cannot read as one number ("two three") count one by one
        parts = [read_words(word, reading.lang) for word in words.split() if word not in joins]
        word_values = (whole_value,) if whole_value is not None else tuple(v for v in parts if v is not None)
        found.append(Number(word_values, match.start(), match.group()))
    return found


_RANGE_JOIN = re.compile(r"\s*(?:[-‐‑‒–—]|to)\s*[£$€]?\s*", re.IGNORECASE)


def _scale_ranges(text: str, numbers: list[Number]) -> list[Number]:
    # In "£38–66 billion" the scale belongs to both ends of the range: 38 also stands for 38e9.
    result = list(numbers)
    for index in range(len(result) - 1):
        first, second = result[index], result[index + 1]
        between = text[first.position + len(first.text) : second.position]
        if len(first.values) == 1 and len(second.values) == 2 and _RANGE_JOIN.fullmatch(between):
            scale = second.values[1] / second.values[0] if second.values[0] else 1.0
            result[index] = replace(first, values=(first.values[0], first.values[0] * scale))
    return result


def _unit(text: str, start: int, end: int, reading: _Reading) -> str:
    """What a number at text[start:end] counts in: "%", its currency's sign, "−" for a
    negative number, or ""."""
    if start and text[start - 1] in "-−" and (start == 1 or text[start - 2].isspace()):
        return "−"
    if reading.percent.match(text, end):
        return "%"
    currency = _CURRENCY_BEFORE_RE.search(text, max(0, start - 4), start)
    return currency.group().strip().replace("US$", "$").replace("USD", "$") if currency else ""


# --- numbers on a page in another language ------------------------------------------------


def display_for_page(display: str, source_lang: str | None, page_lang: str) -> str:
    """A figure's `display`, written in the source's convention, as a page in `page_lang`
    must show it so that it cannot be misread: "1.250" from a Spanish statement is "1,250" on
    an English page (where "1.250" reads as 1.25), "6,2 millones" is "6.2 million", "45 %" is
    "45%". Unchanged when both write numbers the same way."""
    source, page = number_language(source_lang), number_language(page_lang)
    if source == page:
        return display
    src, dst = words_for(source), words_for(page)
    text = re.sub(digits_pattern(source), lambda m: _digits_for_page(m.group(), source, page), display)
    text = _scale_names_for_page(text, source, page)
    text = re.sub(r"[\s\u00a0\u202f]?%", dst.PERCENT_SIGN, text)
    if text.startswith(src.UP_TO_DISPLAY + " "):
        text = dst.UP_TO_DISPLAY + text[len(src.UP_TO_DISPLAY) :]
    joins = alternatives(src.RATIO_JOINS)
    return re.sub(rf"(?<=\d) (?:{joins}) (?=\d)", f" {dst.RATIO_JOINS[0]} ", text)


def _digits_for_page(digits: str, source: str, page: str) -> str:
    value = read_digits(digits, source)
    if value is None:
        return digits
    decimals = re.search(r"[.,](\d+)$", digits)
    whole = re.sub(r"\D", "", digits)
    places = 0 if decimals is None or float(whole) == value else len(decimals.group(1))
    return format_number(value, page, decimals=places)


def _scale_names_for_page(text: str, source: str, page: str) -> str:
    scales = {w: v for w, v in all_scales(source).items() if len(w) > 1}

    def name(m: re.Match[str]) -> str:
        count = read_digits(m.group(1), page) or 0.0
        return f"{m.group(1)} {scale_name(count, scales[m.group(2).lower()], page) or m.group(2)}"

    return re.sub(rf"(\d[\d.,\u202f]*)\s+({alternatives(scales)})\b", name, text, flags=re.IGNORECASE)
