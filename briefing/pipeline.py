"""The pipeline: composes the stages into `build_briefing`, the library's main entry point.

    statement ─load─▶ Statement ─extract─▶ Content ⇄ content.yaml ─verify─▶ Content
        ─render─▶ HTML ─lay out─▶ Document ─read back─▶ PDF ─write─▶ file

The CLI only calls this module; heavy imports (WeasyPrint) happen inside the functions that
need them, so `briefing extract` and `--help` stay fast.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from briefing.assets import EXAMPLE_STATEMENT, styles_dir
from briefing.errors import FitError
from briefing.model import Content
from briefing.output import write_atomically
from briefing.slug import slugify
from briefing.statement import Statement

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
    allow_unverified: bool = False,
) -> BuildResult:
    """Build the briefing for a statement or a content file (`.yaml`; `None` reads a statement
    from standard input) into `output`, by default `out/<name>.pdf` in the current folder.
    Every quote, figure and speaker is verified against the source first."""
    from briefing.render import PageSettings, render_html
    from briefing.review import make_provenance, require_verified, review_input

    reviewed = review_input(input_path)
    if not allow_unverified:
        require_verified(reviewed)
    content = reviewed.content
    target = output or default_output_path(reviewed.named_after, content, output_format)
    provenance = make_provenance(reviewed, build_date=build_date)
    html = render_html(content, provenance, PageSettings())
    warnings = list(reviewed.statement.warnings)
    if reviewed.report.failures:
        warnings.append(
            f"{len(reviewed.report.failures)} item(s) are not verified against the source and are "
            "marked as unverified on the page."
        )
    if output_format == "html":
        write_atomically(html.encode("utf-8"), target)
        return BuildResult(output=target, content=content, pages=None, warnings=warnings)

    from briefing.pdf import capture_engine_log, pdf_bytes, render_document
    from briefing.readback import check_page_text

    with capture_engine_log() as engine_log:
        document = render_document(html, base_url=styles_dir().as_uri() + "/", allowed_roots=(styles_dir(),))
        if len(document.pages) > 1:
            raise FitError(
                f"the briefing for {reviewed.input_name} needs {len(document.pages)} pages: "
                "shorten the summary or remove demands or quotes so that it fits one page."
            )
        data = pdf_bytes(document)
    check_page_text(data, content)
    warnings.extend(f"PDF engine: {message}" for message in engine_log.messages)
    write_atomically(data, target)
    return BuildResult(output=target, content=content, pages=len(document.pages), warnings=warnings)


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
