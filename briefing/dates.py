"""The clock, as far as a build may read it: `SOURCE_DATE_EPOCH` first, so that a build can be
reproduced byte for byte (https://reproducible-builds.org/specs/source-date-epoch/)."""

from __future__ import annotations

import datetime as dt
import os

from briefing.errors import InputError


def source_date_epoch() -> dt.datetime | None:
    """The time `SOURCE_DATE_EPOCH` sets (UTC), or None when it is not set."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return dt.datetime.fromtimestamp(int(value), tz=dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise InputError(
            f"SOURCE_DATE_EPOCH is {value[:40]!r}, not a whole number of seconds since 1970: fix or unset it."
        ) from None


def today() -> dt.date:
    """Today's date for a `--build-date` stamp: `SOURCE_DATE_EPOCH`'s day when it is set."""
    fixed = source_date_epoch()
    return fixed.date() if fixed else dt.datetime.now(tz=dt.UTC).date()


def document_datetime(
    statement_date: dt.date | None, build_date: dt.date | None = None
) -> dt.datetime | None:
    """The date a PDF carries: the statement's own; else `SOURCE_DATE_EPOCH`; else the build
    date the user asked for; else none at all (never the clock, so output is reproducible)."""
    if statement_date is not None:
        return dt.datetime.combine(statement_date, dt.time(), tzinfo=dt.UTC)
    fixed = source_date_epoch()
    if fixed is not None:
        return fixed
    if build_date is not None:
        return dt.datetime.combine(build_date, dt.time(), tzinfo=dt.UTC)
    return None
