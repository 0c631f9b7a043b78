"""Speaker attribution: quotations and sentences in, the speaker of each quotation out.

The speaker is read from a reporting verb around the quotation: after it (`," the experts
added.`, `," said Senator X`), or before it in the same sentence (`X said: "`, `X, who said
the "`). A quotation that opens a paragraph right after another quotation continues it. A
pronoun ("he", "they", "it") is resolved to the nearest earlier speaker of a fitting kind
(a person for he/she, a group or organisation for they/it). When none of this gives an
answer the speaker is None: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extraction.quotes import QuoteSpan
from briefing.extraction.sentences import Sentence

_VERBS = (
    r"said|says|say|added|adds|stated|states|told|tells|declared|declares|noted|notes|"
    r"emphasi[sz]ed|stressed|warned|warns|wrote|writes|explained|insisted|argued|claimed|"
    r"recalled|asked|continued|concluded|remarked|commented|observed|acknowledged|admitted|"
    r"announced|affirmed|urged|saying|adding|writing"
)
_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b")
# A point that ends an abbreviated title, not a sentence: "Dr. Asha Mohamed", "Sen. Corzine".
_ABBREVIATED_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Sen", "Rep", "Gov", "Gen", "Col", "Lt")
_TITLE_POINT = "(?:" + "|".join(rf"(?<=\b{title})" for title in _ABBREVIATED_TITLES) + r")\."
# One character of a noun phrase naming a speaker: no clause punctuation, no quotation mark.
_NP_CHAR = rf"(?:[^,.;:!?\"\u201c\u201d\n]|{_TITLE_POINT})"
# Verbs that put quoted words in the subject's mouth without reporting speech as such.
_FRAMING_VERB_RE = re.compile(
    r"\b(?:expressed|documented|described|received|reported|welcomed|condemned|highlighted|"
    r"voiced|raised|cited|quoted|called|branded|labelled|labeled|termed)\b"
)
_AFTER_NP_FIRST_RE = re.compile(
    rf"^[\s,.]*(?P<np>{_NP_CHAR}{{1,80}}?)\s+(?:today\s+|also\s+|later\s+)?"
    rf"(?:has\s+|had\s+)?(?:{_VERBS})\b"
)
# `," one protester, Mary Wanjiru, told Reuters.`: the name is the appositive before the verb.
_AFTER_APPOSITIVE_RE = re.compile(
    rf"^[\s,]*(?:a|an|one|the)\s+[a-z][^,.;:!?\"\u201c\u201d\n]{{0,60}},\s+"
    rf"(?P<np>(?:[A-Z][\w'\u2019.-]*\s+){{1,3}}[A-Z][\w'\u2019-]*),\s+(?:{_VERBS})\b"
)
_NAME_AFTER_TITLE_RE = re.compile(
    r",\s+(?P<name>(?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]*)\s*(?:[.;]|,\s|$)"
)
_AFTER_VERB_FIRST_RE = re.compile(rf"^[\s,.]*(?:{_VERBS})\s+(?P<np>{_NP_CHAR}{{1,80}})")
_ACCORDING_TO_RE = re.compile(r"\baccording to\s+(?P<np>[^,.;:!?\"\u201c\u201d]{2,80})", re.IGNORECASE)
_ACRONYM_RE = re.compile(r"\b((?:[A-Z][\w'-]*\s+){1,6}[A-Z][\w'-]*)\s+\(([A-Z]{2,8})\)")
_TRAILING_RE = re.compile(
    r"\s+(?:today|yesterday|also|later|then|once again|on \w+day|in a statement|"
    r"(?:released|issued|published|sent)\b.*)$",
    re.IGNORECASE,
)
_LEADING_RE = re.compile(
    r"^(?:and|but|as|while|so|then|also|however|in a statement)\s+|"
    r"^.*\s(?:and|but|as|while)\s+(?=(?:one|a|an|the|his|her|their)\s)",
    re.IGNORECASE,
)
_TRAILING_AUXILIARY_RE = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would)$")
_RELATIVE_RE = re.compile(r"\s+(?:who|which|that|whose)\b.*$")
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a"
_QUOTED_RE = re.compile(  # a quotation within a sentence: "...", “...”, „...“, « ... »
    '["\u201c\u201e\u00ab\u2039][^"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]*["\u201d\u00bb\u203a]'
)
_CHUNK_SPLIT_RE = re.compile(r"[,(\u2014]|\s\u2013\s")
_SKIP_CHUNK_RE = re.compile(r"^(?:a|an|who|which|whose|where|when|also)\b")
_PERSON_PRONOUNS = frozenset(["he", "she"])
_GROUP_PRONOUNS = frozenset(["they", "it", "we"])
_TITLES_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Representative|Prof|Sir|Dame|"
    r"President|Minister|Secretary)\b\.?"
)
_PERSON_NOUNS = frozenset(
    [
        "officer",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "woman",
        "man",
        "girl",
        "boy",
        "mother",
        "father",
        "director",
        "minister",
        "secretary",
        "leader",
        "official",
        "survivor",
        "victim",
        "witness",
        "lawyer",
        "doctor",
        "chairman",
        "chair",
        "chairwoman",
        "president",
        "founder",
        "activist",
        "worker",
        "student",
        "resident",
    ]
)
_ORGANISATION_WORDS = frozenset(
    [
        "watch",
        "agency",
        "mission",
        "government",
        "council",
        "committee",
        "union",
        "party",
        "association",
        "organisation",
        "organization",
        "commission",
        "office",
        "ministry",
        "department",
        "group",
        "network",
        "congress",
        "parliament",
        "senate",
        "court",
        "coalition",
        "alliance",
        "institute",
        "centre",
        "center",
        "foundation",
        "trust",
        "campaign",
        "movement",
        "federation",
        "league",
        "board",
        "authority",
        "authorities",
        "police",
        "army",
        "military",
        "statement",
        "report",
        "paper",
        "documents",
        "letter",
        "experts",
        "activists",
        "groups",
    ]
)


@dataclass(frozen=True)
class _Candidate:
    name: str
    position: int


def attribute_speakers(
    work: str, quotes: list[QuoteSpan], sentences: list[Sentence], paragraph_of: dict[int, int]
) -> list[str | None]:
    """The speaker of each quotation (same order), or None where it is not clear."""
    acronyms = {m.group(2): m.group(1) for m in _ACRONYM_RE.finditer(work)}
    candidates = _candidates(work, sentences)
    speakers: list[str | None] = []
    for index, quote in enumerate(quotes):
        raw = _explicit_speaker(work, quote, sentences)
        if raw is None and _has_unread_tag(work, quote):
            speakers.append(None)  # named right after it, but not readably: better no one than someone else
            continue
        if raw is None and index and _continues(work, quotes[index - 1], quote, paragraph_of):
            speakers.append(speakers[-1])
            continue
        if raw is None:
            raw = _speaker_of_previous_sentence(work, quote, sentences)
        speaker = _resolve(raw, quote.mark_start, candidates) if raw else None
        if raw and raw.lower() in _PERSON_PRONOUNS:
            speaker = _check_pronoun(work, quote.mark_start, speaker, sentences)
        if speaker in acronyms:
            speaker = acronyms[speaker]
        speakers.append(speaker)
    for index in range(len(quotes) - 2, -1, -1):
        # Wire style: an unclosed paragraph of quotation carries on in the next paragraph,
        # which reopens the mark; the speaker named there speaks both.
        if speakers[index] is None and not quotes[index].complete and speakers[index + 1]:
            following = quotes[index + 1]
            line_start = work.rfind("\n", 0, following.mark_start) + 1
            if paragraph_of.get(following.start, -1) - paragraph_of.get(
                quotes[index].start, -1
            ) == 1 and not (work[line_start : following.mark_start].strip()):
                speakers[index] = speakers[index + 1]
    return speakers


def _explicit_speaker(work: str, quote: QuoteSpan, sentences: list[Sentence]) -> str | None:
    after = _attribution_after(work, quote)
    if after:
        return after
    sentence = next((s for s in sentences if s.start <= quote.mark_start < s.end), None)
    if sentence is None:
        return None
    before = work[sentence.start : quote.mark_start]
    according = _ACCORDING_TO_RE.search(before)
    if according:
        return _clean_name(according.group("np"))
    verb = _VERB_RE.search(before) or _FRAMING_VERB_RE.search(before)
    if verb:
        return subject_before(work[sentence.start : sentence.start + verb.start()])
    return None


def _attribution_after(work: str, quote: QuoteSpan) -> str | None:
    """`," the experts added.` / `," said Senator X` / `." he said.` after the closing mark."""
    if not quote.complete and not work[quote.start : quote.end].endswith(","):
        return None  # an unclosed quotation has a tag only where it was cut before one
    after = _without_asides(work[quote.mark_end : quote.mark_end + 120].split("\n")[0])
    text = work[quote.start : quote.end].rstrip("\"'\u201d\u201c\u2019 ")
    if text.endswith(",") or after.lstrip().startswith(","):  # the comma may follow the mark
        for pattern in (_AFTER_VERB_FIRST_RE, _AFTER_APPOSITIVE_RE, _AFTER_NP_FIRST_RE):
            m = pattern.match(after)
            if m and pattern is _AFTER_VERB_FIRST_RE and m.group("np")[:1].islower():
                # `," said its chief executive, Leanne Mitchell.`: the name after the title.
                named = _NAME_AFTER_TITLE_RE.match(after, m.end())
                if named:
                    return named.group("name")
            if m and (name := _clean_name(m.group("np"))):
                return name
        return None
    # After a full stop only a short tag that closes its own sentence ("." he said.) counts.
    m = _AFTER_NP_FIRST_RE.match(after)
    if m and len(m.group("np").split()) <= 4 and re.match(r"[.,]", after[m.end() :].lstrip() or "."):
        return _clean_name(m.group("np"))
    return None


def _without_asides(tag: str) -> str:
    """`Sen. Dick Durbin (D-Ill.) said`, `Rep. Ana Ruiz, D-Wash., said`: the name and the verb,
    without the party and state between them."""
    tag = re.sub(r"\s*\([^()\n]{1,30}\)", "", tag)
    return re.sub(r",\s*[DRI]-[A-Z][a-z]{0,5}\.?,", "", tag)


def _has_unread_tag(work: str, quote: QuoteSpan) -> bool:
    """A quotation ending in a comma, with a reporting verb right after it: its speaker is
    named there, even if not in a way read here, so no one else's name may be given to it."""
    text = work[quote.start : quote.end].rstrip("\"'\u201d\u201c\u2019 ")
    after = work[quote.mark_end : quote.mark_end + 80].split("\n")[0]
    return text.endswith(",") and bool(_VERB_RE.search(re.split(r"[.!?]\s", after)[0]))


def _speaker_of_previous_sentence(work: str, quote: QuoteSpan, sentences: list[Sentence]) -> str | None:
    """ "X defended the tests, saying ... / If ..., "then she cannot ...": the speaker named with
    a reporting verb in the sentence just before, when it is a person."""
    index = next((i for i, s in enumerate(sentences) if s.start <= quote.mark_start < s.end), None)
    if not index:
        return None
    previous = sentences[index - 1]
    for verb in _VERB_RE.finditer(work, previous.start, previous.end):
        before = work[previous.start : verb.start()]
        name = subject_before(before)
        if (
            name
            and _is_person(name)
            and name.lower() not in _PERSON_PRONOUNS
            and (
                before.lstrip().startswith(name)
                or re.search(rf"{re.escape(name)}\s*(?:,[^,]*,\s*)?$", before)
            )
        ):
            return name  # the sentence's subject or the name right before the verb, not a guess
        # `"We will keep going," said Tom Reid, one of those arrested. "We have ..."`
        after = _AFTER_VERB_FIRST_RE.match(work[verb.start() : previous.end])
        if after and (name := _clean_name(after.group("np"))) and name[:1].isupper() and _is_person(name):
            return name
    return None


def _continues(work: str, previous: QuoteSpan, quote: QuoteSpan, paragraph_of: dict[int, int]) -> bool:
    """A quotation that carries on from the previous one: in the same paragraph, or opening
    the next paragraph (wire style: each paragraph reopens the mark)."""
    gap = paragraph_of.get(quote.start, -1) - paragraph_of.get(previous.start, -1)
    if gap == 0:
        return True
    line_start = work.rfind("\n", 0, quote.mark_start) + 1
    return gap == 1 and not work[line_start : quote.mark_start].strip()


# How far before a reporting verb its subject is looked for, in characters.
_MAX_SUBJECT_SPAN = 600


def subject_before(text: str, max_words: int = 7) -> str | None:
    """Who is speaking, from the words before a reporting verb: "General secretary Brendan
    Barber" from "General secretary Brendan Barber", "Mr Barber" from "Mr Barber, who"."""
    cut = len(text) > _MAX_SUBJECT_SPAN  # read near the verb only: each verb of a long
    text = text[-_MAX_SUBJECT_SPAN:]  # sentence read all of its start again (quadratic)
    text = re.sub(r"\([^)]*\)", "", text)  # "(D-Ohio)", "(ABC)": asides, not names
    text = _QUOTED_RE.sub(",", text)  # the words of a quotation are not who says them
    chunks = [c.strip(f" {_QUOTE_MARKS}") for c in _CHUNK_SPLIT_RE.split(text)]
    if cut:
        chunks = chunks[1:]  # the first may be part of a name: no speaker rather than half a one
    after_comma = False  # the verb follows a comma: the chunk before it may be an appositive
    for index in range(len(chunks) - 1, -1, -1):
        chunk = _LEADING_RE.sub("", chunks[index].strip(" )"))
        if not chunk:
            after_comma = True
            continue
        if _SKIP_CHUNK_RE.match(chunk):
            continue
        if chunk[0].islower() and not chunk.startswith("the ") and index > 0:
            continue  # a descriptor ("editor of ...") between the name and the verb
        if chunk.startswith("the ") and after_comma and index > 0:
            name = _clean_name(chunks[index - 1].strip(), max_words)
            if name and _is_person(name):
                return name  # "Ms X, the Special Rapporteur, said": the name, not the title
        return _clean_name(chunk, max_words)
    return None


def _clean_name(phrase: str, max_words: int = 7) -> str | None:
    phrase = _RELATIVE_RE.sub("", phrase.strip())
    phrase = _TRAILING_RE.sub("", phrase).strip()
    phrase = _LEADING_RE.sub("", phrase).strip()
    phrase = _TRAILING_AUXILIARY_RE.sub("", phrase)
    verb_like = re.search(r"(?<=[A-Za-z][a-z])\s[a-z]+ed\b(?=\s+(?:the|a|an|his|her|their|its)\b)", phrase)
    if verb_like:  # "Military spokesman X defended the tests": the subject ends at the verb
        phrase = phrase[: verb_like.start()]
    words = phrase.split()
    if not words or not any(c.isalpha() for c in phrase):
        return None  # a quotation mark or a number is not a name
    if len(words) > max_words:
        runs = re.findall(r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}[A-Z][\w.'\u2019-]*", phrase)
        return runs[-1] if runs else None
    return phrase


def _candidates(work: str, sentences: list[Sentence]) -> list[_Candidate]:
    """Everyone reported as saying something, with where they are mentioned."""
    found: list[_Candidate] = []
    for sentence in sentences:
        for verb in _VERB_RE.finditer(work, sentence.start, sentence.end):
            name = subject_before(work[sentence.start : verb.start()])
            if name and _could_name_someone(name):
                found.append(_Candidate(name, verb.start()))
            after = _AFTER_VERB_FIRST_RE.match(work[verb.start() : sentence.end])
            if after and (name := _clean_name(after.group("np"))) and _could_name_someone(name):
                found.append(_Candidate(name, verb.start()))
    return found


_NOT_A_NAME_START = frozenset(["in", "on", "at", "to", "for", "with", "by", "from", "that", "so", "again"])


def _could_name_someone(phrase: str) -> bool:
    """Not "it again" (from "say it again") nor "in our submission" (from "said in our ...")."""
    first = phrase.split()[0].lower()
    return first not in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _NOT_A_NAME_START


def _is_person(name: str) -> bool:
    words = name.split()
    if words[-1].lower().strip(".'\u2019") in _ORGANISATION_WORDS:
        return False  # the head noun decides: "Military spokesman X" is a person
    if words[-1].lower() in _PERSON_NOUNS:
        return True
    capitalised = [w for w in words if w[:1].isupper()]
    return bool(_TITLES_RE.search(name)) or len(capitalised) >= 2


# A person's name mentioned in passing: "Dr Anna Weber", "Pierre Martin" (not "Amnesty
# International's", not a bare title such as "Regional Research Director").
_MENTION_RE = re.compile(
    r"(?<![\w'\u2019])(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}"
    r"(?![\w'\u2019])(?!['\u2019]s\b)"
)


def _check_pronoun(work: str, position: int, speaker: str | None, sentences: list[Sentence]) -> str | None:
    """ "he said" goes to the nearest reporting speaker only when no other person is named
    in between; when one is, and is named in the sentence just before, it is that person
    ("The minister, Pierre Martin, defended the plan. "...," he said."), otherwise unclear."""
    anchor = work.rfind(speaker, 0, position) if speaker else -1
    if speaker and anchor < 0:
        return None
    others = [
        m
        for m in _MENTION_RE.finditer(work, max(anchor + len(speaker or ""), 0), position)
        if _is_mentioned_person(_mentioned_name(m.group()))
        and (not speaker or (m.group() not in speaker and speaker not in m.group()))
    ]
    if speaker and not others:
        return speaker
    index = next((i for i, s in enumerate(sentences) if s.start <= position < s.end), None)
    if index and others:
        previous = sentences[index - 1]
        names = {_mentioned_name(m.group()) for m in others if previous.start <= m.start() < previous.end}
        if len(names) == 1 and _mentioned_name(others[-1].group()) in names:
            return names.pop()
    return None


def _mentioned_name(mention: str) -> str:
    """ "Queensland Premier Steven Miles" -> "Steven Miles": the words after a title."""
    words = mention.split()
    titles = [i for i, w in enumerate(words) if w.lower() in _MENTION_TITLES]
    if titles and titles[-1] < len(words) - 1 and words[titles[-1]] not in ("Mr", "Mrs", "Ms", "Dr"):
        return " ".join(words[titles[-1] + 1 :])
    return mention


_MENTION_TITLES = frozenset(
    [
        *("premier", "minister", "president", "senator", "governor", "mayor", "secretary", "judge"),
        *("commissioner", "ambassador", "rapporteur", "chancellor", "general", "director", "chief"),
    ]
)


def _is_mentioned_person(name: str) -> bool:
    words = name.split()
    if words[0] in ("The", "A", "An", "This", "These", "In", "On", "At", "For", "But", "And"):
        return False
    lowered = {w.lower() for w in words}
    return not (lowered & (_ORGANISATION_WORDS | _PERSON_NOUNS | _ROLE_WORDS))


def _resolve(raw: str, position: int, candidates: list[_Candidate]) -> str | None:
    """A pronoun or "the experts" becomes the nearest fitting named speaker before it."""
    lowered = raw.lower()
    earlier = [c for c in reversed(candidates) if c.position < position]
    if lowered in _PERSON_PRONOUNS:
        return next((c.name for c in earlier if _is_person(c.name)), None)
    if lowered in _GROUP_PRONOUNS:
        return next(
            (c.name for c in earlier if not _is_person(c.name) and c.name.lower() not in _GROUP_PRONOUNS),
            None,
        )
    head = re.fullmatch(r"the\s+(\w+)", lowered)
    if head:
        # "the experts" -> an earlier, more specific "UN experts", when there is one.
        fuller = next(
            (
                c.name
                for c in earlier
                if c.name.lower().endswith(head.group(1))
                and c.name.lower() != lowered
                and c.name[:1].isupper()
            ),
            None,
        )
        return fuller or raw
    return raw


# "the statement", "the Mission's statement", "a statement released on Monday": the issuer.
_STATEMENT_RE = re.compile(
    r"^(?:the|a|an|its|their|this)\s+(?:[\w'\u2019-]+\s+){0,3}"
    r"(?:statement|press\s+release|communiqu\u00e9|communique)\b",
    re.IGNORECASE,
)
_ROLE_WORDS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "leader",
        "secretary",
        "minister",
        "director",
        "chair",
        "chairman",
        "chairwoman",
        "president",
        "officer",
        "coordinator",
        "head",
        "chief",
        "campaigner",
        "adviser",
        "advisor",
        "editor",
        "researcher",
        "manager",
        "founder",
        "member",
        "mp",
        "senator",
        "correspondent",
        "rapporteur",
        "lawyer",
        "activist",
        "economist",
        "analyst",
    ]
)
_HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sen", "senator", "rep"]
)
_GENERIC_FIRST = frozenset(
    [
        "general",
        "military",
        "party",
        "union",
        "former",
        "chief",
        "senior",
        "deputy",
        "government",
        "police",
        "army",
        "acting",
        "interim",
        "assistant",
        "national",
        "regional",
        "local",
        "lead",
        "human",
        "joint",
        "environmental",
        "civil",
    ]
)
_NAME_TOKEN_RE = re.compile(r"^(?:[A-Z][\w'\u2019.-]*|[A-Z]\.)$")


def tidy_speakers(speakers: list[str | None], issuer: str | None) -> list[str | None]:
    """Speakers as the page shows them, consistently: "the statement" is the issuer (when
    known), "Union leader Jane Doe" is "Jane Doe, union leader", and a bare "Doe" or "Ms Doe"
    is the fuller form of the same person used elsewhere in the statement."""
    shown = [_readable(s, issuer) for s in speakers]
    full = [s for s in shown if s and len(_name_part(s).split()) >= 2]
    result: list[str | None] = []
    for speaker in shown:
        if (speaker and len(_name_part(speaker).split()) < 2) or (
            speaker and _name_part(speaker).split()[0].lower().rstrip(".") in _HONORIFICS
        ):
            surname = _name_part(speaker).split()[-1]
            fuller = {
                f
                for f in full
                if _name_part(f).split()[-1] == surname
                and f != speaker
                and _name_part(f).split()[0].lower().rstrip(".") not in _HONORIFICS
                and surname[:1].isupper()
            }
            if len(fuller) == 1:
                speaker = fuller.pop()
        result.append(speaker)
    return result


def _name_part(speaker: str) -> str:
    return speaker.split(",")[0]


def _readable(speaker: str | None, issuer: str | None) -> str | None:
    if not speaker:
        return speaker
    speaker = _TRAILING_AUXILIARY_RE.sub("", speaker.strip())
    if _STATEMENT_RE.match(speaker):
        return issuer or speaker
    if speaker.lower() in ("i", "we", "me", "us"):
        return issuer  # the statement's own voice: its issuer, or nobody named (a pronoun names no one)
    words = speaker.split()
    if len(words) < 3 or len(words) > 9:
        return speaker
    # The name: the last capitalised words (a middle initial or "O'" joins the next word).
    name_length = 2
    if len(words) >= 4 and re.fullmatch(r"[A-Z]\.|[A-Z][a-z]?['\u2019]", words[-2]):
        name_length = 3
    name, descriptor = words[-name_length:], words[:-name_length]
    if not all(_NAME_TOKEN_RE.match(w) for w in name) or not descriptor:
        return speaker
    role = descriptor[-1].lower()
    if (
        role in _HONORIFICS
        or role not in _ROLE_WORDS
        or (len(descriptor) == 1 and descriptor[0][:1].isupper() and descriptor[0].lower() in _HONORIFICS)
    ):
        return speaker  # "Senator Jane Doe": the title belongs to the name
    if len(descriptor) == 1 and descriptor[0][:1].isupper() and role not in _ROLE_WORDS:
        return speaker
    if descriptor[0].lower() in _GENERIC_FIRST and (len(descriptor) == 1 or descriptor[1][:1].islower()):
        descriptor[0] = descriptor[0].lower()
    if descriptor[0].lower() in ("a", "an", "the"):
        return speaker
    return f"{' '.join(name)}, {' '.join(descriptor)}"
