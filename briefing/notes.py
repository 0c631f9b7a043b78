"""Notes for the speaker: a reviewed content in, an A4 PDF of as many pages as needed out.

The briefing is the one page handed over; the notes are what the person going into the
meeting reads beforehand: the talking points (`notes:` in the content file), every candidate
the content file holds, chosen for the page or not, each with its line in the source, the
full text of every quote, and the verification table. `briefing build CONTENT.yaml --notes`
writes them next to the briefing as NAME-notes.pdf.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.labels import Labels
    from briefing.model import Demand, Figure, Quote
    from briefing.review import Reviewed
    from briefing.verify import ItemCheck

NOTES_TEMPLATE = "_notes.html"  # "_": not a page template (`briefing templates` skips it)


@dataclass(frozen=True)
class Candidate:
    """One figure, demand or quote of the content file, as the notes list it."""

    item: str  # "quote 2", as `check` names it
    on_page: bool
    text: str
    detail: str  # the label, the addressee or the speaker
    line: int | None  # its line in the source, where verification found it
    verified: bool | None  # None: located for reference only (demands)


def notes_path(briefing: Path) -> Path:
    """Where the notes of a briefing go: `out/x.pdf` -> `out/x-notes.pdf`."""
    return briefing.with_name(f"{briefing.stem}-notes.pdf")


def candidates(reviewed: Reviewed) -> dict[str, list[Candidate]]:
    """Every item of the content, by kind, with what verification found for it."""
    checks: dict[str, ItemCheck] = {check.item: check for check in reviewed.report.checks}
    content = reviewed.content
    kinds: dict[str, list[tuple[str, Figure | Demand | Quote, str, str]]] = {
        "figures": [(f"figure {i}", f, f.display, f.label) for i, f in enumerate(content.figures, 1)],
        "demands": [(f"demand {i}", d, d.text, d.addressee or "") for i, d in enumerate(content.demands, 1)],
        "quotes": [(f"quote {i}", q, q.text, q.speaker or "") for i, q in enumerate(content.quotes, 1)],
    }
    listed: dict[str, list[Candidate]] = {}
    for kind, items in kinds.items():
        listed[kind] = []
        for name, item, text, detail in items:
            check = checks.get(name)
            listed[kind].append(
                Candidate(
                    name,
                    item.use,
                    text,
                    detail,
                    check.line if check else None,
                    check.verified if check else None,
                )
            )
    return listed


def notes_html(reviewed: Reviewed, *, language: str = "en") -> str:
    """The notes' HTML, its own words in `language` (the briefing's: en, es or fr; the
    `notes_...` labels in `briefing/labels.py`), the candidates in the source's."""
    from briefing.labels import Labels
    from briefing.render import render_bundled_html

    labels = Labels(language)
    content = reviewed.content
    meeting = content.meeting
    path = reviewed.statement.path
    return render_bundled_html(
        NOTES_TEMPLATE,
        content=content,
        labels=labels,
        language=labels.language,
        page_footer=page_footer(labels),
        source_name=path.name if path else labels.notes_standard_input,
        source_sha256=reviewed.source_sha256,
        date_text=labels.date(content.date),
        meeting_date=labels.date(meeting.date) if meeting else None,
        candidates=candidates(reviewed),
        checks=[replace(check, item=item_name(check.item, labels)) for check in reviewed.report.checks],
    )


def item_name(item: str, labels: Labels) -> str:
    """An item as `check` names it, in the notes' language: "quote 2 speaker" is "cita 2,
    quién la dijo" in Spanish; a name it does not know stays as it is."""
    from briefing.labels import CATALOGUES

    kind, _, rest = item.partition(" ")
    number, _, speaker = rest.partition(" ")
    if f"notes_item_{kind}" not in CATALOGUES[labels.language] or not number.isdigit():
        return item
    name = labels.text(f"notes_item_{kind}", number=number)
    return labels.text("notes_item_speaker", item=name) if speaker == "speaker" else name


def page_footer(labels: Labels) -> tuple[str, str, str]:
    """The words around the page numbers of the notes' footer, from the `notes_page` label
    ("Notes · page {page} of {pages}" gives ("Notes · page ", " of ", "")), for the template's
    CSS `content: "…" counter(page) "…" counter(pages) "…"`. Every character that could end a
    CSS string or be taken for markup is written as a CSS escape."""
    before, _, rest = labels.notes_page.partition("{page}")
    between, _, after = rest.partition("{pages}")
    return _css_string(before), _css_string(between), _css_string(after)


def _css_string(text: str) -> str:
    """`text` for inside a CSS string: letters, digits, spaces and plain punctuation as they
    are, anything else (quotes, backslashes, <, &) as a CSS escape: `"` is `\\000022`."""
    return "".join(char if char.isalnum() or char in " ·.,:;-–" else f"\\{ord(char):06x}" for char in text)


def notes_pdf(reviewed: Reviewed, *, language: str = "en") -> bytes:
    """The notes as a PDF in `language`: A4, as many pages as they take."""
    from briefing.assets import styles_dir
    from briefing.pdf import pdf_bytes, render_document

    html = notes_html(reviewed, language=language)
    document = render_document(html, base_url=styles_dir().as_uri() + "/", allowed_roots=(styles_dir(),))
    return pdf_bytes(document)
