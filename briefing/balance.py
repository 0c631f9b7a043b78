"""Balancing the page's two columns: a `Content` in, where the template puts its blocks out.

The two-column templates set the demands beside the quotes. When one column runs far shorter
than the other, the page has a hole: the short column ends half way down while the long one
runs on. Before laying out, the template asks `column_plan` where the context goes (under
the demands or under the quotes, whichever evens the columns), or whether to stack the page in
one column, with the quotes two by two below, when no placement evens them.

The estimate counts lines from the text's length and each column's width in characters,
which is close enough to choose a placement: the fitting stage then scales the chosen page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefing.model import Content

# Characters per line of body text in each column, at the designed size on A4 (measured on the
# bundled templates: Inter at 10.5 pt averages about 1.85 mm a character).
_COLUMN_CHARACTERS = {"standard": (50, 38), "handout": (42, 35)}
HEADING_LINES = 2.2  # a section's heading with its rule and gap
QUOTE_EXTRA_LINES = 2.3  # a quote's caption, padding and gap
DEMAND_EXTRA_LINES = 0.4
# Columns this even stay as designed; otherwise the context goes where it evens them best, and
# a page whose columns stay shorter than `UNEVEN` of each other is stacked in one column.
EVEN_ENOUGH = 0.85
UNEVEN = 0.75


@dataclass(frozen=True)
class Columns:
    """Estimated heights, in lines, of the main column (demands) and the side column (quotes)."""

    main: float
    side: float
    context: float

    def evenness(self, context_in: str) -> float:
        """The shorter column's height as a share of the longer's, with the context in
        `context_in` ("main" or "side")."""
        main = self.main + (self.context if context_in == "main" else 0)
        side = self.side + (self.context if context_in == "side" else 0)
        if max(main, side) == 0:
            return 1.0
        return min(main, side) / max(main, side)


def _lines(text: str | None, width: int) -> float:
    return math.ceil(len(text) / width) if text else 0


def estimate_columns(content: Content, template: str) -> Columns:
    """The columns' heights in lines, for a two-column template ("standard", "handout")."""
    main_width, side_width = _COLUMN_CHARACTERS.get(template, _COLUMN_CHARACTERS["standard"])
    demands = sum(
        _lines(f"{d.text} ({d.addressee})" if d.addressee else d.text, main_width - 4) + DEMAND_EXTRA_LINES
        for d in content.demands
    )
    quotes = sum(_lines(q.text, side_width - 3) + QUOTE_EXTRA_LINES for q in content.quotes)
    context_width = main_width if template == "standard" else side_width
    context = _lines(content.summary, context_width) + HEADING_LINES if content.summary else 0.0
    main = demands + HEADING_LINES if content.demands else 0.0
    side = quotes + HEADING_LINES if content.quotes else 0.0
    return Columns(main, side, context)


def column_plan(content: Content, template: str) -> str:
    """Where the template puts the context: "main" (with the demands), "side" (with the
    quotes), or "stacked" (one column, the quotes two by two below) when neither evens them,
    or when the page has only one column's worth of blocks anyway (no demands, or no quotes)."""
    default = DEFAULT_CONTEXT.get(template, "main")
    if not content.demands or not content.quotes:
        return "stacked" if content.demands or content.quotes else default
    columns = estimate_columns(content, template)
    if columns.evenness(default) >= EVEN_ENOUGH:
        return default
    best = max(("main", "side"), key=columns.evenness)
    if columns.evenness(best) >= UNEVEN:
        return best
    return "stacked"


DEFAULT_CONTEXT = {"standard": "main", "handout": "side"}
