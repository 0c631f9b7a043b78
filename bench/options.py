"""WeasyPrint's write options that matter for speed and size, measured on the bundled example:
`python bench/options.py` (also run by `make bench`). Prints the median time of
`write_pdf` and the file size for each choice, with what `briefing` uses marked."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))  # this checkout's briefing, not an installed one
CHOICES = {
    "briefing (subset fonts, compressed)": {},
    "full_fonts=True": {"full_fonts": True},
    "optimize_images=True": {"optimize_images": True},
    "uncompressed_pdf=True": {"uncompressed_pdf": True},
}


def main(repeats: int = 7) -> None:
    import weasyprint

    from briefing.pdf import font_configuration

    with tempfile.TemporaryDirectory() as folder:
        html = Path(folder) / "example.html"
        subprocess.run(
            [sys.executable, "-m", "briefing", "build", "--format", "html", "-o", str(html)],
            cwd=PROJECT,
            check=True,
            capture_output=True,
        )
        document = weasyprint.HTML(filename=str(html)).render(font_config=font_configuration())
    print(
        "WeasyPrint write_pdf options on the bundled example (pdf/ua-1, median of",
        repeats,
        "in a warm process)",
    )
    for name, options in CHOICES.items():
        times, size = [], 0
        for _ in range(repeats):
            start = time.perf_counter()
            data = document.write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=True, **options)
            times.append(time.perf_counter() - start)
            size = len(data)
        print(f"   {name:<38} {statistics.median(times) * 1000:6.0f} ms  {size / 1024:7.0f} KB")


if __name__ == "__main__":
    main()
