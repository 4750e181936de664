"""Who acted on whom: actor1/actor2 (and associated actors) of one event from its passage.

The grammar is deliberately small. A violence verb splits a sentence into the side that acts and the side
acted upon: "gunmen attacked soldiers" (active: the subject acts), "soldiers were attacked by militants"
(passive: the by-phrase acts), "the army repelled an attack by JNIM" (a defence verb: the subject is attacked),
"ISGS claimed responsibility" (a claim: the claimant acts). ACLED's conventions then fill what the text leaves
open: victims of violence against civilians are always actor2 ``Civilians (X)``, protesters and rioters are
actor1, an unclaimed roadside bomb is the work of ``Unidentified Armed Group (X)``, a battle has two armed sides.

The package, by what each module reads: ``verbs`` (violence, defence and death verbs), ``claims`` (claims and
blame), ``sides`` (each actor's side), ``conventions`` (ACLED's rules per event type), ``special_cases``
(crowds, clash order by country, vigilantes, mobs, retaken territory) and ``assign`` (``assign_roles``).
"""

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.roles.assign import Roles, assign_roles
from eventwire.extract.roles.claims import (
    CLAIM_AFTER, CLAIM_AFTER_NEEDS, CLAIM_BLAME, CLAIM_BLAME_NEEDS, CLAIM_SPEECH_AFTER, CLAIM_SPEECH_AFTER_NEEDS,
    CLAIMED_DEED, STATE_INTERS, find_claims,
)
from eventwire.extract.roles.conventions import ARMED_INTERS, SAME_ON_BOTH_SIDES, VICTIM_INTERS, faces_itself
from eventwire.extract.roles.sides import (
    AGENT, AGENT_BEFORE, AGENT_BEFORE_NEEDS, CLAUSE_BREAK, OPERATION_AFTER, ORIGIN_BEFORE, PATIENT, REACTS_AFTER,
    SOURCE_AFTER,
    SOURCE_BEFORE, SOURCE_BEFORE_NEEDS, SPEAKER_TITLES, SPEAKS_OF_ITS_OWN, SPOKESPERSON_AFTER, TAKEN_FROM_BEFORE,
    TAKEN_FROM_REACH, TARGET_BEFORE, UNKNOWN,
)
from eventwire.extract.roles.special_cases import (
    CROWD_WORDS, DRUG_WAR_VIGILANTES, DRUG_WORDS, SECURITY_FORCES, SYMMETRIC_VERB, VIGILANTE_INTER,
)
from eventwire.extract.roles.verbs import (
    BY_AFTER, DEATH_VERB, DEFENCE_VERB, LOST_PEOPLE, PASSIVE_BEFORE, SENTENCE_END, VERB_CACHE_ARTICLES,
    VIOLENCE_VERB,
)

__all__ = [
    "AGENT", "AGENT_BEFORE", "AGENT_BEFORE_NEEDS", "ARMED_INTERS", "BY_AFTER", "CLAIM_AFTER", "CLAIM_AFTER_NEEDS",
    "CLAIM_BLAME", "CLAIM_BLAME_NEEDS", "CLAIM_SPEECH_AFTER", "CLAIM_SPEECH_AFTER_NEEDS", "CLAIMED_DEED",
    "CLAUSE_BREAK", "CROWD_WORDS", "DEATH_VERB", "DEFENCE_VERB", "DRUG_WAR_VIGILANTES", "DRUG_WORDS", "LOST_PEOPLE",
    "OPERATION_AFTER", "ORIGIN_BEFORE", "PASSIVE_BEFORE", "PATIENT", "REACTS_AFTER", "SAME_ON_BOTH_SIDES",
    "SECURITY_FORCES", "SENTENCE_END", "SOURCE_AFTER", "SOURCE_BEFORE", "SOURCE_BEFORE_NEEDS", "SPEAKER_TITLES",
    "SPEAKS_OF_ITS_OWN",
    "SPOKESPERSON_AFTER", "STATE_INTERS", "SYMMETRIC_VERB", "TAKEN_FROM_BEFORE", "TAKEN_FROM_REACH",
    "TARGET_BEFORE", "UNKNOWN", "VERB_CACHE_ARTICLES", "VICTIM_INTERS", "VIGILANTE_INTER", "VIOLENCE_VERB",
    "ActorDictionary", "Roles", "assign_roles", "faces_itself", "find_claims",
]
