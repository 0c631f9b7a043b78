"""Settings first: the build's options in, one checked `Settings` out, before any statement is read.

    options (command line or Python) ─┐
    briefing.toml (--config, else ./)  ├─merged once, checked─▶ Settings ─▶ every stage of every build
    built-in defaults ─────────────────┘

An option given overrides the config file, which overrides the default (standard template,
A4, English). Everything that can be wrong with a setting (an unknown template, paper or
language, a broken `briefing.toml` or logo) is found here, so a batch reports it once, before
any work, instead of once per input. The command line, the batch and `build_briefing` all
take the same `BuildOptions`; this is the only place the build's options are listed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from briefing.assets import DEFAULT_TEMPLATE, list_templates, search_path, styles_dir, templates_dir
from briefing.config import Branding, Config, check_paper, load_config
from briefing.errors import InputError
from briefing.labels import CATALOGUES, check_language

OutputFormat = Literal["pdf", "html", "png"]


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked for, one field per build option. `None` means "from `briefing.toml`,
    else the default"; the command line's `--template`, `--paper`, ... fill the same fields."""

    template: str | None = None
    paper: str | None = None  # a4 or letter
    language: str | None = None  # of the page's labels and dates: en, es or fr
    config: Path | None = None  # --config; else briefing.toml in `folder`, if there is one
    folder: Path | None = None  # the working folder: briefing.toml, templates/, styles/
    strict: bool = False  # refuse, rather than leave items out, when the page is too full
    output_format: OutputFormat = "pdf"
    allow_unverified: bool = False  # build anyway, marking each item not in the source
    build_date: dt.date | None = None  # printed in the footer (`--build-date`)
    pdf_a: bool = False  # PDF/A-3b with the statement and the content attached
    no_clobber: bool = False  # never replace an existing output file
    dpi: int | None = None  # a PNG's resolution (`--format png`); None: picture.DEFAULT_DPI
    notes: bool = False  # also write the speaker's notes, NAME-notes.pdf (`--notes`)


@dataclass(frozen=True)
class PageSettings:
    """How the page is set, apart from its content."""

    template: str = DEFAULT_TEMPLATE
    scale: float = 1.0  # type scale applied by the fitting stage
    spacing: float = 1.0  # 1 is normal spacing; the fitting stage tightens it down to 0.6
    language: str = "en"
    paper: str = "a4"
    branding: Branding = field(default_factory=Branding)
    override_folder: Path | None = None  # its templates/ and styles/ are searched first

    def template_folders(self) -> tuple[Path, ...]:
        return search_path(self.override_folder, "templates", templates_dir())

    def style_folders(self) -> tuple[Path, ...]:
        return search_path(self.override_folder, "styles", styles_dir())

    def resource_roots(self) -> tuple[Path, ...]:
        """The folders the PDF engine may read files from: styles, templates and the logo's."""
        roots = (*self.style_folders(), *self.template_folders())
        if self.branding.logo is not None:
            roots += (self.branding.logo.parent,)
        return roots


@dataclass(frozen=True)
class Settings:
    """The options merged with `briefing.toml` and the defaults, and checked: `page` is how the
    page is set; `options` is what was asked, for the rest (format, PDF/A, ...). Made only by
    `resolve_settings`."""

    page: PageSettings
    options: BuildOptions
    language_chosen: bool = False  # by an option or briefing.toml: else the statement's own


def page_for_statement(settings: Settings, statement_language: str | None) -> PageSettings:
    """The page settings for one statement: in the statement's language when the user chose
    none and the page has words in it (English, Spanish, French), else as resolved."""
    if settings.language_chosen or statement_language not in CATALOGUES:
        return settings.page
    return replace(settings.page, language=statement_language)


def resolve_settings(options: BuildOptions | None = None) -> Settings:
    """Merge `options` > `briefing.toml` > defaults and check them all: a user error
    (`InputError`, one line naming the option or the file and key) for the first that is wrong."""
    options = options or BuildOptions()
    folder = options.folder or Path.cwd()
    config = load_config(options.config, folder=folder)
    page = PageSettings(
        template=_template(options, config, folder),
        paper=check_paper(options.paper) if options.paper else (config.paper or "a4"),
        language=check_language(options.language) if options.language else (config.language or "en"),
        branding=config.branding,
        override_folder=folder,
    )
    return Settings(page=page, options=options, language_chosen=bool(options.language or config.language))


def _template(options: BuildOptions, config: Config, folder: Path) -> str:
    """The template asked for (option, then config file, then the default), if there is one."""
    template = options.template or config.template or DEFAULT_TEMPLATE
    available = list_templates(folder)
    if template not in available:
        where = "--template" if options.template else f"{config.path}: key 'template'"
        raise InputError(
            f"{where}: there is no template called {template!r}; choose one of "
            f"{', '.join(available)} (`briefing templates` describes them)."
        )
    return template
