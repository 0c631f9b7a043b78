"""The benchmark of issue 7: `python bench/run.py` (or `make bench`) from the project folder.

Prints, measured in this one run on this machine:
  1. a cold `briefing build` of the bundled example against the `weasyprint` command on the
     same briefing's HTML (median of alternating pairs, and their ratio);
  2. seconds per briefing for 100 briefings (the dev corpus repeated) with --jobs 1 and
     --jobs 2, against a shell loop calling `weasyprint` on each one's HTML;
  3. cold `briefing extract` and `briefing --help`;
  4. peak memory (RSS) of one build, and per worker over a 100-briefing batch, sampled as the
     batch grows (read from /proc).
Not a test: it asserts nothing, it reports. Both commands run as `python -m ...` with the same
interpreter, so neither pays for a launcher the other does not.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT.parent / "shared" / "corpus" / "dev"
PYTHON = sys.executable
BRIEFING = [PYTHON, "-m", "briefing"]
WEASYPRINT = [PYTHON, "-m", "weasyprint"]


def timed(command: list[str], **kwargs: object) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB, the process and the children it waited for) of a command."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=PROJECT, **kwargs
    )  # type: ignore[call-overload]
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}\n{process.stderr.read().decode() if process.stderr else ''}")
    return seconds, usage.ru_maxrss


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kb = int(
        next(
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    )
    memory = f"{memory_kb / 1024**2:.1f} GB RAM"
    return f"{os.cpu_count()} cores ({model}), {memory}, Python {platform.python_version()}"


def cold_build_against_weasyprint(work: Path, pairs: int) -> None:
    html = work / "example.html"
    subprocess.run(
        [*BRIEFING, "build", "--format", "html", "-o", str(html)],
        cwd=PROJECT,
        check=True,
        capture_output=True,
    )
    # The HTML build above is the first run: it also fills the cache of compiled regular
    # expressions (briefing/regexcache.py), as any first run on a machine does.
    ours, theirs = [], []
    for _ in range(pairs):  # alternate, so a slow moment of the shared machine hits both
        ours.append(timed([*BRIEFING, "build", "-o", str(work / "example.pdf")])[0])
        theirs.append(timed([*WEASYPRINT, str(html), str(work / "weasyprint.pdf")])[0])
    a, b = statistics.median(ours), statistics.median(theirs)
    print("1. Cold build of the bundled example, median of", pairs, "alternating pairs")
    print(f"   briefing build (extract, verify, fit, write, read back): {a:.2f} s")
    print(f"   weasyprint on the same briefing's HTML:                  {b:.2f} s")
    print(f"   ratio: {a / b:.2f} (target <= 1.0)")


def corpus_copies(folder: Path, count: int) -> Path:
    statements = sorted(CORPUS.glob("*.txt"))
    folder.mkdir()
    for number in range(count):
        source = statements[number % len(statements)]
        shutil.copy(source, folder / f"{number:03}-{source.name}")
    return folder


def sample_workers(
    process: subprocess.Popen[bytes], out: Path, total: int
) -> tuple[dict[str, object], int, int]:
    """Poll the batch's workers' RSS from /proc until the batch ends: their peak (VmHWM) and
    their current RSS each time another quarter of the batch is written. Returns the samples,
    the exit status and the batch's own peak RSS (KB)."""
    peaks: dict[int, int] = {}
    milestones: list[tuple[int, list[int]]] = []
    next_quarter = 1
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return {"peaks": peaks, "milestones": milestones}, status, usage.ru_maxrss
        try:
            children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        except OSError:
            children = []
        current = []
        for child in map(int, children):
            try:
                if b"spawn_main" not in Path(f"/proc/{child}/cmdline").read_bytes():
                    continue  # multiprocessing's resource tracker, not a worker
                status = dict(
                    line.split(":", 1)
                    for line in Path(f"/proc/{child}/status").read_text().splitlines()
                    if ":" in line
                )
            except OSError:
                continue
            peaks[child] = max(peaks.get(child, 0), int(status.get("VmHWM", "0 kB").split()[0]))
            current.append(int(status.get("VmRSS", "0 kB").split()[0]))
        written = len(list(out.glob("*.pdf")))
        if current and written >= next_quarter * total // 4:
            milestones.append((written, current))
            next_quarter += 1
        time.sleep(0.1)


def batch(work: Path, count: int, loop_count: int) -> dict[str, object]:
    inputs = corpus_copies(work / "in", count)
    memory: dict[str, object] = {}
    per: dict[int, float] = {}
    for jobs in (1, 2):
        out = work / f"out-{jobs}"
        start = time.perf_counter()
        process = subprocess.Popen(
            [*BRIEFING, "build", str(inputs), "-o", str(out), "--jobs", str(jobs)],
            cwd=PROJECT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        samples, status, peak = sample_workers(process, out, count)
        per[jobs] = (time.perf_counter() - start) / count
        if os.waitstatus_to_exitcode(status) != 0:
            print(f"   (the --jobs {jobs} batch exited with {os.waitstatus_to_exitcode(status)})")
        if jobs == 1:
            memory["serial_peak_kb"] = peak
        else:
            memory.update(samples)
    identical = all(
        (work / "out-1" / pdf.name).read_bytes() == pdf.read_bytes() for pdf in (work / "out-2").glob("*.pdf")
    )
    html = work / "html"
    subprocess.run(
        [*BRIEFING, "build", str(inputs), "--format", "html", "-o", str(html)],
        cwd=PROJECT,
        check=True,
        capture_output=True,
    )
    pages = sorted(html.glob("*.html"))[:loop_count]
    loop = " ".join(f"'{page}'" for page in pages)
    script = f'for f in {loop}; do "{PYTHON}" -m weasyprint "$f" "${{f%.html}}.pdf"; done'
    seconds, _ = timed(["sh", "-c", script])
    per_loop = seconds / len(pages)
    print(
        f"2. Seconds per briefing, {count} briefings "
        f"(the {len(list(CORPUS.glob('*.txt')))} dev statements repeated)"
    )
    print(f"   briefing build --jobs 1: {per[1]:.3f} s/briefing")
    print(f"   briefing build --jobs 2: {per[2]:.3f} s/briefing (target <= 0.25)")
    print(f"   shell loop of weasyprint over {len(pages)} of the HTML pages: {per_loop:.3f} s/briefing")
    print(f"   --jobs 2 against the loop: {per_loop / per[2]:.1f}x faster (target >= 10x)")
    print(f"   --jobs 2 wrote the same bytes as --jobs 1: {'yes' if identical else 'NO'}")
    return memory


def cold_commands(pairs: int) -> None:
    extract = statistics.median(timed([*BRIEFING, "extract"])[0] for _ in range(pairs))
    help_ = statistics.median(timed([*BRIEFING, "--help"])[0] for _ in range(pairs))
    python = statistics.median(timed([PYTHON, "-c", "pass"])[0] for _ in range(pairs))
    print(f"3. Cold commands, median of {pairs} (target <= 0.25 s each)")
    print(f"   briefing extract (bundled example): {extract:.3f} s")
    print(f"   briefing --help:                    {help_:.3f} s")
    print(f"   (python -c pass, for reference:     {python:.3f} s)")


def memory_report(work: Path, memory: dict[str, object], count: int) -> None:
    _, one = timed([*BRIEFING, "build", "-o", str(work / "one.pdf")])
    print("4. Peak memory (RSS)")
    print(f"   one cold build:                            {one / 1024:.0f} MB")
    print(f"   {count}-briefing batch, --jobs 1 (in process):  {int(memory['serial_peak_kb']) / 1024:.0f} MB")  # type: ignore[call-overload]
    peaks = memory.get("peaks") or {}
    if peaks:
        print(
            f"   {count}-briefing batch, --jobs 2, per worker:   peak "
            + ", ".join(f"{kb / 1024:.0f} MB" for kb in peaks.values())  # type: ignore[union-attr]
            + " (target <= 150 MB)"
        )
    for written, rss in memory.get("milestones") or []:  # type: ignore[union-attr]
        print(f"     after {written:3} written: workers at " + ", ".join(f"{kb / 1024:.0f} MB" for kb in rss))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5, help="alternating cold pairs (default 5)")
    parser.add_argument("--count", type=int, default=100, help="briefings in the batch (default 100)")
    parser.add_argument(
        "--loop", type=int, default=30, help="HTML pages the weasyprint shell loop renders (default 30)"
    )
    arguments = parser.parse_args()
    print(f"briefing benchmark, {time.strftime('%Y-%m-%d')}: {machine()}")
    print(
        "WeasyPrint "
        + subprocess.run([*WEASYPRINT, "--version"], capture_output=True, text=True).stdout.strip()
    )
    print(f"load average at the start: {load_average()} (on {os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as folder:
        work = Path(folder)
        cold_build_against_weasyprint(work, arguments.pairs)
        memory = batch(work, arguments.count, arguments.loop)
        cold_commands(arguments.pairs)
        memory_report(work, memory, arguments.count)
    print(f"load average at the end: {load_average()}")


def load_average() -> str:
    """The 1-, 5- and 15-minute load averages: other work on the machine slows every figure."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


if __name__ == "__main__":
    main()
