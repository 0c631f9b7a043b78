"""Whose statement it is when a text reports it, describes its issuer, or is signed by a list
(briefing/extraction/metadata.py `find_issuer`, `signatories`; briefing/extraction/voices.py
`unnamed_spokesperson`, `named_referent`, `one_voice_per_person`), and the "X wants Y to"
demand frame (briefing/extraction/demands.py `_want_pattern`). Every statement here is
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from briefing.extraction import extract_content
from briefing.extraction.demands import find_demands, rules_for
from briefing.extraction.metadata import signatories
from briefing.extraction.voices import (
    caller_name,
    issuer_parties,
    named_referent,
    names_the_issuer,
    one_voice_per_person,
    other_party,
    unnamed_spokesperson,
)
from briefing.lexicon import words_for
from tests.conftest import run_briefing

# A news report about a union's statement; the port authority answers it.
NEWS_REPORT = """\
Dockers vote to strike over night shifts

By Lee Park, Labour Correspondent

The biggest dockers' union in the region has threatened to stop work at the port next month.

The Harbour Workers Union (HWU) said on Monday that 74% of its members had voted against the new night-shift rota.

Union leader Tom Reyes said: "Nobody can work six nights in a row safely. We are asking for a rota that lets people sleep, and we will not settle for less."

The union wants the port authority to withdraw the rota at once and to pay the overtime owed since May.

A Port Authority spokesperson said the rota was "safe and agreed with staff" and urged the union to "return to talks instead of harming trade".

The dockers will meet again on Friday.
"""

# A wire item that only describes the issuer in its lead, then names it.
WIRE_DESCRIBED = """\
Watchdog urges Borduria to free detained bloggers

NEWPORT, 3 March 2026 (Wirepress) - A regional digital rights group on Monday called on the government of Borduria to release the 6 bloggers held since January.

"Writing a blog is not a crime, and these six must be home with their families," said Lena Ortiz, the director of the Open Web Network.

The network said at least 4 of the 6 had not seen a lawyer.

Borduria's interior minister, Karl Vogt, rejected the call. "These people broke the law and will answer for it," Vogt told reporters. He said the ministry "will not take lessons from abroad".
"""

JOINT_LETTER = """\
Open letter to the Minister of Transport on rural bus services

2 June 2026

Dear Minister,

We, the undersigned 21 organisations, write about the plan to cut 60 rural bus routes this year.

We urge you to keep every route open until the villages affected have been consulted.

Yours sincerely,

Valley Transport Forum
Older People's Link
Rural Youth Trust
(and 18 other organisations)
"""


# ── unnamed_spokesperson ────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "speaker",
    [
        "A Port Authority spokesperson",
        "a spokesman for the Harbour Board",
        "Un portavoz del Ministerio de Pesca",
        "Un porte-parole de la Préfecture",
    ],
)
def test_unnamed_spokesperson_of_a_named_organisation_is_another_party(speaker: str) -> None:
    assert unnamed_spokesperson(speaker, "Harbour Workers Union")
    assert other_party(speaker, "", "Harbour Workers Union") is not None


@pytest.mark.parametrize("speaker", ["A spokesperson", "Tom Reyes, spokesperson", "a worker at the port"])
def test_unnamed_spokesperson_needs_an_article_and_an_organisation(speaker: str) -> None:
    assert not unnamed_spokesperson(speaker, None)


def test_unnamed_spokesperson_for_the_issuer_is_the_issuer() -> None:
    # "the union" takes up the noun heading the issuer's name
    assert names_the_issuer("a spokesperson for the union", "Harbour Workers Union")
    assert other_party("a spokesperson for the Union", "", "Harbour Workers Union") is None


def test_a_call_joined_to_a_speech_verb_is_made_by_that_verbs_subject() -> None:
    caller = 'A Port Authority spokesperson said the rota was "safe" and '
    assert caller_name(caller) == "A Port Authority spokesperson"
    assert (
        caller_name("Un portavoz del Ministerio dijo que el plan era justo y ")
        == "Un portavoz del Ministerio"
    )


def test_news_report_issuer_is_the_party_the_lead_reports() -> None:
    content = extract_content(NEWS_REPORT, lang="en")
    assert content.issuer == "Harbour Workers Union"
    answer = next(q for q in content.quotes if q.text.startswith("return to talks"))
    assert answer.voice == "other"
    call = next(d for d in content.demands if d.text.startswith("return to talks"))
    assert call.voice == "other"  # the port authority's call is not the union's demand


# ── the "X wants Y to" demand frame ─────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("lang", "sentence", "ask", "who"),
    [
        (
            "en",
            "The union wants the port authority to withdraw the rota.",
            "withdraw the rota.",
            "the port authority",
        ),
        (
            "es",
            "El sindicato quiere que el puerto retire el nuevo turno.",
            "el puerto retire el nuevo turno.",
            None,
        ),
        (
            "fr",
            "Le syndicat veut que le port retire le nouveau planning.",
            "le port retire le nouveau planning.",
            None,
        ),
    ],
)
def test_want_frame_is_a_demand(lang: str, sentence: str, ask: str, who: str | None) -> None:
    found = find_demands(sentence, rules_for(lang))
    assert [(sentence[f.what[0] : f.what[1]], f.who) for f in found] == [(ask, who)]


@pytest.mark.parametrize(
    "sentence", ["We want to see the port thrive.", "We want the public to know the truth."]
)
def test_want_frame_is_no_demand_for_an_own_wish_or_knowing(sentence: str) -> None:
    assert find_demands(sentence, rules_for("en")) == []


def test_news_report_union_wants_is_the_issuers_demand() -> None:
    content = extract_content(NEWS_REPORT, lang="en")
    wants = [d for d in content.demands if d.text.startswith("withdraw the rota")]
    assert [(d.addressee, d.voice) for d in wants] == [("the port authority", "issuer")]


# ── an issuer only described: named_referent, and the article in lower case ────────────────


def test_named_referent_is_the_organisation_the_text_takes_up() -> None:
    assert named_referent("A regional digital rights group", WIRE_DESCRIBED) == "Open Web Network"


def test_named_referent_es() -> None:
    text = "Un colectivo vecinal pidió hoy ... dijo Ana Gil, portavoz de la Red Vecinal del Sur. La red denunció ..."
    assert named_referent("Un colectivo vecinal", text) == "Red Vecinal del Sur"


def test_named_referent_none_when_two_names_fit() -> None:
    text = "said Jo Doe of the Coast Network and Al Roe of the River Network. The network said ..."
    assert named_referent("A group", text) is None


def test_wire_issuer_only_described_is_the_organisation_named_after() -> None:
    content = extract_content(WIRE_DESCRIBED, lang="en")
    assert content.issuer == "Open Web Network"


def test_issuer_described_with_no_name_keeps_its_article_in_lower_case_fr() -> None:
    text = (
        "Des experts demandent la fin des expulsions\n\n"
        "GENÈVE (4 mai 2026) – Des experts indépendants des Nations unies ont exhorté aujourd'hui "
        "les autorités de la Bordurie à suspendre les expulsions dans le quartier du port.\n"
    )
    assert extract_content(text, lang="fr").issuer == "des experts indépendants des Nations unies"


def test_inverted_reporting_tag_informo_es() -> None:
    text = (
        "Huelga en el puerto\n\n"
        "Los estibadores del puerto pararán 3 días la próxima semana, informó el Sindicato Portuario del Sur.\n"
    )
    assert extract_content(text, lang="es").issuer == "Sindicato Portuario del Sur"


# ── one_voice_per_person ────────────────────────────────────────────────────────────────────


def test_one_voice_per_person_carries_another_partys_voice_to_all_their_quotes() -> None:
    speakers = ["Karl Vogt", "Lena Ortiz", "Vogt", "Open Web Network"]
    voices = ["other", "issuer", "issuer", "issuer"]
    assert one_voice_per_person(speakers, voices) == ["other", "issuer", "other", "issuer"]


def test_a_minister_has_one_voice_whether_named_or_he() -> None:
    content = extract_content(WIRE_DESCRIBED, lang="en")
    vogt = [q.voice for q in content.quotes if q.speaker and "Vogt" in q.speaker]
    assert vogt == ["other", "other"]
    assert {q.voice for q in content.quotes if q.speaker and "Ortiz" in q.speaker} == {"issuer"}


# ── signatories ─────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("lang", "block", "expected"),
    [
        (
            "en",
            "Yours sincerely,\n\nValley Transport Forum\nOlder People's Link\nRural Youth Trust\n(and 18 other organisations)\n",
            "Valley Transport Forum, Older People's Link, Rural Youth Trust and 18 other organisations",
        ),
        (
            "en",
            "Signatories:\n- Coast Network\n- River Aid\n- Harbour Watch\n- Valley Trust\n- Bay Group\n",
            "Coast Network, River Aid, Harbour Watch and 2 others",
        ),
        ("en", "Sincerely,\n\nJane Doe\nDirector, Coast Network\n", "Coast Network"),
        (
            "es",
            "Atentamente,\nRed de Defensores\nColectivo Río Vivo\n(y otras 12 organizaciones)\n",
            "Red de Defensores, Colectivo Río Vivo y otras 12 organizaciones",
        ),
        (
            "fr",
            "Signataires :\nRéseau Habitat\nCollectif des Quais\n",
            "Réseau Habitat et Collectif des Quais",
        ),
    ],
)
def test_signatories_name_the_issuer_as_an_editor_would(lang: str, block: str, expected: str) -> None:
    letter = f"Dear Minister,\n\nWe ask you to act.\n\n{block}"
    assert signatories(letter, words_for(lang)) == expected


def test_signatories_count_the_rest_the_lead_counts() -> None:
    block = "Signed:\nCoast Network\nRiver Aid\n"
    assert signatories(block, words_for("en"), 12) == "Coast Network, River Aid and 10 others"


def test_no_closing_no_signatories() -> None:
    assert (
        signatories("The network said the bay must be protected.\n\nCoast Network\n", words_for("en")) is None
    )


def test_issuer_parties_are_the_signatories_named() -> None:
    issuer = "Valley Transport Forum, Older People's Link and 18 other organisations"
    assert issuer_parties(issuer) == ["Valley Transport Forum", "Older People's Link"]
    assert names_the_issuer("Ann Lee, chair of Older People's Link", issuer)


def test_joint_letter_issuer_is_its_signatories() -> None:
    content = extract_content(JOINT_LETTER, lang="en")
    assert content.issuer == (
        "Valley Transport Forum, Older People's Link, Rural Youth Trust and 18 other organisations"
    )


# ── what the page shows ─────────────────────────────────────────────────────────────────────


def _page_text(pdf: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "") for page in pypdf.PdfReader(pdf).pages).split())


def test_page_of_a_news_report_is_the_unions_not_the_answer(tmp_path: Path) -> None:
    statement = tmp_path / "dockers.txt"
    statement.write_text(NEWS_REPORT, encoding="utf-8")
    out = tmp_path / "dockers.pdf"
    result = run_briefing("build", str(statement), "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = _page_text(out)
    assert "Harbour Workers Union" in text
    assert "by A Port Authority" not in text
    assert "return to talks instead of harming trade" not in text  # the other side's call is off the page


def test_page_of_a_joint_letter_names_its_signatories(tmp_path: Path) -> None:
    statement = tmp_path / "letter.txt"
    statement.write_text(JOINT_LETTER, encoding="utf-8")
    out = tmp_path / "letter.pdf"
    result = run_briefing("build", str(statement), "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (
        "Valley Transport Forum, Older People's Link, Rural Youth Trust and 18 other organisations"
        in _page_text(out)
    )


def test_page_never_prints_a_capitalised_article_mid_sentence(tmp_path: Path) -> None:
    statement = tmp_path / "wire.txt"
    statement.write_text(
        WIRE_DESCRIBED.replace("director of the Open Web Network", "its director"), encoding="utf-8"
    )
    statement.write_text(
        statement.read_text(encoding="utf-8").replace("The network said", "The group said"), encoding="utf-8"
    )
    out = tmp_path / "wire.pdf"
    result = run_briefing("build", str(statement), "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = _page_text(out)
    assert "by a regional digital rights group" in text
    assert "by A regional" not in text


# ── the label's contractions (briefing/labels.py `Labels.text`) ─────────────────────────────


@pytest.mark.parametrize(
    ("lang", "issuer", "expected"),
    [
        ("fr", "des experts indépendants", "Déclaration d\u2019experts indépendants"),
        ("fr", "des juristes", "Déclaration de juristes"),
        ("fr", "Le Comité des riverains", "Déclaration du Comité des riverains"),
        ("fr", "Les Amis du Fleuve", "Déclaration des Amis du Fleuve"),
        ("es", "El Colectivo Río Vivo", "Declaración del Colectivo Río Vivo"),
        ("en", "an international group", "Statement by an international group"),
    ],
)
def test_statement_by_contracts_a_preposition_with_the_names_article(
    lang: str, issuer: str, expected: str
) -> None:
    from briefing.labels import Labels

    assert Labels(lang).text("statement_by", issuer=issuer) == expected


def test_page_of_a_french_statement_by_experts_reads_dexperts(tmp_path: Path) -> None:
    statement = tmp_path / "experts.txt"
    statement.write_text(
        "Des experts demandent la fin des expulsions\n\n"
        "GENÈVE (4 mai 2026) – Des experts indépendants des Nations unies ont exhorté aujourd'hui "
        "les autorités de la Bordurie à suspendre les expulsions dans le quartier du port, où 300 familles "
        "ont perdu leur logement.\n\n"
        "« Ces expulsions se font sans préavis et souvent en pleine nuit », ont déclaré les experts.\n",
        encoding="utf-8",
    )
    out = tmp_path / "experts.pdf"
    result = run_briefing("build", str(statement), "-o", str(out), "--lang", "fr", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = _page_text(out)
    assert "Déclaration d\u2019experts indépendants des Nations unies" in text
    assert "de des" not in text.lower()


@pytest.mark.parametrize(
    ("lang", "lead", "expected"),
    [
        (
            "es",
            "Un grupo de 25 organizaciones vecinales exigió hoy al Ayuntamiento que reabra el mercado.",
            "un grupo de 25 organizaciones vecinales",
        ),
        (
            "en",
            "A coalition of 40 tenant groups on Monday urged the council to freeze rents.",
            "a coalition of 40 tenant groups",
        ),
    ],
)
def test_a_counted_group_described_in_the_lead_is_the_issuer(lang: str, lead: str, expected: str) -> None:
    # a number in the subject is a count of who speaks, not a date, after an indefinite article
    assert extract_content(f"Mercado\n\n{lead}\n", lang=lang).issuer == expected
