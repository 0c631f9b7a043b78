"""A batch that mixes web addresses with files and folders, given on the command line or in a
list (`-i LIST`): each address fetched safely once, named after its page's title, a failed
fetch one FAILED line of its own. Network only to a local server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.batch_inputs import WebInput
from briefing.errors import ExitCode
from briefing.statement import Statement
from tests.conftest import SMALL_STATEMENT, pdf_text, run_briefing
from tests.readers_fixtures import ARTICLE, Route, local_server, send

TITLE_SLUG = "coast-coalition-demands-an-end-to-dredging"
FLAGS = ("--allow-private-network", "--jobs", "1")


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, Route]]]:
    with local_server() as served:
        yield served


@pytest.fixture
def pages(server: tuple[str, dict[str, Route]]) -> str:
    """Two addresses serving the same article (so the same title), one redirecting to the
    metadata service, and one that does not exist (404)."""
    base, routes = server
    routes["/news/dredging"] = send(ARTICLE.encode(), "text/html; charset=utf-8")
    routes["/news/item?id=7"] = send(ARTICLE.encode(), "text/html; charset=utf-8")
    routes["/moved"] = send(
        b"", "text/html", status=302, headers={"Location": "http://169.254.169.254/latest/"}
    )
    return base


def manifest_of(folder: Path) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))[
        "briefings"
    ]
    return entries


def test_a_batch_builds_addresses_and_files_and_a_failed_fetch_is_one_failed_line(
    pages: str, tmp_path: Path
) -> None:
    (tmp_path / "riverland.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    addresses = [f"{pages}/news/dredging", f"{pages}/missing", f"{pages}/news/item?id=7", f"{pages}/moved"]
    result = run_briefing(
        "build",
        *addresses,
        "riverland.txt",
        "-o",
        "out",
        "--allow-private-network",
        "--jobs",
        "2",
        cwd=tmp_path,
    )
    # both failures are bad input (exit 3), so the batch exits 3
    assert result.returncode == ExitCode.BAD_INPUT, result.stderr
    out = tmp_path / "out"
    # a page is named after its title; the second page of the same title gets -2, in input order
    assert sorted(path.name for path in out.glob("*.pdf")) == [
        f"{TITLE_SLUG}-2.pdf",
        f"{TITLE_SLUG}.pdf",
        "riverland.pdf",
    ]
    assert f"built   {pages}/news/dredging -> out/{TITLE_SLUG}.pdf" in result.stdout
    assert f"FAILED  {pages}/missing: {pages}/missing: the server answered 404" in result.stdout
    assert (
        f"FAILED  {pages}/moved: {pages}/moved redirects to http://169.254.169.254/latest/: "
        "169.254.169.254 is on a link-local address"
    ) in result.stdout
    assert "Traceback" not in result.stderr
    entries = manifest_of(out)
    assert [entry["input"] for entry in entries] == [*addresses, "riverland.txt"]
    assert [entry["status"] for entry in entries] == ["built", "failed", "built", "failed", "built"]
    assert entries[0]["input_sha256"] == hashlib.sha256(ARTICLE.encode()).hexdigest()
    assert entries[1]["exit_code"] == ExitCode.BAD_INPUT
    assert entries[1]["output"] is None
    assert entries[1]["input_sha256"] is None
    assert "404" in str(entries[1]["error"])
    # the footer carries the address the page was fetched from
    assert f"{pages}/news/item?id=7" in pdf_text(out / f"{TITLE_SLUG}-2.pdf").replace("\n", "")


def test_addresses_on_this_computer_are_refused_in_a_batch_without_the_flag(
    pages: str, tmp_path: Path
) -> None:
    (tmp_path / "riverland.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    result = run_briefing(
        "build", f"{pages}/news/dredging", "riverland.txt", "-o", "out", "--jobs", "1", cwd=tmp_path
    )
    assert result.returncode == ExitCode.BAD_INPUT, result.stderr
    assert (
        f"FAILED  {pages}/news/dredging: {pages}/news/dredging: 127.0.0.1 is on this computer or a private "
        "network: briefing only fetches public pages; for an intranet page add --allow-private-network"
    ) in result.stdout
    assert [path.name for path in (tmp_path / "out").glob("*.pdf")] == ["riverland.pdf"]


def test_a_list_file_names_addresses_and_files_one_a_line(pages: str, tmp_path: Path) -> None:
    (tmp_path / "riverland.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    (tmp_path / "today.txt").write_text(
        f"# this morning's statements\n\n  {pages}/news/dredging  \nriverland.txt\n"
        f"{pages}/news/dredging\n",  # the same address twice is built once
        encoding="utf-8",
    )
    result = run_briefing(
        "build", "-i", "today.txt", "-o", "out", "--allow-private-network", "--jobs", "1", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in (tmp_path / "out").glob("*.pdf")) == [
        f"{TITLE_SLUG}.pdf",
        "riverland.pdf",
    ]
    assert [entry["input"] for entry in manifest_of(tmp_path / "out")] == [
        f"{pages}/news/dredging",
        "riverland.txt",
    ]


def test_a_list_read_from_standard_input_builds_a_batch_even_of_one(pages: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import PROJECT

    result = subprocess.run(
        [sys.executable, "-m", "briefing", "build", "-i", "-", "-o", "out", "--allow-private-network"],
        input=f"{pages}/news/dredging\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(PROJECT), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / f"{TITLE_SLUG}.pdf").exists()
    assert (tmp_path / "out" / "manifest.json").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "today.txt does not exist: give the list of inputs as a text file, one a line."),
        ("# nothing yet\n\n", "today.txt lists no inputs: write one web address, file or folder a line."),
        (b"\xff\xfe\x00bad", "today.txt is not a UTF-8 text file"),
    ],
)
def test_a_list_that_cannot_be_read_is_one_error_before_anything_is_built(
    tmp_path: Path, content: str | bytes | None, message: str
) -> None:
    if isinstance(content, str):
        (tmp_path / "today.txt").write_text(content, encoding="utf-8")
    elif content is not None:
        (tmp_path / "today.txt").write_bytes(content)
    result = run_briefing("build", "-i", "today.txt", cwd=tmp_path)
    assert result.returncode == ExitCode.BAD_INPUT
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Error: {message}"), result.stderr
    assert not (tmp_path / "out").exists()


def test_a_page_is_named_after_its_title_else_its_address_then_its_host() -> None:
    headed = Statement(
        text="Floods: act now\n\nThe coalition called on the ministry to act.\n", path=None, format="html"
    )
    assert WebInput("https://ngo.example.org/news/item?id=3", headed).stem == "Floods: act now"
    untitled = Statement(text="x", path=None, format="html")
    assert WebInput("https://ngo.example.org/news/floods-2025.html", untitled).stem == "floods-2025"
    assert WebInput("https://ngo.example.org/news/floods-2025.html").stem == "floods-2025"
    assert WebInput("https://ngo.example.org/").stem == "ngo.example.org"
    assert WebInput("https://ngo.example.org/news/a.html").name == "ngo.example.org/news/a.html"


def test_on_a_terminal_the_batch_says_it_is_fetching_before_the_progress_bar(
    pages: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from briefing.batch import build_batch
    from briefing.progress import BatchReport
    from briefing.statement import ALLOW_PRIVATE_NETWORK_ENV

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv(ALLOW_PRIVATE_NETWORK_ENV, "1")
    (tmp_path / "riverland.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    stdout, stderr = Terminal(), Terminal()
    with BatchReport(stdout=stdout, stderr=stderr) as report:
        result = build_batch(
            [f"{pages}/news/dredging", f"{pages}/missing", tmp_path / "riverland.txt"],
            tmp_path / "out",
            workers=1,
            on_start=report.start,
            on_outcome=report.outcome,
            on_fetch=report.fetching,
        )
        report.summary(result)
    assert stderr.getvalue().startswith("Fetching 2 web addresses…\n")
    assert (report.done, report.failed, report.total) == (2, 1, 3)
    assert "Built 2 of 3 briefings" in stderr.getvalue()


def test_ctrl_c_while_pages_are_fetched_stops_the_batch_at_once(server, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import threading

    from tests.conftest import PROJECT

    base, routes = server
    asked, release = threading.Event(), threading.Event()

    def hang(handler: object) -> None:
        asked.set()
        release.wait(60)

    routes["/slow"] = hang
    (tmp_path / "riverland.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", "build", f"{base}/slow", "riverland.txt", "-o", "out", *FLAGS],
        cwd=tmp_path,
        env={"PYTHONPATH": str(PROJECT), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert asked.wait(30), "the page was never asked for"
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)  # far less than the fetch's 45 s deadline
    finally:
        release.set()
        process.kill()
    assert process.returncode == ExitCode.INTERRUPTED, stderr
    assert "Interrupted" in stderr
    assert "Traceback" not in stderr
    assert not (tmp_path / "out" / "manifest.json").exists()


def test_a_list_saved_by_notepad_is_read_line_by_line(tmp_path: Path) -> None:
    from briefing.batch_inputs import read_input_list

    (tmp_path / "today.txt").write_bytes(
        "\ufeff# Monday\r\nhttps://ngo.example.org/news/floods\r\n\r\n  statements/  \r\nrelease.pdf".encode()
    )
    assert read_input_list(tmp_path / "today.txt") == [
        "https://ngo.example.org/news/floods",
        "statements/",
        "release.pdf",
    ]
