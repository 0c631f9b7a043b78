"""Stage 1, load: a statement (a file, a web address, or standard input) in, a `Statement` out.

A statement arrives as people receive it: a text or Markdown file, a saved web page, a PDF, a
Word file, an e-mail, or the address of a page. `briefing.readers` picks the reader by content
and returns the text everything downstream works on (offsets, verification, `check`'s line
numbers, the read-back), with the title, date, publisher, address and language the input gives.
The `Statement` keeps the original bytes too: the provenance hash and a PDF/A's attachment are
of what the user gave, not of the text read from it.

Decoding text follows what people actually paste: a byte-order mark decides (UTF-8, UTF-16
LE/BE); otherwise strict UTF-8; otherwise Windows-1252 (text saved from Word), with a warning.
Binary files no reader knows are refused with a message saying what they look like.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import InputError
from briefing.guard import UnsafeFile, read_input_file
from briefing.sanitize import CONTROL_CHARACTERS, repair_mojibake

if TYPE_CHECKING:
    from briefing.readers import ReadInput
    from briefing.readers.fetch import Page

CONTENT_FILE_SUFFIXES = (".yaml", ".yml")  # any other input is a statement
# A statement is a page or two of text; anything near this size is not a statement, and laying
# it out would take minutes before failing anyway.
MAX_STATEMENT_BYTES = 1_000_000
# The most bytes read from a file before its format is known (the largest format's cap).
MAX_INPUT_FILE_BYTES = 25_000_000
#: Set (to "1") by `--allow-private-network`, and so inherited by a batch's worker processes.
ALLOW_PRIVATE_NETWORK_ENV = "BRIEFING_ALLOW_PRIVATE_NETWORK"
#: Set (to "1") by `--proxy-from-environment`: web addresses go through HTTP(S)_PROXY.
PROXY_FROM_ENVIRONMENT_ENV = "BRIEFING_PROXY_FROM_ENVIRONMENT"

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


def is_content_file(path: object) -> bool:
    """Whether `path` names a content file (by its suffix) rather than a statement."""
    return isinstance(path, Path) and path.suffix.lower() in CONTENT_FILE_SUFFIXES


def is_url(value: object) -> bool:
    """Whether an input names a web address rather than a file: 'https://…', 'http://…'."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Statement:
    """The text of a statement as read, where it came from, and what the input said of itself."""

    text: str
    path: Path | None  # None for standard input and web addresses
    warnings: tuple[str, ...] = field(default=())
    format: str = "text"  # the reader that read it: text, html, pdf, docx, eml
    original: bytes | None = None  # the bytes given (None: the text's UTF-8 is the original)
    url: str | None = None  # the address it was fetched from, or the page's canonical one
    title: str | None = None
    date: dt.date | None = None
    publisher: str | None = None
    lang: str | None = None
    fetched_from: str | None = None  # the address the user gave, when it was fetched
    part: str | None = None  # which part was read (an e-mail's "body" or "attachment NAME")

    @property
    def display_name(self) -> str:
        """How messages name the statement."""
        return str(self.path) if self.path else self.fetched_from or "standard input"

    @property
    def original_bytes(self) -> bytes:
        """The input exactly as given: a PDF's, a page's or a text file's own bytes."""
        return self.original if self.original is not None else self.text.encode("utf-8")

    @property
    def sha256(self) -> str:
        """The provenance hash: SHA-256 of the original bytes."""
        return hashlib.sha256(self.original_bytes).hexdigest()

    @property
    def file_name(self) -> str:
        """The name the original is attached under in a PDF/A: the file's; for an address, its
        last part with the format's suffix ('…/news/floods?id=3' -> 'floods.html'); else
        'statement' with it."""
        if self.path is not None:
            return self.path.name
        from urllib.parse import urlsplit

        suffix = {"text": ".txt", "html": ".html", "pdf": ".pdf", "docx": ".docx", "eml": ".eml"}[self.format]
        last = urlsplit(self.fetched_from or "").path.rstrip("/").rsplit("/", 1)[-1]
        stem = re.sub(r"[^\w-]+", "-", last.rsplit(".", 1)[0]).strip("-")[:60]
        return f"{stem or 'statement'}{suffix}"


def load_statement(
    path: Path | str | None, *, allow_private_network: bool | None = None, regular_only: bool = False
) -> Statement:
    """Read a statement: a file (any format a reader knows), a web address (a `str` starting
    with http:// or https://), or standard input (`None`). Private and loopback addresses are
    refused unless `allow_private_network` (default: the `--allow-private-network` setting).
    With `regular_only` (a content file's source), anything but a regular file is refused."""
    from briefing.readers import read_input

    if is_url(path):
        assert isinstance(path, str)
        return read_page(path, fetch_page(path, allow_private_network=allow_private_network))
    file = Path(path) if path is not None else None
    name = str(file) if file else "standard input"
    data = _read_bytes(file, name, regular_only=regular_only)
    return _statement(read_input(data, name), file, data)


def fetch_page(url: str, *, allow_private_network: bool | None = None) -> Page:
    """Fetch a web address safely (`briefing.readers.fetch`), with the network settings of
    this run (`--allow-private-network`, `--proxy-from-environment`) unless told otherwise."""
    from briefing.readers.fetch import fetch

    allow = allow_private_network if allow_private_network is not None else _private_network_allowed()
    proxy = os.environ.get(PROXY_FROM_ENVIRONMENT_ENV, "") == "1"
    return fetch(url, allow_private_network=allow, proxy_from_environment=proxy)


def read_page(url: str, page: Page) -> Statement:
    """The statement in what a web address returned, read by the reader of its format."""
    from briefing.readers import read_input

    read = read_input(page.data, url, url=page.url, charset=page.charset, kind=page.kind)
    return _statement(read, None, page.data, fetched_from=url)


def _statement(read: ReadInput, path: Path | None, data: bytes, fetched_from: str | None = None) -> Statement:
    original = None if read.format == "text" and read.text.encode("utf-8") == data else data
    return Statement(
        text=read.text,
        path=path,
        warnings=read.warnings,
        format=read.format,
        original=original,
        url=read.url,
        title=read.title,
        date=read.date,
        publisher=read.publisher,
        lang=read.lang,
        fetched_from=fetched_from,
        part=read.part,
    )


def _private_network_allowed() -> bool:
    return os.environ.get(ALLOW_PRIVATE_NETWORK_ENV, "") == "1"


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
    text = unicodedata.normalize("NFC", repair_mojibake(text))  # before C1 controls go
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


def _read_bytes(path: Path | None, name: str, *, regular_only: bool = False) -> bytes:
    """The input's bytes, at most the largest format's cap (each reader checks its own). A file
    is opened without ever blocking on a pipe nobody writes to (`briefing.guard`)."""
    if path is None:
        data = _read_standard_input()
    else:
        try:
            data = read_input_file(path, MAX_INPUT_FILE_BYTES, regular_only=regular_only)
        except UnsafeFile as problem:
            hint = "check the path and try again"
            if not problem.missing:
                hint = "give the statement's text file instead"
            raise InputError(f"{name} {problem}: {hint}.") from None
    if len(data) > MAX_INPUT_FILE_BYTES:
        raise InputError(
            f"{name} is larger than {MAX_INPUT_FILE_BYTES // 1_000_000} MB, far more than a "
            "statement: give the statement's text alone."
        )
    return data


def _read_standard_input() -> bytes:
    """Standard input's bytes; a closed one (`briefing build - <&-`) is a user error."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input is closed: pipe a statement in, or give its file name.")
    try:
        return bytes(stream.read(MAX_INPUT_FILE_BYTES + 1))
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
