"""Quotation marks, dashes, spaces and currency signs: the same in every language.

One home for the characters every stage folds, splits or skips, so that extraction,
verification and the read-back never disagree about what a quotation mark or a dash is.
"""

from __future__ import annotations

#: Every character that may open or close a quotation (folded to `"` by verification).
QUOTE_MARKS = "\"'“”„‟«»‹›‘’‚‛′″`´"
#: The marks that may open a quotation at the start of a line or sentence.
OPENING_MARKS = "\"“‘'«„"
#: Double quotation marks as English text sets them: straight and curly.
DOUBLE_MARKS = '"“”'
#: Every dash and hyphen (folded to "-" by verification).
DASHES = "-‐‑‒–—―−⁃﹘﹣－"
#: The dashes that separate clauses: en dash and em dash.
CLAUSE_DASHES = "–—"
#: Invisible characters that never change the wording: soft hyphen, zero-width space and
#: joiners, word joiner, byte-order mark.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
#: Spaces other than the plain one that behave like it for every rule (no-break, figure,
#: narrow no-break, ideographic space, tab).
ODD_SPACES = "\u00a0\u2007\u202f\u3000\t"
#: The spaces that may group a number's thousands: "1 250", "1\u00a0250", "1\u202f250".
GROUP_SPACES = " \u00a0\u202f"
#: Currency signs, as a regular-expression character class body.
CURRENCY_SIGNS = "$\u00a3\u20ac\u00a5\u20b9"
#: What may stand before "$" to say whose dollar: "US$", "A$", "HK$".
DOLLAR_PREFIXES = ("US", "A", "AU", "NZ", "C", "HK", "S")
#: ISO currency codes a statement writes before an amount.
CURRENCY_CODES = ("USD", "GBP", "EUR", "AUD", "CAD", "CHF", "JPY")
