"""Interruptions remembered (briefing/signals.py), so one the PDF engine swallowed is raised again."""

from __future__ import annotations

import pytest

from briefing import signals


def test_nothing_is_raised_when_no_interruption_came_since_the_mark() -> None:
    mark = signals.count()
    signals.raise_if_received_since(mark)  # returns quietly


def test_an_interruption_received_after_the_mark_is_raised_again() -> None:
    mark = signals.count()
    interruption = KeyboardInterrupt()
    assert signals.remember(interruption) is interruption
    assert signals.count() == mark + 1
    with pytest.raises(KeyboardInterrupt) as raised:
        signals.raise_if_received_since(mark)
    assert raised.value is interruption
    signals.raise_if_received_since(signals.count())  # a later mark: nothing new
