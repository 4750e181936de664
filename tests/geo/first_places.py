"""The place geo gives an event read from a passage: the helper the round tests of geo share."""

from __future__ import annotations

from eventwire.extract import ExtractionKit, extract_events
from eventwire.geo import geocode_draft
from eventwire.ingest.jsonl import parse_jsonl_line
from eventwire.records import Place


def first_place(text: str, kit: ExtractionKit, geocoder, published: str = "2024-05-02", title: str = "") -> Place | None:
    """The place geo gives the first event the extraction reads in ``text`` (under the headline ``title``, if any)."""
    article = parse_jsonl_line({"text": text, "published": published, "title": title})
    drafts = extract_events(article, kit)
    assert drafts, "no event read"
    return geocode_draft(drafts[0], article, geocoder).place
