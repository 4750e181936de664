"""``dataclasses.replace`` for the plain records of ``eventwire.records``, without its pure-Python path (speed only).

``dataclasses.replace`` is pure Python: it walks the record's fields, reads each one, and calls the class with
every field as a keyword, whose generated ``__init__`` (an interpreter frame) sets them one by one through
``object.__setattr__``. For a record of a plain dataclass (every field set by ``__init__``, no ``__post_init__``,
a ``__dict__``) that makes a new object whose ``__dict__`` holds every field in field order, each the change given
or the old value. ``replace`` here builds that same ``__dict__`` directly and gives it to a new object of the same
class: the same record (fields, order of ``vars()``, equality, hash, repr). Any other object (this package's own
dataclasses, a class with ``__post_init__``), or a change that names no field, goes to ``dataclasses.replace``,
which raises as before.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from eventwire import records

R = TypeVar("R")


def plain_fields(kind: type) -> tuple[str, ...] | None:
    """The field names of a plain dataclass in field order; None for any other class."""
    if not isinstance(kind, type) or not dataclasses.is_dataclass(kind) or hasattr(kind, "__post_init__"):
        return None
    if "__slots__" in vars(kind):
        return None
    declared = getattr(kind, "__dataclass_fields__")
    if any(not f.init for f in dataclasses.fields(kind)) or len(dataclasses.fields(kind)) != len(declared):
        return None  # a field __init__ does not set, a ClassVar or an InitVar
    return tuple(f.name for f in dataclasses.fields(kind))


_PLAIN_FIELDS: dict[type, tuple[str, ...]] = {
    kind: names for kind in vars(records).values()
    if isinstance(kind, type) and kind.__module__ == records.__name__ and (names := plain_fields(kind)) is not None
}


def replace(record: R, **changes: Any) -> R:
    """``dataclasses.replace(record, **changes)``: the same new record, built without the pure-Python path for the
    plain records of ``eventwire.records``."""
    names = _PLAIN_FIELDS.get(type(record))
    if names is None:
        return dataclasses.replace(record, **changes)  # type: ignore[type-var]
    old = record.__dict__
    values: dict[str, Any] = {}
    used = 0
    for name in names:
        if name in changes:
            values[name] = changes[name]
            used += 1
        else:
            values[name] = old[name]
    if used != len(changes):
        return dataclasses.replace(record, **changes)  # type: ignore[type-var]  # a change naming no field: raises
    copy = object.__new__(type(record))
    object.__setattr__(copy, "__dict__", values)
    return copy
