"""Speed round eleven: the same answers, cheaper; each reading is checked against the code it replaced."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone
from typing import Any

import pytest

from eventwire import records
from eventwire.extract import record_copies
from eventwire.extract.mentions import Mention
from eventwire.extract.record_copies import plain_fields, replace
from eventwire.records import (
    ActorMention,
    CasualtyMention,
    DateMention,
    EventDraft,
    Fatalities,
    PlaceMention,
    Span,
    TypePrediction,
)

# ------------------------------------------------- records copied without dataclasses.replace's pure-Python path

_SPAN = Span(10, 17, "Gunmen ")
_DAY = date(2023, 3, 5)
_PLACE = PlaceMention("Kaya", Span(30, 34, "Kaya"), "in")
_DRAFT = EventDraft(
    "a-1", _DAY, 1, "Violence against civilians", "Attack", actor1="Unidentified Armed Group (Burkina Faso)",
    inter1=3, fatalities=Fatalities(5, 5, 5, 5), place_mentions=(_PLACE,), country_hint="Burkina Faso",
    notes="On 5 March 2023, gunmen killed five villagers in Kaya.", confidence=0.8,
    evidence={"actor1": (_SPAN,)}, date_window=(_DAY, _DAY), tactic="attack")
_RECORDS: tuple[Any, ...] = (
    _SPAN,
    _DRAFT,
    EventDraft("a-2", None, None, None, None),  # every default, the factories' dict and Fatalities
    DateMention(_DAY, 1, (_DAY, _DAY), _SPAN, "weekday"),
    CasualtyMention(5, 5, "killed", "exact", "villagers", _SPAN),
    ActorMention("Military Forces of Burkina Faso", 1, "Burkina Faso", None),
    _PLACE,
    Fatalities(3),
    TypePrediction("Battles", "Armed clash", 0.91, {"Armed clash": 0.7}),
)
_CHANGES: tuple[dict[str, Any], ...] = (
    {},
    {"notes": "rewritten"},
    {"tactic": None, "confidence": 0.25},
    {"place_mentions": (), "fatalities": Fatalities(0, 0, 0, 0), "evidence": {}},
    {"start": 11, "end": 12, "text": "u"},
    {"kind": "total", "rival": True},
    {"day": date(2023, 3, 4), "window": (date(2023, 3, 3), date(2023, 3, 4))},
    {"name": "Kaya town", "cue": "near"},
    {"fatalities": 7, "high": 9},
    {"sub_event_scores": {}},
)


def _field_changes(record: Any, changes: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(record)}
    return {name: value for name, value in changes.items() if name in names}


def _same_record(copy: Any, expected: Any) -> None:
    assert type(copy) is type(expected)
    assert list(vars(copy).items()) == list(vars(expected).items())  # every field, in field order
    assert copy == expected and repr(copy) == repr(expected)
    if _hashable(expected):
        assert hash(copy) == hash(expected)


def _hashable(record: Any) -> bool:
    try:
        hash(record)
    except TypeError:
        return False
    return True


@pytest.mark.parametrize("record", _RECORDS, ids=lambda r: type(r).__name__)
@pytest.mark.parametrize("changes", _CHANGES, ids=lambda c: ",".join(c) or "none")
def test_replace_builds_the_record_dataclasses_replace_builds(record: Any, changes: dict[str, Any]) -> None:
    changes = _field_changes(record, changes)
    copy = replace(record, **changes)
    _same_record(copy, dataclasses.replace(record, **changes))
    assert copy is not record
    with pytest.raises(dataclasses.FrozenInstanceError):
        copy.notes = "x"  # still frozen


def test_the_copy_owns_its_dict() -> None:
    copy = replace(_DRAFT, notes="rewritten")
    assert vars(copy) is not vars(_DRAFT) and _DRAFT.notes.startswith("On 5 March")


@pytest.mark.parametrize("record", _RECORDS, ids=lambda r: type(r).__name__)
def test_a_change_that_names_no_field_raises_as_before(record: Any) -> None:
    with pytest.raises(TypeError):
        dataclasses.replace(record, no_such_field=1)
    with pytest.raises(TypeError):
        replace(record, no_such_field=1)


def test_every_record_of_records_py_is_plain_and_taken() -> None:
    kinds = {k for k in vars(records).values() if isinstance(k, type) and dataclasses.is_dataclass(k)}
    assert kinds and kinds == set(record_copies._PLAIN_FIELDS)
    assert record_copies._PLAIN_FIELDS[Span] == ("start", "end", "text")


@dataclasses.dataclass(frozen=True)
class _Checked:
    low: int
    high: int

    def __post_init__(self) -> None:
        if self.high < self.low:
            raise ValueError("high below low")


@dataclasses.dataclass
class _Counted:
    name: str
    seen: int = dataclasses.field(default=0, init=False)


@dataclasses.dataclass
class _WithInitVar:
    name: str
    scale: dataclasses.InitVar[int] = 1


def test_other_dataclasses_are_not_plain() -> None:
    assert plain_fields(_Checked) is None and plain_fields(_Counted) is None and plain_fields(_WithInitVar) is None
    assert plain_fields(int) is None and plain_fields(Span) == ("start", "end", "text")


def test_a_class_with_post_init_goes_through_dataclasses_replace() -> None:
    record_copies._PLAIN_FIELDS.pop(_Checked, None)
    assert replace(_Checked(1, 2), high=5) == _Checked(1, 5)
    with pytest.raises(ValueError, match="high below low"):
        replace(_Checked(1, 2), high=0)


def test_the_package_s_own_classes_go_through_dataclasses_replace() -> None:
    from eventwire.extract import extract_events, ExtractionKit

    article = records.Article(id="t", title="", text="Gunmen killed five villagers in Kaya, Burkina Faso, on Sunday.",
                              published_at=datetime(2023, 3, 6, tzinfo=timezone.utc))
    drafts = extract_events(article, ExtractionKit.load())
    assert drafts and all(type(d) is EventDraft for d in drafts)
    assert Mention not in record_copies._PLAIN_FIELDS


# ------------------------------------------------- read_once: one look-up of the key on a hit


def _context() -> Any:
    from eventwire.extract import ExtractionKit
    from eventwire.extract.context import article_context

    article = records.Article(id="t", title="", text="Gunmen killed five villagers in Kaya on Sunday.",
                              published_at=datetime(2023, 3, 6, tzinfo=timezone.utc))
    return article_context(article, ExtractionKit.load())


class _CountedKey:
    """A key that counts how often it is hashed, equal to every key with the same name."""

    hashes = 0

    def __init__(self, name: str) -> None:
        self.name = name

    def __hash__(self) -> int:
        _CountedKey.hashes += 1
        return hash(self.name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _CountedKey) and other.name == self.name


@pytest.mark.parametrize("value", [None, False, 0, "", (), "reading", ("a", 1)])
def test_read_once_reads_each_key_once_whatever_it_read(value: Any) -> None:
    context = _context()
    reads: list[str] = []

    def read() -> Any:
        reads.append("read")
        return value

    assert context.read_once(("speech date", _DAY), read) == value
    assert context.read_once(("speech date", _DAY), read) == value  # an equal key: kept, even a falsy reading
    assert context.read_once(("speech date", date(2023, 3, 4)), read) == value
    assert reads == ["read", "read"]


def test_read_once_hashes_a_key_once_on_a_hit_and_twice_on_a_miss() -> None:
    context = _context()
    _CountedKey.hashes = 0
    assert context.read_once(_CountedKey("x"), lambda: 1) == 1
    assert _CountedKey.hashes == 2
    assert context.read_once(_CountedKey("x"), lambda: 2) == 1  # an equal key built again: the first reading
    assert _CountedKey.hashes == 3


def test_read_once_keeps_what_a_nested_read_of_the_same_key_left_as_before() -> None:
    context = _context()

    def outer() -> str:
        context.read_once("k", lambda: "inner")
        return "outer"

    assert context.read_once("k", outer) == "outer"  # as before: the outer reading is stored and returned
    assert context.read_once("k", lambda: "again") == "outer"
