"""Speed round twelve: the same answers, cheaper; each reading is checked against the code it replaced."""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any

import pytest

from eventwire.extract.actors.entries import Hit
from eventwire.extract.assemble import _Typing
from eventwire.extract.cues import SentenceCues
from eventwire.extract.detect import Detection, Trigger
from eventwire.extract.event_dates import _When
from eventwire.extract.fatalities.combine import _Estimate
from eventwire.extract.fatalities.groups import _Group as _CountGroup
from eventwire.extract.mentions import Mention, _Facts
from eventwire.extract.roles.sides import _Sides
from eventwire.extract.sentences import Sentence
from eventwire.extract.typing_rules import TypeDecision

# ------------------------------------------- the hot dataclasses' __init__ written out (compiled, not interpreted)

_WRITTEN_OUT = (Hit, Trigger, Detection, Sentence, SentenceCues, Mention, _Facts, _Sides, TypeDecision, _Estimate,
                _CountGroup, _When, _Typing)


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


@pytest.mark.parametrize("cls", _WRITTEN_OUT, ids=lambda c: c.__qualname__)
def test_init_takes_the_fields_the_generated_one_takes(cls):
    """Fails when a field is added, removed, renamed, reordered or given another default without the __init__."""
    ours = inspect.signature(cls.__init__).parameters
    generated = inspect.signature(_generated_twin(cls).__init__).parameters
    assert [(p.name, p.kind, p.default) for p in ours.values()] == \
        [(p.name, p.kind, p.default) for p in generated.values()]


@pytest.mark.parametrize("cls", _WRITTEN_OUT, ids=lambda c: c.__qualname__)
@pytest.mark.parametrize("by_keyword", [False, True], ids=["positional", "keyword"])
def test_init_sets_every_field_to_its_argument(cls, by_keyword):
    arguments = _arguments(cls)
    made = cls(**arguments) if by_keyword else cls(*arguments.values())
    assert all(getattr(made, name) is value for name, value in arguments.items())
    twin = _generated_twin(cls)(**arguments)
    assert repr(made).replace(cls.__qualname__, cls.__name__, 1) == repr(twin)


@pytest.mark.parametrize("cls", _WRITTEN_OUT, ids=lambda c: c.__qualname__)
def test_defaults_are_the_generated_ones(cls):
    required = {f.name: object() for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    made, twin = cls(**required), _generated_twin(cls)(**required)
    assert all(getattr(made, f.name) == getattr(twin, f.name) for f in dataclasses.fields(cls))


@pytest.mark.parametrize("cls", _WRITTEN_OUT, ids=lambda c: c.__qualname__)
def test_still_frozen_compared_and_hashed_by_fields(cls):
    arguments = _arguments(cls)
    made, same, other = cls(**arguments), cls(**arguments), cls(**{**arguments, next(iter(arguments)): object()})
    assert made == same and hash(made) == hash(same) and made != other
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, next(iter(arguments)), 1)


def test_a_missing_argument_still_raises():
    with pytest.raises(TypeError):
        Sentence(0, 5, "Shots")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Hit(3, (), 4)  # type: ignore[call-arg]

