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
from typing import Literal

from briefing.assets import EXAMPLE_STATEMENT, styles_dir
from briefing.errors import FitError
from briefing.model import Content
from briefing.output import write_atomically
from briefing.slug import slugify
from briefing.statement import Statement, load_statement

OutputFormat = Literal["pdf", "html"]
DEFAULT_OUTPUT_DIR = Path("out")


@dataclass
class BuildResult:
    """What a build wrote, and what the user should know about it."""

    output: Path
    content: Content
    pages: int | None  # None for HTML output
    warnings: list[str] = field(default_factory=list)


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
) -> BuildResult:
    """Build the briefing for a statement file (`None` reads standard input) into `output`,
    by default `out/<name>.pdf` in the current folder."""
    from briefing.render import PageSettings, Provenance, render_html

    statement = load_statement(input_path)
    content = extract_statement(statement)
    target = output or default_output_path(statement, content, output_format)
    provenance = Provenance(
        source_name=statement.path.name if statement.path else "standard input",
        source_sha256=hashlib.sha256(statement.text.encode("utf-8")).hexdigest(),
        build_date=build_date,
    )
    html = render_html(content, provenance, PageSettings())
    warnings = list(statement.warnings)
    if output_format == "html":
        write_atomically(html.encode("utf-8"), target)
        return BuildResult(output=target, content=content, pages=None, warnings=warnings)

    from briefing.pdf import capture_engine_log, pdf_bytes, render_document

    with capture_engine_log() as engine_log:
        document = render_document(html, base_url=styles_dir().as_uri() + "/", allowed_roots=(styles_dir(),))
        if len(document.pages) > 1:
            raise FitError(
                f"the briefing for {statement.display_name} needs {len(document.pages)} pages: "
                "shorten the summary or remove demands or quotes so that it fits one page."
            )
        data = pdf_bytes(document)
    warnings.extend(f"PDF engine: {message}" for message in engine_log.messages)
    write_atomically(data, target)
    return BuildResult(output=target, content=content, pages=len(document.pages), warnings=warnings)


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
