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
from collections import Counter
from typing import Any

from briefing.errors import VerificationError
from briefing.extraction.clean import without_emphasis
from briefing.model import Content
from briefing.verify import DASHES, INVISIBLE, QUOTE_MARKS

# The same characters verification folds (one list, in `briefing.verify`).
_QUOTE_MARKS = re.compile(f"[{re.escape(QUOTE_MARKS)}]")
# ...and the direction marks poppler puts around right-to-left words it reads.
_BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# ...and variation selectors (the "\ufe0f" of "❤️" asks for an emoji style; nothing is drawn
# for it, so no reader gives it back) and the tag characters of emoji flag sequences.
_SELECTORS = "\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef"
_INVISIBLE = re.compile(f"[{re.escape(INVISIBLE + _BIDI_MARKS)}{_SELECTORS}]")
# A dash with the spaces and line break around it: "long-\nterm", "plans – including".
_DASH = re.compile(rf"\s*[{re.escape(DASHES)}]+\s*")
_SPACE = re.compile(r"\s+")
# Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, ... and their presentation
# forms), without the Arabic-Indic and N'Ko digits of those blocks.
_RTL_LETTER = "\u0590-\u065f\u066a-\u06ef\u06fa-\u07bf\u07ca-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_BESIDE_DIGIT = re.compile(rf"(?<=[{_RTL_LETTER}])(?=\d)|(?<=\d)(?=[{_RTL_LETTER}])")


def page_key(text: str) -> str:
    """Text reduced to what survives typesetting: compatibility forms (ligatures) expanded,
    quote marks folded, invisible characters and dashes (with the spaces around them) dropped,
    every run of whitespace one space. Words stay apart, so "50" is not found in "3a50"."""
    text = unicodedata.normalize("NFKC", text)
    text = _DASH.sub("", _INVISIBLE.sub("", _QUOTE_MARKS.sub('"', text)))
    text = _RTL_BESIDE_DIGIT.sub(" ", text)  # readers glue "40" to a Hebrew or Arabic word
    return _SPACE.sub(" ", text).strip()


def shown_quote(text: str) -> str:
    """A quote as the page shows it (`render.quote_body`): without the comma or colon that tied
    it to its reporting clause, nor Markdown emphasis ("**attendre**" -> "attendre")."""
    return without_emphasis(text.strip()).strip().rstrip(",;:").rstrip()


def page_items(content: Content) -> list[tuple[str, str, bool]]:
    """(item, text, case matters) of every quote and figure the page must show. A figure's
    label may be set in capitals by a stylesheet; a quote's and a number's letters may not
    change."""
    items: list[tuple[str, str, bool]] = []
    for number, quote in enumerate(content.quotes, 1):
        # The page drops the comma or colon that tied a quote to its reporting clause.
        items.append((f"quote {number}", shown_quote(quote.text), True))
    for number, figure in enumerate(content.figures, 1):
        items.append((f"figure {number}", figure.display, True))
        for text in (figure.label, figure.of):
            if text:
                items.append((f"figure {number}", text, False))
    return items


def missing_items(page_text: str, content: Content) -> list[str]:
    """The items (deduplicated, in order) that the page does not show whole: each must stand
    on the page at least as often as the content itself says it (a quote repeated in the
    summary must be there twice, so the summary cannot stand in for a clipped quote). Quotes
    and labels are compared without spaces, since a long word may be broken across lines; a
    figure's number as a whole number, so "50" is not found in "3a50" nor "1.250" in "1.250.000"."""
    said = _visible_texts(content)  # counted one by one: two texts joined may hold an item
    right_to_left = _RightToLeft(page_text, said)
    missing = []
    for item, text, case_matters in page_items(content):
        if is_right_to_left(text):
            if not right_to_left.shows(text, case_matters):
                missing.append(item)
            continue
        flags = 0 if case_matters else re.IGNORECASE
        if item.startswith("figure") and case_matters:  # the number as shown
            key = page_key
            # a whole number: not inside a hash ("3a50") nor a longer number ("1.250.000"); a
            # label may follow without a space, as pypdf reads some lines
            pattern = re.compile(r"(?<!\w)(?<!\d[.,])" + re.escape(key(text)) + r"(?!\d|[.,]\d)", flags)
        else:
            key = _compact
            pattern = re.compile(re.escape(key(text)), flags)
        expected = sum(len(pattern.findall(key(said_text))) for said_text in said)
        if key(text) and len(pattern.findall(key(page_text))) < max(1, expected):
            missing.append(item)
    return list(dict.fromkeys(missing))


# --- right-to-left text ---------------------------------------------------------------------
#
# A PDF holds glyphs in the order they are drawn, left to right; readers rebuild the logical
# order of right-to-left lines, each in its own way: poppler writes a lam-alef ligature's two
# letters the wrong way round ("اإلفراج" for "الإفراج") and moves a line's closing mark to its
# other end; pypdf moves a line's trailing comma and reorders its runs around it. So an item
# with right-to-left letters is compared word by word: each of its words must be on the page
# at least as often as the item is said (a clipped line loses its words), in any order.


def is_right_to_left(text: str) -> bool:
    """Whether `text` has a letter of a right-to-left script (Hebrew, Arabic, Syriac, ...)."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


# Letters a lam-alef ligature is made of; readers may give them in either order.
_LAM_ALEF = "لاأإآٱ"
_LAM_ALEF_RUN = re.compile(f"[{_LAM_ALEF}]{{2,}}")
_WORD_OR_NUMBER = re.compile(r"[^\W\d_]+|\d+")


def word_keys(text: str, *, case_matters: bool = True) -> Counter[str]:
    """The words of `text` as readers give them back in any order: compatibility forms
    (presentation forms, ligatures) expanded, marks, punctuation and direction marks dropped,
    a number apart from the letters beside it, the letters of a lam-alef in one order:
    word_keys("«الإفراج»، 3") and word_keys("3 اإلفراج") are equal."""
    folded = unicodedata.normalize("NFKC", text)
    folded = "".join(char for char in folded if unicodedata.category(char) not in ("Mn", "Me", "Cf"))
    if not case_matters:
        folded = folded.casefold()
    words = (
        _LAM_ALEF_RUN.sub(lambda run: "".join(sorted(run.group())), word)
        for word in _WORD_OR_NUMBER.findall(folded)
    )
    return Counter(words)


class _RightToLeft:
    """The page's words, and those of every text the content says, read once."""

    def __init__(self, page_text: str, said: list[str]) -> None:
        self.page = {case: word_keys(page_text, case_matters=case) for case in (True, False)}
        self.said = {case: [word_keys(text, case_matters=case) for text in said] for case in (True, False)}

    def shows(self, text: str, case_matters: bool) -> bool:
        """Whether every word of `text` is on the page as often as the texts that hold all
        its words say it, each as many times as it holds them (at least once): a summary that
        repeats a quote cannot stand in for the quote's clipped last line."""
        wanted = word_keys(text, case_matters=case_matters)
        if not wanted:
            return True
        holders = sum(
            min(said[word] // count for word, count in wanted.items()) for said in self.said[case_matters]
        )
        page = self.page[case_matters]
        return all(page[word] >= count * max(1, holders) for word, count in wanted.items())


def _compact(text: str) -> str:
    return page_key(text).replace(" ", "")


def _visible_texts(content: Content) -> list[str]:
    """Every text of the content that the page shows."""
    texts = [
        content.title or "",
        content.issuer or "",
        content.summary,
        content.ask or "",
        content.contact or "",
    ]
    for figure in content.figures:
        texts += [figure.display, figure.label, figure.of or ""]
    for demand in content.demands:
        texts += [demand.text, demand.addressee or ""]
    for quote in content.quotes:
        texts += [shown_quote(quote.text), quote.speaker or ""]
    return texts


def check_page_text(pdf: bytes, content: Content) -> None:
    """Raise `VerificationError` unless every quote and figure is in the PDF's text."""
    # poppler reads what the page shows, and only that: text drawn outside the page, or cut off
    # at its edge, is not in its text. It is also fast (a subprocess of about 15 ms against
    # 130 ms for importing pypdf and reading with it). It reads some right-to-left lines in
    # visual order, so what it misses is read again by pypdf, counting only the text that
    # starts on the page; pypdf alone is the reader where poppler is not installed.
    text = _pdftotext(pdf) if shutil.which("pdftotext") else ""
    missing = missing_items(text, content) if text else None
    if missing is None or missing:
        second = missing_items(pdf_text(pdf, on_the_page=True), content)
        missing = second if missing is None else [item for item in missing if item in second]
    if missing:
        raise VerificationError(
            f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} not on the finished page as "
            "written (cut off, pushed off the page, or a character the font lacks): nothing was "
            "written. Shorten the item or replace unusual characters, then build again."
        )


def pdf_text(pdf: bytes, *, on_the_page: bool = False) -> str:
    """The text layer of every page, read in-process by pypdf; with `on_the_page`, only the
    pieces of text that start inside the page (pypdf reads every character drawn)."""
    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    if not on_the_page:
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    return "\n".join(_text_on_the_page(page) for page in reader.pages)


def _text_on_the_page(page: Any) -> str:
    left, bottom, right, top = (float(value) for value in page.mediabox)
    pieces: list[str] = []

    def keep(text: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]  # where the piece starts, in page space
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if left - 1 <= x <= right and bottom <= y <= top + 1:
            pieces.append(text)

    page.extract_text(visitor_text=keep)
    return "".join(pieces)


def _pdftotext(pdf: bytes) -> str:
    try:
        completed = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, timeout=60, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return completed.stdout.decode("utf-8", errors="replace")
