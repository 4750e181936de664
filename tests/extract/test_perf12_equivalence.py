"""Speed round twelve: the same answers, cheaper; each reading is checked against the code it replaced."""

from __future__ import annotations

import ast
import dataclasses
import importlib.util
import inspect
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from eventwire.extract import ExtractionKit
from eventwire.extract.actors.entries import Hit
from eventwire.extract.assemble import _Typing
from eventwire.extract.context import article_context, date_key, is_event_date, span_key
from eventwire.extract.cues import SentenceCues
from eventwire.extract.detect import Detection, Trigger
from eventwire.extract.event_dates import _When
from eventwire.extract.fatalities.combine import _Estimate
from eventwire.extract.fatalities.groups import _Group as _CountGroup
from eventwire.extract.mentions import Mention, _event_places, _Facts, is_speech_date_in
from eventwire.extract.roles.sides import _Sides
from eventwire.extract.sentences import Sentence
from eventwire.extract.typing_rules import TypeDecision
from eventwire.records import Article, DateMention, Span

# ------------------------------------------- the hot dataclasses' __init__ written out (compiled, not interpreted)

_WRITTEN_OUT = (Hit, Trigger, Detection, Sentence, SentenceCues, Mention, _Facts, _Sides, TypeDecision, _Estimate,
                _CountGroup, _When, _Typing)


# The compiled build's __init__ takes ``*args, **kwargs`` to ``inspect`` and checks every field's type: these
# checks run pure only; the compiled build (CI's) checks the same through the source (the test after them).
pure_only = pytest.mark.skipif(getattr(Sentence.__init__, "__code__", None) is None,
                               reason="compiled: no signature to read, and fields take only their own types")


def _generated_twin(cls: type) -> type:
    """The class as ``@dataclass`` alone would make it: same fields, defaults and flags, its own generated methods."""
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    spec = [(f.name, f.type, dataclasses.field(default=f.default, default_factory=f.default_factory,
                                               init=f.init, repr=f.repr, hash=f.hash, compare=f.compare))
            for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(cls.__name__, spec, frozen=params.frozen, eq=params.eq, order=params.order,
                                      unsafe_hash=params.unsafe_hash)


def _arguments(cls: type) -> dict[str, Any]:
    """A distinct object for every field (so ``is`` tells which argument went where)."""
    return {f.name: object() for f in dataclasses.fields(cls)}


@pytest.mark.parametrize("cls", _WRITTEN_OUT, ids=lambda c: c.__qualname__)
def test_init_is_written_out_not_generated(cls):
    code = getattr(cls.__init__, "__code__", None)  # compiled: no code object at all
    assert code is None or code.co_filename != "<string>"  # dataclasses compiles its methods from "<string>"


@pure_only
@pytest.mark.parametrize("cls", _WRITTEN_OUT, ids=lambda c: c.__qualname__)
def test_init_takes_the_fields_the_generated_one_takes(cls):
    """Fails when a field is added, removed, renamed, reordered or given another default without the __init__."""
    ours = inspect.signature(cls.__init__).parameters
    generated = inspect.signature(_generated_twin(cls).__init__).parameters
    assert [(p.name, p.kind, p.default) for p in ours.values()] == \
        [(p.name, p.kind, p.default) for p in generated.values()]


@pure_only
@pytest.mark.parametrize("cls", _WRITTEN_OUT, ids=lambda c: c.__qualname__)
@pytest.mark.parametrize("by_keyword", [False, True], ids=["positional", "keyword"])
def test_init_sets_every_field_to_its_argument(cls, by_keyword):
    arguments = _arguments(cls)
    made = cls(**arguments) if by_keyword else cls(*arguments.values())
    assert all(getattr(made, name) is value for name, value in arguments.items())
    twin = _generated_twin(cls)(**arguments)
    assert repr(made).replace(cls.__qualname__, cls.__name__, 1) == repr(twin)


@pure_only
@pytest.mark.parametrize("cls", _WRITTEN_OUT, ids=lambda c: c.__qualname__)
def test_defaults_are_the_generated_ones(cls):
    required = {f.name: object() for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    made, twin = cls(**required), _generated_twin(cls)(**required)
    assert all(getattr(made, f.name) == getattr(twin, f.name) for f in dataclasses.fields(cls))


@pure_only
@pytest.mark.parametrize("cls", _WRITTEN_OUT, ids=lambda c: c.__qualname__)
def test_still_frozen_compared_and_hashed_by_fields(cls):
    arguments = _arguments(cls)
    made, same, other = cls(**arguments), cls(**arguments), cls(**{**arguments, next(iter(arguments)): object()})
    assert made == same and hash(made) == hash(same) and made != other
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, next(iter(arguments)), 1)


def _written_init(cls: type) -> ast.FunctionDef:
    """The class's ``__init__`` as its module's source writes it (the ``.py`` beside a compiled module too)."""
    origin = Path(importlib.util.find_spec(cls.__module__).origin)  # type: ignore[union-attr,arg-type]
    source = origin.with_name(cls.__module__.rsplit(".", 1)[-1] + ".py").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            return next(f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__")
    raise LookupError(cls.__qualname__)


@pytest.mark.parametrize("cls", _WRITTEN_OUT, ids=lambda c: c.__qualname__)
def test_init_source_takes_and_sets_every_field_in_order(cls):
    """Read off the source, so the compiled build, whose ``__init__`` has no signature, checks it too: the
    arguments are the fields in order with their defaults, and each is set, once, to the field of its name."""
    init, fields = _written_init(cls), [f for f in dataclasses.fields(cls) if f.init]
    assert [a.arg for a in init.args.args[1:]] == [f.name for f in fields]
    assert [ast.literal_eval(d) for d in init.args.defaults] == \
        [f.default for f in fields if f.default is not dataclasses.MISSING]
    calls = [s.value for s in init.body if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call)]
    assert [ast.unparse(c) for c in calls] == [f"object.__setattr__(self, '{f.name}', {f.name})" for f in fields]
    assert len(calls) == len(init.body)


def test_a_missing_argument_still_raises():
    with pytest.raises(TypeError):
        Sentence(0, 5, "Shots")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Hit(3, (), 4)  # type: ignore[call-arg]


# ------------------------------------------- read_once keyed by a record's fields, hashed in C, not by the record

_SUNDAY, _SATURDAY = date(2023, 3, 5), date(2023, 3, 4)
_SPAN = Span(33, 42, "on Sunday")
_SUNDAY_SAID = DateMention(_SUNDAY, 1, (_SUNDAY, _SUNDAY), _SPAN, "weekday")


class _OtherSpan(Span):
    """A span of another class: never equal to a ``Span`` with the same fields, as the generated ``__eq__`` says."""


_DATE_VARIANTS: tuple[DateMention, ...] = (
    DateMention(_SATURDAY, 1, (_SUNDAY, _SUNDAY), _SPAN, "weekday"),
    DateMention(_SUNDAY, 2, (_SUNDAY, _SUNDAY), _SPAN, "weekday"),
    DateMention(_SUNDAY, 1, (_SATURDAY, _SUNDAY), _SPAN, "weekday"),
    DateMention(_SUNDAY, 1, (_SUNDAY, _SUNDAY), Span(34, 42, "on Sunday"), "weekday"),
    DateMention(_SUNDAY, 1, (_SUNDAY, _SUNDAY), Span(33, 43, "on Sunday"), "weekday"),
    DateMention(_SUNDAY, 1, (_SUNDAY, _SUNDAY), Span(33, 42, "on sunday"), "weekday"),
    DateMention(_SUNDAY, 1, (_SUNDAY, _SUNDAY), _OtherSpan(33, 42, "on Sunday"), "weekday"),
    DateMention(_SUNDAY, 1, (_SUNDAY, _SUNDAY), _SPAN, "explicit"),
    DateMention(datetime(2023, 3, 5), 1, (_SUNDAY, _SUNDAY), _SPAN, "weekday"),  # a datetime is no date's equal
)


@pytest.mark.parametrize("other", [_SUNDAY_SAID, dataclasses.replace(_SUNDAY_SAID), *_DATE_VARIANTS])
def test_a_date_key_is_equal_exactly_when_the_dates_are(other):
    assert (date_key(other) == date_key(_SUNDAY_SAID)) == (other == _SUNDAY_SAID)
    if other == _SUNDAY_SAID:
        assert hash(date_key(other)) == hash(date_key(_SUNDAY_SAID))


@pytest.mark.parametrize("other", [_SPAN, Span(33, 42, "on Sunday"), Span(33, 42, "on Monday"), Span(32, 42, "on Sunday"),
                                   Span(33, 41, "on Sunday"), _OtherSpan(33, 42, "on Sunday")])
def test_a_span_key_is_equal_exactly_when_the_spans_are(other):
    assert (span_key(other) == span_key(_SPAN)) == (other == _SPAN)


def _story_context() -> Any:
    article = Article(id="t", title="", text="Officials said on Monday that gunmen killed five villagers on Sunday.",
                      published_at=datetime(2023, 3, 7, tzinfo=timezone.utc))
    return article_context(article, ExtractionKit.load())


@pytest.fixture
def unhashed_records(monkeypatch):
    """Every hash or comparison of a Span or a DateMention fails: the readers must key by the fields."""
    def refuse(*_: Any) -> Any:
        raise AssertionError("a record was hashed or compared as a read_once key")

    for cls in (Span, DateMention):
        monkeypatch.setattr(cls, "__hash__", refuse)
        monkeypatch.setattr(cls, "__eq__", refuse)


def test_event_and_speech_dates_are_read_once_without_hashing_a_record(unhashed_records):
    context = _story_context()
    days = context.kit.find_dates(context.text, context.published)
    assert [d.span.text for d in days] == ["on Monday", "on Sunday"]
    first = [(is_event_date(d, context), is_speech_date_in(d, context)) for d in days]
    again = [(is_event_date(d, context), is_speech_date_in(d, context)) for d in days]
    assert first == again == [(True, True), (True, False)]  # "said on Monday": when it was said
    assert len(context.story_readings) == 4  # one reading per date and question


def test_an_equal_date_built_again_gets_the_first_reading():
    context = _story_context()
    day = context.kit.find_dates(context.text, context.published)[1]
    assert is_event_date(day, context) is True
    context.story_readings[("event date", date_key(day))] = False  # the entry, changed: who reads it sees False
    assert is_event_date(dataclasses.replace(day), context) is False  # equal, another object: the same entry
    assert is_event_date(dataclasses.replace(day, expression="explicit"), context) is True  # another date: read


def test_event_places_are_read_once_per_sentence_and_actor_spans(unhashed_records):
    context = _story_context()
    sentence = context.sentences[0]
    spans = (Span(0, 9, "Officials"), Span(29, 35, "gunmen"))
    first = _event_places(sentence, context, spans)
    assert _event_places(sentence, context, tuple(Span(s.start, s.end, s.text) for s in spans)) is first
    assert len(context.story_readings) == 1
    _event_places(sentence, context, spans[:1])
    assert len(context.story_readings) == 2  # other actors: another reading
