"""Demand extraction: sentence units in, `Demand`s (text, addressee, sentence span) out.

A demand is a sentence that calls for action, whether in the narrative ("The agency urges
Australia to ...") or inside a quotation ("The Government must ..."). Each is recognised by
its frame (call on/for, urge, demand, reiterate a call, ask, it is time for, facing calls to)
or by an obligation modal (must, should, need to); the frame gives the addressee and is
trimmed from the text. A numbered or bulleted list introduced by a demand ("we demand the
government to:") makes each of its items a demand.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing.extraction.clean import CleanText, Kind
from briefing.model import Demand


@dataclass(frozen=True)
class Unit:
    """A sentence (or a quoted sentence split out of one) that may carry a demand."""

    start: int
    end: int
    kind: Kind  # the kind of the paragraph it sits in


_WHO = r"(?P<who>[^,;:.!?]{2,80}?)"
# The "to" that ends the addressee is followed by the verb of the demand (or by a list), not
# by a noun phrase: "called on all parties to the conflict to cease ...".
_TO = r"to(?!\s+(?:the|a|an|all|this|that|these|those|its|their|our|his|her|any|every|each)\b)"
_FRAMES: list[tuple[str, re.Pattern[str]]] = [
    (
        "call",
        re.compile(
            rf"\breiterat\w*\s+(?:our|its|their|his|her|the|a)\s+calls?\s+"
            rf"(?:(?:to|on|upon)\s+{_WHO}\s+{_TO}\b\s*|for\s+)(?P<what>.+)",
            re.IGNORECASE,
        ),
    ),
    (
        "call",
        re.compile(
            rf"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s)\b(?:call|calls|called|calling|appeal|appeals|"
            rf"appealed|appealing)\s+(?:on|upon)\s+{_WHO}\s+{_TO}\b\s*(?P<what>.+)",
            re.IGNORECASE,
        ),
    ),
    (
        "call",
        re.compile(
            r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
            r"\b(?:call|calls|called|calling)\s+for\s+(?P<what>.+)",
            re.IGNORECASE,
        ),
    ),
    (
        "urge",
        re.compile(rf"\b(?:urge|urges|urged|urging)\s+{_WHO}\s+{_TO}\b\s*(?P<what>.+)", re.IGNORECASE),
    ),
    (
        "demand",
        re.compile(
            r"(?<!\bthe\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bits\s)(?<!\bthese\s)(?<!\bthis\s)"
            r"(?<!\bthat\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bkey\s)(?<!\bmain\s)"
            rf"\b(?:demand|demands|demanded|demanding)\s+(?:that\s+(?P<what2>.+)|{_WHO}\s+to\b(?P<what>.*)"
            # the noun is not the verb: "Demand rose by 31%", "demand for food has soared"
            r"|(?!(?<=\bdemand\s)for\b|(?<=\bdemands\s)for\b)"
            r"(?!(?:rose|fell|grew|is|are|was|were|has|have|had|continues|continue|remains|remain|outstrips)\b)"
            r"(?P<what3>.+))",
            re.IGNORECASE,
        ),
    ),
    (
        "ask",
        re.compile(rf"\b(?:we|i)\s+(?:ask|asks|request)\s+{_WHO}\s+{_TO}\b\s*(?P<what>.+)", re.IGNORECASE),
    ),
    (
        "recommend",
        re.compile(
            r"\b(?:recommend|recommends|recommended)\s+that\s+"
            r"(?:(?P<who>[^,;:.!?]{2,80}?)\s*(?P<what2>:\s*)$|(?P<what>.+))",
            re.IGNORECASE,
        ),
    ),
    (
        "time",
        re.compile(
            r"\b(?:it'?s|it\u2019s|it\s+is)\s+(?:high\s+|now\s+)?time\s+(?:for\s+(?P<who>[^,;:.]{2,80}?)\s+)?"
            r"to\s+(?P<what>.+)",
            re.IGNORECASE,
        ),
    ),
    (
        "pressure",
        re.compile(
            r"^(?P<who>[^,;:]{2,80}?)\s+(?:is|are|was|were)\s+(?:facing|under)\s+"
            r"(?:growing\s+|mounting\s+|increasing\s+|renewed\s+)?(?:calls|pressure)\s+to\s+(?P<what>.+)",
            re.IGNORECASE,
        ),
    ),
    ("need", re.compile(r"\b(?:pressing|urgent|clear)\s+need\s+(?:to|for)\s+(?P<what>.+)", re.IGNORECASE)),
]
_MODAL_RE = re.compile(
    r"\b(?P<modal>must|should|shouldn't|shouldn\u2019t|ought\s+to|needs?\s+to|has\s+to|have\s+to)"
    r"(?P<rest>\s.+)",
    re.IGNORECASE,
)
_PASSIVE_RE = re.compile(
    r"\s+(?:\w+ly\s+|also\s+|now\s+|not\s+|never\s+|no\s+longer\s+)*be\s+(?:\w+ly\s+)*"
    r"(?:\w+(?:ed|en|ght|wn|ne)|made|held|kept|put|set|left|built|paid|told|sent|met)\b",
    re.IGNORECASE,
)
_INVERTED_RE = re.compile(r"\s*[\"\u201c\u2018]?\s*(?:(?:and|but|or)\s+)?", re.IGNORECASE)
_PRO_FORM_RE = re.compile(r"^\s+(?:\w+ly\s+)?do\s+(?:so|this|that|it)\b", re.IGNORECASE)
_CONDITIONAL_RE = re.compile(
    r"\b(?:would|will|could|might|may|wo|won['\u2019]t|wouldn['\u2019]t)\s+$", re.IGNORECASE
)
_MODAL_BLOCKERS_RE = re.compile(r"^\s+(?:have|not\s+have|'ve|also\s+have)\b", re.IGNORECASE)
# Where the clause carrying a modal starts: after punctuation, an opening mark or a word
# that introduces a clause ("said", "that", "but", "why").
_CLAUSE_DELIMITER_RE = re.compile(
    r"[,;:\u2013\u2014()\"\u201c\u201d]|\b(?:that|said|says|but|why|warn|warns|believe|believes)\b",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "all", "every", "each", "any", "both", "our", "their", "its", "this", "these", "those"]
)
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "us", "me"])
_PRONOUNS = frozenset(
    ["i", "we", "you", "he", "she", "it", "they", "this", "that", "there", "what", "who", "which"]
)
# A reporting tag after the quoted demand: `," the experts added.`
_FRAME_END_RE = re.compile(
    r"(?:[,.]?\s*[\"\u201d\u201c]|[,.!?]\u2019)\s*[^\"\u201c\u201d]{0,80}?\b(?:said|says|added|adds|stated|declared|"
    r"told|tells|explained|insisted|argued|"
    r"emphasi[sz]ed|wrote|urged|noted|stressed|warned)\b[^\"\u201c\u201d]*$"
)
_LIST_LEAD_RE = re.compile(r"(?:\bto|:|\u2014|-)\s*[,:]?\s*$")
_LIST_MARKER_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022\u25aa\u2013])\s+")


def extract_demands(clean: CleanText, units: list[Unit]) -> list[Demand]:
    """Demands carried by `units`, in the order they appear."""
    demands: list[Demand] = []
    list_addressee: str | None = None
    in_demand_list = False
    for index, unit in enumerate(units):
        text = clean.work[unit.start : unit.end]
        if unit.kind is Kind.LIST_ITEM and in_demand_list:
            demands.append(_list_demand(clean, unit, list_addressee))
            continue
        if demands and _continues(clean.work, demands[-1].end or 0, unit):
            # An item broken across lines: "... the timeframe for the\n\nremaining steps."
            last = demands[-1]
            demands[-1] = Demand(
                text=_tidy(f"{last.text} {clean.original[unit.start : unit.end]}"),
                addressee=last.addressee,
                start=last.start,
                end=unit.end,
            )
            continue
        in_demand_list = False
        found = _find_demands(text)
        if not found:
            continue
        following = units[index + 1] if index + 1 < len(units) else None
        if _LIST_LEAD_RE.search(text) and following and following.kind is Kind.LIST_ITEM:
            # "We demand the government to:" introduces the list; its items are the demands.
            in_demand_list, list_addressee = True, found[-1][1]
            continue
        for what, who in found:
            demands.append(
                Demand(text=_trim(clean.original, unit, what), addressee=who, start=unit.start, end=unit.end)
            )
    return demands


# "... urged donors to release $4.5 million and called on the government to open ...": a
# second frame joined to the first demand's words starts a demand of its own.
_NEXT_FRAME_RE = re.compile(
    r",?\s+and\s+(?:(?:I|we|it|they|also)\s+)*(?=(?:called|calls|call|appealed|appeals|urged|urges|urge|"
    r"asked|asks|demanded|demands)\b)",
    re.IGNORECASE,
)


def _find_demands(text: str) -> list[tuple[tuple[int, int], str | None]]:
    """Every demand a sentence makes, each with who is asked: usually one."""
    demands: list[tuple[tuple[int, int], str | None]] = []
    found = _find_demand(text)
    while found:
        (start, end), who = found
        found = None
        for joint in _NEXT_FRAME_RE.finditer(text, start, end):
            if _RELATIVE_RE.search(text, start, joint.start()):
                break  # "the militia, which attacked the camp and called on residents": its act
            found = _find_demand(text, joint.end())
            if found:
                end = joint.start()
                break
        demands.append(((start, end), who))
    return demands


_RELATIVE_RE = re.compile(r"\b(?:which|who|whom|whose)\b", re.IGNORECASE)


def _continues(work: str, end: int, unit: Unit) -> bool:
    """The unit finishes the sentence the previous demand left open."""
    if end > unit.start or work[end : unit.start].strip():
        return False
    return (
        work[end - 1 : end].isalpha()
        and work[unit.start : unit.start + 1].islower()
        and unit.kind is not Kind.LIST_ITEM
    )


def _find_demand(text: str, at: int | None = None) -> tuple[tuple[int, int], str | None] | None:
    """Where the demand's own words are in `text`, and who is asked; None if no demand. With
    `at`, only a frame that starts there ("... and called on Z to ...")."""
    if text.rstrip().endswith("?"):
        return None
    if at is None:
        matches = [m for _name, pattern in _FRAMES if (m := pattern.search(text))]
    else:
        matches = [m for _name, pattern in _FRAMES if (m := pattern.match(text, at))]
    if matches:
        # The frame that governs the sentence comes first: "X urged Y to ..., and called on Z".
        m = min(matches, key=lambda match: match.start())
        if m:
            group = next(
                g for g in ("what", "what2", "what3") if g in m.groupdict() and m.group(g) is not None
            )
            who = m.groupdict().get("who")
            return (m.start(group), m.end(group)), _addressee(who)
    return _find_modal(text) if at is None else None


def _find_modal(text: str) -> tuple[tuple[int, int], str | None] | None:
    for m in _MODAL_RE.finditer(text):
        if _MODAL_BLOCKERS_RE.match(m.group("rest")):
            continue  # "should have been provided": a regret, not a demand
        if m.group("modal").lower() == "should" and _INVERTED_RE.fullmatch(text[: m.start()]):
            continue  # "Should the government fail to act, ...": a condition, not a demand
        if _PRO_FORM_RE.match(m.group("rest")):
            continue  # "we must do so in a way that ...": how, not what is demanded
        if _CONDITIONAL_RE.search(text[: m.start()]):
            continue  # "patients would have to travel 90 km": a consequence, not a demand
        negated = re.search(r"\b(?:not|n't|n\u2019t|no)\s*$", text[: m.start()], re.IGNORECASE)
        if m.group("modal").lower().startswith("need") and negated:
            continue  # "do not need to disclose": no obligation at all
        delimiters = list(_CLAUSE_DELIMITER_RE.finditer(text, 0, m.start()))
        if (
            delimiters
            and delimiters[-1].group() in '"\u201c'
            and not text[delimiters[-1].end() : m.start()].strip()
        ):
            delimiters.pop()  # `The group said the army "should ...`: the subject precedes the mark
        clause_start = delimiters[-1].end() if delimiters else 0
        subject = text[clause_start : m.start()].strip()
        first = subject.split()[0].lower() if subject else ""
        if first == "it" or (first != "what" and re.search(r"\bwhat\b", subject, re.IGNORECASE)):
            # "It shouldn't be a firing offence", "this is what we must fight for"; but "What
            # the government should do is ..." states the demand.
            continue
        if re.search(r"\b(?:who|which|whether|if)\b", subject, re.IGNORECASE):
            continue  # "patients who need to travel", "asked whether the minister should resign"
        if m.group("modal").lower().startswith(("need", "has", "have")) and not subject:
            continue
        start = text.index(subject, clause_start) if subject else m.start()
        if subject and subject.split()[-1].lower() in ("and", "or"):
            # "X, a practice that ..., harms families and must end": the subject is further
            # back, past the appositive; the whole sentence is the demand.
            return (0, len(text)), None
        passive = _PASSIVE_RE.match(m.group("rest"))
        return (start, len(text)), None if passive else _subject_addressee(subject)
    return None


def _subject_addressee(subject: str) -> str | None:
    """The subject of "X must ..." as an addressee, when it is a plain noun phrase."""
    words = re.sub(r"^(?:both|either)\s+", "", subject, flags=re.IGNORECASE).split()
    if not words or words[-1].lower() in ("and", "or"):
        return None  # "... and must end": the subject is further back
    if words[0][:1].islower() and words[0].lower() not in _DETERMINERS:
        return None  # a verb or adverb, not a noun phrase
    return _addressee(" ".join(words))


def _addressee(phrase: str | None) -> str | None:
    if not phrase:
        return None
    phrase = phrase.strip(" \"'\u201c\u201d\u2018\u2019")
    phrase = re.sub(
        r"^(?:also|now|today|therefore|further|again)\s+", "", phrase.strip(), flags=re.IGNORECASE
    )
    phrase = re.sub(
        r"\s+(?:also|now|today|immediately|urgently|once again)$", "", phrase, flags=re.IGNORECASE
    )
    words = phrase.split()
    if not words or len(words) > 10 or words[0].lower() in _PRONOUNS:
        return None
    if len(words) == 1 and words[0].lower() in _OBJECT_PRONOUNS:
        return None  # "urge him to ...", but "called on her supporters to ..." names them
    return " ".join(words)


def _list_demand(clean: CleanText, unit: Unit, addressee: str | None) -> Demand:
    text = clean.original[unit.start : unit.end]
    marker = _LIST_MARKER_RE.match(text)
    body = text[marker.end() :] if marker else text
    return Demand(text=_tidy(body), addressee=addressee, start=unit.start, end=unit.end)


def _trim(original: str, unit: Unit, what: tuple[int, int]) -> str:
    """The demand's own words: the reporting frame before and after is dropped, and so is a
    trailing clause that is not part of the demand. When what is left is a fragment, the whole
    sentence (without its reporting tag) is safer."""
    text = _tidy(_FRAME_END_RE.sub("", original[unit.start + what[0] : unit.start + what[1]]))
    text = _cut_tail(text)
    if _is_fragment(text):
        return _whole_sentence(original[unit.start : unit.end]) or text
    return text


@functools.lru_cache(maxsize=4)  # a sentence with many demands is tidied once, not once each
def _whole_sentence(sentence: str) -> str:
    return _cut_tail(_tidy(_FRAME_END_RE.sub("", sentence)))


# ", the union has said": an unquoted reporting tag closing the sentence.
_REPORTING_TAIL_RE = re.compile(
    r",\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?|(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,6})\s+"
    r"(?:has\s+|have\s+)?(?:said|says|warned|warns|stated|added)"
    r"(?:\s+(?:today|yesterday|on\s+\w+day|in\s+a\s+(?:statement|report|letter)))?$"
)
# Trailing clauses that comment on the demand rather than state it: ", adding that ...",
# ", with a rights group calling ...", "... and the Government is also ...".
_TAIL_CLAUSE_RE = re.compile(
    r",\s+(?:adding|saying|noting|arguing|stressing|warning)\b.*$"
    r"|,\s+with\s+(?:\w+\s+){0,5}?\w+ing\b.*$"
    r"|\s+(?:and|but|while)\s+(?:(?:the|a|an)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?"
    r"|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)\s+(?:is|are|was|were|has|have|had)\b.*$"
)
_FRAGMENT_START = frozenset(
    ["at", "in", "on", "for", "by", "with", "during", "within", "from", "of", "as", "than"]
)


def _cut_tail(text: str) -> str:
    text = _REPORTING_TAIL_RE.sub("", text)
    cut = _TAIL_CLAUSE_RE.search(text)
    if cut and len(text[: cut.start()].split()) >= 3:
        text = text[: cut.start()]
    return _tidy(text)


def _is_fragment(text: str) -> bool:
    words = text.split()
    return len(words) < 2 or words[0].lower() in _FRAGMENT_START


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"[;,]\s*(?:and|or)$", "", text)  # "...; and": the next list item follows
    text = text.strip(" ,;:-").rstrip(".").strip()
    # A quotation mark at either end goes only when it is left without its pair.
    for _ in range(2):
        if text[:1] in _MARKS and not _paired(text):
            text = text[1:].strip()
        if text[-1:] in _MARKS and not _paired(text):
            text = text[:-1].strip().rstrip(",.")
        if text[:1] == "\u2018" and text.count("\u2018") == 1:
            text = text[1:].strip()  # a British opening mark whose quotation is the demand
        if text[-1:] == "\u2019" and text[-2:-1] in ".,!?" and "\u2018" not in text:
            text = text[:-1].strip().rstrip(",.")  # a closing mark, not an apostrophe
    return text.strip(" ,;:-").rstrip(".")


_MARKS = "\"'\u201c\u201d\u2018\u2019"


def _paired(text: str) -> bool:
    return text.count('"') % 2 == 0 and text.count("\u201c") == text.count("\u201d")
