"""briefing: turn a public statement into a one-page, print-ready PDF briefing.

The Python API, for scripts (the `briefing` command is a thin layer over the same calls):

    from briefing import BuildOptions, BriefingError, build_briefing, extract_content

    content = extract_content(open("statement.txt", encoding="utf-8").read())
    result = build_briefing("statement.txt", "out/statement.pdf", BuildOptions(template="handout"))

Names are loaded when first used, so `import briefing` stays cheap (it never loads the PDF
engine). Everything the package offers scripts is in `__all__`; other modules are internals.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from briefing.errors import BriefingError, ExitCode
from briefing.version import __version__

if TYPE_CHECKING:
    from briefing.extraction import extract_content
    from briefing.model import Content, Demand, Figure, Quote, Source
    from briefing.pipeline import BuildResult, build_briefing
    from briefing.settings import BuildOptions

# name -> the module it comes from, imported on first use
_LAZY = {
    "build_briefing": "briefing.pipeline",
    "BuildResult": "briefing.pipeline",
    "BuildOptions": "briefing.settings",
    "extract_content": "briefing.extraction",
    "Content": "briefing.model",
    "Figure": "briefing.model",
    "Demand": "briefing.model",
    "Quote": "briefing.model",
    "Source": "briefing.model",
}

__all__ = [
    "BriefingError",
    "BuildOptions",
    "BuildResult",
    "Content",
    "Demand",
    "ExitCode",
    "Figure",
    "Quote",
    "Source",
    "__version__",
    "build_briefing",
    "extract_content",
]


def __getattr__(name: str) -> Any:
    """Load a public name from its module the first time it is asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module 'briefing' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
