"""French words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

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
    "prie",
    "prions",
)
DEMAND_LINKS = ("à", "de", "d'")
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
    "porte un ensemble de revendications",
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
DEMAND_RECOMMEND = ("recommandons", "recommande", "recommandent")
DEMAND_NECESSITY = (
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
DEMAND_NECESSITY_FOR = ()
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
#: After a share ("3 in 4", "45%"), an opinion verb reports a survey's finding ("3 in 4 *think* ...").
DEMAND_RATIO_WORDS = ("sur",)
DEMAND_OPINION_VERBS = ("pensent", "croient", "considèrent", "estiment", "trouvent", "jugent")
DEMAND_NOT_AN_ACT = ("s'attendre", "savoir", "comprendre")
DEMAND_CLAUSE_WORDS = ("que", "qu'", "mais", "car")
DEMAND_EMPTY_SUBJECTS = ()
DEMAND_WHAT = ("ce que",)
DEMAND_RELATIVES = ("qui", "dont", "lequel", "laquelle", "si")
DEMAND_ADDRESSEE_FILLERS = ("aussi", "également", "aujourd'hui", "donc")
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
#: "Press Release: NZEI": a release line naming its publisher.
ISSUER_RELEASE_LABELS = ("communiqué de presse", "communiqué")
ISSUER_TIME_WORDS = ("aujourd'hui", "hier")
ISSUER_ARTICLES = ("le", "la", "les", "l'")

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────
