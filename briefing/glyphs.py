"""Glyph coverage: what the PDF engine reported while drawing in, a `RenderError` out when a
character of the page has no glyph in any font it could use.

The page asks for Inter, then DejaVu Sans, then any font fontconfig knows (Pango falls back
character by character to an installed font that has it: a CJK or emoji font, if there is
one). A character that no font can draw is printed as an empty box (.notdef) while the footer
says "verified verbatim"; WeasyPrint only logs it. So a build whose engine logged such a
character is refused (exit 6), naming the script and the characters, and nothing is written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from briefing.errors import RenderError

# What WeasyPrint logs for each glyph it had to draw as .notdef (weasyprint/draw/text.py).
_NOTDEF = re.compile(
    r"\.notdef glyph rendered for Unicode string unsupported by fonts: .*\(U\+([0-9A-Fa-f]{4,6})\)"
)

# Code point ranges whose characters are named by a script's name poorly or not at all.
_EMOJI_RANGES = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F1E6, 0x1F1FF))
_HAN_PREFIXES = ("CJK", "KANGXI", "IDEOGRAPHIC", "FULLWIDTH", "HALFWIDTH")
# Which fonts to suggest for a script (Debian package names); any other: the Noto fonts.
_FONT_PACKAGES = {"Han (Chinese, Japanese, Korean)": "fonts-noto-cjk", "emoji": "fonts-noto-color-emoji"}


def undrawn_characters(engine_messages: Iterable[str]) -> list[str]:
    """The characters the engine drew as .notdef, each once, in the order it met them."""
    found = (_NOTDEF.search(message) for message in engine_messages)
    return list(dict.fromkeys(chr(int(match.group(1), 16)) for match in found if match))


def script_of(char: str) -> str:
    """How a message names the writing system of `char`: "Han (Chinese, Japanese, Korean)"
    for "中", "emoji" for "🙏", "Ethiopic" for "ሀ", "Devanagari" for "क"."""
    code = ord(char)
    if any(first <= code <= last for first, last in _EMOJI_RANGES):
        return "emoji"
    name = unicodedata.name(char, "")
    if name.startswith(_HAN_PREFIXES):
        return "Han (Chinese, Japanese, Korean)"
    if not name:
        return "unassigned"
    return name.split()[0].capitalize()


def refuse_undrawable(engine_messages: Iterable[str]) -> None:
    """Raise `RenderError` if the engine drew any character as an empty box."""
    chars = undrawn_characters(engine_messages)
    if not chars:
        return
    scripts = list(dict.fromkeys(script_of(char) for char in chars))
    examples = ", ".join(f"“{char}” (U+{ord(char):04X})" for char in chars[:3])
    more = f" and {len(chars) - 3} more" if len(chars) > 3 else ""
    packages = " and ".join(
        dict.fromkeys(_FONT_PACKAGES.get(script, "fonts-noto-core") for script in scripts)
    )
    raise RenderError(
        f"no font here can draw the {' and '.join(scripts)} characters {examples}{more}, which would print "
        f"as empty boxes: install a font that has them (on Debian: {packages}; `fc-list` lists the fonts "
        "installed) or take them out of the content; nothing was written."
    )
