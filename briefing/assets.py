"""Where the package's templates, stylesheets, fonts and bundled example live.

In a checkout they sit at the project's top level (`templates/`, `styles/`), where designers
find them; a wheel maps them into the package (see `pyproject.toml`). This module is the one
place that knows both layouts.
"""

from __future__ import annotations

from pathlib import Path

from briefing.errors import RenderError

PACKAGE_DIR = Path(__file__).resolve().parent
EXAMPLE_STATEMENT = PACKAGE_DIR / "examples" / "venezuela-political-prisoners.txt"


def asset_dir(name: str) -> Path:
    """The folder of bundled assets called `name` ("templates" or "styles")."""
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise RenderError(f"the package's {name}/ folder is missing: reinstall briefing.")


def templates_dir() -> Path:
    return asset_dir("templates")


def styles_dir() -> Path:
    return asset_dir("styles")
