"""Number reading: the text of a number (digits or words) in, its value out.

Digits may carry thousands separators, decimals, a currency sign and a scale word
("£66 billion", "1.2m"); number words ("five hundred and eighty", "one million") are read by
text2num. Kept apart from `figures` so the rules about *which* numbers count stay readable.
"""

from __future__ import annotations

import re

from text_to_num import text2num

from briefing.extraction.numeric_forms import NUMERIC_FORM

SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
SCALE_NAMES = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}

UNIT_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]
_WORD_PART = rf"(?:{'|'.join(UNIT_WORDS)}|hundred|thousand|million|billion|trillion)"
# "five hundred and eighty", "twenty-two", "one million": parts joined by spaces, hyphens, "and".
NUMBER_WORDS_PATTERN = rf"{_WORD_PART}(?:(?:\s+and\s+|[\s-]+){_WORD_PART})*"
# A number in digits as statements write it: "1,500,000" and "45.5", or the European way,
# "1.500.000" and "12,5"; and all of it, never the "1.250" of "1.250.000" nor the "12" of
# "12,5". Extraction, verification and the read-back read digits with this pattern and
# `read_digits` (the proportion bar reads a whole's digits in `render.parse_whole`).
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


def read_digits(text: str) -> float | None:
    """800 from "800", 1500 from "1,500", 45.5 from "45.5", 1250000 from "1.250.000", 12.5
    from "12,5"; None if it is not one number. Points group thousands only where they cannot
    be a decimal point: two or more of them, or one before a decimal comma ("1.250,5"); a
    single one is a decimal point ("1.125 billion", "800.000": see AMBIGUOUS_DIGITS)."""
    digits = text.strip()
    if not _DIGITS_RE.fullmatch(digits):
        return None
    if _POINT_GROUPS_RE.fullmatch(digits):
        digits = digits.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA_RE.fullmatch(digits):
        digits = digits.replace(",", ".")
    else:
        digits = digits.replace(",", "")
    return float(digits)


def read_words(text: str) -> float | None:
    """580 from "five hundred and eighty", 1000000 from "one million"; None if unreadable."""
    normalised = re.sub(r"[\s-]+", " ", text.lower()).strip()
    try:
        return float(text2num(normalised, "en"))
    except (ValueError, AssertionError):
        return None


def scale_of(word: str | None) -> float:
    return SCALES.get((word or "").lower(), 1.0)


def format_number(value: float) -> str:
    """How a plain number is shown: 20000 -> "20,000", 45.5 -> "45.5"."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
