"""An age written as a noun counts one person ("soldiers shot dead a 17-year-old during a raid"); an age before a
noun stays that noun's adjective ("a 17-year-old boy"). Training notes with "year-old": 4 better, 0 worse."""

from __future__ import annotations

import pytest

from eventwire.extract.fatalities import combine_fatalities, find_casualties


@pytest.mark.parametrize(
    "sentence, dead",
    [
        ("In the occupied West Bank, soldiers shot dead a 17-year-old during a raid on the Balata camp.", 1),
        ("Troops killed a 16-year-old in Jenin on Thursday.", 1),
        ("Soldiers shot and killed a 19-year-old near the checkpoint.", 1),
        ("A 17-year-old was shot dead by police in Nairobi.", 1),
        ("Police killed two 15-year-olds and a woman during the protest.", 3),
        ("Gunmen killed a 45-year-old farmer and his 12-year-old son.", 2),
        # near twins: the age before its noun, and an age that did not die
        ("Soldiers shot dead a 17-year-old boy during a raid on the camp.", 1),
        ("The 12-year-old survived the attack, but two adults were killed.", 2),
    ],
)
def test_an_age_alone_counts_one_person(sentence, dead):
    assert combine_fatalities(find_casualties(sentence)).fatalities == dead


def test_the_age_before_a_noun_stays_its_adjective():
    [mention] = find_casualties("Soldiers shot dead a 17-year-old boy during a raid.")
    assert mention.who == "17-year-old boy"
