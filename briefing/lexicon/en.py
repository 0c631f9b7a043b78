"""English words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

# ── Negations (an ellipsis in a quote may never drop one) ────────────────────────────────────

#: Words that negate what follows or what they stand for, compared without accents and case:
#: an ellipsis that leaves one out may invert a quote ("We do … support" from "We do not
#: support"). Words that only weaken ("hardly", "barely") count too: leaving them out
#: overstates.
NEGATIONS: frozenset[str] = frozenset(
    {
        *("not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "noone", "no-one"),
        *("nowhere", "without", "cannot", "nay", "hardly", "barely", "scarcely", "seldom"),
    }
)
#: Word endings that negate: "don't", "won't", "isn't".
NEGATION_ENDINGS: tuple[str, ...] = ("n't",)
#: Elided negations that start a word (French "n'est"); English has none.
NEGATION_ELISIONS: tuple[str, ...] = ()

# ── Demands: frames, verbs, lists of asks; titles and headline boilerplate ───────────────────

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────
