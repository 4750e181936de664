"""Who took the place decides the territory sub-type: "liberated" is every side's word for its own capture.
Every sentence is written for these tests (modelled on wire-copy phrasings)."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from eventwire.extract.typing_rules import liberating_side, type_from_tactics

GOV = "Government regains territory"
NSA = "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text, side",
    [
        # the subject named before the verb
        ("M23 rebels said on Tuesday that they had liberated the lakeside town of Sake.", "nonstate"),
        ("The army said it had liberated Mopti's last occupied commune after a two-day push.", "state"),
        ("Houthi fighters announced they had liberated the district, a statement on their television said.", "nonstate"),
        ("Ukrainian troops liberated the village of Robotyne, the general staff said.", "state"),
        ("The Taliban said they had liberated the provincial capital of Kunduz.", "nonstate"),
        ("Sudanese Armed Forces liberated the state capital Wad Madani, army spokesman said.", "state"),
        # a passive: the agent after "by" decides
        ("The town of Bakhmut was liberated on Saturday by Wagner fighters, the group's chief claimed.", "nonstate"),
        ("Kidal was liberated by the army in the morning, the transitional government said.", "state"),
        # "from" whom: the other side liberated it
        ("Fighters said they had liberated the border post from the army after a night of fighting.", "nonstate"),
        ("The ministry said the operation liberated three villages from jihadists.", "state"),
        ("Commanders said the offensive liberated Marawi from Islamic State-linked militants.", "state"),
        # held by: the holder, not the liberator
        ("Soldiers liberated two hamlets held by al-Shabaab east of Beledweyne.", "state"),
        # helpers beside the subject did not take the place; a reporting verb puts the subject after it
        ("Government troops, backed by local militia fighters, liberated the market town of Bula Hawo.", "state"),
        ("The rebels said that the army had liberated nothing and that they still held the town.", "state"),
        ("The Kachin Independence Army said it had liberated the jade-mining hub after the junta's troops fled.", "nonstate"),
        # nothing tells who
        ("Residents celebrated after the town was liberated.", None),
        ("The shelling stopped once the district had been liberated.", None),
        # no liberation at all
        ("Rebels captured the town of Bunagana after a day of fighting.", None),
    ],
)
def test_liberating_side(text, side):
    assert liberating_side(text) == side


@pytest.mark.parametrize(
    "text, expected",
    [
        ("M23 rebels said they had liberated Rubaya after heavy fighting with the army.", NSA),
        ("Fighters of the Rapid Support Forces said they had liberated El Fasher's airport from the army.", NSA),
        ("The army said its troops had liberated the town of Anka from bandits after an assault.", GOV),
        ("Kidal was liberated by the army after clashes, the government said.", GOV),
        # a liberation no side is named for keeps the old reading, a recapture
        ("Residents said the town was liberated after two days of fighting.", GOV),
        # other recapture words read a recapture, by the state unless a non-state side made it
        ("Troops retook the town of Tessit after clashes with militants.", GOV),
        ("The town was recaptured by soldiers on Friday after a short battle.", GOV),
        ("Rebels recaptured the town of Tine from the army after fierce fighting.", NSA),
        ("Islamic State militants retook the village they had lost a week earlier, killing four soldiers.", NSA),
        ("Militants overran the base after a two-hour assault.", NSA),
        # any capture by the state's own forces is a government regaining ground (coding-rules.md)
        ("Soldiers took control of the town of Mora after a two-day battle with insurgents.", GOV),
        ("The army captured the rebel stronghold of Kibati after heavy fighting on Thursday.", GOV),
        ("Insurgents captured the town of Mora after a two-day battle with soldiers.", NSA),
    ],
)
def test_territory_sub_type_follows_the_side(text, expected):
    decision = type_from_tactics(["territory"], text, None, 0, None)
    assert (decision.event_type, decision.sub_event_type) == ("Battles", expected)


@given(st.text(max_size=200))
def test_liberating_side_never_fails(text):
    assert liberating_side(text) in (None, "state", "nonstate")


@given(st.sampled_from(["rebels", "insurgents", "separatists", "jihadists"]),
       st.sampled_from(["army", "troops", "soldiers", "security forces"]))
def test_from_whom_flips_the_side(nonstate, state):
    assert liberating_side(f"The {nonstate} liberated the town from the {state} on Monday.") == "nonstate"
    assert liberating_side(f"The {state} liberated the town from the {nonstate} on Monday.") == "state"
