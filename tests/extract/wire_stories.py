"""Story bodies read the way a scraper saves them, so that a wire dateline ("MOGADISHU –") is read as one: the long-news
round tests' way into ``extract_events``; and short passages padded with background to the length of a wire story,
the precision rounds' way in."""

from __future__ import annotations

from datetime import date, datetime, timezone

from eventwire.extract import ExtractionKit, extract_events
from eventwire.ingest import parse_scraper_text
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article, EventDraft


def story_events(body: str, kit: ExtractionKit, published: str) -> list[EventDraft]:
    raw = f"# A story\n\nPublished at: **{published}**\n\nAuthor: **desk**\n\n{body}\n"
    return extract_events(parse_scraper_text(raw), kit)


def dated_tolls(body: str, kit: ExtractionKit, published: str) -> list[tuple[date | None, int]]:
    """Each event's day and death toll, in the order extraction gives them."""
    return [(e.event_date, e.fatalities.fatalities) for e in story_events(body, kit, published)]


PADDED_PUBLISHED = datetime(2024, 5, 16, 9, tzinfo=timezone.utc)  # a Thursday
CAMP_BACKGROUND = (
    "Aid agencies said the camps around the town were overcrowded and short of water. "
    "Farmers say they cannot go back to their fields as the planting season begins. "
    "The governor urged residents to stay calm. "
    "Schools in the district reopened after a month. "
    "Traders said prices of rice and fuel had doubled since January. "
    "The region has been hit by drought for three years."
)


def padded_story(kit: ExtractionKit, *sentences: str, dateline: str = "Maiduguri, May 16 – ",
                 background: str = CAMP_BACKGROUND, article_id: str = "padded") -> list[EventDraft]:
    """A wire story of eight sentences or more, as the long sets tell one: the passage, then background."""
    text = dateline + "\n".join((*sentences, background))
    dateline_read = parse_dateline(text, PADDED_PUBLISHED.date())
    return extract_events(Article(article_id, "", text, PADDED_PUBLISHED, dateline=dateline_read), kit)


def typed_days(kit: ExtractionKit, *sentences: str) -> list[tuple[str | None, date | None]]:
    """Each event's sub-event type and day in a padded story, in the order extraction gives them."""
    return [(e.sub_event_type, e.event_date) for e in padded_story(kit, *sentences)]
