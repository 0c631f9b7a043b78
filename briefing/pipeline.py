"""The pipeline: composes the stages into `build_briefing`, the library's main entry point.

    statement ─load─▶ Statement ─extract─▶ Content ⇄ content.yaml ─verify─▶ Content
        ─render─▶ HTML ─lay out─▶ Document ─read back─▶ PDF ─write─▶ file

The CLI only calls this module. Settings come first (`prepare_build`): every option is merged
and checked before any statement is read. Heavy imports (WeasyPrint, Jinja, Babel) happen
inside the functions that need them, so `briefing extract` and `--help` stay fast.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.assets import EXAMPLE_STATEMENT
from briefing.errors import InputError
from briefing.model import Content
from briefing.output import check_output_target, refuse_replacing_an_input, write_atomically
from briefing.slug import slugify

if TYPE_CHECKING:
    from briefing.pdf import Evidence
    from briefing.provenance import Provenance
    from briefing.review import Reviewed
    from briefing.settings import BuildOptions, OutputFormat, Settings

Writer = Callable[[bytes, Path], None]  # how the finished bytes reach `output`
DEFAULT_OUTPUT_DIR = Path("out")


@dataclass
class BuildResult:
    """What a build wrote, and what the user should know about it."""

    output: Path
    content: Content
    pages: int | None  # None for HTML output
    warnings: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # shown with --verbose: how the page was fitted
    scale: float | None = None  # the type scale the page was fitted at (1 is as designed)
    dropped: dict[str, int] = field(default_factory=dict)  # kind -> how many were left out
    quotes_verified: int | None = None
    quotes_total: int | None = None
    thin: bool = False  # no demands and no quotes on the page: it was never scaled up
    notes: Path | None = None  # the speaker's notes, when asked for (`BuildOptions.notes`)


def prepare_build(options: BuildOptions | Settings | None = None) -> Settings:
    """Settings first: merge and check every option, `briefing.toml` and the page template
    before any statement is read, so a wrong setting is one error before any work."""
    from briefing.render import load_template
    from briefing.settings import Settings, resolve_settings

    settings = options if isinstance(options, Settings) else resolve_settings(options)
    load_template(settings.page)  # a template that cannot be compiled fails here, not per input
    return settings


def build_briefing(
    input_path: str | Path | None,
    output: str | Path | None = None,
    settings: BuildOptions | Settings | None = None,
    *,
    write: Writer | None = None,
) -> BuildResult:
    """Build the briefing for a statement or a content file (`.yaml`; `None` reads a statement
    from standard input) into `output`, by default `out/<name>.pdf` in the current folder.

    `settings` are the build's options (`BuildOptions`: template, paper, language, config file,
    format, PDF/A, ...), checked first, or `Settings` already checked by `prepare_build`.
    Every quote, figure and speaker is verified against the source before anything is laid
    out. `write` puts the bytes in place (a batch keeps them in memory and writes them itself).
    Raises a `BriefingError` for anything the user can fix."""
    from briefing.provenance import make_provenance
    from briefing.review import require_verified, review_input

    checked = prepare_build(settings)
    options = checked.options
    reviewed = review_input(_as_input(input_path))
    if not options.allow_unverified:
        require_verified(reviewed)
    content = reviewed.content
    target = Path(output) if output is not None else None
    target = target or default_output_path(reviewed.named_after, content, options.output_format)
    inputs = [None if input_path is None else Path(input_path), reviewed.statement.path]
    refuse_replacing_an_input(target, [*inputs, *_files_read(checked)])  # inputs are only read
    if options.notes:  # so are they when the notes are written beside the briefing
        from briefing.notes import notes_path

        refuse_replacing_an_input(notes_path(target), [*inputs, *_files_read(checked)])
        check_output_target(notes_path(target), no_clobber=options.no_clobber)  # before the work
    provenance = make_provenance(reviewed, build_date=options.build_date)
    archive = (
        evidence(reviewed, options.build_date) if options.pdf_a and options.output_format == "pdf" else None
    )
    result = write_briefing(content, provenance, target, checked, archive=archive, write=write)
    result.quotes_verified, result.quotes_total = provenance.quotes_verified, provenance.quotes_total
    result.warnings[:0] = [*reviewed.statement.warnings, *_build_warnings(reviewed, target, options)]
    if options.notes:
        from briefing.settings import page_for_statement

        language = page_for_statement(checked, content.lang).language  # the briefing's
        result.notes = write_notes(reviewed, target, no_clobber=options.no_clobber, language=language)
    return result


def write_notes(
    reviewed: Reviewed, briefing: Path, *, no_clobber: bool = False, language: str = "en"
) -> Path:
    """Write the speaker's notes next to the briefing (`out/x.pdf` -> `out/x-notes.pdf`), whole
    or not at all, also in a batch (each briefing's name is its own, so are its notes'), their
    own words in the briefing's `language`."""
    from briefing.notes import notes_path, notes_pdf

    target = notes_path(briefing)
    write_atomically(notes_pdf(reviewed, language=language), target, no_clobber=no_clobber)
    return target


def _as_input(value: str | Path | None) -> str | Path | None:
    """A statement as the loader takes it: a web address stays a string, any other a path."""
    from briefing.statement import is_url

    return value if value is None or is_url(value) else Path(value)


def _build_warnings(reviewed: Reviewed, target: Path, options: BuildOptions) -> list[str]:
    """What the user should know about the build as a whole: a statement in a language without
    word lists, an output named for another format, items built unverified."""
    from briefing.extraction.language import language_warning

    warnings = []
    if language := language_warning(reviewed.content, reviewed.statement.display_name):
        warnings.append(language)
    output_format = options.output_format
    if target.suffix.lower() != f".{output_format}":
        better = target.with_suffix(f".{output_format}").name
        warnings.append(
            f"{target} does not end in .{output_format}: it is a {output_format.upper()} file all the "
            f"same; name it {better} so that it opens with the right program."
        )
    if reviewed.report.failures:
        warnings.append(
            f"{len(reviewed.report.failures)} item(s) are not verified against the source and are "
            "marked as unverified on the page."
        )
    return warnings


def write_briefing(
    content: Content,
    provenance: Provenance,
    target: Path,
    settings: Settings,
    *,
    archive: Evidence | None = None,
    write: Writer | None = None,
) -> BuildResult:
    """Fit `content` on one page and write it to `target` (PDF or the page's HTML), once; the
    PDF's text is read back first to prove every quote and figure on the page is whole."""
    from briefing.choice import page_view
    from briefing.fit import fit_to_page
    from briefing.glyphs import refuse_undrawable
    from briefing.pdf import capture_engine_log, pdf_bytes
    from briefing.provenance import page_content
    from briefing.readback import check_page_text
    from briefing.render import figures_for_page
    from briefing.settings import page_for_statement

    options = settings.options
    check_output_target(target, no_clobber=options.no_clobber)  # before the work, not after it
    content, provenance = page_view(content, provenance)  # the items with `use: true`
    # the page's "Demands" are the issuer's, and no sentence is shown twice (briefing.extraction.ranking)
    content, provenance = page_content(content, provenance)
    details: list[str] = []
    with capture_engine_log() as engine_log:
        page = page_for_statement(settings, content.lang)
        fitted = fit_to_page(
            figures_for_page(content, page.language),
            provenance,
            page,
            strict=options.strict,
            on_pass=details.append,
        )
        html = options.output_format == "html"
        data = fitted.html.encode("utf-8") if html else pdf_bytes(fitted.document, archive)
    if not html:
        refuse_undrawable(engine_log.messages)  # no empty boxes under "verified verbatim"
        check_page_text(data, fitted.content)
    if options.output_format == "png":  # a picture of the very PDF that was checked
        from briefing.picture import DEFAULT_DPI, png_bytes

        data = png_bytes(data, options.dpi or DEFAULT_DPI)
    details.append(fitted.describe())
    warnings = fitted.drop_reports()
    thin = not fitted.content.demands and not fitted.content.quotes
    if thin:
        warnings.append(
            "the page has no demands and no quotes (a thin page): check that the statement is the "
            "right file, or add them in a content file (`briefing extract -o`)."
        )
    warnings.extend(f"PDF engine: {message}" for message in dict.fromkeys(engine_log.messages))
    if write is None:
        write_atomically(data, target, no_clobber=options.no_clobber)
    else:
        write(data, target)
    return BuildResult(
        output=target,
        content=fitted.content,
        pages=None if html else len(fitted.document.pages),
        warnings=warnings,
        details=details,
        scale=fitted.settings.scale,
        dropped=dict(fitted.dropped),
        thin=thin,
    )


def _files_read(settings: Settings) -> list[Path]:
    """The files a build reads besides its input and source: the branding file (given, or
    `briefing.toml` in the working folder), the logo, and the page's templates and stylesheets."""
    from briefing.config import CONFIG_NAME

    options, page = settings.options, settings.page
    files = [options.config or (options.folder or Path.cwd()) / CONFIG_NAME]
    if page.branding.logo is not None:
        files.append(page.branding.logo)
    for folder in page.template_folders():
        files += [folder / f"{name}.html" for name in (page.template, "base", "macros")]
    for folder in page.style_folders():
        files += [folder / f"{name}.css" for name in (page.template, "base")]
    return files


def evidence(reviewed: Reviewed, build_date: dt.date | None = None) -> Evidence:
    """What a PDF/A briefing carries as proof: the statement as read, and the verified
    content as JSON (with the statement named by its file name alone, so the bytes do not
    depend on the folder the build ran in)."""
    import json

    from briefing.dates import document_datetime
    from briefing.pdf import Evidence

    statement = reviewed.statement
    from briefing.sanitize import one_line

    # the attachment's name is metadata too: no control character, one line
    name = one_line(statement.file_name) or "statement.txt"
    content = reviewed.content.to_extract_json()
    source = reviewed.content.source
    content["source"] = {"file": name, "url": source.url, "publisher": source.publisher}
    data = json.dumps(content, ensure_ascii=False, indent=2).encode("utf-8")
    date = document_datetime(reviewed.content.date, build_date) or dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    as_given = "as briefing read it (UTF-8)" if statement.original is None else "as it was given"
    files = [(name, statement.original_bytes, f"The source statement, {as_given}")]
    if statement.format != "text":  # a page, PDF, Word file or e-mail: also the text read from it
        files.append(
            (
                f"{Path(name).stem}.read.txt",
                statement.text.encode("utf-8"),
                "The source statement's text, as briefing read it (UTF-8)",
            )
        )
    files.append(("content.json", data, "What the page shows, verified against the source statement"))
    return Evidence(files=tuple(files), date=date)


def default_output_path(named_after: Path | None, content: Content, output_format: OutputFormat) -> Path:
    """`out/<name>.<format>`: named after the input file, or the title for standard input."""
    if named_after is not None:
        name = slugify(named_after.stem)
    else:
        name = slugify(content.title or "", fallback="briefing")
    return DEFAULT_OUTPUT_DIR / f"{name}.{output_format}"


def default_statement() -> Path:
    """The bundled example statement, built when no input is given."""
    return EXAMPLE_STATEMENT


def extract_to_content_file(
    statement_path: Path | str | None, output: Path, *, force: bool = False, today: dt.date | None = None
) -> Path:
    """Extract a statement into an editable content file at `output`; an existing file (the
    user's edits) is only replaced with `force`."""
    from briefing.choice import choose_for_page
    from briefing.contentfile import content_file_text, relative_source_path
    from briefing.review import extract_statement
    from briefing.statement import is_content_file, load_statement

    if not is_content_file(output):
        raise InputError(
            f"{output}: a content file's name ends in .yaml, e.g. -o {output.with_suffix('.yaml')}."
        )
    if not isinstance(statement_path, Path):
        raise InputError(
            "a content file refers to its statement by file name: save the statement (or the "
            "page) to a file and give that instead of standard input or a web address."
        )
    refuse_replacing_an_input(output, [statement_path])  # inputs are only ever read
    source_file = relative_source_path(statement_path, output)
    if source_file == ".." or source_file.startswith("../") or source_file.startswith("/"):
        raise InputError(
            f"{output}: a content file's source must be in the content file's folder or below it, and "
            f"{statement_path} is not: save the content file beside the statement (or in a folder above it)."
        )
    if os.path.lexists(output) and not force:
        raise InputError(
            f"{output} already exists and may hold your edits: choose another name, or add "
            "--force to replace it."
        )
    statement = load_statement(statement_path)
    content = choose_for_page(extract_statement(statement, today=today), statement.text)
    text = content_file_text(content, source_file, output.name)
    write_atomically(text.encode("utf-8"), output)
    return output
