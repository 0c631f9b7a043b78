"""PDF reader: a PDF's text layer in reading order (pdfminer.six, MIT), made back into the
statement its author typed.

pdfminer groups characters into lines and lines into boxes, in reading order (two columns
included). Then, by named rules below: running headers, footers and page numbers repeated
across pages are dropped; lines are joined back into paragraphs (a line ends a paragraph when
the next line's first word would have fitted on it); a word hyphenated at a line end is joined;
ligatures are decomposed; private-use bullets become "•"; a soft hyphen (U+00AD) inside a line
stands for a visible hyphen (some exporters write every hyphen that way) and is kept as "-".

A PDF with no text layer (a scan), one that needs a password, or a damaged one is refused
with the reason and what to do.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from briefing.errors import InputError
from briefing.readers import ReadInput
from briefing.readers.blocks import LIST_MARKER, fold_spaces, join_blocks

MAX_PAGES = 60  # a statement is a few pages; past this, it is a report
MIN_TEXT_CHARS = 20  # less text than this over all pages: there is no text layer
MARGIN_SHARE = 0.12  # running headers and footers sit in the page's top and bottom 12 %

_LIGATURES: dict[str, str | int | None] = {
    chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)
}
# Symbol-font bullets that land in the private-use area (Word's  U+F0B7 and its kin).
_PRIVATE_BULLETS: dict[str, str | int | None] = dict.fromkeys(
    map(chr, (0xF0B7, 0xF0A7, 0xF0D8, 0xF0FC, 0xF076, 0xF06E, 0xF0A8)), "•"
)
_DECORATIVE_RUN = re.compile(r"[\u00ad_=~*.\u2013\u2014-]{4,}")
_HYPHEN_END = re.compile(r"([^\W\d_])[-\u00ad]$")
_STARTS_LOWER = re.compile(r"^[^\W\d_]", re.U)


@dataclass
class Line:
    """One line of a text box: its text, where it sits, and the size of its type."""

    text: str
    x0: float
    x1: float
    top: float  # distance from the page's top
    size: float


@dataclass
class Box:
    """A text box: lines pdfminer found to belong together, on one page."""

    page: int
    lines: list[Line]
    x0: float
    x1: float


def read(data: bytes, name: str, *, url: str | None = None, charset: str | None = None) -> ReadInput:
    """Read a PDF's text as paragraphs, with its language if the PDF declares one."""
    boxes, heights, lang = _layout(data, name)
    if sum(len(line.text.strip()) for box in boxes for line in box.lines) < MIN_TEXT_CHARS:
        raise InputError(
            f"{name}: no text in this PDF: it is a scan (pictures of pages) or its text is drawn as "
            "shapes; run OCR first (e.g. ocrmypdf) or copy the statement's text into a .txt file."
        )
    boxes = attach_markers(drop_running_lines(boxes, heights))
    title = display_title(boxes)
    blocks: list[str] = []
    for box in boxes:
        for paragraph in paragraphs(box, column_right(box, boxes)):
            if blocks and continues(blocks[-1], paragraph):
                blocks[-1] = join_lines([blocks[-1], paragraph])
            else:
                blocks.append(paragraph)
    return ReadInput(text=join_blocks(blocks), format="pdf", title=title, url=url, lang=lang)


_MARKER_ONLY = re.compile(r"^(?:[-*•·▪◦‣–]|\d{1,3}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)])$")


def attach_markers(boxes: list[Box]) -> list[Box]:
    """List markers set apart from their items (a column of '•' or '1.' beside the text, as
    Word and browsers print lists) put back before the line they stand beside:
    '•' + 'Stop the dredging' -> '• Stop the dredging'."""
    markers = [(box, line) for box in boxes for line in box.lines if _MARKER_ONLY.match(line.text)]
    if not markers:
        return boxes
    taken: set[int] = set()
    for box, marker in markers:
        item = _beside(marker, box, boxes)
        if item is not None:
            item.text = f"{marker.text} {item.text}"
            item.x0 = marker.x0
            taken.add(id(marker))
    kept = [
        Box(box.page, [line for line in box.lines if id(line) not in taken], box.x0, box.x1) for box in boxes
    ]
    return [box for box in kept if box.lines]


def _beside(marker: Line, box: Box, boxes: list[Box]) -> Line | None:
    """The text line on the marker's baseline just to its right, in another box of its page."""
    tolerance = max(2.0, marker.size * 0.5)
    candidates = [
        line
        for other in boxes
        if other.page == box.page
        for line in other.lines
        if line is not marker
        and abs(line.top - marker.top) <= tolerance
        and line.x0 >= marker.x1 - 1
        and not _MARKER_ONLY.match(line.text)
    ]
    return min(candidates, key=lambda line: line.x0, default=None)


def display_title(boxes: list[Box]) -> str | None:
    """The headline set in the largest type on the first page, when that type is larger than
    the body's and the line is not a label ('PRESS RELEASE'): its lines joined as one."""
    from briefing.readers.headline import labelled_title

    first_page = [box for box in boxes if box.page == 0]
    first = [line for box in first_page for line in box.lines]
    if any(labelled_title(line.text) for line in first):
        return None  # the form names its title itself
    weights: Counter[float] = Counter()
    for line in first:
        weights[line.size] += len(line.text)
    if not weights:
        return None
    body = weights.most_common(1)[0][0]
    for size in sorted({line.size for line in first if line.size >= body + 1.5}, reverse=True):
        if title := _run_in_size(first_page, size):
            return title
    return None


def _run_in_size(boxes: list[Box], size: float) -> str | None:
    """The first box's lines set in `size`, joined, when they are a headline: at most three
    lines, and not a label."""
    from briefing.readers.headline import follows_label

    for box in boxes:
        run = [line.text for line in box.lines if line.size == size]
        text = join_lines(run) if run else ""
        if text and follows_label(text) and len(run) <= 3:
            return text
    return None


def column_right(box: Box, boxes: list[Box]) -> float:
    """The right edge of the column a box is in: the furthest any line of the same page
    reaches that starts within the box's width (a short box in a wide column is not full)."""
    return max(
        (
            line.x1
            for other in boxes
            if other.page == box.page
            for line in other.lines
            if box.x0 - 5 <= line.x0 < box.x1
        ),
        default=box.x1,
    )


def continues(previous: str, paragraph: str) -> bool:
    """Whether a paragraph carries on the previous one across a box or page break: the
    previous stops without closing punctuation and this one starts in lowercase
    ('... and a buffet' + 'will be offered' is one paragraph)."""
    return (
        not previous.rstrip().endswith((".", "!", "?", ":", ";", "»", "”", '"', ")"))
        and paragraph[:1].islower()
        and not LIST_MARKER.match(paragraph)
    )


def _layout(data: bytes, name: str) -> tuple[list[Box], dict[int, float], str | None]:
    """Every page's text boxes (and each page's height), or a one-line refusal."""
    import io

    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    # pdfminer logs what it works around in a damaged file; the user gets one line or none.
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    boxes: list[Box] = []
    heights: dict[int, float] = {}
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        lang = _catalog_lang(document)
        manager = PDFResourceManager(caching=True)
        device = PDFPageAggregator(manager, laparams=LAParams())
        interpreter = PDFPageInterpreter(manager, device)
        for number, page in enumerate(PDFPage.create_pages(document)):
            if number >= MAX_PAGES:
                raise InputError(
                    f"{name} has more than {MAX_PAGES} pages, far more than a statement: "
                    "give the statement's pages alone."
                )
            interpreter.process_page(page)
            layout = device.get_result()
            heights[number] = layout.height
            boxes.extend(_boxes(layout, number))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(
            f"{name}: this PDF is encrypted and needs a password: open it, print or export it "
            "as a PDF without a password, or copy the statement's text into a .txt file."
        ) from None
    except InputError:
        raise
    except Exception:
        raise InputError(
            f"{name}: this PDF is damaged and cannot be read: download or export it again, or "
            "copy the statement's text into a .txt file."
        ) from None
    if not heights:
        raise InputError(
            f"{name}: this PDF has no pages that can be read (it may be truncated): download or "
            "export it again, or copy the statement's text into a .txt file."
        )
    return boxes, heights, lang


def _catalog_lang(document: Any) -> str | None:
    """The language the PDF's catalog declares (/Lang), as a code: 'en-GB' -> 'en'."""
    from pdfminer.pdftypes import resolve1

    value = resolve1(document.catalog.get("Lang")) if hasattr(document, "catalog") else None
    if isinstance(value, bytes):
        value = value.decode("latin-1", errors="replace")
    match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|$)", value or "") if isinstance(value, str | None) else None
    return match.group(1).lower() if match else None


def _boxes(layout: Any, page: int) -> list[Box]:
    """The page's text boxes in pdfminer's reading order, blank lines left out."""
    from pdfminer.layout import LTChar, LTTextBox, LTTextLine

    found: list[Box] = []
    for element in layout:
        if not isinstance(element, LTTextBox):
            continue
        lines = []
        for line in element:
            if not isinstance(line, LTTextLine):
                continue
            text = clean_line(line.get_text())
            sizes = [char.size for char in line if isinstance(char, LTChar)]
            if text:
                size = max(sizes, default=0.0)
                lines.append(Line(text, line.x0, line.x1, layout.height - line.y1, round(size, 1)))
        if lines:
            found.append(Box(page, lines, element.x0, element.x1))
    return found


def clean_line(text: str) -> str:
    """One line's text as typed: ligatures decomposed ('ﬁnal' -> 'final'), private-use
    bullets as '•', decorative runs of dashes or soft hyphens removed, a soft hyphen inside a
    line as '-' ('18h30\u00ad19h30' -> '18h30-19h30'), spaces folded."""
    text = text.translate(str.maketrans({**_LIGATURES, **_PRIVATE_BULLETS}))
    text = _DECORATIVE_RUN.sub(" ", text.rstrip("\n"))
    stripped = text.rstrip(" \u00a0")
    # A soft hyphen at the very end may be a hyphenation point; any other stands for a hyphen.
    end = "\u00ad" if stripped.endswith("\u00ad") else ""
    body = stripped[: len(stripped) - len(end)].replace("\u00ad", "-")
    return fold_spaces(body) + end


@functools.cache
def _page_number() -> re.Pattern[str]:
    """A line that is only a page number: '2', '- 2 -', 'Page 2 of 3', 'p. 2', 'página 2 de 3'."""
    from briefing.readers.headline import any_of

    words, of = any_of("PAGE_WORDS"), any_of("PAGE_OF_WORDS")
    return re.compile(rf"^\s*(?:(?:{words})\s*|-\s*)?\d{{1,4}}(?:\s*(?:{of})\s*\d{{1,4}})?\s*-?\s*$", re.I)


def drop_running_lines(boxes: list[Box], heights: dict[int, float]) -> list[Box]:
    """Boxes without running headers, footers and page numbers: a line in the top or bottom
    margin that is a page number, or whose text (digits aside) recurs on another page."""
    if not boxes:
        return boxes

    def in_margin(box: Box, line: Line) -> bool:
        height = heights.get(box.page, 792.0)
        return line.top < height * MARGIN_SHARE or line.top > height * (1 - MARGIN_SHARE)

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.casefold())

    pages_of: Counter[str] = Counter()
    for key_text, _page in {
        (key(line), box.page) for box in boxes for line in box.lines if in_margin(box, line)
    }:
        pages_of[key_text] += 1
    kept: list[Box] = []
    for box in boxes:
        lines = [
            line
            for line in box.lines
            if not (
                in_margin(box, line)
                and (_page_number().match(line.text) or (len(heights) > 1 and pages_of[key(line)] > 1))
            )
        ]
        if lines:
            kept.append(Box(box.page, lines, box.x0, box.x1))
    return kept


def paragraphs(box: Box, right: float) -> list[str]:
    """A box's lines joined into paragraphs: a line ends one when the next line's first word
    would have fitted after it before `right`, the column's right edge (the author pressed
    Enter), when the type size changes (a heading), or when the next line starts a list item."""
    found: list[list[str]] = [[box.lines[0].text]]
    for previous, line in zip(box.lines, box.lines[1:], strict=False):
        if _ends_paragraph(previous, line, right):
            found.append([line.text])
        else:
            found[-1].append(line.text)
    return [join_lines(lines) for lines in found]


def _ends_paragraph(previous: Line, line: Line, right: float) -> bool:
    if LIST_MARKER.match(line.text) or abs(previous.size - line.size) > 0.5:
        return True
    first_word = line.text.split()[0] if line.text.split() else ""
    char_width = (previous.x1 - previous.x0) / max(len(previous.text), 1)
    room = right - previous.x1
    return room > char_width * (len(first_word) + 2)


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one line; a word hyphenated at a line end is joined
    ('inter-' + 'national' -> 'international'), a real hyphen before a capital kept."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif _HYPHEN_END.search(text) and _STARTS_LOWER.match(line) and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text.rstrip(chr(0xAD))} {line}"
    return text.rstrip("\u00ad").replace("\u00ad", "-")
