"""Voices: whether a speaker (or the maker of a call) stands on the issuer's side or another's.

A speaker's side is read from how the text first presents them, with their role and their
organisation (`Fisheries Minister Jane Doe`, `John Roe, chief executive of Acme Mining`, `la
ministra de Pesca, Eva Sanz`): a later bare `Doe said`, `Mr Roe` or `M. Roux` is resolved
back to that first full mention (`described`). Then the named rules, the first that holds:

    names_the_issuer      the description names the issuer (`director of Harbour Watch`): issuer
    office_of_the_state   an office of the state (`minister`, `President Karl Brandt`), a state
                          body as itself or through its spokesperson (`the government`,
                          `government spokesman`), not a former office nor a civic
                          organisation's name, when the issuer holds none or is not known
    officer_of_a_company  a company, its officer or spokesperson (`chief executive`, `PDG`,
                          `Ltd`), not a worker at it, when the issuer is no company or not known
    party_to_a_case       a defendant, a plaintiff or their counsel, when the issuer is not known
    unnamed_spokesperson  an unnamed spokesperson of a named organisation (`A Port Authority
                          spokesperson`): the party a news report asks to answer
    addressed_party       a party the statement's demands address, by its full name

A wrong voice is worse than a missing one: with no issuer known, a speaker tied to the state, a
company or a court case is another party's, never the statement's own voice.

The words are data, per language, in the lexicon's "Attribution" section (`STATE_ROLES`,
`STATE_BODIES`, `HEAD_OF_STATE_TITLES`, `NOT_IN_OFFICE`, `CIVIC_NOUNS`, `COMPANY_OFFICERS`,
`COMPANY_WORDS`, `SPEAKS_FOR`, `CASE_PARTIES`, with `ROLE_NOUNS` and the other attribution
words); every language's words are used together, as they do not collide.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence

from briefing.lexicon import LANGUAGES, words_for

# Where a description stops: the end of a clause, a quotation mark, a parenthesis.
_STOP = '[.;:!?\n"\u201c\u201d\u00ab\u00bb()\\[\\]]'
_TOKEN_RE = re.compile(r"[\w'\u2019.\-]+")
_MAX_BACK_TOKENS = 6  # `Acme Mining chief executive John Roe`
_MAX_APPOSITION = 120  # characters: `Raymond Hall, Director of UNHCR's Europe Bureau`


@functools.cache
def _phrases(name: str) -> re.Pattern[str]:
    """Every language's `name` words (a lexicon tuple) as whole words or phrases."""
    words = {f for lang in LANGUAGES for f in getattr(words_for(lang), name)}
    forms = sorted(words, key=lambda f: (-len(f), f))  # longest first; the same pattern every run (cached)
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


@functools.cache
def _words(name: str) -> frozenset[str]:
    """Every language's `name` words (a lexicon set), lowercased."""
    return frozenset(w.lower() for lang in LANGUAGES for w in getattr(words_for(lang), name))


@functools.cache
def _role_vocabulary() -> frozenset[str]:
    """The one-word roles: role nouns, offices of the state, company and court-party words."""
    single = {
        w.lower()
        for lang in LANGUAGES
        for name in _ROLE_LISTS
        for w in getattr(words_for(lang), name)
        if " " not in w
    }
    return _words("ROLE_NOUNS") | frozenset(single)


def _is_role_token(token: str) -> bool:
    """A word that says what someone does: a role noun, an office of the state, a company's
    officer (`minister`, `spokesman`, `PDG`, `CEO`)."""
    return token.lower().strip(".,") in _role_vocabulary()


def has_role(phrase: str) -> bool:
    """A role noun, an office of the state, a company or a court party in `phrase`."""
    return any(_is_role_token(t) for t in _TOKEN_RE.findall(phrase)) or any(
        _phrases(name).search(phrase) for name in _ROLE_LISTS
    )


# The lexicon's lists of words that give someone a role a voice turns on.
_ROLE_LISTS = ("STATE_ROLES", "COMPANY_OFFICERS", "COMPANY_WORDS", "CASE_PARTIES")


# --- the first full mention -----------------------------------------------------------------


def _surname(speaker: str) -> str | None:
    """The word a later mention keeps: the last capitalised word of the name that is not an
    honorific or a role (`Fisheries Minister Jane Doe` -> `Doe`; `M. Roux` -> `Roux`)."""
    tokens = [t.strip(".,") for t in _TOKEN_RE.findall(speaker.split(",")[0])]
    if tokens and tokens[0].lower() in _not_names():
        tokens = tokens[1:]  # `We therefore`, `The union`: a pronoun or a determiner opening the words
    names = [
        t
        for t in tokens
        if t[:1].isupper() and t.lower() not in _words("HONORIFICS") and not _is_role_token(t)
    ]
    return names[-1] if names and len(names[-1]) > 1 else None


def _not_names() -> frozenset[str]:
    """Capitalised at a sentence's start but never a name: pronouns and determiners."""
    return (
        _words("FIRST_PERSON")
        | _words("PERSON_PRONOUNS")
        | _words("GROUP_PRONOUNS")
        | _words("DEFINITE_DETERMINERS")
        | _words("INDEFINITE_DETERMINERS")
    )


def _given_name(speaker: str, surname: str) -> str | None:
    """The capitalised word right before the surname, when it is a given name (`Jane` of
    `Minister Jane Doe`), which the full mention must then have too."""
    tokens = [t.strip(".,") for t in _TOKEN_RE.findall(speaker.split(",")[0])]
    if surname not in tokens or tokens.index(surname) == 0:
        return None
    before = tokens[tokens.index(surname) - 1]
    honorific = before.lower() in _words("HONORIFICS")
    return before if before[:1].isupper() and not honorific and not _is_role_token(before) else None


def _back_run(text: str, start: int) -> int:
    """Where the run of title, role and name words before `start` begins: `Acme Mining chief
    executive John ` before `Roe`; `said Fisheries Minister Jane ` stops at `said`."""
    begin = start
    particles = _words("NAME_PARTICLES")
    for _ in range(_MAX_BACK_TOKENS):
        m = re.search(r"([\w'\u2019.\-]+)\s+$", text[max(0, begin - 60) : begin])
        if not m:
            break
        token = m.group(1)
        if token.endswith(".") and len(token) > 3 and token.lower().rstrip(".") not in _words("HONORIFICS"):
            break  # the end of the sentence before: `… in Port Ellis. Doe said`
        if not (token[:1].isupper() or _is_role_token(token) or token.lower() in particles):
            break
        begin -= len(m.group(0))
    return begin


def _role_before_comma(text: str, begin: int) -> str:
    """`la ministra de Pesca, `, `the fisheries minister, ` or `Ruritania's information
    minister, ` right before a name: the role it gives, when that clause opens with a
    determiner or a possessive (not `After meeting the minister, `)."""
    if not re.search(r",\s*$", text[max(0, begin - 3) : begin]):
        return ""
    clause = re.split(rf"{_STOP}|,", text[max(0, begin - _MAX_APPOSITION) : begin].rstrip()[:-1])[-1]
    tokens = clause.split()
    determiners = _words("DEFINITE_DETERMINERS") | _words("INDEFINITE_DETERMINERS")
    opening = next(
        (i for i, t in enumerate(tokens) if t.lower() in determiners or re.search(r"\w['\u2019]s$", t)), None
    )
    if opening is None or opening > 1 or len(tokens) - opening > 10:
        return ""  # at most one word (a speech verb: `dijo la portavoz de X, `) before it
    role = " ".join(tokens[opening:])
    return role if has_role(role) else ""


def _apposition(text: str, end: int) -> str:
    """`, chief executive of Acme Mining,` after a name: the role it gives (not a relative
    clause: `, who met the minister,`)."""
    m = re.match(rf",\s*((?:(?!{_STOP}|,).){{3,{_MAX_APPOSITION}}})", text[end : end + _MAX_APPOSITION + 3])
    if not m:
        return ""
    tokens = m.group(1).split()
    relative = next(
        (i for i, t in enumerate(tokens) if t.lower() in _words("RELATIVE_PRONOUNS")), len(tokens)
    )
    phrase = " ".join(tokens[:relative])  # `a nurse who works for a company`: the role, not the clause
    if not phrase or not has_role(" ".join(phrase.split()[:6])):
        return ""
    return phrase


def _mention_at(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The name standing at `start:end` with the role the text gives it there (before it, in
    an apposition, or both), and the name run itself; None when no role is given there."""
    begin = _back_run(text, start)
    run = text[begin:end]
    before = _role_before_comma(text, begin)
    after = _apposition(text, end)
    if not (before or after or has_role(run)):
        return None
    return " ".join(f"{before} {run}, {after}".split()).strip(" ,"), run


@functools.lru_cache(maxsize=512)
def described(speaker: str, text: str) -> str:
    """The speaker with the role and organisation the text first gives that person: `Doe` ->
    `Doe · Jane Doe, the fisheries minister`; the speaker alone when the text gives none.

    Example: with `John Roe, chief executive of Acme Mining, said …` earlier, `Roe` is
    described as `Roe · John Roe, chief executive of Acme Mining`."""
    surname = _surname(speaker)
    if not surname:
        return speaker
    given = _given_name(speaker, surname)
    mentions = _capitalised_words(text).get(surname, [])[:_MAX_MENTIONS]
    if given is None and len({_word_before(text, m) for m in mentions} - {None}) > 1:
        return speaker  # `Doe` when the text names both Jane Doe and Paul Doe: unclear whom
    for start in mentions:
        found = _mention_at(text, start, start + len(surname))
        if found and (given is None or given in found[1].split()):
            return f"{speaker} \u00b7 {found[0]}"
    return speaker


def _word_before(text: str, start: int) -> str | None:
    """The given name right before a surname at `start` (`Jane` of `Minister Jane Doe`)."""
    m = re.search(r"([\w'\u2019-]+)\s+$", text[max(0, start - 40) : start])
    word = m.group(1) if m else ""
    capitalised = word[:1].isupper() and word.lower().rstrip(".") not in _not_given()
    return word if capitalised and not _is_role_token(word) else None


@functools.cache
def _not_given() -> frozenset[str]:
    """Capitalised before a surname but no given name: an honorific (`Ms Doe`), a speech verb
    opening the sentence (`Dijo Sanz`), a pronoun or determiner, a word that opens no name."""
    verbs = {w.lower() for name in ("SPEECH_VERBS", "REPLY_VERBS", "FRAME_VERBS") for w in _words(name)}
    return _not_names() | _words("HONORIFICS") | _words("NEVER_SPEAKER_START") | frozenset(verbs)


# How many mentions of a name are read for its first full one (the first few: a long text that
# names someone a thousand times is not read a thousand times for each speaker).
_MAX_MENTIONS = 20
_CAPITALISED_RE = re.compile(r"(?<![\w'\u2019-])[A-Z\u00c0-\u00de][\w'\u2019.-]*")


@functools.lru_cache(maxsize=4)
def _capitalised_words(text: str) -> dict[str, list[int]]:
    """Where each capitalised word stands in `text` (read once per text, for every speaker)."""
    index: dict[str, list[int]] = {}
    for m in _CAPITALISED_RE.finditer(text):
        word = m.group().rstrip(".'\u2019-")
        index.setdefault(word, []).append(m.start())
    return index


# --- the rules ------------------------------------------------------------------------------


def names_the_issuer(description: str, issuer: str | None) -> bool:
    """The description names the issuer or one of its co-signatories (`Tomas Brill, director
    of Harbour Watch` in Harbour Watch's release; `chair of the Coast Network` in a letter by
    `Coast Network, River Aid and 12 other organisations`), refers back to it by the noun
    heading its name (`a spokesperson for the union` in the Northern Miners' Union's), or the
    issuer names the speaker (`Sen. Jon Doe` and `Doe`)."""
    if not issuer:
        return False
    for party in issuer_parties(issuer):
        core = re.sub(r"^(?:the|el|la|los|las|le|les|l['\u2019])\s*", "", party, flags=re.IGNORECASE)
        if len(core) > 2 and re.search(rf"(?<!\w){re.escape(core)}(?!\w)", description, re.IGNORECASE):
            return True
    if _refers_back_to(description.split(" \u00b7 ")[-1], issuer):
        return True
    speaker = description.split(" \u00b7 ")[0]
    if speaker.split()[:1] and speaker.split()[0].lower() in _words("INDEFINITE_DETERMINERS"):
        return False  # `A Department for Education spokesperson`: no person, no surname
    surname = _surname(speaker)
    return bool(surname) and re.search(rf"(?<!\w){re.escape(surname or '')}(?!\w)", issuer) is not None


def issuer_parties(issuer: str) -> list[str]:
    """The parties an issuer names: `Coast Network, River Aid and 12 other organisations` ->
    `Coast Network`, `River Aid` (a count of the others is no party); one name stays whole."""
    coordinators = "|".join(sorted(_words("COORDINATORS")))
    parts = [p.strip() for p in re.split(rf",\s+|\s+(?:{coordinators})\s+", issuer.strip()) if p.strip()]
    named = [p for p in parts if p[:1].isupper() and not re.search(r"\d", p)]
    return named if len(named) > 1 else [issuer.strip()]


def _refers_back_to(description: str, issuer: str) -> bool:
    """`… for the union` when the issuer is the Northern Miners' Union: a definite group noun
    in the description that heads the issuer's name."""
    issuer_words = {t.lower() for t in _TOKEN_RE.findall(issuer)}
    tokens = [t.lower() for t in _TOKEN_RE.findall(description)]
    return any(
        first in _words("DEFINITE_DETERMINERS") and noun in _words("GROUP_NOUNS") and noun in issuer_words
        for first, noun in itertools.pairwise(tokens)
    )


def refers_to_the_issuer(caller: str, issuer: str | None) -> bool:
    """A definite group noun that heads the issuer's name stands for the issuer: `the union`
    in the Northern Miners' Union's statement, `el sindicato` in the Sindicato Minero's.

    Example: `The union called on the inspectorate to …` is the issuer's own call."""
    tokens = [t.lower() for t in _TOKEN_RE.findall(caller)]
    if not issuer or len(tokens) != 2 or tokens[0] not in _words("DEFINITE_DETERMINERS"):
        return False
    noun = tokens[-1]
    issuer_words = {t.lower() for t in _TOKEN_RE.findall(issuer)}
    return noun in _words("GROUP_NOUNS") and noun in issuer_words


def office_of_the_state(description: str, issuer: str | None) -> bool:
    """An office of the state (`Fisheries Minister`, `government spokesman`, `la ministra`), not
    a former one nor a word in a civic organisation's name (`Police Accountability Network`),
    when the issuer holds none or is not known (a government's own statement quotes its
    ministers in its own voice)."""
    if not _holds_office(description) or _phrases("NOT_IN_OFFICE").search(description):
        return False
    return not issuer or not _holds_office(issuer)


def _holds_office(phrase: str) -> bool:
    """An office of the state in `phrase`, not a word of a civic organisation's name: an office
    (`minister`, `prosecutor`), a head of state's title alone before a name, or one of the
    state's bodies as the speaker itself or with a role that speaks for it (`the government`,
    `government spokesman`; not `a teacher at a government school`)."""
    if _head_of_state(phrase):
        return True
    speaker = phrase.split(" \u00b7 ")[0].split(",")[0]  # the speaker's own words, not its apposition
    bodies = _words("STATE_BODIES")
    speaks_for = bool(_phrases("SPEAKS_FOR").search(phrase))
    for m in _phrases("STATE_ROLES").finditer(phrase):
        if _in_a_civic_name(phrase, m.start(), m.end()):
            continue
        if m.group().lower() not in bodies or speaks_for or m.end() <= len(speaker):
            return True
    return False


def _head_of_state(phrase: str) -> bool:
    """`President Karl Brandt`, `el presidente Karl Brandt`: a head of state's title right before
    a name, with no organisation before it (`Union President X`, `ACTU President X` are not)."""
    determiners = _words("DEFINITE_DETERMINERS")
    for m in _phrases("HEAD_OF_STATE_TITLES").finditer(phrase):
        name = phrase[m.end() :].split()
        before = phrase[: m.start()].split()
        previous = before[-1] if before else ""
        alone = not previous[:1].isupper() or previous.lower() in determiners or previous == "\u00b7"
        if name and name[0][:1].isupper() and alone:
            return True
    return False


def _in_a_civic_name(phrase: str, start: int, end: int) -> bool:
    """The words at `start:end` stand in a capitalised name with a civic noun: `Police
    Accountability Network`, `Red de Vigilancia Policial`."""
    if not phrase[start : start + 1].isupper():
        return False
    particles = _words("NAME_PARTICLES")
    before = phrase[:start].split()
    after = phrase[end:].split()
    run: list[str] = []
    for token in reversed(before):
        if not (token[:1].isupper() or token.lower() in particles) or token.endswith((",", ".")):
            break
        run.append(token)
    for token in after:
        word = token.rstrip(",.;:")
        if not (word[:1].isupper() or word.lower() in particles):
            break
        run.append(word)
        if word != token:
            break
    return any(t.lower().strip(",.") in _words("CIVIC_NOUNS") for t in run)


def officer_of_a_company(description: str, issuer: str | None) -> bool:
    """A company, its officer or its spokesperson (`chief executive of Acme Mining`, `PDG
    d'Acmé`, `Acme Ltd`, `a spokesman for the company`; not `a worker at the company`), when
    the issuer is no company or is not known (a company's release quotes its own)."""
    if not _speaks_for_a_company(description):
        return False
    return not issuer or not _speaks_for_a_company(issuer)


def _speaks_for_a_company(description: str) -> bool:
    """A company's officer, the company itself (the speaker's own words), or a company named
    with a role that speaks for it."""
    speaker = description.split(" \u00b7 ")[0]
    company = _phrases("COMPANY_WORDS")
    return bool(
        _phrases("COMPANY_OFFICERS").search(description)
        or company.search(speaker)
        or (company.search(description) and _phrases("SPEAKS_FOR").search(description))
    )


def party_to_a_case(description: str, issuer: str | None) -> bool:
    """A defendant, a plaintiff or their counsel (`a lawyer for the defendants`), when the
    issuer is not known: a party to the case, never the statement's own voice."""
    return not issuer and bool(_phrases("CASE_PARTIES").search(description))


def unnamed_spokesperson(description: str, issuer: str | None) -> bool:
    """An unnamed spokesperson of a named organisation (`A Department for Education
    spokesperson`, `a spokesman for the Port Authority`, `un portavoz del Ministerio`): the
    party a news report asks to answer, not the issuer (whose own spokesperson names it, which
    `names_the_issuer` checks first).

    Example: `A Harbour Board spokesperson said the plan was "fair" and urged the union to …`."""
    speaker = description.split(" \u00b7 ")[0]
    tokens = _TOKEN_RE.findall(speaker)
    if len(tokens) < 3 or tokens[0].lower() not in _words("INDEFINITE_DETERMINERS"):
        return False
    named = any(t[:1].isupper() for t in tokens[1:])
    return named and bool(_phrases("SPOKESPERSON_NOUNS").search(speaker))


def addressed_party(description: str, addressees: Sequence[str]) -> bool:
    """A party the statement's demands address, named in full in the description (`a
    spokesman for the Regional Council` when the demands call on `the Regional Council`)."""
    for addressee in addressees:
        name = re.sub(r"^(?:the|el|la|los|las|le|les|l['\u2019])\s*", "", addressee.strip(), flags=re.I)
        if (
            len(name) > 2
            and name[:1].isupper()
            and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", description)
        ):
            return True
    return False


_PARTY_RULES: tuple[Callable[[str, str | None], bool], ...] = (
    office_of_the_state,
    officer_of_a_company,
    party_to_a_case,
    unnamed_spokesperson,
)


def speaks_for_the_issuer(speaker: str, text: str, issuer: str | None) -> bool:
    """The speaker, as the text first presents them, is the issuer's: `"…," replied Tomas
    Brill, director of Harbour Watch` answers for Harbour Watch in its own release."""
    return names_the_issuer(described(speaker, text) if text else speaker, issuer)


def other_party(speaker: str, text: str, issuer: str | None, addressees: Sequence[str] = ()) -> str | None:
    """The name of the rule that puts `speaker` on another side than the issuer's, or None
    (the issuer's side: the issuer, its officials, co-signatories and those it quotes in
    support). The speaker is first resolved to their first full mention (`described`)."""
    if speaker.split() and speaker.split()[0].lower() in _words("FIRST_PERSON"):
        return None  # `We therefore encourage you to …`: the statement's own voice
    description = described(speaker, text) if text else speaker
    if names_the_issuer(description, issuer):
        return None
    for rule in _PARTY_RULES:
        if rule(description, issuer):
            return rule.__name__
    return addressed_party.__name__ if addressed_party(description, addressees) else None


def is_person_name(phrase: str) -> bool:
    """A person's name, perhaps with an honorific (`Pérez`, `M. Dupont`, `Sara Lind`): one to
    four capitalised words, none a group or role noun (`Gobierno`, `Ministry of Health` are not)."""
    tokens = [t.strip(".,") for t in _TOKEN_RE.findall(phrase)]
    nouns = _words("GROUP_NOUNS") | _role_vocabulary()
    return 1 <= len(tokens) <= 4 and all(t[:1].isupper() and t.lower() not in nouns for t in tokens)


def quoted_party(candidate: str, text: str, speakers: Sequence[str | None]) -> bool:
    """A person the text quotes (one of `speakers`) for another party, whatever the issuer
    (`«…», afirmó Pérez.` after `Juan Pérez, consejero delegado de Minera Andes`): never the
    statement's issuer. An organisation is not judged so (`Acme Mining` in its own release)."""
    name = candidate.strip().rstrip(".")
    surname = _surname(name)
    quoted = any(surname and surname in _TOKEN_RE.findall(s or "") for s in speakers)
    return quoted and is_person_name(name) and other_party(name, text, None) is not None


def caller_name(caller: str) -> str:
    """Who makes a call, from the words before its frame: the last clause that is not a
    relative one (`Jane Doe, the fisheries minister, ` -> `the fisheries minister`; `Doe also `
    -> `Doe also`); for a call joined to a speech verb, that verb's subject (`A Port Authority
    spokesperson said the plan was "fair" and ` -> `A Port Authority spokesperson`)."""
    coordinated = _coordinated_subject(caller)
    if coordinated:
        return coordinated
    chunks = [c.strip() for c in re.split(rf"{_STOP}|,|\u2013|\u2014", caller) if c.strip()]
    chunks = [c for c in chunks if c.split()[0].lower() not in _words("RELATIVE_PRONOUNS")]
    if not chunks:
        return ""
    tokens = [t.lower() for t in chunks[-1].split()]
    if len(tokens) > 8 or set(tokens) & _words("CLAUSE_WORDS"):
        return ""  # a clause (`leaders have written to the Prime Minister`), not who calls
    return chunks[-1]


def _coordinated_subject(caller: str) -> str | None:
    """`X said the offer was "fair" and ` before `urged …`: the subject of the speech verb the
    call is joined to by a coordinator, when the words before that verb form one clause."""
    words = caller.split()
    if not words or words[-1].lower() not in _words("COORDINATORS"):
        return None
    verb = _phrases("SPEECH_VERBS").search(caller)
    if not verb:
        return None
    subject = re.split(rf"{_STOP}|,", caller[: verb.start()])[-1].strip()
    tokens = subject.split()
    clause = {t.lower() for t in tokens[1:]} & _words("CLAUSE_WORDS")  # not the `A` opening it
    return subject if 1 <= len(tokens) <= 8 and not clause else None


def apposition_organisation(apposition: str) -> str | None:
    """The organisation an apposition names after its role (`director of Harbour Watch` ->
    `Harbour Watch`), or None when it names none, or names a party: a company, an office of
    the state, a court case (`chief executive of Acme Mining`)."""
    if not has_role(apposition) or any(rule(apposition, None) for rule in _PARTY_RULES):
        return None
    m = re.search(
        r"(?:\bof|\bfor|\bat|\bde|\bdel|\bdu|\bd['\u2019])\s+(?:the\s+|la\s+|el\s+|l['\u2019])?"
        r"([A-Z\u00c0-\u00de][\w&'\u2019.-]*(?:\s+(?:of|for|de|del|des|du|la|[A-Z\u00c0-\u00de][\w&'\u2019.-]*))*)",
        apposition,
    )
    return m.group(1).strip() if m else None


_NAME_RUN_RE = re.compile(
    r"(?<![\w'\u2019-])[A-Z\u00c0-\u00de][\w&'\u2019-]*"
    r"(?:\s+(?:(?:of|for|de|del|des|du|la|pour|the)\s+)?[A-Z\u00c0-\u00de][\w&'\u2019-]*)*"
)


def named_referent(description: str, text: str) -> str | None:
    """The one organisation the text names that an indefinite description refers to: a name
    headed by a group noun (`Free Press Alliance`, `Red de Defensores`) that the text takes up
    again as `the alliance` / `la red`, or whose head is the description's own noun.

    Example: `An international press freedom group` with `Jo Doe, director of the Free Press
    Alliance` and `The alliance said …` later -> `Free Press Alliance`."""
    own = {t.lower() for t in _TOKEN_RE.findall(description)} & _words("GROUP_NOUNS")
    found: list[str] = []
    for m in _NAME_RUN_RE.finditer(text):
        words = m.group().split()
        if words[0].lower() in _words("DEFINITE_DETERMINERS"):
            words = words[1:]  # `The Free Press Alliance` opening a sentence
        name = " ".join(words)
        if len(words) < 2 or name in found:
            continue
        heads = {words[0].lower(), words[-1].lower()} & _words("GROUP_NOUNS")
        if heads and (heads & own or any(_taken_up(head, text) for head in heads)):
            found.append(name)
    return found[0] if len(found) == 1 else None


def _taken_up(noun: str, text: str) -> bool:
    """`The alliance said`, `la red denunció`: the group noun after a definite determiner, in
    lower case (a back-reference, not a name)."""
    determiners = "|".join(
        re.escape(d) for d in sorted(_words("DEFINITE_DETERMINERS"), key=len, reverse=True)
    )
    return re.search(rf"(?<!\w)(?i:{determiners})\s+{re.escape(noun)}(?!\w)", text) is not None


def one_voice_per_person(speakers: Sequence[str | None], voices: Sequence[str]) -> list[str]:
    """One person has one voice in a statement: when any quote of a person (known by the
    surname of their name) is another party's, every quote of that person is, whether the
    text names them again or only says `he` (resolved to them).

    Example: `"…," Doe told reporters.` after `the minister, Jo Doe, rejected …` is `other`;
    so is the next `He said the ministry "will not …"`, resolved to Doe."""
    others = {key for s, v in zip(speakers, voices, strict=True) if v == "other" and (key := _person_key(s))}
    return ["other" if _person_key(s) in others else v for s, v in zip(speakers, voices, strict=True)]


def _person_key(speaker: str | None) -> str | None:
    """The surname a person's quotes share (`Pavel Brandt`, `Brandt`, `Mr Brandt`: `Brandt`);
    None for an organisation, a group or no speaker."""
    name = (speaker or "").split(",")[0].strip()
    return _surname(name) if name and is_person_name(name) else None
