"""Voices: a speaker named only by name later is resolved to the role and organisation the
text first gives them, and named rules decide whose side they speak for; with no issuer
known, a party tied to the state, a company or a court case is never the issuer's voice.

Every statement here is written for these tests (no corpus text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.extraction import extract_content
from briefing.extraction.voices import (
    addressed_party,
    apposition_organisation,
    caller_name,
    described,
    names_the_issuer,
    office_of_the_state,
    officer_of_a_company,
    other_party,
    party_to_a_case,
    refers_to_the_issuer,
)
from tests.conftest import pdf_text, run_briefing, squash

# An NGO's release criticising a minister named once with her office, later by surname only.
NGO_AND_MINISTER = """\
Harbour Watch: fishermen held without charge must be freed

PORT ELLIS, 3 March 2026 – Harbour Watch today called on the Ministry of Fisheries to release the 40 fishermen detained since January without charge.

Jane Doe, the fisheries minister, told parliament on Monday that the men had been caught smuggling. Doe said: "These men broke the law and the courts will deal with them as they see fit."

"Forty families have had no word from their sons and husbands for two months," said Tomas Brill, director of Harbour Watch. "We urge the ministry to let lawyers see them today."

Doe also called on the fishermen's union to "stop spreading lies about the coast guard".

Harbour Watch calls on the Ministry of Fisheries to:
- release the detained fishermen or charge them before a court;
- allow their families to visit them every week.
"""

# A news report quoting a company's chief executive and a union's general secretary.
CEO_AND_UNION = """\
Miners walk out at Acme pits after roof collapse

Workers at three Acme Mining pits walked out on Tuesday after a roof collapse injured 12 miners, the Northern Miners' Union said.

John Roe, chief executive of Acme Mining, said the company had followed every safety rule. "The union must call off this illegal strike and let production resume at once," Roe said. "Our mines are among the safest in the country and our record proves it."

"Our members will not go back underground until an independent inspector has checked every tunnel," said Mary Kane, general secretary of the Northern Miners' Union.

The union called on the Labour Inspectorate to inspect all three pits within a week.
"""

# A joint letter whose signatories call on a council, and the council's spokesman answering.
JOINT_LETTER = """\
Joint letter: halt the Silver River dam

We, the undersigned 12 organisations, call on the Regional Council to halt the Silver River dam until an independent study of its effects has been published.

"The river feeds 30,000 farming families and their land," said Ana Ruiz, coordinator of River Keepers, one of the signatories. "We ask the council to listen to them before it is too late."

Paul Grey, a spokesman for the Regional Council, said the dam "will bring clean power to the whole region and must go ahead as planned".

Signed:
River Keepers
Green Valley Network
Farmers for Water
"""

# A wire item: "the government said", its spokesman, a lawyer for the detained; no issuer.
WIRE_ITEM = """\
RURITANIA-PROTESTS/

MARKETON, March 4 (Wire) - Police detained more than 200 protesters in the capital on Wednesday, witnesses said.

The government said in a statement that the protests had been "organised by foreign agents who want to destabilise the country".

"The organisers must end these illegal gatherings at once and go home," government spokesman Ivo Kant told reporters.

Sara Lind, a lawyer for several of those detained, said: "My clients were arrested for holding banners. They must be released without delay."

(Reporting by Ann Writer; Editing by Ben Editor)
"""

# An NGO's release about a trial: the president and the prosecutor accuse the defendant.
TRIAL = """\
Rights Now: the trial of journalist Omar Vale must end

Rights Now today called on the authorities of Ruritania to drop all charges against journalist Omar Vale, whose trial opened on Monday.

President Karl Brandt accused Vale last week of "working for foreign enemies of the nation". Brandt said: "Those who spread such lies will face the full force of the law."

Prosecutor Lena Holt told the court that Vale "must be punished as an example to others".

"Omar Vale did his job as a reporter and nothing more," said Maria Sol, director of Rights Now. "The charges against him must be dropped today."
"""

# Spanish: an NGO's release, the minister named once with her office, then "dijo Sanz".
ONG_Y_MINISTRA = """\
La Red Costera exige la liberación de los pescadores detenidos

La Red Costera exigió hoy al Ministerio de Pesca que libere a los 40 pescadores detenidos sin cargos desde enero.

La ministra de Pesca, Eva Sanz, habló el lunes ante el Congreso. «Estos hombres fueron sorprendidos contrabandeando y la ley seguirá su curso», dijo Sanz.

«Cuarenta familias no tienen noticias de sus hijos desde hace dos meses», afirmó Ana Brill, portavoz de la Red Costera.

Sanz pidió además al sindicato de pescadores que «deje de difundir mentiras sobre la guardia costera».
"""

# French: a union's strike call, the company's PDG named once, then "M. Roux".
SYNDICAT_ET_PDG = """\
Grève à la mine Acmé : le syndicat exige une inspection

Le Syndicat des mineurs du Nord a appelé lundi à la grève dans les trois puits d'Acmé Mines après un effondrement qui a blessé 12 mineurs.

Jean Roux, PDG d'Acmé Mines, a assuré mardi que les puits étaient sûrs. « Le syndicat doit mettre fin à cette grève illégale et laisser reprendre la production », a déclaré M. Roux.

« Nos adhérents ne redescendront pas tant qu'un inspecteur indépendant n'aura pas vérifié chaque galerie », a déclaré Marie Caron, secrétaire générale du Syndicat des mineurs du Nord.
"""


# Spanish: a news report, the company's CEO named once, then `afirmó Pérez.`
EMPRESA_Y_SINDICATO = """\
Trabajadores de Minera Andes en huelga por la seguridad

Los trabajadores de Minera Andes iniciaron el martes una huelga indefinida tras un derrumbe que hirió a 12 mineros, informó el Sindicato Minero del Norte.

Juan Pérez, consejero delegado de Minera Andes, aseguró que la empresa cumple todas las normas. «El sindicato debe levantar esta huelga ilegal de inmediato», afirmó Pérez.

«No volveremos a la mina hasta que un inspector independiente revise cada galería», dijo Rosa Díaz, secretaria general del Sindicato Minero del Norte.
"""

# French: a rights league's call, the interior minister named once, then `M. Dupont`.
LIGUE_ET_MINISTRE = """\
Expulsions : la Ligue des droits demande un moratoire

La Ligue des droits a demandé mardi au gouvernement un moratoire sur les expulsions de familles avec enfants.

Le ministre de l'Intérieur, Jean Dupont, a défendu la politique du gouvernement devant les députés. « La loi sera appliquée partout et sans exception », a déclaré M. Dupont.

« Des centaines d'enfants dorment dehors cette semaine », a déclaré Claire Martin, présidente de la Ligue des droits.
"""

# A company's own release quoting its chief executive.
COMPANY_RELEASE = """\
Acme Mining opens new safety centre

Acme Mining today opened a new safety training centre at its Northfield site, the company said.

"Safety is the first duty we owe our 3,000 workers," said John Roe, chief executive of Acme Mining. "This centre will train every one of them by next year."

Roe called on other mining companies to share their safety data.
"""

# A ministry's own release quoting its minister.
MINISTRY_RELEASE = """\
Ministry of Health launches vaccination drive

The Ministry of Health today launched a national vaccination drive to reach 2 million children before winter.

"Every child deserves protection from measles," said Health Minister Ana Costa. "We urge every parent to bring their children to a clinic this month."

Costa also called on employers to give parents time off for the visits.
"""


def voices(text: str, lang: str | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """Each quote's and each demand's voice, by their first words."""
    content = extract_content(text, lang=lang)
    quotes = {q.text[:24]: q.voice or "issuer" for q in content.quotes}
    demands = {d.text[:24]: d.voice for d in content.demands}
    return quotes, demands


# --- the first full mention -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("speaker", "text", "role"),
    [
        ("Doe", "Jane Doe, the fisheries minister, spoke. Doe said no.", "the fisheries minister"),
        (
            "Roe",
            "John Roe, chief executive of Acme Mining, said so. Roe added more.",
            "chief executive of Acme",
        ),
        ("Ms Doe", "Interior Minister Jane Doe spoke first. Ms Doe then left.", "Interior Minister Jane Doe"),
        ("Sanz", "La ministra de Pesca, Eva Sanz, habló. Dijo Sanz que no.", "La ministra de Pesca"),
        ("M. Roux", "Jean Roux, PDG d'Acmé Mines, a parlé. M. Roux a conclu.", "PDG d'Acmé Mines"),
    ],
)
def test_described_resolves_a_name_to_its_first_full_mention(speaker: str, text: str, role: str) -> None:
    assert role in described(speaker, text)


def test_described_takes_no_role_from_a_clause_or_another_person() -> None:
    """`After meeting the minister, Ana Ruiz …` does not make Ana Ruiz a minister; a relative
    clause is no role; another Doe (`Jane`) is not `Paul Doe`."""
    assert described("Ruiz", "After meeting the minister, Ana Ruiz said no.") == "Ruiz"
    assert described("Ruiz", "Ana Ruiz, who met the minister, said no.") == "Ruiz"
    assert described("Paul Doe", "Minister Jane Doe spoke. Paul Doe said no.") == "Paul Doe"
    # two people named Doe: a bare "Doe" is unclear, and takes no one's role
    assert described("Doe", "Minister Jane Doe spoke. Paul Doe, a teacher, said no. Doe left.") == "Doe"


# --- the rules, one by one ------------------------------------------------------------------


def test_names_the_issuer() -> None:
    assert names_the_issuer("Brill · Tomas Brill, director of Harbour Watch", "Harbour Watch")
    assert names_the_issuer("Doe", "Sen. Jon Doe")
    assert not names_the_issuer("Doe · Jane Doe, the fisheries minister", "Harbour Watch")


def test_office_of_the_state_not_a_former_one() -> None:
    assert office_of_the_state("Doe · Jane Doe, the fisheries minister", "Harbour Watch")
    assert office_of_the_state("the government", None)  # no issuer known: never the issuer's voice
    assert not office_of_the_state("Minister Ivo Kant", "Ministry of Fisheries")  # its own statement
    assert not office_of_the_state("Ann Bell, Conservative former minister", "Harbour Watch")
    assert not office_of_the_state("Ana Sanz, exministra de Pesca", None)


def test_office_of_the_state_a_secretary_of_state() -> None:
    assert office_of_the_state("Doe · Home Secretary Jane Doe", "Harbour Watch")
    assert office_of_the_state("la secrétaire d\u2019État Anne Roy", None)
    assert office_of_the_state("Ana Gil, secretaria de Estado de Pesca", None)
    assert not office_of_the_state("Mary Kane, general secretary of the union", None)


def test_office_of_the_state_a_body_speaks_as_itself_or_through_its_spokespeople() -> None:
    assert office_of_the_state("the government", "Teachers' Union")
    assert office_of_the_state("Kant · government spokesman Ivo Kant", "Teachers' Union")
    assert office_of_the_state("Luis Mar, portavoz del Gobierno", None)
    # a teacher at a government school speaks for no government
    assert not office_of_the_state("Ana Ruiz, a teacher at a government school", "Teachers' Union")
    assert not office_of_the_state("Ruiz · Ana Ruiz, a teacher at a government school", None)


def test_office_of_the_state_a_head_of_states_title_alone_before_a_name() -> None:
    assert office_of_the_state("Brandt · President Karl Brandt", "Rights Now")
    assert office_of_the_state("el presidente Karl Brandt", None)
    assert not office_of_the_state("ACTU President Mary Kane", None)  # an organisation's president
    assert not office_of_the_state("Mary Kane, president of the union", None)


def test_office_of_the_state_not_a_word_in_a_civic_organisations_name() -> None:
    """The "Police Accountability Network" does not speak for the police; its ally quoted in a
    joint statement stays on the issuer's side."""
    assert not office_of_the_state("Ana Ruiz, director of the Police Accountability Network", None)
    assert not office_of_the_state("Luc Roy, porte-parole du Collectif Police Justice", None)
    assert office_of_the_state("Police spokesman Ivo Kant", "Police Accountability Network")


def test_officer_of_a_company() -> None:
    assert officer_of_a_company("Roe · John Roe, chief executive of Acme Mining", "Northern Miners' Union")
    assert officer_of_a_company("M. Roux · Jean Roux, PDG d'Acmé Mines", None)
    assert not officer_of_a_company("Roe · John Roe, chief executive of Acme Mining", "Acme Mining Ltd")
    assert not officer_of_a_company("Tomas Brill, director of Harbour Watch", None)
    assert officer_of_a_company("Kai Moss, a spokesman for Acme Ltd", None)
    assert officer_of_a_company("the company", "Northern Miners' Union")
    # a worker is not the company's voice, in a union's statement least of all
    assert not officer_of_a_company("Ana Ruiz · Ana Ruiz, a miner at the company", "Northern Miners' Union")
    assert (
        described("Ruiz", "Ana Ruiz, a nurse who works for a private company, said no.")
        == "Ruiz · Ana Ruiz, a nurse"
    )


def test_party_to_a_case_only_when_no_issuer_is_known() -> None:
    assert party_to_a_case("Sara Lind, a lawyer for several of those detained", None)
    assert party_to_a_case("Luis Gil, abogado de los acusados", None)
    assert not party_to_a_case("Sara Lind, a lawyer for several of those detained", "Press Freedom Now")


def test_addressed_party_by_its_full_name() -> None:
    assert addressed_party("Grey · Paul Grey, a spokesman for the Regional Council", ["the Regional Council"])
    assert not addressed_party("Grey · Paul Grey, a spokesman for the Regional Council", ["governments"])


def test_refers_to_the_issuer() -> None:
    assert refers_to_the_issuer("The union", "Northern Miners' Union")
    assert refers_to_the_issuer("el sindicato", "Sindicato Minero del Norte")
    assert not refers_to_the_issuer("The union", "Harbour Watch")
    assert not refers_to_the_issuer("the fishermen's union", "Northern Miners' Union")


def test_caller_name_is_who_calls_not_a_clause() -> None:
    assert caller_name("Jane Doe, the fisheries minister, ") == "the fisheries minister"
    assert caller_name("Doe also ") == "Doe also"
    assert caller_name("Education leaders have written to the Prime Minister, ") == ""


def test_apposition_organisation() -> None:
    assert apposition_organisation("director of Harbour Watch") == "Harbour Watch"
    assert (
        apposition_organisation("general secretary of the Northern Miners' Union") == "Northern Miners' Union"
    )
    assert apposition_organisation("chief executive of Acme Mining") is None  # a company: a party
    assert apposition_organisation("a lawyer for several of those detained") is None


def test_other_party_names_the_rule_and_keeps_the_statements_own_voice() -> None:
    text = "Jane Doe, the fisheries minister, spoke. Doe said no."
    assert other_party("Doe", text, "Harbour Watch") == "office_of_the_state"
    assert other_party("We therefore", text, None) is None  # `We therefore encourage you to …`


# --- whole statements, in three languages ---------------------------------------------------


def test_ngo_release_the_minister_named_by_surname_speaks_for_the_other_side() -> None:
    quotes, demands = voices(NGO_AND_MINISTER)
    assert quotes["These men broke the law "] == "other"  # `Doe said:` -> Jane Doe, the fisheries minister
    assert quotes["stop spreading lies abou"] == "other"
    assert quotes["Forty families have had "] == "issuer"
    assert demands["stop spreading lies abou"] == "other"  # `Doe also called on the union to …`
    assert demands["release the detained fis"] == "issuer"


def test_news_report_the_ceo_is_the_other_side_the_union_the_issuer() -> None:
    content = extract_content(CEO_AND_UNION)
    assert content.issuer == "Northern Miners' Union"  # not the CEO, whose call names the union
    quotes, demands = voices(CEO_AND_UNION)
    assert quotes["The union must call off "] == "other"  # `Roe said` -> chief executive of Acme Mining
    assert quotes["Our mines are among the "] == "other"
    assert quotes["Our members will not go "] == "issuer"
    assert demands["The union must call off "] == "other"
    assert demands["inspect all three pits w"] == "issuer"  # `The union called on …`: the issuer's


def test_joint_letter_the_signatories_are_the_issuer_the_council_answers() -> None:
    content = extract_content(JOINT_LETTER)
    # the signatories as an editor names them: those listed, then the rest of the 12 counted
    assert content.issuer == "River Keepers, Green Valley Network, Farmers for Water and 9 others"
    quotes, demands = voices(JOINT_LETTER)
    assert quotes["The river feeds 30,000 f"] == "issuer"
    assert quotes["will bring clean power t"] == "other"  # a spokesman for the council it calls on
    assert [v for t, v in demands.items() if t.startswith("Paul Grey")] == ["other"]
    assert demands["halt the Silver River da"] == "issuer"


def test_wire_item_with_no_issuer_gives_no_party_the_issuers_voice() -> None:
    content = extract_content(WIRE_ITEM)
    assert content.issuer is None  # not "witnesses", not the lawyer quoted
    assert all(q.voice == "other" for q in content.quotes)
    assert all(d.voice == "other" for d in content.demands)


def test_spanish_the_minister_named_by_surname_speaks_for_the_other_side() -> None:
    quotes, demands = voices(ONG_Y_MINISTRA, "es")
    assert quotes["Estos hombres fueron sor"] == "other"  # `dijo Sanz` -> la ministra de Pesca
    assert quotes["Cuarenta familias no tie"] == "issuer"
    assert demands["deje de difundir mentira"] == "other"  # Sanz asks it of the union


def test_french_the_pdg_is_the_other_side_the_union_the_issuer() -> None:
    content = extract_content(SYNDICAT_ET_PDG, lang="fr")
    assert content.issuer == "Syndicat des mineurs du Nord"  # not "M. Roux."
    quotes, demands = voices(SYNDICAT_ET_PDG, "fr")
    assert quotes["Le syndicat doit mettre "] == "other"  # `M. Roux` -> PDG d'Acmé Mines
    assert quotes["Nos adhérents ne redesce"] == "issuer"
    assert demands["Le syndicat doit mettre "] == "other"


def test_the_page_shows_the_issuers_voice_never_the_ministers(tmp_path: Path) -> None:
    """Built with the CLI: the minister's words (named by surname only) are not among the
    issuer's quotes or demands on the page; the NGO director's are."""
    (tmp_path / "release.txt").write_text(NGO_AND_MINISTER, encoding="utf-8")
    extracted = run_briefing("extract", "release.txt", "--format", "json", cwd=tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    data = json.loads(extracted.stdout)
    minister = [q for q in data["quotes"] if q["text"].startswith(("These men", "stop spreading"))]
    assert [q["voice"] for q in minister] == ["other", "other"]
    built = run_briefing("build", "release.txt", "-o", "release.pdf", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    page = squash(pdf_text(tmp_path / "release.pdf"))
    assert "Forty families have had no word" in page
    assert "These men broke the law" not in page
    assert "stop spreading lies" not in page


def test_trial_the_president_and_the_prosecutor_accuse_the_issuer_defends() -> None:
    """The president's and the prosecutor's accusations are never the rights group's words."""
    quotes, demands = voices(TRIAL)
    assert quotes["Those who spread such li"] == "other"  # `Brandt said:` -> President Karl Brandt
    assert quotes["working for foreign enem"] == "other"
    assert quotes["must be punished as an e"] == "other"
    assert quotes["Omar Vale did his job as"] == "issuer"
    assert demands["drop all charges against"] == "issuer"


@pytest.mark.parametrize(
    ("text", "lang", "party"),
    [
        (EMPRESA_Y_SINDICATO, "es", "El sindicato debe levant"),
        (LIGUE_ET_MINISTRE, "fr", "La loi sera appliquée pa"),
    ],
    ids=["es-ceo", "fr-minister"],
)
def test_a_quoted_party_is_never_the_issuer(text: str, lang: str, party: str) -> None:
    """`«…», afirmó Pérez.` and `a déclaré M. Dupont.` close a quotation of the other side:
    the CEO and the minister are not the issuer, and their words are the other side's."""
    content = extract_content(text, lang=lang)
    assert content.issuer is None or content.issuer.rstrip(".") not in ("Pérez", "M. Dupont")
    quotes, _ = voices(text, lang)
    assert quotes[party] == "other"
    assert "issuer" in quotes.values()  # the union's, the league's own words


@pytest.mark.parametrize(
    ("text", "issuer"),
    [(COMPANY_RELEASE, "Acme Mining"), (MINISTRY_RELEASE, "Ministry of Health")],
    ids=["company", "ministry"],
)
def test_a_company_or_a_ministry_speaks_in_its_own_voice_in_its_own_release(text: str, issuer: str) -> None:
    content = extract_content(text)
    assert content.issuer == issuer
    assert {q.voice for q in content.quotes} == {"issuer"}
    assert {d.voice for d in content.demands} == {"issuer"}


def test_the_issuers_call_that_cites_the_minister_stays_the_issuers() -> None:
    """Only a call whose sentence has the other party as its subject is theirs: the issuer's
    call that cites the minister's words in the same sentence is still the issuer's."""
    text = (
        "Harbour Watch calls for the fishermen's release\n\n"
        "Harbour Watch called on the ministry to release the fishermen at once, after Fisheries "
        'Minister Jane Doe said they would "stay in jail until the trial is over".\n\n'
        '"Forty families are waiting for news," said Tomas Brill, director of Harbour Watch.\n'
    )
    content = extract_content(text)
    assert [q.voice for q in content.quotes if q.text.startswith("stay in jail")] == ["other"]
    assert [d.voice for d in content.demands if d.text.startswith("release the fishermen")] == ["issuer"]


def test_the_items_of_the_other_sides_list_of_asks_are_theirs() -> None:
    """A list of asks hangs on its lead-in: the minister's list is the minister's, the
    issuer's list the issuer's."""
    text = (
        "Harbour Watch: free the fishermen\n\n"
        "Harbour Watch today called on the Ministry of Fisheries to release the 40 fishermen "
        "detained since January.\n\n"
        "Fisheries Minister Jane Doe called on the fishermen's union to:\n"
        "- stop its protests at the port;\n"
        "- hand over the names of its organisers to the police.\n\n"
        "Harbour Watch calls on the ministry to:\n"
        "- let lawyers see the detained men;\n"
        "- publish the charges against them.\n"
    )
    demands = {d.text[:20]: d.voice for d in extract_content(text).demands}
    assert demands["stop its protests at"] == "other"
    assert demands["hand over the names "] == "other"
    assert demands["let lawyers see the "] == "issuer"
    assert demands["publish the charges "] == "issuer"


def test_cli_extract_json_gives_the_pdgs_words_and_call_the_other_voice(tmp_path: Path) -> None:
    """`briefing extract --format json` on the French statement: the PDG's quotation and his
    call are `other`, the union's own words `issuer`, and the issuer is the union."""
    (tmp_path / "greve.txt").write_text(SYNDICAT_ET_PDG, encoding="utf-8")
    extracted = run_briefing("extract", "greve.txt", "--format", "json", cwd=tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    data = json.loads(extracted.stdout)
    assert data["issuer"] == "Syndicat des mineurs du Nord"
    voices_ = {q["text"][:20]: q["voice"] for q in data["quotes"]}
    assert voices_ == {"Le syndicat doit met": "other", "Nos adhérents ne red": "issuer"}
    assert [d["voice"] for d in data["demands"] if d["text"].startswith("Le syndicat doit")] == ["other"]


def test_the_issuer_answering_its_critics_is_still_the_issuer() -> None:
    """An answering verb makes another party's words the other side's, never the issuer's own
    director answering the ministry."""
    text = (
        "Harbour Watch rejects ministry claims\n\n"
        "Harbour Watch today called on the Ministry of Fisheries to release the 40 fishermen "
        "detained since January.\n\n"
        'The ministry said on Monday that the men were smugglers. "These claims are false and the '
        'ministry knows it," replied Tomas Brill, director of Harbour Watch.\n'
    )
    (quote,) = extract_content(text).quotes
    assert quote.voice == "issuer"
