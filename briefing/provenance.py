"""Provenance: reviewed content in, what the footer says about where it came from out.

The source's file name and SHA-256, how many quotes were verified verbatim, which items were
built unverified, the build date if one was asked for, and a QR code linking to the source's
URL. Plain data for the page; no template or PDF engine is needed to make it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefing.errors import InputError

if TYPE_CHECKING:
    from briefing.labels import Labels
    from briefing.model import Content
    from briefing.review import Reviewed

# Past this, a QR code needs so many modules that a phone cannot read it at 14 mm.
MAX_QR_URL_LENGTH = 500


@dataclass(frozen=True)
class Provenance:
    """What the footer says about where the content came from."""

    source_name: str  # file name of the statement, or "standard input"
    source_sha256: str
    build_date: dt.date | None = None
    quotes_verified: int | None = None  # None: not verified
    quotes_total: int | None = None
    unverified: frozenset[str] = frozenset()  # items built with --allow-unverified: "quote 2"
    qr_svg: str | None = None  # inline SVG QR code linking to the source's URL


def make_provenance(reviewed: Reviewed, *, build_date: dt.date | None = None) -> Provenance:
    """What the footer says about where everything came from; a source URL too long for a
    readable QR code is a user error naming where it is set."""
    url = reviewed.content.source.url
    return Provenance(
        source_name=reviewed.statement.path.name
        if reviewed.statement.path
        else reviewed.statement.display_name,
        source_sha256=reviewed.source_sha256,
        build_date=build_date,
        quotes_verified=reviewed.report.quotes_verified,
        quotes_total=reviewed.report.quotes_total,
        unverified=reviewed.report.unverified_items,
        qr_svg=_qr_code(reviewed, url) if url else None,
    )


def _qr_code(reviewed: Reviewed, url: str) -> str:
    """The QR code for the source's URL, if a phone can read one that long."""
    if len(url) > MAX_QR_URL_LENGTH:
        raise InputError(
            f"{reviewed.where('source url')}: the source url is {len(url)} characters long, too long "
            f"for a QR code a phone can read (at most {MAX_QR_URL_LENGTH}): "
            "give a shorter link to the statement."
        )
    return qr_code_svg(url)


def qr_code_svg(url: str) -> str:
    """A small QR code linking to `url`, as inline SVG sized by the stylesheet."""
    import segno

    code = segno.make(url, error="m", micro=False)
    return str(code.svg_inline(border=0, omitsize=True, svgclass="qr-code", lineclass=None, dark="#000"))


def page_content(content: Content, provenance: Provenance) -> tuple[Content, Provenance]:
    """The content as the page shows it (`briefing.extraction.ranking.page_items`: the issuer's
    demands, no quote that repeats one), with the footer's quote count and unverified marks
    made to match the quotes that remain."""
    from briefing.extraction.ranking import page_items

    page, unverified = page_items(content, provenance.unverified)
    dropped = len(content.quotes) - len(page.quotes)
    if not dropped or provenance.quotes_total is None:
        return page, replace(provenance, unverified=unverified)
    marked = sum(
        1 for key in provenance.unverified if key.startswith("quote ") and not key.endswith("speaker")
    )
    still = sum(1 for key in unverified if key.startswith("quote ") and not key.endswith("speaker"))
    verified = (provenance.quotes_verified or 0) - (dropped - (marked - still))
    return page, replace(
        provenance,
        unverified=unverified,
        quotes_total=provenance.quotes_total - dropped,
        quotes_verified=verified,
    )


def source_line(content: Content, labels: Labels, date_text: str | None = None) -> str:
    """The footer's "Source: ..." in the page's language, never a file name: the outlet that
    published the text when it names one ("Source: BBC News, reporting a statement by the
    TUC of 3 May 2005" when the issuer is another party), else the issuer with a plain
    "(publisher not named in the text)", else only that; `date_text` is the statement's date."""
    publisher = (content.source.publisher or "").strip()
    issuer = (content.issuer or "").strip()
    when = labels.text("of_date", date=date_text) if date_text else ""
    dated = ", " + labels.text("statement_of", date=date_text) if date_text else ""
    if publisher and issuer and not _same_party(publisher, issuer):
        return labels.text("source_reporting", publisher=publisher, issuer=issuer, when=when)
    if publisher:
        return labels.text("source", source=publisher) + dated
    if issuer:
        return labels.text("source_unpublished", issuer=issuer, when=when)
    return labels.text("source_unnamed") + dated


def _same_party(publisher: str, issuer: str) -> bool:
    """ "Amnesty International" and "Amnesty International UK" are one party, as are
    "RWA" and "RWA, the River Water Agency"."""
    a, b = publisher.casefold(), issuer.casefold()
    return a in b or b in a
