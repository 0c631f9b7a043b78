"""French words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

# ── Negations (an ellipsis in a quote may never drop one) ────────────────────────────────────

# ── Demands: frames, verbs, lists of asks; titles and headline boilerplate ───────────────────

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────

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
AUXILIARIES: tuple[str, ...] = (
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
SUBORDINATORS: frozenset[str] = frozenset(
    ["et", "mais", "comme", "lorsque", "lorsqu'", "quand", "alors", "car", "puisque"]
)
PERSON_PRONOUNS: frozenset[str] = frozenset(["il", "elle"])
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
DOCUMENT_NOUNS: frozenset[str] = frozenset(
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
