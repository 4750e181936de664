"""JSON Lines: one event record (../shared/docs/event-record.md) per line."""

from __future__ import annotations

from typing import Iterable, Iterator, TextIO

from eventwire.export.common import json_text
from eventwire.records import Event


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    count = 0
    for event in events:
        out.write(json_text(event.to_record()) + "\n")
        count += 1
    return count


def read_jsonl(lines: Iterable[str]) -> Iterator[Event]:
    """Events back from a JSONL export (blank lines skipped)."""
    import json

    from eventwire.store.convert import event_from_record

    for line in lines:
        if line.strip():
            yield event_from_record(json.loads(line))
