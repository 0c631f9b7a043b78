"""The edit loop from the command line: extract -o, check, build a content file, schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.model import Content
from briefing.readback import pdf_text
from tests.conftest import run_briefing


def alter_quote(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("restore the sea wall", "rebuild the sea wall"), encoding="utf-8")


def test_check_prints_every_item_and_where_it_was_found(content_file: Path) -> None:
    result = run_briefing("check", content_file.name, cwd=content_file.parent)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Checking coastal.yaml against statement.txt (SHA-256 ")
    assert any(line.split()[:3] == ["✓", "quote", "1"] and line.split()[3] == "6" for line in lines)
    assert any(line.split()[:4] == ["✓", "figure", "2", "4"] for line in lines)
    assert "2 of 2 quotes verified verbatim; 2 of 2 figures and 1 of 1 speakers found in the source." in lines
    assert result.stderr == ""


def test_check_refuses_an_altered_quote_naming_it(content_file: Path) -> None:
    alter_quote(content_file)
    result = run_briefing("check", content_file.name, cwd=content_file.parent)
    assert result.returncode == 4
    assert any(line.split()[:3] == ["✗", "quote", "1"] for line in result.stdout.splitlines())
    error = result.stderr.splitlines()
    line = next(
        number for number, text in enumerate(content_file.read_text().splitlines(), 1) if "rebuild" in text
    )
    assert (
        error[0]
        == f"Error: coastal.yaml:{line}: quote 1 is not verified: it is not word for word in the source."
    )
    assert ">>rebuild<<" in error[1]
    assert error[2].startswith("  source, line 6")
    assert ">>restore<<" in error[2]
    assert "Traceback" not in result.stderr


def test_build_refuses_an_altered_quote_and_writes_nothing(content_file: Path) -> None:
    alter_quote(content_file)
    target = content_file.parent / "out" / "coastal.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the previous briefing")
    result = run_briefing("build", content_file.name, cwd=content_file.parent)
    assert result.returncode == 4
    assert result.stderr.startswith("Error: coastal.yaml:")
    assert "quote 1 is not verified" in result.stderr
    assert "Nothing was written." in result.stderr
    assert target.read_bytes() == b"the previous briefing"
    assert sorted(path.name for path in target.parent.iterdir()) == ["coastal.pdf"]


def test_build_from_a_content_file_puts_every_quote_and_the_provenance_on_the_page(
    content_file: Path, coastal_content: Content
) -> None:
    result = run_briefing("build", content_file.name, cwd=content_file.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(Path("out") / "coastal.pdf")
    text = " ".join(pdf_text((content_file.parent / "out" / "coastal.pdf").read_bytes()).split())
    for quote in coastal_content.quotes:
        assert quote.text.rstrip(",") in text
    assert "2 of 2 quotes verified verbatim" in text
    assert "https://example.org/coastal-statement" in text
    assert "Source: Coastal Rights Network, statement of 3 March 2025." in text
    assert "Made with briefing 0.1.0." in text  # no build date unless asked: reproducible
    html = run_briefing(
        "build", content_file.name, "--format", "html", "-o", "page.html", cwd=content_file.parent
    )
    assert html.returncode == 0, html.stderr
    page = (content_file.parent / "page.html").read_text(encoding="utf-8")
    # an <img> rather than inline SVG, so that its alt text reaches the PDF's structure tree
    assert '<img class="qr" src="data:image/svg+xml;base64,' in page
    assert 'alt="QR code linking to the source"' in page


def test_allow_unverified_marks_the_items(content_file: Path) -> None:
    alter_quote(content_file)
    result = run_briefing(
        "build", content_file.name, "--allow-unverified", "-o", "x.pdf", cwd=content_file.parent
    )
    assert result.returncode == 0, result.stderr
    assert "1 item(s) are not verified" in result.stderr
    text = " ".join(pdf_text((content_file.parent / "x.pdf").read_bytes()).split())
    assert "rebuild the sea wall" in text
    assert "1 of 2 quotes verified verbatim" in text
    assert text.count("UNVERIFIED") == 2  # on the quote, and in the footer's note


def test_a_bad_content_file_gives_one_error_line_per_problem(content_file: Path) -> None:
    text = content_file.read_text(encoding="utf-8").replace("title:", "titel:").replace("label:", "lable:", 1)
    content_file.write_text(text, encoding="utf-8")
    result = run_briefing("check", content_file.name, cwd=content_file.parent)
    assert result.returncode == 3
    errors = result.stderr.splitlines()
    assert len(errors) == 3
    assert all(line.startswith("Error: coastal.yaml:") for line in errors)
    assert "unknown key `titel`: did you mean `title`?" in errors[0]


def test_a_missing_source_names_the_line(content_file: Path) -> None:
    (content_file.parent / "statement.txt").unlink()
    result = run_briefing("check", content_file.name, cwd=content_file.parent)
    assert result.returncode == 3
    line = next(
        n for n, text in enumerate(content_file.read_text().splitlines(), 1) if "file: statement.txt" in text
    )
    assert result.stderr.startswith(f"Error: coastal.yaml:{line}: the source statement cannot be read: ")
    assert "does not exist" in result.stderr


def test_schema_prints_json_schema() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["required"] == ["source"]


def test_extract_writes_a_content_file_and_keeps_edits(
    tmp_path: Path, coastal_statement: str, coastal_content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.review

    monkeypatch.setattr(briefing.review, "extract_statement", lambda statement, today=None: coastal_content)
    (tmp_path / "statements").mkdir()
    (tmp_path / "statements" / "coastal.txt").write_text(coastal_statement, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", "statements/coastal.txt", "-o", "coastal.yaml"])
    assert result.exit_code == 0, result.output
    assert "  file: statements/coastal.txt" in (tmp_path / "coastal.yaml").read_text(encoding="utf-8")
    again = runner.invoke(cli, ["extract", "statements/coastal.txt", "-o", "coastal.yaml"])
    assert again.exit_code == 3
    assert "coastal.yaml already exists and may hold your edits" in again.output
    assert (
        runner.invoke(cli, ["extract", "statements/coastal.txt", "-o", "coastal.yaml", "--force"]).exit_code
        == 0
    )
    assert runner.invoke(cli, ["check", "coastal.yaml"]).exit_code == 0


def test_every_command_has_help_with_an_example() -> None:
    for name, command in cli.commands.items():
        assert command.help, name
        assert "Examples:" in command.help, name
