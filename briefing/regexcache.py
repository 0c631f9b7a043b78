"""Compiled regular expressions kept between runs: a cold command compiles none it compiled before.

The extraction rules are a few hundred regular expressions, many of them long alternations
built from the word lists (`briefing.lexicon`). Python compiles each one on every start, in
pure Python (`re._parser`, `re._compiler`): about 75 ms of CPU in a cold `briefing extract`, a
quarter of it, and 100 ms in a cold build. What the compiler hands the regex engine at the
end (`_sre.compile`'s arguments: flags, a list of integers, the groups) depends only on the
pattern, its flags and the Python that compiled it, so it is kept in a file in the user's
cache folder, and on the next start the engine gets it straight away. The patterns matched
are the very ones compiled: the cache only skips recompiling them.

The file is named after the Python and the regex engine (version, `_sre.MAGIC`), so another
Python never reads it; the engine checks the code it is given (`_sre` validates it), a file
that cannot be read is ignored, and one that cannot be written only costs the compile. It holds
the patterns of the latest run that compiled a new one, and those of earlier runs up to
`MAX_CODE_BYTES`, so patterns made from a statement's words do not pile up. (A pattern built
from a set of words must list them in the same order in every run, or it is new every time:
the word lists' alternations are sorted by length, then alphabetically.)
"""

from __future__ import annotations

import array
import atexit
import contextlib
import marshal
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

MAX_CODE_BYTES = 1_000_000  # past this, earlier runs' patterns are dropped (a build uses ~0.5 MB)
# The file is written again only when the new patterns took longer than this to compile: a
# few patterns that other libraries build anew in every run (from a set) are not worth it.
SAVE_AFTER_SECONDS = 0.002
# flags, code (the engine's opcodes as 4-byte unsigned integers), groups, group index, names
_CompiledForm = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


class _Cache:
    """The compiled forms of this run's patterns, and those read from the file."""

    def __init__(self, path: Path, sre: Any) -> None:
        self.path = path
        self.sre = sre  # the regex engine (`_sre`)
        self._stored: dict[tuple[str, int], _CompiledForm] | None = None  # read at the first compile
        self.used: dict[tuple[str, int], _CompiledForm] = {}
        self.new = 0
        self.new_seconds = 0.0  # spent compiling the new patterns
        self.last: _CompiledForm | None = None  # what the compiler last handed the engine

    @property
    def stored(self) -> dict[tuple[str, int], _CompiledForm]:
        """The compiled forms in the file, read when first needed (`--help` compiles none)."""
        if self._stored is None:
            self._stored = _read(self.path)
        return self._stored

    def compile(self, pattern: Any, flags: Any, original: Any) -> Any:
        """`re._compiler.compile`, with the compiled form taken from the cache when it is there."""
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return original(pattern, flags)
        key = (pattern, int(flags))
        form = self.stored.get(key)
        if form is None:
            self.last = None
            start = time.perf_counter()
            compiled = original(pattern, flags)
            self.new_seconds += time.perf_counter() - start
            if self.last is not None:
                self.used[key] = self.last
                self.new += 1
            return compiled
        self.used[key] = form
        final_flags, code, groups, groupindex, indexgroup = form
        opcodes = array.array("I")
        opcodes.frombytes(code)
        return self.sre.compile(pattern, final_flags, opcodes.tolist(), groups, dict(groupindex), indexgroup)

    def engine_compile(self, pattern: Any, flags: int, code: list[int], *rest: Any) -> Any:
        """`_sre.compile` as the compiler calls it: noted, then done."""
        groups, groupindex, indexgroup = rest
        # kept as bytes: a file of 200,000 small ints takes 50 ms to read, their bytes 1 ms
        opcodes = array.array("I", code).tobytes()
        self.last = (int(flags), opcodes, groups, dict(groupindex), tuple(indexgroup))
        return self.sre.compile(pattern, flags, code, *rest)

    def save(self) -> None:
        """Write this run's patterns (and earlier ones, up to `MAX_CODE_BYTES`) if new ones
        took long enough to compile."""
        if not self.new or self.new_seconds < SAVE_AFTER_SECONDS:
            return
        kept = {**self.stored, **self.used}
        if sum(len(form[1]) for form in kept.values()) > MAX_CODE_BYTES:
            kept = self.used
        import tempfile

        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.path.parent, prefix=".regex-", delete=False) as file:
                try:
                    marshal.dump(kept, file)
                except (OSError, ValueError):  # a full disk: no half-written file left behind
                    os.unlink(file.name)
                    raise
            os.replace(file.name, self.path)


class _Engine:
    """The regex engine as `re._compiler` sees it: `_sre`, with `compile` noted (`_Cache`)."""

    def __init__(self, cache: _Cache) -> None:
        self._cache = cache
        self.compile = cache.engine_compile

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cache.sre, name)


def _read(path: Path) -> dict[tuple[str, int], _CompiledForm]:
    try:
        with path.open("rb") as file:
            stored = marshal.load(file)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}


def cache_path() -> Path:
    """The file, in the user's cache folder, named after the Python and its regex engine."""
    import _sre

    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing"
    python = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return folder / f"regex-{python}.marshal"


def install(path: Path | None = None) -> None:
    """Compile regular expressions through the cache from now on, and save it at exit. Does
    nothing where the compiler is not the one this module knows (CPython 3.11 and later)."""
    compiler: Any = sys.modules.get("re._compiler")
    if compiler is None or isinstance(getattr(compiler, "_sre", None), _Engine):
        return
    if array.array("I").itemsize != compiler._sre.CODESIZE:
        return
    try:
        cache = _Cache(path or cache_path(), compiler._sre)
    except (OSError, RuntimeError):  # no home folder to keep it in
        return
    original = compiler.compile
    compiler._sre = _Engine(cache)

    def compile_cached(pattern: Any, flags: Any = 0) -> Any:
        return cache.compile(pattern, flags, original)

    compiler.compile = compile_cached
    atexit.register(cache.save)
