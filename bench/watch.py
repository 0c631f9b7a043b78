"""The benchmark of the editor's loop (issue 15): `python bench/watch.py` from the project folder.

Prints, measured in this one run on this machine:
  1. a cold `briefing build` of the bundled example (median of several runs);
  2. `briefing watch` on the same statement: for each of several saves, the rebuild's own time
     (as its line prints it) and the time from the save to the new PDF being in place.
Target: a rebuild after a save in at most 0.3 s. Not a test: it asserts nothing, it reports.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
EXAMPLE = PROJECT / "briefing" / "examples" / "venezuela-political-prisoners.txt"
BRIEFING = [sys.executable, "-m", "briefing"]
TIMEOUT = 120.0


def cold_builds(folder: Path, runs: int) -> list[float]:
    times = []
    for run in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [*BRIEFING, "build", str(folder / "example.txt"), "-o", str(folder / f"cold-{run}.pdf")],
            check=True,
            cwd=PROJECT,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    return times


def watch_rebuilds(folder: Path, saves: int) -> tuple[list[float], list[float]]:
    """(the rebuilds' own seconds, seconds from each save to the new file) for `saves` saves."""
    statement, target = folder / "example.txt", folder / "watched.pdf"
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [*BRIEFING, "watch", str(statement), "-o", str(target)],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
    own, latency = [], []
    try:
        first = lines.get(timeout=TIMEOUT)
        if "✓" not in first:
            sys.exit(f"watch did not build: {first}")
        for save in range(saves):
            time.sleep(1.5)  # let the watcher settle between saves
            before = target.read_bytes()
            start = time.perf_counter()
            statement.write_text(statement.read_text(encoding="utf-8") + "\n", encoding="utf-8")
            while target.read_bytes() == before:
                if time.perf_counter() - start > TIMEOUT:
                    sys.exit(f"save {save + 1}: no rebuild within {TIMEOUT} s")
                time.sleep(0.005)
            latency.append(time.perf_counter() - start)
            line = lines.get(timeout=TIMEOUT)
            match = re.search(r"\((\d+\.\d+) s\)$", line.strip())
            if match:
                own.append(float(match.group(1)))
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=TIMEOUT)
        stdout.close()
    return own, latency


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        shutil.copy(EXAMPLE, folder / "example.txt")
        cold = cold_builds(folder, 5)
        own, latency = watch_rebuilds(folder, 8)
    with open("/proc/loadavg") as handle:
        load = handle.read().split()[0]
    print(f"load average at the end: {load} (on {os.cpu_count()} cores)")
    print(f"cold `briefing build`, bundled example (median of {len(cold)}): {statistics.median(cold):.2f} s")
    print(
        f"`briefing watch` rebuild after a save (median of {len(own)}): {statistics.median(own):.2f} s "
        f"(min {min(own):.2f}, max {max(own):.2f}); save to new PDF in place: "
        f"{statistics.median(latency):.2f} s"
    )
    ratio = statistics.median(own) / statistics.median(cold)
    print(f"rebuild / cold build: {ratio:.2f}; target: rebuild ≤ 0.3 s")


if __name__ == "__main__":
    main()
