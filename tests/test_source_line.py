"""The footer's source line (briefing/provenance.py `source_line`) and the publisher the
text names (briefing/extraction/metadata.py `find_publisher`): never a file name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest

from briefing.extraction import extract_content
from briefing.labels import Labels
from briefing.model import Content, Source
from briefing.provenance import source_line
from tests.conftest import run_briefing


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Source: Harbour News, reporting a statement by Coast Network"),
        ("es", "Fuente: Harbour News, que informa de una declaración de Coast Network"),
        ("fr", "Source\u202f: Harbour News, rapportant une déclaration de Coast Network"),
    ],
)
def test_source_line_names_the_outlet_reporting_the_issuer(lang: str, expected: str) -> None:
    content = Content(issuer="Coast Network", source=Source(publisher="Harbour News"))
    assert source_line(content, Labels(lang)) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Source: statement by Coast Network (publisher not named in the text)"),
        ("es", "Fuente: declaración de Coast Network (el texto no nombra al editor)"),
        ("fr", "Source\u202f: déclaration de Coast Network (éditeur non nommé dans le texte)"),
    ],
)
def test_source_line_says_plainly_when_no_publisher_is_named(lang: str, expected: str) -> None:
    assert source_line(Content(issuer="Coast Network"), Labels(lang)) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Source: statement by Coast Network of 3 May 2025 (publisher not named in the text)"),
        ("es", "Fuente: declaración de Coast Network del 3 de mayo de 2025 (el texto no nombra al editor)"),
        ("fr", "Source\u202f: déclaration de Coast Network du 3 mai 2025 (éditeur non nommé dans le texte)"),
    ],
)
def test_source_line_dates_the_statement(lang: str, expected: str) -> None:
    labels = Labels(lang)
    date = labels.date(dt.date(2025, 5, 3))
    assert source_line(Content(issuer="Coast Network"), labels, date) == expected


def test_source_line_dates_a_named_publishers_statement() -> None:
    content = Content(source=Source(publisher="Harbour News"))
    assert source_line(content, Labels("en"), "3 May 2025") == "Source: Harbour News, statement of 3 May 2025"


def test_source_line_names_a_publisher_that_is_the_issuer_once() -> None:
    content = Content(issuer="Coast Network", source=Source(publisher="Coast Network Scotland"))
    assert source_line(content, Labels("en")) == "Source: Coast Network Scotland"


def test_source_line_with_nothing_named_is_never_a_file_name() -> None:
    content = Content(source=Source(file="statements/draft-07.txt"))
    assert source_line(content, Labels("en")) == "Source: publisher not named in the text"


def test_publisher_is_the_wire_agency_of_the_dateline() -> None:
    text = (
        "Port workers walk out\n\n"
        "Lisbon (Wirepress) - Port workers in Porto Azul walked out on Monday, their union said.\n"
    )
    content = extract_content(text, lang="en")
    assert content.source.publisher == "Wirepress"
    assert content.issuer != "Wirepress"


def test_publisher_is_the_organisation_of_a_byline_and_the_issuer_the_party_reported() -> None:
    text = (
        "Rail fares to rise by 9%, says Transport Board\n"
        "By Jo Bloggs, Transport Correspondent, Harbour News\n\n"
        "Rail fares will rise by 9% in March, commuters have been told.\n"
    )
    content = extract_content(text, lang="en")
    assert content.source.publisher == "Harbour News"
    assert content.issuer == "Transport Board"


@pytest.mark.parametrize(
    "byline", ["By Sam Okafor, Education Correspondent", "By Mia Chen, Chief Health Editor"]
)
def test_a_reporters_desk_is_not_the_publisher(byline: str) -> None:
    # "Education Correspondent" names the reporter's beat; the outlet is not named at all
    text = f"Teachers threaten strike over pay\n{byline}\n\nThe union said on Wednesday it would strike.\n"
    assert extract_content(text, lang="en").source.publisher is None


def test_publisher_of_a_wire_crew_byline_es() -> None:
    text = (
        "Los puertos cierran por la huelga\nPor Agenciax corresponsales\n\n"
        "Los trabajadores del puerto de Vigo iniciaron el lunes una huelga de tres días.\n"
    )
    assert extract_content(text, lang="es").source.publisher == "Agenciax"


def test_page_footer_says_the_publisher_is_not_named(tmp_path: Path) -> None:
    statement = tmp_path / "draft-07.txt"
    statement.write_text(
        "Coast Network calls for a ban on dredging\n\n"
        "The Coast Network calls on the council to ban dredging in the bay before the summer.\n\n"
        "The bay has lost half of its seagrass since 2010, the network said.\n",
        encoding="utf-8",
    )
    out = tmp_path / "page.pdf"
    result = run_briefing("build", str(statement), "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = " ".join((page.extract_text() or "") for page in pypdf.PdfReader(out).pages)
    text = " ".join(text.split())
    assert "Source: statement by Coast Network (publisher not named in the text)" in text
    assert "Source: draft-07.txt" not in text
