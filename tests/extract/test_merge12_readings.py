"""Merge round twelve: a release's shock, outrage or condemnation names the killing it answers by a noun, its count
and its town, written the ways releases write them.

"We are appalled by the killing of hundreds of civilians in Barsalogho on 24 August" (a vague count), "the killing of
more than 100 people, including at least 20 children, in the village of Solhan" (an aside on the victims before the
town) and "the killing of 46 women in the Women's Prison in Tamara" (the building before its town) tell one act as
"the killing of 150 civilians in Kongoussi" does (``mentions._NAMED_KILLING_COUNT``). Before this round none of them
made an event, and the statement never met the wire reports of the same massacre. Twins keep a war's or a region's
dead, an act of another year and a count with no town out. Every sentence was written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from wire_stories import dated_tolls

PUBLISHED = "2024-05-17T12:00:00+00:00"
MAY_14 = date(2024, 5, 14)


def _release(lead: str) -> str:
    return f"GENEVA – {lead}\nWe call on the authorities to open an independent inquiry without delay."


@pytest.mark.parametrize(
    ("lead", "toll"),
    [
        # a vague count (coding-rules.md's figures: dozens 12, hundreds 100)
        ("We are appalled by the killing of hundreds of civilians in Barsalogho, Centre-Nord region, on 14 May.", 100),
        ("The Special Rapporteur is shocked by the massacre of dozens of villagers in Djibo on 14 May.", 12),
        ("We are outraged by the killing of scores of displaced people in Kalma camp on 14 May.", 20),
        # an aside on the victims before the town
        ("We are outraged by the killing of more than 100 people, including at least 20 children, in the village of "
         "Solhan on 14 May.", 100),
        ("The Office deplores the killing of 30 farmers, among them two women, in Yelwata on 14 May.", 30),
        # the building before its town
        ("The Human Rights Office is shocked by the killing of 46 women in the Women's Prison in Tamara on 14 May.", 46),
        ("We condemn the killing of 12 worshippers in the St Joseph Church at Owo on 14 May.", 12),
        # the plain form, unchanged
        ("We are appalled by the killing of 150 civilians in Kongoussi on 14 May.", 150),
    ],
)
def test_a_release_names_the_killing_by_its_noun_count_and_town(kit, lead, toll) -> None:
    assert dated_tolls(_release(lead), kit, PUBLISHED) == [(MAY_14, toll)]


@pytest.mark.parametrize(
    "lead",
    [
        # a war's or a region's dead, or an act of another year: no event, as before
        "Since January, the killing of hundreds of civilians in Burkina Faso has drawn wide condemnation.",
        "We have documented the killing of dozens of farmers in Zabarmari in 2020 and many other abuses.",
        "The deaths of thousands of migrants in Libya over the past decade remain unpunished.",
        # the aside is a list of places, not of victims: no town follows a victims' aside
        "We are worried about the killing of civilians, including children, across the Sahel this year.",
    ],
)
def test_many_acts_named_the_same_way_make_no_event(kit, lead) -> None:
    assert dated_tolls(_release(lead), kit, PUBLISHED) == []
