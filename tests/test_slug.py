"""Safe file names (briefing/slug.py): from a title or a file name, never empty, never a path."""

from __future__ import annotations

import pytest

from briefing.slug import MAX_SLUG_LENGTH, slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Only ~50 of 800 prisoners freed", "only-50-of-800-prisoners-freed"),
        ("Déclaration conjointe — Genève", "declaration-conjointe-geneve"),
        ("../../etc/passwd", "etc-passwd"),
        ("  Statement_2025 (final).txt ", "statement-2025-final-txt"),
    ],
)
def test_a_slug_is_lower_case_ascii_words_joined_by_dashes(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_text_with_no_letters_or_digits_gives_the_fallback() -> None:
    assert slugify("“…”") == "briefing"
    assert slugify("", fallback="statement") == "statement"


def test_a_long_title_is_cut_at_a_word_boundary() -> None:
    title = "the experts call for the immediate and unconditional release of every prisoner held"
    slug = slugify(title)
    assert len(slug) <= MAX_SLUG_LENGTH
    assert slug.startswith("the-experts-call-for-the-immediate-and-")
    assert title.replace(" ", "-").startswith(f"{slug}-")  # whole words only


def test_one_very_long_word_is_cut_at_the_limit() -> None:
    assert slugify("x" * 100) == "x" * MAX_SLUG_LENGTH
