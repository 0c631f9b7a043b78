"""Demand extraction: sentence units in, `Demand`s (text, addressee, sentence span, voice) out.

A demand is a sentence that calls for action, whether in the narrative ("The agency urges
Australia to ...") or inside a quotation ("The Government must ..."). Each is recognised by
its frame (call on/for, urge, demand, reiterate a call, ask, it is time for, facing calls to)
or by an obligation modal (must, should, need to); the frame gives the addressee and is
trimmed from the text. A list of asks makes each of its items a demand: a numbered or
bulleted list introduced by a demand ("we demand the government to:"), the paragraphs after a
lead-in that names asks ("Proposed actions:"), or a run of paragraphs that each open with an
imperative ("Release ...", "Repeal ..."). Not demands: a legal duty described ("the law says
employers must ..."), what people "must know", a call told as history ("last year's
resolution called for ..."). Each demand has a voice: the issuer's, or the other side's (a
party the issuer's demands address, or one replying to the issuer).

The words are each language's, from `briefing.lexicon` (section "Demands"); the rules are the
same for every language.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType

from briefing.extraction.clean import CleanText, Kind, without_emphasis
from briefing.lexicon import words_for
from briefing.model import Demand


@dataclass(frozen=True)
class Unit:
    """A sentence (or a quoted sentence split out of one) that may carry a demand."""

    start: int
    end: int
    kind: Kind  # the kind of the paragraph it sits in
    opens_paragraph: bool = False  # the first unit of its paragraph


@dataclass(frozen=True)
class Found:
    """A demand found in a sentence: where its own words are, who is asked, where the frame
    that makes it starts (the caller stands before it) and the frame's name."""

    what: tuple[int, int]
    who: str | None
    at: int = 0
    frame: str = "modal"


def _phrase(phrase: str) -> str:
    """ "call on" -> a pattern where a space matches any spaces and ' matches ’ too."""
    parts = []
    for char in phrase:
        if char == " ":
            parts.append(r"\s+")
        elif char in "'\u2019":
            parts.append("['\u2019]")
        else:
            parts.append(re.escape(char))
    tail = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return "".join(parts) + tail


@functools.cache
def _alt(phrases: Sequence[str]) -> str:
    """One alternation of `phrases` (longest first), each a whole word or phrase; a pattern
    that never matches for none."""
    if not phrases:
        return r"(?!x)x"
    return r"(?<!\w)(?:" + "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


def _endings(endings: Sequence[str]) -> str:
    """ "(?:ing)": word endings as one group; one that never matches for none."""
    return "(?:" + "|".join(map(re.escape, endings)) + ")" if endings else r"(?!x)x"


def _words(lexicon: ModuleType, name: str) -> tuple[str, ...]:
    return tuple(getattr(lexicon, name, ()))


def _contracted(lexicon: ModuleType, name: str) -> tuple[str, ...]:
    """The phrases of `name`, and each whose last word is a preposition also with that
    preposition fused with an article: "instamos a" -> also "instamos al" ("a el")."""
    contractions: dict[str, tuple[str, str]] = lexicon.DEMAND_CONTRACTIONS
    phrases = list(_words(lexicon, name))
    for phrase in list(phrases):
        head, _, last = phrase.rpartition(" ")
        for fused, (preposition, _article) in contractions.items():
            if last == preposition:
                phrases.append(f"{head} {fused}".strip())
    return tuple(dict.fromkeys(phrases))


@functools.cache
def _call_on(lexicon: ModuleType) -> str:
    """The calls that name who is asked ("call on", "exigió a", "instamos al"), with a filler
    allowed before their preposition: "exigió *hoy* al Gobierno que …", "urged *again* the"."""
    fillers = _alt(_words(lexicon, "DEMAND_ADDRESSEE_FILLERS"))
    alternatives = []
    for phrase in sorted(_contracted(lexicon, "DEMAND_CALL_ON"), key=len, reverse=True):
        head, _, last = phrase.rpartition(" ")
        if head:
            alternatives.append(rf"{_phrase(head)}(?:\s+{fillers})?\s+{_phrase(last)}")
        else:
            alternatives.append(_phrase(phrase))
    return r"(?<!\w)(?:" + "|".join(alternatives) + ")" if alternatives else r"(?!x)x"


def _fused_article(lead: str, rules_words: ModuleType) -> str | None:
    """The article a fused preposition just before the addressee carries: "instamos al" ->
    "el"; None when there is none ("instamos a")."""
    words = lead.split()
    pair = rules_words.DEMAND_CONTRACTIONS.get(words[-1].lower()) if words else None
    return pair[1] if pair else None


@dataclass(eq=False)  # hashed by identity: one per language, cached
class Rules:
    """One language's demand patterns, built from its lexicon (see `rules_for`)."""

    words: ModuleType
    lang: str = "en"
    frames: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    long_call: re.Pattern[str] | None = None
    modal: re.Pattern[str] | None = None
    hortative: re.Pattern[str] | None = None
    imperative: re.Pattern[str] | None = None
    trigger: re.Pattern[str] | None = None  # any word a frame starts with: most sentences have none


def _who(rules_words: ModuleType) -> str:
    links = _alt(_words(rules_words, "DEMAND_LINKS") + _words(rules_words, "DEMAND_CLAUSE_LINKS"))
    # "the U.S. Congress": a full stop after a capital letter is an abbreviation's.
    return rf"(?P<who>(?!{links})(?:[^,;:.!?]|(?<=\b[A-Z])\.){{2,80}}?)"


def _link(lexicon: ModuleType) -> str:
    """The word that ends an addressee and opens the ask: "to" not followed by "the"."""
    not_before = _alt(_words(lexicon, "DEMAND_LINK_NOT_BEFORE"))
    infinitive = rf"{_alt(_words(lexicon, 'DEMAND_LINKS'))}(?!\s*{not_before})"
    if _words(lexicon, "DEMAND_INFINITIVE_ENDINGS"):
        # "à suspendre", "a investigar", "à se mobiliser"; not "d'emplois"; or a list's
        # lead-in stopping at the link ("Instamos al Gobierno a:")
        # or a negated one: "de ne pas expulser", "a no politizar" (`DEMAND_INFINITIVE_NEGATIONS`)
        negated = _alt(_words(lexicon, "DEMAND_INFINITIVE_NEGATIONS"))
        infinitive += rf"(?=\s*[\"\u201c\u00ab]?\s*(?:{negated}\s+)?{_bare_infinitive(lexicon)}|\s*:)"
    return rf"(?:{_alt(_words(lexicon, 'DEMAND_CLAUSE_LINKS'))}|{infinitive})"


def _verb_phrase(lexicon: ModuleType) -> str:
    """An infinitive followed by a determiner ("realizar una búsqueda", "garantizar la
    seguridad", 'realizar "las acciones'): a verb with its object, not an adjective ("la
    policía militar a ...")."""
    determiner = _alt(_words(lexicon, "DEMAND_LINK_NOT_BEFORE"))
    return rf"{_bare_infinitive(lexicon)}\s+[\"\u201c\u00ab]?\s*{determiner}"


def _bare_infinitive(lexicon: ModuleType) -> str:
    """An infinitive, told by its ending ("investigar", "se mobiliser"); none in English."""
    endings = _words(lexicon, "DEMAND_INFINITIVE_ENDINGS")
    if not endings:
        return r"(?!x)x"
    reflexive = _alt(_words(lexicon, "DEMAND_REFLEXIVES"))
    return rf"(?:{reflexive}\s*)?\w*(?:{'|'.join(endings)})(?!\w)"


def _frame_patterns(w: ModuleType) -> list[tuple[str, str]]:
    """The frames of a language, in the order that breaks ties (the earliest wins)."""
    who, link = _who(w), _link(w)
    that = _alt(_words(w, "DEMAND_THAT"))
    return [
        (
            "reiterate",
            rf"{_alt(w.DEMAND_REITERATE)}\s+{_alt(w.DEMAND_POSSESSIVES)}\s+{_alt(w.DEMAND_CALL_NOUNS)}\s+"
            rf"(?:{_alt(_contracted(w, 'DEMAND_CALL_NOUN_ON'))}\s+{who}\s+{link}\s*"
            rf"|{_alt(w.DEMAND_CALL_NOUN_FOR)}\s+"
            rf"|{that}\s+)(?P<what>.+)",
        ),
        ("call_on", rf"{_call_on(w)}\s+{who}\s+{link}\s*(?P<what>.+)"),
        # "pidió al Gobierno garantizar la seguridad ...": the infinitive with no link
        ("call_on", rf"{_call_on(w)}\s+{who}\s+(?={_verb_phrase(w)})(?P<what>.+)"),
        ("call_for", rf"{_alt(w.DEMAND_CALL_FOR)}(?:\s+{that})?\s*(?P<what>.+)"),
        ("demand", _demand_verb_pattern(w, who)),
        ("ask", rf"{_alt(w.DEMAND_ASK_FIRST_PERSON)}\s+{who}\s+{link}\s*(?P<what>.+)"),
        ("want", _want_pattern(w, who, link)),
        (
            "recommend",
            rf"{_alt(w.DEMAND_RECOMMEND)}\s+{that}\s+"
            r"(?:(?P<who>[^,;:.!?]{2,80}?)\s*(?P<what2>:\s*)$|(?P<what>.+))",
        ),
        (
            "necessity",
            # "es obligación del Estado prevenir ...": the infinitive may follow with no link
            rf"{_alt(w.DEMAND_NECESSITY)}(?:\s+{_alt(_contracted(w, 'DEMAND_NECESSITY_FOR'))}\s+"
            rf"(?P<who>[^,;:.]{{2,80}}?)(?=\s+(?:{link}|{_bare_infinitive(w)})))?(?:\s+{link})?\s*(?P<what>.+)",
        ),
        ("pressure", rf"(?:^|[,;]\s*)(?P<who>[^,;:]{{2,80}}?)\s+{_alt(w.DEMAND_PRESSURE)}\s*(?P<what>.+)"),
        # "The only way to fix this is to ensure ...", "La única forma de salir es garantizar ..."
        (
            "only_way",
            rf"{_alt(w.DEMAND_ONLY_WAY)}[^.;:!?]{{0,80}}?\s{_alt(w.DEMAND_ONLY_WAY_IS)}\s+"
            rf"(?:{_alt(w.DEMAND_NECESSITY_FOR)}\s+(?P<who>[^,;:.]{{2,80}}?)\s+{link}\s*)?(?P<what>.+)",
        ),
        # "we need more teachers"; "we need to ..." is the modal's
        ("need", rf"{_alt(w.DEMAND_NEED)}(?!\s+{_alt(w.DEMAND_LINKS)})\s*(?P<what>.+)"),
    ]


def _want_pattern(w: ModuleType, who: str, link: str) -> str:
    """ "The union wants the government to fund ...", "quiere que el Gobierno financie ...",
    "veut que l'État finance ...": a party wanting another's act makes a call (not "wants to
    ...", its own wish)."""
    want, want_that = _alt(_words(w, "DEMAND_WANT")), _alt(_words(w, "DEMAND_WANT_THAT"))
    return rf"(?:{want}\s+{who}\s+{link}\s*(?P<what>.+)|{want_that}\s+(?P<what2>.+))"


def _demand_verb_pattern(w: ModuleType, who: str) -> str:
    """ "demand that ...", "demanded X to ...", "demands an inquiry"; not the noun ("Demand
    rose", "demand for food")."""
    return (
        rf"{_alt(w.DEMAND_VERBS)}\s+(?:{_alt(w.DEMAND_THAT)}\s+(?P<what2>.+)|{who}\s+"
        rf"{_alt(w.DEMAND_LINKS)}(?!\w)(?P<what>.*)|(?!for\b)(?!{_alt(w.DEMAND_NOUN_BEFORE)})(?P<what3>.+))"
    )


# A demand's words may run over a hard line break ("... la construction de\n l'action ...").
_FLAGS = re.IGNORECASE | re.DOTALL


@functools.cache
def rules_for(lang: str) -> Rules:
    """The compiled demand rules of `lang`, built once from its lexicon."""
    w = words_for(lang)
    rules = Rules(words=w, lang=lang)
    rules.frames = [(name, re.compile(pattern, _FLAGS)) for name, pattern in _frame_patterns(w)]
    # "hizo un llamado al Ayuntamiento, así como a la Fiscalía, para abrir ...": a call whose
    # addressee is a list runs on past its commas to the link.
    rules.long_call = re.compile(
        rf"{_call_on(w)}\s+(?P<who>[^.;:!?]{{2,200}}?)\s+{_link(w)}"
        r"\s*(?P<what>.+)",
        _FLAGS,
    )
    leading = (
        *w.DEMAND_REITERATE,
        *_contracted(w, "DEMAND_CALL_ON"),
        *w.DEMAND_CALL_FOR,
        *w.DEMAND_VERBS,
        *w.DEMAND_ASK_FIRST_PERSON,
        *w.DEMAND_RECOMMEND,
        *w.DEMAND_NECESSITY,
        *w.DEMAND_PRESSURE,
        *w.DEMAND_ONLY_WAY,
        *w.DEMAND_NEED,
        *_words(w, "DEMAND_WANT"),
        *_words(w, "DEMAND_WANT_THAT"),
    )
    rules.trigger = re.compile(_alt(tuple(leading)), re.IGNORECASE)
    rules.modal = re.compile(rf"(?P<modal>{_alt(w.DEMAND_MODALS)})(?P<rest>\s.+)", _FLAGS)
    rules.hortative = re.compile(
        rf"(?:^|[,;:]\s*|[\"\u201c\u00ab*_]\s*)(?P<what>{_alt(w.DEMAND_HORTATIVES)}.*)", _FLAGS
    )
    rules.imperative = re.compile(
        rf"^\s*(?:\d{{1,2}}[.)]\s+|[-*\u2022\u25aa\u2013]\s+)?[\"\u201c\u00ab]?\s*"
        rf"(?:[A-Z][^:.!?]{{0,70}}:\s+)?{_alt(w.DEMAND_IMPERATIVES)}\s+(?!{_alt(w.DEMAND_FRAGMENT_STARTS)})\S",
        re.IGNORECASE,
    )
    return rules


# ── Finding the demands of a statement ─────────────────────────────────────────────────────


@functools.cache
def _list_lead_re(w: ModuleType) -> re.Pattern[str]:
    """A lead-in that stops short of its ask: "... to:", "... a:", "—"."""
    return re.compile(rf"(?:{_alt(w.DEMAND_LINKS)}|:|\u2014|-)\s*[,:]?\s*$", re.IGNORECASE)


_LIST_MARKER_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022\u25aa\u2013])\s+")


@dataclass
class _ListState:
    """Where a list of asks stands while the units are read in order."""

    open: bool = False  # the previous unit opened a list, or was one of its items
    addressee: str | None = None
    marked_only: bool = True  # items are marked ("1.", "-"), not plain paragraphs
    nouns_ok: bool = False  # the lead-in names asks: an item may be a noun phrase


def extract_demands(clean: CleanText, units: list[Unit], lang: str = "en") -> list[Demand]:
    """Demands carried by `units`, in the order they appear, near-identical ones merged."""
    rules = rules_for(lang)
    demands: list[Demand] = []
    state = _ListState()
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        previous = units[index - 1] if index else None
        demands.extend(_unit_demands(clean, unit, previous, following, demands, state, rules))
    return merge_near_identical(demands)


def _unit_demands(
    clean: CleanText,
    unit: Unit,
    previous: Unit | None,
    following: Unit | None,
    demands: list[Demand],
    state: _ListState,
    rules: Rules,
) -> list[Demand]:
    """The demands one unit adds (a continued item extends the last demand in place)."""
    if state.open:
        listed = _in_open_list(clean, unit, demands, state, rules)
        if listed is not None:
            return listed
    if demands and _continues(clean.work, demands[-1].end or 0, unit):
        demands[-1] = _joined(clean, demands[-1], unit)
        return []
    state.open = False
    if unit.kind is Kind.HEADING and not _in_imperative_run(clean, unit, previous, following, rules):
        return []
    if _in_imperative_run(clean, unit, previous, following, rules) and not find_demands(
        clean.work[unit.start : unit.end], rules
    ):
        return [_run_item(clean, unit, previous, demands, state, rules)]
    demands_here = _sentence_demands(clean, unit, previous, following, state, rules)
    if state.open and not state.addressee and demands and _same_paragraph(clean, demands[-1], unit):
        state.addressee = demands[-1].addressee  # a lead-in naming no one goes on the call before it
    return demands_here


def _run_item(
    clean: CleanText,
    unit: Unit,
    previous: Unit | None,
    demands: list[Demand],
    state: _ListState,
    rules: Rules,
) -> Demand:
    """A paragraph of a run that each open with an imperative; the run right after a call
    takes the call's addressee ("The groups called on governments to act." then "Pledge ...",
    "Take ...": both ask governments)."""
    addressee = None
    if (
        previous is not None
        and demands
        and demands[-1].end == previous.end
        and not _starts_with_imperative(clean, previous, rules)
    ):
        addressee = demands[-1].addressee
    if addressee:  # the run's next paragraphs are items of the same list
        state.open, state.addressee, state.marked_only, state.nouns_ok = True, addressee, False, False
    return _list_demand(clean, unit, addressee)


def _in_open_list(
    clean: CleanText, unit: Unit, demands: list[Demand], state: _ListState, rules: Rules
) -> list[Demand] | None:
    """What a unit adds to the open list of asks: an item, nothing (a sub-heading, an item's
    second sentence joined to it), or None when the list has ended."""
    if _is_sub_heading(clean, unit, state):
        return []
    if demands and _same_paragraph(clean, demands[-1], unit):
        demands[-1] = _joined(clean, demands[-1], unit)  # an item's second sentence
        return []
    if _is_list_item(clean, unit, state, rules):
        return [_list_demand(clean, unit, state.addressee)]
    return None


def _sentence_demands(
    clean: CleanText,
    unit: Unit,
    previous: Unit | None,
    following: Unit | None,
    state: _ListState,
    rules: Rules,
) -> list[Demand]:
    """The demands of a sentence outside a list, or none when it opens a list of asks."""
    text = clean.work[unit.start : unit.end]
    found = find_demands(text, rules)
    lead_who = _lead_addressee(text, rules)
    if _opens_list(clean, text, found, following, rules, lead_who is not None):
        # "We demand the government to:" introduces the list; its items are the demands.
        state.open, state.addressee = True, (found[-1].who if found else None) or lead_who
        state.marked_only = (
            bool(found or lead_who) and following is not None and following.kind is Kind.LIST_ITEM
        )
        state.nouns_ok = not found
        return []
    return [
        Demand(
            text=_trim(clean.original, unit, f.what, rules), addressee=f.who, start=unit.start, end=unit.end
        )
        for f in found
    ]


def _joined(clean: CleanText, last: Demand, unit: Unit) -> Demand:
    """An item broken across lines: "... the timeframe for the\\n\\nremaining steps."."""
    return Demand(
        text=_tidy(f"{last.text} {clean.original[unit.start : unit.end]}"),
        addressee=last.addressee,
        start=last.start,
        end=unit.end,
    )


def _same_paragraph(clean: CleanText, last: Demand, unit: Unit) -> bool:
    """The unit goes on the paragraph of the last demand (no line break between them)."""
    end = last.end or 0
    return not unit.opens_paragraph and end <= unit.start and "\n" not in clean.work[end : unit.start]


def _opens_list(
    clean: CleanText, text: str, found: list[Found], following: Unit | None, rules: Rules, names_who: bool
) -> bool:
    """A lead-in to a list of asks: a demand ending in "to:" before list items ("We call on
    the ministry to:", "The network asks the ministry to:"), or a line naming asks and ending
    in a colon ("Proposed actions:")."""
    if following is None:
        return False
    if (found or names_who) and _list_lead_re(rules.words).search(text):
        return following.kind is Kind.LIST_ITEM or _starts_with_imperative(clean, following, rules)
    names_asks = re.search(_alt(rules.words.DEMAND_LIST_NOUNS), text, re.IGNORECASE)
    return bool(names_asks and text.rstrip().endswith(":") and len(text.split()) <= 12)


def _lead_addressee(text: str, rules: Rules) -> str | None:
    """Who a list's lead-in names, ending in a colon: "The network asks the ministry to:",
    "Exigimos al Estado:", "Our recommendations to the ministry:", "Nos revendications au
    ministère :"."""
    if not text.rstrip().endswith(":"):
        return None
    m = _lead_re(rules.words).search(text)
    return _who_of(text, m, rules) if m else None


@functools.cache
def _lead_re(w: ModuleType) -> re.Pattern[str]:
    verbs = _alt(_contracted(w, "DEMAND_CALL_ON") + _words(w, "DEMAND_LIST_LEAD_VERBS"))
    nouns = rf"{_alt(w.DEMAND_LIST_NOUNS)}\s+{_alt(_contracted(w, 'DEMAND_ADDRESSEE_PREPOSITIONS'))}"
    return re.compile(
        rf"(?:{verbs}|{nouns})\s+(?P<who>[^,;:.!?]{{2,80}}?)(?:\s+{_link(w)}[^.!?:]*)?\s*:\s*$", re.IGNORECASE
    )


def _is_sub_heading(clean: CleanText, unit: Unit, state: _ListState) -> bool:
    """ "2. Transitional justice:": a numbered heading inside a list of paragraphs, which goes
    on after it (after "Signed by:" a list of asks has ended)."""
    text = clean.work[unit.start : unit.end].strip()
    numbered = re.match(r"\d{1,2}[.)]\s", text)
    return not state.marked_only and bool(numbered) and text.endswith(":") and len(text.split()) <= 6


def _is_list_item(clean: CleanText, unit: Unit, state: _ListState, rules: Rules) -> bool:
    """An item of the open list: a marked item, or a paragraph that opens with an imperative,
    or (after a lead-in naming asks) a short paragraph that names a measure."""
    if unit.kind is Kind.LIST_ITEM:
        return True
    if state.marked_only or not unit.opens_paragraph:
        return False
    text = clean.work[unit.start : unit.end].strip()
    return _starts_with_imperative(clean, unit, rules) or (state.nouns_ok and _reads_as_item(text, rules))


def _reads_as_item(text: str, rules: Rules) -> bool:
    """A short paragraph that names a measure ("Balanced foreign policy reflecting ..."), not
    narrative ("The council met ...", "We ...")."""
    first = text.split()[0].lower() if text.split() else ""
    closed = set(_words(rules.words, "DEMAND_DETERMINERS")) | set(_words(rules.words, "DEMAND_PRONOUNS"))
    return 2 <= len(text.split()) <= 40 and text[:1].isupper() and first not in closed


def _starts_with_imperative(clean: CleanText, unit: Unit, rules: Rules) -> bool:
    """The paragraph opens with an imperative verb ("Repeal the law", "Land: Return the ...")."""
    assert rules.imperative is not None
    return unit.opens_paragraph and bool(rules.imperative.match(clean.work[unit.start : unit.end]))


def _in_imperative_run(
    clean: CleanText, unit: Unit, previous: Unit | None, following: Unit | None, rules: Rules
) -> bool:
    """One of two or more paragraphs in a row that each open with an imperative: one
    recommendation a paragraph."""
    if not _starts_with_imperative(clean, unit, rules):
        return False
    return any(n is not None and _starts_with_imperative(clean, n, rules) for n in (previous, following))


def merge_near_identical(demands: list[Demand]) -> list[Demand]:
    """Each demand once: a demand whose words repeat an earlier one's (the same sentence found
    twice, a repeated lead) is dropped."""
    kept: list[Demand] = []
    seen: list[set[str]] = []
    for demand in demands:
        words = set(re.findall(r"\w+", demand.text.lower()))
        twin = next((i for i, other in enumerate(seen) if _near(words, other)), None)
        if twin is None:
            kept.append(demand)
            seen.append(words)
        elif demand.addressee and not kept[twin].addressee:
            kept[twin] = demand  # of two near-identical demands, the one that names who is asked
    return kept


def _near(a: set[str], b: set[str]) -> bool:
    """Nine in ten of the shorter one's words are the other's."""
    if not a or not b:
        return False
    return len(a & b) >= 0.9 * min(len(a), len(b)) and min(len(a), len(b)) >= 0.5 * max(len(a), len(b))


@functools.cache
def _next_frame_re(w: ModuleType) -> re.Pattern[str]:
    """ "... urged donors to pledge $2.5 million and called on the ministry to open ...":
    a second frame joined to the first demand's words starts a demand of its own."""
    subjects = _alt(w.DEMAND_JOINED_SUBJECTS)
    return re.compile(
        rf",?\s+{_alt(w.DEMAND_JOINERS)}\s+(?:{subjects}\s+)*(?={_alt(w.DEMAND_JOINED_CALLS)})", re.IGNORECASE
    )


@functools.cache
def _relative_re(w: ModuleType) -> re.Pattern[str]:
    """ "the militia, which attacked the camp and called on ...": a relative clause's act."""
    return re.compile(_alt(w.DEMAND_RELATIVE_PRONOUNS), re.IGNORECASE)


def find_demands(text: str, rules: Rules) -> list[Found]:
    """Every demand a sentence makes, each with who is asked: usually one."""
    return list(_found_in(text, rules))


@functools.lru_cache(maxsize=2048)  # a sentence is read for demands, callers and voices alike
def _found_in(text: str, rules: Rules) -> tuple[Found, ...]:
    demands: list[Found] = []
    found = _find_demand(text, rules)
    while found:
        start, end = found.what
        current, found = found, None
        for joint in _next_frame_re(rules.words).finditer(text, start, end):
            if _relative_re(rules.words).search(text, start, joint.start()):
                break  # "the militia, which attacked the camp and called on residents": its act
            found = _find_demand(text, rules, joint.end())
            if found:
                end = joint.start()
                break
        caller = text[: current.at]
        if not _told_as_history(caller, current, rules) and not _survey_caller(caller, current, rules):
            what, who = _negation_kept(text, (start, end), current.who, rules)
            demands.append(Found(what, who, current.at, current.frame))
    return tuple(demands)


# The last word before a demand's words, quotation marks and spaces aside.
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+['\u2019]?)[\s\"'\u201c\u201d\u00ab\u00bb\u2018\u2019]*$")
_NEGATION_LOOKBACK = 3  # words: "urged them *never* to", "de *ne pas* politiser", '"*no* politizar'


def _negation_kept(
    text: str, what: tuple[int, int], who: str | None, rules: Rules
) -> tuple[tuple[int, int], str | None]:
    """ "urged the groups not to politicise …", 'pidió a las organizaciones "no politizar …"',
    "a demandé aux ONG de ne pas politiser …": a negation just before the demand's words is
    part of them, never of who is asked (nor dropped): without it the ask is inverted."""
    from briefing.verify import is_negation

    start, end = what
    cursor, earliest = start, None
    for _ in range(_NEGATION_LOOKBACK):
        m = _WORD_BEFORE_RE.search(text, max(0, cursor - 40), cursor)
        if not m:
            break
        if is_negation(m.group(1), rules.lang):
            earliest = m.start(1)
        cursor = m.start(1)
    if earliest is None:
        return what, who
    return (earliest, end), _without_words(who, text[earliest:start])


def _without_words(who: str | None, words: str) -> str | None:
    """Who is asked, without the words that turned out to open the demand: "the groups
    never" -> "the groups", "les ONG de ne pas" -> "les ONG" (with the "de" that joined them)."""
    if who is None:
        return None
    taken = {word.strip(_MARKS).casefold() for word in words.split()}
    kept = who.split()
    if not kept or kept[-1].strip(_MARKS).casefold() not in taken:
        return who
    while kept and kept[-1].strip(_MARKS).casefold() in taken:
        kept.pop()
    while len(kept) > 1 and kept[-1].islower() and len(kept[-1]) <= 3:
        kept.pop()  # the joining word left behind: "de", "to", "à"
    return " ".join(kept) or None


_MARKS = "\"'\u201c\u201d\u00ab\u00bb\u2018\u2019"


def _told_as_history(caller: str, found: Found, rules: Rules) -> bool:
    """A past call told as history, not made ("Last year's resolution called for ...", "In
    2019, the council urged ..."); the first person's own calls stay demands."""
    if found.frame in ("modal", "hortative", "necessity"):
        return False
    w = rules.words
    year = rf"{_alt(w.DEMAND_YEAR_PREPOSITIONS)}\s+(?:19|20)\d\d(?!\w)"
    history = re.search(rf"{_alt(w.DEMAND_HISTORY)}|{year}", caller, re.IGNORECASE)
    return bool(history) and not re.search(_alt(w.DEMAND_FIRST_PERSON), caller, re.IGNORECASE)


def _survey_caller(caller: str, found: Found, rules: Rules) -> bool:
    """ "Dos de cada tres directores piden ...", "7 in 10 parents want ...": what a share of
    people ask, a survey's finding, not a call the statement makes."""
    if found.frame in _NO_CALLER:
        return False
    w = rules.words
    count = rf"(?:\d+|{_alt(w.NUMBER_WORDS)})"
    share = rf"(?:\d+(?:[.,]\d+)?\s?%|{count}(?:\s+\w+)?\s+{_alt(w.DEMAND_RATIO_WORDS)}\s+{count})"
    return bool(re.search(rf"{share}(?:\s+[\w'\u2019-]+){{0,3}}\s*$", caller, re.IGNORECASE))


def _continues(work: str, end: int, unit: Unit) -> bool:
    """The unit finishes the sentence the previous demand left open."""
    if end > unit.start or work[end : unit.start].strip():
        return False
    return (
        work[end - 1 : end].isalpha()
        and work[unit.start : unit.start + 1].islower()
        and unit.kind is not Kind.LIST_ITEM
    )


def _find_demand(text: str, rules: Rules, at: int | None = None) -> Found | None:
    """Where the demand's own words are in `text`, and who is asked; None if no demand. With
    `at`, only a frame that starts there ("... and called on Z to ...")."""
    if text.rstrip().endswith("?"):
        return None
    assert rules.trigger is not None
    if at is None and not rules.trigger.search(text):
        return _find_hortative(text, rules) or _find_modal(text, rules)
    found = _find_frame(text, rules, at)
    if found or at is not None:
        return found
    return _find_long_call(text, rules) or _find_hortative(text, rules) or _find_modal(text, rules)


def _find_frame(text: str, rules: Rules, at: int | None) -> Found | None:
    """The frame that governs the sentence: the first one in it ("X urged Y to ..., and
    called on Z"), unless it is a noun or a passive ("the demand", "were called for")."""
    matches = []
    for name, pattern in rules.frames:
        m = pattern.search(text) if at is None else pattern.match(text, at)
        while m and (
            _frame_is_noun(text, m.start(), rules) or _asks_no_act(m, rules) or _who_has_verb(m, rules)
        ):
            m = pattern.search(text, m.start() + 1) if at is None else None
        if m:
            matches.append((name, m))
    if not matches:
        return None
    name, m = _widest_frame(text, matches, rules)
    return Found(
        (_ask_start(text, m, rules), m.end(_what_group(m))), _who_of(text, m, rules), m.start(), name
    )


def _ask_start(text: str, m: re.Match[str], rules: Rules) -> int:
    """Where the ask starts: after the frame, and after a subject pronoun that names the
    addressee again ("exigeons du gouvernement qu'il retire ..." -> "retire ...")."""
    start = m.start(_what_group(m))
    if m.groupdict().get("who"):
        subject = re.match(rf"{_alt(_words(rules.words, 'DEMAND_CLAUSE_SUBJECTS'))}\s+", text[start:], re.I)
        start += subject.end() if subject else 0
    return start


def _what_group(m: re.Match[str]) -> str:
    return next(g for g in ("what", "what2", "what3") if g in m.groupdict() and m.group(g) is not None)


def _widest_frame(
    text: str, matches: list[tuple[str, re.Match[str]]], rules: Rules
) -> tuple[str, re.Match[str]]:
    """The first frame in the sentence; of frames that overlap it, the one that reads further
    (names the addressee): "Nous demandons au gouvernement de ..." is "demandons au X de",
    not "nous demandons" with "au gouvernement de ..." for its ask."""
    first = min(matches, key=lambda pair: pair[1].start())
    frame_end = first[1].start(_what_group(first[1]))
    overlapping = [pair for pair in matches if pair[1].start() < frame_end]
    return max(overlapping, key=lambda pair: (_ask_start(text, pair[1], rules), -matches.index(pair)))


def _who_of(text: str, m: re.Match[str], rules: Rules) -> str | None:
    """The addressee a frame's match names, with the article a fused preposition holds
    ("instamos al Estado a ..." -> "el Estado")."""
    if m.groupdict().get("who") is None:
        return None
    if m.group("who").strip().lower() in _words(rules.words, "DEMAND_OBJECT_PRONOUNS"):
        return _recipient(text[: m.start()], rules)
    return _addressee(m.group("who"), rules, _fused_article(text[m.start() : m.start("who")], rules.words))


def _recipient(before: str, rules: Rules) -> str | None:
    """Whom an object pronoun addressee stands for: the recipient its sentence names before
    the call ("have written to the Prime Minister, urging him to ..." -> "the Prime
    Minister"); None when it names none."""
    w = rules.words
    determiner = rf"(?:{_alt(w.DEMAND_DETERMINERS)}\s+)?"
    name = (
        r"[A-Z\u00c0-\u00de][\w'\u2019-]*(?:\s+(?:of\s+|de\s+|du\s+|del\s+)?[A-Z\u00c0-\u00de][\w'\u2019-]*)*"
    )
    found = list(
        re.finditer(
            rf"{_alt(_words(w, 'DEMAND_RECIPIENT_PREPOSITIONS'))}\s+(?P<who>{determiner}{name})", before
        )
    )
    if not found:
        return None
    m = found[-1]
    return _addressee(m.group("who"), rules, _fused_article(before[m.start() : m.start("who")], w))


def _frame_is_noun(text: str, start: int, rules: Rules) -> bool:
    """The word before the frame makes it a noun or a passive ("the demand", "were called
    for"); a progressive stays active ("is calling for")."""
    before = re.search(r"([\w'\u2019]+)\s*$", text[max(0, start - 40) : start])
    if not before:
        return False
    word = before.group(1).lower()
    verb = re.match(r"[\w'\u2019]+", text[start:])
    if verb and verb.group().lower().endswith("ing"):
        return False
    noun_after = set(_words(rules.words, "DEMAND_NOUN_AFTER"))
    demand_verb = re.match(_alt(rules.words.DEMAND_VERBS), text[start:], re.IGNORECASE)
    return word in _words(rules.words, "DEMAND_NOT_AFTER") or (bool(demand_verb) and word in noun_after)


def _who_has_verb(m: re.Match[str], rules: Rules) -> bool:
    """The addressee runs over the ask's own verb ("se exige a las autoridades realizar una
    búsqueda para ..."): the frame that stops at the infinitive reads it."""
    who = m.groupdict().get("who") or ""
    if _words(rules.words, "DEMAND_INFINITIVE_ENDINGS") and re.search(
        _alt(_words(rules.words, "DEMAND_THAT")), who, re.IGNORECASE
    ):
        return True  # "exigió al Gobierno que adopte … para proteger": the ask began at "que"
    return bool(_verb_phrase_re(rules.words).search(who))


@functools.cache
def _verb_phrase_re(w: ModuleType) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){_verb_phrase(w)}", re.IGNORECASE)


def _asks_no_act(m: re.Match[str], rules: Rules) -> bool:
    """ "It is time to understand that ...", "il faut donc s'attendre à ...": knowing or
    expecting is not an action."""
    what = m.groupdict().get("what") or ""
    # "il faut donc s'attendre à ...": past a filler adverb
    what = re.sub(rf"^\s*(?:{_alt(rules.words.DEMAND_ADDRESSEE_FILLERS)}\s+)+", "", what, flags=re.IGNORECASE)
    return bool(re.match(_alt(rules.words.DEMAND_NOT_AN_ACT), what, re.IGNORECASE))


def _find_long_call(text: str, rules: Rules) -> Found | None:
    """A call whose addressee is a list with commas ("urged the army, the police and the
    courts to ..."), read up to its link."""
    assert rules.long_call is not None
    m = rules.long_call.search(text)
    if not m or _frame_is_noun(text, m.start(), rules):
        return None
    return Found((m.start("what"), m.end("what")), _who_of(text, m, rules), m.start(), "call_on")


def _find_hortative(text: str, rules: Rules) -> Found | None:
    """A clause opening with a first-person plural or formal imperative ("évitons ...",
    "Respeten ...", "Let us ...")."""
    assert rules.hortative is not None
    m = rules.hortative.search(text)
    return Found((m.start("what"), len(text)), None, m.start("what"), "hortative") if m else None


# ── Obligation modals: "X must ...", each way a modal is no demand a named rule ────────────


def _find_modal(text: str, rules: Rules) -> Found | None:
    """The first obligation modal in `text` that makes a demand ("The ministry must ...")."""
    assert rules.modal is not None
    for m in rules.modal.finditer(text):
        if any(rule(text, m, rules) for rule in _MODAL_IS_NO_DEMAND):
            continue
        clause_start, subject = _modal_subject(text, m, rules)
        if any(rule(subject, m, rules) for rule in _SUBJECT_IS_NO_DEMAND):
            continue
        if subject and subject.split()[-1].lower() in _words(rules.words, "DEMAND_COORDINATORS"):
            # "X, a practice that ..., harms families and must end": the subject is further
            # back, past the appositive; the whole sentence is the demand.
            return Found((0, len(text)), None)
        start = text.index(subject, clause_start) if subject else m.start()
        cleft = re.search(rf"{_alt(rules.words.DEMAND_WHAT)}\s*$", text[:start], re.IGNORECASE)
        start = cleft.start() if cleft else start  # "Lo que el Gobierno debe hacer es ..." whole
        who = None if _states_a_quality(m.group("rest"), rules) else _subject_addressee(subject, rules)
        return Found((start, len(text)), who, start)
    return None


def _noun_need(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "the need to replace ...": after a determiner the modal is a noun."""
    before = re.search(r"([\w'\u2019]+)\s*$", text[max(0, m.start() - 40) : m.start()])
    return before is not None and before.group(1).lower() in _words(rules.words, "DEMAND_DETERMINERS")


def _regret(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "should have been provided": a regret, not a demand."""
    return bool(re.match(rf"\s+{_alt(rules.words.DEMAND_MODAL_BLOCKERS)}", m.group("rest"), re.IGNORECASE))


def _inverted_condition(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "Should the government fail to act, ...": a condition, not a demand."""
    invertible = m.group("modal").lower() in _words(rules.words, "DEMAND_INVERTIBLE")
    joiners = _alt((*rules.words.DEMAND_COORDINATORS, *rules.words.DEMAND_CONJUNCTIONS))
    inverted = rf"\s*[\"\u201c\u2018]?\s*(?:{joiners}\s+)?"
    return invertible and bool(re.fullmatch(inverted, text[: m.start()], re.IGNORECASE))


def _pro_form(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "we must do so in a way that ...": how, not what is demanded."""
    pro_forms = _alt(rules.words.DEMAND_PRO_FORMS)
    return bool(re.match(rf"\s+(?:\w+ly\s+)?{pro_forms}", m.group("rest"), re.IGNORECASE))


def _consequence(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "patients would have to travel 90 km": a consequence, not a demand."""
    before = text[max(0, m.start() - 40) : m.start()]
    return bool(re.search(rf"{_alt(rules.words.DEMAND_CONDITIONALS)}\s+$", before, re.IGNORECASE))


def _no_obligation(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "do not need to report": no obligation at all."""
    weak = _is_weak(m, rules)
    before = text[max(0, m.start() - 40) : m.start()]
    negated = re.search(rf"{_alt(rules.words.DEMAND_NEGATIONS)}\s*$", before, re.IGNORECASE)
    return weak and bool(negated)


def _not_an_act(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "the people must know that ...": knowing is not an action anyone is asked to take."""
    return bool(re.match(rf"\s+{_alt(rules.words.DEMAND_NOT_AN_ACT)}", m.group("rest"), re.IGNORECASE))


def _survey_finding(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "3 pupils in 4 think the course should ...", "two in three heads say it must ...": what a
    share of people think, a finding."""
    w = rules.words
    count = rf"(?:\d+|{_alt(w.NUMBER_WORDS)})"  # "3 in 4", "two in three", "dos de cada tres"
    share = rf"\d+(?:[.,]\d+)?\s?%|{count}(?:\s+\w+)?\s+{_alt(w.DEMAND_RATIO_WORDS)}\s+{count}"
    opinion = _alt(w.DEMAND_OPINION_VERBS)
    before = text[max(0, m.start() - 200) : m.start()]
    return bool(re.search(rf"(?:{share})[^.;:]{{0,60}}?{opinion}", before, re.IGNORECASE))


def _legal_duty(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "the law says employers must ...": a legal duty described, not an ask."""
    before = text[: m.start()]
    w = rules.words
    source = rf"{_alt(w.DEMAND_LEGAL_SOURCES)}\s+(?:\w+\s+){{0,3}}?{_alt(w.DEMAND_LEGAL_VERBS)}"
    return bool(re.search(rf"{source}|{_alt(w.DEMAND_LEGAL_PHRASES)}", before, re.IGNORECASE))


_MODAL_IS_NO_DEMAND: tuple[Callable[[str, re.Match[str], Rules], bool], ...] = (
    _noun_need,
    _regret,
    _inverted_condition,
    _pro_form,
    _consequence,
    _no_obligation,
    _not_an_act,
    _survey_finding,
    _legal_duty,
)


def _is_weak(m: re.Match[str], rules: Rules) -> bool:
    modal = re.sub(r"\s+", " ", m.group("modal").lower())
    return modal in _words(rules.words, "DEMAND_WEAK_MODALS")


def _modal_subject(text: str, m: re.Match[str], rules: Rules) -> tuple[int, str]:
    """Where the modal's clause starts and its subject: after the last punctuation, opening
    mark or clause word ("said", "that") before the modal."""
    clause_words = _alt(rules.words.DEMAND_CLAUSE_WORDS)
    delimiter = re.compile(rf"[,;:\u2013\u2014()\"\u201c\u201d\u00ab\u00bb]|{clause_words}", re.IGNORECASE)
    delimiters = list(delimiter.finditer(text, 0, m.start()))
    if (
        delimiters
        and delimiters[-1].group() in '"\u201c\u00ab'
        and not text[delimiters[-1].end() : m.start()].strip()
    ):
        delimiters.pop()  # `The group said the army "should ...`: the subject precedes the mark
    clause_start = delimiters[-1].end() if delimiters else 0
    return clause_start, text[clause_start : m.start()].strip()


def _empty_subject(subject: str, m: re.Match[str], rules: Rules) -> bool:
    """ "It shouldn't be a crime to complain", "this is what we must fight for"; but "What the
    government should do is ..." states the demand."""
    words = subject.lower().split()
    what = _alt(rules.words.DEMAND_WHAT)
    if words and {words[0], words[-1]} & set(_words(rules.words, "DEMAND_EMPTY_SUBJECTS")):
        return True  # also "In most countries it should not be possible to ..."
    return not re.match(what, subject, re.IGNORECASE) and bool(re.search(what, subject, re.IGNORECASE))


def _relative_subject(subject: str, m: re.Match[str], rules: Rules) -> bool:
    """ "patients who need to travel", "asked whether the minister should resign"."""
    return bool(re.search(_alt(rules.words.DEMAND_RELATIVES), subject, re.IGNORECASE))


def _subjectless_weak(subject: str, m: re.Match[str], rules: Rules) -> bool:
    """ "need to" with no subject before it: a need described, not someone asked; but "a
    burden that needs to be shared fairly" asks for it to be done."""
    return not subject and _is_weak(m, rules) and not _passive(m.group("rest"), rules)


_SUBJECT_IS_NO_DEMAND: tuple[Callable[[str, re.Match[str], Rules], bool], ...] = (
    _empty_subject,
    _relative_subject,
    _subjectless_weak,
)


def _states_a_quality(rest: str, rules: Rules) -> bool:
    """ "must be released", "needs to be meaningful", "should be to create ...": a passive or
    what something should be names no one who is asked to act."""
    w = rules.words
    copula = rf"\s+(?:{_alt(w.DEMAND_LINKS)}\s+)?{_alt(w.DEMAND_BE)}"
    return _passive(rest, rules) or bool(re.match(copula, rest, re.IGNORECASE))


def _passive(rest: str, rules: Rules) -> bool:
    """ "must be released": a passive names no one who is asked."""
    return bool(_passive_re(rules.words).match(rest))


@functools.cache
def _passive_re(w: ModuleType) -> re.Pattern[str]:
    """ "be released", "not be held", "ser liberados", "être automatisé"."""
    endings = "|".join(re.escape(e) for e in _words(w, "DEMAND_PARTICIPLE_ENDINGS")) or "(?!x)x"
    adverb = rf"\w+(?:{'|'.join(_words(w, 'DEMAND_ADVERB_ENDINGS')) or '(?!x)x'})"
    adverbs = rf"(?:{adverb}\s+|{_alt(w.DEMAND_PASSIVE_ADVERBS)}\s+)*"
    participle = rf"(?:\w+(?:{endings})|{_alt(w.DEMAND_IRREGULAR_PARTICIPLES)})(?!\w)"
    return re.compile(rf"\s+{adverbs}{_alt(w.DEMAND_BE)}\s+(?:{adverb}\s+)*{participle}", re.IGNORECASE)


def _subject_addressee(subject: str, rules: Rules) -> str | None:
    """The subject of "X must ..." as an addressee, when it is a plain noun phrase."""
    words = subject.split()
    if words and words[0].lower() in _words(rules.words, "DEMAND_CORRELATIVES"):
        words = words[1:]  # "both the council and the mayor"
    what = _words(rules.words, "DEMAND_WHAT")
    if len(words) > 1 and " ".join(words[:2]).lower() in what:
        words = words[2:]  # "lo que el Gobierno debe hacer es ...": "el Gobierno"
    elif words and words[0].lower() in what:
        words = words[1:]  # "What the government should do is ...": "the government"
    if not words or words[-1].lower() in _words(rules.words, "DEMAND_COORDINATORS"):
        return None  # "... and must end": the subject is further back
    if words[0][:1].islower() and words[0].lower() not in _words(rules.words, "DEMAND_DETERMINERS"):
        return None  # a verb or adverb, not a noun phrase
    return _addressee(" ".join(words), rules)


def _addressee(phrase: str | None, rules: Rules, article: str | None = None) -> str | None:
    """Who is asked, without fillers ("also", "now"), with the article a fused preposition
    held ("al Estado" -> "el Estado"); None for a pronoun."""
    if not phrase:
        return None
    w = rules.words
    phrase = re.split(r"[\"\u201c\u00ab]", phrase.strip(" \"'\u201c\u201d\u2018\u2019\u00ab\u00bb"))[0]
    phrase = phrase.strip(" ,;")  # "Ayuntamiento, así como a la Fiscalía,"; not a quotation's words
    phrase = re.sub(rf"^{_alt(w.DEMAND_ADDRESSEE_FILLERS)}\s+", "", phrase.strip(), flags=re.IGNORECASE)
    phrase = re.sub(rf"\s+{_alt(w.DEMAND_ADDRESSEE_TAIL)}$", "", phrase, flags=re.IGNORECASE)
    words = phrase.split()
    if not words or len(words) > 10 or words[0].lower() in _words(w, "DEMAND_PRONOUNS"):
        return None
    if len(words) == 1 and words[0].lower() in _words(w, "DEMAND_OBJECT_PRONOUNS"):
        return None  # "urge him to ...", but "called on her supporters to ..." names them
    joined = _joined_addressees(" ".join(words), w)
    return f"{article} {joined}" if article else joined


def _joined_addressees(phrase: str, w: ModuleType) -> str:
    """Two addressees joined, the call's preposition dropped before the second: "las
    autoridades y a la Fiscalía" -> "las autoridades y la Fiscalía"; "individus et aux
    organisations" -> "individus et les organisations"."""
    joins = _alt(_words(w, "DEMAND_ADDRESSEE_JOINS"))
    prepositions = _alt(_words(w, "DEMAND_ADDRESSEE_PREPOSITIONS"))
    fused: dict[str, tuple[str, str]] = w.DEMAND_CONTRACTIONS

    def article(m: re.Match[str]) -> str:
        word = m.group("fused")
        return f"{m.group('join')} {fused[word.lower()][1]} " if word else f"{m.group('join')} "

    fused_words = _alt(tuple(fused)) if fused else r"(?!x)x"
    pattern = rf"(?P<join>,?\s*{joins})\s+(?:(?P<fused>{fused_words})|{prepositions})\s+"
    return re.sub(pattern, article, phrase, flags=re.IGNORECASE)


# ── Voices: whose call it is ────────────────────────────────────────────────────────────────


def assign_voices(
    demands: list[Demand],
    text: str,
    lang: str = "en",
    quoted: Sequence[tuple[int, int, str | None]] = (),
    issuer: str | None = None,
    other_quotes: Sequence[tuple[int, int, str | None]] = (),
    other_party: Callable[[str], bool] | None = None,
    own_caller: Callable[[str], bool] | None = None,
) -> list[Demand]:
    """Each demand with its voice: "other" when the caller is a party the issuer's own
    demands address by name, or answers the issuer ("The Ministry rejected ... and called on
    the group to ..."), or holds an office of the state the issuer does not (`speaks_for_the_state`);
    otherwise "issuer" (the issuer's own calls always are). `quoted`
    gives each quotation's span and speaker, and `other_quotes` the quotations in the other
    side's voice (the attribution rules'), so a call inside the other side's quotation is
    theirs; `other_party` says whether a caller is another party, and `own_caller` whether
    it stands for the issuer ("the union" in the union's statement), by the voice rules."""
    rules = rules_for(lang)
    # "the Housing Ministry" names a party; "the union" may be the issuer speaking of itself
    addressees = [d.addressee for d in demands if d.addressee and re.search(r"\b[A-Z]", d.addressee)]
    voiced = []
    for demand in demands:
        sentence = text[demand.start or 0 : demand.end or 0]
        caller = _caller(sentence, demand, quoted, rules)
        own = _is_own(caller, issuer, own_caller)
        other = not own and (
            _is_other_side(caller, sentence, addressees, demand.addressee, rules)
            # '"The groups must stop interfering," said the government spokesman': his call
            or _in_any(demand, text, other_quotes)
            or (other_party is not None and bool(caller) and other_party(caller))
        )
        voiced.append(demand.model_copy(update={"voice": "other" if other else "issuer"}))
    return voiced


def _is_own(caller: str, issuer: str | None, own_caller: Callable[[str], bool] | None) -> bool:
    """The caller is the issuer: named ("Harbour Watch calls on ..."), or standing for it."""
    if issuer is None:
        return False
    return issuer.lower() in caller.lower() or (own_caller is not None and own_caller(caller))


def demand_callers(demands: list[Demand], text: str, lang: str = "en") -> list[str]:
    """Who makes each call, as the words before its frame ("Extinction Rebellion hace un
    llamamiento a ..." -> "Extinction Rebellion"), in the statement's order."""
    rules = rules_for(lang)
    callers = []
    for demand in sorted(demands, key=lambda d: d.start or 0):
        sentence = text[demand.start or 0 : demand.end or 0]
        found = [sentence[: f.at] for f in find_demands(sentence, rules) if f.frame not in _NO_CALLER]
        lead = None if found else _lead_caller(sentence, rules)
        callers += found or ([lead] if lead else [])
    # "Reps. Lane and Ortiz to call for": an infinitive, not the subject of a call
    infinitive = re.compile(rf"{_alt(rules.words.DEMAND_LINKS)}\s*$", re.IGNORECASE)
    return [c for c in callers if c.strip() and not infinitive.search(c)]


_NO_CALLER = ("modal", "hortative", "necessity", "pressure", "need", "only_way")


def _lead_caller(sentence: str, rules: Rules) -> str | None:
    """Who makes the asks of a list's lead-in that no call frame reads ("Minister Jane Doe
    asks the union to:" -> "Minister Jane Doe")."""
    if not sentence.rstrip().endswith(":"):
        return None
    m = _lead_re(rules.words).search(sentence)
    return sentence[: m.start()] if m else None


def _in_any(demand: Demand, text: str, quotations: Sequence[tuple[int, int, str | None]]) -> bool:
    """The demand's words stand inside one of `quotations` (its sentence may run on past the
    closing mark into the tag: '"The groups must stop," said X.')."""
    words = " ".join(demand.text.split())
    first, last = demand.start or 0, demand.end or len(text)
    return bool(words) and any(
        start <= last and end >= first and words in " ".join(text[start:end].split())
        for start, end, _ in quotations  # only a quotation overlapping the demand's sentence can hold it
    )


def _quotation_speaker(demand: Demand, quoted: Sequence[tuple[int, int, str | None]]) -> str:
    """The speaker of the quotation the demand sits in, or "" (not quoted, or no speaker)."""
    start = demand.start or 0
    for q_start, q_end, speaker in quoted:
        if q_start <= start + 1 and (demand.end or 0) <= q_end + 2 and speaker:
            return speaker
    return ""


def _caller(
    sentence: str, demand: Demand, quoted: Sequence[tuple[int, int, str | None]], rules: Rules
) -> str:
    """Who makes the call: the speaker of the quotation it sits in, else the words before its
    frame ("The ministry called on ...")."""
    if speaker := _quotation_speaker(demand, quoted):
        return speaker
    found = find_demands(sentence, rules)
    if found and found[0].frame not in _NO_CALLER:
        return sentence[: found[0].at]
    return ""


def _is_other_side(
    caller: str, sentence: str, addressees: list[str], own_addressee: str | None, rules: Rules
) -> bool:
    """The caller is not the issuer: a party answering it, or one the issuer calls on."""
    w = rules.words
    if not caller or re.search(_alt(w.DEMAND_FIRST_PERSON), caller, re.IGNORECASE):
        return False
    if re.search(_alt(w.DEMAND_REPLY_VERBS), sentence, re.IGNORECASE):
        return True
    names = [_core(a, rules) for a in addressees if a != own_addressee]
    return any(
        name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", caller, re.IGNORECASE) for name in names
    )


def _core(addressee: str, rules: Rules) -> str:
    """ "the Ruritanian Ministry of Health" -> "Ruritanian Ministry of Health"."""
    words = addressee.split()
    while words and words[0].lower() in _words(rules.words, "DEMAND_DETERMINERS"):
        words = words[1:]
    return " ".join(words) if len(" ".join(words)) > 3 else ""


# ── The demand's own words ──────────────────────────────────────────────────────────────────


def _list_demand(clean: CleanText, unit: Unit, addressee: str | None) -> Demand:
    text = clean.original[unit.start : unit.end]
    marker = _LIST_MARKER_RE.match(text)
    body = text[marker.end() :] if marker else text
    return Demand(text=_tidy(body), addressee=addressee, start=unit.start, end=unit.end)


@functools.cache
def _frame_end_re(lang_module: ModuleType) -> re.Pattern[str]:
    """A reporting tag after the quoted demand: `," the experts added.`."""
    return re.compile(
        r"(?:[,.]?\s*[\"\u201d\u201c\u00bb]|[,.!?]\u2019)\s*[^\"\u201c\u201d\u00ab\u00bb]{0,80}?"
        rf"{_alt(lang_module.DEMAND_TAG_VERBS)}[^\"\u201c\u201d\u00ab\u00bb]*$"
    )


def _trim(original: str, unit: Unit, what: tuple[int, int], rules: Rules) -> str:
    """The demand's own words: the reporting frame before and after is dropped, and so is a
    trailing clause that is not part of the demand. When what is left is a fragment, the whole
    sentence (without its reporting tag) is safer."""
    frame_end = _frame_end_re(rules.words)
    text = _tidy(frame_end.sub("", original[unit.start + what[0] : unit.start + what[1]]))
    text = _cut_tail(text, rules)
    if _is_fragment(text, rules):
        return _whole_sentence(original[unit.start : unit.end], rules) or text
    return text


@functools.lru_cache(maxsize=4)  # a sentence with many demands is tidied once, not once each
def _whole_sentence(sentence: str, rules: Rules) -> str:
    return _cut_tail(_tidy(_frame_end_re(rules.words).sub("", sentence)), rules)


@functools.cache
def _reporting_tail_re(lang_module: ModuleType) -> re.Pattern[str]:
    """ ", the union has said today", ", afirmó hoy el sindicato": an unquoted reporting tag
    closing the sentence."""
    w = lang_module
    article = _alt(w.DEMAND_TAIL_ARTICLES)
    name = r"[A-Z\u00c0-\u00de][\w.&'\u2019-]*(?:\s+[A-Z\u00c0-\u00de][\w.&'\u2019-]*){0,6}"
    # or with the verb first: ", afirmó hoy el sindicato de docentes", ", said the union"
    inverted = (
        rf"|,\s+{_alt(w.DEMAND_TAG_VERBS)}(?:\s+{_alt(w.DEMAND_TAIL_WHEN)})?\s+"
        rf"(?:{article}\s+[^\W\d_]|[A-Z\u00c0-\u00de])[^,;:.!?\"\u201c\u201d\u00ab\u00bb]{{0,80}}$"
    )
    return re.compile(
        rf",\s+(?:{article}\s+[a-z]+(?:\s+[a-z]+)?|(?:{article}\s+)?{name})\s+"
        rf"(?:{_alt(w.DEMAND_TAIL_AUX)}\s+)?{_alt(w.DEMAND_TAIL_VERBS)}"
        rf"(?:\s+{_alt(w.DEMAND_TAIL_WHEN)})?${inverted}",
    )


@functools.cache
def _tail_clause_re(lang_module: ModuleType) -> re.Pattern[str]:
    """Trailing clauses that comment on the demand rather than state it: ", adding that ...",
    ", where the roof fell in last week",
    ", with a rights group calling ...", "... and the Government is also ..."."""
    w = lang_module
    return re.compile(
        rf",\s+{_alt(w.DEMAND_TAIL_PARTICIPLES)}.*$"
        # ", where a roof collapse injured 6 workers ...": what happened there, not the ask
        rf"|,\s+{_alt(_words(w, 'DEMAND_TAIL_PLACE_RELATIVES'))}(?:\s+[\w'\u2019-]+){{4,}}.*$"
        rf"|,\s+{_alt(w.DEMAND_TAIL_WITH)}\s+(?:\w+\s+){{0,5}}?\w+{_endings(w.GERUND_ENDINGS)}\b.*$"
        rf"|\s+{_alt(w.DEMAND_CONJUNCTIONS)}\s+(?:{_alt(w.DEMAND_TAIL_DETERMINERS)}\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?"
        rf"|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)\s+{_alt(w.DEMAND_AUXILIARIES)}.*$"
    )


def _cut_tail(text: str, rules: Rules) -> str:
    text = _reporting_tail_re(rules.words).sub("", text)
    cut = _tail_clause_re(rules.words).search(text)
    if cut and len(text[: cut.start()].split()) >= 3:
        text = text[: cut.start()]
    return _tidy(text)


def _is_fragment(text: str, rules: Rules) -> bool:
    words = text.split()
    return len(words) < 2 or words[0].lower() in _words(rules.words, "DEMAND_FRAGMENT_STARTS")


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", without_emphasis(text)).strip()  # "**bien-être**" -> "bien-être"
    text = re.sub(r"[;,]\s*(?:and|or)$", "", text)  # "...; and": the next list item follows
    text = text.strip(" ,;:-").rstrip(".").strip()
    # A quotation mark at either end goes only when it is left without its pair.
    for _ in range(2):
        text = _drop_lone_marks(text)
    return text.strip(" ,;:-").rstrip(".")


def _drop_lone_marks(text: str) -> str:
    """A quotation mark at either end, left without its pair, goes; so do the two marks of a
    demand quoted whole ("\u201cFund the clinics.\u201d")."""
    if len(text) > 2 and text[0] in '"\u201c\u00ab' and text[-1] in '"\u201d\u00bb' and _marks_in(text) == 2:
        text = text[1:-1].strip().rstrip(",.")
    if text[:1] in _MARKS and not _paired(text):
        text = text[1:].strip()
    if text[-1:] in _MARKS and not _paired(text):
        text = text[:-1].strip().rstrip(",.")
    if text[:1] == "\u2018" and text.count("\u2018") == 1:
        text = text[1:].strip()  # a British opening mark whose quotation is the demand
    if text[-1:] == "\u2019" and text[-2:-1] in ".,!?" and "\u2018" not in text:
        text = text[:-1].strip().rstrip(",.")  # a closing mark, not an apostrophe
    return text


_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def _marks_in(text: str) -> int:
    return sum(text.count(mark) for mark in '"\u201c\u201d\u00ab\u00bb')


def _paired(text: str) -> bool:
    return (
        text.count('"') % 2 == 0
        and text.count("\u201c") == text.count("\u201d")
        and text.count("\u00ab") == text.count("\u00bb")
    )
