"""Shared fixtures: a small statement written for these tests, and content that agrees with it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.model import Content, Demand, Figure, Quote, Source

# Written for the tests; not taken from any real statement.
SMALL_STATEMENT = """Statement by the Coastal Rights Network, 3 March 2025

The Network said that 1,200,000 people live in the delta, and that about
eight hundred families have lost their homes since the floods.

“We ask the government to restore the sea wall before the next storm season, and to do it now,” said Ana Ruiz, the Network's director.

The Network called on the ministry to publish its flood plans — including the costs — within 30 days.
"Every family deserves a safe home. Nobody should wait another winter for help," the statement added.
"""


@pytest.fixture
def small_statement() -> str:
    return SMALL_STATEMENT


@pytest.fixture
def small_content() -> Content:
    """Content that agrees with `SMALL_STATEMENT` word for word."""
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
def content_file(tmp_path: Path, small_statement: str, small_content: Content) -> Path:
    """A content file next to its statement, as `briefing extract -o` would write it."""
    from briefing.contentfile import content_file_text

    (tmp_path / "statement.txt").write_text(small_statement, encoding="utf-8")
    path = tmp_path / "coastal.yaml"
    path.write_text(content_file_text(small_content, "statement.txt", path.name), encoding="utf-8")
    return path
