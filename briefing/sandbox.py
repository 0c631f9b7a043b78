"""What a page template may see and do: plain data in, nothing that reaches the file system.

A template in the user's `templates/` folder is code from a folder anyone may have handed
them. Jinja's sandbox stops attribute tricks that reach Python's internals, but it allows any
public method of an object it is given: a `Path` handed to a template could read, write or list
any file. So templates get two guards:

1. **Plain data only** (`template_value`): strings, numbers, booleans, dates, tuples and
   read-only `Record`s of those, plus the few pure functions in `SAFE_FUNCTIONS`. Every value a
   template can reach is converted here, generically (new content fields come through), and
   anything this module does not know is refused rather than passed on.
2. **A policy** (`PageSandbox`): should an object that reaches files get through anyway, the
   sandbox refuses its attributes and its methods.

Every string is also cleaned of control characters (`briefing.sanitize.clean_text`), so that
nothing a content file smuggles in reaches the PDF's metadata (XMP is XML: a control character
makes it invalid).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import io
import os
import types
from collections.abc import Callable, Iterator, Mapping
from pathlib import PurePath
from typing import Any

import jinja2.sandbox
import markupsafe
from pydantic import BaseModel

from briefing.sanitize import clean_text


class Record(Mapping[str, Any]):
    """A read-only record of plain values: `record.name` and `record["name"]` both work, so a
    template reads it like the object it stands for; it has no methods of its own."""

    __slots__ = ("_fields",)

    def __init__(self, fields: Mapping[str, Any]) -> None:
        object.__setattr__(self, "_fields", dict(fields))

    def __getattribute__(self, name: str) -> Any:
        # a field wins over a method of the same name: a content field called `items` is the field
        fields = object.__getattribute__(self, "_fields")
        if name in fields:
            return fields[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a template record is read-only")

    def __getitem__(self, key: str) -> Any:
        return self._fields[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def __repr__(self) -> str:
        return f"Record({self._fields!r})"


# The only functions a template may call besides Jinja's own filters and tests. Each is pure:
# text and numbers in, text out; none takes a path or returns an object.
SAFE_FUNCTIONS: set[Callable[..., Any]] = set()

_PLAIN = (bool, int, float, dt.date, dt.datetime, type(None))


def safe_function(function: Callable[..., Any]) -> Callable[..., Any]:
    """Mark `function` (pure: text and numbers in, text out) as one a template may call."""
    SAFE_FUNCTIONS.add(function)
    return function


def template_value(value: Any) -> Any:
    """`value` as plain data a template may hold: a model or dataclass becomes a `Record` of
    its fields, a path its text, a list or set a tuple, every string cleaned of control
    characters. Anything else (a callable, a file, a module, an unknown object) is refused."""
    if isinstance(value, markupsafe.Markup):
        return markupsafe.Markup(clean_text(str(value)))
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, enum.Enum):
        return template_value(value.value)
    if isinstance(value, PurePath):
        return clean_text(str(value))  # text only: a template cannot open it
    if isinstance(value, Record):
        return value
    if isinstance(value, BaseModel):
        fields = {name: template_value(getattr(value, name)) for name in type(value).model_fields}
        return _record_type(type(value))(fields)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {
            field.name: template_value(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
        return _record_type(type(value))(fields)
    if isinstance(value, Mapping):
        return Record({str(key): template_value(item) for key, item in value.items()})
    if isinstance(value, (frozenset, set)):
        return tuple(sorted(template_value(item) for item in value))
    if isinstance(value, (list, tuple)):
        return tuple(template_value(item) for item in value)
    if callable(value) and value in SAFE_FUNCTIONS:
        return value
    raise TypeError(f"a template may not be given a {type(value).__name__}")


@functools.cache
def _record_type(kind: type) -> type[Record]:
    """A `Record` named after the class it stands for, so that a template's mistake reads
    "'briefing.model.Content object' has no attribute 'x'"."""
    return type(kind.__name__, (Record,), {"__slots__": (), "__module__": kind.__module__})


def template_context(**values: Any) -> dict[str, Any]:
    """The variables a page template sees, every one of them plain data."""
    return {name: template_value(value) for name, value in values.items()}


# Modules whose functions reach the file system, processes or the interpreter.
_UNSAFE_MODULES = frozenset(
    {
        "os",
        "posix",
        "nt",
        "io",
        "_io",
        "pathlib",
        "shutil",
        "subprocess",
        "tempfile",
        "glob",
        "sys",
        "importlib",
    }
)
_UNSAFE_TYPES = (os.PathLike, PurePath, io.IOBase, types.ModuleType, os.DirEntry)


def reaches_files(value: object) -> bool:
    """Whether `value` is, or is a method of, something that can reach the file system: a path,
    an open file, a module, or a function of `os`, `io`, `pathlib`, `shutil`, ..."""
    if isinstance(value, _UNSAFE_TYPES):
        return True
    owner = getattr(value, "__self__", None)
    if owner is not None and isinstance(owner, _UNSAFE_TYPES):
        return True
    if value is open or value is io.open:
        return True
    module = getattr(value, "__module__", None)
    if callable(value) and isinstance(module, str) and module.split(".")[0] in _UNSAFE_MODULES:
        return True
    return isinstance(value, type) and issubclass(value, _UNSAFE_TYPES)


# A template may repeat text or raise a number to a power, but not into gigabytes of memory.
MAX_REPEAT = 100_000
MAX_EXPONENT = 1_000


class PageSandbox(jinja2.sandbox.ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, which also refuses every attribute and call that reaches the
    file system (the second guard: templates are only given plain data in the first place),
    and `*` or `**` that would fill the memory ("x" * 10**9)."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*" and _repeats_too_much(left, right):
            raise jinja2.exceptions.SecurityError(f"a template may repeat text at most {MAX_REPEAT:,} times")
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_EXPONENT:
            raise jinja2.exceptions.SecurityError(
                f"a template may raise to a power of at most {MAX_EXPONENT}"
            )
        return super().call_binop(context, operator, left, right)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if reaches_files(obj) or reaches_files(value):
            return False
        return bool(super().is_safe_attribute(obj, attr, value))

    def is_safe_callable(self, obj: Any) -> bool:
        if reaches_files(obj):
            return False
        return bool(super().is_safe_callable(obj))


def _repeats_too_much(left: Any, right: Any) -> bool:
    """Whether `left * right` repeats a string or sequence more than `MAX_REPEAT` times (in
    length of the result, for a long one)."""
    for sequence, count in ((left, right), (right, left)):
        if isinstance(sequence, (str, list, tuple)) and isinstance(count, int):
            return count * max(len(sequence), 1) > MAX_REPEAT * 10 or count > MAX_REPEAT
    return False


class ConfinedLoader(jinja2.FileSystemLoader):
    """Loads templates only from regular files inside the template folders: a link in the
    user's `templates/` pointing elsewhere on the machine (or a pipe) is not a template."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        from jinja2.loaders import split_template_path

        from briefing.guard import UnsafeFile, check_inside

        pieces = split_template_path(template)
        for folder in self.searchpath:
            candidate = os.path.join(folder, *pieces)
            if os.path.lexists(candidate):  # the first folder that has it is the one Jinja reads
                try:
                    check_inside(candidate, [folder])
                except UnsafeFile as problem:
                    raise jinja2.TemplateNotFound(template, f"{template} {problem}") from None
                break
        return super().get_source(environment, template)
