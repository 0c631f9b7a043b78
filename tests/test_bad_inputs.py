"""Bad and hostile input, made here for the tests: each situation gives its documented exit
code, one exact `Error: ...` line on stderr and no traceback, and loses or leaks nothing (the
folder's files, an existing briefing among them, are byte-identical afterwards; no temporary
or partial file is left)."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.errors import ExitCode
from tests.conftest import COASTAL_STATEMENT

OLD_PDF = b"%PDF-1.7 the briefing from yesterday, which a failed build must not touch"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def png(width: int, height: int, *, end: bool = True, data: bytes | None = None) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = data if data is not None else zlib.compress(b"\x00" + b"\x10\x20\x30" * width)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + (chunk(b"IEND", b"") if end else b"")
    )


CONTENT = """\
title: "Families still without homes"
date: 2025-03-03
source:
  file: statement.txt
  url: "https://example.org/coastal"
quotes:
  - text: "Every family deserves a safe home. Nobody should wait another winter for help,"
"""


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with a statement, a content file and yesterday's briefing in out/."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    (tmp_path / "statement.txt").write_text(COASTAL_STATEMENT, encoding="utf-8")
    (tmp_path / "coastal.yaml").write_text(CONTENT, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "statement.pdf").write_bytes(OLD_PDF)
    (tmp_path / "out" / "coastal.pdf").write_bytes(OLD_PDF)
    return tmp_path


def fails(folder: Path, args: list[str], code: ExitCode, message: str, *, input: bytes | None = None) -> None:
    """Run the command; it must fail with `code` and exactly `message` as its one stderr line,
    leave every file as it was and add none."""
    before = snapshot(folder)
    result = CliRunner().invoke(cli, args, input=input)
    assert result.stderr.splitlines() == [f"Error: {message}"], result.stderr
    assert result.exit_code == code, (result.exit_code, result.stderr)
    assert "Traceback" not in result.output
    assert snapshot(folder) == before


# --- the statement --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty.txt is empty: give a statement with some text in it."),
        ("blank.txt", b" \n\t\r\n  ", "blank.txt is empty: give a statement with some text in it."),
        (
            "report.txt",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            # read as the PDF it is, whatever its name, and refused as the damaged one it is
            "report.txt: this PDF is damaged and cannot be read: download or export it again, or copy "
            "the statement's text into a .txt file.",
        ),
        (
            "word.txt",
            b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
            "word.txt: this Word file is damaged and cannot be read (not a valid .docx archive): save it "
            "again from Word, or copy the statement's text into a .txt file.",
        ),
        (
            "nul.txt",
            b"Some text\x00\x00\x00with NUL bytes",
            "nul.txt looks like a binary file (it contains NUL bytes), not text: copy the statement's text "
            "into a plain .txt file (UTF-8) and build that.",
        ),
        (
            "bad16.txt",
            b"\xff\xfeA\x00\x00\xd8",
            "bad16.txt starts with a utf-16-le byte-order mark but is not valid utf-16-le (byte 2): save it "
            "again as UTF-8 text.",
        ),
        (
            "huge.txt",
            b"word " * 200_001,
            "huge.txt is larger than 1 MB, far more than a statement: give the statement's text alone.",
        ),
    ],
    ids=[
        "empty",
        "whitespace only",
        "a damaged PDF",
        "a damaged .docx",
        "NUL bytes",
        "broken UTF-16",
        "over 1 MB",
    ],
)
def test_a_statement_that_is_not_one_is_refused(folder, name, data, message):
    (folder / name).write_bytes(data)
    fails(folder, ["build", name], ExitCode.BAD_INPUT, message)


def test_a_missing_statement(folder):
    fails(
        folder,
        ["build", "nope.txt"],
        ExitCode.BAD_INPUT,
        "nope.txt does not exist: check the path and try again.",
    )


def test_a_folder_without_statements(folder):
    # a folder is a batch of the statements in it; one with none is refused before any work
    # (a PDF is a statement now: the folder holds only a file no reader takes)
    (folder / "notes").mkdir()
    (folder / "notes" / "draft.odt").write_bytes(b"PK\x03\x04")
    fails(
        folder,
        ["build", "notes"],
        ExitCode.BAD_INPUT,
        "notes has no statements in it (.txt, .md, .html, .htm, .pdf, .docx, .eml) or content files (.yaml, .yml): check the folder.",
    )


def test_binary_on_standard_input(folder):
    fails(
        folder,
        ["build", "-", "-o", "out/stdin.pdf"],
        ExitCode.BAD_INPUT,
        "standard input looks like a PNG image, not text: copy the statement's text into a plain .txt "
        "file (UTF-8) and build that.",
        input=png(4, 4),
    )


# --- the content file -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "title: !!python/object/apply:os.system ['touch pwned']\nsource:\n  file: statement.txt\n",
            "coastal.yaml:1: tags (tag:yaml.org,2002:python/object/apply:os.system) are not allowed: remove it.",
        ),
        (
            'a: &a ["lol", "lol"]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n',
            "coastal.yaml:1: anchors (&a) are not allowed: remove it.",
        ),
        (
            "title: One\ntitle: Two\nsource:\n  file: statement.txt\n",
            "coastal.yaml:2: the key `title` appears twice in the same place: keep one of them.",
        ),
        (
            "title: One\nsource:\n  file: statement.txt\n---\ntitle: Two\n",
            "coastal.yaml:4: a second document (---) starts here: keep one briefing per file.",
        ),
        (
            'title: "Unclosed\nsource:\n  file: statement.txt\n',
            "coastal.yaml:1: found unexpected end of stream: check the indentation and the quote marks on "
            "this line (text containing `: ` or starting with a quote mark must be put in double quotes).",
        ),
        (
            "- just\n- a list\n",
            "coastal.yaml:1: a content file is a list of `key: value` lines (title:, source:, quotes: ...).",
        ),
        (
            "title: One\nsource:\n  file: missing.txt\n",
            "coastal.yaml:3: the source statement cannot be read: missing.txt does not exist: check the path "
            "and try again. (`source: file:` is relative to the content file's folder).",
        ),
    ],
    ids=[
        "python tag",
        "alias bomb",
        "duplicate key",
        "two documents",
        "unclosed quote",
        "not a mapping",
        "missing source",
    ],
)
def test_a_hostile_or_broken_content_file_is_refused(folder, text, message):
    (folder / "coastal.yaml").write_text(text, encoding="utf-8")
    if "missing.txt" in text:
        message = message.replace("missing.txt does", f"{folder / 'missing.txt'} does")
    fails(folder, ["build", "coastal.yaml"], ExitCode.BAD_INPUT, message)
    assert not (folder / "pwned").exists()


def test_a_content_file_that_is_not_utf8(folder):
    (folder / "coastal.yaml").write_bytes(b"title: caf\xe9\nsource:\n  file: statement.txt\n")
    fails(
        folder,
        ["check", "coastal.yaml"],
        ExitCode.BAD_INPUT,
        "coastal.yaml:1: this is not UTF-8 text: save the file as UTF-8.",
    )


def test_a_content_file_over_the_size_cap(folder):
    (folder / "coastal.yaml").write_text("# padding\n" * 30_000, encoding="utf-8")
    fails(
        folder,
        ["check", "coastal.yaml"],
        ExitCode.BAD_INPUT,
        "coastal.yaml is larger than 256 kB, far more than a one-page briefing: is it the right file?",
    )


def test_a_quote_that_is_not_in_the_source_writes_nothing(folder):
    (folder / "coastal.yaml").write_text(CONTENT.replace("safe home", "safe house"), encoding="utf-8")
    before = snapshot(folder)
    result = CliRunner().invoke(cli, ["build", "coastal.yaml"])
    assert result.exit_code == ExitCode.UNVERIFIED
    assert result.stderr.startswith(
        "Error: coastal.yaml:7: quote 1 is not verified: it is not word for word in the source.\n"
    )
    assert "Traceback" not in result.output
    assert snapshot(folder) == before


def test_a_source_url_too_long_for_a_qr_code(folder):
    url = "https://example.org/" + "a" * 3000
    (folder / "coastal.yaml").write_text(
        CONTENT.replace("https://example.org/coastal", url), encoding="utf-8"
    )
    fails(
        folder,
        ["build", "coastal.yaml"],
        ExitCode.BAD_INPUT,
        "coastal.yaml:5: the source url is 3020 characters long, too long for a QR code a phone can read "
        "(at most 500): give a shorter link to the statement.",
    )


# --- briefing.toml and the logo -------------------------------------------------------------


@pytest.mark.parametrize(
    ("logo", "data", "message"),
    [
        (
            "gone.png",
            None,
            "key 'logo': {folder}/gone.png does not exist (the path is relative to briefing.toml).",
        ),
        (
            "bomb.png",
            png(100_000, 100_000, data=b""),
            "key 'logo': bomb.png is 100000 x 100000 pixels, more than 4000 x 4000; save a smaller copy of "
            "the logo (a few hundred pixels a side is plenty).",
        ),
        (
            "fake.png",
            b"GIF89a not a png at all",
            "key 'logo': fake.png is not a PNG picture (it may be damaged or another format); export the logo "
            "again as PNG or SVG.",
        ),
        (
            "cut.png",
            png(40, 20, end=False),
            "key 'logo': cut.png is cut short or damaged (it has no end marker); export the logo again.",
        ),
        (
            "laughs.svg",
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b'<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>',
            "key 'logo': laughs.svg declares a DOCTYPE or entities, which a logo does not need; remove them, "
            "or export it again.",
        ),
        (
            "html.svg",
            b"<html><body>not a picture</body></html>",
            "key 'logo': html.svg is not an SVG picture (its outer element is not <svg>); export the logo again.",
        ),
    ],
    ids=["missing", "decompression bomb", "not a PNG", "truncated PNG", "entity bomb SVG", "not SVG"],
)
def test_a_bad_logo_is_refused_before_rendering(folder, monkeypatch, logo, data, message):
    if data is not None:
        (folder / logo).write_bytes(data)
    (folder / "briefing.toml").write_text(f'logo = "{logo}"\n', encoding="utf-8")
    _no_rendering(monkeypatch)
    fails(
        folder,
        ["build", "statement.txt"],
        ExitCode.BAD_INPUT,
        f"{folder / 'briefing.toml'}: " + message.format(folder=folder),
    )


def test_a_damaged_png_logo_is_an_error_not_a_broken_picture(folder, monkeypatch):
    (folder / "broken.png").write_bytes(png(40, 20, data=b"not zlib data at all"))
    (folder / "briefing.toml").write_text('logo = "broken.png"\n', encoding="utf-8")
    _no_rendering(monkeypatch)
    fails(
        folder,
        ["build", "statement.txt"],
        ExitCode.BAD_INPUT,
        f"{folder / 'briefing.toml'}: key 'logo': broken.png is damaged (broken data stream when reading "
        "image file); export the logo again.",
    )


@pytest.mark.engine_errors
def test_a_picture_the_engine_cannot_use_is_an_error_not_a_missing_picture(folder):
    (folder / "templates").mkdir()
    (folder / "templates" / "mine.html").write_text(
        '{% extends "base.html" %}{% block main %}<img src="missing.png" alt="x">{% endblock %}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["build", "statement.txt", "-t", "mine", "-o", "out/mine.pdf"])
    assert result.exit_code == ExitCode.RENDER_FAILED, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: the PDF engine could not lay out the page: Failed to load image at ")
    assert "missing.png" in line
    assert line.endswith(
        "check the logo in briefing.toml and the pictures, fonts and stylesheets your templates use."
    )
    assert not (folder / "out" / "mine.pdf").exists()


def test_a_config_that_is_not_toml(folder):
    (folder / "briefing.toml").write_text("organisation = Rights Watch\n", encoding="utf-8")
    result_message = (
        f"{folder / 'briefing.toml'} is not valid TOML (Invalid value (at line 1, column 16)): fix that line, "
        "e.g. put text in quotes."
    )
    fails(folder, ["build", "statement.txt"], ExitCode.BAD_INPUT, result_message)


def test_a_bad_source_date_epoch(folder, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    (folder / "coastal.yaml").write_text(CONTENT.replace("date: 2025-03-03\n", ""), encoding="utf-8")
    fails(
        folder,
        ["build", "coastal.yaml"],
        ExitCode.BAD_INPUT,
        "SOURCE_DATE_EPOCH is 'yesterday', not a whole number of seconds since 1970: fix or unset it.",
    )


# --- the user's templates -------------------------------------------------------------------


def _user_template(folder: Path, text: str) -> None:
    (folder / "templates").mkdir()
    (folder / "templates" / "mine.html").write_text(text, encoding="utf-8")


def test_a_template_syntax_error_names_the_file_and_line(folder):
    _user_template(
        folder, '{% extends "base.html" %}\n{% block main %}\n<p>{{ content.title </p>\n{% endblock %}\n'
    )
    fails(
        folder,
        ["build", "statement.txt", "-t", "mine"],
        ExitCode.RENDER_FAILED,
        f"{folder / 'templates' / 'mine.html'}:3: unexpected '/': fix the template there.",
    )


def test_a_template_runtime_error_names_the_file_and_line(folder):
    _user_template(
        folder,
        '{% extends "base.html" %}\n{% block main %}\n\n<p>{{ content.nothing_here }}</p>\n{% endblock %}\n',
    )
    fails(
        folder,
        ["build", "statement.txt", "-t", "mine"],
        ExitCode.RENDER_FAILED,
        f"{folder / 'templates' / 'mine.html'}:4: 'briefing.model.Content object' has no attribute "
        "'nothing_here': fix the template there.",
    )


def test_a_python_error_in_a_template_is_the_templates_to_fix(folder):
    _user_template(
        folder, '{% extends "base.html" %}\n{% block main %}\n<p>{{ 1 / 0 }}</p>\n{% endblock %}\n'
    )
    fails(
        folder,
        ["build", "statement.txt", "-t", "mine"],
        ExitCode.RENDER_FAILED,
        f"{folder / 'templates' / 'mine.html'}:3: ZeroDivisionError: division by zero: fix the template there.",
    )


def test_a_pipe_or_link_in_place_of_the_output_is_not_replaced(folder):
    os.mkfifo(folder / "out" / "pipe.pdf")
    (folder / "out" / "link.pdf").symlink_to(folder / "out" / "statement.pdf")
    for name in ("pipe.pdf", "link.pdf"):
        fails(
            folder,
            ["build", "statement.txt", "-o", f"out/{name}"],
            ExitCode.OUTPUT_FAILED,
            f"out/{name} is not a regular file (a link, device or pipe): choose another output path with -o.",
        )


def test_an_infinite_value_is_refused(folder):
    (folder / "inf.yaml").write_text(
        "title: x\nsource:\n  file: statement.txt\nfigures:\n  - display: '1,200'\n    label: people\n"
        "    value: inf\n",
        encoding="utf-8",
    )
    fails(
        folder,
        ["check", "inf.yaml"],
        ExitCode.BAD_INPUT,
        "inf.yaml:7: figure 1, value: input should be a finite number.",
    )


def test_a_template_cannot_reach_python_internals(folder):
    _user_template(folder, "{{ content.__class__.__mro__[-1].__subclasses__() }}\n")
    fails(
        folder,
        ["build", "statement.txt", "-t", "mine"],
        ExitCode.RENDER_FAILED,
        f"{folder / 'templates' / 'mine.html'}:1: access to attribute '__class__' of 'Content' object is "
        "unsafe.: fix the template there.",
    )


@pytest.mark.engine_errors
def test_a_template_cannot_read_a_file_of_the_machine(folder):
    _user_template(
        folder,
        '{% extends "base.html" %}\n{% block main %}<img src="file:///etc/passwd" alt="x">{% endblock %}\n',
    )
    result = CliRunner().invoke(cli, ["build", "statement.txt", "-t", "mine", "-o", "out/mine.pdf"])
    assert result.exit_code == ExitCode.RENDER_FAILED, result.stderr
    [line] = result.stderr.splitlines()
    assert "briefing only reads its own assets, not /etc/passwd" in line
    assert not (folder / "out" / "mine.pdf").exists()


def test_a_template_with_no_page_is_an_unknown_template(folder):
    fails(
        folder,
        ["build", "statement.txt", "-t", "../base"],
        ExitCode.BAD_INPUT,
        "--template: there is no template called '../base'; choose one of dense, handout, standard "
        "(`briefing templates` describes them).",
    )


# --- the output -----------------------------------------------------------------------------


def _no_rendering(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.pdf

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("rendered before the output was checked")

    monkeypatch.setattr(briefing.pdf, "render_document", refuse)


def test_an_output_folder_that_is_a_file_is_reported_before_rendering(folder, monkeypatch):
    _no_rendering(monkeypatch)
    fails(
        folder,
        ["build", "statement.txt", "-o", "out/statement.pdf/x.pdf"],
        ExitCode.OUTPUT_FAILED,
        "out/statement.pdf is a file, not a folder: choose another output path with -o.",
    )


def test_an_output_folder_under_a_file_is_reported_before_rendering(folder, monkeypatch):
    _no_rendering(monkeypatch)
    fails(
        folder,
        ["build", "statement.txt", "-o", "out/statement.pdf/deeper/x.pdf"],
        ExitCode.OUTPUT_FAILED,
        "out/statement.pdf is a file, not a folder: choose another output path with -o.",
    )


def test_an_output_that_is_a_folder(folder, monkeypatch):
    _no_rendering(monkeypatch)
    fails(
        folder,
        ["build", "statement.txt", "-o", "out"],
        ExitCode.OUTPUT_FAILED,
        "out is a folder: give a file name with -o, e.g. -o out/briefing.pdf.",
    )


def test_an_output_folder_that_is_not_writable_is_reported_before_rendering(folder, monkeypatch):
    _no_rendering(monkeypatch)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode: False if Path(path).name == "out" else real_access(path, mode)
    )
    fails(
        folder,
        ["build", "statement.txt"],
        ExitCode.OUTPUT_FAILED,
        "cannot write into the folder out (permission denied): choose another output path with -o.",
    )


def test_no_clobber_keeps_an_existing_briefing(folder, monkeypatch):
    _no_rendering(monkeypatch)
    fails(
        folder,
        ["build", "statement.txt", "--no-clobber"],
        ExitCode.OUTPUT_FAILED,
        "out/statement.pdf already exists and --no-clobber keeps it: remove it or choose another name with -o.",
    )


def test_a_full_disk_keeps_the_old_briefing_and_leaves_no_temporary(folder, monkeypatch):
    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    fails(
        folder,
        ["build", "statement.txt"],
        ExitCode.OUTPUT_FAILED,
        "cannot write out/statement.pdf (No space left on device): check the folder and free space.",
    )


def test_an_unforeseen_os_error_is_one_line_without_traceback(folder, monkeypatch):
    import briefing.review

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", "/somewhere/locked")

    monkeypatch.setattr(briefing.review, "verify_content", denied)
    fails(
        folder,
        ["build", "statement.txt"],
        ExitCode.UNEXPECTED,
        "/somewhere/locked: Permission denied; check the file and the free space, or run again with --debug "
        "for details.",
    )


def test_a_bug_is_one_line_and_debug_shows_the_traceback(folder, monkeypatch):
    import briefing.review

    def bug(*_args: object, **_kwargs: object) -> None:
        raise KeyError("oops")

    monkeypatch.setattr(briefing.review, "verify_content", bug)
    fails(
        folder,
        ["build", "statement.txt"],
        ExitCode.UNEXPECTED,
        "unexpected KeyError ('oops'): this is a bug in briefing; run again with --debug and report the "
        "traceback.",
    )
    result = CliRunner().invoke(cli, ["--debug", "build", "statement.txt"])
    assert isinstance(result.exception, KeyError)


def test_debug_raises_a_user_error_with_its_traceback(folder):
    result = CliRunner().invoke(cli, ["--debug", "build", "nope.txt"])
    from briefing.errors import InputError

    assert isinstance(result.exception, InputError)


def test_an_unknown_option_is_a_usage_error(folder):
    before = snapshot(folder)
    result = CliRunner().invoke(cli, ["build", "statement.txt", "--colour", "red"])
    assert result.exit_code == ExitCode.USAGE
    assert "Error: No such option '--colour'." in result.stderr
    assert snapshot(folder) == before
