"""`briefing extract --format json`: the public contract scripts and the scorer rely on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from tests.conftest import EXTRACT_JSON_KEYS, SMALL_STATEMENT


def test_json_has_the_documented_shape_and_offsets_into_the_input(small_statement):
    result = CliRunner().invoke(cli, ["extract", str(small_statement), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == EXTRACT_JSON_KEYS
    assert data["date"] == "2025-03-12"
    assert data["lang"] == "en"
    assert isinstance(data["title"], str)
    assert isinstance(data["summary"], str)
    assert data["figures"], "the statement states a figure"
    assert data["demands"], "the statement makes demands"
    assert data["quotes"], "the statement quotes someone"
    for figure in data["figures"]:
        assert set(figure) == {"value", "display", "approx", "label", "start", "end"}
        assert isinstance(figure["value"], int | float)
        assert not isinstance(figure["value"], bool)
        assert isinstance(figure["approx"], bool)
        assert 0 <= figure["start"] < figure["end"] <= len(SMALL_STATEMENT)
    for demand in data["demands"]:
        assert set(demand) == {"text", "addressee", "start", "end", "voice"}
        assert demand["voice"] in ("issuer", "other")
        assert 0 <= demand["start"] < demand["end"] <= len(SMALL_STATEMENT)
    for quote in data["quotes"]:
        assert set(quote) == {"text", "speaker", "complete", "start", "end", "voice", "attribution"}
        assert quote["text"] == SMALL_STATEMENT[quote["start"] : quote["end"]]
        assert quote["voice"] in ("issuer", "other")
        tie = quote["attribution"]
        assert (tie is None) == (quote["speaker"] is None)
        if tie:  # the words tying the quote to its speaker, with their offsets
            assert tie["text"] == SMALL_STATEMENT[tie["start"] : tie["end"]]
    assert {k: data["figures"][0][k] for k in ("value", "approx")} == {"value": 120, "approx": True}


def test_offsets_skip_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SMALL_STATEMENT.encode("utf-8"))
    data = json.loads(CliRunner().invoke(cli, ["extract", str(path), "--format", "json"]).stdout)
    assert all(q["text"] == SMALL_STATEMENT[q["start"] : q["end"]] for q in data["quotes"])


def test_extract_never_imports_the_pdf_engine(small_statement):
    code = (
        "import sys; from briefing.cli import main\n"
        "try: main(['extract', sys.argv[1], '--format', 'json'])\n"
        "except SystemExit: pass\n"
        "assert 'weasyprint' not in sys.modules, 'extract imported WeasyPrint'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(small_statement)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Madrid, 12 de enero de 2026.— La organización pidió hoy al gobierno que libere a las "
            "personas detenidas. Según los datos de la organización, más de 1.250 personas siguen "
            "en prisión y la mayoría no ha visto a un abogado desde su detención.",
            "es",
        ),
        (
            "GENÈVE (12 janvier 2026) – L’organisation a demandé aujourd’hui au gouvernement de "
            "libérer les personnes détenues. Selon ses données, plus de 1 250 personnes sont "
            "toujours en prison et la plupart n’ont pas vu un avocat depuis leur arrestation.",
            "fr",
        ),
    ],
)
def test_json_says_the_language_and_reads_its_date_and_numbers(tmp_path, text: str, lang: str) -> None:
    statement = tmp_path / "statement.txt"
    statement.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(statement), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["lang"], data["date"]) == (lang, "2026-01-12")
    assert [(f["value"], f["approx"]) for f in data["figures"]] == [(1250, True)]
    # the dateline is cut, and the context is whole sentences of the lead
    assert not data["summary"].startswith(("Madrid", "GENÈVE"))
    assert ("Según los datos de la organización" in data["summary"]) or (
        "Selon ses données" in data["summary"]
    )
