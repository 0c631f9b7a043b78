"""The content model (briefing/model.py): typed, strict about keys, and its public JSON."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from briefing.model import Content, Demand, Figure, Quote, Source
from tests.conftest import EXTRACT_JSON_KEYS


def test_an_unknown_key_is_refused_so_a_typo_is_caught() -> None:
    with pytest.raises(ValidationError, match="speeker"):
        Quote(text="We will not stop.", speeker="Ana Ruiz")  # type: ignore[call-arg]


def test_a_figure_cannot_be_infinite() -> None:
    with pytest.raises(ValidationError, match="finite"):
        Figure(display="∞", label="people", value=float("inf"))


def test_assignments_are_validated_too() -> None:
    figure = Figure(display="~800", label="families", value=800)
    with pytest.raises(ValidationError):
        figure.value = "many"  # type: ignore[assignment]


def test_extract_json_has_the_documented_shape_and_whole_numbers_as_integers() -> None:
    content = Content(
        title="Eight hundred families still without homes",
        date=dt.date(2025, 3, 3),
        issuer="Coastal Rights Network",
        summary="Floods have left families homeless.",
        figures=[
            Figure(display="~800", label="families", value=800.0, approx=True, start=10, end=20),
            Figure(display="45.5%", label="of homes lost", value=45.5),
        ],
        demands=[Demand(text="restore the sea wall", addressee="the ministry", start=0, end=40)],
        quotes=[Quote(text="Nobody should wait another winter,", complete=False, start=50, end=84)],
        source=Source(file="statement.txt", url="https://example.org/s"),
        ask="Call your representative.",
        lang="en",
    )
    data = content.to_extract_json()
    assert set(data) == EXTRACT_JSON_KEYS
    assert data["date"] == "2025-03-03"
    assert data["lang"] == "en"
    assert data["figures"][0] == {
        "value": 800,
        "display": "~800",
        "approx": True,
        "label": "families",
        "start": 10,
        "end": 20,
    }
    assert isinstance(data["figures"][0]["value"], int)
    assert data["figures"][1]["value"] == 45.5
    assert data["demands"] == [
        {
            "text": "restore the sea wall",
            "addressee": "the ministry",
            "start": 0,
            "end": 40,
            "voice": "issuer",
        }
    ]
    assert data["quotes"][0]["speaker"] is None
    assert data["quotes"][0]["complete"] is False


def test_empty_content_is_valid_and_its_json_is_empty() -> None:
    data = Content().to_extract_json()
    assert data["title"] is None
    assert data["figures"] == data["demands"] == data["quotes"] == []
