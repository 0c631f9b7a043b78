"""Nothing dirty: control characters never reach the page or the PDF's metadata, escape
sequences from a file are never obeyed by the terminal, a message stays one line whatever a
file is called, and a statement of invisible characters is empty."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pikepdf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.sanitize import (
    CONTROL_CHARACTERS,
    clean_text,
    for_terminal,
    has_visible_text,
    one_line,
    repair_mojibake,
)
from briefing.statement import decode_statement
from tests.conftest import COASTAL_STATEMENT, run_briefing

# Written for the tests: every kind of control a content file's YAML escapes can carry.
DIRTY = "\\x01\\x07\\x1b[31m\\x1b]0;owned\\x07\\x7f\\x85\\x9b2J\\u202e\\u2066\\ufffe"


@given(st.text())
def test_clean_text_leaves_no_control_character_that_xml_or_a_terminal_minds(text):
    cleaned = clean_text(text)
    assert not CONTROL_CHARACTERS.search(cleaned)
    assert not any(0x80 <= ord(c) <= 0x9F or (ord(c) < 0x20 and c not in "\t\n\r") for c in cleaned)


@given(st.text())
def test_for_terminal_is_one_line_without_escape_characters(text):
    shown = for_terminal(text)
    assert "\n" not in shown
    assert "\r" not in shown
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in shown)


def test_for_terminal_shows_what_it_escapes():
    assert for_terminal("a\nb\x1b[31m\x9b") == "a\\nb\\x1b[31m\\x9b"
    assert one_line(" A\ttitle\n\x01 here ") == "A title here"


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("\u200b\u200c\u200d\ufeff\u2060\u00ad \n\t\u3164\u2800", False),
        ("\u200b a", True),
        ("", False),
        ("·", True),
    ],
)
def test_invisible_characters_alone_are_not_text(text, visible):
    assert has_visible_text(text) is visible


@pytest.mark.parametrize(
    ("garbled", "meant"),
    [
        ("two\u00e2\x80\x90thirds", "two\u2010thirds"),  # a hyphen, UTF-8 read as Latin-1
        (
            "\u00e2\u20ac\u0153Free them\u00e2\u20ac\x9d",
            "\u201cFree them\u201d",
        ),  # quote marks, as Windows-1252
        ("caf\u00c3\u00a9", "caf\u00c3\u00a9"),  # no C1 control: may be meant, left alone
    ],
)
def test_mojibake_holding_c1_controls_is_repaired_not_cut(garbled, meant):
    assert repair_mojibake(garbled) == meant
    text, _ = decode_statement(garbled.encode("utf-8"), "s.txt")
    assert text == meant


def test_c1_controls_do_not_survive_decoding():
    text, warnings = decode_statement("Release\u0085 them\u009b now\u0080.".encode(), "s.txt")
    assert text == "Release them now."
    assert warnings


@pytest.mark.parametrize("invisible", ["\u200b" * 40, "\ufeff\u200b\u2060\u200d\n" * 10, "\u3164 \u2800\n"])
def test_a_statement_of_only_invisible_characters_is_empty(tmp_path: Path, invisible):
    (tmp_path / "s.txt").write_text(invisible, encoding="utf-8")
    result = run_briefing("build", "s.txt", cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr == "Error: s.txt is empty: give a statement with some text in it.\n"
    assert not (tmp_path / "out").exists()


@pytest.fixture
def dirty(tmp_path: Path) -> Path:
    """A content file whose title, issuer, summary and demand carry control characters."""
    (tmp_path / "statement.txt").write_text(COASTAL_STATEMENT, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        f'title: "Families{DIRTY} <still> & without homes"\n'
        f'issuer: "Coastal{DIRTY} Rights Network"\n'
        f'summary: "Floods{DIRTY} have left families homeless."\n'
        "source:\n  file: statement.txt\n"
        f'  publisher: "Coastal{DIRTY} Network"\n'
        f'ask: "Write{DIRTY} to the ministry."\n'
        f'quotes:\n  - text: "Every family deserves a safe home. Nobody should wait another winter for help,"\n',
        encoding="utf-8",
    )
    return tmp_path


@pytest.mark.parametrize("pdf_a", [False, True], ids=["pdf-ua", "pdf-a"])
def test_control_characters_never_reach_the_metadata_and_the_xmp_is_valid_xml(dirty: Path, pdf_a):
    extra = ["--pdf-a"] if pdf_a else []
    result = run_briefing("build", "c.yaml", "-o", "out/c.pdf", *extra, cwd=dirty)
    assert result.returncode == 0, result.stderr
    with pikepdf.open(dirty / "out" / "c.pdf") as pdf:
        xmp = bytes(pdf.Root.Metadata.read_bytes())
        root = ElementTree.fromstring(xmp.decode("utf-8"))  # strict: a control character fails here
        namespaces = {
            "dc": "http://purl.org/dc/elements/1.1/",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
            "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
        }
        title = root.find(".//dc:title/rdf:Alt/rdf:li", namespaces)
        assert title is not None
        assert title.text == "Families[31m]0;owned2J <still> & without homes"
        assert str(pdf.docinfo["/Title"]) == title.text
        creator = root.find(".//dc:creator/rdf:Seq/rdf:li", namespaces)
        assert creator is not None
        assert creator.text == "Coastal[31m]0;owned2J Rights Network"
        for value in (str(pdf.docinfo[key]) for key in pdf.docinfo.keys()):  # noqa: SIM118
            assert not CONTROL_CHARACTERS.search(value)
        descriptions = root.findall(".//rdf:Description", namespaces)
        claims = {key: value for d in descriptions for key, value in d.attrib.items()}
        if pdf_a:
            assert claims[f"{{{namespaces['pdfaid']}}}part"] == "3"
            assert claims[f"{{{namespaces['pdfaid']}}}conformance"] == "B"
            assert "/OutputIntents" in pdf.Root
        else:
            assert claims[f"{{{namespaces['pdfuaid']}}}part"] == "1"
    if shutil.which("qpdf"):
        check = subprocess.run(
            ["qpdf", "--check", str(dirty / "out" / "c.pdf")], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout + check.stderr


def test_check_never_prints_a_content_files_escape_sequences(dirty: Path):
    (dirty / "c.yaml").write_text(
        (dirty / "c.yaml").read_text(encoding="utf-8")
        + f'demands:\n  - text: "publish{DIRTY} its flood plans"\n    addressee: "the{DIRTY} ministry"\n',
        encoding="utf-8",
    )
    for command in (["check", "c.yaml"], ["build", "c.yaml", "-o", "out/c.pdf"]):
        result = run_briefing(*command, cwd=dirty)
        printed = result.stdout + result.stderr
        assert not {"\x1b", "\x9b", "\x07"} & set(printed), command
        assert not any(0x80 <= ord(c) <= 0x9F for c in printed)


@pytest.mark.parametrize(
    "name",
    ["two\nlines.txt", "bell\x07\x1b[2J.txt", "csi\u009b31m.txt", "back\u202etxt.exe.txt"],
    ids=["newline", "escape", "c1", "bidi"],
)
def test_an_error_about_a_strange_file_name_is_one_line_and_obeys_nothing(tmp_path: Path, name):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / name).write_text("", encoding="utf-8")
    for command in (
        ["build", f"empty/{name}"],
        ["build", f"missing/{name}"],
        ["check", f"missing/{name}.yaml"],
        ["extract", f"empty/{name}"],
        ["build", f"empty/{name}", "-o", f"out/{name}.pdf"],
    ):
        result = run_briefing(*command, cwd=tmp_path)
        assert result.returncode == 3, (command, result.stderr)
        [line] = result.stderr.splitlines()
        assert line.startswith("Error: ")
        assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in line)
        assert "\u202e" not in line


def test_a_batch_summary_names_a_strange_file_on_one_line(tmp_path: Path):
    (tmp_path / "a\nb.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.txt").write_text(COASTAL_STATEMENT, encoding="utf-8")
    result = run_briefing("build", "a\nb.txt", "c.txt", "-o", "out", "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 3
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
    assert failed == ["FAILED  a\\nb.txt: a\\nb.txt is empty: give a statement with some text in it."]


def test_a_statement_named_with_control_characters_is_attached_under_a_clean_name(tmp_path: Path):
    name = "two\nlines\x1b[31m.txt"
    (tmp_path / name).write_text(COASTAL_STATEMENT, encoding="utf-8")
    result = run_briefing("build", name, "-o", "out/a.pdf", "--pdf-a", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with pikepdf.open(tmp_path / "out" / "a.pdf") as pdf:
        assert set(pdf.attachments) == {"two lines[31m.txt", "content.json"}
        ElementTree.fromstring(bytes(pdf.Root.Metadata.read_bytes()).decode("utf-8"))
