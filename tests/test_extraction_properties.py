"""Property tests: extraction never raises and its offsets always index the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extraction import extract_content

# Text made mostly of the characters the rules react to, so the rules are exercised.
_TRICKY = st.lists(
    st.sampled_from(
        [
            *list("aA z.,;:!?-\n 0123456789%$£\"'“”‘’„«»()[]{}*#|/"),
            "said ",
            "must ",
            "call on ",
            "urge ",
            "million ",
            "five ",
            "hundred ",
            "about ",
            "January 12, 2026",
            "1. ",
            "Â\xa0",
            "â€œ",
            "https://x.org/a",
            " the experts ",
        ]
    ),
    max_size=120,
).map("".join)


def _check(text: str) -> None:
    content = extract_content(text)
    items = [*content.figures, *content.demands, *content.quotes]
    for item in items:
        assert item.start is not None
        assert item.end is not None
        assert 0 <= item.start < item.end <= len(text)
    for quote in content.quotes:
        assert quote.text == text[quote.start : quote.end]
    assert content.title is None or "\n" not in content.title


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises_and_offsets_are_valid(text: str) -> None:
    _check(text)


@settings(max_examples=250, deadline=None)
@given(_TRICKY)
def test_statement_like_text_never_raises_and_offsets_are_valid(text: str) -> None:
    _check(text)
