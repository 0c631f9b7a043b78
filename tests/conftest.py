"""Shared fixtures: small statements and content written for the tests, PDF readers, and a guard that fails
any test in which WeasyPrint logged a warning or an error (it reports bad CSS, missing
resources and missing glyphs only through its logger)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing.model import Content, Demand, Figure, Quote, Source

SMALL_STATEMENT = """\
GENEVA (12 March 2025) – The Independent Panel on Riverland welcomed the release of some detained
journalists this week, but said that at least 120 journalists remain in custody.

“Every journalist held for their work must be freed today, and those released must be able to
work without fear of arrest,” the panel said in its statement.

“The families of those still held have heard nothing from the courts in months,”
said Lena Obradi, the panel's chair.

The panel called on the Riverland authorities to end the use of pre-trial detention against the press.
"We urge the government to publish the names and whereabouts of everyone still detained," the
experts added.
"""


@pytest.fixture(autouse=True)
def _fail_on_engine_log(request: pytest.FixtureRequest) -> Iterator[None]:
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
    if request.node.get_closest_marker("engine_errors"):  # the test provokes them on purpose
        return
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


# Written for the tests; not taken from any real statement.
COASTAL_STATEMENT = """Statement by the Coastal Rights Network, 3 March 2025

The Network said that 1,200,000 people live in the delta, and that about
eight hundred families have lost their homes since the floods.

“We ask the government to restore the sea wall before the next storm season, and to do it now,” said Ana Ruiz, the Network's director.

The Network called on the ministry to publish its flood plans — including the costs — within 30 days.
"Every family deserves a safe home. Nobody should wait another winter for help," the statement added.
"""


@pytest.fixture
def coastal_statement() -> str:
    return COASTAL_STATEMENT


@pytest.fixture
def coastal_content() -> Content:
    """Content that agrees with `COASTAL_STATEMENT` word for word."""
    return Content(
        title="Eight hundred families still without homes",
        date=dt.date(2025, 3, 3),
        issuer="Coastal Rights Network",
        summary="Floods have left families homeless in the delta.",
        figures=[
            Figure(display="1.2 million", label="people live in the delta", value=1_200_000),
            Figure(display="~800", label="families lost their homes", value=800, approx=True),
        ],
        demands=[Demand(text="publish its flood plans within 30 days", addressee="the ministry")],
        quotes=[
            Quote(
                text="We ask the government to restore the sea wall before the next storm season, and to do it now,",
                speaker="Ana Ruiz, the Network's director",
            ),
            Quote(text="Every family deserves a safe home. Nobody should wait another winter for help,"),
        ],
        source=Source(url="https://example.org/coastal-statement", publisher="Coastal Rights Network"),
    )


@pytest.fixture
def content_file(tmp_path: Path, coastal_statement: str, coastal_content: Content) -> Path:
    """A content file next to its statement, as `briefing extract -o` would write it."""
    from briefing.contentfile import content_file_text

    (tmp_path / "statement.txt").write_text(coastal_statement, encoding="utf-8")
    path = tmp_path / "coastal.yaml"
    path.write_text(content_file_text(coastal_content, "statement.txt", path.name), encoding="utf-8")
    return path


PROJECT = Path(__file__).resolve().parent.parent

#: The top-level keys of `briefing extract --format json`, which scripts and the scorer rely on
#: (README, "Extraction, and its JSON").
EXTRACT_JSON_KEYS = {
    "title",
    "date",
    "lang",
    "issuer",
    "publisher",
    "summary",
    "figures",
    "demands",
    "quotes",
}


def run_briefing(*args: str, cwd: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    """Run this checkout's `briefing` as a user would, in a subprocess (PYTHONPATH: not another
    installed copy; SOURCE_DATE_EPOCH only when the test sets it)."""
    env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    env["PYTHONPATH"] = str(PROJECT)
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**env, **environment},
    )


def structure_elements(pdf: Any) -> list[Any]:
    """Every element of a tagged PDF's structure tree (pikepdf dictionaries with a role /S)."""
    import pikepdf

    found: list[Any] = []
    stack: list[Any] = [pdf.Root.StructTreeRoot]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Dictionary):
            if "/S" in node:
                found.append(node)
            kids = node.get("/K")
            if isinstance(kids, pikepdf.Array):
                stack.extend(kids)
            elif isinstance(kids, pikepdf.Dictionary):
                stack.append(kids)
    return found
