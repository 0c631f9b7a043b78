"""Spanish words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

# ── Negations (an ellipsis in a quote may never drop one) ────────────────────────────────────

# ── Demands: frames, verbs, lists of asks; titles and headline boilerplate ───────────────────

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────

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
AUXILIARIES: tuple[str, ...] = ("ha", "han", "había", "habían", "habría", "también")
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
SUBORDINATORS: frozenset[str] = frozenset(
    ["y", "pero", "como", "cuando", "mientras", "porque", "aunque", "pues"]
)
PERSON_PRONOUNS: frozenset[str] = frozenset(["él", "ella"])
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
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    [
        *("comunicado", "informe", "carta", "documento", "declaración", "ley", "leyes"),
        *("pronunciamiento", "misiva", "desplegado", "resolución", "reporte", "texto", "decreto"),
    ]
)
DOCUMENT_VERBS: tuple[str, ...] = ("dice", "reza", "establece", "señala", "afirma", "indica")
DEFINITE_DETERMINERS: frozenset[str] = frozenset(["el", "la", "los", "las", "su", "sus", "este", "esta"])
INDEFINITE_DETERMINERS: frozenset[str] = frozenset(["un", "una", "uno"])
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
