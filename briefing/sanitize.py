"""Text that is safe where it goes: on the page and in the PDF's metadata (no control
characters), on a terminal (no escape sequences, one line per message), and never "empty but
for invisible characters". One place for each rule, used by every stage.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls other than tab, newline and carriage return; DEL and the C1 controls (U+0080 to
# U+009F, which terminals also obey: U+009B starts an escape sequence); the bidi overrides
# and isolates that make text display in another order than it is stored; and the
# non-characters XML refuses. Removed from statements and from every string a template sees.
CONTROL_CHARACTERS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]"
)
# For text that goes into metadata or onto one line: line breaks and tabs too.
_ALL_CONTROLS = re.compile(f"[\t\n\r\u2028\u2029{CONTROL_CHARACTERS.pattern[1:-1]}]")

# What a terminal might obey rather than print: every control character (C0, DEL, C1), the
# bidi controls, and the line and paragraph separators.
_TERMINAL_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")

# Characters that draw nothing although Unicode does not file them as spaces.
_BLANK_SYMBOLS = frozenset("\u115f\u1160\u2800\u3164\uffa0\u034f\u17b4\u17b5")


# UTF-8 read as Windows-1252 or Latin-1 ("â\x80\x90" for "‐", "â€\x9d" for "”"): a lead
# character and its continuation characters, which then include C1 controls.
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]{{1,3}}")


def repair_mojibake(text: str) -> str:
    """`text` with the UTF-8 characters that were read as Windows-1252 or Latin-1 put back,
    when at least one of them holds a C1 control character (proof of the wrong reading):
    "a\u00e2\x80\x90b" -> "a‐b". Text without such a control is left alone (its "Ã©" may be
    meant), as is anything that does not decode as UTF-8."""
    if not any(_has_c1(match.group()) for match in _MOJIBAKE.finditer(text)):
        return text
    return _MOJIBAKE.sub(_repair, text)


def _has_c1(text: str) -> bool:
    return any(0x80 <= ord(character) <= 0x9F for character in text)


def _repair(match: re.Match[str]) -> str:
    garbled = match.group()
    try:
        return bytes(_byte(character) for character in garbled).decode("utf-8")
    except (UnicodeError, ValueError):
        return garbled


def _byte(character: str) -> int:
    try:
        return character.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(character) if ord(character) < 0x100 else 0xFF  # 0xFF never decodes: left alone


def clean_text(text: str) -> str:
    """`text` without control characters (C0 but tab and line breaks, DEL, C1), bidi
    overrides, lone surrogates and non-characters: "a\\x01b\\x85c" -> "abc"."""
    return CONTROL_CHARACTERS.sub("", text)


def one_line(text: str) -> str:
    """`text` for a single line of metadata: every control character removed and every run of
    whitespace one space: "A\\ttitle\\n" -> "A title"."""
    return " ".join(_ALL_CONTROLS.sub(" ", clean_text(text)).split())


def for_terminal(text: str) -> str:
    """`text` safe to print on one terminal line: control characters, escape sequences and
    line breaks shown as escapes ("a\\nb" -> "a\\\\nb", ESC -> "\\\\x1b"), never obeyed."""
    return _TERMINAL_UNSAFE.sub(_escape, text)


def lines_for_terminal(text: str) -> str:
    """Several lines of `text` (a table), each made safe with `for_terminal`."""
    return "\n".join(for_terminal(line) for line in text.split("\n"))


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if character in named:
        return named[character]
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def has_visible_text(text: str) -> bool:
    """Whether `text` has anything a reader can see: not only spaces, zero-width characters,
    format controls (U+200B, U+FEFF, U+2060 ...) and blank symbols."""
    return any(not _invisible(character) for character in text)


def _invisible(character: str) -> bool:
    category = unicodedata.category(character)
    return category[0] in "ZC" or category == "Mn" or character in _BLANK_SYMBOLS
