"""The template sandbox: a template (possibly from a folder someone handed the user) sees only
plain data, and nothing it can reach can read, write or list a file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path, PurePath
from typing import Any

import jinja2
import markupsafe
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.config import Branding
from briefing.model import Content, Demand, Figure, Quote, Source
from briefing.render import PageSettings, Provenance, page_context
from briefing.sandbox import SAFE_FUNCTIONS, PageSandbox, Record, reaches_files, template_value
from briefing.sanitize import CONTROL_CHARACTERS
from tests.conftest import SMALL_STATEMENT, pdf_text, run_briefing

# What a file-system object offers; nothing reachable from a template may have any of these.
FILE_METHODS = ("read_text", "read_bytes", "write_text", "write_bytes", "iterdir", "open", "unlink", "glob")

_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
_optional_text = st.none() | _text


def _walk(value: Any, where: str = "context") -> None:
    """Fail if `value`, or anything reachable from it, is not plain data."""
    assert not isinstance(value, (PurePath, os.PathLike)), f"{where} is a path"
    for name in FILE_METHODS:
        assert not hasattr(value, name) or isinstance(value, Record), f"{where} has .{name}()"
    if isinstance(value, str):
        assert not CONTROL_CHARACTERS.search(value), f"{where} holds a control character: {value!r}"
    elif isinstance(value, (bool, int, float, dt.date, type(None))):
        pass
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            _walk(item, f"{where}[{index}]")
    elif isinstance(value, Record):
        public = {name for name in dir(value) if not name.startswith("_")}
        assert public <= {"get", "items", "keys", "values"}, f"{where} has methods {public}"
        for key, item in value.items():
            _walk(item, f"{where}.{key}")
    elif callable(value):
        assert value in SAFE_FUNCTIONS, f"{where} is a callable: {value!r}"
        assert not reaches_files(value), where
    else:
        pytest.fail(f"{where} is a {type(value).__name__}, not plain data")


@st.composite
def _pages(draw: st.DrawFn) -> tuple[Content, Provenance, PageSettings]:
    content = Content(
        title=draw(_optional_text),
        date=draw(st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))),
        issuer=draw(_optional_text),
        summary=draw(_text),
        figures=[
            Figure(display=d, label=lab, value=v, of=o)
            for d, lab, v, o in draw(
                st.lists(
                    st.tuples(
                        _text,
                        _text,
                        st.none() | st.floats(0, 1e9),
                        st.none() | st.sampled_from(["800", "1.2 million"]),
                    ),
                    max_size=3,
                )
            )
        ],
        demands=[
            Demand(text=t, addressee=a)
            for t, a in draw(st.lists(st.tuples(_text, _optional_text), max_size=3))
        ],
        quotes=[
            Quote(text=t, speaker=s) for t, s in draw(st.lists(st.tuples(_text, _optional_text), max_size=3))
        ],
        source=Source(
            file=draw(_optional_text),
            url=draw(st.none() | st.just("https://example.org/s")),
            publisher=draw(_optional_text),
        ),
        ask=draw(_optional_text),
        contact=draw(_optional_text),
    )
    provenance = Provenance(
        source_name=draw(_text),
        source_sha256="ab" * 32,
        build_date=draw(st.none() | st.just(dt.date(2026, 1, 2))),
        quotes_verified=draw(st.none() | st.integers(0, 5)),
        quotes_total=draw(st.none() | st.integers(0, 5)),
        unverified=frozenset(draw(st.lists(st.sampled_from(["quote 1", "figure 2"]), max_size=2))),
        qr_svg=draw(st.none() | st.just("<svg><path d='M0 0h1v1z'/></svg>")),
    )
    page = PageSettings(
        language=draw(st.sampled_from(["en", "es", "fr"])),
        paper=draw(st.sampled_from(["a4", "letter"])),
        branding=Branding(
            organisation=draw(_optional_text), logo=draw(st.none() | st.just(Path("/etc/logo.svg")))
        ),
        override_folder=draw(st.none() | st.just(Path("/etc"))),
    )
    return content, provenance, page


@settings(max_examples=150, deadline=None)
@given(_pages())
def test_nothing_reachable_from_a_template_context_can_touch_the_file_system(page):
    content, provenance, page_settings = page
    context = page_context(content, provenance, page_settings)
    for name, value in context.items():
        _walk(value, name)


def test_the_settings_a_template_sees_have_no_folder_methods():
    context = page_context(
        Content(), Provenance("s.txt", "0" * 64), PageSettings(override_folder=Path("/etc"))
    )
    assert context["settings"].override_folder == "/etc"  # text, which opens nothing
    assert not hasattr(context["settings"], "template_folders")
    assert not hasattr(context["settings"], "resource_roots")


@pytest.mark.parametrize(
    "value",
    [open, os.listdir, Path("/etc").read_text, os, os.DirEntry, Path, object()],
    ids=["open", "os.listdir", "bound method", "module", "DirEntry", "Path class", "unknown object"],
)
def test_anything_that_reaches_files_or_is_unknown_is_refused_as_template_data(value):
    assert reaches_files(value) or type(value) is object
    with pytest.raises(TypeError):
        template_value(value)


def test_a_path_reaches_a_template_as_text_only():
    assert reaches_files(Path("/etc"))
    assert template_value(Path("/etc")) == "/etc"
    assert type(template_value(Path("/etc"))) is str


@pytest.mark.parametrize(
    "expression",
    [
        "folder.read_text()",
        "folder.joinpath('x').write_text('x')",
        "folder.iterdir() | list",
        "folder.parent",
        "reader()",
    ],
)
def test_the_sandbox_refuses_file_system_objects_even_if_one_got_through(expression, tmp_path):
    environment = PageSandbox(undefined=jinja2.StrictUndefined)
    template = environment.from_string("{{ " + expression + " }}")
    with pytest.raises((jinja2.exceptions.SecurityError, jinja2.exceptions.UndefinedError)):
        template.render(folder=tmp_path, reader=tmp_path.read_text)


def test_records_are_read_only_and_markup_stays_markup():
    record = template_value({"a": [1, "x\x1b[31m"], "b": markupsafe.Markup("<b>\x85</b>")})
    assert record.a == (1, "x[31m")
    assert record["b"] == markupsafe.Markup("<b></b>")
    with pytest.raises(AttributeError):
        record.a = 2  # type: ignore[misc]


SECRET = "TOP-SECRET-MARKER-7731"

ATTACKS = [
    "settings.override_folder.joinpath(secret).read_text()",
    "settings.template_folders()[0].joinpath(secret).read_text()",
    "settings.resource_roots()[0].iterdir() | list",
    "branding.logo.parent.joinpath('written.txt').write_text('x')",
    "content.__class__.__init__.__globals__",
    "labels.text.__globals__['os'].listdir('/')",
    "labels.text.__closure__",
    "cycler.__init__.__globals__.os.popen('id').read()",
    "lipsum.__globals__['os'].listdir('/')",
    "self._TemplateReference__context",
    "provenance.__class__.__mro__",
    "content.source.file.__class__.__mro__[1].__subclasses__()",
    "''.__class__.__mro__[1].__subclasses__()",
    "namespace.__init__.__globals__",
]


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    """A working folder with a statement, a logo and a secret file outside its templates/."""
    folder = tmp_path / "work"
    (folder / "templates").mkdir(parents=True)
    (folder / "statement.txt").write_text(SMALL_STATEMENT, encoding="utf-8")
    (folder / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>', encoding="utf-8"
    )
    (folder / "briefing.toml").write_text(
        'organisation = "Harbour Watch"\nlogo = "logo.svg"\n', encoding="utf-8"
    )
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    return folder


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_hostile_template_in_the_users_folder_reaches_no_file(hostile_folder, attack):
    secret = hostile_folder.parent / "secret.txt"
    (hostile_folder / "templates" / "evil.html").write_text(
        '{% extends "base.html" %}{% block main %}{% set secret = "' + str(secret) + '" %}'
        "<p>{{ " + attack + " }}</p>{% endblock %}\n",
        encoding="utf-8",
    )
    result = run_briefing("build", "statement.txt", "-t", "evil", "-o", "out/evil.pdf", cwd=hostile_folder)
    assert result.returncode in (4, 6), result.stderr  # a template error, or nothing of it on the page
    assert SECRET not in result.stdout + result.stderr
    assert not (hostile_folder / "written.txt").exists()
    if (hostile_folder / "out" / "evil.pdf").exists():
        assert SECRET not in pdf_text(hostile_folder / "out" / "evil.pdf")
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.splitlines()) == 1


def test_a_template_that_links_out_of_the_folder_is_not_read(hostile_folder):
    (hostile_folder / "templates" / "leak.html").symlink_to(hostile_folder.parent / "secret.txt")
    (hostile_folder / "templates" / "evil.html").write_text(
        '{% extends "base.html" %}{% block main %}{% include "leak.html" %}{% endblock %}\n', encoding="utf-8"
    )
    result = run_briefing("build", "statement.txt", "-t", "evil", "-o", "out/evil.pdf", cwd=hostile_folder)
    assert result.returncode == 6, result.stderr
    assert SECRET not in result.stdout + result.stderr
    assert not (hostile_folder / "out" / "evil.pdf").exists()


def test_templates_may_write_dates_and_shares_the_languages_way():
    context = page_context(
        Content(date=dt.date(2026, 1, 12)), Provenance("s.txt", "0" * 64), PageSettings(language="es")
    )
    template = PageSandbox(undefined=jinja2.StrictUndefined).from_string(
        "{{ labels.date(content.date) }} · {{ labels.percent(0.06) }} · {{ labels.text('share_of', share='6 %', whole='800') }}"
    )
    assert template.render(context) == "12 de enero de 2026 · 6\xa0% · 6 % de 800"


@pytest.mark.parametrize("expression", ["'x' * 999999999", "[0] * 10**9", "9 ** 99999999"])
def test_a_template_cannot_fill_the_memory(hostile_folder, expression):
    (hostile_folder / "templates" / "evil.html").write_text(
        '{% extends "base.html" %}{% block main %}{{ ' + expression + " }}{% endblock %}\n", encoding="utf-8"
    )
    result = run_briefing("build", "statement.txt", "-t", "evil", cwd=hostile_folder)
    assert result.returncode == 6, result.stderr
    assert "a template may" in result.stderr


@pytest.mark.parametrize("output", ["html", "pdf"])
def test_a_stylesheet_that_links_out_of_the_folder_is_not_inlined(hostile_folder, output):
    (hostile_folder / "styles").mkdir()
    (hostile_folder / "styles" / "standard.css").symlink_to(hostile_folder.parent / "secret.txt")
    result = run_briefing(
        "build", "statement.txt", "--format", output, "-o", f"out/s.{output}", cwd=hostile_folder
    )
    assert result.returncode == 6, result.stderr
    assert "is outside the folder" in result.stderr
    assert SECRET not in result.stdout + result.stderr
    assert not (hostile_folder / "out").exists()
