"""Round twenty-six of actor quality: the police a clash's words tell when they name no force ("a head constable"
among the dead of an encounter; "the joint team" a story formed of police). Sentences written for these tests
(modelled on real events; none taken from a data set), with near-twins that must keep their reading."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.event_actors import _BACK_REFERENCE
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article


def article(text: str) -> Article:
    published = datetime(2025, 2, 18, 9, tzinfo=timezone.utc)
    return Article(id="r26", title="t", text=text, published_at=published,
                   dateline=parse_dateline(text, published.date()))


def clashes(text: str, kit: ExtractionKit) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in extract_events(article(text), kit) if e.sub_event_type == "Armed clash"]


# ------------------------------------------------- the police a clash's words tell
POLICE_CLASH = [
    # a constable (a police rank) among the dead of an encounter whose words name no force
    ("RAIPUR, India, Feb 18 – Three Maoists and a constable were killed in an encounter in the forests of "
     "Sukma district on Sunday, officials said. Two rifles were recovered from the site.", "Police Forces of India"),
    # the joint team the story formed of police
    ("KADUNA, Nigeria, Feb 18 – Gunmen on motorcycles attacked Kauru village on Saturday night, killing nine "
     "people, residents said. A spokesman said a joint team of police and hunters had been sent to the area. On "
     "Sunday, the joint team engaged the gunmen in a gunfight near Kauru, killing four of them.",
     "Police Forces of Nigeria"),
]
ARMY_CLASH = [
    # near twins: soldiers named in the fight, and a team the story formed of soldiers
    ("RAIPUR, India, Feb 18 – Three Maoists and a soldier were killed in an encounter in the forests of Sukma "
     "district on Sunday, officials said. Two rifles were recovered from the site.", "Military Forces of India"),
    ("KADUNA, Nigeria, Feb 18 – Gunmen on motorcycles attacked Kauru village on Saturday night, killing nine "
     "people, residents said. A spokesman said a joint team of soldiers and hunters had been sent to the area. "
     "On Sunday, the joint team engaged the gunmen in a gunfight near Kauru, killing four of them.",
     "Military Forces of Nigeria"),
]


@pytest.mark.parametrize("text,force", POLICE_CLASH + ARMY_CLASH)
def test_the_state_side_of_a_clash_is_the_force_its_words_tell(text, force, kit):
    found = clashes(text, kit)
    assert found and force in found[0]


def events(text: str, kit: ExtractionKit) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in extract_events(article(text), kit)]


# ------------------------------------------------- bare "attackers" opening a clause, in a story about a group
GROUP_STORY = (
    "QUETTA, Pakistan, Feb 18 – The Balochistan Liberation Army has stepped up its insurgency in the province, "
    "officials said on Tuesday. The BLA wants independence for Balochistan.\n\n"
    "In Mastung, {who} shot dead four labourers from Punjab on Monday night, police said."
)


@pytest.mark.parametrize("who,group", [("attackers", "BLA: Balochistan Liberation Army"),
                                       # near twin: bare gunmen may be anyone (round twenty-three)
                                       ("gunmen", "Unidentified Armed Group (Pakistan)")])
def test_bare_attackers_opening_a_clause_are_the_storys_group(who, group, kit):
    found = events(GROUP_STORY.format(who=who), kit)
    assert found and found[0][1] == group


# (sentence, the words read as a back-reference, or None)
ATTACKERS_REFERRED_BACK = [
    ("In Mastung, attackers blew up a gas pipeline.", "attackers"),
    ("Assailants then set fire to the vehicles.", "Assailants"),
    # near twins: counted attackers, suspected ones
    ("The army said two attackers were killed.", None),
    ("In Mastung, suspected attackers blew up a pipeline.", None),
]


@pytest.mark.parametrize("sentence,expected", ATTACKERS_REFERRED_BACK)
def test_bare_attackers_refer_back_only_opening_a_clause(sentence, expected):
    found = [m.group() for m in _BACK_REFERENCE.finditer(sentence) if "attackers" in m.group().lower()
             or "assailants" in m.group().lower()]
    assert (found[0] if found else None) == expected


# ------------------------------------------------- Boko Haram told again as "the attackers"
BOKO_HARAM_STORY = (
    "N'DJAMENA, Chad, Feb 18 – {group} fighters attacked an army post on an island of Lake Chad on Sunday night, "
    "killing 12 soldiers, the army said.\n\nOn Monday the army said its jets struck positions of the attackers on "
    "nearby islands, without giving a toll."
)


def test_the_attackers_of_a_boko_haram_story_are_boko_haram(kit):
    strikes = [e for e in events(BOKO_HARAM_STORY.format(group="Boko Haram"), kit) if e[0] == "Air/drone strike"]
    assert strikes and strikes[0][2] == ("Islamic State (West Africa) and/or Boko Haram - Jamaatu Ahli is-Sunnah "
                                         "lid-Dawati wal-Jihad")


def test_unnamed_jihadists_give_no_group_to_refer_back_to(kit):
    # near twin: "jihadist fighters" name no group, so the attackers stay unidentified
    strikes = [e for e in events(BOKO_HARAM_STORY.format(group="Jihadist"), kit) if e[0] == "Air/drone strike"]
    assert strikes and "Boko Haram" not in (strikes[0][2] or "")


# ------------------------------------------------- "anti-X" forces are X's enemies
# (text, the actors the dictionary reads in it)
OPPOSED_NAMES = [
    ("Anti-Houthi tribal fighters repelled an attack by Houthi forces near Hays.",
     ["Military Forces of Yemen Supreme Political Council"]),
    ("The anti-Taliban fighters withdrew after the Taliban shelled the valley.", ["Taliban"]),
    # near twins: the name itself, and a name of its own that begins with the word
    ("Houthi forces repelled an attack near Hays.", ["Military Forces of Yemen Supreme Political Council"]),
    ("Anti-Balaka militiamen attacked the town.", ["Anti-Balaka"]),
]


@pytest.mark.parametrize("text,names", OPPOSED_NAMES)
def test_anti_x_forces_are_not_x(text, names, kit):
    found = [a.name for a in kit.actors.find_actors(text, 0, len(text), country=None)]
    assert [n for n in found if not n.startswith(("Unidentified", "Civilians"))] == names
