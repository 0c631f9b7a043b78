"""Review (briefing/review.py): a statement or content file in, content verified against its
source out; the gate a build passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import InputError, VerificationError
from briefing.review import extract_statement, require_verified, review_input
from briefing.statement import load_statement


def test_a_statement_is_extracted_and_verified(small_statement: Path) -> None:
    reviewed = review_input(small_statement)
    assert reviewed.content_file is None
    assert reviewed.content.source.file == str(small_statement)
    assert reviewed.report.quotes_total == len(reviewed.content.quotes) > 0
    assert not reviewed.report.failures
    assert reviewed.named_after == small_statement
    assert reviewed.input_name == str(small_statement)
    require_verified(reviewed)  # passes the gate


def test_extract_statement_records_the_file_it_came_from(small_statement: Path) -> None:
    content = extract_statement(load_statement(small_statement))
    assert content.source.file == str(small_statement)
    assert content.figures[0].value == 120


def test_a_content_file_is_checked_against_its_source_and_named_by_line(content_file: Path) -> None:
    reviewed = review_input(content_file)
    assert reviewed.content_file is not None
    assert reviewed.named_after == content_file
    assert reviewed.statement.path == content_file.parent / "statement.txt"
    assert not reviewed.report.failures
    assert reviewed.where("quote 1").startswith(f"{content_file}:")


def test_the_gate_names_every_item_not_in_the_source(content_file: Path) -> None:
    text = content_file.read_text(encoding="utf-8")
    content_file.write_text(text.replace("restore the sea wall", "rebuild the sea wall"), encoding="utf-8")
    reviewed = review_input(content_file)
    with pytest.raises(VerificationError) as raised:
        require_verified(reviewed)
    first, *rest = str(raised.value).splitlines()
    assert first.startswith(f"{content_file}:")
    assert "quote 1" in first
    assert rest[-1].startswith("Nothing was written. Make each item match the source (statement.txt)")


def test_a_content_file_whose_source_is_missing_says_where_it_is_set(content_file: Path) -> None:
    (content_file.parent / "statement.txt").unlink()
    with pytest.raises(InputError, match=r"coastal.yaml:\d+: the source statement cannot be read"):
        review_input(content_file)
