"""Writing files atomically: a target is either the whole new file or left untouched.

The bytes are written to a temporary file beside the target, flushed to disk and moved over
it with `os.replace`, so a failed or interrupted build never leaves a half-written or clobbered
file, and never leaves the temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import OutputError
from briefing.guard import describe_os_error, resolved


def check_output_target(target: Path, *, no_clobber: bool = False) -> None:
    """Refuse, before any work is done, a target that cannot be written: its folder is a file
    or not writable, it is a folder, a link, a device or a pipe, its name is too long, or
    (with `no_clobber`) it exists already."""
    info = _lstat(target)
    if no_clobber and info is not None:
        raise OutputError(
            f"{target} already exists and --no-clobber keeps it: remove it or choose another name with -o."
        )
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(
            f"{target} is a folder: give a file name with -o, e.g. -o {target / 'briefing.pdf'}."
        )
    _refuse_special(target, info)
    folder = target.parent
    existing = folder
    while _lstat(existing) is None and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError(f"{existing} is a file, not a folder: choose another output path with -o.")
    _refuse_long_names(target, existing)
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(
            f"cannot write into the folder {existing} (permission denied): "
            "choose another output path with -o."
        )


def _refuse_long_names(target: Path, existing: Path) -> None:
    """A file or folder name longer than the file system takes (usually 255 bytes), found
    before any work rather than when the file is written."""
    try:
        longest = int(os.pathconf(existing, "PC_NAME_MAX"))
    except (OSError, ValueError):
        longest = 255
    for part in target.parts:
        if len(os.fsencode(part)) > longest:
            raise OutputError(
                f"{target} cannot be written (a name in it is {len(os.fsencode(part))} bytes long, more than "
                f"the {longest} the file system takes): choose a shorter output path with -o."
            )


def _lstat(path: Path) -> os.stat_result | None:
    """What is at `path` (a link itself, not what it points to), or None if nothing is; a name
    the file system cannot hold (too long, a link loop on the way) is an `OutputError`."""
    try:
        return os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        raise OutputError(
            f"{path} cannot be written ({describe_os_error(error)}): choose another output path with -o."
        ) from None
    except ValueError:  # a NUL byte in the name
        raise OutputError(f"{path!r} is not a valid file name: choose another output path with -o.") from None


def _refuse_special(target: Path, info: os.stat_result | None) -> None:
    """A link, device or pipe at the output path is never replaced by a regular file."""
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputError(
            f"{target} is not a regular file (a link, device or pipe): choose another output path with -o."
        )


def refuse_replacing_an_input(target: Path, inputs: Sequence[Path | None]) -> None:
    """Refuse, before any work, an output that is one of the build's inputs: the same file, a
    link to it or a hard link. Inputs are only ever read (exit 7, the input untouched)."""
    refuse_clashing_outputs(
        [PlannedFile(target, str(target))],
        [PlannedFile(path, str(path)) for path in inputs if path is not None],
        scope="build",
    )


@dataclass(frozen=True)
class PlannedFile:
    """A file a build reads or writes, and how an error names it ("the notes of in/a.txt")."""

    path: Path
    role: str


def file_keys(path: Path) -> frozenset[tuple[object, ...]]:
    """What tells two names of one file apart from two files: the path with every link
    resolved, and (device, inode) when the file exists, so a hard link is the same file too.
    `file_keys(Path("a.txt")) & file_keys(Path("./link-to-a.txt"))` is not empty."""
    keys: set[tuple[object, ...]] = {("path", str(resolved(path)))}
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return frozenset(keys)
    keys.add(("inode", info.st_dev, info.st_ino))
    return frozenset(keys)


def refuse_clashing_outputs(
    outputs: Sequence[PlannedFile], inputs: Sequence[PlannedFile], *, scope: str = "batch"
) -> None:
    """Refuse, before any work, a planned output that is one of the inputs (inputs are only
    ever read) or that another planned output writes too, by name, link or hard link (exit 7).
    E.g. `out/a.pdf` refused when a content file reads `source: file: ../out/a.pdf`."""
    read: dict[tuple[object, ...], PlannedFile] = {}
    for planned in inputs:
        read.update(dict.fromkeys(file_keys(planned.path), planned))
    written: dict[tuple[object, ...], PlannedFile] = {}
    for planned in outputs:
        keys = file_keys(planned.path)
        replaced = next((read[key] for key in keys if key in read), None)
        if replaced is not None:
            raise OutputError(_input_clash(planned, replaced, scope))
        twice = next((written[key] for key in keys if key in written), None)
        if twice is not None:
            raise OutputError(
                f"{planned.path} would be written twice in this {scope} ({twice.role}, and "
                f"{planned.role}): nothing was built; rename one input, or remove the link, and build again."
            )
        written.update(dict.fromkeys(keys, planned))


def _input_clash(output: PlannedFile, replaced: PlannedFile, scope: str) -> str:
    """The one line for an output that would replace an input: `out/a.pdf, the briefing of
    in/b.txt, is an input of this batch (the statement in/c.yaml reads): ...`."""
    named = "" if output.role == str(output.path) else f", {output.role},"
    notes = [] if replaced.role == str(replaced.path) else [replaced.role]
    if str(replaced.path) != str(output.path):
        notes.append(f"the same file as {replaced.path}")
    why = f" ({', '.join(notes)})" if notes else ""
    where = "name with -o" if scope == "build" else "folder with -o; nothing was built"
    return (
        f"{output.path}{named} is an input of this {scope}{why}: inputs are only ever read; "
        f"choose another output {where}."
    )


def write_atomically(data: bytes, target: Path, *, no_clobber: bool = False) -> None:
    """Write `data` to `target` so that it is either the whole new file or untouched; with
    `no_clobber`, an existing target is never replaced (even one that appeared meanwhile)."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputError(f"{folder} is a file, not a folder: choose another output path with -o.") from None
    except OSError as error:
        raise OutputError(
            f"cannot create the folder {folder} ({error.strerror}): choose another output path with -o."
        ) from None
    info = _lstat(target)
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(
            f"{target} is a folder: give a file name with -o, e.g. -o {target / 'briefing.pdf'}."
        )
    _refuse_special(target, info)
    temporary: str | None = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name[:80]}.", suffix=".part", dir=folder)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~_current_umask())
        if no_clobber:
            os.link(temporary, target)  # fails if the target exists: never replaces it
        else:
            os.replace(temporary, target)
            temporary = None
    except FileExistsError:
        raise OutputError(
            f"{target} already exists and --no-clobber keeps it: remove it or choose another name with -o."
        ) from None
    except OSError as error:
        raise OutputError(
            f"cannot write {target} ({describe_os_error(error)}): check the folder and free space."
        ) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _current_umask() -> int:
    # mkstemp creates files readable by their owner only; a PDF should get the usual mode.
    mask = os.umask(0)
    os.umask(mask)
    return mask
