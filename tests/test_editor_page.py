"""The editor's page, as a user sees it: chosen items (`use`), the meeting and the ask, the
footer's count, and a thin page. Each test builds with the CLI and reads the PDF."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing.contentfile import content_file_schema, load_content_file
from tests.conftest import pdf_text, run_briefing, squash


def _set_use(path: Path, item: int, value: bool, section: str = "quotes") -> None:
    """Switch the `use` of the item-th entry (1-based) of a section of a content file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"{section}:")
    seen = 0
    for index in range(start + 1, len(lines)):
        if lines[index].startswith("  - "):
            seen += 1
        if seen == item and lines[index].strip().startswith("use:"):
            lines[index] = f"    use: {'true' if value else 'false'}"
            break
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_quote_set_to_false_is_off_the_page_and_in_the_notes(content_file: Path) -> None:
    _set_use(content_file, 2, False)
    result = run_briefing("build", content_file.name, "-o", "out/c.pdf", "--notes", cwd=content_file.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["out/c.pdf", "out/c-notes.pdf"]
    page = squash(pdf_text(content_file.parent / "out/c.pdf"))
    notes = squash(pdf_text(content_file.parent / "out/c-notes.pdf"))
    assert "Every family deserves a safe home" not in page
    assert "We ask the government to restore the sea wall" in page
    assert "Every family deserves a safe home. Nobody should wait another winter for help," in notes
    assert "– not used" in notes
    assert "✓ on page" in notes
    assert "1 of 1 quotes verified verbatim" in page  # the footer counts the page's quotes


def test_check_lists_an_item_set_to_false_as_off_the_page(content_file: Path) -> None:
    _set_use(content_file, 2, False)
    result = run_briefing("check", content_file.name, cwd=content_file.parent)
    assert result.returncode == 0, result.stderr
    quote_2 = next(line for line in result.stdout.splitlines() if line.split()[1:3] == ["quote", "2"])
    assert quote_2.endswith("[use: false, not on the page]")
    quote_1 = next(line for line in result.stdout.splitlines() if line.split()[1:3] == ["quote", "1"])
    assert "not on the page" not in quote_1


def test_an_item_set_to_false_is_still_verified(content_file: Path) -> None:
    text = content_file.read_text(encoding="utf-8")
    content_file.write_text(text.replace("Nobody should wait another winter", "Nobody should wait a winter"))
    _set_use(content_file, 2, False)
    result = run_briefing("build", content_file.name, cwd=content_file.parent)
    assert result.returncode == 4
    assert "quote 2 is not verified" in result.stderr


def test_an_old_content_file_without_use_builds_as_before(content_file: Path) -> None:
    with_use = content_file.read_text(encoding="utf-8")
    old = content_file.parent / "old.yaml"
    old.write_text(
        "".join(line for line in with_use.splitlines(True) if "use:" not in line), encoding="utf-8"
    )
    assert all(quote.use for quote in load_content_file(old).content.quotes)
    first = run_briefing("build", "old.yaml", "-o", "old.pdf", cwd=content_file.parent)
    second = run_briefing("build", content_file.name, "-o", "new.pdf", cwd=content_file.parent)
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    page = squash(pdf_text(content_file.parent / "old.pdf"))
    assert "Every family deserves a safe home" in page
    assert "restore the sea wall" in page
    assert (content_file.parent / "old.pdf").read_bytes() == (content_file.parent / "new.pdf").read_bytes()


def test_extract_writes_every_candidate_with_use(tmp_path: Path, coastal_statement: str) -> None:
    (tmp_path / "statement.txt").write_text(coastal_statement, encoding="utf-8")
    result = run_briefing("extract", "statement.txt", "-o", "c.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "c.yaml").read_text(encoding="utf-8")
    assert "those with `use: true` go on the page" in text
    loaded = load_content_file(tmp_path / "c.yaml").content
    items = [*loaded.figures, *loaded.demands, *loaded.quotes]
    assert text.count("    use: ") == len(items)


MEETING = """
meeting:
  with: the Minister of Foreign Affairs
  date: 2026-03-03
  place: Geneva
ask: Restore the sea wall before the storms, and tell us the date.
"""


@pytest.mark.parametrize(
    ("language", "template", "meeting", "ask"),
    [
        (
            "en",
            "standard",
            "For the meeting with the Minister of Foreign Affairs · Geneva · 3 March 2026",
            "OUR ASK",
        ),
        (
            "es",
            "handout",
            "Para la reunión con the Minister of Foreign Affairs · Geneva · 3 de marzo de 2026",
            "NUESTRA PETICIÓN",
        ),
        (
            "fr",
            "dense",
            "Pour la réunion avec the Minister of Foreign Affairs · Geneva · 3 mars 2026",
            "NOTRE DEMANDE",
        ),
    ],
)
def test_the_meeting_is_in_the_masthead_and_the_ask_in_a_box(
    content_file: Path, language: str, meeting: str, ask: str, template: str
) -> None:
    text = re.sub(r"(?m)^(ask|contact):.*\n", "", content_file.read_text(encoding="utf-8"))
    text = re.sub(r"(?ms)^meeting:\n(  .*\n)*", "", text)
    content_file.write_text(text + MEETING, encoding="utf-8")
    result = run_briefing(
        "build", content_file.name, "-o", "m.pdf", "--lang", language, "-t", template, cwd=content_file.parent
    )
    assert result.returncode == 0, result.stderr
    page = squash(pdf_text(content_file.parent / "m.pdf"))
    assert meeting in page
    assert f"{ask} Restore the sea wall before the storms, and tell us the date." in page
    html = run_briefing(
        "build", content_file.name, "--format", "html", "-o", "m.html", cwd=content_file.parent
    )
    assert html.returncode == 0
    assert '<aside class="ask"' in (content_file.parent / "m.html").read_text(encoding="utf-8")


def test_the_schema_describes_use_meeting_and_notes() -> None:
    schema = content_file_schema()
    assert list(schema["$defs"]["MeetingEntry"]["properties"]) == ["with", "date", "place"]
    for entry in ("FigureEntry", "DemandEntry", "QuoteEntry"):
        assert schema["$defs"][entry]["properties"]["use"]["default"] is True
    assert schema["properties"]["notes"]["items"] == {"type": "string"}


def test_an_empty_meeting_shows_nothing(content_file: Path) -> None:
    assert load_content_file(content_file).content.meeting is None  # as `extract` writes it


THIN = """Statement by the River Board, 4 May 2025

The river rose by 3 metres on Tuesday night. About 400 homes were flooded in the lower town.
"""


def test_a_thin_page_is_never_scaled_up_and_the_batch_says_which(
    tmp_path: Path, coastal_statement: str
) -> None:
    (tmp_path / "thin.txt").write_text(THIN, encoding="utf-8")
    (tmp_path / "full.txt").write_text(coastal_statement, encoding="utf-8")
    single = run_briefing("build", "thin.txt", "-o", "thin.pdf", "-v", cwd=tmp_path)
    assert single.returncode == 0, single.stderr
    assert "type at 100%" in single.stderr
    assert "Warning: the page has no demands and no quotes (a thin page)" in single.stderr
    batch = run_briefing("build", "thin.txt", "full.txt", "-o", "out", cwd=tmp_path)
    assert batch.returncode == 0, batch.stderr
    manifest = json.loads((tmp_path / "out/manifest.json").read_text(encoding="utf-8"))
    assert manifest["thin_pages"] == ["thin.txt"]
    assert [entry["thin_page"] for entry in manifest["briefings"]] == [True, False]
    assert "Thin pages (no demands and no quotes, not scaled up): thin.txt" in batch.stdout + batch.stderr


SPANISH = """Declaración de la Red de Defensa Costera, 3 de marzo de 2025

La Red afirmó que cerca de 800 familias han perdido sus casas desde las inundaciones del invierno.

«Las familias del delta llevan tres inviernos esperando una ayuda que nunca llega», afirmó Ana Ruiz, directora de la Red.

La Red pide al ministerio que publique sus planes contra las inundaciones en un plazo de 30 días.
"""


def test_a_content_file_that_names_no_language_takes_its_sources(tmp_path: Path) -> None:
    (tmp_path / "declaracion.txt").write_text(SPANISH, encoding="utf-8")
    assert run_briefing("extract", "declaracion.txt", "-o", "c.yaml", cwd=tmp_path).returncode == 0
    text = (tmp_path / "c.yaml").read_text(encoding="utf-8")
    assert "\nlang: es " in text
    without = re.sub(r"(?m)^lang:.*\n", "", text)
    without = re.sub(r"(?ms)^meeting:\n(  .*\n)*", "", without)
    (tmp_path / "c.yaml").write_text(
        without + "meeting:\n  with: la Ministra\n  place: Madrid\n", encoding="utf-8"
    )
    result = run_briefing("build", "c.yaml", "-o", "c.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = squash(pdf_text(tmp_path / "c.pdf"))
    assert "Para la reunión con la Ministra · Madrid" in page
    assert "EN SUS PROPIAS PALABRAS" in page
    assert "«Las familias del delta llevan tres inviernos esperando una ayuda que nunca llega»" in page


def test_a_french_page_sets_quotes_in_guillemets(content_file: Path) -> None:
    result = run_briefing(
        "build",
        content_file.name,
        "--lang",
        "fr",
        "--format",
        "html",
        "-o",
        "p.html",
        cwd=content_file.parent,
    )
    assert result.returncode == 0, result.stderr
    html = (content_file.parent / "p.html").read_text(encoding="utf-8")
    assert "<blockquote>«\u202fEvery family deserves a safe home." in html
