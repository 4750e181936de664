"""ACLED's conventions per event type: who is actor1 and actor2 when the text leaves it open (victims of
violence against civilians, the two sides of a battle, crowds, remote violence, looting, arrests)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.roles.sides import _is_vague, _Sides
from eventwire.records import EVENT_TYPE_OF, ActorMention, Span


ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
GROUP_INTERS = frozenset({2, 3, 4})  # non-state armed groups: rebels, political and identity militias
MILITIA_INTERS = frozenset({3, 4})  # political and identity militias: the state's auxiliaries when beside it
# Round twenty: rebels the text names as a state force's backers fight beside it too ("Turkish troops backed by
# Syrian National Army fighters", "Syrian troops backed by Hezbollah fighters"); only the named backers, never
# actors of another kind that landed on the side by mistake. A state force named as rebels' backer stays out: the
# clash-order conventions move rebels ahead of the state side whose backers they are (train's Somali clashes with
# AMISOM named as the army's backer: 3 look-share notes worse).
STATE_LEAD_INTERS = frozenset({1, 8})
REBEL_INTER = 2


def _named_ally(mention: ActorMention, lead: ActorMention, allies: Sequence[ActorMention]) -> bool:
    if mention not in allies:
        return False
    return mention.inter in MILITIA_INTERS or mention.inter == REBEL_INTER and lead.inter in STATE_LEAD_INTERS
VICTIM_INTERS = frozenset({7})


def _first(mentions: Sequence[ActorMention], inters: frozenset[int]) -> ActorMention | None:
    return next((m for m in mentions if m.inter in inters), None)


def _armed(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    return [m for m in mentions if m.inter in ARMED_INTERS]


def _lead(side: Sequence[ActorMention], allies: Sequence[ActorMention] = ()) -> tuple[ActorMention | None,
                                                                                     list[ActorMention]]:
    """The main actor of one side and the distinct others fighting beside it.

    The first named actor leads; vague ones ("gunmen", "JNIM and/or ISGS") only when nothing else is named;
    state forces lead the militias that fight with them ("soldiers and VDP"). Actors of another kind that
    landed on this side by mistake are dropped rather than reported as associates, unless the text named them
    as ``allies`` of the side ("soldiers and Dozo hunters": a communal militia beside the army).
    """
    if not side:
        return None, []
    lead = next((m for m in side if not _is_vague(m)), side[0])
    state = next((m for m in side if m.inter == 1), None)
    if state is not None and lead.inter in MILITIA_INTERS and (_same_side_kind(lead, state) or lead in allies):
        lead = state
    seen = {lead.name}
    others = []
    for mention in side:
        named_ally = _named_ally(mention, lead, allies)
        if mention.name not in seen and (_same_side_kind(mention, lead) or named_ally) and not _is_vague(mention):
            seen.add(mention.name)
            others.append(mention)
    return lead, others


def _violence_against_civilians(sides: _Sides, dictionary: ActorDictionary, country: str | None):
    """Armed actors acted upon ("two soldiers were killed by a bomb") are victims, never the attackers. With no
    attacker and no civilian named they stay actor2 (the sub-event type was likely wrong); when armed attackers
    are named the event is theirs against civilians, as ACLED codes it ("a former officer shot by gang members")."""
    attackers = _armed(sides.agents) or _armed(sides.unknown)
    armed_victims = [] if attackers else _armed(sides.patients)[:1]
    # Civilians acted upon before civilians who acted: "a Palestinian man drove his van into shoppers in Ashdod"
    # hit Israel's civilians, not Palestine's.
    victims = [m for m in sides.patients + sides.unknown + sides.agents if m.inter in VICTIM_INTERS]
    if not victims:
        # Round seventeen: also when the attackers were read as no armed actor ("armed youths from the Murle
        # community ... killing 19 Dinka herders"): the herders are still civilians, not armed victims.
        victims = _community_civilians(sides.patients, dictionary, country)
    victims = victims or armed_victims or [dictionary.generic("civilians", country)]
    side1 = attackers[:1] + [m for m in attackers[1:] if _same_side_kind(m, attackers[0])]
    return side1 or [dictionary.generic("unidentified_armed_group", country)], victims[:1]


# Round fifteen: "Pokot raiders shot dead four Turkana herders": a community's herders or villagers acted upon are
# its civilians (the community phrase reads them as its militia); the civilian word alone is their mention, so the
# victims' community ("Turkana") is read before it as their associated ethnic group.
_CIVILIAN_HEAD = re.compile(r"\s(?:herders|herdsmen|pastoralists|villagers|farmers|residents|civilians|fishermen)$",
                            re.IGNORECASE)
COMMUNITY_INTER = 4


def _community_civilians(patients, dictionary: ActorDictionary, country: str | None) -> list[ActorMention]:
    for mention in patients:
        head = _CIVILIAN_HEAD.search(mention.span.text) if mention.inter == COMMUNITY_INTER and mention.span else None
        if head is not None:
            start = mention.span.start + head.start() + 1
            return [dictionary.generic("civilians", country, Span(start, mention.span.end, head.group().strip()))]
    return []


# State forces at home (1) and abroad (8, with contractors such as Wagner): "Congolese soldiers backed by Ugandan
# troops", "Malian troops and Russian mercenaries" fight on one side.
STATE_LIKE_INTERS = frozenset({1, 8})


def _same_side_kind(mention: ActorMention, lead: ActorMention) -> bool:
    """Auxiliaries fight beside the state: VDP with the army, foreign troops with the army, not ISGS with it.
    A home force does not back a foreign lead: that reading comes from a country guessed wrong (a Syrian army
    named abroad and "its units" named after the dateline's country)."""
    if lead.inter == 8 and mention.inter == 1:
        return False
    state_like = (mention.inter in STATE_LIKE_INTERS) == (lead.inter in STATE_LIKE_INTERS)
    return state_like or {mention.inter, lead.inter} <= {1, 3, 8}


def _battle(sides: _Sides, dictionary: ActorDictionary, country: str | None):
    agents, patients, unknown = _armed(sides.agents), _armed(sides.patients), _armed(sides.unknown)
    if not agents and len({m.name for m in patients}) >= 2:  # "clashes between X and Y"
        agents, patients = _called_the_attackers(patients) or _first_with_allies(patients, sides.backers)
    elif not patients and len({m.name for m in agents}) >= 2:  # "X and Y clashed"
        agents, patients = _first_with_allies(agents, sides.backers)
    elif not agents and not patients and len(unknown) >= 2:
        agents, patients = _first_with_allies(unknown, sides.backers)
    elif not agents:
        agents = _first_with_allies(unknown, sides.backers)[0]
    elif not patients:
        patients = [m for m in unknown if m.name not in {a.name for a in agents}][:1]
    if not agents and patients:
        agents, patients = [_other_side(patients[0], dictionary, country)], patients
    if agents and not patients:
        patients = [_other_side(agents[0], dictionary, country)]
    return agents, patients


# Round eighteen: "the SDF said its fighters had repelled several assaults and killed dozens of the attackers": of
# two sides that both suffered, the one the text calls the attackers attacked (ACLED's actor1 of a clash).
ATTACKER_WORDS = ("attackers", "assailants", "raiders")


def _called_the_attackers(patients: list[ActorMention]):
    attackers = [m for m in patients if m.span is not None and m.span.text.lower().endswith(ATTACKER_WORDS)]
    names = {m.name for m in attackers}
    rest = [m for m in patients if m.name not in names]
    return (attackers[:1], rest) if len(names) == 1 and rest else None


def _first_with_allies(named: list[ActorMention], allies: Sequence[ActorMention]):
    """The first actor named with the allies named right after it ("soldiers and VDP volunteers ... assailants"),
    and everyone else, the other side."""
    side = named[:1]
    for mention in named[1:]:
        if mention not in allies and mention.name != named[0].name:
            break
        side.append(mention)
    taken = {m.name for m in side}
    return side, [m for m in named if m.name not in taken]


# Actors ACLED puts on both sides of one event: unnamed communal, tribal, clan and ethnic militias ("two tribes
# clashed"; train: 155 of 208 armed clashes led by one of them have the same actor2, 40 the state) and rioters
# of two mobs that clash.
SAME_ON_BOTH_SIDES = re.compile(r"^(?:Unidentified (?:Communal|Tribal|Clan|Ethnic) Militia|Rioters)\b")


def faces_itself(name: str | None) -> bool:
    """Whether ACLED may code ``name`` on both sides of one event (two unnamed tribes, two mobs clashing)."""
    return bool(name and SAME_ON_BOTH_SIDES.match(name))


def _other_side(known: ActorMention, dictionary: ActorDictionary, country: str | None) -> ActorMention:
    """A battle with one named side: state forces fought someone unnamed, an unnamed community militia fought
    another one, anyone else fought the state."""
    if known.inter in (1, 8):
        return dictionary.generic("unidentified_armed_group", country)
    if faces_itself(known.name):
        return ActorMention(known.name, known.inter, known.country, None)
    return dictionary.state_force(country, country)


def _crowd(sides: _Sides, dictionary: ActorDictionary, country: str | None, kind: str, sub_event_type: str):
    everyone = sides.agents + sides.unknown + sides.patients
    crowd_inter = 6 if kind == "protesters" else 5
    crowd = _first(everyone, frozenset({crowd_inter})) or dictionary.generic(kind, country)
    force = _crowd_force(sides, dictionary, country, kind, sub_event_type)
    # the police act on protesters ("fired tear gas at students marching"): those are still the crowd; with no
    # force acting, a civilian acted upon is what the crowd protested about ("the killing of a student")
    force_acted = kind == "protesters" and any(m.inter in STATE_LIKE_INTERS or m is force for m in sides.agents)
    named = sides.agents + sides.unknown + (sides.patients if force_acted else ())
    return [crowd, *_crowd_groups(named, country, crowd_inter)], [force] if force else []


_FORCE_USED = frozenset({"Protest with intervention", "Excessive force against protesters", "Violent demonstration"})


def _crowd_force(sides: _Sides, dictionary: ActorDictionary, country: str | None, kind: str,
                 sub_event_type: str) -> ActorMention | None:
    """Actor2 of a protest or riot: the force that acted on the crowd or that it turned on."""
    # the force a crowd turned on ("threw stones at police") before one merely named ("the forces withdrew"); at a
    # protest, the force that acted on the crowd before one it protested against ("protesters against police
    # brutality" shot by soldiers)
    force_first = sides.patients + sides.agents + sides.unknown if kind == "rioters" else \
        sides.agents + sides.patients + sides.unknown
    force_used = sub_event_type in _FORCE_USED
    # a foreign force or a UN mission the crowd faced is the state's part ("stormed a UN base", Israeli forces
    # dispersing a march in the West Bank)
    force = _first(force_first, STATE_LIKE_INTERS) if force_used or kind == "rioters" else None
    if force is None and force_used and kind == "protesters":
        # a group that rules where it acts ("Taliban fighters fired into the air to disperse women protesting")
        force = next((m for m in sides.agents if m.inter in GROUP_INTERS and not _is_vague(m)), None)
    if sub_event_type == "Mob violence" and (force is None or force not in sides.patients):
        # mobs mostly attack people (ACLED: actor2 Civilians in 46 % of train's mob violence, state forces 19 %)
        everyone = sides.agents + sides.unknown + sides.patients
        force = _first(everyone, VICTIM_INTERS) or dictionary.generic("civilians", country)
    if force is None and sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
        force = dictionary.state_force(country, country, branch="police")
    return force


# Who the crowd was, as ACLED's associated actor of protests and riots (train's commonest assoc_actor_1 of
# protests: Labour Group 3,399, Students 3,240, Women 658, Teachers 628, Health Workers 471, Farmers 437,
# Journalists 423, Lawyers 113, Fishermen 107).
CROWD_GROUPS = (
    (re.compile(r"\b(?:students?|pupils?|schoolchildren|undergraduates)$", re.IGNORECASE), "Students"),
    (re.compile(r"\bteachers?$", re.IGNORECASE), "Teachers"),
    (re.compile(r"\b(?:health workers?|doctors?|nurses?|medics?|medical workers?)$", re.IGNORECASE), "Health Workers"),
    (re.compile(r"\bfarmers?$", re.IGNORECASE), "Farmers"),
    (re.compile(r"\bjournalists?$", re.IGNORECASE), "Journalists"),
    (re.compile(r"\blawyers?$", re.IGNORECASE), "Lawyers"),
    (re.compile(r"\bfishermen$", re.IGNORECASE), "Fishermen"),
    (re.compile(r"\bwomen$", re.IGNORECASE), "Women"),
    (re.compile(r"\b(?:workers?|labou?rers?|employees|trade unionists|unionists|unions|union members)$",
                re.IGNORECASE), "Labour Group"),
)


def _crowd_groups(named: Sequence[ActorMention], country: str | None, crowd_inter: int) -> list[ActorMention]:
    """The groups the crowd is named as ("university students protested", "teachers marched"): civilians of the
    passage that no one but the police acted upon, as "Students (Kenya)". When the text never names the country
    the group is named bare ("Students") and ``assemble.qualify_actors`` adds the geo stage's country."""
    found: dict[str, ActorMention] = {}
    for mention in named:
        label = _crowd_label(mention)
        if label and label not in found:
            name = f"{label} ({country})" if country else label
            found[label] = ActorMention(name, crowd_inter, country, mention.span)
    return list(found.values())


def _crowd_label(mention: ActorMention) -> str | None:
    if mention.inter not in VICTIM_INTERS or mention.span is None:
        return None
    return next((label for pattern, label in CROWD_GROUPS if pattern.search(mention.span.text)), None)


_BOMBS_STATES_SUFFER = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})


def _remote(sides: _Sides, dictionary: ActorDictionary, country: str | None, sub_event_type: str):
    if sub_event_type in _BOMBS_STATES_SUFFER:
        sides = _states_suffer_bombs(sides)
    agents = _remote_agents(sides, dictionary, country, sub_event_type)
    taken = {a.name for a in agents}
    candidates = sides.patients + sides.unknown
    if sub_event_type == "Suicide bomb":
        candidates = _suicide_bombing_targets(sides)
    patients = _armed_targets_first([m for m in candidates if m.name not in taken], sub_event_type)[:1]
    if not patients and sub_event_type == "Suicide bomb":
        # a suicide bombing whose target the text does not name hit civilians (train: 22 of 23 such notes)
        patients = [dictionary.generic("civilians", country)]
    return agents, patients


# Air strikes aimed at an armed group's people: "killed nine people, including a Hezbollah field commander",
# "killed five people, including three HTS members" are ACLED's strikes on the group (train's air and drone
# strikes: actor2 0.7918 -> 0.7951; shelling, tried too, lost 5 notes: shells hit towns a group holds).


def _armed_targets_first(targets: list[ActorMention], sub_event_type: str) -> list[ActorMention]:
    if sub_event_type != "Air/drone strike":
        return targets
    named_groups = [m for m in targets if m.inter in GROUP_INTERS and not _is_vague(m)]
    return named_groups + [m for m in targets if m not in named_groups]


def _suicide_bombing_targets(sides: _Sides) -> tuple[ActorMention, ...]:
    """Who a suicide bombing may have hit: forces named beside it but not acted upon cordoned off the scene or
    reported it, and unnamed attackers ("an Al Shabaab suicide bomber": "suicide bomber" is read as an unnamed
    armed group of its own) are the bomber's side."""
    bystanders = tuple(m for m in sides.unknown if m.inter not in (1, 8))
    return tuple(m for m in sides.patients + bystanders if not m.name.startswith("Unidentified Armed Group"))


def _states_suffer_bombs(sides: _Sides) -> _Sides:
    """State forces hit mines, they rarely lay them (4 % of train's IED events have state forces as actor1),
    unless the text says so ("a mine planted by pro-Houthi forces"); nor do they send suicide bombers (8 of
    train's 154 suicide bombings)."""
    victims = tuple(m for m in _armed(sides.agents) if m.inter in (1, 8) and m not in sides.named_agents)
    agents = tuple(m for m in sides.agents if m not in victims)
    return replace(sides, agents=agents, patients=victims + sides.patients)


def _remote_agents(sides: _Sides, dictionary: ActorDictionary, country: str | None,
                   sub_event_type: str) -> list[ActorMention]:
    agents = _armed(sides.agents)
    if not agents and sub_event_type == "Air/drone strike":
        agents = [m for m in sides.unknown + sides.patients if m.inter in (1, 8)][:1] or \
                 [dictionary.unclaimed_air_power(country)]
    if not agents and sub_event_type in ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade"):
        # the home state's forces named on no side were hit or came after the blast (train, held-out share: 13
        # IED sides better, 4 worse); foreign forces at war lay mines (Russia's in Ukraine)
        layers = [m for m in _armed(sides.unknown) if sub_event_type not in _BOMBS_STATES_SUFFER or m.inter != 1]
        agents = layers[:1] or [dictionary.generic("unidentified_armed_group", country)]
    return agents or _armed(sides.unknown)[:1]


def _looting(sides: _Sides, dictionary: ActorDictionary, country: str | None):
    """Looting and destruction hit civilians' property unless an armed patient is named (78 % in train)."""
    agents, patients = _generic_sides(sides)
    if not patients or patients[0].inter not in ARMED_INTERS:
        patients = [m for m in patients if m.inter in VICTIM_INTERS] or [dictionary.generic("civilians", country)]
    return agents or [dictionary.generic("unidentified_armed_group", country)], patients


def _arrests(sides: _Sides, dictionary: ActorDictionary, country: str | None):
    """State forces arrest (97 % of train's arrests); the arrested are civilians unless a group is named."""
    everyone = sides.agents + sides.unknown + sides.patients
    state = _first(everyone, frozenset({1, 8})) or dictionary.state_force(country, country, branch="police")
    others = [m for m in everyone if m.name != state.name and m.inter not in (1, 8)]
    return [state], others[:1] or [dictionary.generic("civilians", country)]


def _generic_sides(sides: _Sides):
    agents = list(sides.agents) or _first_with_allies(list(sides.unknown), sides.backers)[0]
    taken = {a.name for a in agents}
    # a backer merely named beside the actor ("accompanied by settlers") is on its side, not its target
    patients = [m for m in sides.patients + sides.unknown if m.name not in taken and m not in sides.backers][:1]
    return agents, patients


def _choose(sides: _Sides, dictionary: ActorDictionary, sub_event_type: str | None, country: str | None):
    event_type = EVENT_TYPE_OF.get(sub_event_type or "")
    if event_type == "Violence against civilians":
        return _violence_against_civilians(sides, dictionary, country)
    if event_type == "Battles":
        return _battle(sides, dictionary, country)
    if event_type == "Protests":
        return _crowd(sides, dictionary, country, "protesters", sub_event_type)  # type: ignore[arg-type]
    if event_type == "Riots":
        return _crowd(sides, dictionary, country, "rioters", sub_event_type)  # type: ignore[arg-type]
    if event_type == "Explosions/Remote violence":
        return _remote(sides, dictionary, country, sub_event_type)  # type: ignore[arg-type]
    if sub_event_type == "Looting/property destruction":
        return _looting(sides, dictionary, country)
    if sub_event_type == "Arrests":
        return _arrests(sides, dictionary, country)
    return _generic_sides(sides)
