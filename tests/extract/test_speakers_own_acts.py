"""A force that speaks of its own act is its actor, whatever verb it uses: "the Houthis said on Wednesday they had
attacked a cargo ship" (before, only a short verb list counted, and "attacked" or "fired" left the speaker a mere
source). A force that reports someone else's act stays a source."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.roles import assign_roles


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def _actor1(actors: ActorDictionary, text: str, sub_event_type: str, country: str) -> str | None:
    return assign_roles(text, 0, len(text), actors.find_actors(text, 0, len(text), country=country),
                        sub_event_type, country, actors).actor1


@pytest.mark.parametrize(
    "text, sub_event_type, country, actor1",
    [
        ("Houthi rebels said on Wednesday they had attacked a Greek-owned cargo ship off Hodeidah.", "Attack", "Yemen",
         "Military Forces of Yemen Supreme Political Council"),
        ("The Houthis said they fired a ballistic missile at a tanker in the Red Sea.",
         "Shelling/artillery/missile attack", "Yemen", "Military Forces of Yemen Supreme Political Council"),
        ("The army said they had attacked a militant camp in the forest.", "Attack", "Nigeria",
         "Military Forces of Nigeria"),
        ("The army said it ambushed a convoy of bandits near Gusau.", "Attack", "Nigeria", "Military Forces of Nigeria"),
        ("Police said they stormed a hideout of kidnappers in the hills.", "Attack", "Nigeria",
         "Police Forces of Nigeria"),
        # near twins: the force reports another's act, and stays a source
        ("Police said gunmen attacked a bus on the highway.", "Attack", "Nigeria",
         "Unidentified Armed Group (Nigeria)"),
        ("The army said militants had attacked a village.", "Attack", "Nigeria", "Unidentified Armed Group (Nigeria)"),
    ],
)
def test_a_force_speaking_of_its_own_act_is_its_actor(actors, text, sub_event_type, country, actor1):
    assert _actor1(actors, text, sub_event_type, country) == actor1
