"""Parts of a whole: a figure the statement gives as a share of another figure.

"only 50 of an estimated 800 prisoners" or "Of the estimated 800 prisoners, only about 50
have been released": the smaller figure gets the larger one's `display` as its `of`, so the
page can draw the share. Only these two forms, within one sentence, in the same unit, the part
smaller than the whole: a share the statement does not state is never drawn.
"""

from __future__ import annotations

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
_MAX_OPENING = 80  # characters from a sentence's start to the whole's number, in that form


def link_parts_to_wholes(text: str, figures: list[Figure]) -> list[Figure]:
    """`figures` with `of` set on each that the text states as a part of another."""
    numerals = {id(figure): _numeral(text, figure) for figure in figures}
    linked: list[Figure] = []
    for part in figures:
        whole = next(
            (
                candidate
                for candidate in figures
                if candidate is not part
                and _comparable(part, candidate)
                and _stated_as_part(text, numerals[id(part)], numerals[id(candidate)])
            ),
            None,
        )
        linked.append(part if whole is None or part.of else part.model_copy(update={"of": whole.display}))
    return linked


def _comparable(part: Figure, whole: Figure) -> bool:
    """Same unit ("%" with "%", "£" with "£", counts with counts) and the part smaller."""
    if part.value is None or whole.value is None or not 0 < part.value < whole.value:
        return False
    return _unit(part.display) == _unit(whole.display)


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
