"""The `briefing` command: parses options, calls the pipeline, prints what was written.

Errors the user can fix (`BriefingError`) become one `Error: ...` line on stderr and the
error's documented exit code, here and only here. Anything else is a bug and keeps its
traceback. Heavy modules are imported inside the commands that need them.
"""

from __future__ import annotations

import errno
import json
import signal
import sys
from pathlib import Path
from typing import Any

import click

from briefing import __version__
from briefing.engine import short_lived_process
from briefing.errors import BriefingError, ExitCode


class Terminated(BaseException):
    """SIGTERM, raised where the program is so that cleanup (`finally`) runs as for Ctrl-C."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


class BriefingGroup(click.Group):
    """Translates the user-error family into one line and an exit code for every command."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BriefingError as error:
            if ctx.params.get("debug"):
                raise
            click.echo(f"Error: {error}", err=True)
            ctx.exit(int(error.exit_code))
        except OSError as error:
            # Not foreseen where it happened (a full disk on standard output, a folder that
            # vanished): still one line, with the file and the reason; the traceback on --debug.
            if ctx.params.get("debug"):
                raise
            where = f"{error.filename}: " if error.filename else ""
            reason = error.strerror or type(error).__name__
            click.echo(
                f"Error: {where}{reason}; check the file and the free space, or run again with "
                "--debug for details.",
                err=True,
            )
            ctx.exit(int(ExitCode.OUTPUT_FAILED if error.errno in _OUTPUT_ERRNOS else ExitCode.UNEXPECTED))
        except Exception as error:
            if ctx.params.get("debug"):
                raise
            click.echo(
                f"Error: unexpected {type(error).__name__} ({_one_line(error)}): this is a bug in "
                "briefing; run again with --debug and report the traceback.",
                err=True,
            )
            ctx.exit(int(ExitCode.UNEXPECTED))
        except KeyboardInterrupt:
            click.echo("Interrupted: nothing was written.", err=True)
            ctx.exit(int(ExitCode.INTERRUPTED))
        except Terminated:
            click.echo("Terminated: nothing was written.", err=True)
            ctx.exit(int(ExitCode.TERMINATED))


_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EPIPE}


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:200] or "no message"


def _input_path(value: str | None) -> Path | None:
    """The statement to read: the bundled example when none is given, stdin for "-"."""
    from briefing.pipeline import default_statement

    if value is None:
        return default_statement()
    return None if value == "-" else Path(value)


@click.group(cls=BriefingGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="briefing")
@click.option("--debug", is_flag=True, help="Show a traceback instead of a one-line error.")
def cli(debug: bool) -> None:
    """Turn a public statement into a one-page, print-ready PDF briefing.

    \b
    Examples:
      briefing build                              # the bundled example, into out/
      briefing build statement.txt -o out/x.pdf
      briefing extract statement.txt --format json

    \b
    The edit loop:
      briefing extract statement.txt -o venezuela.yaml   # editable content file
      $EDITOR venezuela.yaml                             # reorder, cut, retitle, add your ask
      briefing check venezuela.yaml                      # verify against the source
      briefing build venezuela.yaml                      # render it
      briefing watch venezuela.yaml                      # or: build again on every save
    """


@cli.command()
@click.argument("inputs", nargs=-1, metavar="[STATEMENT | CONTENT.yaml | FOLDER]...")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (default: out/<name>.pdf); with several inputs or a folder, the folder "
    "to write into (default: out/).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="With several inputs: how many briefings to build at once (default: one per core; "
    "1 builds them one by one).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["pdf", "html", "png"]),
    default="pdf",
    show_default=True,
    help="pdf; the exact self-contained HTML page that is rendered; or png, a picture of the PDF.",
)
@click.option(
    "--dpi",
    type=click.IntRange(30, 600),
    default=None,
    help="With --format png: its resolution in dots per inch (default: 110).",
)
@click.option(
    "--notes",
    is_flag=True,
    help="Also write the speaker's notes, NAME-notes.pdf: every candidate, the full quotes, "
    "the verification table and the content file's talking points.",
)
@click.option("-t", "--template", help="Page layout (default: standard); `briefing templates` lists them.")
@click.option(
    "--paper", type=click.Choice(["a4", "letter"], case_sensitive=False), help="Paper size (default: A4)."
)
@click.option(
    "--lang", "language", help="Language of the page's labels and dates: en, es or fr (default: en)."
)
@click.option(
    "--config",
    "config",
    type=click.Path(path_type=Path),
    help="Branding file (default: ./briefing.toml if present).",
)
@click.option("--strict", is_flag=True, help="Refuse, rather than leave out items, if the page is too full.")
@click.option(
    "-v", "--verbose", is_flag=True, help="Also show how the page was fitted and the PDF engine's warnings."
)
@click.option(
    "--allow-unverified",
    is_flag=True,
    help="Build even if an item is not in the source; each such item is marked on the page.",
)
@click.option(
    "--build-date",
    "stamp_date",
    is_flag=True,
    help="Print today's date in the footer (the output then differs from day to day; "
    "SOURCE_DATE_EPOCH fixes it).",
)
@click.option(
    "--no-clobber", is_flag=True, help="Never replace an existing output file (exit code 7 instead)."
)
@click.option(
    "--pdf-a",
    "pdf_a",
    is_flag=True,
    help="Write PDF/A-3b for archiving, with the source statement and the content (JSON) attached.",
)
def build(
    inputs: tuple[str, ...],
    output: Path | None,
    jobs: int | None,
    output_format: str,
    dpi: int | None,
    notes: bool,
    template: str | None,
    paper: str | None,
    language: str | None,
    config: Path | None,
    strict: bool,
    verbose: bool,
    allow_unverified: bool,
    stamp_date: bool,
    no_clobber: bool,
    pdf_a: bool,
) -> None:
    """Build a one-page PDF briefing from STATEMENT (a text file, or - for standard input) or
    from a content file (.yaml) made by `briefing extract -o`.

    Every quote, figure and speaker is checked against the source first; if one is not in it,
    nothing is written. With no input, builds the bundled example statement. Prints the path
    written.

    With several inputs or a folder (its .txt, .yaml and .yml files), builds them all, in
    parallel, into the folder -o (default out/): each gets its file name's PDF (a name already
    taken gets -2, -3, ... in input order), and manifest.json lists what was built. An input
    that fails does not stop the others; the exit code is then that of the failures if they
    share one, else 1.

    \b
    Examples:
      briefing build
      briefing build statement.txt -o out/venezuela.pdf
      briefing build venezuela.yaml
      cat statement.txt | briefing build - -o out/x.pdf
      briefing build statement.txt --format html -o out/x.html
      briefing build venezuela.yaml --format png --dpi 150
      briefing build venezuela.yaml --notes
      briefing build statement.txt --template handout --paper letter --lang es
      briefing build statement.txt --pdf-a --no-clobber
      briefing build statements/ other.yaml more/*.txt -o out/ --jobs 2
    """
    from briefing.dates import today
    from briefing.layout import Layout
    from briefing.pipeline import build_briefing

    layout = Layout(template=template, paper=paper, language=language, config=config, strict=strict)
    build_date = today() if stamp_date else None
    if len(inputs) > 1 or (inputs and Path(inputs[0]).is_dir()):
        from briefing.batch import BatchOptions

        options = BatchOptions(output_format, layout, allow_unverified, build_date, pdf_a, no_clobber)  # type: ignore[arg-type]
        _build_many(inputs, output, options, jobs=jobs, verbose=verbose)
        return
    statement = inputs[0] if inputs else None
    result = build_briefing(
        _input_path(statement),
        output,
        output_format=output_format,  # type: ignore[arg-type]
        allow_unverified=allow_unverified,
        build_date=build_date,
        layout=layout,
        pdf_a=pdf_a,
        no_clobber=no_clobber,
        dpi=dpi,
        notes=notes,
    )
    if verbose:
        for detail in result.details:
            click.echo(f"Fitting: {detail}", err=True)
    for warning in result.warnings:
        if verbose or not warning.startswith("PDF engine:"):
            click.echo(f"Warning: {warning}", err=True)
    click.echo(str(result.output))
    if result.notes is not None:
        click.echo(str(result.notes))


def _build_many(
    inputs: tuple[str, ...], output: Path | None, options: Any, *, jobs: int | None, verbose: bool
) -> None:
    """The batch: progress while it runs, a summary at the end, the exit code of its failures."""
    from briefing.batch import build_batch
    from briefing.errors import InputError
    from briefing.pipeline import DEFAULT_OUTPUT_DIR
    from briefing.progress import BatchReport, report_interrupted

    if "-" in inputs:
        raise InputError(
            "standard input (-) can only be built on its own: save it to a .txt file to build it with others."
        )
    with BatchReport(verbose=verbose) as report:
        try:
            result = build_batch(
                [Path(value) for value in inputs],
                output or DEFAULT_OUTPUT_DIR,
                options,
                workers=jobs,
                on_start=report.start,
                on_outcome=report.outcome,
            )
        except (KeyboardInterrupt, Terminated) as stopped:
            interrupted = isinstance(stopped, KeyboardInterrupt)
            word = "Interrupted" if interrupted else "Terminated"
            report_interrupted(report, lambda line: click.echo(line, err=True), word)
            code = ExitCode.INTERRUPTED if interrupted else ExitCode.TERMINATED
            raise click.exceptions.Exit(int(code)) from None
        report.summary(result)
    if result.failures:
        raise click.exceptions.Exit(result.exit_code)


@cli.command()
@click.argument("content_file", metavar="CONTENT.yaml")
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="File to write (default: out/<name>.pdf)."
)
@click.option("--png", "png", is_flag=True, help="Write a PNG picture of the page instead of the PDF.")
@click.option(
    "--dpi", type=click.IntRange(30, 600), default=None, help="With --png: dots per inch (default: 110)."
)
@click.option("-t", "--template", help="Page layout (default: standard); `briefing templates` lists them.")
@click.option(
    "--paper", type=click.Choice(["a4", "letter"], case_sensitive=False), help="Paper size (default: A4)."
)
@click.option("--lang", "language", help="Language of the page's labels and dates: en, es or fr.")
@click.option(
    "--config", "config", type=click.Path(path_type=Path), help="Branding file (default: ./briefing.toml)."
)
def watch(
    content_file: str,
    output: Path | None,
    png: bool,
    dpi: int | None,
    template: str | None,
    paper: str | None,
    language: str | None,
    config: Path | None,
) -> None:
    """Build CONTENT.yaml, then build it again each time it, its statement, briefing.toml, the
    logo or a template or stylesheet in ./templates or ./styles is saved. Stop with Ctrl-C.

    Each build prints one line. A build that fails (a quote that no longer matches the
    source) prints the error and leaves the last good file as it was.

    \b
    Examples:
      briefing watch venezuela.yaml
      briefing watch venezuela.yaml -o out/minister.pdf --png
    """
    from briefing.layout import Layout
    from briefing.watch import WatchJob, watch_briefing

    layout = Layout(template=template, paper=paper, language=language, config=config)
    job = WatchJob(Path(content_file), output, "png" if png else "pdf", dpi, layout)
    try:
        watch_briefing(job, click.echo)
    except KeyboardInterrupt:
        click.echo("Stopped watching: every file written is whole.", err=True)
        raise click.exceptions.Exit(int(ExitCode.INTERRUPTED)) from None


@cli.command()
@click.argument("statement", required=False, metavar="[STATEMENT]")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people, json for scripts (documented in the README).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write an editable content file (.yaml) instead, for `briefing check` and `build`.",
)
@click.option("--force", is_flag=True, help="With -o, replace an existing content file.")
def extract(statement: str | None, output_format: str, output: Path | None, force: bool) -> None:
    """Show what would go on the page for STATEMENT (a text file, or - for standard input),
    or write it to an editable content file with -o.

    \b
    Examples:
      briefing extract statement.txt
      briefing extract statement.txt -o venezuela.yaml
      briefing extract statement.txt --format json > content.json
    """
    from briefing.pipeline import extract_statement
    from briefing.statement import load_statement

    if output is not None:
        from briefing.review import extract_to_content_file

        click.echo(str(extract_to_content_file(_input_path(statement), output, force=force)))
        return

    content = extract_statement(load_statement(_input_path(statement)))
    if output_format == "json":
        click.echo(json.dumps(content.to_extract_json(), ensure_ascii=False, indent=2))
        return
    click.echo(_describe(content))


@cli.command()
@click.argument("content_file", metavar="CONTENT.yaml")
def check(content_file: str) -> None:
    """Check every quote, figure and speaker of a content file (or a statement's extraction)
    against its source, and print a table of where each was found.

    Exits with code 4, naming each item that is not in the source, if any is not.

    \b
    Examples:
      briefing check venezuela.yaml
    """
    from briefing.review import format_check_table, require_verified, review_input

    reviewed = review_input(Path(content_file))
    click.echo(format_check_table(reviewed))
    require_verified(reviewed, building=False)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of content files, for editors that check YAML as you type.

    \b
    Examples:
      briefing schema > briefing.schema.json
    """
    from briefing.contentfile import content_file_schema

    click.echo(json.dumps(content_file_schema(), ensure_ascii=False, indent=2))


@cli.command()
def templates() -> None:
    """List the page templates, one per line: name, then what it is for.

    A file of the same name in ./templates (and its stylesheet in ./styles) replaces a
    bundled one; a new file there adds a template.

    \b
    Examples:
      briefing templates
      briefing build statement.txt --template handout
    """
    from briefing.render import list_templates

    found = list_templates(Path.cwd())
    width = max(map(len, found), default=0)
    for name, description in found.items():
        click.echo(f"{name:<{width}}  {description}".rstrip())


def _describe(content: Any) -> str:
    """A plain-text summary of extracted content for people."""
    lines = [
        f"Title:   {content.title or '(none)'}",
        f"Date:    {content.date.isoformat() if content.date else '(none)'}",
        f"Issuer:  {content.issuer or '(none)'}",
        "",
        "Summary:",
        f"  {content.summary or '(none)'}",
        "",
        f"Figures ({len(content.figures)}):",
        *(f"  {f.display:>14}  {f.label}" for f in content.figures),
        "",
        f"Demands ({len(content.demands)}):",
        *(
            f"  {i}. {d.text}" + (f"  [{d.addressee}]" if d.addressee else "")
            for i, d in enumerate(content.demands, 1)
        ),
        "",
        f"Quotes ({len(content.quotes)}):",
        *(f"  “{q.text}” — {q.speaker or 'speaker unknown'}" for q in content.quotes),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `briefing` console script."""
    # A build stopped by SIGTERM (a closed terminal, a batch cancelled) must clean up its
    # temporary file exactly as one stopped by Ctrl-C does.
    signal.signal(signal.SIGTERM, _raise_terminated)
    with short_lived_process():
        cli.main(args=argv, prog_name="briefing")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
