"""Round twelve of actor quality: kinds of actor error counted on news-actors4's and news-actors3's dev parts and
a fixed training sample, each fixed through a general reading with a table of sentences written for these tests
(modelled on real events; no sentence is taken from any data set) and near-twins that must keep their reading."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.roles import Roles, assign_roles, find_claims


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def roles_of(actors: ActorDictionary, text: str, sub_event_type: str, country: str | None) -> Roles:
    mentions = actors.find_actors(text, country=country)
    return assign_roles(text, 0, len(text), mentions, sub_event_type, country, actors)


def side_holding(roles: Roles, name_part: str) -> int:
    """1 or 2 when the actor or an associate of that side holds ``name_part``; 0 when neither does."""
    for side, names in ((1, (roles.actor1, roles.assoc_actor_1)), (2, (roles.actor2, roles.assoc_actor_2))):
        if any(name and name_part in name for name in names):
            return side
    return 0


def lead_of(roles: Roles, side: int) -> str | None:
    return roles.actor1 if side == 1 else roles.actor2


# ---------------------------------------------------------------- a state force and the militia beside it

# A state force and the auxiliary named with it are one side, the state leading (train: the coordination reading
# touches 503 notes; ACLED put the pair on one side in 412, on opposite sides in 7).
# country, sentence, the state force expected to lead, a word of its ally's name
ALLIED_MILITIAS = [
    ("Burkina Faso", "Soldiers and members of the Volunteers for the Defence of the Homeland repelled an attack on "
     "their base near Djibo, killing several assailants.", "Military Forces of Burkina Faso", "VDP"),
    ("Iraq", "Iraqi troops and Popular Mobilisation Forces fighters clashed with Islamic State militants near Tuz "
     "Khurmatu.", "Military Forces of Iraq", "Popular Mobilization"),
    ("Nigeria", "Nigerian troops, working with Civilian JTF members, killed 11 Boko Haram fighters near Bama.",
     "Military Forces of Nigeria", "Civilian JTF"),
    ("Mali", "Malian soldiers and Dozo hunters fought off jihadists who attacked the village of Dinangourou.",
     "Military Forces of Mali", "Dozo"),
    ("Somalia", "Government forces alongside allied Macawisley clan fighters fought Al Shabaab near Adan Yabaal.",
     "Military Forces of Somalia", "Macaswiley"),
    ("Democratic Republic of Congo", "Congolese army troops fighting alongside Wazalendo militiamen battled M23 "
     "rebels near Sake.", "Military Forces of the Democratic Republic of Congo", "Mayi Mayi"),
    ("Iraq", "The assault on the militants' hideout in the Hamrin mountains was carried out jointly by the army and "
     "the Popular Mobilization Forces.", "Military Forces of Iraq", "Popular Mobilization"),
    ("Burkina Faso", "A joint force of soldiers and VDP auxiliaries clashed with JNIM fighters near Titao.",
     "Military Forces of Burkina Faso", "VDP"),
    ("Nigeria", "Troops supported by members of the Civilian Joint Task Force fought off insurgents who tried to "
     "enter Gajiram.", "Military Forces of Nigeria", "Civilian JTF"),
    ("Mali", "JNIM militants attacked soldiers and Dozo hunters near Djenne.", "Military Forces of Mali", "Dozo"),
    ("Iraq", "Iraqi soldiers and hundreds of Shiite volunteers of the Popular Mobilization Forces stormed Islamic "
     "State positions west of Baiji.", "Military Forces of Iraq", "Popular Mobilization"),
    ("Democratic Republic of Congo", "FARDC troops backed by allied local militias known as Wazalendo fought M23 "
     "rebels near Kitshanga.", "Military Forces of the Democratic Republic of Congo", "Mayi Mayi"),
    ("Nigeria", "Boko Haram fighters ambushed soldiers and local hunters of the Civilian JTF near Konduga.",
     "Military Forces of Nigeria", "Civilian JTF"),
]
# Before round twelve 5 of these 13 passed; after it 13. Left failing (not in the table): an attribution put
# first ("Backed by CJTF vigilantes, soldiers repelled ...").


@pytest.mark.parametrize("country, sentence, state, ally", ALLIED_MILITIAS)
def test_a_militia_named_with_the_state_is_its_associate(actors, country, sentence, state, ally):
    roles = roles_of(actors, sentence, "Armed clash", country)
    side = side_holding(roles, state)
    assert side and lead_of(roles, side) == state
    assert side_holding(roles, ally) == side


# Near-twins: the pair are the two sides (no third party, "between", a verb between them, a gang beside police).
# country, sentence, one side, the other
OPPOSED_PAIRS = [
    ("Nigeria", "Soldiers clashed with members of the Civilian JTF at a checkpoint in Maiduguri after a dispute.",
     "Military Forces of Nigeria", "Civilian JTF"),
    ("Democratic Republic of Congo", "Fighting broke out between the army and Wazalendo militiamen in Goma on Sunday.",
     "Military Forces of the Democratic Republic of Congo", "Mayi Mayi"),
    ("Nigeria", "Troops and bandits exchanged fire in the Kuyambana forest.", "Military Forces of Nigeria",
     "Unidentified Armed Group"),
    ("Mexico", "Police and Sinaloa Cartel gunmen exchanged fire in Culiacan for two hours.", "Police Forces of Mexico",
     "Sinaloa"),
    ("Nigeria", "Soldiers killed and wounded several Civilian JTF members in a friendly-fire incident near Bama.",
     "Military Forces of Nigeria", "Civilian JTF"),
    ("Iraq", "Soldiers and Islamic State militants fought for two hours near Tarmiyah.", "Military Forces of Iraq",
     "Islamic State"),
]


@pytest.mark.parametrize("country, sentence, one, other", OPPOSED_PAIRS)
def test_a_pair_that_fights_each_other_stays_apart(actors, country, sentence, one, other):
    roles = roles_of(actors, sentence, "Armed clash", country)
    assert {side_holding(roles, one), side_holding(roles, other)} == {1, 2}


# ---------------------------------------------------------------- a group's claim told in reported speech

# A group saying what it or some of its fighters did claims the act (train: 47 notes use these wordings; on the
# look share 1 note better, none worse). Before round twelve 3 of these 8 passed; after it 8.
# country, passage, a word of the claimant's name
CLAIMS_IN_SPEECH = [
    ("Somalia", "A truck bomb exploded at the checkpoint. Al Shabaab said on its Andalus radio that one of its "
     "fighters had driven the truck.", "Al Shabaab"),
    ("Israel", "Rockets hit a house in Ashkelon. Hamas's armed wing said it had fired a barrage of rockets at the "
     "city.", "Hamas"),
    ("Pakistan", "Gunmen stopped the bus. In a statement, the BLA said two of its fighters had opened fire on the "
     "passengers.", "BLA"),
    ("Afghanistan", "A bomb tore through the mosque. The Islamic State group said through its Amaq news agency that "
     "it had detonated the explosives.", "Islamic State"),
    ("Mali", "The convoy was ambushed near Boni. JNIM said its militants had ambushed the convoy.", "JNIM"),
    ("Afghanistan", "The checkpoint was overrun overnight. The Taliban said they had killed 12 soldiers in the raid.",
     "Taliban"),
    ("Nigeria", "The base came under attack at dusk. ISWAP said in a statement that several of its fighters stormed "
     "the base.", "Islamic State (West Africa)"),
    ("Somalia", "Mortars hit the airport. Al Shabaab claimed the shelling in a statement.", "Al Shabaab"),
]
# Near-twins: a defence, a denial, the group's own dead, a state's communiqué.
NO_CLAIM = [
    ("Somalia", "Troops attacked the village. Al Shabaab said its fighters had repelled the army's offensive.",
     "Al Shabaab"),
    ("Afghanistan", "A blast hit the market. The Taliban said they had nothing to do with the explosion.", "Taliban"),
    ("Somalia", "A bomb went off in the market. Al Shabaab said one of its commanders had been killed in an air "
     "strike last week.", "Al Shabaab"),
    ("Nigeria", "The army said its troops had killed 20 ISWAP fighters.", "Military Forces of Nigeria"),
]


@pytest.mark.parametrize("country, passage, claimant", CLAIMS_IN_SPEECH)
def test_a_group_telling_what_it_did_claims_it(actors, country, passage, claimant):
    assert any(claimant in m.name for m in find_claims(passage, 0, None, actors, country))


@pytest.mark.parametrize("country, passage, speaker", NO_CLAIM)
def test_a_defence_a_denial_or_a_communique_claims_nothing(actors, country, passage, speaker):
    assert not any(speaker in m.name for m in find_claims(passage, 0, None, actors, country))


# ---------------------------------------------------------------- the victims' faith

# The civilians' faith is actor2's associate (train held-out share, assoc_actor_2 0.8234 -> 0.8256). Before
# round twelve 0 of these 7 passed; after it 7.
# country, sub-event type, sentence, the associate expected
VICTIMS_FAITH = [
    ("Nigeria", "Attack", "Gunmen opened fire on worshippers during a Sunday service at a church in Owo, killing 22.",
     "Christian Group (Nigeria)"),
    ("Afghanistan", "Suicide bomb", "A suicide bomber struck a Shi'ite mosque in Kandahar during Friday prayers, "
     "killing dozens.", "Shiite Muslim Group (Afghanistan)"),
    ("Niger", "Attack", "Attackers killed 12 worshippers at a mosque in the village of Abala.",
     "Muslim Group (Niger)"),
    ("Democratic Republic of Congo", "Attack", "ADF rebels killed 14 parishioners gathered outside a Catholic parish "
     "near Beni.", "Christian Group (Democratic Republic of Congo)"),
    ("Myanmar", "Attack", "Soldiers shot dead three Buddhist monks at a monastery in Sagaing.",
     "Buddhist Group (Myanmar)"),
    ("Bangladesh", "Attack", "A mob attacked Hindu homes in Cumilla, injuring eight people.",
     "Hindu Group (Bangladesh)"),
    ("Iraq", "Remote explosive/landmine/IED", "A roadside bomb hit a bus carrying Shia pilgrims near Karbala, killing "
     "five.", "Shiite Muslim Group (Iraq)"),
]
# Near-twins: two faiths named (attackers' and victims'), a mosque merely a landmark.
NO_FAITH = [
    ("Nigeria", "Attack", "Muslim herders killed five Christian farmers near Jos."),
    ("Somalia", "Attack", "Gunmen shot dead a district official near a mosque in Mogadishu."),
]


@pytest.mark.parametrize("country, sub_event_type, sentence, expected", VICTIMS_FAITH)
def test_victims_faith_is_actor2s_associate(actors, country, sub_event_type, sentence, expected):
    roles = roles_of(actors, sentence, sub_event_type, country)
    assert roles.actor2 == f"Civilians ({country})"
    assert expected in (roles.assoc_actor_2 or "")


@pytest.mark.parametrize("country, sub_event_type, sentence", NO_FAITH)
def test_no_faith_when_it_is_unclear_whose(actors, country, sub_event_type, sentence):
    roles = roles_of(actors, sentence, sub_event_type, country)
    assert "Muslim Group" not in (roles.assoc_actor_2 or "") and "Christian Group" not in (roles.assoc_actor_2 or "")
