"""The read-back check: what typesetting changes is ignored; a missing item fails the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import VerificationError
from briefing.model import Content, Figure, Quote
from briefing.readback import check_page_text, missing_items


def test_typesetting_differences_are_ignored() -> None:
    content = Content(
        quotes=[Quote(text="an efficient, long-term “official” solution,")],
        figures=[Figure(display="1.2 million", label="People affected")],
    )
    page = '“an ef\ufb01cient, long-\nterm "of\ufb01cial"\nsolu-\ntion”\n1.2\nmillion PEOPLE AFFECTED'
    assert missing_items(page, content) == []


def test_words_elsewhere_on_the_page_do_not_stand_in_for_a_clipped_item() -> None:
    content = Content(
        summary="Officials said it is not enough.",
        quotes=[Quote(text="it is not enough")],
        figures=[Figure(display="50", label="released")],
    )
    # the quote's words are only in the summary; "50" only inside the source's hash
    page = "Officials said it is not enough. released SHA-256 3a50f1"
    assert missing_items(page, content) == ["quote 1", "figure 1"]


def test_a_quote_whose_letters_changed_case_is_missing() -> None:
    content = Content(quotes=[Quote(text="it is not enough")])
    assert missing_items("“IT IS NOT ENOUGH”", content) == ["quote 1"]


def test_missing_items_are_named_once() -> None:
    content = Content(
        quotes=[Quote(text="present"), Quote(text="cut off at the end")],
        figures=[Figure(display="800", label="gone")],
    )
    assert missing_items("present cut off at the 800", content) == ["quote 2", "figure 1"]


def test_a_build_whose_page_lacks_an_item_fails_and_writes_nothing(
    content_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.pipeline
    import briefing.readback

    real_check = briefing.readback.check_page_text

    def check_with_an_extra_quote(pdf: bytes, content: Content) -> None:
        extra = content.model_copy(update={"quotes": [*content.quotes, Quote(text="never rendered")]})
        real_check(pdf, extra)

    monkeypatch.setattr(briefing.readback, "check_page_text", check_with_an_extra_quote)
    target = content_file.parent / "out.pdf"
    with pytest.raises(VerificationError, match=r"^quote 3 is not on the finished page as written"):
        briefing.pipeline.build_briefing(content_file, target)
    assert not target.exists()
    assert sorted(path.name for path in content_file.parent.iterdir()) == ["coastal.yaml", "statement.txt"]


def test_check_page_text_passes_a_real_page(content_file: Path) -> None:
    import briefing.pipeline

    target = content_file.parent / "out.pdf"
    result = briefing.pipeline.build_briefing(content_file, target)
    check_page_text(target.read_bytes(), result.content)


def test_a_quote_drawn_off_the_page_is_missing() -> None:
    import shutil

    import weasyprint

    if not shutil.which("pdftotext"):
        pytest.skip("poppler's pdftotext is not installed")
    content = Content(quotes=[Quote(text="it is not enough for the families")])
    on_the_page = "<p>“it is not enough for the families”</p>"
    off_the_page = '<p style="position: absolute; left: 250mm">“it is not enough for the families”</p>'
    check_page_text(weasyprint.HTML(string=on_the_page).write_pdf(), content)
    with pytest.raises(VerificationError, match="quote 1 is not on the finished page"):
        check_page_text(weasyprint.HTML(string=off_the_page).write_pdf(), content)


def test_right_to_left_words_in_a_quote_are_found_on_the_page(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from briefing.cli import cli

    statement = tmp_path / "words.txt"
    statement.write_text(
        "Geneva, 3 March 2026 - The coalition said 400 families had been moved from the valley.\n\n"
        '"We stand with the families of \u063a\u0632\u0629 and of \u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd '
        "until they are home,\" said Ana Ruiz, the coalition's coordinator.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["build", str(statement), "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 0, result.output


def test_without_poppler_pypdf_reads_the_page_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from briefing import readback
    from briefing.cli import cli

    monkeypatch.setattr(readback.shutil, "which", lambda name: None)
    result = CliRunner().invoke(cli, ["build", "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 0, result.output
