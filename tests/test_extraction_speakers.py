"""Speaker rules: reporting verbs before and after, continuations, pronouns, unsure -> None."""

from __future__ import annotations

import pytest

from briefing.extraction import extract_content


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in sorted(extract_content(text).quotes, key=lambda q: q.start or 0)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not accept these new rules at all," the union said.', "the union"),
        ('"We will not accept these new rules at all," said Jane Doe, the union leader.', "Jane Doe"),
        (
            'Union leader Jane Doe said: "We will not accept these new rules at all."',
            "Jane Doe, union leader",
        ),
        ('Jane Doe, a nurse from Leeds, added: "We will not accept these new rules at all."', "Jane Doe"),
        ('Ms Doe, who said the "rules will hurt every single patient", left early.', "Ms Doe"),
        ('According to the Red Cross, "the camps hold far more people than planned".', "the Red Cross"),
    ],
)
def test_reporting_verbs_give_the_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_he_is_resolved_to_the_nearest_named_person() -> None:
    text = (
        "Party leader John Smith said the plan would fail.\n\n"
        '"This is an act of economic vandalism by the government," he said.'
    )
    assert speakers(text) == ["John Smith, party leader"]


def test_acronym_speaker_is_expanded_from_its_definition() -> None:
    text = (
        "Housing Rights Action (HRA) published a report.\n\n"
        'HRA said the army "should end the use of these tests without delay".'
    )
    assert speakers(text) == ["Housing Rights Action"]


def test_a_quote_reopened_in_the_next_paragraph_keeps_its_speaker() -> None:
    text = (
        'Jane Doe said: "We will not accept these new rules at all.\n\n'
        '"We will fight them in every court in the land."'
    )
    assert speakers(text) == ["Jane Doe", "Jane Doe"]


def test_no_attribution_gives_none() -> None:
    text = 'The report was long.\n\n"Nobody knows where the missing workers are being held."'
    assert speakers(text) == [None]


def test_he_without_a_person_to_refer_to_gives_none() -> None:
    text = (
        'The ministry published figures.\n\n"Nobody knows where the missing workers are being held," he said.'
    )
    assert speakers(text) == [None]


def test_the_statement_said_is_the_issuer() -> None:
    text = (
        "The Housing Network today urged the council to reopen the shelters.\n\n"
        '"Every night without a bed puts lives at risk in this city," the statement '
        "released on Monday said."
    )
    assert speakers(text) == ["Housing Network"]


def test_names_read_name_first_and_a_bare_surname_is_the_same_person() -> None:
    text = (
        '"We will not accept these new rules at all," Opposition leader Jane Doe said.\n\n'
        'Ms Doe added that the rules "will hurt every single patient in the country".'
    )
    assert speakers(text) == ["Jane Doe, Opposition leader", "Jane Doe, Opposition leader"]


def test_a_title_before_a_name_stays_with_it() -> None:
    text = '"We will not accept these new rules at all," Senator Jane Doe said.'
    assert speakers(text) == ["Senator Jane Doe"]


def test_guillemets_padded_with_spaces_pair_and_the_comma_after_the_mark_counts() -> None:
    text = "« Nous ne partirons pas tant que rien ne change », said Marie Dupont, a nurse."
    assert speakers(text) == ["Marie Dupont"]


def test_name_after_a_title_in_the_tag_is_the_speaker() -> None:
    text = "‘We are seeing families who cannot afford shoes,’ said its chief executive, Leanne Mitchell."
    assert speakers(text) == ["Leanne Mitchell"]


def test_appositive_name_before_the_verb_is_the_speaker() -> None:
    text = '"We cannot afford to eat anymore," one protester, Mary Wanjiru, told Reuters.'
    assert speakers(text) == ["Mary Wanjiru"]


def test_pronoun_after_a_quoted_speaker_in_an_earlier_sentence() -> None:
    text = (
        '"Journalism is not a crime at all," said Ann Lee, the group\'s director. '
        'She added: "Every day in prison is an injustice for them."'
    )
    assert speakers(text) == ["Ann Lee", "Ann Lee"]


def test_pronoun_goes_to_the_person_just_named_not_an_earlier_speaker() -> None:
    text = (
        '"We will not leave until the hospitals are saved," said Marie Dupont.\n\n'
        "The health minister, Pierre Martin, defended the plan. "
        '"We have to organise care more efficiently," he told reporters.'
    )
    assert speakers(text) == ["Marie Dupont", "Pierre Martin"]


def test_pronoun_is_unsure_when_another_person_was_named_earlier() -> None:
    text = (
        '"We will not leave until the hospitals are saved," said Marie Dupont.\n\n'
        "Pierre Martin spoke first. The meeting went on for hours.\n\n"
        '"We have to organise care more efficiently," he told reporters.'
    )
    assert speakers(text)[1] is None


def test_pronoun_with_no_earlier_speaker_goes_to_the_person_just_named() -> None:
    text = (
        "Queensland Premier Steven Miles defended the laws. "
        '"People have a right to protest, but not to endanger workers," he said.'
    )
    assert speakers(text) == ["Queensland Premier Steven Miles"]


def test_quote_after_a_verb_first_tag_in_the_previous_sentence() -> None:
    text = '"We will keep going," said Tom Reid, one of those arrested. "We have no other choice at all."'
    assert speakers(text) == ["Tom Reid"]


def test_role_before_the_name_is_shown_after_it() -> None:
    text = 'Human rights lawyer Sarah Chen said: "These laws are designed to frighten people."'
    assert speakers(text) == ["Sarah Chen, human rights lawyer"]


def test_unclosed_paragraph_of_quotation_takes_the_speaker_of_the_next() -> None:
    text = (
        '"For three years we have watched families being pushed out of their homes.\n\n'
        '"We call for a permanent halt to evictions right now," said chair Amira Hassan.'
    )
    assert speakers(text) == ["Amira Hassan, chair", "Amira Hassan, chair"]


def test_unclosed_quotation_ends_before_an_inside_tag_which_names_the_speaker() -> None:
    text = '"If nothing changes, thousands more will be forced out, Hassan warned at a meeting.'
    [quote] = extract_content(text).quotes
    assert quote.text == "If nothing changes, thousands more will be forced out,"
    assert quote.speaker == "Hassan"
    assert not quote.complete


def test_previous_sentence_speaker_must_be_its_subject_not_a_name_inside_it() -> None:
    text = (
        "The Coalition for Fair Housing welcomes the decision, but warns that it is not enough. "
        '"For three years we have watched families being pushed out."'
    )
    assert speakers(text) == [None]


def test_joint_role_is_lowercased_after_the_name() -> None:
    text = 'Joint general secretary Daniel Kebede said: "Teachers have seen their pay cut by a fifth."'
    assert speakers(text) == ["Daniel Kebede, joint general secretary"]


@pytest.mark.parametrize(
    "text",
    [
        '"The valley needs clean water before the rains," said Dr. Lena Ortiz, head of the clinic.',
        '"The valley needs clean water before the rains," Dr. Lena Ortiz said.',
    ],
)
def test_an_abbreviated_title_does_not_end_the_speakers_name(text: str) -> None:
    assert speakers(text) == ["Dr. Lena Ortiz"]


def test_the_statements_own_voice_is_its_issuer_never_a_pronoun() -> None:
    content = extract_content(
        "Statement by the Special Rapporteur on the right to housing on the evictions in Port Amin\n\n"
        "I am alarmed by the demolition of 600 homes this week.\n\n"
        '"Every family evicted in the rain is one too many," I told the Council on Monday.\n'
    )
    assert content.issuer == "Special Rapporteur on the right to housing"
    assert [q.speaker for q in content.quotes] == ["Special Rapporteur on the right to housing"]


def test_a_phrase_after_a_verb_is_not_a_speaker_to_resolve_we_to() -> None:
    content = extract_content(
        "We said it before and we will say it again: the cuts are dangerous.\n\n"
        '"We warned the ministry in January that rural clinics would close," we said in our '
        "submission to the inquiry.\n"
    )
    assert [q.speaker for q in content.quotes] == [None]


def test_guillemets_with_spaces_keep_the_speaker_for_the_next_quotation() -> None:
    content = extract_content(
        "The storm flooded the valley on Monday.\n\n"
        "\u00ab We are seeing whole villages under water, \u00bb said Dr. Lena Ortiz, head of the clinic. "
        "\u00ab People need clean water and medicine today, not next week. \u00bb\n"
    )
    assert [q.speaker for q in content.quotes] == ["Dr. Lena Ortiz", "Dr. Lena Ortiz"]
