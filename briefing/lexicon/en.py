"""English words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

#: Month names and abbreviations, lower-case, with the month's number.
MONTHS: dict[str, int] = {
    **dict.fromkeys(("january", "jan"), 1),
    **dict.fromkeys(("february", "feb"), 2),
    **dict.fromkeys(("march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("may",), 5),
    **dict.fromkeys(("june", "jun"), 6),
    **dict.fromkeys(("july", "jul"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("september", "sept", "sep"), 9),
    **dict.fromkeys(("october", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
#: Days of the week, and the words for today and yesterday: a name of a day, never a place.
DAY_NAMES = (
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("today", "yesterday"),
)
#: What may follow a day's number: "1st", "22nd", "3rd", "10th".
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
#: What may stand between a day and its month: "the 5th of May".
DAY_MONTH_JOINS = ("of",)
#: What may stand between a month and its year: "5 May, 2026" (a comma only in English).
MONTH_YEAR_JOINS: tuple[str, ...] = ()
#: Words that join two days of a range of dates: "10 and 24 April", "10 to 24 April".
DAY_RANGE_JOINS = ("and", "to", "until", "till")
#: Whether a date in digits puts the day first ("12/01/2026"): not in English, where the US
#: puts the month first.
NUMERIC_DATES_DAY_FIRST = False
#: Spellings that show a text written where a date in digits puts the day first (Britain,
#: Ireland, Australia, New Zealand, India: "Published: 7/01/2009" is 7 January), and those
#: that show the US, where the month comes first. Only spellings the other side never uses:
#: not "-ize" (Oxford spelling has it too), not "labor" (an Australian party's name).
DAY_FIRST_SPELLINGS = (
    *("favour", "colour", "honour", "behaviour", "neighbour", "harbour", "labour"),
    *("centre", "theatre", "defence", "offence", "programme", "travelled"),
)
MONTH_FIRST_SPELLINGS = (
    *("favor", "color", "honor", "behavior", "neighbor", "harbor"),
    *("center", "theater", "defense", "offense", "traveled"),
)
#: Labels of the day a page was read or saved, which is not the statement's date.
READING_DATE_LABELS = ("today's date", "today’s date")
#: Words that end with a full stop without ending the sentence, lower case, without the stop:
#: titles before a name ("Sen. Smith", "with Sens. Smith and Doe", "Dr. Ruiz"), months, and
#: abbreviations ("No. 5", "etc."). The sentence splitter reads every language's list: a
#: Spanish "Sra." may stand in an English text.
SENTENCE_ABBREVIATIONS = (
    *("mr", "mrs", "ms", "messrs", "dr", "drs", "prof", "profs", "sen", "sens", "rep", "reps"),
    *("gov", "govs", "gen", "lt", "col", "capt", "cmdr", "adm", "maj", "sgt", "supt", "insp"),
    *("cllr", "pres", "st", "jr", "sr", "rev", "hon", "no", "nos", "vs", "etc", "inc", "ltd"),
    *("co", "corp", "dept", "univ", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug"),
    *("sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est", "e.g", "i.e", "u.s"),
    *("u.k", "u.n", "a.m", "p.m"),
)

#: Words for the numbers that text2num reads, up to the tens.
NUMBER_WORDS = (
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy"),
    *("eighty", "ninety"),
)
#: The word for zero.
ZERO_WORDS = ("zero",)
#: The word for one, which alone is rarely a count ("one of the ...").
ONE_WORDS = ("one",)
#: The word for a hundred inside a number in words ("five hundred").
HUNDRED_WORDS = ("hundred",)
#: What joins parts of a number in words: "five hundred and eighty".
NUMBER_WORD_JOINS = ("and",)
#: Articles that stand for "one" before a scale word: "a million" is one million.
ONE_BEFORE_SCALE = ("a", "an")
#: Scale words after a number, with what they multiply by: "1.2 million".
SCALES: dict[str, float] = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: Abbreviated scales glued to a number: "£3bn", "1.2m", "60k".
SHORT_SCALES: dict[str, float] = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
#: Abbreviations read when checking a number the page shows, never to find a figure ("5b"
#: is more often a paragraph than five billion).
RARE_SHORT_SCALES: dict[str, float] = {"mln": 1e6, "b": 1e9, "tn": 1e12}
#: How the page names a scale: 1e6 -> "million".
SCALE_NAMES: dict[float, str] = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}
#: How the page names a scale of exactly one: 1e6 -> "million".
SCALE_NAMES_ONE: dict[float, str] = SCALE_NAMES
#: Counts below this take the singular scale name (English names do not change).
SCALE_SINGULAR_BELOW = 2.0
#: Words after a number that make it a percentage: "12 per cent", "12 percent".
PERCENT_WORDS = ("per cent", "percent")
#: How the page writes a percentage after the number.
PERCENT_SIGN = "%"
#: How digits are grouped and where the decimals start: "1,250.5"; grouped from 1,000.
THOUSANDS_SEPARATOR = ","
DECIMAL_SEPARATOR = "."
GROUP_FROM = 1000

#: Words before a number that make it approximate, longest first where one starts another.
APPROXIMATE = (
    *("about", "around", "approximately", "approx.", "roughly", "some", "nearly", "almost"),
    *("close to", "an estimated", "a estimated", "the estimated", "estimated"),
)
#: Words before a number that make it a lower bound: "more than 600" is shown "600+".
AT_LEAST = (
    *("over", "more than", "at least", "upwards of", "in excess of", "exceeded", "exceeding"),
    *("exceeds", "above", "just over", "well over"),
)
#: Words before a number that make it an upper bound: "fewer than 20" is shown "<20".
AT_MOST = ("less than", "fewer than", "under", "below", "just under")
#: Words before a number that make it a ceiling: "up to 9.5%" is shown "up to 9.5%".
UP_TO = ("up to", "as many as", "as much as")
#: How the page writes a ceiling.
UP_TO_DISPLAY = "up to"
#: Stems that make a number an estimate, which the label says: "political prisoners, estimated".
ESTIMATE_STEMS = ("estimat",)
#: How a label says a number is an estimate.
ESTIMATED_LABEL = "estimated"
#: Words that open a range of numbers: "between 10 and 20", "from 10 to 20".
RANGE_OPENERS = ("between", "from")
#: Words that join the two ends of a range: "10 to 20", "10 and 20".
RANGE_JOINS = ("and", "to")
#: Words that join two amounts of one kind into a range: "US$176 billion to US$3.98 trillion".
AMOUNT_RANGE_JOINS = ("to",)

#: Units of time and measure glued to a number by a hyphen: "the six-month period".
MEASURE_UNITS = (
    *("year", "month", "week", "day", "hour", "minute", "decade", "mile", "kilometre"),
    *("kilometer", "km", "metre", "meter", "storey", "story", "person", "member", "strong"),
)
#: Units of time in "four years later": narrative time, not a figure.
TIME_UNITS = (
    *("years", "year", "months", "month", "weeks", "week", "days", "day", "decades", "decade"),
    *("hours", "hour"),
)
#: Words after a unit of time that make it narrative: "four years later".
RELATIVE_TIME = ("later", "ago", "earlier", "before")
#: Words before a number of units of time that make it the period a change is measured over:
#: "fell 61 percent in two years", "over the past five years" (a deadline, "within 10 years",
#: is a figure).
PERIOD_OPENERS = ("past", "last", "previous", "next", "coming", "in")
#: Words before a number of units of time that make it narrative (English puts them after).
RELATIVE_TIME_BEFORE: tuple[str, ...] = ()
#: Words after a number that make it a time of day: "10 am", "14 hrs GMT".
CLOCK_WORDS = ("a.m", "am", "p.m", "pm", "hrs", "gmt", "utc", "o'clock")
#: "a 47-year-old mother": an age that describes a person.
AGE_SUFFIXES = ("-year-old", "-years-old")
#: People described by an age limit: "children under five".
AGE_GROUPS = (
    *("children", "people", "persons", "adults", "women", "men", "girls", "boys", "babies"),
    *("those", "anyone", "everyone", "pensioners"),
)
#: Words that make the number after them an age limit: "children under five", "aged over 65".
AGE_LIMITS = ("under", "over", "below", "above")
AGED = ("aged",)
AGE_OF = ("the age of",)
#: Words before an age at which something happens: "retire at the age of 60 years".
AGE_AT = ("at", "at the age of")
YEARS_OF_AGE = ("years of age", "years old")
#: Articles before an hour of the day (English says "at 6 pm": see `CLOCK_WORDS`).
CLOCK_ARTICLES: tuple[str, ...] = ()
HOURS: tuple[str, ...] = ()
#: Nouns that name a document or a part of one by its number: "section 3", "paragraph 12".
DOCUMENT_NOUNS = (
    *("article", "articles", "section", "sections", "paragraph", "paragraphs", "clause"),
    *("resolution", "recommendation", "chapter", "decree", "circular", "case no"),
)
#: People described by how many children they have: "a mother of four".
PARENTS = ("mother", "father", "parent", "grandmother", "grandfather")
PARENT_OF = ("of",)
#: A ratio: "one in five", "1 in every 3" ("3 out of 12" is a share of a whole: see shares).
RATIO_JOINS = ("in",)
RATIO_EVERY = ("every",)
#: How many words may stand between a ratio's part and its join ("1 élève sur 2").
RATIO_NOUN_WORDS = 0
#: The article that makes a small number in words a reference: "the two parties".
DEFINITE_ARTICLES = ("the",)
#: Abbreviations for "number": "No. 5" names a thing.
NUMBER_ABBREVIATIONS = ("no", "nos")
#: The word that joins the last items of a list: "...; and 3. Fund ...".
LIST_JOINS = ("and",)
#: Words ending in "day" name a day, never a place ("on Monday", "on Holiday" are not places).
DAY_NAME_ENDINGS = ("day",)

#: Words that end the noun phrase naming what a number counts.
LABEL_STOP = frozenset(
    [
        *("is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will"),
        *("would", "could", "can", "may", "might", "should", "must", "do", "does", "did"),
        *("in", "on", "at", "to", "from", "for", "since", "after", "before", "by", "with"),
        *("within", "during", "across", "into", "than", "today", "yesterday", "now"),
        *("currently", "still", "as", "and", "or", "but", "that", "which", "who", "whom"),
        *("whose", "while", "if", "because", "so", "this", "these", "those", "its", "their"),
        *("his", "her", "our", "your", "they", "we", "it", "he", "she", "there", "then"),
        *("when", "where", "also", "only", "all", "per", "of", "between", "among", "amid"),
        *("despite", "including", "against", "compared", "according", "last", "next"),
    ]
)
#: Past tenses that are never participles, so never describe the counted thing: "61,000
#: parcels went to ...", "prices rose"; unlike "people left homeless", "bodies found".
PAST_ONLY = frozenset(
    [
        *("went", "came", "fell", "rose", "grew", "took", "gave", "became", "began", "ran"),
        *("saw", "knew", "spoke", "wrote", "broke", "chose", "drove", "threw", "flew"),
        *("forgot", "froze", "hid", "rode", "sank", "stole", "tore", "woke", "wore", "did"),
    ]
)
#: Endings of finite verbs, which end a label (English lists its past tenses in `PAST_ONLY`).
FINITE_VERB_ENDINGS: tuple[str, ...] = ()
#: Words with a finite verb's ending that are nouns ("gouvernement").
NOT_VERBS: frozenset[str] = frozenset()
#: Endings of adverbs, which end a label ("800 people currently ...").
ADVERB_ENDINGS = ("ly",)
#: Nouns with an adverb's ending: "families" stays in the label.
NOT_ADVERBS = frozenset(["family", "supply", "assembly", "rally", "ally", "monopoly", "anomaly"])
#: Endings of participles ("arrested") and of gerunds ("serving").
PARTICIPLE_ENDINGS = ("ed",)
GERUND_ENDINGS = ("ing",)
#: Particles of phrasal verbs: "banks handed out".
PARTICLES = ("out", "up", "off", "back", "down")
#: Auxiliaries that open a predicate after a number: "50 have been released".
AUXILIARIES = frozenset(["have", "has", "had", "were", "was", "are", "is", "been", "be"])
#: Words that may open a label and are kept: "per year", "of GDP".
LABEL_OPENERS = ("of", "per")
#: The preposition of "nine of those detained", and the demonstratives after it.
PARTITIVE = ("of",)
#: Between a part and its whole: "9 of the 14 had been denied access".
PART_OF_WHOLE_JOINS = (
    "of the estimated",
    "of an estimated",
    "of a total of",
    "of the",
    "out of the",
    "out of",
    "of",
)
#: A verb just before a count that says what happened to those counted: "injured 6 workers" is
#: shown as "6 workers injured". Only forms that read the same after the noun (past participles).
WHAT_HAPPENED_VERBS = frozenset(
    [
        "killed",
        "injured",
        "wounded",
        "hurt",
        "arrested",
        "detained",
        "jailed",
        "imprisoned",
        "displaced",
        "evicted",
        "deported",
        "expelled",
        "dismissed",
        "fired",
        "sacked",
        "abducted",
        "kidnapped",
        "executed",
        "sentenced",
        "convicted",
        "charged",
        "tortured",
        "released",
        "freed",
        "rescued",
        "evacuated",
        "infected",
        "hospitalised",
        "hospitalized",
        "disappeared",
    ]
)
DEMONSTRATIVES = ("those", "these")
#: Prepositions before a place: "600 people on Ruritania Island".
PLACE_PREPOSITIONS = ("in", "on", "at")
#: The word that joins two words of a name: "Roads and Bridges Service".
NAME_JOINS = ("and",)
#: Words that are not dropped before a capitalised word that starts a name.
NAME_CONTINUERS = ("and", "of", "per")
#: Words dropped from either end of a label.
LEADING_DROP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "by",
        "in",
        "on",
        "for",
        "with",
        "some",
        "its",
        "their",
        "our",
        "his",
        "her",
    ]
)
#: Words that end a predicate label: "50 have been released by the court".
PREDICATE_STOP = frozenset(["by", "in", "on", "at", "since", "because", "and", "to", "from"])
#: Capitalised words before a number that do not make it a code ("About 50", "Over 600").
NOT_CODE_WORDS = frozenset(
    [
        *("About", "Around", "Approximately", "Some", "Nearly", "Almost", "Over", "Only"),
        *("All", "Just", "More", "Less", "Fewer", "Up", "At", "Of", "The", "And", "But"),
        *("Than", "Estimated", "By", "To", "In", "On", "From", "Between", "Roughly", "Under"),
        *("Below", "Above", "Another"),
    ]
)
#: Nouns that count people without saying anything more about them.
GENERIC_PEOPLE = frozenset(["people", "persons", "person", "individuals", "individual"])
#: Nouns for people held, displaced or harmed, which a statement often alternates with a
#: generic "people" when it restates a number.
PEOPLE_NOUNS = GENERIC_PEOPLE | frozenset(
    [
        *("detainees", "prisoners", "protesters", "demonstrators", "refugees", "migrants"),
        *("civilians", "residents", "victims", "survivors", "inmates", "asylum-seekers"),
    ]
)
#: Words that end a label found before a number ("the refugee quota to 5,000").
BEFORE_STOP = frozenset(["between", "about", "around", "some", "nearly", "almost", "up", "down"])
#: Determiners: a label before a number starts after the last one.
DETERMINERS = frozenset(["the", "a", "an", "its", "their", "our", "his", "her", "this", "these", "those"])
#: Relative pronouns that start a clause: a label before a number starts after them.
RELATIVES = ("that", "which", "who")
#: Words after a number that make it a rate: "£3 billion per year".
RATE_WORDS = ("per", "a", "an", "each", "every")
RATE_UNITS = ("year", "month", "week", "day", "annum", "head", "person")
#: "an additional $5 million to fund clinics": the infinitive's marker, and the words that
#: may not follow it as its object.
PURPOSE_MARKER = "to"
PURPOSE_NOT_OBJECT = (
    "in",
    "on",
    "at",
    "for",
    "by",
    "with",
    "of",
    "and",
    "or",
    "to",
    "from",
    "the",
    "a",
    "an",
)
#: Verbs of change before a number, and the noun a label uses: "exports fell by 4%" ->
#: "fall in exports".
CHANGE_NOUNS: dict[str, str] = {
    **dict.fromkeys(("fall", "fell", "falls"), "fall"),
    **dict.fromkeys(("rise", "rose", "rises"), "rise"),
    **dict.fromkeys(("grow", "grew", "grows"), "growth"),
    **dict.fromkeys(("shrink", "shrank"), "shrinking"),
    **dict.fromkeys(("drop", "drops", "dropped"), "drop"),
    **dict.fromkeys(("increase", "increased", "increases"), "increase"),
    **dict.fromkeys(("decrease", "decreased", "decreases"), "decrease"),
    **dict.fromkeys(("decline", "declined", "declines"), "decline"),
    "jumped": "jump",
    "climbed": "climb",
    "surged": "surge",
}
#: How a change label joins the noun and its subject: "fall in exports".
CHANGE_JOIN = "in"
#: Words between a subject and its verb of change: "GDP to fall by", "would rise by".
CHANGE_AUXILIARIES = ("to", "would", "will", "could", "may")
#: Words between a verb of change and its number: "fell by just 4%".
CHANGE_BY = ("by",)
CHANGE_HEDGES = ("just", "only", "merely")


#: The commonest short words, counted to tell the statement's language (`extraction.language`).
COMMON_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "are",
        "was",
        "were",
        "that",
        "with",
        "for",
        "this",
        "have",
        "has",
        "said",
        "from",
        "by",
        "on",
        "it",
        "which",
        "not",
        "be",
        "will",
        "their",
        "they",
        "we",
        "our",
        "an",
        "who",
        "been",
    ]
)

# ── Negations (an ellipsis in a quote may never drop one) ────────────────────────────────────

#: Words that negate what follows or what they stand for, compared without accents and case:
#: an ellipsis that leaves one out may invert a quote ("We do … support" from "We do not
#: support"). Words that only weaken ("hardly", "barely") count too: leaving them out
#: overstates.
NEGATIONS: frozenset[str] = frozenset(
    {
        *("not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "noone", "no-one"),
        *("nowhere", "without", "cannot", "nay", "hardly", "barely", "scarcely", "seldom"),
    }
)
#: Word endings that negate: "don't", "won't", "isn't".
NEGATION_ENDINGS: tuple[str, ...] = ("n't",)
#: Elided negations that start a word (French "n'est"); English has none.
NEGATION_ELISIONS: tuple[str, ...] = ()
#: Second parts: words that complete a negation standing at most `NEGATION_REACH` words before
#: them in the same sentence, and belong to it: "we will not accept it *any more*" is not "we
#: will not accept it" (once, they did). Only the first after a negation counts; a phrase's
#: words are matched one by one. One ending in ' would start a word (French "qu'un").
NEGATION_SECOND_PARTS: tuple[str, ...] = ("any more", "anymore", "any longer")
#: How many words a second part may stand after its negation ("not going to accept this any
#: more": 5).
NEGATION_REACH = 6
#: Phrases every word of which belongs to the negation: "we *no longer* accept" is not "we
#: no … accept", nor "*no more* than 50" "no … than 50", nor "done *nothing but* delay" (only
#: delayed) "done nothing … delay".
NEGATION_PHRASES: tuple[str, ...] = (
    *("no longer", "no more", "not yet"),
    *("nothing but", "none but", "nobody but", "no one but", "no-one but"),
)

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
#: A subject pronoun after a clause link that stands for the addressee again and is left out
#: of the ask ("exigeons du gouvernement qu'*il* retire ..."); English has no clause links.
DEMAND_CLAUSE_SUBJECTS: tuple[str, ...] = ()
#: Links that open a clause rather than an infinitive (Spanish "para que", French "pour que").
DEMAND_CLAUSE_LINKS: tuple[str, ...] = ()
#: Words that follow a link and show it is not the ask's verb ("parties *to the* conflict").
#: After an infinitive link, the ask's verb ends so ("à *suspendre*"); a noun does not.
DEMAND_INFINITIVE_ENDINGS: tuple[str, ...] = ()  # an English verb has no ending to check
DEMAND_REFLEXIVES: tuple[str, ...] = ()
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
#: "The union *wants* the government to fund ...": a party's wish for another's act, a call.
DEMAND_WANT = ("wants", "want")
#: "quiere que el Gobierno financie ...": the same wish with a clause (none in English).
DEMAND_WANT_THAT: tuple[str, ...] = ()
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
    "it is the duty",
    "it is the responsibility",
)
DEMAND_NECESSITY_FOR = ("for", "of")  # "time *for* the board to ...", "the duty *of* the state to ..."
#: "The only way to end this is to ...": the one way out a statement names is its ask.
DEMAND_ONLY_WAY = ("the only way", "the one way", "the only solution", "the best way")
#: What joins that way to the ask: "... is to ensure ...", "... is for the council to ...".
DEMAND_ONLY_WAY_IS = ("is to", "is")
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
DEMAND_NEED = (
    "pressing need to",
    "urgent need to",
    "clear need to",
    "pressing need for",
    "urgent need for",
    "we need",
    "we do need",
    "we really need",
    "we do really need",
    "we urgently need",
)
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
#: Negations that may stand between a link and its infinitive; English reads no infinitive by its ending.
DEMAND_INFINITIVE_NEGATIONS: tuple[str, ...] = ()
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
    "say",
    "said",
)
DEMAND_NOT_AN_ACT = (
    "expect",
    "know",
    "understand",
    "realise",
    "realize",
    "be aware",
    "be reminded",
    "be considered as",
    "be regarded as",
    "be read as",
)
#: Words that open the clause a modal sits in ("the group said *that* ...").
DEMAND_CLAUSE_WORDS = ("that", "said", "says", "but", "why", "warn", "warns", "believe", "believes")
#: A subject that makes "must" no demand ("*it* shouldn't be", "this is *what* we must").
DEMAND_EMPTY_SUBJECTS = ("it",)
DEMAND_WHAT = ("what",)
DEMAND_RELATIVES = ("who", "which", "whether", "if", "whom", "whose")
#: Words that open an addressee and are dropped ("*also* the council").
DEMAND_ADDRESSEE_FILLERS = ("also", "now", "today", "therefore", "further", "again")
#: A preposition fused with the article of the addressee that follows it (Spanish "al" is
#: "a el": "instamos *al* Estado a ..." asks "el Estado"); English has none.
DEMAND_CONTRACTIONS: dict[str, tuple[str, str]] = {}
#: Words that join two addressees, after which the call's preposition is not repeated in the
#: addressee: "called on the police *and on* the courts to ..." asks "the police and the courts".
DEMAND_ADDRESSEE_JOINS = ("and", "as well as", "or")
#: The prepositions a call puts before its addressee ("appeal *to* X", "call *on* X").
DEMAND_ADDRESSEE_PREPOSITIONS = ("to", "on", "upon")
#: "have written *to* the Prime Minister, urging him to ...": the recipient an object pronoun
#: addressee stands for, named earlier in its sentence.
DEMAND_RECIPIENT_PREPOSITIONS = ("to",)
#: Verbs that, in a lead-in ending in a colon, name who the list's items ask ("The network
#: *asks* the ministry to:"); in a sentence of their own they may tell a story ("she asked him to").
DEMAND_LIST_LEAD_VERBS = ("ask", "asks", "asked", "asking", "recommend", "recommends", "propose", "proposes")
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
#: A place's relative clause after the ask says what happened there: ", where a collapse injured six".
DEMAND_TAIL_PLACE_RELATIVES = ("where",)
#: A subject that ends with one of these is further back ("... harms families *and* must end").
#: "... and called on Z to ...": a second call joined to the first starts a demand of its own.
DEMAND_JOINERS = ("and",)
DEMAND_JOINED_SUBJECTS = ("i", "we", "it", "they", "also")
DEMAND_JOINED_CALLS = (
    "called",
    "calls",
    "call",
    "appealed",
    "appeals",
    "urged",
    "urges",
    "urge",
    "asked",
    "asks",
    "demanded",
    "demands",
)
#: A relative clause's act is not a call ("the militia, *which* attacked ... and called on").
DEMAND_RELATIVE_PRONOUNS = ("which", "who", "whom", "whose")
DEMAND_COORDINATORS = ("and", "or")
DEMAND_CORRELATIVES = ("both", "either")
DEMAND_CONJUNCTIONS = ("and", "but", "while")
DEMAND_AUXILIARIES = ("is", "are", "was", "were", "has", "have", "had")
#: A reporting tag closing a demand's sentence (", *the* union *has said* today"): its article,
DEMAND_TAIL_ARTICLES = ("the",)
#: its auxiliary,
DEMAND_TAIL_AUX = ("has", "have")
#: its verb,
DEMAND_TAIL_VERBS = ("said", "says", "warned", "warns", "stated", "added")
#: and when or where it was said.
DEMAND_TAIL_WHEN = (
    "today",
    "yesterday",
    "on monday",
    "on tuesday",
    "on wednesday",
    "on thursday",
    "on friday",
    "on saturday",
    "on sunday",
    "in a statement",
    "in a report",
    "in a letter",
)
#: ", *with* a rights group calling ...": a trailing clause that comments on the demand,
DEMAND_TAIL_WITH = ("with",)
#: and the determiners of a subject joined after a demand ("... and *the* Government is ...").
DEMAND_TAIL_DETERMINERS = ("the", "a", "an")
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
#: Words between a modal and "be" that keep it passive ("must *not* be held").
DEMAND_ADVERB_ENDINGS = ("ly",)
DEMAND_PASSIVE_ADVERBS = ("also", "now", "not", "never", "no longer")
DEMAND_IRREGULAR_PARTICIPLES = (
    "made",
    "held",
    "kept",
    "put",
    "set",
    "left",
    "built",
    "paid",
    "told",
    "sent",
    "met",
)
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
#: Words a title cut short never ends on: "... the harm of the" is cut before "of the".
TITLE_DANGLING = (
    *("and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by"),
    *("from", "that", "which", "who", "as"),
)
#: Labels a headline may open with, before a colon, bar or dash ("Press release: Nurses ...",
#: "STATEMENT – ..."): the label goes, the headline stays.
TITLE_RELEASE_LABELS = (
    *("press release", "media release", "news release", "press statement", "media statement"),
    *("statement", "joint statement", "public statement", "open letter", "media advisory"),
    *("for immediate release", "breaking", "update", "news"),
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
    "introduced",
    "introduces",
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
#: "Press Release: RTU": a release line naming its publisher.
ISSUER_RELEASE_LABELS = ("press release", "media release", "news release", "statement")
#: Words after a name that are not part of it ("ACME *today*").
ISSUER_TIME_WORDS = ("today", "yesterday", "has", "have")
ISSUER_ARTICLES = ("the",)
#: "By dpa correspondents": a byline naming a wire's staff, whose agency publishes the text.
PUBLISHER_CREW_NOUNS = ("correspondent", "correspondents", "staff", "reporter", "reporters")
#: A day after a name that is not part of it ("Sen. Jo Doe *on Thursday* introduced ...").
ISSUER_DAY_PHRASES = (
    "on monday",
    "on tuesday",
    "on wednesday",
    "on thursday",
    "on friday",
    "on saturday",
    "on sunday",
    "this week",
    "last week",
)
#: "This report was *compiled by* members of ...": who wrote or signed the statement.
ISSUER_AUTHORED_BY = (
    "compiled by",
    "signed by",
    "written by",
    "issued by",
    "drafted by",
    "prepared by",
    "endorsed by",
)
#: Where the authors' names end ("members of ... *from* every valley of the region").
ISSUER_AUTHORS_END = ("from", "after", "over", "following", "during", "for")
#: "*Desde* la comunidad X queremos ...": a lead that names who "we" are before a verb in the
#: first person plural (its ending in ISSUER_WE_ENDINGS).
ISSUER_WE_FROM: tuple[str, ...] = ()
ISSUER_WE_ENDINGS: tuple[str, ...] = ()
#: Words that point back to someone named before: the page's Context never opens with one.
SUMMARY_BACK_REFERENCES = ("he", "she", "it", "they", "this", "these", "those", "his", "her", "its", "their")
#: "*We are* a group of ...", "*We are* the Valley Tenants' Alliance": a statement saying who "we" are.
ISSUER_WE_ARE = ("we are",)
#: After ISSUER_WE_ARE, the words before a description ("a group of", "the").
ISSUER_WE_ARE_GROUP = ("a group of", "a", "an", "the")
#: A title before a person's name ("*Dr* Jo Doe"): a person speaking, not the issuer.
ISSUER_PERSON_TITLES = ("mr", "mrs", "ms", "dr", "prof", "sir", "dame")
#: A role before a person's name ("interior *minister* Jo Doe"): a person, not the issuer.
ISSUER_PERSON_ROLES = (
    "minister",
    "secretary",
    "director",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "leader",
    "chief",
    "president",
    "chair",
    "chairman",
    "chairwoman",
    "senator",
    "officer",
    "mp",
)
#: The label of a press-contact line, whose organisation is the issuer's ("Contact: Jo Doe, Coast Network").
ISSUER_CONTACT_LABELS = ("contact", "contacts", "media contact", "press contact")
#: A leading article that is no name ("*An* international group"): set in lower case, as the
#: page prints the issuer mid-sentence ("Statement by an international group").
ISSUER_INDEFINITE_ARTICLES = ("a", "an")
#: A letter's closing, after which its signatories are listed one a line ("Yours sincerely,").
ISSUER_CLOSINGS = (
    *("yours sincerely", "yours faithfully", "sincerely", "signed", "signed by", "signatories"),
    *("co-signatories", "signatures", "kind regards", "best regards"),
)
#: "(and 34 other organisations)": the line that counts the signatories not listed.
ISSUER_OTHERS_WORDS = ("other", "others")
#: The words that join the last signatory named and the rest ("and 12 others").
ISSUER_AND = "and"
ISSUER_OTHERS = "others"

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────

#: Offices of the state: a speaker described by one ("Government spokesman X said")
#: speaks for the other side in a statement whose issuer holds none of them (an NGO
#: quoting the government's answer).
STATE_ROLES = (
    *("government", "minister", "ministry", "police", "army", "military", "prosecutor", "embassy"),
    *("secretary of state", "home secretary", "foreign secretary"),
)

#: Words that say an office is no longer held ("former minister", "shadow minister"): such a
#: Titles of a head of state or government, when they stand alone before a name
#: ("President Karl Brandt"; not "Union President X", nor "president of the union").
HEAD_OF_STATE_TITLES = ("president", "prime minister", "premier", "chancellor")
#: speaker does not speak for the state.
NOT_IN_OFFICE = ("former", "ex", "shadow", "opposition", "retired")
#: A company, or an officer of one ("chief executive of Acme Mining", "Acme Ltd"): a speaker
#: so described speaks for the other side when the issuer is no company (or is not known).
COMPANY_OFFICERS = (
    *("chief executive", "ceo", "chief executive officer", "managing director", "chief operating officer"),
    *("chief financial officer",),
)
COMPANY_WORDS = (
    *("company", "companies", "corporation", "firm", "inc", "ltd", "plc", "llc", "corp", "gmbh"),
    *("employer", "employers", "shareholders"),
)
#: Roles that speak for an organisation (not its workers): "a spokesman for Acme Ltd" is the
#: The state's bodies (not its offices): a speaker tied to one speaks for the state only as
#: the body itself ("the government said") or in a role that speaks for it ("government
#: spokesman"), not as "a teacher at a government school".
STATE_BODIES = ("government", "ministry", "police", "army", "military", "embassy")
#: company's voice, "a worker at the company" is not.
SPEAKS_FOR = (
    *("spokesman", "spokeswoman", "spokesperson", "representative", "director", "manager"),
    *("executive", "official", "head", "president", "chairman", "chairwoman", "chair", "owner"),
    *("officer", "commissioner", "chief"),
)
#: A party to a court case or its counsel ("a lawyer for the defendants", "the plaintiff"):
#: with no issuer known, such a speaker is a party, never the statement's own voice.
CASE_PARTIES = (
    *("defendant", "defendants", "plaintiff", "plaintiffs", "claimant", "claimants", "the accused"),
    *("lawyer for", "lawyers for", "counsel for", "attorney for", "attorneys for", "defence lawyer"),
    *("defense lawyer", "defense attorney", "lawyer representing", "lawyers representing"),
)
#: "We, the undersigned organisations, ...": the first-person subject whose apposition names
#: Nouns that make a name a civic organisation's, whatever office word it holds: the
#: "Police Accountability Network" does not speak for the police.
CIVIC_NOUNS = (
    *("network", "coalition", "alliance", "foundation", "campaign", "movement", "federation"),
    *("association", "union", "watch", "trust", "league", "society", "charity", "institute"),
    *("project", "forum", "initiative", "observatory", "collective"),
)
#: the issuer.
WE_SUBJECT = ("we",)

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
    *("put it", "puts it"),  # `As Dr X, chair of Y, put it: "…"`
)
# Past participles after an auxiliary ("has said", "had told").
SPEECH_PARTICIPLES: tuple[str, ...] = ("said", "told", "stated", "written", "declared", "warned", "noted")
CUE_AUXILIARIES: tuple[str, ...] = ("has", "have", "had", "will", "would", "also")
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
# Relative pronouns: `X, who chairs the board, said` (the subject is before them).
RELATIVE_PRONOUNS: frozenset[str] = frozenset(["who", "which", "that", "whose"])
SUBORDINATORS: frozenset[str] = frozenset(
    ["and", "but", "as", "while", "when", "after", "because", "since", "although", "so"]
)
PERSON_PRONOUNS: frozenset[str] = frozenset(["he", "she"])
# A person the text calls "he" once is not the antecedent of a later "she" (and the
# other way round): the pronouns that tell a person's gender.
MASCULINE_PRONOUNS: frozenset[str] = frozenset(["he"])
FEMININE_PRONOUNS: frozenset[str] = frozenset(["she"])
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
SOURCE_DOCUMENTS: frozenset[str] = frozenset(
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
#: An unnamed spokesperson ("*A* Department for Education *spokesperson*"): a party answering
#: for an organisation, another party than the issuer unless it names the issuer.
SPOKESPERSON_NOUNS: tuple[str, ...] = ("spokesperson", "spokesman", "spokeswoman", "press officer")
#: "X said … and urged …": the word joining two verbs of one subject.
COORDINATORS: frozenset[str] = frozenset(["and"])
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

# ── Reading inputs: labels a document wears above its headline (PDF, Word, text) ──────────
#: A line that labels the document rather than says something (lowercase, words only).
RELEASE_LABELS = (
    "press release",
    "news release",
    "media release",
    "for immediate release",
    "urgent action",
    "statement",
    "press statement",
    "joint statement",
    "media advisory",
    "embargoed",
)
#: The last word of a form's label that introduces the title ('URGENT ACTION TITLE: ...').
FORM_TITLE_LABELS = ("title", "headline", "subject")
#: Verbs by which a statement's publisher speaks in its own text, strongest first: it asks
#: ('Amnesty International calls on'), then it announces ('the Federation launches').
PUBLISHER_ASK_VERBS = (
    "calls on",
    "called on",
    "call on",
    "urges",
    "urged",
    "demands",
    "condemns",
    "condemned",
)
PUBLISHER_NEWS_VERBS = ("announces", "announced", "launches", "launched", "welcomes")
#: Articles that may open an organisation's name ('the Red Cross').
NAME_ARTICLES = ("the",)
#: Small words inside an organisation's name ('Friends of the Earth').
NAME_LINKS = ("of", "for", "and", "on")
#: Auxiliaries between a publisher's name and its verb ('Amnesty International has called on').
PUBLISHER_AUXILIARIES = ("has", "have")
#: Words around a running page number in a PDF's header or footer ('Page 2 of 3').
PAGE_WORDS = ("page", "p.")
PAGE_OF_WORDS = ("of", "/")
#: What a forwarded or answered e-mail's subject starts with ('Fwd: ').
MAIL_SUBJECT_PREFIXES = ("re", "fw", "fwd")
#: Words by which an e-mail's body says the statement is attached ('Please find attached our
#: statement'): such a body is a cover note, and the attachment is read instead.
ATTACHMENT_POINTERS = ("attached", "attachment", "attachments", "enclosed")
