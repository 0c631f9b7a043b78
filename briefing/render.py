"""Stage 4, render: a `Content` and `PageSettings` in, the page's self-contained HTML out.

The HTML is exactly what WeasyPrint lays out: the stylesheet is inlined, and a `<base>` points
at the bundled styles folder so the fonts resolve by absolute file URL. `weasyprint page.html
page.pdf` therefore renders the same page as `briefing build`.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import os
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
import markupsafe

from briefing.assets import NOT_A_PAGE, list_templates, styles_dir, templates_dir
from briefing.balance import column_plan
from briefing.config import PAPER_SIZES_MM
from briefing.dates import document_datetime
from briefing.errors import RenderError
from briefing.extraction.numbers import display_for_page, read_number
from briefing.labels import CATALOGUES, Labels
from briefing.model import Content, Figure
from briefing.provenance import Provenance, source_line
from briefing.readback import shown_quote
from briefing.sandbox import ConfinedLoader, PageSandbox, Record, safe_function, template_context
from briefing.settings import PageSettings
from briefing.version import __version__

MAX_STYLESHEET_BYTES = 2_000_000  # a stylesheet is tens of kilobytes
BASE_FONT_PT = 10.5  # the root size at scale 1: body text is 1rem, quotes at least 1rem


@lru_cache(maxsize=8)
def _environment(folders: tuple[Path, ...]) -> jinja2.Environment:
    # autoescape=True rather than select_autoescape(): every template is HTML, and statement
    # text containing <, & or {{ must always be shown as text. The user's folder comes first,
    # so a template of the same name replaces the bundled one. A user's template is code from
    # a folder anyone may have handed them: it runs sandboxed (no attribute tricks reaching
    # Python internals, no unsafe calls).
    # Templates are given plain data only, and the sandbox refuses anything that reaches files
    # (see `briefing.sandbox`); a template file must be a regular file inside its folder.
    environment = PageSandbox(
        loader=jinja2.ChoiceLoader([ConfinedLoader(str(folder)) for folder in folders]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=break_long_words,
    )
    environment.bytecode_cache = _compiled_template_cache(environment)
    environment.filters["quote_body"] = quote_body
    environment.filters["sentence_case"] = sentence_case
    environment.filters["figure_length"] = figure_length
    environment.filters["column_plan"] = column_plan
    return environment


class _CompiledTemplateCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs, in Jinja's own per-user folder in the temporary
    folder (which Jinja creates private and refuses if anyone else owns it): compiling the three
    templates is about 40 ms of a cold build. Jinja checks each entry against its template's
    source, and compiles again past a damaged entry. A cache that cannot be read or written
    only makes the build slower, never fail."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _compiled_template_cache(environment: jinja2.Environment) -> jinja2.BytecodeCache | None:
    # Jinja checks an entry against its template's source only, but the code also depends on the
    # environment (autoescaping is compiled in): its options and our version name the entries.
    options = (
        type(environment).__name__,
        environment.autoescape,
        environment.trim_blocks,
        environment.lstrip_blocks,
        environment.finalize and environment.finalize.__qualname__,
        environment.undefined.__name__,
        tuple(sorted(getattr(environment, "intercepted_binops", ()))),
        __version__,
    )
    key = hashlib.sha256(repr(options).encode()).hexdigest()[:12]
    try:
        return _CompiledTemplateCache(pattern=f"__briefing_{key}_%s.cache")
    except (OSError, RuntimeError):  # no private folder can be made: compile every time
        return None


_LONG_WORD = re.compile(r"\S{30,}")


def break_long_words(value: object) -> object:
    """Text with a zero-width break opportunity every 30 characters of an unbroken run (a long
    URL or a pasted hash): the PDF engine then wraps it inside the page in a blink, where
    `overflow-wrap: anywhere` alone takes minutes on a 3,000-character word. Markup (the
    stylesheet, the QR code) is left as it is; the text layer ignores the breaks."""
    if not isinstance(value, str) or isinstance(value, markupsafe.Markup) or len(value) < 30:
        return value
    return _LONG_WORD.sub(
        lambda match: "\u200b".join(match.group(0)[i : i + 30] for i in range(0, len(match.group(0)), 30)),
        value,
    )


def load_template(settings: PageSettings) -> jinja2.Template:
    """The page template `settings` names, compiled (and kept for the next page): a
    `RenderError` naming the file and line if it is missing or cannot be compiled. Called once
    before any statement is read, so a batch reports a broken template once."""
    environment = _environment(settings.template_folders())
    name = settings.template
    if name in NOT_A_PAGE or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", name):
        template_names = ", ".join(list_templates(settings.override_folder))
        raise RenderError(f"there is no template called {name!r}; choose one of {template_names}.")
    try:
        return environment.get_template(f"{name}.html")
    except jinja2.TemplateSyntaxError as error:
        raise RenderError(_syntax_error(error)) from None
    except jinja2.TemplateNotFound as error:
        raise RenderError(_missing_template(name, error, settings)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise RenderError(_unreadable_template(name, settings, error)) from None


def _syntax_error(error: jinja2.TemplateSyntaxError) -> str:
    where = _template_where(error.filename or error.name, error.lineno)
    return f"{where}: {error.message}: fix the template there."


def _missing_template(name: str, error: jinja2.TemplateNotFound, settings: PageSettings) -> str:
    if error.name != f"{name}.html":  # an {% extends %} or {% include %} names a missing one
        return (
            f"template {name}.html uses {error.name!r}, which is not in "
            f"{', '.join(map(str, settings.template_folders()))}: add it or fix the name."
        )
    template_names = ", ".join(list_templates(settings.override_folder))
    return (
        f"there is no template called {name!r}; choose one of {template_names} "
        "(`briefing templates` lists them)."
    )


def render_html(content: Content, provenance: Provenance, settings: PageSettings | None = None) -> str:
    """The page's HTML, with its stylesheets inlined (`settings`: as designed, by default)."""
    settings = settings or PageSettings()
    template = load_template(settings)
    try:
        return template.render(page_context(content, provenance, settings))
    except jinja2.TemplateSyntaxError as error:  # in a template loaded only now ({% include %})
        raise RenderError(_syntax_error(error)) from None
    except jinja2.TemplateError as error:
        filename, line = _template_frame(error, settings.template_folders())
        where = _template_where(filename, line) if filename else f"template {settings.template}.html"
        message = " ".join(str(error).split()) or type(error).__name__
        raise RenderError(f"{where}: {message}: fix the template there.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RenderError(_unreadable_template(settings.template, settings, error)) from None
    except Exception as error:
        # {{ 1/0 }} in a user's own template is theirs to fix; anywhere else it is a bug here
        user_folders = tuple(f for f in settings.template_folders() if f != templates_dir())
        filename, line = _template_frame(error, user_folders)
        if filename is None:
            raise
        where = _template_where(filename, line)
        raise RenderError(f"{where}: {type(error).__name__}: {error}: fix the template there.") from None


def page_context(content: Content, provenance: Provenance, settings: PageSettings) -> dict[str, Any]:
    """Everything a page template sees: plain data only (text, numbers, dates, read-only
    records and tuples, one pure function), never a path or an object with methods that reach
    files (see `briefing.sandbox`)."""
    labels = Labels(settings.language)
    branding = settings.branding
    created = document_datetime(content.date, provenance.build_date)
    return template_context(
        content=content,
        provenance=provenance,
        settings=settings,
        labels=_labels_for_template(labels),
        branding=branding,
        # URLs go into attributes: marked safe (escaped here) so no break is put in them.
        logo_url=markupsafe.escape(branding.logo.as_uri()) if branding.logo else None,
        stylesheet=page_stylesheet(settings),
        page_css=page_css(settings),
        base_url=markupsafe.escape(styles_dir().as_uri() + "/"),
        date_text=labels.date(content.date),
        source_line=source_line(content, labels, labels.date(content.date)),
        build_date_text=labels.date(provenance.build_date),
        shares=[figure_share(figure, labels) for figure in content.figures],
        version=__version__,
        qr_image=_svg_data_uri(provenance.qr_svg) if provenance.qr_svg else None,
        created=created.strftime("%Y-%m-%dT%H:%M:%SZ") if created else None,
    )


def _labels_for_template(labels: Labels) -> Record:
    """The page's words as a template sees them: every label as text, and three pure
    functions: `text(key, ...)` fills a label's placeholders, `date(d)` and `percent(share)`
    write a date or a share the language's way. No other callable reaches a template."""
    return Record(
        {**CATALOGUES[labels.language], "language": labels.language, **_label_functions(labels.language)}
    )


@cache
def _label_functions(language: str) -> dict[str, Any]:
    labels = Labels(language)

    def text(key: str, **values: object) -> str:
        """A label with its placeholders filled: text("source", source="UN") -> "Source: UN"."""
        return labels.text(str(key), **{name: str(value) for name, value in values.items()})

    def date(value: object) -> str | None:
        """A date written out: date(2026-01-12) -> "12 January 2026"; None for anything else."""
        return labels.date(value) if isinstance(value, dt.date) else None

    def percent(share: object) -> str:
        """A share written out: percent(0.06) -> "6%"."""
        return labels.percent(float(str(share)))

    return {"text": safe_function(text), "date": safe_function(date), "percent": safe_function(percent)}


def render_bundled_html(name: str, **variables: object) -> str:
    """A bundled template that is not a page (the speaker's notes, `_notes.html`), rendered
    with `variables` and `base_url` (the bundled styles folder, where its fonts are)."""
    template = _environment((templates_dir(),)).get_template(name)
    return template.render(base_url=markupsafe.escape(styles_dir().as_uri() + "/"), **variables)


def _svg_data_uri(svg: str) -> str:
    """An SVG as a `data:` URI for an <img>, whose `alt` the PDF's structure tree keeps (an
    inline <svg> gets no alt text there)."""
    if "xmlns=" not in svg:
        svg = svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"', 1)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _template_where(filename: str | None, line: int | None) -> str:
    """`templates/mine.html:12`, as messages name a place in a template."""
    where = filename or "a template"
    return f"{where}:{line}" if line else where


def _template_frame(error: BaseException, folders: tuple[Path, ...]) -> tuple[str | None, int | None]:
    """The template file and line a rendering error was raised at: Jinja rewrites its
    tracebacks so that template code appears as frames of the template file."""
    found: tuple[str | None, int | None] = (None, None)
    traceback = error.__traceback__
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if any(filename.startswith(str(folder)) for folder in folders):
            found = (filename, traceback.tb_lineno)
        traceback = traceback.tb_next
    return found


def _unreadable_template(name: str, settings: PageSettings, error: BaseException) -> str:
    reason = getattr(error, "strerror", None) or type(error).__name__
    where = getattr(error, "filename", None) or f"template {name}.html"
    return (
        f"{where} cannot be read ({reason}): check the template folders "
        f"{', '.join(map(str, settings.template_folders()))} (save templates as UTF-8 text)."
    )


def page_css(settings: PageSettings) -> str:
    """The rules the fitting stage turns: paper size, the root type size and the spacing.
    Everything in the stylesheets is in rem or in these variables, so these few numbers
    scale the whole page.

    The body is laid out as one inline-block, which WeasyPrint never breaks across pages:
    content too long for the page runs on below its bottom instead of onto a second page, so
    every layout pass measures the content's whole height, and a pass that fits is the page.
    Its width is the page's, padding included; the page's margins are set by `@page`."""
    width, height = PAPER_SIZES_MM[settings.paper]
    spacing = settings.spacing
    gaps = {"xs": 0.2, "s": 0.45, "m": 0.9, "l": 1.5, "xl": 2.2}
    variables = "; ".join(f"--gap-{key}: {value * spacing:.3f}rem" for key, value in gaps.items())
    leading = 1.3 + 0.12 * max(0.0, min(1.0, (spacing - 0.6) / 0.4))
    return (
        f"@page {{ size: {width}mm {height}mm; }}\n"
        f"html {{ font-size: {BASE_FONT_PT * settings.scale:.3f}pt; }}\n"
        # important: a template's own rules for the body must not undo it (see above)
        "body { display: inline-block !important; width: 100% !important; box-sizing: border-box "
        "!important; margin-left: 0 !important; margin-right: 0 !important; vertical-align: top; }\n"
        f":root {{ --accent: {settings.branding.accent}; --leading: {leading:.3f}; {variables}; }}"
    )


def page_stylesheet(settings: PageSettings) -> str:
    """The stylesheet the page's HTML inlines: base.css, then the template's own."""
    return (
        _read_stylesheet("base.css", settings)
        + "\n"
        + _read_stylesheet(f"{settings.template}.css", settings, optional=True)
    )


def _read_stylesheet(name: str, settings: PageSettings, *, optional: bool = False) -> str:
    from briefing.guard import UnsafeFile, check_inside, read_regular_file

    for folder in settings.style_folders():
        path = folder / name
        if os.path.lexists(path):
            try:  # a regular file inside its folder: a link to a file elsewhere is not inlined
                data = read_regular_file(check_inside(path, [folder]), MAX_STYLESHEET_BYTES)
                if len(data) > MAX_STYLESHEET_BYTES:
                    raise UnsafeFile(f"is larger than {MAX_STYLESHEET_BYTES // 1_000_000} MB")
                return data.decode("utf-8")
            except (UnsafeFile, UnicodeDecodeError) as error:
                raise RenderError(
                    f"stylesheet {path} cannot be used ({error}): keep a UTF-8 text file there."
                ) from None
    if optional:
        return ""
    raise RenderError(
        f"stylesheet {name} is missing from {settings.style_folders()[-1]}: reinstall briefing."
    )


def parse_whole(text: str, lang: str | None = None) -> float | None:
    """The number in a figure's `of` ("an estimated 800", "1.2 million", "12,000", "3
    millones"), or None: read by the one number reader (`extraction.numbers.read_number`)."""
    return read_number(text, lang)


def figures_for_page(content: Content, language: str) -> Content:
    """The content with its figures written as a page in `language` writes numbers, so that
    none can be misread ("1.250" from a Spanish statement is "1,250" on an English page)."""
    figures = [
        figure.model_copy(
            update={
                "display": display_for_page(figure.display, content.lang, language),
                "of": display_for_page(figure.of, content.lang, language) if figure.of else None,
            }
        )
        for figure in content.figures
    ]
    return content if figures == content.figures else content.model_copy(update={"figures": figures})


def figure_share(figure: Figure, labels: Labels) -> dict[str, object] | None:
    """The share a figure is of its whole, for the proportion bar: width and words, or None
    when the figure is not part of a whole that can be read as a number."""
    if not figure.of or figure.value is None:
        return None
    whole = parse_whole(figure.of)
    if not whole or whole <= 0 or not 0 <= figure.value <= whole:
        return None
    share = figure.value / whole
    return {
        "width": f"{max(share * 100, 0.8):.2f}%",  # a sliver stays visible
        "text": labels.text("share_of", share=labels.percent(share), whole=figure.of),
    }


def quote_body(text: str) -> str:
    """A quote's words for the page: the source's own, without the trailing comma or colon
    that only linked them to the reporting clause ("...trauma," the statement said), nor the
    Markdown emphasis of a Markdown statement ("**attendre**" -> "attendre")."""
    return shown_quote(text)


def sentence_case(text: str) -> str:
    """A demand trimmed from mid-sentence ("the immediate release ...") starts a list item
    with a capital; a word whose case carries meaning ("iPhones", "eBay") is left as it is."""
    if len(text) > 1 and text[0].islower() and not any(c.isupper() for c in text.split(" ")[0][1:]):
        return text[0].upper() + text[1:]
    return text


def figure_length(display: str) -> str:
    """The CSS class that sizes a key figure by its length: "" for "~800", "long" for
    "£66 billion", "longer" for "£38–66 billion". Its longest word counts most, since a figure
    may wrap between words but never inside one."""
    longest_word = max((len(word) for word in display.split()), default=0)
    if longest_word > 7 or len(display) > 13:
        return "longer"
    if longest_word > 5 or len(display) > 7:
        return "long"
    return ""
