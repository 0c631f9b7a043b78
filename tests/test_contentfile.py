"""The content file: written for people, read back strictly, every problem with its line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.contentfile import (
    MAX_CONTENT_FILE_BYTES,
    ContentFileError,
    _scalar,
    _yaml,
    content_file_schema,
    content_file_text,
    load_content_file,
    parse_yaml,
    relative_source_path,
)
from briefing.errors import InputError
from briefing.model import Content

MINIMAL = "source:\n  file: statement.txt\n"


# The content file's keys in the order the file and its JSON Schema give them.
CONTENT_FILE_KEYS = [
    *("title", "date", "issuer", "lang", "source", "summary", "figures", "demands", "quotes"),
    *("ask", "contact", "meeting", "notes"),
]


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "statement.txt").write_text("A statement.\n", encoding="utf-8")
    path = tmp_path / "briefing.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _error(tmp_path: Path, text: str) -> str:
    with pytest.raises(InputError) as caught:
        load_content_file(_write(tmp_path, text))
    return str(caught.value)


def test_written_file_is_for_people(content_file: Path) -> None:
    text = content_file.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=briefing.schema.json\n")
    assert "#   briefing build coastal.yaml" in text
    assert "\n# Quotes, word for word as in the source" in text
    assert "start:" not in text  # no offsets: people edit the text
    keys = [line.split(":")[0] for line in text.splitlines() if line and line[0].isalpha()]
    assert keys == CONTENT_FILE_KEYS


def test_written_file_loads_back_to_the_same_content(content_file: Path, coastal_content: Content) -> None:
    loaded = load_content_file(content_file)
    coastal_content.source.file = "statement.txt"
    assert loaded.content == coastal_content
    assert loaded.source_path == content_file.parent / "statement.txt"
    assert loaded.where("quote 2") == f"{content_file}:{loaded.lines['quote 2']}"


def test_source_path_is_relative_to_the_content_file(tmp_path: Path) -> None:
    statement = tmp_path / "statements" / "a.txt"
    assert relative_source_path(statement, tmp_path / "briefings" / "a.yaml") == "../statements/a.txt"


def test_strings_stay_strings(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        MINIMAL
        + "title: NO\nissuer: 12:30\nsummary: 1.10\nfigures:\n  - display: 1.10\n    label: yes\n"
        + "    value: 800\n    approx: true\nquotes:\n  - text: off\n    speaker: null\n",
    )
    content = load_content_file(path).content
    assert (content.title, content.issuer, content.summary) == ("NO", "12:30", "1.10")
    assert (content.figures[0].display, content.figures[0].label) == ("1.10", "yes")
    assert (content.figures[0].value, content.figures[0].approx) == (800, True)
    assert (content.quotes[0].text, content.quotes[0].speaker) == ("off", None)


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    text = (
        "title: A\n"  # 1
        "date: 2025-13-01\n"  # 2
        "isuer: B\n"  # 3
        "source:\n"  # 4
        "  file: statement.txt\n"  # 5
        "figures:\n"  # 6
        "  - display: '~800'\n"  # 7
        "    label: families\n"  # 8
        "    value: 1,200\n"  # 9
        "quotes:\n"  # 10
        "  - text: Hello\n"  # 11
        "    speakr: Ana\n"  # 12
        "  - speaker: Ana\n"  # 13
    )
    with pytest.raises(ContentFileError) as caught:
        load_content_file(_write(tmp_path, text))
    name = tmp_path / "briefing.yaml"
    assert caught.value.problems == [
        f"{name}:2: date: input should be a valid date or datetime, month value is outside expected "
        "range of 1-12: write the date as YYYY-MM-DD, e.g. 2026-01-12",
        f"{name}:3: unknown key `isuer`: did you mean `issuer`?",
        f"{name}:9: figure 1, value: input should be a valid number, unable to parse string as a number: "
        "write the number in digits only, e.g. 800 or 1200000 (no commas or words)",
        f"{name}:12: unknown key `speakr` in quote 1: did you mean `speaker`?",
        f"{name}:13: `text` is missing in quote 2: add `text:` with its value.",
    ]
    assert str(caught.value).count("\nError: ") == 4  # the CLI prefixes the first line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MINIMAL + "title: &t A\nissuer: *t\n", ":3: anchors (&t) are not allowed"),
        (
            MINIMAL + "title: !!python/object:os.system A\n",
            ":3: tags (tag:yaml.org,2002:python/object:os.system)",
        ),
        (MINIMAL + "title: A\ntitle: B\n", ":4: the key `title` appears twice in the same place"),
        (MINIMAL + "title: A\n---\ntitle: B\n", ":4: a second document (---) starts here"),
        (MINIMAL + 'title: "unclosed\nissuer: B\n', ":3: found unexpected end of stream"),
        (MINIMAL + "title: a: b\n", ":3: mapping values are not allowed here"),
        ("- a list\n", ":1: a content file is a list of `key: value` lines"),
        ("", "is empty: run `briefing extract STATEMENT -o briefing.yaml`"),
        (MINIMAL + "  url: ftp://x\n", ":3: source, url: string should match pattern"),
    ],
)
def test_unsafe_or_broken_yaml_is_refused_with_its_line(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in _error(tmp_path, text)


def test_missing_source_names_the_key(tmp_path: Path) -> None:
    assert _error(tmp_path, "title: A\n").endswith(":1: `source` is missing: add `source:` with its value.")


def test_size_is_capped(tmp_path: Path) -> None:
    message = _error(tmp_path, MINIMAL + "summary: " + "x" * MAX_CONTENT_FILE_BYTES + "\n")
    assert "is larger than 256 kB" in message


def test_round_trip_keeps_comments_and_order(content_file: Path) -> None:
    yaml = _yaml()
    data = parse_yaml(content_file.read_text(encoding="utf-8"), "coastal.yaml")
    data["quotes"].append({"text": "Nobody should wait", "speaker": None})
    data["title"] = "A new title"
    output = io.StringIO()
    yaml.dump(data, output)
    text = output.getvalue()
    original = content_file.read_text(encoding="utf-8")
    comments = [line for line in original.splitlines() if line.lstrip().startswith("#")]
    assert comments
    assert all(comment in text for comment in comments)
    assert text.index("title:") < text.index("source:") < text.index("quotes:") < text.index("ask:")
    assert "title: A new title" in text
    assert "text: Nobody should wait" in text


@given(st.text(st.characters(exclude_categories=("Cs",)), min_size=1))
def test_any_text_is_written_so_that_it_reads_back_the_same(text: str) -> None:
    assert parse_yaml(f"key: {_scalar(text)}\n", "t.yaml")["key"] == text


def test_schema_describes_the_file() -> None:
    schema = content_file_schema()
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["source"]
    assert list(schema["properties"]) == CONTENT_FILE_KEYS
    assert "of" in schema["$defs"]["FigureEntry"]["properties"]


def test_written_text_round_trips_for_awkward_values(tmp_path: Path, coastal_content: Content) -> None:
    coastal_content.title = "NO"
    coastal_content.summary = '"Quoted": text # with a hash\u2028and a line separator'
    coastal_content.quotes[0].speaker = "- a dash first"
    path = tmp_path / "awkward.yaml"
    (tmp_path / "statement.txt").write_text("x", encoding="utf-8")
    path.write_text(content_file_text(coastal_content, "statement.txt", path.name), encoding="utf-8")
    content = load_content_file(path).content
    assert (content.title, content.summary, content.quotes[0].speaker) == (
        coastal_content.title,
        coastal_content.summary,
        coastal_content.quotes[0].speaker,
    )


def test_a_figure_kept_off_the_page_may_wait_for_its_label(tmp_path) -> None:
    from briefing.contentfile import FigureEntry

    assert FigureEntry(display="38%", label="", use=False).label == ""
    with pytest.raises(ValueError, match="label is empty: say what is counted, or set use: false"):
        FigureEntry(display="38%", label="  ", use=True)
