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
