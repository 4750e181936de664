"""Kinds of place errors read on the pooled dev parts (round nineteen): the attacker's country, given only as the home
of an actor of the event (its army fights abroad), where no place of the event has a candidate, not even a close
spelling, held the event at that country's centre although the places lie, as written, in another country.

Every sentence here was written for these tests; none is a passage of the benchmark sets. Each reading has near twins
whose reading must stay (an army at home, a village missing at home with a namesake abroad, a national armed group).
The whole extraction runs.
"""

from __future__ import annotations

import pytest

from first_places import first_place


# ------------------------------------------------- an army abroad: the places' clear vote over the attacker's country
# (the attacker's country also named by name: the event's first place is found, as written, in the voted country)

ARMIES_ABROAD = [
    ("Russian forces said on Monday they had captured Krasnohorivka after weeks of fighting, and Russia's defence "
     "ministry released video of soldiers raising a flag.", "Ukraine", "Donetsk"),
    ("Russian forces shelled Vuhledar through the night, and Russia said its troops had advanced on the town's "
     "eastern edge.", "Ukraine", "Donetsk"),
    ("Turkish drones struck a car in Sinjar on Monday, killing two fighters of a Yazidi militia, officials said, a week "
     "after Turkey threatened a ground operation.", "Iraq", "Ninewa"),
    ("Israeli jets struck a house in Aitaroun on Tuesday, killing four people, and Israel said it had hit a Hezbollah "
     "commander.", "Lebanon", "Nabatieh"),
]


@pytest.mark.parametrize("text, country, admin1", ARMIES_ABROAD)
def test_an_army_abroad_does_not_hold_the_event_at_home(kit, geocoder, text, country, admin1):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country and place.admin1 == admin1


ARMIES_AT_HOME = [
    # the country named as the village's own ("near Lebanon's border"); a town abroad named later votes for Syria
    ("Lebanese soldiers clashed with smugglers at the village of Hawsh al-Sayyed Ali near Lebanon's border with Syria "
     "on Monday, wounding three, the army said. Gunmen fled towards Qusayr.", "Lebanon"),
    # a village missing at home, its country named as its region's
    ("Soldiers rounded up dozens of men at a weekly market in Dialloube on Sunday and shot many of them, survivors "
     "said. Dialloube lies in Mali's Mopti region.", "Mali"),
    # a village found at home
    ("Malian soldiers killed at least 30 people at a cattle market in Hombori on Sunday, witnesses said.", "Mali"),
    # a national armed group acts at home
    ("Burkinabe soldiers and VDP volunteers repelled an attack on Gorgadji on Sunday, killing 20 assailants, the army "
     "said.", "Burkina Faso"),
    # an army at home, its camp's village found nowhere
    ("Nigerian troops killed 12 suspected bandits in a raid on their camp at Kuyello on Thursday, the army said.",
     "Nigeria"),
]


@pytest.mark.parametrize("text, country", ARMIES_AT_HOME)
def test_an_army_at_home_keeps_its_country(kit, geocoder, text, country):
    place = first_place(text, kit, geocoder)
    assert place is not None and place.country == country
