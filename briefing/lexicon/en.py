"""English words used by the extraction and verification rules (see `briefing.lexicon`)."""

from __future__ import annotations

# ── Numbers, dates, currencies, approximation (figures and their verification) ──────────────

# ── Negations (an ellipsis in a quote may never drop one) ────────────────────────────────────

# ── Demands: frames, verbs, lists of asks; titles and headline boilerplate ───────────────────

# ── Attribution: speech verbs, role nouns, back-references, never a speaker ─────────────────

# ── Reading inputs: labels a document wears above its headline (PDF, Word, text) ──────────
#: A line that labels the document rather than says something (lowercase, words only).
RELEASE_LABELS = (
    "press release",
    "news release",
    "media release",
    "for immediate release",
    "urgent action",
    "statement",
    "press statement",
    "joint statement",
    "media advisory",
    "embargoed",
)
#: The last word of a form's label that introduces the title ('URGENT ACTION TITLE: ...').
TITLE_LABELS = ("title", "headline", "subject")
#: Verbs by which a statement's publisher speaks in its own text, strongest first: it asks
#: ('Amnesty International calls on'), then it announces ('the Federation launches').
PUBLISHER_ASK_VERBS = (
    "calls on",
    "called on",
    "call on",
    "urges",
    "urged",
    "demands",
    "condemns",
    "condemned",
)
PUBLISHER_NEWS_VERBS = ("announces", "announced", "launches", "launched", "welcomes")
#: Articles that may open an organisation's name ('the Red Cross').
NAME_ARTICLES = ("the",)
#: Small words inside an organisation's name ('Friends of the Earth').
NAME_LINKS = ("of", "for", "and", "on")
