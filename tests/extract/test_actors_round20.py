"""Round twenty of actor quality: kinds of actor error counted on news-actors12's dev part (the Middle East's and
the Horn's conflicts, sides named by a unit or an office, victims named by role, later claims, cross-border
strikes), each fixed through a general reading, with tables of sentences written for these tests (modelled on real
events; none taken from a data set) and near-twins that must keep their reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.extract import qualify_actors
from eventwire.extract.actors import ActorDictionary
from eventwire.extract.roles import Roles, assign_roles, find_claims
from eventwire.extract.roles.victims import victim_label
from wire_stories import story_events

SET = Path(__file__).resolve().parents[2] / "benchmarks" / "actors" / "news-actors12.jsonl"


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def roles(actors: ActorDictionary, text: str, sub_event_type: str, country: str) -> Roles:
    return assign_roles(text, 0, len(text), actors.find_actors(text, country=country), sub_event_type, country,
                        actors)


# ---------------------------------------------------------------- a movement's branch read after a foreign dateline
# (text, country extraction guessed, name found, its mention)
BRANCH_PHRASES = [
    ("Islamic State militants ambushed a patrol east of Homs.", "Lebanon", "Unidentified Armed Group (Lebanon)",
     "Islamic State militants"),
    ("Islamic State fighters raided a village near Kirkuk.", "Jordan", "Unidentified Armed Group (Jordan)",
     "Islamic State fighters"),
    # near twins: the branch of the guessed country; a word several groups share; a community's militia phrase
    ("The Islamic State group said its fighters had taken the town.", "Mozambique", "Islamic State (Mozambique)",
     "Islamic State group"),
    ("Islamic State militants ambushed a patrol east of Homs.", "Syria", "Islamic State (Syria)",
     "Islamic State militants"),
    ("al-Qaeda militants ambushed a patrol near Afgoye.", "Somalia", "Unidentified Armed Group (Somalia)",
     "al-Qaeda militants"),
    ("Armed Arab tribesmen attacked a camp on Saturday.", "Libya", "Unidentified Tribal Militia (Libya)",
     "tribesmen"),
]


@pytest.mark.parametrize("text,country,name,mention", BRANCH_PHRASES)
def test_a_movements_phrase_outside_its_branches_keeps_its_name_for_geo(actors, text, country, name, mention):
    found = actors.find_actors(text, country=country)[0]
    assert (found.name, found.span.text) == (name, mention)


@pytest.mark.parametrize("body,geo_country,actor1", [
    ("BEIRUT - Islamic State militants killed nine shepherds in the desert east of Hama on Sunday, a war monitor "
     "said.", "Syria", "Islamic State (Syria)"),
    ("AMMAN - Islamic State fighters shot dead four farmers near Khanaqin on Tuesday, police said.", "Iraq",
     "Islamic State (Iraq)"),
    # near twin: unnamed gunmen stay unidentified wherever geo places them
    ("BEIRUT - Gunmen killed nine shepherds in the desert east of Hama on Sunday, a war monitor said.", "Syria",
     "Unidentified Armed Group (Syria)"),
])
def test_the_branch_is_named_in_the_country_geo_finds(kit, body, geo_country, actor1):
    events = story_events(body, kit, "2023-03-20T12:00:00+00:00")
    assert events
    assert qualify_actors(events[0], geo_country, kit).actor1 == actor1


# ---------------------------------------------------------------- regional special forces, Liyu police, Border Police
@pytest.mark.parametrize("text,country,name", [
    ("Rebels attacked a base of the Oromia special forces near Nekemte.", "Ethiopia",
     "Police Forces of Ethiopia Oromia Regional Special Forces"),
    ("Amhara regional special forces clashed with Tigrayan fighters.", "Ethiopia",
     "Police Forces of Ethiopia Amhara Regional Special Forces"),
    ("Al Shabaab fighters battled Liyu police near Ferfer.", "Ethiopia", "Police Forces of Ethiopia Liyu Police"),
    ("Border Police officers shot a man at a checkpoint near Hebron.", "Palestine", "Police Forces of Israel"),
    # near twins: special forces with no region stay the army's; other countries' border police are their own
    ("Ethiopian special forces raided a rebel camp.", "Ethiopia", "Military Forces of Ethiopia"),
    ("Border Police officers detained smugglers near Jalalabad.", "Afghanistan", "Police Forces of Afghanistan"),
])
def test_named_police_units_hold_in_their_country(actors, text, country, name):
    found = [m.name for m in actors.find_actors(text, country=country) if m.inter in (1, 8)]
    assert found and found[0] == name, found


# ---------------------------------------------------------------- an army's formations named by their arm
@pytest.mark.parametrize("text,country,sub_event_type,actor1,actor2", [
    ("Houthi fighters stormed positions of the 17th Infantry Brigade near Hays.", "Yemen", "Armed clash",
     "Military Forces of Yemen Supreme Political Council", "Military Forces of Yemen"),
    ("RSF fighters shelled the headquarters of the 16th Infantry Division in Nyala.", "Sudan", "Armed clash",
     "RSF: Rapid Support Forces", "Military Forces of Sudan"),
    # near twin: a militia's numbered brigade with no arm named is not the army
    ("Islamic State militants attacked the PMF's 22nd Brigade near Baiji.", "Iraq", "Armed clash",
     "Islamic State (Iraq)", "Military Forces of Iraq Popular Mobilization Forces"),
])
def test_an_armys_formation_is_its_army(actors, text, country, sub_event_type, actor1, actor2):
    found = roles(actors, text, sub_event_type, country)
    assert (found.actor1, found.actor2) == (actor1, actor2)


# ---------------------------------------------------------------- backers and allies of another kind
@pytest.mark.parametrize("text,country,actor1,assoc1", [
    ("Syrian troops backed by Hezbollah fighters attacked HTS positions near Kafranbel.", "Syria",
     "Military Forces of Syria", "Hezbollah"),
    ("Turkish soldiers and their Syrian National Army allies shelled SDF positions near Manbij.", "Syria",
     "Military Forces of Turkey", "Syrian National Army"),
    # near twins: a rebel group named as the enemy, not the ally, stays on its own side
    ("Syrian troops attacked Hezbollah's rivals and HTS positions near Kafranbel.", "Syria",
     "Military Forces of Syria", None),
    ("Turkish soldiers shelled SDF positions near Manbij.", "Syria", "Military Forces of Turkey", None),
    # a state force as rebels' backer is left out (the clash-order conventions move the rebels ahead of it)
    ("Syrian National Army fighters backed by Turkish troops attacked SDF positions near Manbij.", "Syria",
     "Syrian National Army", None),
])
def test_named_backers_are_associates_whatever_their_kind(actors, text, country, actor1, assoc1):
    found = roles(actors, text, "Armed clash", country)
    assert (found.actor1, found.assoc_actor_1) == (actor1, assoc1)


# ---------------------------------------------------------------- attackers who named themselves
@pytest.mark.parametrize("text,country,named", [
    ("Freed hostages said their captors called themselves Oromo Liberation Army fighters.", "Ethiopia",
     ["OLA: Oromo Liberation Army"]),
    ("Survivors said the gunmen identified themselves as al Shabaab fighters.", "Somalia", ["Al Shabaab"]),
    # near twin: a group the captors spoke of, not what they were
    ("Freed hostages said their captors called themselves enemies of al Shabaab.", "Somalia", []),
])
def test_attackers_who_named_themselves_are_that_group(actors, text, country, named):
    assert [m.name for m in find_claims(text, 0, len(text), actors, country)] == named


# ---------------------------------------------------------------- the victims' employer told after them
@pytest.mark.parametrize("text,label", [
    ("gunmen shot a staff member of an international aid agency", "Aid Workers"),
    ("gunmen killed two employees of a local charity", "Aid Workers"),
    ("the strike killed a driver for the Red Crescent", "Health Workers"),
    ("the strike killed two paramedics", "Health Workers"),
    # near twins: another employer; an aid word before a different noun
    ("gunmen killed two employees of a telecoms company", None),
    ("gunmen shot a staff member of the governor's office", None),
])
def test_the_victims_employer_names_their_trade(actors, text, label):
    span = next(m for m in actors.find_actors(text, country="Somalia") if m.inter == 7).span
    assert victim_label(text, span) == label


# ---------------------------------------------------------------- the set
def test_news_actors12_is_sixty_passages_with_a_held_third():
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 60 and len({r["id"] for r in rows}) == 60
    for row in rows:
        assert row["text"] and row["actor1"] and row["sub_event_type"]
        assert row["inter1"] in range(1, 9) and (row["inter2"] or 0) in range(0, 9)
        assert "2018" <= row["published_at"][:4] <= "2025"
    held = [r for i, r in enumerate(rows, 1) if i % 3 == 0]
    assert len(held) == 20
