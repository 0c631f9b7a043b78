"""What `briefing read --format json` prints about a statement."""

from __future__ import annotations

from tests.readers_fixtures import (
    read_json,
)


def test_a_markdown_headline_is_read_without_its_hashes(tmp_path):
    (tmp_path / "s.md").write_text(
        "# River towns demand flood defences\n\n*2 April 2025*\n\nRiverland Rights Watch calls on the government.\n",
        encoding="utf-8",
    )
    found = read_json(tmp_path / "s.md", cwd=tmp_path)
    assert (found["title"], found["date"], found["format"]) == (
        "River towns demand flood defences",
        "2025-04-02",
        "text",
    )
    assert found["publisher"] == "Riverland Rights Watch"


def test_read_completes_what_a_pdf_or_text_does_not_say_from_its_text():
    from briefing.readers.describe import describe_statement
    from briefing.statement import Statement

    text = (
        "PRESS RELEASE\n\nRiver towns demand flood defences\n\nGENEVA, 2 April 2025 – Riverland Rights "
        "Watch today called on the regional government to release the fund. The towns have flooded "
        "twice this year and the people who live there are still waiting for the help that was promised.\n"
    )
    found = describe_statement(Statement(text, None, format="pdf"))
    assert found["title"] == "River towns demand flood defences"
    assert found["date"] == "2025-04-02"
    assert found["publisher"] == "Riverland Rights Watch"
    assert found["lang"] == "en"
    assert found["format"] == "pdf"
    # what the input declares is kept as it is
    declared = Statement(text, None, format="html", title="Floods", publisher="Watch", lang="fr")
    assert [describe_statement(declared)[key] for key in ("title", "publisher", "lang")] == [
        "Floods",
        "Watch",
        "fr",
    ]


def test_a_language_is_null_when_the_text_is_too_short_to_tell():
    from briefing.readers.describe import describe_statement
    from briefing.statement import Statement

    assert describe_statement(Statement("Floods.\n", None))["lang"] is None
