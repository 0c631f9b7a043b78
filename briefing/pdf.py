"""Stage 5 and 6, lay out and write: the page's HTML in, a laid-out document and then a PDF
file out. With `briefing.engine`, the only module that imports WeasyPrint.

Laying out (`render_document`), measuring the layout (`measure_page`) and making the PDF
(`pdf_bytes`) are separate so the fitting stage can measure a layout before anything is made;
the bytes are then written atomically by `briefing.output`.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import io
import logging
import re
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from briefing import columns, signals
from briefing.engine import import_weasyprint
from briefing.errors import RenderError
from briefing.guard import UnsafeFile, read_regular_file, resolved
from briefing.measurement import PX_PER_MM, Measurement, Placed
from briefing.svgcheck import inline_svg_problem, svg_problem

import_weasyprint()  # before the imports below, which then find it loaded
columns.install()  # balanced columns in a few layouts, not one per pixel (briefing.columns)
import weasyprint  # noqa: E402
from weasyprint.formatting_structure.boxes import InlineBlockBox  # noqa: E402
from weasyprint.text.fonts import FontConfiguration  # noqa: E402
from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: E402

# Images, fonts and stylesheets the page may load; larger ones are refused rather than read.
MAX_RESOURCE_BYTES = 20_000_000


class ConfinedURLFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint has no type hints
    """Fetches only `data:` URLs and files under the allowed folders: never the network, never
    a file elsewhere on the machine, whatever the HTML or CSS asks for."""

    def __init__(self, allowed_roots: tuple[Path, ...]) -> None:
        super().__init__(allowed_protocols=("data", "file"), allow_redirects=False)
        self._allowed_roots = tuple(root.resolve() for root in allowed_roots)

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        if parts.scheme == "data":
            return _checked(url, super().fetch(url, headers))
        if parts.scheme != "file":
            raise ValueError(f"briefing does not fetch {parts.scheme or 'relative'} URLs: {url}")
        # unquote first, so %2e%2e cannot hide a "..", then resolve symlinks and "..".
        path = resolved(unquote(parts.path))
        if not any(path.is_relative_to(root) for root in self._allowed_roots):
            raise ValueError(f"briefing only reads its own assets, not {path}")
        try:  # a regular file, never a pipe or device (which could block the build)
            data = read_regular_file(path, MAX_RESOURCE_BYTES)
        except UnsafeFile as problem:
            raise ValueError(f"{path} {problem}") from None
        if len(data) > MAX_RESOURCE_BYTES:
            raise ValueError(f"{path} is larger than {MAX_RESOURCE_BYTES // 1_000_000} MB")
        return _checked(url, URLFetcherResponse(path.as_uri(), data))


def _checked(url: str, response: URLFetcherResponse) -> URLFetcherResponse:
    """`response`, if it is not an SVG that would take the engine too long to draw (nested
    `<use>` references, entities): see `briefing.svgcheck`."""
    data = response.read()
    response = URLFetcherResponse(response.url, data, headers=response.headers, status=response.status)
    head = data[:512].lstrip().lower()
    problem = None
    if b"<svg" in head or head.startswith(b"<?xml") or urlsplit(url).path.lower().endswith(".svg"):
        problem = svg_problem(data)
    elif data[:4] in _RASTER_SIGNATURES or data[:2] == b"\xff\xd8":
        problem = _raster_problem(data)
    if problem:
        raise ValueError(f"the picture {url[:80]} {problem.split(';')[0]}")
    return response


_RASTER_SIGNATURES = (b"\x89PNG", b"GIF8", b"RIFF")
MAX_PICTURE_PIXELS = 25_000_000  # 5000 x 5000: a decompression bomb is refused before decoding


def _raster_problem(data: bytes) -> str | None:
    """Whether a PNG, JPEG, GIF or WebP picture is too large to decode quickly (read from its
    header alone; a small file can unpack to gigabytes), or None."""
    from PIL import Image

    too_large = "has too many pixels to draw quickly (a decompression bomb?); use a smaller copy"
    try:
        with Image.open(io.BytesIO(data)) as picture:
            width, height = picture.size
    except Image.DecompressionBombError:
        return too_large
    except Exception:  # Pillow raises many kinds for damaged data; the engine reports those
        return None
    if width * height > MAX_PICTURE_PIXELS:
        return f"is {width} x {height} pixels: it {too_large[4:]}"
    return None


@dataclass
class EngineLog:
    """What WeasyPrint logged while laying out or writing a page: it reports bad CSS, missing
    resources and missing glyphs only this way, never by raising."""

    messages: list[str] = field(default_factory=list)


class _Collect(logging.Handler):
    """Keeps the messages WeasyPrint logs at `level` or above, on one line each."""

    def __init__(self, level: int, messages: list[str]) -> None:
        super().__init__(level=level)
        self.messages = messages

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(" ".join(record.getMessage().split()))


@contextlib.contextmanager
def _collect(level: int, messages: list[str], *, silence: bool = False) -> Iterator[list[str]]:
    """Add WeasyPrint's messages at `level` and above to `messages` while the block runs;
    `silence` keeps them from reaching stderr too."""
    handler = _Collect(level, messages)
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    previous_propagate = logger.propagate
    if silence:
        logger.propagate = False
    try:
        yield messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = previous_propagate


@contextlib.contextmanager
def capture_engine_log() -> Iterator[EngineLog]:
    """Collect WeasyPrint's warnings and errors instead of letting them reach stderr."""
    log = EngineLog()
    with _collect(logging.WARNING, log.messages, silence=True):
        yield log


# What WeasyPrint logs only as a warning although the page then does not look as designed: a
# font of an `@font-face` rule it could not load (the text falls back to another font), an
# `@import` it ignored or could not load (its rules are missing).
_FATAL_WARNINGS = re.compile(r"^Font-face .* cannot be loaded|@import rule|^Failed to load", re.I)


@contextlib.contextmanager
def _refuse_engine_errors(doing: str) -> Iterator[None]:
    """Turn what WeasyPrint logs at ERROR level (an image, stylesheet or font it could not
    use, which it would otherwise leave out of the page silently), and the warnings that mean
    the same (`_FATAL_WARNINGS`), into a `RenderError`. A Ctrl-C or SIGTERM that WeasyPrint
    swallowed while drawing (it catches everything around an SVG) is raised again instead."""
    mark = signals.count()
    with _collect(logging.ERROR, []) as errors, _collect(logging.WARNING, []) as warnings:
        yield
    signals.raise_if_received_since(mark)
    problems = errors + [message for message in warnings if _FATAL_WARNINGS.search(message)]
    if problems:
        hint = (
            "put the imported rules in the stylesheet itself (styles are inlined into the page)"
            if "@import" in problems[0]
            else "check the logo in briefing.toml and the pictures, fonts and stylesheets your templates use"
        )
        problem = problems[0].rstrip(".")
        raise RenderError(f"the PDF engine could not {doing}: {problem}; {hint}.")


_font_configuration: FontConfiguration | None = None


def font_configuration() -> FontConfiguration:
    """The process's one font configuration, reused by every layout pass and every briefing a
    batch worker builds: creating one loads the system's fonts, and each of ours is added once
    (WeasyPrint keys an `@font-face` by its descriptors, so reuse does not grow with the batch).
    Its temporary font folder is removed when the process exits."""
    global _font_configuration
    if _font_configuration is None:
        _font_configuration = FontConfiguration()
        atexit.register(_remove_font_folder, _font_configuration)
    return _font_configuration


def _remove_font_folder(configuration: FontConfiguration) -> None:
    folder = getattr(configuration, "_folder", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


def render_document(
    html: str, *, base_url: str, allowed_roots: tuple[Path, ...], stylesheet: str | None = None
) -> weasyprint.Document:
    """Lay out the page without writing it: the result's `pages` can be counted and measured.

    `stylesheet` is the stylesheet the HTML inlines. Its `@font-face` rules, which WeasyPrint
    would otherwise load again in every pass (five font files), are loaded once per process
    and handed over parsed; so is the rest of it, parsed once, where it cascades the same
    handed over (`_parsed_stylesheet`), else it stays in the HTML."""
    problem = inline_svg_problem(html)
    if problem:
        raise RenderError(f"{problem}: simplify it in your template.")
    try:
        with _refuse_engine_errors("lay out the page"):
            sheets = []
            inlined = f"<style>\n{stylesheet}\n</style>" if stylesheet else None
            if inlined and html.count(inlined) == 1:
                faces = "\n".join(_FONT_FACE.findall(stylesheet or ""))
                if faces:
                    sheets.append(_font_faces(faces, base_url, allowed_roots))
                parsed = _parsed_stylesheet(_FONT_FACE.sub("", stylesheet or ""), base_url, allowed_roots)
                if parsed is not None:
                    html = html.replace(inlined, "")
                    sheets.append(parsed)
                elif faces:
                    html = html.replace(inlined, _FONT_FACE.sub("", inlined))
            fetcher = ConfinedURLFetcher(allowed_roots)
            page = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
            return page.render(
                stylesheets=sheets, presentational_hints=False, font_config=font_configuration()
            )
    except (RecursionError, ZeroDivisionError, ValueError, OverflowError, MemoryError) as error:
        raise RenderError(f"the page could not be laid out ({type(error).__name__}: {error}).") from None


FOOTER_GAP_MM = 5  # between the content and the footer pinned to the page's bottom


def measure_page(document: weasyprint.Document) -> Measurement:
    """Measure the laid-out content in the first page's box tree: its whole height, however
    far below the page's bottom it runs, and the height and column of each item marked
    `data-item` in a column marked `data-flow`."""
    page_box = document.pages[0]._page_box
    top = page_box.content_box_y()
    body = _body_box(page_box)
    unbroken = isinstance(body, InlineBlockBox) and len(document.pages) == 1
    if not unbroken or body.margin_width() > page_box.width + 0.5:
        # only a template's own stylesheet can do this (render.page_css keeps the body in one
        # box as wide as the page); measured, the page would be cut off or never fit
        raise RenderError(
            "the page's stylesheet lets the content break (or be cut off) at the page's bottom, or "
            "run wider than the page: remove the `!important` rules for the body's display, width "
            "or margins from the stylesheets in your styles/ folder (set page margins with @page)."
        )
    in_flow = [child for child in body.children if child.style["position"] != "absolute"]
    height = max((_bottom(child) for child in in_flow), default=top) - top
    measurement = Measurement(height, _available_height(page_box, body), len(document.pages))
    _measure_items(body, None, top, measurement, set())
    return measurement


def _available_height(page_box: Any, body: Any) -> float:
    """The page's height for content: the footer is pinned to the bottom of the page
    (absolutely positioned), and the content must end above it, with a gap."""
    available = float(page_box.height)
    pinned = [child for child in body.children if child.style["position"] == "absolute"]
    if pinned:
        available -= sum(child.margin_height() for child in pinned) + FOOTER_GAP_MM * PX_PER_MM
    return available


def _measure_items(box: Any, flow: int | None, top: float, measurement: Measurement, seen: set[int]) -> None:
    """Record, under `box`, each column's bottom and each droppable item's height (an element
    split into several boxes counts once, at its first)."""
    element = getattr(box, "element", None)
    if (
        element is not None
        and id(element) not in seen
        and not box.element_tag.endswith(("::before", "::after", "::marker"))
    ):
        seen.add(id(element))
        if element.get("data-flow") is not None:
            flow = id(element)
            # a column's own box is stretched to the row's height: its content ends lower down
            bottom = max((_bottom(child) for child in box.children), default=box.position_y)
            measurement.flow_bottoms[flow] = bottom - top
        kind = element.get("data-item")
        if kind and flow is not None:
            measurement.items.append(Placed(kind, box.margin_height(), flow))
    for child in getattr(box, "children", ()):
        _measure_items(child, flow, top, measurement, seen)


def _body_box(page_box: Any) -> Any:
    """The body's box: under the root's, or inside its line box when the body is laid out as an
    unbreakable inline-block (see `render.page_css`)."""
    box = page_box.children[0]  # the root element's
    while box.children and getattr(box, "element_tag", None) != "body":
        box = box.children[0]
    return box


def _bottom(box: Any) -> float:
    return float(box.position_y + box.margin_height())


_FONT_FACE = re.compile(r"@font-face\s*\{[^{}]*\}")
_loaded_font_faces: dict[tuple[str, str, tuple[Path, ...]], weasyprint.CSS] = {}


def _font_faces(rules: str, base_url: str, allowed_roots: tuple[Path, ...]) -> weasyprint.CSS:
    """`@font-face` rules, loaded into the process's font configuration once. Rules that
    logged a problem (a font that cannot be read) are not kept, so that every briefing using
    them reports it."""
    key = (rules, base_url, allowed_roots)
    if key in _loaded_font_faces:
        return _loaded_font_faces[key]
    with _collect(logging.WARNING, []) as problems:
        faces = weasyprint.CSS(
            string=rules,
            base_url=base_url,
            url_fetcher=ConfinedURLFetcher(allowed_roots),
            font_config=font_configuration(),
        )
    if not problems:
        _loaded_font_faces[key] = faces
    return faces


# What a stylesheet handed over parsed must not hold: WeasyPrint takes a parsed stylesheet as
# the user's, which cascades as the page's own but for `!important` declarations (the user's
# win), cascade layers, counter styles and imports (kept per document or per origin).
_PAGE_ONLY = re.compile(r"!\s*important|@(?:counter-style|layer|import|color-profile|namespace)\b", re.I)
_parsed_stylesheets: dict[tuple[str, str, tuple[Path, ...]], weasyprint.CSS | None] = {}
MAX_PARSED_STYLESHEETS = 16  # a batch uses a few; `watch` makes one per saved stylesheet


def _parsed_stylesheet(rules: str, base_url: str, allowed_roots: tuple[Path, ...]) -> weasyprint.CSS | None:
    """The page's stylesheet (its `@font-face` rules cut out), parsed once per process and
    handed to every layout pass, rather than parsed again in each from the HTML (parsing it
    and compiling its selectors is about a sixth of a pass); None where it must stay in the
    page: it holds what cascades differently when handed over (`_PAGE_ONLY`), or WeasyPrint
    warned about it (left in the page, each build reports the warning)."""
    key = (rules, base_url, allowed_roots)
    if key not in _parsed_stylesheets:
        if len(_parsed_stylesheets) >= MAX_PARSED_STYLESHEETS:
            _parsed_stylesheets.clear()
        parsed = None
        if not _PAGE_ONLY.search(rules):
            with _collect(logging.WARNING, [], silence=True) as problems:
                parsed = weasyprint.CSS(
                    string=rules,
                    base_url=base_url,
                    url_fetcher=ConfinedURLFetcher(allowed_roots),
                    font_config=font_configuration(),
                )
            parsed = None if problems else parsed
        _parsed_stylesheets[key] = parsed
    return _parsed_stylesheets[key]


@dataclass(frozen=True)
class Evidence:
    """Files a PDF/A briefing carries as its own proof: the source statement as it was read,
    and the verified content as JSON. `date` stamps them, so the bytes stay reproducible."""

    files: tuple[tuple[str, bytes, str], ...]  # (name, data, description)
    date: dt.datetime


def pdf_bytes(document: weasyprint.Document, archive: Evidence | None = None) -> bytes:
    """The finished PDF, in memory, with an identifier derived from its content, so the same
    input gives the same bytes. By default tagged for screen readers (PDF/UA-1: title,
    language, headings, lists and quotes in the structure tree); with `archive`, PDF/A-3b
    (still tagged) with the evidence files attached."""
    try:
        with _refuse_engine_errors("write the PDF"), _streams_serialised_once():
            if archive is None:
                data: bytes = document.write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=True)
            else:
                data = document.write_pdf(
                    pdf_variant="pdf/a-3b",
                    pdf_tags=True,
                    pdf_identifier=True,
                    attachments=_attachments(archive.files, archive.date),
                )
    except (RecursionError, ZeroDivisionError, ValueError, OverflowError, MemoryError) as error:
        raise RenderError(f"the PDF could not be written ({type(error).__name__}: {error}).") from None
    return data


@contextlib.contextmanager
def _streams_serialised_once() -> Iterator[None]:
    """While pydyf writes the file, each stream's bytes are worked out once.

    To derive the file's identifier from its content (`pdf_identifier`), pydyf writes every
    object, then serialises them all again to hash them: each stream (the page's drawing, the
    font subsets) is compressed at level 9 twice, about a third of writing the PDF. Nothing
    changes a stream while the file is written, so its bytes from the first time are given
    again: the same file, written once."""
    import pydyf

    stream_data, write = pydyf.Stream.data, pydyf.PDF.write
    kept: dict[int, tuple[Any, bytes]] | None = None  # id -> (the stream, kept alive; its bytes)

    def data(stream: Any) -> bytes:
        if kept is None:  # a stream read outside `PDF.write` may still change
            return stream_data.fget(stream)  # type: ignore[no-any-return]
        if id(stream) not in kept:
            kept[id(stream)] = (stream, stream_data.fget(stream))
        return kept[id(stream)][1]

    def writing(pdf: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal kept
        kept = {}
        try:
            return write(pdf, *args, **kwargs)
        finally:
            kept = None

    pydyf.Stream.data, pydyf.PDF.write = property(data), writing
    try:
        yield
    finally:
        pydyf.Stream.data, pydyf.PDF.write = stream_data, write


def _attachments(files: Sequence[tuple[str, bytes, str]], date: dt.datetime) -> list[weasyprint.Attachment]:
    return [
        weasyprint.Attachment(
            file_obj=io.BytesIO(data),
            name=name,
            description=description,
            created=date,
            modified=date,
            relationship="Source",
        )
        for name, data, description in files
    ]
