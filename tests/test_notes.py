"""The speaker's notes (notes.py): every candidate with its line in the source, the full
quotes, the verification table and the talking points, on as many pages as they take."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from briefing.notes import candidates, notes_path
from briefing.review import review_input
from tests.conftest import pdf_text, run_briefing, squash

POINTS = """
notes:
  - Open with the families still in tents.
  - Ask for the plan's publication date before the rains.
"""


def test_notes_list_every_candidate_with_its_line_in_the_source(content_file: Path) -> None:
    listed = candidates(review_input(content_file))
    quotes = listed["quotes"]
    assert [(q.item, q.on_page, q.line, q.verified) for q in quotes] == [
        ("quote 1", True, 6, True),
        ("quote 2", True, 9, True),
    ]
    assert [f.line for f in listed["figures"]] == [3, 4]


def test_build_notes_writes_the_talking_points_and_the_briefing_stays_one_page(content_file: Path) -> None:
    text = content_file.read_text(encoding="utf-8").replace("notes: []\n", "")
    content_file.write_text(text + POINTS, encoding="utf-8")
    result = run_briefing("build", content_file.name, "--notes", cwd=content_file.parent)
    assert result.returncode == 0, result.stderr
    briefing = content_file.parent / "out/coastal.pdf"
    notes = notes_path(briefing)
    assert notes.name == "coastal-notes.pdf"
    assert len(PdfReader(briefing).pages) == 1
    text = squash(pdf_text(notes))
    assert "Open with the families still in tents." in text
    assert "Ask for the plan's publication date before the rains." in text
    assert "Verification" in text or "VERIFICATION" in text
    assert "✓ quote 1" in text
    assert "✓ figure 2" in text
    assert "Open with the families" not in squash(pdf_text(briefing))
