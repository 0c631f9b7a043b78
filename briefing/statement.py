"""Stage 1, load: a statement file (or standard input) in, a decoded `Statement` out.

Decoding follows what people actually paste: a byte-order mark decides (UTF-8, UTF-16 LE/BE);
otherwise strict UTF-8; otherwise Windows-1252 (text saved from Word), with a warning. Binary
files are refused with a message saying what they look like, before any work is done.
"""

from __future__ import annotations

import codecs
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import InputError
from briefing.guard import UnsafeFile, read_input_file
from briefing.sanitize import CONTROL_CHARACTERS, has_visible_text, repair_mojibake

CONTENT_FILE_SUFFIXES = (".yaml", ".yml")  # any other input is a statement
# A statement is a page or two of text; anything near this size is not a statement, and laying
# it out would take minutes before failing anyway.
MAX_STATEMENT_BYTES = 1_000_000

# Controls other than tab/newline/carriage return (C0, DEL and C1), and the bidi overrides
# that can make text display in a different order from the one it is stored in.
_CONTROL_CHARACTERS = CONTROL_CHARACTERS

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


def load_statement(path: Path | None, *, regular_only: bool = False) -> Statement:
    """Read and decode a statement; `None` reads standard input. With `regular_only` (a
    content file's source), anything but a regular file is refused."""
    name = str(path) if path else "standard input"
    data = _read_bytes(path, name, regular_only=regular_only)
    text, warnings = decode_statement(data, name)
    if not has_visible_text(text):  # only spaces or zero-width characters is empty too
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
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            warnings.append(
                f"{name} is not UTF-8; read it as Windows-1252 (text saved from Word). "
                "Check the quotes and accents on the page, or save the file as UTF-8."
            )
    text = unicodedata.normalize("NFC", repair_mojibake(text))  # before C1 controls go
    cleaned = _CONTROL_CHARACTERS.sub("", text)
    if cleaned != text:
        warnings.append(f"{name} contained invisible control characters; they were removed.")
    return cleaned, warnings


def _read_bytes(path: Path | None, name: str, *, regular_only: bool = False) -> bytes:
    if path is None:
        data = _read_standard_input()
    else:
        try:
            data = read_input_file(path, MAX_STATEMENT_BYTES, regular_only=regular_only)
        except UnsafeFile as problem:
            hint = (
                "check the path and try again"
                if problem.missing
                else "give the statement's text file instead"
            )
            raise InputError(f"{name} {problem}: {hint}.") from None
    if len(data) > MAX_STATEMENT_BYTES:
        raise InputError(
            f"{name} is larger than {MAX_STATEMENT_BYTES // 1_000_000} MB, far more than a "
            "statement: give the statement's text alone."
        )
    return data


def _read_standard_input() -> bytes:
    """Standard input's bytes; a closed one (`briefing build - <&-`) is a user error."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input is closed: pipe a statement in, or give its file name.")
    try:
        return bytes(stream.read(MAX_STATEMENT_BYTES + 1))
    except (OSError, ValueError) as error:
        raise InputError(
            f"standard input cannot be read ({error}): pipe a statement in, or give its file name."
        ) from None


def _binary_kind(data: bytes) -> str | None:
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    if b"\x00" in data[:4096]:
        return "a binary file (it contains NUL bytes)"
    return None
