"""An air or drone strike whose story never names its striker is given to the air power of the place it hit: the
home state's in most countries, Israel's over Gaza, the West Bank and Lebanon, where the territory has no aircraft of
its own (``air_power_of`` in ``state_forces.yaml``). A striker the text names keeps its name."""

from __future__ import annotations


import pytest
from pipeline_stories import records_by_file


# (file, dateline and body, the actor1 ACLED would code)
STRIKES = [
    ("gaza_camp.txt", "GAZA CITY - An air strike on a house in the Nuseirat refugee camp killed 11 people, including "
     "four children, late on Tuesday, health officials said.", "Military Forces of Israel"),
    ("rafah_drone.txt", "CAIRO (Reuters) - A drone fired on a group of men near a water point in Rafah in the southern "
     "Gaza Strip on Monday, killing three of them, medics said.", "Military Forces of Israel"),
    ("jenin.txt", "RAMALLAH - A drone strike on a car in the Jenin refugee camp in the occupied West Bank killed two "
     "men on Sunday, the Palestinian health ministry said.", "Military Forces of Israel"),
    ("bint_jbeil.txt", "BEIRUT - A drone strike on a motorbike near the town of Bint Jbeil in south Lebanon killed "
     "two men on Monday, the state news agency said.", "Military Forces of Israel"),
    ("tyre.txt", "TYRE, Lebanon - Warplanes struck a three-storey building on the edge of Tyre before dawn on "
     "Thursday, killing five people, the health ministry said.", "Military Forces of Israel"),
    ("beirut_suburb.txt", "BEIRUT, Sept 22 - The toll from Friday's Israeli air strike on a building in Beirut's southern "
     "suburbs rose to 45, Lebanon's health ministry said on Sunday.", "Military Forces of Israel"),
    # near twins: a home air force named, and countries whose own air forces strike at home
    ("arsal.txt", "BEIRUT - Lebanese army aircraft struck militant positions in the hills outside Arsal on Friday, "
     "killing four fighters, a military source said.", "Military Forces of Lebanon"),
    ("kaduna.txt", "KADUNA, Nigeria - An air strike on a village in Kaduna state killed at least 30 people on Sunday "
     "night, residents said.", "Military Forces of Nigeria"),
    ("sagaing.txt", "YANGON - An air strike on a village school in Sagaing region killed 11 people, among them seven "
     "children, on Friday, residents said.", "Military Forces of Myanmar"),
]


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> dict[str, dict]:
    stories = {name: body for name, body, _ in STRIKES}
    found = records_by_file(tmp_path_factory.mktemp("strikes"), stories, "2024-09-24")
    return {name: events[0] for name, events in found.items()}


@pytest.mark.parametrize("name, body, actor1", STRIKES)
def test_an_unclaimed_strike_is_the_air_power_of_the_place(records, name, body, actor1) -> None:
    record = records[name]
    assert record["sub_event_type"] == "Air/drone strike"
    assert record["actor1"].startswith(actor1)
    assert record["inter1"] == (8 if record["country"] not in actor1 else 1)
    assert actor1.split(" of ", 1)[1] in record["notes"]
