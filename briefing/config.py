"""Branding and defaults: `briefing.toml` in, a checked `Config` out.

The file is read from the working folder (or the path given with `--config`). Every key is
optional; unknown keys, wrong types, a missing logo or an accent colour too light to read are
refused with one line naming the file and the key. Command-line options override the file.

    organisation = "Rights Watch International"
    logo = "logo.svg"            # SVG or PNG, relative to this file
    accent = "#8a1538"           # headings and rules; must be dark enough to read on white
    contact = "Press office: +41 22 000 00 00 · press@example.org"
    template = "standard"        # see `briefing templates`
    paper = "a4"                 # a4 or letter
    language = "en"              # en, es or fr
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import InputError
from briefing.guard import UnsafeFile, is_folder, is_regular_file, read_regular_file, resolved
from briefing.labels import check_language

CONFIG_NAME = "briefing.toml"
PAPER_SIZES_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
MAX_LOGO_BYTES = 2_000_000
# A logo is a few hundred pixels a side; a picture much larger than this is a mistake, or a
# decompression bomb (a small file that unpacks to gigabytes), and is refused before the PDF
# engine decodes it.
MAX_LOGO_PIXELS = 4000
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DEFAULT_ACCENT = "#1f4e79"
_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_KEYS = ("organisation", "logo", "accent", "contact", "template", "paper", "language")


@dataclass(frozen=True)
class Branding:
    """Who the briefing is from, as the page shows it."""

    organisation: str | None = None
    logo: Path | None = None  # absolute path of an SVG or PNG file
    accent: str = DEFAULT_ACCENT
    contact: str | None = None


@dataclass(frozen=True)
class Config:
    """What `briefing.toml` sets; `None` means "not set: use the built-in default"."""

    branding: Branding = field(default_factory=Branding)
    template: str | None = None
    paper: str | None = None
    language: str | None = None
    path: Path | None = None  # the file it was read from


def load_config(path: Path | None = None, *, folder: Path | None = None) -> Config:
    """Read `path`, or `briefing.toml` in `folder` (the working folder) if there is one."""
    if path is None:
        candidate = (folder or Path.cwd()) / CONFIG_NAME
        if not is_regular_file(candidate):
            return Config()
        path = candidate
    elif not is_regular_file(path):
        what = "is a folder" if is_folder(path) else "is not a regular file"
        if not os.path.lexists(path):
            what = "does not exist"
        raise InputError(f"the config file {path} {what}: check the path given with --config.")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except tomllib.TOMLDecodeError as error:
        raise InputError(
            f"{path} is not valid TOML ({error}): fix that line, e.g. put text in quotes."
        ) from None
    except RecursionError:  # arrays or tables nested thousands deep: the reader recurses
        raise InputError(
            f"{path} nests arrays or tables thousands deep, which briefing.toml never needs: "
            'write each key as `key = "text"`.'
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path} cannot be read ({error}): save it as UTF-8 text.") from None
    return _parse(data, path)


def _parse(data: dict[str, object], path: Path) -> Config:
    for key in data:
        if key not in _KEYS:
            close = difflib.get_close_matches(key, _KEYS, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"the keys are {', '.join(_KEYS)}."
            raise InputError(f"{path}: unknown key {key!r}; {hint}")
    text = {key: _text(data, key, path) for key in _KEYS if key in data}

    logo = None
    if "logo" in text:
        logo = _logo(text["logo"], path)
    accent = DEFAULT_ACCENT
    if "accent" in text:
        accent = _accent(text["accent"], path)
    paper = text.get("paper")
    if paper is not None:
        paper = check_paper(paper, where=f"{path}: key 'paper'")
    language = text.get("language")
    if language is not None:
        language = check_language(language, where=f"{path}: key 'language'")
    branding = Branding(
        organisation=text.get("organisation"), logo=logo, accent=accent, contact=text.get("contact")
    )
    return Config(branding=branding, template=text.get("template"), paper=paper, language=language, path=path)


def _text(data: dict[str, object], key: str, path: Path) -> str:
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise InputError(f'{path}: key {key!r} must be some text in quotes, e.g. {key} = "..."')
    return value.strip()


def _logo(value: str, path: Path) -> Path:
    logo = resolved(path.parent / value)
    if logo.suffix.lower() not in (".svg", ".png"):
        raise InputError(
            f"{path}: key 'logo': {value} is not an SVG or PNG file; convert the logo to one of those."
        )
    if not is_regular_file(logo):
        raise InputError(f"{path}: key 'logo': {logo} does not exist (the path is relative to {path.name}).")
    try:  # a regular file, never waiting on a pipe
        head = read_regular_file(logo, MAX_LOGO_BYTES)
    except UnsafeFile as unsafe:
        raise InputError(f"{path}: key 'logo': {logo} {unsafe}.") from None
    if len(head) > MAX_LOGO_BYTES:
        raise InputError(
            f"{path}: key 'logo': {value} is larger than 2 MB; use a smaller file (an SVG is best)."
        )
    problem = _png_problem(head) if logo.suffix.lower() == ".png" else _svg_problem(head)
    if problem:
        raise InputError(f"{path}: key 'logo': {value} {problem}")
    return logo


def _png_problem(data: bytes) -> str | None:
    """What is wrong with a PNG logo, read from its header alone, or None."""
    if not data.startswith(_PNG_SIGNATURE) or data[12:16] != b"IHDR" or len(data) < 33:
        return (
            "is not a PNG picture (it may be damaged or another format); export the logo again as PNG or SVG."
        )
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if not (0 < width <= MAX_LOGO_PIXELS and 0 < height <= MAX_LOGO_PIXELS):
        return (
            f"is {width} x {height} pixels, more than {MAX_LOGO_PIXELS} x {MAX_LOGO_PIXELS}; "
            "save a smaller copy of the logo (a few hundred pixels a side is plenty)."
        )
    if b"IEND" not in data[-16:]:
        return "is cut short or damaged (it has no end marker); export the logo again."
    # The PDF engine embeds a PNG without decoding it, so a damaged one would reach the page
    # as a broken picture: decode it here (its size is capped above, so this is cheap).
    import io

    from PIL import Image, ImageFile  # WeasyPrint's own image library

    # WeasyPrint sets this globally, which would let a damaged logo pass as a truncated one.
    tolerant, ImageFile.LOAD_TRUNCATED_IMAGES = ImageFile.LOAD_TRUNCATED_IMAGES, False
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except Exception as error:  # Pillow raises many kinds for damaged data
        return f"is damaged ({' '.join(str(error).split()) or type(error).__name__}); export the logo again."
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = tolerant
    return None


def _svg_problem(data: bytes) -> str | None:
    """What is wrong with an SVG logo, or None. Entity declarations (the "billion laughs"
    bomb), `<use>` references that expand past a cap, and anything but an <svg> document are
    refused before the PDF engine parses it (`briefing.svgcheck`)."""
    from briefing.svgcheck import svg_problem

    return svg_problem(data)


def _accent(value: str, path: Path) -> str:
    if not _HEX_COLOUR.fullmatch(value):
        raise InputError(f"{path}: key 'accent': {value!r} is not a colour; write it like \"#1f4e79\".")
    ratio = contrast_on_white(value)
    if ratio < 4.5:
        raise InputError(
            f"{path}: key 'accent': {value} is too light to read on white paper "
            f"(contrast {ratio:.1f}:1, at least 4.5:1 needed); choose a darker colour."
        )
    return value.lower()


def check_paper(value: str, where: str = "--paper") -> str:
    """The paper name, lower-cased, if it is one the page can be set on; else a user error."""
    paper = value.strip().lower()
    if paper not in PAPER_SIZES_MM:
        raise InputError(f"{where}: unknown paper size {value!r}; choose a4 or letter.")
    return paper


def contrast_on_white(colour: str) -> float:
    """WCAG contrast ratio of a #rgb or #rrggbb colour against white."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(2 * d for d in digits)
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)
