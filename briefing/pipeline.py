"""The pipeline: composes the stages into `build_briefing`, the library's main entry point.

    statement ─load─▶ Statement ─extract─▶ Content ⇄ content.yaml ─verify─▶ Content
        ─render─▶ HTML ─lay out─▶ Document ─read back─▶ PDF ─write─▶ file

The CLI only calls this module; heavy imports (WeasyPrint) happen inside the functions that
need them, so `briefing extract` and `--help` stay fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from briefing.assets import EXAMPLE_STATEMENT
from briefing.model import Content
from briefing.output import check_output_target, write_atomically
from briefing.slug import slugify
from briefing.statement import Statement

if TYPE_CHECKING:
    from briefing.layout import Layout
    from briefing.pdf import Evidence
    from briefing.render import Provenance
    from briefing.review import Reviewed

OutputFormat = Literal["pdf", "html", "png"]
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
    notes: Path | None = None  # the speaker's notes, when asked for


def extract_statement(statement: Statement, *, today: dt.date | None = None) -> Content:
    """Extract a briefing's content from a loaded statement, recording where it came from."""
    from briefing.extraction import extract_content

    content = extract_content(statement.text, today=today)
    if statement.path is not None:
        content.source.file = str(statement.path)
    return content


def build_briefing(
    input_path: Path | None,
    output: Path | None = None,
    *,
    output_format: OutputFormat = "pdf",
    build_date: dt.date | None = None,
    allow_unverified: bool = False,
    layout: Layout | None = None,
    pdf_a: bool = False,
    no_clobber: bool = False,
    write: Writer | None = None,
    dpi: int | None = None,
    notes: bool = False,
) -> BuildResult:
    """Build the briefing for a statement or a content file (`.yaml`; `None` reads a statement
    from standard input) into `output`, by default `out/<name>.pdf` in the current folder.
    Every quote, figure and speaker is verified against the source first. `layout` chooses the
    template, paper, language and config file (see `briefing.layout`). `pdf_a` writes PDF/A-3b
    with the statement and the content attached; `no_clobber` never replaces an existing file.
    `write` puts the bytes in place (a batch keeps them in memory and writes them itself).
    `dpi` is the resolution of a PNG (`output_format="png"`; default `picture.DEFAULT_DPI`).
    `notes` also writes the speaker's notes next to it (`notes.notes_path`)."""
    from briefing.review import make_provenance, require_verified, review_input

    reviewed = review_input(input_path)
    if not allow_unverified:
        require_verified(reviewed)
    content = reviewed.content
    target = output or default_output_path(reviewed.named_after, content, output_format)
    provenance = make_provenance(reviewed, build_date=build_date)
    archive = evidence(reviewed, build_date) if pdf_a and output_format == "pdf" else None
    result = write_briefing(
        content,
        provenance,
        target,
        output_format=output_format,
        layout=layout,
        archive=archive,
        no_clobber=no_clobber,
        write=write,
        dpi=dpi,
    )
    result.quotes_verified, result.quotes_total = provenance.quotes_verified, provenance.quotes_total
    if notes:
        from briefing.notes import notes_path, notes_pdf

        result.notes = notes_path(target)
        data = notes_pdf(reviewed)
        if write is None:
            write_atomically(data, result.notes, no_clobber=no_clobber)
        else:
            write(data, result.notes)
    warnings = list(reviewed.statement.warnings)
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
    result.warnings[:0] = warnings
    return result


def write_briefing(
    content: Content,
    provenance: Provenance,
    target: Path,
    *,
    output_format: OutputFormat = "pdf",
    layout: Layout | None = None,
    archive: Evidence | None = None,
    no_clobber: bool = False,
    write: Writer | None = None,
    dpi: int | None = None,
) -> BuildResult:
    """Fit `content` on one page and write it to `target` (PDF or the page's HTML), once; the
    PDF's text is read back first to prove every quote and figure on the page is whole."""
    from briefing.choice import page_view
    from briefing.layout import Layout, lay_out_briefing
    from briefing.pdf import capture_engine_log, pdf_bytes
    from briefing.readback import check_page_text

    check_output_target(target, no_clobber=no_clobber)  # before the work, not after it
    content, provenance = page_view(content, provenance)  # the items with `use: true`
    warnings: list[str] = []
    details: list[str] = []
    with capture_engine_log() as engine_log:
        fitted = lay_out_briefing(content, provenance, layout or Layout(), on_pass=details.append)
        data = fitted.html.encode("utf-8") if output_format == "html" else pdf_bytes(fitted.document, archive)
    if output_format != "html":
        check_page_text(data, fitted.content)
    if output_format == "png":  # a picture of the very PDF that was checked
        from briefing.picture import DEFAULT_DPI, png_bytes

        data = png_bytes(data, dpi or DEFAULT_DPI)
    details.append(fitted.describe())
    warnings.extend(fitted.drop_reports())
    warnings.extend(f"PDF engine: {message}" for message in dict.fromkeys(engine_log.messages))
    if write is None:
        write_atomically(data, target, no_clobber=no_clobber)
    else:
        write(data, target)
    pages = None if output_format == "html" else len(fitted.document.pages)
    thin = not fitted.content.demands and not fitted.content.quotes
    if thin:
        warnings.append(
            "the page has no demands and no quotes (a thin page): check that the statement is the "
            "right file, or add them in a content file (`briefing extract -o`)."
        )
    return BuildResult(
        output=target,
        content=fitted.content,
        pages=pages,
        warnings=warnings,
        details=details,
        scale=fitted.settings.scale,
        dropped=dict(fitted.dropped),
        thin=thin,
    )


def evidence(reviewed: Reviewed, build_date: dt.date | None = None) -> Evidence:
    """What a PDF/A briefing carries as proof: the statement as read, and the verified
    content as JSON (with the statement named by its file name alone, so the bytes do not
    depend on the folder the build ran in)."""
    import json

    from briefing.dates import document_datetime
    from briefing.pdf import Evidence

    statement = reviewed.statement
    name = statement.path.name if statement.path else "statement.txt"
    content = reviewed.content.to_extract_json()
    source = reviewed.content.source
    content["source"] = {"file": name, "url": source.url, "publisher": source.publisher}
    data = json.dumps(content, ensure_ascii=False, indent=2).encode("utf-8")
    date = document_datetime(reviewed.content.date, build_date) or dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    return Evidence(
        files=(
            (name, statement.text.encode("utf-8"), "The source statement, as briefing read it (UTF-8)"),
            ("content.json", data, "What the page shows, verified against the source statement"),
        ),
        date=date,
    )


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
