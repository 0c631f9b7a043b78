"""The page's Context: whole sentences from the lead, in the issuer's voice, never a fragment,
a wire slug, a label line or a sentence the page already shows as a demand."""

from __future__ import annotations

from briefing.extraction import extract_content
from briefing.extraction.metadata import is_whole_sentence, without_furniture

WIRE_ITEM = """abc0001 4 i 210  wire 0031

Harbour town rejects new port levy
By wire correspondents =

Lisbon (wire) - The harbour council of Porto Azul will not approve a new levy on
fishing boats this year, the council announced on Monday.

Fishers had warned that the levy would push small crews out of business and
could close the last boatyard in the town within two years.

The council said it would publish a review of port costs in the spring.
"""


def test_summary_joins_hand_wrapped_lines() -> None:
    summary = extract_content(WIRE_ITEM, lang="en").summary
    assert summary.startswith(
        "The harbour council of Porto Azul will not approve a new levy on fishing boats"
    )
    assert "this year, the council announced on Monday." in summary


def test_summary_never_starts_mid_sentence() -> None:
    summary = extract_content(WIRE_ITEM, lang="en").summary
    assert not summary.startswith(("fishing", "could", "this year"))
    assert "abc0001" not in summary
    assert "Lisbon (wire)" not in summary


def test_whole_sentence_opens_and_closes_as_one() -> None:
    assert is_whole_sentence("The council said it would publish a review of port costs.")
    assert not is_whole_sentence("could close the last boatyard in the town within two years.")
    assert not is_whole_sentence("The harbour council of Porto Azul will not approve a new levy on")


def test_whole_sentence_in_a_script_without_capitals() -> None:
    assert is_whole_sentence("\u6211\u4eec\u547c\u5401\u653f\u5e9c\u7acb\u5373\u91ca\u653e\u3002")


def test_summary_drops_a_dated_label_before_the_lead() -> None:
    assert without_furniture("Published: 3/02/2011 As fares rise, the union calls for a freeze.") == (
        "As fares rise, the union calls for a freeze."
    )


def test_summary_skips_a_labelled_line() -> None:
    text = (
        "Coast Network warns on water\n\n"
        "Photos: Pictures of the dry riverbed are available from the press office here.\n\n"
        "The Coast Network said on Monday that the river had run dry for the third summer in a row.\n\n"
        "Farmers downstream have lost two harvests since the dam opened upstream.\n"
    )
    summary = extract_content(text, lang="en").summary
    assert not summary.startswith("Photos")
    assert summary.startswith("The Coast Network said on Monday")


def test_summary_does_not_repeat_a_demand() -> None:
    text = (
        "Tenants want rent freeze\n\n"
        "The Tenants Union calls on the city council to freeze rents for two years.\n\n"
        "Rents in the city have risen by a third since 2020, the union said.\n\n"
        "Half of the tenants it surveyed spend more than 40% of their income on rent.\n"
    )
    content = extract_content(text, lang="en")
    assert content.demands, "the call is a demand"
    assert "freeze rents for two years" not in content.summary
    assert content.summary.startswith("Rents in the city have risen")


def test_summary_es_date_first_dateline() -> None:
    assert without_furniture(
        "3 de marzo de 2024 (Lima, Quito) - Las comunidades del valle denuncian la falta de agua."
    ) == ("Las comunidades del valle denuncian la falta de agua.")


def test_summary_fr_place_dateline() -> None:
    assert without_furniture("Lyon, France - Les habitants du quartier s'opposent au projet de parking.") == (
        "Les habitants du quartier s'opposent au projet de parking."
    )


def test_summary_leaves_out_a_sentence_holding_a_quotation_the_page_shows() -> None:
    text = (
        "Inspectors report on prisons\n\n"
        'The Prison Watch said on Monday that the chief inspector found that "cells in the '
        'north wing remain overcrowded and unsafe."\n\n'
        "The north wing holds 400 prisoners in space built for 250.\n\n"
        "The Prison Watch has visited the prison every year since 2015.\n"
    )
    content = extract_content(text, lang="en")
    assert any("overcrowded" in q.text for q in content.quotes)
    assert "overcrowded" not in content.summary


def test_summary_never_opens_with_a_back_reference() -> None:
    text = (
        "Tenants want rent freeze\n\n"
        "The city council should freeze rents for two years, the Tenants Union has said.\n\n"
        "It said rents in the city had risen by a third since 2020.\n\n"
        "Half of the tenants surveyed spend more than 40% of their income on rent.\n"
    )
    summary = extract_content(text, lang="en").summary
    assert summary.startswith("Half of the tenants surveyed")


def test_summary_fr_never_opens_with_a_back_reference() -> None:
    text = (
        "Les locataires veulent un gel des loyers\n\n"
        "Il a ajouté que les loyers avaient augmenté d'un tiers depuis 2020.\n\n"
        "La moitié des locataires interrogés consacrent plus de 40 % de leurs revenus au loyer.\n"
    )
    summary = extract_content(text, lang="fr").summary
    assert summary.startswith("La moitié des locataires")


def test_the_context_is_not_cut_at_a_title_abbreviation() -> None:
    text = (
        "Senators file a bill on river pollution\n\n"
        "Sen. Jo Doe on Thursday filed a resolution with Sens. Smith and Ortiz urging the council "
        "to publish the water samples. The resolution follows a report that found fish stocks had "
        "halved in ten years. The three plants on the river deny any fault.\n"
    )
    summary = extract_content(text).summary
    assert "Sens." not in summary or "Sens. Smith and Ortiz" in summary
