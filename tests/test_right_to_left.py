"""Right-to-left statements build, and their read-back still catches a clipped quote.

PDF readers rebuild the logical order of right-to-left lines each in its own way (poppler
reverses lam-alef ligatures and moves a line's closing mark; pypdf moves trailing commas and
reorders runs), so items with right-to-left letters are compared word by word. Statements
written for these tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.errors import VerificationError
from briefing.model import Content, Quote
from briefing.readback import check_page_text, is_right_to_left, missing_items, word_keys
from tests.conftest import pdf_text, run_briefing, squash

HEBREW_QUOTE = (
    "אנו קוראים לממשלה לשחרר מיד את כל העצירים, לאפשר לבני משפחותיהם לבקר אותם ולפרסם את שמות "
    "כל המוחזקים במתקנים הצבאיים ובבתי הכלא האזרחיים ללא דיחוי נוסף, כי כל יום של עיכוב פוגע במשפחות"
)
HEBREW = (
    "ירושלים (3 במאי 2025) – ועדת זכויות האדם של העמק פרסמה היום הצהרה על 40 עצירים.\n\n"
    f"“{HEBREW_QUOTE},” אמרה דנה לוי, יושבת ראש הוועדה.\n"
)
ARABIC_QUOTE = (
    "ندعو الحكومة إلى الإفراج الفوري عن جميع المحتجزين والسماح لعائلاتهم بزيارتهم ونشر أسماء كل "
    "المحتجزين في السجون العسكرية والمدنية دون أي تأخير إضافي، فلا يجوز أن تنتظر الأسر أكثر"
)
ARABIC = (
    "جنيف (3 مايو 2025) – قالت لجنة حقوق الوادي إن 40 شخصا محتجزون دون محاكمة.\n\n"
    f"“{ARABIC_QUOTE}،” قالت لمى الخطيب، رئيسة اللجنة.\n"
)


@pytest.mark.parametrize(
    ("name", "statement", "quote"), [("he", HEBREW, HEBREW_QUOTE), ("ar", ARABIC, ARABIC_QUOTE)]
)
def test_a_right_to_left_statement_builds_with_its_quote_on_the_page(
    name: str, statement: str, quote: str, tmp_path: Path
) -> None:
    (tmp_path / f"{name}.txt").write_text(statement, encoding="utf-8")
    result = run_briefing("build", f"{name}.txt", "-o", f"{name}.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = word_keys(pdf_text(tmp_path / f"{name}.pdf"))
    assert not word_keys(quote) - page  # every word of the quote is on the page
    assert "1 of 1 quotes verified verbatim" in squash(pdf_text(tmp_path / f"{name}.pdf"))


@pytest.mark.parametrize(("name", "statement"), [("he", HEBREW), ("ar", ARABIC)])
def test_without_poppler_pypdf_reads_a_right_to_left_page_back(
    name: str, statement: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from briefing import readback
    from briefing.cli import cli

    (tmp_path / f"{name}.txt").write_text(statement, encoding="utf-8")
    monkeypatch.setattr(readback.shutil, "which", lambda name: None)
    result = CliRunner().invoke(cli, ["build", str(tmp_path / f"{name}.txt"), "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 0, result.output


def _pdf(html: str) -> bytes:
    import weasyprint

    return weasyprint.HTML(
        string=f'<html dir="rtl"><body style="font-size: 11pt">{html}</body></html>'
    ).write_pdf()


@pytest.mark.parametrize("readers", ["poppler then pypdf", "pypdf alone"])
@pytest.mark.parametrize("quote", [HEBREW_QUOTE, ARABIC_QUOTE])
def test_a_right_to_left_quote_drawn_off_the_page_is_missing(
    quote: str, readers: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing import readback

    if readers == "pypdf alone":
        monkeypatch.setattr(readback.shutil, "which", lambda name: None)
    elif not shutil.which("pdftotext"):
        pytest.skip("poppler's pdftotext is not installed")
    content = Content(quotes=[Quote(text=quote)])
    check_page_text(_pdf(f"<p>“{quote}”</p>"), content)
    with pytest.raises(VerificationError, match="quote 1 is not on the finished page"):
        check_page_text(_pdf(f'<p style="position: absolute; left: 250mm">“{quote}”</p>'), content)


@pytest.mark.parametrize("quote", [HEBREW_QUOTE, ARABIC_QUOTE])
def test_a_right_to_left_quote_cut_off_at_the_foot_of_the_page_is_missing(quote: str) -> None:
    # the summary repeats the quote whole; the quote itself starts on the page and runs off it
    content = Content(summary=quote, quotes=[Quote(text=quote)])
    summary = f"<p>{quote}</p>"
    whole = _pdf(summary + f"<p>“{quote}”</p>")
    check_page_text(whole, content)
    cut = _pdf(summary + f'<p style="position: absolute; top: 282mm; width: 60mm">“{quote}”</p>')
    with pytest.raises(VerificationError, match="quote 1 is not on the finished page"):
        check_page_text(cut, content)


def test_readers_orders_of_right_to_left_words_are_the_same_words() -> None:
    logical = "ندعو الحكومة إلى الإفراج الفوري، فلا يجوز"
    # poppler: lam-alef letters reversed, the comma moved; presentation forms; direction marks
    poppler = "\u202bندعو الحكومة إلى اإلفراج ‪،‬الفوري فال يجوز\u202c"
    presentation = "ندعو الحكومة إلى الإفراج الفوري، ف\ufefb يجوز"
    assert word_keys(poppler) == word_keys(logical) == word_keys(presentation)
    assert missing_items(poppler, Content(quotes=[Quote(text=logical)])) == []


def test_a_changed_or_missing_right_to_left_word_is_missing() -> None:
    content = Content(quotes=[Quote(text="אנו קוראים לממשלה לשחרר מיד את כל העצירים")])
    assert missing_items("אנו קוראים לממשלה לשחרר מיד את כל העצורים", content) == ["quote 1"]
    assert missing_items("אנו קוראים לממשלה לשחרר מיד את כל", content) == ["quote 1"]
    assert missing_items("כל העצירים את מיד לשחרר לממשלה קוראים אנו", content) == []


def test_only_right_to_left_letters_make_an_item_right_to_left() -> None:
    assert is_right_to_left("שלום")
    assert is_right_to_left("سلام")
    assert not is_right_to_left("hello 123")


def test_a_number_glued_to_right_to_left_letters_is_read_apart_but_arabic_digits_stay_whole() -> None:
    from briefing.model import Figure

    content = Content(figures=[Figure(display="40", label="עצירים"), Figure(display="٣٠", label="سجناء")])
    assert missing_items("עצירים40 سجناء٣٠", content) == []
    assert missing_items("עצירים340 سجناء", content) == ["figure 1", "figure 2"]


def test_a_summary_that_repeats_a_quote_twice_does_not_stand_in_for_it_clipped() -> None:
    quote = "אנו קוראים לממשלה לשחרר מיד את כל העצירים"
    content = Content(summary=f"{quote}. {quote}.", quotes=[Quote(text=quote)])
    assert missing_items(f"{quote}. {quote}. {quote}", content) == []
    assert missing_items(f"{quote}. {quote}. אנו קוראים לממשלה", content) == ["quote 1"]
