"""The clock, as a build may read it (briefing/dates.py): SOURCE_DATE_EPOCH first, else the
statement's date, never the clock for a PDF's own date."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.dates import document_datetime, source_date_epoch, today
from briefing.errors import InputError


def test_source_date_epoch_is_read_as_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1741737600")
    assert source_date_epoch() == dt.datetime(2025, 3, 12, tzinfo=dt.UTC)
    assert today() == dt.date(2025, 3, 12)


def test_no_source_date_epoch_is_none_and_today_is_the_clocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert source_date_epoch() is None
    assert today() == dt.datetime.now(tz=dt.UTC).date()


def test_a_source_date_epoch_that_is_not_a_number_is_a_user_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(InputError, match=r"^SOURCE_DATE_EPOCH is 'yesterday', not a whole number"):
        source_date_epoch()


def test_the_documents_date_prefers_the_statements_then_the_epoch_then_the_build_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    statement, build = dt.date(2025, 3, 12), dt.date(2026, 1, 2)
    assert document_datetime(statement, build) == dt.datetime(2025, 3, 12, tzinfo=dt.UTC)
    assert document_datetime(None, build) == dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    assert document_datetime(None, None) is None
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert document_datetime(None, build) == dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
