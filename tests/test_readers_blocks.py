"""The text every reader produces from its blocks."""

from __future__ import annotations

from briefing.readers.blocks import join_blocks


def test_blocks_are_separated_by_blank_lines_and_list_items_stay_together():
    assert (
        join_blocks(["Title", "- one", "- two", "Body\u00a0text "]) == "Title\n\n- one\n- two\n\nBody text\n"
    )


def test_spaces_fold_but_a_narrow_no_break_space_stays():
    from briefing.readers.blocks import fold_spaces, is_list_item

    assert fold_spaces("a\u00a0 b\u200b c ") == "a b c"
    assert fold_spaces("« Non\u202f»") == "« Non\u202f»"
    assert is_list_item("• Free them")
    assert is_list_item("2. Stop")
    assert is_list_item("b) Publish")
    assert not is_list_item("2025 was a hard year")
