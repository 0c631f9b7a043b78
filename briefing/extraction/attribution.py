"""Attribution: who the source itself says spoke each quotation, with the words that say so.

A speaker is taken only from the source's own attribution of that quotation, by one of the
named frames below, tried in this order (first that holds wins):

    after_cue        `"…," said Ana Ruiz.` · `», a déclaré X.` · `”, dijo la portavoz, X.` · `", he said.`
    after_subject    `"…," Ms Ruiz said.` · `"…" the experts added.` (a short tag closing the sentence)
    according_to     `According to X, "…"` · `según X` · `selon X` · `Pour X, « … »`
    before_cue       `X said: "…"` · `X told MPs the plan will "…"` · `X described it as "…"`
    announced        `The letter reads:` / `X said:` ending the paragraph before the quotation
    carried_back     an unclosed paragraph of quotation whose next paragraph carries the tag
    continued        a quotation with no tag of its own after an attributed one, in the same
                     paragraph or opening the next one, with no other cue between and no
                     other subject named in its own sentence (`Minister Y disagreed, calling it "…"`)
    previous_sentence  `X defended the plan, saying it was needed.` then `"…"` opening the next sentence
    signature        `"…"` then a line `Name, title` alone

A back-reference at the cue ("he", "she", "the organisation", "the experts", "the minister",
French and Spanish subjectless or inverted cues: `a-t-il ajouté`, `añadió`) is resolved to the
nearest earlier named actor that fits (a person for he/she, a group or organisation for
it/they, the same head noun for a role). What is never a speaker: a time phrase, a clause
fragment, a quotation mark or quoted words, a possessive ("The WTO's"), a bare pronoun.
When no frame holds, there is no attribution: a wrong speaker is worse than none.

Each language's words come from `briefing.lexicon` (section "Attribution"); with no language
given, the words of every lexicon are used together (their cue words do not collide).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from types import ModuleType

from briefing.extraction.clean import CleanText, Paragraph
from briefing.extraction.quotes import QuoteSpan, logical_paragraphs
from briefing.extraction.sentences import _ABBREVIATIONS as ABBREVIATIONS
from briefing.extraction.voices import office_of_the_state, other_party, speaks_for_the_issuer
from briefing.lexicon import LANGUAGES, words_for

# Stands for every character of a quotation while tags are read (not whitespace, not a word character).
_MASK = "\ufffc"
_UPPER = "A-Z\u00c0-\u00de"
_NAME_WORD = rf"(?:[{_UPPER}][\w'\u2019.\-]*|[{_UPPER}]\.)"
_SENTENCE_END_RE = re.compile(
    rf"[.!?\u2026]+[\"'\u201d\u2019)\]\u00bb]*\s+(?=[^\w\ufffc]*[{_UPPER}0-9\u00bf\u00a1\ufffc])|[.!?]\s*$"
)
_ASIDE_RE = re.compile(r"\s*\([^()\n]{1,60}\)|,\s*[DRI]-[A-Z][a-z]{0,5}\.?(?=,)")
# A dateline before the first sentence's subject: `GENEVA (12 March 2025) – The Panel …`.
_DATELINE_RE = re.compile(rf"\s*[{_UPPER}][{_UPPER} ,.]*(?:\([^)\n]*\))?\s*[\u2013\u2014-]\s+")
_POSSESSIVE_RE = re.compile(r"['\u2019]s?$")


@dataclass(frozen=True)
class Attribution:
    """How the source ties a quotation to its speaker.

    `start`/`end` cover the tying words in the text (`said Ana Ruiz, the Network's director`,
    `he said`); `antecedent` is where the name a back-reference resolved to stands."""

    speaker: str
    rule: str
    start: int
    end: int
    reply: bool = False  # introduced by an answering verb ("replied", "a rejeté")
    antecedent: tuple[int, int] | None = None
    mention: str | None = None  # the back-reference as written ("he", "the experts")


@dataclass(frozen=True)
class _Actor:
    """Someone the text names as speaking, writing or acting, where it does."""

    name: str
    start: int
    end: int
    person: bool
    source: bool = False  # the subject of a cue, not only of its sentence


class Words:
    """One language's attribution words (or several languages' together), compiled."""

    def __init__(self, lexicons: list[ModuleType]) -> None:
        def union(name: str) -> set[str]:
            return {w for lex in lexicons for w in getattr(lex, name)}

        def alternation(forms: set[str]) -> str:
            # longest first; then alphabetically, so the pattern is the same in every run (cached)
            escaped = sorted((re.escape(f).replace(r"\ ", r"\s+") for f in forms), key=lambda f: (-len(f), f))
            return "|".join(escaped)

        verbs = union("SPEECH_VERBS") | union("REPLY_VERBS")
        participles = union("SPEECH_PARTICIPLES") | {
            w for w in union("REPLY_VERBS") if w.endswith(("é", "u", "i"))
        }
        aux = alternation(union("CUE_AUXILIARIES"))
        adverbs = alternation(union("CUE_ADVERBS"))
        inversion = r"(?:-t)?-(?P<{}>il|elle|ils|elles|on)"  # French `a-t-il dit`, `déclare-t-elle`
        after_aux = alternation(participles | verbs)
        self.cue = re.compile(
            rf"(?<![\w'\u2019-])(?:(?:{aux})(?:{inversion.format('inv')})?\s+(?:(?:{adverbs})\s+)*"
            rf"(?:{after_aux})|(?:{alternation(verbs)})(?:{inversion.format('inv2')})?)(?![\w-])",
            re.IGNORECASE,
        )
        self.verb_forms = frozenset(f.lower() for f in verbs | participles | union("FRAME_VERBS"))
        self.frame = re.compile(
            rf"(?<![\w'\u2019-])(?:(?:{aux})\s+(?:(?:{adverbs})\s+)*)?"
            rf"(?:{alternation(union('FRAME_VERBS') | union('PUBLISH_VERBS'))})(?![\w-])",
            re.IGNORECASE,
        )
        self.reply = re.compile(rf"(?<![\w-])(?:{alternation(union('REPLY_VERBS'))})(?![\w-])", re.IGNORECASE)
        self.according = re.compile(
            rf"(?<![\w'\u2019-])(?:{alternation(union('ACCORDING_TO'))})\s+", re.IGNORECASE
        )
        opening = union("ACCORDING_TO_OPENING")
        self.according_opening = (
            re.compile(rf"^\s*(?:{alternation(opening)})\s+(?=[^,]{{2,80}},)", re.IGNORECASE)
            if opening
            else None
        )
        self.document_verb = re.compile(
            rf"(?<![\w-])(?:{alternation(union('DOCUMENT_VERBS'))})\s*(?:as\s+follows\s*)?:\s*$",
            re.IGNORECASE,
        )
        self.subordinators = frozenset(union("SUBORDINATORS"))
        self.relatives = frozenset(union("RELATIVE_PRONOUNS"))
        self.person_pronouns = frozenset(union("PERSON_PRONOUNS"))
        self.masculine = frozenset(union("MASCULINE_PRONOUNS"))
        self.feminine = frozenset(union("FEMININE_PRONOUNS"))
        self.group_pronouns = frozenset(union("GROUP_PRONOUNS"))
        self.first_person = frozenset(union("FIRST_PERSON"))
        self.roles = frozenset(union("ROLE_NOUNS"))
        self.groups = frozenset(union("GROUP_NOUNS"))
        # group nouns that only refer to a group named with them (`the experts` -> `UN experts`)

        self.documents = frozenset(union("SOURCE_DOCUMENTS"))
        # nouns that stand for an organisation or document named before: `the organisation`, `the report`
        self.generic = frozenset(union("GENERIC_REFERENCES")) | self.documents
        self.definite = frozenset(union("DEFINITE_DETERMINERS"))
        self.indefinite = frozenset(union("INDEFINITE_DETERMINERS"))
        self.honorifics = frozenset(union("HONORIFICS"))
        self.abbreviations = self.honorifics | ABBREVIATIONS
        # lowercase words that may open a speaker's phrase: `the`, `a`, `he`, `spokesman`, `report`
        # words that may stand before a cue that opens its clause: `Comme le résume …`
        self.clause_openers = self.subordinators | self.definite | self.indefinite
        self.noun_phrase_openers = (
            self.definite
            | self.indefinite
            | self.pronouns
            | self.first_person
            | self.roles
            | self.groups
            | self.documents
        )
        self.particles = frozenset(union("NAME_PARTICLES"))
        self.remit = frozenset(union("REMIT_WORDS"))
        self.never_start = frozenset(union("NEVER_SPEAKER_START")) - self.definite - self.indefinite
        self.clause_words = frozenset(union("CLAUSE_WORDS"))
        self.weekdays = frozenset(union("WEEKDAYS"))
        tails = alternation(union("SPEAKER_TAIL_WORDS"))
        preps = alternation(union("SPEAKER_TAIL_PREPOSITIONS"))
        self.tail = re.compile(
            rf"\s+(?:(?:{tails})(?![\w'\u2019-])|(?:{preps})\s+(?=[a-z\u00e0-\u00ff0-9]))",
        )

        self._first_cue = _first_words(verbs | participles | union("CUE_AUXILIARIES"))
        self._first_frame = _first_words(
            union("FRAME_VERBS") | union("PUBLISH_VERBS") | union("CUE_AUXILIARIES")
        )

    def cues(self, text: str, frames: bool = False) -> list[re.Match[str]]:
        """Every speech cue in `text` (and frame verbs with `frames`), in order. The large
        patterns are tried only where a word that can start them stands: fast."""
        found: list[re.Match[str]] = []
        for m in _TOKEN_RE.finditer(text):
            token = m.group().lower()
            for pattern, first in ((self.cue, self._first_cue), (self.frame, self._first_frame))[
                : 2 if frames else 1
            ]:
                if token in first and (match := pattern.match(text, m.start())):
                    found.append(match)
                    break
        return found

    def has_cue(self, text: str) -> bool:
        """Whether `text` holds a speech cue or a frame verb."""
        return bool(self.cues(text, frames=True))

    @property
    def pronouns(self) -> frozenset[str]:
        return self.person_pronouns | self.group_pronouns


_TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")


def _first_words(forms: set[str]) -> frozenset[str]:
    return frozenset(re.split(r"[\s-]", f.lower())[0] for f in forms)


@functools.cache
def words(lang: str | None = None) -> Words:
    """The compiled attribution words of `lang`; of every lexicon when `lang` is None."""
    codes = [lang] if lang in LANGUAGES else list(LANGUAGES)
    return Words([words_for(code) for code in codes])


# --- the text as the frames read it ---------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """The statement with every quotation masked, its paragraphs, and its quotations."""

    work: str
    masked: str
    paragraphs: list[Paragraph]
    quotes: list[QuoteSpan]
    words: Words
    acronyms: dict[str, str]  # "HRW" -> "Human Rights Watch", from "Human Rights Watch (HRW)"
    starts: list[int]  # each paragraph's start, for bisection
    lines: list[Paragraph]  # every line of the text, whatever its kind (for a signature line)
    line_starts: list[int]
    boundaries: list[tuple[int, int]]  # where each sentence end's punctuation starts and ends
    boundary_ends: list[int]
    named_with: dict[str, list[_Actor]] = field(default_factory=dict)  # word -> actors named with it
    genders: dict[str, str] = field(default_factory=dict)  # surname -> "m"/"f", from "he"/"she" resolved

    def paragraph_of(self, offset: int) -> int:
        """The index of the paragraph holding `offset`, or -1 (a heading, noise, a blank line)."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return index if index >= 0 and offset < self.paragraphs[index].end else -1

    def ends(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Where sentence ends are between `start` and `end` (the punctuation and the space
        after it): not after a title or an initial (`Sen. Ana Whitlow`, `Ana R. Whitlow`)."""
        for m in _SENTENCE_END_RE.finditer(self.masked, start, end):
            word = re.search(r"([\w.]+)\.$", self.masked[max(start, m.start() - 12) : m.start() + 1])
            if word and (word.group(1).lower() in self.words.abbreviations or len(word.group(1)) == 1):
                continue
            yield m.start(), m.end()

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding `offset` starts (quoted words do not end a sentence)."""
        paragraph = self.paragraphs[self.paragraph_of(offset)]
        index = bisect.bisect_right(self.boundary_ends, offset) - 1
        end = self.boundaries[index][1] if index >= 0 else paragraph.start
        return max(end, paragraph.start)

    def previous_sentence_start(self, offset: int) -> int:
        """Where the sentence before the one holding `offset` starts (in the paragraph before,
        when `offset` is in its paragraph's first sentence)."""
        index = self.paragraph_of(offset)
        start = self.sentence_start(offset)
        if start > self.paragraphs[index].start:
            return self.sentence_start(start - 1)
        return self.sentence_start(self.paragraphs[index - 1].end - 1) if index > 0 else start

    def sentence_end(self, offset: int) -> int:
        """Where the sentence going on at `offset` ends (its paragraph's end at the latest)."""
        paragraph = self.paragraphs[self.paragraph_of(max(offset - 1, 0))]
        index = bisect.bisect_left(self.boundaries, (offset, 0))
        if index < len(self.boundaries) and self.boundaries[index][1] <= paragraph.end:
            return self.boundaries[index][1]
        return paragraph.end


def _reading(
    clean: CleanText, quotes: list[QuoteSpan], all_quoted: list[QuoteSpan], lang: str | None
) -> _Reading:
    masked = list(clean.work.replace("\n", " "))  # a wrapped line runs on; paragraphs are kept apart
    for quote in all_quoted:
        masked[quote.mark_start : quote.mark_end] = _MASK * (quote.mark_end - quote.mark_start)
    paragraphs = [p for p in logical_paragraphs(clean) if p.is_content]
    w = words(lang)
    particles = _particles(w)
    acronyms = {
        m.group(2): m.group(1)
        for m in re.finditer(
            rf"({_NAME_WORD}(?:\s+(?:(?:{particles})\s+)*{_NAME_WORD}){{1,7}})\s+\(([A-Z]{{2,8}})\)",
            clean.work,
        )
    }
    starts = [p.start for p in paragraphs]
    text = "".join(masked)
    reading = _Reading(
        clean.work,
        text,
        paragraphs,
        quotes,
        w,
        acronyms,
        starts,
        clean.paragraphs,
        [p.start for p in clean.paragraphs],
        [],
        [],
    )
    for paragraph in paragraphs:
        reading.boundaries.extend(reading.ends(paragraph.start, paragraph.end))
    reading.boundary_ends.extend(end for _, end in reading.boundaries)
    return reading


# --- speaker phrases ------------------------------------------------------------------------


def _tokens(phrase: str) -> list[str]:
    return re.findall(r"[\w'\u2019.\-]+", phrase)


def clean_speaker(phrase: str, w: Words) -> str | None:
    """A speaker phrase trimmed of what is not the speaker, or None when it names no one.

    Example: `Senator Jane Doe today in a statement` -> `Senator Jane Doe`; `such seismic
    changes to policy should` -> None; `The WTO's` -> None."""
    phrase = _trim_speaker(phrase, w)
    tokens = _tokens(phrase)
    if not tokens or _never_a_speaker(phrase, tokens, w):
        return None
    if len(tokens) > 16:
        runs = re.findall(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}", phrase)
        return runs[-1] if runs else None
    return phrase


def _trim_speaker(phrase: str, w: Words) -> str:
    """Without a dateline, asides, what follows a line break or a quotation, and the tail:
    the time, place or channel of speaking, a relative clause (`w.tail`)."""
    phrase = _ASIDE_RE.sub("", _DATELINE_RE.sub("", phrase, count=1))
    phrase = re.split(r"[\n;:\ufffc\"\u201c\u201d\u00ab\u00bb]", phrase)[0].strip()
    cut = w.tail.search(phrase)
    return (phrase[: cut.start()] if cut else phrase).strip(" ,.\u2014\u2013-\u00a0\u202f_*")


def _never_a_speaker(phrase: str, tokens: list[str], w: Words) -> bool:
    """A share, a possessive, a time phrase, a clause (with a verb or an auxiliary), a bare
    determiner, or a phrase opening with a lowercase word that opens no noun phrase."""
    first = tokens[0].lower()
    determiners = w.definite | w.indefinite
    verb_like = [
        t for t in tokens if t.islower() and t not in determiners and t in w.clause_words | w.verb_forms
    ]
    return bool(
        re.match(r"\d[\d.,\s]*%", phrase)  # a share (`66% of pupils`) is a figure
        or not any(c.isalpha() for c in phrase)
        or _POSSESSIVE_RE.search(phrase)
        or first in w.never_start | w.weekdays
        or verb_like  # `the WTO's text includes`, `He described`
        or all(t.lower() in determiners for t in tokens)
        or (tokens[0][:1].islower() and first not in w.noun_phrase_openers)
    )


def readable_speaker(speaker: str, lang: str | None = None) -> str:
    """A speaker as the page shows it (see `_readable`)."""
    return _readable(speaker, words(lang))


def _readable(speaker: str, w: Words) -> str:
    """The name alone when an apposition gives the role: `Ana Ruiz, the Network's director`
    and `la portavoz de XR Sydney, Larissa Payne` -> the name (the tying words keep the role)."""
    left, sep, right = speaker.partition(",")
    if not sep:
        return speaker
    for part in (left.strip(), right.strip()):
        if _is_name(part, w):
            return part
    return speaker


def _is_name(phrase: str, w: Words) -> bool:
    """Capitalised words (and particles, initials, honorifics): `Dr. Lena Ortiz`, `Anna de Vries`."""
    tokens = phrase.split()
    return (
        2 <= len(tokens) <= 6
        and all(t[:1].isupper() or t.lower() in w.particles for t in tokens)
        and tokens[-1][:1].isupper()
        and tokens[0].lower() not in w.definite
    )


def _kind(speaker: str, w: Words) -> str:
    """What a speaker phrase is: "pronoun", "first", "role" (a definite role, group or
    document noun to resolve), "named" (a name, or an anonymous descriptor kept as is)."""
    tokens = [t.lower() for t in _tokens(speaker)]
    if len(tokens) == 1 and tokens[0] in w.pronouns:
        return "pronoun"
    if len(tokens) == 1 and tokens[0] in w.first_person:
        return "first"
    capitalised = [t for t in _tokens(speaker)[1:] if t[:1].isupper()]
    if tokens[0] in w.definite and not capitalised and len(tokens) <= 4:
        return "role"
    if tokens[0] in w.definite and _role_head(speaker, w) in w.roles:
        return "role"  # `le double champion olympique de voile`: a role, whatever follows it
    if tokens[0] in w.indefinite and tokens[-1] in w.documents:
        return "role"
    return "named"


def _role_head(speaker: str, w: Words) -> str:
    """The noun a back-reference turns on: its first role, group or document noun, else its
    last word (`the regional high commissioner for fisheries` -> `commissioner`)."""
    tokens = [t.lower() for t in _tokens(speaker)]
    return next((t for t in tokens[1:5] if t in w.roles | w.groups | w.documents), tokens[-1])


def _is_person(speaker: str, w: Words) -> bool:
    """A title or a role makes a person (`Dr Ana Ruiz`, `WTO spokesman X`); a group or document
    noun, or a leading article, an organisation (`the Network`); otherwise two to four
    capitalised words and nothing else (`Ana Ruiz`, which may still be `Christian Aid`)."""
    tokens = _tokens(speaker.split(",")[0])
    lowered = {t.lower().rstrip(".") for t in tokens}
    first = tokens[0].lower().rstrip(".")
    if lowered & w.roles or first in w.honorifics:
        return True
    if lowered & (w.groups | w.documents) or first in w.definite:
        return False
    words_ = [t for t in tokens if t.lower() not in w.particles]
    return 2 <= len(words_) <= 4 and all(t[:1].isupper() for t in words_)


# --- the frames -----------------------------------------------------------------------------


def _head_start(r: _Reading, quote: QuoteSpan) -> int:
    """Where the words before a quotation that may attribute it start: its sentence's start,
    at most `_MAX_SUBJECT_SPAN` characters back (a long sentence is not read again for each
    of its quotations)."""
    return max(r.sentence_start(quote.mark_start), quote.mark_start - _MAX_SUBJECT_SPAN)


def _tail(r: _Reading, quote: QuoteSpan) -> tuple[int, str]:
    """The words after the quotation, to the end of its sentence or line."""
    end = min(r.sentence_end(quote.mark_end), quote.mark_end + _MAX_SUBJECT_SPAN)
    text = r.masked[quote.mark_end : end]
    stop = text.find(_MASK) if _MASK in text else len(text)
    return quote.mark_end, text[:stop]


def _ends_with_comma(r: _Reading, quote: QuoteSpan) -> bool:
    inside = r.work[quote.start : quote.end].rstrip(" \"'\u201d\u2019\u00bb")
    return (
        inside.endswith((",", "?", "!")) or r.masked[quote.mark_end : quote.mark_end + 2].lstrip()[:1] == ","
    )


def _inverted(cue: re.Match[str]) -> str | None:
    """The pronoun of a French inverted cue (`a-t-il ajouté`, `déclare-t-elle`)."""
    groups = cue.groupdict()
    return groups.get("inv") or groups.get("inv2")


def frame_after_cue(r: _Reading, quote: QuoteSpan) -> Attribution | None:
    """The cue right after the quotation, its subject after it: `"…," said Ana Ruiz, the
    Network's director.` · `», a déclaré Marie Dupont.` · `», a-t-il ajouté.` · `”, dijo X.`"""
    at, tail = _tail(r, quote)
    m = re.match(r"[\s,.\u2014\u2013-]*", tail)
    cue = r.words.cue.match(tail, m.end() if m else 0)
    if not cue:
        return None
    rest = tail[cue.end() :]
    reply = bool(r.words.reply.search(cue.group()))
    inverted = _inverted(cue)
    if inverted:  # `», a-t-il ajouté.`
        return Attribution(inverted, "after_cue", at + cue.start(), at + cue.end(), reply=reply)
    if not re.search(r"\w", rest):  # `», añadió.`: the subject is understood
        understood = _ends_with_comma(r, quote)
        return (
            Attribution("", "after_cue", at + cue.start(), at + cue.end(), reply=reply)
            if understood
            else None
        )
    speaker = clean_speaker(rest, r.words)
    if speaker is None:
        return None  # named after the cue, but not readably: no one rather than someone else
    found = r.work.find(speaker, at + cue.end(), at + len(tail))
    end = found + len(speaker) if found >= 0 else at + cue.end()
    return Attribution(speaker, "after_cue", at + cue.start(), end, reply=reply)


def frame_after_subject(r: _Reading, quote: QuoteSpan) -> Attribution | None:
    """Subject then cue after the quotation: `"…," Ms Ruiz said.` · `"…" the experts added.`
    After a full stop, only a short tag that closes its own sentence."""
    at, tail = _tail(r, quote)
    for cue in r.words.cues(tail):
        head = tail[: cue.start()]
        lead = re.match(r"[\s,.\u2014\u2013-]*", head)
        phrase = head[lead.end() if lead else 0 :]
        if not phrase.strip() or len(_tokens(phrase)) > 14:
            return None
        after = tail[cue.end() :].strip()
        short = len(_tokens(phrase)) <= 5 and (not after or after[:1] in ".,;:" or len(_tokens(after)) <= 3)
        if not (_ends_with_comma(r, quote) or (short and _tag_is_own(r, quote, at + len(tail), after))):
            return None
        speaker = clean_speaker(phrase, r.words)
        if speaker is None:
            return None
        start = at + (lead.end() if lead else 0)
        return Attribution(
            speaker, "after_subject", start, at + cue.end(), reply=bool(r.words.reply.search(cue.group()))
        )
    return None


def _tag_is_own(r: _Reading, quote: QuoteSpan, tail_end: int, after: str) -> bool:
    """A tag after a quotation that ends its sentence (`"…." Ms Ruiz said.`) is the quotation's
    own only when nothing else claims it: not when its own sentence already names who speaks
    (`Ana Ruiz said: "…." Paul Grey responded.`), nor when the tag runs on into another
    quotation (`"…." Paul Grey responded that "…"`), whose tag it is."""
    if r.words.has_cue(r.masked[_head_start(r, quote) : quote.mark_start]):
        return False
    runs_on = r.masked[tail_end : tail_end + 1] == _MASK
    return not (runs_on and after[:1] != ",")


def frame_according_to(r: _Reading, quote: QuoteSpan) -> Attribution | None:
    """`According to X, "…"` · `"…", según X.` · `selon X` · `Pour X, « … »`, in the quotation's sentence."""
    start = _head_start(r, quote)
    head = r.masked[start : quote.mark_start]
    found = list(r.words.according.finditer(head))
    opening = r.words.according_opening.match(head) if r.words.according_opening else None
    if opening:
        found.append(opening)
    at, tail = _tail(r, quote)
    after = r.words.according.match(tail.lstrip(" ,"))
    candidates = [(start + m.start(), start + m.end()) for m in found]
    if after:
        offset = at + len(tail) - len(tail.lstrip(" ,"))
        candidates.append((offset + after.start(), offset + after.end()))
    for cue_start, cue_end in reversed(candidates):
        phrase = re.split(r",", r.masked[cue_end : cue_end + 120])[0]
        speaker = clean_speaker(phrase, r.words)
        if speaker:
            return Attribution(speaker, "according_to", cue_start, cue_end + len(phrase.rstrip()))
    return None


def _particles(w: Words) -> str:
    return "|".join(re.escape(p) for p in sorted(w.particles, key=lambda p: (-len(p), p)))  # same every run


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for match in matches:
        found = match
    return found


def _trailing_name(text: str, w: Words) -> str | None:
    """The title-and-name run that ends `text`: `… that Commerce Minister Ana Ruiz`."""
    tokens = text.split()
    run: list[str] = []
    for token in reversed(tokens):
        if token[:1].isupper() or token.lower() in w.roles or (run and token.lower() in w.particles):
            run.insert(0, token)
        else:
            break
    while run and run[0].lower() in w.particles:
        run.pop(0)
    return " ".join(run) if any(t[:1].isupper() for t in run) else None


# How far before a cue its subject is looked for, in characters.
_MAX_SUBJECT_SPAN = 600
# How far after a cue a speaker named after it is read (`said Ana Ruiz, the Network's director`).
_MAX_SPEAKER_SPAN = 240


def _subject_before(text: str, w: Words) -> tuple[str, int] | None:
    """The subject of a cue, from the words before it in the sentence, and where it starts:
    `In a statement, HRW` -> HRW; `Jane Doe, a nurse from Leeds,` -> Jane Doe; `Ms X, the
    Special Rapporteur,` -> Ms X; `… où il` -> il."""
    skipped = max(len(text) - _MAX_SUBJECT_SPAN, 0)  # read near the cue only: a long sentence
    text = text[skipped:]  # with many cues would otherwise be read again for each (quadratic)
    cleaned = _ASIDE_RE.sub(lambda m: " " * len(m.group()), text)
    pronoun = re.search(r"(?<![\w'\u2019-])(\w+)\s+$", cleaned)
    if pronoun and pronoun.group(1).lower() in w.pronouns:
        return pronoun.group(1), pronoun.start(1)
    chunks = [(m.start(), m.group()) for m in re.finditer(r"[^,(\u2014\ufffc]+", cleaned)]
    chosen = _subject_chunk(chunks[1:] if skipped else chunks, w)  # a cut chunk may be half a name
    if chosen is None:
        return None
    offset, chunk = chosen
    speaker = clean_speaker(_before_relative(chunk, w), w)
    return (speaker, skipped + max(cleaned.find(speaker, offset), offset)) if speaker else None


def _subject_chunk(chunks: list[tuple[int, str]], w: Words) -> tuple[int, str] | None:
    """Of the comma-separated chunks before a cue, the last that can be its subject: not a
    relative clause or a descriptor (`a nurse from Leeds`); a title after a name gives way
    to the name (`Ms X, the Special Rapporteur,`)."""
    for index in range(len(chunks) - 1, -1, -1):
        offset, chunk = chunks[index]
        words_ = chunk.split()
        while len(words_) > 1 and words_[0].lower() in w.subordinators:
            words_ = words_[1:]
        if not words_:
            continue
        first = words_[0].lower()
        if index and (
            first in w.relatives | w.indefinite or (words_[0].islower() and first not in w.definite)
        ):
            continue  # a relative clause or a descriptor between the name and the verb
        if index and first in w.definite and _is_person(chunks[index - 1][1].strip(), w):
            return chunks[index - 1][0], chunks[index - 1][1].strip()
        return offset, " ".join(words_)
    return None


def _before_relative(chunk: str, w: Words) -> str:
    """The subject in a chunk with a relative clause: `a text that Minister Ana Ruiz` -> the
    name before the verb; `Bridge opponents who have seen …` -> `Bridge opponents`; `… las
    vigentes Leyes de Aguas que … establecen` -> `Leyes de Aguas`."""
    relative = _last(re.finditer(rf"\s(?:{'|'.join(sorted(w.relatives))})\s", chunk))
    if not relative:
        return chunk
    run = _trailing_name(chunk, w)
    if run and chunk.endswith(run) and len(run.split()) >= 2:
        return run
    before = chunk[: relative.start()]
    if len(_tokens(before)) <= 4:
        return before
    runs = re.findall(rf"{_NAME_WORD}(?:\s+(?:(?:{_particles(w)})\s+)*{_NAME_WORD})*", before)
    return runs[-1] if runs else chunk


def frame_before_cue(r: _Reading, quote: QuoteSpan) -> Attribution | None:
    """A cue before the quotation in its sentence, with its subject before it (or, in Spanish
    and French, after it): `X said: "…"` · `X told MPs the plan will "…"` · `X accused him of
    "…"` · `Afirmó María López: «…»` · `Comme le résume ce retraité : « … »`."""
    start = _head_start(r, quote)
    head = r.masked[start : quote.mark_start]
    cues = list(reversed(r.words.cues(head, frames=True)))
    for cue in cues:
        subject = _subject_before(head[: cue.start()], r.words)
        if subject is not None:
            speaker, offset = subject
            return Attribution(
                speaker,
                "before_cue",
                start + offset,
                start + cue.end(),
                reply=bool(r.words.reply.search(cue.group())),
            )
        pronoun = _inverted(cue)
        if pronoun:
            return Attribution(pronoun, "before_cue", start + cue.start(), start + cue.end())
        if all(t.lower() in r.words.clause_openers for t in _tokens(head[: cue.start()])):
            found = _subject_after(r, head, cue, start, quote)
            if found:
                return found
    return None


def _subject_after(
    r: _Reading, head: str, cue: re.Match[str], start: int, quote: QuoteSpan
) -> Attribution | None:
    """`Afirmó María López: «…»`, `Comme le résume ce retraité :`: the subject after a cue that
    opens its sentence, up to the colon or comma announcing the quotation."""
    after = head[cue.end() :]
    phrase = re.split(r"[:,]", after)[0]
    speaker = clean_speaker(phrase, r.words)
    if speaker and (re.search(r"[:,]\s*$", after) or r.masked[quote.mark_start] == ":"):
        return Attribution(
            speaker, "before_cue", start + cue.start(), start + cue.end() + len(phrase.rstrip())
        )
    return None


def frame_announced(r: _Reading, quote: QuoteSpan) -> Attribution | None:
    """The paragraph before ends with a colon and says who speaks or what document follows:
    `Ana Ruiz said:` · `The letter reads:` · `Comme le résume ce retraité :`."""
    index = r.paragraph_of(quote.mark_start)
    if index <= 0 or not _opens_paragraph(r, quote):
        return None
    previous = r.paragraphs[index - 1]
    if not r.masked[max(previous.start, previous.end - 8) : previous.end].rstrip().endswith(":"):
        return None
    text = r.masked[previous.start : previous.end].rstrip()
    start = r.sentence_start(previous.start + len(text) - 1)
    sentence = r.masked[start : previous.start + len(text)]
    doc = r.words.document_verb.search(sentence)
    if doc:
        speaker = clean_speaker(sentence[: doc.start()], r.words)
        if speaker:
            return Attribution(speaker, "announced", start, start + doc.end())
    subject = re.match(r"\s*(\w+['\u2019]?\s*(\w+)(?:\s+[\w-]+-[\w-]+)?)\s", sentence)
    if subject and subject.group(2).lower() in r.words.documents:
        return Attribution(
            subject.group(1).strip(), "announced", start + subject.start(1), start + subject.end(1)
        )
    colon = previous.start + len(text) - 1
    found = frame_before_cue(r, QuoteSpan(colon, colon, colon, colon, True))
    return replace(found, rule="announced") if found else None


def frame_signature(r: _Reading, quote: QuoteSpan) -> Attribution | None:
    """A closing mark ends its paragraph and the next line is only `Name, title`."""
    index = r.paragraph_of(quote.mark_start)
    if index < 0 or r.paragraphs[index].end - quote.mark_end > 12:
        return None
    if r.masked[quote.mark_end : r.paragraphs[index].end].strip():
        return None
    line_index = bisect.bisect_left(r.line_starts, r.paragraphs[index].end)
    if line_index >= len(r.lines):
        return None
    following = r.lines[line_index]
    line = r.work[following.start : following.end].strip()
    m = re.fullmatch(rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),\s+([^.!?\"\u201c\u00ab]{{3,140}})", line)
    if not m or r.words.cues(line):
        return None
    offset = r.work.find(line, following.start)
    return Attribution(f"{m.group(1)}, {m.group(2).strip()}", "signature", offset, offset + len(line))


_OWN_FRAMES = (frame_after_cue, frame_after_subject, frame_according_to, frame_before_cue, frame_announced)


# --- back-references ------------------------------------------------------------------------


def _actors(r: _Reading) -> list[_Actor]:
    """Everyone the narration names, outside quotations, in order: each sentence's subject,
    and the subject of each cue (a source)."""
    found: list[_Actor] = []
    for paragraph in r.paragraphs:
        start = paragraph.start
        for end in [*(e for _, e in r.ends(paragraph.start, paragraph.end)), paragraph.end]:
            if start < end:
                found.extend(_sentence_actors(r, start, r.masked[start:end]))
            start = end
    found.sort(key=lambda a: a.start)
    return found


def _sentence_actors(r: _Reading, start: int, sentence: str) -> list[_Actor]:
    w = r.words

    def actor(name: str | None, at: int, source: bool) -> list[_Actor]:
        if not name or _kind(name, w) not in ("named", "role"):
            return []
        return [_Actor(name, start + at, start + at + len(name), _is_person(name, w), source)]

    subject = _sentence_subject(sentence, w)
    found = actor(subject, sentence.find(subject) if subject else 0, False)
    for cue in w.cues(sentence, frames=True):
        before = _subject_before(sentence[: cue.start()], w)
        if before:
            found += actor(before[0], before[1], True)
        rest = sentence[cue.end() : cue.end() + _MAX_SPEAKER_SPAN]
        after = clean_speaker(rest, w) if rest.strip() else None
        if after and after[:1].isupper():
            found += actor(after, cue.end() + rest.find(after), True)
    return found


def _sentence_subject(sentence: str, w: Words) -> str | None:
    """The name opening a sentence, before its (lowercase) verb: `Marie Dupont dirige …` ->
    `Marie Dupont`; `Le Conseil des riverains a publié …` -> `Le Conseil des riverains`."""
    particles = _particles(w)
    remit = "|".join(sorted(w.remit))
    dateline = _DATELINE_RE.match(sentence)
    sentence = sentence[dateline.end() :] if dateline else sentence
    m = re.match(
        rf"\s*((?:\w+['\u2019]?\s*)?{_NAME_WORD}(?:\s+(?:(?:{particles})\s+)*{_NAME_WORD})*"
        rf"(?:\s+(?:{remit})\s+(?:(?:{particles})\s+)?[\w'\u2019-]+)?)\s+(?=[a-z\u00e0-\u00ff])",
        sentence,
    )
    if not m:
        return None
    name = m.group(1)
    noun = re.match(r"\s+([\w'\u2019-]+)", sentence[m.end(1) :])
    if noun and noun.group(1).lower() in w.documents | w.groups | w.roles:
        name += " " + noun.group(1)  # `Leaked Government documents show …`: the head noun too
    first = _tokens(name)[0]
    if (
        first.lower() in w.never_start
        or first.lower() in w.weekdays
        or (first.islower() and first.lower() not in w.definite)
    ):
        return None
    return clean_speaker(name, w)


def _resolve(attribution: Attribution, actors: list[_Actor], r: _Reading) -> Attribution | None:
    """A pronoun, role noun or understood subject becomes the nearest earlier fitting actor."""
    speaker = attribution.speaker
    kind = _kind(speaker, r.words) if speaker else "pronoun"
    if kind == "named" or (attribution.rule == "announced" and kind == "role"):
        return _longest_form(attribution, actors, r)
    if kind == "first":
        return attribution  # the statement's own voice: its issuer (see `tidy_speakers`)
    earlier = _earlier(actors, attribution.start, speaker)
    if kind == "pronoun":
        actor = _pronoun_antecedent(attribution, earlier, actors, r)
    else:
        head = _role_head(speaker.lower(), r.words)
        actor = _role_antecedent(attribution, head, earlier, r)
        if actor is None:  # an office or a group the text names only so (`the government`, `the experts`)
            return attribution if head not in r.words.generic else None
    if actor is None:
        return None
    resolved = replace(
        attribution, speaker=actor.name, antecedent=(actor.start, actor.end), mention=speaker or None
    )
    longest = _longest_form(replace(resolved, start=actor.start), actors, r)
    return replace(resolved, speaker=longest.speaker)


# How many actors before a back-reference are considered (the nearest ones).
_MAX_ANTECEDENTS = 60


def _earlier(actors: list[_Actor], position: int, speaker: str) -> list[_Actor]:
    """The actors named before `position`, nearest first, at most `_MAX_ANTECEDENTS` of them
    (actors are in text order: found by bisection, not by reading them all each time)."""
    index = _bisect(actors, position)
    found: list[_Actor] = []
    for actor in reversed(actors[max(0, index - 2 * _MAX_ANTECEDENTS) : index]):
        if actor.end <= position and actor.name != speaker:
            found.append(actor)
            if len(found) == _MAX_ANTECEDENTS:
                break
    return found


def _bisect(actors: list[_Actor], position: int) -> int:
    low, high = 0, len(actors)
    while low < high:
        middle = (low + high) // 2
        if actors[middle].start < position:
            low = middle + 1
        else:
            high = middle
    return low


def _pronoun_antecedent(
    attribution: Attribution, earlier: list[_Actor], actors: list[_Actor], r: _Reading
) -> _Actor | None:
    """ "he", "elle", an understood subject: the latest source that fits; the subject of the
    sentence just before only if no source does; none when it is unclear."""
    pronoun = attribution.speaker.lower()
    gender = _pronoun_gender(pronoun, r.words)
    fits = [
        a
        for a in earlier
        if _fits_pronoun(pronoun, a, r.words) and r.genders.get(_surname(a.name), gender) == gender
    ]
    just_before = r.previous_sentence_start(attribution.start)
    fits = [a for a in fits if a.source] or [a for a in fits if a.start >= just_before]
    if not fits:
        return None
    actor = fits[0]
    if actor.person and _other_person_between(r, actor, attribution.start, actors):
        return None  # someone else named since: unclear who "he" is
    if not actor.person and _ambiguous(fits, r):
        return None  # `X said … Y said … It added`: either could be "it"
    return actor


def _role_antecedent(
    attribution: Attribution, head: str, earlier: list[_Actor], r: _Reading
) -> _Actor | None:
    """ "the minister", "the experts", "le rapport": by the first rule that finds one."""
    for rule in (_same_noun, _only_person_in_sentence, _document_named_before, _nearest_organisation):
        fits = rule(attribution, head, earlier, r)
        if fits:
            return fits[0]
    return None


def _same_noun(attribution: Attribution, head: str, earlier: list[_Actor], r: _Reading) -> list[_Actor]:
    """An earlier name with that noun: `the minister` -> `Finance Minister Paul Grant`."""
    return [a for a in earlier if re.search(rf"\b{re.escape(head)}\b", a.name.lower())]


def _only_person_in_sentence(
    attribution: Attribution, head: str, earlier: list[_Actor], r: _Reading
) -> list[_Actor]:
    """A role with no name of its own: the only person named before it in its sentence."""
    if head not in r.words.roles:
        return []
    sentence = r.sentence_start(attribution.start)
    named = {a.name for a in earlier if a.person and a.start >= sentence}
    return [a for a in earlier if a.name in named] if len(named) == 1 else []


def _document_named_before(
    attribution: Attribution, head: str, earlier: list[_Actor], r: _Reading
) -> list[_Actor]:
    """`the documents`: a document named before (`Leaked Government papers`)."""
    return [a for a in earlier if _names_a_document(a.name, r.words)] if head in r.words.documents else []


def _nearest_organisation(
    attribution: Attribution, head: str, earlier: list[_Actor], r: _Reading
) -> list[_Actor]:
    """`the organisation`, `the report`, `el organismo`: the nearest organisation."""
    return [a for a in earlier if not a.person] if head in r.words.generic else []


def _names_a_document(name: str, w: Words) -> bool:
    return any(t.lower() in w.documents for t in _tokens(name))


def _ambiguous(fits: list[_Actor], r: _Reading) -> bool:
    """Two different sources (subjects of a cue) fit "it"/"they" within two paragraphs."""
    sources = [a for a in fits if a.source]
    if len(sources) < 2:
        return False
    first = sources[0]
    second = next((a for a in sources if a.name not in first.name and first.name not in a.name), None)
    return second is not None and r.paragraph_of(first.start) - r.paragraph_of(second.start) <= 1


def _pronoun_gender(pronoun: str, w: Words) -> str | None:
    """ "m" for "he"/"él"/"il", "f" for "she"/"ella"/"elle", else None."""
    return "m" if pronoun in w.masculine else "f" if pronoun in w.feminine else None


def _surname(name: str) -> str:
    return _tokens(name.split(",")[0])[-1]


def _learn_gender(r: _Reading, resolved: Attribution) -> None:
    """`Pavel Brandt … He said`: once the text calls a person "he", a later "she" is someone
    else (and the other way round)."""
    gender = _pronoun_gender((resolved.mention or "").lower(), r.words)
    if gender and _is_person(resolved.speaker, r.words):
        r.genders.setdefault(_surname(resolved.speaker), gender)


def _surnames_as_people(actors: list[_Actor]) -> list[_Actor]:
    """A surname alone is a person where the text first named that person in full:
    `said Maria Olsen, the director …`, then `Olsen said …` (so "she" may refer to Olsen)."""
    surnames: set[str] = set()
    known: list[_Actor] = []
    for actor in actors:
        if actor.person:
            surnames.add(_surname(actor.name))
        elif len(_tokens(actor.name)) == 1 and actor.name in surnames:
            actor = replace(actor, person=True)
        known.append(actor)
    return known


def _fits_pronoun(pronoun: str, actor: _Actor, w: Words) -> bool:
    if pronoun in ("he", "she", "él", "ella"):
        return actor.person
    if pronoun in ("it", "they", "ellos", "ellas"):
        # "Christian Aid" reads like a person's name: only a title or role makes it one
        return not _clearly_person(actor.name, w) or (
            pronoun in ("they", "ellos", "ellas") and " and " in actor.name
        )
    if pronoun in ("il", "ils"):
        return _gender(actor.name) != "f"
    if pronoun in ("elle", "elles"):
        return _gender(actor.name) != "m"
    return True  # an understood subject (`añadió`): any actor


def _clearly_person(name: str, w: Words) -> bool:
    lowered = [t.lower().rstrip(".") for t in _tokens(name.split(",")[0])]
    return lowered[0] in w.honorifics or any(t in w.roles for t in lowered)


def _gender(name: str) -> str | None:
    """The grammatical gender of a French or Spanish name from its article or its noun:
    `la Comisión`, `l'Assemblée` feminine; `le Comité`, `el Gobierno` masculine."""
    tokens = [t.lower() for t in _tokens(name)]
    if tokens[0] in ("la", "las", "une", "una") or re.match(r"l['\u2019]\w+(?:ée|tion|sion|té)$", tokens[0]):
        return "f"
    if tokens[0] in ("le", "el", "los", "un", "du"):
        return "m"
    return None


def _longest_form(attribution: Attribution, actors: list[_Actor], r: _Reading) -> Attribution:
    """A short form (`Le Comité`, `Hall`) as the fullest name the text gave it before."""
    acronym = re.fullmatch(r"(?:the\s+)?([A-Z]{2,8})", attribution.speaker.strip())
    w = r.words
    if acronym and acronym.group(1) in r.acronyms:
        return replace(attribution, speaker=r.acronyms[acronym.group(1)], mention=attribution.speaker)
    key = [
        t
        for t in _tokens(attribution.speaker)
        if t[:1].isupper() and t.lower().rstrip(".") not in w.honorifics | w.definite
    ]
    if not key:
        return attribution
    for actor in r.named_with.get(key[-1], []):
        if actor.start >= attribution.start:
            break
        tokens = _tokens(actor.name)
        if (
            len(actor.name) > len(attribution.speaker)
            and all(k in tokens for k in key)
            and "," not in actor.name
            and not _in_capitals(actor.name)
            and _same_kind(actor, attribution.speaker, w)
        ):
            return replace(
                attribution,
                speaker=actor.name,
                antecedent=(actor.start, actor.end),
                mention=attribution.speaker,
            )
    return attribution


def _in_capitals(name: str) -> bool:
    """Three words in capitals running together: a headline read into the name (`SEN. WHITLOW
    SPEAKS OUT … Sen. Ana R. Whitlow`), never a fuller form of a speaker's name."""
    run = 0
    for token in _tokens(name):
        letters = re.sub(r"[^\w]", "", token)
        run = run + 1 if len(letters) > 1 and letters.isupper() else 0
        if run >= 3:
            return True
    return False


def _same_kind(actor: _Actor, short: str, w: Words) -> bool:
    """A short form names the actor only if both are people or both are not; a surname alone
    (`Brandt`) is the person named in full (`Pavel Brandt`)."""
    same = _is_person(actor.name, w) == _is_person(short, w)
    return same or (actor.person and short == _surname(actor.name))


def _other_person_between(r: _Reading, actor: _Actor, position: int, actors: list[_Actor]) -> bool:
    """Another person the text names (as a source or a sentence's subject) between the
    antecedent and the pronoun: then "he" is unclear."""
    start = _bisect(actors, actor.end)
    end = _bisect(actors, position)
    return any(
        other.person and other.name not in actor.name and actor.name.split()[-1] not in other.name
        for other in actors[start:end]
    )


# --- carrying a speaker to quotations without a tag ------------------------------------------


def _opens_paragraph(r: _Reading, quote: QuoteSpan) -> bool:
    """Nothing but list or Markdown markup before the quotation in its paragraph."""
    paragraph = r.paragraphs[r.paragraph_of(quote.mark_start)]
    before = r.masked[max(paragraph.start, quote.mark_start - 12) : quote.mark_start]
    return quote.mark_start - paragraph.start <= 12 and not before.strip(" >_*\t-\u2022\u25a0")


def _no_cue_between(r: _Reading, start: int, end: int) -> bool:
    between = r.masked[start:end]
    return not r.words.has_cue(between)


def _has_own_tag(r: _Reading, quote: QuoteSpan) -> bool:
    """A cue in the quotation's own sentence: its speaker is named there, even if not in a way
    read here, so no one else's name may be carried to it."""
    _, tail = _tail(r, quote)
    head = r.masked[_head_start(r, quote) : quote.mark_start]
    if r.words.has_cue(head):
        return True
    cue = next(iter(r.words.cues(tail, frames=True)), None)
    # after a full stop, only a short tag closing its sentence is the quotation's own
    # (`"…." Ms Okoro said.`), not the next sentence's (`"…." The ministry said there was …`)
    return cue is not None and (_ends_with_comma(r, quote) or len(_tokens(tail[cue.end() :])) <= 3)


def _names_other_subject(r: _Reading, quote: QuoteSpan, speaker: str) -> bool:
    """The quotation's own sentence names, before it, a person or body other than `speaker`
    as its subject (with no speech verb): no one else's name may be carried to it.

    Example: `Minister Paul Grey disagreed, calling it "…"` and `But the minister thinks "…"`
    name another subject than `Ana Ruiz`; `She was blunt: "…"` and `Ms Ruiz thinks "…"` do not."""
    w = r.words
    tokens = r.masked[_head_start(r, quote) : quote.mark_start].split()
    while tokens and tokens[0].lower().strip(",") in w.subordinators:
        tokens.pop(0)  # `But the minister …`
    head = " ".join(tokens)
    subject = _sentence_subject(head[:1].upper() + head[1:], w) if head else None
    if not subject:
        return False
    lowered = {t.lower().rstrip(".") for t in _tokens(subject)}
    if not (_is_person(subject, w) or lowered & (w.roles | w.groups)):
        return False  # `Workers are "…"`: no one named
    own = {t.lower() for t in _tokens(speaker)}
    key = lowered - w.honorifics - w.definite - w.indefinite
    return not (key and key <= own)


def _carry(r: _Reading, found: list[Attribution | None]) -> list[Attribution | None]:
    """Backward (an unclosed paragraph takes the tag of the quotation that continues it in
    the next paragraph), then forward (a quotation with no tag continues the one before)."""
    quotes = r.quotes
    for i in range(len(quotes) - 2, -1, -1):
        following, following_tie = quotes[i + 1], found[i + 1]
        if (
            found[i] is None
            and not quotes[i].complete
            and following_tie is not None
            and r.paragraph_of(following.mark_start) == r.paragraph_of(quotes[i].mark_start) + 1
            and _opens_paragraph(r, following)
        ):
            found[i] = replace(following_tie, rule="carried_back")
    for i in range(1, len(quotes)):
        previous, quote, tie = quotes[i - 1], quotes[i], found[i - 1]
        if found[i] is None and tie is not None and _continues(r, previous, quote, tie):
            found[i] = replace(tie, rule="continued")
    return found


def _continues(r: _Reading, previous: QuoteSpan, quote: QuoteSpan, tie: Attribution) -> bool:
    """A quotation with no tag of its own continues the attributed one before it: in the same
    paragraph with no cue between, or opening the next paragraph when nothing but the tag
    follows the one before."""
    if _has_own_tag(r, quote) or _names_other_subject(r, quote, tie.speaker):
        return False
    tie_end = max(tie.end, previous.mark_end)
    gap = r.paragraph_of(quote.mark_start) - r.paragraph_of(previous.mark_start)
    if gap == 0:
        return _no_cue_between(r, tie_end, quote.mark_start)
    return gap == 1 and _opens_paragraph(r, quote) and _ends_its_paragraph(r, previous, tie_end)


def _ends_its_paragraph(r: _Reading, quote: QuoteSpan, tie_end: int) -> bool:
    """Nothing but the tag follows the quotation in its paragraph (no new sentence)."""
    paragraph = r.paragraphs[r.paragraph_of(quote.mark_start)]
    rest = r.masked[r.sentence_end(tie_end) if tie_end > quote.mark_end else tie_end : paragraph.end]
    return not re.search(r"\w", rest)


def frame_previous_sentence(r: _Reading, quote: QuoteSpan, actors: list[_Actor]) -> Attribution | None:
    """`Police spokesman X defended the raids, saying …` then a quotation in the next
    sentence, opening it or after a clause that names no one (`If a family has no papers,
    "…"`): the person the sentence just before names as speaking speaks it."""
    start = r.sentence_start(quote.mark_start)
    head = r.masked[_head_start(r, quote) : quote.mark_start].strip(" >_*\t-\u2022")
    if head and (r.words.has_cue(head) or any(t[:1].isupper() for t in _tokens(head)[1:])):
        return None
    before = r.previous_sentence_start(quote.mark_start)
    if before >= start or _MASK in r.masked[before:start]:
        return None
    speaker = next((a for a in actors if before <= a.start < start and a.person and a.source), None)
    if speaker is None or _names_other_subject(r, quote, speaker.name):
        return None
    cue = next(iter(r.words.cues(r.masked[speaker.end : start], frames=True)), None)
    end = speaker.end + (cue.end() if cue else 0)
    reply = bool(cue and r.words.reply.search(cue.group()))
    return Attribution(speaker.name, "previous_sentence", speaker.start, end, reply=reply)


# --- the entry point ------------------------------------------------------------------------


def attribute(
    clean: CleanText,
    quotes: list[QuoteSpan],
    all_quoted: list[QuoteSpan] | None = None,
    lang: str | None = None,
) -> list[Attribution | None]:
    """The source's own attribution of each quotation (same order), or None where no frame holds."""
    all_quoted = all_quoted if all_quoted is not None else quotes
    wanted = set(quotes)
    # a short utterance (`"We will keep going," said X.`) may pass its speaker on; a quoted term not
    spoken = [q for q in all_quoted if q in wanted or re.search(r"[,.!?]$", clean.work[q.start : q.end])]
    results = dict(zip(spoken, _attribute(clean, spoken, all_quoted, lang), strict=True))
    return [results.get(q) for q in quotes]


def _attribute(
    clean: CleanText, quotes: list[QuoteSpan], all_quoted: list[QuoteSpan], lang: str | None
) -> list[Attribution | None]:
    """Each quotation's own frame, then carried speakers, then the frames that read outside
    the quotation's sentence, then carried speakers again; back-references resolved last."""
    r = _reading(clean, quotes, all_quoted, lang)
    actors = _surnames_as_people(_actors(r))
    for actor in actors:
        _index_name(r, actor)
    found: list[Attribution | None] = [
        next((a for frame in _OWN_FRAMES if (a := frame(r, quote)) is not None), None)
        if r.paragraph_of(quote.mark_start) >= 0
        else None
        for quote in quotes
    ]
    found = _carry(r, found)
    for i, quote in enumerate(quotes):
        if found[i] is None and r.paragraph_of(quote.mark_start) >= 0:
            found[i] = frame_previous_sentence(r, quote, actors) or frame_signature(r, quote)
    return _resolve_all(_carry(r, found), actors, r)


def _index_name(r: _Reading, actor: _Actor) -> None:
    """Index an actor under each word of its name (for `_longest_form`), in text order, each
    name once, where the text first gives it."""
    for word in set(_tokens(actor.name)):
        named = r.named_with.setdefault(word, [])
        same = next((i for i, a in enumerate(named) if a.name == actor.name), None)
        if same is not None and named[same].start <= actor.start:
            continue
        if same is not None:
            del named[same]
        named.insert(_bisect(named, actor.start + 1), actor)


def _resolve_all(
    found: list[Attribution | None], actors: list[_Actor], r: _Reading
) -> list[Attribution | None]:
    """Back-references resolved in order; who one turned out to be is a source for the next."""
    resolved: list[Attribution | None] = []
    for attribution in found:
        result = _resolve(attribution, actors, r) if attribution else None
        if result is not None and result.mention:
            _learn_gender(r, result)
        if result is not None and result.mention and _kind(result.speaker, r.words) == "named":
            person = _is_person(result.speaker, r.words)
            named = _Actor(result.speaker, result.start, result.end, person, True)
            actors.insert(_bisect(actors, result.start + 1), named)  # after those starting there
            _index_name(r, named)
        resolved.append(result)
    return resolved


# --- verification and voice -----------------------------------------------------------------


def source_attributions(text: str, lang: str | None = None) -> list[tuple[QuoteSpan, Attribution | None]]:
    """Every quotation of a source with the source's own attribution of it (for `check`)."""
    from briefing.extraction.clean import clean_text
    from briefing.extraction.quotes import find_quoted_spans

    clean = clean_text(text)
    quoted = find_quoted_spans(clean)  # a person may quote fewer words than extraction keeps
    return list(zip(quoted, attribute(clean, quoted, quoted, lang), strict=True))


def tied_words(text: str, attribution: Attribution) -> str:
    """The tying words as the source has them, on one line; with the name a back-reference
    resolved to: `he said (→ John Smith)`."""
    words_ = " ".join(text[attribution.start : attribution.end].split())
    if len(words_) > 90:  # `Bridge opponents who have seen … and claimed`: the subject and the cue
        words_ = f"{words_[:40].rsplit(' ', 1)[0]} … {words_[-40:].split(' ', 1)[-1]}"
    if attribution.mention and attribution.antecedent:
        start, end = attribution.antecedent
        words_ += f" (\u2192 {' '.join(text[start:end].split())})"
    return words_


def is_tied(speaker: str, attribution: Attribution | None, text: str, issuer: str | None = None) -> bool:
    """Whether `speaker` is who the source ties the quote to: every word of the name (before a
    comma) is in the tying words, the resolved name or its fuller form, or, for the statement's
    own voice ("we", "the statement"), the speaker is the issuer.

    Example: "Ana Ruiz" is tied by `said Ana Ruiz, the Network's director`; "Maria Lopez" is not."""
    if attribution is None:
        return False
    name = speaker.split(",")[0]
    wanted = {t.casefold() for t in re.findall(r"\w+", name)} - _FILLERS
    if not wanted:
        return False
    tie = text[attribution.start : attribution.end]
    start, end = attribution.antecedent or (attribution.start, attribution.start)
    have = {t.casefold() for t in re.findall(r"\w+", f"{attribution.speaker} {tie} {text[start:end]}")}
    if wanted <= have:
        return True
    surname = re.findall(r"\w+", name)[-1].casefold()
    if surname in have and surname in {t.casefold() for t in re.findall(r"\w+", attribution.speaker)[-1:]}:
        return True  # `Mr Pendleton added` ties "Andrew Pendleton", the fuller form
    own_voice = _kind(attribution.speaker, words()) == "first" or bool(
        re.search(r"\b(?:statement|communiqu\w*|comunicado|d\u00e9claration|declaraci\u00f3n)\b", tie, re.I)
    )
    return bool(issuer) and own_voice and speaker.strip().casefold() == (issuer or "").strip().casefold()


_FILLERS = frozenset(
    ["the", "a", "an", "of", "mr", "mrs", "ms", "dr", "sen", "rep", "el", "la", "le", "les", "de"]
)


def voice_of(
    attribution: Attribution | None, addressees: list[str], text: str = "", issuer: str | None = None
) -> str:
    """ "issuer" when the speaker, as the text first presents them, is the issuer's; else
    "other" when an answering verb introduces the speaker (`replied`, `a rejeté`), or the
    speaker, resolved to the role and organisation the text first gives them, is another
    party (`briefing.extraction.voices.other_party`: an office of the state, a company, a party
    to a case, a party the demands address); else "issuer" (the issuer, its officials and
    co-signatories, and those it quotes in support)."""
    if attribution is None or speaks_for_the_issuer(attribution.speaker, text, issuer):
        return "issuer"  # the issuer answering its critics is still the issuer
    if attribution.reply:
        return "other"
    if attribution.antecedent:  # `The minister rejected the plan. "…," he said.`
        start = attribution.antecedent[0]
        sentence = re.split(r"(?<=[.!?])\s", text[start : start + 200])[0]
        if words().reply.search(sentence):
            return "other"
    return "other" if other_party(attribution.speaker, text, issuer, addressees) else "issuer"


def speaks_for_the_state(speaker: str, issuer: str | None) -> bool:
    """The speaker is described by an office of the state ("Government spokesman Corwin Vale",
    "la ministra Ana Gil") and the statement's issuer holds none, or is not known: an NGO's or
    a union's release quoting the government's answer. A government's own statement quotes
    its ministers in its own voice."""
    return office_of_the_state(speaker, issuer)
