"""File-system guards: what may be read (a regular file inside its folder, opened without ever
blocking) and what may be written (never a file that is also an input).

A content file may come from anyone, so the statement its `source: file:` names must lie in
the content file's folder (or below it) and be a regular file: not `../../etc/shadow`, not an
absolute path elsewhere, not a link out of the folder, not a pipe (which would block the build
forever) or a device. The same check confines the user's templates and stylesheets to their
folders. Each check is made before the file is opened, and again on the open file (`fstat`), so
a file swapped in between is caught too.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path


class UnsafeFile(Exception):
    """A file that must not be read: its message says why, to follow the file's name."""

    @property
    def missing(self) -> bool:
        return str(self) == "does not exist"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _real(path: str | os.PathLike[str]) -> str:
    """The path with every link and `..` resolved; a link loop or an over-long name is an
    `UnsafeFile`, never a crash."""
    try:
        return os.path.realpath(path, strict=True)
    except FileNotFoundError:
        raise UnsafeFile("does not exist") from None
    except OSError as error:
        raise UnsafeFile(f"cannot be read ({describe_os_error(error)})") from None


def check_inside(path: str | os.PathLike[str], folders: Iterable[str | os.PathLike[str]]) -> str:
    """The real path of `path` if it is a regular file inside one of `folders` (links
    resolved first); else `UnsafeFile` saying why."""
    real = _real(path)
    roots = [os.path.realpath(folder) for folder in folders]
    if not any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in roots):
        raise UnsafeFile(f"is outside the folder {roots[0] if roots else '?'}")
    mode = os.stat(real).st_mode
    if not stat.S_ISREG(mode):
        raise UnsafeFile(f"is {_kind(mode)}")
    return real


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """Up to `limit` + 1 bytes of `path`, which must be a regular file. Opened non-blocking,
    so a pipe or device put in its place can never hang the build; checked again once open."""
    return read_input_file(path, limit, regular_only=True)


def read_input_file(path: str | os.PathLike[str], limit: int, *, regular_only: bool = False) -> bytes:
    """Up to `limit` + 1 bytes of `path`, never blocking on a pipe nobody writes to: it is
    opened non-blocking (a pipe with no writer then reads as empty; one with a writer, such as
    `<(command)`, is read as standard input is). A folder, a socket or a terminal is refused,
    and with `regular_only` anything but a regular file, checked before and after opening."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise UnsafeFile("does not exist") from None
    except OSError as error:
        raise UnsafeFile(f"cannot be read ({describe_os_error(error)})") from None
    _check_readable_kind(mode, regular_only)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise UnsafeFile(f"cannot be read ({describe_os_error(error)})") from None
    try:
        opened = os.fstat(descriptor).st_mode
        _check_readable_kind(opened, regular_only)
        if os.isatty(descriptor):
            raise UnsafeFile("is a terminal")
        if stat.S_ISFIFO(opened):
            os.set_blocking(descriptor, True)  # no writer: reads as empty at once
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise UnsafeFile(f"cannot be read ({describe_os_error(error)})") from None
    finally:
        os.close(descriptor)


def _check_readable_kind(mode: int, regular_only: bool) -> None:
    if stat.S_ISREG(mode):
        return
    if regular_only or stat.S_ISDIR(mode) or stat.S_ISSOCK(mode):
        raise UnsafeFile(f"is {_kind(mode)}")


def resolved(path: str | os.PathLike[str]) -> Path:
    """`path` made absolute with links resolved as far as they go: unlike `Path.resolve()`, a
    link loop or an over-long name never raises (what is then read fails with a message)."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def is_folder(path: str | os.PathLike[str]) -> bool:
    """Whether `path` is a folder; False for anything that cannot be looked at (unlike
    `Path.is_dir()`, an over-long name does not raise)."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def is_regular_file(path: str | os.PathLike[str]) -> bool:
    """Whether `path` is a regular file (links followed); False for anything that cannot be
    looked at."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def describe_os_error(error: OSError) -> str:
    """An OS error in a few words: "permission denied", "too many levels of links"."""
    words = {
        errno.ELOOP: "a link that points to itself, or too many links in a row",
        errno.ENAMETOOLONG: "the name is too long for the file system",
    }
    return words.get(error.errno or 0, error.strerror or type(error).__name__)


def same_file(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """Whether two paths name the same file: the same path, a link to it, or a hard link."""
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):
        try:
            return os.path.realpath(first) == os.path.realpath(second)
        except (OSError, ValueError):
            return False


def input_it_would_replace(target: Path, inputs: Sequence[Path | None]) -> Path | None:
    """The input that writing `target` would replace, or None: inputs are only ever read."""
    for candidate in inputs:
        if candidate is not None and same_file(target, candidate):
            return candidate
    return None
