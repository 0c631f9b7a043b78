"""Verification: tolerated differences pass; any change of wording or number fails, named."""

from __future__ import annotations

import pytest

from briefing.model import Content, Figure, Quote
from briefing.verify import (
    check_quote,
    describe_failure,
    mark_differences,
    normalise,
    numbers_in,
    verify_content,
)

QUOTE = "We ask the government to restore the sea wall before the next storm season"


def _quote(text: str, source: str) -> bool | None:
    return check_quote("quote 1", text, normalise(source)).verified


@pytest.mark.parametrize(
    "text",
    [
        QUOTE,
        '"We ask the government to restore the sea wall before the next storm season, and to do it now,"',
        "Nobody should wait another winter for help,",
        # re-wrapped lines, non-breaking and doubled spaces, a soft hyphen
        "We ask the government\nto restore the sea\u00a0wall before  the next st\u00adorm season",
        # dash style and the spaces around dashes
        "publish its flood plans - including the costs - within 30 days",
        "publish its flood plans–including the costs–within 30 days",
        # quote-mark style: straight for curly, and the reverse
        "Network’s director",
        "Every family deserves a safe home.",
        # an ellipsis joining pieces in the source's order
        "We ask the government … before the next storm season",
        "We ask the government ... to do it now",
        "Nobody should wait [...] for help",
    ],
)
def test_tolerated_differences_pass(text: str, coastal_statement: str) -> None:
    assert _quote(text, coastal_statement) is True


@pytest.mark.parametrize(
    ("text", "marked_yours", "marked_source"),
    [
        # a changed word
        (QUOTE.replace("restore", "rebuild"), ">>rebuild<<", ">>restore<<"),
        # a dropped word
        (QUOTE.replace("the sea wall", "sea wall"), None, ">>the<<"),
        # a moved word
        (QUOTE.replace("the next storm season", "the storm next season"), ">>", ">>"),
    ],
)
def test_changed_wording_fails_with_the_difference_marked(
    text: str, marked_yours: str | None, marked_source: str, coastal_statement: str
) -> None:
    report = verify_content(
        Content(quotes=[Quote(text="Nobody should wait"), Quote(text=text)]), coastal_statement
    )
    assert [check.item for check in report.failures] == ["quote 2"]
    message = "\n".join(describe_failure(report.failures[0]))
    assert message.startswith("quote 2 is not verified: it is not word for word in the source.")
    assert "source, line 6" in message
    if marked_yours:
        assert marked_yours in message.splitlines()[1]
    assert marked_source in message.splitlines()[2]


def test_a_changed_word_is_marked_on_both_sides() -> None:
    yours, source = mark_differences(["a", "b", "c", "d"], ["a", "x", "c", "d"])
    assert (yours, source) == ("a >>b<< c d", "a >>x<< c d")


@pytest.mark.parametrize(
    "text",
    [
        "We ask the government … the sea wall … to restore",  # pieces out of order
        "We ask the government to restore the sea wall.",  # a full stop the source lacks
        "we ask the government",  # letter case is wording
        "sea wal",  # part of a word
        "Totally invented words",
    ],
)
def test_nothing_fuzzy_passes(text: str, coastal_statement: str) -> None:
    assert _quote(text, coastal_statement) is False


def test_an_ellipsis_may_not_splice_distant_passages() -> None:
    source = "First part here. " + "Filler words. " * 60 + "Second part there."
    assert _quote("First part here … Second part there", source) is False
    assert _quote("First part here … Filler words", source) is True


@pytest.mark.parametrize(
    ("display", "verified"),
    [
        ("1.2 million", True),  # the source says 1,200,000
        ("1,200,000", True),
        ("800", True),  # the source says "eight hundred"
        ("about 800", True),
        ("eight hundred", True),
        ("30 days", True),
        ("801", False),
        ("1.3 million", False),
        ("12 million", False),
    ],
)
def test_figures_must_occur_in_the_source(display: str, verified: bool, coastal_statement: str) -> None:
    report = verify_content(Content(figures=[Figure(display=display, label="x")]), coastal_statement)
    assert report.checks[0].verified is verified


def test_a_changed_figure_fails_naming_it(coastal_content: Content, coastal_statement: str) -> None:
    coastal_content.figures[1].display = "~900"
    coastal_content.figures[1].value = 900
    report = verify_content(coastal_content, coastal_statement)
    assert [check.item for check in report.failures] == ["figure 2"]
    assert describe_failure(report.failures[0]) == [
        "figure 2 is not verified: the number 900 is not in the source."
    ]


def test_a_figure_of_a_whole_checks_both_numbers(coastal_statement: str) -> None:
    good = Figure(display="~800", of="1.2 million", label="families")
    bad = Figure(display="~800", of="2 million", label="families")
    report = verify_content(Content(figures=[good, bad]), coastal_statement)
    assert [check.verified for check in report.checks] == [True, False]


def test_a_value_must_match_what_is_shown(coastal_statement: str) -> None:
    figure = Figure(display="~800", label="families", value=900)
    report = verify_content(Content(figures=[figure]), coastal_statement)
    assert report.failures[0].problem == "its value 900 is not the number it shows (~800)"


def test_numbers_in_digits_and_words() -> None:
    found = {
        number.text: number.values for number in numbers_in("£66bn, 1.2 million and twenty-five thousand")
    }
    assert found == {"66bn": (66.0, 66e9), "1.2 million": (1.2, 1.2e6), "twenty-five thousand": (25000.0,)}


def test_speakers_must_be_named_in_the_source(coastal_statement: str) -> None:
    content = Content(
        quotes=[
            Quote(text=QUOTE, speaker="Ana Ruiz, director"),
            Quote(text=QUOTE, speaker="the Coastal Rights Network"),
            Quote(text=QUOTE, speaker="Maria Lopez"),
        ]
    )
    report = verify_content(content, coastal_statement)
    assert [check.item for check in report.failures] == ["quote 3 speaker"]
    assert report.quotes_verified == report.quotes_total == 3


def test_the_report_counts_and_locates(coastal_content: Content, coastal_statement: str) -> None:
    report = verify_content(coastal_content, coastal_statement)
    assert report.failures == ()
    lines = {check.item: check.line for check in report.checks}
    assert lines["quote 1"] == 6
    assert lines["quote 2"] == 9
    assert lines["figure 1"] == 3
    assert lines["figure 2"] == 4  # "eight hundred", on the next line
    assert (report.quotes_verified, report.quotes_total) == (2, 2)


def test_a_scale_applies_to_both_ends_of_a_range() -> None:
    figure = Figure(display="£38–66 billion", label="a year", value=38e9)
    report = verify_content(Content(figures=[figure]), "It would cost £38-66 billion a year.")
    assert report.checks[0].verified is True


# --- what an ellipsis may leave out -----------------------------------------------------------

_SOURCE = (
    "GENEVA, 12 January 2026 - The panel said 800 people remain detained and 45% of them are women.\n\n"
    '"The release of some prisoners is a step, but it is not enough," said Ana Ruiz, chair of the panel. '
    '"Families deserve answers," she added.\n\n'
    "The panel called on the authorities to end torture now. Costs rose to $800 this year."
)


@pytest.mark.parametrize(
    ("text", "verified"),
    [
        ("The release of some prisoners … is not enough", True),
        ("it is … enough", False),  # leaves out "not"
        ("but it is not enough … Families deserve answers", False),  # across two quotations
        ("Families deserve answers … end torture now", False),  # across a paragraph, into narrative
        (".", False),  # no words at all
        ("… …", False),
    ],
)
def test_an_ellipsis_leaves_out_words_never_meaning(text: str, verified: bool) -> None:
    assert _quote(text, _SOURCE) is verified


@pytest.mark.parametrize(
    ("display", "verified"),
    [
        ("800", True),
        ("8 hundred", True),  # the same number in other words
        ("8 hundred thousand", False),
        ("12", False),  # a day of the dateline, not a figure
        ("2026", False),  # its year
        ("45%", True),
        ("45 per cent", True),
        ("800%", False),  # the source has 800 people, not 800%
        ("$800", True),
        ("£800", False),  # another currency
        ("−800", False),  # a sign the source does not give
    ],
)
def test_a_figure_needs_its_number_in_the_same_unit_and_not_from_a_date(display: str, verified: bool) -> None:
    content = Content(figures=[Figure(display=display, label="people")])
    (check,) = verify_content(content, _SOURCE).checks
    assert check.verified is verified, check.problem


@pytest.mark.parametrize(
    ("speaker", "problem"),
    [
        ("Ana Ruiz", None),
        ("Ana Ruiz, chair of the panel", None),
        (
            "Ana Ruiz, President of Riverland",
            "the source does not describe the speaker as “President of Riverland”",
        ),
        ("she", "a pronoun is not a name: name the speaker"),
        ("Marta Ruiz", "the source does not name this speaker"),
    ],
)
def test_a_speaker_is_named_and_described_as_the_source_does(speaker: str, problem: str | None) -> None:
    content = Content(quotes=[Quote(text="Families deserve answers", speaker=speaker)])
    checks = {check.item: check for check in verify_content(content, _SOURCE).checks}
    assert checks["quote 1 speaker"].problem == problem
