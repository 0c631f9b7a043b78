"""The pipeline: composes the stages into `build_briefing`, the library's main entry point.

    statement ─load─▶ Statement ─extract─▶ Content ─render─▶ HTML ─lay out─▶ Document ─write─▶ PDF

The CLI only calls this module; heavy imports (WeasyPrint) happen inside the functions that
need them, so `briefing extract` and `--help` stay fast.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from briefing.assets import EXAMPLE_STATEMENT
from briefing.layout import Layout
from briefing.model import Content
from briefing.output import write_atomically
from briefing.slug import slugify
from briefing.statement import Statement, load_statement

if TYPE_CHECKING:
    from briefing.render import Provenance

OutputFormat = Literal["pdf", "html"]
DEFAULT_OUTPUT_DIR = Path("out")


@dataclass
class BuildResult:
    """What a build wrote, and what the user should know about it."""

    output: Path
    content: Content
    pages: int | None  # None for HTML output
    warnings: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # shown with --verbose: how the page was fitted


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
    layout: Layout | None = None,
) -> BuildResult:
    """Build the briefing for a statement file (`None` reads standard input) into `output`,
    by default `out/<name>.pdf` in the current folder. `layout` chooses the template, paper,
    language and config file (see `briefing.layout`)."""
    from briefing.render import Provenance

    statement = load_statement(input_path)
    content = extract_statement(statement)
    target = output or default_output_path(statement, content, output_format)
    provenance = Provenance(
        source_name=statement.path.name if statement.path else "standard input",
        source_sha256=hashlib.sha256(statement.text.encode("utf-8")).hexdigest(),
        build_date=build_date,
    )
    result = write_briefing(content, provenance, target, output_format=output_format, layout=layout)
    result.warnings[:0] = statement.warnings
    return result


def write_briefing(
    content: Content,
    provenance: Provenance,
    target: Path,
    *,
    output_format: OutputFormat = "pdf",
    layout: Layout | None = None,
) -> BuildResult:
    """Fit `content` on one page and write it to `target` (PDF or the page's HTML), once."""
    from briefing.layout import lay_out_briefing
    from briefing.pdf import capture_engine_log, pdf_bytes

    warnings: list[str] = []
    details: list[str] = []
    with capture_engine_log() as engine_log:
        fitted = lay_out_briefing(content, provenance, layout or Layout(), on_pass=details.append)
        data = fitted.html.encode("utf-8") if output_format == "html" else pdf_bytes(fitted.document)
    details.append(fitted.describe())
    report = fitted.drop_report()
    if report:
        warnings.append(report)
    warnings.extend(f"PDF engine: {message}" for message in engine_log.messages)
    write_atomically(data, target)
    pages = None if output_format == "html" else len(fitted.document.pages)
    return BuildResult(output=target, content=fitted.content, pages=pages, warnings=warnings, details=details)


def default_output_path(statement: Statement, content: Content, output_format: OutputFormat) -> Path:
    """`out/<name>.<format>`: named after the statement's file, or its title for standard input."""
    if statement.path is not None:
        name = slugify(statement.path.stem)
    else:
        name = slugify(content.title or "", fallback="briefing")
    return DEFAULT_OUTPUT_DIR / f"{name}.{output_format}"


def default_statement() -> Path:
    """The bundled example statement, built when no input is given."""
    return EXAMPLE_STATEMENT
