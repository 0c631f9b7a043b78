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
from briefing.verify import check_quote, has_negation, normalise, verify_content
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
