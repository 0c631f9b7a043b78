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

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────
