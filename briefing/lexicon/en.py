"""English words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

# ── Negations (an ellipsis in a quote may never drop one) ────────────────────────────────────

# ── Demands: frames, verbs, lists of asks; titles and headline boilerplate ───────────────────

# Each tuple is a list of phrases (a space matches any run of spaces); the demand rules in
# `briefing.extraction.demands` build their patterns from them, the same rules for every language.

#: "We call on the ministry to ...": a verb that names who is asked, then a link, then the ask.
DEMAND_CALL_ON = (
    "call on",
    "calls on",
    "called on",
    "calling on",
    "call upon",
    "calls upon",
    "called upon",
    "calling upon",
    "appeal on",
    "appeals on",
    "appealed on",
    "appeal upon",
    "appeals to",
    "appealed to",
    "appeal to",
    "urge",
    "urges",
    "urged",
    "urging",
    "encourage",
    "encourages",
    "implore",
    "implores",
    "exhort",
    "exhorts",
    "request",
    "requests",
    "requesting",
)
#: The word that ends the addressee and starts the ask ("urge the council *to* act").
DEMAND_LINKS = ("to",)
#: Links that open a clause rather than an infinitive (Spanish "para que", French "pour que").
DEMAND_CLAUSE_LINKS: tuple[str, ...] = ()
#: Words that follow a link and show it is not the ask's verb ("parties *to the* conflict").
DEMAND_LINK_NOT_BEFORE = (
    "the",
    "a",
    "an",
    "all",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "our",
    "his",
    "her",
    "any",
    "every",
    "each",
)
#: "We ask the mayor to ...": an asking verb that is a demand only after a pronoun (the issuer's).
DEMAND_ASK_FIRST_PERSON = (
    "we ask",
    "i ask",
    "we request",
    "i request",
    "we invite",
    "i invite",
    "we want",
    "i want",
    "we asked",
    "they ask",
    "they asked",
    "they request",
    "they requested",
)
#: "calls for an inquiry": the ask follows directly, with no addressee.
DEMAND_CALL_FOR = ("call for", "calls for", "called for", "calling for")
#: A "that" the ask may open with, after a call without addressee.
DEMAND_THAT = ("that",)
#: Words that, right before a call verb, make it passive or the noun ("*were* called for").
DEMAND_NOT_AFTER = ("were", "was", "be", "been", "is", "are")
#: The verb "demand" (its noun forms are not demands: "the demand", "demand rose").
DEMAND_VERBS = ("demand", "demands", "demanded", "demanding")
#: Before the word "demand", a determiner makes it the noun.
DEMAND_NOUN_AFTER = (
    "the",
    "their",
    "our",
    "its",
    "these",
    "this",
    "that",
    "a",
    "his",
    "her",
    "key",
    "main",
)
#: After the word "demand", a verb makes it the noun ("Demand *rose* by 31%").
DEMAND_NOUN_BEFORE = (
    "rose",
    "fell",
    "grew",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "continues",
    "continue",
    "remains",
    "remain",
    "outstrips",
)
#: "We reiterate our call for ...", "I renew my call that ...".
DEMAND_REITERATE = (
    "reiterate",
    "reiterates",
    "reiterated",
    "reiterating",
    "renew",
    "renews",
    "renewed",
    "repeat",
    "repeats",
    "restate",
    "restates",
)
DEMAND_POSSESSIVES = ("our", "its", "their", "his", "her", "my", "the", "a")
DEMAND_CALL_NOUNS = ("call", "calls", "appeal", "appeals", "demand", "demands")
#: After the call noun: who is called on ("our call *on* X to"), or what for ("our call *for*").
DEMAND_CALL_NOUN_ON = ("to", "on", "upon")
DEMAND_CALL_NOUN_FOR = ("for",)
#: "recommends that ...".
DEMAND_RECOMMEND = ("recommend", "recommends", "recommended")
#: "It is time for the board to ...", "It is urgent that ...".
DEMAND_NECESSITY = (
    "it's time",
    "it\u2019s time",
    "it is time",
    "it's high time",
    "it is high time",
    "it is now time",
    "it is urgent that",
    "it is imperative that",
    "it is essential that",
    "it is vital that",
)
DEMAND_NECESSITY_FOR = ("for",)  # "time *for* the board to ..."
#: "The country is facing calls to ...".
DEMAND_PRESSURE = (
    "is facing calls to",
    "are facing calls to",
    "was facing calls to",
    "were facing calls to",
    "is facing growing calls to",
    "is facing mounting calls to",
    "are facing growing calls to",
    "is facing increasing calls to",
    "is facing renewed calls to",
    "is under pressure to",
    "are under pressure to",
    "is under growing pressure to",
    "is facing pressure to",
    "are facing pressure to",
    "is facing growing pressure to",
    "is facing mounting pressure to",
    "are urged to",
    "is urged to",
    "are called on to",
    "are called upon to",
    "is called on to",
)
#: "There is a pressing need to ...".
DEMAND_NEED = ("pressing need to", "urgent need to", "clear need to", "pressing need for", "urgent need for")
#: Obligation modals: "X must ...".
DEMAND_MODALS = (
    "must",
    "should",
    "shouldn't",
    "shouldn\u2019t",
    "ought to",
    "need to",
    "needs to",
    "has to",
    "have to",
)
#: Modals that are no obligation when negated ("do not *need to*") or with no subject.
DEMAND_WEAK_MODALS = ("need to", "needs to", "has to", "have to")
#: The conditional modal that inverts ("*Should* the government fail, ...").
DEMAND_INVERTIBLE = ("should",)
#: Right after a modal: a regret, not a demand ("should *have* been").
DEMAND_MODAL_BLOCKERS = ("have", "not have", "'ve", "also have")
#: Right after a modal: how, not what ("must *do so* in a way that").
DEMAND_PRO_FORMS = ("do so", "do this", "do that", "do it")
#: Right before a modal: a consequence ("patients *would* have to").
DEMAND_CONDITIONALS = ("would", "will", "could", "might", "may", "wo", "won't", "wouldn't")
DEMAND_NEGATIONS = ("not", "n't", "no")
#: Right after a modal: knowing is not an action ("the people must *know* that").
#: After a share ("3 in 4", "45%"), an opinion verb reports a survey's finding ("3 in 4 *think* ...").
DEMAND_RATIO_WORDS = ("in", "out of")
DEMAND_OPINION_VERBS = (
    "think",
    "thinks",
    "believe",
    "believe that",
    "consider",
    "considers",
    "feel",
    "agree",
    "agreed",
)
DEMAND_NOT_AN_ACT = ("expect", "know", "understand", "realise", "realize", "be aware", "be reminded")
#: Words that open the clause a modal sits in ("the group said *that* ...").
DEMAND_CLAUSE_WORDS = ("that", "said", "says", "but", "why", "warn", "warns", "believe", "believes")
#: A subject that makes "must" no demand ("*it* shouldn't be", "this is *what* we must").
DEMAND_EMPTY_SUBJECTS = ("it",)
DEMAND_WHAT = ("what",)
DEMAND_RELATIVES = ("who", "which", "whether", "if", "whom", "whose")
#: Words that open an addressee and are dropped ("*also* the council").
DEMAND_ADDRESSEE_FILLERS = ("also", "now", "today", "therefore", "further", "again")
DEMAND_ADDRESSEE_TAIL = ("also", "now", "today", "immediately", "urgently", "once again")
DEMAND_DETERMINERS = (
    "the",
    "a",
    "an",
    "all",
    "every",
    "each",
    "any",
    "both",
    "either",
    "our",
    "their",
    "its",
    "this",
    "these",
    "those",
)
DEMAND_PRONOUNS = (
    "i",
    "we",
    "you",
    "he",
    "she",
    "it",
    "they",
    "this",
    "that",
    "there",
    "what",
    "who",
    "which",
)
DEMAND_OBJECT_PRONOUNS = ("him", "her", "them", "us", "me")
#: Reporting verbs of a tag after a quoted demand (`," the experts added.`).
DEMAND_TAG_VERBS = (
    "said",
    "says",
    "added",
    "adds",
    "stated",
    "declared",
    "told",
    "tells",
    "explained",
    "insisted",
    "argued",
    "emphasised",
    "emphasized",
    "wrote",
    "urged",
    "noted",
    "stressed",
    "warned",
)
#: Clauses after a demand that comment on it (", *adding* that ...").
DEMAND_TAIL_PARTICIPLES = ("adding", "saying", "noting", "arguing", "stressing", "warning")
#: A subject that ends with one of these is further back ("... harms families *and* must end").
DEMAND_COORDINATORS = ("and", "or")
DEMAND_CORRELATIVES = ("both", "either")
DEMAND_CONJUNCTIONS = ("and", "but", "while")
DEMAND_AUXILIARIES = ("is", "are", "was", "were", "has", "have", "had")
#: A demand's words starting with these are a fragment ("*at* the meeting").
DEMAND_FRAGMENT_STARTS = (
    "at",
    "in",
    "on",
    "for",
    "by",
    "with",
    "during",
    "within",
    "from",
    "of",
    "as",
    "than",
)
#: First person: a call in the first person is the issuer's ("*We* call on ...").
DEMAND_FIRST_PERSON = ("we", "i", "our", "my", "us")
#: A call told as history, not made ("*last year's* resolution called for ...").
#: "In 2019, the council urged ...": a year told as the past.
DEMAND_YEAR_PREPOSITIONS = ("in", "since")
DEMAND_HISTORY = (
    "last year",
    "last month",
    "last week",
    "previously",
    "earlier this year",
    "in the past",
    "years ago",
    "months ago",
    "at the time",
    "had called",
    "had urged",
    "had demanded",
    "had asked",
    "once called",
)
#: A described legal duty, not an ask ("the *law says* employers must ...").
DEMAND_LEGAL_SOURCES = (
    "law",
    "laws",
    "act",
    "regulation",
    "regulations",
    "rules",
    "code",
    "constitution",
    "legislation",
    "statute",
    "directive",
)
DEMAND_LEGAL_VERBS = ("says", "say", "states", "requires", "require", "provides", "stipulates", "means")
DEMAND_LEGAL_PHRASES = ("under the law", "by law", "legally required", "legally obliged", "are obliged by")
#: A reply or defence: the caller answers the issuer, so its call is the other side's.
DEMAND_REPLY_VERBS = (
    "replied",
    "responded",
    "rejected",
    "denied",
    "dismissed",
    "defended",
    "retorted",
    "countered",
)
#: A list's lead-in names the asks it introduces ("Proposed *actions*:", "Our *demands*:").
DEMAND_LIST_NOUNS = (
    "demands",
    "recommendations",
    "proposals",
    "actions",
    "requests",
    "asks",
    "calls",
    "measures",
    "policies",
    "steps",
    "priorities",
)
#: First-person plural imperatives: a call wherever a clause opens with one ("*Let us* act").
DEMAND_HORTATIVES = ("let us", "let's", "let\u2019s")
#: How a passive participle ends ("must be *released*"), and the verb "be".
DEMAND_PARTICIPLE_ENDINGS = ("ed", "en", "ght", "wn", "ne")
DEMAND_BE = ("be",)
#: Verbs that open an item of a list of asks, or a paragraph that is one ("*Release* all ...").
DEMAND_IMPERATIVES = (
    "abolish",
    "act",
    "adopt",
    "allocate",
    "allow",
    "amend",
    "apply",
    "approve",
    "ban",
    "broaden",
    "build",
    "cancel",
    "cap",
    "cease",
    "commit",
    "conduct",
    "confer",
    "consult",
    "create",
    "decriminalise",
    "decriminalize",
    "demarcate",
    "drop",
    "empower",
    "enact",
    "end",
    "enforce",
    "enhance",
    "ensure",
    "establish",
    "expand",
    "extend",
    "follow up",
    "free",
    "fulfil",
    "fulfill",
    "fund",
    "grant",
    "guarantee",
    "halt",
    "have",
    "implement",
    "improve",
    "include",
    "increase",
    "introduce",
    "invest",
    "investigate",
    "lift",
    "maintain",
    "mandate",
    "normalise",
    "normalize",
    "offer",
    "operationalise",
    "operationalize",
    "pass",
    "pay",
    "pledge",
    "prioritise",
    "prioritize",
    "promote",
    "prosecute",
    "protect",
    "provide",
    "publish",
    "raise",
    "ratify",
    "reallocate",
    "recognise",
    "recognize",
    "reduce",
    "reform",
    "reinstate",
    "reject",
    "release",
    "remove",
    "repeal",
    "resolve",
    "respect",
    "restore",
    "return",
    "reverse",
    "review",
    "revoke",
    "safeguard",
    "scrap",
    "secure",
    "standardise",
    "standardize",
    "stop",
    "strengthen",
    "streamline",
    "suspend",
    "support",
    "take",
    "transfer",
    "uphold",
    "waive",
    "withdraw",
    "circumvent",
)
#: Headlines that are not a statement's title: site names, forwarding lines, mail headers.
TITLE_BOILERPLATE = (
    "on-line",
    "online edition",
    "from an article found",
    "forwarded message",
    "original message",
    "home page",
    "homepage",
    "skip to content",
    "print this",
    "email this",
    "share this",
    "press release",
    "press releases",
    "media release",
    "news release",
    "for immediate release",
    "for release",
    "embargoed",
    "news in brief",
)
#: "From: ...", "Contact: ...": header and credit labels, never a headline.
TITLE_LABELS = (
    "from",
    "to",
    "subject",
    "sent",
    "date",
    "cc",
    "contact",
    "contacts",
    "media contact",
    "press contact",
    "photo",
    "photos",
    "source",
    "credit",
    "image",
)
#: Verbs after which the lead's subject is the issuer ("ACME *urged* ...").
#: A byline's first word ("*By* dpa correspondents").
TITLE_BYLINES = ("by",)
ISSUER_VERBS = (
    "said",
    "says",
    "called",
    "calls",
    "urged",
    "urges",
    "urging",
    "welcomed",
    "welcomes",
    "reiterates",
    "reiterated",
    "announced",
    "announces",
    "demanded",
    "demands",
    "condemned",
    "condemns",
    "warned",
    "warns",
    "today",
)
#: The article dropped before an issuer ("*The* Housing Network").
#: A lead's opening words that are not its subject ("*In* a letter, 12 mayors ...").
ISSUER_LEAD_OPENERS = (
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "following",
    "as",
    "while",
    "with",
    "speaking",
    "today",
    "yesterday",
    "however",
)
#: A subject with one of these is a clause, not a name ("Indonesia *is* facing ...").
ISSUER_AUXILIARIES = (
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "be",
    "been",
    "has",
    "have",
    "had",
)
ISSUER_PRONOUNS = ("it", "its", "they", "we", "he", "she", "this", "these", "those", "there")
#: "Press Release: NZEI": a release line naming its publisher.
ISSUER_RELEASE_LABELS = ("press release", "media release", "news release", "statement")
ISSUER_ARTICLES = ("the",)

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────
