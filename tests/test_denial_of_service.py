"""Every input under the caps finishes: no regular expression of the cleaner and no loop over
figures, sentences or quotes may be quadratic. Each test builds a pathological input near the
1 MB cap and asserts what comes out (a quadratic pass never returns; how long a linear one
takes is measured in `bench/dos.py`, not asserted here).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extraction import extract_content
from briefing.extraction.clean import clean_text
from briefing.extraction.shares import _comparable, _numeral, _stated_as_part, _unit, link_parts_to_wholes
from briefing.model import Content, Figure, Quote
from briefing.statement import MAX_STATEMENT_BYTES
from briefing.verify import verify_content

MB = MAX_STATEMENT_BYTES - 100

# Runs of one kind of character, or of one opening mark repeated, as long as the cap allows:
# each once made a cleaner pattern retry a match from every character.
PATHOLOGICAL = {
    "one long word": "a" * MB,
    "one long number": "7" * MB,
    "underscores": "_" * MB,
    "dotted word": "a." * (MB // 2),
    "dashed word": "a-" * (MB // 2),
    "open brackets": "[" * MB,
    "open images": "![" * (MB // 2),
    "unclosed links": "[a](b" * (MB // 5),
    "open attributes": "{:" * (MB // 2),
    "open autolinks": "<http://" * (MB // 8),
    "at signs in a word": "a@b" * (MB // 3),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_the_cleaner_is_linear_on_pathological_lines(name: str) -> None:
    text = PATHOLOGICAL[name]
    clean = clean_text(text)
    assert len(clean.work) == len(text)  # offsets kept
    assert len(clean.paragraphs) <= 1  # one line (or nothing left once syntax is blanked)


def test_a_one_megabyte_word_is_extracted_as_nothing() -> None:
    content = extract_content("Statement. " + "a" * MB)
    assert (content.figures, content.quotes, content.demands) == ([], [], [])


@pytest.mark.parametrize(
    ("text", "kept", "blanked"),
    [
        ("See [the report](https://example.org/r) now.", "the report", "https://example.org/r"),
        ("![map](https://example.org/m.png) The valley.", "The valley.", "map"),
        ("Contact press@example.org today.", "today.", "press@example.org"),
        ("Read <https://example.org/x> first.", "first.", "https://example.org/x"),
        ("A heading {: .lead} here", "here", "{: .lead}"),
        ("[[nested] link](https://example.org/n) stays readable", "link", "https://example.org/n"),
    ],
)
def test_the_cleaner_still_blanks_what_it_blanked(text: str, kept: str, blanked: str) -> None:
    work = clean_text(text).work
    assert kept in work
    assert blanked not in work


def _numbered_items(count: int) -> str:
    lines = ["The Valley Health Network published its survey on Monday.", ""]
    lines += [f"{i}. In district {i}, {i + 1} of {i + 2} clinics had closed." for i in range(1, count + 1)]
    return "\n".join(lines) + "\n"


def _figures_of(text: str) -> list[Figure]:
    """A part and a whole figure for each numbered item, as extraction would give them."""
    figures = []
    for match in re.finditer(r"(\d+) of (\d+) clinics", text):
        part, whole = match.group(1), match.group(2)
        figures.append(
            Figure(display=part, label="clinics", value=float(part), start=match.start(1), end=match.end(1))
        )
        figures.append(
            Figure(display=whole, label="clinics", value=float(whole), start=match.start(2), end=match.end())
        )
    return figures


def test_ten_thousand_numbered_items_each_link_their_part_to_its_whole() -> None:
    text = _numbered_items(10_000)
    linked = link_parts_to_wholes(text, _figures_of(text))
    assert len(linked) == 20_000
    parts = linked[0::2]
    assert all(figure.of == str(int(figure.value or 0) + 1) for figure in parts)
    assert all(figure.of is None for figure in linked[1::2])


def test_extraction_of_thousands_of_numbered_items_finishes_with_their_shares() -> None:
    content = extract_content(_numbered_items(3_000))
    shares = {(figure.display, figure.of) for figure in content.figures if figure.of}
    assert ("2", "3") in shares
    assert ("3001", "3002") in shares


def _every_pair(text: str, figures: list[Figure]) -> list[Figure]:
    """The definition of linking, trying every pair (quadratic): the oracle for the fast one."""
    numerals = [_numeral(text, figure) for figure in figures]
    linked = []
    for i, part in enumerate(figures):
        whole = next(
            (
                candidate
                for j, candidate in enumerate(figures)
                if j != i
                and _comparable(part, candidate, _unit(part.display), _unit(candidate.display))
                and _stated_as_part(text, numerals[i], numerals[j])
            ),
            None,
        )
        linked.append(part if whole is None or part.of else part.model_copy(update={"of": whole.display}))
    return linked


_PHRASES = st.sampled_from(
    [
        "{a} of {b} clinics",
        "{a} out of an estimated {b} people",
        "Of the {b} detainees, {a} were freed.",
        "Of the estimated {b} homes, about {a}",
        "{a} and {b} schools",
        "{a}% of {b}%",
        "In {a} districts. Of {b}",
        ", {a}",
    ]
)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.tuples(_PHRASES, st.integers(1, 2_000), st.integers(1, 2_000)),
        min_size=1,
        max_size=12,
    )
)
def test_linking_by_neighbours_is_linking_by_every_pair(pieces: list[tuple[str, int, int]]) -> None:
    text = " ".join(phrase.format(a=a, b=b) for phrase, a, b in pieces)
    figures = [figure.model_copy(update={"of": None}) for figure in extract_content(text).figures]
    assert link_parts_to_wholes(text, figures) == _every_pair(text, figures)


def test_a_long_quote_that_is_not_in_a_long_source_fails_with_its_closest_passage() -> None:
    source = ("The families of the valley wait. " * 30_000)[:MB]
    quote = " ".join(f"word{i}" for i in range(20_000))
    report = verify_content(Content(quotes=[Quote(text=quote)]), source)
    assert report.unverified_items == {"quote 1"}


def test_an_ellipsis_quote_against_a_repetitive_source_is_checked_in_a_window() -> None:
    source = "a " * (MB // 2)
    report = verify_content(Content(quotes=[Quote(text="a … b")]), source)
    assert report.unverified_items == {"quote 1"}


def test_a_leading_ellipsis_against_a_source_of_negations_is_refused_at_every_occurrence() -> None:
    source = "never a rest " * (MB // 13)
    report = verify_content(Content(quotes=[Quote(text="… a rest")]), source)
    assert report.unverified_items == {"quote 1"}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # one long sentence with a number every few words: each number's label read all of it
        ("chained shares", "50 of 800 of 900 of " * 2_500),
        ("amounts", "$1 billion " * 4_500),
        # one long sentence with a reporting verb every few words: each read its whole start
        ("reporting verbs", 'said "a" ' * 5_500),
    ],
)
def test_long_sentences_full_of_numbers_or_verbs_are_extracted(name: str, text: str) -> None:
    content = extract_content("The Valley Panel reported on Monday.\n\n" + text)
    assert content.summary is not None  # it finished, and made something of it
