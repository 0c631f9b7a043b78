"""Verification: a `Content` and its source text in, a `VerificationReport` out.

Nothing goes on the page that the source does not say. Every quote must occur in the source
word for word; the only differences tolerated are those a reader cannot see as a change of
wording: quote-mark style, dash style, whitespace and line breaks, non-breaking spaces, soft
hyphens (and other invisible characters). An ellipsis (… or ...) may join pieces that occur in
the source in that order, close together. Nothing fuzzy beyond that. Every number a figure
shows must occur in the source, in digits or in words, and every speaker must be named in it.

Pure functions: no files, no clock. Offsets in the content are ignored: items are re-located
in the source, since people edit the content file and its text is what goes on the page.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.extraction.language import detect_language
from briefing.extraction.numbers import Number, number_language
from briefing.extraction.numbers import numbers_in as numbers_in
from briefing.lexicon.marks import DASHES as DASHES
from briefing.lexicon.marks import INVISIBLE as INVISIBLE
from briefing.lexicon.marks import QUOTE_MARKS as QUOTE_MARKS
from briefing.model import Content, Figure

# How far apart (in characters of the source) two pieces joined by an ellipsis may be: an
# ellipsis leaves out words of one passage; it must not splice two paragraphs together.
MAX_ELLIPSIS_GAP = 400

_LETTER_OR_DIGIT = re.compile(r"\w")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_NEGATION = re.compile(r"\b(?:not|no|never|nor|none|nothing|neither|without|cannot)\b|n't\b", re.IGNORECASE)
_ELLIPSIS = re.compile(r"\s*\[?\s*(?:…|\.\s?\.\s?\.)\s*\]?\s*")


@dataclass(frozen=True)
class NormalisedText:
    """Text with the tolerated differences folded away, and where each character came from."""

    text: str
    positions: tuple[int, ...]  # positions[i]: index in the original text of character i
    original: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's (start, end) for the normalised span [start, end)."""
        if start >= end:
            position = self.positions[start] if start < len(self.positions) else len(self.original)
            return position, position
        return self.positions[start], self.positions[end - 1] + 1

    def line_of(self, start: int) -> int:
        """The 1-based line of the original text where normalised character `start` is."""
        position = self.positions[start] if start < len(self.positions) else len(self.original)
        return self.original.count("\n", 0, position) + 1


def normalise(text: str) -> NormalisedText:
    """Fold quote marks to `"`, dashes to `-` (with no space around them), every run of
    whitespace to one space, and drop invisible characters."""
    out: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        if char in INVISIBLE:
            continue
        if char in QUOTE_MARKS:
            char = '"'
        elif char in DASHES:
            char = "-"
        elif char.isspace():
            char = " "
        if char == " " and (not out or out[-1] in " -"):
            continue  # collapse whitespace; none at the start or after a dash
        if char == "-" and out and out[-1] == " ":
            out.pop()  # none before a dash either: "a - b", "a—b" and "a – b" are one style
            positions.pop()
        out.append(char)
        positions.append(index)
    while out and out[-1] == " ":
        out.pop()
        positions.pop()
    return NormalisedText("".join(out), tuple(positions), text)


# --- the report -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """The source passage closest to a quote that is not in the source, with the words that
    differ marked on both sides."""

    line: int
    yours: str  # the item's words, differing ones marked >>like this<<
    source: str  # the source's words, differing ones marked


@dataclass(frozen=True)
class ItemCheck:
    """One item checked against the source."""

    item: str  # how messages name it: "quote 2", "quote 2 speaker", "figure 1", "demand 3"
    text: str  # what the content says
    verified: bool | None  # None: shown for information only (demands may be paraphrased)
    line: int | None = None  # line of the source where it was found
    problem: str | None = None  # why it is not verified
    closest: Passage | None = None


@dataclass(frozen=True)
class VerificationReport:
    """Every quote, speaker, figure and demand of a `Content`, checked against its source."""

    checks: tuple[ItemCheck, ...]

    @property
    def failures(self) -> tuple[ItemCheck, ...]:
        return tuple(check for check in self.checks if check.verified is False)

    @property
    def unverified_items(self) -> frozenset[str]:
        """The names of the items that failed ("quote 2", "quote 2 speaker", "figure 1")."""
        return frozenset(check.item for check in self.failures)

    @property
    def quotes_total(self) -> int:
        return sum(1 for check in self.checks if _is_quote_check(check.item))

    @property
    def quotes_verified(self) -> int:
        return sum(1 for check in self.checks if _is_quote_check(check.item) and check.verified)


def _is_quote_check(item: str) -> bool:
    return item.startswith("quote ") and not item.endswith(" speaker")


def verify_content(content: Content, source_text: str) -> VerificationReport:
    """Check every quote, speaker and figure of `content` against `source_text`. Numbers are
    read as the source's language writes them ("1.250" is 1250 in a Spanish statement)."""
    source = normalise(source_text)
    lang = number_language(content.lang or detect_language(source_text))
    source_numbers = numbers_in(source_text, lang)
    checks: list[ItemCheck] = []
    for number, quote in enumerate(content.quotes, 1):
        checks.append(check_quote(f"quote {number}", quote.text, source))
        if quote.speaker:
            checks.append(check_speaker(f"quote {number} speaker", quote.speaker, source))
    for number, figure in enumerate(content.figures, 1):
        checks.append(check_figure(f"figure {number}", figure, source_text, source_numbers, lang))
    for number, demand in enumerate(content.demands, 1):
        checks.append(_locate_demand(f"demand {number}", demand.text, source))
    return VerificationReport(tuple(checks))


# --- quotes ---------------------------------------------------------------------------------


def check_quote(item: str, text: str, source: NormalisedText) -> ItemCheck:
    """A quote is verified when it occurs in the source word for word (see the module)."""
    pieces = quote_pieces(text)
    if not pieces or not all(_LETTER_OR_DIGIT.search(piece) for piece in pieces):
        return ItemCheck(item, text, False, problem="it has no words")
    found = find_pieces(pieces, source)
    if found is not None:
        return ItemCheck(item, text, True, line=source.line_of(found[0]))
    for piece in pieces:
        if find_words(piece, source) is None:
            closest = closest_passage(piece, source)
            if closest is None:
                problem = "nothing like it is in the source"
            else:
                problem = "it is not word for word in the source"
            return ItemCheck(item, text, False, problem=problem, closest=closest)
    return ItemCheck(
        item,
        text,
        False,
        problem=(
            "its pieces joined by … are each in the source, but not in this order, not close together, "
            "or the … would leave out a negation, a paragraph break or a quotation mark"
        ),
    )


def quote_pieces(text: str) -> list[str]:
    """The normalised pieces of a quote, split at each ellipsis."""
    folded = normalise(unicodedata.normalize("NFC", text)).text
    return [piece for piece in (part.strip() for part in _ELLIPSIS.split(folded)) if piece]


def find_pieces(pieces: list[str], source: NormalisedText) -> tuple[int, int] | None:
    """(start, end) in the normalised source of the pieces found in order, each within
    `MAX_ELLIPSIS_GAP` characters of the one before and joined only across words an ellipsis
    may leave out (see `_may_leave_out`); None when they are not."""
    for start, end in _occurrences(pieces[0], source.text):
        position = end
        for piece in pieces[1:]:
            found = next(_occurrences(piece, source.text, position), None)
            if (
                found is None
                or found[0] - position > MAX_ELLIPSIS_GAP
                or not _may_leave_out(source, position, found[0])
            ):
                break
            position = found[1]
        else:
            return start, position
    return None


def _may_leave_out(source: NormalisedText, start: int, end: int) -> bool:
    """Whether an ellipsis may stand for the source's words between `start` and `end`: never
    across a paragraph or a quotation mark (that would splice a speaker's words to someone
    else's), and never leaving out a negation ("it is … enough" from "it is not enough")."""
    if start >= end:
        return True
    original_start, original_end = source.original_span(start, end)
    original = source.original[original_start:original_end]
    left_out = source.text[start:end]
    return not (_PARAGRAPH_BREAK.search(original) or '"' in left_out or _NEGATION.search(left_out))


def find_words(words: str, source: NormalisedText, *, ignore_case: bool = False) -> tuple[int, int] | None:
    """(start, end) of the first occurrence of normalised `words` in the source, starting and
    ending at word boundaries; None if there is none."""
    if ignore_case:
        haystack, needle = source.text.casefold(), words.casefold()
        if len(haystack) != len(source.text):  # casefold changed lengths ("ß"): stay exact
            haystack, needle = source.text.lower(), words.lower()
    else:
        haystack, needle = source.text, words
    return next(_occurrences(needle, haystack), None)


def _occurrences(needle: str, haystack: str, start: int = 0) -> Iterator[tuple[int, int]]:
    if not needle:
        return
    position = haystack.find(needle, start)
    while position != -1:
        end = position + len(needle)
        if _at_boundary(haystack, position, needle[0], before=True) and _at_boundary(
            haystack, end, needle[-1], before=False
        ):
            yield position, end
        position = haystack.find(needle, position + 1)


def _at_boundary(text: str, index: int, edge_char: str, *, before: bool) -> bool:
    # "ill" must not be found inside "will": a word character of the needle's edge may not
    # continue a word of the source.
    if not edge_char.isalnum():
        return True
    neighbour = text[index - 1] if before else (text[index] if index < len(text) else "")
    return not (neighbour and neighbour.isalnum())


# --- the closest passage --------------------------------------------------------------------

_WORD = re.compile(r"\S+")


def closest_passage(words: str, source: NormalisedText) -> Passage | None:
    """The passage of the source most like `words` (normalised), with differing words marked;
    None when no passage shares a word with it."""
    ours = words.split()
    tokens = [(match.group(), match.start(), match.end()) for match in _WORD.finditer(source.text)]
    theirs = [token[0] for token in tokens]
    our_keys, their_keys = [_key(word) for word in ours], [_key(word) for word in theirs]
    if not ours or not theirs:
        return None
    width = len(ours)
    wanted = Counter(our_keys)
    best_starts: list[tuple[int, int]] = []
    window: Counter[str] = Counter()
    for index, word in enumerate(their_keys):
        window[word] += 1
        if index >= width:
            window[their_keys[index - width]] -= 1
        overlap = sum(min(count, window[word]) for word, count in wanted.items())
        best_starts.append((overlap, max(0, index - width + 1)))
    best_starts.sort(key=lambda pair: (-pair[0], pair[1]))
    if best_starts[0][0] == 0:
        return None
    best: tuple[float, int, int] | None = None
    for _, start in best_starts[:10]:
        low, high = max(0, start - 3), min(len(theirs), start + width + 3)
        matcher = difflib.SequenceMatcher(None, our_keys, their_keys[low:high], autojunk=False)
        blocks = [block for block in matcher.get_matching_blocks() if block.size]
        if not blocks:
            continue
        first, last = low + blocks[0].b, low + blocks[-1].b + blocks[-1].size
        score = difflib.SequenceMatcher(None, our_keys, their_keys[first:last], autojunk=False).ratio()
        if best is None or score > best[0]:
            best = (score, first, last)
    if best is None:
        return None
    _, first, last = best
    passage = theirs[first:last]
    yours_marked, source_marked = mark_differences(ours, passage)
    original_start, _ = source.original_span(tokens[first][1], tokens[last - 1][2])
    return Passage(
        line=source.original.count("\n", 0, original_start) + 1,
        yours=yours_marked,
        source=source_marked,
    )


_PUNCTUATION = "\"'.,;:!?()[]"


def _key(word: str) -> str:
    # Words are compared without the punctuation around them, so that a changed word is
    # marked rather than the comma or quote mark beside it.
    return word.strip(_PUNCTUATION) or word


def mark_differences(ours: list[str], theirs: list[str], context: int = 5) -> tuple[str, str]:
    """Both word lists as text, the words that differ marked >>like this<<, and long runs of
    equal words cut to `context` words around the differences."""
    opcodes = difflib.SequenceMatcher(
        None, [_key(word) for word in ours], [_key(word) for word in theirs], autojunk=False
    ).get_opcodes()
    if all(tag == "equal" for tag, *_ in opcodes):  # only the punctuation differs: mark that
        opcodes = difflib.SequenceMatcher(
            None, _strip_edge_marks(ours), _strip_edge_marks(theirs), autojunk=False
        ).get_opcodes()
    yours_parts: list[str] = []
    source_parts: list[str] = []
    for position, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            first, last = position == 0, position == len(opcodes) - 1
            yours_parts.extend(_trim(ours[i1:i2], context, first=first, last=last))
            source_parts.extend(_trim(theirs[j1:j2], context, first=first, last=last))
            continue
        if i2 > i1:
            yours_parts.append(">>" + " ".join(ours[i1:i2]) + "<<")
        if j2 > j1:
            source_parts.append(">>" + " ".join(theirs[j1:j2]) + "<<")
    return " ".join(yours_parts), " ".join(source_parts)


def _strip_edge_marks(words: list[str]) -> list[str]:
    # The quote marks around a passage in the source are not a difference in its words.
    if not words:
        return words
    words = [words[0].lstrip('"'), *words[1:]]
    return [*words[:-1], words[-1].rstrip('"')]


def _trim(words: list[str], context: int, *, first: bool, last: bool) -> list[str]:
    if first and last:
        return words
    if first and len(words) > context:
        return ["…", *words[-context:]]
    if last and len(words) > context:
        return [*words[:context], "…"]
    if not first and not last and len(words) > 2 * context:
        return [*words[:context], "…", *words[-context:]]
    return words


# --- speakers and demands -------------------------------------------------------------------


def check_speaker(item: str, speaker: str, source: NormalisedText) -> ItemCheck:
    """A speaker is verified when the source names them (the whole text, or the name before a
    comma, in any letter case) and says every word of the role after the comma ("Marta
    Valiñas, chair of the Mission": "chair" and "Mission" must be in the source too). A
    pronoun alone ("she") names nobody."""
    name, _, role = normalise(speaker).text.strip(' ."').partition(",")
    bare_name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    if not bare_name or all(word.lower() in _NOT_A_NAME for word in bare_name.split()):
        return ItemCheck(item, speaker, False, problem="a pronoun is not a name: name the speaker")
    found = next(
        (f for f in (find_words(c, source, ignore_case=True) for c in (name.strip(), bare_name)) if f), None
    )
    if found is None:
        return ItemCheck(item, speaker, False, problem="the source does not name this speaker")
    missing = [
        word
        for word in re.findall(r"[^\W\d_][\w'’-]*", role)
        if word.lower() not in _ROLE_FILLERS and find_words(word, source, ignore_case=True) is None
    ]
    if missing:
        return ItemCheck(
            item, speaker, False, problem=f"the source does not describe the speaker as “{role.strip()}”"
        )
    return ItemCheck(item, speaker, True, line=source.line_of(found[0]))


_NOT_A_NAME = frozenset(
    ("she", "he", "they", "it", "we", "i", "you", "her", "him", "them", "this", "that", "one", "someone")
)
_ROLE_FILLERS = frozenset(("a", "an", "the", "of", "for", "and", "in", "on", "at", "to"))


def _locate_demand(item: str, text: str, source: NormalisedText) -> ItemCheck:
    # Demands may be trimmed or paraphrased, so they are located for the table, not required.
    found = find_words(normalise(text).text.strip(" ."), source, ignore_case=True)
    return ItemCheck(item, text, None, line=source.line_of(found[0]) if found else None)


# --- figures --------------------------------------------------------------------------------


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def check_figure(
    item: str, figure: Figure, source_text: str, source_numbers: list[Number], lang: str = "en"
) -> ItemCheck:
    """A figure is verified when every number it shows (in `display` and `of`, read in the
    source's language `lang`), and its `value`, occur in the source."""
    shown = f"{figure.display} of {figure.of}" if figure.of else figure.display
    displayed = numbers_in(figure.display, lang)
    wanted = list(displayed)
    if figure.of:
        wanted += numbers_in(figure.of, lang)
    if not wanted:
        return ItemCheck(item, shown, False, problem=f"“{figure.display}” shows no number")
    first_line: int | None = None
    for number in wanted:
        location = _find_number(number, source_numbers)
        if location is None:
            return ItemCheck(
                item, shown, False, problem=f"the number {number.text} is not in the source{_as(number)}"
            )
        line = source_text.count("\n", 0, location.position) + 1
        first_line = line if first_line is None else first_line
    if figure.value is not None and not any(
        _same(figure.value, value) for number in displayed for value in number.values
    ):
        return ItemCheck(
            item,
            shown,
            False,
            problem=f"its value {_plain(figure.value)} is not the number it shows ({figure.display})",
        )
    return ItemCheck(item, shown, True, line=first_line)


def _find_number(shown: Number, source_numbers: list[Number]) -> Number | None:
    """Where the source states the number a figure shows: the same value, not a day or year of
    a date, and in the same unit when the figure shows one ("45%" needs "45%" or "45 per cent",
    "$800" needs "$800")."""
    value = shown.values[-1]
    for number in source_numbers:
        if number.in_date or (shown.unit and number.unit != shown.unit):
            continue
        if (shown.ambiguous_digits or number.ambiguous_digits) and (
            shown.ambiguous_digits != number.ambiguous_digits
        ):
            continue  # "800.000" may mean 800 or 800,000: only the same digits stand for it
        if any(_same(value, candidate) for candidate in number.values):
            return number
    return None


def _as(number: Number) -> str:
    if number.unit == "−":
        return " as a negative number"
    return f" as {number.unit}" if number.unit else ""


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


# --- for messages ---------------------------------------------------------------------------


def describe_failure(check: ItemCheck) -> list[str]:
    """The lines that explain a failed check: what is wrong, then the closest passage."""
    lines = [f"{check.item} is not verified: {check.problem}."]
    if check.closest is not None:
        lines.append(f"  yours:             {check.closest.yours}")
        lines.append(f"  source, line {check.closest.line:<4} {check.closest.source}")
    return lines
