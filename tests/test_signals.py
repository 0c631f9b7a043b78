"""Interruptions remembered where the PDF engine would swallow them (briefing.signals)."""

from __future__ import annotations

import pytest

from briefing import signals


class Stop(BaseException):
    """Stands for the CLI's Terminated."""


def test_nothing_received_since_a_mark_raises_nothing():
    mark = signals.count()
    signals.raise_if_received_since(mark)


@pytest.mark.parametrize("interruption", [KeyboardInterrupt(), Stop()], ids=["ctrl-c", "sigterm"])
def test_an_interruption_received_since_a_mark_is_raised_again(interruption):
    mark = signals.count()
    assert signals.remember(interruption) is interruption
    assert signals.count() == mark + 1
    with pytest.raises(type(interruption)):
        signals.raise_if_received_since(mark)
    signals.raise_if_received_since(signals.count())  # a later mark: nothing since


@pytest.mark.engine_errors
def test_an_interruption_the_engine_swallows_while_drawing_is_raised_not_reported():
    """WeasyPrint catches everything around an SVG and logs it as a broken picture: the
    wrapper raises the interruption again instead of a RenderError (exit 6)."""
    import logging

    from briefing import pdf

    def swallowing_engine():
        try:
            raise signals.remember(KeyboardInterrupt())
        except BaseException:  # what weasyprint.images.SVGImage.draw does
            logging.getLogger("weasyprint").error("Failed to render SVG image %s", "logo.svg")

    with pytest.raises(KeyboardInterrupt), pdf._refuse_engine_errors("write the PDF"):
        swallowing_engine()
