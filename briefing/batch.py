"""Batch builds: many statements and content files in, one briefing each and a manifest out.

    inputs ─expand folders─▶ jobs (input, output name) ─pool of workers: build_briefing─▶ bytes
        ─written here, as each arrives─▶ out/<name>.pdf ... ─at the end─▶ out/manifest.json

Workers only compute: they hand the finished bytes back and this process writes every file
(atomically), so stopping a batch (Ctrl-C, SIGTERM) can end the workers at once without leaving
a half-written file. Each worker keeps WeasyPrint imported, one font configuration and the
Jinja environment from one briefing to the next. Output does not depend on which worker built
what: a parallel run writes the same bytes as `--jobs 1`.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.errors import BriefingError, ExitCode, InputError, OutputError
from briefing.guard import UnsafeFile, is_folder, read_regular_file
from briefing.output import PlannedFile, check_output_target, refuse_clashing_outputs, write_atomically
from briefing.sanitize import for_terminal
from briefing.settings import BuildOptions, OutputFormat, Settings
from briefing.slug import slugify
from briefing.version import __version__

# What a folder given as input contributes: statements in any format a reader takes, and
# content files.
INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".eml", ".yaml", ".yml")
MANIFEST_NAME = "manifest.json"


@dataclass(frozen=True)
class Job:
    """One input of a batch and the file it becomes."""

    index: int  # position in the batch, after folders are expanded
    input: Path
    output: Path


@dataclass
class Outcome:
    """What became of one job: built (with the bytes to write) or failed (with the reason)."""

    job: Job
    seconds: float
    data: bytes | None = None  # the finished file, until it is written
    output_sha256: str | None = None  # set when it is written
    pages: int | None = None
    scale: float | None = None
    dropped: dict[str, int] = field(default_factory=dict)
    quotes_verified: int | None = None
    quotes_total: int | None = None
    thin: bool = False  # no demands and no quotes on the page
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # the whole message; `reason` is its first line
    exit_code: int = 0
    kept: bool = False  # --no-clobber and the output existed: not built, the file left as it was
    traceback: str | None = None  # for an unexpected error (a bug), shown with --debug

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def reason(self) -> str:
        return (self.error or "").strip().splitlines()[0] if self.error else ""


def expand_inputs(arguments: Sequence[Path]) -> list[Path]:
    """The files to build, in the order given: a folder stands for its `.txt`, `.yaml` and
    `.yml` files (not its subfolders), sorted by name. A file given twice is built once."""
    found: list[Path] = []
    for argument in arguments:
        if is_folder(argument):
            files = sorted(
                path
                for path in argument.iterdir()
                if path.suffix.lower() in INPUT_SUFFIXES and path.is_file() and not path.name.startswith(".")
            )
            if not files:
                raise InputError(
                    f"{argument} has no statements in it (.txt, .md, .html, .htm, .pdf, .docx, .eml) "
                    "or content files (.yaml, .yml): check the folder."
                )
            found.extend(files)
        else:
            found.append(argument)  # a missing file fails as its own item, not the whole batch
    seen: set[str] = set()
    unique: list[Path] = []
    for path in found:
        key = _identity(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _identity(path: Path) -> str:
    """What names the same file twice: the path with links resolved as far as they go (a link
    loop stays as it is, and fails as its own item)."""
    try:
        return os.path.realpath(path)
    except (OSError, ValueError, RuntimeError):
        return os.path.abspath(path)


def plan_jobs(
    inputs: Sequence[Path], output_dir: Path, output_format: OutputFormat, *, notes: bool = False
) -> list[Job]:
    """Name each input's output after its file name (as a single build does). Names that
    collide get `-2`, `-3`, ... in input order: `a.txt` and `a.yaml` become `a.pdf` and `a-2.pdf`.
    With `notes`, each briefing's notes (`a-notes.pdf`) take a name too: `a.txt` and
    `a-notes.txt` become `a.pdf` (notes `a-notes.pdf`) and `a-notes-2.pdf`."""
    taken = {MANIFEST_NAME}
    jobs = []
    for index, path in enumerate(inputs):
        stem = slugify(path.stem, fallback="briefing")
        names, number = _names(stem, output_format, notes), 1
        while taken.intersection(names):
            number += 1
            names = _names(f"{stem}-{number}", output_format, notes)
        taken.update(names)
        jobs.append(Job(index, path, output_dir / names[0]))
    return jobs


def _names(stem: str, output_format: OutputFormat, notes: bool) -> list[str]:
    """The files one job writes: `a.pdf`, and with notes `a-notes.pdf` (see `notes.notes_path`)."""
    return [f"{stem}.{output_format}", *([f"{stem}-notes.pdf"] if notes else [])]


def refuse_unsafe_outputs(jobs: Sequence[Job], output_dir: Path, settings: Settings) -> None:
    """Plan every file the batch will write (each briefing, its notes, the manifest) and
    refuse the batch, before any work, when one of them is a file the batch reads (an input,
    a content file's statement, the branding file, logo, templates, stylesheets) or is
    written twice, by name, link or hard link: inputs are only ever read (exit 7)."""
    from briefing.notes import notes_path

    outputs = [PlannedFile(output_dir / MANIFEST_NAME, "the batch's manifest")]
    for job in jobs:
        outputs.append(PlannedFile(job.output, f"the briefing of {job.input}"))
        if settings.options.notes:
            outputs.append(PlannedFile(notes_path(job.output), f"the notes of {job.input}"))
    refuse_clashing_outputs(outputs, _files_the_batch_reads(jobs, settings))


def _files_the_batch_reads(jobs: Sequence[Job], settings: Settings) -> list[PlannedFile]:
    """Every file a job of the batch reads: its input, a content file's statement, and what
    every build reads (branding file, logo, templates and stylesheets)."""
    from briefing.pipeline import _files_read

    read = [PlannedFile(job.input, str(job.input)) for job in jobs if isinstance(job.input, Path)]
    read += [PlannedFile(source, f"the statement {job.input} reads") for job, source in _sources(jobs)]
    page = settings.page
    design = {*page.template_folders(), *page.style_folders()}
    for path in _files_read(settings):
        if path == page.branding.logo:
            read.append(PlannedFile(path, "the logo"))
        else:
            role = "a template or stylesheet" if path.parent in design else "the branding file"
            read.append(PlannedFile(path, role))
    return read


def _sources(jobs: Sequence[Job]) -> list[tuple[Job, Path]]:
    """The statement each content file of the batch reads (`source: file:`); a content file
    that cannot be read is left out here: it fails as its own item."""
    from briefing.contentfile import load_content_file
    from briefing.statement import is_content_file

    found = []
    for job in jobs:
        if not isinstance(job.input, Path) or not is_content_file(job.input):
            continue  # a statement, or a web address: it reads nothing else
        try:
            loaded = load_content_file(job.input)
        except (BriefingError, OSError, ValueError):
            continue
        if loaded.source_path != loaded.path:
            found.append((job, loaded.source_path))
    return found


def check_output_folder(output_dir: Path, *, no_clobber: bool = False) -> None:
    """With several inputs `-o` names a folder; refuse a file name, and a manifest that could
    not be written (a link, a device, a folder), before any work is done."""
    exists = os.path.lexists(output_dir)
    if exists and not is_folder(output_dir):
        raise OutputError(f"{output_dir} is a file: with several inputs, -o names a folder, e.g. -o out/.")
    if not exists and output_dir.suffix.lower() in (".pdf", ".html"):
        raise OutputError(
            f"-o {output_dir} looks like a file name: with several inputs, -o names a folder "
            f"(each input gets its own file in it), e.g. -o {output_dir.with_suffix('')}/."
        )
    manifest = output_dir / MANIFEST_NAME
    if not (no_clobber and os.path.lexists(manifest)):  # --no-clobber keeps it, whatever it is
        check_output_target(manifest)


def settle_before_building(job: Job, options: BuildOptions) -> Outcome | None:
    """The outcome of a job that is not built at all, or None: its output exists and
    --no-clobber keeps it. (An output that is an input refuses the whole batch before this:
    see `refuse_unsafe_outputs`.)"""
    if options.no_clobber and os.path.lexists(job.output):
        sha256 = _file_sha256(job.output)
        return Outcome(job, 0.0, kept=True, output_sha256=sha256)
    return None


def build_one(job: Job, settings: Settings) -> Outcome:
    """Build one job without writing it: the bytes come back in the outcome. Never raises for a
    problem with this input, so one bad input cannot stop the batch."""
    from briefing.pipeline import build_briefing

    start = time.perf_counter()
    kept: list[bytes] = []

    def keep(data: bytes, target: Path) -> None:
        kept.append(data)

    try:
        result = build_briefing(job.input, job.output, settings, write=keep)
    except BriefingError as error:
        # one line per line of the message: a line break in a file name stays an escape
        message = "\n".join(for_terminal(line) for line in error.lines)
        return Outcome(job, time.perf_counter() - start, error=message, exit_code=int(error.exit_code))
    except Exception as error:  # a bug: keep the traceback, but let the rest of the batch go on
        return Outcome(
            job,
            time.perf_counter() - start,
            error=f"unexpected error ({type(error).__name__}: {error}); "
            "run again with --debug and report it with the traceback",
            exit_code=int(ExitCode.UNEXPECTED),
            traceback=traceback.format_exc(),
        )
    return Outcome(
        job,
        time.perf_counter() - start,
        data=kept[0],
        pages=result.pages,
        scale=result.scale,
        dropped=result.dropped,
        quotes_verified=result.quotes_verified,
        quotes_total=result.quotes_total,
        thin=result.thin,
        warnings=result.warnings,
    )


def _start_worker(temporary_folder: str) -> None:
    """Run once in each worker: leave Ctrl-C to the main process (which stops the pool), keep
    every temporary file inside the batch's folder (removed at the end, however the worker
    ends), and load the PDF engine once, before the first briefing."""
    import signal

    gc.disable()  # until the engine is loaded: see `_load_engine`
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    tempfile.tempdir = temporary_folder
    _load_engine()


def _load_engine() -> None:
    """Load WeasyPrint and the fonts in a process about to build many briefings, then set what
    is loaded aside from the garbage collector, which collects each briefing's own garbage
    (WeasyPrint's box trees are full of reference cycles: without it, memory grows by about
    3 MB a briefing)."""
    from briefing.engine import settle_long_lived_objects
    from briefing.pdf import font_configuration

    font_configuration()
    settle_long_lived_objects()


def run_jobs(
    jobs: Sequence[Job],
    settings: Settings,
    *,
    workers: int,
    on_outcome: Callable[[Outcome], None] = lambda outcome: None,
) -> list[Outcome]:
    """Build every job, `workers` at a time (1: in this process), calling `on_outcome` as each
    finishes; the outcomes come back in job order."""
    if workers <= 1 or len(jobs) <= 1:
        if len(jobs) > 1 and not gc.isenabled():  # a one-off command's: see `engine`
            _load_engine()
        outcomes = []
        for job in jobs:
            outcomes.append(build_one(job, settings))
            on_outcome(outcomes[-1])
        return outcomes
    return sorted(
        _run_in_pool(jobs, settings, min(workers, len(jobs)), on_outcome), key=lambda o: o.job.index
    )


def _run_in_pool(
    jobs: Sequence[Job], settings: Settings, workers: int, on_outcome: Callable[[Outcome], None]
) -> list[Outcome]:
    import multiprocessing

    temporary_folder = tempfile.mkdtemp(prefix="briefing-batch-")
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(temporary_folder,),
    )
    outcomes: list[Outcome] = []
    finished = False
    try:
        pending: dict[Future[Outcome], Job] = {pool.submit(build_one, job, settings): job for job in jobs}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                job = pending.pop(future)
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    outcome = Outcome(
                        job,
                        0.0,
                        exit_code=int(ExitCode.UNEXPECTED),
                        error="the worker building it stopped unexpectedly (out of memory, or killed)",
                    )
                outcomes.append(outcome)
                on_outcome(outcome)
        finished = True
    finally:
        if not finished:
            # Ctrl-C or SIGTERM: drop what has not started and end the workers now; they hold
            # no output file, and their temporary files are in the folder removed below.
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(temporary_folder, ignore_errors=True)
    return outcomes


@dataclass
class BatchResult:
    """A finished batch: every outcome in input order, and the manifest describing them."""

    outcomes: list[Outcome]
    manifest: Path
    workers: int
    seconds: float
    manifest_written: bool = True  # False: --no-clobber kept an existing one

    @property
    def kept(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.kept]

    @property
    def failures(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if not outcome.ok]

    @property
    def exit_code(self) -> int:
        return batch_exit_code(self.outcomes)


def build_batch(
    arguments: Sequence[Path],
    output_dir: Path,
    settings: BuildOptions | Settings | None = None,
    *,
    workers: int | None = None,
    on_start: Callable[[list[Job]], None] = lambda jobs: None,
    on_outcome: Callable[[Outcome], None] = lambda outcome: None,
) -> BatchResult:
    """Build every statement and content file in `arguments` (folders expanded) into
    `output_dir`, `workers` at a time (default: one per core), and write `manifest.json`.
    `settings` are checked first, once for the whole batch (see `pipeline.prepare_build`).
    A failing input is recorded, not raised; only a problem with the batch itself (a wrong
    setting, an empty folder, -o naming a file) raises, before anything is built."""
    from briefing.pipeline import prepare_build

    start = time.perf_counter()
    checked = prepare_build(settings)
    options = checked.options
    inputs = expand_inputs(arguments)
    check_output_folder(output_dir, no_clobber=options.no_clobber)
    jobs = plan_jobs(inputs, output_dir, options.output_format, notes=options.notes)
    refuse_unsafe_outputs(jobs, output_dir, checked)  # inputs are only ever read
    workers = min(workers or default_jobs(), len(jobs))
    on_start(jobs)
    settled = [outcome for job in jobs if (outcome := settle_before_building(job, options))]
    for outcome in settled:
        on_outcome(outcome)
    done = {outcome.job.index for outcome in settled}
    to_build = [job for job in jobs if job.index not in done]
    outcomes = run_jobs(
        to_build,
        checked,
        workers=min(workers, max(len(to_build), 1)),
        on_outcome=lambda o: on_outcome(write_outcome(o, no_clobber=options.no_clobber)),
    )
    outcomes = sorted([*settled, *outcomes], key=lambda outcome: outcome.job.index)
    target = output_dir / MANIFEST_NAME
    written = not (options.no_clobber and os.path.lexists(target))
    if written:  # --no-clobber never replaces an earlier run's manifest either
        write_manifest(output_dir, outcomes, checked)
    return BatchResult(outcomes, target, workers, time.perf_counter() - start, manifest_written=written)


def write_outcome(outcome: Outcome, *, no_clobber: bool = False) -> Outcome:
    """Write a built briefing's file; a write that fails turns the outcome into a failure."""
    if outcome.data is not None:
        try:
            write_atomically(outcome.data, outcome.job.output, no_clobber=no_clobber)
            outcome.output_sha256 = hashlib.sha256(outcome.data).hexdigest()
        except OutputError as error:
            outcome.error, outcome.exit_code = for_terminal(str(error)), int(error.exit_code)
        outcome.data = None  # a long batch need not keep every file in memory
    return outcome


def manifest(outcomes: Iterable[Outcome], settings: Settings) -> dict[str, Any]:
    """What the batch built, per input, in input order (the format is in the README)."""
    entries = []
    for outcome in outcomes:
        entry: dict[str, Any] = {
            "input": str(outcome.job.input),
            "input_sha256": _file_sha256(outcome.job.input),
            "status": _status(outcome),
            "output": str(outcome.job.output) if outcome.ok else None,
            "output_sha256": outcome.output_sha256 if outcome.ok else None,
            "pages": outcome.pages,
            "type_scale": round(outcome.scale, 4) if outcome.scale is not None else None,
            "items_dropped": outcome.dropped,
            "quotes_verified": outcome.quotes_verified,
            "quotes_total": outcome.quotes_total,
            "thin_page": outcome.thin if outcome.ok else None,
            "warnings": outcome.warnings,
            "seconds": round(outcome.seconds, 3),
        }
        if not outcome.ok:
            entry["error"] = outcome.error
            entry["exit_code"] = outcome.exit_code
        entries.append(entry)
    return {
        "briefing_version": __version__,
        "format": settings.options.output_format,
        "built": sum(1 for entry in entries if entry["status"] == "built"),
        "failed": sum(1 for entry in entries if entry["status"] == "failed"),
        "kept": sum(1 for entry in entries if entry["status"] == "kept"),
        "thin_pages": [entry["input"] for entry in entries if entry["thin_page"]],
        "briefings": entries,
    }


def _status(outcome: Outcome) -> str:
    """built, failed, or kept (--no-clobber found the output there and left it as it was)."""
    if not outcome.ok:
        return "failed"
    return "kept" if outcome.kept else "built"


def write_manifest(output_dir: Path, outcomes: Sequence[Outcome], settings: Settings) -> Path:
    """Write `manifest.json` into the output folder, atomically."""
    target = output_dir / MANIFEST_NAME
    text = json.dumps(manifest(outcomes, settings), ensure_ascii=False, indent=2) + "\n"
    write_atomically(text.encode("utf-8"), target)
    return target


def batch_exit_code(outcomes: Sequence[Outcome]) -> int:
    """0 if every input was built; the failures' exit code if they all share one (e.g. 4 when
    every failure is an unverified quote); otherwise 1."""
    codes = {outcome.exit_code for outcome in outcomes if not outcome.ok}
    if not codes:
        return int(ExitCode.OK)
    return codes.pop() if len(codes) == 1 else int(ExitCode.UNEXPECTED)


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _file_sha256(path: Path) -> str | None:
    """The SHA-256 of a regular file (never waiting on a pipe), or None if it cannot be read."""
    try:
        return hashlib.sha256(read_regular_file(path, 50_000_000)).hexdigest()
    except UnsafeFile:
        return None
