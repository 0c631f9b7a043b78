"""Settings first: options > briefing.toml > defaults, merged and checked once, before any
statement is read; a wrong setting in a batch is one error line and no work."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import ExitCode, InputError
from briefing.settings import BuildOptions, PageSettings, resolve_settings
from tests.conftest import SMALL_STATEMENT, run_briefing


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A working folder with a folder of three statements, one of them not a statement at all
    (had any input been read, its failure would show)."""
    statements = tmp_path / "statements"
    statements.mkdir()
    for name in ("a.txt", "b.txt"):
        (statements / name).write_text(SMALL_STATEMENT, encoding="utf-8")
    (statements / "c.txt").write_bytes(b"%PDF-1.7 not a statement")
    return tmp_path


def _fails_before_any_work(folder: Path, args: list[str], code: ExitCode, message: str) -> None:
    result = run_briefing("build", "statements", "-o", "out", "--jobs", "2", *args, cwd=folder)
    assert result.returncode == code, result.stderr
    assert result.stderr == f"Error: {message}\n"
    assert result.stdout == ""
    assert not (folder / "out").exists(), "a batch with a wrong setting wrote something"


def test_an_unknown_language_in_a_batch_is_one_error_and_no_work(batch: Path) -> None:
    _fails_before_any_work(
        batch,
        ["--lang", "xx"],
        ExitCode.BAD_INPUT,
        "--lang: there are no page labels for language 'xx'; choose one of en (English), es (Spanish), "
        "fr (French).",
    )


def test_an_unknown_template_in_a_batch_is_one_error_and_no_work(batch: Path) -> None:
    _fails_before_any_work(
        batch,
        ["-t", "poster"],
        ExitCode.BAD_INPUT,
        "--template: there is no template called 'poster'; choose one of dense, handout, standard "
        "(`briefing templates` describes them).",
    )


def test_a_broken_config_file_in_a_batch_is_one_error_and_no_work(batch: Path) -> None:
    (batch / "briefing.toml").write_text("accent = #fff\n", encoding="utf-8")
    result = run_briefing("build", "statements", "-o", "out", cwd=batch)
    assert result.returncode == ExitCode.BAD_INPUT, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {batch / 'briefing.toml'} is not valid TOML")
    assert not (batch / "out").exists()


def test_a_config_key_naming_no_template_in_a_batch_is_one_error(batch: Path) -> None:
    (batch / "briefing.toml").write_text('template = "poster"\n', encoding="utf-8")
    _fails_before_any_work(
        batch,
        [],
        ExitCode.BAD_INPUT,
        f"{batch / 'briefing.toml'}: key 'template': there is no template called 'poster'; choose one of "
        "dense, handout, standard (`briefing templates` describes them).",
    )


def test_a_template_that_does_not_compile_in_a_batch_is_one_error_and_no_work(batch: Path) -> None:
    (batch / "templates").mkdir()
    (batch / "templates" / "mine.html").write_text(
        '{% extends "base.html" %}\n{% block main %}\n<p>{{ content.title </p>\n{% endblock %}\n',
        encoding="utf-8",
    )
    _fails_before_any_work(
        batch,
        ["-t", "mine"],
        ExitCode.RENDER_FAILED,
        f"{batch / 'templates' / 'mine.html'}:3: unexpected '/': fix the template there.",
    )


def test_a_single_build_checks_its_settings_before_reading_the_statement(tmp_path: Path) -> None:
    result = run_briefing("build", "missing.txt", "--lang", "de", cwd=tmp_path)
    assert result.returncode == ExitCode.BAD_INPUT
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: --lang: there are no page labels for language 'de'")


# --- resolve_settings: what wins ---------------------------------------------------------------


def test_defaults_without_options_or_config_file(tmp_path: Path) -> None:
    settings = resolve_settings(BuildOptions(folder=tmp_path))
    assert settings.page == PageSettings(override_folder=tmp_path)
    assert (settings.page.template, settings.page.paper, settings.page.language) == ("standard", "a4", "en")
    assert settings.options == BuildOptions(folder=tmp_path)


def test_the_config_file_overrides_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "briefing.toml").write_text(
        'template = "handout"\npaper = "letter"\nlanguage = "fr"\norganisation = "Rights Watch"\n',
        encoding="utf-8",
    )
    page = resolve_settings(BuildOptions(folder=tmp_path)).page
    assert (page.template, page.paper, page.language) == ("handout", "letter", "fr")
    assert page.branding.organisation == "Rights Watch"


def test_options_override_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "briefing.toml").write_text(
        'template = "handout"\npaper = "letter"\nlanguage = "fr"\n', encoding="utf-8"
    )
    page = resolve_settings(BuildOptions(template="dense", paper="A4", language="ES", folder=tmp_path)).page
    assert (page.template, page.paper, page.language) == ("dense", "a4", "es")


def test_config_given_by_path_is_read_instead_of_the_working_folders(tmp_path: Path) -> None:
    (tmp_path / "briefing.toml").write_text('paper = "letter"\n', encoding="utf-8")
    other = tmp_path / "house.toml"
    other.write_text('language = "es"\n', encoding="utf-8")
    page = resolve_settings(BuildOptions(config=other, folder=tmp_path)).page
    assert (page.paper, page.language) == ("a4", "es")


def test_a_user_template_in_the_working_folder_can_be_chosen(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "mine.html").write_text('{% extends "base.html" %}\n', encoding="utf-8")
    page = resolve_settings(BuildOptions(template="mine", folder=tmp_path)).page
    assert page.template == "mine"
    assert page.template_folders()[0] == (tmp_path / "templates").resolve()


def test_a_wrong_language_is_a_user_error_naming_the_option(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^--lang: there are no page labels for language 'de'"):
        resolve_settings(BuildOptions(language="de", folder=tmp_path))


def test_a_mistyped_option_value_in_a_batch_is_one_usage_error_and_no_work(batch: Path) -> None:
    _fails_before_any_work(
        batch,
        ["--paper", "a5"],
        ExitCode.USAGE,
        "Invalid value for '--paper': 'a5' is not one of 'a4', 'letter'. "
        "Run 'briefing build --help' for the options.",
    )
