"""English words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

# ── Negations (an ellipsis in a quote may never drop one) ────────────────────────────────────

# ── Demands: frames, verbs, lists of asks; titles and headline boilerplate ───────────────────

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────

# Finite forms of verbs that report speech or writing: `" said X`, `X told reporters: "`.
SPEECH_VERBS: tuple[str, ...] = (
    *("said", "says", "say", "added", "adds", "told", "tells", "stated", "states", "declared"),
    *("declares", "noted", "notes", "wrote", "writes", "explained", "explains", "continued"),
    *("continues", "emphasised", "emphasized", "emphasises", "emphasizes", "stressed", "stresses"),
    *("warned", "warns", "insisted", "insists", "argued", "argues", "claimed", "claims", "recalled"),
    *("asked", "asks", "concluded", "remarked", "commented", "observed", "acknowledged", "admitted"),
    *("announced", "affirmed", "confirmed", "reiterated", "repeated", "underlined", "highlighted"),
    *("pointed out", "points out", "maintained", "asserted", "testified", "tweeted", "lamented"),
    *("complained", "predicted", "promised", "alleged", "conceded", "believes", "believed"),
    *("explained", "mentioned", "reported", "reports", "found", "finds", "concludes"),
)
# Past participles after an auxiliary ("has said", "had told").
SPEECH_PARTICIPLES: tuple[str, ...] = ("said", "told", "stated", "written", "declared", "warned", "noted")
AUXILIARIES: tuple[str, ...] = ("has", "have", "had", "will", "would", "also")
# Forms of verbs of publishing: their subject is a source a back-reference may point to.
PUBLISH_VERBS: tuple[str, ...] = ("published", "publishes", "issued", "issues", "released", "releases")
# Verbs of answering or defending: the speaker they introduce answers the issuer (voice "other").
REPLY_VERBS: tuple[str, ...] = (
    *("replied", "replies", "responded", "responds", "retorted", "countered", "rejected"),
    *("rejects", "denied", "denies", "defended", "defends", "dismissed", "dismisses", "rebutted"),
)
# Verbs whose object or complement is the quotation: `X described it as "..."`,
# `X accused him of "..."`, `X called on the council to "..."`.
FRAME_VERBS: tuple[str, ...] = (
    *("described", "describes", "accused", "accuses", "called", "calls", "urged", "urges"),
    *("expressed", "expresses", "branded", "labelled", "labeled", "termed", "condemned"),
    *("welcomed", "documented", "cited", "quoted", "voiced", "raised", "demanded", "appealed"),
    *("received", "criticised", "criticized", "attacked", "hailed"),
)
# Words that attribute what follows to a source: `according to X, "..."`.
ACCORDING_TO: tuple[str, ...] = ("according to", "in the words of", "as quoted by")
# The same, only at the opening of a sentence (French `Pour X, « … »`); none in English.
ACCORDING_TO_OPENING: tuple[str, ...] = ()
# Adverbs that may stand between a speaker and the cue: `X also said`, `X later added`.
CUE_ADVERBS: tuple[str, ...] = ("also", "later", "then", "further", "again", "today", "previously")
# Conjunctions that may open the clause whose subject speaks (`…, when the minister said`).
SUBORDINATORS: frozenset[str] = frozenset(
    ["and", "but", "as", "while", "when", "after", "because", "since", "although", "so"]
)
PERSON_PRONOUNS: frozenset[str] = frozenset(["he", "she"])
GROUP_PRONOUNS: frozenset[str] = frozenset(["they", "it"])
# The statement's own voice: its issuer.
FIRST_PERSON: frozenset[str] = frozenset(["i", "we"])
# Nouns that name a person by role: `the minister`, `a spokesman`.
ROLE_NOUNS: frozenset[str] = frozenset(
    [
        *("spokesman", "spokeswoman", "spokesperson", "director", "minister", "president", "secretary"),
        *("chair", "chairman", "chairwoman", "chairperson", "co-chair", "leader", "official"),
        *("commissioner", "rapporteur", "senator", "governor", "mayor", "ambassador", "officer"),
        *("coordinator", "head", "chief", "campaigner", "adviser", "advisor", "editor", "researcher"),
        *("manager", "founder", "member", "mp", "lawyer", "attorney", "activist", "economist"),
        *("analyst", "representative", "executive", "undersecretary", "judge", "witness", "survivor"),
        *("pupil", "student", "worker", "resident", "mother", "father", "woman", "man", "doctor"),
        *("nurse", "teacher", "victim", "protester", "organiser", "organizer", "general", "premier"),
        *("expert", "supporter", "rebel", "backer", "chancellor", "prosecutor", "defender"),
    ]
)
# Nouns that name an organisation or a group: `the organisation`, `the experts`.
GROUP_NOUNS: frozenset[str] = frozenset(
    [
        *("organisation", "organization", "group", "groups", "experts", "committee", "mission"),
        *("government", "agency", "union", "unions", "council", "commission", "office", "ministry"),
        *("department", "network", "coalition", "alliance", "institute", "foundation", "campaign"),
        *("movement", "federation", "association", "assembly", "panel", "board", "authority"),
        *("authorities", "police", "army", "military", "senators", "activists", "signatories"),
        *("party", "parliament", "congress", "senate", "court", "tribunal", "company", "firm"),
        *("charity", "body", "agencies", "organisations", "organizations", "centre", "center"),
        *("watch", "trust", "league", "society", "secretariat", "members", "rapporteurs", "leaders"),
    ]
)
# Group nouns that only stand for an organisation named before (`the organisation said`);
# other group nouns may name a speaker on their own (`the government`, `the experts`).
GENERIC_REFERENCES: frozenset[str] = frozenset(
    ["organisation", "organization", "group", "body", "agency", "charity"]
)
# Nouns that name a document that can be quoted: `the report said`, `the letter reads:`.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    [
        *("statement", "report", "letter", "release", "resolution", "declaration", "law", "act"),
        *("testimony", "documents", "document", "paper", "papers", "communique", "communiqué", "submission"),
        *("petition", "motion", "bill", "decision", "judgment", "ruling", "findings", "text"),
    ]
)
# Verbs with which a document announces its text: `The letter reads:`.
DOCUMENT_VERBS: tuple[str, ...] = ("reads", "read", "states", "stated", "says", "said", "follows")
# Determiners before a role or group noun; the indefinite ones name an anonymous speaker,
# kept as it is (`a spokesman`), the definite ones refer back to someone named earlier.
DEFINITE_DETERMINERS: frozenset[str] = frozenset(["the", "its", "his", "her", "their", "this", "that"])
INDEFINITE_DETERMINERS: frozenset[str] = frozenset(["a", "an", "one", "another"])
# Honorifics that open a person's name.
HONORIFICS: frozenset[str] = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sen", "rep", "gov", "rev"]
)
# Lowercase words inside a name: `Committee against Torture`, `Anna de Vries`.
NAME_PARTICLES: frozenset[str] = frozenset(
    ["of", "for", "de", "van", "von", "der", "da", "al", "on", "against"]
)
# Words that join an organisation's name to its remit, which may be lowercase:
# `Committee against Torture`, `Comité … contre la torture`, `Comisión … para la paz`.
REMIT_WORDS: frozenset[str] = frozenset(["against", "on"])
# Words after which a phrase is never a speaker: time phrases, prepositions, conjunctions.
NEVER_SPEAKER_START: frozenset[str] = frozenset(
    [
        *("today", "yesterday", "tonight", "tomorrow", "on", "in", "at", "during", "when", "while"),
        *("after", "before", "since", "until", "such", "this", "these", "those", "that", "last"),
        *("next", "every", "each", "if", "as", "for", "with", "by", "from", "to", "so", "and"),
        *("but", "or", "there", "here", "what", "which", "who", "how", "why", "where", "earlier"),
        *("later", "then", "now", "again", "not", "also", "all", "some", "many", "most", "more"),
        *("of", "although", "though", "because", "despite", "however", "yet", "whether", "about"),
    ]
)
# Words that end a speaker's phrase: the time or place of speaking, a relative clause, the
# channel (`in a statement`), the addressee (`told reporters`).
SPEAKER_TAIL_WORDS: tuple[str, ...] = (
    *("today", "yesterday", "tonight", "who", "which", "whose", "that", "adding", "saying"),
    *("referring", "speaking", "writing", "according", "earlier", "later", "also", "told", "when"),
    *("while", "after", "before", "this", "last", "as", "calling", "urging", "said", "says"),
)
# Prepositions that end a speaker's phrase when a lowercase word or a number follows
# (`said X in a statement`, `said X on 3 May`), not a name (`Director at UNHCR`).
SPEAKER_TAIL_PREPOSITIONS: tuple[str, ...] = ("in", "on", "at", "during", "to", "from", "for", "with")
# Time phrases and channels that may stand between a speaker and the verb.
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Auxiliaries and modals: a phrase containing one is a clause, not a speaker.
CLAUSE_WORDS: frozenset[str] = frozenset(
    [
        *("should", "would", "could", "must", "will", "shall", "may", "might", "can", "is", "are"),
        *("was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "not", "if"),
    ]
)
