"""Balanced columns in a few layouts instead of one per pixel: WeasyPrint 70's multi-column
layout, with the balancing loop's passes whose outcome is already known skipped.

A page stacked in one column sets its quotes in two balanced columns (`.quote-columns`, see
`briefing.balance`). WeasyPrint balances columns by laying them out at the average height,
then again 1 px (or the smallest "lost space" seen so far) taller, and again, until the
content fits (`weasyprint/layout/column.py`). Its guess of the space the next quote needs is
the quote's first lines only, since it may split a box in a fresh column; a quote is never
split (`break-inside: avoid`), so the guess is far too small and the loop lays both columns
out 20 to 150 times: on the dev corpus most of a stacked page's build time (2-15 s).

Between two heights at which every column holds the same boxes (the same break points), it
holds the same boxes at every height in between, and each step of WeasyPrint's loop is then
plain arithmetic on the heights it measured. So this module walks the very same sequence of
heights, with the same float operations, but lays the columns out only at the steps that
decide something: it gallops ahead (1, 2, 4, ... steps) while the columns stay as they were,
then bisects to the first step where they change, and goes on from there. The loop ends at
the same height as WeasyPrint's, with the same break points, so the page is the same to the
byte (`tests/test_columns.py` compares the PDF with WeasyPrint's own). About 10-15 layouts
instead of 100-300 on a long page.

Only the case the templates make takes this path: one run of columns (no `column-span`), no
set height, from the top of the box (no resumed page), `column-fill: balance`, nothing
floated, positioned or a footnote inside. Anything else is handed to WeasyPrint's own function,
as is everything on a WeasyPrint other than 70.x, whose `column.py` this follows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from math import floor, inf
from typing import Any

# WeasyPrint has no type hints: its boxes, layout context and skip stacks are `Any` here.
Box = Any
LayoutContext = Any

FOLLOWS_VERSION = "70."  # the WeasyPrint whose column.py this follows (see `install`)
MAX_STEPS = 1 << 20  # a gallop never runs this far; a guard, should a layout never fit


def install() -> None:
    """Have WeasyPrint lay multi-column boxes out with `columns_layout`, on the version it
    follows; any other version keeps its own."""
    import weasyprint
    import weasyprint.layout.block as block
    import weasyprint.layout.column as column

    if not weasyprint.__version__.startswith(FOLLOWS_VERSION):
        return
    if getattr(block.columns_layout, "original", None) is None:
        original = column.columns_layout

        def installed(*args: Any) -> Any:
            return columns_layout(original, *args)

        installed.original = original  # type: ignore[attr-defined]
        block.columns_layout = installed


def columns_layout(
    original: Callable[..., Any],
    context: LayoutContext,
    box: Box,
    bottom_space: float,
    skip_stack: Any,
    containing_block: Box,
    page_is_empty: bool,
    absolute_boxes: list[Box],
    fixed_boxes: list[Box],
    adjoining_margins: list[float],
    first_letter_style: Any,
    first_line_style: Any,
) -> Any:
    """Lay out a multi-column `box` as WeasyPrint's `columns_layout` (`original`) does, with
    fewer layouts when balancing (see the module's docstring)."""
    args = (
        context,
        box,
        bottom_space,
        skip_stack,
        containing_block,
        page_is_empty,
        absolute_boxes,
        fixed_boxes,
        adjoining_margins,
        first_letter_style,
        first_line_style,
    )
    if skip_stack or not _is_simple(context, box):
        return original(*args)
    return _Columns(*args).lay_out()


def _is_simple(context: LayoutContext, box: Box) -> bool:
    """The one case this module lays out: see the module's docstring."""
    style = box.style
    if style["height"] != "auto" or style["position"] == "relative" or style["column_fill"] != "balance":
        return False
    if not box.children or any(child.style["column_span"] == "all" for child in box.children):
        return False
    if context.current_footnote_area.height != "auto" or context.current_page_footnotes:
        return False
    return not any(_out_of_flow(descendant) for descendant in box.descendants())


def _out_of_flow(box: Box) -> bool:
    style = box.style
    return bool(style["float"] != "none" or style["position"] in ("absolute", "fixed"))


@dataclass
class _Render:
    """The columns laid out once at a height: what the balancing loop reads of them."""

    height: float
    boxes: list[Box] = field(default_factory=list)
    resumes: list[Any] = field(default_factory=list)  # each column's break point (skip stack)
    # per column: the height it uses, bottom margin included (None: no box in the flow), and
    # the least height the box after its break would need (WeasyPrint's guess)
    used: list[float | None] = field(default_factory=list)
    next_needs: list[float] = field(default_factory=list)
    consumed: list[float] = field(default_factory=list)  # bottom margin left out
    skip_stack: Any = None  # where the content resumes after the last column: None, it all fits

    def same_breaks(self, other: _Render) -> bool:
        """Whether the columns broke at the same places, so measured the same."""
        return (self.resumes, self.used, self.next_needs, self.skip_stack) == (
            other.resumes,
            other.used,
            other.next_needs,
            other.skip_stack,
        )

    def lost_space(self, height: float, lost: float) -> float:
        """WeasyPrint's "lost space" after a layout at `height` with these break points: the
        least positive shortfall (over 1 px) of any column for the box after its break."""
        for used, need in zip(self.used, self.next_needs, strict=True):
            empty = 0 if used is None else height - used
            need = 0 if used is None else need
            if need - empty > 1:
                lost = min(lost, need - empty)
        return lost


class _Columns:
    """One multi-column box being laid out (the arguments of WeasyPrint's `columns_layout`)."""

    def __init__(self, *args: Any) -> None:
        (
            self.context,
            box,
            self.bottom_space,
            _skip_stack,
            self.containing_block,
            self.page_is_empty,
            self.absolute_boxes,
            self.fixed_boxes,
            adjoining_margins,
            self.first_letter_style,
            self.first_line_style,
        ) = args
        from weasyprint.layout.block import block_level_width, collapse_margin

        self.context.in_column = True
        self.box = box.copy_with_children(box.children)
        self.box.position_y += collapse_margin(adjoining_margins)
        block_level_width(self.box, self.containing_block)
        self.count, self.width, self.gap = _count_and_widths(self.box)
        self.children = [child.copy() for child in self.box.children]
        self.top = self.box.content_box_y() + collapse_margin([])
        self.excluded_shapes = self.context.excluded_shapes[:]

    def lay_out(self) -> Any:
        """The laid-out box, its skip stack, the next page, and WeasyPrint's other returns."""
        from weasyprint.layout.block import collapse_margin
        from weasyprint.layout.column import _create_column_box, _report_footnotes

        context = self.context
        max_height = context.page_bottom - self.top - self.bottom_space
        self.column_box = _create_column_box(
            self.box, self.containing_block, self.children, self.width, self.top
        )
        height = self._balanced_height(max_height)
        bottom_space = max(self.bottom_space, context.page_bottom - self.top - height)
        columns, column_skip_stack, next_page = self._final_columns(bottom_space)
        max_column_height = 0
        for column in columns:
            max_column_height = max(max_column_height, column.margin_height())
        for column in columns:
            column.height = max_column_height
        _report_footnotes(context, 0)
        context.in_column = False
        box = self.box
        if not columns:
            return None, (0, None), {"break": "any", "page": None}, [], False
        box.children = columns
        bottom = self.top + min(max_height, max_column_height) + collapse_margin([])
        _set_heights(box, bottom - box.content_box_y(), columns)
        skip_stack = None
        if column_skip_stack:
            (skip,) = column_skip_stack.keys()
            skip_stack = {skip: column_skip_stack[skip]}
        return box, skip_stack, next_page, [], False

    def _balanced_height(self, max_height: float) -> float:
        """The height WeasyPrint's balancing loop ends at: the first of its steps at which the
        content fits, or the maximum height."""
        first = self._render(max_height, balancing=False)
        lost = first.lost_space(max_height, inf)
        if first.skip_stack or max(first.consumed) > max_height:
            return max_height  # the content overflows even at the maximum height
        spans = _spans(first.boxes[0], self.top)
        target = _fitting_height(spans, self.count)
        if len(spans) != len(self.children):
            spans = []  # the break points cannot be told apart from the boxes: guess the end only
        render = self._render(sum(first.consumed) / self.count, balancing=True)
        lost = render.lost_space(render.height, lost)
        while render.skip_stack is not None:
            steps = _Steps(render, lost, max_height)
            guess = min(target, _next_break(spans, render.resumes, self.count))
            change = self._first_change(steps, steps.first_reaching(guess))
            if change is None:  # the loop steps up to the maximum height without a change
                return max_height
            step, render = change
            lost = render.lost_space(render.height, steps.losts[step - 1])
        return render.height

    def _first_change(self, steps: _Steps, guess: int) -> tuple[int, _Render] | None:
        """The first step at which the columns break elsewhere than in `steps.render`, and its
        layout; None if the loop reaches the maximum height first. Looks at step `guess` and
        the one before it first, then gallops ahead or bisects back: the columns break as in
        `steps.render` up to some step and elsewhere from it on, so the answer is exact
        whatever the guess, which only saves layouts when it is right."""
        same, ahead, stride = 0, guess, 1
        changed: _Render | None = None
        while changed is None:
            if ahead > MAX_STEPS or steps.height(ahead) is None:
                ahead = steps.last()
                if ahead <= same:
                    return None
            render = self._render(steps.heights[ahead], balancing=True)
            if not render.same_breaks(steps.render):
                changed = render
            elif ahead == steps.last() and steps.end is not None:
                return None
            else:
                same, ahead, stride = ahead, ahead + stride, stride * 2
        middle = ahead - 1  # the guess was right if the step before it breaks as before
        while ahead - same > 1:
            render = self._render(steps.heights[middle], balancing=True)
            if render.same_breaks(steps.render):
                same = middle
            else:
                ahead, changed = middle, render
            middle = (same + ahead) // 2
        return ahead, changed

    def _render(self, height: float, *, balancing: bool) -> _Render:
        """Lay the columns out once at `height`, as one pass of WeasyPrint's loop does."""
        from weasyprint.layout.block import block_box_layout, remove_placeholders

        context = self.context
        del context.excluded_shapes[len(self.excluded_shapes) :]
        render = _Render(height)
        column_skip_stack = None
        for _ in range(self.count):
            new_box, resume_at, _next_page, _, _, _ = block_box_layout(
                context, self.column_box, context.page_bottom - self.top - height, column_skip_stack,
                self.containing_block, not balancing, [], [], [], self.first_letter_style,
                self.first_line_style, discard=False, max_lines=None,
            )  # fmt: skip
            if new_box is None:
                column_skip_stack = {0: None}
                break
            render.boxes.append(new_box)
            column_skip_stack = resume_at
            self._measure(render, new_box, resume_at)
            if resume_at is None:
                break
        render.skip_stack = column_skip_stack
        remove_placeholders(context, render.boxes, [], [])
        return render

    def _measure(self, render: _Render, new_box: Box, resume_at: Any) -> None:
        """What the loop reads of one column: its used height and the next box's least need."""
        from weasyprint.layout.block import block_box_layout, remove_placeholders

        in_flow = [child for child in new_box.children if child.is_in_normal_flow()]
        render.resumes.append(resume_at)
        if not in_flow:
            render.used.append(None)
            render.next_needs.append(0)
            render.consumed.append(0)
            return
        used = in_flow[-1].margin_height() + in_flow[-1].position_y - self.top
        render.used.append(used)
        render.consumed.append(used - in_flow[-1].margin_bottom)
        need = 0
        if resume_at:
            next_box = block_box_layout(
                self.context, self.column_box, inf, resume_at, self.containing_block, True, [], [], [],
                self.first_letter_style, self.first_line_style, discard=False, max_lines=None,
            )[0]  # fmt: skip
            for child in next_box.children:
                if child.is_in_normal_flow():
                    need = child.margin_height()
                    break
            remove_placeholders(self.context, [next_box], [], [])
        render.next_needs.append(need)

    def _final_columns(self, bottom_space: float) -> tuple[list[Box], Any, Any]:
        """The columns laid out for good at the balanced height (WeasyPrint's last loop)."""
        from weasyprint.layout.block import block_box_layout
        from weasyprint.layout.column import _create_column_box

        box, style = self.box, self.box.style
        columns: list[Box] = []
        skip_stack = next_page = None
        for index in range(self.count):
            column_box = _create_column_box(box, self.containing_block, self.children, self.width, self.top)
            if style["direction"] == "rtl":
                column_box.position_x += box.width - (index + 1) * self.width - index * self.gap
            else:
                column_box.position_x += index * (self.width + self.gap)
            new_child, skip_stack, next_page, _, _, _ = block_box_layout(
                self.context, column_box, bottom_space, skip_stack, self.containing_block,
                self.page_is_empty, self.absolute_boxes, self.fixed_boxes, None,
                self.first_letter_style, self.first_line_style, discard=False, max_lines=None,
            )  # fmt: skip
            if new_child is None:
                return [], skip_stack, next_page
            columns.append(new_child)
            if skip_stack is None:
                break
        return columns, skip_stack, next_page


class _Steps:
    """The heights WeasyPrint's loop would step through while the columns break as they did in
    `render`: each step adds the lost space so far (1 px while there is none), and the lost
    space takes in each step's shortfalls, computed as WeasyPrint computes them."""

    def __init__(self, render: _Render, lost: float, max_height: float) -> None:
        self.render = render
        self.max_height = max_height
        self.heights = [render.height]  # step 0 is `render`'s; `height` adds the next ones
        self.losts = [lost]  # the lost space after each step's layout
        self.end: int | None = None  # the step past which the loop stops at the maximum height

    def height(self, step: int) -> float | None:
        """The height of the loop's `step`-th layout after `render`'s (None: it stops before)."""
        while len(self.heights) <= step and self.end is None:
            lost = self.losts[-1]
            height = self.heights[-1] + (1 if lost == inf else lost)
            if height > self.max_height:
                self.end = len(self.heights) - 1
                break
            self.heights.append(height)
            self.losts.append(self.render.lost_space(height, lost))
        return self.heights[step] if step < len(self.heights) else None

    def first_reaching(self, height: float) -> int:
        """The first step (from 1) whose height is at least `height`, or the last step."""
        if height == inf:  # no guess: start from the next step
            return 1
        step = 1
        while (reached := self.height(step)) is not None and reached < height and step < MAX_STEPS:
            step += 1
        return step if reached is not None else max(1, self.last())

    def last(self) -> int:
        """The last step before the maximum height (only once `height` found it)."""
        return self.end if self.end is not None else len(self.heights) - 1


def _spans(column: Box, top: float) -> list[tuple[float, float]]:
    """Where each box of `column` (the content laid out in one column) starts and ends."""
    return [
        (child.position_y - top, child.position_y - top + child.margin_height())
        for child in column.children
        if child.is_in_normal_flow()
    ]


def _next_break(spans: list[tuple[float, float]], resumes: list[Any], count: int) -> float:
    """The least height at which a column of a layout breaking at `resumes` takes one more box,
    if each box stays as tall as in one column (a guess; inf where a box was split)."""
    start, least = 0, inf
    for resume in resumes:
        if resume is None:
            return least  # this column holds the rest
        ((end, inside),) = resume.items()
        if inside is not None or end >= len(spans):
            return inf
        least = min(least, spans[end][1] - spans[start][0])
        start = end
    if len(resumes) < count and start < len(spans):  # a column that could not take its first box
        least = min(least, spans[start][1] - spans[start][0])
    return least


def _fitting_height(spans: list[tuple[float, float]], count: int) -> float:
    """The least height at which boxes spanning `spans` in one column fill at most `count`
    columns if each stays as tall as there: about where balancing ends, a guess."""
    if not spans:
        return inf
    tallest = max((end - start for start, end in spans), default=0)
    heights = sorted({end - start for index, (start, _) in enumerate(spans) for _, end in spans[index:]})
    return next(
        (height for height in heights if height >= tallest and _columns_needed(spans, height) <= count), inf
    )


def _columns_needed(spans: list[tuple[float, float]], height: float) -> int:
    """How many columns of `height` the boxes spanning `spans` fill, one after another."""
    columns, start = 1, spans[0][0]
    for top, bottom in spans:
        if bottom - start > height:
            columns, start = columns + 1, top
    return columns


def _count_and_widths(box: Box) -> tuple[int, float, float]:
    """The number of columns, their width and the gap between them, as WeasyPrint sets them."""
    from weasyprint.layout.percent import percentage

    style = box.style
    width, count = style["column_width"], style["column_count"]
    gap = (
        style["font_size"]
        if style["column_gap"] == "normal"
        else percentage(style["column_gap"], box.style, box.width)
    )
    if width == "auto" and count != "auto":
        width = max(0, box.width - (count - 1) * gap) / count
    elif width != "auto" and count == "auto":
        count = max(1, floor((box.width + gap) / (width + gap)))
        width = (box.width + gap) / count - gap
    else:  # overconstrained, with width != 'auto' and count != 'auto'
        count = max(1, min(count, floor((box.width + gap) / (width + gap))))
        width = (box.width + gap) / count - gap
    return count, width, gap


def _set_heights(box: Box, height: float, columns: list[Box]) -> None:
    """The box's height and its columns', respecting `min-height`, as WeasyPrint sets them."""
    if box.height == "auto":
        box.height = height
        difference = 0
    else:
        difference = box.height - height
    if box.min_height != "auto" and box.min_height > box.height:
        difference += box.min_height - box.height
        box.height = box.min_height
    for child in columns[::-1]:
        if child.is_column:
            child.height += difference
        else:
            break
