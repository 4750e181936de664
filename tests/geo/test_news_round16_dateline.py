"""Round sixteen (long news): a dateline's city that the event's own sentences name is the event's place.

"Erbil, Iraq – Iran's Guards fired missiles at the northern Iraqi city of Erbil ... The Guards said they had also
fired missiles at positions in Idlib province in north-west Syria": once the Idlib strike is its own event (the act
in another country, `grouping._across_a_border`), the Erbil strike is placed in the dateline's city, which its own
sentence names. That city did not stand in for unresolved places of the event's, so the admin units the story
writes elsewhere (Idlib province, Syria) must not move it (`event_country._dateline_stood_in`). The twin: a dateline
city the event's sentences do not name still yields to the units the body writes (the older test's Nairobi case).
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from eventwire.geo.event_country import settle_dateline
from eventwire.records import Article, Dateline, EventDraft, Place, PlaceMention, Span

ERBIL = Place(country="Iraq", iso3="IRQ", location="Erbil", latitude=36.19, longitude=44.01, geo_precision=1)
STORY = ("Erbil, Iraq – Iran's Revolutionary Guards fired ballistic missiles at the northern Iraqi city of Erbil late "
         "on Monday, killing four civilians near the US consulate. The Guards said they had also fired missiles at "
         "positions in Idlib province in north-west Syria.")


def _article(text: str) -> Article:
    return Article(id="r16", title="", text=text, published_at=None,
                   dateline=Dateline(place="Erbil", country="Iraq", published=None, span=Span(0, 5, "Erbil")))


def _draft(text: str, names: list[str]) -> EventDraft:
    mentions = tuple(PlaceMention(n, Span(text.rindex(n), text.rindex(n) + len(n), n), "in") for n in names)
    return EventDraft(article_id="r16", event_date=date(2024, 1, 15), time_precision=1,
                      event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                      place_mentions=mentions)


@pytest.mark.parametrize("names, iso3", [
    (["Erbil", "US"], "IRQ"),  # the event names the dateline's city: it stays there
    (["US"], "SYR"),           # only an unresolved place of its own: the city stood in, the written units win
])
def test_a_dateline_city_the_event_names_is_its_own_place(geocoder, names, iso3):
    raw = _draft(STORY, names)
    located = dataclasses.replace(raw, place=ERBIL)
    assert settle_dateline(located, raw, _article(STORY), geocoder).place.iso3 == iso3
