"""Figure extraction: cleaned statement in, `Figure`s (value, display, label, span) out.

A figure is a number the statement uses to state a fact: a count, an amount of money, a
percentage, a duration. Numbers that only locate or identify something are not figures: years
and days in dates, times, list numbering, document and article numbers, phone numbers, URLs,
ordinals and numbers inside quoted names.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from briefing.extraction.clean import CleanText
from briefing.extraction.numbers import (
    DIGITS_PATTERN,
    NUMBER_WORDS_PATTERN,
    SCALE_NAMES,
    format_number,
    read_digits,
    read_words,
    scale_of,
)
from briefing.model import Figure

# The marks `display` adds for a qualifier ("~800", "600+", "up to 9.5%"), so that "about 800"
# and "800" count as the same number.
_QUALIFIER_MARKS = re.compile(r"^(?:~|<|>|up to\s+)|\+$")
_CURRENCY = r"(?:US|A|AU|NZ|C|HK|S)?[$\u00a3\u20ac\u00a5\u20b9]|\b(?:USD|GBP|EUR|AUD|CAD|CHF|JPY)\s?"
_FIGURE_RE = re.compile(
    rf"""
    (?P<currency>{_CURRENCY})?
    (?:
        (?P<digits>(?<![\w.,/-]){DIGITS_PATTERN})
      | (?P<words>\b{NUMBER_WORDS_PATTERN}\b)
    )
    (?:\s?(?P<scale>thousand|million|billion|trillion)\b|(?P<short_scale>bn|mn|m|k)\b)?
    (?P<percent>\s?(?:%|per\s?cent\b|percent\b))?
    """,
    re.IGNORECASE | re.VERBOSE,
)

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_AFTER_RE = re.compile(rf"\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b", re.IGNORECASE)
_MONTH_BEFORE_RE = re.compile(rf"\b(?:{_MONTHS})\.?\s*(?:the\s+)?$", re.IGNORECASE)
_DAY_RANGE_RE = re.compile(
    rf"\s*(?:st|nd|rd|th)?\s*(?:and|to|until|till|-|\u2013|\u2014)\s*\d{{1,2}}(?:st|nd|rd|th)?"
    rf"\s*(?:of\s+)?(?:{_MONTHS})\b",
    re.IGNORECASE,
)
_MEASURE_AFTER_RE = re.compile(
    r"-(?:year|month|week|day|hour|minute|decade|mile|kilomet(?:re|er)|km|met(?:re|er)|storey|"
    r"story|person|member|strong)s?\b",
    re.IGNORECASE,
)
# Past tenses that are never participles, so never describe the counted thing: "61,000
# parcels went to ...", "prices rose"; unlike "people left homeless", "bodies found".
_PAST_ONLY = frozenset(
    [
        "went",
        "came",
        "fell",
        "rose",
        "grew",
        "took",
        "gave",
        "became",
        "began",
        "ran",
        "saw",
        "knew",
        "spoke",
        "wrote",
        "broke",
        "chose",
        "drove",
        "threw",
        "flew",
        "forgot",
        "froze",
        "hid",
        "rode",
        "sank",
        "stole",
        "tore",
        "woke",
        "wore",
        "did",
    ]
)
_AGE_BEFORE_RE = re.compile(
    r"\b(?:children|people|persons|adults|women|men|girls|boys|babies|those|anyone|everyone|pensioners)"
    r"\s+(?:aged\s+)?(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?$",
    re.IGNORECASE,
)
_RATIO_BEFORE_RE = re.compile(r"\b(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
_RATIO_AFTER_RE = re.compile(
    rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d|{NUMBER_WORDS_PATTERN}\b)", re.IGNORECASE
)
_TIME_AFTER_RE = re.compile(
    r"(?:[:.]\d{2}\b|\s*(?:a\.?m\b|p\.?m\b|hrs\b|gmt\b|utc\b|o'clock))", re.IGNORECASE
)
_RELATIVE_TIME_RE = re.compile(
    r"\s*-?\s*(?:years?|months?|weeks?|days?|decades?|hours?)\s+(?:later|ago|earlier|before)\b",
    re.IGNORECASE,
)
_QUALIFIER_RE = re.compile(
    r"""(?P<q>\b(?:about|around|approximately|approx\.|roughly|some|nearly|almost|close\s+to
        |an?\s+estimated|the\s+estimated|estimated|over|more\s+than|at\s+least|upwards\s+of
        |in\s+excess\s+of|exceeded|exceeding|exceeds|above|less\s+than|fewer\s+than|under
        |below|up\s+to|as\s+many\s+as|as\s+much\s+as|just\s+over|just\s+under|well\s+over)
        |~)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_AT_LEAST = ("over", "more", "at least", "upwards", "in excess", "exceed", "above", "just over", "well over")
_AT_MOST = ("less", "fewer", "under", "below", "just under")
_RANGE_START_RE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN_RE = re.compile(r"\s*(?:and|to|-|\u2013)\s*")
_WORD_RE = re.compile(r"[\w'\u2019-]+")
# Words that end the noun phrase naming what a number counts.
_LABEL_STOP = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "must",
        "do",
        "does",
        "did",
        "in",
        "on",
        "at",
        "to",
        "from",
        "for",
        "since",
        "after",
        "before",
        "by",
        "with",
        "within",
        "during",
        "across",
        "into",
        "than",
        "today",
        "yesterday",
        "now",
        "currently",
        "still",
        "as",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "if",
        "because",
        "so",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "they",
        "we",
        "it",
        "he",
        "she",
        "there",
        "then",
        "when",
        "where",
        "also",
        "only",
        "all",
        "per",
        "of",
        "between",
        "among",
        "amid",
        "despite",
        "including",
        "against",
        "compared",
        "according",
        "last",
        "next",
    ]
)
_LY_NOUNS = frozenset(["family", "supply", "assembly", "rally", "ally", "monopoly", "anomaly"])
_AUXILIARIES = frozenset(["have", "has", "had", "were", "was", "are", "is", "been", "be"])
_LEADING_DROP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "by",
        "in",
        "on",
        "for",
        "with",
        "some",
        "its",
        "their",
        "our",
        "his",
        "her",
    ]
)
_CAPITALISED_WORD_BEFORE_RE = re.compile(r"([A-Z][\w'-]*)\.?\s+$")
_NOT_CODE_WORDS = frozenset(
    [
        "About",
        "Around",
        "Approximately",
        "Some",
        "Nearly",
        "Almost",
        "Over",
        "Only",
        "All",
        "Just",
        "More",
        "Less",
        "Fewer",
        "Up",
        "At",
        "Of",
        "The",
        "And",
        "But",
        "Than",
        "Some",
        "Estimated",
        "By",
        "To",
        "In",
        "On",
        "From",
        "Between",
        "Roughly",
        "Under",
        "Below",
        "Above",
        "Another",
    ]
)


@dataclass(frozen=True)
class _Number:
    value: float
    display: str
    start: int  # where the number (with its currency sign) starts
    end: int
    is_words: bool
    unit: str  # "%", a currency sign, or ""


def extract_figures(
    clean: CleanText, allowed: list[tuple[int, int]], excluded: list[tuple[int, int]]
) -> list[Figure]:
    """Figures found in the `allowed` spans (content paragraphs), outside `excluded` spans."""
    figures: list[Figure] = []
    # what each shown number was seen counting: only keys with the same number and display
    # can be the same count, so each figure is compared with those alone (linear, not n²)
    seen: dict[tuple[float, str], set[str]] = {}
    excluded = excluded + [
        (m.start(), m.end()) for m in _PHONE_RE.finditer(clean.work) if _is_phone(m.group())
    ]
    for start, end in allowed:
        for figure in _figures_in(clean.work, start, end, excluded):
            # What a number counts tells two equal numbers apart, but only when it follows
            # the number ("600 people" / "600 individuals" may differ; "to 20,000" may not).
            span = (figure.end or 0) - (figure.start or 0)  # always set on extracted figures
            counted = _counted(figure.label) if span > len(figure.display) + 2 else ""
            key = (figure.value or 0.0, _QUALIFIER_MARKS.sub("", figure.display), counted)
            counts = seen.setdefault(key[:2], set())
            if counted not in counts and not any(_same_count(key, (*key[:2], other)) for other in counts):
                # a repeated lead or restated number is shown once
                counts.add(counted)
                figures.append(figure)
    return figures


# Nouns that count people without saying anything more about them.
_GENERIC_PEOPLE = frozenset(["people", "persons", "person", "individuals", "individual"])


# Nouns for people held, displaced or harmed, which a statement often alternates with a
# generic "people" when it restates a number.
_PEOPLE_NOUNS = _GENERIC_PEOPLE | frozenset(
    [
        *("detainees", "prisoners", "protesters", "demonstrators", "refugees", "migrants"),
        *("civilians", "residents", "victims", "survivors", "inmates", "asylum-seekers"),
    ]
)


def _same_count(key: tuple[float, str, str], other: tuple[float, str, str]) -> bool:
    """ "600+ people" and later "600 individuals" or "600 detainees": the same number of the
    same people, when one of the nouns is a generic one for people; other nouns must match."""
    if key[:2] != other[:2] or not key[2] or not other[2]:
        return False
    nouns = {key[2], other[2]}
    return bool(nouns & _GENERIC_PEOPLE) and nouns <= _PEOPLE_NOUNS


# "+44 (0)20 7946 0958", "+41 22 917 0000", "(020) 7946-0958": a telephone number.
_PHONE_RE = re.compile(r"(?:\+\s?\d|\(0\d*\)|\b0\d)[\d \t().\-/]{5,}\d")


def _is_phone(text: str) -> bool:
    return sum(c.isdecimal() for c in text) >= 8


def _counted(label: str) -> str:
    """The noun a label counts by: its last word ("people on Ruritania Island" -> "island"),
    or a people noun that opens it ("individuals held" -> "individuals")."""
    words = label.lower().split(",")[0].split()
    if not words:
        return ""
    return words[0] if words[0] in _PEOPLE_NOUNS else words[-1]


def _figures_in(work: str, start: int, end: int, excluded: list[tuple[int, int]]) -> list[Figure]:
    numbers = [
        n
        for m in _FIGURE_RE.finditer(work, start, end)
        if (n := _read(work, m, start, end, excluded)) is not None
    ]
    figures = []
    skip_next = False
    for i, number in enumerate(numbers):
        if skip_next:
            skip_next = False
            continue
        following = numbers[i + 1] if i + 1 < len(numbers) else None
        if following and following.value <= number.value:
            following = None  # a range rises: "by 92% to 8%" is a vote, "from 9 to 4" a fall
        upper = None
        if following and _RANGE_START_RE.search(work, max(start, number.start - 12), number.start):
            join = _RANGE_JOIN_RE.fullmatch(work, number.end, following.start)
            if join and following.unit == number.unit:
                upper, skip_next = following, True
        elif following and number.unit and number.unit == following.unit:
            # "US$176 billion to US$3.98 trillion": two amounts of one kind make a range.
            join = re.fullmatch(r"\s*(?:to|-|\u2013)\s*", work[number.end : following.start])
            if join:
                upper, skip_next = following, True
        figures.append(_figure(work, number, upper, start, end))
    return figures


def _read(
    work: str, m: re.Match[str], start: int, end: int, excluded: list[tuple[int, int]]
) -> _Number | None:
    if any(a <= m.start() < b for a, b in excluded):
        return None
    digits, words = m.group("digits"), m.group("words")
    scale_word = m.group("scale") or m.group("short_scale")
    value = read_digits(digits) if digits else read_words(words)
    if value is None or _is_not_a_figure(work, m, start, end, value):
        return None
    value *= scale_of(scale_word)
    currency = (m.group("currency") or "").strip()
    percent = "%" if m.group("percent") else ""
    display = _display(digits, words, scale_word, currency, percent)
    return _Number(value, display, m.start(), m.end(), bool(words), currency or percent)


def _display(
    digits: str | None, words: str | None, scale_word: str | None, currency: str, percent: str
) -> str:
    if digits:
        base = digits
        if scale_word:
            base += " " + SCALE_NAMES.get(scale_of(scale_word), scale_word)
    else:
        value = read_words(words or "") or 0.0
        scale = next(
            (s for s in sorted(SCALE_NAMES, reverse=True) if value >= s and (value / s).is_integer()), None
        )
        base = (
            f"{format_number(value / scale)} {SCALE_NAMES[scale]}"
            if scale and value >= 1e6
            else format_number(value)
        )
    return f"{currency}{base}{percent}"


def _is_not_a_figure(work: str, m: re.Match[str], start: int, end: int, value: float) -> bool:
    """Numbers that locate or identify rather than count."""
    before = work[max(start, m.start() - 30) : m.start()]
    after = work[m.end() : min(end, m.end() + 30)]
    digits, words = m.group("digits"), m.group("words")
    has_unit = bool(m.group("currency") or m.group("percent") or m.group("scale") or m.group("short_scale"))
    if digits:
        if after[:1].isalpha() and not has_unit:
            return True  # ordinal ("10th") or code ("3G")
        if (after[:1] in "/-" and after[1:2].isdigit()) or before[-1:] in "/-#:":
            return True  # "202/224", "18-19", "#3"
        if re.match(r"\s\d", after) or re.search(r"\d\s$", before):
            return True  # digits in groups: a phone number or a code
        if len(digits) == 4 and 1800 <= value <= 2100 and not has_unit:
            return True  # a year
        if _TIME_AFTER_RE.match(after):
            return True
        if _is_list_number(work, m, start):
            return True
    else:
        lowered = words.lower().strip()
        # "the six-month period" is a duration, not "the two parties" nor "the two-child limit"
        measure = bool(_MEASURE_AFTER_RE.match(after))
        if lowered == "one" or (
            value <= 10 and not measure and re.search(r"\bthe\s+$", before, re.IGNORECASE)
        ):
            return True  # "one of", "the two parties": not a count worth showing
    if _MONTH_AFTER_RE.match(after) or _MONTH_BEFORE_RE.search(before):
        return True  # a day of the month
    if _DAY_RANGE_RE.match(after) and value <= 31:
        return True  # "between 10 and 24 April": the first day of a range of dates
    if re.match(r"-years?-old\b", after, re.IGNORECASE):
        return True  # "a 47-year-old mother": an age that describes a person
    if re.search(r"\b(?:mother|father|parent|grandmother|grandfather)s?\s+of\s+$", before, re.IGNORECASE):
        return True  # "a mother of four": describes a person
    if _RATIO_BEFORE_RE.search(before):
        return True  # "one in five teachers": a proportion, not five teachers
    if (
        value == 1
        and not (m.group("currency") or m.group("percent") or m.group("scale") or m.group("short_scale"))
        and _RATIO_AFTER_RE.match(after)
    ):
        return True  # ... nor one teacher
    if _AGE_BEFORE_RE.search(before):
        return True  # "children under five", "people over 65": an age that says who
    if _RELATIVE_TIME_RE.match(after):
        return True  # "four years later": narrative time, not a fact
    return _is_code(work, m, start, before)


def _is_list_number(work: str, m: re.Match[str], start: int) -> bool:
    after = work[m.end() : m.end() + 2]
    if not re.match(r"[.)]\s", after + " "):
        return False
    line_before = work[start : m.start()]
    # At the start of the line, or glued into a line after a previous item ("...; and 3.").
    return not line_before.strip() or bool(re.search(r"(?:;|\band|\s{2})\s*$", line_before))


def _is_code(work: str, m: re.Match[str], start: int, before: str) -> bool:
    """ "Article 50", "Recommendation 2", "No. 5": a capitalised word names the thing."""
    word = _CAPITALISED_WORD_BEFORE_RE.search(before)
    if not word or word.group(1) in _NOT_CODE_WORDS or not m.group("digits"):
        return False
    if word.group(1).lower() in ("no", "nos"):
        return True
    preceding = work[start : m.start() - len(word.group(0))].rstrip()
    if re.fullmatch(r"\s*(?:\d{1,2}[.)]|[-*\u2022])", preceding):
        # "11. Left 21": a name in a list, unlike "2. Fund 300 more beds".
        return not re.match(r"[ \t]*\w", work[m.end() : m.end() + 3])
    # The first word of a sentence is capitalised for another reason.
    return bool(preceding) and preceding[-1] not in '.!?:"\u201c'


def _figure(work: str, number: _Number, upper: _Number | None, start: int, end: int) -> Figure:
    qualifier = _QUALIFIER_RE.search(work, max(start, number.start - 25), number.start)
    span_start = qualifier.start("q") if qualifier else number.start
    number_end = upper.end if upper else number.end
    label_after, label_end = _label_after(work, number_end, end)
    label = label_after or _label_before(work, start, span_start)
    if label_after and _RATE_RE.match(label_after):
        # "a loss of £3 billion per year": what the rate is of comes before the number.
        before = _label_before(work, start, span_start)
        label = f"{before} {label_after}" if before else label_after
    elif not label_after:
        purpose = _PURPOSE_RE.match(work, number_end, end)
        if purpose and purpose.group("verb").lower() not in _LABEL_STOP:
            # "an additional $5 million to fund clinics": what the money is for.
            what = " ".join(w for w in purpose.group(0).split() if w)
            label = f"{label}, {what}" if label else what
    display = number.display
    if upper:
        display = f"{number.display}\u2013{upper.display.lstrip(number.unit)}"
        if number.unit != "%" and number.display.split()[-1] == upper.display.split()[-1]:
            display = f"{number.display.rsplit(' ', 1)[0]}\u2013{upper.display.lstrip(number.unit)}"
    approx = False
    if qualifier:
        approx = True
        word = qualifier.group("q").lower()
        if "estimat" in word:
            label = f"{label}, estimated" if label else "estimated"
        if word.startswith("up to") or word.startswith("as m"):
            display = f"up to {display}"
        elif word.startswith(_AT_LEAST):
            display = f"{display}+"
        elif word.startswith(_AT_MOST):
            display = f"<{display}"
        else:
            display = f"~{display}"
    return Figure(
        value=number.value,
        display=display,
        label=label or "",
        approx=approx,
        start=span_start,
        end=max(label_end, number_end),
    )


# How far a label is looked for: tokens after a number, characters before it. A label is at
# most a few words; without a bound, each number of a long paragraph read all of it.
_LABEL_TOKENS = 64
_LABEL_WINDOW = 400


def _label_after(work: str, position: int, end: int) -> tuple[str, int]:
    """The noun phrase after a number: "800 political prisoners" -> "political prisoners";
    for "50 have been released so far", the predicate ("released so far")."""
    words: list[str] = []
    label_end = position
    cursor = position
    # the label is a few words: reading the rest of the paragraph for each number was quadratic
    tokens = list(itertools.islice(_WORD_RE.finditer(work, position, end), _LABEL_TOKENS))
    for index, m in enumerate(tokens):
        gap = work[cursor : m.start()]
        if any(c in gap for c in ".,;:!?()\n\u2013\u2014") or " - " in gap or len(words) >= 7:
            break
        if words and any(c in gap for c in '"\u201c\u201d'):
            break  # a quoted name after the counted thing
        word = m.group().strip("'\u2019-")
        lowered = word.lower()
        following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
        if not words and lowered in ("of", "per"):
            words.append(lowered)  # "per year", "of GDP"
        elif words == ["of"] and lowered in ("those", "these"):
            words.append(lowered)  # "nine of those detained"
        elif words[-1:] in (["those"], ["these"]) and lowered.endswith("ed"):
            words.append(word)  # "nine of those arrested were ...": who they are, not a verb
            label_end = m.end()
            break
        elif not words and lowered in _AUXILIARIES:
            return _predicate(work, tokens[index:], m.start())
        elif (
            lowered == "and" and words and following[:1].isalpha() and tokens[index + 1].group()[:1].isupper()
        ):
            words.append(word)  # "Immigration and Citizenship Service Authority caseworkers"
        elif lowered in ("in", "on", "at") and words and (place := _place(work, tokens, index)):
            words.extend([word, *place[0]])  # "600 people on Ruritania Island": where
            label_end = place[1]
            break
        elif (
            lowered in _LABEL_STOP
            or lowered in _PAST_ONLY
            or word[:1].isdecimal()  # the next number: "212 food banks handed out 480,000"
            or (lowered.endswith("ly") and len(lowered) > 4 and lowered not in _LY_NOUNS)
        ):
            break
        elif not words and lowered.endswith("ed") and (following in _LABEL_STOP or not following):
            words.append(word)  # "around 300 arrested since Friday": what happened to them
            label_end = m.end()
            break
        elif lowered.endswith(("ing", "ed")) and (
            following in _LABEL_STOP or not following or following in ("out", "up", "off", "back", "down")
        ):
            break  # a verb: "9.5% compared with", "members serving the", "banks handed out"
        elif (
            words and word[:1].isupper() and words[-1][:1].islower() and words[-1] not in ("and", "of", "per")
        ):
            break  # "six-month Residential Surveillance": a name starts
        else:
            words.append(word)
        label_end, cursor = m.end(), m.end()
    while words and words[-1].lower() in _LEADING_DROP | {"and"}:
        words.pop()
    return " ".join(words), label_end if words else position


_TIME_NAME_RE = re.compile(rf"(?:\w+day|{_MONTHS})", re.IGNORECASE)


def _place(work: str, tokens: list[re.Match[str]], index: int) -> tuple[list[str], int] | None:
    """The capitalised place name after "in"/"on"/"at" (up to three words, no punctuation)."""
    names: list[str] = []
    end = tokens[index].end()
    for m in tokens[index + 1 : index + 4]:
        if not m.group()[:1].isupper() or work[end : m.start()].strip():
            break
        names.append(m.group())
        end = m.end()
    if not names or (len(names) == 1 and (names[0] in _NOT_CODE_WORDS or _TIME_NAME_RE.fullmatch(names[0]))):
        return None
    return names, end


def _predicate(work: str, tokens: list[re.Match[str]], start: int) -> tuple[str, int]:
    """ "have been violently displaced" -> "violently displaced"."""
    words: list[str] = []
    end = start
    for m in tokens[:8]:
        if any(c in work[end : m.start()] for c in '.,;:!?()\n"\u201c\u201d'):
            break
        lowered = m.group().lower()
        if not words and lowered in _AUXILIARIES:
            end = m.end()
            continue
        if lowered in ("by", "in", "on", "at", "since", "because", "and", "to", "from"):
            break
        words.append(m.group())
        end = m.end()
    return " ".join(words[:4]), end


def _label_before(work: str, start: int, position: int) -> str:
    """When nothing follows a number, the noun phrase before it: "a central estimate of 7.5%"
    -> "central estimate", "raising the refugee quota to 5,000" -> "refugee quota", "causing
    exports to fall by 4%" -> "fall in exports"."""
    window = work[max(start, position - _LABEL_WINDOW) : position]  # not the whole paragraph
    clause = re.split(r"[.,;:!?()\n\"\u201c\u201d]|\b(?:that|which|who)\b", window)[-1]
    change = _CHANGE_RE.search(clause)
    if change:
        noun = _CHANGE_NOUNS.get(change.group("verb").lower(), change.group("verb").lower())
        return f"{noun} in {change.group('subject')}"
    words = [w.strip("'\u2019") for w in _WORD_RE.findall(clause)][-6:]
    numbers = [i for i, w in enumerate(words) if w[:1].isdecimal()]
    if numbers:
        words = words[numbers[-1] + 1 :]  # "the motion by 92% to 8%": not "motion by 92"
    while words and words[-1].lower() in _LABEL_STOP | _LEADING_DROP | _BEFORE_STOP:
        words.pop()
    determiners = [i for i, w in enumerate(words) if w.lower() in _DETERMINERS]
    if determiners:
        words = words[determiners[-1] + 1 :]  # "make available an additional" -> "additional"
    while words and (
        re.split("['\u2019]", words[0].lower())[0] in _LABEL_STOP | _LEADING_DROP
        or words[0].lower().endswith(("ly", "ing"))
    ):
        words.pop(0)
    return " ".join(words[-4:])


_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "our", "his", "her", "this", "these", "those"])
_BEFORE_STOP = frozenset(["between", "about", "around", "some", "nearly", "almost", "up", "down"])
_RATE_RE = re.compile(
    r"^(?:per|a|an|each|every)\s+(?:year|month|week|day|annum|head|person)\b", re.IGNORECASE
)
_PURPOSE_RE = re.compile(
    r"\s+to\s+(?P<verb>[a-z]+)(?:\s+(?!(?:in|on|at|for|by|with|of|and|or|to|"
    r"from|the|a|an)\b)[a-z]+){1,2}"
)
_CHANGE_NOUNS = {
    "fell": "fall",
    "falls": "fall",
    "rose": "rise",
    "rises": "rise",
    "grow": "growth",
    "grew": "growth",
    "grows": "growth",
    "shrink": "shrinking",
    "shrank": "shrinking",
    "drops": "drop",
    "dropped": "drop",
    "increased": "increase",
    "increases": "increase",
    "decreased": "decrease",
    "decreases": "decrease",
    "declined": "decline",
    "declines": "decline",
    "jumped": "jump",
    "climbed": "climb",
    "surged": "surge",
}
# "GDP to fall by", "exports fell by", "the jobless rate would rise by".
_CHANGE_RE = re.compile(
    r"(?P<subject>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*|(?<=\bthe\s)[a-z]+\s+[a-z]+|[a-z]+)\s+"
    r"(?:to\s+|would\s+|will\s+|could\s+|may\s+)?"
    r"(?P<verb>fall|fell|falls|rise|rose|rises|grow|grew|grows|shrink|shrank|drop|drops|dropped|"
    r"increase|increased|increases|decrease|decreased|decreases|decline|declined|declines|"
    r"jumped|climbed|surged)\s+(?:by\s+)?(?:just\s+|only\s+|merely\s+)?$"
)
