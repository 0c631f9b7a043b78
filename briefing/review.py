"""The review loop: a statement or a content file in, verified content and its provenance out.

    statement.txt ─extract─▶ Content ─┐
                                      ├─verify against the source─▶ Reviewed ─▶ render, or the check table
    content.yaml ──load────▶ Content ─┘

`build` and `check` both start here, so a statement and a content file go through the same
verification. This module composes the content-file, verification and provenance pieces; the
pure work is in `briefing.contentfile` and `briefing.verify`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import InputError, VerificationError
from briefing.model import Content
from briefing.render import Provenance
from briefing.statement import Statement, is_content_file, load_statement
from briefing.verify import VerificationReport, describe_failure, verify_content

if TYPE_CHECKING:  # a content file's reader (YAML, its own models) is loaded only for one
    from briefing.contentfile import LoadedContentFile


@dataclass(frozen=True)
class Reviewed:
    """Content, the statement it must agree with, and what verification found."""

    content: Content
    statement: Statement
    report: VerificationReport
    content_file: LoadedContentFile | None  # None when the content was extracted just now

    @property
    def input_name(self) -> str:
        """How messages name what the user gave: the content file, or the statement."""
        return str(self.content_file.path) if self.content_file else self.statement.display_name

    @property
    def named_after(self) -> Path | None:
        """The file whose name the default output takes."""
        return self.content_file.path if self.content_file else self.statement.path

    @property
    def source_sha256(self) -> str:
        return hashlib.sha256(self.statement.text.encode("utf-8")).hexdigest()

    def where(self, item: str) -> str:
        """Where messages place an item: `venezuela.yaml:31` in a content file, otherwise the
        statement it was extracted from."""
        return self.content_file.where(item) if self.content_file else self.statement.display_name


def review_input(input_path: Path | None, *, today: dt.date | None = None) -> Reviewed:
    """Load a content file (`.yaml`/`.yml`) or extract a statement, then verify it."""
    if is_content_file(input_path):
        from briefing.contentfile import load_content_file

        assert input_path is not None
        loaded = load_content_file(input_path)
        statement = _load_source(loaded)
        content = loaded.content
    else:
        from briefing.choice import choose_for_page
        from briefing.pipeline import extract_statement

        loaded = None
        statement = load_statement(input_path)
        content = choose_for_page(extract_statement(statement, today=today), statement.text)
    return Reviewed(content, statement, verify_content(content, statement.text), loaded)


def _load_source(loaded: LoadedContentFile) -> Statement:
    line = loaded.lines.get("source file")
    try:
        return load_statement(loaded.source_path)
    except InputError as error:
        where = f"{loaded.path}:{line}" if line else str(loaded.path)
        raise InputError(
            f"{where}: the source statement cannot be read: {error} "
            "(`source: file:` is relative to the content file's folder)."
        ) from None


def require_verified(reviewed: Reviewed, *, building: bool = True) -> None:
    """Raise `VerificationError` naming every item that is not in the source, with the
    closest passage of the source and the differing words marked."""
    failures = reviewed.report.failures
    if not failures:
        return
    lines: list[str] = []
    for check in failures:
        first, *details = describe_failure(check)
        prefix = "" if not lines else "Error: "  # the CLI writes the first line's "Error: "
        lines.append(f"{prefix}{reviewed.where(check.item)}: {first}")
        lines.extend(details)
    source = reviewed.statement.display_name
    if reviewed.content_file and reviewed.content_file.content.source.file:
        source = reviewed.content_file.content.source.file
    lines.append(
        ("Nothing was written. " if building else "")
        + f"Make each item match the source ({source}) word for word, or remove it; "
        "`briefing build --allow-unverified` builds anyway with each such item marked as unverified."
    )
    raise VerificationError("\n".join(lines))


def make_provenance(reviewed: Reviewed, *, build_date: dt.date | None = None) -> Provenance:
    """What the footer says about where everything came from."""
    url = reviewed.content.source.url
    return Provenance(
        source_name=reviewed.statement.path.name if reviewed.statement.path else "standard input",
        source_sha256=reviewed.source_sha256,
        build_date=build_date,
        quotes_verified=reviewed.report.quotes_verified,
        quotes_total=reviewed.report.quotes_total,
        unverified=reviewed.report.unverified_items,
        qr_svg=_qr_code(reviewed, url) if url else None,
    )


# Past this, a QR code needs so many modules that a phone cannot read it at 14 mm.
MAX_QR_URL_LENGTH = 500


def _qr_code(reviewed: Reviewed, url: str) -> str:
    if len(url) > MAX_QR_URL_LENGTH:
        raise InputError(
            f"{reviewed.where('source url')}: the source url is {len(url)} characters long, too long "
            f"for a QR code a phone can read (at most {MAX_QR_URL_LENGTH}): "
            "give a shorter link to the statement."
        )
    return qr_code_svg(url)


def qr_code_svg(url: str) -> str:
    """A small QR code linking to `url`, as inline SVG sized by the stylesheet."""
    import segno

    code = segno.make(url, error="m", micro=False)
    return str(code.svg_inline(border=0, omitsize=True, svgclass="qr-code", lineclass=None, dark="#000"))


def format_check_table(reviewed: Reviewed) -> str:
    """The table `briefing check` prints: every item, ✓ or ✗, and its line in the source."""
    report = reviewed.report
    source = reviewed.statement.display_name
    if reviewed.content_file:
        source = str(reviewed.content_file.content.source.file or source)
    rows = [
        f"Checking {reviewed.input_name} against {source} (SHA-256 {reviewed.source_sha256[:12]})",
        "",
        f"     {'item':<18} {'source line':<12} text",
    ]
    for check in report.checks:
        mark = {True: "✓", False: "✗", None: "·"}[check.verified]
        line = str(check.line) if check.line else "–"
        text = check.text
        if check.item.startswith("figure "):
            label = reviewed.content.figures[int(check.item.split()[1]) - 1].label
            text = f"{text}  {label}"
        rows.append(f"  {mark}  {check.item:<18} {line:<12} {_shorten(text)}")
    figures = [check for check in report.checks if check.item.startswith("figure ")]
    speakers = [check for check in report.checks if check.item.endswith(" speaker")]
    rows += [
        "",
        f"{report.quotes_verified} of {report.quotes_total} quotes verified verbatim; "
        f"{sum(1 for check in figures if check.verified)} of {len(figures)} figures and "
        f"{sum(1 for check in speakers if check.verified)} of {len(speakers)} speakers found in the source.",
    ]
    if any(check.verified is None for check in report.checks):
        rows.append("· demands are located for reference only: they may be trimmed or paraphrased.")
    return "\n".join(rows)


def _shorten(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def extract_to_content_file(
    statement_path: Path | None, output: Path, *, force: bool = False, today: dt.date | None = None
) -> Path:
    """Extract a statement into an editable content file at `output`; an existing file (the
    user's edits) is only replaced with `force`."""
    from briefing.choice import choose_for_page
    from briefing.contentfile import content_file_text, relative_source_path
    from briefing.output import write_atomically
    from briefing.pipeline import extract_statement

    if not is_content_file(output):
        raise InputError(
            f"{output}: a content file's name ends in .yaml, e.g. -o {output.with_suffix('.yaml')}."
        )
    if statement_path is None:
        raise InputError(
            "a content file refers to its statement by file name: save the statement to a .txt "
            "file and give that instead of standard input."
        )
    if output.exists() and not force:
        raise InputError(
            f"{output} already exists and may hold your edits: choose another name, or add "
            "--force to replace it."
        )
    statement = load_statement(statement_path)
    content = choose_for_page(extract_statement(statement, today=today), statement.text)
    text = content_file_text(content, relative_source_path(statement_path, output), output.name)
    write_atomically(text.encode("utf-8"), output)
    return output
