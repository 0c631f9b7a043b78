"""Loading and decoding statements: what people paste from the web and from Word."""

from __future__ import annotations

import codecs

import pytest

from briefing.errors import InputError
from briefing.statement import MAX_STATEMENT_BYTES, decode_statement, load_statement

TEXT = "The council “must act” – now. Café 50%."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8 with BOM", "utf-16 LE", "utf-16 BE"],
)
def test_unicode_encodings_decode_without_warning(data):
    assert decode_statement(data, "s.txt") == (TEXT, [])


def test_windows_1252_is_read_with_a_warning():
    text, warnings = decode_statement(TEXT.encode("cp1252"), "word.txt")
    assert text == TEXT
    assert warnings == [
        "word.txt is not UTF-8; read it as Windows-1252 (text saved from Word). "
        "Check the quotes and accents on the page, or save the file as UTF-8."
    ]


def test_text_is_normalised_to_composed_characters():
    decomposed = "Cafe\u0301"
    assert decode_statement(decomposed.encode("utf-8"), "s.txt")[0] == "Café"


def test_control_and_bidi_override_characters_are_removed_with_a_warning():
    text, warnings = decode_statement("pay\u202eusd 50\x07 now".encode(), "s.txt")
    assert text == "payusd 50 now"
    assert warnings == ["s.txt contained invisible control characters; they were removed."]


def test_line_breaks_and_tabs_are_kept():
    assert decode_statement(b"a\r\nb\tc\n", "s.txt")[0] == "a\r\nb\tc\n"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7 ...", "a PDF file"),
        (b"PK\x03\x04 ...", "a ZIP archive or Word/OpenDocument file (.docx, .odt)"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"plain\x00text", "a binary file (it contains NUL bytes)"),
    ],
)
def test_binary_input_is_refused_saying_what_it_looks_like(data, kind):
    with pytest.raises(
        InputError, match=f"s.bin looks like {kind.replace('(', '[(]').replace(')', '[)]')}, not text"
    ):
        decode_statement(data, "s.bin")


def test_an_oversized_statement_is_refused_before_it_is_read_whole(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"word " * (MAX_STATEMENT_BYTES // 5 + 1))
    with pytest.raises(InputError, match=r"huge\.txt is larger than 1 MB"):
        load_statement(huge)


def test_a_broken_utf16_file_is_refused():
    with pytest.raises(InputError, match="not valid utf-16-le"):
        decode_statement(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", "s.txt")
