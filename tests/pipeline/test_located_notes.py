"""The notes are written again once geo has placed the event: a story datelined in a neighbouring capital names
the event's country, its actors' country and the cue of its place ("near Djibo"), never the dateline's country."""

from __future__ import annotations

from datetime import date

import pytest
from pipeline_stories import records_by_file

from eventwire.extract import located_notes
from eventwire.records import EventDraft, Place, PlaceMention, Span

# (file, dateline's country, the event's body); every story is told from a capital next door.
FOREIGN_DATELINES = [
    ("myanmar.txt", "Thailand", "BANGKOK (Reuters) - Myanmar's military carried out an air strike on Tuesday on a "
     "village in Magway region, killing 17 people, residents said."),
    ("somalia.txt", "Kenya", "NAIROBI, Kenya (AP) - Al Shabaab fighters stormed a hotel in Mogadishu, Somalia, on "
     "Friday, killing at least nine people, police said."),
    ("burkina.txt", "Senegal", "DAKAR, Senegal - Suspected jihadists killed 12 soldiers in an attack on an army post "
     "near Djibo in northern Burkina Faso on Sunday, the army said."),
    ("syria.txt", "Lebanon", "BEIRUT (AFP) - Government shelling killed six civilians in the town of Ariha in "
     "Syria's Idlib province on Monday, a war monitor said."),
    ("mali.txt", "Niger", "NIAMEY, Niger - Gunmen on motorbikes killed eight villagers in Ogossagou in central "
     "Mali's Mopti region on Saturday, local officials said."),
]


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> dict[str, list[dict]]:
    stories = {name: body for name, _, body in FOREIGN_DATELINES}
    return records_by_file(tmp_path_factory.mktemp("datelines"), stories, "2023-04-12")


@pytest.mark.parametrize("name, dateline_country, body", FOREIGN_DATELINES)
def test_notes_name_the_events_country_not_the_datelines(records, name, dateline_country, body) -> None:
    [record] = records[name]
    assert record["country"] != dateline_country
    assert f"({record['country']})" in record["notes"]
    assert dateline_country not in record["notes"]
    assert record["notes"].endswith(" people.") and "killing" in record["notes"]


def test_the_place_keeps_the_cue_it_was_told_with(records) -> None:
    [record] = records["burkina.txt"]
    assert "near Djibo (Burkina Faso)" in record["notes"]


def _draft(**fields) -> EventDraft:
    return EventDraft(
        article_id="a", event_date=date(2023, 4, 9), time_precision=1, event_type="Violence against civilians",
        sub_event_type="Attack", actor1="Al Shabaab", actor2="Civilians (Somalia)", **fields)


def test_located_notes_follow_the_place_geo_found() -> None:
    mention = PlaceMention("Mogadishu", Span(0, 9, "Mogadishu"), "in")
    place = Place(country="Somalia", iso3="SOM", admin1="Banadir", location="Mogadishu", geo_precision=1)
    draft = _draft(place_mentions=(mention,), country_hint="Kenya", notes="stale", place=place)
    assert located_notes(draft).notes == (
        "On 9 April 2023, Al Shabaab attacked Civilians (Somalia) in Mogadishu (Somalia).")


def test_notes_switched_off_stay_off() -> None:
    draft = _draft(country_hint="Somalia")
    assert located_notes(draft) is draft
