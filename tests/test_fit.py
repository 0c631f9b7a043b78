"""The fitting stage: always one page, never below the type floors, drops reported, --strict."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing import review
from briefing.cli import cli
from briefing.errors import ExitCode, FitError
from briefing.fit import MAX_SCALE, MIN_SCALE, LaidOut, fit_to_page
from briefing.measurement import Measurement, Placed
from briefing.model import Figure
from briefing.pipeline import write_briefing
from briefing.settings import BuildOptions, PageSettings, resolve_settings
from tests.conftest import pdf_text, squash
from tests.layout_fixtures import PROVENANCE, make_content, statement_for

PAPER_POINTS = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}
TEMPLATES = ("standard", "handout", "dense")


def settings(tmp_path: Path, **choices: str):
    return resolve_settings(BuildOptions(folder=tmp_path, **choices)).page


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_gives_exactly_one_page_on_both_papers(template, paper, tmp_path):
    target = tmp_path / "page.pdf"
    write_briefing(
        make_content(7, 4),
        PROVENANCE,
        target,
        resolve_settings(BuildOptions(template=template, paper=paper, folder=tmp_path)),
    )
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(PAPER_POINTS[paper], abs=0.5)


@pytest.fixture(scope="module")
def overlong(tmp_path_factory):
    """Three times a seed's demands and quotes, built once for the tests that read it."""
    folder = tmp_path_factory.mktemp("overlong")
    target = folder / "long.pdf"
    result = write_briefing(
        make_content(20, 10, summary_sentences=3),
        PROVENANCE,
        target,
        resolve_settings(BuildOptions(folder=folder)),
    )
    return result, target


def test_overlong_content_fits_by_leaving_out_the_last_items_and_says_so(overlong):
    result, target = overlong
    assert result.pages == 1
    kept_demands, kept_quotes = len(result.content.demands), len(result.content.quotes)
    assert 1 <= kept_demands < 20
    assert 1 <= kept_quotes < 10
    assert result.warnings == [
        f"left out {20 - kept_demands} of 20 demands and {10 - kept_quotes} of 10 quotes to fit one page; "
        "put them back by shortening the summary or removing items in the content file."
    ]
    text = squash(pdf_text(target))
    # the most important items stay, whole; the last ones go
    assert "Demand 1: end the use of pre-trial detention against the press and publish" in text
    assert "Demand 20:" not in text
    assert "Quote 10:" not in text
    assert "Quote 1: every journalist held for their work must be freed today" in text


def test_smallest_text_is_not_below_the_floors(overlong):
    _, target = overlong
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        smallest = min(char["size"] for char in page.chars)
        words = page.extract_words(extra_attrs=["size"])
    assert smallest >= 7.5 - 0.01  # the footer's floor; nothing on the page is smaller
    # body text (summary, demands) and quotes: at least 9 pt
    body = [
        w
        for w in words
        if w["text"].rstrip(":,") in {"Sentence", "Demand", "Quote", "journalist", "detention"}
    ]
    assert len(body) > 10
    assert min(w["size"] for w in body) >= 9 - 0.01


def test_a_seed_sized_page_takes_two_layout_passes(tmp_path):
    result = fit_to_page(make_content(7, 4), PROVENANCE, settings(tmp_path))
    assert result.passes == 2
    assert len(result.document.pages) == 1
    assert result.drop_reports() == []


def test_a_sparse_page_scales_up_within_the_ceiling(tmp_path):
    result = fit_to_page(make_content(1, 1, summary_sentences=1), PROVENANCE, settings(tmp_path))
    assert 1.0 < result.settings.scale <= 1.3
    assert len(result.document.pages) == 1


def test_strict_refuses_content_that_needs_items_left_out(tmp_path):
    with pytest.raises(FitError, match=r"too long for one A4 page \(about \d+ mm over\)"):
        fit_to_page(make_content(20, 10), PROVENANCE, settings(tmp_path), strict=True)


def test_scale_floor_keeps_body_text_at_nine_points():
    from briefing.render import BASE_FONT_PT

    assert pytest.approx(9.0) == BASE_FONT_PT * MIN_SCALE


@pytest.fixture
def overlong_statement(monkeypatch, tmp_path) -> Path:
    """A statement whose extraction is three times a seed's demands and quotes, all in its words,
    every one chosen for the page."""
    content = make_content(20, 10)
    monkeypatch.setattr(review, "extract_statement", lambda statement, **_: content)
    monkeypatch.setattr("briefing.choice.choose_for_page", lambda content, text: content)
    path = tmp_path / "riverland.txt"
    path.write_text(statement_for(content), encoding="utf-8")
    return path


def test_cli_reports_drops_on_stderr_and_verbose_shows_passes(overlong_statement, tmp_path):
    target = tmp_path / "x.pdf"
    result = CliRunner().invoke(
        cli, ["build", str(overlong_statement), "-o", str(target), "-v"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(target)
    assert "Warning: left out " in result.stderr
    assert "of 20 demands" in result.stderr
    assert "layout passes" in result.stderr
    assert len(PdfReader(target).pages) == 1


def test_cli_strict_refuses_and_writes_nothing(overlong_statement, tmp_path):
    target = tmp_path / "x.pdf"
    result = CliRunner().invoke(cli, ["build", str(overlong_statement), "-o", str(target), "--strict"])
    assert result.exit_code == ExitCode.DOES_NOT_FIT
    assert result.stderr.startswith("Error: the briefing is about ")
    assert "build without --strict" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [overlong_statement]


def test_the_figure_row_shows_the_four_most_important_and_says_so(tmp_path):
    content = make_content(2, 1)
    extra = [Figure(value=n, display=f"£{n} billion", label=f"cost number {n}") for n in (11, 22, 33, 44, 55)]
    content = content.model_copy(update={"figures": [*content.figures[:1], *extra]})
    target = tmp_path / "page.pdf"
    result = write_briefing(content, PROVENANCE, target, resolve_settings(BuildOptions(folder=tmp_path)))
    assert (
        "showing the first 4 of 6 figures (the row holds 4); reorder the figures in the content "
        "file to choose others."
    ) in result.warnings
    text = squash(pdf_text(target))
    assert "£33 billion" in text  # a long value is whole, never broken inside a word
    assert "£44 billion" not in text
    assert "cost number 44" not in text


def test_the_bundled_example_fits_in_two_passes_without_leaving_anything_out(tmp_path):
    # Half a page too long as designed: one pass measures that, the second lays the page out
    # at the predicted scale, and it fits with nothing left out.
    result = CliRunner().invoke(cli, ["build", "-v", "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 0, result.output
    assert "fitted in 2 layout passes" in result.stderr
    assert "left out" not in result.stderr


def test_hundreds_of_items_still_give_one_page_and_a_report(tmp_path):
    # more items than any page holds: the surplus is left out before the first pass, which
    # would otherwise lay out pages of content just to measure it
    target = tmp_path / "page.pdf"
    result = write_briefing(
        make_content(120, 120), PROVENANCE, target, resolve_settings(BuildOptions(folder=tmp_path))
    )
    assert len(PdfReader(target).pages) == 1
    (report,) = [warning for warning in result.warnings if warning.startswith("left out")]
    assert "of 120 demands" in report
    assert "of 120 quotes" in report


def test_strict_refuses_more_items_than_a_page_holds(tmp_path):
    target = tmp_path / "page.pdf"
    with pytest.raises(
        FitError, match=r"the briefing has 40 demands, more than one page can hold \(30 at the most\)"
    ):
        write_briefing(
            make_content(40, 2),
            PROVENANCE,
            target,
            resolve_settings(BuildOptions(folder=tmp_path, strict=True)),
        )
    assert not target.exists()


def test_a_pass_measures_content_running_below_the_page_without_a_second_page(tmp_path):
    # what fitting rests on: the body is one unbreakable box, so a page far too long is still
    # one page whose box tree holds the content's whole height
    from dataclasses import replace

    from briefing.fit import _base_url
    from briefing.pdf import measure_page, render_document
    from briefing.render import render_html

    page = replace(settings(tmp_path), scale=1.3)
    html = render_html(make_content(20, 12, summary_sentences=8), PROVENANCE, page)
    document = render_document(html, base_url=_base_url(), allowed_roots=page.resource_roots())
    measured = measure_page(document)
    assert measured.pages == 1
    assert measured.height > 2 * measured.available


def test_a_page_that_fits_as_designed_takes_one_pass(tmp_path):
    result = write_briefing(
        make_content(5, 3), PROVENANCE, tmp_path / "x.pdf", resolve_settings(BuildOptions(folder=tmp_path))
    )
    assert result.details[-1].startswith("fitted in 1 layout passes"), result.details


def test_body_margins_and_padding_in_a_users_stylesheet_keep_the_text_on_the_page(tmp_path, monkeypatch):
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "standard.css").write_text("body { margin: 0 30mm; padding: 0 8mm; }\n")
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "x.pdf"
    write_briefing(make_content(), PROVENANCE, target, resolve_settings(BuildOptions(folder=tmp_path)))
    with pdfplumber.open(target) as pdf:
        (page,) = pdf.pages
        assert max(char["x1"] for char in page.chars) <= page.width - 20  # inside the margin


def test_a_users_stylesheet_that_lets_the_body_break_is_refused_by_name(tmp_path, monkeypatch):
    from briefing.errors import RenderError

    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "standard.css").write_text("html body { display: block !important; }\n")
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "x.pdf"
    with pytest.raises(RenderError, match="styles/ folder"):
        write_briefing(
            make_content(20, 12), PROVENANCE, target, resolve_settings(BuildOptions(folder=tmp_path))
        )
    assert not target.exists()


# --- the fitting policy alone, on a fake page: no template, no PDF engine -------------------


class FakePage:
    """Lays nothing out: measures a page whose content height follows the type scale and the
    spacing (as a real page roughly does), with demands in one column and quotes in another."""

    def __init__(self, fixed: float, item: float, available: float = 1000.0) -> None:
        self.fixed, self.item, self.available = fixed, item, available
        self.passes: list[tuple[float, float]] = []  # (scale, spacing) of each pass

    def __call__(self, content, settings) -> LaidOut:
        self.passes.append((settings.scale, settings.spacing))
        size = settings.scale**1.6 * (1 - 0.14 * (1 - settings.spacing) / 0.4)
        items = [Placed("demands", self.item * size, 1) for _ in content.demands]
        items += [Placed("quotes", self.item * size, 2) for _ in content.quotes]
        bottoms = {
            flow: self.fixed * size + sum(i.height for i in items if i.flow == flow) for flow in (1, 2)
        }
        height = max(bottoms.values())
        return LaidOut("<p>fake</p>", None, Measurement(height, self.available, 1, items, bottoms))


def test_policy_a_page_full_enough_as_designed_takes_one_pass():
    page = FakePage(fixed=400, item=100)  # 4 quotes: 800 of 1000
    result = fit_to_page(make_content(2, 4), PROVENANCE, PageSettings(), lay_out=page)
    assert page.passes == [(1.0, 1.0)]
    assert (result.passes, result.settings.scale, result.dropped) == (
        1,
        1.0,
        {"figures": 0, "demands": 0, "quotes": 0},
    )


def test_policy_a_page_a_little_too_long_is_tightened_not_cut():
    page = FakePage(fixed=500, item=130)  # 4 quotes: 1020 of 1000
    result = fit_to_page(make_content(2, 4), PROVENANCE, PageSettings(), lay_out=page)
    assert len(page.passes) == 2
    assert result.settings.scale == 1.0
    assert result.settings.spacing < 1.0
    assert 0.8 <= result.fill <= 1.0
    assert sum(result.dropped.values()) == 0


def test_policy_a_sparse_page_grows_up_to_the_ceiling():
    page = FakePage(fixed=100, item=50)  # 300 of 1000
    result = fit_to_page(make_content(2, 4), PROVENANCE, PageSettings(), lay_out=page)
    assert result.settings.scale == pytest.approx(MAX_SCALE)
    assert result.passes == 2


def test_policy_items_are_left_out_from_the_end_of_the_longest_column_only_at_the_floor():
    page = FakePage(fixed=200, item=200)  # 10 quotes: 2200 of 1000, more than the floor saves
    result = fit_to_page(make_content(2, 10), PROVENANCE, PageSettings(), lay_out=page)
    assert min(scale for scale, _ in page.passes) == pytest.approx(MIN_SCALE)
    assert result.settings.scale == pytest.approx(MIN_SCALE)
    assert result.dropped["quotes"] > 0
    assert result.dropped["demands"] == 0
    assert [q.text for q in result.content.quotes] == [q.text for q in make_content(2, 10).quotes][
        : 10 - result.dropped["quotes"]
    ]
    assert result.drop_reports()[0].startswith(f"left out {result.dropped['quotes']} of 10 quotes")


def test_policy_strict_refuses_to_leave_out_and_says_how_much_is_over():
    page = FakePage(fixed=200, item=200)
    with pytest.raises(FitError, match=r"too long for one A4 page \(about \d+ mm over\)"):
        fit_to_page(make_content(2, 10), PROVENANCE, PageSettings(), strict=True, lay_out=page)


def test_policy_content_that_never_fits_is_an_error_not_a_loop():
    page = FakePage(fixed=5000, item=10)  # the title and summary alone are five pages
    with pytest.raises(FitError, match="the title, figures and summary alone do not fit one page"):
        fit_to_page(make_content(2, 2), PROVENANCE, PageSettings(), lay_out=page)
    assert len(page.passes) <= 10
