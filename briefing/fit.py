"""Stage 5, fit: a `Content` and `PageSettings` in, exactly one laid-out page out.

The policy is here; making and measuring a pass is not: `engine_lay_out` makes each pass with
`render.render_html` and `pdf.render_document`, and `pdf.measure_page` measures it into plain
`measurement.Measurement` data, so the policy runs the same on a fake's measurements (see
`fit_to_page`'s `lay_out`). Nothing is written here.

Every layout pass is on the real page, and measures the content's whole height in the box
tree, even where it runs below the page's bottom (the body is one unbreakable box, see
`render.page_css`), so each pass is both a measurement and, if it fits, the page:

1. Lay the page out as designed. If it fits and is at least 80% full, that is the page.
2. Otherwise compute one knob `q` from the measured overflow (or empty space): the page's
   height relative to its height as designed. Below 1, spacing is tightened first, then the
   type is scaled down to its floor (body and quotes 9 pt; the footer is a fixed 7.8 pt);
   above 1, a page less than 80% full is scaled up to a ceiling (never a thin page: no
   demands and no quotes). Height is modelled as a
   power of `q`; every further measurement refines the model (a secant in log-log).
3. If even the floor does not fit, whole items are left out from the end of their lists
   (the least important), using the measured height of each and of each column, keeping at
   least one of each kind.

That is one layout pass when the page fits as designed, two in the usual case; a missed
prediction costs one more. `strict` refuses to leave anything out and says how much is over.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from briefing.errors import FitError
from briefing.measurement import PX_PER_MM, Measurement, Placed
from briefing.model import Content
from briefing.provenance import Provenance
from briefing.render import BASE_FONT_PT, page_stylesheet, render_html
from briefing.settings import PageSettings

MIN_SCALE = 9.0 / BASE_FONT_PT  # body text and quotes never below 9 pt
MAX_SCALE = 1.3  # a sparse page grows, but not into a poster
MIN_SPACING = 0.6
SPACING_SAVES = 0.14  # share of the height full tightening is assumed to save, before measuring
HEIGHT_EXPONENT = 1.6  # height ~ scale**1.6: wrapped text grows with the square, headings linearly
UNDERFULL = 0.8  # a page less full than this is scaled up (one more pass)
TARGET_SHRINK = 0.975  # aim just under the bottom, so rounding never spills a line over
TARGET_GROW = 0.93
MAX_PASSES = 10
Q_MIN = (1 - SPACING_SAVES) * MIN_SCALE**HEIGHT_EXPONENT
Q_MAX = MAX_SCALE**HEIGHT_EXPONENT
DROPPABLE = ("demands", "quotes")  # left out from the end, by measured height
# The key figures share one row: past four, each box is too narrow for a number set large, so
# only the four most important are shown whatever the page's height.
MAX_FIGURES = 4
LISTED = ("figures", *DROPPABLE)
# No page holds more than this many demands or quotes even at the smallest type; past it, items
# are left out before the first pass, which also keeps a huge statement's first pass short.
MAX_ITEMS = 30  # every kind the page may show only part of


@dataclass
class FitResult:
    """The fitted page: its HTML and laid-out document, and how it was made to fit."""

    html: str
    document: Any  # weasyprint.Document
    content: Content  # what is on the page, after any items were left out
    settings: PageSettings
    passes: int
    fill: float
    dropped: dict[str, int]  # kind -> how many were left out
    totals: dict[str, int]  # kind -> how many the content had

    def drop_reports(self) -> list[str]:
        """What was left out, in plain words: one line for the user per reason."""
        reports = []
        parts = [f"{self.dropped[k]} of {self.totals[k]} {k}" for k in DROPPABLE if self.dropped.get(k)]
        if parts:
            reports.append(
                f"left out {' and '.join(parts)} to fit one page; put them back by shortening the "
                "summary or removing items in the content file."
            )
        if self.dropped.get("figures"):
            reports.append(
                f"showing the first {MAX_FIGURES} of {self.totals['figures']} figures (the row holds "
                f"{MAX_FIGURES}); reorder the figures in the content file to choose others."
            )
        return reports

    def describe(self) -> str:
        """One line for verbose output."""
        return (
            f"fitted in {self.passes} layout passes: type at {self.settings.scale:.0%}, "
            f"spacing at {self.settings.spacing:.0%}, page {min(self.fill, 1):.0%} full."
        )


def settings_for(knob: float, base: PageSettings) -> PageSettings:
    """The spacing and type scale for a knob value (see the module's docstring)."""
    knob = min(max(knob, Q_MIN), Q_MAX)
    if knob >= 1:
        return replace(base, scale=min(MAX_SCALE, knob ** (1 / HEIGHT_EXPONENT)), spacing=1.0)
    if knob >= 1 - SPACING_SAVES:
        tightened = (1 - knob) / SPACING_SAVES
        return replace(base, scale=1.0, spacing=1 - tightened * (1 - MIN_SPACING))
    scale = (knob / (1 - SPACING_SAVES)) ** (1 / HEIGHT_EXPONENT)
    return replace(base, scale=max(MIN_SCALE, scale), spacing=MIN_SPACING)


class _Model:
    """Height as a power of the knob, refined from every measurement (secant in log-log)."""

    def __init__(self) -> None:
        self.points: dict[float, float] = {}

    def add(self, knob: float, height: float) -> None:
        self.points[round(knob, 6)] = height

    def reset(self) -> None:
        self.points.clear()

    def predict(self, knob: float) -> float:
        (k1, h1), slope = self._line()
        return float(h1 * (knob / k1) ** slope)

    def solve(self, height: float) -> float:
        (k1, h1), slope = self._line()
        return float(k1 * (height / h1) ** (1 / slope))

    def _line(self) -> tuple[tuple[float, float], float]:
        ordered = sorted(self.points.items())
        if len(ordered) < 2:
            return ordered[0], 1.0
        # the secant through the smallest and the largest knob measured
        (k1, h1), (k2, h2) = ordered[0], ordered[-1]
        if math.isclose(k1, k2) or h1 <= 0 or h2 <= 0:
            return ordered[-1], 1.0
        slope = math.log(h2 / h1) / math.log(k2 / k1)
        return (k2, h2), min(max(slope, 0.4), 2.5)


@dataclass
class LaidOut:
    """One layout pass: the page's HTML, the engine's document and what was measured."""

    html: str
    document: Any  # weasyprint.Document; whatever a fake layout returns in tests
    measurement: Measurement


LayOut = Callable[[Content, PageSettings], LaidOut]  # content at these settings -> one measured pass


def engine_lay_out(provenance: Provenance, base: PageSettings) -> LayOut:
    """Layout passes made by the template and the PDF engine (`briefing.pdf`), measured in
    the engine's box tree. The stylesheet is the same in every pass: read once."""
    from briefing.pdf import measure_page, render_document

    stylesheet = page_stylesheet(base)

    def lay_out(content: Content, settings: PageSettings) -> LaidOut:
        html = render_html(content, provenance, settings)
        document = render_document(
            html, base_url=_base_url(), allowed_roots=settings.resource_roots(), stylesheet=stylesheet
        )
        return LaidOut(html, document, measure_page(document))

    return lay_out


def fit_to_page(
    content: Content,
    provenance: Provenance,
    settings: PageSettings,
    *,
    strict: bool = False,
    on_pass: Callable[[str], None] | None = None,
    lay_out: LayOut | None = None,
) -> FitResult:
    """Lay `content` out on exactly one page, shrinking, growing or leaving out items as needed.
    `lay_out` makes and measures one pass (default: the template and the PDF engine)."""
    fitting = _Fitting(content, settings, strict=strict, on_pass=on_pass)
    return fitting.run(lay_out or engine_lay_out(provenance, settings))


def items_kept_at_most(content: Content, *, strict: bool) -> dict[str, int]:
    """How many of each kind the page can show at all, before any pass: the first
    `MAX_FIGURES` figures, at most `MAX_ITEMS` demands and quotes (`strict` refuses more)."""
    totals = {kind: len(getattr(content, kind)) for kind in LISTED}
    kept = dict(totals)
    kept["figures"] = min(totals["figures"], MAX_FIGURES)
    for kind in DROPPABLE:
        kept[kind] = min(totals[kind], MAX_ITEMS)
        if strict and kept[kind] < totals[kind]:
            raise FitError(
                f"the briefing has {totals[kind]} {kind}, more than one page can hold ({MAX_ITEMS} at the "
                f"most): remove {kind} in the content file, or build without --strict to leave out the "
                "least important ones."
            )
    return kept


class _Fitting:
    """The fitting policy (see the module's docstring): which knob to lay out next, and what
    to leave out, from the measurements of the passes so far."""

    def __init__(
        self,
        content: Content,
        settings: PageSettings,
        *,
        strict: bool,
        on_pass: Callable[[str], None] | None,
    ) -> None:
        self.content = content
        self.settings = settings
        self.strict = strict
        self.on_pass = on_pass
        self.totals = {kind: len(getattr(content, kind)) for kind in LISTED}
        self.kept = items_kept_at_most(content, strict=strict)
        self.model = _Model()
        self.passes = 0
        self.best: tuple[LaidOut, float] | None = None  # the fullest page that fitted, and its knob

    def run(self, lay_out: LayOut) -> FitResult:
        """Lay out pass after pass until the best page is known; the fitted page."""
        knob: float | None = 1.0
        while knob is not None:
            laid_out = self._pass(lay_out, knob)
            knob = self._next_knob(knob, laid_out)
        assert self.best is not None  # every way out of the loop above has a page that fitted
        best, knob = self.best
        dropped = {kind: self.totals[kind] - self.kept[kind] for kind in LISTED}
        return FitResult(
            best.html,
            best.document,
            _keep(self.content, self.kept),
            settings_for(knob, self.settings),
            self.passes,
            best.measurement.fill,
            dropped,
            self.totals,
        )

    def _pass(self, lay_out: LayOut, knob: float) -> LaidOut:
        """Lay the page out at `knob`, and learn from what was measured."""
        self.passes += 1
        page_settings = settings_for(knob, self.settings)
        laid_out = lay_out(_keep(self.content, self.kept), page_settings)
        page = laid_out.measurement
        if self.on_pass:
            self.on_pass(
                f"pass {self.passes}: type {page_settings.scale:.0%}, spacing {page_settings.spacing:.0%}, "
                f"{page.fill:.0%} of the page"
            )
        self.model.add(knob, page.height)
        if page.fits and (self.best is None or page.fill > self.best[0].measurement.fill):
            self.best = (laid_out, knob)
        return laid_out

    def _next_knob(self, knob: float, laid_out: LaidOut) -> float | None:
        """The knob of the next pass, or None when the best page so far is the page."""
        page = laid_out.measurement
        if page.fits:
            return self._grown(knob, page)
        if self.best is not None:
            return None  # growing overshot: keep the largest page that fitted
        if self.passes >= MAX_PASSES:
            raise FitError(_over_message(page.height, page.available, self.settings))
        if knob > Q_MIN:
            # shrink to the predicted height; if that is below the floor, lay out the floor,
            # which is then measured to choose what to leave out
            return float(max(Q_MIN, min(self.model.solve(page.available * TARGET_SHRINK), knob * 0.99)))
        self._leave_out_items(page)
        return knob

    def _grown(self, knob: float, page: Measurement) -> float | None:
        """A page that fits but is less than `UNDERFULL` full is laid out again, larger (never
        a thin page)."""
        if page.fill >= UNDERFULL or knob >= Q_MAX or self.passes >= MAX_PASSES or is_thin(self.content):
            return None
        grown = min(Q_MAX, self.model.solve(page.available * TARGET_GROW))
        return None if grown <= knob * 1.01 else grown

    def _leave_out_items(self, page: Measurement) -> None:
        """The smallest readable type does not fit: leave out whole items, from measurements."""
        if self.strict:
            raise FitError(_over_message(page.height, page.available, self.settings))
        new_kept = _choose_drops(page, self.kept)
        if new_kept is None or new_kept == self.kept:
            raise FitError(
                "the title, figures and summary alone do not fit one page even with the smallest "
                "readable type: shorten the summary or the title in the content file."
            )
        self.kept = new_kept
        self.model.reset()  # the content changed: earlier heights no longer apply


def is_thin(content: Content) -> bool:
    """A page with no demands and no quotes is thin: it is never scaled up to fill the sheet,
    which would pass a near-empty page off as a full one."""
    return not content.demands and not content.quotes


def _choose_drops(measured: Measurement, kept: dict[str, int]) -> dict[str, int] | None:
    """How many of each kind to keep so the page fits at the smallest type, or None if leaving
    out items cannot make it fit. Items go from the end of the longest column first, taking
    the kind of which the largest share is still kept, so some of each kind stays."""
    kept = dict(kept)
    by_kind: dict[str, list[Placed]] = {
        kind: [p for p in measured.items if p.kind == kind] for kind in DROPPABLE
    }
    limit = measured.available * TARGET_SHRINK
    bottoms = dict(measured.flow_bottoms)
    height = measured.height
    while height > limit:
        if not bottoms:
            return None
        tallest = max(bottoms, key=lambda flow: bottoms[flow])
        candidates = [
            kind
            for kind in DROPPABLE
            if kept[kind] > 1
            and len(by_kind[kind]) >= kept[kind]
            and by_kind[kind][kept[kind] - 1].flow == tallest
        ]
        if not candidates:
            return None
        originals = {kind: max(len(by_kind[kind]), 1) for kind in DROPPABLE}
        kind = max(candidates, key=lambda k: (kept[k] / originals[k], k == "quotes"))
        saved = by_kind[kind][kept[kind] - 1].height
        kept[kind] -= 1
        before = max(bottoms.values())
        bottoms[tallest] -= saved
        height -= before - max(bottoms.values())
    return kept


def _keep(content: Content, kept: dict[str, int]) -> Content:
    if all(kept[kind] == len(getattr(content, kind)) for kind in LISTED):
        return content
    return content.model_copy(update={kind: getattr(content, kind)[: kept[kind]] for kind in LISTED})


def _over_message(height: float, available: float, settings: PageSettings) -> str:
    over_mm = (height - available) / PX_PER_MM
    share = height / available - 1
    paper = "A4" if settings.paper == "a4" else "Letter"
    return (
        f"the briefing is about {share:.0%} too long for one {paper} "
        f"page (about {over_mm:.0f} mm over) even with the smallest readable type: shorten the summary or "
        "remove demands or quotes in the content file, or build without --strict to leave out the least "
        "important ones."
    )


def _base_url() -> str:
    from briefing.assets import styles_dir

    return styles_dir().as_uri() + "/"
