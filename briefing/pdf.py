"""Stage 5 and 6, lay out and write: the page's HTML in, a laid-out document and then a PDF
file out. The only module that imports WeasyPrint.

Laying out (`render_document`) and making the PDF (`pdf_bytes`) are separate so the fitting
stage can measure a layout before anything is made; the bytes are then written atomically by
`briefing.output`.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import weasyprint
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from briefing.errors import RenderError

# Images, fonts and stylesheets the page may load; larger ones are refused rather than read.
MAX_RESOURCE_BYTES = 20_000_000


class ConfinedURLFetcher(URLFetcher):
    """Fetches only `data:` URLs and files under the allowed folders: never the network, never
    a file elsewhere on the machine, whatever the HTML or CSS asks for."""

    def __init__(self, allowed_roots: tuple[Path, ...]) -> None:
        super().__init__(allowed_protocols=("data", "file"), allow_redirects=False)
        self._allowed_roots = tuple(root.resolve() for root in allowed_roots)

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        if parts.scheme == "data":
            return super().fetch(url, headers)
        if parts.scheme != "file":
            raise ValueError(f"briefing does not fetch {parts.scheme or 'relative'} URLs: {url}")
        # unquote first, so %2e%2e cannot hide a "..", then resolve symlinks and "..".
        path = Path(unquote(parts.path)).resolve()
        if not any(path.is_relative_to(root) for root in self._allowed_roots):
            raise ValueError(f"briefing only reads its own assets, not {path}")
        if path.stat().st_size > MAX_RESOURCE_BYTES:
            raise ValueError(f"{path} is larger than {MAX_RESOURCE_BYTES // 1_000_000} MB")
        return URLFetcherResponse(path.as_uri(), path.read_bytes())


@dataclass
class EngineLog:
    """What WeasyPrint logged while laying out or writing a page: it reports bad CSS, missing
    resources and missing glyphs only this way, never by raising."""

    messages: list[str] = field(default_factory=list)


class _ListHandler(logging.Handler):
    def __init__(self, log: EngineLog) -> None:
        super().__init__(level=logging.WARNING)
        self._log = log

    def emit(self, record: logging.LogRecord) -> None:
        self._log.messages.append(record.getMessage())


@contextlib.contextmanager
def capture_engine_log() -> Iterator[EngineLog]:
    """Collect WeasyPrint's warnings and errors instead of letting them reach stderr."""
    log = EngineLog()
    handler = _ListHandler(log)
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    previous_propagate = logger.propagate
    logger.propagate = False
    try:
        yield log
    finally:
        logger.removeHandler(handler)
        logger.propagate = previous_propagate


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


def render_document(html: str, *, base_url: str, allowed_roots: tuple[Path, ...]) -> weasyprint.Document:
    """Lay out the page without writing it: the result's `pages` can be counted and measured."""
    try:
        page = weasyprint.HTML(
            string=html, base_url=base_url, url_fetcher=ConfinedURLFetcher(allowed_roots)
        )
        return page.render(presentational_hints=False, font_config=font_configuration())
    except (RecursionError, ZeroDivisionError, ValueError, OverflowError) as error:
        raise RenderError(f"the page could not be laid out ({type(error).__name__}: {error}).") from None


def pdf_bytes(document: weasyprint.Document) -> bytes:
    """The finished PDF, in memory: tagged for screen readers (PDF/UA-1: title, language,
    headings, lists and quotes in the structure tree) with an identifier derived from its
    content, so the same input gives the same bytes."""
    data: bytes = document.write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=True)
    return data
