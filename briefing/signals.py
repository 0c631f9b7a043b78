"""Ctrl-C and SIGTERM, remembered: the PDF engine catches every exception around drawing an SVG
(`except BaseException`) and logs it as a failed picture, so an interruption there would look
like a broken page (exit 6). The CLI's signal handlers record each interruption here before
raising it, and the engine's wrapper raises it again when the engine swallowed it."""

from __future__ import annotations

_received: list[BaseException] = []


def remember(interruption: BaseException) -> BaseException:
    """Record `interruption` (KeyboardInterrupt, or the CLI's Terminated) and return it, to raise."""
    _received.append(interruption)
    return interruption


def count() -> int:
    """How many interruptions were received so far: a mark to compare with later."""
    return len(_received)


def raise_if_received_since(mark: int) -> None:
    """Raise the last interruption received since `mark` (see `count`), if any was."""
    if len(_received) > mark:
        raise _received[-1]
