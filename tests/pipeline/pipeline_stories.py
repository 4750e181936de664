"""One-paragraph wire stories written into a folder in the scraper's format and run through the whole pipeline, for
the tests that read what extraction and geo make of a story together (tests/extract/wire_stories.py reads such
stories with extraction alone)."""

from __future__ import annotations

from pathlib import Path

from eventwire.pipeline import Toolkit, extract_paths


def records_by_file(folder: Path, stories: dict[str, str], published: str) -> dict[str, list[dict]]:
    """The event records of each story (``stories``: file name → body), by file name, in the pipeline's order."""
    for name, body in stories.items():
        (folder / name).write_text(
            f"# {body[:40]}\n\nPublished at: **{published}T10:00:00+00:00**\n\nAuthor: **Wire**\n\n"
            f"Original: [Wire](https://example.org/{name})\n\n\n        {body}\n", encoding="utf-8")
    found: dict[str, list[dict]] = {}
    for event in extract_paths([folder], Toolkit.load()):
        record = event.to_record()
        found.setdefault(Path(record["sources"][0]["path"]).name, []).append(record)
    return found
