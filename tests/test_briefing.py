"""The public Python API (`briefing/__init__.py`): what scripts import, and that importing it
is cheap (no PDF engine until a page is built)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import briefing
from briefing import BriefingError, BuildOptions, Content, build_briefing, extract_content
from tests.conftest import PROJECT, SMALL_STATEMENT, pdf_text, squash


def test_importing_the_package_loads_neither_the_pdf_engine_nor_jinja() -> None:
    script = (
        "import sys, briefing\n"
        "from briefing import BriefingError, __version__\n"
        "print(','.join(m for m in ('weasyprint', 'jinja2', 'pydantic') if m in sys.modules) or 'none')\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == "none"


def test_every_public_name_is_importable_and_listed() -> None:
    for name in briefing.__all__:
        assert getattr(briefing, name) is not None, name
    assert {"build_briefing", "extract_content", "Content", "BriefingError"} <= set(briefing.__all__)
    assert set(briefing.__all__) <= set(dir(briefing))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="module 'briefing' has no attribute 'render_everything'"):
        briefing.render_everything  # noqa: B018


def test_extract_content_reads_a_statement_from_python() -> None:
    content = extract_content(SMALL_STATEMENT)
    assert isinstance(content, Content)
    assert content.figures[0].value == 120
    assert any(quote.text.startswith("Every journalist held for their work") for quote in content.quotes)


def test_build_briefing_builds_a_pdf_with_the_options_given(tmp_path: Path) -> None:
    statement = tmp_path / "riverland.txt"
    statement.write_text(SMALL_STATEMENT, encoding="utf-8")
    result = build_briefing(
        str(statement), tmp_path / "page.pdf", BuildOptions(language="es", folder=tmp_path)
    )
    assert result.output == tmp_path / "page.pdf"
    assert result.pages == 1
    assert result.quotes_verified == result.quotes_total == 3
    assert "12 de marzo de 2025" in squash(pdf_text(result.output))


def test_a_problem_the_user_can_fix_is_a_briefing_error(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as raised:
        build_briefing(tmp_path / "missing.txt", tmp_path / "x.pdf", BuildOptions(folder=tmp_path))
    assert raised.value.exit_code == 3
    assert not (tmp_path / "x.pdf").exists()


def test_the_readmes_python_example_runs(tmp_path: Path) -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    example = readme.split("## From Python", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    (tmp_path / "statement.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-c", example],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(PROJECT), "PATH": "/usr/bin:/bin"},
    )
    assert completed.returncode == 0, completed.stderr
    assert (tmp_path / "out" / "statement.pdf").exists()
    assert "Error:" not in completed.stdout
