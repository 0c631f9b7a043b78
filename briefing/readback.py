"""The read-back check: the finished PDF's bytes and the `Content` in, nothing out, or a
`VerificationError` naming every quote and figure that is not in the PDF's text layer.

This catches what verification of the content cannot: text clipped or pushed off the page, and
glyphs the font lacks. Comparison ignores what typesetting legitimately changes: line breaks
and hyphenation, ligatures, quote-mark and dash style. It runs on the bytes before they are
written, so a failed check leaves the target as it was.
"""

from __future__ import annotations

import io
import logging
import re
import shutil
import subprocess
import unicodedata

from briefing.errors import VerificationError
from briefing.model import Content

_QUOTE_MARKS = re.compile(r"[\"'“”„‟«»‹›‘’‚‛′″`´]")
_IGNORED = re.compile(r"[\s\u00ad\u200b\u200c\u200d\u2060\ufeff\-‐‑‒–—―−]+")


def page_key(text: str) -> str:
    """Text reduced to what survives typesetting: compatibility forms (ligatures) expanded,
    quote marks folded, whitespace, hyphens and dashes dropped, and letter case ignored (a
    stylesheet may set labels in capitals; wording is verified against the source already)."""
    text = unicodedata.normalize("NFKC", text)
    return _IGNORED.sub("", _QUOTE_MARKS.sub('"', text)).casefold()


def page_items(content: Content) -> list[tuple[str, str]]:
    """(item, text) of every quote and figure the page must show."""
    items: list[tuple[str, str]] = []
    for number, quote in enumerate(content.quotes, 1):
        # The page drops the comma or colon that tied a quote to its reporting clause.
        items.append((f"quote {number}", quote.text.strip().rstrip(",;:")))
    for number, figure in enumerate(content.figures, 1):
        for text in (figure.display, figure.label, figure.of):
            if text:
                items.append((f"figure {number}", text))
    return items


def missing_items(page_text: str, content: Content) -> list[str]:
    """The items (deduplicated, in order) whose text is not in `page_text`."""
    page = page_key(page_text)
    missing = [item for item, text in page_items(content) if page_key(text) not in page]
    return list(dict.fromkeys(missing))


def check_page_text(pdf: bytes, content: Content) -> None:
    """Raise `VerificationError` unless every quote and figure is in the PDF's text."""
    # poppler is the reference reader when it is installed, and it is fast (a subprocess of
    # about 20 ms against 130 ms for importing pypdf and reading with it); pypdf, which can
    # misread some fonts, is the fallback and the second opinion.
    text = _pdftotext(pdf) if shutil.which("pdftotext") else ""
    missing = missing_items(text, content) if text else None
    if missing is None or missing:
        # an item is missing only if neither reader finds it
        pypdf_missing = missing_items(pdf_text(pdf), content)
        missing = pypdf_missing if missing is None else [item for item in missing if item in pypdf_missing]
    if missing:
        raise VerificationError(
            f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} not on the finished page as "
            "written (cut off, pushed off the page, or a character the font lacks): nothing was "
            "written. Shorten the item or replace unusual characters, then build again."
        )


def pdf_text(pdf: bytes) -> str:
    """The text layer of every page, read in-process by pypdf."""
    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _pdftotext(pdf: bytes) -> str:
    try:
        completed = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, timeout=60, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return completed.stdout.decode("utf-8", errors="replace")
