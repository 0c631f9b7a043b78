"""Reading times per format (issue 14): `python bench/readers.py [FOLDER]` from the project folder.

For each format (text, HTML, PDF, Word, e-mail) it prints, measured in this one run:
  1. the cost of importing its reader and library, in a fresh interpreter (median of 5, less
     the cost of importing `briefing.readers` alone);
  2. the time to read each file of FOLDER (default: ../shared/corpus/inputs) in a warm process
     (median of 5), and a cold `briefing read FILE` (one run);
  3. a cold `briefing read` of a .txt statement against `briefing extract` of the same, to show
     that text statements load no reader of another format;
  4. each PDF and Word file of FOLDER attached to a short cover note (an .eml made here): the
     warm read of the e-mail against that of the file alone (the attachment path's own cost).
Not a test: it asserts nothing, it reports.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
MODULES = {
    "text": "briefing.readers.text_file",
    "html": "briefing.readers.html_page; import trafilatura",
    "pdf": "briefing.readers.pdf_file; import pdfminer.high_level",
    "docx": "briefing.readers.word; import docx",
    "eml": "briefing.readers.email_file",
}


def cold(code: str, runs: int = 5) -> float:
    """Median wall seconds of `python -c code` in a fresh interpreter."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([PYTHON, "-c", code], cwd=PROJECT, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def warm(path: Path, runs: int = 5) -> float:
    """Median seconds to read `path` in this (warm) process."""
    from briefing.readers import read_input

    data = path.read_bytes()
    read_input(data, path.name)  # imports the reader
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read_input(data, path.name)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold_read(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [PYTHON, "-m", "briefing", "read", str(path)], cwd=PROJECT, check=True, capture_output=True
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "folder", nargs="?", type=Path, default=PROJECT.parent / "shared" / "corpus" / "inputs"
    )
    args = parser.parse_args()
    base = cold("import briefing.readers")
    print(f"{'format':8} {'import (s)':>10}")
    for name, module in MODULES.items():
        print(f"{name:8} {cold(f'import {module}') - base:10.3f}")
    print()
    print(f"{'file':45} {'warm read (s)':>13} {'cold `briefing read` (s)':>24}")
    files = sorted(p for p in args.folder.iterdir() if p.suffix in (".html", ".pdf", ".docx", ".eml", ".txt"))
    for path in files:
        if path.name.endswith(".expected.txt"):
            continue
        print(f"{path.name:45} {warm(path):13.4f} {cold_read(path):24.3f}")
    example = PROJECT / "briefing" / "examples" / "venezuela-political-prisoners.txt"
    print()
    print(f"{example.name:45} {warm(example):13.4f} {cold_read(example):24.3f}")
    start = time.perf_counter()
    subprocess.run(
        [PYTHON, "-m", "briefing", "extract", str(example)], cwd=PROJECT, check=True, capture_output=True
    )
    print(f"{'cold `briefing extract` of the same':45} {'':13} {time.perf_counter() - start:24.3f}")
    attachments(files)


def attachments(files: list[Path]) -> None:
    """Each PDF and Word file attached to a cover note: the e-mail read warm, and the file alone."""
    import email.message
    import tempfile

    print()
    print(f"{'attached to a cover note (.eml)':45} {'warm read (s)':>13} {'the file alone (s)':>24}")
    with tempfile.TemporaryDirectory() as folder:
        for path in files:
            if path.suffix not in (".pdf", ".docx") or path.name.endswith(".expected.txt"):
                continue
            message = email.message.EmailMessage()
            message["From"] = "Press Office <press@example.org>"
            message["Subject"] = "Statement"
            message.set_content("Dear editors,\n\nPlease find attached our statement.\n")
            message.add_attachment(
                path.read_bytes(), maintype="application", subtype="octet-stream", filename=path.name
            )
            mail = Path(folder) / f"{path.stem}.eml"
            mail.write_bytes(bytes(message))
            print(f"{path.name:45} {warm(mail):13.4f} {warm(path):24.4f}")


if __name__ == "__main__":
    main()
