"""``assign_roles``: actor1/actor2 (and associated actors) of one event from its passage, as ``Roles``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.actors.names import force_home, state_force_name
from eventwire.extract.roles.conventions import COMMUNITY_INTER, GROUP_INTERS, _choose, _lead, faces_itself
from eventwire.extract.roles.sides import _is_vague, _split_sides
from eventwire.extract.roles.special_cases import (
    DRUG_WAR_VIGILANTES, DRUG_WORDS, SYMMETRIC_VERB, UNNAMED_SUICIDE_BOMBERS, _country_bombers, _country_order,
    _attacking_herders, _crowds_outside_protests, _drug_war_killers, _fights_itself, _group_takes, _mob_justice,
    _mobs_clash, _order_left_open,
    BLASTS_THAT_HIT_CIVILIANS, _state_retakes, _unclaimed_weapons, _unnamed_blast_victims, interceptor_first,
)
from eventwire.extract.roles.claims import DENIAL_WORDS, blame_denied
from eventwire.extract.roles.communal_clash import community_fighters, community_pair, with_community_sides
from eventwire.extract.roles.victims import home_community_militia, with_foreign_victims, with_victim_groups
from eventwire.records import ActorMention, Span


@dataclass(frozen=True)
class Roles:
    """The actor fields of one event and the spans they were read from."""

    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    evidence: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)


def assign_roles(text: str, start: int, end: int, mentions: Sequence[ActorMention], sub_event_type: str | None,
                 country: str | None, dictionary: ActorDictionary | None = None) -> Roles:
    """Actor1/actor2 (and associated actors) of the event reported in ``text[start:end]``.

    ``mentions`` are the actors ``find_actors`` found (absolute spans); those outside the passage are ignored.
    """
    dictionary = dictionary or ActorDictionary.load()
    inside = _without_possessors(_without_speakers(text, _inside(mentions, start, end)))
    if _holds_any_between(text, start, end, DENIAL_WORDS):  # speed only: no denial told
        inside = [m for m in inside if not blame_denied(text, m, end)]
    if _holds_any_between(text, start, end, _WITNESS_WORDS):  # speed only
        inside = _without_witnesses(text, inside)
    if _holds_any_between(text, start, end, _BACKGROUND_WORDS):  # speed only
        inside = _without_background_conflict(text, inside, end)
    inside = _with_back_references(text, inside)
    local = _crowds_outside_protests(inside, sub_event_type, dictionary, country)
    sides = _attacking_herders(_split_sides(text, start, end, local), dictionary, country)
    side1, side2 = _choose(sides, dictionary, sub_event_type, country)
    if sub_event_type == "Attack" and country in DRUG_WAR_VIGILANTES and DRUG_WORDS.search(text, start, end):
        side1 = _drug_war_killers(side1, country)
    if sub_event_type == "Suicide bomb" and country in UNNAMED_SUICIDE_BOMBERS:
        side1, side2 = _country_bombers(side1, side2, text, country, dictionary)
    if sub_event_type == "Mob violence" and SYMMETRIC_VERB.search(text, start, end):
        side2 = _mobs_clash(side1, side2)
    if sub_event_type == "Mob violence":
        side1 = _mob_justice(side1, text, start, end, country, dictionary)
    if sub_event_type == "Government regains territory":
        side1, side2 = _state_retakes(side1, side2, local)
    if sub_event_type in BLASTS_THAT_HIT_CIVILIANS:
        side2 = _unnamed_blast_victims(side2, text[start:end], dictionary, country)
    if sub_event_type == "Disrupted weapons use":
        side1, side2 = interceptor_first(side1, side2, local, text)
        side2 = _unclaimed_weapons(side1, side2, dictionary, country)
    if sub_event_type == "Non-state actor overtakes territory":
        side1, side2 = _group_takes(side1, side2, local)
    if sub_event_type == "Armed clash" and (country in dictionary.strict_order
                                            or _order_left_open(sides, side1, side2, text)):
        side1, side2 = _country_order(side1, side2, dictionary, country)
    side1, side2 = _distinct_sides(side1, side2)
    if sub_event_type == "Armed clash" and not (_read_in_text(side1) and _read_in_text(side2)):
        pair = community_pair(text, start, end, country, dictionary)
        side1, side2 = _with_community_pair(side1, side2, pair) if pair else (side1, side2)
    if sub_event_type in _COMMUNITY_ATTACKS and (not side1 or _is_vague(side1[0])):
        side1 = _community_for_unnamed(side1, side2, text, start, end, country, dictionary)
    if sub_event_type == "Armed clash" and country and _community_faces_a_filler(side1, side2):
        side2 = _home_community_fights(side2, text[start:end], country, dictionary, side1)
    if sub_event_type == "Armed clash":
        side1, side2 = _fights_itself(side1, side2, sides, text, start, end)
    side2 = with_foreign_victims(side2, text, (start, end), country, [*local, *side1])
    allies = sides.backers
    side2 = with_victim_groups(_subunit_for_parent(side2, allies), text, dictionary, (start, end), side1)
    return _roles_from(_subunit_for_parent(side1, allies), side2, allies)


def _read_in_text(side: list[ActorMention]) -> bool:
    """Whether a side's lead was read in the text as a named actor: not a convention's filler (the state a lone
    militia is taken to fight has no span) and not unnamed gunmen."""
    return bool(side) and side[0].span is not None and not _is_vague(side[0])


def _with_community_pair(side1: list[ActorMention], side2: list[ActorMention], pair: Sequence[ActorMention]):
    """The pair of communities a clash passage names takes the sides no named actor holds ("the Dinka Bor and
    Murle tribesmen clashed": the Murle's rival, not the state a lone militia is taken to fight). Beside a named
    side only a convention's filler gives way: "soldiers clashed with gunmen" keeps its gunmen."""
    named1, named2 = _read_in_text(side1), _read_in_text(side2)
    if named1 or named2:
        named1, named2 = named1 or _spanned(side1), named2 or _spanned(side2)
    new1, new2 = with_community_sides(side1 if named1 else [], side2 if named2 else [], pair)
    return new1 or side1, new2 or side2


def _spanned(side: list[ActorMention]) -> bool:
    return bool(side) and side[0].span is not None


# Where "armed men from the X community" stand for X's militia. Train: the pattern touches 171 attack and clash
# notes, whose actor1 is a communal, ethnic or clan militia in 141 (the very name in 67); other types, 23 notes
# with 5 such actor1s, are left out. Held-out share actor1 0.8446 -> 0.8451.
_COMMUNITY_ATTACKS = frozenset({"Attack", "Armed clash"})


def _community_for_unnamed(side1: list[ActorMention], side2: list[ActorMention], text: str, start: int, end: int,
                           country: str | None, dictionary: ActorDictionary) -> list[ActorMention]:
    """Actor1 read as an unnamed armed group (or no one) is the community militia the passage names."""
    militia = community_fighters(text, start, end, country, dictionary)
    if militia is None or any(m.name == militia.name for m in side2):
        return side1
    return [militia] + side1[1:]


def _community_faces_a_filler(side1: list[ActorMention], side2: list[ActorMention]) -> bool:
    return bool(side1) and side1[0].inter == COMMUNITY_INTER and bool(side2) and side2[0].span is None


def _home_community_fights(side2: list[ActorMention], passage: str, country: str, dictionary: ActorDictionary,
                           attackers: list[ActorMention]) -> list[ActorMention]:
    """Round nineteen: "armed Murle youths attacked Lou Nuer cattle camps, sparking fighting that lasted two days":
    a community militia's clash with the community whose camps or villages it attacked is with that community's
    militia, not with the state a lone militia is taken to fight."""
    militia = home_community_militia(passage, country, dictionary, attackers)
    if militia is None:
        return side2
    return [ActorMention(militia, COMMUNITY_INTER, country, None)] + side2[1:]


def _subunit_for_parent(side: list[ActorMention], allies: Sequence[ActorMention] = ()) -> list[ActorMention]:
    """A sub-unit stands for its own force on one side: "Frontier Corps camp ... four soldiers died" is the Frontier
    Corps alone, in the place the first of the two was named (train: 120 of 2,463 sub-unit actors carry their
    parent force as an associate). Named together as allies ("Iraqi troops and PMF fighters") both fight, the
    first named leading (train: the army leads the PMF in 50 notes, the PMF the army in 21, as the notes name
    them: "the PMF and Iraqi forces carried out an operation")."""
    parents: dict[str, ActorMention] = {}
    for mention in side:
        parent = _parent_force(mention.name)
        if parent != mention.name:
            parents.setdefault(parent, mention)
    if not any(m.name in parents for m in side):
        return side
    if any(m in allies for m in side):
        return side
    kept: list[ActorMention] = []
    for mention in side:
        chosen = parents.get(mention.name, mention)
        if chosen not in kept:
            kept.append(chosen)
    return kept


def _parent_force(name: str) -> str:
    """``Military Forces of Pakistan`` for ``Military Forces of Pakistan Frontier Corps``."""
    home = force_home(name)
    return state_force_name(home, name.split(" of ", 1)[0]) if home else name


def _distinct_sides(side1: list[ActorMention], side2: list[ActorMention]):
    """Each actor on one side only: actor2 is never actor1 (bar actors ACLED puts on both sides), and an actor
    the passage names on both sides ("FARDC attacked ... the ADF attacked FARDC") leads side 2 rather than
    vanishing from it as an associate of side 1."""
    side1 = _without_attacked_state(side1, side2)
    lead1 = _lead(side1)[0]
    side2 = [m for m in side2 if lead1 is None or m.name != lead1.name or faces_itself(m.name)]
    lead2 = _lead(side2)[0]
    if lead2 is not None and not faces_itself(lead2.name):
        side1 = [m for m in side1 if m.name != lead2.name]
    return side1, side2


def _without_attacked_state(side1: list[ActorMention], side2: list[ActorMention]) -> list[ActorMention]:
    """A state force that a named group on side 1 acted upon is not that group's ally, even when a clause puts it
    on side 1 too ("cartel gunmen attacked an army convoy after soldiers detained ..."): the state leads the
    militias that fight beside it only when it is not also their target. The group must be named first: "soldiers
    and VDP volunteers" are allies whatever the rest of the passage says."""
    if not side1 or side1[0].inter not in GROUP_INTERS:
        return side1
    attacked = {m.name for m in side2 if m.inter == 1}
    kept = [m for m in side1 if m.name not in attacked]
    return kept if len(kept) < len(side1) else side1


# ", a vigilante leader said", ", a doctors' committee said": the source of the report, not a side of the event.
# Only unarmed and communal speakers (inter 3–7) are left out: "..., the army said" often names the side the
# sentence left implicit, and a group's statement is its claim.
_SPEAKER_BEFORE = re.compile(r",\s+(?:[\w'’-]+\s+){0,2}$")
_SPEAKER_AFTER = re.compile(r"(?:'s?)?(?:\s+[\w'’-]+){0,2}?\s+(?:said|says|told)\b")
_SPEAKER_INTERS = frozenset({3, 4, 5, 6, 7})
_SPEAKER_REACH = 30


# Round nineteen: "the Volunteers for the Defence of the Homeland, the army's civilian auxiliaries": a country's
# army or police named only as the owner of a militia ("the army's auxiliaries", "Russia's Wagner mercenaries") is
# no side. A state sub-unit's own militias stay its ("the PMF's Kataib Hezbollah": ACLED leads with the PMF).
_POSSESSIVE_ENDS = ("'s", "’s")
_OWNED_INTERS = frozenset({2, 3, 4})


def _without_possessors(mentions: list[ActorMention]) -> list[ActorMention]:
    owners = {id(owner) for owner, owned in zip(mentions, mentions[1:]) if _owns(owner, owned)}
    return [m for m in mentions if id(m) not in owners] if owners else mentions


def _owns(owner: ActorMention, owned: ActorMention) -> bool:
    return (owner.span is not None and owned.span is not None and owner.inter in (1, 8)
            and owned.inter in _OWNED_INTERS and owner.span.text.endswith(_POSSESSIVE_ENDS)
            and 0 < owned.span.start - owner.span.end <= 1 and _plain_force(owner.name))


def _plain_force(name: str) -> bool:
    """``Military Forces of Mali`` or ``Police Forces of Mali``, no sub-unit."""
    home = force_home(name)
    return home is not None and name in (state_force_name(home), state_force_name(home, "Police Forces"))


# Round nineteen: "pulled five teachers out of a classroom and shot them in front of their pupils": the civilians
# before whom an act was done saw it; the act's victims are the others the passage names.
_WITNESSED_BEFORE = re.compile(r"\bin\s+(?:front|full\s+view)\s+of\s+(?:(?:their|his|her|the|its)\s+)?(?:own\s+)?$",
                               re.IGNORECASE)
_WITNESS_REACH = 30
_WITNESS_WORDS = ("front", "full view")  # speed gate, as written


def _without_witnesses(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    witnesses = [m for m in mentions if m.inter == 7 and m.span is not None
                 and _WITNESSED_BEFORE.search(text, max(0, m.span.start - _WITNESS_REACH), m.span.start)]
    others = [m for m in mentions if m.inter == 7 and m not in witnesses]
    return [m for m in mentions if m not in witnesses] if witnesses and others else mentions


# "A drone strike on a town square killed at least 26 people, the commission said, as fighting between the army and
# the Fano militia spread across the region": the war the act happened in names no side of the act.
_BACKGROUND_CONFLICT = re.compile(
    r",\s+(?:as|amid|while)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:fighting|clashes|war|conflict|hostilities|violence)\s+"
    r"between\b", re.IGNORECASE)
_BACKGROUND_WORDS = ("between",)  # speed gate, as written


def _without_background_conflict(text: str, mentions: list[ActorMention], end: int) -> list[ActorMention]:
    """The actors of the act, without those of a background clause that names the war's sides (when others are
    left)."""
    first = min((m.span.start for m in mentions if m.span is not None), default=end)
    clause = _BACKGROUND_CONFLICT.search(text, first, end)
    if clause is None:
        return mentions
    kept = [m for m in mentions if m.span is None or m.span.start < clause.start()]
    return kept if kept else mentions


# Round nineteen: "Jihadists attacked Dozo hunters guarding the village ... The hunters said they had killed several
# of the attackers": common words that end an earlier named actor's mention refer back to it; read alone, "the
# hunters" were a vigilante group of their own, "the militants" an unidentified group.
_ARTICLE = re.compile(r"^(?:the|these|those)\s+", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)


def _with_back_references(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    named: list[ActorMention] = []
    read: list[ActorMention] = []
    for mention in mentions:
        earlier = next((e for e in reversed(named) if _refers_back(text, mention, e)), None) \
            if mention.span is not None else None
        if earlier is not None:
            mention = ActorMention(earlier.name, earlier.inter, earlier.country, mention.span)
        read.append(mention)
        if mention.span is not None and " " in mention.span.text and mention.span.text[:1].isupper():
            named.append(mention)
    return read


def _refers_back(text: str, mention: ActorMention, earlier: ActorMention) -> bool:
    """"the hunters" after "Dozo hunters": the definite common words that end an earlier mention of another name."""
    span = mention.span
    words = _ARTICLE.sub("", span.text)
    definite = words != span.text or bool(_ARTICLE_BEFORE.search(text, max(0, span.start - 8), span.start))
    return definite and words.islower() and mention.name != earlier.name and earlier.span.text.endswith(" " + words)


def _holds_any_between(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` holds one of ``words`` as written (a speed gate that copies no text)."""
    for word in words:  # a plain loop, no generator: called for every passage
        if text.find(word, start, end) != -1:
            return True
    return False


def _without_speakers(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    return [m for m in mentions if m.span is None or m.inter not in _SPEAKER_INTERS or not _is_speaker(text, m.span)]


def _is_speaker(text: str, span: Span) -> bool:
    before = text[max(0, span.start - _SPEAKER_REACH):span.start]
    return bool(_SPEAKER_BEFORE.search(before)) and bool(_SPEAKER_AFTER.match(text, span.end,
                                                                             span.end + _SPEAKER_REACH))


def _inside(mentions: Sequence[ActorMention], start: int, end: int) -> list[ActorMention]:
    inside = [m for m in mentions if m.span is None or (start <= m.span.start and m.span.end <= end)]
    return sorted(inside, key=lambda m: m.span.start if m.span else -1)


def _roles_from(side1: Sequence[ActorMention], side2: Sequence[ActorMention],
                allies: Sequence[ActorMention] = ()) -> Roles:
    lead1, others1 = _lead(side1, allies)
    lead2, others2 = _lead(side2, allies)
    evidence: dict[str, tuple[Span, ...]] = {}
    for key, group in (("actor1", [lead1]), ("assoc_actor_1", others1), ("actor2", [lead2]),
                       ("assoc_actor_2", others2)):
        spans = tuple(m.span for m in group if m is not None and m.span is not None)
        if spans:
            evidence[key] = spans
    return Roles(
        actor1=lead1.name if lead1 else None,
        assoc_actor_1="; ".join(m.name for m in others1) or None,
        actor2=lead2.name if lead2 else None,
        assoc_actor_2="; ".join(m.name for m in others2) or None,
        inter1=lead1.inter if lead1 else None,
        inter2=lead2.inter if lead2 else None,
        evidence=evidence,
    )
