"""Where the package's templates, stylesheets, fonts and bundled example live, and which
page templates there are (the bundled ones and the user's own, found without Jinja).

In a checkout they sit at the project's top level (`templates/`, `styles/`), where designers
find them; a wheel maps them into the package (see `pyproject.toml`). This module is the one
place that knows both layouts.
"""

from __future__ import annotations

import re
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


DEFAULT_TEMPLATE = "standard"
NOT_A_PAGE = ("base", "macros")  # templates other templates are built from


def search_path(override: Path | None, name: str, bundled: Path) -> tuple[Path, ...]:
    """The folders searched for `name` ("templates" or "styles"): the user's `override/name`
    first when there is one, then the bundled folder."""
    if (
        override is not None
        and (override / name).is_dir()
        and (override / name).resolve() != bundled.resolve()
    ):
        return ((override / name).resolve(), bundled)
    return (bundled,)


def list_templates(override_folder: Path | None = None) -> dict[str, str]:
    """Every page template, bundled or the user's: name -> the one-line description that the
    template's first comment gives (`{# description: ... #}`)."""
    found: dict[str, str] = {}
    for folder in reversed(search_path(override_folder, "templates", templates_dir())):
        for path in sorted(folder.glob("*.html")):
            if path.stem in NOT_A_PAGE or path.stem.startswith("_"):
                continue
            found[path.stem] = _description(path)
    return dict(sorted(found.items()))


def _description(path: Path) -> str:
    from briefing.guard import UnsafeFile, read_regular_file

    try:  # a regular file only: a pipe named like a template never blocks the listing
        text = read_regular_file(path, 1_000_000).decode("utf-8", errors="replace")
    except UnsafeFile:
        return ""
    match = re.search(r"\{#-?\s*description:\s*(.+?)\s*-?#\}", text, re.S)
    return " ".join(match.group(1).split()) if match else ""
