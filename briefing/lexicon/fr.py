"""French words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

# ── Negations (an ellipsis in a quote may never drop one) ────────────────────────────────────

#: Words that negate, compared without accents and case ("guère" is "guere"): "ne … pas"
#: comes in two parts and each counts. "guère" (hardly) too: leaving it out overstates. Not
#: "plus" nor "que" ("ne … plus", "ne … que"): their "ne" is enough, and "plus" alone is "more".
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

# ── Demands: frames, verbs, lists of asks; titles and headline boilerplate ───────────────────

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────
