"""What `briefing read --format json` prints: the text read, and what the input says about
itself, completed from the top of the text where the input carries no such metadata."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.statement import Statement


def describe_statement(statement: Statement) -> dict[str, str | None]:
    """The JSON of `briefing read`: text, title, date, publisher, url, lang, format, part."""
    from briefing.readers.headline import date_near_top, headline, publisher_in_text

    title = statement.title or headline(statement.text)
    date = statement.date or date_near_top(statement.text)
    publisher = statement.publisher or publisher_in_text(statement.text)
    return {
        "text": statement.text,
        "title": title,
        "date": date.isoformat() if date else None,
        "publisher": publisher,
        "url": statement.url,
        "lang": statement.lang or _detected_language(statement.text),
        "format": statement.format,
        "part": statement.part,
    }


def _detected_language(text: str) -> str | None:
    """The text's language when the input does not declare one and the text tells (the
    extraction's detector; None rather than its English default when it cannot tell)."""
    from briefing.extraction.language import detect_language, language_scores

    return detect_language(text) if max(language_scores(text).values(), default=0) >= 8 else None


def part_read(statement: Statement) -> str | None:
    """Which part of an input of several parts was read, for `briefing read` and `build -v`:
    'mail.eml: read the attachment release.pdf (the body is a cover note)'; None for an input
    of one part."""
    if statement.part is None:
        return None
    if statement.part.startswith("attachment "):
        return f"{statement.display_name}: read the {statement.part} (the e-mail's body is a cover note)"
    return f"{statement.display_name}: read the e-mail's {statement.part}"
