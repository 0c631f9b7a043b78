"""Where the page says its content came from (briefing/provenance.py): the source, its
SHA-256, the verified quotes, and a QR code for its URL."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.model import Content, Quote, Source
from briefing.provenance import MAX_QR_URL_LENGTH, Provenance, make_provenance, qr_code_svg
from briefing.review import Reviewed
from briefing.statement import Statement
from briefing.verify import verify_content

TEXT = "“We will rebuild every home,” said Ana Ruiz, the Network's director.\n"


def reviewed(url: str | None, quote: str = "We will rebuild every home,") -> Reviewed:
    content = Content(quotes=[Quote(text=quote, speaker="Ana Ruiz")], source=Source(url=url))
    statement = Statement(text=TEXT, path=Path("coastal/statement.txt"))
    return Reviewed(content, statement, verify_content(content, TEXT), None)


def test_provenance_names_the_source_file_its_hash_and_the_verified_quotes() -> None:
    provenance = make_provenance(reviewed(None), build_date=dt.date(2025, 3, 13))
    assert provenance == Provenance(
        source_name="statement.txt",
        source_sha256=hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
        build_date=dt.date(2025, 3, 13),
        quotes_verified=1,
        quotes_total=1,
        unverified=frozenset(),
        qr_svg=None,
    )


def test_an_item_not_in_the_source_is_listed_as_unverified() -> None:
    provenance = make_provenance(reviewed(None, quote="We will rebuild nothing,"))
    assert provenance.quotes_verified == 0
    assert "quote 1" in provenance.unverified


def test_a_source_url_gets_a_qr_code() -> None:
    provenance = make_provenance(reviewed("https://example.org/statement"))
    assert provenance.qr_svg is not None
    assert provenance.qr_svg.startswith("<svg")
    assert 'class="qr-code"' in provenance.qr_svg


def test_a_url_too_long_for_a_readable_qr_code_is_a_user_error() -> None:
    url = "https://example.org/" + "x" * MAX_QR_URL_LENGTH
    with pytest.raises(InputError, match=r"coastal/statement.txt: the source url is \d+ characters long"):
        make_provenance(reviewed(url))


def test_the_same_url_gives_the_same_qr_code() -> None:
    assert qr_code_svg("https://example.org/a") == qr_code_svg("https://example.org/a")
    assert qr_code_svg("https://example.org/a") != qr_code_svg("https://example.org/b")
