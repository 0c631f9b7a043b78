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
#: Scale words after a number, with what they multiply by: "1.2 million".
SCALES: dict[str, float] = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: Abbreviated scales glued to a number: "£3bn", "1.2m", "60k".
SHORT_SCALES: dict[str, float] = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
#: Abbreviations read when checking a number the page shows, never to find a figure ("5b"
#: is more often a paragraph than five billion).
RARE_SHORT_SCALES: dict[str, float] = {"mln": 1e6, "b": 1e9, "tn": 1e12}
#: How the page names a scale: 1e6 -> "million".
SCALE_NAMES: dict[float, str] = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}
#: Words after a number that make it a percentage: "12 per cent", "12 percent".
PERCENT_WORDS = ("per cent", "percent")
#: How digits are grouped and where the decimals start: "1,250.5".
THOUSANDS_SEPARATOR = ","
DECIMAL_SEPARATOR = "."

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
#: People described by how many children they have: "a mother of four".
PARENTS = ("mother", "father", "parent", "grandmother", "grandfather")
PARENT_OF = ("of",)
#: A ratio: "one in five", "1 out of every 3".
RATIO_JOINS = ("in", "out of")
RATIO_EVERY = ("every",)
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
DEMONSTRATIVES = ("those", "these")
#: Prepositions before a place: "600 people on Ruritania Island".
PLACE_PREPOSITIONS = ("in", "on", "at")
#: The word that joins two words of a name: "Immigration and Citizenship Service".
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

# ── Demands: frames, verbs, lists of asks; titles and headline boilerplate ───────────────────

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────
