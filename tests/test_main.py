"""`python -m briefing` (briefing/__main__.py) is the `briefing` command."""

from __future__ import annotations

from pathlib import Path

from briefing.version import __version__
from tests.conftest import run_briefing


def test_python_m_briefing_runs_the_command(tmp_path: Path) -> None:
    result = run_briefing("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == f"briefing, version {__version__}\n"
