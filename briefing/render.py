"""Stage 4, render: a `Content` in, the page's self-contained HTML out.

The HTML is exactly what WeasyPrint lays out: the stylesheet is inlined, and a `<base>` points
at the bundled styles folder so the fonts resolve by absolute file URL. `weasyprint page.html
page.pdf` therefore renders the same page as `briefing build`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2
from babel.dates import format_date

from briefing import __version__
from briefing.assets import styles_dir, templates_dir
from briefing.errors import RenderError
from briefing.model import Content

DEFAULT_TEMPLATE = "standard"


@dataclass(frozen=True)
class PageSettings:
    """How the page is set, apart from its content."""

    template: str = DEFAULT_TEMPLATE
    scale: float = 1.0  # type scale applied by the fitting stage
    language: str = "en"


@dataclass(frozen=True)
class Provenance:
    """What the footer says about where the content came from."""

    source_name: str  # file name of the statement, or "standard input"
    source_sha256: str
    build_date: dt.date | None = None
    quotes_verified: int | None = None  # None: not verified
    quotes_total: int | None = None
    unverified: frozenset[str] = frozenset()  # items built with --allow-unverified: "quote 2"
    qr_svg: str | None = None  # inline SVG QR code linking to the source's URL


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    # autoescape=True rather than select_autoescape(): every template is HTML, and statement
    # text containing <, & or {{ must always be shown as text.
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["quote_body"] = quote_body
    environment.filters["sentence_case"] = sentence_case
    return environment


def render_html(content: Content, provenance: Provenance, settings: PageSettings = PageSettings()) -> str:
    """The page's HTML, with its stylesheet inlined."""
    environment = _environment()
    try:
        template = environment.get_template(f"{settings.template}.html")
    except jinja2.TemplateNotFound:
        raise RenderError(f"there is no template called {settings.template!r}.") from None
    stylesheet = _read_stylesheet(f"{settings.template}.css")
    try:
        return template.render(
            content=content,
            provenance=provenance,
            settings=settings,
            stylesheet=stylesheet,
            base_url=styles_dir().as_uri() + "/",
            date_text=_format_date(content.date, settings.language),
            build_date_text=_format_date(provenance.build_date, settings.language),
            version=__version__,
        )
    except jinja2.TemplateError as error:
        raise RenderError(f"template {settings.template}.html failed: {error}") from None


def _read_stylesheet(name: str) -> str:
    path: Path = styles_dir() / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise RenderError(f"stylesheet {path} cannot be read ({error.strerror}).") from None


def _format_date(date: dt.date | None, language: str) -> str | None:
    if date is None:
        return None
    return format_date(date, format="long", locale="en_GB" if language == "en" else language)


def quote_body(text: str) -> str:
    """A quote's words for the page: the source's own, without the trailing comma or colon
    that only linked them to the reporting clause ("...trauma," the statement said)."""
    return text.strip().rstrip(",;:").rstrip()


def sentence_case(text: str) -> str:
    """A demand trimmed from mid-sentence ("the immediate release ...") starts a list item."""
    return text[:1].upper() + text[1:] if text else text
