"""What the top of a text says about it: headline, date and publisher, in three languages."""

from __future__ import annotations

from briefing.readers.headline import date_near_top, find_date, headline, publisher_in_text


def test_a_headline_comes_after_a_release_label_or_from_a_title_label():
    assert headline("FOR IMMEDIATE RELEASE\n\nRiver towns demand flood defences now.\n\nBody.") == (
        "River towns demand flood defences now."
    )
    assert headline("URGENT ACTION\nURGENT ACTION TITLE: Riverland: Journalists detained\n") == (
        "Riverland: Journalists detained"
    )
    assert headline(
        "Agenda of the day\n\nCOMMUNIQUÉ DE PRESSE\n\nLes villes du fleuve exigent des digues\n"
    ) == ("Les villes du fleuve exigent des digues")


def test_a_statement_date_is_read_in_its_own_language_from_the_top():
    assert find_date("Madrid, 7 de diciembre de 2017 —") is not None
    assert str(find_date("Strasbourg - 20 Mai 2014")) == "2014-05-20"
    assert str(find_date("MUNICH, 20th December 2020 —")) == "2020-12-20"
    assert str(find_date("Posted 05-03-2031 - 09:42")) == "2031-03-05"
    # a cover sheet's date above the release label is not the release's date
    assert (
        str(date_near_top("Date | 10.11.2020\n\nPress Release\n\nGENEVA, 2 May 2021 – Text.")) == "2021-05-02"
    )


def test_a_publisher_is_the_organisation_the_text_shows_asking_or_announcing():
    assert publisher_in_text("In 2019 the Coast Coalition called on the council to act.") == "Coast Coalition"
    assert (
        publisher_in_text("The #SaveTheBay campaign calls on the public to sign.") == "#SaveTheBay campaign"
    )
    assert (
        publisher_in_text("Riverland Rights Watch annonce l'ouverture d'un forum.")
        == "Riverland Rights Watch"
    )
    assert publisher_in_text("Mara said the council was wrong.") is None


def test_labels_are_recognised_in_each_language_and_a_form_names_its_title():
    from briefing.readers.headline import is_release_label, labelled_title

    assert is_release_label("PRESS RELEASE")
    assert is_release_label("Communiqué de presse")
    assert is_release_label("Comunicado de prensa")
    assert not is_release_label("Press freedom at risk")
    assert labelled_title("UA TITLE: Journalists detained") == "Journalists detained"
    assert labelled_title("Riverland: journalists detained") is None  # a headline with a colon
