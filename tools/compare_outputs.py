"""Prove a change of shape changed no behaviour: same PDFs, same extraction, statement by statement.

Builds every statement of the given corpus folders in every template (a batch per template,
with this checkout's code) and runs `briefing extract --format json` on each, then records the
SHA-256 of each PDF and each JSON. Run it before a change with `--save`, after it with
`--against`, and read the differences it lists:

    python tools/compare_outputs.py ../shared/corpus/dev --save /tmp/before.json
    # ... change the code ...
    python tools/compare_outputs.py ../shared/corpus/dev --against /tmp/before.json

Exit 0 when everything is identical, 1 when something differs (each difference is listed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def _briefing(*args: str) -> subprocess.CompletedProcess[bytes]:
    """This checkout's `briefing`, whatever is installed elsewhere."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, env=env, check=False)


def _templates() -> list[str]:
    listing = _briefing("templates").stdout.decode()
    return [line.split()[0] for line in listing.splitlines() if line.strip()]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record(corpora: list[Path], jobs: int) -> dict[str, str]:
    """Outcome of every build and extraction: `{"corpus/file [template]": sha256 or FAILED ...}`."""
    outcomes: dict[str, str] = {}
    for corpus in corpora:
        statements = sorted(corpus.glob("*.txt"))
        for statement in statements:
            result = _briefing("extract", str(statement), "--format", "json")
            key = f"{corpus.name}/{statement.name} [extract]"
            outcomes[key] = _digest(result.stdout) if result.returncode == 0 else f"FAILED {result.returncode}"
        for template in _templates():
            with tempfile.TemporaryDirectory() as folder:
                _briefing("build", *map(str, statements), "-o", folder, "-t", template, "--jobs", str(jobs))
                for statement in statements:
                    pdf = Path(folder) / f"{statement.stem}.pdf"
                    key = f"{corpus.name}/{statement.name} [{template}]"
                    outcomes[key] = _digest(pdf.read_bytes()) if pdf.exists() else "FAILED"
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="folders of statements (.txt)")
    parser.add_argument("--save", type=Path, help="write the outcomes to this JSON file")
    parser.add_argument("--against", type=Path, help="compare with outcomes saved earlier")
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()

    outcomes = record(options.corpora, options.jobs)
    if options.save:
        options.save.write_text(json.dumps(outcomes, indent=1, sort_keys=True) + "\n")
        print(f"saved {len(outcomes)} outcomes to {options.save}")
    if not options.against:
        return 0
    before = json.loads(options.against.read_text())
    differences = [key for key in sorted(before.keys() | outcomes.keys()) if before.get(key) != outcomes.get(key)]
    for key in differences:
        print(f"differs: {key}: {before.get(key, 'absent')[:16]} -> {outcomes.get(key, 'absent')[:16]}")
    print(f"{len(outcomes) - len(differences)} of {len(outcomes)} identical")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
