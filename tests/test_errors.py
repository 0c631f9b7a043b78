"""The error family and exit codes (briefing/errors.py): each kind of user error has the exit
code the README documents."""

from __future__ import annotations

import pytest

from briefing.errors import (
    BriefingError,
    ExitCode,
    FitError,
    InputError,
    OutputError,
    RenderError,
    VerificationError,
)
from tests.conftest import PROJECT


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (InputError, 3),
        (VerificationError, 4),
        (FitError, 5),
        (RenderError, 6),
        (OutputError, 7),
    ],
)
def test_each_user_error_has_its_documented_exit_code(error: type[BriefingError], code: int) -> None:
    raised = error("what is wrong: what to do.")
    assert isinstance(raised, BriefingError)
    assert raised.exit_code == code
    assert str(raised) == "what is wrong: what to do."


def test_every_exit_code_is_in_the_readmes_table() -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Exit codes", 1)[1].split("\n\n", 2)[1]
    documented = {cell.strip() for line in table.splitlines()[2:] for cell in line.split("|")[1].split("/")}
    assert {str(int(code)) for code in ExitCode} == documented
