"""The records every stage speaks.

Data flows one way: ingest → extract → geo → resolve → store → export.
Each stage receives records, never edits them, and returns new ones
(``dataclasses.replace``). Character offsets always index ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Mapping

# ACLED's taxonomy, in precedence order within each type (see ../shared/docs/coding-rules.md).
SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Armed clash",
    ),
    "Protests": (
        "Excessive force against protesters",
        "Protest with intervention",
        "Peaceful protest",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
EVENT_TYPES: tuple[str, ...] = tuple(SUB_EVENT_TYPES)
EVENT_TYPE_OF: dict[str, str] = {sub: t for t, subs in SUB_EVENT_TYPES.items() for sub in subs}

INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel group",
    3: "Political militia",
    4: "Identity militia",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/other forces",
}


@dataclass(frozen=True)
class Span:
    """A character range ``[start, end)`` of ``Article.text`` and the text it covers."""

    start: int
    end: int
    text: str


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True)
class Dateline:
    """The ``Bamako, Mali, Nov 5 –`` opening of a wire story."""

    place: str | None
    country: str | None
    published: date | None
    span: Span


@dataclass(frozen=True)
class Article:
    """One cleaned news article. ``text`` is the body every evidence span indexes."""

    id: str
    title: str
    text: str
    published_at: datetime | None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = "en"
    path: str | None = None
    source_format: str = "text"  # scraper | html | text | jsonl | feed
    dateline: Dateline | None = None
    removed: tuple[str, ...] = ()  # boilerplate lines cut from the body, in order

    @property
    def published_date(self) -> date | None:
        return self.published_at.date() if self.published_at else None


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read: one line for the user, the batch goes on."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


# --------------------------------------------------------------------------- extract


@dataclass(frozen=True)
class DateMention:
    """A resolved date expression. ``window`` is the range a careful coder could defend."""

    day: date
    time_precision: int  # 1 day, 2 week/weekend, 3 month
    window: tuple[date, date]
    span: Span
    expression: str  # the normalised cue, e.g. "weekday", "weekend", "explicit", "ago"


@dataclass(frozen=True)
class CasualtyMention:
    """A number of people killed (or injured) stated in the text."""

    low: int
    high: int
    kind: str  # "killed" | "injured" | "attackers_killed" | "total" (a running total: background, not an event toll)
    qualifier: str  # "exact" | "floor" | "ceiling" | "approx" | "vague"
    who: str | None  # the victims as written: "soldiers", "civilians"
    span: Span
    rival: bool = False  # told against another source's count of the same dead ("..., while X put the toll at 50")


@dataclass(frozen=True)
class Fatalities:
    """ACLED's conservative figure plus a UCDP-style range."""

    fatalities: int = 0
    low: int | None = None
    best: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class ActorMention:
    """An actor named in the text, normalised to ACLED's vocabulary."""

    name: str  # "Military Forces of Mali", "Islamic State (Greater Sahara)"
    inter: int | None
    country: str | None
    span: Span | None


@dataclass(frozen=True)
class PlaceMention:
    """A place the text says the event happened at, with the cue that introduced it."""

    name: str
    span: Span
    cue: str  # "in" | "near" | "region" | "border" | "country" | "dateline"
    country_hint: str | None = None


@dataclass(frozen=True)
class TypePrediction:
    """What the classifier thinks a passage reports."""

    event_type: str | None  # None: not an event
    sub_event_type: str | None
    event_probability: float
    sub_event_scores: Mapping[str, float] = field(default_factory=dict)


# --------------------------------------------------------------------------- geo


@dataclass(frozen=True)
class Place:
    """A resolved location. ``geonameid`` is None when only an admin unit could be found."""

    country: str | None
    iso3: str | None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    geo_precision: int = 3
    feature_code: str | None = None


@dataclass(frozen=True)
class EventDraft:
    """One event found in one article, before it meets the store.

    ``evidence`` maps a field name of the event record to the spans it came from.
    ``place`` is filled by the geo stage from ``place_mentions`` and ``country_hint``.
    """

    article_id: str
    event_date: date | None
    time_precision: int | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    fatalities: Fatalities = field(default_factory=Fatalities)
    place_mentions: tuple[PlaceMention, ...] = ()
    country_hint: str | None = None
    place: Place | None = None
    notes: str = ""
    confidence: float = 0.0
    evidence: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)
    date_window: tuple[date, date] | None = None
    tactic: str | None = None  # the trigger tactic the type was read from ("attack", "clash", ...), for the notes


# --------------------------------------------------------------------------- resolve / store / export


@dataclass(frozen=True)
class Source:
    article_id: str
    path: str | None
    url: str | None
    title: str | None
    publisher: str | None
    published_at: str | None  # ISO 8601


@dataclass(frozen=True)
class Evidence:
    article_id: str
    start: int
    end: int
    text: str


EVENT_FIELDS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "inter1",
    "inter2",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "geonameid",
    "fatalities",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "notes",
    "sources",
    "evidence",
    "confidence",
)


@dataclass(frozen=True)
class Event:
    """The output contract of ../shared/docs/event-record.md: what the store keeps and exports carry."""

    event_id: str
    event_date: date | None
    time_precision: int | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    fatalities: int = 0
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    notes: str = ""
    sources: tuple[Source, ...] = ()
    evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    confidence: float = 0.0

    def to_record(self) -> dict[str, Any]:
        """The JSON-ready dict of the event-record contract, fields in contract order."""
        record: dict[str, Any] = {}
        for name in EVENT_FIELDS:
            value = getattr(self, name)
            if name == "event_date":
                value = value.isoformat() if value else None
            elif name == "sources":
                value = [vars(s).copy() for s in value]
            elif name == "evidence":
                value = {k: [vars(e).copy() for e in spans] for k, spans in value.items()}
            record[name] = value
        return record
