"""E-mail reader: a saved message (.eml) in, its body out (the standard library's `email`).

The statement is the plain-text body, or the HTML body read as a web page when there is no
plain text; the Subject is the title, the Date header the date, the sender the publisher (the
display name, else the address's domain). Attachments are not read.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import re
from email.message import EmailMessage

from briefing.errors import InputError
from briefing.readers import ReadInput
from briefing.readers.blocks import join_blocks


def read(data: bytes, name: str, *, url: str | None = None, charset: str | None = None) -> ReadInput:
    """Read a saved e-mail's body and its Subject, Date and sender."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    subject = _without_prefixes(str(message.get("subject", "") or "")) or None
    text, lang, warnings = _body(message, name)
    if subject and not text.lstrip().startswith(subject):
        text = f"{subject}\n\n{text}"
    return ReadInput(
        text=text,
        format="eml",
        title=subject,
        date=_date(message),
        publisher=_sender(message),
        url=url,
        lang=lang or _lang(message),
        warnings=tuple(warnings),
    )


def _without_prefixes(subject: str) -> str:
    """A subject without the prefixes replies and forwards add: 'Fwd: RE: Floods' -> 'Floods'."""
    from briefing.readers.headline import any_of

    prefixes = re.compile(rf"^\s*(?:(?:{any_of('MAIL_SUBJECT_PREFIXES')})\s*:\s*)+", re.I)
    return prefixes.sub("", subject).strip()


def _body(message: EmailMessage, name: str) -> tuple[str, str | None, list[str]]:
    """The plain-text body (paragraphs as blocks), else the HTML body read as a page."""
    part = message.get_body(preferencelist=("plain",))
    if part is not None:
        content = part.get_content()
        blocks = re.split(r"\n\s*\n", content.replace("\r\n", "\n"))
        return (
            join_blocks([" ".join(block.split("\n")) if not _is_list(block) else block for block in blocks]),
            None,
            [],
        )
    part = message.get_body(preferencelist=("html",))
    if part is not None:
        from briefing.readers import html_page

        raw = part.get_payload(decode=True)
        data = raw if isinstance(raw, bytes) else b""
        try:
            page = html_page.read(data, name, charset=part.get_content_charset())
        except InputError:  # a short message is not an "article": take all of its text
            return _html_text(data, part.get_content_charset()), None, []
        return page.text, page.lang, list(page.warnings)
    return "", None, []


def _html_text(data: bytes, charset: str | None) -> str:
    """All the text of a short HTML message, a block per paragraph or line break."""
    from lxml import html

    from briefing.readers.html_page import decode_page

    page, _ = decode_page(data, charset)
    if not page.strip():
        return ""
    tree = html.fromstring(page)
    for element in tree.iter("br", "p", "div", "li", "tr", "h1", "h2", "h3"):
        element.tail = "\n" + (element.tail or "")
    return join_blocks(tree.text_content().split("\n"))


def _is_list(block: str) -> bool:
    from briefing.readers.blocks import is_list_item

    return any(is_list_item(line) for line in block.split("\n"))


def _date(message: EmailMessage) -> dt.date | None:
    """The Date header's day, as the sender's clock had it."""
    value = message.get("date")
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value)).date()
    except (TypeError, ValueError, IndexError):
        return None


def _sender(message: EmailMessage) -> str | None:
    """The sender's display name ('Coast Coalition <press@coast.org>'), else its domain."""
    name, address = email.utils.parseaddr(str(message.get("from", "") or ""))
    if name.strip():
        return name.strip()
    return address.rsplit("@", 1)[-1] if "@" in address else None


def _lang(message: EmailMessage) -> str | None:
    match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|$)", str(message.get("content-language", "") or ""))
    return match.group(1).lower() if match else None
