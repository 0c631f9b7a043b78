"""briefing: turn a public statement into a one-page, print-ready PDF briefing."""

__version__ = "0.1.0"
