"""The page as a picture: a one-page PDF's bytes in, a PNG's bytes out.

For looking at a briefing where a PDF viewer is not at hand: an image viewer, a chat, an
e-mail. The PNG is rendered from the very PDF `build` makes (with PDFium, through pypdfium2:
wheels for every platform, no system package), so it shows exactly what prints.
"""

from __future__ import annotations

import io

DEFAULT_DPI = 110  # an A4 page 910 pixels wide: readable on a screen, small enough to send
MIN_DPI = 30
MAX_DPI = 600
POINTS_PER_INCH = 72


def png_bytes(pdf: bytes, dpi: int = DEFAULT_DPI) -> bytes:
    """The PDF's first page as a PNG at `dpi` dots per inch, on white, with no metadata (the
    same PDF always gives the same bytes)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, fill_color=(255, 255, 255, 255))
        image = bitmap.to_pil().convert("RGB")
        page.close()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()
