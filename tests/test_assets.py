"""Where templates and stylesheets are found (briefing/assets.py): the bundled ones, and the
user's own folder searched first."""

from __future__ import annotations

from pathlib import Path

from briefing.assets import EXAMPLE_STATEMENT, list_templates, search_path, styles_dir, templates_dir


def test_the_bundled_assets_are_found() -> None:
    assert (templates_dir() / "standard.html").is_file()
    assert (styles_dir() / "base.css").is_file()
    assert EXAMPLE_STATEMENT.is_file()


def test_the_bundled_templates_are_listed_with_their_descriptions(tmp_path: Path) -> None:
    found = list_templates(tmp_path)
    assert list(found) == ["dense", "handout", "standard"]
    assert all(found.values())
    assert "base" not in found  # built upon, not a page


def test_a_users_folder_is_searched_first_and_adds_templates(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "poster.html").write_text(
        '{# description: one big number #}\n{% extends "base.html" %}\n', encoding="utf-8"
    )
    (tmp_path / "templates" / "_partial.html").write_text("<p></p>\n", encoding="utf-8")
    assert search_path(tmp_path, "templates", templates_dir()) == (
        (tmp_path / "templates").resolve(),
        templates_dir(),
    )
    found = list_templates(tmp_path)
    assert found["poster"] == "one big number"
    assert "_partial" not in found


def test_without_a_users_folder_only_the_bundled_one_is_searched(tmp_path: Path) -> None:
    assert search_path(tmp_path, "styles", styles_dir()) == (styles_dir(),)
    assert search_path(None, "styles", styles_dir()) == (styles_dir(),)
