"""How long the worst inputs under the caps take: `python bench/dos.py` from the project folder.

Each case is an input that once took minutes (a quadratic regular expression or loop) and is
now linear; the tests in `tests/test_denial_of_service.py` assert what comes out, this prints
how long it took on this machine. Not a test: it asserts nothing.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.extraction import extract_content
from briefing.extraction.clean import clean_text
from briefing.extraction.shares import link_parts_to_wholes
from briefing.model import Content, Figure, Quote
from briefing.statement import MAX_STATEMENT_BYTES
from briefing.verify import verify_content

MB = MAX_STATEMENT_BYTES - 100


def numbered(count: int) -> str:
    return "\n".join(
        f"{i}. In district {i}, {i + 1} of {i + 2} clinics had closed." for i in range(1, count + 1)
    )


def share_figures(text: str) -> list[Figure]:
    figures = []
    for match in re.finditer(r"(\d+) of (\d+) clinics", text):
        for group in (1, 2):
            value = match.group(group)
            figures.append(
                Figure(
                    display=value,
                    label="clinics",
                    value=float(value),
                    start=match.start(group),
                    end=match.end(),
                )
            )
    return figures


def cases() -> dict[str, Callable[[], object]]:
    items = numbered(10_000)
    figures = share_figures(items)
    return {
        "clean: 1 MB word": lambda: clean_text("a" * MB),
        "clean: 1 MB of '['": lambda: clean_text("[" * MB),
        "clean: 1 MB of '{:'": lambda: clean_text("{:" * (MB // 2)),
        "clean: 1 MB of '<http://'": lambda: clean_text("<http://" * (MB // 8)),
        "extract: 1 MB word": lambda: extract_content("a" * MB),
        "extract: 1 MB of 'a.'": lambda: extract_content("a." * (MB // 2)),
        "shares: 10,000 numbered items (20,000 figures)": lambda: link_parts_to_wholes(items, figures),
        "extract: 10,000 numbered items": lambda: extract_content(items),
        "verify: 'a … b' in 1 MB of 'a '": lambda: verify_content(
            Content(quotes=[Quote(text="a … b")]), "a " * (MB // 2)
        ),
        "verify: '… a rest' in 1 MB of 'never a rest'": lambda: verify_content(
            Content(quotes=[Quote(text="… a rest")]), "never a rest " * (MB // 13)
        ),
    }


def main() -> None:
    for name, run in cases().items():
        start = time.perf_counter()
        run()
        print(f"{time.perf_counter() - start:7.2f} s  {name}", flush=True)


if __name__ == "__main__":
    main()
