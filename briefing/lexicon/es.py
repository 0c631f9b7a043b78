"""Spanish words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

#: Month names and abbreviations, lower-case, with the month's number.
MONTHS: dict[str, int] = {
    **dict.fromkeys(("enero", "ene"), 1),
    **dict.fromkeys(("febrero", "feb"), 2),
    **dict.fromkeys(("marzo",), 3),
    **dict.fromkeys(("abril", "abr"), 4),
    **dict.fromkeys(("mayo",), 5),
    **dict.fromkeys(("junio", "jun"), 6),
    **dict.fromkeys(("julio", "jul"), 7),
    **dict.fromkeys(("agosto", "ago"), 8),
    **dict.fromkeys(("septiembre", "setiembre", "sept", "sep"), 9),
    **dict.fromkeys(("octubre", "oct"), 10),
    **dict.fromkeys(("noviembre", "nov"), 11),
    **dict.fromkeys(("diciembre", "dic"), 12),
}
#: Days of the week, and the words for today and yesterday: a name of a day, never a place.
DAY_NAMES = (
    *("lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado"),
    *("domingo", "hoy", "ayer"),
)
#: What may follow a day's number: "1º de mayo", "1ro de mayo".
ORDINAL_SUFFIXES = ("º", "°", "ª", "ro", ".º")
#: What stands between a day and its month: "12 de enero".
DAY_MONTH_JOINS = ("de",)
#: What stands between a month and its year: "12 de enero de 2026", "enero del 2026".
MONTH_YEAR_JOINS = ("de", "del")
#: Words that join two days of a range of dates: "del 10 al 24 de abril".
DAY_RANGE_JOINS = ("y", "al", "a", "hasta")
#: Whether a date in digits puts the day first: "12/01/2026" is 12 January.
NUMERIC_DATES_DAY_FIRST = True
#: Spellings that tell the order of a date in digits (English only: see en.py).
DAY_FIRST_SPELLINGS: tuple[str, ...] = ()
MONTH_FIRST_SPELLINGS: tuple[str, ...] = ()
#: Labels of the day a page was read or saved, which is not the statement's date.
READING_DATE_LABELS = ("fecha de hoy", "fecha actual")
#: Words that end with a full stop without ending the sentence: "la Sra. Pérez", "art. 5".
SENTENCE_ABBREVIATIONS = (
    *("sr", "sra", "srta", "sres", "sras", "dr", "dra", "dres", "lic", "ing", "arq", "gral"),
    *("cnel", "pdte", "dip", "ud", "uds", "núm", "pág", "av", "art", "arts"),
)

#: Words for the numbers that text2num reads, up to the tens ("un" opens "un millón").
NUMBER_WORDS = (
    *("un", "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    *("diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete"),
    *("dieciocho", "diecinueve", "veinte", "veintiuno", "veintiún", "veintidós", "veintitrés"),
    *("veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"),
    *("treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"),
    *("cien", "ciento", "doscientos", "doscientas", "trescientos", "trescientas"),
    *("cuatrocientos", "cuatrocientas", "quinientos", "quinientas", "seiscientos"),
    *("seiscientas", "setecientos", "setecientas", "ochocientos", "ochocientas"),
    *("novecientos", "novecientas"),
)
#: The word for zero.
ZERO_WORDS = ("cero",)
#: The words for one, which alone are rarely a count ("uno de los ...", "una familia").
ONE_WORDS = ("un", "uno", "una")
#: A hundred inside a number in words: the hundreds are number words of their own here.
HUNDRED_WORDS: tuple[str, ...] = ()
#: What joins parts of a number in words: "treinta y dos".
NUMBER_WORD_JOINS = ("y",)
#: Articles that stand for "one" before a scale word: "un millón" es un millón.
ONE_BEFORE_SCALE = ("un",)
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
#: Abbreviated scales glued to a number (Mexican press: "3 mdd", millions of dollars).
SHORT_SCALES: dict[str, float] = {"mdd": 1e6, "mmdd": 1e9}
#: Abbreviations read when checking a number the page shows, never to find a figure.
RARE_SHORT_SCALES: dict[str, float] = {}
#: How the page names a scale: 1e6 -> "millones" (and "millón" for exactly one).
SCALE_NAMES: dict[float, str] = {1e3: "mil", 1e6: "millones", 1e9: "mil millones", 1e12: "billones"}
SCALE_NAMES_ONE: dict[float, str] = {1e3: "mil", 1e6: "millón", 1e9: "mil millones", 1e12: "billón"}
#: Counts below this take the singular scale name (Spanish: only one, "1 millón", "1,5 millones").
SCALE_SINGULAR_BELOW = 1.0
#: Words after a number that make it a percentage: "45 por ciento".
PERCENT_WORDS = ("por ciento",)
#: How the page writes a percentage after the number.
PERCENT_SIGN = "\u00a0%"
#: How digits are grouped and where the decimals start: "12.500,5"; a four-digit number is
#: not grouped ("2500"), as the Real Academia advises.
THOUSANDS_SEPARATOR = "."
DECIMAL_SEPARATOR = ","
GROUP_FROM = 10000

#: Words before a number that make it approximate: "cerca de 600".
APPROXIMATE = (
    *("cerca de", "cerca del", "alrededor de", "alrededor del", "unos", "unas", "casi", "casi el"),
    *("aproximadamente", "aprox.", "en torno a", "en torno al", "del orden de", "un estimado de"),
    *("una estimación de", "estimado en", "estimada en", "estimados en", "estimadas en"),
    *("aproximadamente unos", "aproximadamente el", "unos aproximadamente"),
)
#: Words before a number that make it a lower bound: "más de 600" is shown "600+".
AT_LEAST = (
    *("más de", "más del", "mas de", "al menos", "al menos el", "por lo menos", "como mínimo"),
    *("superior a", "superior al", "por encima de", "por encima del", "poco más de", "algo más de"),
)
#: Words before a number that make it an upper bound: "menos de 20" is shown "<20".
AT_MOST = (
    *("menos de", "menos del", "por debajo de", "por debajo del", "inferior a", "inferior al"),
    *("poco menos de", "no más de", "como máximo"),
)
#: Words before a number that make it a ceiling: "hasta 9,5 %".
UP_TO = ("hasta", "hasta el", "hasta un")
#: How the page writes a ceiling.
UP_TO_DISPLAY = "hasta"
#: Stems that make a number an estimate, which the label says.
ESTIMATE_STEMS = ("estima",)
#: How a label says a number is an estimate.
ESTIMATED_LABEL = "estimación"
#: Words that open a range of numbers: "entre 10 y 20", "de 10 a 20".
RANGE_OPENERS = ("entre", "entre un", "entre el", "de", "del", "desde")
#: Words that join the two ends of a range.
RANGE_JOINS = ("y", "y un", "y el", "a", "al", "hasta")
#: Words that join two amounts of one kind into a range: "3 millones a 5 millones".
AMOUNT_RANGE_JOINS = ("a", "hasta")

#: Units glued to a number by a hyphen (Spanish does not build such compounds).
MEASURE_UNITS: tuple[str, ...] = ()
#: Units of time in "cuatro años después": narrative time, not a figure.
TIME_UNITS = (
    *("años", "año", "meses", "mes", "semanas", "semana", "días", "día", "décadas", "década"),
    *("horas", "hora"),
)
#: Words after a unit of time that make it narrative: "cuatro años después".
RELATIVE_TIME = ("después", "más tarde", "antes", "atrás")
#: "cayó un 61 % en dos años", "en los últimos cinco años".
PERIOD_OPENERS = ("últimos", "últimas", "próximos", "próximas", "en")
#: Words before a number of units of time that make it narrative: "hace cuatro años".
RELATIVE_TIME_BEFORE = ("hace",)
#: Words after a number that make it a time of day: "a las 10 h", "9 a.m.".
CLOCK_WORDS = ("h", "hrs", "a.m", "p.m", "am", "pm")
#: An age that describes a person: "una mujer de 47 años de edad".
AGE_SUFFIXES = (" años de edad",)
#: People described by an age limit: "niños menores de cinco años".
AGE_GROUPS = (
    *("niños", "niñas", "personas", "jóvenes", "adultos", "mujeres", "hombres", "los", "las"),
    *("menores", "bebés"),
)
#: Words that make the number after them an age limit.
AGE_LIMITS = ("menores de", "mayores de", "de menos de", "de más de")
AGED: tuple[str, ...] = ()
AGE_OF: tuple[str, ...] = ()
#: Words before an age at which something happens: "jubilarse a los 60 años".
AGE_AT = ("a los", "a las")
YEARS_OF_AGE = ("años",)
#: Articles before an hour of the day: "a las 18 horas".
CLOCK_ARTICLES = ("a las", "las", "a la")
HOURS = ("horas", "hora", "h", "hrs")
#: Nouns that name a document or a part of one by its number: "la circular 7550".
DOCUMENT_NOUNS = (
    *("artículo", "artículos", "ley", "decreto", "resolución", "circular", "expediente"),
    *("apartado", "párrafo", "inciso", "fracción", "recomendación", "oficio", "folio"),
)
#: People described by how many children they have: "una madre de cuatro hijos".
PARENTS = ("madre", "padre", "abuela", "abuelo")
PARENT_OF = ("de",)
#: A ratio: "uno de cada cinco", "1 de cada 3".
RATIO_JOINS = ("de cada",)
RATIO_EVERY: tuple[str, ...] = ()
#: How many words may stand between a ratio's part and its join ("1 élève sur 2").
RATIO_NOUN_WORDS = 0
#: The articles that make a small number in words a reference: "los dos partidos".
DEFINITE_ARTICLES = ("el", "la", "los", "las")
#: Abbreviations for "number": "Nº 5", "núm. 5" name a thing.
NUMBER_ABBREVIATIONS = ("no", "nº", "n°", "núm", "num")
#: The word that joins the last items of a list: "...; y 3. Financiar ...".
LIST_JOINS = ("y",)
#: Endings that make a word a day's name (none in Spanish: `DAY_NAMES` lists them).
DAY_NAME_ENDINGS: tuple[str, ...] = ()

#: Words that end the noun phrase naming what a number counts.
LABEL_STOP = frozenset(
    [
        *("es", "son", "era", "eran", "fue", "fueron", "ha", "han", "había", "habían", "será"),
        *("serán", "sido", "está", "están", "estaba", "estaban", "estuvieron", "tiene", "tienen"),
        *("tenía", "tenían", "puede", "pueden", "podría", "podrían", "debe", "deben", "hay"),
        *("en", "a", "al", "desde", "hasta", "por", "para", "con", "sin", "sobre", "tras"),
        *("durante", "entre", "contra", "hacia", "según", "ante", "bajo", "mediante", "de"),
        *("del", "y", "e", "o", "u", "pero", "que", "quien", "quienes", "cual", "cuales"),
        *("cuyo", "cuya", "donde", "cuando", "como", "si", "porque", "mientras", "aunque"),
        *("este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "su", "sus", "se"),
        *("lo", "le", "les", "ellos", "ellas", "nosotros", "hoy", "ayer", "ahora"),
        *("actualmente", "todavía", "aún", "también", "solo", "sólo", "ya", "más", "menos"),
    ]
)
#: Past tenses that are never participles (Spanish marks them by their endings instead).
PAST_ONLY: frozenset[str] = frozenset()
#: Endings of finite verbs, which end a label: "300 personas huyeron", "50 murieron".
FINITE_VERB_ENDINGS = ("aron", "ieron", "aban", "ían")
#: Words with a finite verb's ending that are nouns ("gouvernement").
NOT_VERBS: frozenset[str] = frozenset()
#: Endings of adverbs, which end a label ("300 personas actualmente ...").
ADVERB_ENDINGS = ("mente",)
NOT_ADVERBS: frozenset[str] = frozenset()
#: Endings of participles ("detenidas") and of gerunds ("esperando").
PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
GERUND_ENDINGS = ("ando", "iendo", "yendo")
#: Particles of phrasal verbs (none in Spanish).
PARTICLES: tuple[str, ...] = ()
#: Auxiliaries that open a predicate after a number: "50 han sido liberados".
AUXILIARIES = frozenset(["ha", "han", "había", "habían", "fue", "fueron", "son", "es", "era", "eran", "sido"])
#: Words that may open a label and are kept: "45 % de la población", "por año".
LABEL_OPENERS = ("de", "del", "por")
#: The preposition of "nueve de los detenidos", and the words after it.
PARTITIVE = ("de",)
#: Between a part and its whole: "9 de los 14 no tuvieron abogado".
PART_OF_WHOLE_JOINS = ("de los", "de las", "de un total de", "de")
#: A verb just before a count that says what happened to those counted ("injured 6 workers" ->
#: "6 workers injured"). Spanish puts "a" and a preterite there ("hirió a 6 trabajadores"),
#: whose participle must agree with the noun: not read yet.
WHAT_HAPPENED_VERBS: frozenset[str] = frozenset()
DEMONSTRATIVES = ("los", "las", "ellos", "ellas", "estos", "estas", "esos", "esas")
#: Prepositions before a place: "600 personas en Isla Margarita".
PLACE_PREPOSITIONS = ("en",)
#: The word that joins two words of a name.
NAME_JOINS = ("y", "e")
#: Words that are not dropped before a capitalised word that starts a name.
NAME_CONTINUERS = ("y", "e", "de", "del", "por")
#: Words dropped from either end of a label.
LEADING_DROP = frozenset(
    [
        *("un", "una", "unos", "unas", "el", "la", "los", "las", "de", "del", "a", "al", "en"),
        *("por", "para", "con", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras"),
    ]
)
#: Words that end a predicate label: "50 han sido liberados por el tribunal".
PREDICATE_STOP = frozenset(["por", "en", "desde", "porque", "y", "a", "de", "con", "tras"])
#: Capitalised words before a number that do not make it a code ("Unos 50", "Más de 600").
NOT_CODE_WORDS = frozenset(
    [
        *("Unos", "Unas", "Cerca", "Alrededor", "Casi", "Más", "Menos", "Al", "Sólo", "Solo"),
        *("Hasta", "Entre", "De", "Del", "El", "La", "Los", "Las", "En", "Por", "Con", "Y"),
        *("Aproximadamente", "Apenas", "Otros", "Otras", "Todos", "Según", "Hace", "Desde"),
        *("Un", "Una", "Unos", "Sus", "Su"),
    ]
)
#: Nouns that count people without saying anything more about them.
GENERIC_PEOPLE = frozenset(["personas", "persona", "individuos", "gente"])
#: Nouns for people held, displaced or harmed.
PEOPLE_NOUNS = GENERIC_PEOPLE | frozenset(
    [
        *("detenidos", "detenidas", "presos", "presas", "prisioneros", "manifestantes"),
        *("refugiados", "migrantes", "civiles", "residentes", "víctimas", "sobrevivientes"),
        *("desplazados", "desplazadas"),
    ]
)
#: Words that end a label found before a number.
BEFORE_STOP = frozenset(["entre", "unos", "unas", "cerca", "alrededor", "casi", "hasta"])
#: Determiners: a label before a number starts after the last one.
DETERMINERS = frozenset(
    ["el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta", "estos", "estas"]
)
#: Relative pronouns that start a clause.
RELATIVES = ("que", "quien", "quienes", "cual", "cuales")
#: Words after a number that make it a rate: "3 millones por año".
RATE_WORDS = ("por", "al", "cada", "a la")
RATE_UNITS = ("año", "mes", "semana", "día", "persona", "hora")
#: "5 millones para financiar clínicas": the marker of what money is for, and the words
#: that may not follow it as its object.
PURPOSE_MARKER = "para"
PURPOSE_NOT_OBJECT = (
    *("en", "el", "la", "los", "las", "un", "una", "de", "del", "a", "al", "y", "o", "por"),
    *("para", "con", "su", "sus"),
)
#: Verbs of change before a number, and the noun a label uses: "las exportaciones cayeron
#: un 4 %" -> "caída de exportaciones".
CHANGE_NOUNS: dict[str, str] = {
    **dict.fromkeys(("aumentó", "aumentaron", "aumentará", "aumentarán"), "aumento"),
    **dict.fromkeys(("creció", "crecieron", "crecerá"), "crecimiento"),
    **dict.fromkeys(("cayó", "cayeron", "caerá"), "caída"),
    **dict.fromkeys(("bajó", "bajaron"), "descenso"),
    **dict.fromkeys(("disminuyó", "disminuyeron"), "disminución"),
    **dict.fromkeys(("subió", "subieron"), "subida"),
}
CHANGE_JOIN = "de"
CHANGE_AUXILIARIES = ("ha", "han", "podría", "podrían")
CHANGE_BY = ("en", "un", "el")
CHANGE_HEDGES = ("solo", "sólo", "apenas")

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

#: Words that negate, compared without accents and case ("jamás" is "jamas"): "Nadie … debe
#: callar" left out of "Nadie puede ni debe callar" is not what was said. "apenas" (hardly)
#: too: leaving it out overstates.
NEGATIONS: frozenset[str] = frozenset(
    {
        *("no", "ni", "nunca", "jamas", "nadie", "nada", "ningun", "ninguno", "ninguna"),
        *("ningunos", "ningunas", "tampoco", "sin", "apenas"),
    }
)
#: Word endings that negate; Spanish has none.
NEGATION_ENDINGS: tuple[str, ...] = ()
#: Elided negations that start a word; Spanish has none.
NEGATION_ELISIONS: tuple[str, ...] = ()
#: Second parts: words that complete a negation standing at most `NEGATION_REACH` words before
#: them in the same sentence: "No toleraremos *más* detenciones" (no more), "nunca *más*", "No
#: quedan *más* que diez médicos" and "No pedimos *sino* justicia" (only: without it, none).
#: ("nunca", "nada", "nadie" after "no" are negations themselves, above.)
NEGATION_SECOND_PARTS: tuple[str, ...] = ("mas", "sino")
#: How many words a second part may stand after its negation ("no lo toleraremos más": 3).
NEGATION_REACH = 4
#: Phrases every word of which belongs to the negation: "*ya no*" (no longer), "*todavía no*"
#: and "*aún no*" (not yet): "Ya no hay médicos" is not "No hay médicos".
NEGATION_PHRASES: tuple[str, ...] = ("ya no", "ya nunca", "ya nada", "todavia no", "aun no")

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
DEMAND_CLAUSE_SUBJECTS = ("ellos", "ellas", "él", "ella")
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
#: "El sindicato *quiere que* el Gobierno financie ...": el deseo de que otro actúe, una demanda.
DEMAND_WANT: tuple[str, ...] = ()
DEMAND_WANT_THAT = ("quiere que", "quieren que", "queremos que")
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
    "es obligación",
    "es deber",
    "es responsabilidad",
    "urge que",
)
DEMAND_ONLY_WAY = ("la única forma", "la única manera", "la única vía", "la única solución", "la mejor forma")
DEMAND_ONLY_WAY_IS = ("es", "pasa por")
DEMAND_NECESSITY_FOR = ("de",)  # "es obligación *del* Estado prevenir ..."
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
#: Negations between a link and its infinitive: "pidió a las organizaciones no politizar".
DEMAND_INFINITIVE_NEGATIONS = ("no", "nunca", "no volver a")
#: After a share ("3 in 4", "45%"), an opinion verb reports a survey's finding ("3 in 4 *think* ...").
DEMAND_RATIO_WORDS = ("de cada", "sobre")
DEMAND_OPINION_VERBS = ("piensan", "creen", "consideran", "opinan", "dicen", "afirman")
DEMAND_NOT_AN_ACT = ("saber", "entender", "comprender")
DEMAND_CLAUSE_WORDS = ("que", "dijo", "pero", "porque", "afirmó", "señaló")
DEMAND_EMPTY_SUBJECTS = ()
DEMAND_WHAT = ("lo que",)
DEMAND_RELATIVES = ("quien", "quienes", "cual", "cuales", "si", "cuyo", "cuya")
DEMAND_ADDRESSEE_FILLERS = ("también", "además", "hoy", "nuevamente")
#: "instamos *al* Estado a ...": the preposition fused with the addressee's article.
DEMAND_CONTRACTIONS = {"al": ("a", "el"), "del": ("de", "el")}
#: "a las autoridades federales *y a* la Fiscalía": "las autoridades federales y la Fiscalía".
DEMAND_ADDRESSEE_JOINS = ("y", "e", "así como", "o")
DEMAND_ADDRESSEE_PREPOSITIONS = ("a",)
DEMAND_RECIPIENT_PREPOSITIONS = ("a", "al")
#: "La red *pide* al Ministerio:": a lead-in naming who the list asks.
DEMAND_LIST_LEAD_VERBS = ("propone", "proponemos", "recomienda", "recomendamos")
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
#: A place's relative clause after the ask says what happened there: ", where a collapse injured six".
DEMAND_TAIL_PLACE_RELATIVES = ("donde", "en donde")
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
#: A reporting tag closing a demand's sentence (", *the* union *has said* today"): its article,
DEMAND_TAIL_ARTICLES = ("el", "la", "los", "las")
#: its auxiliary,
DEMAND_TAIL_AUX = ("ha", "han")
#: its verb,
DEMAND_TAIL_VERBS = ("dicho", "afirmado", "advertido", "declarado", "añadido")
#: and when or where it was said.
DEMAND_TAIL_WHEN = ("hoy", "ayer", "en un comunicado", "en un informe", "en una carta")
#: ", *with* a rights group calling ...": a trailing clause that comments on the demand,
DEMAND_TAIL_WITH = ("con",)
#: and the determiners of a subject joined after a demand ("... and *the* Government is ...").
DEMAND_TAIL_DETERMINERS = ("el", "la", "los", "las", "un", "una")
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
TITLE_DANGLING = (
    *("y", "e", "o", "u", "pero", "el", "la", "los", "las", "un", "una", "de", "del", "a", "al"),
    *("en", "con", "por", "para", "que", "quien", "como", "sobre", "ante", "su", "sus"),
)
TITLE_RELEASE_LABELS = (
    *("comunicado", "comunicado de prensa", "comunicado conjunto", "nota de prensa"),
    *("declaración", "declaración conjunta", "declaración pública", "pronunciamiento"),
    *("boletín", "boletín de prensa", "carta abierta", "para difusión inmediata", "urgente"),
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
    "informó",
    "informa",
    "informaron",
    "indicó",
    "indica",
    "anunció",
    "anuncia",
    "explicó",
    "aseguró",
    "dijeron",
    "afirmaron",
    "señalaron",
    "declararon",
    "pidieron",
    "exigieron",
    "denunciaron",
    "instaron",
    "han pedido",
    "ha pedido",
    "han exigido",
    "ha exigido",
    "ha denunciado",
    "han denunciado",
    "ha instado",
    "han instado",
    "urgió",
    "urgieron",
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
#: "Press Release: RTU": a release line naming its publisher.
ISSUER_RELEASE_LABELS = ("comunicado de prensa", "comunicado", "nota de prensa")
ISSUER_TIME_WORDS = ("hoy", "ayer", "ha", "han")
ISSUER_ARTICLES = ("el", "la", "los", "las")
#: "By dpa correspondents": a byline naming a wire's staff, whose agency publishes the text.
PUBLISHER_CREW_NOUNS = ("corresponsal", "corresponsales", "redacción")
#: A day after a name that is not part of it ("Sen. Jo Doe *on Thursday* introduced ...").
ISSUER_DAY_PHRASES = (
    "el lunes",
    "el martes",
    "el miércoles",
    "el jueves",
    "el viernes",
    "el sábado",
    "el domingo",
    "esta semana",
)
#: "This report was *compiled by* members of ...": who wrote or signed the statement.
ISSUER_AUTHORED_BY = (
    "firmado por",
    "firmada por",
    "elaborado por",
    "elaborada por",
    "redactado por",
    "redactada por",
    "suscrito por",
    "suscrita por",
)
#: Where the authors' names end ("members of ... *from* every valley of the region").
ISSUER_AUTHORS_END = ("de todo", "tras", "después", "durante", "para")
#: "*Desde* la comunidad X queremos ...": a lead that names who "we" are before a verb in the
#: first person plural (its ending in ISSUER_WE_ENDINGS).
ISSUER_WE_FROM: tuple[str, ...] = ("desde",)
ISSUER_WE_ENDINGS: tuple[str, ...] = ("mos",)
#: Words that point back to someone named before: the page's Context never opens with one.
SUMMARY_BACK_REFERENCES = ("él", "ella", "ellos", "ellas", "esto", "este", "esta", "su", "sus")
#: "*We are* a group of ...", "*We are* the Valley Tenants' Alliance": a statement saying who "we" are.
ISSUER_WE_ARE = ("somos",)
#: After ISSUER_WE_ARE, the words before a description ("a group of", "the").
ISSUER_WE_ARE_GROUP = ("un grupo de", "un", "una", "el", "la", "los", "las")
#: A title before a person's name ("*Dr* Jo Doe"): a person speaking, not the issuer.
ISSUER_PERSON_TITLES = ("sr", "sra", "dr", "dra")
#: A role before a person's name ("interior *minister* Jo Doe"): a person, not the issuer.
ISSUER_PERSON_ROLES = (
    "ministro",
    "ministra",
    "secretario",
    "secretaria",
    "director",
    "directora",
    "portavoz",
    "presidente",
    "presidenta",
    "senador",
    "senadora",
    "diputado",
    "diputada",
)
#: The label of a press-contact line, whose organisation is the issuer's ("Contact: Jo Doe, Coast Network").
ISSUER_CONTACT_LABELS = ("contacto", "contactos", "contacto de prensa")
#: Un artículo que no es nombre ("*Un* grupo de organizaciones"): en minúscula, pues la página
#: lo imprime en mitad de la frase ("Declaración de un grupo de organizaciones").
ISSUER_INDEFINITE_ARTICLES = ("un", "una", "unos", "unas")
#: La despedida de una carta, tras la que van sus firmantes, uno por línea ("Atentamente,").
ISSUER_CLOSINGS = (
    "atentamente",
    "cordialmente",
    "firman",
    "firmantes",
    "firmado",
    "firmado por",
    "suscriben",
)
#: "(y otras 34 organizaciones)": la línea que cuenta los firmantes no nombrados.
ISSUER_OTHERS_WORDS = ("otras", "otros")
ISSUER_AND = "y"
ISSUER_OTHERS = "otras"

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────

#: Offices of the state: a speaker described by one ("dijo X, portavoz del Gobierno")
#: speaks for the other side in a statement whose issuer holds none of them (an NGO
#: quoting the government's answer).
STATE_ROLES = (
    "gobierno",
    "ministro",
    "ministra",
    "ministerio",
    "policía",
    "ejército",
    "fiscalía",
    "embajada",
    "secretario de estado",
    "secretaria de estado",
)

#: Títulos de un jefe de Estado o de Gobierno, solos ante un nombre ("el presidente Karl Brandt").
HEAD_OF_STATE_TITLES = ("presidente", "presidenta", "primer ministro", "primera ministra")
#: Palabras que dicen que el cargo ya no se ocupa ("exministra", "ex ministro").
NOT_IN_OFFICE = ("ex", "exministro", "exministra", "antiguo", "antigua", "oposición", "expresidente")
#: Una empresa o quien la dirige ("consejero delegado de Minera Andes", "Minera Andes S.A.").
COMPANY_OFFICERS = ("consejero delegado", "consejera delegada", "ceo", "gerente general")
COMPANY_WORDS = (
    *("empresa", "empresas", "compañía", "corporación", "multinacional", "s.a.", "s.l.", "patronal"),
    *("accionistas",),
)
#: Los órganos del Estado (no sus cargos): hablan por el Estado como órgano ("el Gobierno dijo")
#: o por boca de quien habla por ellos ("portavoz del Gobierno").
STATE_BODIES = ("gobierno", "ministerio", "policía", "ejército", "fiscalía", "embajada")
#: Cargos que hablan por una organización ("portavoz de la empresa"), no sus trabajadores.
SPEAKS_FOR = (
    *("portavoz", "vocero", "vocera", "representante", "director", "directora", "gerente"),
    *("presidente", "presidenta", "directivo", "directiva", "dueño", "dueña"),
    *("agente", "comisario", "comisaria", "jefe", "jefa"),
)
#: Una parte en un juicio o su abogado ("abogado de los acusados", "la demandante").
CASE_PARTIES = (
    *("demandante", "demandantes", "demandado", "demandada", "demandados", "acusado", "acusada"),
    *("acusados", "querellante", "querellantes", "abogado de", "abogada de", "abogados de"),
    *("defensa de",),
)
#: Sustantivos que hacen de un nombre el de una organización civil ("Red de Vigilancia Policial").
CIVIC_NOUNS = (
    *("red", "coalición", "alianza", "fundación", "campaña", "movimiento", "federación"),
    *("asociación", "sindicato", "observatorio", "colectivo", "plataforma", "liga", "coordinadora"),
)
#: "Nosotras, las organizaciones abajo firmantes, ...".
WE_SUBJECT = ("nosotros", "nosotras")

# Formas de los verbos que refieren lo dicho: `», dijo X`, `afirmó María López`.
SPEECH_VERBS: tuple[str, ...] = (
    *("dijo", "dijeron", "dice", "dicen", "afirmó", "afirmaron", "afirma", "afirman", "señaló"),
    *("señalaron", "señala", "señalan", "declaró", "declararon", "declara", "declaran", "indicó"),
    *("indicaron", "indica", "indican", "advirtió", "advirtieron", "advierte", "advierten"),
    *("subrayó", "subrayaron", "subraya", "subrayan", "explicó", "explicaron", "explica"),
    *("añadió", "añadieron", "añade", "agregó", "agregaron", "agrega", "aseguró", "aseguraron"),
    *("asegura", "aseguran", "comentó", "comentaron", "comenta", "manifestó", "manifestaron"),
    *("manifiesta", "precisó", "precisa", "puntualizó", "destacó", "destacaron", "destaca"),
    *("recalcó", "recalca", "enfatizó", "enfatiza", "insistió", "insiste", "recordó", "recuerda"),
    *("sostuvo", "sostiene", "anunció", "anuncia", "escribió", "escribe", "reconoció", "reconoce"),
    *("admitió", "alertó", "alertaron", "alerta", "alertan", "apuntó", "apunta", "concluyó"),
    *("concluye", "informó", "informa", "informaron", "lamentó", "lamenta", "denunció", "denuncia"),
    *("denunciaron", "denuncian", "criticó", "critica", "condenó", "condena", "celebró"),
    *("sentenció", "expresó", "expresaron", "expresa", "aseveró", "reiteró", "reitera", "opinó"),
    *("establece", "establecen", "constató", "constata", "consideró", "considera", "estimó"),
)
SPEECH_PARTICIPLES: tuple[str, ...] = (
    *("dicho", "afirmado", "señalado", "declarado", "indicado", "advertido", "subrayado"),
    *("explicado", "añadido", "agregado", "asegurado", "comentado", "manifestado", "destacado"),
    *("denunciado", "alertado", "expresado", "reiterado", "recordado", "insistido", "lamentado"),
)
CUE_AUXILIARIES: tuple[str, ...] = ("ha", "han", "había", "habían", "habría", "también")
PUBLISH_VERBS: tuple[str, ...] = ("publicó", "publica", "emitió", "emite", "difundió", "difunde")
REPLY_VERBS: tuple[str, ...] = (
    *("respondió", "respondieron", "responde", "contestó", "contesta", "replicó", "replica"),
    *("rechazó", "rechaza", "rechazaron", "negó", "niega", "defendió", "defiende", "desmintió"),
)
FRAME_VERBS: tuple[str, ...] = (
    *("calificó", "califica", "acusó", "acusa", "pidió", "pide", "pidieron", "exigió", "exige"),
    *("exigieron", "instó", "insta", "describió", "describe", "reclamó", "reclama", "urgió"),
    *("exhortó", "exhorta", "solicitó", "solicita", "expresó", "considera", "calificaron"),
)
ACCORDING_TO: tuple[str, ...] = ("según", "de acuerdo con", "en palabras de", "a decir de")
ACCORDING_TO_OPENING: tuple[str, ...] = ("para",)
CUE_ADVERBS: tuple[str, ...] = ("también", "además", "hoy", "ayer", "luego", "después", "asimismo")
# Conjunctions that may open the clause whose subject speaks (`…, when the minister said`).
# Relative pronouns: `X, who chairs the board, said` (the subject is before them).
RELATIVE_PRONOUNS: frozenset[str] = frozenset(["que", "quien", "quienes", "cual", "cuyo", "cuya"])
SUBORDINATORS: frozenset[str] = frozenset(
    ["y", "pero", "como", "cuando", "mientras", "porque", "aunque", "pues"]
)
PERSON_PRONOUNS: frozenset[str] = frozenset(["él", "ella"])
# A person the text calls "he" once is not the antecedent of a later "she" (and the
# other way round): the pronouns that tell a person's gender.
MASCULINE_PRONOUNS: frozenset[str] = frozenset(["él"])
FEMININE_PRONOUNS: frozenset[str] = frozenset(["ella"])
GROUP_PRONOUNS: frozenset[str] = frozenset(["ellos", "ellas"])
FIRST_PERSON: frozenset[str] = frozenset(["yo", "nosotros", "nosotras"])
ROLE_NOUNS: frozenset[str] = frozenset(
    [
        *("portavoz", "vocero", "vocera", "director", "directora", "ministro", "ministra"),
        *("presidente", "presidenta", "secretario", "secretaria", "coordinador", "coordinadora"),
        *("representante", "relator", "relatora", "líder", "activista", "dirigente", "responsable"),
        *("gobernador", "gobernadora", "alcalde", "alcaldesa", "comisionado", "comisionada"),
        *("abogado", "abogada", "periodista", "experto", "experta", "jefe", "jefa", "adjunta"),
        *("adjunto", "fundador", "fundadora", "miembro", "integrante", "investigador"),
        *("investigadora", "defensor", "defensora", "senador", "senadora", "diputado", "diputada"),
    ]
)
GROUP_NOUNS: frozenset[str] = frozenset(
    [
        *("organización", "organismo", "comisión", "comité", "gobierno", "grupo", "red", "redes"),
        *("asociación", "colectivo", "expertos", "expertas", "ministerio", "oficina", "agencia"),
        *("sindicato", "movimiento", "coalición", "alianza", "federación", "confederación"),
        *("fundación", "consejo", "asamblea", "autoridades", "policía", "ejército", "comunidad"),
        *("organizaciones", "tribunal", "corte", "fiscalía", "empresa", "plataforma", "misión"),
    ]
)
# Group nouns that only stand for an organisation named before (`the organisation said`);
# other group nouns may name a speaker on their own (`the government`, `the experts`).
GENERIC_REFERENCES: frozenset[str] = frozenset(
    ["organización", "organismo", "grupo", "entidad", "asociación", "agrupación"]
)
SOURCE_DOCUMENTS: frozenset[str] = frozenset(
    [
        *("comunicado", "informe", "carta", "documento", "declaración", "ley", "leyes"),
        *("pronunciamiento", "misiva", "desplegado", "resolución", "reporte", "texto", "decreto"),
    ]
)
DOCUMENT_VERBS: tuple[str, ...] = ("dice", "reza", "establece", "señala", "afirma", "indica")
DEFINITE_DETERMINERS: frozenset[str] = frozenset(["el", "la", "los", "las", "su", "sus", "este", "esta"])
INDEFINITE_DETERMINERS: frozenset[str] = frozenset(["un", "una", "uno"])
SPOKESPERSON_NOUNS: tuple[str, ...] = ("portavoz", "vocero", "vocera")
COORDINATORS: frozenset[str] = frozenset(["y", "e"])
HONORIFICS: frozenset[str] = frozenset(["sr", "sra", "srta", "dr", "dra", "don", "doña", "lic"])
NAME_PARTICLES: frozenset[str] = frozenset(["de", "del", "la", "las", "los", "y", "e", "da", "van", "von"])
# Words that join an organisation's name to its remit, which may be lowercase:
# `Committee against Torture`, `Comité … contre la torture`, `Comisión … para la paz`.
REMIT_WORDS: frozenset[str] = frozenset(["contra", "para", "sobre"])
NEVER_SPEAKER_START: frozenset[str] = frozenset(
    [
        *("hoy", "ayer", "mañana", "en", "durante", "desde", "cuando", "mientras", "tras", "antes"),
        *("después", "si", "como", "con", "por", "para", "sin", "a", "y", "o", "pero", "que"),
        *("este", "esta", "estos", "estas", "ese", "esa", "todo", "todos", "cada", "ya", "no"),
        *("también", "además", "aquí", "allí", "entre", "sobre", "hasta", "lo", "se", "de", "aunque"),
    ]
)
SPEAKER_TAIL_WORDS: tuple[str, ...] = (
    *("hoy", "ayer", "que", "quien", "quienes", "cual", "cuyo", "cuya", "cuando", "mientras"),
    *("tras", "este", "esta", "también", "además", "durante", "luego", "antes", "después"),
)
SPEAKER_TAIL_PREPOSITIONS: tuple[str, ...] = ("en", "a", "ante", "con", "por", "desde", "al")
WEEKDAYS: tuple[str, ...] = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
CLAUSE_WORDS: frozenset[str] = frozenset(
    [
        *("es", "son", "fue", "fueron", "era", "está", "están", "debe", "deben", "puede", "pueden"),
        *("ha", "han", "hay", "será", "sería", "no", "se", "si", "considera", "cree"),
    ]
)

# ── Reading inputs: labels a document wears above its headline (PDF, Word, text) ──────────
#: A line that labels the document rather than says something (lowercase, words only).
RELEASE_LABELS = (
    "comunicado",
    "comunicado de prensa",
    "nota de prensa",
    "acción urgente",
    "declaración",
    "para su difusión inmediata",
    "difusión inmediata",
)
#: The last word of a form's label that introduces the title ('URGENT ACTION TITLE: ...').
FORM_TITLE_LABELS = ("título", "titular", "asunto")
#: Verbs by which a statement's publisher speaks in its own text, strongest first: it asks
#: ('Amnesty International calls on'), then it announces ('the Federation launches').
PUBLISHER_ASK_VERBS = ("pide", "pidió", "insta", "instó", "exige", "exigió", "condena", "condenó", "reclama")
PUBLISHER_NEWS_VERBS = ("anuncia", "anunció", "lanza", "lanzó", "celebra")
#: Articles that may open an organisation's name ('the Red Cross').
NAME_ARTICLES = ("el", "la", "los", "las")
#: Small words inside an organisation's name ('Friends of the Earth').
NAME_LINKS = ("de", "del", "para", "y", "la", "las", "los")
#: Auxiliaries between a publisher's name and its verb ('Amnesty International has called on').
PUBLISHER_AUXILIARIES = ("ha", "han")
#: Words around a running page number in a PDF's header or footer ('Page 2 of 3').
PAGE_WORDS = ("página", "pág.", "p.")
PAGE_OF_WORDS = ("de", "/")
#: What a forwarded or answered e-mail's subject starts with ('Fwd: ').
MAIL_SUBJECT_PREFIXES = ("re", "rv", "fw", "fwd")
#: Words by which an e-mail's body says the statement is attached ('Please find attached our
#: statement'): such a body is a cover note, and the attachment is read instead.
ATTACHMENT_POINTERS = (
    "adjunto",
    "adjunta",
    "adjuntos",
    "adjuntas",
    "adjuntamos",
    "anexo",
    "anexa",
    "anexamos",
)
