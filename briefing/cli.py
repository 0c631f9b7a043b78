"""The `briefing` command: parses options, calls the pipeline, prints what was written.

Every error is one line on stderr, `Error: ...`, with an exit code from `briefing.errors.ExitCode`
(the README's "Exit codes"); they are translated here and only here, in `BriefingGroup`:

- A user error, `BriefingError` or one of its family, is the only kind the code expects: its
  message (what is wrong, where, what to do) and its own exit code.
- A mistyped command or option (click's usage errors): exit 2, naming the `--help` to read.
- An OS error nobody foresaw (a full disk while writing to standard output): the file and the
  reason, exit 7 for a full or read-only disk, else 1.
- Anything else is a bug in briefing: still one line, exit 1, saying to run again with `--debug`
  and report the traceback.

`--debug` lets every error through with its traceback instead. Ctrl-C and SIGTERM exit 130
and 143. Heavy modules are imported inside the commands that need them.
"""

from __future__ import annotations

import errno
import json
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from briefing.engine import short_lived_process
from briefing.errors import BriefingError, ExitCode
from briefing.sanitize import for_terminal, lines_for_terminal
from briefing.version import __version__

if TYPE_CHECKING:
    from briefing.batch import BatchResult
    from briefing.review import Reviewed
    from briefing.settings import Settings
    from briefing.verify import ItemCheck, VerificationReport


class Terminated(BaseException):
    """SIGTERM, raised where the program is so that cleanup (`finally`) runs as for Ctrl-C."""


def _raise_terminated(signum: int, frame: object) -> None:
    from briefing import signals

    raise signals.remember(Terminated())


def _raise_interrupted(signum: int, frame: object) -> None:
    from briefing import signals

    raise signals.remember(KeyboardInterrupt())


class UsageError(click.ClickException):
    """A mistyped command or option, shown as one line (click's own takes four)."""

    exit_code = int(ExitCode.USAGE)


class BriefingGroup(click.Group):
    """Turns whatever stops a command into one line and an exit code (see the module's docstring)."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as error:  # an option of `briefing` itself
            raise _one_line_usage(error) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as error:  # a command's options or arguments
            raise _one_line_usage(error) from None
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted: nothing was written.", err=True)
            ctx.exit(int(ExitCode.INTERRUPTED))
        except Terminated:
            click.echo("Terminated: nothing was written.", err=True)
            ctx.exit(int(ExitCode.TERMINATED))
        except Exception as error:
            if ctx.params.get("debug"):
                raise
            message, code = describe_error(error)
            click.echo(f"Error: {message}", err=True)
            ctx.exit(int(code))


def describe_error(error: Exception) -> tuple[str, ExitCode]:
    """The line (after `Error: `) and the exit code for an exception that stopped a command."""
    if isinstance(error, BriefingError):
        # each line made safe: a file name's line break or escape sequence is shown, not obeyed
        return "\n".join(for_terminal(line) for line in error.lines), error.exit_code
    if isinstance(error, OSError):
        # Not foreseen where it happened (a full disk on standard output, a folder that
        # vanished): the file and the reason; the traceback on --debug.
        where = f"{for_terminal(str(error.filename))}: " if error.filename else ""
        reason = error.strerror or type(error).__name__
        code = _os_error_code(error)
        return (
            f"{where}{reason}; check the file and the free space, or run again with --debug for details.",
            code,
        )
    return (
        f"unexpected {type(error).__name__} ({_one_line(error)}): this is a bug in briefing; run again "
        "with --debug and report the traceback.",
        ExitCode.UNEXPECTED,
    )


def _one_line_usage(error: click.UsageError) -> UsageError:
    """click's usage error as one line that names the `--help` to read."""
    command = error.ctx.command_path if error.ctx else "briefing"
    message = " ".join(error.format_message().split())
    return UsageError(f"{message} Run '{command} --help' for the options.")


_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EPIPE}
# A name the file system cannot take, or a link loop, in a path the user gave: outputs are
# checked before any work (exit 7 there), so one that gets this far is an input's.
_INPUT_ERRNOS = {errno.ENAMETOOLONG, errno.ELOOP}


def _os_error_code(error: OSError) -> ExitCode:
    """The exit code of an OS error nothing foresaw: 7 for a full disk and the like, 3 for a
    path that cannot name a file, otherwise 1 (a bug)."""
    if error.errno in _OUTPUT_ERRNOS:
        return ExitCode.OUTPUT_FAILED
    return ExitCode.BAD_INPUT if error.errno in _INPUT_ERRNOS else ExitCode.UNEXPECTED


def _one_line(error: BaseException) -> str:
    return for_terminal(" ".join(str(error).split())[:200]) or "no message"


def _is_web_address(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _input_value(value: str) -> Path | str | None:
    """An input as the loader takes it: a web address as given, "-" as standard input."""
    if _is_web_address(value):
        return value
    return None if value == "-" else Path(value)


def _input_path(value: str | None) -> Path | str | None:
    """The statement to read: the bundled example when none is given, stdin for "-", a web
    address as it was given."""
    from briefing.pipeline import default_statement

    if value is None:
        return default_statement()
    return _input_value(value)


_ALLOW_PRIVATE_NETWORK_HELP = "Let a web address be on this computer or a private network (an intranet)."


_PROXY_HELP = "Fetch web addresses through the proxy HTTP_PROXY/HTTPS_PROXY name (ignored otherwise)."


def _network_settings(allow: bool, proxy: bool = False) -> None:
    """`--allow-private-network` and `--proxy-from-environment`: for this process and the
    batch workers it starts."""
    import os

    from briefing.statement import ALLOW_PRIVATE_NETWORK_ENV, PROXY_FROM_ENVIRONMENT_ENV

    if allow:
        os.environ[ALLOW_PRIVATE_NETWORK_ENV] = "1"
    if proxy:
        os.environ[PROXY_FROM_ENVIRONMENT_ENV] = "1"


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
@click.argument("inputs", nargs=-1, metavar="[STATEMENT | URL | CONTENT.yaml | FOLDER]...")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (default: out/<name>.pdf); with several inputs or a folder, the folder "
    "to write into (default: out/).",
)
@click.option(
    "-i",
    "--input-file",
    "input_files",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    multiple=True,
    help="Also build the inputs LIST names, one a line (web addresses, files, folders; # starts a "
    "comment); - reads the list from standard input. Always builds a batch.",
    metavar="LIST",
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
    "build_date",
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
@click.option("--allow-private-network", is_flag=True, help=_ALLOW_PRIVATE_NETWORK_HELP)
@click.option("--proxy-from-environment", is_flag=True, help=_PROXY_HELP)
def build(
    inputs: tuple[str, ...],
    output: Path | None,
    input_files: tuple[Path, ...],
    jobs: int | None,
    verbose: bool,
    build_date: bool,
    allow_private_network: bool,
    proxy_from_environment: bool,
    **options: Any,
) -> None:
    """Build a one-page PDF briefing from STATEMENT (a text, Markdown, HTML, PDF, Word or
    e-mail file, a web address, or - for standard input) or from a content file (.yaml) made
    by `briefing extract -o`.

    Every quote, figure and speaker is checked against the source first; if one is not in it,
    nothing is written. With no input, builds the bundled example statement. Prints the path
    written.

    With several inputs, a folder (its .txt, .md, .html, .htm, .pdf, .docx, .eml, .yaml
    and .yml files) or a list (-i), builds them all, in parallel, into the folder -o (default
    out/): each gets its file name's PDF, a web address its page title's (a name already
    taken gets -2, -3, ... in input order), and manifest.json lists what was built. An input
    that fails (a page that cannot be fetched too) does not stop the others; the exit code is
    then that of the failures if they share one, else 1.

    \b
    Examples:
      briefing build
      briefing build statement.txt -o out/venezuela.pdf
      briefing build https://www.example.org/news/statement
      briefing build release.pdf
      briefing build venezuela.yaml
      cat statement.txt | briefing build - -o out/x.pdf
      briefing build statement.txt --format html -o out/x.html
      briefing build venezuela.yaml --format png --dpi 150
      briefing build venezuela.yaml --notes
      briefing build statement.txt --template handout --paper letter --lang es
      briefing build statement.txt --pdf-a --no-clobber
      briefing build statements/ other.yaml more/*.txt -o out/ --jobs 2
      briefing build https://www.example.org/news/a https://www.example.org/news/b release.pdf
      briefing build -i todays-links.txt -o out/today/
    """
    from briefing.dates import today
    from briefing.pipeline import build_briefing, prepare_build
    from briefing.settings import BuildOptions

    _network_settings(allow_private_network, proxy_from_environment)
    # Settings first: a wrong option or briefing.toml is one error before any input is read.
    settings = prepare_build(BuildOptions(build_date=today() if build_date else None, **options))
    from briefing.guard import is_folder  # a name too long or a link loop is not a folder

    if input_files or len(inputs) > 1 or (inputs and not _is_web_address(inputs[0]) and is_folder(inputs[0])):
        _build_many(_listed_inputs(inputs, input_files), output, settings, jobs=jobs, verbose=verbose)
        return
    result = build_briefing(_input_path(inputs[0] if inputs else None), output, settings)
    if verbose:
        if result.read:
            click.echo(f"Read: {for_terminal(result.read)}", err=True)
        for detail in result.details:
            click.echo(f"Fitting: {detail}", err=True)
    for warning in result.warnings:
        if verbose or not warning.startswith("PDF engine:"):
            click.echo(f"Warning: {for_terminal(warning)}", err=True)
    click.echo(for_terminal(str(result.output)))
    if result.notes is not None:
        click.echo(for_terminal(str(result.notes)))


def _listed_inputs(inputs: tuple[str, ...], input_files: tuple[Path, ...]) -> tuple[str, ...]:
    """The inputs given on the command line, then those each `-i LIST` names, in order."""
    from briefing.batch_inputs import read_input_list

    listed = [entry for list_file in input_files for entry in read_input_list(list_file)]
    return (*inputs, *listed)


def _build_many(
    inputs: tuple[str, ...], output: Path | None, settings: Settings, *, jobs: int | None, verbose: bool
) -> None:
    """The batch: progress while it runs, a summary at the end, the exit code of its failures.
    A failing input is one line in the summary; with --debug, a bug's traceback follows it."""
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
                [value if _is_web_address(value) else Path(value) for value in inputs],
                output or DEFAULT_OUTPUT_DIR,
                settings,
                workers=jobs,
                on_start=report.start,
                on_outcome=report.outcome,
                on_fetch=report.fetching,
            )
        except (KeyboardInterrupt, Terminated) as stopped:
            interrupted = isinstance(stopped, KeyboardInterrupt)
            word = "Interrupted" if interrupted else "Terminated"
            report_interrupted(report, lambda line: click.echo(line, err=True), word)
            code = ExitCode.INTERRUPTED if interrupted else ExitCode.TERMINATED
            raise click.exceptions.Exit(int(code)) from None
        report.summary(result)
    if click.get_current_context().find_root().params.get("debug"):
        _show_tracebacks(result)
    if result.failures:
        raise click.exceptions.Exit(result.exit_code)


def _show_tracebacks(result: BatchResult) -> None:
    """With --debug: the traceback of each input that failed because of a bug."""
    for outcome in result.outcomes:
        if outcome.traceback:
            click.echo(f"Traceback of {outcome.job.input}:\n{outcome.traceback.rstrip()}", err=True)


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
def watch(content_file: str, output: Path | None, png: bool, dpi: int | None, **options: Any) -> None:
    """Build CONTENT.yaml, then build it again each time it, its statement, briefing.toml, the
    logo or a template or stylesheet in ./templates or ./styles is saved. Stop with Ctrl-C.

    Each build prints one line. A build that fails (a quote that no longer matches the
    source) prints the error and leaves the last good file as it was.

    \b
    Examples:
      briefing watch venezuela.yaml
      briefing watch venezuela.yaml -o out/minister.pdf --png
    """
    from briefing.pipeline import prepare_build
    from briefing.settings import BuildOptions
    from briefing.watch import WatchJob, watch_briefing

    chosen = BuildOptions(output_format="png" if png else "pdf", dpi=dpi, **options)
    prepare_build(chosen)  # a wrong option is one error before anything is watched
    try:
        watch_briefing(WatchJob(Path(content_file), output, chosen), click.echo)
    except KeyboardInterrupt:
        click.echo("Stopped watching: every file written is whole.", err=True)
        from briefing.errors import ExitCode

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
@click.option("--allow-private-network", is_flag=True, help=_ALLOW_PRIVATE_NETWORK_HELP)
@click.option("--proxy-from-environment", is_flag=True, help=_PROXY_HELP)
def extract(
    statement: str | None,
    output_format: str,
    output: Path | None,
    force: bool,
    allow_private_network: bool,
    proxy_from_environment: bool,
) -> None:
    """Show what would go on the page for STATEMENT (a text, Markdown, HTML, PDF, Word or
    e-mail file, a web address, or - for standard input), or write it to an editable content
    file with -o.

    \b
    Examples:
      briefing extract statement.txt
      briefing extract statement.txt -o venezuela.yaml
      briefing extract statement.txt --format json > content.json
    """
    from briefing.review import extract_statement
    from briefing.statement import load_statement

    _network_settings(allow_private_network, proxy_from_environment)
    if output is not None:
        from briefing.pipeline import extract_to_content_file

        click.echo(for_terminal(str(extract_to_content_file(_input_path(statement), output, force=force))))
        return

    content = extract_statement(load_statement(_input_path(statement)))
    if output_format == "json":
        click.echo(json.dumps(content.to_extract_json(), ensure_ascii=False, indent=2))
        return
    click.echo(lines_for_terminal(_describe(content)))


@cli.command()
@click.argument("statement", metavar="INPUT")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: the statement as briefing reads it; json: also its title, date, publisher, url, "
    "lang and format (documented in the README).",
)
@click.option("--allow-private-network", is_flag=True, help=_ALLOW_PRIVATE_NETWORK_HELP)
@click.option("--proxy-from-environment", is_flag=True, help=_PROXY_HELP)
def read(
    statement: str, output_format: str, allow_private_network: bool, proxy_from_environment: bool
) -> None:
    """Print the text briefing reads from INPUT (a text, Markdown, HTML, PDF, Word or e-mail
    file, a web address, or - for standard input): what the extraction will work on.

    An e-mail whose body is only a cover note ("Please find attached ...") is read from the
    statement attached to it; which part was read is said on standard error.

    \b
    Examples:
      briefing read release.pdf
      briefing read https://www.example.org/news/statement --format json
      briefing read saved-page.html > statement.txt
    """
    from briefing.readers.describe import describe_statement, part_read
    from briefing.statement import load_statement

    _network_settings(allow_private_network, proxy_from_environment)
    loaded = load_statement(_input_value(statement))
    described = describe_statement(loaded)
    if note := part_read(loaded):  # on stderr: stdout is the text, to save or pipe
        click.echo(f"Read: {for_terminal(note)}", err=True)
    if output_format == "json":
        click.echo(json.dumps(described, ensure_ascii=False, indent=2))
        return
    click.echo(loaded.text, nl=not loaded.text.endswith("\n"))


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
    from briefing.review import require_verified, review_input

    reviewed = review_input(Path(content_file))
    click.echo(lines_for_terminal(format_check_table(reviewed)))
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
    from briefing.assets import list_templates

    found = {for_terminal(name): for_terminal(text) for name, text in list_templates(Path.cwd()).items()}
    width = max(map(len, found), default=0)
    for name, description in found.items():
        click.echo(f"{name:<{width}}  {description}".rstrip())


def format_check_table(reviewed: Reviewed) -> str:
    """The table `briefing check` prints: every item, ✓ or ✗, and its line in the source."""
    report = reviewed.report
    source = reviewed.statement.display_name
    if reviewed.content_file:
        source = str(reviewed.content_file.content.source.file or source)
    rows = [
        f"Checking {reviewed.input_name} against {source} (SHA-256 {reviewed.source_sha256[:12]})",
        "",
        f"     {'item':<18} {'source line':<12} text",
        *(_check_row(reviewed, check) for check in report.checks),
        *_attribution_rows(report),
        "",
        _check_totals(report),
    ]
    if any(check.verified is None for check in report.checks):
        rows.append("· demands are located for reference only: they may be trimmed or paraphrased.")
    return "\n".join(rows)


def _check_row(reviewed: Reviewed, check: ItemCheck) -> str:
    """One item of the check table: ✓, ✗ or · (located for reference), its line and its text."""
    mark = {True: "✓", False: "✗", None: "·"}[check.verified]
    line = str(check.line) if check.line else "–"
    text = check.text
    if check.item.startswith("figure "):
        label = reviewed.content.figures[int(check.item.split()[1]) - 1].label
        text = f"{text}  {label}"
    off = "  [use: false, not on the page]" if _off_page(reviewed, check.item) else ""
    return f"  {mark}  {check.item:<18} {line:<12} {_shorten(text)}{off}"


def _off_page(reviewed: Reviewed, item: str) -> bool:
    """Whether the content file sets the item ("quote 2", "quote 2 speaker") to `use: false`."""
    kind, number = item.split()[:2]
    items = getattr(reviewed.content, f"{kind}s", None)
    if not items or not number.isdigit() or int(number) > len(items):
        return False
    return not items[int(number) - 1].use


def _attribution_rows(report: VerificationReport) -> list[str]:
    """The source's own words tying each speaker to its quote, with their line:
    `✓ quote 2 — said Ana Ruiz, the Network's director (line 12)`."""
    tied = [check for check in report.checks if check.item.endswith(" speaker") and check.evidence]
    if not tied:
        return []
    return [
        "",
        "Attribution (the source's words that say who spoke):",
        *(
            f"  {'✓' if check.verified else '✗'} {check.item.removesuffix(' speaker')} — {check.evidence}"
            + (f" (line {check.line})" if check.line else "")
            for check in tied
        ),
    ]


def _check_totals(report: VerificationReport) -> str:
    """The check table's last line: how many quotes, figures and speakers were found."""
    figures = [check for check in report.checks if check.item.startswith("figure ")]
    speakers = [check for check in report.checks if check.item.endswith(" speaker")]
    return (
        f"{report.quotes_verified} of {report.quotes_total} quotes verified verbatim; "
        f"{sum(1 for check in figures if check.verified)} of {len(figures)} figures and "
        f"{sum(1 for check in speakers if check.verified)} of {len(speakers)} speakers found in the source."
    )


def _shorten(text: str, width: int = 60) -> str:
    """Text on one line, cut with "…" past `width` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


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
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not when ignored
        signal.signal(signal.SIGINT, _raise_interrupted)
    with short_lived_process():
        cli.main(args=argv, prog_name="briefing")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
