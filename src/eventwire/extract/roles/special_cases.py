"""Readings for particular events and countries: crowds at and away from protests, the order of a clash a
country's coders follow, drug-war vigilantes, mobs that clash, and the state retaking territory."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.actors.factions import BOKO_HARAM_EITHER
from eventwire.extract.gates import gate_words
from eventwire.extract.lexicon import may_hold_any
from eventwire.extract.roles.conventions import ARMED_INTERS, GROUP_INTERS
from eventwire.extract.roles.sides import _is_vague, _Sides
from eventwire.extract.roles.verbs import VIOLENCE_VERB
from eventwire.records import EVENT_TYPE_OF, ActorMention


# "A crowd", "crowds" read as protesters only at a protest or riot (where "security forces" are the police);
# a bomb or an air strike on a crowd hits civilians (train: 32 of 32 non-protest events whose note says "crowd" with a generic actor2 have civilians).
CROWD_WORDS = re.compile(r"^(?:an?\s+|the\s+)?crowds?$", re.IGNORECASE)
_CROWD_EVENT_TYPES = frozenset({"Protests", "Riots"})


# "Security forces" facing a crowd are its police (train's protests and riots: 188 police vs 13 military actor2s
# when the note says only "security forces/personnel").
SECURITY_FORCES = re.compile(r"\bsecurity (?:forces|personnel|agents|officers)$", re.IGNORECASE)


def _police_at_crowds(mentions: list[ActorMention]) -> list[ActorMention]:
    return [ActorMention(m.name.replace("Military Forces", "Police Forces", 1), m.inter, m.country, m.span)
            if m.span is not None and m.name.startswith("Military Forces of") and SECURITY_FORCES.search(m.span.text)
            and m.name.count(" of ") == 1 else m for m in mentions]


def _crowds_outside_protests(mentions: list[ActorMention], sub_event_type: str | None,
                             dictionary: ActorDictionary, country: str | None) -> list[ActorMention]:
    if EVENT_TYPE_OF.get(sub_event_type or "") in _CROWD_EVENT_TYPES:
        return _police_at_crowds(mentions)
    civilians = dictionary.generic("civilians", country)
    return [ActorMention(civilians.name, civilians.inter, m.country, m.span)
            if m.inter == 6 and m.span is not None and CROWD_WORDS.match(m.span.text) else m for m in mentions]


# Verbs that say two sides fought without saying who started: "X clashed with Y", "fighting between X and Y".
SYMMETRIC_VERB = re.compile(r"\b(?:clash(?:ed|es|ing)?|fought|fight(?:s|ing)?|battl(?:ed|es|ing)|exchang(?:ed|es|ing) "
                            r"(?:fire|gunfire)|skirmish(?:ed|es)?|engag(?:ed|ement))\b", re.IGNORECASE)


def _order_left_open(sides: _Sides, side1: list[ActorMention], side2: list[ActorMention], text: str) -> bool:
    """Whether the passage leaves the order of a clash open: no side named as the actor ("an operation by the
    army", a claim) and either no direction at all or only a symmetric verb between the two ("clashed with")."""
    if sides.named_agents or not side1 or not side2:
        return False
    first, second = side1[0], side2[0]
    if first.span is None or second.span is None:  # one side inferred by convention: the named one's role decides
        named = first if first.span is not None else second
        return named not in sides.agents and named not in sides.patients
    if not (first in sides.agents and second in sides.patients):
        return True
    between = text[min(first.span.end, second.span.end):max(first.span.start, second.span.start)]
    return bool(SYMMETRIC_VERB.search(between)) and not VIOLENCE_VERB.search(SYMMETRIC_VERB.sub("", between))


def _country_order(side1: list[ActorMention], side2: list[ActorMention], dictionary: ActorDictionary,
                   country: str | None):
    """A clash between the state's forces and an armed group, in the order ACLED lists them in ``country``
    (the army first in Myanmar, the NPA first in the Philippines); elsewhere, or when the text names the side
    that acted ("an operation by the army", "the Taliban claimed"), the text's order stands."""
    state_first = getattr(dictionary, "state_first", {}).get(country or "")
    if state_first is None or not side1 or not side2:
        return side1, side2
    first, second = side1[0].inter, side2[0].inter
    if {first, second} not in ({1, 2}, {1, 3}, {1, 4}):
        return side1, side2
    return (side1, side2) if (first == 1) == state_first else (side2, side1)


# Unnamed killers of drug suspects in the Philippines' drug war are ACLED's vigilantes (train: 219 of the 280
# attacks by unnamed gunmen whose note mentions drugs; 13 stay an unidentified armed group).
DRUG_WAR_VIGILANTES = {"Philippines": "Anti-Drug Vigilantes (Philippines)"}
DRUG_WORDS = re.compile(r"\b(?:drugs?|shabu|narcotics?)\b", re.IGNORECASE)
VIGILANTE_INTER = 3


def _drug_war_killers(side1: list[ActorMention], country: str) -> list[ActorMention]:
    if side1 and not side1[0].name.startswith("Unidentified Armed Group"):
        return side1
    span = side1[0].span if side1 else None
    return [ActorMention(DRUG_WAR_VIGILANTES[country], VIGILANTE_INTER, country, span)]


def _mobs_clash(side1: list[ActorMention], side2: list[ActorMention]) -> list[ActorMention]:
    """Two groups clashing ("rival youth factions clashed", "a clash between supporters of two parties") are
    rioters on both sides; a force they fought stays actor2 (train: 631 mob-violence rows had rioters as actor2
    where we named civilians)."""
    if side2 and side2[0].inter in (1, 8):
        return side2
    return side1[:1]


# Round twenty-four: a force or group that fought itself is on both sides of the clash ("two groups of Somali
# soldiers clashed", "a policeman shot dead a colleague", "infighting among IS fighters", "Mai-Mai fighters clashed
# among themselves"). Train's look share: 444 armed clashes code the same actor on both sides, 360 of them read
# wrong, 166 where that actor is a state force or a named group (the rest communities named by their place);
# this reading: 64 better, none worse.
INFIGHTING = re.compile(
    r"\b(?:among(?:st)?\s+(?:themselves|each\s+other)|with\s+each\s+other|each\s+other|one\s+another"
    r"|in-?fighting|internal\s+(?:armed\s+)?(?:clash(?:es)?|fight(?:ing)?|disputes?|feuds?|rifts?|split)"
    r"|green-on-green"
    r"|(?:two|rival|different|opposing|competing)\s+(?:armed\s+)?(?:groups|units|factions|sections|sides|parties"
    r"|wings|camps|contingents|battalions)\s+(?:of|within|from)\b"
    r"|(?:another|fellow)\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:soldiers?|officers?|policem[ae]n|police\s*(?:wo)?m[ae]n"
    r"|police\s+officers?|militants?|fighters?|combatants?|members?|guards?|troops?|commanders?|colleagues?)\b"
    r"|(?:his|her|their|its)\s+(?:own\s+)?(?:(?:senior|junior|top)\s+)?(?:colleagues?|comrades?|superiors?"
    r"|fellow\s+\w+)\b"
    r"|(?:its|their)\s+own\s+(?:(?:top|senior)\s+)?(?:commanders?|fighters?|members?|men|leaders?))",
    re.IGNORECASE)
INFIGHTING_NEEDS = gate_words(INFIGHTING)  # speed only: read off the pattern


def _fights_itself(side1: list[ActorMention], side2: list[ActorMention], sides: _Sides, text: str, start: int,
                   end: int):
    """An armed clash the passage tells as infighting has its one named side on both sides, in place of the
    filler a lone side is taken to fight; a passage naming any other armed side, unnamed gunmen included, keeps
    its reading ("a subleader and another militant were killed in a firefight with the military")."""
    lead = side1[0] if side1 and side1[0].span is not None and not _is_vague(side1[0]) else None
    if lead is None or lead.inter not in ARMED_INTERS or _read_rival(side2, lead):
        return side1, side2
    if any(m.name != lead.name and m.inter in ARMED_INTERS for m in sides.agents + sides.patients + sides.unknown):
        return side1, side2
    if not (may_hold_any(text, INFIGHTING_NEEDS) and INFIGHTING.search(text, start, end)):
        return side1, side2
    return side1, [lead]


def _read_rival(side: list[ActorMention], lead: ActorMention) -> bool:
    return bool(side) and side[0].span is not None and side[0].name != lead.name and not _is_vague(side[0])


# Round twenty-one: a mob that lynches or beats a suspected thief, robber, kidnapper or witch takes the law into its
# own hands, which ACLED codes as the rioters with ``Vigilante Group (<country>)`` as their associate (train's mob
# violence telling such a suspect or a lynching: 421 of 456 notes; 321 of the other 2,258). The words are read in
# the event's passage only.
MOB_JUSTICE = re.compile(r"\b(?:lynch(?:ed|es|ing)?|mob\s+justice|jungle\s+justice|thie(?:f|ves)|robbers?|burglars?|"
                         r"kidnappers?|witch(?:es|craft)?|wizards?|(?:accused|suspected)\s+of\s+(?:theft|stealing|"
                         r"robbery|witchcraft|kidnapping|sorcery))\b", re.IGNORECASE)
MOB_JUSTICE_NEEDS = gate_words(MOB_JUSTICE)  # speed only: read off the pattern
RIOTERS_INTER = 5


def _mob_justice(side1: list[ActorMention], text: str, start: int, end: int, country: str | None,
                 dictionary: ActorDictionary) -> list[ActorMention]:
    """The rioters of mob justice with the vigilante group as their first associate."""
    if not side1 or side1[0].inter != RIOTERS_INTER or any(m.name.startswith("Vigilante Group") for m in side1):
        return side1
    if not (may_hold_any(text, MOB_JUSTICE_NEEDS) and MOB_JUSTICE.search(text, start, end)):
        return side1
    return [side1[0], dictionary.generic("vigilantes", country), *side1[1:]]


def _state_retakes(side1: list[ActorMention], side2: list[ActorMention], everyone: Sequence[ActorMention]):
    """Government regains territory: the state's forces retake it (ACLED: actor1 is a state force in 325 of
    train's 355 such events), so a state force the passage put on the other side leads; one the passage named
    on no side ("troops and militiamen entered the village ... 20 Al Shabaab fighters were killed") leads too,
    and the group it retook the place from faces it."""
    if side1 and side1[0].inter == 1:
        return side1, side2
    if side2 and side2[0].inter == 1:
        return side2, side1
    state = next((m for m in everyone if m.inter == 1), None)
    if state is None:
        return side1, side2
    if side2 and side2[0].inter in ARMED_INTERS:  # "forces and clan fighters captured villages from Al Shabaab"
        named = [m for m in side1 if m.inter in ARMED_INTERS and not m.name.startswith("Unidentified")]
        if named and all(m.name.startswith("Unidentified Armed Group") for m in side2):
            return [state], named  # session 26: "retook Ceel Dheere from al Shabaab ..., killing 15 militants"
        return [state, *(m for m in side1 if m.name != state.name)], side2
    losers = [m for m in side1 if m.inter in ARMED_INTERS] or side2  # the only armed group named lost the place
    return [state], [m for m in losers if m.name != state.name]



def _group_takes(side1: list[ActorMention], side2: list[ActorMention], everyone: Sequence[ActorMention]):
    """Non-state actor overtakes territory: the group takes the place and the state's forces lose it ("after
    clashes with Ukrainian forces, LPR militia took over the village", "the rebels seized the airport after
    brief clashes with Congolese troops"), so a state force that the passage put first gives way to the armed
    group it names."""
    if not side1 or side1[0].inter != 1:
        return side1, side2
    group = next((m for m in everyone if m.inter in GROUP_INTERS), None)  # the first named: allies follow
    if group is None:
        return side1, side2
    losers = [m for m in side1 + side2 if m.name != group.name]
    return [group], losers


# Whose an unnamed suicide bomber is, where ACLED's coders name one: in Nigeria the either-faction Boko Haram
# (train: 31 of the 45 suicide bombings whose note we read as unidentified; 7 stay unidentified, the rest police
# or army who stopped the bomber). No other country has 10 such notes.
UNNAMED_SUICIDE_BOMBERS = {"Nigeria": BOKO_HARAM_EITHER}
# "two unidentified suicide bombers", "an unknown bomber": the text says nobody knows whose they were.
SAID_UNKNOWN_BEFORE = re.compile(r"\b(?:unidentified|unknown)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _country_bombers(side1: list[ActorMention], side2: list[ActorMention], text: str, country: str,
                     dictionary: ActorDictionary):
    """An unnamed suicide bomber in a country whose bombers ACLED attributes by convention; a target that was
    the same group read from the bombers' own words gives way to the civilians they hit."""
    bomber = side1[0] if side1 else None
    if bomber is None or not bomber.name.startswith("Unidentified"):
        return side1, side2
    if bomber.span is not None and SAID_UNKNOWN_BEFORE.search(text, max(0, bomber.span.start - 30), bomber.span.start):
        return side1, side2
    name = UNNAMED_SUICIDE_BOMBERS[country]
    known = dictionary.actor(name)
    targets = [m for m in side2 if m.name != name] or [dictionary.generic("civilians", country)]
    return [ActorMention(name, known.inter if known is not None else 2, country, bomber.span)], targets


# Herdsmen who attack are ACLED's Fulani militia where it codes one (train, Nigeria's notes with "herdsmen"
# in battles and violence against civilians: Fulani Ethnic Militia 124 of 151 actor1s); herdsmen who were
# attacked stay civilians.
HERDER_WORDS = re.compile(r"^(?:[\w-]+\s+)?(?:herdsm[ae]n|herders?|pastoralists?)$", re.IGNORECASE)


def _attacking_herders(sides: _Sides, dictionary: ActorDictionary, country: str | None) -> _Sides:
    if not country or not any(_herders(m) for m in sides.agents):
        return sides
    militia = dictionary.actor(f"Fulani Ethnic Militia ({country})")
    if militia is None:
        return sides
    agents = tuple(ActorMention(militia.name, militia.inter, country, m.span) if _herders(m) else m
                   for m in sides.agents)
    return replace(sides, agents=agents)


def _herders(mention: ActorMention) -> bool:
    return mention.inter == 7 and mention.span is not None and bool(HERDER_WORDS.match(mention.span.text))


# A device the state's forces defused, intercepted or seized with no owner named was laid by ACLED's
# unidentified armed group (train's disrupted weapons use, notes with no group named for actor2: about 180
# unidentified armed groups to 50 empty; Iraq's intercepted drones and defused rockets, Nepal's and Sri Lanka's
# defused bombs).
def _unclaimed_weapons(side1: list[ActorMention], side2: list[ActorMention], dictionary: ActorDictionary,
                       country: str | None) -> list[ActorMention]:
    if side2 or not side1 or side1[0].inter not in (1, 8):
        return side2
    return [dictionary.generic("unidentified_armed_group", country)]


# "The Saudi-led coalition intercepted a ballistic missile fired by the Houthis": the force that stopped the weapon is
# actor1 of Disrupted weapons use, the one that fired it actor2 (train's 90 interception notes: Ukraine's forces
# before Russia's in 56; session 27).
_INTERCEPTED_AFTER = re.compile(r"^\W*(?:(?!(?:was|were|is|are|been|being)\b)\w+\s+){0,4}?"
                                r"(?:intercept(?:ed|s)?|shot\s+down|shoots\s+down|downed)\b", re.IGNORECASE)
_INTERCEPTED_BY_BEFORE = re.compile(r"\b(?:intercepted|shot\s+down|downed)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
                                    re.IGNORECASE)
INTERCEPTOR_REACH = 40  # characters around an actor searched for the interception verb


def interceptor_first(side1: list[ActorMention], side2: list[ActorMention], local: Sequence[ActorMention],
                      text: str) -> tuple[list[ActorMention], list[ActorMention]]:
    interceptor = next((m for m in local if _intercepts(m, text)), None)
    if interceptor is None or (side1 and side1[0].name == interceptor.name):
        return side1, side2
    launchers = [m for m in side1 or side2 if m.name != interceptor.name]
    return [interceptor], launchers


def _intercepts(mention: ActorMention, text: str) -> bool:
    span = mention.span
    if span is None:
        return False
    return bool(_INTERCEPTED_AFTER.match(text[span.end:span.end + INTERCEPTOR_REACH])
                or _INTERCEPTED_BY_BEFORE.search(text[max(0, span.start - INTERCEPTOR_REACH):span.start]))


# A blast that killed or hurt people the text does not name as anyone's ("killing a shepherd", "injuring six")
# hit civilians; a toll reported as none ("no casualties", "no one was hurt") names no target (train, held-out
# share: IEDs 20 actor2s better, 2 worse; grenades 2 better; shelling is left out: its unnamed dead are more
# often left uncoded, 111 such look-share notes already read civilians where ACLED has none).
HURT_WORDS = re.compile(r"\b(?:kill(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|wound(?:ed|ing|s)?|dead|died|hurt)\b",
                        re.IGNORECASE)
NOBODY_HURT = re.compile(r"\bno (?:one|casualt|injur|fatalit|deaths?\b|(?:other )?damage)|\bwithout (?:casualt|injur)"
                         r"|\bnobody\b", re.IGNORECASE)
BLASTS_THAT_HIT_CIVILIANS = frozenset({"Remote explosive/landmine/IED", "Grenade"})


def _unnamed_blast_victims(side2: list[ActorMention], text: str, dictionary: ActorDictionary,
                           country: str | None) -> list[ActorMention]:
    if side2 or not HURT_WORDS.search(text) or NOBODY_HURT.search(text):
        return side2
    return [dictionary.generic("civilians", country)]
