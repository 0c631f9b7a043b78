"""Watching: a content file in, a briefing rebuilt each time one of its inputs is saved.

    briefing watch venezuela.yaml        # edit in one window, look at out/venezuela.pdf in another

The files watched are the ones a build reads: the content file, its statement, `briefing.toml`,
the logo, and the templates and stylesheets of the working folder's `templates/` and
`styles/` (which override the bundled ones). The process keeps the PDF engine, the fonts and the
compiled templates loaded, so a rebuild costs only the layout (see `bench/watch.py`).

Each rebuild prints one line: when, what changed, and what was built (pages, items left out,
quotes verified); a build that fails (a quote edited so that it no longer matches its source,
say) prints its error and leaves the last good PDF in place, since the file is only ever
replaced whole. A change is a watched file whose size or time differs from when the last
build began; `watchfiles` (the operating system's notifications) says when to look, or a timer
where it cannot be used.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import BriefingError, InputError

if TYPE_CHECKING:
    from briefing.pipeline import BuildResult
    from briefing.settings import BuildOptions

POLL_SECONDS = 0.25  # how often polling looks at the files when watchfiles cannot be used
SETTLE_MS = 50  # a save that writes several times in a row is one change


@dataclass(frozen=True)
class WatchJob:
    """What `watch` builds, and how: the build's options are resolved again for every build, so
    a saved `briefing.toml` (another logo, another accent colour) counts."""

    input: Path
    output: Path | None = None
    options: BuildOptions = field(default_factory=lambda: _default_options())


def _default_options() -> BuildOptions:
    from briefing.settings import BuildOptions

    return BuildOptions()


@dataclass
class Watched:
    """The files a build read, and the folders whose every template or stylesheet counts."""

    files: set[Path] = field(default_factory=set)
    folders: set[Path] = field(default_factory=set)

    def covers(self, path: Path) -> bool:
        """Whether a change to `path` calls for a rebuild."""
        path = path.resolve()
        if path in self.files:
            return True
        return path.suffix in (".html", ".css") and any(
            path.is_relative_to(folder) for folder in self.folders
        )

    def roots(self) -> set[Path]:
        """The folders to listen to: each file's own (editors often save by replacing the file),
        and the template and style folders."""
        return {path.parent for path in self.files if path.parent.is_dir()} | {
            folder for folder in self.folders if folder.is_dir()
        }


def watched_inputs(job: WatchJob) -> Watched:
    """The files a build of `job` reads, found again after every rebuild (the content file may
    now name another statement, `briefing.toml` another logo)."""
    from briefing.settings import resolve_settings

    options = job.options
    folder = (options.folder or Path.cwd()).resolve()
    watched = Watched(files={job.input.resolve()})
    watched.files.add((options.config or folder / "briefing.toml").resolve())
    watched.folders |= {folder / "templates", folder / "styles"}
    try:
        source = _source_of(job.input)
        if source is not None:
            watched.files.add(source)
        logo = resolve_settings(options).page.branding.logo
        if logo is not None:
            watched.files.add(logo.resolve())
    except BriefingError:
        pass  # the build reports it; the files it could read are watched
    return watched


def _source_of(path: Path) -> Path | None:
    from briefing.contentfile import load_content_file
    from briefing.statement import is_content_file

    if not is_content_file(path):
        return None
    return load_content_file(path).source_path.resolve()


def build_once(job: WatchJob) -> BuildResult:
    """One build of the job, as `briefing build` makes it."""
    from briefing.pipeline import build_briefing

    return build_briefing(job.input, job.output, job.options)


def describe_build(result: BuildResult, seconds: float) -> str:
    """What a rebuild made, on one line: "out/x.pdf: 1 page, left out 1 quote, 4 of 4 quotes
    verified ✓ (0.21 s)"."""
    facts = [f"{result.pages} page" + ("s" if result.pages != 1 else "")] if result.pages else []
    dropped = [
        f"{count} {kind.removesuffix('s') if count == 1 else kind}"
        for kind, count in result.dropped.items()
        if count and kind != "figures"
    ]
    if dropped:
        facts.append("left out " + ", ".join(dropped))
    if result.thin:
        facts.append("thin page (no demands, no quotes)")
    shown = len(result.content.quotes)
    unverified = any("not verified against the source" in warning for warning in result.warnings)
    mark = "✗ items marked unverified" if unverified else "verified ✓"
    facts.append(f"{shown} quote{'s' if shown != 1 else ''} on the page, {mark}")
    return f"{result.output}: {', '.join(facts)} ({seconds:.2f} s)"


def rebuild_line(job: WatchJob, changed: str, echo: Callable[[str], None]) -> bool:
    """Build once and print what happened: one line when it worked; the error's lines when
    it did not (the last good file stays). True when it worked."""
    stamp = dt.datetime.now().strftime("%H:%M:%S")
    start = time.perf_counter()
    try:
        result = build_once(job)
    except BriefingError as error:
        first, *rest = str(error).splitlines() or [""]
        echo(f"{stamp} ✗ {changed}: not rebuilt, the last good file stays. Error: {first}")
        for line in rest:
            echo(f"    {line}")
        return False
    echo(f"{stamp} ✓ {changed}: {describe_build(result, time.perf_counter() - start)}")
    for warning in result.warnings:
        if not warning.startswith("PDF engine:"):
            echo(f"    Warning: {warning}")
    return True


def watch_briefing(
    job: WatchJob, echo: Callable[[str], None], *, wakeups: Iterable[object] | None = None
) -> None:
    """Build, then build again after every change to an input, until interrupted (Ctrl-C
    raises KeyboardInterrupt, which the caller turns into exit code 130).

    What changed is decided by each watched file's size and time, compared with what they were
    when the last build began: so a save made during a build, or before the watcher was
    listening, is never missed. The file system's notifications (or a timer) only say when to
    look; `wakeups` replaces them (tests)."""
    from briefing.engine import collected_after, settle_long_lived_objects

    if not job.input.is_file():
        raise InputError(
            f"{job.input} does not exist: check the path, or make it with "
            f"`briefing extract STATEMENT -o {job.input.name}`."
        )
    state = {"watched": watched_inputs(job)}  # read by the notifications as it changes
    seen = _signatures(state["watched"])
    rebuild_line(job, f"watching {_short(job.input)}", echo)
    settle_long_lived_objects()  # a long-lived process: collect garbage as usual from now on
    for _ in wakeups if wakeups is not None else file_events(lambda: state["watched"]):
        now = _signatures(state["watched"])
        changed = sorted(path for path in seen.keys() | now.keys() if seen.get(path) != now.get(path))
        if not changed:
            continue
        seen = now
        with collected_after():  # the garbage is collected after the line, not during the build
            rebuild_line(job, f"{', '.join(_short(path) for path in changed)} changed", echo)
        state["watched"] = watched_inputs(job)
        seen = {**_signatures(state["watched"]), **seen}  # a newly watched file counts from now


def _short(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def file_events(current: Callable[[], Watched]) -> Iterator[object]:
    """A wake-up whenever a watched file may have changed: the operating system's notifications
    through `watchfiles` (and once a second regardless), else a timer."""
    try:
        import watchfiles
    except ImportError:  # pragma: no cover - watchfiles is a dependency; the timer is the fallback
        while True:
            time.sleep(POLL_SECONDS)
            yield None
    while True:
        roots = current().roots()
        for batch in watchfiles.watch(
            *sorted(roots),
            watch_filter=lambda _change, path: current().covers(Path(path)),
            step=SETTLE_MS,
            rust_timeout=1000,
            yield_on_timeout=True,
            raise_interrupt=True,
            recursive=True,
        ):
            yield batch
            if current().roots() != roots:
                break  # a new folder to listen to (the content file names another statement)


def poll_changes(current: Callable[[], Watched], interval: float = POLL_SECONDS) -> Iterator[set[Path]]:
    """The paths changed on disk, found by looking at every watched file's size and time."""
    seen = _signatures(current())
    while True:
        time.sleep(interval)
        now = _signatures(current())
        changed = {path for path in seen.keys() | now.keys() if seen.get(path) != now.get(path)}
        seen = now
        if changed:
            yield changed


def _signatures(watched: Watched) -> dict[Path, tuple[int, int]]:
    paths = set(watched.files)
    for folder in watched.folders:
        if folder.is_dir():
            paths |= {path for path in folder.rglob("*") if path.suffix in (".html", ".css")}
    signatures = {}
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        signatures[path] = (stat.st_mtime_ns, stat.st_size)
    return signatures
