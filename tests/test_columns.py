"""Balanced columns in a few layouts (briefing/columns.py): the page is the same, to the byte, as
the one WeasyPrint's own balancing makes, on pages written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import weasyprint.layout.block as block

import briefing.pdf  # installs briefing.columns
from briefing.assets import styles_dir
from briefing.contentfile import content_file_text
from briefing.model import Content, Quote
from briefing.pipeline import build_briefing
from tests.conftest import pdf_text, squash

SENTENCE = (
    "The families who stayed behind after the river rose have waited all winter for the ministry "
    "to say when the schools will open again and where the children should go in the meantime"
)
WORDS = SENTENCE.split(" ")


def _sentence(n: int, length: int) -> str:
    return " ".join(WORDS[(n + i) % len(WORDS)] for i in range(length)).capitalize() + "."


def _quotes_page(lengths: list[int], *, style: str, lead: str = "") -> str:
    figures = "".join(
        f'<figure class="quote"><blockquote>{_sentence(n, length)}</blockquote>'
        f"<figcaption>Speaker {n}</figcaption></figure>"
        for n, length in enumerate(lengths)
    )
    return (
        f"<html><head><style>body {{ font-family: sans-serif; }} figure {{ margin: 0 0 8px; padding: 4px; "
        f"border-left: 3px solid black; }} {style}</style></head>"
        f'<body>{lead}<div class="grid">{figures}</div></body></html>'
    )


def _pdf(html: str) -> bytes:
    roots = (styles_dir(),)
    document = briefing.pdf.render_document(html, base_url=styles_dir().as_uri() + "/", allowed_roots=roots)
    return document.write_pdf()  # type: ignore[no-any-return]


def _with_weasyprints_own(monkeypatch: pytest.MonkeyPatch, make: Callable[[], Any]) -> Any:
    """What `make` makes with WeasyPrint's own balancing, which lays out once per step."""
    with monkeypatch.context() as patch:
        patch.setattr(block, "columns_layout", block.columns_layout.original)
        return make()


def test_the_quicker_balancing_is_installed() -> None:
    assert getattr(block.columns_layout, "original", None) is not None


@pytest.mark.parametrize(
    ("lengths", "style"),
    [
        # quotes never split: WeasyPrint's guess of the space the next one needs is too small
        (
            [40, 12, 55, 30, 8, 44, 20],
            ".grid { columns: 2; column-gap: 12px } figure { break-inside: avoid }",
        ),
        ([90, 10, 10, 10], ".grid { columns: 2 } figure { break-inside: avoid }"),
        # quotes split between lines: the lost space is measured line by line
        ([40, 12, 55, 30, 8, 44, 20], ".grid { columns: 2 }"),
        (
            [25, 60, 15, 35, 50, 10, 30, 45],
            ".grid { columns: 3; column-gap: 2em } figure { break-inside: avoid }",
        ),
        ([30, 30], ".grid { column-width: 60mm } figure { break-inside: avoid }"),
    ],
)
def test_balanced_columns_are_laid_out_as_weasyprint_lays_them_out(
    monkeypatch: pytest.MonkeyPatch, lengths: list[int], style: str
) -> None:
    html = _quotes_page(lengths, style=style)
    assert _pdf(html) == _with_weasyprints_own(monkeypatch, lambda: _pdf(html))


@pytest.mark.parametrize(
    "style",
    [
        ".grid { columns: 2 } .grid figure:nth-child(3) { column-span: all }",  # a spanning block
        ".grid { columns: 2; height: 120mm }",  # a set height
        ".grid { columns: 2; column-fill: auto }",  # filled in turn, not balanced
        ".grid { columns: 2 } figcaption { float: right }",  # something floated inside
    ],
)
def test_other_column_layouts_are_weasyprints_own(monkeypatch: pytest.MonkeyPatch, style: str) -> None:
    html = _quotes_page([40, 12, 55, 30, 8], style=style)
    assert _pdf(html) == _with_weasyprints_own(monkeypatch, lambda: _pdf(html))


def test_a_stacked_briefing_is_the_same_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A statement of quotes only is stacked, its quotes two by two (balance.py): the built PDF
    is the one WeasyPrint's own balancing makes, with every quote on it."""
    quotes = [
        Quote(text=_sentence(n, length), speaker=f"Ana Ruiz {n}")
        for n, length in enumerate([30, 12, 48, 20, 36])
    ]
    statement = "\n\n".join(f"“{quote.text}” said {quote.speaker}." for quote in quotes)
    (tmp_path / "statement.txt").write_text(statement + "\n", encoding="utf-8")
    content = Content(title="Families in the delta still wait", summary=_sentence(3, 40), quotes=quotes)
    (tmp_path / "c.yaml").write_text(content_file_text(content, "statement.txt", "c.yaml"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    ours = build_briefing(tmp_path / "c.yaml", tmp_path / "ours.pdf")
    _with_weasyprints_own(monkeypatch, lambda: build_briefing(tmp_path / "c.yaml", tmp_path / "own.pdf"))

    assert (tmp_path / "ours.pdf").read_bytes() == (tmp_path / "own.pdf").read_bytes()
    assert ours.dropped.get("quotes", 0) == 0
    text = squash(pdf_text(tmp_path / "ours.pdf"))
    assert all(squash(quote.text) in text for quote in quotes)
