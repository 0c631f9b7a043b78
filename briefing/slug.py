"""Safe file names for briefings: derived from a title or a file name, never empty, never a
path, always short enough for every file system."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_LENGTH = 60
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, fallback: str = "briefing") -> str:
    """`"Only ~50 of 800 prisoners freed"` -> `"only-50-of-800-prisoners-freed"`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rsplit("-", 1)[0] or slug[:MAX_SLUG_LENGTH]
    return slug or fallback
