"""E-mail reader: a saved message (.eml) in, its statement out (the standard library's `email`).

The statement is the plain-text body, or the HTML body read as a web page when there is no
plain text; the Subject is the title, the Date header the date, the sender the publisher (the
display name, else the address's domain).

Press releases often come as a short cover note with the statement attached. When the body is
a cover note (`is_cover_note`: under 150 words before its signature, or saying within its first
60 words that something is attached) and the e-mail has an attachment in a statement's format
(PDF, Word, web page, text), the first such attachment that can be read is read instead, by its
format's reader with every cap of that reader (a zip bomb attached is refused as one given
alone). Its own title, date and publisher come first (found in its text as `briefing read`
finds them), the e-mail's Subject, Date and sender after. `ReadInput.part` says which part
was read: "body" or "attachment NAME".
"""

from __future__ import annotations

import contextvars
import datetime as dt
import email
import email.message
import email.policy
import email.utils
import functools
import re
from dataclasses import dataclass
from email.message import EmailMessage

from briefing.errors import BriefingError, InputError
from briefing.readers import SUFFIX_FORMATS, Format, ReadInput, read_input
from briefing.readers.blocks import join_blocks

#: A body shorter than this many words (before its signature) only carries its attachment.
COVER_NOTE_WORDS = 150
#: A body that says something is attached within this many words is a cover note, however long
#: its signature or disclaimer.
POINTER_WORDS = 60
#: How many e-mails deep an attached e-mail ('forward as attachment') is still read.
MAX_ATTACHED_EMAILS = 3
_DEPTH: contextvars.ContextVar[int] = contextvars.ContextVar("briefing_email_depth", default=0)
#: The attachments read as a statement, by content type (the name and first bytes also count).
ATTACHMENT_TYPES: dict[str, Format] = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "text",
}


@dataclass(frozen=True)
class Attachment:
    """An attached file in a statement's format: its name, bytes and declared format."""

    name: str
    data: bytes
    kind: Format | None
    charset: str | None = None  # what the e-mail says of a text or page attachment's encoding


def read(data: bytes, name: str, *, url: str | None = None, charset: str | None = None) -> ReadInput:
    """Read a saved e-mail's statement (its body, or the attachment a cover note carries) and
    its Subject, Date and sender; an e-mail nested thousands deep is refused, not a crash."""
    try:
        return _read_message(data, name, url=url)
    except RecursionError:
        raise InputError(
            f"{name}: this e-mail's parts are nested too deeply to be a message: save the statement "
            "itself (or its text in a .txt file) and give that."
        ) from None


def _read_message(data: bytes, name: str, *, url: str | None) -> ReadInput:
    """`read`, once the e-mail is known not to be nested too deeply for the parser."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    subject = _without_prefixes(str(message.get("subject", "") or "")) or None
    text, lang, warnings = _body(message, name)
    attachments = statement_attachments(message)
    cover_note = is_cover_note(_plain_body(message) or text)  # lines as written: the signature's own
    if attachments and cover_note:
        return _read_attachment(message, attachments, name, subject=subject, url=url)
    if cover_note and (unread := unread_attachments(message)):
        warnings.append(
            f"{name}: its body is a short note, and it carries attachments briefing cannot read "
            f"({', '.join(unread)}): if the statement is one of them, save it as a PDF or Word "
            "(.docx) file and give that."
        )
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
        part="body",
    )


def is_cover_note(body: str) -> bool:
    """Whether a body only carries an attachment: under COVER_NOTE_WORDS words before its
    signature ('-- '), or saying within its first POINTER_WORDS words that something is
    attached. 'Dear editors, please find attached our statement on the floods.' is one."""
    words = _before_signature(body).split()
    if len(words) < COVER_NOTE_WORDS:
        return True
    return _attachment_pointer().search(" ".join(words[:POINTER_WORDS])) is not None


def _before_signature(body: str) -> str:
    """The body above its signature delimiter, a line of '-- ' (RFC 3676)."""
    return re.split(r"(?m)^-- ?$", body, maxsplit=1)[0]


@functools.cache
def _attachment_pointer() -> re.Pattern[str]:
    """Any language's words saying something is attached ('attached', 'ci-joint', 'adjunto')."""
    from briefing.readers.headline import any_of

    return re.compile(rf"(?<!\w)(?:{any_of('ATTACHMENT_POINTERS')})(?!\w)", re.I)


def statement_attachments(message: EmailMessage) -> list[Attachment]:
    """The attached files in a statement's format (PDF, Word, web page, text, and an e-mail
    forwarded as an attachment, up to MAX_ATTACHED_EMAILS deep), in the e-mail's order;
    pictures, calendar invitations and the like are not."""
    found = []
    for part in message.iter_attachments():
        if part.get_content_type() == "message/rfc822":
            found.extend(_attached_email(part))
            continue
        if part.is_multipart() or not (part.get_content_disposition() == "attachment" or part.get_filename()):
            continue
        filename = str(part.get_filename() or "")
        suffix = filename[filename.rfind(".") :].lower() if "." in filename else ""
        kind = ATTACHMENT_TYPES.get(part.get_content_type()) or SUFFIX_FORMATS.get(suffix)
        payload = part.get_payload(decode=True)
        if kind is not None and isinstance(payload, bytes) and payload.strip():
            charset = part.get_content_charset()
            found.append(Attachment(filename or f"attachment.{kind}", payload, kind, charset))
    return found


def unread_attachments(message: EmailMessage) -> list[str]:
    """The names of attached files in no format briefing reads ('statement.doc', 'note.odt'),
    pictures aside (a press photo is not a statement)."""
    readable = {attachment.name for attachment in statement_attachments(message)}
    names = []
    for part in message.iter_attachments():
        filename = str(part.get_filename() or "")
        if filename and filename not in readable and part.get_content_maintype() != "image":
            names.append(filename)
    return names


def _attached_email(part: EmailMessage) -> list[Attachment]:
    """An e-mail forwarded as an attachment, as bytes for this reader (none past the depth)."""
    inner = part.get_payload()
    if _DEPTH.get() >= MAX_ATTACHED_EMAILS or not isinstance(inner, list) or not inner:
        return []
    forwarded = inner[0]
    if not isinstance(forwarded, email.message.Message):
        return []
    return [Attachment(str(part.get_filename() or "forwarded.eml"), forwarded.as_bytes(), "eml")]


def _read_attachment(
    message: EmailMessage, attachments: list[Attachment], name: str, *, subject: str | None, url: str | None
) -> ReadInput:
    """The first attachment that can be read, its own metadata first and the e-mail's after;
    if none can, the first one's error (a scan, a zip bomb, a damaged file)."""
    from briefing.readers.headline import date_near_top, headline, publisher_in_text

    refused: list[tuple[Attachment, BriefingError]] = []
    for attachment in attachments:
        depth = _DEPTH.set(_DEPTH.get() + 1)
        try:
            read = read_input(
                attachment.data,
                f"{name} (attachment {attachment.name})",
                kind=attachment.kind,
                charset=attachment.charset,
            )
        except BriefingError as error:
            refused.append((attachment, error))
            continue
        finally:
            _DEPTH.reset(depth)
        return ReadInput(
            text=read.text,
            format="eml",
            title=read.title or headline(read.text) or subject,
            date=read.date or date_near_top(read.text) or _date(message),
            publisher=read.publisher or publisher_in_text(read.text) or _sender(message),
            url=read.url or url,
            lang=read.lang or _lang(message),
            warnings=(*read.warnings, *_skipped(refused, attachment, name)),
            part=f"attachment {attachment.name}" + (f" › {read.part}" if read.part else ""),
        )
    raise refused[0][1]


def _skipped(refused: list[tuple[Attachment, BriefingError]], chosen: Attachment, name: str) -> list[str]:
    """A warning for each attachment that came before the one read but could not be read."""
    return [
        f"{name}: the attachment {attachment.name} could not be read ({error.lines[0]}); "
        f"read the attachment {chosen.name} instead."
        for attachment, error in refused
    ]


def _without_prefixes(subject: str) -> str:
    """A subject without the prefixes replies and forwards add: 'Fwd: RE: Floods' -> 'Floods'."""
    from briefing.readers.headline import any_of

    prefixes = re.compile(rf"^\s*(?:(?:{any_of('MAIL_SUBJECT_PREFIXES')})\s*:\s*)+", re.I)
    return prefixes.sub("", subject).strip()


def _plain_body(message: EmailMessage) -> str | None:
    """The plain-text body as written, its lines unjoined (None when there is none)."""
    part = message.get_body(preferencelist=("plain",))
    return str(part.get_content()) if part is not None else None


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
