"""Compiled regular expressions kept between runs (briefing/regexcache.py): a pattern read from
the cache matches exactly as one compiled afresh, and a damaged cache costs only the compile."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import run_briefing

# Patterns written for this test: named groups, flags, look-arounds, a long alternation.
PROGRAM = r"""
import json, re, sys
from pathlib import Path
from briefing import regexcache

regexcache.SAVE_AFTER_SECONDS = 0  # these few patterns compile quickly: keep them all the same
regexcache.install(Path(sys.argv[1]))
cache = sys.modules["re._compiler"]._sre._cache
patterns = [
    (r"(?P<number>\d{1,3}(?:,\d{3})*)\s+(?P<unit>people|families)", 0),
    (r"\bsaid\s+(?P<who>[A-Z]\w+(?:\s+[A-Z]\w+)*)", re.IGNORECASE),
    (r"(?<![\w-])(?:" + "|".join(f"word{n}" for n in range(300)) + r")(?!\w)", 0),
    (r"^ \s* (?P<item> [-*] ) \s+ (.+) $", re.VERBOSE | re.MULTILINE),
    (r"«\s*([^»]+?)\s*»", 0),
]
text = "We met 1,200 families. SAID Ana Ruiz: « word7 and word299 » \n - first\n* second"
found = []
for pattern, flags in patterns:
    compiled = re.compile(pattern, flags)
    found.append([[m.group(), m.groupdict(), m.span()] for m in compiled.finditer(text)])
print(json.dumps({"found": found, "new": cache.new, "from_cache": len(cache.used) - cache.new}))
"""


def _run(path: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_patterns_from_the_cache_match_as_compiled_ones(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "regex.marshal"
    first = _run(path)
    second = _run(path)
    assert first["new"] == 5
    assert path.exists()
    assert second["new"] == 0
    assert second["from_cache"] == 5
    assert second["found"] == first["found"]
    assert first["found"][0][0][1] == {"number": "1,200", "unit": "families"}


def test_a_damaged_cache_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    fresh = _run(tmp_path / "fresh.marshal")
    for damage in (b"", b"not a cache", path.with_name("fresh.marshal").read_bytes()[:-100]):
        path.write_bytes(damage)
        run = _run(path)
        assert run["found"] == fresh["found"]
        assert run["new"] == 5
    assert _run(path)["new"] == 0  # written again whole


def test_a_cold_extract_gives_the_same_content_with_its_patterns_cached(tmp_path: Path) -> None:
    (tmp_path / "statement.txt").write_text(
        "The Coastal Network said on 3 March 2026 that 1,200 families had lost their homes.\n\n"
        "“We ask the ministry to rebuild the sea wall before winter,” said Ana Ruiz, the "
        "Network's director.\n",
        encoding="utf-8",
    )
    cache = tmp_path / "cache"
    runs = [
        run_briefing("extract", "statement.txt", "--format", "json", cwd=tmp_path, XDG_CACHE_HOME=str(cache))
        for _ in range(2)
    ]
    assert all(run.returncode == 0 for run in runs), runs[0].stderr
    assert runs[0].stdout == runs[1].stdout
    assert "1,200" in runs[0].stdout
    assert list((cache / "briefing").glob("regex-*.marshal"))
