"""The README's set-up commands work as written both as root without sudo (a container, CI)
and as a user with sudo: their package step is run here, exactly as the README spells it,
with a stand-in `apt-get` (and `sudo`) that only records how it was called."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PROJECT


def setup_commands() -> list[str]:
    """The shell commands of the README's "Set up" section, in order."""
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section, re.S)


def package_step(command: str) -> str:
    """The part of a set-up command that installs system packages (before the venv is made)."""
    step, _, rest = command.partition(" && python3 -m venv")
    assert rest, "the command makes a virtual environment after installing packages"
    return step


def _stand_ins(folder: Path, *, sudo: bool) -> Path:
    bin_folder = folder / "bin"
    bin_folder.mkdir()
    log = folder / "calls.log"
    (bin_folder / "apt-get").write_text(f'#!/bin/sh\necho "apt-get $*" >> {log}\n', encoding="utf-8")
    if sudo:
        (bin_folder / "sudo").write_text(f'#!/bin/sh\necho "sudo $*" >> {log}\nexec "$@"\n', encoding="utf-8")
    for tool in bin_folder.iterdir():
        tool.chmod(0o755)
    return bin_folder


def test_the_readme_has_its_two_set_up_commands():
    commands = setup_commands()
    assert len(commands) == 2
    assert commands[0].endswith("briefing build")
    assert commands[1].endswith(".venv/bin/python -m pytest")
    for command in commands:
        assert "\n" not in command
        assert not re.search(r"(^|&& )sudo ", command), "a bare sudo fails as root where sudo is missing"


@pytest.mark.parametrize("index", [0, 1], ids=["build command", "test command"])
@pytest.mark.parametrize("sudo", [False, True], ids=["root without sudo", "user with sudo"])
def test_the_package_step_runs_with_and_without_sudo(tmp_path: Path, index: int, sudo: bool):
    step = package_step(setup_commands()[index])
    bin_folder = _stand_ins(tmp_path, sudo=sudo)
    result = subprocess.run(
        ["/bin/sh", "-c", step], env={"PATH": str(bin_folder)}, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    calls = (tmp_path / "calls.log").read_text(encoding="utf-8").splitlines()
    apt = [call for call in calls if call.startswith("apt-get")]
    assert apt[0] == "apt-get update"
    assert apt[1].startswith("apt-get install -y python3-venv libpango-1.0-0")
    assert len(apt) == 2
    through_sudo = [call for call in calls if call.startswith("sudo")]
    assert len(through_sudo) == (2 if sudo else 0)
