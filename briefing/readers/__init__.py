"""Readers: a statement as people receive it (web page, PDF, Word file, e-mail, text) in, its
text and what the input says about itself out.

    bytes ─detect─▶ format ─its reader─▶ ReadInput(text, title, date, publisher, url, lang)

The format is chosen by content (the first bytes), then by the file's name. Each reader lives
in its own module and is imported only when its format is met, so reading a `.txt` statement
never loads an HTML or PDF library. Every reader returns the same thing: the statement's text
(headline, date line, paragraphs separated by a blank line, list items one per line with their
marker, quotation marks as in the source), which everything downstream works on.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from dataclasses import dataclass, field, replace
from typing import Literal

from briefing.errors import InputError
from briefing.sanitize import clean_text, has_visible_text

Format = Literal["text", "html", "pdf", "docx", "eml"]

#: The most bytes each format may have before it is read (a 4 MB PDF with images is normal).
MAX_INPUT_BYTES: dict[str, int] = {
    "text": 1_000_000,
    "html": 10_000_000,
    "pdf": 25_000_000,
    "docx": 25_000_000,
    "eml": 25_000_000,
}
#: The most characters of text a reader may produce: a statement is a page or two.
MAX_TEXT_CHARS = 1_000_000

#: The reader module of each format (imported only when the format is met).
_READERS: dict[str, str] = {
    "text": "briefing.readers.text_file",
    "html": "briefing.readers.html_page",
    "pdf": "briefing.readers.pdf_file",
    "docx": "briefing.readers.word",
    "eml": "briefing.readers.email_file",
}

#: What a folder of statements contributes, by suffix, and the format each suffix names.
SUFFIX_FORMATS: dict[str, Format] = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".eml": "eml",
}

_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S
)
_EMAIL_HEADER = re.compile(
    rb"^(?:(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Delivered-To|"
    rb"X-[\w-]+|Reply-To|Content-Type):[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){2,}",
    re.I,
)
# Headers only a mail system writes: a memo's "To:"/"From:" lines are not an e-mail.
_MAIL_SYSTEM_HEADER = re.compile(
    rb"^(?:Received|Message-ID|MIME-Version|Return-Path|Delivered-To):", re.I | re.M
)


@dataclass(frozen=True)
class ReadInput:
    """A statement's text as read from its input, and what the input says about itself."""

    text: str
    format: Format
    title: str | None = None
    date: dt.date | None = None
    publisher: str | None = None
    url: str | None = None  # where it was fetched from, or the page's canonical address
    lang: str | None = None  # a language code ("en", "es", "fr") when the input says
    warnings: tuple[str, ...] = field(default=())
    part: str | None = None  # which part was read, for an input of several: an e-mail's body or attachment

    def to_json(self) -> dict[str, str | None]:
        """The JSON of `briefing read --format json` (documented in the README)."""
        return {
            "text": self.text,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "publisher": self.publisher,
            "url": self.url,
            "lang": self.lang,
            "format": self.format,
            "part": self.part,
        }


def detect_format(data: bytes, name: str = "", declared: Format | None = None) -> Format:
    """The input's format from its first bytes, then what was declared of it (a server's
    content type), then its name: `%PDF` is a PDF wherever it is called, a `.txt` holding
    `<!doctype html>` is a web page."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    suffix = name[name.rfind(".") :].lower() if "." in name.rsplit("/", 1)[-1] else ""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") and _zip_has(data, "word/document.xml"):
        return "docx"
    if _HTML_START.match(head):
        return "html"
    if _EMAIL_HEADER.match(head) and (suffix == ".eml" or _MAIL_SYSTEM_HEADER.search(head)):
        return "eml"
    return declared or SUFFIX_FORMATS.get(suffix, "text")


def read_input(
    data: bytes,
    name: str,
    *,
    url: str | None = None,
    charset: str | None = None,
    kind: Format | None = None,
) -> ReadInput:
    """Read `data` (named `name` in messages) with the reader of its format. `url` is where
    it was fetched from and `charset` what the server said of its encoding (both for pages
    fetched from the web); `kind` is what a server declared (its content type), which the
    first bytes overrule (a PDF served as text/html is read as a PDF)."""
    found = detect_format(data, name, kind)
    limit = MAX_INPUT_BYTES[found]
    if len(data) > limit:
        raise InputError(
            f"{name} is larger than {limit // 1_000_000} MB, far more than a statement"
            f"{_KIND_NAMES[found]}: give the statement's text alone."
        )
    reader = importlib.import_module(_READERS[found])
    read: ReadInput = reader.read(data, name, url=url, charset=charset)
    if len(read.text) > MAX_TEXT_CHARS:
        raise InputError(
            f"{name} holds more than {MAX_TEXT_CHARS // 1_000_000} million characters of text, far "
            "more than a statement: give the statement's text alone."
        )
    cleaned = clean_text(read.text)  # whatever the reader: no C0 or C1 control, no bidi override
    if cleaned != read.text:
        read = replace(read, text=cleaned)
    if not has_visible_text(read.text):  # only spaces or zero-width characters is empty too
        raise InputError(f"{name} is empty: give a statement with some text in it.")
    return read


_KIND_NAMES = {
    "text": "",
    "html": " (the most a web page may be)",
    "pdf": " (the most a PDF may be)",
    "docx": " (the most a Word file may be)",
    "eml": " (the most a saved e-mail may be)",
}


def _zip_has(data: bytes, member: str) -> bool:
    """Whether a ZIP archive names `member` (the central directory at its end is enough)."""
    return member.encode() in data[-65_536:] or member.encode() in data[:65_536]
