"""Every character on the page is drawn by a font that has it (Inter, DejaVu Sans, or an
installed font Pango falls back to); one that no font has is refused, never printed as an
empty box under "verified verbatim". Statements written for these tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.glyphs import script_of, undrawn_characters
from tests.conftest import pdf_text, run_briefing


def _statement(quote: str) -> str:
    return (
        "GENEVA (3 May 2025) – The Valley Rights Panel said 40 people were held in the city.\n\n"
        f"“{quote},” said Lin Hale, the panel's chair.\n"
    )


def _installed_fonts_cover(char: str) -> bool:
    if not shutil.which("fc-list"):
        return False
    listing = subprocess.run(["fc-list", f":charset={ord(char):x}", "family"], capture_output=True, text=True)
    return bool(listing.stdout.strip())


@pytest.mark.parametrize(
    ("quote", "char", "script"),
    [
        ("我们呼吁政府立即释放所有被拘留者", "我", "Han (Chinese, Japanese, Korean)"),
        ("We will not stop until every detainee is home 🙏", "🙏", "emoji"),
        ("ሁሉም እስረኞች ይፈቱ", "ሁ", "Ethiopic"),
        ("เราขอเรียกร้องให้ปล่อยตัวผู้ถูกคุมขัง", "เ", "Thai"),
    ],
)
def test_a_character_no_font_can_draw_is_refused_naming_its_script(
    quote: str, char: str, script: str, tmp_path: Path
) -> None:
    if _installed_fonts_cover(char):
        pytest.skip(f"an installed font draws {script}: the page would show it")
    (tmp_path / "s.txt").write_text(_statement(quote), encoding="utf-8")
    result = run_briefing("build", "s.txt", "-o", "s.pdf", cwd=tmp_path)
    assert result.returncode == 6
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error: no font here can draw the ")
    assert script in lines[0]
    assert f"“{char}” (U+{ord(char):04X})" in lines[0]
    assert not (tmp_path / "s.pdf").exists()


def test_a_character_from_the_configuration_is_checked_too(tmp_path: Path) -> None:
    if _installed_fonts_cover("権"):
        pytest.skip("an installed font draws Han")
    (tmp_path / "s.txt").write_text(_statement("Every detainee must be released"), encoding="utf-8")
    (tmp_path / "briefing.toml").write_text('organisation = "人権ネットワーク"\n', encoding="utf-8")
    result = run_briefing("build", "s.txt", "-o", "s.pdf", cwd=tmp_path)
    assert result.returncode == 6
    assert "Han" in result.stderr
    assert not (tmp_path / "s.pdf").exists()


def _char_only_a_fallback_font_has() -> str | None:
    """A letter an installed font has but neither Inter nor DejaVu Sans, if there is one."""
    from fontTools.ttLib import TTFont

    from briefing.assets import styles_dir

    if not shutil.which("fc-list"):
        return None
    ours: set[int] = set()
    for font in sorted((styles_dir() / "fonts").glob("*.otf")):
        ours |= set(TTFont(font)["cmap"].getBestCmap())
    for candidate in ("\u1d6b", "\u1d7f", "\u2c65", "\u0e81", "\u16a0", "\u13a0"):
        if ord(candidate) in ours or not _installed_fonts_cover(candidate):
            continue
        sans = subprocess.run(
            ["fc-list", f"DejaVu Sans:charset={ord(candidate):x}", "family"], capture_output=True, text=True
        )
        if not sans.stdout.strip():
            return candidate
    return None


def test_a_character_an_installed_font_has_is_drawn_with_that_font(tmp_path: Path) -> None:
    char = _char_only_a_fallback_font_has()
    if char is None:
        pytest.skip("no installed font has a letter that Inter and DejaVu Sans lack")
    (tmp_path / "s.txt").write_text(_statement(f"We name the letter {char} in our report"), encoding="utf-8")
    result = run_briefing("build", "s.txt", "-o", "s.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert ".notdef" not in result.stderr
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", "s.pdf"], cwd=tmp_path, capture_output=True, text=True).stdout
        names = [line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]]
        assert any(not name.startswith(("Inter", "DejaVuSans-", "DejaVuSans")) for name in names), names


def test_the_engines_report_of_missing_glyphs_is_read() -> None:
    messages = [
        'Unsupported property "x"',
        '.notdef glyph rendered for Unicode string unsupported by fonts: "我" (U+6211)',
        '.notdef glyph rendered for Unicode string unsupported by fonts: "🙏" (U+1F64F)',
        '.notdef glyph rendered for Unicode string unsupported by fonts: "我" (U+6211)',
    ]
    assert undrawn_characters(messages) == ["我", "🙏"]


@pytest.mark.parametrize(
    ("char", "script"),
    [
        ("中", "Han (Chinese, Japanese, Korean)"),
        ("🙏", "emoji"),
        ("क", "Devanagari"),
        ("ก", "Thai"),
        ("あ", "Hiragana"),
    ],
)
def test_scripts_are_named(char: str, script: str) -> None:
    assert script_of(char) == script


def test_a_symbol_with_an_emoji_style_selector_builds_when_a_font_draws_the_symbol(tmp_path: Path) -> None:
    if not _installed_fonts_cover("\u2764"):
        pytest.skip("no installed font draws the heavy black heart")
    (tmp_path / "s.txt").write_text(
        _statement("We love our families \u2764\ufe0f and will not stop"), encoding="utf-8"
    )
    result = run_briefing("build", "s.txt", "-o", "s.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr  # the selector draws nothing and is not looked for
    assert "\u2764" in pdf_text(tmp_path / "s.pdf")
