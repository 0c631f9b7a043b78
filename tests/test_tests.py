"""Tests mirror modules: every module of `briefing/` has its own test file, named after it.

The convention (a flat `tests/` folder, one file per module):

    briefing/<module>.py               -> tests/test_<module>.py        briefing/fit.py -> tests/test_fit.py
    briefing/<package>/<module>.py     -> tests/test_<package>_<module>.py
                                           briefing/extraction/figures.py -> tests/test_extraction_figures.py
    briefing/<package>/__init__.py     -> tests/test_<package>.py       briefing/lexicon/__init__.py -> tests/test_lexicon.py
    briefing/__init__.py (the API)     -> tests/test_briefing.py
    briefing/__main__.py               -> tests/test_main.py

A module's test file tests its public functions directly, each under a name that says what
it checks. Other test files are welcome beside these (tests across stages such as
`test_bad_inputs.py`, `test_reliability.py`, `test_architecture.py`).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PROJECT

PACKAGE = PROJECT / "briefing"
TESTS = PROJECT / "tests"


def expected_test_file(module: Path) -> str:
    """The test file the convention above names for a module of the package."""
    parts = list(module.relative_to(PACKAGE).with_suffix("").parts)
    if parts == ["__init__"]:
        return "test_briefing.py"
    if parts[-1] == "__init__":
        parts.pop()
    return "test_" + "_".join(part.strip("_") for part in parts) + ".py"


def test_the_convention_names_each_kind_of_module() -> None:
    assert expected_test_file(PACKAGE / "fit.py") == "test_fit.py"
    assert expected_test_file(PACKAGE / "extraction" / "figures.py") == "test_extraction_figures.py"
    assert expected_test_file(PACKAGE / "readers" / "__init__.py") == "test_readers.py"
    assert expected_test_file(PACKAGE / "__init__.py") == "test_briefing.py"
    assert expected_test_file(PACKAGE / "__main__.py") == "test_main.py"


def test_every_module_has_its_test_file() -> None:
    missing = [
        f"{module.relative_to(PROJECT)} -> add tests/{expected_test_file(module)}"
        for module in sorted(PACKAGE.rglob("*.py"))
        if "__pycache__" not in module.parts and not (TESTS / expected_test_file(module)).is_file()
    ]
    assert not missing, (
        "these modules have no test file; add one per module with real tests of its public "
        "functions (the naming convention is in tests/test_tests.py):\n  " + "\n  ".join(missing)
    )
