"""French words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

#: Month names and abbreviations, lower-case, with the month's number ("sept." is left out:
#: it is also the number seven).
MONTHS: dict[str, int] = {
    **dict.fromkeys(("janvier", "janv"), 1),
    **dict.fromkeys(("février", "fevrier", "févr", "fevr"), 2),
    **dict.fromkeys(("mars",), 3),
    **dict.fromkeys(("avril", "avr"), 4),
    **dict.fromkeys(("mai",), 5),
    **dict.fromkeys(("juin",), 6),
    **dict.fromkeys(("juillet", "juil"), 7),
    **dict.fromkeys(("août", "aout"), 8),
    **dict.fromkeys(("septembre",), 9),
    **dict.fromkeys(("octobre", "oct"), 10),
    **dict.fromkeys(("novembre", "nov"), 11),
    **dict.fromkeys(("décembre", "decembre", "déc"), 12),
}
#: Days of the week, and the words for today and yesterday: a name of a day, never a place.
DAY_NAMES = (
    *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    *("aujourd'hui", "aujourd’hui", "hier"),
)
#: What may follow a day's number: "1er mars", "2e jour".
ORDINAL_SUFFIXES = ("er", "re", "e", "ème")
#: What stands between a day and its month (nothing in French: "12 janvier").
DAY_MONTH_JOINS: tuple[str, ...] = ()
#: What stands between a month and its year (nothing: "12 janvier 2026").
MONTH_YEAR_JOINS: tuple[str, ...] = ()
#: Words that join two days of a range of dates: "du 10 au 24 avril".
DAY_RANGE_JOINS = ("et", "au", "à")
#: Whether a date in digits puts the day first: "12/01/2026" is 12 January.
NUMERIC_DATES_DAY_FIRST = True
#: Spellings that tell the order of a date in digits (English only: see en.py).
DAY_FIRST_SPELLINGS: tuple[str, ...] = ()
MONTH_FIRST_SPELLINGS: tuple[str, ...] = ()
#: Labels of the day a page was read or saved, which is not the statement's date.
READING_DATE_LABELS = ("date du jour", "date d'aujourd'hui")
#: Words that end with a full stop without ending the sentence: "Mme. Dupont", "art. 5".
SENTENCE_ABBREVIATIONS = ("mme", "mmes", "mlle", "mgr", "pr", "dr", "st", "ste", "art", "cf", "bd")

#: Words for the numbers that text2num reads, up to the tens ("un" opens "un million").
NUMBER_WORDS = (
    *("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    *("onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente"),
    *("quarante", "cinquante", "soixante"),
)
#: The word for zero.
ZERO_WORDS = ("zéro",)
#: The words for one, which alone are rarely a count ("un des ...", "une famille").
ONE_WORDS = ("un", "une")
#: The word for a hundred inside a number in words ("trois cents").
HUNDRED_WORDS = ("cent", "cents")
#: What joins parts of a number in words: "vingt et un".
NUMBER_WORD_JOINS = ("et",)
#: Articles that stand for "one" before a scale word: "un million" est un million.
ONE_BEFORE_SCALE = ("un",)
#: Scale words after a number, with what they multiply by: "3 millions", "1,2 milliard".
SCALES: dict[str, float] = {
    "mille": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e12,
    "billions": 1e12,
}
#: Abbreviated scales glued to a number: "1,2 Md".
SHORT_SCALES: dict[str, float] = {"md": 1e9, "mds": 1e9, "mrd": 1e9}
#: Abbreviations read when checking a number the page shows, never to find a figure.
RARE_SHORT_SCALES: dict[str, float] = {}
#: How the page names a scale: 1e6 -> "millions" (and "million" for exactly one).
SCALE_NAMES: dict[float, str] = {1e3: "mille", 1e6: "millions", 1e9: "milliards", 1e12: "billions"}
SCALE_NAMES_ONE: dict[float, str] = {1e3: "mille", 1e6: "million", 1e9: "milliard", 1e12: "billion"}
#: Counts below this take the singular scale name (French: "1,5 million", "2 millions").
SCALE_SINGULAR_BELOW = 2.0
#: Words after a number that make it a percentage: "45 pour cent".
PERCENT_WORDS = ("pour cent", "pourcent", "pour 100")
#: How the page writes a percentage after the number.
PERCENT_SIGN = "\u202f%"
#: How digits are grouped and where the decimals start: "1 250,5" (a narrow no-break space).
THOUSANDS_SEPARATOR = "\u202f"
DECIMAL_SEPARATOR = ","
GROUP_FROM = 1000

#: Words before a number that make it approximate: "environ 600".
APPROXIMATE = (
    *("environ", "près de", "près d'", "près d’", "quelque", "autour de", "aux alentours de"),
    *("approximativement", "presque", "pratiquement", "quasiment", "de l'ordre de", "de l’ordre de"),
    *("une estimation de", "estimé à", "estimée à", "estimés à", "estimées à", "un total estimé de"),
)
#: Words before a number that make it a lower bound: "plus de 600" is shown "600+".
AT_LEAST = (
    *("plus de", "plus d'", "plus d’", "au moins", "au-delà de", "pas moins de", "au minimum"),
    *("supérieur à", "supérieure à", "bien plus de", "plus du", "plus des"),
)
#: Words before a number that make it an upper bound: "moins de 20" is shown "<20".
AT_MOST = (
    *("moins de", "moins d'", "moins d’", "inférieur à", "inférieure à", "au plus", "au maximum"),
    *("pas plus de",),
)
#: Words before a number that make it a ceiling: "jusqu’à 9,5 %".
UP_TO = ("jusqu'à", "jusqu’à")
#: How the page writes a ceiling.
UP_TO_DISPLAY = "jusqu’à"
#: Stems that make a number an estimate, which the label says.
ESTIMATE_STEMS = ("estim",)
#: How a label says a number is an estimate.
ESTIMATED_LABEL = "estimation"
#: Words that open a range of numbers: "entre 10 et 20", "de 10 à 20".
RANGE_OPENERS = ("entre", "de")
#: Words that join the two ends of a range.
RANGE_JOINS = ("et", "à")
#: Words that join two amounts of one kind into a range.
AMOUNT_RANGE_JOINS = ("à",)

#: Units glued to a number by a hyphen (French does not build such compounds).
MEASURE_UNITS: tuple[str, ...] = ()
#: Units of time in "quatre ans plus tard": narrative time, not a figure.
TIME_UNITS = (
    *("ans", "an", "années", "année", "mois", "semaines", "semaine", "jours", "jour"),
    *("décennies", "décennie", "heures", "heure"),
)
#: Words after a unit of time that make it narrative: "quatre ans plus tard".
RELATIVE_TIME = ("plus tard", "auparavant", "après", "plus tôt")
#: "a baissé de 61 % en deux ans".
PERIOD_OPENERS = ("en",)
#: Words before a number of units of time that make it narrative: "il y a quatre ans".
RELATIVE_TIME_BEFORE = ("il y a",)
#: Words after a number that make it a time of day: "à 10 h".
CLOCK_WORDS = ("h",)
#: An age that describes a person ("une mère de 47 ans" is read by `AGE_GROUPS`).
AGE_SUFFIXES: tuple[str, ...] = ()
#: People described by an age limit: "les enfants de moins de cinq ans".
AGE_GROUPS = (
    *("enfants", "personnes", "jeunes", "adultes", "femmes", "hommes", "filles", "garçons"),
    *("mineurs", "élèves"),
)
#: Words that make the number after them an age limit.
AGE_LIMITS = ("de moins de", "de plus de")
AGED: tuple[str, ...] = ()
AGE_OF: tuple[str, ...] = ()
#: Words before an age at which something happens: "partir à 60 ans".
AGE_AT = ("à", "âgé de", "âgée de", "âgés de", "âgées de")
YEARS_OF_AGE = ("ans",)
#: Articles before an hour of the day: "à 18 heures".
CLOCK_ARTICLES = ("à", "vers", "dès")
HOURS = ("heures", "heure", "h")
#: Nouns that name a document or a part of one by its number: "la circulaire 7550".
DOCUMENT_NOUNS = (
    *("article", "articles", "loi", "décret", "résolution", "circulaire", "arrêté", "alinéa"),
    *("paragraphe", "recommandation", "dossier", "affaire"),
)
#: People described by how many children they have: "une mère de quatre enfants".
PARENTS = ("mère", "père", "parent", "grand-mère", "grand-père")
PARENT_OF = ("de",)
#: A ratio: "un sur cinq", "1 élève sur 5".
RATIO_JOINS = ("sur",)
RATIO_EVERY: tuple[str, ...] = ()
#: How many words may stand between a ratio's part and its join ("1 élève sur 2").
RATIO_NOUN_WORDS = 2
#: The articles that make a small number in words a reference: "les deux partis".
DEFINITE_ARTICLES = ("le", "la", "les")
#: Abbreviations for "number": "n° 5" names a thing.
NUMBER_ABBREVIATIONS = ("no", "nº", "n°", "n")
#: The word that joins the last items of a list.
LIST_JOINS = ("et",)
#: Endings that make a word a day's name (none in French: `DAY_NAMES` lists them).
DAY_NAME_ENDINGS: tuple[str, ...] = ()

#: Words that end the noun phrase naming what a number counts.
LABEL_STOP = frozenset(
    [
        *("est", "sont", "était", "étaient", "a", "ont", "avait", "avaient", "été", "sera"),
        *("seront", "peut", "peuvent", "pourrait", "doit", "doivent", "devrait", "fut"),
        *("à", "au", "aux", "en", "dans", "sur", "sous", "pour", "par", "avec", "sans", "depuis"),
        *("pendant", "après", "avant", "contre", "entre", "vers", "chez", "selon", "parmi"),
        *("malgré", "dont", "de", "du", "et", "ou", "mais", "que", "qui", "quand", "où", "si"),
        *("car", "comme", "lorsque", "ce", "cette", "ces", "cet", "son", "sa", "ses", "leur"),
        *("leurs", "notre", "nos", "il", "elle", "ils", "elles", "nous", "on", "y", "se", "ne"),
        *("aujourd'hui", "aujourd’hui", "hier", "maintenant", "actuellement", "encore"),
        *("déjà", "aussi", "seulement", "plus", "moins"),
    ]
)
#: Past tenses that are never participles (French marks them by their endings instead).
PAST_ONLY: frozenset[str] = frozenset()
#: Endings of finite verbs, which end a label: "300 personnes fuyaient", "66 % des élèves répondent".
FINITE_VERB_ENDINGS = ("èrent", "aient", "irent", "ent")
#: Words with a finite verb's ending that are nouns ("gouvernement").
NOT_VERBS: frozenset[str] = frozenset(
    [
        *("gouvernement", "parlement", "président", "moment", "argent", "accident", "agent", "client"),
        *("patient", "parent", "enfant", "adolescent", "résident", "événement", "département"),
        *("établissement", "logement", "traitement", "financement", "enseignement", "mouvement"),
    ]
)
#: Endings of adverbs, which end a label ("300 personnes actuellement ...").
ADVERB_ENDINGS = ("ement", "amment", "emment")
#: Nouns with an adverb's ending.
NOT_ADVERBS = frozenset(
    [
        *("gouvernement", "financement", "logement", "traitement", "enseignement", "établissement"),
        *("département", "mouvement", "parlement", "licenciement", "événement", "évènement"),
        *("hébergement", "recensement", "remboursement", "changement", "investissement"),
    ]
)
#: Endings of participles ("arrêtées") and of gerunds ("attendant").
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
GERUND_ENDINGS = ("ant",)
#: Particles of phrasal verbs (none in French).
PARTICLES: tuple[str, ...] = ()
#: Auxiliaries that open a predicate after a number: "50 ont été libérés".
AUXILIARIES = frozenset(["ont", "a", "avaient", "avait", "sont", "est", "étaient", "était", "été"])
#: Words that may open a label and are kept: "45 % de la population", "3 millions d'euros".
LABEL_OPENERS = ("de", "d'", "d’", "du", "des", "par")
#: The preposition of "neuf des personnes détenues", and the words after it.
PARTITIVE = ("de", "d'", "d’")
#: Between a part and its whole: "9 des 14 n'ont pas vu d'avocat".
PART_OF_WHOLE_JOINS = ("des", "sur les", "parmi les", "sur")
#: A verb just before a count that says what happened to those counted ("injured 6 workers" ->
#: "6 workers injured"). French puts a compound past there ("a blessé 6 ouvriers"), whose
#: participle must agree with the noun: not read yet.
WHAT_HAPPENED_VERBS: frozenset[str] = frozenset()
DEMONSTRATIVES = ("ces", "ceux", "celles", "les", "eux", "elles")
#: Prepositions before a place: "600 personnes à Port-au-Prince".
PLACE_PREPOSITIONS = ("en", "à", "au", "aux", "dans")
#: The word that joins two words of a name.
NAME_JOINS = ("et",)
#: Words that are not dropped before a capitalised word that starts a name.
NAME_CONTINUERS = ("et", "de", "du", "des", "d'", "d’", "par")
#: Words dropped from either end of a label.
LEADING_DROP = frozenset(
    [
        *("un", "une", "le", "la", "les", "l'", "l’", "de", "d'", "d’", "du", "des", "à", "au"),
        *("aux", "en", "par", "pour", "avec", "son", "sa", "ses", "leur", "leurs", "notre", "nos"),
        *("quelque", "quelques"),
    ]
)
#: Words that end a predicate label: "50 ont été libérés par le tribunal".
PREDICATE_STOP = frozenset(["par", "en", "depuis", "parce", "et", "à", "de", "dans", "pour"])
#: Capitalised words before a number that do not make it a code ("Environ 50", "Plus de 600").
NOT_CODE_WORDS = frozenset(
    [
        *("Environ", "Près", "Plus", "Moins", "Au", "Aux", "Le", "La", "Les", "De", "Des", "Du"),
        *("Et", "Mais", "En", "Par", "Pour", "Sur", "Entre", "Quelque", "Seulement", "Presque"),
        *("Dont", "Selon", "Depuis", "Avec", "Dans", "Un", "Une", "Ces", "Ses", "Leurs"),
    ]
)
#: Nouns that count people without saying anything more about them.
GENERIC_PEOPLE = frozenset(["personnes", "personne", "individus", "gens"])
#: Nouns for people held, displaced or harmed.
PEOPLE_NOUNS = GENERIC_PEOPLE | frozenset(
    [
        *("détenus", "détenues", "prisonniers", "prisonnières", "manifestants", "manifestantes"),
        *("réfugiés", "réfugiées", "migrants", "civils", "habitants", "victimes", "survivants"),
        *("déplacés", "déplacées"),
    ]
)
#: Words that end a label found before a number.
BEFORE_STOP = frozenset(["entre", "environ", "quelque", "presque", "près", "plus", "moins"])
#: Determiners: a label before a number starts after the last one.
DETERMINERS = frozenset(
    ["le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces"]
)
#: Relative pronouns that start a clause.
RELATIVES = ("que", "qui", "dont", "où")
#: Words after a number that make it a rate: "3 millions par an".
RATE_WORDS = ("par", "chaque")
RATE_UNITS = ("an", "année", "mois", "semaine", "jour", "personne", "habitant", "heure")
#: "5 millions pour financer des cliniques": the marker of what money is for, and the words
#: that may not follow it as its object.
PURPOSE_MARKER = "pour"
PURPOSE_NOT_OBJECT = (
    *("le", "la", "les", "l", "un", "une", "de", "des", "du", "à", "au", "et", "ou", "par"),
    *("en", "son", "sa", "ses", "leur", "leurs"),
)
#: Verbs of change before a number, and the noun a label uses: "les exportations ont baissé
#: de 4 %" -> "baisse de exportations".
CHANGE_NOUNS: dict[str, str] = {
    **dict.fromkeys(("augmenté", "augmente", "augmentera"), "hausse"),
    **dict.fromkeys(("baissé", "baisse", "baissera"), "baisse"),
    **dict.fromkeys(("chuté", "chute"), "chute"),
    **dict.fromkeys(("diminué", "diminue"), "diminution"),
    **dict.fromkeys(("progressé", "progresse"), "progression"),
    **dict.fromkeys(("reculé", "recule"), "recul"),
}
CHANGE_JOIN = "de"
CHANGE_AUXILIARIES = ("a", "ont", "va", "pourrait", "devrait")
CHANGE_BY = ("de",)
CHANGE_HEDGES = ("seulement", "à peine")

#: The commonest short words, counted to tell the statement's language (`extraction.language`).
COMMON_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "et",
        "est",
        "sont",
        "que",
        "qui",
        "dans",
        "pour",
        "par",
        "une",
        "au",
        "aux",
        "sur",
        "ce",
        "cette",
        "ont",
        "pas",
        "ne",
        "nous",
        "avec",
        "été",
        "leur",
        "mais",
        "selon",
        "il",
        "elle",
    ]
)

# ── Negations (an ellipsis in a quote may never drop one) ────────────────────────────────────

#: Words that negate, compared without accents and case ("guère" is "guere"): "ne … pas"
#: comes in two parts and each counts. "guère" (hardly) too: leaving it out overstates. Not
#: "plus", "point" nor "que" on their own ("plus" alone is "more"): they are second parts below.
NEGATIONS: frozenset[str] = frozenset(
    {
        *("ne", "pas", "non", "jamais", "personne", "rien", "aucun", "aucune", "aucuns"),
        *("aucunes", "nul", "nulle", "nullement", "aucunement", "guere", "ni", "sans"),
    }
)
#: Word endings that negate; French has none.
NEGATION_ENDINGS: tuple[str, ...] = ()
#: Elided negations that start a word: "n'est", "n'a", "n'y".
NEGATION_ELISIONS: tuple[str, ...] = ("n'",)
#: Second parts: words that complete a negation standing at most `NEGATION_REACH` words before
#: them in the same sentence, and belong to it: "Nous ne tolérerons *plus*" (no longer), "ne
#: … *point*", "Ils n'ont libéré *que* dix détenus" (only ten: without "que", none of the ten).
#: One ending in ' starts a word ("qu'un"). Only the first after a negation counts.
NEGATION_SECOND_PARTS: tuple[str, ...] = ("plus", "point", "que", "qu'")
#: How many words a second part may stand after its negation ("ne le tolérerons certainement
#: plus": 4; "n'ont, depuis le début de la crise, libéré que": 8).
NEGATION_REACH = 8
#: Phrases every word of which belongs to the negation: "moi *non plus*" (me neither).
NEGATION_PHRASES: tuple[str, ...] = ("non plus",)

# ── Demands: frames, verbs, lists of asks; titles and headline boilerplate ───────────────────

# The same names as in `en.py` (see there what each one is for); a rule with an empty tuple
# does not apply in French. An apostrophe in a phrase matches ' and ’ alike.

DEMAND_CALL_ON = (
    "appelle",
    "appellent",
    "appelons",
    "a appelé",
    "ont appelé",
    "exhorte",
    "exhortent",
    "exhortons",
    "a exhorté",
    "ont exhorté",
    "invite",
    "invitent",
    "invitons",
    "a invité",
    "demandons à",
    "demande à",
    "demandent à",
    "a demandé à",
    "exigeons de",
    "exige de",
    "un appel aux",
    "un appel à",
    "lance un appel aux",
    "lance un appel à",
    "enjoint",
    "enjoignons",
    "engage",
    "engagent",
    "engageons",
    "a engagé",
    "engage instamment",
    "demande instamment à",
    "prie instamment",
    "prie",
    "prions",
)
DEMAND_LINKS = ("à", "de", "d'")
#: "exigeons du gouvernement qu'*il* retire ...": the addressee again, left out of the ask.
DEMAND_CLAUSE_SUBJECTS = ("il", "elle", "ils", "elles")
DEMAND_CLAUSE_LINKS = ("pour que", "afin que", "qu'", "que", "à la", "à l'")
#: After an infinitive link, the ask's verb ends so ("à *suspendre*"); a noun does not.
DEMAND_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
DEMAND_REFLEXIVES = ("se", "s'", "nous", "y")
DEMAND_LINK_NOT_BEFORE = (
    "la",
    "le",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "tous",
    "toutes",
    "tout",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cette",
    "ces",
    "nos",
    "notre",
)
DEMAND_ASK_FIRST_PERSON = ()
DEMAND_CALL_FOR = (
    "nous demandons",
    "demandons",
    "le demande",
    "demande à ce que",
    "demandent à ce que",
    "demande que",
    "demandent",
    "exigeons",
    "exige",
    "exigent",
    "nous exigeons",
    "réclamons",
    "réclame",
    "réclament",
    "appelle à",
    "appellent à",
    "appelons à",
    "a appelé à",
    "ont appelé à",
    "invite à",
    "invite aux",
    "invite aussi à",
    "invite aussi aux",
    "invitons à",
    "exhortons",
    "porteront l'exigence",
    "porte l'exigence",
    "portent l'exigence",
    "portons l'exigence",
    # "L'association porte des revendications : ...": the demands a party says it carries,
    # with or without a word for how many ("un ensemble de", "une série de", "plusieurs").
    "porte des revendications",
    "portent des revendications",
    "portons des revendications",
    "porte un ensemble de revendications",
    "portent un ensemble de revendications",
    "portons un ensemble de revendications",
    "porte une série de revendications",
    "portent une série de revendications",
    "portons une série de revendications",
    "porte plusieurs revendications",
    "portent plusieurs revendications",
    "portons plusieurs revendications",
)
DEMAND_THAT = ("que", "qu'")
DEMAND_NOT_AFTER = ("la", "une", "cette", "se", "s'", "l'", "en")
DEMAND_VERBS = ()
DEMAND_NOUN_AFTER = ()
DEMAND_NOUN_BEFORE = ()
DEMAND_REITERATE = ("réitérons", "réitère", "renouvelons", "renouvelle", "réaffirmons")
DEMAND_POSSESSIVES = ("notre", "son", "leur", "mon", "l'", "un")
DEMAND_CALL_NOUNS = ("appel", "demande", "exigence")
DEMAND_CALL_NOUN_ON = ("à", "aux")
DEMAND_CALL_NOUN_FOR = ("pour", "à")
#: "Le syndicat *veut que* le gouvernement finance ..." : le souhait qu'un autre agisse, une demande.
DEMAND_WANT: tuple[str, ...] = ()
DEMAND_WANT_THAT = ("veut que", "veulent que", "voulons que")
DEMAND_RECOMMEND = ("recommandons", "recommande", "recommandent")
DEMAND_NECESSITY = (
    "il appartient",
    "il incombe",
    "il est urgent de",
    "il est urgent d'",
    "il est urgent que",
    "il faut",
    "il faudra",
    "il faudrait",
    "il est essentiel de",
    "il est essentiel d'",
    "il est nécessaire de",
    "il est nécessaire d'",
    "il paraît nécessaire de",
    "il paraît nécessaire d'",
    "il nous semble primordial de",
    "il nous semble primordial d'",
    "il serait utile de",
    "il serait utile d'",
    "il est temps de",
    "il est temps d'",
    "il est impératif de",
    "il est primordial de",
    "il est indispensable de",
    "il importe de",
)
DEMAND_ONLY_WAY = ("la seule façon", "la seule manière", "le seul moyen", "la seule solution")
DEMAND_ONLY_WAY_IS = ("est de", "est d'", "c'est de", "c'est d'", "consiste à", "est")
DEMAND_NECESSITY_FOR = ("à",)  # "il appartient *à* l'État de ..."
DEMAND_PRESSURE = (
    "sont invités à",
    "sont invitées à",
    "est invité à",
    "est invitée à",
    "sont appelés à",
    "sont appelées à",
    "est appelé à",
    "est appelée à",
)
DEMAND_NEED = ("rappelle la nécessité de", "rappelle la nécessité d'", "nous avons besoin de")
DEMAND_MODALS = ("doit", "doivent", "devrait", "devraient", "devra", "devront", "devons")
DEMAND_WEAK_MODALS = ()
DEMAND_INVERTIBLE = ()
DEMAND_MODAL_BLOCKERS = ()
DEMAND_PRO_FORMS = ()
DEMAND_CONDITIONALS = ()
DEMAND_NEGATIONS = ("ne", "n'")
#: Negations between a link and its infinitive: "demande au gouvernement de ne plus expulser".
DEMAND_INFINITIVE_NEGATIONS = ("ne pas", "ne plus", "ne jamais", "ne rien", "ne point", "ni")
#: After a share ("3 in 4", "45%"), an opinion verb reports a survey's finding ("3 in 4 *think* ...").
DEMAND_RATIO_WORDS = ("sur",)
DEMAND_OPINION_VERBS = ("pensent", "croient", "considèrent", "estiment", "trouvent", "jugent", "disent")
DEMAND_NOT_AN_ACT = ("s'attendre", "savoir", "comprendre")
DEMAND_CLAUSE_WORDS = ("que", "qu'", "mais", "car")
DEMAND_EMPTY_SUBJECTS = ()
DEMAND_WHAT = ("ce que",)
DEMAND_RELATIVES = ("qui", "dont", "lequel", "laquelle", "si")
DEMAND_ADDRESSEE_FILLERS = ("aussi", "également", "aujourd'hui", "donc")
#: "demandons *au* gouvernement de ...": the preposition fused with the addressee's article
#: (not "des", which is also the plural indefinite article: "exigeons des mesures").
DEMAND_CONTRACTIONS = {"au": ("à", "le"), "aux": ("à", "les"), "du": ("de", "le")}
#: "aux individus *et aux* organisations": "les individus et les organisations".
DEMAND_ADDRESSEE_JOINS = ("et", "ainsi que", "ou")
DEMAND_ADDRESSEE_PREPOSITIONS = ("à",)
DEMAND_RECIPIENT_PREPOSITIONS = ("à", "au", "aux")
#: "Le réseau *propose* au ministère :": a lead-in naming who the list asks.
DEMAND_LIST_LEAD_VERBS = ("propose", "proposons", "recommande", "recommandons")
DEMAND_ADDRESSEE_TAIL = ("aussi", "également", "aujourd'hui", "immédiatement")
DEMAND_DETERMINERS = (
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "tout",
    "toute",
    "tous",
    "toutes",
    "chaque",
    "notre",
    "nos",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cette",
    "ces",
)
DEMAND_PRONOUNS = ("je", "nous", "il", "elle", "ils", "elles", "on", "cela", "ce", "qui")
DEMAND_OBJECT_PRONOUNS = ("le", "la", "les", "lui", "leur", "nous")
DEMAND_TAG_VERBS = (
    "a déclaré",
    "a affirmé",
    "a souligné",
    "a dénoncé",
    "a ajouté",
    "a dit",
    "a expliqué",
    "ont déclaré",
    "déclare",
    "estime",
    "souligne",
)
DEMAND_TAIL_PARTICIPLES = ("ajoutant", "soulignant", "affirmant")
#: A place's relative clause after the ask says what happened there: ", where a collapse injured six".
DEMAND_TAIL_PLACE_RELATIVES = ("où",)
#: A subject that ends with one of these is further back ("... harms families *and* must end").
DEMAND_JOINERS = ("et",)
DEMAND_JOINED_SUBJECTS = ("aussi", "également", "il", "elle", "ils", "elles")
DEMAND_JOINED_CALLS = (
    "a appelé",
    "appelle",
    "exhorte",
    "a exhorté",
    "demande",
    "a demandé",
    "exige",
    "a exigé",
    "invite",
    "réclame",
)
DEMAND_RELATIVE_PRONOUNS = ("qui", "lequel", "laquelle", "lesquels", "lesquelles")
DEMAND_COORDINATORS = ("et", "ou")
DEMAND_CORRELATIVES = ("à la fois",)
DEMAND_CONJUNCTIONS = ("et", "mais", "tandis")
DEMAND_AUXILIARIES = ("est", "sont", "était", "étaient", "a", "ont", "avait", "avaient")
#: A reporting tag closing a demand's sentence (", *the* union *has said* today"): its article,
DEMAND_TAIL_ARTICLES = ("le", "la", "les")
#: its auxiliary,
DEMAND_TAIL_AUX = ("a", "ont")
#: its verb,
DEMAND_TAIL_VERBS = ("déclaré", "affirmé", "averti", "ajouté")
#: and when or where it was said.
DEMAND_TAIL_WHEN = ("aujourd'hui", "hier", "dans un communiqué", "dans un rapport", "dans une lettre")
#: ", *with* a rights group calling ...": a trailing clause that comments on the demand,
DEMAND_TAIL_WITH = ("avec",)
#: and the determiners of a subject joined after a demand ("... and *the* Government is ...").
DEMAND_TAIL_DETERMINERS = ("le", "la", "les", "un", "une")
DEMAND_FRAGMENT_STARTS = ("à", "en", "dans", "sur", "par", "pour", "avec", "pendant", "de", "comme")
DEMAND_FIRST_PERSON = ("nous", "notre", "nos", "je", "mon", "ma", "mes")
#: "In 2019, the council urged ...": a year told as the past.
DEMAND_YEAR_PREPOSITIONS = ("en", "depuis")
DEMAND_HISTORY = (
    "l'année dernière",
    "l'an dernier",
    "le mois dernier",
    "précédemment",
    "auparavant",
    "par le passé",
    "il y a des années",
    "avait demandé",
    "avait appelé",
    "avait exigé",
    "à l'époque",
)
DEMAND_LEGAL_SOURCES = ("loi", "lois", "règlement", "code", "constitution", "directive", "décret")
DEMAND_LEGAL_VERBS = ("dit", "prévoit", "impose", "exige", "dispose", "stipule", "contraint")
DEMAND_LEGAL_PHRASES = ("selon la loi", "en vertu de la loi", "légalement tenus", "par la loi")
DEMAND_REPLY_VERBS = ("a répondu", "a répliqué", "a rejeté", "a démenti", "a nié", "a défendu", "a rétorqué")
DEMAND_LIST_NOUNS = (
    "revendications",
    "exigences",
    "recommandations",
    "propositions",
    "demandes",
    "actions",
    "mesures",
    "priorités",
)
DEMAND_IMPERATIVES = (
    "garantir",
    "respecter",
    "protéger",
    "libérer",
    "mettre fin",
    "suspendre",
    "adopter",
    "assurer",
    "abroger",
    "établir",
    "mettre en œuvre",
    "créer",
    "reconnaître",
    "cesser",
    "renforcer",
    "organiser",
    "retirer",
    "augmenter",
    "abandonner",
)
DEMAND_HORTATIVES = (
    "agissons",
    "évitons",
    "arrêtons",
    "exigeons",
    "mobilisons-nous",
    "mobilisons",
    "luttons",
    "refusons",
    "défendons",
    "rejoignons",
    "soutenons",
    "protégeons",
    "battons-nous",
    "respectez",
    "garantissez",
    "libérez",
    "arrêtez",
    "cessez",
)
DEMAND_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "is", "ise", "ises", "u", "ue", "us", "ues")
DEMAND_ADVERB_ENDINGS = ("ment",)
DEMAND_PASSIVE_ADVERBS = ("aussi", "pas", "jamais", "plus", "également")
DEMAND_IRREGULAR_PARTICIPLES = (
    "fait",
    "faits",
    "faite",
    "faites",
    "mis",
    "mise",
    "pris",
    "prise",
    "ouvert",
    "ouverte",
)
DEMAND_BE = ("être",)
TITLE_BOILERPLATE = (
    "message transféré",
    "en ligne",
    "aller au contenu",
    "communiqué de presse",
    "pour diffusion immédiate",
    "sous embargo",
)
TITLE_DANGLING = (
    *("et", "ou", "mais", "le", "la", "les", "l'", "un", "une", "des", "de", "d'", "du", "à"),
    *("au", "aux", "en", "dans", "avec", "par", "pour", "sur", "que", "qu'", "qui", "comme"),
)
TITLE_RELEASE_LABELS = (
    *("communiqué", "communiqué de presse", "communiqué commun", "communiqué conjoint"),
    *("déclaration", "déclaration commune", "lettre ouverte", "tribune"),
    *("pour diffusion immédiate", "urgent"),
)
TITLE_LABELS = (
    "de",
    "à",
    "objet",
    "envoyé",
    "date",
    "contact",
    "contacts",
    "photo",
    "photos",
    "photo de",
    "source",
    "crédit",
)
#: A byline's first word ("*By* dpa correspondents").
TITLE_BYLINES = ("par",)
ISSUER_VERBS = (
    "a déclaré",
    "déclare",
    "a affirmé",
    "affirme",
    "appelle",
    "a appelé",
    "salue",
    "exhorte",
    "dénonce",
    "a dénoncé",
    "demande",
    "exige",
    "réclame",
    "condamne",
    "a condamné",
    "alerte",
    "a lancé",
    "lance",
    "ont déclaré",
    "ont affirmé",
    "ont appelé",
    "ont exhorté",
    "a exhorté",
    "exhortent",
    "appellent",
    "ont demandé",
    "a demandé",
    "demandent",
    "ont exigé",
    "a exigé",
    "exigent",
    "ont dénoncé",
    "dénoncent",
    "ont condamné",
    "condamnent",
    "ont alerté",
    "a alerté",
    "ont lancé",
    "a indiqué",
    "ont indiqué",
    "a annoncé",
    "ont annoncé",
    "a informé",
)
ISSUER_LEAD_OPENERS = (
    "en",
    "dans",
    "par",
    "pour",
    "depuis",
    "selon",
    "aujourd'hui",
    "d'ici",
    "après",
    "avant",
    "lors",
    "cependant",
    "ainsi",
    "enfin",
    "aussi",
    "face à",
)
ISSUER_AUXILIARIES = ("est", "sont", "était", "sera", "a", "ont", "avait", "avaient")
ISSUER_PRONOUNS = ("il", "elle", "ils", "elles", "nous", "on", "ce", "cela", "ceci")
#: "Press Release: RTU": a release line naming its publisher.
ISSUER_RELEASE_LABELS = ("communiqué de presse", "communiqué")
ISSUER_TIME_WORDS = ("aujourd'hui", "hier")
ISSUER_ARTICLES = ("le", "la", "les", "l'")
#: "By dpa correspondents": a byline naming a wire's staff, whose agency publishes the text.
PUBLISHER_CREW_NOUNS = ("correspondant", "correspondants", "rédaction")
#: A day after a name that is not part of it ("Sen. Jo Doe *on Thursday* introduced ...").
ISSUER_DAY_PHRASES = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "cette semaine",
)
#: "This report was *compiled by* members of ...": who wrote or signed the statement.
ISSUER_AUTHORED_BY = ("signé par", "signée par", "rédigé par", "rédigée par", "élaboré par", "élaborée par")
#: Where the authors' names end ("members of ... *from* every valley of the region").
ISSUER_AUTHORS_END = ("après", "pendant", "pour", "suite")
#: "*Desde* la comunidad X queremos ...": a lead that names who "we" are before a verb in the
#: first person plural (its ending in ISSUER_WE_ENDINGS).
ISSUER_WE_FROM: tuple[str, ...] = ("depuis",)
ISSUER_WE_ENDINGS: tuple[str, ...] = ("ons",)
#: Words that point back to someone named before: the page's Context never opens with one.
SUMMARY_BACK_REFERENCES = ("il", "elle", "ils", "elles", "cela", "ceci", "son", "sa", "ses", "leur", "leurs")
#: "*We are* a group of ...", "*We are* the Valley Tenants' Alliance": a statement saying who "we" are.
ISSUER_WE_ARE = ("nous sommes",)
#: After ISSUER_WE_ARE, the words before a description ("a group of", "the").
ISSUER_WE_ARE_GROUP = ("un groupe de", "un", "une", "le", "la", "les")
#: A title before a person's name ("*Dr* Jo Doe"): a person speaking, not the issuer.
ISSUER_PERSON_TITLES = ("m", "mme", "dr", "pr")
#: A role before a person's name ("interior *minister* Jo Doe"): a person, not the issuer.
ISSUER_PERSON_ROLES = (
    "ministre",
    "secrétaire",
    "directeur",
    "directrice",
    "porte-parole",
    "président",
    "présidente",
    "sénateur",
    "sénatrice",
    "député",
    "députée",
)
#: The label of a press-contact line, whose organisation is the issuer's ("Contact: Jo Doe, Coast Network").
ISSUER_CONTACT_LABELS = ("contact", "contacts", "contact presse")
#: Un article qui n'est pas un nom ("*Des* experts des Nations unies") : en minuscule, car la
#: page l'imprime en milieu de phrase.
ISSUER_INDEFINITE_ARTICLES = ("un", "une", "des")
#: La formule de fin d'une lettre, suivie de ses signataires, un par ligne ("Cordialement,").
ISSUER_CLOSINGS = ("cordialement", "signataires", "signé", "signé par", "bien à vous", "salutations")
#: "(et 34 autres organisations)" : la ligne qui compte les signataires non nommés.
ISSUER_OTHERS_WORDS = ("autres",)
ISSUER_AND = "et"
ISSUER_OTHERS = "autres"

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────

#: Offices of the state: a speaker described by one ("a déclaré X, porte-parole du gouvernement")
#: speaks for the other side in a statement whose issuer holds none of them (an NGO
#: quoting the government's answer).
STATE_ROLES = (
    "gouvernement",
    "ministre",
    "ministère",
    "police",
    "armée",
    "préfecture",
    "parquet",
    "ambassade",
    "secrétaire d'état",
    "secrétaire d’état",
)

#: Titres d'un chef d'État ou de gouvernement, seuls devant un nom ("le président Karl Brandt").
HEAD_OF_STATE_TITLES = ("président", "présidente", "premier ministre", "première ministre")
#: Mots qui disent que la fonction n'est plus exercée ("ancien ministre", "ex-ministre").
NOT_IN_OFFICE = ("ancien", "ancienne", "ex", "opposition")
#: Une entreprise ou qui la dirige ("PDG d'Acmé Mines", "Acmé SA").
COMPANY_OFFICERS = ("pdg", "président-directeur général", "présidente-directrice générale", "ceo")
COMPANY_WORDS = (
    *("entreprise", "entreprises", "société", "multinationale", "patronat", "employeur", "employeurs"),
    *("actionnaires",),
)
#: Les organes de l'État (non ses fonctions) : ils parlent comme organe ("le gouvernement a
#: déclaré") ou par qui parle pour eux ("porte-parole du gouvernement").
STATE_BODIES = ("gouvernement", "ministère", "police", "armée", "préfecture", "parquet", "ambassade")
#: Fonctions qui parlent pour une organisation ("porte-parole de l'entreprise"), pas ses salariés.
SPEAKS_FOR = (
    *("porte-parole", "représentant", "représentante", "directeur", "directrice", "dirigeant"),
    *("dirigeante", "président", "présidente", "responsable", "patron", "patronne"),
    *("agent", "commissaire", "chef", "officier"),
)
#: Une partie à un procès ou son avocat ("l'avocat des prévenus", "la partie civile").
CASE_PARTIES = (
    *("prévenu", "prévenue", "prévenus", "accusé", "accusée", "accusés", "plaignant", "plaignante"),
    *("plaignants", "partie civile", "parties civiles", "avocat de", "avocate de", "avocats de"),
    *("avocat des", "avocate des", "avocats des", "avocat du", "avocate du", "défense de"),
)
#: Noms qui font d'un nom celui d'une organisation civile ("Observatoire des violences policières").
CIVIC_NOUNS = (
    *("réseau", "coalition", "alliance", "fondation", "campagne", "mouvement", "fédération"),
    *("association", "syndicat", "observatoire", "collectif", "plateforme", "ligue"),
)
#: "Nous, organisations soussignées, ...".
WE_SUBJECT = ("nous",)

# Formes des verbes de parole : `», a déclaré X`, `X estime que « … »`.
SPEECH_VERBS: tuple[str, ...] = (
    *("déclare", "déclarent", "affirme", "affirment", "souligne", "soulignent", "dénonce"),
    *("dénoncent", "estime", "estiment", "ajoute", "ajoutent", "dit", "disent", "explique"),
    *("expliquent", "précise", "précisent", "indique", "indiquent", "rappelle", "rappellent"),
    *("note", "notent", "observe", "poursuit", "conclut", "assure", "assurent", "insiste"),
    *("confie", "raconte", "relève", "témoigne", "écrit", "écrivent", "annonce", "annoncent"),
    *("confirme", "reconnaît", "regrette", "regrettent", "déplore", "déplorent", "salue"),
    *("saluent", "avertit", "alerte", "alertent", "résume", "résument", "rapporte", "constate"),
    *("s'indigne", "s’indigne", "s'inquiète", "s’inquiète", "martèle", "lance", "prévient"),
)
SPEECH_PARTICIPLES: tuple[str, ...] = (
    *("déclaré", "affirmé", "souligné", "dénoncé", "estimé", "ajouté", "dit", "expliqué"),
    *("précisé", "indiqué", "rappelé", "noté", "observé", "poursuivi", "conclu", "assuré"),
    *("insisté", "confié", "raconté", "relevé", "témoigné", "écrit", "annoncé", "confirmé"),
    *("reconnu", "regretté", "déploré", "salué", "averti", "alerté", "résumé", "rapporté"),
    *("constaté", "martelé", "lancé", "prévenu", "déclarée", "déclarés", "déclarées", "dite"),
    *("dits", "dites", "indigné", "inquiété", "évoqué", "fait état"),
)
PUBLISH_VERBS: tuple[str, ...] = ("a publié", "publie", "ont publié", "a rendu public", "a diffusé")
CUE_AUXILIARIES: tuple[str, ...] = (
    *("a", "ont", "avait", "avaient", "aurait", "s'est", "s’est", "se sont", "s'était", "s’était"),
    *("également", "aussi", "encore", "ensuite", "notamment", "déjà"),
)
REPLY_VERBS: tuple[str, ...] = (
    *("répond", "répondent", "répondu", "réplique", "répliqué", "rétorque", "rétorqué"),
    *("rejette", "rejeté", "nie", "nié", "défend", "défendu", "dément", "démenti"),
)
FRAME_VERBS: tuple[str, ...] = (
    *("qualifie", "qualifié", "accuse", "accusé", "appelle", "appelé", "exhorte", "exhorté"),
    *("exige", "exigé", "demande", "demandé", "réclame", "réclamé", "décrit", "évoque", "inclut"),
    *("incluent", "porte", "fait état", "juge", "jugé", "condamne", "condamné", "critique", "critiqué"),
)
ACCORDING_TO: tuple[str, ...] = ("selon", "d'après", "d’après", "aux dires de")
ACCORDING_TO_OPENING: tuple[str, ...] = ("pour",)
CUE_ADVERBS: tuple[str, ...] = ("également", "aussi", "encore", "ensuite", "aujourd'hui", "aujourd’hui")
# Conjunctions that may open the clause whose subject speaks (`…, when the minister said`).
# Relative pronouns: `X, who chairs the board, said` (the subject is before them).
RELATIVE_PRONOUNS: frozenset[str] = frozenset(["qui", "que", "dont", "lequel", "laquelle"])
SUBORDINATORS: frozenset[str] = frozenset(
    ["et", "mais", "comme", "lorsque", "lorsqu'", "quand", "alors", "car", "puisque"]
)
PERSON_PRONOUNS: frozenset[str] = frozenset(["il", "elle"])
# A person the text calls "he" once is not the antecedent of a later "she" (and the
# other way round): the pronouns that tell a person's gender.
MASCULINE_PRONOUNS: frozenset[str] = frozenset(["il"])
FEMININE_PRONOUNS: frozenset[str] = frozenset(["elle"])
GROUP_PRONOUNS: frozenset[str] = frozenset(["ils", "elles", "on"])
FIRST_PERSON: frozenset[str] = frozenset(["je", "nous"])
ROLE_NOUNS: frozenset[str] = frozenset(
    [
        *("porte-parole", "président", "présidente", "directeur", "directrice", "ministre"),
        *("secrétaire", "responsable", "rapporteur", "rapporteuse", "coprésident", "coprésidents"),
        *("coprésidente", "membre", "élève", "élèves", "militant", "militante", "co-créateur"),
        *("fondateur", "fondatrice", "avocat", "avocate", "journaliste", "expert", "experte"),
        *("maire", "député", "députée", "sénateur", "sénatrice", "dirigeant", "dirigeante"),
        *("champion", "championne", "délégué", "déléguée", "coordinateur", "coordinatrice"),
        *("commissaire", "représentant", "représentante", "chef", "cheffe", "témoin"),
    ]
)
GROUP_NOUNS: frozenset[str] = frozenset(
    [
        *("organisation", "comité", "commission", "gouvernement", "groupe", "réseau", "association"),
        *("assemblée", "experts", "syndicat", "syndicats", "collectif", "mouvement", "coalition"),
        *("alliance", "fédération", "confédération", "fondation", "conseil", "ministère", "bureau"),
        *("agence", "autorités", "police", "armée", "organisations", "organisme", "tribunal"),
        *("cour", "entreprise", "plateforme", "mission", "union", "parti", "communauté"),
    ]
)
# Group nouns that only stand for an organisation named before (`the organisation said`);
# other group nouns may name a speaker on their own (`the government`, `the experts`).
GENERIC_REFERENCES: frozenset[str] = frozenset(
    ["organisation", "organisme", "groupe", "association", "structure", "ong"]
)
SOURCE_DOCUMENTS: frozenset[str] = frozenset(
    [
        *("rapport", "déclaration", "communiqué", "lettre", "résolution", "conclusions"),
        *("témoignage", "loi", "texte", "document", "documents", "décret", "appel", "pétition"),
    ]
)
DOCUMENT_VERBS: tuple[str, ...] = ("indique", "stipule", "dit", "précise", "affirme", "souligne")
DEFINITE_DETERMINERS: frozenset[str] = frozenset(
    ["le", "la", "les", "l'", "l’", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette"]
)
INDEFINITE_DETERMINERS: frozenset[str] = frozenset(["un", "une"])
SPOKESPERSON_NOUNS: tuple[str, ...] = ("porte-parole",)
COORDINATORS: frozenset[str] = frozenset(["et"])
HONORIFICS: frozenset[str] = frozenset(["m", "mme", "mlle", "me", "dr", "pr"])
NAME_PARTICLES: frozenset[str] = frozenset(["de", "du", "des", "d'", "d’", "la", "le", "van", "von", "et"])
# Words that join an organisation's name to its remit, which may be lowercase:
# `Committee against Torture`, `Comité … contre la torture`, `Comisión … para la paz`.
REMIT_WORDS: frozenset[str] = frozenset(["contre", "pour", "sur"])
NEVER_SPEAKER_START: frozenset[str] = frozenset(
    [
        *("aujourd'hui", "aujourd’hui", "hier", "demain", "en", "dans", "lors", "pendant", "depuis"),
        *("quand", "alors", "après", "avant", "si", "comme", "avec", "par", "pour", "sans", "à"),
        *("et", "ou", "mais", "que", "qui", "ce", "cette", "ces", "tout", "tous", "chaque", "ne"),
        *("également", "aussi", "ici", "entre", "sur", "jusqu'", "y", "se", "s'", "s’", "de", "d'", "d’"),
    ]
)
SPEAKER_TAIL_WORDS: tuple[str, ...] = (
    *("aujourd'hui", "aujourd’hui", "hier", "qui", "que", "dont", "lequel", "laquelle", "lors"),
    *("quand", "alors", "également", "aussi", "pendant", "depuis", "après", "avant"),
)
SPEAKER_TAIL_PREPOSITIONS: tuple[str, ...] = ("dans", "à", "au", "aux", "devant", "lors", "en", "sur")
WEEKDAYS: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
CLAUSE_WORDS: frozenset[str] = frozenset(
    [
        *("est", "sont", "était", "étaient", "doit", "doivent", "peut", "peuvent", "sera", "serait"),
        *("ne", "pas", "se", "si", "va", "vont", "faut", "s'est", "s’est", "a", "ont"),
    ]
)

# ── Reading inputs: labels a document wears above its headline (PDF, Word, text) ──────────
#: A line that labels the document rather than says something (lowercase, words only).
RELEASE_LABELS = (
    "communiqué",
    "communiqué de presse",
    "action urgente",
    "déclaration",
    "pour diffusion immédiate",
    "diffusion immédiate",
)
#: The last word of a form's label that introduces the title ('URGENT ACTION TITLE: ...').
FORM_TITLE_LABELS = ("titre", "objet")
#: Verbs by which a statement's publisher speaks in its own text, strongest first: it asks
#: ('Amnesty International calls on'), then it announces ('the Federation launches').
PUBLISHER_ASK_VERBS = ("appelle", "a appelé", "exhorte", "exige", "condamne", "demande", "réclame")
PUBLISHER_NEWS_VERBS = ("annonce", "a annoncé", "lance", "a lancé", "salue")
#: Articles that may open an organisation's name ('the Red Cross').
NAME_ARTICLES = ("le", "la", "les", "l’", "l'")
#: Small words inside an organisation's name ('Friends of the Earth').
NAME_LINKS = ("de", "du", "des", "pour", "et", "la", "le", "l’")
#: Auxiliaries between a publisher's name and its verb ('Amnesty International has called on').
PUBLISHER_AUXILIARIES = ("a", "ont")
#: Words around a running page number in a PDF's header or footer ('Page 2 of 3').
PAGE_WORDS = ("page", "p.")
PAGE_OF_WORDS = ("sur", "/")
#: What a forwarded or answered e-mail's subject starts with ('Fwd: ').
MAIL_SUBJECT_PREFIXES = ("re", "tr", "fw", "fwd")
#: Words by which an e-mail's body says the statement is attached ('Please find attached our
#: statement'): such a body is a cover note, and the attachment is read instead.
ATTACHMENT_POINTERS = ("ci-joint", "ci-jointe", "ci-joints", "pièce jointe", "pièces jointes", "en pj")
