"""Speaker names as the page shows them: the speakers attribution found, made readable and
consistent across one statement ("Union leader Jane Doe" -> "Jane Doe, union leader"; a bare
"Doe" or "Ms Doe" -> the fuller form used elsewhere; the statement's own voice -> its issuer).

Who said a quotation is decided in `briefing.extraction.attribution`; this module only words it.
"""

from __future__ import annotations

import re

from briefing.extraction.attribution import words as attribution_words

_TRAILING_AUXILIARY_RE = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would)$")

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
    return [
        _fuller_form(speaker, full) if speaker and _is_short_form(speaker) else speaker for speaker in shown
    ]


def _is_short_form(speaker: str) -> bool:
    """A name that may stand for a fuller one: a bare surname ("Doe") or an honorific and a
    name ("Ms Doe", "Dr. Jane Doe")."""
    words = _name_part(speaker).split()
    return len(words) < 2 or _opens_with_honorific(speaker)


def _opens_with_honorific(speaker: str) -> bool:
    """ "Ms Doe", "Dr. Jane Doe": the name part opens with an honorific."""
    return _name_part(speaker).split()[0].lower().rstrip(".") in _HONORIFICS


def _fuller_form(speaker: str, full: list[str]) -> str:
    """The one fuller form of the same person used elsewhere ("Doe" -> "Jane Doe, union
    leader"), not opening with an honorific; the speaker as it is when there is none, or
    more than one (two people named Doe)."""
    surname = _name_part(speaker).split()[-1]
    if not surname[:1].isupper():
        return speaker
    fuller = {
        f
        for f in full
        if _name_part(f).split()[-1] == surname and f != speaker and not _opens_with_honorific(f)
    }
    return fuller.pop() if len(fuller) == 1 else speaker


def _name_part(speaker: str) -> str:
    return speaker.split(",")[0]


def _readable(speaker: str | None, issuer: str | None) -> str | None:
    """The speaker as the page shows it: the statement's own voice as its issuer, a role
    before a name after it ("Union leader Jane Doe" -> "Jane Doe, union leader")."""
    if not speaker:
        return speaker
    speaker = _TRAILING_AUXILIARY_RE.sub("", speaker.strip())
    if _STATEMENT_RE.match(speaker):
        return issuer or speaker
    if speaker.lower() in attribution_words().first_person | {"me", "us"}:
        return issuer  # the statement's own voice: its issuer, or nobody named (a pronoun names no one)
    return _role_after_name(speaker) or speaker


def _role_after_name(speaker: str) -> str | None:
    """ "Union leader Jane Doe" -> "Jane Doe, union leader"; None when the speaker is not a
    role noun followed by a name ("Senator Jane Doe": the title belongs to the name)."""
    words = speaker.split()
    if len(words) < 3 or len(words) > 9:
        return None
    name, descriptor = _split_name(words)
    if not descriptor or not all(_NAME_TOKEN_RE.match(w) for w in name):
        return None
    role = descriptor[-1].lower()
    if role in _HONORIFICS or role not in _ROLE_WORDS:
        return None  # "Senator Jane Doe", "Acme Jane Doe": no role noun to move
    if descriptor[0].lower() in ("a", "an", "the"):
        return None
    return f"{' '.join(name)}, {' '.join(_generic_first_lowered(descriptor))}"


def _split_name(words: list[str]) -> tuple[list[str], list[str]]:
    """The name (the last two capitalised words; three when a middle initial or "O'" joins
    the next word: "Jane Q. Doe", "Rory O' Neill") and the words before it."""
    name_length = 3 if len(words) >= 4 and re.fullmatch(r"[A-Z]\.|[A-Z][a-z]?['\u2019]", words[-2]) else 2
    return words[-name_length:], words[:-name_length]


def _generic_first_lowered(descriptor: list[str]) -> list[str]:
    """ "Union leader" -> "union leader": a generic first word is lowercased after the name,
    unless it opens a proper name ("National Union of Miners leader")."""
    if descriptor[0].lower() in _GENERIC_FIRST and (len(descriptor) == 1 or descriptor[1][:1].islower()):
        return [descriptor[0].lower(), *descriptor[1:]]
    return descriptor
