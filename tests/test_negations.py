"""An ellipsis may join pieces of a quote, but never leave out a negation, in any language.

Sentences written for these tests. Negation words are the lexicons' ("Negations" in
`briefing/lexicon/{en,es,fr}.py`); with no language given, every language's count.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.lexicon import LANGUAGES, words_for
from briefing.model import Content, Quote
from briefing.verify import check_quote, has_negation, negation_parts, normalise, verify_content
from tests.conftest import run_briefing


def _verified(quote: str, source: str, lang: str | None = None) -> bool | None:
    return check_quote("quote 1", quote, normalise(source), lang).verified


# (language, source sentence, a quote whose ellipsis leaves out a negation)
DROPPED = [
    ("en", "Nobody should be detained for speaking to the press.", "… should be detained for speaking"),
    ("en", "We should never be silent about this.", "We should … be silent about this."),
    ("en", "The press is free to report, nowhere.", "The press is free to report …"),
    (
        "en",
        "Aid has reached nowhere near the people who need it.",
        "Aid has reached … the people who need it.",
    ),
    ("en", "We will never accept these detentions.", "We will … accept these detentions."),
    ("en", "The council did not approve the plan today.", "The council did … approve the plan today."),
    ("en", "There is no safe place left in the valley.", "There is … safe place left in the valley."),
    ("en", "The guards don’t allow visits on Sundays.", "The guards … allow visits on Sundays."),
    ("en", "The army cannot guarantee safe passage.", "The army … guarantee safe passage."),
    ("en", "Families waited without food for three days.", "Families waited … food for three days."),
    ("en", "The ministry has hardly begun the repairs.", "The ministry has … begun the repairs."),
    ("en", "NEITHER the court NOR the police acted.", "NEITHER the court … the police acted."),
    ("fr", "Nous ne pouvons pas accepter ces détentions.", "Nous … accepter ces détentions."),
    ("fr", "Nous ne pouvons pas accepter ces détentions.", "Nous ne pouvons … accepter ces détentions."),
    ("fr", "Le gouvernement n’a jamais publié les chiffres.", "Le gouvernement … publié les chiffres."),
    ("fr", "Nous ne pouvons pas accepter ces détentions.", "Nous (…) accepter ces détentions."),
    ("es", "No aceptaremos nunca estas detenciones.", "No aceptaremos [...] estas detenciones."),
    ("fr", "Le gouvernement a jamais publié les chiffres.", "Le gouvernement a … publié les chiffres."),
    ("fr", "Personne ne doit être détenu pour ses opinions.", "… doit être détenu pour ses opinions."),
    ("fr", "Les familles n'ont rien reçu depuis mars.", "Les familles … reçu depuis mars."),
    ("fr", "Aucune enquête sérieuse n’a été menée.", "… enquête sérieuse n’a été menée."),
    ("es", "Nadie debe ser detenido por sus opiniones.", "… debe ser detenido por sus opiniones."),
    ("es", "El gobierno nunca publicó las cifras.", "El gobierno … publicó las cifras."),
    ("es", "El gobierno jamás publicó las cifras.", "El gobierno … publicó las cifras."),
    ("es", "No hubo ningún juicio justo en la región.", "No hubo … juicio justo en la región."),
    ("es", "La policía tampoco respetó la orden del juez.", "La policía … respetó la orden del juez."),
    (
        "es",
        "Las familias no recibieron ayuda este invierno.",
        "Las familias … recibieron ayuda este invierno.",
    ),
    ("es", "Las familias esperaron sin agua durante días.", "Las familias esperaron … agua durante días."),
]


@pytest.mark.parametrize(("lang", "source", "quote"), DROPPED)
def test_an_ellipsis_that_leaves_out_a_negation_fails(lang: str, source: str, quote: str) -> None:
    assert _verified(quote, source, lang) is False
    assert _verified(quote, source) is False  # language unknown: every language's negations


@pytest.mark.parametrize(
    ("lang", "source", "quote"),
    [
        (
            "en",
            "Nobody should be detained for speaking to the press.",
            "Nobody should be detained … to the press.",
        ),
        (
            "en",
            "We will never, under any pressure, accept these detentions.",
            "We will never … accept these detentions.",
        ),
        ("fr", "Nous ne pouvons, en conscience, pas accepter cela.", "Nous ne pouvons … pas accepter cela."),
        (
            "fr",
            "Nous ne pouvons, en conscience, pas accepter cela.",
            "Nous ne pouvons (…) pas accepter cela.",
        ),
        (
            "es",
            "El gobierno, según el informe, nunca publicó las cifras.",
            "El gobierno … nunca publicó las cifras.",
        ),
    ],
)
def test_an_ellipsis_that_keeps_every_negation_passes(lang: str, source: str, quote: str) -> None:
    assert _verified(quote, source, lang) is True
    assert _verified(quote, source) is True


def test_negations_are_found_whatever_their_case_accents_or_hidden_characters() -> None:
    assert has_negation("NEVER")
    assert has_negation("JAMAS")
    assert has_negation("ningun")
    assert has_negation("no\u00adt")
    assert has_negation("ｎｏｔ")
    assert has_negation("n’est", "fr")
    assert has_negation("won't", "en")
    assert not has_negation("now the notes are known")
    assert not has_negation("personne", "en")
    assert has_negation("personne", "fr")


def test_every_language_names_its_negations_the_same_way() -> None:
    for lang in LANGUAGES:
        lexicon = words_for(lang)
        assert lexicon.NEGATIONS
        assert all(word == word.casefold() for word in lexicon.NEGATIONS)
        assert isinstance(lexicon.NEGATION_ENDINGS, tuple)
        assert isinstance(lexicon.NEGATION_ELISIONS, tuple)
        assert lexicon.NEGATION_SECOND_PARTS
        assert lexicon.NEGATION_PHRASES
        assert isinstance(lexicon.NEGATION_REACH, int)
        assert lexicon.NEGATION_REACH > 0
        for phrase in (*lexicon.NEGATION_SECOND_PARTS, *lexicon.NEGATION_PHRASES):
            assert phrase == phrase.casefold()
            assert phrase == phrase.strip()


NEUTRAL = ["the", "families", "court", "agreed", "to", "review", "cases", "in", "March", "quickly", "each"]


@settings(max_examples=150, deadline=None)
@given(
    lang=st.sampled_from(LANGUAGES),
    before=st.lists(st.sampled_from(NEUTRAL), min_size=1, max_size=5),
    gap_before=st.lists(st.sampled_from(NEUTRAL), max_size=3),
    gap_after=st.lists(st.sampled_from(NEUTRAL), max_size=3),
    after=st.lists(st.sampled_from(NEUTRAL), min_size=1, max_size=5),
    data=st.data(),
)
def test_no_ellipsis_ever_drops_a_negation(
    lang: str,
    before: list[str],
    gap_before: list[str],
    gap_after: list[str],
    after: list[str],
    data: st.DataObject,
) -> None:
    """Whatever surrounds it, a negation of any language left out by an ellipsis fails the
    quote; the same gap without it passes."""
    negation = data.draw(st.sampled_from(sorted(words_for(lang).NEGATIONS)))
    negation = data.draw(st.sampled_from([negation, negation.upper(), negation.capitalize()]))
    head, tail = " ".join(["Zed", *before]), " ".join([*after, "zulu"])
    gap = [*gap_before, negation, *gap_after]
    source = f"{head} {' '.join(gap)} {tail}."
    quote = f"{head} … {tail}."
    assert _verified(quote, source, lang) is False
    assert _verified(quote, source) is False
    harmless = f"{head} {' '.join([*gap_before, 'quite', *gap_after])} {tail}."
    assert _verified(quote, harmless, lang) is True


def test_check_refuses_a_quote_whose_ellipsis_drops_a_negation(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(
        "The Valley Rights Group said on Monday that it would appeal.\n\n"
        "“We will never accept the closure of the clinic,” said Dana Oyelaran, its director.\n",
        encoding="utf-8",
    )
    content = Content(
        quotes=[Quote(text="We will … accept the closure of the clinic,", speaker="Dana Oyelaran")]
    )
    report = verify_content(content, (tmp_path / "s.txt").read_text(encoding="utf-8"))
    assert report.unverified_items == {"quote 1"}
    from briefing.contentfile import content_file_text

    (tmp_path / "c.yaml").write_text(content_file_text(content, "s.txt", "c.yaml"), encoding="utf-8")
    result = run_briefing("check", "c.yaml", cwd=tmp_path)
    assert result.returncode == 4
    assert "quote 1 is not verified" in result.stderr
    assert "negation" in result.stderr


# --- negations in two parts: leaving out either part changes what was said --------------------

# (language, source sentence, a quote that keeps the first part and leaves out the second)
SECOND_PART_DROPPED = [
    # French: "ne" kept, its second part left out, for each kind of second part
    ("fr", "Nous ne tolérerons plus ces détentions.", "Nous ne tolérerons [...] ces détentions."),
    ("fr", "Nous ne céderons jamais sur ce point.", "Nous ne céderons … sur ce point."),
    ("fr", "Le ministère ne dit rien des familles.", "Le ministère ne dit … des familles."),
    ("fr", "La police n’a arrêté personne ce jour-là.", "La police n’a arrêté … ce jour-là."),
    ("fr", "Les familles n’ont reçu aucune aide.", "Les familles n’ont reçu … aide."),
    ("fr", "La situation n’a guère changé depuis mars.", "La situation n’a … changé depuis mars."),
    ("fr", "Nous ne pouvons pas nous taire.", "Nous ne pouvons … nous taire."),
    # Spanish: "no" kept, the word that completes it left out
    ("es", "No aceptaremos nunca estas detenciones.", "No aceptaremos … estas detenciones."),
    ("es", "El ministerio no dijo nada a las familias.", "El ministerio no dijo … a las familias."),
    ("es", "La policía no detuvo a nadie en el puerto.", "La policía no detuvo a … en el puerto."),
    ("fr", "Nous ne tolérerons plus ces détentions.", "Nous ne tolérerons … ces détentions."),
    ("fr", "Nous ne tolérerons plus ces détentions.", "Nous ne tolérerons …"),
    ("fr", "Nous ne le tolérerons certainement plus, dit-elle.", "Nous ne le tolérerons certainement …"),
    ("fr", "Les autorités n’ont libéré que dix détenus.", "Les autorités n’ont libéré … dix détenus."),
    (
        "fr",
        "Ils n’ont, depuis le début de la crise, libéré que dix détenus.",
        "Ils n’ont, depuis le début de la crise, libéré … dix détenus.",
    ),
    (
        "fr",
        "Le ministère ne répondra point à ces accusations.",
        "Le ministère ne répondra … à ces accusations.",
    ),
    ("fr", "Les ONG ne sont pas plus entendues qu’avant.", "Les ONG ne sont pas … entendues qu’avant."),
    (
        "fr",
        "Le syndicat n’a rien dit, la direction non plus.",
        "Le syndicat n’a rien dit, la direction non …",
    ),
    ("es", "No toleraremos más detenciones arbitrarias.", "No toleraremos … detenciones arbitrarias."),
    ("es", "No lo toleraremos más, dijo la portavoz.", "No lo toleraremos …, dijo la portavoz."),
    ("es", "Nunca más aceptaremos estas detenciones.", "Nunca … aceptaremos estas detenciones."),
    ("es", "Ya no hay médicos en el hospital del distrito.", "… no hay médicos en el hospital del distrito."),
    ("es", "El hospital ya no recibe medicinas.", "El hospital … no recibe medicinas."),
    ("es", "La comisión todavía no publicó su informe.", "La comisión … no publicó su informe."),
    ("en", "We will no longer accept these detentions.", "We will no … accept these detentions."),
    ("en", "We will not accept these detentions any more.", "We will not accept these detentions …"),
    ("en", "The union is not going to accept this any longer.", "The union is not going to accept this …"),
    ("en", "They don't answer our letters anymore, she said.", "They don't answer our letters …, she said."),
    ("en", "No more than 50 families were rehoused.", "No … than 50 families were rehoused."),
    ("en", "The ministry has not yet replied.", "The ministry has not … replied."),
    (
        "en",
        "The ministry has done nothing but delay the plan.",
        "The ministry has done nothing … delay the plan.",
    ),
    ("es", "No pedimos sino justicia para las familias.", "No pedimos … justicia para las familias."),
    ("es", "No quedan más que diez médicos en la isla.", "No quedan … diez médicos en la isla."),
]


@pytest.mark.parametrize(("lang", "source", "quote"), SECOND_PART_DROPPED)
def test_an_ellipsis_may_not_leave_out_the_second_part_of_a_negation(
    lang: str, source: str, quote: str
) -> None:
    assert _verified(quote, source, lang) is False
    assert _verified(quote, source) is False  # language unknown: every language's parts


@pytest.mark.parametrize(
    ("lang", "source", "quote"),
    [
        # the same words, not completing a negation: "plus" is "more", "más" "most", "que" "that"
        (
            "fr",
            "Plus de 800 personnes sont détenues dans le nord.",
            "… 800 personnes sont détenues dans le nord.",
        ),
        (
            "fr",
            "Plus de 800 personnes sont détenues, et plus encore.",
            "Plus de 800 personnes sont détenues …",
        ),
        (
            "fr",
            "Nous ne pouvons pas accepter cela. Plus rien ne bouge.",
            "Nous ne pouvons pas accepter cela …",
        ),
        ("fr", "Nous demandons que la loi soit changée.", "Nous demandons … la loi soit changée."),
        ("es", "Es la región más pobre del país.", "Es la región … pobre del país."),
        ("en", "We have no water, and more families arrive each day.", "We have no water …"),
        (
            "en",
            "We have no water, and more families arrive each day.",
            "We have no water, and … families arrive each day.",
        ),
        ("en", "Is there any more news from the valley?", "Is there … news from the valley?"),
        ("en", "We do not want charity, but justice.", "We do not want charity …"),
        ("es", "La ayuda llegó tarde y más cara que nunca.", "La ayuda llegó tarde y … cara que nunca."),
        # the whole negation kept: an ellipsis elsewhere is fine
        (
            "fr",
            "Nous ne tolérerons, a-t-elle dit, plus ces détentions.",
            "Nous ne tolérerons … plus ces détentions.",
        ),
        ("es", "Ya no hay, según el informe, médicos en el hospital.", "Ya no hay … médicos en el hospital."),
        (
            "en",
            "We will no longer, she said, accept these detentions.",
            "We will no longer … accept these detentions.",
        ),
    ],
)
def test_the_same_words_outside_a_negation_may_be_left_out(lang: str, source: str, quote: str) -> None:
    assert _verified(quote, source, lang) is True
    assert _verified(quote, source) is True


def test_negation_parts_names_second_parts_and_phrases_only() -> None:
    fr, es, en = words_for("fr"), words_for("es"), words_for("en")
    assert negation_parts(["ne", "tolererons", "plus"], [0, 0, 0], fr) == {2}
    assert negation_parts(["n'ont", "libere", "qu'un", "detenu"], [0] * 4, fr) == {2}
    assert negation_parts(["ne", "tolererons", "plus"], [0, 0, 1], fr) == set()  # another sentence
    assert negation_parts(["plus", "de", "800"], [0, 0, 0], fr) == set()
    assert negation_parts(["ne", "dit", "que", "cela", "et", "que"], [0] * 6, fr) == {2}  # the first only
    assert (
        negation_parts(["ne", *["mot"] * fr.NEGATION_REACH, "plus"], [0] * (fr.NEGATION_REACH + 2), fr)
        == set()
    )
    assert negation_parts(["ya", "no", "hay"], [0, 0, 0], es) == {0, 1}
    assert negation_parts(["no", "longer"], [0, 0], en) == {0, 1}
    assert negation_parts(["not", "now", "any", "more"], [0] * 4, en) == {2, 3}


SECOND_PARTS = [(lang, part) for lang in LANGUAGES for part in words_for(lang).NEGATION_SECOND_PARTS]


@settings(max_examples=150, deadline=None)
@given(
    pair=st.sampled_from(SECOND_PARTS),
    before=st.lists(st.sampled_from(NEUTRAL), min_size=1, max_size=5),
    between=st.lists(st.sampled_from(NEUTRAL), max_size=3),
    after=st.lists(st.sampled_from(NEUTRAL), min_size=1, max_size=5),
    data=st.data(),
)
def test_no_ellipsis_ever_drops_the_second_part_of_a_negation(
    pair: tuple[str, str],
    before: list[str],
    between: list[str],
    after: list[str],
    data: st.DataObject,
) -> None:
    """Whatever the negation of a language and whatever stands between them (within its
    reach), a quote that keeps the negation and leaves out its second part fails; the same
    quote of a source with another word there passes."""
    lang, part = pair
    negation = data.draw(st.sampled_from(sorted(words_for(lang).NEGATIONS)))
    part = part + "un" if part.endswith("'") else part  # "qu'" starts a word: "qu'un"
    head = " ".join(["Zed", *before, negation, *between])
    tail = " ".join([*after, "zulu"])
    quote = f"{head} … {tail}."
    assert _verified(quote, f"{head} {part} {tail}.", lang) is False
    assert _verified(quote, f"{head} {part} {tail}.") is False
    assert _verified(quote, f"{head} quite {tail}.", lang) is True


def test_check_refuses_a_french_quote_that_keeps_ne_and_drops_plus(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(
        "Le Collectif des familles a réagi lundi à la décision du tribunal.\n\n"
        "« Nous ne tolérerons plus ces détentions », a déclaré Claire Amand, sa porte-parole.\n",
        encoding="utf-8",
    )
    content = Content(quotes=[Quote(text="Nous ne tolérerons … ces détentions", speaker="Claire Amand")])
    from briefing.contentfile import content_file_text

    (tmp_path / "c.yaml").write_text(content_file_text(content, "s.txt", "c.yaml"), encoding="utf-8")
    result = run_briefing("check", "c.yaml", cwd=tmp_path)
    assert result.returncode == 4, result.stderr
    assert "quote 1 is not verified" in result.stderr
    assert "negation" in result.stderr
