"""Stage 1, load: a statement file (or standard input) in, a decoded `Statement` out.

Decoding follows what people actually paste: a byte-order mark decides (UTF-8, UTF-16 LE/BE);
otherwise strict UTF-8; otherwise Windows-1252 (text saved from Word), with a warning. Binary
files are refused with a message saying what they look like, before any work is done.
"""

from __future__ import annotations

import codecs
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import InputError

CONTENT_FILE_SUFFIXES = (".yaml", ".yml")  # any other input is a statement
# A statement is a page or two of text; anything near this size is not a statement, and laying
# it out would take minutes before failing anyway.
MAX_STATEMENT_BYTES = 1_000_000

# Controls other than tab/newline/carriage return, and the bidi overrides that can make text
# display in a different order from the one it is stored in.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")

_BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive or Word/OpenDocument file (.docx, .odt)",
    b"\xd0\xcf\x11\xe0": "an old Word document (.doc)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"{\\rtf": "an RTF document",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def is_content_file(path: Path | None) -> bool:
    """Whether `path` names a content file (by its suffix) rather than a statement."""
    return path is not None and path.suffix.lower() in CONTENT_FILE_SUFFIXES


@dataclass(frozen=True)
class Statement:
    """The text of a statement, decoded, and where it came from."""

    text: str
    path: Path | None  # None for standard input
    warnings: tuple[str, ...] = field(default=())

    @property
    def display_name(self) -> str:
        """How messages name the statement."""
        return str(self.path) if self.path else "standard input"


def load_statement(path: Path | None) -> Statement:
    """Read and decode a statement; `None` reads standard input."""
    name = str(path) if path else "standard input"
    data = _read_bytes(path, name)
    text, warnings = decode_statement(data, name)
    if not text.strip():
        raise InputError(f"{name} is empty: give a statement with some text in it.")
    return Statement(text=text, path=path, warnings=tuple(warnings))


def decode_statement(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode bytes to text, returning the text and any warnings for the user."""
    warnings: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name} starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding} (byte {error.start}): save it again as UTF-8 text."
                ) from None
            break
    else:
        binary_kind = _binary_kind(data)
        if binary_kind:
            raise InputError(
                f"{name} looks like {binary_kind}, not text: copy the statement's text into "
                "a plain .txt file (UTF-8) and build that."
            )
        text, warning = decode_utf8_or_1252(data, name)
        warnings.extend(warning)
    text = unicodedata.normalize("NFC", text)
    cleaned = _CONTROL_CHARACTERS.sub("", text)
    if cleaned != text:
        warnings.append(f"{name} contained invisible control characters; they were removed.")
    return cleaned, warnings


# What `surrogateescape` makes of a byte that is not UTF-8: one lone surrogate per byte.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_UTF8_LETTER = re.compile("[^\x00-\x7f\udc80-\udcff]")


def decode_utf8_or_1252(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode UTF-8, reading only the bytes that are not UTF-8 as Windows-1252, each on its
    own: one stray Latin-1 "é" in a UTF-8 file no longer turns every curly quote and accent
    of the file into mojibake ("â€œ") that its own quotes then fail to match. A file with no
    UTF-8 letter at all is Windows-1252 throughout (text saved from Word), read the same way.
    b"Caf\xc3\xa9 \xe9" gives "Café é", with a warning naming the stray byte's line."""
    text = data.decode("utf-8", errors="surrogateescape")
    first = _ESCAPED_BYTE.search(text)
    if first is None:
        return text, []
    utf8 = _UTF8_LETTER.search(text) is not None
    text = _ESCAPED_BYTE.sub(
        lambda match: bytes([ord(match.group()) - 0xDC00]).decode("cp1252", "replace"), text
    )
    if not utf8:
        return text, [
            f"{name} is not UTF-8; read it as Windows-1252 (text saved from Word). "
            "Check the quotes and accents on the page, or save the file as UTF-8."
        ]
    line = text.count("\n", 0, first.start()) + 1
    return text, [
        f"{name} is UTF-8 but for a character on line {line} that is not; read it as Windows-1252 "
        f"(“{text[first.start()]}”). Check it on the page, or save the file as UTF-8."
    ]


def _read_bytes(path: Path | None, name: str) -> bytes:
    if path is None:
        data = sys.stdin.buffer.read(MAX_STATEMENT_BYTES + 1)
    else:
        if path.is_dir():
            raise InputError(f"{name} is a folder: give the statement's text file instead.")
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_STATEMENT_BYTES + 1)
        except FileNotFoundError:
            raise InputError(f"{name} does not exist: check the path and try again.") from None
        except PermissionError:
            raise InputError(f"{name} cannot be read (permission denied): check its permissions.") from None
        except OSError as error:
            raise InputError(f"{name} cannot be read ({error.strerror}).") from None
    if len(data) > MAX_STATEMENT_BYTES:
        raise InputError(
            f"{name} is larger than {MAX_STATEMENT_BYTES // 1_000_000} MB, far more than a "
            "statement: give the statement's text alone."
        )
    return data


def _binary_kind(data: bytes) -> str | None:
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    if b"\x00" in data[:4096]:
        return "a binary file (it contains NUL bytes)"
    return None
