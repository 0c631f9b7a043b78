"""briefing.toml: branding shown on the page, options override it, bad files refused in one line."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from briefing.cli import cli
from briefing.config import contrast_on_white, load_config
from briefing.errors import ExitCode, InputError
from tests.conftest import pdf_text, squash

LETTER = (612.0, 792.0)


def write_config(folder: Path, text: str) -> Path:
    path = folder / "briefing.toml"
    path.write_text(text, encoding="utf-8")
    return path


def build(folder: Path, statement: Path, *args: str):
    target = folder / "out.pdf"
    result = CliRunner().invoke(cli, ["build", str(statement), "-o", str(target), *args])
    return result, target


def test_branded_config_shows_organisation_logo_accent_and_contact(tmp_path, monkeypatch, small_statement):
    (tmp_path / "brand").mkdir()
    Image.new("RGB", (120, 40), (138, 21, 56)).save(tmp_path / "brand" / "logo.png")
    write_config(
        tmp_path,
        'organisation = "Rights Watch Example"\nlogo = "brand/logo.png"\naccent = "#8a1538"\n'
        'contact = "Press office: press@example.org"\npaper = "letter"\n',
    )
    monkeypatch.chdir(tmp_path)
    result, target = build(tmp_path, small_statement)
    assert result.exit_code == 0, result.output
    text = squash(pdf_text(target))
    assert "RIGHTS WATCH EXAMPLE" in text  # the kicker, in capitals
    assert "Prepared by Rights Watch Example" in text
    assert "Press office: press@example.org" in text
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages[0].images) == 1
    box = PdfReader(target).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(LETTER, abs=0.5)


def test_command_options_override_the_config(tmp_path, monkeypatch, small_statement):
    write_config(tmp_path, 'paper = "letter"\nlanguage = "fr"\n')
    monkeypatch.chdir(tmp_path)
    result, target = build(tmp_path, small_statement, "--paper", "a4", "--lang", "en")
    assert result.exit_code == 0, result.output
    box = PdfReader(target).pages[0].mediabox
    assert float(box.height) == pytest.approx(841.89, abs=0.5)
    assert "DEMANDS" in pdf_text(target)  # English labels (set in capitals), not French


def test_config_given_with_option_and_svg_logo(tmp_path, small_statement):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="30"><rect width="100" height="30"/></svg>'
    )
    config = write_config(folder, 'organisation = "Svg Org"\nlogo = "logo.svg"\n')
    result, target = build(tmp_path, small_statement, "--config", str(config))
    assert result.exit_code == 0, result.output
    assert "Prepared by Svg Org" in squash(pdf_text(target))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('organisaton = "X"\n', "unknown key 'organisaton'; did you mean 'organisation'?"),
        ('accent = "#ffcc00"\n', "key 'accent': #ffcc00 is too light to read on white paper (contrast 1.5:1"),
        ('accent = "blue"\n', "key 'accent': 'blue' is not a colour"),
        ('logo = "missing.svg"\n', "key 'logo':"),
        ('logo = "logo.gif"\n', "key 'logo': logo.gif is not an SVG or PNG file"),
        ('paper = "a5"\n', "key 'paper': unknown paper size 'a5'; choose a4 or letter."),
        ('language = "de"\n', "key 'language': there are no page labels for language 'de'"),
        ("organisation = 3\n", "key 'organisation' must be some text in quotes"),
        ("organisation = \n", "is not valid TOML"),
    ],
)
def test_bad_config_is_one_line_naming_file_and_key(tmp_path, text, message):
    path = write_config(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_config(path)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)


def test_bad_config_on_the_command_line_exits_with_one_line(tmp_path, monkeypatch, small_statement):
    write_config(tmp_path, 'template = "poster"\n')
    monkeypatch.chdir(tmp_path)
    result, target = build(tmp_path, small_statement)
    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stderr == (
        f"Error: {tmp_path / 'briefing.toml'}: key 'template': there is no template called 'poster'; "
        "choose one of dense, handout, standard (`briefing templates` describes them).\n"
    )
    assert not target.exists()


def test_missing_config_given_with_option(tmp_path, small_statement):
    result, _ = build(tmp_path, small_statement, "--config", str(tmp_path / "nope.toml"))
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "nope.toml does not exist: check the path given with --config." in result.stderr


def test_no_config_file_means_defaults(tmp_path):
    config = load_config(folder=tmp_path)
    assert config.template is None
    assert config.branding.organisation is None


def test_default_accent_reads_on_white():
    assert contrast_on_white("#1f4e79") >= 4.5
