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
    page = '“An ef\ufb01cient, long-\nterm "of\ufb01cial"\nsolu-\ntion”\n1.2\nmillion PEOPLE AFFECTED'
    assert missing_items(page, content) == []


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
