"""Spanish words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

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

# ── Demands: frames, verbs, lists of asks; titles and headline boilerplate ───────────────────

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────
