"""The CLI's contract about errors (briefing/cli.py): every error is one `Error: ...` line with
a documented exit code; only user errors are expected, anything else is a bug that says to run
again with --debug, which shows the traceback."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli, describe_error
from briefing.errors import ExitCode, FitError
from tests.conftest import SMALL_STATEMENT, run_briefing


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["build", "--colour", "red"], "Error: No such option '--colour'."),
        (["--nope"], "Error: No such option '--nope'. Run 'briefing --help' for the options."),
        (
            ["buidl"],
            "Error: No such command 'buidl'. Did you mean 'build'? Run 'briefing --help' for the options.",
        ),
        (
            ["build", "--paper", "a5"],
            "Error: Invalid value for '--paper': 'a5' is not one of 'a4', 'letter'. "
            "Run 'briefing build --help' for the options.",
        ),
    ],
)
def test_a_mistyped_command_or_option_is_one_line_and_exit_2(
    tmp_path: Path, args: list[str], line: str
) -> None:
    result = run_briefing(*args, cwd=tmp_path)
    assert result.returncode == ExitCode.USAGE
    [shown] = result.stderr.splitlines()
    assert shown.startswith(line)
    assert shown.endswith("for the options.")


def test_a_user_error_is_its_own_message_and_code() -> None:
    assert describe_error(FitError("too long: shorten it.")) == (
        "too long: shorten it.",
        ExitCode.DOES_NOT_FIT,
    )


def test_a_full_disk_is_an_output_error_and_other_os_errors_are_unexpected() -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "out/x.pdf")
    assert describe_error(full) == (
        "out/x.pdf: No space left on device; check the file and the free space, or run again with "
        "--debug for details.",
        ExitCode.OUTPUT_FAILED,
    )
    assert describe_error(OSError(errno.ENOENT, "No such file"))[1] == ExitCode.UNEXPECTED


def test_anything_else_is_a_bug_that_says_to_run_again_with_debug() -> None:
    message, code = describe_error(ValueError("bad\n  value"))
    assert message == (
        "unexpected ValueError (bad value): this is a bug in briefing; run again with --debug and report "
        "the traceback."
    )
    assert code == ExitCode.UNEXPECTED


def _bug(*_args: object, **_kwargs: object) -> None:
    raise KeyError("oops")


def test_a_bug_in_a_batch_is_one_line_and_debug_shows_its_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.review

    monkeypatch.setattr(briefing.review, "verify_content", _bug)
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SMALL_STATEMENT, encoding="utf-8")
    plain = CliRunner().invoke(cli, ["build", "a.txt", "b.txt", "-o", "out", "--jobs", "1"])
    assert plain.exit_code == ExitCode.UNEXPECTED
    assert "FAILED  a.txt: unexpected error (KeyError: 'oops'); run again with --debug" in plain.stdout
    assert "Traceback" not in plain.output
    debug = CliRunner().invoke(cli, ["--debug", "build", "a.txt", "b.txt", "-o", "out", "--jobs", "1"])
    assert debug.exit_code == ExitCode.UNEXPECTED
    assert "Traceback of a.txt:\nTraceback (most recent call last):" in debug.stderr
    assert "KeyError: 'oops'" in debug.stderr


def test_interrupting_a_build_says_nothing_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.review

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(briefing.review, "verify_content", interrupted)
    (tmp_path / "a.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "a.txt"])
    assert result.exit_code == ExitCode.INTERRUPTED
    assert result.stderr == "Interrupted: nothing was written.\n"
    assert not (tmp_path / "out").exists()


def test_extract_shows_what_build_would_use_including_what_the_input_says_of_itself(tmp_path: Path) -> None:
    # the page's own title and date fill what the text does not give, in extract as in build
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Panel urges the release of journalists</title>"
        '<meta name="date" content="2025-03-12"></head><body><article>'
        "<p>The panel said that at least 120 journalists remain in custody.</p>"
        "<p>“Every journalist held for their work must be freed today,” the panel said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    result = run_briefing("extract", str(page), "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert '"title": "Panel urges the release of journalists"' in result.stdout
    assert '"date": "2025-03-12"' in result.stdout
