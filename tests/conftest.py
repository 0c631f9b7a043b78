"""Shared fixtures: small statements written for the tests, PDF readers, and a guard that fails
any test in which WeasyPrint logged a warning or an error (it reports bad CSS, missing
resources and missing glyphs only through its logger)."""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SMALL_STATEMENT = """\
GENEVA (12 March 2025) – The Independent Panel on Riverland welcomed the release of some detained
journalists this week, but said that at least 120 journalists remain in custody.

“Every journalist held for their work must be freed today, and those released must be able to
work without fear of arrest,” the panel said in its statement.

The panel called on the Riverland authorities to end the use of pre-trial detention against the press.
"We urge the government to publish the names and whereabouts of everyone still detained," the
experts added.
"""


@pytest.fixture(autouse=True)
def _fail_on_engine_log() -> Iterator[None]:
    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Collect(level=logging.WARNING)
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    messages = [record.getMessage() for record in records]
    assert not messages, f"WeasyPrint logged: {messages}"


@pytest.fixture
def small_statement(tmp_path: Path) -> Path:
    path = tmp_path / "riverland.txt"
    path.write_text(SMALL_STATEMENT, encoding="utf-8")
    return path


def pdf_text(path: Path) -> str:
    """The PDF's text layer in reading order (pdftotext -raw: columns stay whole), as poppler reads it (the most reliable reader of
    WeasyPrint output), with pypdf as the fallback where poppler is not installed."""
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True
        ).stdout
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def squash(text: str) -> str:
    """Text with every run of whitespace folded to one space, to compare across line breaks."""
    return " ".join(text.split())
