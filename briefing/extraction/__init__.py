"""The extraction stage: statement text in, `Content` (figures, demands, quotes, metadata) out.

Pure: no file I/O and no clock ("today" is passed in). Offsets in the result index the text
exactly as given. The stage runs in this order, one module per concern:

    clean (noise blanked, lines classified) -> sentences -> quotes -> speakers
        -> figures -> demands -> metadata -> ranking -> shares (a figure that is part of another)
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable

from briefing.extraction.attribution import Attribution, attribute, is_tied, readable_speaker, voice_of
from briefing.extraction.clean import CleanText, Kind, Paragraph, clean_text, wrapped_lines
from briefing.extraction.dates import find_date
from briefing.extraction.demands import Unit, assign_voices, demand_callers, extract_demands
from briefing.extraction.figures import extract_figures
from briefing.extraction.language import DEFAULT_LANGUAGE, detect_language
from briefing.extraction.metadata import (
    find_issuer,
    find_publisher,
    find_title_paragraph,
    generated_title,
    headline,
    lead_blocks,
    summarise,
    whole_sentences,
    wrapped_on,
)
from briefing.extraction.quotes import QuoteSpan, find_quoted_spans, is_quotation
from briefing.extraction.ranking import rank_demands, rank_figures, rank_quotes
from briefing.extraction.sentences import Sentence, split_sentences
from briefing.extraction.shares import link_parts_to_wholes
from briefing.extraction.speakers import tidy_speakers
from briefing.extraction.voices import caller_name, one_voice_per_person, other_party, refers_to_the_issuer
from briefing.lexicon import LANGUAGES
from briefing.model import Content, Demand, Figure, Quote, Source, Tie

__all__ = ["extract_content"]

# "...Proposal 4; and   5. Asks for ...": a list item glued to the previous one.
_INLINE_ITEM_RE = re.compile(r"(?<=[;.])\s+(?:and\s+)?(?=\d{1,2}[.)]\s+[A-Z])")


_SECOND_CALL_RE = re.compile(
    r",\s+and\s+(?:also\s+)?(?=(?:urged|urges|called\s+on|calls\s+on|called\s+for|calls\s+for|"
    r"demanded|demands|appealed|appeals)\b)"
)


def extract_content(text: str, *, today: dt.date | None = None, lang: str | None = None) -> Content:
    """Everything a briefing shows, extracted from a statement's text.

    `today` is the date the statement is read on; it is only used to bound dates and is never
    taken from the clock, so the same text always gives the same content. `lang` is the
    statement's language ("en", "es", "fr"); None reads it from the text.
    """
    # attribution reads with every lexicon's words unless told the language: a short or mixed
    # text may be detected wrongly, and the cue words of the languages do not collide
    attribution_lang = lang
    language = lang or detect_language(text)
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE  # whose words the rules use
    clean = clean_text(text, lang)
    title_paragraph = find_title_paragraph(clean, lang)
    content, sentences = _content_sentences(clean, title_paragraph)

    quotations, names, quoted = _quotations(clean, title_paragraph)
    quotes, attributions = _quotes(clean, quotations, quoted, attribution_lang)

    figures = extract_figures(clean, _figure_spans(clean, content, title_paragraph), names, lang)
    demands = _demands(clean, content, title_paragraph, quotations, lang)

    lead = _lead_sentences(content, sentences)
    # a share the statement states ("50 of an estimated 800") lets the page draw it
    ranked_figures = link_parts_to_wholes(text, rank_figures(_verifiable(text, figures, lang), len(text)))
    whole = whole_sentences(clean, lead_blocks(clean, title_paragraph))
    title, title_source = _title(clean, title_paragraph, lead, whole, sentences, ranked_figures, lang)
    date = _statement_date(clean, title_paragraph, today, lang)
    own_calls = _calls_of_no_other_party(demands, text, lang, quotes, attributions)
    issuer = find_issuer(
        clean,
        title,
        whole[:2] + [s for s in lead if s not in whole[:2]],  # whole sentences first: a wrapped line is none
        [q.speaker for q in quotes],
        lang=lang,
        callers=demand_callers(own_calls, text, lang),
        addressees=[d.addressee for d in own_calls if d.addressee],
    )
    addressees = [d.addressee for d in demands if d.addressee]
    quotes = _with_tidy_speakers(quotes, issuer)
    quotes = _with_attribution(text, quotes, attributions, issuer, addressees)
    quotes = _with_one_voice_per_person(quotes)
    demands = _demands_with_voices(demands, text, lang, quotes, issuer, addressees)
    quotes = rank_quotes(quotes, len(text), demands)
    shown = _shown_spans(demands, quotes)  # the context repeats none of them
    return Content(
        title=title,
        date=date,
        issuer=issuer,
        summary=summarise(clean, whole, exclude=title_source, avoid=shown, lang=lang),
        figures=ranked_figures,
        demands=rank_demands(demands, text, lang),
        quotes=quotes,
        source=Source(publisher=find_publisher(clean, lang)),
        lang=language,
    )


def _demands_with_voices(
    demands: list[Demand],
    text: str,
    lang: str,
    quotes: list[Quote],
    issuer: str | None,
    addressees: list[str] | None = None,
) -> list[Demand]:
    """Each demand with its voice, knowing who speaks each quotation and in whose voice, and
    who makes each call (`other_party`: "Doe also called on the union to ..." is the
    minister's call when the text first named her "Jane Doe, the fisheries minister")."""
    spans = [(q.start or 0, q.end or 0, q.speaker) for q in quotes]
    others = [(q.start or 0, q.end or 0, q.speaker) for q in quotes if q.voice == "other"]

    def is_other(caller: str) -> bool:
        return other_party(caller_name(caller), text, issuer, addressees or ()) is not None

    def is_own(caller: str) -> bool:
        return refers_to_the_issuer(caller_name(caller), issuer)

    voiced = assign_voices(
        demands, text, lang, spans, issuer, other_quotes=others, other_party=is_other, own_caller=is_own
    )
    voiced = [_in_the_other_sides_sentence(d, quotes, text) for d in voiced]
    return [_in_the_other_sides_list(d, text, lang, is_other, is_own) for d in voiced]


_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25a0\u2013]|\d{1,2}[.)]|[a-z][.)])\s")


def _list_lead_in(text: str, start: int) -> tuple[int, int] | None:
    """The lead-in a list item hangs on: the nearest line before it that is not itself an
    item and ends with a colon (`Minister Jane Doe called on the union to:`)."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _LIST_ITEM_RE.match(text[line_start : start + 4]):
        return None
    end = line_start - 1
    for _ in range(40):  # a list of at most 40 items is read back to its lead-in
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip() and not _LIST_ITEM_RE.match(line):
            return (begin, end) if line.rstrip().endswith(":") else None
        end = begin - 1
    return None


def _in_the_other_sides_list(
    demand: Demand, text: str, lang: str, is_other: Callable[[str], bool], is_own: Callable[[str], bool]
) -> Demand:
    """An item of a list of asks whose lead-in is another party's call is theirs: `Fisheries
    Minister Jane Doe called on the union to:` then `- stop its protests at the port`."""
    lead_in = _list_lead_in(text, demand.start or 0) if demand.voice == "issuer" else None
    if lead_in is None:
        return demand
    start, end = lead_in
    callers = demand_callers([Demand(text=text[start:end], start=start, end=end)], text, lang)
    if callers and not is_own(callers[0]) and is_other(callers[0]):
        return demand.model_copy(update={"voice": "other"})
    return demand


def _in_the_other_sides_sentence(demand: Demand, quotes: list[Quote], text: str) -> Demand:
    """A call whose sentence ties a quotation in the other side's voice to its speaker, who is
    its subject (the tie stands before the call's own words), is theirs: `Paul Grey, a
    spokesman for the council, said the dam "must go ahead"`; not the issuer's call that
    cites them (`Harbour Watch called on the ministry to free them, after the minister said
    they would "stay in jail"`)."""
    start, end = demand.start or 0, demand.end or 0
    words = re.escape(" ".join(demand.text.split()[:4])).replace(r"\ ", r"\s+")
    own = re.compile(words, re.IGNORECASE).search(text, start, end + 1) if words else None
    for quote in quotes:
        tie = quote.attribution
        if quote.voice != "other" or not tie or own is None:
            continue
        if start <= tie.start <= own.start() and (quote.end or 0) <= end + 2:
            return demand.model_copy(update={"voice": "other"})
    return demand


def _calls_of_no_other_party(
    demands: list[Demand],
    text: str,
    lang: str,
    quotes: list[Quote],
    attributions: list[Attribution | None],
) -> list[Demand]:
    """The demands that may be the issuer's, before the issuer is known: not the calls of a
    party tied to the state, a company or a court case (a CEO's "The union must call off this
    strike" does not make the union a party the statement criticises, nor its CEO the issuer)."""
    if not demands:
        return demands
    others = [
        (q.start or 0, q.end or 0, q.speaker)
        for q, a in zip(quotes, attributions, strict=True)
        if a and (a.reply or other_party(a.speaker, text, None))
    ]
    spans = [(q.start or 0, q.end or 0, q.speaker) for q in quotes]

    def is_other(caller: str) -> bool:
        return other_party(caller_name(caller), text, None) is not None

    voiced = assign_voices(demands, text, lang, spans, None, other_quotes=others, other_party=is_other)
    voiced = [_in_the_other_sides_list(d, text, lang, is_other, lambda _: False) for d in voiced]
    return [d for d, v in zip(demands, voiced, strict=True) if v.voice == "issuer"]


def _verifiable(text: str, figures: list[Figure], lang: str) -> list[Figure]:
    """Only the figures the verifier finds in the source, so that `build` accepts what
    `extract` makes: a number the figure rules misread ("1 million" from "One-and-a-half
    million") is left out here rather than printed, or stopping the build."""
    from briefing.extraction.numbers import number_language
    from briefing.verify import check_figure, source_numbers  # verification reads extraction's modules

    reading = number_language(lang)
    numbers = source_numbers(text, reading)  # read once: verification reads the same
    return [figure for figure in figures if check_figure("figure", figure, text, numbers, reading).verified]


def _with_attribution(
    text: str,
    quotes: list[Quote],
    attributions: list[Attribution | None],
    issuer: str | None,
    addressees: list[str],
) -> list[Quote]:
    """Each quote with its voice and the words tying it to its speaker; a speaker the
    verifier would not find tied to the quote is dropped here, so `build` accepts what
    `extract` makes."""
    from briefing.verify import check_speaker, normalised_source  # verification reads extraction's modules

    source = normalised_source(text)  # worked out once: verification uses the same
    named: dict[str, bool] = {}  # each speaker's name is looked up in the source once
    result: list[Quote] = []
    for quote, attribution in zip(quotes, attributions, strict=True):
        speaker = quote.speaker
        if speaker and speaker not in named:
            named[speaker] = bool(check_speaker("speaker", speaker, source).verified)
        if speaker and not (named[speaker] and is_tied(speaker, attribution, text, issuer)):
            speaker = None
        tie = (
            Tie(
                text=text[attribution.start : attribution.end],
                start=attribution.start,
                end=attribution.end,
                rule=attribution.rule,
            )
            if attribution and speaker
            else None
        )
        result.append(
            quote.model_copy(
                update={
                    "speaker": speaker,
                    "attribution": tie,
                    "voice": voice_of(attribution, addressees, text, issuer),
                }
            )
        )
    return result


def _with_one_voice_per_person(quotes: list[Quote]) -> list[Quote]:
    """The quotes with one voice per person (`voices.one_voice_per_person`)."""
    voices = one_voice_per_person([q.speaker for q in quotes], [q.voice or "issuer" for q in quotes])
    return [
        q.model_copy(update={"voice": "other"}) if v == "other" and q.voice != "other" else q
        for q, v in zip(quotes, voices, strict=True)
    ]


PAGE_QUOTES = 4  # the quotations a page shows first, which the context must not repeat


def _shown_spans(demands: list[Demand], quotes: list[Quote]) -> list[tuple[int, int]]:
    """Where the issuer's demands and the first quotations (in order of rank), which the page
    shows, lie in the text."""
    issuer = [(d.start or 0, d.end or 0) for d in demands if d.voice == "issuer"]
    return issuer + [(q.start or 0, q.end or 0) for q in quotes[:PAGE_QUOTES]]


def _quotations(
    clean: CleanText, title_paragraph: Paragraph | None
) -> tuple[list[QuoteSpan], list[tuple[int, int]], list[QuoteSpan]]:
    """The quotations (not in the headline), the spans of quoted names that are not, and
    every quoted span (a short one may pass its speaker on)."""
    skip = frozenset([title_paragraph.start]) if title_paragraph else frozenset()
    quoted = find_quoted_spans(clean, skip)
    quotations = [q for q in quoted if is_quotation(clean.original[q.start : q.end])]
    names = [(q.mark_start, q.mark_end) for q in quoted if q not in quotations]
    return quotations, names, quoted


def _content_sentences(
    clean: CleanText, title_paragraph: Paragraph | None
) -> tuple[list[Paragraph], list[Sentence]]:
    """The paragraphs that carry content (not the headline), and their sentences."""
    content = [p for p in clean.paragraphs if p.is_content and p is not title_paragraph]
    return content, [s for p in content for s in split_sentences(clean.work, p.start, p.end)]


def _figure_spans(
    clean: CleanText, content: list[Paragraph], title_paragraph: Paragraph | None
) -> list[tuple[int, int]]:
    """Where figures are read: the content, and the lines of a paragraph wrapped by hand that
    look like headings ("... as many as\n700 species have ...")."""
    wrapped = [p for p in wrapped_lines(clean) if p is not title_paragraph]
    return sorted((p.start, p.end) for p in [*content, *wrapped])


def _statement_date(
    clean: CleanText, title_paragraph: Paragraph | None, today: dt.date | None, lang: str
) -> dt.date | None:
    """The statement's own date; a date after the day of reading is an event announced, not
    the dateline."""
    date = find_date(clean, title_paragraph, lang)
    return None if date and today and date > today else date


def _with_tidy_speakers(quotes: list[Quote], issuer: str | None) -> list[Quote]:
    """The quotes with their speakers tidied, knowing the issuer."""
    speakers = tidy_speakers([q.speaker for q in quotes], issuer)
    return [q.model_copy(update={"speaker": speaker}) for q, speaker in zip(quotes, speakers, strict=True)]


def _quotes(
    clean: CleanText, quotations: list[QuoteSpan], quoted: list[QuoteSpan], lang: str | None
) -> tuple[list[Quote], list[Attribution | None]]:
    """The quotations, each with the speaker the source ties it to, and those ties."""
    attributions = attribute(clean, quotations, quoted, lang)
    text = clean.original
    quotes = [
        Quote(
            text=text[q.start : q.end],
            speaker=readable_speaker(a.speaker, lang) if a else None,
            complete=q.complete,
            start=q.start,
            end=q.end,
        )
        for q, a in zip(quotations, attributions, strict=True)
    ]
    return quotes, attributions


def _demands(
    clean: CleanText,
    content: list[Paragraph],
    title_paragraph: Paragraph | None,
    quotations: list[QuoteSpan],
    lang: str,
) -> list[Demand]:
    """The demands, read from the content and the headings (a run of one-line asks may be
    classed as headings), but never from the headline."""
    headings = [p for p in clean.paragraphs if p.kind is Kind.HEADING and p is not title_paragraph]
    in_order = sorted([*content, *headings], key=lambda p: p.start)
    return extract_demands(clean, _units(clean, in_order, quotations), lang)


def _title(
    clean: CleanText,
    title_paragraph: Paragraph | None,
    lead: list[Sentence],
    whole: list[Sentence],
    sentences: list[Sentence],
    figures: list[Figure],
    lang: str,
) -> tuple[str | None, int | None]:
    """The headline (else a title made from the lead, with the start of the sentence it came
    from, which the context then leaves out)."""
    title = headline(clean, title_paragraph) if title_paragraph else None
    title_source: int | None = None
    if not title:
        title, title_source = _title_from_lead(clean, lead, sentences, figures, lang)
    if not title:
        title = generated_title([summarise(clean, whole)], lang) or None
    return title, title_source


def _title_from_lead(
    clean: CleanText, lead: list[Sentence], sentences: list[Sentence], figures: list[Figure], lang: str
) -> tuple[str | None, int | None]:
    """A generated title and the start of the sentence it came from: the lead's first
    sentence, else the sentence carrying the top figure, else the rest of the lead."""
    candidates = lead[:1]
    if figures and figures[0].start is not None:
        carrier = next((s for s in sentences if s.start <= figures[0].start < s.end), None)
        if carrier:
            candidates.append(carrier)
    candidates += lead[1:4]
    candidates = [s for s in candidates if not wrapped_on(clean, s)]  # a cut line is no title
    texts = [clean.original[s.start : s.end] for s in candidates]
    title = generated_title(texts, lang)
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
    for paragraph in _wrapped_lines_joined(clean.work, content):
        opening = True
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
                    units.append(Unit(start, end, kind, opening))
                    opening = False
    return units


def _wrapped_lines_joined(work: str, content: list[Paragraph]) -> list[Paragraph]:
    """Hard-wrapped lines of one sentence as one paragraph: a body line that ends without
    sentence punctuation and is followed, on the very next line, by one that starts in lower
    case ("... el Gobierno regional" / "responda pronto ...")."""
    joined: list[Paragraph] = []
    for paragraph in content:
        last = joined[-1] if joined else None
        if last is not None and _wraps_into(work, last, paragraph):
            # a wrapped line has no sentence punctuation, so the cleaner may call it a heading
            kind = Kind.BODY if last.kind is Kind.HEADING else last.kind
            joined[-1] = dataclasses.replace(last, end=paragraph.end, kind=kind)
        else:
            joined.append(paragraph)
    return joined


def _wraps_into(work: str, first: Paragraph, second: Paragraph) -> bool:
    """`second` goes on the sentence `first` leaves open on the line before."""
    between = work[first.end : second.start]
    wraps = first.is_content or first.kind is Kind.HEADING
    if between.count("\n") != 1 or second.kind is Kind.LIST_ITEM or not wraps:
        return False
    return not re.search(r"[.!?:;]\W*$", work[first.start : first.end].rstrip()) and bool(
        re.match(r"\s*[a-zà-ÿ]", work[second.start : second.end])
    )


def _is_item(work: str, start: int) -> bool:
    return bool(re.match(r"\s*(?:\d{1,2}[.)]|[-*\u2022\u25aa\u2013])\s+", work[start : start + 6]))
