"""Merging round eleven: a report that names no country about a town with a larger namesake abroad.

Such a report was placed at the namesake (Palma de Mallorca for Cabo Delgado's Palma, Mayo in Yukon for "the Mayo-Sava
department") and never met the other outlets' reports of its incident (benchmarks/merge-news10). Two readings, each
a table with the case it fixes and twins it must leave alone (every sentence ours):

- a story that gives no country at all, about a town that is, spelt as written, a place ACLED's coders placed events
  at (``country._coded_conflict_country``), is about that town, not its namesake abroad; a place coded only a few
  times, a written country, a written unit or another place of another country leaves the story as it was;
- with no country known, a name found whole outranks a place found through a part of a name the gazetteer lacks
  (``choose._Resolved.part``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.geo import geocode_draft
from eventwire.ingest import read_article

STORY = """# {title}

Published at: **2022-05-10T08:00:00+00:00**

Author: **Desk**

Original: [Local Radio](https://example.org/story)

{body}
"""

CODED_CONFLICT_PLACE = [
    # fixes: no country, no dateline, no actor's home; the coded town wins over the seat abroad
    ("Gunmen raid Palma", "Gunmen stormed Palma yesterday afternoon and shot several civilians in the streets, "
     "residents said.", "Mozambique"),
    ("Farmers killed", "Gunmen killed nine farmers in their fields outside Mambasa on Sunday, local officials said.",
     "Democratic Republic of Congo"),  # not Kenya's Mombasa, of which "Mambasa" is an alternate spelling
    # twins: towns that were at home already stay there
    ("Port hit", "A drone struck a grain warehouse in Odesa overnight, killing two workers, the regional governor "
     "said.", "Ukraine"),
    ("Tyres burned", "Traders burned tyres and threw stones at police in Aba on Monday after a trader was shot at a "
     "checkpoint.", "Nigeria"),
    # twins: a place coded only a few times is no reason to leave the city everyone means
    ("Protest", "Hundreds of protesters blocked the road to the oil fields near Basra on Friday, demanding jobs.",
     "Iraq"),  # Somalia's Basra: 5 coded events
    ("Killings", "Armed men killed four civilians in Kahira on Sunday night.", "Egypt"),  # Congo's Kahira: 9
    # the story's other places lie elsewhere: Valencia is coded 13 times in the Philippines, Maracay is Venezuelan
    ("Tear gas", "Police fired tear gas at protesters in Valencia and in Maracay on Monday, witnesses said.",
     "Venezuela"),
    # a country the text writes keeps the story there
    ("Brawl", "Police in Palma, on the Spanish island of Mallorca, arrested six men after a brawl outside a bar left "
     "a tourist dead, Spain's interior ministry said.", "Spain"),
    # a unit the text writes in another country than the coded place's keeps it there
    ("Clash", "Two people were killed when villagers clashed with police in Bharatpur district, Rajasthan, on "
     "Sunday.", "India"),
]

WHOLE_NAME_OVER_A_PART = [
    # fixes: "Mayo" of the Mayo-Sava department (unknown to the gazetteer) found Yukon's Mayo; the market's town is
    # found whole
    ("Bomber strikes market", "A suicide bomber killed six traders at the Mora market, in the Mayo-Sava department, "
     "on Tuesday morning, the prefect said.", "Cameroon"),
    # twin: a part still places a story whose only place is the unit ("Tillaberi" of "Tillaberi-Nord", Niger's)
    ("Attack", "Gunmen killed four herders in an attack on a camp in Tillaberi-Nord on Saturday, residents said.",
     "Niger"),
]


def _first_country(tmp_path: Path, kit: ExtractionKit, geocoder, title: str, body: str) -> str | None:
    path = tmp_path / "story.txt"
    path.write_text(STORY.format(title=title, body=body), encoding="utf-8")
    article = read_article(path)
    article = article[0] if isinstance(article, list) else article
    drafts = [geocode_draft(d, article, geocoder) for d in extract_events(article, kit)]
    return next((d.place.country for d in drafts if d.place is not None), None)


@pytest.mark.parametrize(("title", "body", "country"), CODED_CONFLICT_PLACE)
def test_a_coded_conflict_place_decides_a_story_that_gives_no_country(tmp_path, kit, geocoder, title, body, country):
    assert _first_country(tmp_path, kit, geocoder, title, body) == country


@pytest.mark.parametrize(("title", "body", "country"), WHOLE_NAME_OVER_A_PART)
def test_a_name_found_whole_outranks_a_part_of_an_unknown_name(tmp_path, kit, geocoder, title, body, country):
    assert _first_country(tmp_path, kit, geocoder, title, body) == country
