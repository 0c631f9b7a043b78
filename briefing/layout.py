"""Choosing the page: the user's options and `briefing.toml` in, fitted one-page layout out.

Command-line options override the config file, which overrides the built-in defaults
(standard template, A4, English). `lay_out_briefing` is what the pipeline calls between the
content and the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.config import Config, check_paper, load_config
from briefing.errors import InputError
from briefing.extraction.numbers import display_for_page
from briefing.labels import CATALOGUES, check_language
from briefing.model import Content

if TYPE_CHECKING:
    from briefing.fit import FitResult
    from briefing.render import PageSettings, Provenance


@dataclass(frozen=True)
class Layout:
    """What the user asked for; `None` means "from the config file, else the default"."""

    template: str | None = None
    paper: str | None = None
    language: str | None = None
    config: Path | None = None  # --config; else briefing.toml in `folder` if present
    folder: Path | None = None  # the working folder: briefing.toml, templates/, styles/
    strict: bool = False  # refuse rather than leave items out


def page_settings(layout: Layout, statement_language: str | None = None) -> PageSettings:
    """The page settings for a layout choice, checked: one line naming what is wrong. The
    page's language is `--lang`, else the config file's, else the statement's own when the
    page has labels in it, else English."""
    from briefing.render import DEFAULT_TEMPLATE, PageSettings, list_templates

    folder = layout.folder or Path.cwd()
    config: Config = load_config(layout.config, folder=folder)
    template = layout.template or config.template or DEFAULT_TEMPLATE
    available = list_templates(folder)
    if template not in available:
        where = "--template" if layout.template else f"{config.path}: key 'template'"
        raise InputError(
            f"{where}: there is no template called {template!r}; choose one of "
            f"{', '.join(available)} (`briefing templates` describes them)."
        )
    paper = check_paper(layout.paper) if layout.paper else (config.paper or "a4")
    detected = statement_language if statement_language in CATALOGUES else None
    language = check_language(layout.language) if layout.language else (config.language or detected or "en")
    return PageSettings(
        template=template, paper=paper, language=language, branding=config.branding, override_folder=folder
    )


def lay_out_briefing(
    content: Content,
    provenance: Provenance,
    layout: Layout,
    on_pass: Callable[[str], None] | None = None,
) -> FitResult:
    """Fit the content on one page of the chosen template, paper and language."""
    from briefing.fit import fit_to_page

    settings = page_settings(layout, content.lang)
    page_content = figures_for_page(content, settings.language)
    return fit_to_page(page_content, provenance, settings, strict=layout.strict, on_pass=on_pass)


def figures_for_page(content: Content, language: str) -> Content:
    """The content with its figures written as a page in `language` writes numbers, so that
    none can be misread ("1.250" from a Spanish statement is "1,250" on an English page)."""
    figures = [
        figure.model_copy(
            update={
                "display": display_for_page(figure.display, content.lang, language),
                "of": display_for_page(figure.of, content.lang, language) if figure.of else None,
            }
        )
        for figure in content.figures
    ]
    return content if figures == content.figures else content.model_copy(update={"figures": figures})
