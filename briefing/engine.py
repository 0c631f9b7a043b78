"""Loading the PDF engine quickly: WeasyPrint imported without its library search, and the
garbage collector kept out of a short build's way.

Both are measured on a cold `briefing build` (see `bench/run.py` and the README's Performance
section); together they are about a third of the time the command takes.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import io
import sys
from collections.abc import Iterator
from types import ModuleType


def import_weasyprint() -> ModuleType:
    """WeasyPrint, imported without the library search where it finds everything without it.

    WeasyPrint may load HarfBuzz's subsetter, which makes fonts small quickly, only if it can
    (`allow_fail`): where only the search finds it, that shows as a missing subsetter rather
    than as an error, and WeasyPrint is imported again with the search."""
    import ctypes.util

    weasyprint = import_without_library_search("weasyprint")
    from weasyprint.text import ffi

    if ffi.harfbuzz_subset is None and ctypes.util.find_library("harfbuzz-subset"):
        _forget("weasyprint")
        weasyprint = importlib.import_module("weasyprint")
    return weasyprint


def import_without_library_search(name: str) -> ModuleType:
    """Import the module `name` (WeasyPrint) with `ctypes.util.find_library` answering "not
    found" at once.

    WeasyPrint opens GObject, Pango, HarfBuzz and fontconfig through cffi, trying several names
    for each library ('libgobject-2.0-0', 'gobject-2.0-0', ..., 'libgobject-2.0.so.0'). For each
    name the dynamic loader does not find by itself, cffi calls `find_library`, which on Linux
    runs `ldconfig -p`, then gcc and ld, as subprocesses: about fifty of them, 0.15-0.2 s of the
    0.45 s the import takes (WeasyPrint issue #1125). Every list also holds the names the loader
    finds by itself (the soname on Linux, the .dylib or .dll elsewhere), so the search only
    costs time. Should the import fail without it (a system whose libraries only the search
    finds), it is imported again the usual way, with WeasyPrint's own error message if that
    fails too. Not for a program with other threads: the function is swapped process-wide."""
    import ctypes.util

    if name in sys.modules:
        return sys.modules[name]
    searching = ctypes.util.find_library
    ctypes.util.find_library = _not_found
    try:
        # WeasyPrint prints its installation help before raising; the retry below prints it
        # if the libraries are really missing.
        with contextlib.redirect_stdout(io.StringIO()):
            return importlib.import_module(name)
    except OSError:
        _forget(name)
    finally:
        ctypes.util.find_library = searching
    return importlib.import_module(name)


def _not_found(name: str) -> None:
    return None


def _forget(name: str) -> None:
    """Unload the package `name` and its modules, so that it can be imported again."""
    for loaded in [module for module in sys.modules if module == name or module.startswith(f"{name}.")]:
        del sys.modules[loaded]


@contextlib.contextmanager
def short_lived_process() -> Iterator[None]:
    """Run one command without the cyclic garbage collector, and let the process end without it.

    Importing WeasyPrint, pydantic and Jinja creates a few hundred thousand long-lived objects,
    and a build makes few reference cycles: left on, the collector walks every object again and
    again for almost nothing (about 0.1 s), and once more as the interpreter shuts down (about
    0.1 s). Objects are still freed as their last reference goes, so memory stays flat for the
    few seconds a command lasts (measured: see the README's Performance section). Freezing at
    the end moves every object out of the shutdown collection's way.

    Regular expressions are compiled through the cache of compiled patterns from here on
    (`briefing.regexcache`): the modules a command imports compile none they compiled in the
    command before."""
    from briefing import regexcache

    regexcache.install()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()


@contextlib.contextmanager
def collected_after() -> Iterator[None]:
    """In a long-lived process that collects garbage (`watch`): pause the cyclic collector for
    the block (one rebuild and its line), and collect the block's garbage once at its end.
    During a rebuild the collector would walk its fresh objects again and again, about 20 ms of
    a 0.25 s rebuild; one collection afterwards takes about 5 ms, while the user looks at the
    page. Memory stays as in a one-off build, which runs with no collector at all."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
            gc.collect()


def settle_long_lived_objects() -> None:
    """In a process that builds many briefings (a batch worker): once the engine is loaded,
    move everything that exists now out of the collector's way for good, and collect the
    briefings' own garbage as usual."""
    gc.collect()
    gc.freeze()
    gc.enable()


# pydantic's module that looks for plugins (see `without_pydantic_plugins`)
PYDANTIC_PLUGIN_LOADER = "pydantic.plugin._loader"


def without_pydantic_plugins() -> None:
    """Have pydantic build briefing's models without looking for pydantic plugins, which
    briefing does not use. Call before the first model is defined.

    To look for plugins, pydantic imports `importlib.metadata` when it builds its first model
    (and with it email, zipfile and csv: about 40 ms of CPU, a sixth of a cold `briefing
    extract`), then reads every installed package's entry points. Its loader is stood in for by
    one that finds none, as `PYDANTIC_DISABLE_PLUGINS=__all__` would make it answer, unless the
    loader is already imported (briefing used as a library in a program that uses plugins) or
    the user set PYDANTIC_DISABLE_PLUGINS to choose plugins."""
    import os

    if PYDANTIC_PLUGIN_LOADER in sys.modules or "PYDANTIC_DISABLE_PLUGINS" in os.environ:
        return
    loader = ModuleType(PYDANTIC_PLUGIN_LOADER, "pydantic's plugin loader, finding none (briefing.engine)")
    loader.get_plugins = _no_plugins  # type: ignore[attr-defined]
    sys.modules[PYDANTIC_PLUGIN_LOADER] = loader


def _no_plugins() -> tuple[()]:
    return ()
