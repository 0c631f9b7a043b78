"""Metadata: cleaned statement in, its headline, date, issuer and context summary out.

The headline is the first line when it reads like one (short, no closing full stop); a byline
or date glued to it is cut off. The date comes from a dateline or date line near the top, never
from the body, where dates are events. The issuer is the organisation the lead says is
speaking. The summary is the lead's first sentences, verbatim.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from briefing.extraction.clean import CleanText, Kind, Paragraph
from briefing.extraction.sentences import Sentence

MAX_TITLE = 90
_MONTH_NUMBERS = {
    name: index
    for index, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ],
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATE_PATTERNS = [
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    re.compile(r"\b(?P<year>\d{4})-(?P<monthnum>\d{2})-(?P<day>\d{2})\b"),
]
_HEADLINE_CUT_RE = re.compile(r"\s+(?:\||\u2013\s|\u2014\s|By\s+[A-Z]).*$")
_BYLINE_RE = re.compile(r"^\s*By\s+[^,\n]+,\s*(?P<org>[^\n]+)$", re.MULTILINE)
_JOB_WORDS_RE = re.compile(
    r"\s+(?:Political|Chief|Senior|Deputy|Special|Foreign|Home)?\s*"
    r"(?:Correspondent|Editor|Reporter|Writer)\b.*$"
)
_ISSUER_VERB_RE = re.compile(
    r"\b(?:said|says|called|calls|urged|urges|urging|welcomed|welcomes|reiterates|reiterated|"
    r"announced|announces|demanded|demands|condemned|condemns|warned|warns|today)\b"
)
# "We are a group of ...", "We are the Coast Coalition": not "We are alarmed by ...".
_WE_ARE_RE = re.compile(
    r"^\s*We\s+are\s+(?:(?:a\s+group\s+of\s+|an?\s+|the\s+)(?P<who>[^.]{3,160})|(?P<name>[A-Z][^.]{2,160}))"
)
_TITLE_SAYS_RE = re.compile(
    r",\s*(?P<who>[A-Z][\w .&'-]{1,60}?)\s+(?:says|said|warns|urges)\s*$", re.IGNORECASE
)
# "Joint statement by Amnesty International, Human Rights Watch and 14 other organisations"
_STATEMENT_BY_RE = re.compile(
    r"^(?:joint\s+|public\s+|open\s+)?(?:statement|letter|declaration|press\s+release|appeal)\s+"
    r"(?:by|from)\s+(?P<who>(?:the\s+)?[A-Z0-9][^.:;!?]{2,120})$",
    re.IGNORECASE,
)
_LEAD_PREPOSITION_RE = re.compile(
    r"^(?:In|On|At|During|After|Before|Following|As|While|With|"
    r"Speaking|Today|Yesterday|However)\b"
)
_TITLED_PERSON_RE = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\b|\b(?:minister|secretary|director|spokes(?:person|man|woman)|"
    r"leader|chief|president|chair(?:man|woman)?|senator|officer|mp)\s+[A-Z][a-z]+\s+[A-Z]",
    re.IGNORECASE,
)
_AUXILIARY_RE = re.compile(r"\b(?:is|are|was|were|will|would|can|could|be|been)\b")
_PRONOUNS = frozenset(["it", "its", "they", "we", "he", "she", "this", "these", "those", "there"])
# "GENEVA (5 March 2024) – ": the dateline opening a wire lead.
_DATELINE_PREFIX_RE = re.compile(
    r"^(?:\([A-Z][^()]{2,60}\d{4}\)\s*"  # "(Jakarta, June 14, 2024) – "
    r"|[A-Z][A-Z .,'/-]{2,40}"
    # "NAIROBI, Kenya (Reuters) - ", "KINSHASA, Democratic Republic of Congo (Reuters) - "
    r"|[A-Z][A-Z .'/-]{2,30},\s+[A-Z][\w.'-]*(?:\s(?:of\s|the\s)?[A-Z][\w.'-]*){0,3}\s*"
    # "NAIROBI, March 3 (Reuters) - ", "London, 14 March 2024 – ": a place and a date.
    r"|[A-Z][\w.'/-]*(?:\s[A-Z][\w.'/-]*){0,3},\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*)"
    r"(?:\([^)]{0,40}\))?\s*[–—-]+\s+"
)
_ENDS_SENTENCE_RE = re.compile(r"[.!?:;,\"\u201d]\s*$")


def find_title_paragraph(clean: CleanText) -> Paragraph | None:
    """The headline's line: the first line if it reads as a headline, else None."""
    # Datelines and wire furniture may come before the headline ("MEDIA RELEASE", a date).
    first = next((p for p in clean.paragraphs if p.kind not in (Kind.NOISE, Kind.DATELINE)), None)
    if first is None or first.kind is Kind.LIST_ITEM:
        return None
    line = clean.work[first.start : first.end].strip()
    if _ENDS_SENTENCE_RE.search(line) or len(line.split()) > 30 or len(line.split()) < 2:
        return None
    return first


def headline(clean: CleanText, paragraph: Paragraph) -> str:
    line = re.sub(r"\s+", " ", clean.work[paragraph.start : paragraph.end]).strip()
    return _HEADLINE_CUT_RE.sub("", line).strip() or line


def generated_title(sentences: list[str]) -> str | None:
    """A title when there is no headline: the first candidate sentence (in order of
    preference: the lead's first sentence, the one carrying the top figure, the rest of the
    lead) that reads as a title whole or cut at a clause boundary; otherwise the first
    sentence shortened at a word boundary."""
    texts = [_title_text(s) for s in sentences]
    texts = [t for t in texts if t]
    for text in texts:
        title = clause_title(text)
        if title:
            return title
    if not texts:
        return None
    first = texts[0]
    if len(first) <= MAX_TITLE:
        return first
    cut = first[: MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(",;: ")
    return cut + "\u2026"


def _title_text(sentence: str) -> str:
    text = _DATELINE_PREFIX_RE.sub("", re.sub(r"\s+", " ", sentence).strip())
    text = _REPORTING_TAIL_RE.sub("", text)
    return text.rstrip(" .!").strip()


def clause_title(text: str) -> str | None:
    """`text` as a title: whole when it fits, else cut at the last clause boundary (comma,
    semicolon, dash) that leaves a clause of its own; None when no cut reads as a title."""
    if text[:1] in "\"'\u201c\u2018\u00ab\u201e" or text.endswith("?") or re.match(r"\s*We\s+are\b", text):
        return None  # a quotation or a self-introduction is not a title
    if len(text) <= MAX_TITLE and len(text.split()) >= 4 and _balanced(text):
        return text
    for m in reversed(list(_CLAUSE_CUT_RE.finditer(text, 0, MAX_TITLE + 1))):
        head = text[: m.start()].rstrip()
        rest = text[m.end() :]
        if (
            len(head.split()) >= 6
            and _balanced(head)
            and _has_verb(head)
            and head.split()[-1].lower() not in _DANGLING
            and not (m.group().strip() == "," and _ENUMERATION_RE.match(rest))
        ):
            return head
    return None


def _balanced(text: str) -> bool:
    return (
        text.count("(") == text.count(")")
        and text.count('"') % 2 == 0
        and text.count("\u201c") == text.count("\u201d")
    )


def _has_verb(text: str) -> bool:
    return bool(_FINITE_RE.search(text) or re.search(r"(?<!\bthe )(?<!\ban )(?<!\ba )\b[a-z]{3,}ed\b", text))


_CLAUSE_CUT_RE = re.compile(r"\s*(?:[,;](?=\s)|\s[\u2013\u2014-]\s|\u2014)\s*")  # not the comma of "15,000"
# ", social work, religious, media and ...": the comma sits inside a list, not between clauses.
_ENUMERATION_RE = re.compile(r"[\w'\u2019-]+(?:\s[\w'\u2019-]+)?\s*(?:,|\s(?:and|or)\s)")
_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|must|should|can|could|"
    r"may|might|do|does|did|says|said)\b",
    re.IGNORECASE,
)
_DANGLING = frozenset(
    [
        "and",
        "or",
        "but",
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "that",
        "which",
        "who",
        "as",
    ]
)
# ", the union has said": the reporting tag closing a lead sentence.
_REPORTING_TAIL_RE = re.compile(
    r",\s+(?:the\s+(?:(?!of\b)[a-z]+\s+){0,3}(?=[A-Z][\w.&'\u2019-]*\s+[A-Z]))?"  # "the aid group Costa Viva"
    r"(?P<who>(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,6})\s+"
    r"(?:has\s+|have\s+)?(?:said|says|warned|warns|announced|stated)"
    r"(?:\s+(?:today|yesterday|on\s+\w+day|in\s+a\s+(?:statement|report)))?\s*\.?$"
)


def find_date(clean: CleanText, title: Paragraph | None) -> dt.date | None:
    """The date the statement gives at its top (dateline or date line)."""
    top = [p for p in clean.paragraphs if p.kind is not Kind.NOISE][:4]
    ordered = [p for p in top if p.kind is Kind.DATELINE] + [p for p in top if p is title]
    ordered += [p for p in top if p not in ordered]
    for paragraph in ordered:
        line = clean.work[paragraph.start : paragraph.end]
        # In a body paragraph only a date at the very start is a dateline.
        limit = None if paragraph.kind is not Kind.BODY or paragraph is title else 40
        for pattern in _DATE_PATTERNS:
            m = pattern.search(line[:limit] if limit else line)
            if m and (date := _to_date(m)):
                return date
    return None


def _to_date(m: re.Match[str]) -> dt.date | None:
    groups = m.groupdict()
    month = int(groups["monthnum"]) if groups.get("monthnum") else _MONTH_NUMBERS.get(groups["month"].lower())
    if not month:
        return None
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


def find_issuer(
    clean: CleanText, title_text: str | None, lead: list[Sentence], speakers: Sequence[str | None] = ()
) -> str | None:
    """The organisation speaking: "We are X", the lead's subject, a "..., X says" tag or
    headline, the organisation of a wire byline, or of a quoted spokesperson."""
    return _tidy_issuer(_find_issuer(clean, title_text, lead, speakers))


def _find_issuer(
    clean: CleanText, title_text: str | None, lead: list[Sentence], speakers: Sequence[str | None]
) -> str | None:
    for sentence in lead[:4]:
        text = clean.work[sentence.start : sentence.end]
        we_are = _WE_ARE_RE.match(text)
        if we_are:
            return _shorten_group((we_are.group("who") or we_are.group("name")).strip())
        tail = _REPORTING_TAIL_RE.search(text.strip())
        if tail and _lead_subject(re.sub(r"^the\s+", "", tail.group("who"))):
            return tail.group("who")  # "X should ..., the union has said."
        verb = _ISSUER_VERB_RE.search(text)
        if verb and (subject := _lead_subject(_DATELINE_PREFIX_RE.sub("", text[: verb.start()]))):
            return subject
    if title_text and (says := _TITLE_SAYS_RE.search(title_text)):
        return says.group("who")
    if title_text and (by := _STATEMENT_BY_RE.match(title_text)):
        who = _without_topic(by.group("who"))  # every signatory the title names, not its topic
        return who if len(who) <= 100 else _shorten_group(who)
    byline = _BYLINE_RE.search(clean.original)
    if byline:
        return _JOB_WORDS_RE.sub("", byline.group("org")).strip() or None
    for speaker in speakers:
        spokesperson = _SPOKESPERSON_RE.search(speaker or "")
        if spokesperson and spokesperson.group("org").strip().lower() not in ("a", "an", "the", "our"):
            return spokesperson.group("org").strip()  # not the "A" of "A spokesperson"
    return None


# "Ruritania Rising spokesperson Jane Doe" / "Jane Doe, Ruritania Rising spokesperson".
_SPOKESPERSON_RE = re.compile(
    r"(?:^|,\s)(?P<org>(?:[A-Z][\w&'\u2019-]*\s+){1,5})"
    r"(?:spokes(?:person|man|woman)|representative)\b"
)


# A UN mandate is named "on" its subject: "Special Rapporteur on the right to food".
_MANDATE_RE = re.compile(r"\b(?:Rapporteur|Working\s+Group|Committee)\s+on\s")
# Where a title's topic or addressee starts: "on the closure ...", "to the European Commission";
# not the "on" of a name ("Coalition on Child Rights", "UN Experts on Gaza").
_TOPIC_RE = re.compile(
    r"\s(?:(?:on|about|regarding|following|concerning)\s+(?=[a-z])|to\s+(?:the\s+)?(?=[A-Z]))"
)


def _without_topic(who: str) -> str:
    """ "Amnesty International on the arrests" -> "Amnesty International"; "the Special
    Rapporteur on the right to food on the famine" -> "the Special Rapporteur on the right to
    food"; "120 scientists to the European Commission on glyphosate" -> "120 scientists"."""
    mandates = list(_MANDATE_RE.finditer(who))
    search_from = mandates[-1].end() if mandates else 0  # a mandate is named "on" its subject
    if mandates:  # ... whose own words run to the next "on"
        subject_end = re.search(r"\s(?:on|about|regarding|following|concerning)\s", who[search_from:])
        return who[: search_from + subject_end.start()].strip() if subject_end else who
    topic = _TOPIC_RE.search(who)
    return who[: topic.start()].strip() if topic else who


def _shorten_group(who: str) -> str:
    """ "Ruritanian groups from labour rights, media and faith circles" -> "Ruritanian groups"
    when the whole is too long for "Statement by ..."."""
    if len(who) <= 60:
        return who
    m = re.match(r"(.{3,60}?)\s+(?:from|of|in|working|representing|based)\b", who)
    return m.group(1) if m else who.split(",")[0]


def _tidy_issuer(issuer: str | None) -> str | None:
    """ "The Housing Network" -> "Housing Network": the page reads "Statement by {issuer}"."""
    if not issuer:
        return None
    issuer = issuer.strip().rstrip(",;:")
    return re.sub(r"^[Tt]he\s+(?=[A-Z0-9])", "", issuer) or None


def _lead_subject(text: str) -> str | None:
    """ "ACME, the aid agency, " -> "ACME"; "In a letter, 12 mayors " -> "12 mayors"."""
    text = re.sub(r"\([^)]*\)", "", text)
    for chunk in (c.strip() for c in re.split(r",(?!\d)", text)):  # not the comma of "3,400"
        words = chunk.split()
        if not words or _LEAD_PREPOSITION_RE.match(chunk):
            continue
        if not (words[0][:1].isupper() or words[0][:1].isdecimal()) or len(words) > 14:
            return None
        name = re.sub(r"\s+(?:today|yesterday|has|have)$", "", chunk)
        if _AUXILIARY_RE.search(name) or re.search(r"\b(?:has|have|had)\b", name):
            return None  # "Indonesia is facing ...", "Poverty has risen to": a clause, not a name
        if re.fullmatch(r"(?:the|a|an)\s+[a-z]+", name, re.IGNORECASE) and name.split()[1].islower():
            return None  # "The group": a back-reference, not a name
        if len(words) > 6 and re.search(r"(?<![\w-])[a-z]+ed\b", name):
            return None  # "Around 733 million people faced hunger": a clause
        if words[0].lower() in _PRONOUNS or _TITLED_PERSON_RE.search(name):
            return None  # "Interior minister Jane Doe": a person speaking, not the issuer
        return name
    return None


def summarise(clean: CleanText, lead: list[Sentence], exclude: int | None = None) -> str:
    """Two or three sentences of context from the lead, verbatim (spacing normalised),
    without the sentence the title was made from (`exclude`, its start) when others remain,
    wire boilerplate or a sentence whose quotation runs on past it."""
    usable = [s for s in lead if _summary_text(clean, s)]
    if exclude is not None and len([s for s in usable if s.start != exclude]) >= 2:
        usable = [s for s in usable if s.start != exclude]
    chosen: list[str] = []
    for sentence in usable:
        text = _summary_text(clean, sentence)
        if text in chosen:
            continue  # a repeated lead
        chosen.append(text)
        total = sum(len(t) for t in chosen)
        if len(chosen) >= 3 or (len(chosen) >= 2 and total > 250):
            break
    return " ".join(chosen)


def _summary_text(clean: CleanText, sentence: Sentence) -> str:
    # The work text: Markdown and link targets blanked, mojibake mended.
    text = re.sub(r"\s+", " ", clean.work[sentence.start : sentence.end]).strip()
    text = re.sub(r"(?<=\w) (?=[.,;:!?](?:\s|$))", "", text)  # "by Relief Alliance ." after a link
    text = _DATELINE_PREFIX_RE.sub("", text)
    if len(text.split()) < 5 or _BOILERPLATE_RE.search(text) or not _balanced(text):
        return ""
    if text.endswith(":"):
        return ""  # "We call on the authorities to:": it introduces a list, it says nothing alone
    return text


_BOILERPLATE_RE = re.compile(
    r"\b(?:all rights reserved|copyright|\(c\)\s*\d{4}|reporting by|editing by|click here|"
    r"read more|follow us|subscribe|sign up|this (?:information|article) (?:is|was)|"
    r"does not necessarily reflect|for more information|media contact|press contact)\b|\u00a9",
    re.IGNORECASE,
)
