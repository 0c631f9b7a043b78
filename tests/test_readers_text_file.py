"""The text and Markdown reader: the statement as it is, decoded as statements always were."""

from __future__ import annotations

from briefing.readers.text_file import read


def test_a_text_statement_is_read_exactly_and_says_nothing_of_itself():
    text = "GENEVA (1 May 2025) – The Coast Coalition calls on the council.\r\n\r\n“Act now,” it said.\n"
    found = read(text.encode("utf-8"), "s.txt")
    assert found.text == text  # line breaks untouched: offsets and line numbers refer to it
    assert (found.format, found.title, found.date, found.publisher) == ("text", None, None, None)


def test_a_text_fetched_with_a_declared_charset_is_decoded_by_it():
    found = read("Año “nuevo”".encode("cp1252"), "page.txt", charset="windows-1252")
    assert found.text == "Año “nuevo”"
    assert found.warnings == ()  # the server said how it is encoded: no guess to warn about


def test_an_undeclared_windows_1252_text_is_read_with_a_warning():
    found = read("Año “nuevo”".encode("cp1252"), "s.txt")
    assert found.text == "Año “nuevo”"
    assert "Windows-1252" in found.warnings[0]
