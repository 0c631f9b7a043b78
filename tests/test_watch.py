"""`briefing watch`, run as a user runs it: in its own process, files edited beside it. Every
wait is on something the user would see (the PDF's bytes changing, a line printed), with a
generous timeout; nothing here measures time (that is `bench/watch.py`)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing.watch import Watched, WatchJob, poll_changes, watch_briefing, watched_inputs
from tests.conftest import PROJECT

TIMEOUT = 120  # seconds: a loaded machine may take long, a hung watcher must still fail


class Watcher:
    """A `briefing watch` process and the lines it printed."""

    def __init__(self, *args: str, cwd: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(PROJECT), "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "briefing", "watch", *args],
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for_line(self, wanted: Callable[[str], bool]) -> str:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                continue
            self.seen.append(line)
            if wanted(line):
                return line
        raise AssertionError(f"no such line within {TIMEOUT} s; printed: {self.seen}")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=TIMEOUT)


@pytest.fixture
def watcher(content_file: Path) -> Iterator[Watcher]:
    running = Watcher(content_file.name, "-o", "out/c.pdf", cwd=content_file.parent)
    yield running
    if running.process.poll() is None:
        running.process.kill()
    running.process.wait()
    running.reader.join(timeout=TIMEOUT)
    assert running.process.stdout is not None
    running.process.stdout.close()


def _wait_for_bytes_to_change(path: Path, before: bytes | None) -> bytes:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if path.exists() and (data := path.read_bytes()) != before and data.endswith(b"%%EOF\n"):
            return data
        time.sleep(0.2)
    raise AssertionError(f"{path} did not change within {TIMEOUT} s")


@pytest.mark.slow
def test_watch_rebuilds_after_a_save_keeps_the_last_good_pdf_and_exits_130(
    watcher: Watcher, content_file: Path
) -> None:
    folder = content_file.parent
    pdf = folder / "out/c.pdf"
    first = _wait_for_bytes_to_change(pdf, None)
    watcher.wait_for_line(lambda line: "✓ watching coastal.yaml" in line)

    # a save: the page changes
    text = content_file.read_text(encoding="utf-8")
    content_file.write_text(text.replace("title: Eight hundred families", "title: 800 families"))
    second = _wait_for_bytes_to_change(pdf, first)
    line = watcher.wait_for_line(lambda line: "coastal.yaml changed" in line)
    assert "✓" in line
    assert "out/c.pdf: 1 page" in line
    assert "verified ✓" in line

    # a quote edited so that it is no longer the source's: the error, and the last good PDF stays
    edited = content_file.read_text(encoding="utf-8").replace(
        "Nobody should wait another winter", "Nobody waits"
    )
    content_file.write_text(edited, encoding="utf-8")
    line = watcher.wait_for_line(lambda line: "✗" in line)
    assert "not rebuilt, the last good file stays. Error: coastal.yaml:" in line
    assert "quote 2 is not verified" in line
    assert pdf.read_bytes() == second

    assert watcher.stop() == 130
    watcher.wait_for_line(lambda line: line.startswith("Stopped watching"))
    assert sorted(path.name for path in (folder / "out").iterdir()) == ["c.pdf"]  # no temporary file


def test_the_statement_a_content_file_names_is_watched(content_file: Path) -> None:
    watched = watched_inputs(WatchJob(content_file))
    assert (content_file.parent / "statement.txt").resolve() in watched.files
    assert watched.covers(content_file.parent / "statement.txt")
    assert watched.covers(Path.cwd() / "templates" / "standard.html")
    assert not watched.covers(content_file.parent / "notes.txt")


def test_polling_sees_a_save(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("a", encoding="utf-8")
    looked = 0

    def watched() -> Watched:
        nonlocal looked
        looked += 1
        if looked == 2:  # a save between the first look and the second
            path.write_text("bb", encoding="utf-8")
        return Watched(files={path})

    assert next(poll_changes(watched, interval=0.01)) == {path}


def test_each_change_prints_one_line(content_file: Path, tmp_path: Path) -> None:
    printed: list[str] = []

    def saves() -> Iterator[None]:
        yield None  # nothing changed yet: no build
        (content_file.parent / "unrelated.txt").write_text("not an input", encoding="utf-8")
        yield None  # a file the build does not read: no build
        text = content_file.read_text(encoding="utf-8")
        content_file.write_text(text.replace("title: Eight hundred", "title: 800"), encoding="utf-8")
        yield None

    watch_briefing(WatchJob(content_file, tmp_path / "c.pdf"), printed.append, wakeups=saves())
    assert len(printed) == 2, printed  # the first build, then one line for the save
    assert "coastal.yaml changed: " in printed[1]
    assert "c.pdf: 1 page" in printed[1]
