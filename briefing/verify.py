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

import bisect
import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from types import ModuleType

from briefing.extraction.attribution import Attribution, is_tied, source_attributions, tied_words
from briefing.extraction.figures import ratio_share
from briefing.extraction.language import detect_language
from briefing.extraction.numbers import Number, number_language
from briefing.extraction.numbers import numbers_in as numbers_in
from briefing.extraction.numeric_forms import NUMERIC_FORM
from briefing.extraction.quotes import QuoteSpan
from briefing.lexicon import LANGUAGES, words_for
from briefing.lexicon.marks import DASHES as DASHES
from briefing.lexicon.marks import INVISIBLE as INVISIBLE
from briefing.lexicon.marks import QUOTE_MARKS as QUOTE_MARKS
from briefing.model import Content, Figure

# How far apart (in characters of the source) two pieces joined by an ellipsis may be: an
# ellipsis leaves out words of one passage; it must not splice two paragraphs together.
MAX_ELLIPSIS_GAP = 400

_LETTER_OR_DIGIT = re.compile(r"\w")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_ELLIPSIS = re.compile(r"\s*[\[(]?\s*(?:…|\.\s?\.\s?\.)\s*[\])]?\s*")  # "…", "...", "[…]", "(…)"


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

    @cached_property
    def index(self) -> _SourceIndex:
        """Where the source's negations and sentence edges are (found once, when first asked)."""
        return _SourceIndex(self)

    def line_of(self, start: int) -> int:
        """The 1-based line of the original text where normalised character `start` is."""
        position = self.positions[start] if start < len(self.positions) else len(self.original)
        return self.original.count("\n", 0, position) + 1


# The mojibake of UTF-8 quotation marks, dashes and no-break spaces read as Windows-1252, which
# the cleaner reads as the marks they were ("â€œ" is "“"): verification folds them the same
# way, so that a quote the extractor took from such a text is found in it again.
_MOJIBAKE = {
    "\u00e2\u20ac\u0153": "\u201c",
    "\u00e2\u20ac\u009d": "\u201d",
    "\u00e2\u20ac\ufffd": "\u201d",
    "\u00e2\u20ac\u02dc": "\u2018",
    "\u00e2\u20ac\u2122": "\u2019",
    "\u00e2\u20ac\u201c": "\u2013",
    "\u00e2\u20ac\u201d": "\u2014",
    "\u00c2\u00a0": "\u00a0",
}
_MOJIBAKE_RE = re.compile("|".join(map(re.escape, _MOJIBAKE)))


def _unmangled(text: str) -> str:
    """`text` with each mojibake sequence replaced by the character it was, padded to the same
    length with soft hyphens (which `normalise` drops): "â€œWe" -> "\u00ad\u00ad“We"."""
    return _MOJIBAKE_RE.sub(lambda m: "\u00ad" * (len(m.group()) - 1) + _MOJIBAKE[m.group()], text)


def normalise(text: str) -> NormalisedText:
    """Fold quote marks to `"`, dashes to `-` (with no space around them), every run of
    whitespace to one space, and drop invisible characters (and mojibake, see `_MOJIBAKE`)."""
    out: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(_unmangled(text)):
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
    evidence: str | None = None  # a speaker's tying words in the source: "said Ana Ruiz, …"


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


# The statement's own text is read the same way by extraction (which keeps only what this
# module will verify) and by verification in the same build: once is enough. Both results
# are immutable; a few statements are kept (a batch worker builds one after another).
SOURCES_KEPT = 4


@lru_cache(maxsize=SOURCES_KEPT)
def normalised_source(source_text: str) -> NormalisedText:
    """`normalise(source_text)`, worked out once per statement."""
    return normalise(source_text)


@lru_cache(maxsize=SOURCES_KEPT)
def source_numbers(source_text: str, lang: str) -> tuple[Number, ...]:
    """Every number the statement states, read in `lang`, worked out once per statement."""
    return tuple(numbers_in(source_text, lang))


@lru_cache(maxsize=SOURCES_KEPT)
def source_ties(source_text: str) -> tuple[tuple[QuoteSpan, Attribution | None], ...]:
    """Every quotation of the statement with the statement's own attribution of it, worked out
    once per statement (`watch` verifies the same statement again after every save)."""
    return tuple(source_attributions(source_text))


def verify_content(content: Content, source_text: str) -> VerificationReport:
    """Check every quote, speaker and figure of `content` against `source_text`. Numbers are
    read as the source's language writes them ("1.250" is 1250 in a Spanish statement); an
    ellipsis may leave out no negation of any language, since a quote may be in another
    language than the statement around it (a French quote in an English release)."""
    source = normalised_source(source_text)
    lang = number_language(content.lang or detect_language(source_text))
    numbers = source_numbers(source_text, lang)
    checks: list[ItemCheck] = []
    ties: Sequence[tuple[QuoteSpan, Attribution | None]] | None = None
    for number, quote in enumerate(content.quotes, 1):
        checks.append(check_quote(f"quote {number}", quote.text, source))
        if quote.speaker:
            named = check_speaker(f"quote {number} speaker", quote.speaker, source)
            if named.verified:
                ties = ties if ties is not None else source_ties(source_text)
                named = check_attribution(named, quote.text, source, ties, content.issuer)
            checks.append(named)
    for number, figure in enumerate(content.figures, 1):
        checks.append(check_figure(f"figure {number}", figure, source_text, numbers, lang))
    for number, demand in enumerate(content.demands, 1):
        checks.append(_locate_demand(f"demand {number}", demand.text, source))
    return VerificationReport(tuple(checks))


# --- quotes ---------------------------------------------------------------------------------


def check_quote(item: str, text: str, source: NormalisedText, lang: str | None = None) -> ItemCheck:
    """A quote is verified when it occurs in the source word for word (see the module)."""
    pieces = quote_pieces(text)
    if not pieces or not all(_LETTER_OR_DIGIT.search(piece) for piece in pieces):
        return ItemCheck(item, text, False, problem="it has no words")
    found = find_pieces(pieces, source, lang, edges=edge_ellipses(text))
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


def find_pieces(
    pieces: list[str],
    source: NormalisedText,
    lang: str | None = None,
    *,
    edges: tuple[bool, bool] = (False, False),
) -> tuple[int, int] | None:
    """(start, end) in the normalised source of the pieces found in order, each within
    `MAX_ELLIPSIS_GAP` characters of the one before and joined only across words an ellipsis
    may leave out (see `_may_leave_out`); None when they are not. `edges` says whether an
    ellipsis opens and closes the quote: the rest of the sentence it leaves out there may not
    hold a negation either ("… should be detained" from "Nobody should be detained").
    Each piece's occurrences are listed once and the next one is bisected, so a quote is
    checked in time linear in the source, however often its pieces recur."""
    later = [list(_occurrences(piece, source.text)) for piece in pieces[1:]]
    if not all(later):
        return None
    later_starts = [[found[0] for found in occurrences] for occurrences in later]
    for start, end in _occurrences(pieces[0], source.text):
        position = end
        for occurrences, starts in zip(later, later_starts, strict=True):
            at = bisect.bisect_left(starts, position)
            if at == len(starts) or starts[at] - position > MAX_ELLIPSIS_GAP:
                break
            if not _may_leave_out(source, position, starts[at], lang):
                break
            position = occurrences[at][1]
        else:
            if edges[0] and source.index.negation_in_sentence_before(start, lang):
                continue
            if edges[1] and source.index.negation_in_sentence_after(position, lang):
                continue
            return start, position
    return None


_LEADING_ELLIPSIS = re.compile(r'^["\s]*[\[(]?\s*(?:…|\.\s?\.\s?\.)')
_TRAILING_ELLIPSIS = re.compile(r'(?:…|\.\s?\.\s?\.)\s*[\])]?["\s.,;:!?]*$')


def edge_ellipses(text: str) -> tuple[bool, bool]:
    """Whether an ellipsis opens and whether one closes a quote: ("… said", "it …") gives
    (True, True); "it is." gives (False, False)."""
    folded = normalise(unicodedata.normalize("NFC", text)).text
    # only the quote's ends are looked at: searched whole, a quote of many ellipses was quadratic
    head, tail = folded[:_EDGE], folded[-_EDGE:]
    return bool(_LEADING_ELLIPSIS.match(head)), bool(_TRAILING_ELLIPSIS.search(tail))


_EDGE = 40  # characters at either end of a quote where its opening or closing ellipsis may be


def _may_leave_out(source: NormalisedText, start: int, end: int, lang: str | None = None) -> bool:
    """Whether an ellipsis may stand for the source's words between `start` and `end`: never
    across a paragraph or a quotation mark (that would splice a speaker's words to someone
    else's), and never leaving out a negation ("it is … enough" from "it is not enough")."""
    if start >= end:
        return True
    original_start, original_end = source.original_span(start, end)
    original = source.original[original_start:original_end]
    left_out = source.text[start:end]
    if _PARAGRAPH_BREAK.search(original) or '"' in left_out:
        return False
    return not source.index.negation_between(original_start, original_end, lang)


# --- negations ------------------------------------------------------------------------------

_APOSTROPHES = "'’‘ʼ′`´"
_HYPHENS = "-\u2010\u2011"  # inside a word ("no-one"); other dashes part words ("will—never")
_LETTER = rf"[\w{INVISIBLE}\u0300-\u036f]"
# A word as written, with its apostrophes and hyphens, invisible characters and accents.
_WRITTEN_WORD = re.compile(rf"{_LETTER}+(?:[{_APOSTROPHES}{_HYPHENS}]{_LETTER}+)*[{_APOSTROPHES}]?")


def has_negation(text: str, lang: str | None = None) -> bool:
    """Whether `text` holds a negation of `lang` (of every language with a lexicon when it is
    None; see `is_negation`). has_negation("do not") and has_negation("n’est", "fr") are
    true; has_negation("do now") is false."""
    return any(is_negation(word.group(), lang) for word in _WRITTEN_WORD.finditer(text))


def is_negation(word: str, lang: str | None = None) -> bool:
    """Whether a written word negates in `lang` (every language with a lexicon when None): a
    word of the lexicon's `NEGATIONS`, or one that ends or starts as its `NEGATION_ENDINGS`
    or `NEGATION_ELISIONS` do ("don't", "n'est"), compared without case, accents, invisible
    characters or compatibility forms: "NUNCA", "jamás", "ｎｏｔ" and "no\u00adt" negate."""
    plain = _plain_letters(word)
    return any(_negates(plain, lexicon) for lexicon in _lexicons(lang))


def negation_parts(plain: list[str], sentences: list[int], lexicon: ModuleType) -> set[int]:
    """The indexes of the words (in `_plain_letters` form, with each one's sentence number)
    that belong to a negation of `lexicon` without negating on their own: its second parts
    ("Nous ne tolérerons *plus*", "not accept it *any more*") and its phrases' words ("*ya*
    no", "no *longer*"). An ellipsis may leave out none of them: negation_parts(["ne",
    "tolererons", "plus"], [0, 0, 0], fr) is {2}; after "plus de 800", nothing. One pass, each
    word looked up once in each table."""
    phrases, seconds = _phrase_table(lexicon.NEGATION_PHRASES), _phrase_table(lexicon.NEGATION_SECOND_PARTS)
    found: set[int] = set()
    opened: int | None = None  # the last negation word not yet completed by a second part
    for index, word in enumerate(plain):
        if opened is not None and (
            sentences[opened] != sentences[index] or index - opened > lexicon.NEGATION_REACH
        ):
            opened = None
        found.update(_phrase_at(plain, index, phrases))
        if _negates(word, lexicon):
            opened = index
        elif opened is not None and (second := _phrase_at(plain, index, seconds)):
            found.update(second)
            opened = None
    return found


# A lexicon's phrases by their first word; those whose first word ends in ' (it starts a word:
# "qu'" starts "qu'un") apart, tried only on a word with an apostrophe.
_PhraseTable = tuple[dict[str, tuple[tuple[str, ...], ...]], tuple[tuple[str, ...], ...]]


@cache
def _phrase_table(phrases: tuple[str, ...]) -> _PhraseTable:
    """`phrases` split into words and filed by first word, for `_phrase_at`."""
    exact: dict[str, list[tuple[str, ...]]] = {}
    starts: list[tuple[str, ...]] = []
    for phrase in phrases:
        words = tuple(phrase.split())
        if words[0].endswith("'"):
            starts.append(words)
        else:
            exact.setdefault(words[0], []).append(words)
    return {first: tuple(found) for first, found in exact.items()}, tuple(starts)


def _phrase_at(plain: list[str], index: int, table: _PhraseTable) -> range:
    """The indexes of the first phrase of `table` whose words start at `index` (a phrase's word
    ending in ' matches the start of a word: "qu'" matches "qu'un"), or an empty range."""
    exact, starts = table
    word = plain[index]
    candidates = exact.get(word, ())
    if "'" in word:
        candidates = (*candidates, *starts)
    for words in candidates:
        here = plain[index : index + len(words)]
        if len(here) == len(words) and all(
            found == wanted or (wanted.endswith("'") and found.startswith(wanted))
            for found, wanted in zip(here, words, strict=True)
        ):
            return range(index, index + len(words))
    return range(0)


def _negates(plain: str, lexicon: ModuleType) -> bool:
    """Whether a word in `_plain_letters` form negates in one language (see `is_negation`)."""
    return (
        plain in lexicon.NEGATIONS
        or plain.endswith(lexicon.NEGATION_ENDINGS)
        or plain.startswith(lexicon.NEGATION_ELISIONS)
    )


def _lexicons(lang: str | None) -> list[ModuleType]:
    return [words_for(lang)] if lang in LANGUAGES else [words_for(code) for code in LANGUAGES]


def _plain_letters(word: str) -> str:
    """A word in compatibility form, lower case, without accents or invisible (format)
    characters, its apostrophes "'" and hyphens "-": "N’EST" -> "n'est", "Ningún" -> "ningun"."""
    if word.isascii():  # most words: nothing to decompose, no accent or invisible character
        return word.lower().replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", word).casefold()
    kept = []
    for char in decomposed:
        if unicodedata.category(char) in ("Mn", "Me", "Cf") or char in INVISIBLE:
            continue
        kept.append("'" if char in _APOSTROPHES else "-" if char in _HYPHENS else char)
    return "".join(kept)


# Where a sentence ends, for what an ellipsis at a quote's edge leaves out: a full stop, a
# paragraph break, or a quotation mark that is not an apostrophe inside a word.
_MARK = f"[{re.escape(QUOTE_MARKS)}]"
_SENTENCE_EDGE = re.compile(rf"[.!?](?=\s)|\n\s*\n|(?<!\w){_MARK}|{_MARK}(?!\w)")


class _SourceIndex:
    """Where a source's negations and sentence edges are, found once per source so that
    every question about a span is a bisection."""

    def __init__(self, source: NormalisedText) -> None:
        self.source = source
        self.words = [(m.start(), m.group()) for m in _WRITTEN_WORD.finditer(source.original)]
        self.negations: dict[str | None, list[int]] = {}
        edges = list(_SENTENCE_EDGE.finditer(source.original))
        self.edge_starts = [edge.start() for edge in edges]
        self.edge_ends = [edge.end() for edge in edges]

    def negation_between(self, start: int, end: int, lang: str | None) -> bool:
        """Whether a negation word, or a word that belongs to a negation (see
        `negation_parts`), starts in original[start:end]."""
        if lang not in self.negations:
            self.negations[lang] = self._negation_starts(lang)
        found = self.negations[lang]
        at = bisect.bisect_left(found, start)
        return at < len(found) and found[at] < end

    def _negation_starts(self, lang: str | None) -> list[int]:
        """Where every word that negates, or belongs to a negation, starts in the original."""
        plain = self.plain_words
        lexicons = _lexicons(lang)
        found = {self.words[i][0] for i, word in enumerate(plain) if any(_negates(word, x) for x in lexicons)}
        sentences = [bisect.bisect_right(self.edge_starts, at) for at, _ in self.words]
        for lexicon in lexicons:
            found.update(self.words[index][0] for index in negation_parts(plain, sentences, lexicon))
        return sorted(found)

    @cached_property
    def plain_words(self) -> list[str]:
        """The source's words in `_plain_letters` form, in order."""
        return [_plain_letters(word) for _, word in self.words]

    def negation_in_sentence_before(self, start: int, lang: str | None) -> bool:
        """Whether the source's sentence holds a negation before normalised `start` (within
        `MAX_ELLIPSIS_GAP` characters)."""
        end = self.source.original_span(start, start)[0]
        edge = bisect.bisect_right(self.edge_ends, end)
        begin = max(self.edge_ends[edge - 1] if edge else 0, end - MAX_ELLIPSIS_GAP)
        return self.negation_between(begin, end, lang)

    def negation_in_sentence_after(self, end: int, lang: str | None) -> bool:
        """Whether the source's sentence holds a negation after normalised `end` (within
        `MAX_ELLIPSIS_GAP` characters)."""
        start = self.source.original_span(end, end)[0]
        edge = bisect.bisect_left(self.edge_starts, start)
        stop = min(
            self.edge_starts[edge] if edge < len(self.edge_starts) else start + MAX_ELLIPSIS_GAP,
            start + MAX_ELLIPSIS_GAP,
        )
        return self.negation_between(start, stop, lang)


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


def _occurrences(
    needle: str, haystack: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int]]:
    """Every (start, end) of `needle` in `haystack[start:end]` at word boundaries."""
    if not needle:
        return
    limit = len(haystack) if end is None else min(end, len(haystack))
    position = haystack.find(needle, start, limit)
    while position != -1:
        stop = position + len(needle)
        if _at_boundary(haystack, position, needle[0], before=True) and _at_boundary(
            haystack, stop, needle[-1], before=False
        ):
            yield position, stop
        position = haystack.find(needle, position + 1, limit)


def _at_boundary(text: str, index: int, edge_char: str, *, before: bool) -> bool:
    # "ill" must not be found inside "will": a word character of the needle's edge may not
    # continue a word of the source.
    if not edge_char.isalnum():
        return True
    neighbour = text[index - 1] if before else (text[index] if index < len(text) else "")
    return not (neighbour and neighbour.isalnum())


# --- the closest passage --------------------------------------------------------------------

_WORD = re.compile(r"\S+")
# The closest passage is found for a quote's first words at most: comparing a whole long
# quote with every passage of a long source took minutes.
_MAX_PASSAGE_WORDS = 200


def closest_passage(words: str, source: NormalisedText) -> Passage | None:
    """The passage of the source most like `words` (normalised), with differing words marked;
    None when no passage shares a word with it."""
    ours = words.split()[:_MAX_PASSAGE_WORDS]
    tokens = [(match.group(), match.start(), match.end()) for match in _WORD.finditer(source.text)]
    theirs = [token[0] for token in tokens]
    our_keys, their_keys = [_key(word) for word in ours], [_key(word) for word in theirs]
    if not ours or not theirs:
        return None
    windows = _windows_by_overlap(our_keys, their_keys)
    if windows[0][0] == 0:  # not one word in common
        return None
    span = _best_span(our_keys, their_keys, [start for _, start in windows[:10]])
    if span is None:
        return None
    first, last = span
    yours_marked, source_marked = mark_differences(ours, theirs[first:last])
    original_start, _ = source.original_span(tokens[first][1], tokens[last - 1][2])
    return Passage(
        line=source.original.count("\n", 0, original_start) + 1,
        yours=yours_marked,
        source=source_marked,
    )


def _windows_by_overlap(our_keys: list[str], their_keys: list[str]) -> list[tuple[int, int]]:
    """(words shared, start) of every window of the source as long as ours, the windows sharing
    the most of our words first (ties: earliest first).

    One pass with a sliding count, so a long source costs no more than reading it once."""
    width = len(our_keys)
    wanted = Counter(our_keys)
    scored: list[tuple[int, int]] = []
    window: Counter[str] = Counter()
    overlap = 0  # words of ours in the window, each counted at most as often as ours has it
    for index, word in enumerate(their_keys):
        window[word] += 1
        overlap += window[word] <= wanted[word]
        if index >= width:
            leaving = their_keys[index - width]
            overlap -= window[leaving] <= wanted[leaving]
            window[leaving] -= 1
        scored.append((overlap, max(0, index - width + 1)))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return scored


def _best_span(our_keys: list[str], their_keys: list[str], starts: list[int]) -> tuple[int, int] | None:
    """Of the windows starting at `starts`, the source words [first, last) most like ours:
    each window is widened by three words a side, then cut to its first and last shared word."""
    width = len(our_keys)
    best: tuple[float, int, int] | None = None
    for start in starts:
        low, high = max(0, start - 3), min(len(their_keys), start + width + 3)
        matcher = difflib.SequenceMatcher(None, our_keys, their_keys[low:high], autojunk=False)
        blocks = [block for block in matcher.get_matching_blocks() if block.size]
        if not blocks:
            continue
        first, last = low + blocks[0].b, low + blocks[-1].b + blocks[-1].size
        score = difflib.SequenceMatcher(None, our_keys, their_keys[first:last], autojunk=False).ratio()
        if best is None or score > best[0]:
            best = (score, first, last)
    return None if best is None else (best[1], best[2])


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


def check_attribution(
    named: ItemCheck,
    quote: str,
    source: NormalisedText,
    ties: Sequence[tuple[QuoteSpan, Attribution | None]],
    issuer: str | None,
) -> ItemCheck:
    """A named speaker is verified only when the source ties that name to this quote (its
    own attribution frame, or the name a back-reference there resolves to); the check keeps
    the tying words and their line, and a failure shows the attribution the source gives."""
    pieces = quote_pieces(quote)
    found = find_pieces(pieces, source) if pieces else None
    if found is None:
        return named  # the quote itself is not in the source: its own check says so
    at = source.original_span(*found)[0]
    index = bisect.bisect_right([q.mark_start for q, _ in ties], at) - 1 if ties else -1
    tie = ties[index][1] if index >= 0 and at <= ties[index][0].end else None
    speaker = named.text
    if tie is not None and is_tied(speaker, tie, source.original, issuer):
        line = source.original.count("\n", 0, tie.start) + 1
        return replace(named, line=line, evidence=tied_words(source.original, tie))
    if tie is None:
        problem = f"the source does not say who spoke this quote, so “{speaker}” cannot be checked"
        return replace(named, verified=False, problem=problem)
    line = source.original.count("\n", 0, tie.start) + 1
    evidence = tied_words(source.original, tie)
    problem = f"the source does not tie “{speaker}” to this quote; it says: “{evidence}” (line {line})"
    return replace(named, verified=False, problem=problem, evidence=evidence, line=line)


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


# Superscripts, fractions, circled numbers ("30²", "5½", "③"): numbers that are not digits, so
# a figure showing one shows a number that no digit in the source can stand for.
_NUMERIC_FORM = re.compile(NUMERIC_FORM)


def check_figure(
    item: str, figure: Figure, source_text: str, source_numbers: Sequence[Number], lang: str = "en"
) -> ItemCheck:
    """A figure is verified when every number it shows (in `display` and `of`, read in the
    source's language `lang`), and its `value`, occur in the source."""
    shown = f"{figure.display} of {figure.of}" if figure.of else figure.display
    form = _NUMERIC_FORM.search(shown)
    if form:
        return ItemCheck(item, shown, False, problem=f"“{form.group()}” in “{shown}” is not a digit")
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
    share = ratio_share(figure.display, lang)  # "1 in 5" said in words is worth 20 (per cent)
    if (
        figure.value is not None
        and not any(_same(figure.value, value) for number in displayed for value in number.values)
        and not (share is not None and _same(figure.value, share))
    ):
        return ItemCheck(
            item,
            shown,
            False,
            problem=f"its value {_plain(figure.value)} is not the number it shows ({figure.display})",
        )
    return ItemCheck(item, shown, True, line=first_line)


def _find_number(shown: Number, source_numbers: Sequence[Number]) -> Number | None:
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
