"""The one version number: the installed package's metadata, `--version` and the footer agree."""

from __future__ import annotations

import importlib.metadata

from click.testing import CliRunner

from briefing.cli import cli
from briefing.version import __version__


def test_the_version_is_the_installed_packages() -> None:
    assert importlib.metadata.version("briefing") == __version__


def test_the_command_prints_the_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"briefing, version {__version__}\n"
