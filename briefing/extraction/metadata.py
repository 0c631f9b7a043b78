"""Metadata: cleaned statement in, its headline, issuer and context summary out.

The headline is the first line when it reads like one (short, no closing full stop); a byline
or date glued to it is cut off (the statement's date is found by `dates`). The issuer is the
organisation the lead says is speaking. The summary is the lead's first sentences, verbatim.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from types import ModuleType

from briefing.extraction.clean import CleanText, Kind, Paragraph
from briefing.extraction.sentences import Sentence, split_sentences
from briefing.extraction.voices import (
    apposition_organisation,
    has_role,
    is_person_name,
    issuer_parties,
    named_referent,
    quoted_party,
)
from briefing.lexicon import words_for

MAX_TITLE = 90
_HEADLINE_CUT_RE = re.compile(r"\s+(?:\||\u2013\s|\u2014\s|By\s+[A-Z]).*$")
_BYLINE_RE = re.compile(r"^\s*By\s+[^,\n]+,\s*(?P<org>[^\n]+)$", re.MULTILINE)
# A reporter's job in a byline, with the desk before it: "Political Correspondent",
# "Education Correspondent", "Chief Health Editor" (the desk is never the outlet).
_JOB_WORDS_RE = re.compile(r"(?:^|\s+)(?:[A-Z][\w&-]*\s+){0,3}(?:Correspondent|Editor|Reporter|Writer)\b.*$")
_TITLE_SAYS_RE = re.compile(
    r",\s*(?P<who>(?-i:[A-Z])[\w .&'-]{1,60}?)\s+(?:says|said|warns|urges)\s*$", re.IGNORECASE
)
# "Flood tax to cost farmers up to £3bn, says Ministry": the tag after the verb.
_TITLE_SAYS_INVERTED_RE = re.compile(
    r",\s*(?:says|said|warns|urges)\s+(?P<who>(?-i:[A-Z])[\w .&'-]{1,60}?)\s*$", re.IGNORECASE
)
# "Joint statement by Amnesty International, Human Rights Watch and 14 other organisations"
_STATEMENT_BY_RE = re.compile(
    r"^(?:joint\s+|public\s+|open\s+)?(?:statement|letter|declaration|press\s+release|appeal)\s+"
    r"(?:by|from)\s+(?P<who>(?:the\s+)?[A-Z0-9][^.:;!?]{2,120})$",
    re.IGNORECASE,
)
# "GENEVA (5 March 2024) – ": the dateline opening a wire lead.
_DATELINE_PREFIX_RE = re.compile(
    r"^(?:\([A-Z][^()]{2,60}\d{4}\)\s*"  # "(Jakarta, June 14, 2024) – "
    r"|[A-Z][A-Z .,'/-]{2,40}"
    # "NAIROBI, Kenya (Reuters) - ", "KINSHASA, Democratic Republic of Congo (Reuters) - "
    r"|[A-Z][A-Z .'/-]{2,30},\s+[A-Z][\w.'-]*(?:\s(?:of\s|the\s)?[A-Z][\w.'-]*){0,3}\s*"
    # "NAIROBI, March 3 (Reuters) - ", "London, 14 March 2024 – ": a place and a date.
    r"|[A-Z][\w.'/-]*(?:\s[A-Z][\w.'/-]*){0,3},\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*"
    # "Caracas, lunes 12 de enero de 2026.— ", "GENÈVE (12 janvier 2026) – ": in any language.
    r"|[A-ZÀ-Þ][\w.'/-]*(?:\s[\w.'/-]+){0,3},\s+(?:[^\W\d_]+,?\s+)?\d{1,2}(?:er|º)?\s+(?:de\s+)?"
    r"[^\W\d_]{3,10}\.?(?:\s+(?:de|del)\s+|,?\s+)\d{4}\s*"
    r"|[A-ZÀ-Þ][A-ZÀ-Þ .,'/-]{2,40}"
    # "Geneva (dpa) - ": a place in ordinary case, then the agency in brackets.
    r"|[A-ZÀ-Þ][\w.'-]*(?:\s[A-ZÀ-Þ][\w.'-]*){0,2}\s*(?=\()"
    # "3 de marzo de 2031 (Lisboa, Quito) - ", "12 January 2026 - ": a date first.
    r"|\d{1,2}(?:er|º)?\s+(?:de\s+)?[^\W\d_]{3,10}\.?(?:\s+de\s+|,?\s+)\d{4}\s*)"
    r"(?:\([^)]{0,40}\))?\.?\s*[–—-]+\s+"
)
_ENDS_SENTENCE_RE = re.compile(r"[.!?:;,\"\u201d]\s*$")


def find_title_paragraph(clean: CleanText, lang: str = "en") -> Paragraph | None:
    """The headline's line: the first line that reads as a headline once wire furniture, site
    boilerplate, header and credit lines are passed over; None when the text opens with its
    lead (a line with sentence punctuation) or a list."""
    words = words_for(lang)
    # Datelines and wire furniture may come before the headline ("MEDIA RELEASE", a date).
    candidates = [p for p in clean.paragraphs if p.kind not in (Kind.NOISE, Kind.DATELINE)]
    for paragraph in candidates[:_TITLE_SEARCH_DEPTH]:
        if paragraph.kind is Kind.LIST_ITEM:
            return None
        line = clean.work[paragraph.start : paragraph.end].strip()
        original = clean.original[paragraph.start : paragraph.end].strip()
        if any(rule(line, words) or rule(original, words) for rule in _NOT_A_HEADLINE):
            continue
        sentence = _ENDS_SENTENCE_RE.search(line) and not _in_capitals(line)  # "... AT U.N."
        if sentence or len(line.split()) > 30 or len(line.split()) < 2:
            return None
        return None if opens_wrapped_lead(clean, paragraph) else paragraph
    return None


_TITLE_SEARCH_DEPTH = 8  # lines of furniture passed over before giving up on a headline


def opens_wrapped_lead(clean: CleanText, paragraph: Paragraph) -> bool:
    """ "GENEVA (12 March 2025) – The Panel welcomed the release of some detained\njournalists
    this week ...": the first line of a lead wrapped by hand (the next line goes on with its
    sentence in lower case), never a headline."""
    index = clean.paragraphs.index(paragraph)
    if index + 1 >= len(clean.paragraphs):
        return False
    after = clean.paragraphs[index + 1]
    first = clean.work[after.start : after.end].strip()[:1]
    return clean.work.count("\n", paragraph.end, after.start) == 1 and first.islower()


def wrapped_on(clean: CleanText, sentence: Sentence) -> bool:
    """The sentence is only the first part of one a hand-wrapped line cuts: it ends with its
    line, and the next line goes on in lower case ("... the release of some detained")."""
    paragraph = clean.paragraph_at(sentence.start)
    if paragraph is None or clean.work[sentence.end : paragraph.end].strip():
        return False
    return opens_wrapped_lead(clean, paragraph)


def _is_wire_code(line: str, words: ModuleType) -> bool:
    """ "xyz0012 4 k 217 apw 0093", "Ruritania/floods/EU/": a wire's routing line."""
    tokens = line.split()
    coded = sum(1 for t in tokens if re.search(r"\d", t) or len(t) == 1)
    return coded * 2 >= len(tokens) or bool(re.fullmatch(r"[^\s/]+(?:/[^\s/]*)+", line))


def _is_desk_slug(line: str, words: ModuleType) -> bool:
    """ "REFILE", "1ST LEAD": a short line in capitals is a desk's label, not a headline."""
    return len(line.split()) <= 3 and line.upper() == line and any(c.isalpha() for c in line)


def _is_boilerplate(line: str, words: ModuleType) -> bool:
    """ "Riverland Agency Press Releases", "The Daily On-line", "From an article found ...": a site's or
    a forwarder's words."""
    return bool(re.search(_phrases(words.TITLE_BOILERPLATE), line, re.IGNORECASE))


def _is_header_line(line: str, words: ModuleType) -> bool:
    """ "From: ...", "Contact : ...", "By dpa correspondents": a mail header, credit or byline."""
    label = rf"^\W*{_phrases(words.TITLE_LABELS)}\s?:"
    byline = rf"^\W*{_phrases(words.TITLE_BYLINES)}\s+\S"
    return bool(re.search(label, line, re.IGNORECASE) or re.search(byline, line, re.IGNORECASE))


def _is_markup(line: str, words: ModuleType) -> bool:
    """ "![Photo of ...", "track](/assets/...)": an image or link left by a scrape."""
    return line.startswith("![") or "](" in line or line.startswith("{:")


def _is_contact_line(line: str, words: ModuleType) -> bool:
    """ "Jane Doe, jane@example.org, 773.301.4108": an address or telephone number."""
    return bool(re.search(r"\S@\S|\d{3}[.\s-]\d{3}[.\s-]\d{4}", line))


def _is_continuation(line: str, words: ModuleType) -> bool:
    """ "para que se pongan del lado ...": a line that continues a sentence, not a headline."""
    first = re.sub(r"^[^\w]+", "", line)
    return first[:1].islower()


_NOT_A_HEADLINE = (
    _is_wire_code,
    _is_desk_slug,
    _is_boilerplate,
    _is_header_line,
    _is_markup,
    _is_contact_line,
    _is_continuation,
)


def _in_capitals(line: str) -> bool:
    """The line is set in capitals ("FLOOD TAX TO COST FARMERS ...")."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and not any(c.islower() for c in letters)


@functools.cache
def _phrases(phrases: Sequence[str]) -> str:
    """An alternation of whole words or phrases; never matches when there are none."""
    if not phrases:
        return r"(?!x)x"
    parts = (
        re.escape(p).replace("\\ ", r"\s+").replace("'", "['\u2019]")
        + (r"(?!\w)" if p[-1:].isalnum() else "")
        for p in sorted(phrases, key=len, reverse=True)
    )
    return r"(?<!\w)(?:" + "|".join(parts) + ")"


def headline(clean: CleanText, paragraph: Paragraph) -> str:
    """The headline's words: without a byline glued to it, leading bullets or marks, and in
    sentence case when it is all in capitals."""
    line = re.sub(r"\s+", " ", clean.work[paragraph.start : paragraph.end]).strip()
    line = _HEADLINE_CUT_RE.sub("", line).strip() or line
    line = re.sub(r"^[\u25a0\u25aa\u2022#*>_\s]+", "", line).strip() or line
    return sentence_case_title(line, clean.work)


def sentence_case_title(title: str, text: str) -> str:
    """ "FLOOD TAX TO COST EU FARMERS £3BN" -> "Flood tax to cost EU farmers £3bn": each word
    as the text writes it elsewhere (a name capitalised, an acronym in capitals), else in lower
    case; a title not all in capitals is left as it is."""
    if not _in_capitals(title):
        return title
    rest = text.replace(title, " ")
    words = [_as_written(word, rest) for word in title.split(" ")]
    first = words[0]
    return " ".join([first[:1].upper() + first[1:], *words[1:]])


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:\n])[\s\"'\u201c*#]*$")


def _as_written(word: str, text: str) -> str:
    """`word` as the text writes it where it is not in capitals throughout, or lower case."""
    core = re.sub(r"^\W+|\W+$", "", word)
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", core):
        return word  # "U.N.", "U.S": an abbreviation keeps its capitals
    if not core or not core.isalpha():
        return word.lower()
    found = list(re.finditer(rf"(?<!\w){re.escape(core)}(?!\w)", text, re.IGNORECASE))
    if found and all(m.group().isupper() for m in found) and len(core) <= 5:
        return word  # an acronym: "UK", "TUC"
    # not at a sentence's start, where every word has a capital
    mixed = [
        m.group()
        for m in found
        if not m.group().isupper() and not _SENTENCE_START_RE.search(text[max(0, m.start() - 8) : m.start()])
    ]
    if mixed:
        return word.replace(core, max(mixed, key=mixed.count))  # a tie: the first written
    return word.lower()


def generated_title(sentences: list[str], lang: str = "en") -> str | None:
    """A title when there is no headline: the first candidate sentence (in order of
    preference: the lead's first sentence, the one carrying the top figure, the rest of the
    lead) that reads as a title whole or cut at a clause boundary; otherwise the first
    sentence shortened at a word boundary."""
    words = words_for(lang)
    texts = [_title_text(s) for s in sentences]
    texts = [t for t in texts if t and not any(rule(t, words) for rule in _NOT_A_HEADLINE)]
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
    text = without_furniture(re.sub(r"\*\*|__", "", re.sub(r"\s+", " ", sentence).strip()))
    text = re.sub(r"^(?:[-*\u2022\u25a0\u25aa]|\d{1,2}[.)])\s+", "", text)  # a list item's marker
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
        and text.count("\u00ab") == text.count("\u00bb")  # « a guillemet opened here ends here »
    )


def _has_verb(text: str) -> bool:
    return bool(_FINITE_RE.search(text) or re.search(r"(?<!\bthe )(?<!\ban )(?<!\ba )\b[a-z]{3,}ed\b", text))


_CLAUSE_CUT_RE = re.compile(r"\s*(?:[,;](?=\s)|\s[\u2013\u2014-]\s|\u2014)\s*")  # not the comma of "15,000"
# ", farming, fishing, church and ...": the comma sits inside a list, not between clauses.
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


def find_issuer(
    clean: CleanText,
    title_text: str | None,
    lead: list[Sentence],
    speakers: Sequence[str | None] = (),
    *,
    lang: str = "en",
    callers: Sequence[str] = (),
    addressees: Sequence[str] = (),
) -> str | None:
    """The party whose statement it is: "We are X", the lead's subject, a "..., X says" tag or
    headline, the organisation of a wire byline or of a quoted spokesperson, else whoever makes
    the statement's calls (`callers`); never a party the statement's demands address
    (`addressees`), which is the side it criticises."""
    words = words_for(lang)
    for candidate in _issuer_candidates(clean, title_text, lead, speakers, callers, words):
        issuer = _tidy_issuer(candidate, words)
        if issuer and issuer[:1].isdigit():
            issuer = _shorten_group(issuer)  # "298 groups from 40 countries" -> "298 groups"
        if (
            issuer
            and not _is_addressed(issuer, addressees, words)
            and not quoted_party(issuer, clean.work, speakers)
        ):
            return _described_issuer(issuer, clean.work, words)
    return None


def _described_issuer(issuer: str, text: str, words: ModuleType) -> str:
    """An issuer the lead only describes (`An international press freedom group`) is the
    organisation the text names and takes up again (`the Free Press Alliance`, `The alliance
    said`); with none, the description with its article in lower case, as the page prints it
    mid-sentence (`Statement by an international press freedom group`)."""
    first = issuer.split()[0]
    if first.lower() not in words.ISSUER_INDEFINITE_ARTICLES:
        return issuer
    return named_referent(issuer, text) or first.lower() + issuer[len(first) :]


def _is_addressed(issuer: str, addressees: Sequence[str], words: ModuleType) -> bool:
    """The issuer candidate is a party the demands call on ("the Ruritanian government")."""
    for addressee in addressees:
        core = _tidy_issuer(addressee, words) or ""
        if len(core) > 3 and re.search(rf"(?<!\w){re.escape(core)}(?!\w)", issuer, re.IGNORECASE):
            return True
    return False


def _issuer_candidates(
    clean: CleanText,
    title_text: str | None,
    lead: list[Sentence],
    speakers: Sequence[str | None],
    callers: Sequence[str],
    words: ModuleType,
) -> Iterator[str | None]:
    """Who the statement may be by, most telling first: a list of signatories naming several
    parties before all else (a joint letter's "We, the undersigned 37 organisations" counts
    them, the list names them)."""
    from_lead = [_lead_issuer(clean.work[s.start : s.end], words) for s in lead[:4]]
    signed = signatories(clean.original, words, _lead_count(from_lead))
    if signed and len(issuer_parties(signed)) > 1:
        yield signed
    yield from from_lead
    if title_text and (
        says := _TITLE_SAYS_RE.search(title_text) or _TITLE_SAYS_INVERTED_RE.search(title_text)
    ):
        yield says.group("who")
    yield _title_label(title_text, clean.work)
    if title_text and (by := _STATEMENT_BY_RE.match(title_text)):
        who = _without_topic(by.group("who"))  # every signatory the title names, not its topic
        yield who if len(who) <= 100 else _shorten_group(who)
    yield _released_by(clean, words)
    yield from (_authored_by(clean.work[s.start : s.end], words) for s in lead[:4])
    yield _contact_organisation(clean, words)
    yield signed
    yield from _callers_and_speakers(callers, speakers, words)


def _lead_count(from_lead: Sequence[str | None]) -> int | None:
    """How many signatories the lead counts ("We, the undersigned 12 organisations" -> 12)."""
    return next((int(m.group()) for c in from_lead if c and (m := re.match(r"\d+(?=\s)", c))), None)


def _callers_and_speakers(
    callers: Sequence[str], speakers: Sequence[str | None], words: ModuleType
) -> Iterator[str | None]:
    """Whoever makes the statement's own calls before whoever is quoted: a wire item quotes the
    other side's spokesman too ("Government spokesman X dismissed ..."), but the calls are the
    issuer's ("Civic Watch called on ...")."""
    for caller in callers:
        yield _caller_issuer(caller, words)
    for speaker in speakers:
        spokesperson = _SPOKESPERSON_RE.search(speaker or "")
        if spokesperson and spokesperson.group("org").strip().lower() not in ("a", "an", "the", "our"):
            yield spokesperson.group("org").strip()  # not the "A" of "A spokesperson"


def signatories(text: str, words: ModuleType, counted: int | None = None) -> str | None:
    """The issuer as an editor names a letter's signatories, listed one a line after its closing
    ("Yours sincerely,", "Signatories:", "Atentamente,", "Signataires :"): the first three
    organisations, then the rest counted ("Coast Network, River Aid, Harbour Watch and 34
    other organisations", or "... and 5 others", the rest of the `counted` signatories the lead
    gives: "We, the undersigned 12 organisations"); a person's name and role lines are passed
    over for the organisation they sign for. None when the text has no such list."""
    closing = re.search(rf"^\W*{_phrases(words.ISSUER_CLOSINGS)}\s?[,:.]?[^\S\n]*$", text, re.I | re.M)
    if not closing:
        return None
    names: list[str] = []
    others: str | None = None
    lines = [
        re.sub(r"^\s*(?:[-*\u2022\u25aa]|\d{1,3}[.)])\s+", "", raw).strip().rstrip(",;")
        for raw in text[closing.end() :].splitlines()[:_MAX_SIGNATORY_LINES]
    ]
    lines = [line for line in lines if line]
    for index, line in enumerate(lines):
        others = _others_line(line, words)
        if others:
            break
        following = lines[index + 1] if index + 1 < len(lines) else ""
        name = _signing_party(line, following)
        if name is None and names:
            break  # the list has ended (a postscript, a contact line)
        if name and name not in names:
            names.append(name)
    if others is None and counted and counted > len(names) > 0:
        others = f"{words.ISSUER_AND} {counted - len(names)} {words.ISSUER_OTHERS}"  # "and 9 others"
    return _named_with_others(names, others, words)


_MAX_SIGNATORY_LINES = 200  # a joint letter lists at most this many lines of signatories


def _others_line(line: str, words: ModuleType) -> str | None:
    """ "(and 34 other organisations)" -> "and 34 other organisations": the signatories a list
    counts without naming."""
    inner = line.strip("()[] ")
    others = _phrases(words.ISSUER_OTHERS_WORDS)
    pattern = rf"^{re.escape(words.ISSUER_AND)}\s+(?:{others}\s+)?\d[\d,.]*\s+.{{0,40}}$"
    return inner if re.match(pattern, inner, re.I) else None


def _signing_party(line: str, following: str = "") -> str | None:
    """The organisation a signature line names ("Village Care Network"; "Jo Doe, Director,
    Coast Network" -> "Coast Network"); "" for a line that names a person (followed by their
    role: "Jo Doe" then "Director, Coast Network") or a role only; None for a line that is no
    signature (a sentence, an address, a link)."""
    if len(line.split()) > 12 or re.search(r"[.!?]$|@|https?:|\d{3}", line) or not line[:1].isupper():
        return None
    chunks = [c.strip() for c in line.split(",")]
    last = chunks[-1]
    signs_for = len(chunks) > 1 and has_role(" ".join(chunks[1:]))  # "Jo Doe, Director, Coast Network"
    person = is_person_name(last) and (has_role(following) or _TITLED_RE.match(last) is not None)
    if not last[:1].isupper() or person or has_role(last) or (signs_for and len(chunks) == 2):
        return ""
    return last


_TITLED_RE = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof|Sr|Sra|M|Mme)\.?\s")


def _named_with_others(names: list[str], others: str | None, words: ModuleType) -> str | None:
    """ "A, B, C and 34 other organisations" from the names and the line counting the rest."""
    if not names:
        return None
    shown, rest = names[:3], len(names) - 3
    if others and rest <= 0:
        return f"{', '.join(shown)} {others}"
    if others:
        count = re.search(r"\d[\d,.]*", others)
        rest += int(re.sub(r"\D", "", count.group())) if count else 0
    if rest > 0:
        return f"{', '.join(shown)} {words.ISSUER_AND} {rest} {words.ISSUER_OTHERS}"
    if len(shown) == 1:
        return shown[0]
    return f"{', '.join(shown[:-1])} {words.ISSUER_AND} {shown[-1]}"


def find_publisher(clean: CleanText, lang: str = "en") -> str | None:
    """The outlet that published the text, when the text names one: a wire agency in the
    dateline ("Geneva (dpa) - ", "NAIROBI (Reuters) - "), or the organisation of a byline
    ("By Jane Doe, Political Correspondent, Press Association"; "By dpa correspondents").
    It is the publisher, not the issuer: a news report's issuer is the party it reports."""
    words = words_for(lang)
    top = clean.original[:3000]
    byline = _BYLINE_RE.search(top)
    org = byline.group("org") if byline else ""
    if _JOB_WORDS_RE.search(org) and "," in org:
        org = org.rsplit(",", 1)[1]  # "Transport Correspondent, Harbour News": the outlet follows
    org = _JOB_WORDS_RE.sub("", org).strip()
    if org and len(org) <= 60 and not re.search(r"[.!?;]", org):
        return org  # not a sentence of the body that happens to open with "By"
    agency = _AGENCY_DATELINE_RE.search(top)
    if agency:
        return agency.group("agency").strip()
    crew_nouns = _phrases(words.PUBLISHER_CREW_NOUNS)
    crew = re.search(
        rf"^\W*{_phrases(words.TITLE_BYLINES)}\s+(?P<agency>[A-Za-z]{{2,12}})\s+{crew_nouns}",
        top,
        re.I | re.M,
    )
    return crew.group("agency") if crew else None


# "Geneva (dpa) - ", "NAIROBI, Kenya (Reuters) – ": a wire agency named in the dateline.
_AGENCY_DATELINE_RE = re.compile(
    r"^[^\S\n]*[A-ZÀ-Þ][^\n()]{1,60}\((?P<agency>[A-Za-z][\w .&-]{1,24})\)\s*[\u2013\u2014-]+\s",
    re.MULTILINE,
)


def _title_label(title_text: str | None, text: str) -> str | None:
    """ "RWA: River fish stocks fall to new low": a headline led by its publisher's name,
    an acronym or a short capitalised name the text uses again, and no number ("COVID-19: ...")."""
    m = re.match(
        r"^(?P<who>[A-Z\u00c0-\u00de][\w&'.\u2019-]*(?:\s[A-Z\u00c0-\u00de][\w&'.\u2019-]*){0,3})\s?:\s",
        title_text or "",
    )
    if not m or re.search(r"\d", m.group("who")):
        return None
    who = m.group("who")
    named_again = len(re.findall(rf"(?<!\w){re.escape(who)}(?!\w)", text)) >= 2
    return who if (who.isupper() or " " in who) and named_again else None


def _authored_by(text: str, words: ModuleType) -> str | None:
    """ "This report was compiled by members of farming and fishing communities ...": the
    authors a lead names as having written or signed the statement."""
    m = re.search(rf"{_phrases(words.ISSUER_AUTHORED_BY)}\s+(?P<who>[^,.;:()]{{3,120}})", text, re.IGNORECASE)
    if not m:
        return None
    who = re.split(rf"\s{_phrases(words.ISSUER_AUTHORS_END)}\s", m.group("who"), maxsplit=1)[0].strip()
    return who[:1].upper() + who[1:] if len(who) <= 90 else None


def _contact_organisation(clean: CleanText, words: ModuleType) -> str | None:
    """The organisation of a release's press contact, whose statement it is: "Contact: Jo Doe,
    Coast Network, jo@example.org" or, under "Contacts:", "Coast Network: Jo Doe, ..."."""
    label = _phrases(words.ISSUER_CONTACT_LABELS)
    text = re.sub(r"[*_\[\]]+", "", clean.original[:3000])
    inline = re.search(
        rf"^\W*{label}\s?:\s*[^,\n]{{3,40}},\s*(?P<who>[A-Z\u00c0-\u00de][^,\n@]{{2,60}}?)\s*(?:,|$)",
        text,
        re.I | re.M,
    )
    if inline and not re.search(r"\d|@", inline.group("who")):
        return inline.group("who").strip()
    block = re.search(
        rf"^\W*{label}\s?:\s*\n(?P<who>[A-Z\u00c0-\u00de][^:\n#@]{{2,60}}?)\s*(?:#\w+\s*)?:",
        text,
        re.I | re.M,
    )
    return block.group("who").strip() if block else None


def _released_by(clean: CleanText, words: ModuleType) -> str | None:
    """ "Press Release: RTU": the publisher a release line names near the top."""
    label = _phrases(words.ISSUER_RELEASE_LABELS)
    pattern = rf"^\W*{label}\W*:\W*(?P<who>[A-Z][^\n:]{{1,60}}?)\W*$"
    m = re.search(pattern, re.sub(r"[*\[\]]+", "", clean.work[:3000]), re.IGNORECASE | re.MULTILINE)
    return m.group("who").strip() if m else None


def _lead_issuer(text: str, words: ModuleType) -> str | None:
    """The issuer a lead sentence names: "We are X", "..., the union has said", or the subject
    of a speaking or calling verb ("ACME urged ...")."""
    we_are = _we_are(text, words) or _we_apposition(text, words)
    if we_are:
        return we_are
    named = _we_from(text, words) or _inverted_tail(text, words)
    if named:
        return named
    tail = _REPORTING_TAIL_RE.search(text.strip())
    if tail and _lead_subject(re.sub(r"^the\s+", "", tail.group("who")), words):
        return tail.group("who")  # "X should ..., the union has said."
    verb = re.search(_phrases(words.ISSUER_VERBS), text)
    if verb:
        before = re.sub(r"[*_]+", "", text[: verb.start()]).strip()
        person = _person_with_role(before)
        if person is not None:
            return person[0]
        return _lead_subject(_PLACE_DATELINE_RE.sub("", _DATELINE_PREFIX_RE.sub("", before)), words)
    return None


def _we_apposition(text: str, words: ModuleType) -> str | None:
    """ "We, the undersigned 12 organisations, call on ...": who "we" are, in the apposition
    ("12 organisations" when it counts them)."""
    m = re.match(rf"^\W*(?i:{_phrases(words.WE_SUBJECT)}),\s+(?P<who>[^,.;:]{{3,100}}),", text)
    if not m:
        return None
    counted = re.search(r"\d.*", m.group("who"))
    return (counted or m).group(0 if counted else "who").strip()


# "John Roe, chief executive of Acme Mining, said": a person's name and the role the lead gives.
_PERSON_APPOSITION_RE = re.compile(
    r"^(?P<name>(?:[A-Z\u00c0-\u00de][\w'\u2019.-]+\s+){1,3}[A-Z\u00c0-\u00de][\w'\u2019.-]+),\s+"
    r"(?P<role>[^,]{3,120}),?$"
)


def _person_with_role(subject: str) -> tuple[str | None] | None:
    """A lead whose subject is a person described by a role (`Ana Ruiz, director of Harbour
    Watch,`) is by the organisation the role names (`Harbour Watch`), and by nobody the lead
    can name when that is a party (`John Roe, chief executive of Acme Mining,`: a company's
    officer; `Sara Lind, a lawyer for the detained,`); None when the subject is no such person."""
    m = _PERSON_APPOSITION_RE.match(subject.strip())
    if not m or not has_role(m.group("role")):
        return None
    return (apposition_organisation(m.group("role")),)


def _we_are(text: str, words: ModuleType) -> str | None:
    """ "We are a group of Ruritanian groups ...", "We are the Valley Tenants' Alliance": who "we" are;
    not "We are alarmed by ..." (no article, no name)."""
    opener = rf"^\s*(?i:{_phrases(words.ISSUER_WE_ARE)})\s+"
    m = re.match(
        rf"{opener}(?:(?i:{_phrases(words.ISSUER_WE_ARE_GROUP)})\s+(?P<who>[^.]{{3,160}})|(?P<name>[A-Z][^.]{{2,160}}))",
        text,
    )
    return _shorten_group((m.group("who") or m.group("name")).strip()) if m else None


def _titled_person(name: str, w: ModuleType) -> bool:
    """ "Dr Jo Doe", "Interior minister Jo Doe": a person speaking, not the issuer."""
    title = rf"^{_phrases(w.ISSUER_PERSON_TITLES)}\b"
    role = rf"{_phrases(w.ISSUER_PERSON_ROLES)}\s+[A-Z][a-z]+\s+[A-Z]"
    return bool(re.search(title, name, re.IGNORECASE) or re.search(role, name, re.IGNORECASE))


def _we_from(text: str, words: ModuleType) -> str | None:
    """ "Desde la comunidad ribereña del valle queremos expresar ...": who "we" are,
    named before a verb in the first person plural."""
    if not words.ISSUER_WE_FROM or not words.ISSUER_WE_ENDINGS:
        return None
    endings = "|".join(map(re.escape, words.ISSUER_WE_ENDINGS))
    m = re.match(
        rf"^\W*{_phrases(words.ISSUER_WE_FROM)}\s+(?P<who>[^,.;:]{{3,90}}?)\s+\w+(?:{endings})\b", text, re.I
    )
    who = _tidy_issuer(m.group("who"), words) if m else None
    return who[:1].upper() + who[1:] if who else None


def _inverted_tail(text: str, words: ModuleType) -> str | None:
    """ "..., dijo Amnistía Internacional hoy.", "..., informó el Sindicato Portuario del Sur.":
    the reporting tag with its verb first, closing the lead sentence (a name may hold a short
    particle: "del", "de la")."""
    pattern = (
        rf",\s+{_phrases(words.ISSUER_VERBS)}\s+(?P<who>(?:{_phrases(words.ISSUER_ARTICLES)}\s+)?"
        r"[A-Z\u00c0-\u00de][\w.&'\u2019-]*(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z\u00c0-\u00de][\w.&'\u2019-]*){0,5})"
        rf"(?:\s+{_phrases(words.ISSUER_TIME_WORDS)})?\s*\.?$"
    )
    m = re.search(pattern, _flat(text))
    return _tidy_issuer(m.group("who").rstrip("."), words) if m else None


# "Rio de Janeiro, Brésil - ": a place and its country before a dash, with lower-case particles.
_PLACE_DATELINE_RE = re.compile(
    r"^[A-Z][\w'.-]*(?:\s(?:[a-z]{1,3}\s)?[A-Z][\w'.-]*){0,4},\s+[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3}"
    r"\s*[\u2013\u2014-]+\s+"
)


def _caller_issuer(caller: str, words: ModuleType) -> str | None:
    """ "Por último, Amigos del Río anima a ...": the subject of the statement's own
    call, the words next to it, cut at a speaking verb ("L'Assemblée salue le rapport et
    exhorte ..."); none when those words are not a name ("Villeneuve des Prés, tel un appel")."""
    caller = re.sub(r"^[\W_]+", "", re.sub(r"[*_]+", "", caller))  # a list marker, a quotation mark
    verb = re.search(_phrases(words.ISSUER_VERBS), caller)
    subject = (caller[: verb.start()] if verb else caller).strip().rstrip(",")
    last = re.split(r",(?!\d)", subject)[-1].strip()
    opener = re.match(_phrases(words.ISSUER_LEAD_OPENERS), last, re.IGNORECASE)
    return _subject_name(last, words) if last and not opener and not re.search(r"\s\d", last) else None


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


def _tidy_issuer(issuer: str | None, words: ModuleType | None = None) -> str | None:
    """ "The Housing Network" -> "Housing Network": the page reads "Statement by {issuer}"."""
    if not issuer:
        return None
    issuer = re.sub(r"[*_]+", "", issuer).strip().rstrip(",;:")
    articles = _phrases(words.ISSUER_ARTICLES if words else ("the",))
    return re.sub(rf"^{articles}\s*(?=[A-Z0-9\u00c0-\u00de])", "", issuer, flags=re.IGNORECASE) or None


def _lead_subject(text: str, words: ModuleType | None = None) -> str | None:
    """ "ACME, the aid agency, " -> "ACME"; "In a letter, 12 mayors " -> "12 mayors"."""
    w = words or words_for("en")
    text = re.sub(r"\([^)]*\)", "", re.sub(r"[*_]+", "", text))
    for chunk in (c.strip() for c in re.split(r",(?!\d)", text)):  # not the comma of "3,400"
        if not chunk.split() or re.match(_phrases(w.ISSUER_LEAD_OPENERS), chunk, re.IGNORECASE):
            continue
        counted = chunk.split()[0].lower() in w.ISSUER_INDEFINITE_ARTICLES  # "Un grupo de 25 organizaciones"
        if re.search(r"\s\d", chunk) and not counted:
            continue  # "Le 9 octobre", "Du 3 juin au 9 juin": a date, not who speaks
        return _subject_name(chunk, w) or _last_chunk_name(text, w)
    return None


def _last_chunk_name(text: str, w: ModuleType) -> str | None:
    """ "As the drought deepens, the FWU calls on ...": the name right before the verb, when
    the sentence opens with a clause."""
    last = re.split(r",(?!\d)", text)[-1].strip()
    name = _tidy_issuer(last, w)
    if name and name[:1].isdigit():
        return _counted_group(name, w)
    return _subject_name(name, w) if name and name[:1].isupper() else None


def _counted_group(name: str, w: ModuleType) -> str | None:
    """ "74 farming and other rural organizations from several regions"
    -> "74 farming and other rural organizations": a count of signatories
    before their verb, cut where it says where they come from."""
    group = _subject_name(name, w)
    return _shorten_group(group) if group and not re.search(r"\d\s*%|\d[.,]\d", group) else None


def _subject_name(chunk: str, w: ModuleType) -> str | None:
    """The chunk as a name, or None when it is a clause, a back-reference, a pronoun or a
    titled person."""
    words = chunk.split()
    if not (words[0][:1].isupper() or words[0][:1].isdigit()) or len(words) > 14:
        return None
    name = re.sub(rf"\s+{_phrases(w.ISSUER_DAY_PHRASES)}$", "", chunk, flags=re.IGNORECASE)
    name = re.sub(rf"\s+{_phrases(w.ISSUER_TIME_WORDS)}$", "", name)
    if re.search(_phrases(w.ISSUER_AUXILIARIES), name):
        return None  # "Ruritania is seeing ...", "Poverty has risen to": a clause, not a name
    article = _phrases((*w.ISSUER_ARTICLES, "a", "an"))
    if re.fullmatch(rf"{article}\s+[^\W\d_]+", name, re.IGNORECASE) and name.split()[1].islower():
        return None  # "The group", "La gente": a back-reference or a common noun, not a name
    if len(words) > 6 and re.search(r"(?<![\w-])[a-z]+ed\b", name):
        return None  # "Around 733 million people faced hunger": a clause
    if words[0].lower() in w.ISSUER_PRONOUNS or _titled_person(name, w):
        return None  # "Interior minister Jane Doe": a person speaking, not the issuer
    return name


def lead_blocks(clean: CleanText, skip: Paragraph | None = None) -> list[tuple[int, int]]:
    """The lead's paragraphs as the writer made them: lines of a paragraph wrapped by hand
    ("... the\ngovernment announced on Wednesday.") joined into one block, so that a sentence
    is read whole; a block counts when one of its lines is body text."""
    blocks: list[tuple[int, int, bool]] = []
    previous: Paragraph | None = None
    for paragraph in clean.paragraphs:
        if paragraph is skip or paragraph.kind not in (Kind.BODY, Kind.HEADING):
            previous = None
            continue
        body = paragraph.kind is Kind.BODY
        if previous is not None and blocks and _continues_line(clean.work, previous, paragraph):
            start, _, had_body = blocks[-1]
            blocks[-1] = (start, paragraph.end, had_body or body)
        else:
            blocks.append((paragraph.start, paragraph.end, body))
        previous = paragraph
    return [(start, end) for start, end, body in blocks if body]


def _continues_line(work: str, before: Paragraph, line: Paragraph) -> bool:
    """`line` goes on with the sentence `before` left open: no blank line between them, and
    `before` stops mid-sentence, long enough to be a wrapped line, or `line` starts in lower
    case."""
    if work.count("\n", before.end, line.start) != 1:
        return False
    text = work[before.start : before.end].strip()
    first = work[line.start : line.end].strip()[:1]
    open_sentence = not re.search(r"[.!?:;][\"'\u201d\u00bb)]*\s*$", text)  # a comma leaves it open
    return open_sentence and (len(text) >= _WRAPPED_WIDTH or first.islower())


_WRAPPED_WIDTH = 50  # a line at least this long that stops mid-sentence was wrapped by hand


def whole_sentences(clean: CleanText, blocks: Sequence[tuple[int, int]]) -> list[Sentence]:
    """The blocks' sentences that are whole: they open as a sentence does and close with its
    punctuation (never "could be interpreted as ..." cut from the line above)."""
    found = [s for start, end in blocks for s in split_sentences(clean.work, start, end)]
    return [s for s in found if is_whole_sentence(_flat(clean.work[s.start : s.end]))]


def is_whole_sentence(text: str) -> bool:
    """ "Switzerland is joining ... on Wednesday." is one; "government announced on
    Wednesday." and "Published: 4/02/2031 As the ..." are not."""
    body = without_furniture(text)
    first = re.sub(r"^[\"'\u201c\u2018\u00ab\u00bf\u00a1(\s]+", "", body)[:1]
    closes = bool(re.search(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u201d\u2019\u00bb)\s]*$", body))
    # a capital, a digit, or a letter of a script without case ("我们呼吁 ...")
    return bool(first) and first.isalnum() and not first.islower() and closes


def without_furniture(text: str) -> str:
    """ "Published: 4/02/2031 As the drought ..." -> "As the drought ...": a sentence without the
    dateline, place line or dated label a release puts before its lead."""
    text = _DATED_LABEL_RE.sub("", text)
    return _PLACE_DATELINE_RE.sub("", _DATELINE_PREFIX_RE.sub("", text))


# "Published: 7/01/2009 ", "Mis à jour : 12.01.2026 ": a label with its date.
_DATED_LABEL_RE = re.compile(r"^[^\W\d_]+\s?:\s*\d[\d/.-]*\d\s+")
# "Photos: ...", "Contacto: ...": a sentence that is a labelled line, not context.
_LABEL_RE = re.compile(r"^[^\W\d_]+\s?:\s")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def summarise(
    clean: CleanText,
    lead: list[Sentence],
    exclude: int | None = None,
    avoid: Sequence[tuple[int, int]] = (),
    lang: str = "en",
) -> str:
    """Two or three whole sentences of context from the lead, verbatim (spacing normalised):
    not the sentence the title was made from (`exclude`, an offset in it) when others remain,
    not one that repeats a demand or carries another party's words (`avoid`, their spans),
    nor wire boilerplate or a sentence whose quotation runs on past it."""
    chosen: list[str] = []
    back = words_for(lang).SUMMARY_BACK_REFERENCES
    for sentence in _context_candidates(clean, lead, exclude, avoid):
        text = _summary_text(clean, sentence)
        if not chosen and opens_with_back_reference(text, back):
            continue  # "He stated that ...": whom "he" means was in a sentence left out
        if text in chosen:
            continue  # a repeated lead
        chosen.append(text)
        total = sum(len(t) for t in chosen)
        if len(chosen) >= 3 or (len(chosen) >= 2 and total > 250):
            break
    return " ".join(chosen)


def opens_with_back_reference(text: str, back_references: Sequence[str]) -> bool:
    """ "It said data from tribunals ...", "Il a ajouté ...": the sentence opens with a word
    that points back to someone named earlier."""
    first = re.match(r"\W*([^\W\d_]+)", text)
    return first is not None and first.group(1).casefold() in back_references


def _context_candidates(
    clean: CleanText, lead: list[Sentence], exclude: int | None, avoid: Sequence[tuple[int, int]]
) -> list[Sentence]:
    """The lead's readable sentences, without those the page shows elsewhere (a release made
    only of demands and quotations has no context of its own: none rather than a repeat) and
    without the title's own sentence (when two others remain)."""
    usable = [s for s in lead if _summary_text(clean, s) and not _repeats(s, avoid)]
    if exclude is not None:
        others = [s for s in usable if not s.start <= exclude < s.end]
        usable = others if len(others) >= 2 else usable
    return usable


def _repeats(sentence: Sentence, avoid: Sequence[tuple[int, int]]) -> bool:
    """The sentence repeats words shown elsewhere on the page (a demand, a quotation): more
    than half of it lies inside one, or it holds a whole quotation of some length ('..., found
    that "overcrowding in the prisons remains severe."')."""
    size = sentence.end - sentence.start
    for start, end in avoid:
        inside = min(end, sentence.end) - max(start, sentence.start)
        holds = sentence.start <= start and end <= sentence.end and end - start >= _HELD_QUOTE
        if size and (inside * 2 > size or holds):
            return True
    return False


_HELD_QUOTE = 30  # characters: a quoted phrase this long shown on its own is not repeated


def _summary_text(clean: CleanText, sentence: Sentence) -> str:
    # The work text: Markdown and link targets blanked, mojibake mended.
    text = re.sub(r"\s+", " ", clean.work[sentence.start : sentence.end]).strip()
    text = re.sub(r"(?<=\w) (?=[.,;:!?](?:\s|$))", "", text)  # "by Relief Alliance ." after a link
    text = without_furniture(text)
    if len(text.split()) < 5 or _BOILERPLATE_RE.search(text) or not _balanced(text):
        return ""
    if _LABEL_RE.match(text) or not is_whole_sentence(text):
        return ""  # "Photos: ... are available here.", a line cut from its sentence
    if text.endswith(":"):
        return ""  # "We call on the authorities to:": it introduces a list, it says nothing alone
    return text


_BOILERPLATE_RE = re.compile(
    r"\b(?:all rights reserved|copyright|\(c\)\s*\d{4}|reporting by|editing by|click here|"
    r"read more|follow us|subscribe|sign up|this (?:information|article) (?:is|was)|"
    r"does not necessarily reflect|for more information|media contact|press contact)\b|\u00a9",
    re.IGNORECASE,
)
