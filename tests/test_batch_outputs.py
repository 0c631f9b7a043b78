"""A batch plans every file it will write before any work, and refuses the whole batch (exit 7,
one line, nothing written) when one of them is a file it reads or is written twice: an input, a
content file's statement, the branding file, the logo, a template, or another job's output; by
name, through a link and through a hard link."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.batch import plan_jobs
from briefing.errors import OutputError
from briefing.output import PlannedFile, file_keys, refuse_clashing_outputs
from tests.conftest import COASTAL_STATEMENT, SMALL_STATEMENT, run_briefing

CONTENT = "title: Families still without homes\nsource:\n  file: {source}\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(COASTAL_STATEMENT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    return tmp_path


def _every_file(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` (links not followed), with its bytes and modification time."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            found[str(path.relative_to(folder))] = (path.read_bytes(), path.stat().st_mtime_ns)
    return found


def _refused(folder: Path, *args: str) -> str:
    """Run a batch that must be refused: exit 7, one `Error:` line, no file added or changed."""
    before = _every_file(folder)
    result = run_briefing("build", *args, "--jobs", "1", "--format", "html", cwd=folder)
    assert result.returncode == 7, result.stdout + result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: ")
    assert "inputs are only ever read" in line or "written twice" in line
    assert _every_file(folder) == before  # no work: nothing written, nothing replaced
    assert not result.stdout.strip()
    return line


def test_an_output_that_is_the_statement_a_content_file_reads_refuses_the_batch(folder):
    # out/ holds a content file and the statement it reads, saved as out/b.html; b.txt's
    # briefing would be out/b.html
    (folder / "out").mkdir()
    (folder / "out" / "b.html").write_text(SMALL_STATEMENT, encoding="utf-8")
    (folder / "out" / "c.yaml").write_text(CONTENT.format(source="b.html"), encoding="utf-8")
    line = _refused(folder, "out/c.yaml", "in/b.txt", "-o", "out")
    assert "out/b.html, the briefing of in/b.txt, is an input of this batch" in line
    assert "the statement out/c.yaml reads" in line
    assert "choose another output folder with -o" in line


def test_an_output_that_is_another_jobs_input_refuses_the_batch(folder):
    (folder / "out").mkdir()
    (folder / "out" / "b.html").write_text(SMALL_STATEMENT, encoding="utf-8")
    line = _refused(folder, "out/b.html", "in/a.txt", "-o", "out")
    assert "out/b.html, the briefing of out/b.html, is an input of this batch" in line


def test_an_output_hard_linked_to_an_input_refuses_the_batch(folder):
    (folder / "out").mkdir()
    (folder / "out" / "a.html").hardlink_to(folder / "in" / "a.txt")
    line = _refused(folder, "in/a.txt", "in/b.txt", "-o", "out")
    assert "is an input of this batch (the same file as in/a.txt)" in line


def test_an_output_folder_that_is_a_link_to_the_inputs_folder_is_seen_through(folder):
    (folder / "in" / "b.html").write_text(SMALL_STATEMENT, encoding="utf-8")  # read as text
    (folder / "mirror").symlink_to("in")
    line = _refused(folder, "in/b.html", "in/a.txt", "-o", "mirror")
    assert "mirror/b.html" in line
    assert "the same file as in/b.html" in line


def test_an_output_that_is_a_page_template_refuses_the_batch(folder):
    # a user's templates/ folder overrides the page: a statement called standard.txt built
    # into templates/ would write over the template every build reads
    (folder / "templates").mkdir()
    template = "{% extends 'base.html' %}"
    (folder / "templates" / "standard.html").write_text(template, encoding="utf-8")
    (folder / "in" / "standard.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    line = _refused(folder, "in/a.txt", "in/standard.txt", "-o", "templates")
    assert "a template or stylesheet" in line


def test_an_output_that_is_the_logo_refuses_the_batch(folder):
    (folder / "brand").mkdir()
    logo = folder / "brand" / "a.png"
    _write_png(logo)
    (folder / "briefing.toml").write_text('logo = "brand/a.png"\n', encoding="utf-8")
    before = _every_file(folder)
    result = run_briefing("build", "in/a.txt", "in/b.txt", "-o", "brand", "--format", "png", cwd=folder)
    assert result.returncode == 7, result.stdout + result.stderr
    [line] = result.stderr.splitlines()
    assert "brand/a.png, the briefing of in/a.txt, is an input of this batch (the logo" in line
    assert _every_file(folder) == before


def test_an_output_that_is_the_branding_file_refuses_the_batch(folder):
    (folder / "cfg").mkdir()
    (folder / "cfg" / "a.html").write_text('organisation = "Harbour Watch"\n', encoding="utf-8")
    line = _refused(folder, "in/a.txt", "in/b.txt", "-o", "cfg", "--config", "cfg/a.html")
    assert "(the branding file" in line


def test_a_batch_with_no_clash_still_builds_everything(folder):
    result = run_briefing("build", "in", "-o", "out", "--jobs", "1", "--format", "html", cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(path.name for path in (folder / "out").iterdir()) == ["a.html", "b.html", "manifest.json"]


# --- the plan itself --------------------------------------------------------------------------


def test_the_notes_take_a_name_too():
    jobs = plan_jobs([Path("a.txt"), Path("a-notes.txt")], Path("out"), "pdf", notes=True)
    assert [job.output.name for job in jobs] == ["a.pdf", "a-notes-2.pdf"]
    jobs = plan_jobs([Path("a-notes.txt"), Path("a.txt")], Path("out"), "pdf", notes=True)
    assert [job.output.name for job in jobs] == ["a-notes.pdf", "a-2.pdf"]  # a-notes.pdf is taken
    jobs = plan_jobs([Path("a.txt"), Path("a-notes.txt")], Path("out"), "pdf")
    assert [job.output.name for job in jobs] == ["a.pdf", "a-notes.pdf"]  # no notes: no clash


def test_a_planned_output_written_twice_is_refused(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"one")
    (tmp_path / "y.pdf").hardlink_to(tmp_path / "x.pdf")
    outputs = [
        PlannedFile(tmp_path / "x.pdf", "the briefing of a.txt"),
        PlannedFile(tmp_path / "y.pdf", "the notes of b.txt"),
    ]
    with pytest.raises(OutputError, match="written twice in this batch"):
        refuse_clashing_outputs(outputs, [])
    same_name = [PlannedFile(tmp_path / "z.pdf", "one"), PlannedFile(tmp_path / "." / "z.pdf", "two")]
    with pytest.raises(OutputError, match="written twice"):
        refuse_clashing_outputs(same_name, [])
    refuse_clashing_outputs(
        [PlannedFile(tmp_path / "x.pdf", "one"), PlannedFile(tmp_path / "z.pdf", "two")], []
    )


def test_file_keys_see_links_hard_links_and_files_not_yet_written(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "hard.txt").hardlink_to(tmp_path / "a.txt")
    (tmp_path / "soft.txt").symlink_to("a.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "up").symlink_to(tmp_path)
    first = file_keys(tmp_path / "a.txt")
    assert first & file_keys(tmp_path / "hard.txt")
    assert first & file_keys(tmp_path / "soft.txt")
    assert first & file_keys(tmp_path / "up" / "sub" / ".." / "a.txt")
    assert file_keys(tmp_path / "new.pdf") & file_keys(tmp_path / "up" / "new.pdf")  # not written yet
    assert not first & file_keys(tmp_path / "new.pdf")


def _write_png(path: Path) -> None:
    """A small white PNG, drawn with the standard library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff\xff\xff" * 4 for _ in range(4))
    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_a_single_builds_notes_never_replace_its_statement(tmp_path):
    from tests.readers_fixtures import make_pdf_with

    paragraphs = "".join(f"<p>{block}</p>" for block in COASTAL_STATEMENT.split("\n\n"))
    statement = make_pdf_with(f"<html><body>{paragraphs}</body></html>", tmp_path / "week-notes.pdf")
    before = statement.read_bytes(), statement.stat().st_mtime_ns
    result = run_briefing("build", "week-notes.pdf", "-o", "week.pdf", "--notes", cwd=tmp_path)
    assert result.returncode == 7, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: week-notes.pdf is an input of this build")
    assert (statement.read_bytes(), statement.stat().st_mtime_ns) == before
    assert not (tmp_path / "week.pdf").exists()


ROUTES = ["itself", "dot", "up and back", "folder link", "file link", "hard link", "link to a link"]


def _route(folder: Path, target: Path, route: str, number: int) -> Path:
    """Another name for `target` (in `folder`), made the way `route` says."""
    if route == "dot":
        return target.parent / "." / target.name
    if route == "up and back":
        return target.parent / ".." / target.parent.name / target.name
    if route == "folder link":
        (folder / f"via{number}").symlink_to(target.parent)
        return folder / f"via{number}" / target.name
    if route == "file link":
        (folder / f"soft{number}").symlink_to(target)
        return folder / f"soft{number}"
    if route == "hard link":
        (folder / f"hard{number}").hardlink_to(target)
        return folder / f"hard{number}"
    if route == "link to a link":
        (folder / f"first{number}").symlink_to(target)
        (folder / f"second{number}").symlink_to(folder / f"first{number}")
        return folder / f"second{number}"
    return target


@settings(max_examples=60, deadline=None)
@given(
    routes=st.lists(st.sampled_from(ROUTES), min_size=1, max_size=3),
    clash=st.integers(min_value=0, max_value=2),
)
def test_an_output_that_reaches_an_input_by_any_route_is_refused(routes: list[str], clash: int) -> None:
    """However an output's name reaches an input's file (links, hard links, `.` and `..`,
    in any number), the plan is refused; outputs that reach none are accepted."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "in").mkdir()
        inputs = []
        for number in range(3):
            (folder / "in" / f"s{number}.txt").write_text(f"statement {number}", encoding="utf-8")
            inputs.append(PlannedFile(folder / "in" / f"s{number}.txt", "an input"))
        target = inputs[clash % len(inputs)].path
        for number, route in enumerate(routes):
            output = _route(folder, target, route, number)
            with pytest.raises(OutputError, match="is an input of this batch"):
                refuse_clashing_outputs(
                    [PlannedFile(folder / "out" / "ok.pdf", "one"), PlannedFile(output, "two")], inputs
                )
        refuse_clashing_outputs(
            [PlannedFile(folder / "out" / "ok.pdf", "one"), PlannedFile(folder / "in" / "new.pdf", "two")],
            inputs,
        )


def test_notes_that_cannot_be_written_stop_the_build_before_the_briefing_is_written(tmp_path):
    (tmp_path / "s.txt").write_text(COASTAL_STATEMENT, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "s-notes.pdf").write_bytes(b"earlier notes")
    result = run_briefing("build", "s.txt", "--notes", "--no-clobber", cwd=tmp_path)
    assert result.returncode == 7, result.stderr
    [line] = result.stderr.splitlines()
    assert "out/s-notes.pdf already exists and --no-clobber keeps it" in line
    assert not (tmp_path / "out" / "s.pdf").exists()  # refused before any work
    assert (tmp_path / "out" / "s-notes.pdf").read_bytes() == b"earlier notes"
