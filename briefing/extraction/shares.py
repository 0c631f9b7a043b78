"""Parts of a whole: a figure the statement gives as a share of another figure.

"only 50 of an estimated 800 prisoners" or "Of the estimated 800 prisoners, only about 50
have been released": the smaller figure gets the larger one's `display` as its `of`, so the
page can draw the share. Only these two forms, within one sentence, in the same unit, the part
smaller than the whole: a share the statement does not state is never drawn.
"""

from __future__ import annotations

import bisect
import re

from briefing.extraction.numbers import DIGITS_PATTERN, read_digits
from briefing.model import Figure

# Words that may stand between "of" and the whole's number: "of an estimated 800".
_HEDGES = (
    r"(?:(?:the|an?|all|some|about|around|roughly|approximately|nearly|almost|estimated|reported"
    r"|total|at\s+least|more\s+than|over)\s+)*"
)
# "50 of an estimated 800", "50 out of 800": the text between the part's and the whole's number.
_PART_THEN_WHOLE = re.compile(
    rf"\s*(?:people\s+|persons\s+)?(?:out\s+)?of\s+{_HEDGES}(?:a\s+total\s+of\s+)?", re.IGNORECASE
)
# "Of the estimated 800 ...": the text from the sentence's start to the whole's number.
_WHOLE_FIRST = re.compile(rf"\s*Of\s+{_HEDGES}", re.IGNORECASE)
# A number as the statement writes it: "800", "1,200", "45.5", "1.200".
_NUMERAL = re.compile(rf"(?<![\w.,]){DIGITS_PATTERN}")
_SCALES = (1e3, 1e6, 1e9, 1e12)  # "1.2 million" is written 1.2 but counts 1,200,000
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_MAX_GAP = 160  # characters from the whole's number to the part's, in the whole-first form
_MAX_OPENING = 80
# How many numerals on each side of a part are tried as its whole: the one next to it is the
# only one that can be; a few more cost nothing and keep figures that share a numeral.
_NEAREST = 4  # characters from a sentence's start to the whole's number, in that form


def link_parts_to_wholes(text: str, figures: list[Figure]) -> list[Figure]:
    """`figures` with `of` set on each that the text states as a part of another."""
    numerals = [_numeral(text, figure) for figure in figures]
    units = [_unit(figure.display) for figure in figures]
    neighbours = _Neighbours(numerals)
    linked: list[Figure] = []
    for index, part in enumerate(figures):
        whole = next(
            (
                figures[candidate]
                for candidate in neighbours.of(index)
                if candidate != index
                and _comparable(part, figures[candidate], units[index], units[candidate])
                and _stated_as_part(text, numerals[index], numerals[candidate])
            ),
            None,
        )
        linked.append(part if whole is None or part.of else part.model_copy(update={"of": whole.display}))
    return linked


class _Neighbours:
    """The only figures that can be a part's whole: both forms allow no other number between
    the two (see `_stated_as_part`), so the whole's numeral is among the first to start after
    the part's, or the last to end before it. Looking only there keeps linking linear in the
    number of figures (trying every pair took minutes for a list of 10,000 numbered items).
    Example: in "50 of 800 and 3 of 12", 50 is tried with 800 and nothing after it."""

    def __init__(self, numerals: list[tuple[int, int] | None]) -> None:
        self.numerals = numerals
        spans = [(span, index) for index, span in enumerate(numerals) if span is not None]
        self.by_start = sorted(spans, key=lambda pair: (pair[0][0], pair[1]))
        self.by_end = sorted(spans, key=lambda pair: (pair[0][1], pair[1]))
        self.starts = [span[0] for span, _ in self.by_start]
        self.ends = [span[1] for span, _ in self.by_end]

    def of(self, index: int) -> list[int]:
        """The indexes of the figures whose numeral is among the nearest after, or before,
        figure `index`'s, in the figures' own order (the first that fits is the whole)."""
        span = self.numerals[index]
        if span is None:
            return []
        after = bisect.bisect_left(self.starts, span[1])
        before = bisect.bisect_right(self.ends, span[0])
        near = self.by_start[after : after + _NEAREST] + self.by_end[max(0, before - _NEAREST) : before]
        return sorted({candidate for _, candidate in near})


def _comparable(part: Figure, whole: Figure, part_unit: str, whole_unit: str) -> bool:
    """Same unit ("%" with "%", "£" with "£", counts with counts) and the part smaller."""
    if part.value is None or whole.value is None or not 0 < part.value < whole.value:
        return False
    return part_unit == whole_unit


def _unit(display: str) -> str:
    return "".join(sorted(set(re.sub(r"[\d\s.,~+<>–-]|up to|million|billion|bn|m\b", "", display))))


def _numeral(text: str, figure: Figure) -> tuple[int, int] | None:
    """Where the figure's own number stands in the text (its span also holds qualifiers and
    what it counts), or None when it is written in words."""
    if figure.start is None or figure.end is None or figure.value is None:
        return None
    for match in _NUMERAL.finditer(text, figure.start, figure.end):
        number = read_digits(match.group())
        if number is None:
            continue
        if number == figure.value or (number and figure.value / number in _SCALES):
            return match.start(), match.end()
    return None


def _stated_as_part(text: str, part: tuple[int, int] | None, whole: tuple[int, int] | None) -> bool:
    if part is None or whole is None:
        return False
    if part[1] <= whole[0]:  # "50 of an estimated 800"
        return _PART_THEN_WHOLE.fullmatch(text, part[1], whole[0]) is not None
    if whole[1] <= part[0] <= whole[1] + _MAX_GAP:  # "Of the estimated 800 ..., only 50"
        between = text[whole[1] : part[0]]
        return (
            "," in between
            and not _SENTENCE_END.search(between)
            and not _NUMERAL.search(between)
            and _WHOLE_FIRST.fullmatch(_sentence_before(text, whole[0])) is not None
        )
    return False


def _sentence_before(text: str, position: int) -> str:
    """The text from the start of the sentence holding `position` up to it."""
    window = text[max(0, position - _MAX_OPENING) : position]
    ends = [match.end() for match in _SENTENCE_END.finditer(window)]
    start = max(window.rfind("\n") + 1, ends[-1] if ends else 0)
    if start == 0 and position > _MAX_OPENING:
        return window  # the sentence starts further back: too far for "Of the ... 800"
    return window[start:]
