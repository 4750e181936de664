"""People killed (and injured) as the text states them, and the figure ACLED would code.

``find_casualties`` reads counts next to death verbs, active ("gunmen killed 12 villagers",
"killing two") and passive ("at least 30 gendarmes were killed", "a peacekeeper was killed"),
death tolls, bodies found, "left N dead", and denials ("no one was killed" → a 0 count).
``combine_fatalities`` turns the mentions of one event into a :class:`~eventwire.records.Fatalities`
by the rules of coding-rules.md; ``split_total`` spreads a total over several days or places.

The package, by what each module reads: ``words`` (vague plurals, qualifiers, victim nouns), ``phrases``
(the regex pieces of a count phrase), ``rules`` (the ways of stating casualties), ``triggers`` (where
statements can be), ``groups`` (the victims of one statement), ``bombers`` (suicide bombers' own deaths),
``totals`` (ordinal and running tolls), ``counts`` (``find_casualties``) and ``combine`` (one event's figure).
"""

from eventwire.extract.fatalities.bombers import BOMBERS_REACH, SELF_DEATH_WHO
from eventwire.extract.fatalities.combine import combine_fatalities, split_total, victim_group
from eventwire.extract.fatalities.counts import find_casualties
from eventwire.extract.fatalities.rules import TOLL_SUBJECT_REACH
from eventwire.extract.fatalities.totals import ORDINALS, TOTAL_TOLL, TOTAL_TOLL_WITH_PERIOD
from eventwire.extract.fatalities.triggers import (COUNT_TO_TRIGGER_REACH, ONE_PERSON_TO_TRIGGER_REACH, SENTENCE_REACH,
                                                   TRIGGER_STEMS)
from eventwire.extract.fatalities.words import (ATTACKER_NOUNS, CIVILIAN_NOUNS, COUNT_STARTS, COUNT_WORDS, FORCES_NOUNS,
                                                GENERIC_NOUNS, QUALIFIERS, VAGUE_COUNTS)

__all__ = [
    "ATTACKER_NOUNS", "BOMBERS_REACH", "CIVILIAN_NOUNS", "COUNT_STARTS", "COUNT_TO_TRIGGER_REACH", "COUNT_WORDS",
    "FORCES_NOUNS", "GENERIC_NOUNS", "ONE_PERSON_TO_TRIGGER_REACH", "ORDINALS", "QUALIFIERS", "SELF_DEATH_WHO",
    "SENTENCE_REACH", "TOLL_SUBJECT_REACH", "TOTAL_TOLL", "TOTAL_TOLL_WITH_PERIOD", "TRIGGER_STEMS", "VAGUE_COUNTS",
    "combine_fatalities", "find_casualties", "split_total", "victim_group",
]
