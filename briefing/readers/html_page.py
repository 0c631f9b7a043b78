"""HTML reader: a saved or fetched web page in, the article's text out, without navigation,
cookie notices, share buttons, comments, related links or footers (trafilatura, Apache-2.0).

The bytes are decoded here, not by the extractor: a byte-order mark, then the charset the
server sent, then the page's own `<meta charset>` (wherever it is in the head), then UTF-8,
then Windows-1252. The title is the page's `<h1>` when it agrees with its `og:title`/`<title>`,
else `og:title` without its " | Site" suffix; the publisher is `og:site_name`, else the site
named in that suffix; the date is the page's publication date (htmldate, through trafilatura).
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from typing import Any
from urllib.parse import urlsplit

from briefing.errors import InputError
from briefing.readers import ReadInput
from briefing.readers.blocks import fold_spaces, join_blocks

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEAD_END = re.compile(rb"</head\s*>|<body[\s>]", re.I)
# WHATWG: a page that says Latin-1 or ASCII is decoded as Windows-1252 by every browser.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}
# " | Site", " - Site", " – Site", " — Site", " :: Site" after a title.
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|·|::|»)\s+")
MIN_ARTICLE_WORDS = 15  # fewer words than this is a menu or a caption, not a statement
MAX_NESTING_MESSAGE = "its HTML is nested too deeply to be a web page"


def read(data: bytes, name: str, *, url: str | None = None, charset: str | None = None) -> ReadInput:
    """Read a web page's article text and metadata."""
    page, warnings = decode_page(data, charset)
    tree = _parse(page, name)
    found = _extract(tree, name)
    meta = page_metadata(tree)
    title = meta["title"] or found.get("title")
    date = _date(found.get("date"))
    text = join_blocks(headed(found["text"].split("\n"), title, deck(tree, meta), date_line(tree, date)))
    return ReadInput(
        text=text,
        format="html",
        title=title,
        date=date,
        publisher=meta["publisher"] or _site_name(found.get("sitename")),
        url=url or meta["url"],
        lang=meta["lang"] or found.get("language"),
        warnings=tuple(warnings),
    )


def headed(lines: list[str], title: str | None, standfirst: str | None, dateline: str | None) -> list[str]:
    """The article's blocks under its headline, in a page's order: the title (once), the
    standfirst, the date line, then the body; the extractor's text supplies what it kept
    (['Body'] -> ['Title', 'Standfirst', 'By X • 2 May 2025', 'Body'])."""
    body = [line for line in lines if line.strip()]
    head: list[str] = [title] if title else []
    for index, kept in enumerate(body[:3]):  # after a category label at most ('News')
        if title and _same(kept, title):
            del body[index]
            break
    if standfirst and body and _same(body[0], standfirst):
        body = body[1:]
        head.append(standfirst)
    flat_body = _flat(" ".join(body)).casefold()
    for line in (standfirst, dateline):
        if line and line not in head and _flat(line).casefold() not in flat_body:
            head.append(line)
    return [*head, *body]


def decode_page(data: bytes, charset: str | None = None) -> tuple[str, list[str]]:
    """A page's text: BOM, then the server's charset, then `<meta charset>`, then UTF-8, then
    Windows-1252 (with a warning). Undecodable bytes under a declared charset are replaced."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), []
    for declared in (charset, _meta_charset(data)):
        known = _known_encoding(declared)
        if known:
            return data.decode(known, errors="replace"), []
    from briefing.statement import decode_utf8_or_1252  # (statement imports the readers)

    # UTF-8, and only the bytes that are not as Windows-1252 (one stray byte must not turn the
    # whole page into mojibake); a page with no UTF-8 at all is Windows-1252 throughout
    text, warnings = decode_utf8_or_1252(data, "the page")
    if warnings and warnings[0].startswith("the page is not UTF-8"):
        warnings = [
            "the page does not say how it is encoded and is not UTF-8; it was read as Windows-1252: "
            "check the accents and quotation marks."
        ]
    return text, warnings


def _meta_charset(data: bytes) -> str | None:
    """The charset a `<meta>` in the page's head declares, however far into the head it is."""
    end = _HEAD_END.search(data)
    head = data[: end.start() if end else 262_144]
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii", errors="replace") if match else None


def _known_encoding(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _parse(page: str, name: str) -> Any:
    """The page's element tree (lxml); a page nested too deeply to parse is refused."""
    from lxml import etree, html

    try:
        tree = html.fromstring(page)
    except (etree.ParserError, ValueError, RecursionError) as error:
        raise InputError(
            f"{name} cannot be read as a web page ({error}): save the page again, or copy its text."
        ) from None
    if tree is None:
        raise InputError(f"{name} has no HTML in it: save the page again, or copy its text into a .txt file.")
    return tree


def _extract(tree: Any, name: str) -> dict[str, Any]:
    """trafilatura's reading of the article: its text (one block a line) and metadata."""
    import logging

    import trafilatura

    for logger in ("trafilatura", "htmldate", "courlan", "justext"):  # one line or none for the user
        logging.getLogger(logger).setLevel(logging.CRITICAL)
    try:
        document = trafilatura.bare_extraction(
            tree,
            include_comments=False,
            include_tables=True,
            include_formatting=False,
            include_links=False,
            include_images=False,
            with_metadata=True,
            deduplicate=False,
        )
    except RecursionError:
        raise InputError(f"{name}: {MAX_NESTING_MESSAGE}; save the page again, or copy its text.") from None
    found: dict[str, Any] = {}
    if document is not None:
        found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    if len((found.get("text") or "").split()) < MIN_ARTICLE_WORDS:
        raise InputError(
            f"{name} has no article text that briefing can find (only menus, links or scripts): "
            "open the page in a browser, copy the statement's text into a .txt file and build that."
        )
    return found


#: Class names and microdata of the element that holds a page's date line or byline.
_DATE_HOLDERS = (
    "//time",
    "//*[@itemprop='datePublished']",
    "//*[contains(@class, 'published')]",
    "//*[contains(@class, 'byline')]",
    "//*[contains(@class, 'date')]",
)
MAX_DATE_LINE_WORDS = 12


def date_line(tree: Any, date: dt.date | None) -> str | None:
    """The page's visible date line: the text around the first `<time>` (or element marked as
    the publication date or byline) that shows the page's own `date`, when it is short:
    'By Coast Coalition • 12 March 2025'. A related story's date is not the page's."""
    from briefing.readers.headline import find_date

    if date is None:
        return None
    for query in _DATE_HOLDERS:
        for element in tree.xpath(query):
            if _in_head_or_chrome(element):
                continue
            text = _flat(element.text_content())
            if len(text.split()) > MAX_DATE_LINE_WORDS or find_date(text) != date:
                continue
            parent = element.getparent()
            around = _flat(parent.text_content()) if parent is not None else ""
            return around if 0 < len(around.split()) <= MAX_DATE_LINE_WORDS else text
    return None


def deck(tree: Any, meta: dict[str, str | None]) -> str | None:
    """The article's standfirst: a visible element whose text is the page's own description
    (`og:description` or `description`), shown under the headline."""
    description = meta.get("description")
    if not description or description.endswith(("…", "...")):
        return None
    for element in tree.iter("p", "h2", "div", "span"):
        if _flat(element.text_content()) == description and not _in_head_or_chrome(element):
            return description
    return None


def _in_head_or_chrome(element: Any) -> bool:
    """Whether an element sits in the head, a navigation bar, an aside or a footer."""
    return any(ancestor.tag in ("head", "nav", "aside", "footer") for ancestor in element.iterancestors())


def _same(a: str, b: str) -> bool:
    return _flat(a).casefold() == _flat(b).casefold()


def _flat(text: str) -> str:
    """Text on one line: every run of whitespace, line breaks included, as one space."""
    return fold_spaces(" ".join(text.split()))


def page_metadata(tree: Any) -> dict[str, str | None]:
    """Title, publisher, canonical address and language as the page declares them."""
    meta = {
        (element.get("property") or element.get("name") or "").lower(): element.get("content") or ""
        for element in tree.iter("meta")
    }
    page_title = _flat(tree.findtext(".//title") or "")
    og_title = _flat(meta.get("og:title", "")) or page_title
    url = _canonical(tree, meta)
    suffix = _suffix_site(og_title) or _suffix_site(page_title)
    return {
        "description": _flat(meta.get("og:description", "") or meta.get("description", "")) or None,
        "title": _title(_first_h1(tree), og_title),
        "publisher": publisher(_flat(meta.get("og:site_name", "")) or None, suffix, url),
        "url": url,
        "lang": _lang(tree.get("lang") or meta.get("og:locale") or meta.get("language")),
    }


def _first_h1(tree: Any) -> str | None:
    for element in tree.iter("h1"):
        text = _flat(element.text_content())
        if text:
            return text
    return None


def _title(h1: str | None, og_title: str) -> str | None:
    """The page's `<h1>` when it shares most of its words with the declared title (a logo's
    `<h1>` does not); else the declared title without its site suffix."""
    declared = _TITLE_SEPARATOR.split(og_title)[0].strip() if og_title else ""
    if h1 and (not declared or _overlap(h1, og_title) >= 0.5):
        return h1
    return declared or h1


def _overlap(a: str, b: str) -> float:
    words_a, words_b = set(re.findall(r"\w+", a.casefold())), set(re.findall(r"\w+", b.casefold()))
    return len(words_a & words_b) / len(words_a) if words_a else 0.0


def publisher(site_name: str | None, suffix: str | None, url: str | None) -> str | None:
    """Who publishes the page: its `og:site_name`, unless the site its title names ('… |
    Reuters') is the one in its address and the site name is not ('U.S.', a section), in
    which case that; the title's site when there is no site name."""
    if suffix and site_name and suffix != site_name and url:
        host = (urlsplit(url).hostname or "").casefold()
        in_host = any(len(word) >= 4 and word in host for word in re.findall(r"\w+", suffix.casefold()))
        if in_host and not any(word in host for word in re.findall(r"\w{4,}", site_name.casefold())):
            return suffix
    return site_name or suffix


def _suffix_site(title: str) -> str | None:
    """The site a title names after its separator: 'Floods | News | Red Cross' -> 'Red Cross'
    (not a date: 'Floods - 12.03.2025')."""
    parts = [part for part in _TITLE_SEPARATOR.split(title) if part.strip()]
    if len(parts) < 2:
        return None
    site = parts[-1].strip()
    return None if any(ch.isdigit() for ch in site) or len(site.split()) > 6 else site


def _site_name(name: str | None) -> str | None:
    """trafilatura's site name, unless it is only a host name ('example.org')."""
    if not name or re.fullmatch(r"[\w.-]+\.[a-z]{2,}", name.strip(), re.I):
        return None
    return name.strip()


def _canonical(tree: Any, meta: dict[str, str]) -> str | None:
    for element in tree.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split():
            href = (element.get("href") or "").strip()
            if href.startswith(("http://", "https://")):
                return href
    og_url = meta.get("og:url", "").strip()
    return og_url if og_url.startswith(("http://", "https://")) else None


def _lang(value: str | None) -> str | None:
    """'fr-FR', 'en_US' -> 'fr', 'en'."""
    match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|$)", value or "")
    return match.group(1).lower() if match else None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
