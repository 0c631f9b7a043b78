"""The speaker's notes (notes.py): every candidate with its line in the source, the full
quotes, the verification table and the talking points, on as many pages as they take."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.labels import CATALOGUES, Labels
from briefing.notes import candidates, item_name, notes_path, page_footer
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


# --- the notes' own words follow the briefing's language ------------------------------------

SPANISH_STATEMENT = """Red Costera por los Derechos, 3 de marzo de 2025

La Red Costera por los Derechos pidió hoy al Ministerio de Vivienda que publique el plan de
realojo de las 1.200 familias que siguen en tiendas de campaña tras las inundaciones.

«Las familias no pueden pasar otro invierno bajo una lona», afirmó Marta Ibáñez, directora de la Red.
"""

FRENCH_STATEMENT = """Réseau côtier pour les droits, 3 mars 2025

Le Réseau côtier pour les droits a appelé aujourd'hui le ministère du Logement à publier le plan
de relogement des 1 200 familles qui vivent encore sous des tentes depuis les inondations.

« Les familles ne peuvent pas passer un autre hiver sous une bâche », a déclaré Marie Lenoir,
directrice du Réseau.
"""

# (statement, the notes' words in its language, a talking point's heading)
NOTES_WORDS = {
    "es": (
        SPANISH_STATEMENT,
        [
            "Notas de apoyo",
            "Verificación",
            "Comprobación",
            "todas las encontradas",
            "✓ en la página",
            "✓ cita 1",
            "cita 1, quién la dijo",
            "✓ cifra 1",
            "Notas · página 1 de 1",
            "Fuente: s.txt",
        ],
        "Puntos para la reunión",
    ),
    "fr": (
        FRENCH_STATEMENT,
        [
            "Notes d’intervention",
            "Vérification",
            "Contrôle",
            "tout ce qui a été trouvé",
            "✓ sur la page",
            "✓ citation 1",
            "citation 1, qui l’a dite",
            "✓ chiffre 1",
            "Notes · page 1 sur 1",
            "Source : s.txt",
        ],
        "Points à aborder",
    ),
}
ENGLISH_WORDS = [
    "Speaker’s notes",
    "Verification",
    "every candidate",
    "on page",
    "quote 1",
    "Talking points",
    " of 1",
]


def _notes_of(folder: Path, statement: str, *options: str) -> tuple[str, str | None]:
    """Build a content file of `statement` with two talking points, --notes: the notes' text
    (poppler's, spaces squashed) and their PDF title (pypdf's)."""
    (folder / "s.txt").write_text(statement, encoding="utf-8")
    made = run_briefing("extract", "s.txt", "-o", "s.yaml", cwd=folder)
    assert made.returncode == 0, made.stderr
    text = (folder / "s.yaml").read_text(encoding="utf-8").replace("notes: []\n", "")
    (folder / "s.yaml").write_text(text + POINTS, encoding="utf-8")
    built = run_briefing("build", "s.yaml", "--notes", *options, cwd=folder)
    assert built.returncode == 0, built.stderr
    notes = folder / "out" / "s-notes.pdf"
    title = PdfReader(notes).metadata.title if PdfReader(notes).metadata else None
    return squash(pdf_text(notes)).replace("\u202f", " ").replace("\u00a0", " "), title


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_the_notes_words_are_in_the_statements_language(tmp_path: Path, lang: str) -> None:
    statement, words, points = NOTES_WORDS[lang]
    text, title = _notes_of(tmp_path, statement)
    folded = text.casefold()  # headings are set in capitals
    for word in [*words, points]:
        assert word.casefold() in folded, word
    for word in ENGLISH_WORDS:
        assert word.casefold() not in folded, word
    assert "Open with the families still in tents." in text  # the talking points as written
    assert title is not None
    assert title.startswith(("Notas:", "Notes :", "Notes\u202f:"))


def test_the_notes_follow_the_language_chosen_for_the_page(tmp_path: Path) -> None:
    text, _ = _notes_of(tmp_path, SPANISH_STATEMENT, "--lang", "en")
    for word in [
        "Speaker’s notes",
        "Verification",
        "every candidate",
        "✓ on page",
        "✓ quote 1",
        "Talking points",
    ]:
        assert word.casefold() in text.casefold(), word
    assert "verificación" not in text.casefold()


def test_every_language_has_the_notes_words_and_a_footer_with_both_page_numbers() -> None:
    for language, catalogue in CATALOGUES.items():
        notes_words = {key for key in catalogue if key.startswith("notes_")}
        assert notes_words == {key for key in CATALOGUES["en"] if key.startswith("notes_")}, language
        footer = catalogue["notes_page"]
        assert footer.index("{page}") < footer.index("{pages}"), language


def test_the_footer_words_cannot_end_the_css_string() -> None:
    labels = Labels("en")
    labels._catalogue = {**labels._catalogue, "notes_page": 'Notes "x" </style> \\ page {page} of {pages}'}
    before, between, after = page_footer(labels)
    for part in (before, between, after):
        assert not set(part) & set("\"'<>&")
    assert before.startswith("Notes \\000022x\\000022 \\00003c")
    assert between == " of "


def test_item_names_follow_the_language() -> None:
    assert item_name("quote 2 speaker", Labels("es")) == "cita 2, quién la dijo"
    assert item_name("figure 1", Labels("fr")) == "chiffre 1"
    assert item_name("demand 3", Labels("en")) == "demand 3"
    assert item_name("something else", Labels("fr")) == "something else"
