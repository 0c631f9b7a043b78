"""What a batch shows while it runs and when it ends (briefing/progress.py), in a pipe or a log:
one line per input, warnings, one closing line."""

from __future__ import annotations

import io
from pathlib import Path

from briefing.batch import BatchResult, Job, Outcome
from briefing.progress import BatchReport, is_terminal, report_interrupted


def _result() -> BatchResult:
    built = Outcome(
        Job(0, Path("in/a.txt"), Path("out/a.pdf")),
        1.24,
        pages=1,
        scale=0.9,
        dropped={"figures": 0, "demands": 1, "quotes": 2},
        warnings=["left out 1 of 7 demands to fit one page.", "PDF engine: something minor"],
    )
    failed = Outcome(
        Job(1, Path("in/b.txt"), Path("out/b.pdf")),
        0.02,
        error="in/b.txt is empty: give a statement with some text in it.\nsecond line",
        exit_code=3,
    )
    return BatchResult([built, failed], Path("out/manifest.json"), workers=2, seconds=1.3)


def test_in_a_pipe_each_input_gets_one_line_and_the_run_one_closing_line() -> None:
    stdout, stderr = io.StringIO(), io.StringIO()
    with BatchReport(stdout=stdout, stderr=stderr) as report:
        report.start([outcome.job for outcome in _result().outcomes])
        for outcome in _result().outcomes:
            report.outcome(outcome)
        report.summary(_result())
    assert not report.terminal
    assert (report.done, report.failed, report.total) == (1, 1, 2)
    assert stdout.getvalue().splitlines() == [
        "built   in/a.txt -> out/a.pdf (1 page, type 90%, left out 1 demand, 2 quotes, 1.2 s)",
        "FAILED  in/b.txt: in/b.txt is empty: give a statement with some text in it.",
        "Built 1 of 2 briefings in 1.3 s (2 workers); manifest: out/manifest.json. 1 failed: see above, "
        "fix each and build again (-v shows the whole message).",
    ]
    assert stderr.getvalue() == "Warning: in/a.txt: left out 1 of 7 demands to fit one page.\n"


def test_verbose_shows_the_engines_warnings_and_a_failures_whole_message() -> None:
    stdout, stderr = io.StringIO(), io.StringIO()
    with BatchReport(verbose=True, stdout=stdout, stderr=stderr) as report:
        report.summary(_result())
    assert "Warning: in/a.txt: PDF engine: something minor" in stderr.getvalue()
    assert "Error: in/b.txt: in/b.txt is empty: give a statement with some text in it.\nsecond line" in (
        stderr.getvalue()
    )


def test_an_interrupted_batch_says_what_was_written() -> None:
    lines: list[str] = []
    report = BatchReport(stdout=io.StringIO(), stderr=io.StringIO())
    report.total, report.done = 5, 2
    report_interrupted(report, lines.append, "Terminated")
    assert lines == [
        "Terminated: 2 of 5 briefings were written (each is complete); no manifest was written. "
        "Build again to finish."
    ]


def test_a_string_buffer_is_not_a_terminal() -> None:
    assert not is_terminal(io.StringIO())
