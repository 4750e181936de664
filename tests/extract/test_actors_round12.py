"""Round twelve of actor quality: kinds of actor error counted on news-actors4's and news-actors3's dev parts and
a fixed training sample, each fixed through a general reading with a table of sentences written for these tests
(modelled on real events; no sentence is taken from any data set) and near-twins that must keep their reading."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.roles import Roles, assign_roles


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
