"""Writing files atomically: a target is either the whole new file or left untouched.

The bytes are written to a temporary file beside the target, flushed to disk and moved over
it with `os.replace`, so a failed or interrupted build never leaves a half-written or clobbered
file, and never leaves the temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from briefing.errors import OutputError


def check_output_target(target: Path, *, no_clobber: bool = False) -> None:
    """Refuse, before any work is done, a target that cannot be written: its folder is a file
    or not writable, it is a folder, or (with `no_clobber`) it exists already."""
    if no_clobber and (target.exists() or target.is_symlink()):
        raise OutputError(
            f"{target} already exists and --no-clobber keeps it: remove it or choose another name with -o."
        )
    if target.is_dir():
        raise OutputError(
            f"{target} is a folder: give a file name with -o, e.g. -o {target / 'briefing.pdf'}."
        )
    if target.is_symlink() or (target.exists() and not target.is_file()):
        # replacing it would swap a link, a device or a pipe for a regular file
        raise OutputError(
            f"{target} is not a regular file (a link, device or pipe): choose another output path with -o."
        )
    folder = target.parent
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError(f"{existing} is a file, not a folder: choose another output path with -o.")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(
            f"cannot write into the folder {existing} (permission denied): "
            "choose another output path with -o."
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
    if target.is_dir():
        raise OutputError(
            f"{target} is a folder: give a file name with -o, e.g. -o {target / 'briefing.pdf'}."
        )
    temporary: str | None = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
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
            f"cannot write {target} ({error.strerror}): check the folder and free space."
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
