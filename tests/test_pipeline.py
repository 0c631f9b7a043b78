"""The pipeline (briefing/pipeline.py): settings first, then the stages, composed into
`build_briefing`; the helpers that name and document what it writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.errors import InputError, RenderError
from briefing.model import Content
from briefing.pipeline import (
    DEFAULT_OUTPUT_DIR,
    build_briefing,
    default_output_path,
    evidence,
    extract_to_content_file,
    prepare_build,
)
from briefing.review import review_input
from briefing.settings import BuildOptions, Settings


def test_prepare_build_resolves_options_and_keeps_settings_already_resolved(tmp_path: Path) -> None:
    settings = prepare_build(BuildOptions(template="handout", folder=tmp_path))
    assert isinstance(settings, Settings)
    assert settings.page.template == "handout"
    assert prepare_build(settings) is settings


def test_prepare_build_compiles_the_template_before_any_statement_is_read(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "mine.html").write_text("{% block main %}\n{{ oops \n", encoding="utf-8")
    with pytest.raises(RenderError, match=r"mine.html:\d+: .*fix the template there"):
        prepare_build(BuildOptions(template="mine", folder=tmp_path))


def test_build_briefing_writes_the_pages_html_where_asked(small_statement: Path, tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    result = build_briefing(small_statement, target, BuildOptions(output_format="html", folder=tmp_path))
    assert result.output == target
    assert result.pages is None
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert result.quotes_verified == result.quotes_total


def test_a_target_named_for_another_format_is_built_with_a_warning(
    small_statement: Path, tmp_path: Path
) -> None:
    result = build_briefing(
        small_statement, tmp_path / "page.txt", BuildOptions(output_format="html", folder=tmp_path)
    )
    assert any("page.txt does not end in .html" in warning for warning in result.warnings)


def test_the_default_output_is_named_after_the_input_or_else_the_title() -> None:
    content = Content(title="Eight hundred families still without homes")
    assert default_output_path(Path("in/coastal.txt"), content, "pdf") == DEFAULT_OUTPUT_DIR / "coastal.pdf"
    assert default_output_path(None, content, "html") == DEFAULT_OUTPUT_DIR / (
        "eight-hundred-families-still-without-homes.html"
    )
    assert default_output_path(None, Content(), "pdf") == DEFAULT_OUTPUT_DIR / "briefing.pdf"


def test_evidence_carries_the_statement_and_the_verified_content(small_statement: Path) -> None:
    proof = evidence(review_input(small_statement))
    (name, data, _), (json_name, json_data, _) = proof.files
    assert name == small_statement.name
    assert data.decode("utf-8") == small_statement.read_text(encoding="utf-8")
    assert json_name == "content.json"
    content = json.loads(json_data)
    assert content["source"]["file"] == small_statement.name  # not the folder the build ran in
    assert proof.date.year == 2025


def test_extract_to_content_file_writes_yaml_and_keeps_an_edited_one(
    small_statement: Path, tmp_path: Path
) -> None:
    target = tmp_path / "riverland.yaml"
    assert extract_to_content_file(small_statement, target) == target
    assert "file: riverland.txt" in target.read_text(encoding="utf-8")
    with pytest.raises(InputError, match="already exists and may hold your edits"):
        extract_to_content_file(small_statement, target)
    with pytest.raises(InputError, match=r"a content file's name ends in .yaml"):
        extract_to_content_file(small_statement, tmp_path / "riverland.txt")
    with pytest.raises(InputError, match="refers to its statement by file name"):
        extract_to_content_file(None, tmp_path / "stdin.yaml")
