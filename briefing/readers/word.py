"""Word reader: a .docx file's paragraphs and tables in document order (python-docx, MIT),
list items with their numbering ("•", "1.", "a)") as Word shows them.

A .docx is a ZIP archive: its members' uncompressed sizes are added up before anything is
opened, so a small file that would expand to gigabytes (a zip bomb) is refused.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from briefing.errors import InputError
from briefing.readers import ReadInput
from briefing.readers.blocks import fold_spaces, join_blocks

MAX_UNCOMPRESSED_BYTES = 100_000_000
MAX_MEMBERS = 2_000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read(data: bytes, name: str, *, url: str | None = None, charset: str | None = None) -> ReadInput:
    """Read a Word file's text, and its language if the file declares one."""
    check_archive(data, name)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:
        raise InputError(
            f"{name}: this Word file is damaged and cannot be read: save it again from Word, or "
            "copy the statement's text into a .txt file."
        ) from None
    blocks = list(document_blocks(document))
    language = (document.core_properties.language or "").split("-")[0].lower() or None
    return ReadInput(
        text=join_blocks(blocks), format="docx", title=styled_title(document), url=url, lang=language
    )


def styled_title(document: Any) -> str | None:
    """The paragraph the author styled as the document's Title (else its first Heading 1),
    unless it is a label ('Press Release')."""
    from briefing.readers.headline import follows_label

    for style in ("Title", "Heading 1"):
        for paragraph in document.paragraphs:
            text = fold_spaces(paragraph.text)
            if paragraph.style is not None and paragraph.style.name == style and follows_label(text):
                return text
    return None


def check_archive(data: bytes, name: str) -> None:
    """Refuse a damaged archive, or one whose members expand past the limits (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(
            f"{name}: this Word file is damaged and cannot be read (not a valid .docx archive): "
            "save it again from Word, or copy the statement's text into a .txt file."
        ) from None
    total = sum(member.file_size for member in members)
    if len(members) > MAX_MEMBERS or total > MAX_UNCOMPRESSED_BYTES:
        raise InputError(
            f"{name}: this Word file would expand to {total // 1_000_000} MB in {len(members)} parts, "
            "far more than a statement (it may be a zip bomb): open it in Word and save the "
            "statement alone, or copy its text into a .txt file."
        )


def document_blocks(document: Any) -> list[str]:
    """Each paragraph (with its list marker) and each table row, in document order."""
    numbering = Numbering(document)
    blocks: list[str] = []
    for element in document.element.body.iterchildren():
        if element.tag == f"{_W}p":
            text = _text(element)
            if text:
                blocks.append(numbering.marker(element, document) + text)
        elif element.tag == f"{_W}tbl":
            blocks.extend(_table_rows(element))
    return blocks


def _text(element: Any) -> str:
    """A paragraph's text: its runs, tabs as spaces, line breaks kept."""
    parts: list[str] = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        else:
            parts.append("\n" if node.tag in (f"{_W}br", f"{_W}cr") else " ")
    return fold_spaces("".join(parts)) if "\n" not in "".join(parts) else "".join(parts).strip()


def _table_rows(table: Any) -> list[str]:
    """A table as one line per row, its cells separated by ' | ' (nested tables flattened)."""
    rows: list[str] = []
    for row in table.iterchildren(f"{_W}tr"):
        cells = [
            fold_spaces(" ".join(_text(p) for p in cell.iter(f"{_W}p")))
            for cell in row.iterchildren(f"{_W}tc")
        ]
        cells = [cell for cell in cells if cell]
        if cells:
            rows.append(" | ".join(cells))
    return rows


class Numbering:
    """Word's list numbering: each paragraph's number format and its running count."""

    def __init__(self, document: Any) -> None:
        self.formats: dict[tuple[str, int], str] = {}
        self.counts: dict[tuple[str, int], int] = {}
        try:
            part = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {
            node.get(f"{_W}abstractNumId"): {
                int(level.get(f"{_W}ilvl", "0")): _value(level.find(f"{_W}numFmt")) or "bullet"
                for level in node.iterchildren(f"{_W}lvl")
            }
            for node in part.iterchildren(f"{_W}abstractNum")
        }
        for num in part.iterchildren(f"{_W}num"):
            levels = abstract.get(_value(num.find(f"{_W}abstractNumId")), {})
            for level, fmt in levels.items():
                self.formats[(num.get(f"{_W}numId") or "", level)] = fmt

    def marker(self, paragraph: Any, document: Any) -> str:
        """The list marker Word shows before a paragraph ('• ', '2. ', 'b) '), or ''."""
        num_id, level = _num_pr(paragraph) or _style_num_pr(paragraph, document) or ("", 0)
        if not num_id or num_id == "0":
            return ""
        fmt = self.formats.get((num_id, level), "bullet")
        key = (num_id, level)
        self.counts[key] = self.counts.get(key, 0) + 1
        for other in [k for k in self.counts if k[0] == num_id and k[1] > level]:
            del self.counts[other]  # a deeper level restarts under each item
        return _format_number(fmt, self.counts[key])


def _value(node: Any) -> str | None:
    return None if node is None else node.get(f"{_W}val")


def _num_pr(element: Any) -> tuple[str, int] | None:
    num_pr = element.find(f"{_W}pPr/{_W}numPr")
    if num_pr is None:
        return None
    num_id = _value(num_pr.find(f"{_W}numId")) or ""
    level = _value(num_pr.find(f"{_W}ilvl")) or "0"
    return num_id, int(level) if level.isdigit() else 0


def _style_num_pr(paragraph: Any, document: Any) -> tuple[str, int] | None:
    """The numbering a paragraph's style gives it (Word's 'List Bullet', 'List Number')."""
    style_id = _value(paragraph.find(f"{_W}pPr/{_W}pStyle"))
    if not style_id:
        return None
    style = document.styles.element.get_by_id(style_id)
    return None if style is None else _num_pr(style)


def _format_number(fmt: str, count: int) -> str:
    if fmt in ("decimal", "decimalZero"):
        return f"{count}. "
    if fmt in ("lowerLetter", "upperLetter") and count <= 26:
        letter = chr(ord("a") + count - 1)
        return f"{letter.upper() if fmt == 'upperLetter' else letter}) "
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(count)
        return f"{roman if fmt == 'upperRoman' else roman.lower()}. "
    return "" if fmt == "none" else "• "


def _roman(number: int) -> str:
    """12 -> 'XII'."""
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while number >= value:
            out, number = out + letters, number - value
    return out
