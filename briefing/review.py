"""Review: a statement or a content file in, its content verified against the source out.

    statement.txt ─extract─▶ Content ─┐
                                      ├─verify against the source─▶ Reviewed ─▶ build, or `check`'s table
    content.yaml ──load────▶ Content ─┘

`build` and `check` both start here, so a statement and a content file go through the same
verification; `require_verified` is the gate a build passes (or `--allow-unverified` skips).
The pure work is in `briefing.extraction`, `briefing.contentfile` and `briefing.verify`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import InputError, VerificationError
from briefing.model import Content
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
        """SHA-256 of the source as given (a PDF's or a page's own bytes, not the text read)."""
        return self.statement.sha256

    def where(self, item: str) -> str:
        """Where messages place an item: `venezuela.yaml:31` in a content file, otherwise the
        statement it was extracted from."""
        return self.content_file.where(item) if self.content_file else self.statement.display_name


def review_input(input_path: Path | str | Statement | None, *, today: dt.date | None = None) -> Reviewed:
    """Load a content file (`.yaml`/`.yml`) or extract a statement (a file, a web address,
    standard input, or one already read: a batch reads its web addresses first), then verify it."""
    if is_content_file(input_path):
        from briefing.contentfile import load_content_file

        assert isinstance(input_path, Path)
        loaded = load_content_file(input_path)
        statement = _load_source(loaded)
        content = loaded.content
        if content.lang is None:  # a content file that does not say: the source's language
            from briefing.extraction.language import detect_language

            content = content.model_copy(update={"lang": detect_language(statement.text)})
    else:
        from briefing.choice import choose_for_page

        loaded = None
        statement = input_path if isinstance(input_path, Statement) else load_statement(input_path)
        content = choose_for_page(extract_statement(statement, today=today), statement.text)
    return Reviewed(content, statement, verify_content(content, statement.text), loaded)


def extract_statement(statement: Statement, *, today: dt.date | None = None) -> Content:
    """Extract a briefing's content from a loaded statement, recording where it came from."""
    from briefing.extraction import extract_content

    content = extract_content(statement.text, today=today)
    if statement.path is not None:
        content.source.file = str(statement.path)
    fill_from_input(content, statement)
    return content


def fill_from_input(content: Content, statement: Statement) -> None:
    """What the input says about itself fills what the text did not give: a page's title,
    date and publisher, and its address (the fetched one, or the page's canonical link)."""
    content.title = content.title or statement.title
    content.date = content.date or statement.date
    content.source.url = content.source.url or statement.url
    content.source.publisher = content.source.publisher or statement.publisher


def _load_source(loaded: LoadedContentFile) -> Statement:
    line = loaded.lines.get("source file")
    where = f"{loaded.path}:{line}" if line else str(loaded.path)
    check_source_path(loaded, where)
    try:
        return load_statement(loaded.source_path, regular_only=True)
    except InputError as error:
        raise InputError(
            f"{where}: the source statement cannot be read: {error} "
            "(`source: file:` is relative to the content file's folder)."
        ) from None


def check_source_path(loaded: LoadedContentFile, where: str) -> None:
    """Refuse a content file's source that is not a regular file in the content file's folder
    or below it (`../../etc/shadow`, an absolute path elsewhere, a link out of the folder, a
    pipe, a device), before any work: a content file may come from anyone, and with --pdf-a
    the source is attached to the PDF."""
    import os

    from briefing.guard import UnsafeFile, check_inside

    folder = loaded.path.absolute().parent
    if not os.path.lexists(loaded.source_path):
        return  # a missing file is reported as the statement's, with its usual hint
    try:
        check_inside(loaded.source_path, [folder])
    except UnsafeFile as problem:
        name = loaded.content.source.file or str(loaded.source_path)
        raise InputError(
            f"{where}: the source statement {name} {problem}: a content file's source must be a "
            f"text file in the content file's folder ({folder}) or below it; copy the statement there."
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
    raise VerificationError(*lines)
