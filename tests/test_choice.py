"""Editorial choice: which candidates start on the page (`use: true`), on sentences written
for these tests."""

from __future__ import annotations

from types import SimpleNamespace

from briefing.choice import (
    MAX_DEMANDS,
    MAX_QUOTES,
    choose_demands,
    choose_figures,
    choose_for_page,
    choose_quotes,
    drop_repeated_sentences,
    is_other_voice,
    is_same_quantity,
    is_same_sum_in_two_currencies,
    is_whole_sentence,
    page_view,
    repeats,
)
from briefing.extraction import extract_content
from briefing.model import Content, Demand, Figure, Quote
from briefing.provenance import Provenance
from briefing.verify import verify_content
from tests.conftest import run_briefing

TWO_CURRENCIES = (
    "The Harbour Trust said on Monday that the new sea wall will cost £5.5 billion ($10 billion) "
    "over ten years.\n\nThe Trust called on the ministry to publish its flood plans within 30 days.\n"
)


def test_same_sum_in_two_currencies_is_one_figure_that_still_verifies() -> None:
    content = choose_for_page(extract_content(TWO_CURRENCIES), TWO_CURRENCIES)
    money = [figure for figure in content.figures if "billion" in figure.display]
    assert [figure.display for figure in money] == ["£5.5 billion ($10 billion)"]
    assert all(check.verified is not False for check in verify_content(content, TWO_CURRENCIES).checks)


def test_two_amounts_far_apart_are_two_sums() -> None:
    text = "It will cost £5 billion in the first year. In the second, a further $3 billion is needed."
    first = Figure(display="£5 billion", label="first year", value=5e9, start=13, end=23)
    second = Figure(display="$3 billion", label="second year", value=3e9, start=text.index("$"), end=None)
    assert not is_same_sum_in_two_currencies(first, second, text)


def test_the_same_quantity_stated_twice_is_shown_once() -> None:
    first = Figure(display="~70", label="people detained", value=70, approx=True)
    again = Figure(display="70", label="detainees", value=70)
    other = Figure(display="12", label="journalists", value=12)
    chosen = choose_figures([first, again, other])
    assert [figure.use for figure in chosen] == [True, False, True]
    assert is_same_quantity(first, again)


def test_small_counts_of_different_things_are_two_figures() -> None:
    years = Figure(display="2", label="years in prison", value=2)
    staff = Figure(display="2", label="staff members arrested", value=2)
    assert not is_same_quantity(years, staff)


def test_no_more_figures_than_the_row_holds() -> None:
    figures = [Figure(display=str(n * 100), label=f"kind {n}", value=n * 100) for n in range(1, 7)]
    assert [figure.use for figure in choose_figures(figures)] == [True] * 4 + [False] * 2


def test_a_demand_that_repeats_an_earlier_one_is_not_used() -> None:
    demands = [
        Demand(text="release every journalist held for their work"),
        Demand(text="release every journalist held for their work without delay"),
        Demand(text="publish the names of those still detained"),
    ]
    assert [demand.use for demand in choose_demands(demands)] == [True, False, True]


def test_a_long_list_of_asks_starts_with_the_strongest_on_the_page() -> None:
    # nineteen asks in small type are not read before a meeting: the first (strongest)
    # MAX_DEMANDS start on the page, the others wait in the content file with use: false
    asks = [
        "reopen the harbour clinic",
        "publish every inspection report",
        "fund twelve new teachers",
        "repair the northern bridge",
        "restore the night bus",
        "protect the wetland from dredging",
        "lower rents in council housing",
        "hire more midwives for rural wards",
        "ban pesticide spraying near schools",
        "extend library opening hours",
        "plant trees along the river",
        "audit the water company",
    ]
    demands = [Demand(text=ask) for ask in asks]
    used = [demand.use for demand in choose_demands(demands)]
    assert used == [True] * MAX_DEMANDS + [False] * (12 - MAX_DEMANDS)


def test_the_other_sides_call_is_not_used() -> None:
    demands = [
        Demand(text="withdraw the articles and apologise to the ministry", voice="other"),
        Demand(text="drop the lawsuit against the newspaper"),
    ]
    assert [demand.use for demand in choose_demands(demands)] == [False, True]


def test_a_quote_that_is_a_demand_appears_once_as_the_demand() -> None:
    demand = Demand(text="restore the sea wall before the next storm season")
    quote = Quote(
        text="We ask the government to restore the sea wall before the next storm season.", speaker="Ana Ruiz"
    )
    other = Quote(
        text="Families in the delta have waited three winters for any help at all.", speaker="Ana Ruiz"
    )
    chosen = choose_quotes([quote, other], [demand])
    assert [q.use for q in chosen] == [False, True]


def test_at_most_four_quotes_the_whole_sentences_first() -> None:
    phrase = Quote(text="a grave setback", speaker="the panel")
    sentences = [
        "The water came up through the floors of every house on the river road.",
        "Nobody from the ministry has visited the camps since the first week.",
        "Children have missed a whole year of school because the buildings are gone.",
        "We counted forty boats tied to what used to be the market square.",
        "Every promise made in spring was forgotten by the first frost.",
    ]
    whole = [Quote(text=sentence, speaker="the panel") for sentence in sentences]
    chosen = choose_quotes([phrase, *whole], [])
    assert sum(q.use for q in chosen) == MAX_QUOTES
    assert not chosen[0].use  # a phrase gives way to whole sentences
    assert [q.use for q in chosen[1:]] == [True, True, True, True, False]  # ties keep the file's order


def test_a_phrase_is_kept_when_the_statement_has_no_whole_sentences() -> None:
    chosen = choose_quotes([Quote(text="a grave setback for the press", speaker="the panel")], [])
    assert chosen[0].use


def test_whole_sentence_needs_a_capital_and_eight_words() -> None:
    assert is_whole_sentence(Quote(text="Nobody should wait another winter for help from the state."))
    assert not is_whole_sentence(Quote(text="widespread and systematic use of detention against the press"))
    assert not is_whole_sentence(Quote(text="Stop it now."))


def test_another_partys_words_are_never_chosen() -> None:
    answer = SimpleNamespace(
        text="The claims are baseless and we reject them entirely, the ministry said.", voice="other"
    )
    assert is_other_voice(answer)  # type: ignore[arg-type]


def test_a_quote_repeating_a_stronger_quote_is_not_used() -> None:
    long = Quote(text="We will not rest until every family in the delta has a safe home again.", speaker="A")
    short = Quote(text="every family in the delta has a safe home again", speaker="A")
    assert [q.use for q in choose_quotes([long, short], [])] == [True, False]


def test_a_summary_sentence_the_page_shows_as_a_demand_is_dropped() -> None:
    summary = (
        "The Network called on the ministry to publish its flood plans within 30 days. "
        "Floods have left families homeless in the delta since March."
    )
    kept = drop_repeated_sentences(summary, ["publish its flood plans within 30 days"])
    assert kept == "Floods have left families homeless in the delta since March."


def test_a_short_demand_inside_a_long_sentence_of_context_keeps_the_sentence() -> None:
    summary = (
        "After three winters without help, and with the sea wall still broken in four places, the "
        "Network asked families to stay safe this season."
    )
    assert drop_repeated_sentences(summary, ["stay safe this season"]) == summary


def test_repeats_reads_words_in_order() -> None:
    assert repeats("restore the sea wall now", "We ask them to restore the sea wall now, they said")
    assert not repeats("wall the sea restore", "We ask them to restore the sea wall now")


def test_page_view_shows_the_chosen_items_and_renumbers_unverified_ones() -> None:
    content = Content(
        quotes=[
            Quote(text="First words said here by the panel today.", use=False),
            Quote(text="Second words said here by the panel today."),
        ]
    )
    provenance = Provenance(source_name="s.txt", source_sha256="0" * 64, unverified=frozenset({"quote 2"}))
    page, renamed = page_view(content, provenance)
    assert [q.text for q in page.quotes] == ["Second words said here by the panel today."]
    assert renamed.unverified == frozenset({"quote 1"})


def test_a_figure_that_does_not_say_what_it_counts_starts_off_the_page() -> None:
    from briefing.choice import choose_figures
    from briefing.model import Figure

    chosen = choose_figures(
        [Figure(display="38%", label="", value=38), Figure(display="1,200", label="families", value=1200)]
    )
    assert [figure.use for figure in chosen] == [False, True]


def test_extract_o_writes_a_content_file_its_own_check_accepts(tmp_path) -> None:
    statement = tmp_path / "appeal.txt"
    statement.write_text(
        "Aid groups warn of a gap\n\nJust 41 per cent of the $2.6 billion plan is paid for, the groups said.\n",
        encoding="utf-8",
    )
    assert run_briefing("extract", "appeal.txt", "-o", "appeal.yaml", cwd=tmp_path).returncode == 0
    checked = run_briefing("check", "appeal.yaml", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
