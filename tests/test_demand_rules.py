"""Each demand rule, tested under its name with sentences written for the test (English,
Spanish and French): lists of asks, first-person calls, what is not a demand, voices, merging."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.extraction import extract_content
from briefing.extraction.demands import find_demands, merge_near_identical, rules_for
from briefing.model import Demand
from tests.conftest import pdf_text, run_briefing, squash


def demand_texts(text: str) -> list[str]:
    return [d.text for d in sorted(extract_content(text).demands, key=lambda d: d.start or 0)]


def is_demand(sentence: str, lang: str = "en") -> bool:
    return bool(find_demands(sentence, rules_for(lang)))


# ── Lists of asks ────────────────────────────────────────────────────────────────────────────


def test_list_of_asks_each_paragraph_after_a_lead_in_naming_asks_is_a_demand() -> None:
    text = (
        "The coalition met in the capital on Monday to agree its platform.\n\n"
        "Our proposals:\n\n"
        "Fair rents for every tenant in the city.\n\n"
        "Repeal the eviction law before the winter.\n\n"
        "2. Housing:\n\n"
        "Build ten thousand social homes by 2030."
    )
    assert demand_texts(text) == [
        "Fair rents for every tenant in the city",
        "Repeal the eviction law before the winter",
        "Build ten thousand social homes by 2030",
    ]


def test_list_of_asks_items_after_requesting_x_to_colon_take_its_addressee() -> None:
    text = (
        "The families wrote to parliament, requesting the Assembly to:\n\n"
        "- Open the inquiry into the floods;\n"
        "- Publish the engineers' report."
    )
    demands = extract_content(text).demands
    assert [d.text for d in demands] == ["Open the inquiry into the floods", "Publish the engineers' report"]
    assert {d.addressee for d in demands} == {"the Assembly"}


def test_list_of_asks_quoted_imperative_paragraphs_after_a_to_colon_lead_in() -> None:
    text = (
        "The nurses called on the ministries to move quickly, and listed what they must do to:\n\n"
        "\u201cRelease the vaccine patents for the duration of the pandemic;\n\n"
        "\u201cFund the clinics that the donors abandoned.\u201d\n\n"
        "The nurses will meet again in June."
    )
    texts = demand_texts(text)
    assert "Release the vaccine patents for the duration of the pandemic" in texts
    assert any(t.startswith("Fund the clinics") for t in texts)
    assert not any("meet again" in t for t in texts)


def test_imperative_run_one_recommendation_a_paragraph() -> None:
    text = (
        "The network held its annual meeting this week.\n\n"
        "Restore the bus routes cut last spring.\n\n"
        "Protect the night shelters from closure.\n\n"
        "The meeting ended at noon."
    )
    assert demand_texts(text) == [
        "Restore the bus routes cut last spring",
        "Protect the night shelters from closure",
    ]


def test_imperative_run_needs_two_paragraphs_and_a_verb_not_a_noun() -> None:
    assert demand_texts("The board met today.\n\nSupport for the plan grew in the spring.") == []
    assert demand_texts("The board met today.\n\nReview the budget.\n\nThe vote is on Friday.") == []


def test_imperative_run_formal_imperatives_in_spanish() -> None:
    text = (
        "Los vecinos de la comarca se reunieron el lunes con la alcaldesa.\n\n"
        "Respeten el derecho de los pueblos a la consulta previa.\n\n"
        "Garanticen el agua para todas las familias del valle."
    )
    assert len(extract_content(text).demands) == 2


def test_a_sentence_wrapped_over_lines_is_read_whole() -> None:
    text = (
        "Los vecinos se reunieron el lunes en la plaza mayor del pueblo.\n\n"
        "La red de vecinos hace un llamamiento a las autoridades del municipio\n"
        "para que abran los albergues durante el invierno."
    )
    [demand] = extract_content(text).demands
    assert demand.addressee == "las autoridades del municipio"
    assert demand.text.startswith("abran los albergues")


# ── First-person calls ───────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "sentence",
    [
        "I renew my call that the two reporters be released without delay.",
        "I call upon the Council and all its member states to do more for the displaced.",
        "We reiterate our call for an independent inquiry into the shootings.",
        "Let us end this injustice together before the summer.",
        # a need stated: "we need" with what is needed, a thing that "needs to be" done
        "So we really need a shared plan between the coastal towns.",
        "Housing is a shared burden that needs to be addressed by every council.",
    ],
)
def test_first_person_calls_and_stated_needs_are_demands(sentence: str) -> None:
    assert is_demand(sentence)


def test_they_asked_x_to_is_a_demand_with_its_addressee() -> None:
    [found] = find_demands("They asked the Ombudsman to inspect the youth prisons.", rules_for("en"))
    assert found.who == "the Ombudsman"


# ── Not demands ──────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "sentence",
    [
        # legal duties described
        "The law says employers must report every injury within ten days.",
        "Under the law, landlords must give two months' notice.",
        # what people must know
        "The people of the valley must know that the river is poisoned.",
        # past calls told as history
        "Last year's resolution called for a national programme of limits.",
        "In 2019, the council urged the ministry to close the mine.",
        # a survey's finding
        "7 in 10 residents think the council should close the road.",
        # the noun "need"
        "The study stresses the need to rebuild the old bridge.",
        # how to read the text, not an act
        "All counts should be read as preliminary and open to revision.",
        # a need described, no one asked
        "Patients who need to travel far are offered a bus pass.",
    ],
)
def test_sentences_that_are_not_demands(sentence: str) -> None:
    assert not is_demand(sentence)


def test_the_first_persons_own_past_call_stays_a_demand() -> None:
    assert is_demand("Last year we called on the ministry to close the mine, and we call on it again.")


@pytest.mark.parametrize(
    "sentence",
    [
        "La ley establece que los empleadores deben pagar las horas extra.",
        "El año pasado, el consejo pidió al ministerio que cerrara la mina.",
    ],
)
def test_not_demands_in_spanish(sentence: str) -> None:
    assert not is_demand(sentence, "es")


@pytest.mark.parametrize(
    "sentence",
    [
        "2 habitants sur 3 pensent que la route doit rouvrir en juin.",
        "L'année dernière, le conseil a appelé à la fermeture de la mine.",
        "Il faut comprendre que les élèves ont peur.",
    ],
)
def test_not_demands_in_french(sentence: str) -> None:
    assert not is_demand(sentence, "fr")


# ── Spanish and French frames ────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("Exigimos la liberación inmediata de los presos políticos.", None),
        ("Pedimos a la alcaldía que reabra los comedores escolares.", "la alcaldía"),
        ("Instamos a las autoridades a investigar los asesinatos.", "las autoridades"),
        ("Hacemos un llamado a los gobiernos para que protejan los bosques.", "los gobiernos"),
        ("Exhortamos a la comunidad internacional a actuar ya.", "la comunidad internacional"),
        ("Solicitamos la suspensión del proyecto minero.", None),
        ("Es urgente que se detengan los desalojos.", None),
        ("El Estado debe garantizar el acceso al agua.", "El Estado"),
        ("Las autoridades deben liberar a los periodistas.", "Las autoridades"),
        ("Reclamamos una ley de protección para los defensores.", None),
        ("Por último, la red anima a los ciudadanos para que firmen la petición.", "los ciudadanos"),
    ],
)
def test_spanish_demand_frames(sentence: str, addressee: str | None) -> None:
    [found] = find_demands(sentence, rules_for("es"))
    assert found.who == addressee


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("Nous demandons que les écoles restent ouvertes.", None),
        ("Nous exigeons le retrait immédiat du projet de loi.", None),
        ("Nous appelons les salariés à la grève le 5 décembre.", "les salariés"),
        ("Nous exhortons le gouvernement à suspendre la réforme.", "le gouvernement"),
        ("Nous réclamons une enquête indépendante.", None),
        ("Le gouvernement doit retirer son projet.", "Le gouvernement"),
        ("Les autorités doivent protéger les témoins.", "Les autorités"),
        ("Il faut rouvrir les classes avant juin.", None),
        ("Il est urgent d'agir pour les élèves.", None),
        ("Aussi, évitons absolument la fermeture du marché.", None),
        ("Le 14 mars, les comités sont invités à tenir des réunions de quartier.", "les comités"),
    ],
)
def test_french_demand_frames(sentence: str, addressee: str | None) -> None:
    [found] = find_demands(sentence, rules_for("fr"))
    assert found.who == addressee


def test_a_french_statement_gives_its_demands_through_the_cli_path() -> None:
    text = (
        "Le syndicat des élèves a publié les résultats de son enquête ce lundi.\n\n"
        "Nous demandons que les examens de juin soient annulés pour tous les élèves."
    )
    [demand] = extract_content(text).demands
    assert demand.text.startswith("les examens de juin")


# ── Voices ───────────────────────────────────────────────────────────────────────────────────


def test_voice_the_other_sides_call_is_marked_other() -> None:
    text = (
        "The Tenants Union urged the Housing Ministry to halt the evictions.\n\n"
        "The Housing Ministry rejected the report and called on the union to stop the protests."
    )
    voices = {d.addressee: d.voice for d in extract_content(text).demands}
    assert voices == {"the Housing Ministry": "issuer", "the union": "other"}


def test_voice_a_call_by_the_party_the_issuer_addresses_is_the_other_sides() -> None:
    text = (
        "We call on the Port Authority to reopen the harbour to fishing boats.\n\n"
        "The Port Authority called on the fishermen to leave the quay by Friday."
    )
    voices = [d.voice for d in sorted(extract_content(text).demands, key=lambda d: d.start or 0)]
    assert voices == ["issuer", "other"]


def test_voice_other_calls_are_kept_in_json_but_ranked_last() -> None:
    text = (
        "The Port Authority called on the fishermen to leave the quay by Friday.\n\n"
        "We call on the Port Authority to reopen the harbour to fishing boats."
    )
    data = extract_content(text).to_extract_json()
    assert [d["voice"] for d in data["demands"]] == ["issuer", "other"]


# ── Merging ──────────────────────────────────────────────────────────────────────────────────


def test_merge_near_identical_a_repeated_sentence_is_one_demand() -> None:
    text = (
        "The union called on the mayor to reopen the library this month.\n\n"
        "The union called on the mayor to reopen the library this month."
    )
    assert len(extract_content(text).demands) == 1


def test_merge_near_identical_keeps_different_demands() -> None:
    a = Demand(text="reopen the library this month", start=0, end=10)
    b = Demand(text="reopen the library this month", start=20, end=30)
    c = Demand(text="fund the night buses", start=40, end=50)
    assert merge_near_identical([a, b, c]) == [a, c]


# ── What the user sees ───────────────────────────────────────────────────────────────────────

OTHER_SIDE_STATEMENT = """Fishing families demand the harbour reopens

Fishing families in the northern bay have been unable to take their boats out for three weeks, \
since the harbour gates were locked after the storm that damaged the old quay and the fuel store.

Most of the families have no other income, and the co-operative says its members have borrowed \
to pay for food, fuel and the repairs that the insurers refuse to cover.

We call on the Port Authority to reopen the harbour to the fishing boats before the season starts.

The Port Authority rejected the families' account and called on the fishermen to leave the quay by Friday.
"""


def test_the_other_sides_call_is_in_the_json_but_not_on_the_page(tmp_path: Path) -> None:
    statement = tmp_path / "harbour.txt"
    statement.write_text(OTHER_SIDE_STATEMENT, encoding="utf-8")
    extracted = run_briefing("extract", str(statement), "--format", "json", cwd=tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    voices = {d["addressee"]: d["voice"] for d in json.loads(extracted.stdout)["demands"]}
    assert voices == {"the Port Authority": "issuer", "the fishermen": "other"}

    built = run_briefing("build", str(statement), "-o", str(tmp_path / "harbour.pdf"), cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    text = squash(pdf_text(tmp_path / "harbour.pdf"))
    assert "reopen the harbour to the fishing boats" in text.lower()
    assert "leave the quay by Friday" not in text


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The reporters must be released before the trial.", "en"),
        ("Los periodistas deben ser liberados antes del juicio.", "es"),
        ("Le passage doit être automatisé cette année.", "fr"),
    ],
)
def test_a_passive_obligation_names_no_addressee(sentence: str, lang: str) -> None:
    [found] = find_demands(sentence, rules_for(lang))
    assert found.who is None


def test_list_of_asks_after_a_spanish_lead_in_naming_asks() -> None:
    text = (
        "Las comunidades del salar se reunieron en asamblea durante el fin de semana pasado.\n\n"
        "Nuestras exigencias:\n\n"
        "Consulta previa antes de cada nuevo permiso minero en la cuenca.\n\n"
        "Garantizar el agua para las familias de la comunidad y para sus animales."
    )
    assert len(extract_content(text).demands) == 2


def test_a_demands_words_run_over_a_hard_line_break() -> None:
    text = (
        "La fédération a réuni son comité le jeudi 9 octobre à Lyon.\n\n"
        "Le comité appelle à renforcer la défense de\n"
        " l'emploi par la tenue de réunions dans chaque atelier."
    )
    [demand] = extract_content(text, lang="fr").demands
    assert demand.text == "renforcer la défense de l'emploi par la tenue de réunions dans chaque atelier"


def test_an_infinitive_link_is_followed_by_a_verb_in_french_and_spanish() -> None:
    fr = "Le comité appelle les salariés, les privés d'emplois et les retraités à se mobiliser partout."
    [found] = find_demands(fr, rules_for("fr"))
    assert fr[found.what[0] : found.what[1]].startswith("se mobiliser")
    es = "Instamos a los vecinos de la zona a firmar la petición."
    [found] = find_demands(es, rules_for("es"))
    assert found.who == "los vecinos de la zona"


# ── Named phrases of the lexicon, each with a sentence written for it ───────────────────────


def what_is_asked(sentence: str, lang: str) -> list[str]:
    return [sentence[f.what[0] : f.what[1]] for f in find_demands(sentence, rules_for(lang))]


@pytest.mark.parametrize(
    "sentence",
    [
        "La fédération se bat pour ses écoles et porte une série de revendications, notamment : "
        "la réouverture des classes fermées.",
        "L'association porte un ensemble de\n revendications, notamment : la réouverture des classes fermées.",
        "Nous portons plusieurs revendications : la réouverture des classes fermées.",
    ],
)
def test_french_a_party_carrying_demands_states_them_after_the_phrase(sentence: str) -> None:
    [what] = what_is_asked(sentence, "fr")
    assert what.endswith("la réouverture des classes fermées.")


def test_french_necessity_il_parait_necessaire_de() -> None:
    sentence = "Après la fermeture de la ligne, il paraît nécessaire de rétablir un bus entre les villages."
    assert what_is_asked(sentence, "fr") == ["rétablir un bus entre les villages."]


def test_french_necessity_il_nous_semble_primordial_de() -> None:
    sentence = "Face à ces chiffres, il nous semble primordial de placer la sécurité des riverains au centre du projet."
    assert what_is_asked(sentence, "fr") == ["placer la sécurité des riverains au centre du projet."]


def test_english_pressure_is_facing_growing_pressure_to() -> None:
    sentence = "The ministry is facing growing pressure to reopen the rural clinics before the winter."
    [found] = find_demands(sentence, rules_for("en"))
    assert found.frame == "pressure"
    assert sentence[found.what[0] : found.what[1]].startswith("reopen the rural clinics")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The council must close the landfill, the Coast Network has said today.",
            "en",
            "The council must close the landfill",
        ),
        (
            "El ayuntamiento debe cerrar el vertedero, la Red Costera ha dicho hoy.",
            "es",
            "El ayuntamiento debe cerrar el vertedero",
        ),
        (
            "La mairie doit fermer la décharge, le Réseau Littoral a déclaré aujourd'hui.",
            "fr",
            "La mairie doit fermer la décharge",
        ),
    ],
)
def test_reporting_tail_is_trimmed_in_three_languages(text: str, lang: str, expected: str) -> None:
    content = extract_content(text, lang=lang)
    assert [d.text for d in content.demands] == [expected]


def test_a_call_inside_the_other_sides_quotation_is_theirs() -> None:
    from briefing.extraction import extract_content

    text = (
        "Harbour Watch called on the United Nations to send observers to the port of Vale.\n\n"
        '"These men were fishing, nothing more," said Lena Vos, a researcher at Harbour Watch.\n\n'
        '"The foreign groups must stop interfering in our affairs," said Ivo Kant, the government spokesman.\n'
    )
    voices = {demand.text[:20]: demand.voice for demand in extract_content(text, lang="en").demands}
    assert voices == {"send observers to th": "issuer", "The foreign groups m": "other"}


# ── Addressees of lists, fused prepositions, infinitives after the addressee ───────────────


@pytest.mark.parametrize(
    ("lead", "lang", "addressee"),
    [
        ("The network asks the Ministry of Health to:", "en", "the Ministry of Health"),
        ("The letter asks Congress to take the following steps:", "en", "Congress"),
        ("Our recommendations to the Ministry of Health:", "en", "the Ministry of Health"),
        ("La red pide al Ministerio de Salud:", "es", "el Ministerio de Salud"),
        ("Instamos al Gobierno regional a:", "es", "el Gobierno regional"),
        ("Exigimos al Estado:", "es", "el Estado"),
        ("Nuestras exigencias al Ministerio de Salud:", "es", "el Ministerio de Salud"),
        ("Le réseau demande au ministère de la Santé de :", "fr", "le ministère de la Santé"),
        ("Nous appelons le gouvernement régional à :", "fr", "le gouvernement régional"),
        ("Nos revendications au ministère de la Santé :", "fr", "le ministère de la Santé"),
    ],
)
def test_lead_addressee_each_item_of_a_list_is_asked_of_whom_the_lead_in_names(
    lead: str, lang: str, addressee: str
) -> None:
    items = {
        "en": ("release all detainees held since March", "restore the budget of the rural clinics"),
        "es": ("liberar a todas las personas detenidas", "restituir el presupuesto de las clínicas"),
        "fr": ("libérer toutes les personnes détenues", "rétablir le budget des cliniques rurales"),
    }[lang]
    text = f"{lead}\n\n- {items[0]};\n- {items[1]}.\n"
    demands = extract_content(text, lang=lang).demands
    assert [d.text for d in demands] == list(items)
    assert {d.addressee for d in demands} == {addressee}


def test_run_item_an_imperative_run_after_a_call_is_asked_of_the_calls_addressee() -> None:
    text = (
        "The unions called on the regional councils to protect the river before the summer.\n\n"
        "Stop the quarry on the north bank.\n\n"
        "Release the water samples every week.\n"
    )
    demands = sorted(extract_content(text).demands, key=lambda d: d.start or 0)
    assert [d.text for d in demands][1:] == [
        "Stop the quarry on the north bank",
        "Release the water samples every week",
    ]
    assert {d.addressee for d in demands} == {"the regional councils"}


@pytest.mark.parametrize(
    ("sentence", "lang", "addressee", "ask"),
    [
        ("Instamos al Estado a prevenir cualquier ataque contra la prensa.", "es", "el Estado", "prevenir"),
        ("Es obligación del Estado proteger a los periodistas.", "es", "el Estado", "proteger"),
        ("Es deber de las autoridades investigar el caso.", "es", "las autoridades", "investigar"),
        ("Pedimos al Gobierno que libere a los detenidos.", "es", "el Gobierno", "libere"),
        ("Nous demandons au gouvernement de libérer les détenus.", "fr", "le gouvernement", "libérer"),
        ("Il appartient à l'État de protéger les journalistes.", "fr", "l'État", "protéger"),
        ("It is the duty of the state to protect journalists.", "en", "the state", "protect"),
        # the infinitive with no link, its object after it (_verb_phrase)
        (
            "La red pidió al Gobierno federal garantizar la seguridad de la prensa.",
            "es",
            "el Gobierno federal",
            "garantizar",
        ),
        (
            "Se exige a las autoridades locales realizar una búsqueda para hallar a Ana.",
            "es",
            "las autoridades locales",
            "realizar",
        ),
        ("Exhortamos a la policía militar a investigar el ataque.", "es", "la policía militar", "investigar"),
        # the addressee named again by a pronoun after "qu'"
        ("Nous exigeons du gouvernement qu'il retire la réforme.", "fr", "le gouvernement", "retire"),
        (
            "Le Comité engage instamment l'État partie à enquêter sur les plaintes.",
            "fr",
            "l'État partie",
            "enquêter",
        ),
    ],
)
def test_fused_article_the_addressee_keeps_its_article_and_the_ask_its_verb(
    sentence: str, lang: str, addressee: str, ask: str
) -> None:
    (demand,) = extract_content(sentence, lang=lang).demands
    assert demand.addressee == addressee
    assert demand.text.split()[0] == ask


@pytest.mark.parametrize(
    ("sentence", "lang", "addressee"),
    [
        (
            "We call on the police and on the courts to protect the witnesses.",
            "en",
            "the police and the courts",
        ),
        (
            "La red hizo un llamado a las autoridades federales y a la Fiscalía a buscar a la periodista.",
            "es",
            "las autoridades federales y la Fiscalía",
        ),
        (
            "Le collectif lance un appel aux élus et aux associations à se joindre à la marche.",
            "fr",
            "les élus et les associations",
        ),
    ],
)
def test_joined_addressees_the_calls_preposition_is_not_repeated(
    sentence: str, lang: str, addressee: str
) -> None:
    (demand,) = extract_content(sentence, lang=lang).demands
    assert demand.addressee == addressee


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Two in three head teachers say the lunch programme must be kept.", "en"),
        ("Dos de cada tres directores piden mantener el comedor gratuito.", "es"),
        ("Deux directeurs sur trois demandent le maintien de la cantine.", "fr"),
    ],
)
def test_survey_caller_what_a_share_of_people_ask_is_a_finding(sentence: str, lang: str) -> None:
    assert extract_content(sentence, lang=lang).demands == []


def test_merge_near_identical_keeps_the_twin_that_names_who_is_asked() -> None:
    merged = merge_near_identical(
        [
            Demand(text="keep the free lunch programme", start=0, end=10),
            Demand(text="keep the free lunch programme", addressee="the Ministry", start=20, end=30),
        ]
    )
    assert [(d.text, d.addressee) for d in merged] == [("keep the free lunch programme", "the Ministry")]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "La red exige mantener el comedor gratuito, afirmó hoy el sindicato de docentes.",
            "es",
            "mantener el comedor gratuito",
        ),
        (
            "Le réseau exige le maintien de la cantine, a déclaré aujourd'hui le syndicat.",
            "fr",
            "le maintien de la cantine",
        ),
    ],
)
def test_reporting_tail_with_the_verb_first_is_trimmed(sentence: str, lang: str, expected: str) -> None:
    assert [d.text for d in extract_content(sentence, lang=lang).demands] == [expected]


@pytest.mark.parametrize(
    ("sentence", "lang", "addressee"),
    [
        (
            "The heads have written to the Prime Minister, urging him to keep the lunch scheme.",
            "en",
            "the Prime Minister",
        ),
        ("The unions wrote to Minister Jo Lee and urged her to reopen the clinics.", "en", "Minister Jo Lee"),
        ("We urge him to resign.", "en", None),  # no one named before: no addressee
    ],
)
def test_recipient_an_object_pronoun_stands_for_the_recipient_named_before(
    sentence: str, lang: str, addressee: str | None
) -> None:
    (demand,) = extract_content(sentence, lang=lang).demands
    assert demand.addressee == addressee


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Reform needs to be meaningful, not a box ticked to meet a deadline.", "en"),
        ("The aim of the talks should be to end the blockade.", "en"),
        ("La reforma debe ser justa para todas las regiones.", "es"),
        ("La réforme doit être juste pour toutes les régions.", "fr"),
    ],
)
def test_states_a_quality_what_something_should_be_names_no_addressee(sentence: str, lang: str) -> None:
    (demand,) = extract_content(sentence, lang=lang).demands
    assert demand.addressee is None


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Si les écoles rouvrent, il faut donc s'attendre à des classes à moitié vides.", "fr"),
        ("It is now time to understand that the river will flood again.", "en"),
    ],
)
def test_asks_no_act_expecting_is_no_demand_even_after_a_filler(sentence: str, lang: str) -> None:
    assert extract_content(sentence, lang=lang).demands == []


@pytest.mark.parametrize(
    ("sentence", "lang", "addressee"),
    [
        ("What the regional council should do is to fund the clinics.", "en", "the regional council"),
        ("Lo que el Gobierno debe hacer es escuchar a las comunidades.", "es", "el Gobierno"),
        ("Ce que le gouvernement doit faire, c'est écouter les élèves.", "fr", "le gouvernement"),
    ],
)
def test_pseudo_cleft_names_its_subject_as_addressee_and_keeps_its_words(
    sentence: str, lang: str, addressee: str
) -> None:
    (demand,) = extract_content(sentence, lang=lang).demands
    assert demand.addressee == addressee
    assert demand.text == sentence.rstrip(".")


@pytest.mark.parametrize(
    ("sentence", "lang", "addressee", "ask"),
    [
        ("The only way to end the floods is to restore the wetlands upstream.", "en", None, "restore"),
        ("The only way is for the council to reopen the clinics.", "en", "the council", "reopen"),
        (
            "La única forma de salir de esta crisis es garantizar el agua a las comunidades.",
            "es",
            None,
            "garantizar",
        ),
        ("Le seul moyen d'en sortir est de garantir l'accès à l'eau.", "fr", None, "garantir"),
    ],
)
def test_only_way_the_one_way_out_a_statement_names_is_its_ask(
    sentence: str, lang: str, addressee: str | None, ask: str
) -> None:
    (demand,) = extract_content(sentence, lang=lang).demands
    assert (demand.addressee, demand.text.split()[0]) == (addressee, ask)


def test_only_way_a_way_told_as_a_story_is_no_demand() -> None:
    assert extract_content("The only way he knew was the river road.").demands == []


def test_lead_caller_a_list_asked_by_the_other_side_is_theirs() -> None:
    text = (
        "Port strike enters its second week\n\n"
        "The Harbour Workers Union said on Monday that the strike would go on until its claims were met.\n\n"
        "Fisheries Minister Jane Doe asks the union to:\n\n"
        "- stop its protests at the port;\n"
        "- return to the talks.\n\n"
        "The union calls on the port authority to reopen the talks.\n"
    )
    voices = {d.text: (d.voice, d.addressee) for d in extract_content(text).demands}
    assert voices["stop its protests at the port"] == ("other", "the union")
    assert voices["reopen the talks"] == ("issuer", "the port authority")
