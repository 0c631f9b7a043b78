"""The content file: a `Content` out to editable YAML, and edited YAML back in to a `Content`.

    Content ─write─▶ venezuela.yaml ─(a person edits it)─▶ venezuela.yaml ─load─▶ Content

The file is written for people: a comment at the top says what it is and how to build it, a
short comment introduces each section, and items come in order of importance. Offsets are
left out: people edit the text, and verification re-locates every item in the source.

Loading is strict and safe. YAML is read round-trip (comments and order survive edits) with
every scalar kept as the text it is (`NO`, `1.10` and `12:30` stay strings; only the typed
model turns `value: 800` into a number). Tags, anchors and aliases, several documents,
duplicate keys and files over `MAX_CONTENT_FILE_BYTES` are refused. Every problem is reported
at once, each as `file:line: item: what is wrong, what to do`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    ScalarEvent,
)
from ruamel.yaml.resolver import VersionedResolver

from briefing.errors import InputError
from briefing.model import Content, Demand, Figure, Meeting, Quote, Source

# A content file is a page of text; anything much larger is not one.
MAX_CONTENT_FILE_BYTES = 256_000
# A content file is three levels deep (quotes: - text:); a reader recursing through thousands
# of levels would crash, so anything deeper than this is refused as it is read.
MAX_NESTING = 20
SCHEMA_FILE_NAME = "briefing.schema.json"


# --- the file's model (what `briefing schema` describes) ------------------------------------


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceEntry(_Entry):
    """The statement everything is checked against."""

    file: str = Field(min_length=1, description="Path of the statement's text file, relative to this file.")
    url: str | None = Field(
        None,
        pattern=r"^https?://\S+$",
        description="The statement's web address; the page links to it with a QR code.",
    )
    publisher: str | None = Field(None, description="Who published the statement, for the page's footer.")


class FigureEntry(_Entry):
    """A key figure; the numbers it shows must occur in the source."""

    display: str = Field(
        min_length=1, description='How the page shows the number: "~800", "1.2 million", "45%".'
    )
    label: str = Field(
        "", description='What is counted: "political prisoners, estimated" (needed to show it).'
    )
    of: str | None = Field(
        None, description='The whole this figure is part of, as shown: "800" for "~50 of 800".'
    )
    value: float | None = Field(
        None, allow_inf_nan=False, description="The number itself, digits only: 800, 1200000, 45.5."
    )
    approx: bool = Field(
        False, description="true when the source qualifies it (about, estimated, more than)."
    )
    use: bool = Field(True, description="true: on the page; false: kept here and verified, but not shown.")

    @model_validator(mode="after")
    def _shown_figures_say_what_they_count(self) -> FigureEntry:
        """A figure on the page needs its label; one kept off it (`use: false`) may wait for one,
        as `extract -o` writes a number whose label the rules could not find."""
        if self.use and not self.label.strip():
            raise ValueError("label is empty: say what is counted, or set use: false")
        return self


class DemandEntry(_Entry):
    """Something the statement calls for."""

    text: str = Field(min_length=1, description="The demand, in the source's words.")
    addressee: str | None = Field(None, description='Who is asked: "the Venezuelan authorities".')
    voice: Literal["issuer", "other"] = Field(
        "issuer", description='Whose call: "issuer", or "other" for the other side\'s (not on the page).'
    )
    use: bool = Field(True, description="true: on the page; false: kept here and verified, but not shown.")


class QuoteEntry(_Entry):
    """Words quoted exactly as the source has them."""

    text: str = Field(
        min_length=1, description="The quote, word for word; … may join pieces in the source's order."
    )
    speaker: str | None = Field(
        None, description="Who said it, as the source names them; empty if it does not."
    )
    voice: Literal["issuer", "other"] | None = Field(
        None, description='"other" for another party\'s words (shown apart, as a response); else empty.'
    )
    use: bool = Field(True, description="true: on the page; false: kept here and verified, but not shown.")


class MeetingEntry(_Entry):
    """The meeting the page is for, shown under the headline."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    with_: str | None = Field(
        None, alias="with", description='Who the meeting is with: "the Minister of Foreign Affairs".'
    )
    date: dt.date | None = Field(None, description="The meeting's date, YYYY-MM-DD.")
    place: str | None = Field(None, description='Where it is: "Geneva".')


class ContentFile(_Entry):
    """A briefing's content file: what goes on the one-page briefing, checked against its source."""

    title: str | None = Field(None, description="The page's headline.")
    date: dt.date | None = Field(None, description="The statement's date, YYYY-MM-DD.")
    issuer: str | None = Field(None, description="Who issued the statement.")
    lang: str | None = Field(
        None,
        pattern=r"^[a-z]{2}$",
        description="The statement's language (en, es, fr, ...): the page's labels and dates follow it "
        "unless --lang or briefing.toml chooses; found from the source when left out.",
    )
    source: SourceEntry
    summary: str | None = Field(None, description="Two or three sentences of context.")
    figures: list[FigureEntry] = Field(default_factory=list, description="Key figures, most important first.")
    demands: list[DemandEntry] = Field(default_factory=list, description="Demands, most important first.")
    quotes: list[QuoteEntry] = Field(default_factory=list, description="Quotes, most important first.")
    ask: str | None = Field(
        None, description="What your organisation asks of the reader: set apart in a box on the page."
    )
    contact: str | None = Field(None, description="Who to contact about this briefing.")
    meeting: MeetingEntry | None = Field(
        None, description="The meeting the page is for (with, date, place), shown under the headline."
    )
    notes: list[str] = Field(
        default_factory=list,
        description="Talking points for the speaker: in the notes (build --notes), never on the page.",
    )

    @field_validator("figures", "demands", "quotes", "notes", mode="before")
    @classmethod
    def _empty_list(cls, value: Any) -> Any:
        return [] if value is None else value  # "quotes:" with nothing under it


def content_file_schema() -> dict[str, Any]:
    """The JSON Schema of content files, for editors (`briefing schema`)."""
    schema = ContentFile.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


# --- loading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedContentFile:
    """A content file, validated, and where its items are."""

    path: Path
    content: Content
    source_path: Path  # the statement, resolved against the content file's folder
    lines: dict[str, int] = field(default_factory=dict)  # "quote 2" -> its line in the file

    def where(self, item: str) -> str:
        """`venezuela.yaml:31` for an item, or the file alone when its line is unknown."""
        line = self.lines.get(item) or self.lines.get(item.rsplit(" ", 1)[0])
        return f"{self.path}:{line}" if line else str(self.path)


def load_content_file(path: Path) -> LoadedContentFile:
    """Read, parse and validate a content file; every problem is reported at once."""
    text = _read_text(path)
    data = parse_yaml(text, str(path))
    if data is None:
        raise InputError(f"{path} is empty: run `briefing extract STATEMENT -o {path.name}` to make one.")
    if not isinstance(data, CommentedMap):
        raise InputError(
            f"{path}:1: a content file is a list of `key: value` lines (title:, source:, quotes: ...)."
        )
    try:
        entry = ContentFile.model_validate(data)
    except ValidationError as error:
        problems = sorted(
            (_describe_problem(path, data, problem) for problem in error.errors()),
            key=lambda message: int(message[len(str(path)) + 1 :].split(":", 1)[0]),
        )
        raise ContentFileError(problems) from None
    from briefing.guard import resolved  # never raises on a link loop, unlike Path.resolve()

    source_path = resolved(path.parent / entry.source.file) if entry.source.file else path
    return LoadedContentFile(
        path=path, content=_to_content(entry), source_path=source_path, lines=_item_lines(data)
    )


class ContentFileError(InputError):
    """Several problems in one content file: each is shown on its own `Error:` line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(*problems[:1], *(f"Error: {problem}" for problem in problems[1:]))


def _read_text(path: Path) -> str:
    from briefing.guard import UnsafeFile, read_input_file

    try:  # never blocks on a pipe nobody writes to
        data = read_input_file(path, MAX_CONTENT_FILE_BYTES)
    except UnsafeFile as problem:
        hint = (
            "check the path, or make it with `briefing extract`"
            if problem.missing
            else "give a content file (.yaml) instead"
        )
        raise InputError(f"{path} {problem}: {hint}.") from None
    if len(data) > MAX_CONTENT_FILE_BYTES:
        raise InputError(
            f"{path} is larger than {MAX_CONTENT_FILE_BYTES // 1000} kB, far more than a one-page "
            "briefing: is it the right file?"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: this is not UTF-8 text: save the file as UTF-8.") from None


_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_NULL_RESOLVERS = [("tag:yaml.org,2002:null", _NULL)]


class _TextResolver(VersionedResolver):
    """Resolves every plain scalar to a string, except an empty value or `null` (nothing): the
    typed model decides what is a number, a date or true/false, never the YAML reader."""

    @property
    def versioned_resolver(self) -> Any:
        return {key: list(_NULL_RESOLVERS) for key in ("", "~", "n", "N")}


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Resolver = _TextResolver
    yaml.allow_duplicate_keys = False
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    return yaml


def parse_yaml(text: str, name: str) -> Any:
    """Parse one YAML document round-trip (comments kept), refusing tags, anchors, aliases,
    several documents and duplicate keys with a message naming the line."""
    yaml = _yaml()
    try:
        documents = depth = 0
        for event in yaml.parse(io.StringIO(text)):
            depth += isinstance(event, CollectionStartEvent) - isinstance(event, CollectionEndEvent)
            if depth > MAX_NESTING:  # before the reader recurses into it
                raise InputError(
                    f"{name}:{event.start_mark.line + 1}: lists and sections are nested more than "
                    f"{MAX_NESTING} deep here; a content file needs three levels at most: check the "
                    "indentation and brackets."
                )
            documents += isinstance(event, DocumentStartEvent)
            _refuse_unsafe_event(event, documents, name)
        return yaml.load(text)
    except DuplicateKeyError as error:
        key = _duplicate_key(str(error))
        mark = error.problem_mark
        line = mark.line + 1 if mark else "?"
        raise InputError(
            f"{name}:{line}: the key `{key}` appears twice in the same place: keep one of them."
        ) from None
    except MarkedYAMLError as error:
        raise InputError(_invalid_yaml_message(error, name)) from None
    except YAMLError as error:
        raise InputError(f"{name}: this is not valid YAML ({error}).") from None


def _refuse_unsafe_event(event: Any, documents: int, name: str) -> None:
    """A second document, an alias, an anchor or a tag: refused, naming the line."""
    line = event.start_mark.line + 1
    if isinstance(event, DocumentStartEvent) and documents > 1:
        raise InputError(f"{name}:{line}: a second document (---) starts here: keep one briefing per file.")
    if isinstance(event, AliasEvent):
        raise InputError(
            f"{name}:{line}: aliases (*{event.anchor}) are not allowed: write the text out in full."
        )
    if isinstance(event, (ScalarEvent, CollectionStartEvent)):
        if event.anchor:
            raise InputError(f"{name}:{line}: anchors (&{event.anchor}) are not allowed: remove it.")
        if event.tag is not None:
            raise InputError(f"{name}:{line}: tags ({event.tag}) are not allowed: remove it.")


def _invalid_yaml_message(error: MarkedYAMLError, name: str) -> str:
    """Where the YAML stopped making sense, and the usual reasons why."""
    # An unclosed quote is found at the end of the file; the line where it opened helps.
    ending = "end of stream" in (error.problem or "")
    mark = (error.context_mark if ending else None) or error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else "?"
    problem = (error.problem or "this is not valid YAML").rstrip(".")
    return (
        f"{name}:{line}: {problem}: check the indentation and the quote marks on this line "
        "(text containing `: ` or starting with a quote mark must be put in double quotes)."
    )


def _duplicate_key(message: str) -> str:
    match = re.search(r'found duplicate key "(.*?)"', message)
    return match.group(1) if match else "?"


_SECTION_ITEMS = {"quotes": "quote", "figures": "figure", "demands": "demand"}


def _describe_problem(path: Path, data: CommentedMap, problem: Any) -> str:
    location = tuple(problem["loc"])
    line = _line_of(data, location)
    where = _item_name(location)
    kind = problem["type"]
    if kind == "extra_forbidden":
        key = str(location[-1])
        fields = _model_at(location[:-1]).model_fields
        allowed = [info.alias or name for name, info in fields.items()]
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        hint = (
            f"did you mean `{close[0]}`?"
            if close
            else "the keys allowed here are " + ", ".join(allowed) + "."
        )
        return f"{path}:{line}: unknown key `{key}`{_in(location[:-1])}: {hint}"
    hint = _HINTS.get(kind, "")
    if kind == "missing":
        message = f"`{location[-1]}` is missing{_in(location[:-1])}: add `{location[-1]}:` with its value."
        return f"{path}:{line}: {message}"
    message = problem["msg"].removeprefix("Value error, ")  # our own rule's words, as written
    message = message[0].lower() + message[1:]
    return f"{path}:{line}: {where}: {message}" + (f": {hint}" if hint else ".")


_HINTS = {
    "string_type": "write it as text on the same line",
    "float_parsing": "write the number in digits only, e.g. 800 or 1200000 (no commas or words)",
    "float_type": "write the number in digits only, e.g. 800",
    "bool_parsing": "write true or false",
    "bool_type": "write true or false",
    "date_from_datetime_parsing": "write the date as YYYY-MM-DD, e.g. 2026-01-12",
    "date_parsing": "write the date as YYYY-MM-DD, e.g. 2026-01-12",
    "date_type": "write the date as YYYY-MM-DD, e.g. 2026-01-12",
    "list_type": "write a list: one item per line, each starting with `- `",
    "model_type": "write `key: value` lines, indented under it",
    "model_attributes_type": "write `key: value` lines, indented under it",
    "string_too_short": "it is empty: fill it in, or delete the whole item",
    "string_pattern_mismatch": "write the full web address, starting with https://",
}


def _in(location: tuple[Any, ...]) -> str:
    return f" in {_item_name(location)}" if location else ""


def _item_name(location: tuple[Any, ...]) -> str:
    """("quotes", 1, "text") -> "quote 2, text"; ("source", "file") -> "source, file"."""
    parts: list[str] = []
    index = 0
    while index < len(location):
        part = location[index]
        if part in _SECTION_ITEMS and index + 1 < len(location) and isinstance(location[index + 1], int):
            parts.append(f"{_SECTION_ITEMS[part]} {location[index + 1] + 1}")
            index += 2
            continue
        parts.append(str(part))
        index += 1
    return ", ".join(parts) or "the file"


def _model_at(location: tuple[Any, ...]) -> type[BaseModel]:
    model: type[BaseModel] = ContentFile
    for part in location:
        if isinstance(part, int):
            continue
        annotation = model.model_fields[str(part)].annotation
        for candidate in (annotation, *getattr(annotation, "__args__", ())):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                model = candidate
                break
    return model


def _line_of(data: Any, location: tuple[Any, ...]) -> int:
    """The 1-based line of the deepest part of `location` that the file has."""
    node, line = data, 1
    for part in location:
        if isinstance(node, CommentedMap) and part in node:
            line = node.lc.key(part)[0] + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
        else:
            break
    return line


def _item_lines(data: CommentedMap) -> dict[str, int]:
    lines: dict[str, int] = {}
    source = data.get("source")
    if isinstance(source, CommentedMap) and "file" in source:
        lines["source file"] = source.lc.key("file")[0] + 1
    if isinstance(source, CommentedMap) and "url" in source:
        lines["source url"] = source.lc.key("url")[0] + 1
    for section, name in _SECTION_ITEMS.items():
        items = data.get(section)
        if not isinstance(items, CommentedSeq):
            continue
        for index, item in enumerate(items):
            lines[f"{name} {index + 1}"] = items.lc.item(index)[0] + 1
            if isinstance(item, CommentedMap) and "speaker" in item:
                lines[f"{name} {index + 1} speaker"] = item.lc.key("speaker")[0] + 1
    return lines


def _to_content(entry: ContentFile) -> Content:
    return Content(
        title=entry.title,
        date=entry.date,
        issuer=entry.issuer,
        summary=entry.summary or "",
        figures=[Figure(**figure.model_dump()) for figure in entry.figures],
        demands=[Demand(**demand.model_dump()) for demand in entry.demands],
        quotes=[Quote(**quote.model_dump()) for quote in entry.quotes],
        source=Source(**entry.source.model_dump()),
        ask=entry.ask,
        contact=entry.contact,
        meeting=_meeting(entry.meeting),
        lang=entry.lang,
        notes=entry.notes,
    )


def _meeting(entry: MeetingEntry | None) -> Meeting | None:
    """The meeting, or None when the file leaves every part of it empty (as `extract` writes it)."""
    if entry is None or not any(entry.model_dump().values()):
        return None
    return Meeting(**entry.model_dump())


# --- writing --------------------------------------------------------------------------------


def relative_source_path(statement: Path, content_file: Path) -> str:
    """The statement's path as the content file records it: relative to the content file's
    folder, with forward slashes so the file works on every system."""
    relative = os.path.relpath(statement.resolve(), content_file.resolve().parent)
    return PurePosixPath(*Path(relative).parts).as_posix()


def content_file_text(content: Content, source_file: str, name: str) -> str:
    """The YAML content file for `content`, written for people; `name` is its file name, for
    the commands the top comment shows."""
    lines = [
        f"# yaml-language-server: $schema={SCHEMA_FILE_NAME}",
        "# Briefing content file: what goes on the one-page briefing, made by `briefing extract`.",
        "# Edit it freely: reorder items (most important first), retitle, add your ask and meeting.",
        "# Every figure, demand and quote found is listed: those with `use: true` go on the page,",
        "# in this order; switch one with `use: false` to true to show it (and one to false to",
        "# take it off). Items set to false are still checked against the source.",
        "# Quotes must stay word for word as in the source; check before you build:",
        f"#   briefing check {name}     # every quote, figure and speaker against the source",
        f"#   briefing build {name}     # make the PDF (--format png for a picture, --notes for notes)",
        f"#   briefing watch {name}     # build again each time you save",
        f"# (Editor help: `briefing schema > {SCHEMA_FILE_NAME}` in this folder.)",
        "",
        "# The page's headline, the statement's date (YYYY-MM-DD), who issued it and its language.",
        f"title: {_scalar(content.title)}",
        f"date: {content.date.isoformat() if content.date else ''}".rstrip(),
        f"issuer: {_scalar(content.issuer)}",
        f"lang: {content.lang or ''}".rstrip() + "   # the statement's language: the page's labels follow it",
        "",
        "# The statement everything is checked against; `file` is relative to this file.",
        "source:",
        f"  file: {_scalar(source_file)}",
        f"  url: {_scalar(content.source.url)}"
        if content.source.url
        else "  url:         # optional: its web address (adds a QR code)",
        f"  publisher: {_scalar(content.source.publisher)}"
        if content.source.publisher
        else "  publisher:   # optional: who published it",
        "",
        "# Two or three sentences of context.",
        f"summary: {_scalar(content.summary)}",
        "",
        "# Key figures, most important first. Every number in `display` must be in the source",
        '# (in digits or words); `of` is the whole a figure is part of ("~50 of 800").',
        *_section("figures", [_figure_lines(figure) for figure in content.figures]),
        "",
        "# What the statement calls for, most important first; `addressee` is who is asked.",
        *_section("demands", [_demand_lines(demand) for demand in content.demands]),
        "",
        "# Quotes, word for word as in the source (… may join pieces in the source's order).",
        "# `speaker` must be named in the source: leave it empty if the source does not say.",
        *_section("quotes", [_quote_lines(quote) for quote in content.quotes]),
        "",
        "# Optional: what your organisation asks of the reader (a box on the page), and who to contact.",
        f"ask: {_scalar(content.ask)}",
        f"contact: {_scalar(content.contact)}",
        "",
        "# Optional: the meeting the page is for, shown under the headline",
        '# ("For the meeting with the Minister of Foreign Affairs · Geneva · 3 March 2026").',
        *_meeting_lines(content),
        "",
        "# Optional: talking points for the speaker, in the notes (`build --notes`), never on the page.",
        *_section("notes", [[_scalar(note)] for note in content.notes]),
    ]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _meeting_lines(content: Content) -> list[str]:
    meeting = content.meeting
    if meeting is None:
        return ["meeting:", "  with:", "  date:         # YYYY-MM-DD", "  place:"]
    return [
        "meeting:",
        f"  with: {_scalar(meeting.with_)}",
        f"  date: {meeting.date.isoformat() if meeting.date else ''}",
        f"  place: {_scalar(meeting.place)}",
    ]


def _section(key: str, items: list[list[str]]) -> list[str]:
    if not items:
        return [f"{key}: []"]
    lines = [f"{key}:"]
    for item in items:
        lines.append(f"  - {item[0]}")
        lines.extend(f"    {line}" for line in item[1:])
    return lines


def _figure_lines(figure: Figure) -> list[str]:
    lines = [f"display: {_scalar(figure.display)}", f"label: {_scalar(figure.label)}"]
    if figure.of:
        lines.append(f"of: {_scalar(figure.of)}")
    if figure.value is not None:
        value = int(figure.value) if float(figure.value).is_integer() else figure.value
        lines.append(f"value: {value}")
    lines.append(f"approx: {'true' if figure.approx else 'false'}")
    return [*lines, _use_line(figure.use)]


def _use_line(use: bool) -> str:
    return f"use: {'true' if use else 'false'}"


def _demand_lines(demand: Demand) -> list[str]:
    lines = [f"text: {_scalar(demand.text)}", f"addressee: {_scalar(demand.addressee)}"]
    if demand.voice == "other":
        lines.append("voice: other   # the other side's call: never on the page")
    return [*lines, _use_line(demand.use)]


def _quote_lines(quote: Quote) -> list[str]:
    lines = [f"text: {_scalar(quote.text)}", f"speaker: {_scalar(quote.speaker)}", _use_line(quote.use)]
    return [*lines, "voice: other"] if quote.voice == "other" else lines


# Text that other YAML readers (1.1 ones especially) would take for something else.
_LOOKS_TYPED = re.compile(
    r"^(?:y|n|yes|no|on|off|true|false|null|~|[-+.]?\d.*|\.(?:inf|nan)|<<|=)$", re.IGNORECASE
)
_PLAIN_FIRST = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`~]")
_PLAIN_UNSAFE = re.compile(r": |:$| #|\t|[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def _scalar(text: str | None) -> str:
    """`text` as a YAML scalar: plain when it reads back as the same string everywhere,
    double-quoted otherwise; nothing for None."""
    if text is None:
        return ""
    plain = (
        text == text.strip()
        and bool(text)
        and _PLAIN_FIRST.match(text) is not None
        and not _PLAIN_UNSAFE.search(text)
        and not _LOOKS_TYPED.match(text)
    )
    return text if plain else _double_quoted(text)


def _double_quoted(text: str) -> str:
    quoted = json.dumps(text, ensure_ascii=False)
    # JSON leaves these raw, but YAML reads them as line breaks or refuses them.
    return re.sub(r"[\x7f-\x9f\u2028\u2029\ufeff]", lambda match: f"\\u{ord(match.group()):04x}", quoted)
