"""Nothing lost in a batch: --no-clobber keeps PDFs and the manifest (and says so), a link at
manifest.json is never replaced, an input is never an output, and one bad input (a link loop)
fails alone."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import COASTAL_STATEMENT, SMALL_STATEMENT, run_briefing


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(COASTAL_STATEMENT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    return tmp_path


def _state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _build(folder: Path, *args: str):
    return run_briefing("build", *args, "--jobs", "1", "--format", "html", cwd=folder)


def test_no_clobber_keeps_existing_briefings_and_the_manifest_and_says_so(folder):
    first = _build(folder, "in/a.txt", "in/b.txt", "-o", "out")
    assert first.returncode == 0, first.stdout + first.stderr
    kept = {name: _state(folder / "out" / name) for name in ("a.html", "b.html", "manifest.json")}
    (folder / "in" / "c.txt").write_text(SMALL_STATEMENT.replace("120", "130"), encoding="utf-8")

    again = _build(folder, "in/a.txt", "in/b.txt", "in/c.txt", "-o", "out", "--no-clobber")
    assert again.returncode == 0, again.stdout + again.stderr
    assert {name: _state(folder / "out" / name) for name in kept} == kept  # not even rewritten
    assert (folder / "out" / "c.html").exists()  # a new one is still built
    lines = again.stdout.splitlines()
    assert "kept    out/a.html (exists; --no-clobber)" in lines
    assert "kept    out/b.html (exists; --no-clobber)" in lines
    assert not [line for line in lines if line.startswith("FAILED")]
    assert "not rewritten: --no-clobber keeps the earlier one" in lines[-1]
    assert "2 kept as they were" in lines[-1]


def test_no_clobber_marks_kept_briefings_as_kept_in_a_new_manifest(folder):
    (folder / "out").mkdir()
    (folder / "out" / "a.html").write_text("an earlier briefing", encoding="utf-8")
    result = _build(folder, "in/a.txt", "in/b.txt", "-o", "out", "--no-clobber")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (folder / "out" / "a.html").read_text(encoding="utf-8") == "an earlier briefing"
    manifest = json.loads((folder / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [entry["status"] for entry in manifest["briefings"]] == ["kept", "built"]
    assert (manifest["built"], manifest["failed"], manifest["kept"]) == (1, 0, 1)
    assert manifest["briefings"][0]["output"] == "out/a.html"
    assert "error" not in manifest["briefings"][0]


@pytest.mark.parametrize("no_clobber", [False, True])
def test_a_link_at_the_manifest_is_never_replaced_by_a_file(folder, no_clobber):
    (folder / "out").mkdir()
    (folder / "elsewhere.json").write_text("{}", encoding="utf-8")
    (folder / "out" / "manifest.json").symlink_to(folder / "elsewhere.json")
    extra = ["--no-clobber"] if no_clobber else []
    result = _build(folder, "in/a.txt", "in/b.txt", "-o", "out", *extra)
    assert os.path.islink(folder / "out" / "manifest.json")
    assert (folder / "elsewhere.json").read_text(encoding="utf-8") == "{}"
    if no_clobber:
        assert result.returncode == 0, result.stdout + result.stderr
    else:  # refused before any work: nothing built
        assert result.returncode == 7
        assert result.stderr.startswith("Error: out/manifest.json is not a regular file")
        assert not (folder / "out" / "a.html").exists()


def test_an_input_that_is_a_link_loop_fails_alone(folder):
    (folder / "in" / "loop.txt").symlink_to("loop.txt")
    (folder / "in" / "ping.yaml").symlink_to("pong.yaml")
    (folder / "in" / "pong.yaml").symlink_to("ping.yaml")
    result = _build(folder, "in/a.txt", "in/loop.txt", "in/ping.yaml", "in/b.txt", "-o", "out")
    assert result.returncode == 3, result.stdout + result.stderr
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 2
    assert all("a link that points to itself" in line for line in failed)
    assert (folder / "out" / "a.html").exists()
    assert (folder / "out" / "b.html").exists()


def test_a_folder_with_a_link_loop_and_a_pipe_builds_the_rest(folder):
    (folder / "in" / "loop.txt").symlink_to("loop.txt")
    os.mkfifo(folder / "in" / "pipe.txt")
    result = _build(folder, "in", "-o", "out")
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(path.name for path in (folder / "out").iterdir()) == ["a.html", "b.html", "manifest.json"]


def test_an_output_that_is_an_input_of_the_batch_refuses_the_batch_and_touches_nothing(folder):
    # a statement saved as out/b.html (read as text) and a.txt hard-linked at out/a.html: the
    # whole batch is refused before any work (tests/test_batch_outputs.py has every kind)
    (folder / "out").mkdir()
    (folder / "out" / "b.html").write_text(SMALL_STATEMENT, encoding="utf-8")
    (folder / "out" / "a.html").hardlink_to(folder / "in" / "a.txt")
    before = {name: _state(folder / "out" / name) for name in ("a.html", "b.html")}
    result = _build(folder, "out/b.html", "in/a.txt", "in/b.txt", "-o", "out")
    assert result.returncode == 7, result.stdout + result.stderr
    assert {name: _state(folder / "out" / name) for name in before} == before
    [line] = result.stderr.splitlines()
    assert "is an input of this batch" in line
    assert sorted(path.name for path in (folder / "out").iterdir()) == ["a.html", "b.html"]
