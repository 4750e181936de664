"""Story bodies read the way a scraper saves them, so that a wire dateline ("MOGADISHU –") is read as one: the long-news
round tests' way into ``extract_events``."""

from __future__ import annotations

from datetime import date

from eventwire.extract import ExtractionKit, extract_events
from eventwire.ingest import parse_scraper_text
from eventwire.records import EventDraft


def story_events(body: str, kit: ExtractionKit, published: str) -> list[EventDraft]:
    raw = f"# A story\n\nPublished at: **{published}**\n\nAuthor: **desk**\n\n{body}\n"
    return extract_events(parse_scraper_text(raw), kit)


def dated_tolls(body: str, kit: ExtractionKit, published: str) -> list[tuple[date | None, int]]:
    """Each event's day and death toll, in the order extraction gives them."""
    return [(e.event_date, e.fatalities.fatalities) for e in story_events(body, kit, published)]
