"""Round eight of actor quality: kinds of error found on our hand-written news passages
(benchmarks/actors/news-actors.jsonl), each with a table of sentences written for these tests (modelled on real
events; no sentence is taken from any data set or from that benchmark)."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.actors.names import force_home
from eventwire.extract.roles import Roles, assign_roles

DRC = "Democratic Republic of Congo"
DRC_ARMY = "Military Forces of the Democratic Republic of Congo"
MONUSCO = "MONUSCO: United Nations Organization Stabilization Mission in Democratic Republic of Congo"
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"
UNIFIL = "UNIFIL: United Nations Interim Force in Lebanon"
UNMISS = "UNMISS: United Nations Mission in South Sudan"
MINUSCA = "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def roles_of(actors: ActorDictionary, text: str, sub_event_type: str, country: str | None) -> Roles:
    mentions = actors.find_actors(text, country=country)
    return assign_roles(text, 0, len(text), mentions, sub_event_type, country, actors)


# Foreign troops and contractors fighting beside the home army are its associates (before, a force abroad, inter 8,
# was dropped from a side led by a force at home).
# sentence, sub-event type, country, actor1, assoc_actor_1
FOREIGN_ALLIES = [
    ("Congolese soldiers backed by Ugandan troops stormed an ADF camp near Eringeti on Friday.", "Armed clash", DRC,
     DRC_ARMY, "Military Forces of Uganda"),
    ("Malian troops and Russian mercenaries executed dozens of men in the village market.", "Attack", "Mali",
     "Military Forces of Mali", "Wagner Group"),
    ("Somali soldiers, supported by Kenyan troops, attacked Al Shabaab fighters near Kolbio.", "Armed clash",
     "Somalia", "Military Forces of Somalia", "Military Forces of Kenya"),
    ("Mozambican troops and Rwandan soldiers ambushed insurgents near Mocimboa da Praia.", "Armed clash",
     "Mozambique", "Military Forces of Mozambique", "Military Forces of Rwanda"),
]


@pytest.mark.parametrize(("text", "sub_event_type", "country", "actor1", "assoc"), FOREIGN_ALLIES)
def test_foreign_forces_fight_beside_the_home_army(actors, text, sub_event_type, country, actor1, assoc):
    roles = roles_of(actors, text, sub_event_type, country)
    assert (roles.actor1, roles.assoc_actor_1) == (actor1, assoc)


def test_a_home_force_does_not_back_a_foreign_lead(actors):
    """Two state forces on one side, the lead abroad: a home force there is a country guessed wrong."""
    text = "Syrian soldiers and troops attacked rebel fighters near Daraa."
    roles = roles_of(actors, text, "Armed clash", "Lebanon")  # the dateline's country, guessed wrong
    assert roles.actor1 == "Military Forces of Syria"
    assert roles.assoc_actor_1 is None


# A crowd that faced a foreign force or a UN mission has it as actor2 (only the home state's forces were looked for).
# sentence, sub-event type, country, actor2
CROWDS_FACING_FOREIGNERS = [
    ("Hundreds of protesters stormed a UN peacekeeping base in Butembo, throwing stones at peacekeepers.",
     "Violent demonstration", DRC, MONUSCO),
    ("Demonstrators set fire to tyres outside the MINUSMA camp in Gao and hurled stones at blue helmets.",
     "Violent demonstration", "Mali", MINUSMA),
    ("Israeli soldiers fired tear gas at Palestinians marching against settlement expansion near Nablus.",
     "Protest with intervention", "Palestine", "Military Forces of Israel"),
    ("Angry youths threw stones at a French army convoy crossing Kaya.", "Violent demonstration",
     "Burkina Faso", "Military Forces of France"),
]


@pytest.mark.parametrize(("text", "sub_event_type", "country", "actor2"), CROWDS_FACING_FOREIGNERS)
def test_a_crowd_faces_foreign_forces_and_missions(actors, text, sub_event_type, country, actor2):
    assert roles_of(actors, text, sub_event_type, country).actor2 == actor2


# Who the protesters were, even when the police acted on them ("fired tear gas at students"); but a civilian acted
# upon by no force is what the crowd protested about.
# sentence, sub-event type, country, assoc_actor_1 (None: no crowd group)
CROWD_GROUPS_ACTED_ON = [
    ("Police fired tear gas at medical students marching to the health ministry in Nairobi.",
     "Protest with intervention", "Kenya", "Students (Kenya)"),
    ("Riot police dispersed hundreds of nurses demonstrating over unpaid allowances in Abuja.",
     "Protest with intervention", "Nigeria", "Health Workers (Nigeria)"),
    ("Security forces fired rubber bullets at farmers blocking the highway near Ambala, wounding one.",
     "Excessive force against protesters", "India", "Farmers (India)"),
    ("Members of the country's main labour unions marched through Accra to demand higher wages.",
     "Peaceful protest", "Ghana", "Labour Group (Ghana)"),
    ("Residents protested in Gulu over the killing of a student by a stray bullet.", "Peaceful protest",
     "Uganda", None),
]


@pytest.mark.parametrize(("text", "sub_event_type", "country", "assoc"), CROWD_GROUPS_ACTED_ON)
def test_who_the_crowd_was_even_when_dispersed(actors, text, sub_event_type, country, assoc):
    assert roles_of(actors, text, sub_event_type, country).assoc_actor_1 == assoc


# At a protest, the force that acted on the crowd is actor2, not a force the crowd protested against.
# sentence, country, actor2
FORCE_THAT_ACTED = [
    ("Soldiers opened fire on demonstrators against police brutality in Port Harcourt, killing three.",
     "Nigeria", "Military Forces of Nigeria"),
    ("Troops shot dead two people protesting against police extortion at a roadblock in Goma.", DRC, DRC_ARMY),
    ("Police fired live rounds at students protesting against the army's conduct in Bamenda, killing one.",
     "Cameroon", "Police Forces of Cameroon"),
]


@pytest.mark.parametrize(("text", "country", "actor2"), FORCE_THAT_ACTED)
def test_the_force_that_acted_on_the_crowd(actors, text, country, actor2):
    assert roles_of(actors, text, "Excessive force against protesters", country).actor2 == actor2


# A state force that a named group's side acted upon is not that group's ally, even when a clause puts it on the
# group's side too (the state leads the militias beside it only when it is not also their target).
# sentence, country, actor1, actor2
ATTACKED_STATE_NOT_ALLY = [
    ("Cartel gunmen ambushed an army patrol near Culiacan after soldiers arrested a local boss.", "Mexico",
     "Unidentified Gang (Mexico)", "Military Forces of Mexico"),
    ("Al Shabaab fighters attacked a military base in Bulo Marer after troops detained two of their men.",
     "Somalia", "Al Shabaab", "Military Forces of Somalia"),
    ("ADF rebels raided an army camp near Oicha when soldiers arrested their supplier.", DRC,
     "ADF: Allied Democratic Forces", DRC_ARMY),
]


@pytest.mark.parametrize(("text", "country", "actor1", "actor2"), ATTACKED_STATE_NOT_ALLY)
def test_an_attacked_state_force_is_not_the_attackers_ally(actors, text, country, actor1, actor2):
    roles = roles_of(actors, text, "Armed clash", country)
    assert (roles.actor1, roles.actor2) == (actor1, actor2)


def test_soldiers_and_volunteers_still_fight_together(actors):
    """The exception needs a group leading side 1: the army leading its auxiliaries is unchanged."""
    text = "Soldiers and VDP volunteers repelled an attack by JNIM fighters on the town of Djibo."
    roles = roles_of(actors, text, "Armed clash", "Burkina Faso")
    assert roles.actor2 == "Military Forces of Burkina Faso"
    assert roles.actor1 == "JNIM: Group for Support of Islam and Muslims"


# A state's weapons and vehicles named by its country are its forces: "an Israeli tank fired at ...".
# sentence, sub-event type, country, actor1
COUNTRY_WEAPONS = [
    ("An Israeli tank fired at a house in Khiam, wounding two men.", "Shelling/artillery/missile attack",
     "Lebanon", "Military Forces of Israel"),
    ("Turkish gunboats opened fire on a fishing boat off the coast of Libya.", "Attack", "Libya",
     "Military Forces of Turkey"),
    ("Israeli snipers shot dead a teenager near the border fence east of Khan Younis.", "Attack", "Palestine",
     "Military Forces of Israel"),
    ("Ethiopian armoured vehicles shelled the outskirts of Bahir Dar.", "Shelling/artillery/missile attack",
     "Ethiopia", "Military Forces of Ethiopia"),
]


@pytest.mark.parametrize(("text", "sub_event_type", "country", "actor1"), COUNTRY_WEAPONS)
def test_a_states_weapons_named_by_its_country(actors, text, sub_event_type, country, actor1):
    assert roles_of(actors, text, sub_event_type, country).actor1 == actor1


def test_a_weapon_word_alone_names_no_force(actors):
    names = [m.name for m in actors.find_actors("A tank and two armoured vehicles were seen in the street.",
                                                country="Lebanon")]
    assert not any(name.startswith("Military Forces") for name in names)


# The UN mission of the country, named only as "UN peacekeepers", "a UN base", "a peacekeeping patrol".
# phrase, country, mission
UN_MISSION_PHRASES = [
    ("Gunmen fired on a UN peacekeeping patrol near Bentiu.", "South Sudan", UNMISS),
    ("Protesters looted a UN base in Beni.", DRC, MONUSCO),
    ("A mine hit a UN convoy near Aguelhok.", "Mali", MINUSMA),
    ("Shells landed near a UN peacekeeping camp in southern Lebanon.", "Lebanon", UNIFIL),
    ("Rebels ambushed a peacekeeping patrol near Bambari.", "Central African Republic", MINUSCA),
]


@pytest.mark.parametrize(("text", "country", "mission"), UN_MISSION_PHRASES)
def test_un_missions_named_generically(actors, text, country, mission):
    assert mission in [m.name for m in actors.find_actors(text, country=country)]


def test_un_phrases_name_no_mission_where_there_is_none(actors):
    assert not actors.find_actors("Protesters marched to a UN base in the capital.", country="Kenya") or all(
        not m.name.startswith(("MONUSCO", "MINUSMA", "UNIFIL", "UNMISS", "MINUSCA"))
        for m in actors.find_actors("Protesters marched to a UN base in the capital.", country="Kenya"))


# Gangs by name (Ecuador, Haiti) and Haiti's unnamed gunmen as gangs.
# sentence, country, actor1
GANGS = [
    ("Members of Los Choneros shot dead a prison guard in Manta.", "Ecuador", "Los Choneros"),
    ("Los Lobos gunmen attacked a rival cell in Machala.", "Ecuador", "Los Lobos"),
    ("Fighters of the Viv Ansanm coalition attacked the town of Mirebalais.", "Haiti", "Viv Ansanm"),
    ("Gunmen killed five people in the Carrefour-Feuilles district of Port-au-Prince.", "Haiti",
     "Unidentified Gang (Haiti)"),
]


@pytest.mark.parametrize(("text", "country", "actor1"), GANGS)
def test_gangs_by_name_and_haitis_unnamed_gunmen(actors, text, country, actor1):
    assert roles_of(actors, text, "Attack", country).actor1 == actor1


def test_unnamed_gunmen_elsewhere_stay_unidentified(actors):
    text = "Gunmen killed five people in a village near Kaya."
    assert roles_of(actors, text, "Attack", "Burkina Faso").actor1 == "Unidentified Armed Group (Burkina Faso)"


# inter after the geo stage: a state force is 1 at home and 8 elsewhere, whatever country extraction guessed.
# name, inter as extracted, geo country, inter wanted
INTERS_AFTER_GEO = [
    ("Military Forces of Mali", 8, "Mali", 1),
    ("Military Forces of Israel", 1, "Lebanon", 8),
    ("Police Forces of Burkina Faso Gendarmerie", 8, "Burkina Faso", 1),
    ("Military Forces of the Democratic Republic of Congo", 8, DRC, 1),
    ("Military Forces of Iran Islamic Revolutionary Guard Corps", 1, "Iraq", 8),
    ("Military Forces of Uganda", 1, DRC, 8),
    ("Al Shabaab", 2, "Kenya", 2),
    ("Civilians (Mali)", 7, "Niger", 7),
    ("Wagner Group", 8, "Mali", 8),
]


@pytest.mark.parametrize(("name", "inter", "country", "wanted"), INTERS_AFTER_GEO)
def test_inter_in_the_geo_country(actors, name, inter, country, wanted):
    assert actors.inter_in_country(name, inter, country) == wanted


@pytest.mark.parametrize(("name", "home"), [
    ("Military Forces of Mali", "Mali"), ("Police Forces of Burkina Faso Gendarmerie", "Burkina Faso"),
    ("Military Forces of the Democratic Republic of Congo", DRC), ("Military Forces of Sudan (2019-)", "Sudan"),
    ("Military Forces of South Sudan", "South Sudan"), ("Al Shabaab", None), ("Civilians (Mali)", None),
])
def test_force_home(name, home):
    assert force_home(name) == home


# An air strike whose sentences name no striker, in a story that names one state's aircraft elsewhere: those struck
# (before, the convention named the air force of the country extraction guessed, often the dateline's).
# article text, actor1 of the air strike
STORY_AIR_POWER = [
    ("BANGKOK, March 3 (Reuters) - Air strikes on a village in Myanmar's Magway region killed 11 people on Sunday, "
     "residents said. Witnesses said the Myanmar military jets circled the area for an hour before the bombs fell.",
     "Military Forces of Myanmar"),
    ("BEIRUT, Feb 2 (AP) - Air strikes hit the town of Sarmada in Idlib province on Tuesday, killing six civilians, "
     "rescuers said. Activists blamed Russian warplanes, which have flown in support of the Syrian army since 2015.",
     "Military Forces of Russia"),
    ("NAIROBI, May 9 (Reuters) - A drone strike hit a market in the town of Kutum on Thursday, killing 14 people, "
     "residents said. Sudanese army drones have struck the area repeatedly this month.", "Military Forces of Sudan"),
]


def _air_strike_actor1(text: str) -> str | None:
    from datetime import datetime, timezone

    from eventwire.extract import ExtractionKit, extract_events
    from eventwire.ingest.build import RawArticle, build_article

    article = build_article(RawArticle(body=text, published_at=datetime(2024, 3, 4, tzinfo=timezone.utc)))
    strikes = [d for d in extract_events(article, ExtractionKit.load()) if d.sub_event_type == "Air/drone strike"]
    return strikes[0].actor1 if strikes else None


@pytest.mark.parametrize(("text", "actor1"), STORY_AIR_POWER)
def test_the_storys_aircraft_struck(text, actor1):
    assert _air_strike_actor1(text) == actor1


def test_a_striker_the_strike_names_is_kept():
    text = ("BEIRUT, Feb 2 (AP) - Syrian government warplanes struck the town of Sarmada on Tuesday, killing six "
            "civilians, rescuers said. Russian jets have flown in support of the Syrian army since 2015.")
    assert _air_strike_actor1(text) == "Military Forces of Syria"


# A sub-unit lost when the story's country was unknown at extraction ("Military police officers" datelined
# "RIO DE JANEIRO", "gendarmes" in a Sahel report naming no country) is read again once geo gives the country.
# name after qualification, evidence, geo country, name wanted
SUBUNITS_AFTER_GEO = [
    ("Military Forces of Brazil", ["Military police officers"], "Brazil", "Military Forces of Brazil Military Police"),
    ("Military Forces of Burkina Faso", ["gendarmes"], "Burkina Faso", "Police Forces of Burkina Faso Gendarmerie"),
    ("Military Forces of Niger", ["the gendarmerie"], "Niger", "Military Forces of Niger Gendarmerie"),
    ("Police Forces of Brazil", ["federal police officers"], "Brazil", "Police Forces of Brazil Federal Police"),
    ("Military Forces of Mali", ["soldiers"], "Mali", "Military Forces of Mali"),
    ("Police Forces of Kenya", ["police officers"], "Kenya", "Police Forces of Kenya"),
    ("Military Forces of Kenya", ["gendarmes"], "Kenya", "Military Forces of Kenya"),
]


@pytest.mark.parametrize(("name", "evidence", "country", "wanted"), SUBUNITS_AFTER_GEO)
def test_sub_units_read_again_in_the_geo_country(actors, name, evidence, country, wanted):
    assert actors.in_country(name, evidence, country) == wanted


# A named group that rules where it acts and disperses a protest is actor2 (the country's police were assumed).
# sentence, sub-event type, country, actor2, assoc_actor_1
GROUPS_DISPERSING_CROWDS = [
    ("Taliban fighters fired into the air to disperse dozens of women protesting in Kabul.",
     "Protest with intervention", "Afghanistan", "Taliban", "Women (Afghanistan)"),
    ("Al Shabaab militants shot at traders protesting against new taxes in Jilib, wounding two.",
     "Excessive force against protesters", "Somalia", "Al Shabaab", None),
    ("Police used tear gas to disperse teachers demonstrating in Kampala.", "Protest with intervention", "Uganda",
     "Police Forces of Uganda", "Teachers (Uganda)"),
]


@pytest.mark.parametrize(("text", "sub_event_type", "country", "actor2", "assoc"), GROUPS_DISPERSING_CROWDS)
def test_a_ruling_group_that_disperses_a_crowd(actors, text, sub_event_type, country, actor2, assoc):
    roles = roles_of(actors, text, sub_event_type, country)
    assert (roles.actor2, roles.assoc_actor_1) == (actor2, assoc)


# A force or militia named as a disguise takes no part: the attackers stay unidentified.
# sentence, country, actor1
DISGUISES = [
    ("Gunmen in military uniforms abducted six travellers on the Kaduna highway.", "Nigeria",
     "Unidentified Armed Group (Nigeria)"),
    ("Armed men dressed as soldiers shot dead a trader in Beni.", DRC, "Unidentified Armed Group (Democratic Republic "
     "of Congo)"),
    ("Attackers posing as police officers killed two money changers in Mosul.", "Iraq", "Unidentified Armed Group (Iraq)"),
    ("Gunmen dressed as traditional Dozo hunters killed eleven herders near Mopti.", "Mali",
     "Unidentified Armed Group (Mali)"),
    ("Soldiers in combat fatigues shot dead two farmers near Bunia.", DRC, DRC_ARMY),
]


@pytest.mark.parametrize(("text", "country", "actor1"), DISGUISES)
def test_a_disguise_is_no_actor(actors, text, country, actor1):
    assert roles_of(actors, text, "Attack", country).actor1 == actor1
