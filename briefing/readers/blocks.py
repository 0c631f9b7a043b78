"""The text every reader produces, from the blocks it found: paragraphs and headings separated
by a blank line, list items one per line with their marker, whitespace inside a line folded."""

from __future__ import annotations

import re
import unicodedata

# A list item's marker at the start of a line: "- ", "• ", "1. ", "a) ".
LIST_MARKER = re.compile(r"^\s*(?:[-*•·▪◦‣–]|\d{1,3}[.)]|[a-z][.)])\s+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
# Characters that only steer layout or bidi display: never part of what a statement says.
_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def fold_spaces(line: str) -> str:
    """One line with runs of spaces (no-break spaces included) as one space:
    'a\u00a0 b ' -> 'a b'. A narrow no-break space (French « ») is kept."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


def is_list_item(line: str) -> bool:
    """Whether a line starts with a list marker: '• Free them' or '2. Stop'."""
    return bool(LIST_MARKER.match(line))


def join_blocks(blocks: list[str]) -> str:
    """The statement's text: blocks separated by a blank line, except that consecutive list
    items stay on consecutive lines (['A', '- b', '- c', 'D'] -> 'A\\n\\n- b\\n- c\\n\\nD')."""
    out: list[str] = []
    previous_item = False
    for block in blocks:
        block = "\n".join(fold_spaces(line) for line in block.split("\n") if fold_spaces(line))
        if not block:
            continue
        item = is_list_item(block)
        if out:
            out.append("\n" if item and previous_item else "\n\n")
        out.append(block)
        previous_item = item
    return unicodedata.normalize("NFC", "".join(out)) + "\n" if out else ""
