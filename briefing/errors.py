"""The user-facing error family and the exit codes the CLI documents.

Anything raised as a `BriefingError` is the user's to fix: its message says what is wrong,
where (file, line, item) and what to do. The CLI prints it as one `Error: ...` line and exits
with the error's code. Any other exception is a bug: the CLI still prints one line, exits 1 and
says to run again with `--debug`, which shows the traceback to report (see `briefing.cli`).
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes of the `briefing` command, listed in the README."""

    OK = 0
    UNEXPECTED = 1  # a bug: please report it with the traceback from --debug
    USAGE = 2  # a mistyped command or option (click's own code)
    BAD_INPUT = 3  # the statement, content file, briefing.toml, logo or an option's value is wrong
    UNVERIFIED = 4  # a quote, figure or speaker is not in the source
    DOES_NOT_FIT = 5  # the content cannot fit one page
    RENDER_FAILED = 6  # the template, stylesheet or PDF engine failed
    OUTPUT_FAILED = 7  # the output file or folder cannot be written
    INTERRUPTED = 130  # Ctrl-C
    TERMINATED = 143  # SIGTERM


class BriefingError(Exception):
    """A problem the user can fix; the message is shown as it is. A message is one line, even
    when a file name in it holds a line break (the CLI shows that as an escape); an error of
    several lines (every failing item of a content file) is given them as separate arguments."""

    exit_code: ExitCode = ExitCode.UNEXPECTED

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines: tuple[str, ...] = lines or ("",)


class InputError(BriefingError):
    """The statement or content file is missing, empty or unreadable."""

    exit_code = ExitCode.BAD_INPUT


class VerificationError(BriefingError):
    """Something on the page is not what the source says."""

    exit_code = ExitCode.UNVERIFIED


class FitError(BriefingError):
    """The content does not fit on one page."""

    exit_code = ExitCode.DOES_NOT_FIT


class RenderError(BriefingError):
    """A template, stylesheet or the PDF engine failed."""

    exit_code = ExitCode.RENDER_FAILED


class OutputError(BriefingError):
    """The output cannot be written where it was asked to go."""

    exit_code = ExitCode.OUTPUT_FAILED
