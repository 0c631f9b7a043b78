"""A batch's inputs before they are built: web addresses fetched and read, lists of inputs read.

    arguments (files, folders, addresses) + -i LIST ─▶ inputs ─fetch each address, a few at
        a time; read each page here─▶ [Path | WebInput] ─▶ batch.plan_jobs (named after the title)

A web address in a batch goes through the same safe fetcher as one built on its own (public
addresses only unless `--allow-private-network`, redirects checked, caps, deadlines). It is
fetched and read once, in this process, before the jobs are planned: its briefing is named
after the page's title (as `briefing read` shows it), and its worker builds from the page as
read, not from a second fetch. An address that cannot be fetched or read becomes a failed job
of its own; the rest of the batch goes on.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from briefing.errors import BriefingError, ExitCode, InputError
from briefing.sanitize import for_terminal

if TYPE_CHECKING:
    from briefing.readers.fetch import Page
    from briefing.statement import Statement

#: How many web addresses are fetched at once (they wait on the network, not on the cores).
FETCHES_AT_ONCE = 4
#: The most a list of inputs (`-i FILE`) may hold: far more than a day's statements.
MAX_LIST_BYTES = 1_000_000


@dataclass(frozen=True)
class WebInput:
    """A web address given to a batch, with the statement read from it, or why it could not be.
    Like a `Path` in a batch's listing, it has a `name` (for the summary) and a `stem` (what its
    output is named after: the page's title, else the address's last part, else its host)."""

    url: str
    statement: Statement | None = None
    error: str | None = None  # the one-line reason it could not be fetched or read
    exit_code: int = 0

    def __str__(self) -> str:
        return self.url

    @property
    def name(self) -> str:
        """How the summary table names it: the address without its scheme."""
        return self.url.split("://", 1)[-1]

    @property
    def stem(self) -> str:
        """'https://ngo.example.org/news/floods?id=3' titled "Floods: act now" -> 'Floods: act now'."""
        if self.statement is not None and (title := page_title(self.statement)):
            return title
        parts = urlsplit(self.url)
        last = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
        return last.rsplit(".", 1)[0] if last else parts.hostname or "briefing"

    @property
    def sha256(self) -> str | None:
        """The provenance hash of the page as fetched (None when it could not be)."""
        return self.statement.sha256 if self.statement is not None else None


def page_title(statement: Statement) -> str | None:
    """The title `briefing read` shows for a page: what the input says, else the text's headline."""
    from briefing.readers.headline import headline

    return statement.title or headline(statement.text)


def read_input_list(path: Path) -> list[str]:
    """The inputs a list file names (`-i FILE`, `-` for standard input), one a line, as if given
    on the command line; blank lines and lines starting with `#` are skipped."""
    data = _list_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            f"{_list_name(path)} is not a UTF-8 text file: save the list of inputs as plain text, one a line."
        ) from None
    entries = [line.strip() for line in text.splitlines()]
    found = [entry for entry in entries if entry and not entry.startswith("#")]
    if not found:
        raise InputError(f"{_list_name(path)} lists no inputs: write one web address, file or folder a line.")
    return found


def _list_name(path: Path) -> str:
    return "standard input" if str(path) == "-" else str(path)


def _list_bytes(path: Path) -> bytes:
    """A list file's bytes, never blocking on a pipe nobody writes to, within MAX_LIST_BYTES."""
    import sys

    from briefing.guard import UnsafeFile, read_input_file

    if str(path) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError("standard input is closed: pipe the list of inputs in, or give its file name.")
        data = bytes(stream.read(MAX_LIST_BYTES + 1))
    else:
        try:
            data = read_input_file(path, MAX_LIST_BYTES)
        except UnsafeFile as problem:
            raise InputError(
                f"{path} {problem}: give the list of inputs as a text file, one a line."
            ) from None
    if len(data) > MAX_LIST_BYTES:
        raise InputError(
            f"{_list_name(path)} is larger than {MAX_LIST_BYTES // 1_000_000} MB, far more than a list of "
            "inputs: give a text file with one web address, file or folder a line."
        )
    return data


def read_web_inputs(inputs: Sequence[Path | str]) -> list[Path | WebInput]:
    """`inputs` in the same order, each web address fetched (FETCHES_AT_ONCE at a time) and
    read here, or recorded with the one-line reason it could not be."""
    from briefing.statement import read_page

    addresses = [value for value in inputs if isinstance(value, str)]
    read: dict[str, WebInput] = {}
    for url, page in _fetch_all(addresses):
        if isinstance(page, BaseException):
            read[url] = _failed(url, page)
            continue
        try:
            read[url] = WebInput(url, statement=read_page(url, page))
        except Exception as error:  # a page its reader refuses fails as its own job
            read[url] = _failed(url, error)
    return [read[value] if isinstance(value, str) else value for value in inputs]


def _failed(url: str, error: BaseException) -> WebInput:
    """An address that could not be fetched or read: its one-line reason and exit code."""
    if isinstance(error, BriefingError):
        message = "\n".join(for_terminal(line) for line in error.lines)
        return WebInput(url, error=message, exit_code=int(error.exit_code))
    return WebInput(
        url,
        error=f"unexpected error ({type(error).__name__}: {for_terminal(str(error))}); "
        "run again with --debug and report it",
        exit_code=int(ExitCode.UNEXPECTED),
    )


def _fetch_all(urls: Sequence[str]) -> Iterator[tuple[str, Page | BaseException]]:
    """Fetch every address, FETCHES_AT_ONCE at a time, in threads that never keep the program
    from stopping (Ctrl-C ends the batch at once). Each (address, page or error) comes back as
    it arrives."""
    from briefing.statement import fetch_page

    waiting: queue.Queue[str] = queue.Queue()
    for url in dict.fromkeys(urls):
        waiting.put(url)
    arrived: queue.Queue[tuple[str, Page | BaseException]] = queue.Queue()

    def work() -> None:
        while True:
            try:
                url = waiting.get_nowait()
            except queue.Empty:
                return
            try:
                arrived.put((url, fetch_page(url)))
            except Exception as error:
                arrived.put((url, error))

    total = waiting.qsize()
    for _ in range(min(FETCHES_AT_ONCE, total)):
        threading.Thread(target=work, name="briefing-fetch", daemon=True).start()
    for _ in range(total):
        yield arrived.get()
