"""Ranking: extracted items in, the same items in order of importance out.

A one-page briefing shows the first few items of each list, so the order matters more than
any score. Position is the backbone (statements put the main point first); on top of it,
explicit calls outrank obligations mentioned in passing, counts of people and money outrank
durations, and attributed, complete quotations outrank fragments. Sorting is stable, so
items of equal weight keep the statement's order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from briefing.lexicon import words_for
from briefing.model import Content, Demand, Figure, Quote

_TIME_LABEL_RE = re.compile(r"^(?:years?|months?|weeks?|days?|hours?|decades?)\b", re.IGNORECASE)


def _position(start: int | None, length: int) -> float:
    return (start or 0) / max(1, length)


def rank_figures(figures: list[Figure], length: int) -> list[Figure]:
    def weight(figure: Figure) -> float:
        score = _position(figure.start, length)
        if _TIME_LABEL_RE.match(figure.label):
            score += 0.6  # how long something lasted matters less than how many it hit
        if not figure.label:
            score += 1.0  # a number without what it counts says nothing on the page
        if (figure.value or 0) >= 100 or "%" in figure.display or figure.display[:1] in "$\u00a3\u20ac":
            score -= 0.2
        return score

    return sorted(figures, key=weight)


def rank_demands(demands: list[Demand], text: str, lang: str = "en") -> list[Demand]:
    """Demands by weight: an explicit call ("We urge ...") or one that names who is asked
    before an obligation mentioned in passing; the other side's calls last."""
    explicit = explicit_call_pattern(lang)

    def weight(demand: Demand) -> float:
        sentence = text[demand.start or 0 : demand.end or 0]
        score = _position(demand.start, len(text))
        if explicit.search(sentence) or demand.addressee:
            score -= 0.3
        if demand.voice != "issuer":
            score += 2.0  # not the issuer's: after all of the issuer's own
        return score

    return sorted(demands, key=weight)


@functools.cache
def explicit_call_pattern(lang: str) -> re.Pattern[str]:
    """The words of an explicit call in `lang` ("call on", "urge", "exigimos", "appelle")."""
    w = words_for(lang)
    words = (
        *w.DEMAND_CALL_ON,
        *w.DEMAND_CALL_FOR,
        *w.DEMAND_REITERATE,
        *w.DEMAND_ASK_FIRST_PERSON,
        *w.DEMAND_VERBS,
    )
    alternation = "|".join(re.escape(x).replace("\\ ", r"\s+") for x in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation or '(?!x)x'})(?!\w)", re.IGNORECASE)


def rank_quotes(quotes: list[Quote], length: int, demands: Sequence[Demand] = ()) -> list[Quote]:
    """Quotes by weight; a quote whose words are mostly a demand's sentence comes after the
    others, since the page already shows those words among the demands."""

    def weight(quote: Quote) -> tuple[bool, float]:
        score = _position(quote.start, length)
        if quote.speaker is None:
            score += 0.4
        if not quote.complete:
            score += 0.2
        if len(quote.text.split()) < 10:
            score += 0.3  # a phrase quoted inside a sentence says less than a full statement
        return _repeats_a_demand(quote, demands), score

    return sorted(quotes, key=weight)


def _repeats_a_demand(quote: Quote, demands: Sequence[Demand]) -> bool:
    start, end = quote.start or 0, quote.end or 0
    for demand in demands:
        shared = min(end, demand.end or 0) - max(start, demand.start or 0)
        if end > start and shared >= 0.6 * (end - start):
            return True
    return False


def page_items(content: Content, unverified: frozenset[str] = frozenset()) -> tuple[Content, frozenset[str]]:
    """What the page shows, each sentence once: the issuer's demands (the other side's calls
    stay in the content only), and the quotes that do not repeat one of those demands.

    A demand that is also a quotation is shown once, as the demand: the "Demands" block is
    the ask an editor takes into the meeting, and the quotation would only repeat its words
    under "In their words". `unverified` ("quote 3", "quote 3 speaker") is renumbered for the
    quotes that remain, so each mark stays on its own quote."""
    demands = [d for d in content.demands if d.voice == "issuer"]
    kept: list[Quote] = []
    marks: set[str] = {key for key in unverified if not key.startswith("quote ")}
    for number, quote in enumerate(content.quotes, start=1):
        if (
            _repeats_a_demand(quote, demands)
            or _quote_in_demand_text(quote, demands)
            or _holds_a_demand(quote, demands)
        ):
            continue
        kept.append(quote)
        for suffix in ("", " speaker"):
            if f"quote {number}{suffix}" in unverified:
                marks.add(f"quote {len(kept)}{suffix}")
    page = content.model_copy(update={"demands": demands, "quotes": kept})
    return page, frozenset(marks)


def _holds_a_demand(quote: Quote, demands: Sequence[Demand]) -> bool:
    """The quotation carries a demand's sentence among others ("The plant will close. The
    ministry must now find the workers new jobs ...", with the second sentence a demand)."""
    start, end = quote.start or 0, quote.end or 0
    for demand in demands:
        d_start, d_end = demand.start or 0, demand.end or 0
        shared = min(end, d_end) - max(start, d_start)
        if d_end > d_start and shared >= 0.6 * (d_end - d_start):
            return True
    return False


def _quote_in_demand_text(quote: Quote, demands: Sequence[Demand]) -> bool:
    """The quote's words are a demand's words ("We call on the council to act now," she
    said): the same sentence, wherever the offsets point (a content file may have none)."""
    words = _words(quote.text)
    return len(words) >= 4 and any(words and words <= _words(d.text) for d in demands)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))
