"""Spanish words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

#: Scale words after a number, with what they multiply by: "6,2 millones", "60 mil".
SCALES: dict[str, float] = {
    "mil": 1e3,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "mil millones": 1e9,
    "billón": 1e12,
    "billones": 1e12,
}
#: Abbreviated scales glued to a number.
SHORT_SCALES: dict[str, float] = {"mdd": 1e6, "mmdd": 1e9}
#: Abbreviations read when checking a number the page shows, never to find a figure.
RARE_SHORT_SCALES: dict[str, float] = {}


#: The commonest short words, counted to tell the statement's language (`extraction.language`).
COMMON_WORDS = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "del",
        "que",
        "y",
        "en",
        "por",
        "para",
        "con",
        "una",
        "es",
        "son",
        "fue",
        "se",
        "su",
        "sus",
        "al",
        "como",
        "más",
        "pero",
        "lo",
        "esta",
        "este",
        "han",
        "ha",
        "sobre",
        "también",
        "entre",
        "según",
        "fueron",
    ]
)

# ── Negations (an ellipsis in a quote may never drop one) ────────────────────────────────────

# ── Demands: frames, verbs, lists of asks; titles and headline boilerplate ───────────────────

# The same names as in `en.py` (see there what each one is for); a rule with an empty tuple
# does not apply in Spanish.

DEMAND_CALL_ON = (
    "hace un llamado a",
    "hacemos un llamado a",
    "hizo un llamado a",
    "hacen un llamado a",
    "hicieron un llamado a",
    "hace un llamamiento a",
    "hacemos un llamamiento a",
    "hizo un llamamiento a",
    "hacen un llamamiento a",
    "instamos a",
    "insta a",
    "instó a",
    "instan a",
    "exhortamos a",
    "exhorta a",
    "exhortó a",
    "exhortan a",
    "pedimos a",
    "pide a",
    "pidió a",
    "piden a",
    "pidieron a",
    "solicitamos a",
    "solicita a",
    "solicitó a",
    "solicitan a",
    "exigimos a",
    "exige a",
    "exigió a",
    "exigen a",
    "se exige a",
    "se pide a",
    "se insta a",
    "anima a",
    "animamos a",
    "animó a",
    "invita a",
    "invitamos a",
    "urgimos a",
    "urge a",
    "reclamamos a",
    "reclama a",
    "convoca a",
    "convocamos a",
)
DEMAND_LINKS = ("a",)
DEMAND_CLAUSE_LINKS = ("para que", "a que", "que", "para")
#: After an infinitive link, the ask's verb ends so ("à *suspendre*"); a noun does not.
DEMAND_INFINITIVE_ENDINGS = ("ar", "er", "ir", "arse", "erse", "irse", "arlo", "erlo", "irlo")
DEMAND_REFLEXIVES = ("se",)
DEMAND_LINK_NOT_BEFORE = (
    "la",
    "las",
    "los",
    "el",
    "un",
    "una",
    "unos",
    "unas",
    "todos",
    "todas",
    "su",
    "sus",
    "este",
    "esta",
    "estos",
    "estas",
    "lo",
)
DEMAND_ASK_FIRST_PERSON = ()
DEMAND_CALL_FOR = (
    "exigimos",
    "exige",
    "exigen",
    "exigió",
    "exigieron",
    "pedimos",
    "pide",
    "piden",
    "pidió",
    "solicitamos",
    "reclamamos",
    "reclama",
    "reclaman",
    "demandamos",
    "demanda que",
    "exhortamos",
    "queremos que",
    "quieren que",
    "quiere que",
)
DEMAND_THAT = ("que",)
DEMAND_NOT_AFTER = ("se", "le", "les", "lo", "la")
DEMAND_VERBS = ()
DEMAND_NOUN_AFTER = ()
DEMAND_NOUN_BEFORE = ()
DEMAND_REITERATE = ("reiteramos", "reitera", "reiteró", "reiteran", "renovamos", "renueva")
DEMAND_POSSESSIVES = ("nuestro", "nuestra", "su", "el", "la", "mi")
DEMAND_CALL_NOUNS = ("llamado", "llamamiento", "exigencia", "petición", "demanda")
DEMAND_CALL_NOUN_ON = ("a",)
DEMAND_CALL_NOUN_FOR = ("para", "por")
DEMAND_RECOMMEND = ("recomendamos", "recomienda", "recomendó", "recomiendan")
DEMAND_NECESSITY = (
    "es urgente que",
    "es urgente",
    "es necesario que",
    "es necesario",
    "es imprescindible que",
    "es imprescindible",
    "es fundamental que",
    "es hora de que",
    "es hora de",
    "ya es hora de",
    "es obligación del",
    "es obligación de",
    "es deber del",
    "urge que",
)
DEMAND_NECESSITY_FOR = ()
DEMAND_PRESSURE = ()
DEMAND_NEED = ("necesitamos", "se necesita", "se necesitan", "hace falta", "la necesidad de")
DEMAND_MODALS = (
    "debe",
    "deben",
    "debería",
    "deberían",
    "debemos",
    "deberá",
    "deberán",
    "tiene que",
    "tienen que",
    "tenemos que",
    "hay que",
)
DEMAND_WEAK_MODALS = ("tiene que", "tienen que", "tenemos que")
DEMAND_INVERTIBLE = ()
DEMAND_MODAL_BLOCKERS = ("haber", "de haber")
DEMAND_PRO_FORMS = ("hacerlo así",)
DEMAND_CONDITIONALS = ()
DEMAND_NEGATIONS = ("no",)
#: After a share ("3 in 4", "45%"), an opinion verb reports a survey's finding ("3 in 4 *think* ...").
DEMAND_RATIO_WORDS = ("de cada", "sobre")
DEMAND_OPINION_VERBS = ("piensan", "creen", "consideran", "opinan")
DEMAND_NOT_AN_ACT = ("saber", "entender", "comprender")
DEMAND_CLAUSE_WORDS = ("que", "dijo", "pero", "porque", "afirmó", "señaló")
DEMAND_EMPTY_SUBJECTS = ()
DEMAND_WHAT = ("lo que",)
DEMAND_RELATIVES = ("quien", "quienes", "cual", "cuales", "si", "cuyo", "cuya")
DEMAND_ADDRESSEE_FILLERS = ("también", "además", "hoy", "nuevamente")
DEMAND_ADDRESSEE_TAIL = ("también", "hoy", "inmediatamente", "urgentemente")
DEMAND_DETERMINERS = (
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "todo",
    "toda",
    "todos",
    "todas",
    "cada",
    "nuestro",
    "nuestra",
    "su",
    "sus",
    "este",
    "esta",
    "estos",
    "estas",
)
DEMAND_PRONOUNS = (
    "yo",
    "nosotros",
    "nosotras",
    "él",
    "ella",
    "ellos",
    "ellas",
    "esto",
    "eso",
    "que",
    "quien",
)
DEMAND_OBJECT_PRONOUNS = ("le", "les", "lo", "la", "los", "las", "nos", "me")
DEMAND_TAG_VERBS = (
    "dijo",
    "afirmó",
    "señaló",
    "declaró",
    "indicó",
    "advirtió",
    "subrayó",
    "añadió",
    "agregó",
    "explicó",
    "alertó",
    "sostuvo",
    "manifestó",
)
DEMAND_TAIL_PARTICIPLES = ("añadiendo", "señalando", "diciendo", "advirtiendo")
#: A subject that ends with one of these is further back ("... harms families *and* must end").
DEMAND_JOINERS = ("y", "e")
DEMAND_JOINED_SUBJECTS = ("también", "además")
DEMAND_JOINED_CALLS = (
    "pidió",
    "pide",
    "exigió",
    "exige",
    "instó",
    "insta",
    "exhortó",
    "exhorta",
    "hizo un llamado",
    "hace un llamado",
    "hace un llamamiento",
    "solicitó",
    "reclamó",
)
DEMAND_RELATIVE_PRONOUNS = ("quien", "quienes", "el cual", "la cual", "los cuales", "las cuales")
DEMAND_COORDINATORS = ("y", "e", "o", "u")
DEMAND_CORRELATIVES = ("tanto",)
DEMAND_CONJUNCTIONS = ("y", "pero", "mientras")
DEMAND_AUXILIARIES = ("es", "son", "fue", "fueron", "ha", "han", "había", "habían")
DEMAND_FRAGMENT_STARTS = ("en", "con", "por", "durante", "desde", "de", "como", "sobre")
DEMAND_FIRST_PERSON = ("nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras", "yo", "mi")
#: "In 2019, the council urged ...": a year told as the past.
DEMAND_YEAR_PREPOSITIONS = ("en", "desde")
DEMAND_HISTORY = (
    "el año pasado",
    "el mes pasado",
    "anteriormente",
    "en el pasado",
    "hace años",
    "había pedido",
    "había exigido",
    "había solicitado",
    "en su momento",
)
DEMAND_LEGAL_SOURCES = (
    "ley",
    "leyes",
    "reglamento",
    "código",
    "constitución",
    "norma",
    "convenio",
    "decreto",
)
DEMAND_LEGAL_VERBS = ("establece", "establecen", "dice", "dispone", "exige", "obliga", "prevé")
DEMAND_LEGAL_PHRASES = ("por ley", "según la ley", "obligados por ley")
DEMAND_REPLY_VERBS = ("respondió", "replicó", "rechazó", "negó", "defendió", "desmintió")
DEMAND_LIST_NOUNS = (
    "exigencias",
    "demandas",
    "recomendaciones",
    "propuestas",
    "acciones",
    "peticiones",
    "medidas",
    "reclamos",
    "reivindicaciones",
)
DEMAND_IMPERATIVES = (
    "garantizar",
    "respetar",
    "proteger",
    "liberar",
    "detener",
    "suspender",
    "adoptar",
    "asegurar",
    "investigar",
    "derogar",
    "establecer",
    "implementar",
    "crear",
    "reconocer",
    "cesar",
    "poner fin",
    "frenar",
    "retirar",
    "priorizar",
    "cumplir",
    "aprobar",
    "promover",
)
#: First-person plural and formal imperatives, a call wherever a clause opens with one.
DEMAND_HORTATIVES = (
    "respeten",
    "respete",
    "garanticen",
    "garantice",
    "prioricen",
    "priorice",
    "detengan",
    "detenga",
    "liberen",
    "libere",
    "protejan",
    "proteja",
    "cumplan",
    "cumpla",
    "aseguren",
    "asegure",
    "suspendan",
    "suspenda",
    "investiguen",
    "investigue",
    "deroguen",
    "derogue",
    "adopten",
    "adopte",
    "tomen",
    "paren",
    "cesen",
    "hagan respetar",
    "exijamos",
    "actuemos",
    "luchemos",
    "defendamos",
    "unámonos",
    "movilicémonos",
)
DEMAND_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
DEMAND_ADVERB_ENDINGS = ("mente",)
DEMAND_PASSIVE_ADVERBS = ("también", "ya", "no", "nunca")
DEMAND_IRREGULAR_PARTICIPLES = (
    "hecho",
    "hechos",
    "puesto",
    "puestos",
    "dicho",
    "abierto",
    "devuelto",
    "resuelto",
)
DEMAND_BE = ("ser", "sea", "sean")
TITLE_BOILERPLATE = (
    "mensaje reenviado",
    "en línea",
    "ir al contenido",
    "comunicado de prensa",
    "nota de prensa",
    "para difusión inmediata",
    "tomado de",
)
TITLE_LABELS = (
    "de",
    "para",
    "asunto",
    "enviado",
    "fecha",
    "contacto",
    "contactos",
    "foto",
    "fotos",
    "fuente",
)
#: A byline's first word ("*By* dpa correspondents").
TITLE_BYLINES = ("por",)
ISSUER_VERBS = (
    "dijo",
    "afirmó",
    "afirma",
    "señaló",
    "señala",
    "declaró",
    "pidió",
    "pide",
    "exige",
    "exigió",
    "denuncia",
    "denunció",
    "hace un llamamiento",
    "hace un llamado",
    "hizo un llamado",
    "insta",
    "instó",
    "anima",
    "advierte",
    "advirtió",
    "celebra",
    "condena",
    "condenó",
    "reclama",
    "ha hecho saber",
)
ISSUER_LEAD_OPENERS = (
    "en",
    "por",
    "ante",
    "tras",
    "desde",
    "durante",
    "según",
    "hoy",
    "ayer",
    "asimismo",
    "además",
    "sin embargo",
    "de forma",
    "de manera",
    "por último",
    "por un lado",
    "frente a",
    "mientras",
    "finalmente",
    "también",
)
ISSUER_AUXILIARIES = ("es", "son", "fue", "fueron", "será", "ha", "han", "había", "está", "están")
ISSUER_PRONOUNS = ("ella", "él", "ellos", "ellas", "nosotros", "esto", "este", "esta", "se")
#: "Press Release: NZEI": a release line naming its publisher.
ISSUER_RELEASE_LABELS = ("comunicado de prensa", "comunicado", "nota de prensa")
ISSUER_TIME_WORDS = ("hoy", "ayer", "ha", "han")
ISSUER_ARTICLES = ("el", "la", "los", "las")

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────
