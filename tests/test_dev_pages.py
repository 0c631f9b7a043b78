"""Every statement of the dev corpus builds (exit 0, no --allow-unverified) into a page on
which no sentence appears twice: the Context, the demands and the quotations each say their
own words once. The corpus lies in `../shared/corpus` beside the checkout (read-only); where
it is absent the test has nothing to build."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PROJECT, run_briefing

CORPUS = PROJECT.parent / "shared" / "corpus"
LANGUAGES = ("dev", "dev-es", "dev-fr")
STATEMENTS = sorted(p for lang in LANGUAGES for p in (CORPUS / lang).glob("*.txt")) if CORPUS.is_dir() else []

# Builds that still stop with exit 4 for items other helpers own (figures), each with why.
FAILS_TODAY: dict[str, str] = {}  # none today: every dev statement builds


def _param(path: Path) -> Any:
    reason = FAILS_TODAY.get(path.stem)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(path, id=f"{path.parent.name}/{path.stem}", marks=marks)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Every dev statement built once, in one run of `briefing build` (its manifest, by input)."""
    out = tmp_path_factory.mktemp("dev-pages")
    folders = [str(CORPUS / lang) for lang in LANGUAGES]
    run_briefing("build", *folders, "-o", str(out), "--jobs", "2", cwd=out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return {Path(entry["input"]).stem: entry for entry in manifest["briefings"]}


def page_body(pdf: Path) -> str:
    """The page's text without its header and headline (the first two blocks) and footer."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    footer = re.search(r"^(?:Source|Fuente)\s?:", text, re.MULTILINE)
    blocks = re.split(r"\n\s*\n", text[: footer.start()] if footer else text)
    body = "\n\n".join(blocks[2:])
    # a quote's speaker is a caption (its wrapped lines too), and two quotes may share one
    return re.sub(r"^\u2014 [^\n]*(?:\n(?!\s*\n)[^\n]*)*", "", body, flags=re.MULTILINE)


def repeated_sentences(body: str) -> list[str]:
    """Sentences of six words or more that appear twice, or of eight or more inside another
    one ("Stop the tests" as a demand and again inside a quotation)."""
    sentences: list[str] = []
    for block in re.split(r"\n\s*\n", body):
        flat = re.sub(r"-\n(?=[a-z])", "", block)
        flat = re.sub(r"\([^)]*\)|[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb]", " ", flat)
        for sentence in re.split(r"(?<=[.!?;])\s+", flat):
            words = re.findall(r"\w+", sentence.casefold())
            if len(words) >= 6:
                sentences.append(" ".join(words))
    found = []
    for index, sentence in enumerate(sentences):
        others = sentences[:index] + sentences[index + 1 :]
        if sentence in others or (
            len(sentence.split()) >= 8 and any(f" {sentence} " in f" {o} " for o in others)
        ):
            found.append(sentence)
    return found


def test_repeated_sentences_finds_a_demand_inside_a_quote() -> None:
    body = (
        "1\n\nFreeze rents for two years across the whole city (the council)\n\n"
        "\u201cWe say it plainly: freeze rents for two years across the whole city.\u201d\n\u2014 Ana Ruiz"
    )
    assert repeated_sentences(body) == ["freeze rents for two years across the whole city"]


def test_repeated_sentences_lets_a_shared_name_pass() -> None:
    body = (
        "The Coast and Harbour Network of the Northern Islands said the bay is dying.\n\n"
        "\u201cWe will keep fishing,\u201d said the Coast and Harbour Network of the Northern Islands."
    )
    assert repeated_sentences(body) == []


@pytest.mark.parametrize("statement", [_param(p) for p in STATEMENTS])
def test_dev_statement_builds_with_no_sentence_twice(
    statement: Path, built: dict[str, dict[str, Any]]
) -> None:
    entry = built[statement.stem]
    assert entry["status"] == "built", entry.get("error")
    assert repeated_sentences(page_body(Path(entry["output"]))) == []
