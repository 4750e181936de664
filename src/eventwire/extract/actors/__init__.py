"""Actor mentions: who a passage names, normalised to ACLED's actor vocabulary.

``ActorDictionary.load()`` reads the dictionaries under ``eventwire/data/actors/`` once per process and
compiles every alias into one token trie. ``find_actors`` walks the passage token by token and reports, for
each phrase it knows, an ``ActorMention`` with its absolute span:

* named actors ("ISGS", "Islamic State-allied militants" in Mali, "the Tatmadaw", "Barkhane");
* state forces built from a country word and a force word ("Malian soldiers", "Mali's army",
  "the armed forces of Burkina Faso", "French soldier"), or a bare force word ("troops") in the event's country;
* generic actors ("gunmen", "villagers", "protesters", "rioters") named after the event's country.

Names carry no regime years (ACLED's ``Military Forces of Nigeria (2015-)`` is ``Military Forces of Nigeria``);
``same_actor`` compares either form.

The package, by what each module holds: ``names`` (ACLED names as strings), ``tokens`` (the words matched on),
``entries`` (what the dictionary holds), ``trie`` (the compiled aliases), ``loading`` (reading the data files),
``front_line`` (front-line sides), ``factions`` (Boko Haram's factions) and ``dictionary`` (``ActorDictionary``).
"""

from eventwire.extract.actors.dictionary import AFFILIATION_WORDS, FIGHTER_WORDS, LINK_WORDS, ActorDictionary
from eventwire.extract.actors.entries import Actor, Branch, Generic, Hit, Meaning
from eventwire.extract.actors.factions import (
    BOKO_HARAM_COMBINED, BOKO_HARAM_EITHER, BOKO_HARAM_JAS, FACTION_NEIGHBOURHOOD, ISWAP_NAMED, JAS_NAMED,
    OTHER_FACTION_NAMED, _boko_haram_faction,
)
from eventwire.extract.actors.front_line import FrontLine
from eventwire.extract.actors.loading import CLEAR_ORDER_SHARE, DATA_PACKAGE, MIN_ORDER_CLASHES
from eventwire.extract.actors.names import (
    COUNTRIES_WITH_ARTICLE, GENERIC_PATTERN, REGIME_YEARS, SPELLING_VARIANTS, canonical_name, generic_name,
    same_actor, state_force_name, strip_regime_years,
)
from eventwire.extract.actors.tokens import TOKEN, Token, fold, tokenize
from eventwire.extract.actors.trie import END, MIXED_CASE_ACRONYM_LENGTH, SHORT_ACRONYM_LENGTH, Trie, _may_start_phrase

__all__ = [
    "AFFILIATION_WORDS", "BOKO_HARAM_COMBINED", "BOKO_HARAM_EITHER", "BOKO_HARAM_JAS", "CLEAR_ORDER_SHARE",
    "COUNTRIES_WITH_ARTICLE", "DATA_PACKAGE", "END", "FACTION_NEIGHBOURHOOD", "FIGHTER_WORDS", "GENERIC_PATTERN",
    "ISWAP_NAMED", "JAS_NAMED", "LINK_WORDS", "MIN_ORDER_CLASHES", "MIXED_CASE_ACRONYM_LENGTH", "OTHER_FACTION_NAMED",
    "REGIME_YEARS", "SHORT_ACRONYM_LENGTH", "SPELLING_VARIANTS", "TOKEN", "Actor", "ActorDictionary", "Branch",
    "FrontLine", "Generic", "Hit", "Meaning", "Token", "Trie", "canonical_name", "fold", "generic_name",
    "same_actor", "state_force_name", "strip_regime_years", "tokenize",
    # private, kept importable for tests/extract/test_perf_equivalence.py (it replays the old token-by-token walk)
    "_boko_haram_faction", "_may_start_phrase",
]
