"""Plain text and Markdown reader: the statement as it is, decoded as `briefing.statement` always
has (byte-order mark, UTF-8, else Windows-1252 with a warning). Nothing else is loaded, so a
`.txt` statement builds exactly as fast as before readers existed."""

from __future__ import annotations

import contextlib

from briefing.readers import ReadInput


def read(data: bytes, name: str, *, url: str | None = None, charset: str | None = None) -> ReadInput:
    """Read a text statement: its text, and no metadata (the extraction finds it in the text)."""
    from briefing.statement import decode_statement

    if charset and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            data = data.decode(charset).encode("utf-8")
    text, warnings = decode_statement(data, name)
    return ReadInput(text=text, format="text", url=url, warnings=tuple(warnings))
