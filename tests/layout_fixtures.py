"""Hand-made contents for the layout tests: small, seed-sized and far too long. Invented text,
so the tests do not depend on extraction."""

from __future__ import annotations

import datetime as dt

from briefing.model import Content, Demand, Figure, Quote
from briefing.provenance import Provenance

PROVENANCE = Provenance(source_name="riverland.txt", source_sha256="ab" * 32, build_date=dt.date(2025, 3, 13))


def make_content(demands: int = 6, quotes: int = 4, summary_sentences: int = 2) -> Content:
    summary = " ".join(
        f"Sentence {i} of the context: the panel welcomed the release of some detained journalists "
        "this week but said many remain in custody."
        for i in range(1, summary_sentences + 1)
    )
    return Content(
        title="At least 120 journalists still held in Riverland after partial releases",
        date=dt.date(2025, 3, 12),
        issuer="Independent Panel on Riverland",
        summary=summary,
        figures=[
            Figure(value=120, display="120+", label="journalists still in custody", approx=True),
            Figure(
                value=30, display="30", label="journalists released this week", of="150 detained since May"
            ),
        ],
        demands=[
            Demand(
                text=f"demand {i}: end the use of pre-trial detention against the press and publish "
                "the names and whereabouts of everyone still detained",
                addressee="the Riverland authorities",
            )
            for i in range(1, demands + 1)
        ],
        quotes=[
            Quote(
                text=f"Quote {i}: every journalist held for their work must be freed today, and those "
                "released must be able to work without fear of arrest,",
                speaker="Ana Ruiz, panel member",
            )
            for i in range(1, quotes + 1)
        ],
    )


def statement_for(content: Content) -> str:
    """A statement that says everything `content` shows, so that the content passes
    verification: each quote word for word with its speaker, each figure's number."""
    lines = [
        f"{content.issuer} said that 120 journalists remain in custody and 30 of 150 detained since May were released."
    ]
    lines += [f"“{quote.text}” said {quote.speaker}." for quote in content.quotes]
    lines += [f"The panel called on {demand.addressee} to {demand.text}." for demand in content.demands]
    return "\n\n".join(lines) + "\n"
