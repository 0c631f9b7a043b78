"""The version of briefing, in one place: the package's metadata, `briefing --version`, every
page's footer and a batch's manifest read it from here."""

__version__ = "0.1.0"
