"""The built wheel works on its own: installed (not editable) into a fresh virtual environment,
`briefing build` run from an empty folder writes the bundled example's one-page PDF. This is
what proves templates, stylesheets, fonts and the example ship inside the package."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest
from pypdf import PdfReader

PROJECT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_builds_the_default_briefing_from_an_empty_folder(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(PROJECT)],
        check=True,
    )
    (wheel,) = dist.glob("briefing-*.whl")

    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", str(wheel)], check=True)

    empty = tmp_path / "empty"
    empty.mkdir()
    result = subprocess.run(
        [environment / "bin" / "briefing", "build"], cwd=empty, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    written = empty / result.stdout.strip()
    assert written.parent == empty / "out"
    assert len(PdfReader(written).pages) == 1
