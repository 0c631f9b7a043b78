"""`--format png`: a picture of the very PDF `build` makes."""

from __future__ import annotations

import io
import math
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from briefing.config import PAPER_SIZES_MM
from briefing.picture import png_bytes
from tests.conftest import run_briefing


@pytest.mark.parametrize(("paper", "dpi"), [("a4", None), ("letter", 72)])
def test_png_is_the_paper_at_the_dpi_and_the_pdfs_own_pixels(
    small_statement: Path, paper: str, dpi: int | None
) -> None:
    folder = small_statement.parent
    extra = ["--dpi", str(dpi)] if dpi else []
    built_png = run_briefing(
        "build", small_statement.name, "--paper", paper, "--format", "png", *extra, cwd=folder
    )
    built_pdf = run_briefing("build", small_statement.name, "--paper", paper, cwd=folder)
    assert built_png.returncode == built_pdf.returncode == 0, built_png.stderr + built_pdf.stderr
    assert built_png.stdout.strip() == "out/riverland.png"
    image = Image.open(folder / "out/riverland.png")
    width_mm, height_mm = PAPER_SIZES_MM[paper]
    dots = dpi or 110
    expected = (width_mm / 25.4 * dots, height_mm / 25.4 * dots)
    assert image.size[0] in (math.floor(expected[0]), math.ceil(expected[0]))
    assert image.size[1] in (math.floor(expected[1]), math.ceil(expected[1]))
    # the same pixels as the PDF built from the same input, rendered at the same resolution
    rendered = Image.open(io.BytesIO(png_bytes((folder / "out/riverland.pdf").read_bytes(), dots)))
    assert ImageChops.difference(image.convert("RGB"), rendered.convert("RGB")).getbbox() is None


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler's pdftoppm is not installed")
def test_png_looks_like_another_renderers_picture_of_the_pdf(small_statement: Path, tmp_path: Path) -> None:
    folder = small_statement.parent
    assert run_briefing("build", small_statement.name, cwd=folder).returncode == 0
    ours = Image.open(io.BytesIO(png_bytes((folder / "out/riverland.pdf").read_bytes(), 60))).convert("L")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-singlefile",
            str(folder / "out/riverland.pdf"),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    poppler = Image.open(tmp_path / "p.png").convert("L").resize(ours.size)
    assert ImageStat.Stat(ImageChops.difference(ours, poppler)).mean[0] < 8  # anti-aliasing differs


def test_png_bytes_are_reproducible(small_statement: Path) -> None:
    folder = small_statement.parent
    first = run_briefing("build", small_statement.name, "--format", "png", "-o", "a.png", cwd=folder)
    second = run_briefing("build", small_statement.name, "--format", "png", "-o", "b.png", cwd=folder)
    assert first.returncode == second.returncode == 0
    assert (folder / "a.png").read_bytes() == (folder / "b.png").read_bytes()
