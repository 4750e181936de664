"""Actors of an event: who was hit (armed people or civilians), and actor1/actor2 merged over its mentions with
claims of responsibility, named associates and ACLED's unidentified armed group."""

from __future__ import annotations

import re
from typing import Any, Sequence

from eventwire.extract.context import ArticleContext
from eventwire.extract.detect import REPORT
from eventwire.extract.mentions import Mention
from eventwire.extract.typing_rules import CIVILIAN_INTER
from eventwire.records import ActorMention

UNIDENTIFIED_ARMED_GROUP_INTER = 3
EXTERNAL_FORCES_INTER = 8  # ACLED codes unidentified armed groups as political militias
_CIVILIAN_WORDS = re.compile(
    r"\b(?:civilians?|villagers?|residents?|people|persons?|children|women|men|farmers?|herders?|passengers?|"
    r"worshippers?|students?|teachers?|traders?|merchants?|journalists?|workers?|family|families|boys?|girls?|victims|"
    r"village|house|home|market|school|church|mosque|bus|vehicle|councillor|councilor|elder|miners?|man|"
    r"individuals?|notables?|vendors?|guards?|managers?|health workers|consumers|elderly|minors?|youths?|"
    r"pupils?|inhabitants?|displaced|refugees?|mourners?|christians?|muslims?|chief|pastors?|imams?|wom[ae]n)\b",
    re.IGNORECASE,
)
_ARMED_WORDS = re.compile(
    r"\b(?:soldiers?|troops?|servicem[ae]n|police(?:m[ae]n| officers?)?|gendarmes?|officers?|guards?|militants?|"
    r"jihadists?|insurgents?|rebels?|fighters?|militiam[ae]n|militia|army|military|base|checkpoint|patrol|positions|"
    r"members of the (?:security|armed) forces|security forces|NDS|gendarmerie|police station|detachment|garrison|"
    r"military post|militiamen|Koglweogo|VDP|soldier|"
    r"convoy|outpost|barracks|camp|volunteers?|VDP|dozos?|peacekeepers?|personnel)\b",
    re.IGNORECASE,
)


def victims_inter(mentions: Sequence[Mention]) -> int | None:
    """Who was hit, mention by mention: armed people named as the dead or as the target of the attack make it
    a fight; else civilians named as the dead or the target; else whichever kind is named first after the
    first trigger (the perpetrators usually stand before it)."""
    for mention in mentions:
        deaths = " ".join(c.who or "" for c in mention.deaths)
        target = _target_words(mention)
        for text, pattern, inter in ((deaths, _ARMED_WORDS, 1), (target, _ARMED_WORDS, 1),
                                     (deaths, _CIVILIAN_WORDS, CIVILIAN_INTER), (target, _CIVILIAN_WORDS, CIVILIAN_INTER)):
            if pattern.search(text):
                return inter
    for mention in mentions:
        after = _text_after_first_trigger(mention)
        armed, civilian = _ARMED_WORDS.search(after), _CIVILIAN_WORDS.search(after)
        if armed and (not civilian or armed.start() < civilian.start()):
            return 1
        if civilian:
            return CIVILIAN_INTER
    return None


# How far after an attack verb its object may stand ("attacked the gendarmerie post in ...").
TARGET_WINDOW_CHARS = 45


def _target_words(mention: Mention) -> str:
    reports = [t for t in mention.triggers if t.kind == REPORT and t.tactic in ("attack", "clash", "arson")]
    if not reports:
        return ""
    offset = reports[0].span.end - mention.sentence.start
    return mention.sentence.text[offset:offset + TARGET_WINDOW_CHARS]


def _text_after_first_trigger(mention: Mention) -> str:
    if not mention.triggers:
        return ""
    offset = mention.triggers[0].span.end - mention.sentence.start
    return mention.sentence.text[offset:offset + 80]


def _inter(roles: Any, name: str) -> int | None:
    value = getattr(roles, name, None)
    return value if isinstance(value, int) and value > 0 else None


_ROLE_KEYS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


def group_roles(mentions: Sequence[Mention], sub_event_type: str | None, country: str | None, context: ArticleContext) -> dict:
    """Actor fields of the event: a claimant of responsibility is actor1; otherwise each mention's roles, in
    order of report mentions, fill what earlier mentions left empty (a later "49 soldiers were killed" names
    the victims that the opening sentence left out)."""
    merged: dict[str, Any] = {"evidence": {}}
    actors = [a for m in mentions for a in m.actors]
    ordered = sorted(mentions, key=lambda m: not m.reports)
    # Mentions that name no actor add nothing but ACLED's conventions, which the first mention already gives.
    for mention in [m for i, m in enumerate(ordered) if i == 0 or m.actors]:
        roles = context.kit.assign_roles(context.text, mention.start, mention.end, actors, sub_event_type, country)
        _fill(merged, roles, "1")
        _fill(merged, roles, "2")
    _promote_named_associate(merged)
    _victims_are_actor2(merged, mentions, country)
    claimant = _claimant(mentions)
    if claimant is not None and claimant.name != merged.get("actor1"):
        _put_claimant_first(merged, claimant)
    if merged.get("actor2") == merged.get("actor1"):
        merged["actor2"] = merged["inter2"] = None
    if not merged.get("actor1") and merged.get("actor2") and country and _UNSEEN_PERPETRATOR.get(sub_event_type or ""):
        # Someone fired the shell or planted the bomb: ACLED's unidentified armed group.
        merged["actor1"], merged["inter1"] = f"Unidentified Armed Group ({country})", UNIDENTIFIED_ARMED_GROUP_INTER
    inter_of = getattr(context.kit.actors, "inter_of", None)
    for side in ("1", "2"):
        if merged.get(f"actor{side}") and not merged.get(f"inter{side}") and inter_of is not None:
            merged[f"inter{side}"] = inter_of(merged[f"actor{side}"])
    return merged


_UNSEEN_PERPETRATOR = {sub: True for sub in (
    "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Attack",
    "Abduction/forced disappearance", "Armed clash",
)}


def _promote_named_associate(merged: dict) -> None:
    """'Fighters loyal to ISWAP': a named group beside an unidentified one is the real actor."""
    for side in ("1", "2"):
        actor, assoc = merged.get(f"actor{side}"), merged.get(f"assoc_actor_{side}")
        if actor and assoc and actor.startswith("Unidentified Armed Group") and ";" not in assoc:
            merged[f"actor{side}"], merged[f"assoc_actor_{side}"] = assoc, None
            merged[f"inter{side}"] = None
            evidence = merged["evidence"]
            if evidence.get(f"assoc_actor_{side}"):
                evidence[f"actor{side}"] = evidence.pop(f"assoc_actor_{side}")


def _victims_are_actor2(merged: dict, mentions: Sequence[Mention], country: str | None) -> None:
    """'Two Malian soldiers were killed by a roadside bomb': an actor named as the dead is acted upon."""
    spans = merged["evidence"].get("actor1") or ()
    deaths = [c.span for m in mentions for c in m.deaths]
    if merged.get("actor2") or not spans or not any(d.start <= spans[0].start < d.end for d in deaths):
        return
    merged["actor2"], merged["inter2"] = merged["actor1"], merged.get("inter1")
    merged["evidence"]["actor2"] = merged["evidence"].pop("actor1")
    merged["actor1"] = f"Unidentified Armed Group ({country})" if country else None
    merged["inter1"] = UNIDENTIFIED_ARMED_GROUP_INTER if country else None
    merged["assoc_actor_1"] = None


def _fill(merged: dict, roles: Any, side: str) -> None:
    actor, assoc, inter = f"actor{side}", f"assoc_actor_{side}", f"inter{side}"
    name = _name(getattr(roles, actor, None))
    other = merged.get("actor2" if side == "1" else "actor1")
    # A named actor only replaces an unidentified one: "Civilians" read off the toll stay the victims even
    # when a later sentence names an armed group.
    if not name or name == other or (merged.get(actor) and not merged[actor].startswith("Unidentified")):
        return
    if merged.get(actor) and name.startswith("Unidentified"):
        return
    merged[actor], merged[assoc], merged[inter] = name, _name(getattr(roles, assoc, None)), _inter(roles, inter)
    evidence = dict(getattr(roles, "evidence", None) or {})
    for key in (actor, assoc):
        if evidence.get(key):
            merged["evidence"][key] = tuple(evidence[key])


def _is_generic(name: str) -> bool:
    return name.startswith(("Unidentified", "Civilians", "Protesters", "Rioters"))


def _put_claimant_first(merged: dict, claimant: ActorMention) -> None:
    """The claimant attacked; whoever the sentences made actor1 becomes the target when none was named."""
    previous, previous_inter = merged.get("actor1"), merged.get("inter1")
    if previous and not merged.get("actor2") and not _is_generic(previous):
        merged["actor2"], merged["inter2"] = previous, previous_inter
        merged["evidence"]["actor2"] = merged["evidence"].get("actor1", ())
    merged["actor1"], merged["inter1"], merged["assoc_actor_1"] = claimant.name, claimant.inter, None
    merged["evidence"]["actor1"] = (claimant.span,) if claimant.span else ()


def _name(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    return getattr(value, "name", None)


def actor_fields_of(merged: dict) -> tuple[dict, dict]:
    fields = {k: merged.get(k) for k in _ROLE_KEYS}
    fields["inter1"] = merged.get("inter1")
    fields["inter2"] = merged.get("inter2")
    evidence = {k: tuple(v) for k, v in merged["evidence"].items() if v and (fields.get(k) or k.startswith("assoc"))}
    return fields, evidence


def _claimant(mentions: Sequence[Mention]) -> ActorMention | None:
    return next((claim for m in mentions for claim in m.claims), None)

