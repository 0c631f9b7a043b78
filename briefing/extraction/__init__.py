"""The extraction stage: statement text in, `Content` (figures, demands, quotes, metadata) out.

Pure: no file I/O and no clock ("today" is passed in). Offsets in the result index the text
exactly as given. The stage runs in this order, one module per concern:

    clean (noise blanked, lines classified) -> sentences -> quotes -> speakers
        -> figures -> demands -> metadata -> ranking -> shares (a figure that is part of another)
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

from briefing.extraction.clean import CleanText, Kind, Paragraph, clean_text
from briefing.extraction.demands import Unit, extract_demands
from briefing.extraction.figures import extract_figures
from briefing.extraction.metadata import (
    find_date,
    find_issuer,
    find_title_paragraph,
    generated_title,
    headline,
    summarise,
)
from briefing.extraction.quotes import QuoteSpan, find_quoted_spans, is_quotation
from briefing.extraction.ranking import rank_demands, rank_figures, rank_quotes
from briefing.extraction.sentences import Sentence, split_sentences
from briefing.extraction.shares import link_parts_to_wholes
from briefing.extraction.speakers import attribute_speakers, tidy_speakers
from briefing.model import Content, Figure, Quote

__all__ = ["extract_content"]

# "...Recommendation 3; and   3. Calls for ...": a list item glued to the previous one.
_INLINE_ITEM_RE = re.compile(r"(?<=[;.])\s+(?:and\s+)?(?=\d{1,2}[.)]\s+[A-Z])")


_SECOND_CALL_RE = re.compile(
    r",\s+and\s+(?:also\s+)?(?=(?:urged|urges|called\s+on|calls\s+on|called\s+for|calls\s+for|"
    r"demanded|demands|appealed|appeals)\b)"
)


def extract_content(text: str, *, today: dt.date | None = None) -> Content:
    """Everything a briefing shows, extracted from a statement's text.

    `today` is the date the statement is read on; it is only used to bound dates and is never
    taken from the clock, so the same text always gives the same content.
    """
    clean = clean_text(text)
    title_paragraph = find_title_paragraph(clean)
    content = [p for p in clean.paragraphs if p.is_content and p is not title_paragraph]
    sentences = [s for p in content for s in split_sentences(clean.work, p.start, p.end)]

    skip = frozenset([title_paragraph.start]) if title_paragraph else frozenset()
    quoted = find_quoted_spans(clean, skip)
    quotations = [q for q in quoted if is_quotation(text[q.start : q.end])]
    names = [(q.mark_start, q.mark_end) for q in quoted if q not in quotations]

    paragraph_of = _paragraph_index(content, quotations)
    speakers = attribute_speakers(clean.work, quotations, sentences, paragraph_of)
    quotes = [
        Quote(text=text[q.start : q.end], speaker=speaker, complete=q.complete, start=q.start, end=q.end)
        for q, speaker in zip(quotations, speakers, strict=True)
    ]

    figures = extract_figures(clean, [(p.start, p.end) for p in content], names)
    demands = extract_demands(clean, _units(clean, content, quotations))

    lead = _lead_sentences(content, sentences)
    # a share the statement states ("50 of an estimated 800") lets the page draw it
    ranked_figures = link_parts_to_wholes(text, rank_figures(figures, len(text)))
    title = headline(clean, title_paragraph) if title_paragraph else None
    title_source: int | None = None
    if not title:
        title, title_source = _title_from_lead(clean, lead, sentences, ranked_figures)
    summary = summarise(clean, lead, exclude=title_source)
    if not title and summary:
        title = generated_title([summary])
    date = find_date(clean, title_paragraph)
    if date and today and date > today:
        date = None  # a date after the day of reading is an event announced, not the dateline
    issuer = find_issuer(clean, title, lead, [q.speaker for q in quotes])
    quotes = [
        q.model_copy(update={"speaker": speaker})
        for q, speaker in zip(quotes, tidy_speakers([q.speaker for q in quotes], issuer), strict=True)
    ]
    return Content(
        title=title,
        date=date,
        issuer=issuer,
        summary=summary,
        figures=ranked_figures,
        demands=rank_demands(demands, text),
        quotes=rank_quotes(quotes, len(text), demands),
    )


def _title_from_lead(
    clean: CleanText, lead: list[Sentence], sentences: list[Sentence], figures: list[Figure]
) -> tuple[str | None, int | None]:
    """A generated title and the start of the sentence it came from: the lead's first
    sentence, else the sentence carrying the top figure, else the rest of the lead."""
    candidates = lead[:1]
    if figures and figures[0].start is not None:
        carrier = next((s for s in sentences if s.start <= figures[0].start < s.end), None)
        if carrier:
            candidates.append(carrier)
    candidates += lead[1:4]
    texts = [clean.original[s.start : s.end] for s in candidates]
    title = generated_title(texts)
    if title is None:
        return None, None
    for sentence, raw in zip(candidates, texts, strict=True):
        if title.rstrip("\u2026") in re.sub(r"\s+", " ", raw):
            return title, sentence.start
    return title, None


def _paragraph_number(content: list[Paragraph], starts: list[int], offset: int) -> int | None:
    """The index in `content` (sorted, apart; `starts` their starts) of the paragraph holding
    `offset`, found by bisection, so that placing every sentence or quote stays linear:
    offset 12 in paragraphs starting at 0 and 10 (and ending at 8 and 20) is in paragraph 1."""
    number = bisect.bisect_right(starts, offset) - 1
    if number >= 0 and content[number].start <= offset < content[number].end:
        return number
    return None


def _paragraph_index(content: list[Paragraph], quotes: list[QuoteSpan]) -> dict[int, int]:
    starts = [paragraph.start for paragraph in content]
    index: dict[int, int] = {}
    for quote in quotes:
        number = _paragraph_number(content, starts, quote.start)
        if number is not None:
            index[quote.start] = number
    return index


def _lead_sentences(content: list[Paragraph], sentences: list[Sentence]) -> list[Sentence]:
    """The sentences of body paragraphs (not list items): what a summary is made of."""
    starts = [paragraph.start for paragraph in content]
    lead = []
    for sentence in sentences:
        number = _paragraph_number(content, starts, sentence.start)
        if number is not None and content[number].kind is Kind.BODY:
            lead.append(sentence)
    return lead


def _units(clean: CleanText, content: list[Paragraph], quotes: list[QuoteSpan]) -> list[Unit]:
    """Sentences, with a full quoted sentence inside a narrative one split out of it, so
    "X urged Y to act, adding that "We must ..."" yields two demands, and with list items
    glued onto one line separated."""
    units: list[Unit] = []
    by_mark = sorted(quotes, key=lambda quote: quote.mark_start)
    marks = [quote.mark_start for quote in by_mark]
    for paragraph in content:
        for sentence in split_sentences(clean.work, paragraph.start, paragraph.end):
            cuts = [sentence.start]
            # only the quotes opening inside the sentence (bisected: linear in sentences)
            first = bisect.bisect_right(marks, sentence.start + 10)
            for quote in by_mark[first : bisect.bisect_left(marks, sentence.end)]:
                if clean.work[quote.start : quote.start + 1].isupper():
                    cuts.append(quote.mark_start)
            for m in _INLINE_ITEM_RE.finditer(clean.work, sentence.start, sentence.end):
                cuts.append(m.end())
            for m in _SECOND_CALL_RE.finditer(clean.work, sentence.start, sentence.end):
                cuts.append(m.end())  # "called for X, and urged Y to Z": two demands
            cuts = [*sorted(set(cuts)), sentence.end]
            for start, end in itertools.pairwise(cuts):
                kind = Kind.LIST_ITEM if _is_item(clean.work, start) else paragraph.kind
                if clean.work[start:end].strip():
                    units.append(Unit(start, end, kind))
    return units


def _is_item(work: str, start: int) -> bool:
    return bool(re.match(r"\s*(?:\d{1,2}[.)]|[-*\u2022\u25aa\u2013])\s+", work[start : start + 6]))
