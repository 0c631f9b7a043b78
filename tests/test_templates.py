"""Templates: the list, user overrides, languages, the proportion bar."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.labels import CATALOGUES, ENGLISH, Labels
from briefing.model import Figure
from briefing.render import figure_share, parse_whole, render_html
from briefing.settings import BuildOptions, resolve_settings
from tests.conftest import pdf_text, squash
from tests.layout_fixtures import PROVENANCE, make_content


def test_templates_command_lists_name_then_description(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["templates"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines] == ["dense", "handout", "standard"]
    assert all(len(line.split(None, 1)) == 2 for line in lines)


def test_a_template_in_the_working_folder_replaces_the_bundled_one(tmp_path, monkeypatch):
    (tmp_path / "templates").mkdir()
    (tmp_path / "styles").mkdir()
    (tmp_path / "templates" / "standard.html").write_text(
        '{# description: our house style #}\n{% extends "base.html" %}\n'
        '{% block main %}<p class="house">House page</p>{% endblock %}\n'
    )
    (tmp_path / "styles" / "standard.css").write_text(".house { font-weight: 700; }\n")
    monkeypatch.chdir(tmp_path)
    html = render_html(make_content(), PROVENANCE, resolve_settings(BuildOptions(folder=tmp_path)).page)
    assert '<p class="house">House page</p>' in html
    assert ".house { font-weight: 700; }" in html
    listed = CliRunner().invoke(cli, ["templates"]).output
    assert "standard  our house style" in listed


def test_unknown_template_is_one_line_with_the_choices(small_statement, tmp_path):
    result = CliRunner().invoke(
        cli, ["build", str(small_statement), "-o", str(tmp_path / "x.pdf"), "-t", "poster"]
    )
    assert result.exit_code == 3
    assert result.stderr == (
        "Error: --template: there is no template called 'poster'; choose one of dense, handout, standard "
        "(`briefing templates` describes them).\n"
    )


def test_spanish_page_has_spanish_labels_and_date(small_statement, tmp_path):
    # a quotation that is not one of the demands (those are shown once, as demands)
    small_statement.write_text(
        small_statement.read_text(encoding="utf-8")
        + "\n“We have documented every arrest since January,” the panel said.\n",
        encoding="utf-8",
    )
    target = tmp_path / "es.pdf"
    result = CliRunner().invoke(cli, ["build", str(small_statement), "-o", str(target), "--lang", "es"])
    assert result.exit_code == 0, result.output
    text = squash(pdf_text(target))
    for label in ("DEMANDAS", "EN SUS PROPIAS PALABRAS", "Fuente:"):
        assert label in text
    assert "12 de marzo de 2025" in text


def test_lang_sets_html_lang_and_french_date(tmp_path):
    html = render_html(
        make_content(), PROVENANCE, resolve_settings(BuildOptions(language="fr", folder=tmp_path)).page
    )
    assert '<html lang="fr">' in html
    assert "12 mars 2025" in html
    assert "Revendications" in html
    assert "Dans leurs propres mots" in html


def test_unknown_language_is_refused():
    result = CliRunner().invoke(cli, ["build", "--lang", "de"])
    assert result.exit_code == 3
    assert (
        "--lang: there are no page labels for language 'de'; choose one of en (English), es (Spanish)"
        in result.stderr
    )


def test_catalogues_are_complete():
    for language, catalogue in CATALOGUES.items():
        assert catalogue.keys() == ENGLISH.keys(), language


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("an estimated 800", 800),
        ("12,000 people", 12000),
        ("1.2 million", 1_200_000),
        ("12.000", 12000),
        ("£66bn", 66e9),
        ("1.2 billion", 1.2e9),
        ("3 millones", 3e6),
    ],
)
def test_the_whole_is_read_from_of(text, number):
    assert parse_whole(text) == number


def test_proportion_bar_states_the_share_in_words():
    labels = Labels("en")
    share = figure_share(Figure(value=50, display="~50", label="released", of="an estimated 800"), labels)
    assert share == {"width": "6.25%", "text": "6% of an estimated 800"}
    assert figure_share(Figure(value=900, display="900", label="x", of="800"), labels) is None
    assert figure_share(Figure(value=5, display="5", label="x"), labels) is None
    assert Labels("es").percent(0.0625) == "6\xa0%"


def test_page_shows_the_bar_with_its_words(tmp_path):
    html = render_html(make_content(), PROVENANCE, resolve_settings(BuildOptions(folder=tmp_path)).page)
    assert 'class="share-fill" style="width: 20.00%"' in html
    assert "20% of 150 detained since May" in html


def test_dates_follow_the_language():
    assert Labels("en").date(dt.date(2025, 3, 12)) == "12 March 2025"
    assert Labels("es").date(dt.date(2025, 3, 12)) == "12 de marzo de 2025"


@pytest.fixture
def private_temporary_folder(tmp_path, monkeypatch):
    """A temporary folder of the test's own, where Jinja keeps its compiled templates."""
    from briefing import render

    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    render._environment.cache_clear()
    yield folder
    render._environment.cache_clear()


def test_compiled_templates_are_kept_and_a_damaged_cache_is_compiled_again(private_temporary_folder):
    fresh = render_html(make_content(), PROVENANCE, resolve_settings(BuildOptions()).page)
    cached = sorted(private_temporary_folder.glob("_jinja2-cache-*/__briefing_*.cache"))
    assert len(cached) == 3  # standard, base and macros
    for entry in cached:
        entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])  # cut off mid-code

    from briefing import render

    render._environment.cache_clear()
    assert render_html(make_content(), PROVENANCE, resolve_settings(BuildOptions()).page) == fresh


def test_a_cache_folder_that_cannot_be_used_only_costs_time(private_temporary_folder):
    import os

    # what Jinja would use is a file: it refuses the folder, and the templates are compiled
    (private_temporary_folder / f"_jinja2-cache-{os.getuid()}").write_text("not a folder")
    html = render_html(make_content(), PROVENANCE, resolve_settings(BuildOptions()).page)
    assert "<h1>" in html


def test_a_handout_without_demands_gives_its_quotes_and_context_the_whole_width(tmp_path):
    html = render_html(
        make_content(demands=0), PROVENANCE, resolve_settings(BuildOptions(template="handout")).page
    )
    assert 'class="column column-main"' not in html  # no empty column beside them
    assert '<div class="columns stacked">' in html  # one column, the quotes two by two
    assert 'class="quote-columns"' in html
