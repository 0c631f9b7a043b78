"""Metadata rules: date line, headline or generated title, issuer, summary, noise, contract."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extraction import extract_content
from tests.conftest import EXTRACT_JSON_KEYS

BODY = (
    "The Housing Network today urged the city council to reopen the shelters. "
    "More than 300 people slept outside last week. "
    "The council has not responded to the request."
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("January 12, 2026", dt.date(2026, 1, 12)),
        ("12 January 2026", dt.date(2026, 1, 12)),
        ("PRESS RELEASE | 02 November 2017", dt.date(2017, 11, 2)),
        ("2024-03-05", dt.date(2024, 3, 5)),
    ],
)
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
    assert title is not None
    assert len(title) <= 90
    assert BODY.startswith(title.rstrip("\u2026"))
    assert BODY[len(title.rstrip("\u2026"))] in " ."


def test_issuer_is_the_subject_of_the_lead_without_its_article() -> None:
    # The page reads "Statement by {issuer}".
    assert extract_content(BODY).issuer == "Housing Network"


def test_generated_title_prefers_a_clause_to_a_truncated_name() -> None:
    text = (
        "The Independent Commission of Inquiry on the Situation of Tenants in the Northern "
        "Provinces of Ruritania welcomed the decision of the housing court this week. "
        "Of the roughly 900 families evicted, only about 40 have been rehoused so far, "
        "including those whose cases were heard in earlier sessions of the court."
    )
    title = extract_content(text).title
    assert title == "Of the roughly 900 families evicted, only about 40 have been rehoused so far"


def test_generated_title_cuts_the_lead_at_a_clause_not_inside_a_list() -> None:
    text = (
        "Ruritania is facing calls to reopen the border crossings for families fleeing "
        "the floods, with aid groups calling the closures unlawful and dangerous. "
        "We are a network of groups from housing, health, faith, legal and media circles."
    )
    assert extract_content(text).title == (
        "Ruritania is facing calls to reopen the border crossings for families fleeing the floods"
    )
    listing = (
        "We are a network of groups from housing, health, faith, legal, media and "
        "environmental circles in the northern provinces. The floods displaced 40,000 "
        "people, and the camps are full."
    )
    assert extract_content(listing).title == "The floods displaced 40,000 people, and the camps are full"


def test_summary_does_not_repeat_the_generated_title_or_boilerplate() -> None:
    text = (
        "Ruritania is facing calls to reopen the border crossings for families fleeing "
        "the floods, with aid groups calling the closures unlawful. "
        "The Housing Network said about 300 families were stranded at the border. "
        "The ministry has not responded to requests for comment. "
        "All rights reserved by the publisher of this article."
    )
    content = extract_content(text)
    assert not content.summary.startswith("Ruritania is facing")
    assert content.summary.startswith("The Housing Network said")
    assert "rights reserved" not in content.summary


def test_issuer_from_a_trailing_reporting_tag() -> None:
    text = (
        "Employers should publish their pay gaps every year, the Ruritanian Workers Union has "
        "said. It said the Labour Inspectorate had received 40 complaints."
    )
    assert extract_content(text).issuer == "Ruritanian Workers Union"


def test_issuer_from_a_self_introduction_is_kept_short() -> None:
    text = (
        "We are a group of Ruritanian associations from farming, fishing, church, school and youth "
        "circles. We urge the council to reopen the shelters."
    )
    assert extract_content(text).issuer == "Ruritanian associations"


def test_issuer_from_a_quoted_spokesperson_when_nothing_else_names_it() -> None:
    text = (
        "As the river rises, the towns along it brace for the worst floods in memory.\n\n"
        '"We have waited too long for the dams to be fixed by anyone," Flood Watch '
        "spokesperson Jane Doe said."
    )
    assert extract_content(text).issuer == "Flood Watch"


def test_summary_is_verbatim_sentences_of_the_lead() -> None:
    summary = extract_content(BODY).summary
    # The lead's first sentence is the generated title, so the summary goes on from there.
    assert summary.startswith("More than 300 people slept outside")
    assert summary in BODY


def test_wire_noise_and_markdown_are_not_content() -> None:
    text = (
        "Translation. Region: Ruritania \u2013\n"
        "![photo](/img/a.jpg){:.img-fluid}\n"
        f"{BODY}\n"
        "[Read more](https://example.org/42)\n"
        "Media contact: Jane Doe, +44 20 7946 0958\n"
        "Please note: This information is raw content and may urge you to call 555 0100.\n"
    )
    content = extract_content(text)
    assert [f.value for f in content.figures] == [300]
    assert len(content.demands) == 1
    assert "Translation" not in content.summary


def test_extract_json_contract() -> None:
    data = extract_content(f"12 January 2026\n{BODY}").to_extract_json()
    assert set(data) == EXTRACT_JSON_KEYS
    assert data["date"] == "2026-01-12"
    assert set(data["figures"][0]) == {"value", "display", "approx", "label", "start", "end"}
    assert set(data["demands"][0]) == {"text", "addressee", "start", "end", "voice"}


def test_markdown_heading_mark_is_not_part_of_the_title() -> None:
    text = "# Funding gap leaves millions without aid\n\nThe plan is only 23% funded, the agency said."
    assert extract_content(text).title == "Funding gap leaves millions without aid"


def test_summary_drops_a_bold_dateline_and_link_syntax() -> None:
    text = (
        "**London, 14 March 2024** \u2013 The plan for the region is only 23% funded, according to a "
        "report by [Relief Alliance](https://example.org/relief). Donors have paid less than promised."
    )
    content = extract_content(text)
    assert content.summary.startswith("The plan for the region")
    assert "by Relief Alliance." in content.summary
    assert "](" not in content.summary
    assert "**" not in content.summary


def test_wire_dateline_with_a_mixed_case_date_is_not_in_the_title() -> None:
    text = (
        "NAIROBI, March 3 (Reuters) - Kenyan police fired tear gas at thousands of protesters in "
        "the capital on Monday, as anger over a tax rise spread."
    )
    assert extract_content(text).title == (
        "Kenyan police fired tear gas at thousands of protesters in the capital on Monday"
    )


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        (
            "The authorities must release the 52 journalists held, Amnesty International said today.",
            "Amnesty International",
        ),
        (
            "Child poverty has risen to 38 per cent, the charity Children North East said on Wednesday.",
            "Children North East",
        ),
    ],
)
def test_issuer_from_a_reporting_tail_with_a_time(lead: str, issuer: str) -> None:
    assert extract_content(lead).issuer == issuer


def test_a_titled_person_is_not_the_issuer() -> None:
    text = (
        "Police fired tear gas at protesters on Monday.\n\n"
        "Interior minister Jane Doe said the protests had been infiltrated by criminals."
    )
    assert extract_content(text).issuer is None


def test_parenthesised_dateline_is_not_in_the_summary() -> None:
    text = "(Jakarta, June 14, 2024) \u2013 The city has demolished about 1,200 homes since January."
    content = extract_content(text)
    assert content.summary == "The city has demolished about 1,200 homes since January."
    assert content.date == dt.date(2024, 6, 14)


@pytest.mark.parametrize(
    "lead",
    [
        "The group said in a statement that the arrests were unlawful and unjust.",
        "Around 733 million people faced hunger in 2023, according to a report released today.",
    ],
)
def test_a_back_reference_or_a_clause_is_not_the_issuer(lead: str) -> None:
    assert extract_content(lead).issuer is None


def test_metadata_headers_and_disclaimer_lines_are_not_content() -> None:
    text = (
        "Region: Northern Europe\n"
        "Tags: housing, winter\n"
        "A legal disclaimer applies to this release; see below.\n"
        f"{BODY}\n"
        "Disclaimer: the views above are the panel's own and 4 others'.\n"
    )
    content = extract_content(text)
    assert "Region" not in content.summary
    assert "Tags" not in (content.title or "")
    assert "disclaimer" not in content.summary.lower()
    assert [f.value for f in content.figures] == [300]


def test_a_wire_dateline_with_a_country_is_neither_title_nor_issuer() -> None:
    content = extract_content(
        "QUITO, Ecuador (AP) - At least 3,400 families left the coast after the storm broke the "
        "river banks, the aid group Costa Viva said.\n\n"
        "The storm destroyed 12,500 homes along the coast, officials said."
    )
    assert content.title is not None
    assert content.title.startswith("At least 3,400 families left the coast")
    assert content.issuer != "QUITO"


def test_a_title_is_never_cut_inside_a_number() -> None:
    content = extract_content(
        "The storm, which reached the coast on Monday night, destroyed roughly 12,500 homes in the "
        "river towns and left the whole region without power."
    )
    assert content.title is not None
    assert not content.title.endswith(("12", "12,"))


def test_a_joint_statement_names_every_signatory_its_title_names() -> None:
    content = extract_content(
        "Joint statement by Relief Alliance, Coast Watch and 9 other groups\n\n"
        "We are alarmed by the closure of 14 clinics on the coast this month.\n\n"
        "We call on the ministry to:\n"
        "- reopen the clinics within a week;\n"
        "- publish the inspection reports."
    )
    assert content.issuer == "Relief Alliance, Coast Watch and 9 other groups"
    assert "to:" not in content.summary  # a list's lead-in says nothing alone


def test_a_capitals_title_word_written_two_ways_takes_the_first_way_whatever_the_hash_seed():
    # "western" and "Western" once each: the tie must not depend on set order (PYTHONHASHSEED)
    import subprocess
    import sys

    from tests.conftest import PROJECT

    code = (
        "from briefing.extraction.metadata import sentence_case_title\n"
        "text = 'The camps of western Darfur are full. Aid to Western Darfur stopped.'\n"
        "print(sentence_case_title('CAMPS IN WESTERN DARFUR', text))\n"
    )
    results = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed), "PYTHONPATH": str(PROJECT)},
        ).stdout
        for seed in range(6)
    }
    assert results == {"Camps in western Darfur\n"}


def test_the_party_making_the_calls_is_the_issuer_before_a_quoted_spokesmans_organisation() -> None:
    # a wire item quotes the other side's spokesman too ("Government spokesman Ivo Kant said the
    # men were smugglers"); the calls ("Harbour Watch called on the UN to ...") are the issuer's
    from briefing.extraction.clean import clean_text
    from briefing.extraction.metadata import find_issuer

    clean = clean_text("Forty fishermen are held without charge in Port Vale.\n", "en")
    speakers = ["Lena Vos", "Government spokesman Ivo Kant"]
    assert find_issuer(clean, None, [], speakers, lang="en", callers=["Harbour Watch"]) == "Harbour Watch"


def test_summary_never_cuts_a_sentence_inside_guillemets() -> None:
    # A sentence splitter may end a sentence inside « … »; what it cut there has an opened
    # guillemet and no closing one, and is never shown as context.
    text = (
        "Les experts demandent la fin des expulsions\n\n"
        "Des experts ont dénoncé aujourd'hui les expulsions menées dans le quartier nord de la ville.\n\n"
        "Au moins 40 personnes ont été blessées lors des opérations de police, dont 12 enfants. "
        "La rapporteuse spéciale, Mme Anne Morel, a ajouté : « Le droit au logement n'est pas "
        "négociable. Nous suivrons la situation de très près. »\n"
    )
    summary = extract_content(text, lang="fr").summary
    assert summary.count("\u00ab") == summary.count("\u00bb")
    assert "Au moins 40 personnes" in summary
