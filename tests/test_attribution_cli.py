"""Attribution as a user meets it: `check` shows the words that tie each speaker to its quote,
a speaker the source does not tie to the quote stops `check` and `build` (exit 4) with the
source's own attribution shown, and another party's words sit apart on the page."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import pdf_text, run_briefing, squash


def test_check_prints_the_tying_words_and_their_line(content_file: Path) -> None:
    result = run_briefing("check", content_file.name, cwd=content_file.parent)
    assert result.returncode == 0, result.stderr
    assert "  ✓ quote 1 — said Ana Ruiz, the Network's director (line 6)" in result.stdout.splitlines()


def test_a_wrong_speaker_typed_into_a_content_file_stops_check_and_build(content_file: Path) -> None:
    text = content_file.read_text(encoding="utf-8")
    # the Network is named in the source, but the source ties this quote to Ana Ruiz
    content_file.write_text(
        text.replace("speaker: Ana Ruiz, the Network's director", "speaker: Coastal Rights Network"),
        encoding="utf-8",
    )
    checked = run_briefing("check", content_file.name, cwd=content_file.parent)
    assert checked.returncode == 4
    assert "  ✗ quote 1 — said Ana Ruiz, the Network's director (line 6)" in checked.stdout.splitlines()
    error = checked.stderr.splitlines()[0]
    assert error.startswith("Error: coastal.yaml:")
    assert "quote 1 speaker is not verified" in error
    assert "it says: “said Ana Ruiz, the Network's director” (line 6)" in error

    built = run_briefing("build", content_file.name, "-o", "out.pdf", cwd=content_file.parent)
    assert built.returncode == 4
    assert "said Ana Ruiz, the Network's director" in built.stderr
    assert not (content_file.parent / "out.pdf").exists()


def test_allow_unverified_marks_an_untied_speaker_on_the_page(content_file: Path) -> None:
    text = content_file.read_text(encoding="utf-8")
    content_file.write_text(
        text.replace("speaker: Ana Ruiz, the Network's director", "speaker: Coastal Rights Network"),
        encoding="utf-8",
    )
    built = run_briefing(
        "build", content_file.name, "-o", "out.pdf", "--allow-unverified", cwd=content_file.parent
    )
    assert built.returncode == 0, built.stderr
    assert "Coastal Rights Network" in squash(pdf_text(content_file.parent / "out.pdf"))


ANSWERED = """Statement by the Harbour Workers Union, 4 May 2025

The Harbour Workers Union called on the Port Authority to reopen the night shift before the summer.

"Every family on the docks depends on the night shift, and we will not let it go," said union secretary Tom Reid.

The Port Authority rejected the call. "We cannot keep the night shift open with the ships we have," a spokesman replied.
"""


def test_another_partys_words_are_voice_other_and_shown_apart(tmp_path: Path) -> None:
    (tmp_path / "answered.txt").write_text(ANSWERED, encoding="utf-8")
    extracted = run_briefing("extract", "answered.txt", "--format", "json", cwd=tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    quotes = {q["text"][:12]: q for q in json.loads(extracted.stdout)["quotes"]}
    assert quotes["Every family"]["voice"] == "issuer"
    assert quotes["We cannot ke"]["voice"] == "other"
    assert quotes["We cannot ke"]["attribution"]["text"] == "a spokesman replied"

    # built straight from the statement, the page shows the issuer's voice only
    built = run_briefing("build", "answered.txt", "-o", "answered.pdf", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert "We cannot keep the night shift" not in squash(pdf_text(tmp_path / "answered.pdf"))

    # kept in the content file, the answer appears apart, in a labelled box after the issuer's words
    extracted = run_briefing("extract", "answered.txt", "-o", "answered.yaml", cwd=tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    content = (tmp_path / "answered.yaml").read_text(encoding="utf-8")
    assert "    use: false\n    voice: other\n" in content
    (tmp_path / "answered.yaml").write_text(
        content.replace("    use: false\n    voice: other\n", "    use: true\n    voice: other\n"),
        encoding="utf-8",
    )
    built = run_briefing("build", "answered.yaml", "-o", "kept.pdf", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    page = squash(pdf_text(tmp_path / "kept.pdf"))
    heading, box = page.index("IN THEIR WORDS"), page.index("Response from a spokesman")
    assert "Every family on the docks" in page[heading:box]
    assert "We cannot keep the night shift" not in page[heading:box]
    assert "We cannot keep the night shift" in page[box:]
