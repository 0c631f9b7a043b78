"""How a batch looks while it runs and when it ends: outcomes in, lines on the terminal out.

On a terminal, a progress bar (rich) on stderr shows done, failed and left, and a table sums
the run up; otherwise (a pipe, a log, CI) one plain line per input. The only module that
imports rich, and only for a batch on a terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import IO, Any

from briefing.batch import BatchResult, Job, Outcome


def is_terminal(stream: IO[str]) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)())


class BatchReport:
    """Progress while the batch runs, then the summary. Use as a context manager."""

    def __init__(
        self, *, verbose: bool = False, stdout: IO[str] | None = None, stderr: IO[str] | None = None
    ):
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.verbose = verbose
        self.terminal = is_terminal(self.stderr)
        self.done = self.failed = self.total = 0
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> BatchReport:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def fetching(self, addresses: int) -> None:
        """Before the web addresses are fetched (up to 45 s each, four at a time): say so on a
        terminal, where nothing else would show for that while."""
        if self.terminal:
            print(f"Fetching {addresses} web address{'es' if addresses > 1 else ''}…", file=self.stderr)

    def start(self, jobs: list[Job]) -> None:
        self.total = len(jobs)
        if not self.terminal:
            return
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("Building"),
            BarColumn(),
            TextColumn("{task.fields[counts]}"),
            TimeElapsedColumn(),
            console=Console(file=self.stderr),
            transient=True,
        )
        self._task = self._progress.add_task("batch", total=self.total, counts=self._counts())
        self._progress.start()

    def _counts(self) -> str:
        return f"{self.done} done, {self.failed} failed, {self.total - self.done - self.failed} left"

    def outcome(self, outcome: Outcome) -> None:
        if outcome.ok:
            self.done += 1
        else:
            self.failed += 1
        if self._progress is not None:
            self._progress.update(self._task, advance=1, counts=self._counts())

    def summary(self, result: BatchResult) -> None:
        """The table (on a terminal) or plain lines, then warnings, then one closing line."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
        if self.terminal and is_terminal(self.stdout):
            self._table(result)
        else:
            for outcome in result.outcomes:
                print(_outcome_line(outcome), file=self.stdout)
        for outcome in result.outcomes:
            self._warnings(outcome)
        thin = thin_inputs(result)
        if thin:
            print(
                f"Thin pages (no demands and no quotes, not scaled up): {', '.join(thin)}",
                file=self.stderr if self.terminal else self.stdout,
            )
        print(_closing_line(result), file=self.stderr if self.terminal else self.stdout)

    def _warnings(self, outcome: Outcome) -> None:
        """An input's warnings (the PDF engine's only with -v) and, with -v, which part of an
        e-mail was read and a failure's whole message."""
        if self.verbose and outcome.read:
            print(f"Read: {_safe(outcome.read)}", file=self.stderr)
        for warning in outcome.warnings:
            if self.verbose or not warning.startswith("PDF engine:"):
                print(f"Warning: {_safe(outcome.job.input)}: {_safe(warning)}", file=self.stderr)
        if self.verbose and not outcome.ok and outcome.error and outcome.error.strip() != outcome.reason:
            # the whole message keeps its own lines (a failed quote's passage is indented under
            # it), each made safe for the terminal
            whole = lines_for_terminal(str(outcome.error))
            print(f"Error: {_safe(outcome.job.input)}: {whole}", file=self.stderr)

    def _table(self, result: BatchResult) -> None:
        from rich.console import Console
        from rich.table import Table

        table = Table(title="Briefings", title_justify="left")
        # file names, not paths: the inputs' folders are the user's own, the output folder is
        # named in the summary line, and a narrow terminal would cut paths to "/work/sha…"
        for column in ("input", "result", "pages", "type", "left out", "seconds"):
            numeric = column in ("pages", "type", "seconds")
            table.add_column(column, justify="right" if numeric else "left", overflow="fold")
        for outcome in result.outcomes:
            if outcome.kept:
                table.add_row(
                    _markup(outcome.job.input.name),
                    f"kept: {_markup(outcome.job.output.name)}",
                    "",
                    "",
                    "",
                    "-",
                )
            elif outcome.ok:
                table.add_row(
                    _markup(outcome.job.input.name),
                    _markup(outcome.job.output.name),
                    str(outcome.pages or "-"),
                    f"{outcome.scale:.0%}" if outcome.scale else "-",
                    _dropped(outcome) or "-",
                    f"{outcome.seconds:.1f}",
                )
            else:
                table.add_row(
                    _markup(outcome.job.input.name),
                    f"[red]FAILED[/red]: {_markup(outcome.reason)}",
                    "",
                    "",
                    "",
                    f"{outcome.seconds:.1f}",
                )
        Console(file=self.stdout).print(table)


def lines_for_terminal(text: str) -> str:
    """Several lines from the user's files, each safe on its terminal line."""
    from briefing.sanitize import lines_for_terminal as safe_lines

    return safe_lines(text)


def _safe(text: object) -> str:
    """A file name or message from the user's files, safe on one terminal line."""
    from briefing.sanitize import for_terminal

    return for_terminal(str(text))


def _markup(text: object) -> str:
    """`_safe`, and with rich's markup ("[bold]") in it shown as written."""
    from rich.markup import escape

    return str(escape(_safe(text)))


def _outcome_line(outcome: Outcome) -> str:
    """One input, in a pipe or a log: `built a.txt -> out/a.pdf (...)`, `kept out/a.pdf (...)` or
    `FAILED a.txt: reason`, with file names and reasons safe on one terminal line."""
    if outcome.kept:
        return f"kept    {_safe(outcome.job.output)} (exists; --no-clobber)"
    if outcome.ok:
        return f"built   {_safe(outcome.job.input)} -> {_safe(outcome.job.output)} ({_facts(outcome)})"
    return f"FAILED  {_safe(outcome.job.input)}: {_safe(outcome.reason)}"


def thin_inputs(result: BatchResult) -> list[str]:
    """The inputs that gave a thin page (no demands and no quotes), as the summary names them."""
    return [str(outcome.job.input) for outcome in result.outcomes if outcome.ok and outcome.thin]


def _closing_line(result: BatchResult) -> str:
    """How many were built, how long it took, where the manifest is, and what to do about failures."""
    failures = result.failures
    kept = len(result.kept)
    built = len(result.outcomes) - len(failures) - kept
    manifest = _safe(result.manifest)
    if not result.manifest_written:
        manifest += " (not rewritten: --no-clobber keeps the earlier one)"
    line = (
        f"Built {built} of {len(result.outcomes)} briefings in {result.seconds:.1f} s "
        f"({result.workers} worker{'s' if result.workers != 1 else ''}); manifest: {manifest}"
    )
    if kept:
        line += f". {kept} kept as they were (they exist and --no-clobber keeps them)"
    if failures:
        line += f". {len(failures)} failed: see above, fix each and build again (-v shows the whole message)."
    return line


def _dropped(outcome: Outcome) -> str:
    return ", ".join(
        f"{count} {kind.removesuffix('s') if count == 1 else kind}"
        for kind, count in outcome.dropped.items()
        if count
    )


def _facts(outcome: Outcome) -> str:
    facts = []
    if outcome.pages:
        facts.append(f"{outcome.pages} page")
    if outcome.scale:
        facts.append(f"type {outcome.scale:.0%}")
    if _dropped(outcome):
        facts.append(f"left out {_dropped(outcome)}")
    facts.append(f"{outcome.seconds:.1f} s")
    return ", ".join(facts)


def report_interrupted(report: BatchReport, echo: Callable[[str], None], word: str = "Interrupted") -> None:
    """What an interrupted batch tells the user: finished files are whole, nothing else exists."""
    if report._progress is not None:
        report._progress.stop()
        report._progress = None
    echo(
        f"{word}: {report.done} of {report.total} briefings were written (each is complete); "
        "no manifest was written. Build again to finish."
    )
