"""Speaker rules: reporting verbs before and after, continuations, pronouns, unsure -> None."""

from __future__ import annotations

import pytest

from briefing.extraction import extract_content


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in sorted(extract_content(text).quotes, key=lambda q: q.start or 0)]


@pytest.mark.parametrize("text, speaker", [
    ('"We will not accept these new rules at all," the union said.', "the union"),
    ('"We will not accept these new rules at all," said Jane Doe, the union leader.', "Jane Doe"),
    ('Union leader Jane Doe said: "We will not accept these new rules at all."',
     "Union leader Jane Doe"),
    ('Jane Doe, a nurse from Leeds, added: "We will not accept these new rules at all."',
     "Jane Doe"),
    ('Ms Doe, who said the "rules will hurt every single patient", left early.', "Ms Doe"),
    ('According to the Red Cross, "the camps hold far more people than planned".', "the Red Cross"),
])
def test_reporting_verbs_give_the_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_he_is_resolved_to_the_nearest_named_person() -> None:
    text = ("Party leader John Smith said the plan would fail.\n\n"
            '"This is an act of economic vandalism by the government," he said.')
    assert speakers(text) == ["Party leader John Smith"]


def test_acronym_speaker_is_expanded_from_its_definition() -> None:
    text = ('Human Rights Watch (HRW) published a report.\n\n'
            'HRW said the army "should end the use of these tests without delay".')
    assert speakers(text) == ["Human Rights Watch"]


def test_a_quote_reopened_in_the_next_paragraph_keeps_its_speaker() -> None:
    text = ('Jane Doe said: "We will not accept these new rules at all.\n\n'
            '"We will fight them in every court in the land."')
    assert speakers(text) == ["Jane Doe", "Jane Doe"]


def test_no_attribution_gives_none() -> None:
    text = 'The report was long.\n\n"Nobody knows where the missing workers are being held."'
    assert speakers(text) == [None]


def test_he_without_a_person_to_refer_to_gives_none() -> None:
    text = ('The ministry published figures.\n\n'
            '"Nobody knows where the missing workers are being held," he said.')
    assert speakers(text) == [None]
