"""No sentence twice on a page: a demand that is also a quotation is shown once, as the
demand (briefing/extraction/ranking.py `page_items`), and the footer counts what remains."""

from __future__ import annotations

import dataclasses

from briefing.extraction import extract_content
from briefing.extraction.ranking import page_items
from briefing.model import Content, Demand, Quote
from briefing.provenance import Provenance, page_content

TEXT = (
    "Tenants want rent freeze\n\n"
    '"We call on the city council to freeze rents for two years," said Ana Ruiz, the union\'s chair.\n\n'
    '"Families are choosing between rent and food," she said.\n'
)


def test_demand_that_is_also_a_quote_is_shown_once_as_the_demand() -> None:
    content = extract_content(TEXT, lang="en")
    assert any("freeze rents" in d.text for d in content.demands)
    assert any("freeze rents" in q.text for q in content.quotes), "the JSON keeps every quotation"
    page, _ = page_items(content)
    assert [q.text for q in page.quotes] == ["Families are choosing between rent and food,"]
    assert any("freeze rents" in d.text for d in page.demands)


def test_quote_holding_a_demand_among_other_sentences_is_left_out() -> None:
    text = "Britain will leave. The board should now rule out the cheapest bid."
    demand = Demand(text="The board should now rule out the cheapest bid", start=20, end=len(text))
    quote = Quote(text=text, speaker="Jo Bloggs", start=0, end=len(text))
    page, _ = page_items(Content(demands=[demand], quotes=[quote]))
    assert page.quotes == []


def test_other_sides_demand_never_on_the_page_and_its_quote_stays() -> None:
    demand = Demand(text="the union to call off the strike", voice="other", start=0, end=40)
    quote = Quote(text="We will not call off the strike", speaker="Ana Ruiz", start=60, end=91)
    page, _ = page_items(Content(demands=[demand], quotes=[quote]))
    assert page.demands == []
    assert page.quotes == [quote]


def test_unverified_marks_follow_their_quote_when_one_is_left_out() -> None:
    quotes = [
        Quote(text="We call on the council to freeze rents now", speaker="Ana Ruiz", start=0, end=42),
        Quote(text="Families are choosing between rent and food", speaker="Ana Ruiz", start=50, end=93),
    ]
    demand = Demand(text="We call on the council to freeze rents now", start=0, end=42)
    provenance = Provenance(
        source_name="s.txt",
        source_sha256="0" * 64,
        quotes_verified=1,
        quotes_total=2,
        unverified=frozenset({"quote 2", "figure 1"}),
    )
    page, shown = page_content(Content(demands=[demand], quotes=quotes), provenance)
    assert [q.start for q in page.quotes] == [50]
    assert shown == dataclasses.replace(
        provenance, unverified=frozenset({"quote 1", "figure 1"}), quotes_total=1, quotes_verified=0
    )
