"""SVG pictures are checked before the PDF engine draws them, and an interruption while it
draws one is an interruption (130/143), not a broken page (6)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from briefing.svgcheck import MAX_SVG_INSTANCES, inline_svg_problem, svg_problem
from tests.conftest import PROJECT, SMALL_STATEMENT, run_briefing

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20">{}</svg>'


def nested_uses(levels: int, copies: int, attribute: str = "href") -> str:
    """A picture whose every level holds `copies` <use> of the level below: copies**levels shapes."""
    parts = ['<defs><rect id="l0" width="1" height="1"/>']
    for level in range(1, levels + 1):
        uses = "".join(f'<use {attribute}="#l{level - 1}"/>' for _ in range(copies))
        parts.append(f'<g id="l{level}">{uses}</g>')
    parts.append(f'</defs><use {attribute}="#l{levels}"/>')
    return SVG.format("".join(parts))


@pytest.mark.parametrize(
    ("picture", "words"),
    [
        (nested_uses(11, 10), "expands to more than"),
        (nested_uses(11, 10, "xlink:href"), "expands to more than"),
        (
            SVG.format(
                '<defs><pattern id="p0" width="1" height="1"><rect width="1" height="1"/></pattern>'
                + "".join(
                    f'<pattern id="p{i}" width="1" height="1">'
                    + "".join(f'<rect width="1" height="1" fill="url(#p{i - 1})"/>' for _ in range(10))
                    + "</pattern>"
                    for i in range(1, 9)
                )
                + '</defs><rect width="9" height="9" fill="url(#p8)"/>'
            ),
            "expands to more than",
        ),
        (SVG.format('<g id="a"><use href="#a"/></g>'), "refers to itself"),
        (SVG.format('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>'), "refers to itself"),
        (SVG.format("<g>" * 200 + "</g>" * 200), "nests elements more than"),
        (SVG.format("<rect/>" * 30_000), "has more than"),
        ('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>', "DOCTYPE"),
        ("<html/>", "is not an SVG picture"),
    ],
    ids=[
        "nested use",
        "nested xlink use",
        "nested patterns",
        "self use",
        "use cycle",
        "deep",
        "many",
        "entities",
        "not svg",
    ],
)
def test_pictures_that_would_take_the_engine_too_long_are_refused(picture, words):
    assert len(picture) < 400_000
    problem = svg_problem(picture)
    assert problem is not None
    assert words in problem


def test_an_ordinary_logo_with_a_few_references_is_fine():
    picture = SVG.format(
        '<defs><linearGradient id="g"><stop offset="0"/></linearGradient><circle id="c" r="3"/></defs>'
        + '<use href="#c" x="5"/><use href="#c" x="15"/><rect width="9" height="9" fill="url(#g)"/>'
    )
    assert svg_problem(picture) is None
    assert svg_problem(nested_uses(3, 10)) is None  # about two thousand shapes
    assert MAX_SVG_INSTANCES >= 10_000


def test_a_2kb_logo_of_nested_uses_is_refused_before_the_engine_sees_it(tmp_path: Path):
    picture = nested_uses(11, 10)
    assert len(picture.encode()) < 2_500
    (tmp_path / "logo.svg").write_text(picture, encoding="utf-8")
    (tmp_path / "briefing.toml").write_text(
        'organisation = "Harbour Watch"\nlogo = "logo.svg"\n', encoding="utf-8"
    )
    (tmp_path / "s.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    result = run_briefing("build", "s.txt", cwd=tmp_path)
    assert result.returncode == 3, result.stderr
    assert "key 'logo': logo.svg expands to more than" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.engine_errors
@pytest.mark.parametrize("where", ["file", "data url", "inline"])
def test_a_template_picture_of_nested_uses_fails_the_build_quickly(tmp_path: Path, where: str):
    picture = nested_uses(11, 10)
    (tmp_path / "templates").mkdir()
    (tmp_path / "styles").mkdir()  # a folder the engine may read pictures from
    (tmp_path / "styles" / "bomb.svg").write_text(picture, encoding="utf-8")
    source = {
        "file": f'<img src="{(tmp_path / "styles" / "bomb.svg").as_uri()}" alt="x">',
        "data url": f'<img src="data:image/svg+xml;base64,{base64.b64encode(picture.encode()).decode()}" alt="x">',
        "inline": picture,
    }[where]
    (tmp_path / "templates" / "mine.html").write_text(
        '{% extends "base.html" %}{% block main %}' + source + "{% endblock %}\n", encoding="utf-8"
    )
    (tmp_path / "s.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    result = run_briefing("build", "s.txt", "-t", "mine", "--allow-unverified", cwd=tmp_path)
    assert result.returncode == 6, result.stderr
    assert "expands to more than" in result.stderr


def test_inline_svg_in_the_html_is_checked():
    assert inline_svg_problem(
        "<p>" + nested_uses(11, 10).replace(' xmlns="http://www.w3.org/2000/svg"', "") + "</p>"
    )
    assert inline_svg_problem('<svg><circle r="1"/></svg>') is None


SLOW_DRAWING = """\
import os, signal, time
import weasyprint.svg
def draw(self, *args, **kwargs):
    # what a user's Ctrl-C or a SIGTERM does while the engine draws the logo
    os.kill(os.getpid(), getattr(signal, os.environ["KILL_WITH"]))
    time.sleep(5)
weasyprint.svg.SVG.draw = draw
"""


@pytest.mark.parametrize(
    ("name", "code", "word"), [("SIGINT", 130, "Interrupted"), ("SIGTERM", 143, "Terminated")]
)
def test_an_interruption_while_the_engine_draws_an_svg_is_an_interruption(tmp_path: Path, name, code, word):
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SLOW_DRAWING, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    (work / "logo.svg").write_text(SVG.format('<rect width="9" height="9"/>'), encoding="utf-8")
    (work / "briefing.toml").write_text(
        'organisation = "Harbour Watch"\nlogo = "logo.svg"\n', encoding="utf-8"
    )
    (work / "s.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    result = run_briefing("build", "s.txt", cwd=work, KILL_WITH=name, PYTHONPATH=f"{hook}:{PROJECT}")
    assert result.returncode == code, result.stderr
    assert result.stderr.startswith(f"{word}: nothing was written.")
    assert not (work / "out" / "s.pdf").exists()
    assert not list((work / "out").glob(".*")) if (work / "out").exists() else True


@pytest.mark.engine_errors
def test_a_template_picture_that_unpacks_to_gigapixels_is_refused(tmp_path: Path):
    import zlib

    # a valid PNG header for 60000 x 60000 pixels, with a tiny compressed body: a decompression bomb
    def chunk(kind: bytes, body: bytes) -> bytes:
        return len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")

    header = (60_000).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 1000))
        + chunk(b"IEND", b"")
    )
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "bomb.png").write_bytes(png)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "mine.html").write_text(
        '{% extends "base.html" %}{% block main %}<img src="'
        + (tmp_path / "styles" / "bomb.png").as_uri()
        + '" alt="x">{% endblock %}\n',
        encoding="utf-8",
    )
    (tmp_path / "s.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    result = run_briefing("build", "s.txt", "-t", "mine", "--allow-unverified", cwd=tmp_path)
    assert result.returncode == 6, result.stderr
    assert "too many pixels to draw quickly" in result.stderr
