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
    if speaker.lower() in attribution_words().first_person | {"me", "us"}:
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
