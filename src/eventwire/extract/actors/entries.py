"""What the actor dictionary holds: named actors, state-force branches, generic actors, and the meanings a
phrase of the trie carries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Actor:
    """One named actor of the dictionary."""

    name: str
    inter: int
    home: str | None = None
    countries: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Branch:
    """A kind of state force: ``Military Forces`` or ``Police Forces``, maybe with an ACLED sub-unit."""

    key: str
    base: str
    subunit: str | None = None


@dataclass(frozen=True)
class Generic:
    key: str
    template: str
    inter: int
    instead_in: tuple[tuple[str, str], ...] = ()  # (country, generic key) where ACLED uses another generic


@dataclass(frozen=True)
class Meaning:
    """What a phrase of the trie means. ``scope``: the event countries it holds in (None: anywhere)."""

    kind: str  # "actor" | "state" | "country" | "branch" | "generic"
    value: Any
    scope: frozenset[str] | None = None
    exact: tuple[str | None, ...] = ()  # per token: the surface an acronym must have, else None
    bare: bool = False  # a branch phrase that names a force on its own ("soldiers")
    if_unknown: bool = False  # a scoped phrase that also holds when the event country is unknown
    common_word: bool = False  # a context phrase that is one common word ("militia"): never without a country


@dataclass(frozen=True)
class Hit:
    """A phrase found at one token position: the tokens it covers and its meanings."""

    stop: int
    meanings: tuple[Meaning, ...]

    # written out so mypyc compiles it (the generated one runs interpreted); test_perf12_equivalence checks the fields
    def __init__(self, stop: int, meanings: tuple[Meaning, ...]) -> None:
        object.__setattr__(self, "stop", stop)
        object.__setattr__(self, "meanings", meanings)
