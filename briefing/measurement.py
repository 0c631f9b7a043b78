"""What one layout pass measured, as plain data: the content's height against the page's, and
the height and column of every item the page may leave out.

The PDF engine's module makes it (`briefing.pdf.measure_page` walks WeasyPrint's boxes); the
fitting policy (`briefing.fit`) only reads it, so the policy can be tested with made-up
measurements and no engine at all. Lengths are CSS px.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PX_PER_MM = 96 / 25.4


@dataclass
class Placed:
    """An item the page may leave out, as measured: its kind, height and column."""

    kind: str  # "demands" or "quotes"
    height: float
    flow: int  # which column it is in (any number that is the same for one column)


@dataclass
class Measurement:
    """The content's height on the page and where its droppable items stand, in CSS px."""

    height: float  # of the whole content, however far below the page's bottom it runs
    available: float  # the page's height for content (above the footer)
    pages: int
    items: list[Placed] = field(default_factory=list)
    flow_bottoms: dict[int, float] = field(default_factory=dict)  # column -> where its content ends

    @property
    def fill(self) -> float:
        """How full the page is: 1 is exactly full, above 1 runs over."""
        return self.height / self.available

    @property
    def fits(self) -> bool:
        """One page, with the content above the bottom (half a pixel spare for rounding)."""
        return self.pages == 1 and self.height <= self.available - 0.5
