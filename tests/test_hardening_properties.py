"""Property tests: decoding, YAML loading and file names never fail with anything but a
`BriefingError`, whatever the input."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.contentfile import load_content_file, parse_yaml
from briefing.errors import BriefingError
from briefing.slug import MAX_SLUG_LENGTH, slugify
from briefing.statement import decode_statement

_YAML_BITS = st.sampled_from(
    [
        "title: ",
        "source:\n",
        "  file: s.txt\n",
        "quotes:\n",
        "  - text: ",
        "- ",
        "&a ",
        "*a ",
        "!!python/name:os ",
        "---\n",
        '"',
        "'",
        ":",
        "\n",
        "  ",
        "{",
        "}",
        "[",
        "]",
        "#",
        "\t",
        "é",
        "\x00",
        "\ufeff",
        "x",
        "1",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_decoding_arbitrary_bytes_gives_text_or_a_user_error(data):
    try:
        text, warnings = decode_statement(data, "s.txt")
    except BriefingError:
        return
    assert isinstance(text, str)
    assert not any(ord(c) < 32 and c not in "\t\n\r" for c in text)
    assert all(isinstance(w, str) for w in warnings)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(_YAML_BITS, max_size=60).map("".join)))
def test_parsing_arbitrary_yaml_gives_data_or_a_user_error(text):
    try:
        parse_yaml(text, "c.yaml")
    except BriefingError as error:
        message = str(error)
    else:
        return
    assert message.startswith("c.yaml")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_YAML_BITS, max_size=60).map("".join))
def test_loading_arbitrary_content_files_gives_content_or_a_user_error(tmp_path: Path, text: str):
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    with contextlib.suppress(BriefingError):
        load_content_file(path)


@given(st.text(max_size=500))
def test_slugs_are_never_empty_never_a_path_and_short(text):
    slug = slugify(text)
    assert slug
    assert slug not in (".", "..")
    assert "/" not in slug
    assert "\\" not in slug
    assert "\x00" not in slug
    assert len(slug) <= MAX_SLUG_LENGTH
    assert (Path("out") / f"{slug}.pdf").parent == Path("out")


@pytest.mark.parametrize("name", ["", "..", "../../etc/passwd", "////", "\u202e\u202e"])
def test_awkward_names_give_safe_slugs(name):
    assert slugify(name) in ("briefing", "etc-passwd")
