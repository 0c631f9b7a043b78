"""A Markdown statement's emphasis ("**", "__", "*word*", "_word_") is not shown on the page:
demands lose it at extraction, quotes keep the source's exact text in the JSON and lose it on
the page, and the read-back looks for the words as the page shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extraction import extract_content
from briefing.extraction.clean import without_emphasis
from tests.conftest import pdf_text, run_briefing, squash

STATEMENT = """# Pupils ask for a gentle return to school

**Riverton, 3 May 2031** – The pupils' union surveyed **4,000 pupils** on the end of the year.

"We are **not ready** to go back before September, and _nobody_ has asked us," said Lea Marsh, the union's president.

The union calls on the Ministry of Education to **put pupils' well-being at the centre** of its plans.
"""


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("mettre le **bien-être des élèves** au **centre**", "mettre le bien-être des élèves au centre"),
        ("**prise en** **concertation**", "prise en concertation"),
        ("_Nous_ avons __peur__", "Nous avons peur"),
        ("a *very* long year", "a very long year"),
        (
            "_\u00ab Nous avons peur. \u00bb_ dit un \u00e9l\u00e8ve",
            "\u00ab Nous avons peur. \u00bb dit un \u00e9l\u00e8ve",
        ),
        ("les examens de fin d'ann\u00e9e.\"_", "les examens de fin d'ann\u00e9e.\""),
        ("snake_case and 5 * 3 stay", "snake_case and 5 * 3 stay"),
    ],
)
def test_without_emphasis_markdown_marks_go_and_the_words_stay(text: str, shown: str) -> None:
    assert without_emphasis(text) == shown


def test_without_emphasis_demands_lose_the_marks_quotes_keep_the_source_text() -> None:
    content = extract_content(STATEMENT, lang="en")
    assert "put pupils' well-being at the centre of its plans" in [d.text for d in content.demands]
    assert all("*" not in d.text for d in content.demands)
    (quote,) = content.quotes
    assert STATEMENT[quote.start or 0 : quote.end or 0] == quote.text
    assert "**not ready**" in quote.text


def test_without_emphasis_the_page_shows_no_markup_and_builds(tmp_path: Path) -> None:
    statement = tmp_path / "pupils.md"
    statement.write_text(STATEMENT, encoding="utf-8")
    result = run_briefing("build", str(statement), "-o", str(tmp_path / "pupils.pdf"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = squash(pdf_text(tmp_path / "pupils.pdf"))
    assert "**" not in page
    assert "_nobody_" not in page
    assert "We are not ready to go back before September, and nobody has asked us" in page
    assert "Put pupils' well-being at the centre of its plans" in page
