"""The content of a briefing: plain typed data passed between the pipeline's stages.

Extraction produces a `Content`; the content file (YAML) is a `Content` a person has edited;
verification checks a `Content` against its source; the HTML stage renders one. Offsets
(`start`/`end`) are character indexes into the statement text as decoded (BOM removed, line
breaks untouched); they are `None` for items a person added by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from briefing.engine import without_pydantic_plugins

without_pydantic_plugins()  # before the first model: a cold command without importlib.metadata
from pydantic import BaseModel, ConfigDict, Field  # noqa: E402


class Item(BaseModel):
    """Common settings: unknown keys are refused, so typos in a content file are caught."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Figure(Item):
    """A number the statement states, as the page shows it."""

    value: float | None = Field(None, allow_inf_nan=False)  # the number itself: 800, 1200000, 45.5
    display: str  # how the page shows it: "~800", "1.2 million", "45.5%", "£66 billion"
    label: str  # what is counted: "political prisoners, estimated"
    approx: bool = False  # the source qualifies it ("about", "estimated", "more than")
    of: str | None = None  # the whole this figure is part of, as shown: "800" in "~50 of 800"
    start: int | None = None
    end: int | None = None
    use: bool = True  # on the page; False keeps a candidate in the content file, verified but not shown


class Demand(Item):
    """Something the statement calls for, in the source's words."""

    text: str  # the demand itself, trimmed of its reporting frame
    addressee: str | None = None  # who is asked ("the Venezuelan authorities")
    start: int | None = None  # the whole sentence that carries the demand
    end: int | None = None
    use: bool = True  # on the page (see Figure.use)
    voice: Literal["issuer", "other"] = "issuer"  # whose call: the issuer's, or the other side's


class Tie(Item):
    """The source's words that tie a quote to its speaker: `said Ana Ruiz, the Network's director`."""

    text: str
    start: int
    end: int
    rule: str  # the attribution frame that found it: "after_cue", "before_cue", "continued", ...


class Quote(Item):
    """Words the statement quotes, exactly as they stand between the marks."""

    text: str
    speaker: str | None = None  # None when unsure: a wrong speaker is worse than none
    complete: bool = True  # False when the closing mark never comes
    start: int | None = None  # exactly the words between the marks
    end: int | None = None
    voice: Literal["issuer", "other"] | None = None  # the issuer's side, or a party answering it
    attribution: Tie | None = None  # None: the source ties the quote to no one
    use: bool = True  # on the page (see Figure.use)


class Source(Item):
    """Where the statement came from."""

    file: str | None = None  # path of the statement text
    url: str | None = None
    publisher: str | None = None


class Meeting(Item):
    """The meeting the page is for, shown in the masthead: "For the meeting with the Minister of
    Foreign Affairs · Geneva · 3 March 2026"."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, populate_by_name=True)

    with_: str | None = Field(None, alias="with")  # who the meeting is with
    date: dt.date | None = None
    place: str | None = None


class Content(Item):
    """Everything a one-page briefing shows, items in order of importance."""

    title: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    summary: str = ""
    figures: list[Figure] = []
    demands: list[Demand] = []
    quotes: list[Quote] = []
    source: Source = Source()
    ask: str | None = None  # what the publishing organisation asks of the reader
    contact: str | None = None  # who to contact about the briefing
    meeting: Meeting | None = None  # the meeting the page is for
    notes: list[str] = []  # talking points, for the speaker's notes only (never on the page)

    def on_page(self) -> Content:
        """The content the page shows: the items with `use: true`, in their order."""
        if all(item.use for kind in ("figures", "demands", "quotes") for item in getattr(self, kind)):
            return self
        kinds = ("figures", "demands", "quotes")
        shown = {kind: [item for item in getattr(self, kind) if item.use] for kind in kinds}
        return self.model_copy(update=shown)

    lang: str | None = None  # the statement's language ("en", "es", "fr", "de", ...), if known

    def to_extract_json(self) -> dict[str, Any]:
        """The public JSON of `briefing extract --format json` (documented in the README)."""

        def number(value: float | None) -> float | int | None:
            if value is not None and float(value).is_integer():
                return int(value)
            return value

        return {
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "lang": self.lang,
            "issuer": self.issuer,
            "publisher": self.source.publisher,
            "summary": self.summary,
            "figures": [
                {
                    "value": number(f.value),
                    "display": f.display,
                    "approx": f.approx,
                    "label": f.label,
                    "start": f.start,
                    "end": f.end,
                }
                for f in self.figures
            ],
            "demands": [
                {"text": d.text, "addressee": d.addressee, "start": d.start, "end": d.end, "voice": d.voice}
                for d in self.demands
            ],
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "complete": q.complete,
                    "start": q.start,
                    "end": q.end,
                    "voice": q.voice,
                    "attribution": q.attribution.model_dump() if q.attribution else None,
                }
                for q in self.quotes
            ],
        }
