"""What a layout pass measured (briefing/measurement.py): how full the page is, and whether
it fits."""

from __future__ import annotations

import pytest

from briefing.measurement import PX_PER_MM, Measurement, Placed


def test_fill_is_the_contents_height_over_the_pages() -> None:
    assert Measurement(height=800, available=1000, pages=1).fill == pytest.approx(0.8)
    assert Measurement(height=1500, available=1000, pages=1).fill == pytest.approx(1.5)


def test_a_page_fits_when_its_content_ends_above_the_bottom_on_one_page() -> None:
    assert Measurement(height=999, available=1000, pages=1).fits
    assert not Measurement(height=999.8, available=1000, pages=1).fits  # half a pixel spare
    assert not Measurement(height=500, available=1000, pages=2).fits


def test_items_and_columns_start_empty_and_are_kept_apart() -> None:
    first, second = Measurement(1, 2, 1), Measurement(1, 2, 1)
    first.items.append(Placed("quotes", 40.0, 1))
    first.flow_bottoms[1] = 40.0
    assert second.items == []
    assert second.flow_bottoms == {}


def test_css_pixels_per_millimetre() -> None:
    assert pytest.approx(96) == 25.4 * PX_PER_MM
