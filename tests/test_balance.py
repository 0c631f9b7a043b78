"""Balancing the two columns (balance.py): where the context goes, and when the page is
stacked, judged on content written for these tests and on the built page."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from briefing.balance import column_plan, estimate_columns
from briefing.model import Content, Demand, Quote
from tests.conftest import run_briefing

LONG_DEMAND = (
    "publish, within thirty days, the names, whereabouts and legal status of every person detained "
    "since the floods began, and let their families and lawyers visit them"
)
LONG_QUOTE = (
    "We have walked from camp to camp along the river for six weeks now, and in every one of them "
    "we met families who had been told nothing at all about when they could go home."
)
SUMMARY = (
    "The Network visited the delta after the floods. It found families living in tents and schools "
    "closed. It asked the ministry for a plan, and has had no answer. The rains return in October."
)


def _content(demands: int, quotes: int, summary: str = SUMMARY) -> Content:
    return Content(
        title="Families in the delta still without homes",
        summary=summary,
        demands=[Demand(text=f"{LONG_DEMAND} ({n})") for n in range(demands)],
        quotes=[Quote(text=LONG_QUOTE.replace("six", str(n + 2)), speaker="Ana Ruiz") for n in range(quotes)],
    )


def test_even_columns_stay_as_designed() -> None:
    assert column_plan(_content(demands=3, quotes=2), "standard") == "main"
    assert column_plan(_content(demands=4, quotes=2), "handout") == "side"


def test_the_context_moves_under_the_quotes_when_the_demands_run_long() -> None:
    content = _content(demands=8, quotes=3)
    columns = estimate_columns(content, "standard")
    assert columns.main + columns.context > columns.side
    assert column_plan(content, "standard") == "side"


def test_a_page_no_placement_evens_is_stacked() -> None:
    assert column_plan(_content(demands=1, quotes=4), "standard") == "stacked"
    assert column_plan(_content(demands=1, quotes=4, summary=""), "handout") == "stacked"


def test_a_page_with_one_kind_only_is_one_column() -> None:
    assert column_plan(_content(demands=0, quotes=4), "standard") == "stacked"
    assert column_plan(_content(demands=6, quotes=0), "handout") == "stacked"
    assert column_plan(_content(demands=0, quotes=0), "handout") == "side"  # the context alone


def _words(pdf: Path) -> tuple[list[dict[str, object]], float]:
    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        return page.extract_words(), float(page.width)


def test_on_the_page_the_context_stands_under_the_quotes(tmp_path: Path) -> None:
    from briefing.contentfile import content_file_text

    statement = "\n\n".join([SUMMARY, *(f"We ask the ministry to {LONG_DEMAND} ({n})." for n in range(8))])
    quotes = "\n\n".join(f"“{LONG_QUOTE.replace('six', str(n + 2))}” said Ana Ruiz." for n in range(3))
    (tmp_path / "statement.txt").write_text(statement + "\n\n" + quotes + "\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        content_file_text(_content(8, 3), "statement.txt", "c.yaml"), encoding="utf-8"
    )
    result = run_briefing("build", "c.yaml", "-o", "c.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    words, width = _words(tmp_path / "c.pdf")
    context = next(word for word in words if word["text"] == "CONTEXT")
    demands = next(word for word in words if word["text"] == "DEMANDS")
    assert float(context["x0"]) > width / 2 > float(demands["x0"])  # type: ignore[arg-type]
