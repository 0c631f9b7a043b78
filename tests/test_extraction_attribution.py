"""Attribution frames, one named test each, per language, on sentences written for the tests:
who said a quotation is taken only from the source's own tie to it, with the tying words."""

from __future__ import annotations

import pytest

from briefing.extraction import extract_content
from briefing.extraction.attribution import Attribution, source_attributions, words
from briefing.extraction.attribution import clean_speaker as read_speaker


def ties(text: str, lang: str | None = None) -> list[Attribution | None]:
    """The source's attribution of each quotation of five words or more, in order."""
    found = source_attributions(text, lang)
    return [tie for quote, tie in found if len(text[quote.start : quote.end].split()) >= 5]


def speakers(text: str, lang: str | None = None) -> list[str | None]:
    return [q.speaker for q in sorted(extract_content(text, lang=lang).quotes, key=lambda q: q.start or 0)]


def tie_words(text: str, tie: Attribution | None) -> str | None:
    return text[tie.start : tie.end] if tie else None


# --- English ----------------------------------------------------------------------------------


def test_after_cue_speech_verb_then_its_subject() -> None:
    text = '"We will not accept these cuts to the clinics," said Ana Ruiz, the Network\'s director.'
    (tie,) = ties(text, "en")
    assert tie is not None
    assert tie.rule == "after_cue"
    assert tie_words(text, tie) == "said Ana Ruiz, the Network's director"
    assert speakers(text) == ["Ana Ruiz"]


def test_after_subject_subject_then_speech_verb() -> None:
    text = '"The clinics must stay open all through the winter," the union told reporters.'
    (tie,) = ties(text, "en")
    assert tie is not None
    assert tie.rule == "after_subject"
    assert speakers(text) == ["the union"]


def test_after_subject_short_tag_in_the_next_sentence() -> None:
    text = (
        "Paul Grant chairs the housing board.\n\n"
        '"The shelters must reopen before the first frost." Mr Grant said.'
    )
    assert speakers(text) == ["Paul Grant"]  # the fuller form the text gives


def test_according_to() -> None:
    text = 'According to the Red Cross, "the camps hold far more people than anyone planned".'
    (tie,) = ties(text, "en")
    assert tie is not None
    assert tie.rule == "according_to"
    assert tie_words(text, tie) == "According to the Red Cross"


def test_before_cue_subject_told_someone() -> None:
    text = 'Minister Paul Grant told MPs the plan would "cost far more than anyone has admitted".'
    assert speakers(text) == ["Paul Grant, Minister"]


@pytest.mark.parametrize(
    "text",
    [
        'Jane Doe described the plan as "a disaster for every family in the valley".',
        'Jane Doe accused the council of "abandoning every family in the valley to the floods".',
    ],
)
def test_before_cue_frame_verbs_put_the_words_in_the_subjects_mouth(text: str) -> None:
    assert speakers(text) == ["Jane Doe"]


def test_announced_the_letter_reads() -> None:
    text = (
        "The groups wrote to the council on Monday. The letter reads:\n\n"
        '"We ask the council to reopen the shelters before the winter comes."'
    )
    (tie,) = ties(text, "en")
    assert tie is not None
    assert tie.rule == "announced"
    assert tie_words(text, tie) == "The letter reads:"


def test_announced_x_said_colon_introduces_the_next_paragraphs() -> None:
    text = (
        "Network director Ana Ruiz said:\n\n"
        '"We ask the council to reopen the shelters before the winter comes.\n\n'
        '"Nobody should have to sleep outside in this city again."'
    )
    assert speakers(text) == ["Ana Ruiz, Network director", "Ana Ruiz, Network director"]
    assert [tie.rule for tie in ties(text) if tie] == ["announced", "continued"]


def test_continued_paragraphs_of_one_quotation() -> None:
    text = (
        '"We will not accept these cuts to the clinics," said Ana Ruiz.\n\n'
        '"Every family in the valley depends on them.\n\n'
        '"And every one of them will hear from us before the vote."'
    )
    assert speakers(text) == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]


def test_carried_back_an_unclosed_paragraph_takes_the_next_tag() -> None:
    text = (
        '"For three years we have watched families being pushed out of their homes.\n\n'
        '"We call for a permanent halt to evictions right now," said chair Amira Hassan.'
    )
    assert [tie.rule for tie in ties(text) if tie] == ["carried_back", "after_cue"]


def test_previous_sentence_indirect_speech_then_the_quotation() -> None:
    text = (
        "Army spokesman Carl Berg defended the checks, saying they keep the ranks safe. "
        '"Every recruit must be fit to serve in the mountain brigades."'
    )
    assert speakers(text) == ["Carl Berg, army spokesman"]


def test_back_reference_she_is_the_nearest_person_who_spoke() -> None:
    text = (
        "Housing lawyer Ana Ruiz said the eviction orders were unlawful.\n\n"
        '"Every one of these families has a right to a hearing," she said.'
    )
    (tie,) = ties(text, "en")
    assert tie is not None
    assert tie.mention == "she"
    assert tie.speaker == "Housing lawyer Ana Ruiz"


def test_as_x_put_it_introduces_the_quotation() -> None:
    # a letter or a report citing someone: `As Dr X, chair of Y, put it: "…"`
    text = (
        "We write to oppose the plan to close the clinics.\n\n"
        'As Dr Lena Osei, chair of the Rural Care Forum, put it: "A clinic that closes is a door '
        'that shuts on the people who need it most."'
    )
    (tie,) = ties(text, "en")
    assert tie is not None
    assert speakers(text) == ["Dr Lena Osei"]


def test_back_reference_she_is_not_the_man_the_text_called_he() -> None:
    # A surname alone ("Kovac said") is the person named in full before, so "she" can find
    # her; and a man the text has called "he" is never the antecedent of a later "she".
    text = (
        '"The new rules will close half of our shelters," said Lena Kovac, head of the Shelter Network.\n\n'
        "The housing minister, Omar Reyes, rejected the claim. "
        '"The shelters will get every cent they were promised," Reyes told the radio. '
        'He said the network was "spreading alarm among vulnerable people".\n\n'
        "Kovac said the network would publish its own figures on Friday. "
        '"We will show every town what it stands to lose," she said.'
    )
    assert speakers(text) == ["Lena Kovac", "Omar Reyes", "Omar Reyes", "Lena Kovac"]


def test_back_reference_el_and_ella_keep_their_people_apart() -> None:
    text = (
        '"No vamos a cerrar ningún albergue este invierno", dijo Marta Solís, directora de la Red.\n\n'
        'El ministro Pablo Ortega respondió en la radio. "Las cifras de la Red son falsas y alarmistas", '
        "afirmó Ortega. "
        'Él dijo que el plan "ya está financiado por completo".\n\n'
        "Solís anunció una campaña nacional. "
        '"Vamos a recorrer cada pueblo del país con los datos", dijo ella.'
    )
    assert speakers(text, "es")[-1] == "Marta Solís"


def test_back_reference_the_organisation_is_the_nearest_organisation() -> None:
    text = (
        "The Coastal Rights Network published its annual report on Monday.\n\n"
        '"The sea wall must be rebuilt before the next storm season," the organisation said.'
    )
    assert speakers(text) == ["The Coastal Rights Network"]


def test_back_reference_the_experts_is_the_group_named_so() -> None:
    text = (
        "UN experts said the detentions were arbitrary.\n\n"
        '"Every person held for their opinions must be released today," the experts added.'
    )
    assert speakers(text) == ["UN experts"]


def test_back_reference_the_minister_is_the_minister_named_before() -> None:
    text = (
        "Finance Minister Paul Grant said the budget was fixed.\n\n"
        '"There is no money left for a new sea wall this year," the minister said.'
    )
    assert speakers(text) == ["Paul Grant, Finance Minister"]


def test_two_organisations_that_spoke_make_it_unclear() -> None:
    text = (
        "The Network said the plan was flawed. The ministry said it was sound.\n\n"
        '"Nobody has asked the families what they need at all," it added.'
    )
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "phrase",
    [
        "On the morning of the vote",  # a time phrase
        "such changes to policy should",  # a clause fragment
        "The WTO's",  # a possessive
        "\u201cWe will",  # a quotation mark and quoted words
        "66% of the pupils",  # a figure
        "the",
    ],
)
def test_never_a_speaker(phrase: str) -> None:
    assert read_speaker(phrase, words("en")) is None


def test_a_bare_pronoun_with_no_one_to_refer_to_names_no_one() -> None:
    text = 'The ministry published figures.\n\n"Nobody knows where the missing workers are held," he said.'
    assert speakers(text) == [None]


def test_no_frame_no_speaker() -> None:
    text = "The report was long.\n\n\u201cNobody knows where the missing workers are being held.\u201d"
    assert ties(text) == [None]
    assert speakers(text) == [None]


# --- Spanish ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "\u201cNo vamos a aceptar estos recortes en los hospitales\u201d, afirmó María López.",
            "María López",
        ),
        (
            "\u201cNo vamos a aceptar estos recortes en los hospitales\u201d, dijo la portavoz de la Red "
            "Vecinal, Ana Ruiz.",
            "Ana Ruiz",
        ),
        (
            "«No vamos a aceptar estos recortes en los hospitales», señaló el sindicato.",
            "el sindicato",
        ),
    ],
)
def test_es_after_cue_subject_after_the_verb(text: str, speaker: str) -> None:
    assert speakers(text, "es") == [speaker]
    assert speakers(text) == [speaker]  # and with no language given


def test_es_segun() -> None:
    text = "Según la Cruz Roja, \u201clos campamentos albergan a mucha más gente de la prevista\u201d."
    assert speakers(text, "es") == ["la Cruz Roja"]


def test_es_en_palabras_de() -> None:
    text = "En palabras de María López, «el agua es un derecho y nunca una mercancía»."
    assert speakers(text, "es") == ["María López"]


def test_es_before_cue_que() -> None:
    text = "La ministra Ana Ruiz advirtió que el plan «costará mucho más de lo que se ha admitido»."
    assert speakers(text, "es") == ["La ministra Ana Ruiz"]


def test_es_understood_subject_is_the_person_who_spoke_before() -> None:
    text = (
        "María López, presidenta de la red, declaró que la sanidad pública está en peligro. "
        "«No aceptaremos ni un solo recorte más en la sanidad pública», añadió."
    )
    assert speakers(text, "es") == ["María López"]


def test_es_el_organismo_is_the_organisation_named_before() -> None:
    text = (
        "La Comisión Nacional publicó un informe sobre los periodistas desaparecidos.\n\n"
        "\u201cEs obligación del Estado proteger a todas las personas periodistas\u201d, señala el organismo."
    )
    assert speakers(text, "es") == ["La Comisión Nacional"]


def test_es_announced_signature_line() -> None:
    text = (
        "\u201cEl ayuntamiento debe abrir albergues para todas las familias del barrio\u201d\n"
        "Ana Ruiz, directora de la Red Vecinal\n"
    )
    assert speakers(text, "es") == ["Ana Ruiz"]


# --- French -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "« Nous ne lâcherons rien sur cette réforme injuste », a déclaré Marie Dupont.",
        "«\u00a0Nous ne lâcherons rien sur cette réforme injuste\u00a0», a affirmé Marie Dupont.",
        "«\u202fNous ne lâcherons rien sur cette réforme injuste\u202f», a souligné Marie Dupont.",
    ],
)
def test_fr_after_cue_with_any_spacing_of_guillemets(text: str) -> None:
    assert speakers(text, "fr") == ["Marie Dupont"]
    assert speakers(text) == ["Marie Dupont"]


def test_fr_inverted_pronoun_is_the_person_who_spoke_before() -> None:
    text = (
        "Marie Dupont a déclaré que la réforme était injuste. "
        "« Nous ne lâcherons rien sur cette réforme injuste », a-t-elle ajouté."
    )
    assert speakers(text, "fr") == ["Marie Dupont"]


def test_fr_il_agrees_in_gender_with_its_antecedent() -> None:
    text = (
        "Le Conseil des riverains a publié ses conclusions. "
        "L’Assemblée nationale a estimé que le texte était trop long. "
        "« Les enquêtes doivent être indépendantes et impartiales », a-t-il souligné."
    )
    assert speakers(text, "fr") == ["Le Conseil des riverains"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Selon la Ligue, « les camps accueillent bien plus de personnes que prévu ».", "la Ligue"),
        ("Pour Marie Dupont, « cette réforme est une attaque contre tous les salariés ».", "Marie Dupont"),
        ("Le syndicat a dénoncé « une réforme injuste qui frappe les plus précaires ».", "Le syndicat"),
        ("Marie Dupont estime que « cette réforme frappe d’abord les plus précaires ».", "Marie Dupont"),
    ],
)
def test_fr_selon_pour_and_cues_before_the_quotation(text: str, speaker: str) -> None:
    assert speakers(text, "fr") == [speaker]


def test_fr_le_rapport_is_the_body_that_published_it() -> None:
    text = (
        "Le Conseil des riverains a publié ses conclusions lundi.\n\n"
        "Le rapport souligne que « la digue doit être réparée avant les crues de printemps ».\n"
    )
    assert speakers(text, "fr") == ["Le Conseil des riverains"]


def test_fr_announced_comme_le_resume() -> None:
    text = (
        "Les habitants sont inquiets pour l’hiver. Comme le résume ce retraité :\n\n"
        "> « Nous n’avons plus de chauffage depuis des semaines et nous avons froid »\n"
    )
    assert speakers(text, "fr") == ["ce retraité"]


def test_previous_sentence_after_a_clause_that_names_no_one_and_its_voice() -> None:
    text = (
        "The Harbour Workers Union called on the Port Authority to keep the night shift.\n\n"
        "Port spokesman Carl Berg defended the cuts, saying the budget was fixed. "
        'If the ships do not come, "we cannot pay for a night shift that nobody uses."'
    )
    (quote,) = extract_content(text).quotes
    assert quote.speaker == "Carl Berg, Port spokesman"
    assert quote.attribution is not None
    assert quote.attribution.rule == "previous_sentence"
    assert quote.voice == "other"  # introduced by a verb of defending: the other side


# --- a carried speaker never crosses a subject the quotation's own sentence names -----------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            '"The ferry must keep running all year," said Tom Hale of the harbour group. '
            'Mayor Jo Bright disagreed, calling the ferry "a luxury the town cannot afford".',
            "en",
        ),
        (
            '"The ferry must keep running all year," said Tom Hale of the harbour group. '
            'But the mayor, Jo Bright, thinks "the ferry costs far too much for the town".',
            "en",
        ),
        (
            "«El transbordador debe seguir todo el año», dijo Tomás Hale, del grupo portuario. "
            "La alcaldesa Juana Brillo discrepó, considerando el gasto «un lujo que no podemos pagar».",
            "es",
        ),
        (
            "« Le bac doit continuer toute l'année », a déclaré Thomas Hale, du collectif du port. "
            "La maire Jeanne Brillant n'était pas d'accord, jugeant la dépense "
            "« un luxe que la ville ne peut pas payer ».",
            "fr",
        ),
    ],
)
def test_continued_not_across_another_named_subject(text: str, lang: str) -> None:
    first, second = ties(text, lang)
    assert first is not None
    assert "Hale" in first.speaker
    assert second is None  # the mayor's words, though no speech verb says so: never Hale's


def test_continued_still_carries_to_the_same_speaker_named_again() -> None:
    text = (
        '"The ferry must keep running all year," said Tom Hale of the harbour group. '
        'Mr Hale thinks "the ferry is vital to the island schools".'
    )
    first, second = ties(text, "en")
    assert first is not None
    assert second is not None
    assert (second.rule, second.speaker) == ("continued", first.speaker)


def test_previous_sentence_not_across_another_named_subject() -> None:
    text = (
        "Tom Hale defended the ferry, saying the island needs it. "
        'But the mayor thinks "the ferry costs far too much for the town".'
    )
    assert ties(text, "en") == [None]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            'Tom Hale said: "The ferry must keep running all year." Jo Bright, the mayor, responded.',
            "en",
            ["Tom Hale"],
        ),
        (
            '"The ferry must keep running all year." '
            'Jo Bright, the mayor, responded that "the ferry costs far too much".',
            "en",
            [None, "Jo Bright"],
        ),
        (
            "Tomás Hale dijo: «El transbordador debe seguir todo el año.» "
            "Juana Brillo, la alcaldesa, contestó que «el gasto es un lujo para el pueblo».",
            "es",
            ["Tomás Hale", "Juana Brillo"],
        ),
    ],
)
def test_after_subject_not_across_a_full_stop_to_another_frame(
    text: str, lang: str, expected: list[str | None]
) -> None:
    """`X said: "…."` keeps X; a tag running on into the next quotation (`Y responded that
    "…"`) is that quotation's, never the one before the full stop."""
    assert [tie.speaker if tie else None for tie in ties(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harbour Watch called on the ministry to free the 40 fishermen.\n\n"
            '"They broke no law," said Tomas Brill of Harbour Watch.\n\n'
            'Government spokesman Ivo Kant said the men were "smugglers caught in the act".\n',
            "Ivo Kant",
        ),
        (
            "La Red Costera exige al Gobierno que libere a los 40 pescadores detenidos en el puerto.\n\n"
            "«No violaron ninguna ley y sus familias esperan», dijo Ana Brill, portavoz de la Red Costera.\n\n"
            "«Eran contrabandistas sorprendidos en el acto», afirmó la ministra Eva Sanz.\n",
            "Eva Sanz",
        ),
    ],
    ids=["en", "es"],
)
def test_speaks_for_the_state_is_the_other_side_in_a_non_state_issuers_statement(text, speaker) -> None:
    content = extract_content(text, lang="es" if "«" in text else "en")
    (state,) = [quote for quote in content.quotes if quote.speaker and speaker in quote.speaker]
    assert state.voice == "other"
    assert all(quote.voice == "issuer" for quote in content.quotes if quote is not state)


def test_a_governments_own_statement_quotes_its_minister_in_its_own_voice() -> None:
    from briefing.extraction.attribution import speaks_for_the_state

    assert speaks_for_the_state("Government spokesman Ivo Kant", "Harbour Watch")
    assert not speaks_for_the_state("Minister Ivo Kant", "Ministry of Fisheries")
    # with no issuer known, a minister is never taken for the statement's own voice
    assert speaks_for_the_state("Minister Ivo Kant", None)


def test_a_headline_in_capitals_is_never_read_into_a_speakers_fuller_name() -> None:
    """`Dee said …` then a quotation: the fuller form of "Dee" is never the headline in capitals
    above the lead joined to the name on the next line."""
    text = (
        "SEN. DEE SPEAKS OUT AGAINST CUTS TO RURAL SCHOOLS IN NORTHERN COUNTIES\n"
        "  Sen. Jo R. Dee (D-N.J.) today said the state must stop the cuts to rural schools in the "
        "northern counties.\n"
        '   "Over one thousand teachers have lost their jobs this year alone," Senator Dee said.\n'
        "   Dee said state officials have estimated more than 300 schools could close next year.\n"
        '   "We today demand that the cuts be reversed before the next school year begins in September."\n'
    )
    speakers = [q.speaker or "" for q in extract_content(text).quotes]
    assert len(speakers) == 2
    assert all("SPEAKS" not in s and s.endswith("Dee") for s in speakers)
