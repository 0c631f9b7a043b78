"""Ranking rules: the order in which items of equal kind reach the page."""

from __future__ import annotations

from briefing.extraction import extract_content
from briefing.extraction.ranking import rank_quotes
from briefing.model import Demand, Quote


def test_a_quote_that_is_a_demand_comes_after_the_other_quotes() -> None:
    text = (
        '"The government must withdraw this bill at once," said Ann Lee.\n\n'
        '"We cannot afford to eat any more this month," said Bob Kim.'
    )
    content = extract_content(text)
    assert [d.text for d in content.demands] == ["The government must withdraw this bill at once"]
    assert [q.speaker for q in content.quotes] == ["Bob Kim", "Ann Lee"]


def test_quotes_not_repeating_a_demand_keep_their_order() -> None:
    quotes = [
        Quote(text="one two three four five six", speaker="A", complete=True, start=0, end=10),
        Quote(text="one two three four five six", speaker="B", complete=True, start=20, end=30),
    ]
    demand = Demand(text="x", addressee=None, start=40, end=60)
    assert [q.speaker for q in rank_quotes(quotes, 100, [demand])] == ["A", "B"]
    assert [q.speaker for q in rank_quotes(quotes, 100, [Demand(text="x", start=0, end=12)])] == ["B", "A"]
