"""What `briefing read --format json` prints: the text read, and what the input says about
itself, completed from the top of the text where the input carries no such metadata."""

from __future__ import annotations

from typing import Any


def describe_statement(statement: Any) -> dict[str, str | None]:
    """The JSON of `briefing read`: text, title, date, publisher, url, lang, format."""
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
        "lang": statement.lang,
        "format": statement.format,
    }
