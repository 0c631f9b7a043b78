"""A stray byte that is not UTF-8 costs that one character, never the rest of the file: the
extractor's own quotes still verify. Statements written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extraction import extract_content
from briefing.statement import decode_statement
from briefing.verify import verify_content
from tests.conftest import run_briefing

STATEMENT = (
    "GENEVA (3 May 2025) – The Delta Rights Panel said 40 people were held in Bogotá.\n\n"
    "“We call for the release of every detainee in the capital now,” said Ana Pérez, the panel’s chair.\n"
)


def _with_stray_byte(text: str, word: str, latin1: str) -> bytes:
    """`text` in UTF-8, but for `word`, written in Latin-1 (one byte per accented letter)."""
    head, _, tail = text.partition(word)
    return head.encode("utf-8") + word.encode("latin-1") + tail.encode("utf-8")


def test_one_latin1_byte_costs_only_its_own_character() -> None:
    data = _with_stray_byte(STATEMENT, "Pérez", "é")
    text, warnings = decode_statement(data, "s.txt")
    assert text == STATEMENT  # é in Latin-1 is é in Windows-1252; every curly mark survives
    assert warnings == [
        "s.txt is UTF-8 but for a character on line 3 that is not; read it as Windows-1252 (“é”). "
        "Check it on the page, or save the file as UTF-8."
    ]


def test_a_file_with_no_utf8_at_all_is_still_read_as_windows_1252() -> None:
    text, warnings = decode_statement(STATEMENT.encode("cp1252"), "word.txt")
    assert text == STATEMENT
    assert "read it as Windows-1252 (text saved from Word)" in warnings[0]


def test_the_extractors_quotes_verify_despite_a_stray_byte(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_bytes(_with_stray_byte(STATEMENT, "Pérez", "é"))
    assert run_briefing("extract", "s.txt", "-o", "c.yaml", cwd=tmp_path).returncode == 0
    result = run_briefing("check", "c.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1 of 1 quotes verified verbatim" in result.stdout


@pytest.mark.parametrize(
    "mangled",
    [
        # UTF-8 marks once read as Windows-1252 and saved again: the cleaner reads them as marks
        "â€œWe call for the release of every detainee now,â€\x9d said Ana Pérez.",
        "Ana Pérez said: â€˜We call for the release of every detainee now.â€™ The panel agreed.",
    ],
)
def test_quotes_between_mojibake_marks_verify(mangled: str) -> None:
    text = "The Delta Rights Panel met on Monday.\n\n" + mangled + "\n"
    content = extract_content(text)
    assert content.quotes
    assert not verify_content(content, text).failures


_ALPHABET = st.sampled_from([*list("abcdef ghij,."), "é", "ñ", "ü", "“", "”", "’", "–", "\n"])


@settings(max_examples=150, deadline=None)
@given(
    before=st.text(_ALPHABET, max_size=80),
    after=st.text(_ALPHABET, max_size=80),
    stray=st.integers(0x80, 0xFF),
)
def test_a_stray_byte_anywhere_leaves_every_other_character(before: str, after: str, stray: int) -> None:
    data = before.encode("utf-8") + b" " + bytes([stray]) + b" " + after.encode("utf-8")
    text, _ = decode_statement(data, "s.txt")
    decoded_stray = bytes([stray]).decode("cp1252", errors="replace")
    assert text.replace("\r", "") == f"{before} {decoded_stray} {after}".replace("\r", "")


def test_a_web_page_with_one_stray_byte_keeps_its_utf8() -> None:
    from briefing.readers.html_page import decode_page

    page = "<html><body><p>“We call for the release of every detainee,” said Ana Pérez.</p></body></html>"
    text, warnings = decode_page(_with_stray_byte(page, "Pérez", "é"))
    assert text == page
    assert "line 1" in warnings[0]
