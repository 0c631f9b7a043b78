"""Issuer and headline rules, each under its name with a statement written for the test
(English, Spanish and French where the words differ)."""

from __future__ import annotations

import pytest

from briefing.extraction import extract_content
from briefing.extraction.metadata import cut_title

LEAD = "The group said the measures had failed the families of the region and must end."


# ── Headlines ────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "furniture",
    [
        "The Valley Times On-line",  # site boilerplate
        "From an article found on a local news site",
        "From: press@example.org",  # e-mail header
        "Subject: statement",
        "abc0012 4 i 220 xyz 0031",  # a wire's routing code
        "Region/housing/UN/",
        "REFILE",  # a desk slug
        "Housing Network Press Releases",
        "![Photo of the march](/img/march.jpg)",  # an image left by a scrape
        "Contact: Jane Roe, jane@example.org, 555-201-3344",
    ],
)
def test_headline_is_never_furniture(furniture: str) -> None:
    text = f"{furniture}\n\nCity council votes to close the night shelters\n\n{LEAD}"
    assert extract_content(text).title == "City council votes to close the night shelters"


ES_BODY = (
    "Los vecinos de la comarca exigen que la alcaldía reabra los comedores escolares. "
    "Las familias del valle dicen que los niños no tienen dónde comer desde el mes de enero."
)
FR_BODY = (
    "Les parents d'élèves demandent que la mairie rouvre les cantines des écoles. "
    "Les familles de la ville disent que les enfants n'ont pas de repas depuis le mois de janvier."
)


@pytest.mark.parametrize(
    ("furniture", "title", "body"),
    [
        ("De: prensa@ejemplo.org", "Cierre de los comedores en el valle", ES_BODY),
        ("Comunicado de prensa", "Cierre de los comedores en el valle", ES_BODY),
        ("Objet : cantines", "Fermeture des cantines de la ville", FR_BODY),
        ("Communiqué de presse", "Fermeture des cantines de la ville", FR_BODY),
    ],
)
def test_headline_is_never_furniture_in_spanish_or_french(furniture: str, title: str, body: str) -> None:
    assert extract_content(f"{furniture}\n\n{title}\n\n{body}").title == title


def test_headline_never_a_wrapped_lines_tail() -> None:
    text = "para que salgan a la calle\n\nLa red pidió a los vecinos que salgan a la calle el domingo."
    title = extract_content(text).title or ""
    assert not title.startswith("para que")


def test_headline_in_capitals_is_set_in_sentence_case_with_the_texts_own_spelling() -> None:
    text = (
        "MINISTERS URGED TO SAVE THE RIVER TAMAR FROM THE NEW DAM, SAYS WWF\n\n"
        "WWF said on Monday that the River Tamar would lose its salmon if ministers approve the dam."
    )
    assert extract_content(text).title == "Ministers urged to save the River Tamar from the new dam, says WWF"


def test_headline_in_capitals_keeps_an_abbreviation() -> None:
    text = "SENATOR ASKS FOR A STRONGER COUNCIL AT THE U.N.\n\nThe senator wrote to the U.N. on Monday."
    assert extract_content(text).title == "Senator asks for a stronger council at the U.N."


# ── Issuer ───────────────────────────────────────────────────────────────────────────────────


def test_issuer_is_never_the_party_the_statement_criticises() -> None:
    text = (
        "Tenants in the north of the city face eviction this winter.\n\n"
        "The Ruritanian government announced on Monday it would close the shelters. "
        "Housing Watch urged the Ruritanian government to reverse the decision before the winter."
    )
    assert extract_content(text).issuer == "Housing Watch"


def test_issuer_from_the_name_before_the_verb_after_an_opening_clause() -> None:
    text = "As the floods spread across the valley, the Farmers Union calls on the ministry to act."
    assert extract_content(text).issuer == "Farmers Union"


def test_issuer_from_a_press_release_line() -> None:
    text = (
        "School meals must stay\n\n**Press Release: Teachers Alliance**\n\n"
        "Education leaders have written to the minister about the meals programme."
    )
    assert extract_content(text).issuer == "Teachers Alliance"


def test_issuer_in_spanish_is_whoever_makes_the_statements_call() -> None:
    text = (
        "La venta de los montes públicos avanza en la región desde el mes de enero.\n\n"
        "Por último, Amigos del Monte anima a los ayuntamientos para que se opongan a la venta."
    )
    assert extract_content(text).issuer == "Amigos del Monte"


def test_issuer_in_french_is_the_subject_of_the_call_cut_at_its_verb() -> None:
    text = (
        "Le rapport de l'Agence Régionale de l'Eau a été publié le 3 mai à Lyon.\n\n"
        "L\u2019Association des riverains salue le rapport et exhorte le gouvernement à suivre "
        "ses recommandations."
    )
    assert extract_content(text, lang="fr").issuer == "Association des riverains"


@pytest.mark.parametrize(
    "text",
    [
        # a date phrase opening the sentence is not who speaks
        "Du 3 juin au 9 juin, le comité a mené une consultation auprès des habitants du quartier.",
        # a common noun after its article is not a name
        "La gente exige que el ayuntamiento limpie pronto el cauce para evitar más inundaciones.",
    ],
)
def test_issuer_is_not_a_date_phrase_or_a_common_noun(text: str) -> None:
    issuer = extract_content(text).issuer or ""
    assert not issuer.startswith(("Du 17", "gente"))


def test_issuer_from_a_headline_led_by_its_name() -> None:
    text = (
        "WFA: River fish stocks drop for a fifth year running\n\n"
        "GENEVA - River fish stocks fell for a fifth year, according to figures released by the "
        "WFA on Monday.\n\nThe WFA counts fish in 40 rivers every spring.\n"
    )
    assert extract_content(text).issuer == "WFA"


def test_issuer_not_from_a_headline_led_by_a_topic() -> None:
    text = "COVID-19: half of pupils not ready to go back\n\nMany pupils told the survey they felt anxious.\n"
    assert extract_content(text).issuer is None


def test_issuer_a_senator_on_a_weekday_is_named_without_the_day() -> None:
    text = "Sen. Jo Doe on Thursday introduced a bill with Sens. Roe and Poe to fund rural clinics."
    assert extract_content(text).issuer == "Sen. Jo Doe"


def test_issuer_a_count_of_signatories_before_their_verb() -> None:
    text = (
        "Seed talks fail\n\n"
        "As the summit closed without a deal on seeds, 120 farming and other rural organizations "
        "from several regions condemned the decision and urged governments to act alone."
    )
    assert extract_content(text).issuer == "120 farming and other rural organizations"


def test_issuer_the_authors_a_document_names() -> None:
    text = (
        "This report was compiled by members of the river valley's farming communities "
        "after months of meetings. It will be sent to every candidate before the election."
    )
    assert extract_content(text).issuer == "Members of the river valley's farming communities"


def test_issuer_the_organisation_of_a_press_contact() -> None:
    text = (
        "Contact: Jo Doe, Coast Network, jo@example.org\n\n"
        "Local fishers and young climate activists joined forces on Monday against a new marina "
        "in the bay.\n"
    )
    assert extract_content(text).issuer == "Coast Network"


def test_issuer_the_organisations_under_a_contacts_label() -> None:
    text = (
        "Contacts:\nCoast Defence Committee: Jo Doe, 555-201-3344\n\n"
        "Fishers from the bay met the minister on Friday to ask for support for the harbour.\n"
    )
    assert extract_content(text).issuer == "Coast Defence Committee"


def test_issuer_in_spanish_from_a_tag_with_its_verb_first_over_wrapped_lines() -> None:
    text = (
        "Agua para el valle\n\n"
        "Ante la sequía de este verano, el gobierno regional debe abrir\n"
        "cuanto antes los pozos cerrados para garantizar el agua de los pueblos del valle,\n"
        "dijo Red Agua Viva hoy. Estas medidas deben acordarse con cada comunidad.\n"
    )
    assert extract_content(text, lang="es").issuer == "Red Agua Viva"


def test_issuer_in_spanish_who_we_are_before_a_first_person_verb() -> None:
    text = "Desde la comunidad del valle alto queremos expresar que no aceptamos la nueva mina en el río."
    assert extract_content(text, lang="es").issuer == "Comunidad del valle alto"


def test_issuer_in_french_the_organisation_of_a_press_contact() -> None:
    text = (
        "Contact : Jo Doe, Réseau Littoral, jo@example.org\n\n"
        "Des pêcheurs et de jeunes militants se sont unis lundi contre le projet de port de plaisance.\n"
    )
    assert extract_content(text, lang="fr").issuer == "Réseau Littoral"


@pytest.mark.parametrize(
    ("text", "lang", "issuer"),
    [
        ("We are the Coast Coalition. We ask the council to protect the dunes.", "en", "Coast Coalition"),
        ("Somos la Red Costera. Pedimos al municipio que proteja las dunas.", "es", "Red Costera"),
        (
            "Nous sommes le Réseau Littoral. Nous demandons à la mairie de protéger les dunes.",
            "fr",
            "Réseau Littoral",
        ),
    ],
)
def test_issuer_who_we_are_in_three_languages(text: str, lang: str, issuer: str) -> None:
    assert extract_content(text, lang=lang).issuer == issuer


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Interior minister Jo Doe said the shelters would close.", "en"),
        ("El ministro Juan Pérez dijo que los albergues cerrarán.", "es"),
        ("La ministre Jeanne Dupont a déclaré que les foyers fermeront.", "fr"),
    ],
)
def test_issuer_is_never_a_titled_person_in_three_languages(text: str, lang: str) -> None:
    assert extract_content(text, lang=lang).issuer is None


@pytest.mark.parametrize(
    ("line", "lang", "body"),
    [
        (
            "Press release: Fishers demand a ban on harbour dredging",
            "en",
            "The fishers' union met today in Riverton.",
        ),
        (
            "STATEMENT – Fishers demand a ban on harbour dredging",
            "en",
            "The fishers' union met today in Riverton.",
        ),
        (
            "**Media Release:** Fishers demand a ban on harbour dredging",
            "en",
            "The fishers' union met today in Riverton.",
        ),
        (
            "Comunicado: Pescadores exigen prohibir el dragado del puerto",
            "es",
            "El sindicato se reunió hoy en Vigo.",
        ),
        (
            "Nota de prensa | Pescadores exigen prohibir el dragado del puerto",
            "es",
            "El sindicato se reunió hoy en Vigo.",
        ),
        (
            "Communiqué : Les pêcheurs exigent l'interdiction du dragage",
            "fr",
            "Le syndicat s'est réuni hier à Brest.",
        ),
        (
            "DÉCLARATION : Les pêcheurs exigent l'interdiction du dragage",
            "fr",
            "Le syndicat s'est réuni hier à Brest.",
        ),
    ],
)
def test_without_release_label_a_headline_loses_the_label_it_opens_with(
    line: str, lang: str, body: str
) -> None:
    title = extract_content(f"{line}\n\n{body}\n", lang=lang).title or ""
    assert title.split()[0].lower() in ("fishers", "pescadores", "les")
    assert not set(title) & {":", "|", "–"}


def test_without_release_label_a_label_naming_only_its_publisher_is_no_headline() -> None:
    text = (
        "Press Release: Coast Network\n\nFishers demand a ban on harbour dredging\n\nThe union met today.\n"
    )
    assert extract_content(text).title == "Fishers demand a ban on harbour dredging"


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "As the river rises over its banks, the town of Riverton counts the cost of the floods, "
            "asking the regional council and the state for emergency funds and for a new dyke",
            "en",
            "As the river rises over its banks, the town of Riverton counts the cost of the floods",
        ),
        (
            "Les pêcheurs et les riverains du port de Brest, réunis en collectif, s'allient pour contrer "
            "le projet de dragage du chenal",
            "fr",
            "Les pêcheurs et les riverains du port de Brest, réunis en collectif, s'allient\u2026",
        ),
    ],
)
def test_cut_title_a_whole_clause_or_an_ellipsis_never_after_a_hanging_word(
    text: str, lang: str, title: str
) -> None:
    assert cut_title(text, lang) == title
