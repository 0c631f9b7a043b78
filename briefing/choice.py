"""Editorial choice: every extracted candidate in, the same candidates with `use` set out.

Extraction finds every figure, demand and quote it can; a page that shows them all repeats
itself ("the same sentence as demand 2 and as a quote", "~70" twice) and buries the strong
quotes under fragments. This stage decides which candidates start on the page, as an editor
would, and keeps the others in the content file with `use: false`, verified all the same, so
that switching one on never surprises:

- one quantity once: the same number counted twice is shown once, and the same sum in two
  currencies ("£5.5bn ($10bn)") is one figure; at most `MAX_FIGURES` figures (the row's width);
- no sentence twice: a demand that repeats an earlier one, a quote that repeats a demand or
  another quote, and a summary sentence that repeats either, are left off the page;
- at most `MAX_DEMANDS` demands, the strongest first (a list of 19 asks is not a briefing);
- at most `MAX_QUOTES` quotes, chosen for strength: whole sentences, a named speaker, the
  issuer's own voice (a quote in another party's voice is never chosen), in the file's order.

Pure functions over `Content` and the statement's text; nothing here reads a file.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing.model import Content, Demand, Figure, Quote

if TYPE_CHECKING:
    from briefing.provenance import Provenance

MAX_FIGURES = 4  # the key figures share one row (see fit.MAX_FIGURES)
MAX_QUOTES = 4
# A page that lists 19 asks in small type is one nobody reads before a meeting: the strongest
# eight start on it (extraction ranks them), the rest wait in the content file as `use: false`.
MAX_DEMANDS = 8
MIN_WHOLE_WORDS = 8  # fewer words than this is a phrase quoted inside a sentence
REPEATS = 0.6  # share of one text's words found in order in another that makes it a repeat
_WORD = re.compile(r"\w+")
_CURRENCY_JOIN = re.compile(r"\s*[(\[,/–—-]?\s*(?:or|about|around|roughly|some|approximately|US)?\s*")
_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’»]?\s+(?=[\"“‘«(]?[A-ZÀ-Ý0-9])")


def choose_for_page(content: Content, text: str) -> Content:
    """The candidates of an extraction, with `use` set by the rules above (and a sum stated
    in two currencies merged into one figure); the summary loses sentences the page shows as
    a demand or a quote."""
    figures = choose_figures(merge_currency_pairs(content.figures, text))
    demands = choose_demands(content.demands)
    shown_demands = [demand for demand in demands if demand.use]
    quotes = choose_quotes(content.quotes, shown_demands, text)
    shown = [demand.text for demand in shown_demands] + [quote.text for quote in quotes if quote.use]
    summary = drop_repeated_sentences(content.summary, shown)
    return content.model_copy(
        update={"figures": figures, "demands": demands, "quotes": quotes, "summary": summary}
    )


# --- figures --------------------------------------------------------------------------------


def _unit(figure: Figure) -> str:
    from briefing.verify import numbers_in

    found = numbers_in(figure.display)
    return found[0].unit if found else ""


def is_same_sum_in_two_currencies(first: Figure, second: Figure, text: str) -> bool:
    """Two amounts in different currencies side by side are one sum: "£5.5bn ($10bn)",
    "€2 billion, or $2.2 billion"."""
    if first.end is None or second.start is None or not 0 <= second.start - first.end <= 12:
        return False
    units = (_unit(first), _unit(second))
    if not all(unit and unit not in "%−" for unit in units) or units[0] == units[1]:
        return False
    # the currency sign of the second may stand just before its number, inside the gap
    between = re.sub(r"[£$€¥]|USD|EUR|GBP", "", text[first.end : second.start])
    return _CURRENCY_JOIN.fullmatch(between) is not None


def merge_currency_pairs(figures: Sequence[Figure], text: str) -> list[Figure]:
    """Figures with every sum stated in two currencies merged into one, shown as
    "£5.5 billion ($10 billion)" where the first stood."""
    by_start = sorted((f for f in figures if f.start is not None), key=lambda f: f.start or 0)
    partner: dict[int, Figure] = {}
    for first, second in itertools.pairwise(by_start):
        if id(first) not in partner and is_same_sum_in_two_currencies(first, second, text):
            partner[id(first)] = second
    absorbed = {id(other) for other in partner.values()}
    merged: list[Figure] = []
    for figure in figures:
        if id(figure) in absorbed:
            continue
        other = partner.get(id(figure))
        if other is not None:
            figure = figure.model_copy(
                update={
                    "display": f"{figure.display} ({other.display.lstrip('~')})",
                    "label": figure.label or other.label,
                    "end": other.end,
                }
            )
        merged.append(figure)
    return merged


def is_same_quantity(first: Figure, second: Figure) -> bool:
    """The same number in the same unit, stated twice: "~70 detained" and "about 70 people".
    Small plain counts must also share a word of their label ("2 years" and "2 staff" differ)."""
    if first.value is None or second.value is None or first.value != second.value:
        return False
    unit = _unit(first)
    if unit != _unit(second):
        return False
    if unit or first.value >= 50:
        return True
    return bool(_words(first.label) & _words(second.label))


def choose_figures(figures: Sequence[Figure]) -> list[Figure]:
    """The first `MAX_FIGURES` distinct quantities that say what they count are used; a repeat,
    one past the row, or a bare number ("38%" of nothing the rules could name) is not."""
    chosen: list[Figure] = []
    result: list[Figure] = []
    for figure in figures:
        use = (
            bool(figure.label.strip())
            and len(chosen) < MAX_FIGURES
            and not any(is_same_quantity(other, figure) for other in chosen)
        )
        if use:
            chosen.append(figure)
        result.append(figure.model_copy(update={"use": use}))
    return result


# --- demands and quotes ---------------------------------------------------------------------


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text) if len(word) > 2}


def _sequence(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


@lru_cache(maxsize=4096)  # pure, and asked of the same pairs many times in a build, and in every rebuild
def repeats(text: str, other: str) -> bool:
    """`text` is mostly `other` again: most of its words stand in `other`, in the same order
    ("restore the sea wall now" repeats "We ask them to restore the sea wall now")."""
    ours, theirs = _sequence(text), _sequence(other)
    if not ours or not theirs:
        return False
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, ours, theirs, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    return same >= REPEATS * len(ours) and same >= min(len(ours), 4)


def _either_repeats(text: str, other: str) -> bool:
    return repeats(text, other) or repeats(other, text)


def choose_demands(demands: Sequence[Demand]) -> list[Demand]:
    """The first `MAX_DEMANDS` demands are used, but one that repeats, or is repeated by, a
    demand already used, and the other side's calls (`voice: other`), which the page never
    shows as demands."""
    chosen: list[Demand] = []
    result: list[Demand] = []
    for demand in demands:
        issuer = getattr(demand, "voice", "issuer") != "other"
        use = (
            issuer
            and len(chosen) < MAX_DEMANDS
            and not any(_either_repeats(demand.text, other.text) for other in chosen)
        )
        if use:
            chosen.append(demand)
        result.append(demand.model_copy(update={"use": use}))
    return result


def repeats_a_demand(quote: Quote, demands: Iterable[Demand]) -> bool:
    """A quote whose words are a demand the page shows: "We call on the ministry to act now"
    beside the demand "act now", or sharing most of the demand's sentence."""
    for demand in demands:
        if quote.start is not None and quote.end is not None and demand.start is not None:
            shared = min(quote.end, demand.end or 0) - max(quote.start, demand.start)
            if shared >= REPEATS * (quote.end - quote.start):
                return True
        if repeats(demand.text, quote.text) or repeats(quote.text, demand.text):
            return True
    return False


def is_whole_sentence(quote: Quote) -> bool:
    """A quote that is a sentence of its own: it opens with a capital and has at least
    `MIN_WHOLE_WORDS` words ("We will not stop until ..."), not a phrase ("widespread abuse")."""
    text = quote.text.strip()
    return bool(text) and (text[0].isupper() or text[0].isdigit()) and len(text.split()) >= MIN_WHOLE_WORDS


def quote_strength(quote: Quote) -> int:
    """How strong a quote is on the page: a whole sentence, a named speaker, a closed quotation."""
    return 2 * is_whole_sentence(quote) + (quote.speaker is not None) + quote.complete


def is_other_voice(quote: Quote) -> bool:
    """A quote in another party's voice (a government answering, an adversary): never chosen."""
    return getattr(quote, "voice", None) == "other"


def choose_quotes(quotes: Sequence[Quote], demands: Sequence[Demand], text: str = "") -> list[Quote]:
    """At most `MAX_QUOTES` quotes, the strongest first (ties by file order), none repeating a
    shown demand or a stronger quote, none in another party's voice; phrases only when fewer
    than two whole sentences are there."""
    eligible = [
        (index, quote)
        for index, quote in enumerate(quotes)
        if not is_other_voice(quote) and not repeats_a_demand(quote, demands)
    ]
    eligible.sort(key=lambda pair: (-quote_strength(pair[1]), pair[0]))
    whole = sum(1 for _, quote in eligible if is_whole_sentence(quote))
    chosen: list[int] = []
    for index, quote in eligible:
        if len(chosen) >= MAX_QUOTES or (whole >= 2 and not is_whole_sentence(quote)):
            break
        if any(repeats(quote.text, quotes[other].text) for other in chosen):
            continue
        chosen.append(index)
    return [quote.model_copy(update={"use": index in chosen}) for index, quote in enumerate(quotes)]


def drop_repeated_sentences(summary: str, shown: Sequence[str]) -> str:
    """The summary without the sentences the page already shows as a demand or a quote."""
    if not summary or not shown:
        return summary
    sentences = _SENTENCE.split(summary)
    kept = [sentence for sentence in sentences if not any(_restates(sentence, item) for item in shown)]
    return " ".join(kept)


def _restates(sentence: str, item: str) -> bool:
    """A summary sentence restates an item when it is mostly the item's words, or the item's
    words are most of it (a short demand inside a long sentence of context is not enough)."""
    if repeats(sentence, item):
        return True
    return repeats(item, sentence) and len(_sequence(item)) >= 0.5 * len(_sequence(sentence))


# --- the page -------------------------------------------------------------------------------


def page_view(content: Content, provenance: Provenance) -> tuple[Content, Provenance]:
    """What the page shows (the items with `use: true`) and its provenance, with the names of
    unverified items ("quote 3") renumbered as the page numbers them."""
    from dataclasses import replace

    page = content.on_page()
    if page is content:
        return content, provenance
    renamed: set[str] = set()
    for kind, name in (("figures", "figure"), ("demands", "demand"), ("quotes", "quote")):
        shown = [number for number, item in enumerate(getattr(content, kind), 1) if item.use]
        for new, old in enumerate(shown, 1):
            for suffix in ("", " speaker"):
                if f"{name} {old}{suffix}" in provenance.unverified:
                    renamed.add(f"{name} {new}{suffix}")
    return page, replace(provenance, unverified=frozenset(renamed))
