"""A place ACLED's coders placed events at, in the dateline's country, keeps a story at home even when the body never
names that country and a seat abroad bears the same name ("MAPUTO - insurgents attacked the town of Palma": not
Palma de Mallorca). Session 24, the lead's mends; merging round ten counted such namesakes as the largest kind of
missed merges."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.geo import geocode_draft
from eventwire.ingest import read_article

STORY = """# {title}

Published at: **{published}**

Author: **Desk**

Original: [Wire](https://example.org/story)

{body}
"""

AT_HOME = [
    # Palma (Cabo Delgado) is where ACLED coded the 2021 siege; Palma de Mallorca is a seat abroad
    ("Insurgents attack Palma", "2021-03-28T08:00:00+00:00",
     "MAPUTO, March 28 - Islamist insurgents attacked the town of Palma on Wednesday, killing dozens of people, the "
     "government said. Hundreds of people fled by boat.", "Mozambique"),
]
ABROAD = [
    # twin: Kabul has no conflict place of that name in the United States; the bureau's country gives way
    ("Bomber strikes Kabul", "2021-08-27T08:00:00+00:00",
     "WASHINGTON, Aug 27 - A suicide bomber struck a crowd outside the airport in Kabul on Thursday, killing 170 "
     "people, officials said.", "Afghanistan"),
]


def _countries(tmp_path: Path, kit: ExtractionKit, geocoder, title: str, published: str, body: str) -> list[str]:
    path = tmp_path / "story.txt"
    path.write_text(STORY.format(title=title, published=published, body=body), encoding="utf-8")
    article = read_article(path)
    article = article[0] if isinstance(article, list) else article
    drafts = [geocode_draft(d, article, geocoder) for d in extract_events(article, kit)]
    return [d.place.country for d in drafts if d.place is not None]


@pytest.mark.parametrize(("title", "published", "body", "country"), AT_HOME + ABROAD)
def test_a_coded_conflict_place_keeps_the_story_at_home(tmp_path, kit, geocoder, title, published, body, country):
    assert _countries(tmp_path, kit, geocoder, title, published, body)[:1] == [country]
