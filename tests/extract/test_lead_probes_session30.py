"""The lead's probe of session 30: a capitalised, hyphenated word before a victim noun ("an Israeli-American man",
"two Somali-American contractors") was read as a name cut at its hyphen ("Israeli-"), so the count never reached its
noun and the dead went uncounted. Every sentence here was written for this test; the twins keep a hyphenated name
standing alone as the counted people, and names with no hyphen."""

from __future__ import annotations

import pytest

from eventwire.extract.fatalities import find_casualties
from eventwire.extract.fatalities.combine import combine_fatalities


def _dead(text: str) -> int:
    return combine_fatalities(find_casualties(text, 0, len(text))).fatalities


# Each of these counted no one before the reading.
HYPHENATED_MODIFIER = [
    ("The gunman opened fire at the junction, killing an Israeli-American man.", 1),
    ("A sniper shot dead a French-born man near the checkpoint.", 1),
    ("Militants ambushed the convoy, killing two Somali-American contractors.", 2),
    ("Gunmen killed two Anglo-Cameroonian teachers on the road to Bamenda.", 2),
    ("Soldiers killed five Al-Shabaab near the town.", 5),
]

# Read the same before and after.
TWINS = [
    ("Two Nigerian-born traders were killed in the market.", 2),
    ("A Swiss-Italian journalist was killed by shrapnel.", 1),
    ("4 Kamwina Nsapu were killed in the clash.", 4),
    ("Troops killed 12 Boko-Haram in the forest.", 12),
    ("The gunman opened fire, killing an Israeli-American.", 1),
    ("The gunman opened fire, killing an Israeli man.", 1),
]


@pytest.mark.parametrize("text, dead", HYPHENATED_MODIFIER + TWINS)
def test_a_hyphenated_word_before_the_noun_is_a_modifier(text: str, dead: int) -> None:
    assert _dead(text) == dead
