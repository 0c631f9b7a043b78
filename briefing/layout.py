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
from briefing.labels import check_language

if TYPE_CHECKING:
    from briefing.fit import FitResult
    from briefing.model import Content
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


def page_settings(layout: Layout) -> PageSettings:
    """The page settings for a layout choice, checked: one line naming what is wrong."""
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
    language = check_language(layout.language) if layout.language else (config.language or "en")
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

    return fit_to_page(content, provenance, page_settings(layout), strict=layout.strict, on_pass=on_pass)
