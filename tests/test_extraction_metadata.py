"""Metadata rules: date line, headline or generated title, issuer, summary, noise, contract."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extraction import extract_content

BODY = ("The Housing Network today urged the city council to reopen the shelters. "
        "More than 300 people slept outside last week. "
        "The council has not responded to the request.")


@pytest.mark.parametrize("line, date", [
    ("January 12, 2026", dt.date(2026, 1, 12)),
    ("12 January 2026", dt.date(2026, 1, 12)),
    ("PRESS RELEASE | 02 November 2017", dt.date(2017, 11, 2)),
    ("2024-03-05", dt.date(2024, 3, 5)),
])
def test_date_from_the_date_line(line: str, date: dt.date) -> None:
    assert extract_content(f"{line}\n{BODY}").date == date


def test_a_date_in_the_body_is_an_event_not_the_statement_date() -> None:
    text = BODY + " The shelters closed on 3 March 2020 after a fire."
    assert extract_content(text).date is None


def test_a_date_after_today_is_not_the_statement_date() -> None:
    assert extract_content(f"12 January 2026\n{BODY}", today=dt.date(2025, 1, 1)).date is None


def test_headline_is_the_first_line_without_its_byline() -> None:
    text = f"Council Must Reopen Shelters By Housing Network | 02 November 2017\n\n{BODY}"
    assert extract_content(text).title == "Council Must Reopen Shelters"


def test_generated_title_is_at_most_90_characters_and_cuts_no_word() -> None:
    title = extract_content(BODY).title
    assert title is not None and len(title) <= 90
    assert BODY.startswith(title.rstrip("\u2026"))
    assert BODY[len(title.rstrip("\u2026"))] in " ."


def test_issuer_is_the_subject_of_the_lead() -> None:
    assert extract_content(BODY).issuer == "The Housing Network"


def test_summary_is_verbatim_sentences_of_the_lead() -> None:
    summary = extract_content(BODY).summary
    assert summary.startswith("The Housing Network today urged")
    assert summary in BODY


def test_wire_noise_and_markdown_are_not_content() -> None:
    text = ("Translation. Region: Ruritania \u2013\n"
            "![photo](/img/a.jpg){:.img-fluid}\n"
            f"{BODY}\n"
            "[Read more](https://example.org/42)\n"
            "Media contact: Jane Doe, +44 20 7946 0958\n"
            "Please note: This information is raw content and may urge you to call 555 0100.\n")
    content = extract_content(text)
    assert [f.value for f in content.figures] == [300]
    assert len(content.demands) == 1
    assert "Translation" not in content.summary


def test_extract_json_contract() -> None:
    data = extract_content(f"12 January 2026\n{BODY}").to_extract_json()
    assert set(data) == {"title", "date", "issuer", "summary", "figures", "demands", "quotes"}
    assert data["date"] == "2026-01-12"
    assert set(data["figures"][0]) == {"value", "display", "approx", "label", "start", "end"}
    assert set(data["demands"][0]) == {"text", "addressee", "start", "end"}
