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

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────

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
TITLE_LABELS = ("titre", "objet")
#: Verbs by which a statement's publisher speaks in its own text, strongest first: it asks
#: ('Amnesty International calls on'), then it announces ('the Federation launches').
PUBLISHER_ASK_VERBS = ("appelle", "a appelé", "exhorte", "exige", "condamne", "demande", "réclame")
PUBLISHER_NEWS_VERBS = ("annonce", "a annoncé", "lance", "a lancé", "salue")
#: Articles that may open an organisation's name ('the Red Cross').
NAME_ARTICLES = ("le", "la", "les", "l’", "l'")
#: Small words inside an organisation's name ('Friends of the Earth').
NAME_LINKS = ("de", "du", "des", "pour", "et", "la", "le", "l’")
