"""A story filed from a bureau abroad: the dateline's country is no hint for its places when the extractor placed the
story in another country and the body never names the dateline's (session 23, the lead's mends)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.geo.resolve.article_context import context_for
from eventwire.records import Article, Dateline, EventDraft, PlaceMention, Span


def _draft(text: str, place: str, country_hint: str) -> EventDraft:
    start = text.index(place)
    mention = PlaceMention(place, Span(start, start + len(place), place), "in", None)
    return EventDraft(article_id="a1", event_date=date(2024, 5, 1), time_precision=1, event_type="Battles",
                      sub_event_type="Armed clash", place_mentions=(mention,), country_hint=country_hint)

BUREAU_STORIES = [
    # the body names Libya's places and never Tunisia: the Tunis bureau's country is no hint
    ("TUNIS, May 17 - Forces loyal to the government took over the headquarters in Abu Salim after clashes that "
     "lasted through the night in Libya's capital.", "Abu Salim", "Libya", False),
    # the body names the dateline's country too: it stays a hint
    ("BEIRUT, July 31 - Israel struck a building in Beirut's southern suburbs, and Iran vowed revenge as Lebanon's "
     "government condemned the strike.", "Beirut", "Iran", True),
    # the story is placed in the dateline's own country: it stays a hint
    ("NAIROBI, June 26 - Police fired tear gas at protesters in Nairobi's central business district.", "Nairobi",
     "Kenya", True),
]


@pytest.mark.parametrize(("text", "place", "story_country", "dateline_kept"), BUREAU_STORIES)
def test_a_bureau_abroad_is_no_hint(text: str, place: str, story_country: str, dateline_kept: bool) -> None:
    city, _, _ = text.partition(",")
    country = {"TUNIS": "Tunisia", "BEIRUT": "Lebanon", "NAIROBI": "Kenya"}[city]
    article = Article(id="a1", title="", text=text, published_at=None,
                      dateline=Dateline(place=city.title(), country=country, published=None, span=Span(0, 5, city)))
    context = context_for(_draft(text, place, story_country), article)
    assert (country in context.country_hints) == dateline_kept
