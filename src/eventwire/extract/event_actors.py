"""Actors of an event: who was hit (armed people or civilians), and actor1/actor2 merged over its mentions with
claims of responsibility, named associates and ACLED's unidentified armed group."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any, Sequence

from eventwire.countries import country_by_name
from eventwire.extract.actors.names import STATE_KINDS, force_home, state_force_name
from eventwire.extract.context import ArticleContext, says_unclaimed
from eventwire.extract.detect import REPORT
from eventwire.extract.gates import gate_words, leading_words_by_branch
from eventwire.extract.lexicon import gated_matches, may_hold_any, word_places
from eventwire.extract.mentions import Mention
from eventwire.extract.roles import REACTS_AFTER, faces_itself
from eventwire.extract.sentences import Sentence
from eventwire.extract.typing_rules import CIVILIAN_INTER, INTERVENTION
from eventwire.extract.words import text_words
from eventwire.records import EVENT_TYPE_OF, ActorMention, Span

UNIDENTIFIED_ARMED_GROUP_INTER = 3
EXTERNAL_FORCES_INTER = 8  # ACLED codes unidentified armed groups as political militias
_CIVILIAN_WORDS = re.compile(
    r"\b(?:civilians?|villagers?|residents?|people|persons?|children|women|men|farmers?|herders?|passengers?|"
    r"worshippers?|students?|teachers?|traders?|merchants?|journalists?|workers?|family|families|boys?|girls?|victims|"
    r"village|house|home|market|school|church|mosque|bus|vehicle|councillor|councilor|elder|miners?|man|"
    r"individuals?|notables?|vendors?|guards?|managers?|health workers|consumers|elderly|minors?|youths?|"
    r"pupils?|inhabitants?|displaced|refugees?|mourners?|christians?|muslims?|chief|pastors?|imams?|wom[ae]n|"
    r"activists?|bloggers?|detainees?|prisoners?|inmates?)\b",
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

# A prison attacked is held by its guards: train, notes of an armed group attacking, storming or raiding a prison
# or jail: Armed clash 10 of 13 (against the prison guards), Attack 1.
_GUARDED_TARGET = re.compile(r"^\W*(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:prisons?|jails?|correctional\s+"
                             r"(?:centres?|centers?|facilit(?:y|ies)))\b", re.IGNORECASE)


def victims_inter(mentions: Sequence[Mention]) -> int | None:
    """Who was hit, mention by mention: armed people named as the dead or as the target of the attack make it
    a fight; else civilians named as the dead or the target; else whichever kind is named first after the
    first trigger (the perpetrators usually stand before it)."""
    for mention in mentions:
        deaths = " ".join(c.who or "" for c in mention.deaths)
        target = _target_words(mention)
        if target and _GUARDED_TARGET.match(target):
            return 1
        for text, pattern, inter in ((deaths, _ARMED_WORDS, 1), (target, _ARMED_WORDS, 1),
                                     (deaths, _CIVILIAN_WORDS, CIVILIAN_INTER), (target, _CIVILIAN_WORDS, CIVILIAN_INTER)):
            if pattern.search(text):
                return inter
        if any(c.kind == "attackers_killed" for c in mention.deaths):
            return 1  # "troops had killed two of the attackers in an exchange of fire": armed dead, a fight
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


# The source the sentence closes on ("..., police said", "..., local militia members say") is no party to the act
# (round thirteen: "seven labourers were shot dead by unidentified gunmen in Turbat, police said" read the police as
# the armed side that was hit, and typed the killing Armed clash).
_ATTRIBUTION = re.compile(
    r",\s+(?:according to\b|(?:[\w'’-]+\s+){0,4}?(?:said|says|say|told|reported|stated|confirmed|added)\b)",
    re.IGNORECASE,
)


def _text_after_first_trigger(mention: Mention) -> str:
    if not mention.triggers:
        return ""
    offset = mention.triggers[0].span.end - mention.sentence.start
    after = mention.sentence.text[offset:offset + 80]
    attribution = _ATTRIBUTION.search(after)
    return after[:attribution.start()] if attribution else after


def _inter(roles: Any, name: str) -> int | None:
    value = getattr(roles, name, None)
    return value if isinstance(value, int) and value > 0 else None


_ROLE_KEYS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")


def group_roles(
    mentions: Sequence[Mention], sub_event_type: str | None, country: str | None, context: ArticleContext,
    story_actor: StoryGroup | None = None,
) -> dict:
    """Actor fields of the event: a claimant of responsibility is actor1; otherwise each mention's roles, in
    order of report mentions, fill what earlier mentions left empty (a later "49 soldiers were killed" names
    the victims that the opening sentence left out). In a story that says no group claimed the attack, a later
    sentence's group does not replace the unnamed attackers."""
    merged: dict[str, Any] = {"evidence": {}}
    actors = _actors_in_event_country(mentions, country, context)
    ordered = sorted(mentions, key=lambda m: not m.reports)
    claimant = _claimant(mentions)
    unclaimed = claimant is None and context.unclaimed
    # Mentions that name no actor add nothing but ACLED's conventions, which the first mention already gives.
    for mention in [m for i, m in enumerate(ordered) if i == 0 or _names_actor(m, actors)]:
        roles = context.kit.assign_roles(context.text, mention.start, mention.end, actors, sub_event_type, country)
        _fill(merged, roles, "1", keep_unidentified=unclaimed)
        _fill(merged, roles, "2")
    _promote_named_associate(merged)
    _victims_are_actor2(merged, mentions, country, context)
    if claimant is not None and claimant.name != merged.get("actor1") and not _state_strike(merged, sub_event_type):
        _put_claimant_first(merged, claimant)
    if unclaimed:
        _unclaimed_alternatives(merged, country, context)
    else:
        _resolve_back_references(merged, mentions, story_actor or _story_group(merged, context, mentions),
                                 sub_event_type)
    _settle_alternatives(merged, context)
    if merged.get("actor2") == merged.get("actor1") and not faces_itself(merged.get("actor1")):
        merged["actor2"] = merged["inter2"] = None
    if not merged.get("actor1") and _unseen_perpetrator(merged, sub_event_type, country):
        # Someone fired the shell or planted the bomb: ACLED's unidentified armed group (named after the country
        # by the geo stage when the text names none).
        merged["actor1"] = unidentified_group(country, context) if country else "Unidentified Armed Group"
        merged["inter1"] = UNIDENTIFIED_ARMED_GROUP_INTER
    _name_the_unidentified_from_later_sentences(merged, mentions, context)
    if country == UKRAINE or (country is None and _front_line_place(mentions, context)):
        _ukraine_sides(merged, mentions, sub_event_type, context)
    _foreign_troops_referred_to(merged, country, context)
    if sub_event_type == "Armed clash":
        _police_in_the_fight(merged, mentions, country, context)
    if sub_event_type in _CROWDS_MET_BY_FORCE and not merged.get("actor2"):
        _force_that_met_the_crowd_next(merged, mentions, context)
    if sub_event_type in _REMOTE_STRIKES:
        _group_blamed_for_the_strike(merged, mentions, context)
        _state_blamed_for_the_strike(merged, country, context)
    if sub_event_type == "Air/drone strike":
        _story_air_power(merged, country, context)
    _african_union_contingents(merged, country)
    _names_of_the_day(merged, context.published)
    inter_of = getattr(context.kit.actors, "inter_of", None)
    for side in ("1", "2"):
        if merged.get(f"actor{side}") and not merged.get(f"inter{side}") and inter_of is not None:
            merged[f"inter{side}"] = inter_of(merged[f"actor{side}"])
    return merged


# ----------------------------------------------------------------- whose aircraft struck

# Words that make a state force an air power, ending its name ("Russian warplanes") or right after it ("a Myanmar
# military air strike", "Houthi drones").
_AIR_WORD = (r"(?:air\s*strikes?|air\s*raids?|warplanes?|(?:fighter\s+)?jets?|drones?|aircraft|helicopters?|gunships?|"
             r"bombers?|air\s+force)")
_AIR_WORD_ENDS = re.compile(_AIR_WORD + r"$", re.IGNORECASE)
_AIR_WORD_AFTER = re.compile(r"\s*(?:military\s+|army\s+)?" + _AIR_WORD + r"\b", re.IGNORECASE)
# How far after a force's name its air word may stand: "Myanmar military air strike".
_AIR_WORD_REACH = 30


def _story_air_power(merged: dict, country: str | None, context: ArticleContext) -> None:
    """An air strike whose sentences name no striker was given by convention to the state of the guessed country
    ("air strikes hit the town", "the jet bombed the village" in a story filed from Bangkok or Beirut). When the
    story names exactly one state's aircraft anywhere ("The Observatory blamed Russian warplanes", "a Myanmar
    military air strike"), those struck. A striker the event's own words name is kept."""
    name = merged.get("actor1")
    if merged.get("inter1") not in _STATE_INTERS or not name:
        return
    dictionary = context.kit.actors
    if any(_names_a_force(dictionary, span.text) for span in merged["evidence"].get("actor1") or ()):
        return
    air = _air_powers(dictionary, context.text, country, _story_actors(context, country))
    if len({a.name for a in air}) != 1 or air[0].name == name:
        return
    merged["actor1"], merged["inter1"] = air[0].name, air[0].inter
    merged["evidence"]["actor1"] = (air[0].span,) if air[0].span else ()
    if merged.get("assoc_actor_1") == air[0].name:
        merged["assoc_actor_1"] = None


def _names_a_force(dictionary: Any, text: str) -> bool:
    """Whether ``text`` names a state force by its country ("Russian warplanes"), not only by a bare word; a
    country word alone is the first of a pair ("U.S. and British warplanes")."""
    if country_by_name(text) is not None:
        return True
    return any(force_home(m.name) for m in dictionary.find_actors(text, 0, len(text), country=None))


def _air_powers(dictionary: Any, text: str, country: str | None, named: Sequence[ActorMention]) -> list[ActorMention]:
    """The state forces a story names as air powers (``named``: every actor the story names, ``_story_actors``)."""
    return [m for m in named
            if m.inter in _STATE_INTERS and m.span is not None and force_home(m.name)
            and (_AIR_WORD_ENDS.search(m.span.text)
                 or _AIR_WORD_AFTER.match(text, m.span.end, m.span.end + _AIR_WORD_REACH))] \
        + _states_speaking_of_their_aircraft(dictionary, text, country)


# Round sixteen: a state's government speaking of its own aircraft names them ("Pakistan's foreign ministry said
# its aircraft had targeted militant hideouts inside Afghanistan", "the Turkish defence ministry said its jets
# struck"): the state is named by its office, not by a force word.
_STATE_SPEAKS_OF_ITS_AIRCRAFT = re.compile(
    r"\b(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:'s|’s)?\s+(?:(?:foreign|defen[cs]e|interior)\s+)?"
    r"(?:ministry|government|president|prime\s+minister|presidency|cabinet)(?:'s\s+office)?\s+"
    r"(?:(?:also|later)\s+)?said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:its|their)\s+"
    r"(?:(?:fighter|military)\s+)?(?:aircraft|jets|warplanes|drones|air\s+force)\b")


def _states_speaking_of_their_aircraft(dictionary: Any, text: str, country: str | None) -> list[ActorMention]:
    if "said" not in text:
        return []  # speed only: every match holds the word (read only for an air strike given to a state)
    found = []
    for match in _STATE_SPEAKS_OF_ITS_AIRCRAFT.finditer(text):
        state = country_by_name(match["state"].removeprefix("The ").removeprefix("the "))
        if state is not None:
            span = Span(match.start("state"), match.end("state"), match["state"])
            found.append(dictionary.state_force(state.name, country, span=span))
    return found


# ----------------------------------------------------------------- a state blamed for a strike

# Round seventeen: a strike one state blames on another names the striker ("Iran blamed Israel for an air strike on
# its consulate", "the Taliban administration accused Pakistan of carrying out air strikes", "a violation of its
# airspace by Iran", Syrian officials' "an Israeli aggression"). Train's remote-violence notes that blame a state
# code that state's forces as actor1 (5 of 5; battles 10 of 12).
# Round eighteen: the strike said to be carried out by a state ("air strikes suspected to have been carried out by
# Israel", "a drone strike launched by Turkey") names it the same way.
_REMOTE_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_STATE_WORDS = r"(?P<state>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
_STRIKE_NOUN = (r"(?:(?:air\s*|drone\s+|missile\s+)?(?:strikes?|raids?|attacks?)|bombings?|bombardments?|shelling|"
                r"barrages?)")
_STATE_BLAMED = re.compile(
    r"\b(?:(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+" + _STATE_WORDS + r"(?:\s+on\s+\w+)?\s+(?:of|for)\s+"
    r"(?:(?:carrying\s+out|launching|conducting|staging)\s+)?(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    + _STRIKE_NOUN + r"\b"
    r"|blamed\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?" + _STRIKE_NOUN + r"\s+on\s+" + _STATE_WORDS.replace("state", "state2")
    + r"|\b" + _STRIKE_NOUN + r"(?:\s+[\w,]+){0,4}?\s+(?:was|were|has\s+been|have\s+been)\s+blamed\s+on\s+"
    + _STATE_WORDS.replace("state", "state5")
    + r"|\b(?:an?|the)\s+(?P<state3>[A-Z]\w+)\s+aggression\b"
    r"|\bviolation\s+of\s+its\s+(?:airspace|sovereignty|territory)\s+by\s+" + _STATE_WORDS.replace("state", "state4")
    + r"|\b" + _STRIKE_NOUN + r"\s+(?:(?:suspected|believed|thought|said)\s+to\s+have\s+been\s+|(?:was|were)\s+)?"
    r"(?:carried\s+out|launched|conducted)\s+by\s+" + _STATE_WORDS.replace("state", "state6")
    + r")")
_STATE_BLAMED_NEEDS = gate_words(_STATE_BLAMED)  # speed only: read off the pattern, never kept by hand
# Speed only: the pattern opens with "\b" and a letter, so every match begins a word, and with a beginning of an
# alternative whose gate words the text holds (read off the pattern): the whole-text scan tries it only there
# (``_blame_matches``).
_STATE_BLAMED_BRANCHES = leading_words_by_branch(_STATE_BLAMED)


def _state_blamed_for_the_strike(merged: dict, country: str | None, context: ArticleContext) -> None:
    """A strike the story blames on exactly one state is that state's forces' when the event's own words name no
    striking force: actor1 was the unidentified group, the event country's forces by convention, or the accuser
    itself ("The Taliban administration accused Pakistan of ...")."""
    text = context.text
    blamed = context.read_once(_states_blamed, lambda: _states_blamed(text))
    if len(blamed) != 1:
        return
    (state, match), = blamed.items()
    evidence = merged["evidence"].get("actor1") or ()
    target = _named_after_the_blame(evidence, match, text)
    if not _striker_unknown(merged, evidence, context) and not _accuser(evidence, match, text) and not target:
        return
    force = context.kit.actors.state_force(state, country)
    if force.name == merged.get("actor2"):
        return
    if target and not merged.get("actor2") and force.name != merged.get("actor1"):
        merged["actor2"], merged["inter2"] = merged.get("actor1"), merged.get("inter1")
        merged["evidence"]["actor2"] = evidence
    merged["actor1"], merged["inter1"] = force.name, force.inter
    merged["evidence"]["actor1"] = (Span(match.start(), match.end(), match.group()),)
    if merged.get("assoc_actor_1") == force.name:
        merged["assoc_actor_1"] = None


def _group_blamed_for_the_strike(merged: dict, mentions: Sequence[Mention], context: ArticleContext) -> None:
    """"A drone struck the emergency building ... The governor's office blamed the Rapid Support Forces": a strike
    the convention gave to the state's forces (its words name no striker) is the armed group a later sentence blames
    or says claimed it."""
    evidence = merged["evidence"].get("actor1") or ()
    if merged.get("inter1") not in _STATE_INTERS or not _striker_unknown(merged, evidence, context):
        return
    if _written_actor(evidence):
        return
    group = _attributed_later(mentions, context)
    if group is not None and group.span is not None and group.name != merged.get("actor2"):
        _name_side(merged, "1", group, group.span)


def _written_actor(evidence: Sequence[Span]) -> bool:
    """Actor1's evidence names someone ("the army", "soldiers"), not only the strike ("drone struck")."""
    return any(not _STRIKE_ONLY.search(span.text) for span in evidence)


_STRIKE_ONLY = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|air\s*raids?|drones?|strikes?|shell(?:s|ing|ed)?|"
                          r"bombard\w*|missiles?|rockets?|mortars?)(?:\s+[\w-]+){0,2}$", re.IGNORECASE)


def _states_blamed(text: str) -> dict[str, re.Match[str]]:
    """Each state the story blames for a strike, with its first blame (a scan of the whole text: read once per
    article, not once per remote strike)."""
    blamed: dict[str, re.Match[str]] = {}
    if not may_hold_any(text, _STATE_BLAMED_NEEDS):
        return blamed
    for match in _blame_matches(text):
        word = next(g for g in match.group("state", "state2", "state3", "state4", "state5", "state6") if g)
        found = country_by_name(word.removeprefix("the "))
        if found is not None:
            blamed.setdefault(found.name, match)
    return blamed


def _blame_matches(text: str) -> list[re.Match[str]]:
    """``_STATE_BLAMED.finditer(text)``, tried only where the lower-cased text holds a beginning of an alternative
    whose gate words it holds (speed only)."""
    words = text_words(text)
    if not words.aligned or _STATE_BLAMED_BRANCHES is None:
        return list(_STATE_BLAMED.finditer(text))
    beginnings = {word for gate, starts in _STATE_BLAMED_BRANCHES if may_hold_any(text, gate) for word in starts}
    return gated_matches(text, _STATE_BLAMED, [at for word in beginnings for at in word_places(word, words.lowered)])


def _striker_unknown(merged: dict, evidence: Sequence[Span], context: ArticleContext) -> bool:
    """Actor1 is the unidentified group or a state the convention chose, not a force the text names."""
    if _unnamed(merged.get("actor1")):
        return True
    return merged.get("inter1") in _STATE_INTERS and not any(
        _names_a_force(context.kit.actors, span.text) for span in evidence)


def _accuser(evidence: Sequence[Span], match: re.Match, text: str) -> bool:
    """Actor1's words stand before the blame in its own sentence: the side that blamed, not the striker."""
    return bool(evidence) and all(
        span.end <= match.start() and _one_sentence(text, span.end, match.start()) for span in evidence)


def _named_after_the_blame(evidence: Sequence[Span], match: re.Match, text: str) -> bool:
    """Round eighteen: actor1's words follow the blame in its own sentence ("air strikes suspected to have been
    carried out by Israel hit positions of the Syrian army"): the strike's target, which an unclaimed strike's
    convention had taken for its striker."""
    return bool(evidence) and all(
        span.start >= match.end() and _one_sentence(text, match.end(), span.start) for span in evidence)


def _one_sentence(text: str, start: int, end: int) -> bool:
    """No full stop between ``start`` and ``end`` (the one of "U.S." ends no sentence)."""
    return "." not in text[start:end].replace("U.S.", "")


# ----------------------------------------------------------------- foreign troops told again as "the troops"

# Round fifteen: "U.S. forces carried out a raid in northern Syria ... killed in a gunfight with the troops": a bare
# "the troops" / "the soldiers" read as the home army (the bare word's convention) are the foreign force the story
# named before them, when it named exactly one and never the home state's own forces by name.
_DEFINITE_BARE_FORCE = re.compile(r"\bthe\s+(?:troops|soldiers|forces)$", re.IGNORECASE)


def _foreign_troops_referred_to(merged: dict, country: str | None, context: ArticleContext) -> None:
    for side in ("1", "2"):
        name = merged.get(f"actor{side}")
        spans: tuple[Span, ...] = merged["evidence"].get(f"actor{side}") or ()
        if not country or not name or force_home(name) != country or len(spans) != 1:
            continue
        span = spans[0]
        if not _DEFINITE_BARE_FORCE.search(context.text, max(0, span.start - 4), span.end):
            continue
        named = [m for m in context.kit.actors.find_actors(context.text, 0, span.start, country=country)
                 if force_home(m.name) and m.span is not None]
        foreign = {m.name for m in named if force_home(m.name) != country}
        home_named = any(force_home(m.name) == country and country_by_name(m.span.text) for m in named)
        other = merged.get(f"actor{'2' if side == '1' else '1'}")
        if len(foreign) == 1 and not home_named and other not in foreign:
            referred = next(m for m in named if m.name in foreign)
            merged[f"actor{side}"], merged[f"inter{side}"] = referred.name, referred.inter
            merged["evidence"][f"actor{side}"] = (referred.span,)  # the words that name its country


# ----------------------------------------------------------------- the police a clash's words tell

# Round twenty-six: a clash whose words name no force was given the state's army by convention ("the joint team
# engaged the bandits", "five Maoists and a head constable were killed in an encounter"). It was the police when the
# event's sentences count a constable (a police rank only) among the people in the fight, or tell again of a team
# the story formed of police before ("a joint team of police and local vigilantes had been deployed").
_CONSTABLE = re.compile(r"\bconstables?\b", re.IGNORECASE)
_THE_TEAM = re.compile(r"\bthe\s+(?:joint\s+)?(?:team|patrol|squad)\b", re.IGNORECASE)
_TEAM_OF_POLICE = re.compile(r"\b(?:team|patrol|squad)\s+(?:made\s+up\s+)?of\s+(?:the\s+)?(?:state\s+)?police\b",
                             re.IGNORECASE)


def _police_in_the_fight(merged: dict, mentions: Sequence[Mention], country: str | None,
                         context: ArticleContext) -> None:
    if not country:
        return
    army = state_force_name(country)
    for side in ("1", "2"):
        spans: tuple[Span, ...] = merged["evidence"].get(f"actor{side}") or ()
        if merged.get(f"actor{side}") != army or _names_any_actor(context, spans, country):
            continue
        if any(_tells_of_police(m.sentence, context) for m in mentions):
            merged[f"actor{side}"] = state_force_name(country, "Police Forces")
            return


def _names_any_actor(context: ArticleContext, spans: Sequence[Span], country: str) -> bool:
    return any(context.kit.actors.find_actors(span.text, 0, len(span.text), country=country) for span in spans)


def _tells_of_police(sentence: Sentence, context: ArticleContext) -> bool:
    if _CONSTABLE.search(sentence.text):
        return True
    return bool(_THE_TEAM.search(sentence.text)) and bool(_TEAM_OF_POLICE.search(context.text, 0, sentence.start))


# ----------------------------------------------------------------- actors renamed over time

# An actor that a later name replaced, from the day of the change: "African Union troops" in Somalia are AMISOM until
# April 2022, ATMIS from then on (public facts: UN Security Council resolution 2628, 31 March 2022). Cabo Delgado's
# insurgents ("insurgents", "al-Shabaab" there) are ACLED's Islamist Militia (Mozambique) in train (through 2020),
# and Islamic State (Mozambique) once the Islamic State named Mozambique a province of its own (10 May 2022). A text
# that writes the old name (the successor's words for it) keeps it.
AMISOM = "AMISOM: African Union Mission in Somalia"
ATMIS = "ATMIS: African Union Transition Mission in Somalia"
ATMIS_TOOK_OVER = date(2022, 4, 1)
# Round seventeen: the African Union's troops in Somalia, which news names by nationality ("Ugandan soldiers"),
# are filed by ACLED under the mission with their contingent (train, Somalia: Ugandan, Burundian and Djiboutian
# troops only so, 126 rows). Kenya and Ethiopia also keep forces of their own there (train: 43 and 13 rows under
# their own names; acled-2020-dev codes "Ethiopian troops" shelling as Ethiopia's), so theirs stay national.
AU_MISSION_COUNTRY = "Somalia"
AU_CONTINGENTS = ("Uganda", "Burundi", "Djibouti")
SUCCESSORS = {
    AMISOM: (ATMIS_TOOK_OVER, ATMIS, re.compile(r"\bAMISOM\b")),
    **{f"{AMISOM} ({home})": (ATMIS_TOOK_OVER, f"{ATMIS} ({home})", re.compile(r"\bAMISOM\b"))
       for home in AU_CONTINGENTS + ("Kenya", "Ethiopia")},
    "Islamist Militia (Mozambique)":
        (date(2022, 5, 10), "Islamic State (Mozambique)",
         re.compile(r"\b(?:Ahlu|Ahl al|Ansar al|ASWJ)", re.IGNORECASE)),
}


def _african_union_contingents(merged: dict, country: str | None) -> None:
    if country != AU_MISSION_COUNTRY:
        return
    for side in ("1", "2"):
        home = force_home(merged.get(f"actor{side}") or "")
        if home in AU_CONTINGENTS and merged[f"actor{side}"] == f"Military Forces of {home}":
            merged[f"actor{side}"] = f"{AMISOM} ({home})"
            merged[f"inter{side}"] = None  # read again from the new name below


def _names_of_the_day(merged: dict, published: date) -> None:
    for side in ("1", "2"):
        successor = SUCCESSORS.get(merged.get(f"actor{side}") or "")
        if successor is None or published < successor[0]:
            continue
        spans = merged["evidence"].get(f"actor{side}") or ()
        if not any(successor[2].search(span.text) for span in spans):
            merged[f"actor{side}"] = successor[1]
            merged[f"inter{side}"] = None  # read again from the new name below


# ----------------------------------------------------------------- the force a crowd met, told next

# Round twenty-eight: a riot or a protest met by force whose own sentences name no force is told the force in the
# sentence after ("... Roads were barricaded with stones. Police intervened.", "... pelted stones at officials.
# Police resorted to lathi charge to disperse rioters."): ACLED's actor2 is the force that intervened.
_CROWDS_MET_BY_FORCE = frozenset({"Violent demonstration", "Protest with intervention",
                                  "Excessive force against protesters"})
_SENTENCES_AFTER = 2
# The force opens the sentence ("Police intervened", "The riot police fired tear gas"): its subject.
_SUBJECT_REACH = 12


def _force_that_met_the_crowd_next(merged: dict, mentions: Sequence[Mention], context: ArticleContext) -> None:
    last_end = max((m.sentence.end for m in mentions), default=None)
    if last_end is None:
        return
    for sentence in [s for s in context.sentences if s.start >= last_end][:_SENTENCES_AFTER]:
        force = _intervening_force(sentence, context)
        if force is not None:
            merged["actor2"], merged["inter2"] = force.name, force.inter
            merged["evidence"]["actor2"] = (force.span,)
            return


def _intervening_force(sentence: Sentence, context: ArticleContext) -> ActorMention | None:
    """The state force a sentence opens on when the sentence tells force on a crowd."""
    actors = [a for a in context.actors_between(sentence.start, sentence.end) if a.span is not None]
    first = min(actors, key=lambda a: a.span.start, default=None)
    if first is None or first.inter not in _STATE_INTERS or first.span.start - sentence.start > _SUBJECT_REACH:
        return None
    return first if INTERVENTION.search(sentence.text) else None


# ----------------------------------------------------------------- Ukraine's unnamed sides

UKRAINE = "Ukraine"
UKRAINE_FORCES = "Military Forces of Ukraine"
# Before the invasion the unnamed other side of the Donbas front line is the separatists; from its first day,
# Russia's forces (train, Ukraine, battles and remote violence whose text names no armed actor: before,
# shelling actor1 Ukraine 291 / NAF 166 and clashes Ukraine–NAF 131 / NAF–Ukraine 90; after, clashes led by
# Russia 54 of 92 and shelling 24 of 37).
SEPARATISTS = "NAF: United Armed Forces of Novorossiya"
RUSSIA_FORCES = "Military Forces of Russia"
RUSSIAN_INVASION = date(2022, 2, 24)
_FRONT_LINE_KIND = {"Battles": "clash", "Explosions/Remote violence": "shelling"}


def _ukraine_sides(merged: dict, mentions: Sequence[Mention], sub_event_type: str | None,
                   context: ArticleContext) -> None:
    """Name the sides a Ukrainian battle or strike leaves unnamed ("the monitors counted 40 explosions near
    Avdiivka") the way ACLED does: Ukraine's forces and the separatists on the Donbas front line before the
    invasion (the side given to each front-line place where train knows it), Russia's forces from then on."""
    kind = _FRONT_LINE_KIND.get(EVENT_TYPE_OF.get(sub_event_type or "", ""))
    if kind is None:
        return
    opponent = SEPARATISTS if context.published < RUSSIAN_INVASION else RUSSIA_FORCES
    pair = (UKRAINE_FORCES, opponent)
    actor1, actor2 = merged.get("actor1"), merged.get("actor2")
    if _unnamed(actor1):
        actor1 = _counterpart(actor2, pair) or _first_side(mentions, kind, opponent, context)
        _set_side(merged, "1", actor1)
    if kind == "clash" and _unnamed(actor2):
        _set_side(merged, "2", _counterpart(actor1, pair))


def _unnamed(name: str | None) -> bool:
    return not name or name.startswith("Unidentified Armed Group")


def _counterpart(name: str | None, pair: tuple[str, str]) -> str | None:
    """The other side of ``pair`` when ``name`` is one of them."""
    if name == pair[0]:
        return pair[1]
    return pair[0] if name == pair[1] else None


def _first_side(mentions: Sequence[Mention], kind: str, opponent: str, context: ArticleContext) -> str:
    if opponent == RUSSIA_FORCES:
        return RUSSIA_FORCES
    front_line = getattr(context.kit.actors, "front_line", None)
    text = " ".join(m.sentence.text for m in mentions)
    return (front_line.side_near(text, kind) if front_line is not None else None) or UKRAINE_FORCES


def _front_line_place(mentions: Sequence[Mention], context: ArticleContext) -> bool:
    """Whether the event's sentences name a place of the Donbas front line (terse monitor reports name no
    country: "87 explosions near Avdiivka")."""
    front_line = getattr(context.kit.actors, "front_line", None)
    places = getattr(front_line, "places", None)
    return any(_UKRAINE_MONITORS.search(m.sentence.text) or (places is not None and places.search(m.sentence.text))
               for m in mentions)


# The OSCE's Special Monitoring Mission worked only in Ukraine (2014–2022).
_UKRAINE_MONITORS = re.compile(r"\b(?:OSCE SMM|SMM|Special Monitoring Mission)\b")


def _set_side(merged: dict, side: str, name: str | None) -> None:
    if name:
        merged[f"actor{side}"], merged[f"inter{side}"], merged[f"assoc_actor_{side}"] = name, None, None
        merged["evidence"].pop(f"actor{side}", None)


def _actors_in_event_country(mentions: Sequence[Mention], country: str | None,
                             context: ArticleContext) -> list[ActorMention]:
    """The actors of the event's sentences. Mentions read them with the article's country; when the event's
    country is another one (or the article names none), names that depend on the country are read again:
    "Islamic State militants" in North Sinai are Islamic State (Egypt), not an unnamed group."""
    found = [a for m in mentions for a in m.actors]
    if country is None or country == context.country:
        return found
    # Only named groups are taken from the second reading: a generic or a state force read with a guessed
    # country would override the country the geo stage gives bare names later.
    dictionary = context.kit.actors
    known = getattr(dictionary, "actor", None)
    if known is None:
        return found
    sentences = {m.sentence.start: m.sentence for m in mentions}
    named = [a for sentence in sentences.values()
             for a in dictionary.find_actors(context.text, sentence.start, sentence.end, country=country)
             if a.span is not None and _named_group(known(a.name))]
    kept = [a for a in found if not any(_overlap(a, n) for n in named)]
    return sorted(kept + named, key=lambda a: a.span.start if a.span else -1)


def _named_group(actor: Any) -> bool:
    """A dictionary actor that is not a state's force (those follow the country the geo stage finds)."""
    return actor is not None and actor.inter not in _STATE_INTERS


def _overlap(a: ActorMention, b: ActorMention) -> bool:
    return a.span is not None and b.span is not None and a.span.start < b.span.end and b.span.start < a.span.end


def _names_actor(mention: Mention, actors: Sequence[ActorMention]) -> bool:
    return any(a.span is not None and mention.start <= a.span.start < mention.end for a in actors)


def unidentified_group(country: str, context: ArticleContext) -> str:
    """ACLED's unnamed perpetrator in ``country``, by the dictionary's conventions ("Unidentified Gang (Mexico)")."""
    qualify = getattr(context.kit.actors, "qualify_generic", None)
    qualified = qualify("Unidentified Armed Group", country) if qualify is not None else None
    return qualified if qualified and qualified != "Unidentified Armed Group" else f"Unidentified Armed Group ({country})"


def _unseen_perpetrator(merged: dict, sub_event_type: str | None, country: str | None) -> bool:
    """An act whose perpetrator the text leaves unnamed: with a named target, or a weapon fired at no one named
    ("heavy artillery fire by an unknown party"; train: Iraq's shelling that names no actor is the unidentified
    armed group's in all 120 rows)."""
    if not _UNSEEN_PERPETRATOR.get(sub_event_type or ""):
        return False
    if merged.get("actor2"):
        return bool(country)
    return sub_event_type in _REMOTE_WEAPONS


_REMOTE_WEAPONS = frozenset({"Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
                             "Suicide bomb"})
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


def _victims_are_actor2(merged: dict, mentions: Sequence[Mention], country: str | None, context: ArticleContext) -> None:
    """'Two Malian soldiers were killed by a roadside bomb': an actor named as the dead is acted upon; not one
    named with its aircraft ("the toll from Friday's Israeli air strike rose to 45")."""
    spans = merged["evidence"].get("actor1") or ()
    deaths = [c.span for m in mentions for c in m.deaths]
    if merged.get("actor2") or not spans or not any(d.start <= spans[0].start < d.end for d in deaths):
        return
    if _AIR_WORD_ENDS.search(spans[0].text):
        return
    merged["actor2"], merged["inter2"] = merged["actor1"], merged.get("inter1")
    merged["evidence"]["actor2"] = merged["evidence"].pop("actor1")
    merged["actor1"] = unidentified_group(country, context) if country else None
    merged["inter1"] = UNIDENTIFIED_ARMED_GROUP_INTER if country else None
    merged["assoc_actor_1"] = None


def _fill(merged: dict, roles: Any, side: str, keep_unidentified: bool = False) -> None:
    actor, assoc, inter = f"actor{side}", f"assoc_actor_{side}", f"inter{side}"
    name = _name(getattr(roles, actor, None))
    # A named actor only replaces an unidentified one: "Civilians" read off the toll stay the victims even
    # when a later sentence names an armed group.
    if not name or (name in _other_side_names(merged, side) and not faces_itself(name)):
        return
    if merged.get(actor) == name and not merged.get(assoc):
        _fill_associates(merged, roles, side)
    if merged.get(actor) and (keep_unidentified or not _placeholder(merged, actor)):
        return
    if merged.get(actor) and (_turned_round(merged, roles, side) or _gunmen_are_no_state_force(merged, side, name)):
        return
    if merged.get(actor) and name.startswith("Unidentified"):
        return
    # the same placeholder named again keeps the associates read with it ("a Shi'ite mosque ... worshippers")
    kept = merged.get(assoc) if merged.get(actor) == name else None
    merged[actor], merged[inter] = name, _inter(roles, inter)
    merged[assoc] = _name(getattr(roles, assoc, None)) or kept
    evidence = dict(getattr(roles, "evidence", None) or {})
    for key in (actor, assoc):
        if evidence.get(key):
            merged["evidence"][key] = tuple(evidence[key])


def _turned_round(merged: dict, roles: Any, side: str) -> bool:
    """Round sixteen: the unnamed attackers of a state force are not that state's own force. A later sentence
    telling the act from the attacked side's end ("Jihadist fighters attacked a gendarmerie post ... 63 of the
    attackers were killed in the fighting, which involved helicopters sent from Niamey") puts the state first and
    the unnamed attackers second; its actor1 does not name them."""
    home = force_home(merged.get("actor2") or "")
    return side == "1" and home is not None and force_home(_name(getattr(roles, "actor1", None)) or "") == home \
        and _name(getattr(roles, "actor2", None)) == merged.get("actor1")


def _gunmen_are_no_state_force(merged: dict, side: str, name: str) -> bool:
    """Session 26: "Gunmen killed more than 200 villagers" names its killers; a state force a later sentence names
    ("the massacre was carried out after federal troops withdrew") does not become them."""
    return side == "1" and merged["actor1"].startswith("Unidentified Armed Group") \
        and bool(merged["evidence"].get("actor1")) and (merged.get("actor2") or "").startswith("Civilians") \
        and name.startswith(STATE_KINDS)  # with their country or, before geo names it, without


def _other_side_names(merged: dict, side: str) -> set[str]:
    """The actor and associates of the other side: an ally named beside the army in the lead ("soldiers and VDP
    volunteers") is not the enemy a later sentence's "eight soldiers and six volunteers were killed" suggests."""
    other = "2" if side == "1" else "1"
    names = {merged.get(f"actor{other}") or ""}
    return names | {n.strip() for n in (merged.get(f"assoc_actor_{other}") or "").split(";")} - {""}


def _fill_associates(merged: dict, roles: Any, side: str) -> None:
    """A later sentence naming the same actor with its allies ("the troops, working with members of the Civilian
    JTF, came under fire") adds the allies the first sentence left out."""
    assoc = f"assoc_actor_{side}"
    allies = _name(getattr(roles, assoc, None))
    if allies and not any(name.strip() in _other_side_names(merged, side) for name in allies.split(";")):
        merged[assoc] = allies
        spans = (getattr(roles, "evidence", None) or {}).get(assoc)
        if spans:
            merged["evidence"][assoc] = tuple(spans)


def _placeholder(merged: dict, actor: str) -> bool:
    """An unidentified actor, or civilians no words named (a blast's unnamed dead): a later mention's actor
    replaces them ("a roadside bomb killed two more" before "an army vehicle struck the device, killing two
    soldiers")."""
    name = merged[actor]
    return name.startswith("Unidentified") or (name.startswith("Civilians") and not merged["evidence"].get(actor))


def _is_generic(name: str) -> bool:
    return name.startswith(("Unidentified", "Civilians", "Protesters", "Rioters"))


_STATE_INTERS = frozenset({1, 8})


def _state_strike(merged: dict, sub_event_type: str | None) -> bool:
    """An air or drone strike the text gives to a state's forces is not what an armed group's claim refers to."""
    return sub_event_type == "Air/drone strike" and merged.get("inter1") in _STATE_INTERS


def _put_claimant_first(merged: dict, claimant: ActorMention) -> None:
    """The claimant attacked; whoever the sentences made actor1 becomes the target when none was named."""
    previous, previous_inter = merged.get("actor1"), merged.get("inter1")
    if previous and not _is_generic(previous) and _claimant_faces(merged, claimant):
        _move_side_one_to_two(merged)
    merged["actor1"], merged["inter1"], merged["assoc_actor_1"] = claimant.name, claimant.inter, None
    merged["evidence"]["actor1"] = (claimant.span,) if claimant.span else ()


def _claimant_faces(merged: dict, claimant: ActorMention) -> bool:
    """Whether actor1 so far was the claimant's target: nothing, an unnamed armed group or the claimant itself
    stands on side 2 ("soldiers and VDP repelled an attack ... killing several assailants; JNIM said its
    fighters carried out the assault")."""
    actor2 = merged.get("actor2")
    return not actor2 or actor2 == claimant.name or actor2.startswith("Unidentified Armed Group")


def _move_side_one_to_two(merged: dict) -> None:
    for key in ("actor", "assoc_actor_", "inter"):
        merged[f"{key}2"] = merged.get(f"{key}1")
    evidence = merged["evidence"]
    evidence["actor2"] = evidence.get("actor1", ())
    evidence["assoc_actor_2"] = evidence.pop("assoc_actor_1", ())


def _unclaimed_alternatives(merged: dict, country: str | None, context: ArticleContext) -> None:
    """Unattributed jihadists read as "JNIM and/or ISGS" in a story that says no group claimed the attack are
    ACLED's unidentified armed group; a group the text names as the attacker stays ("Boko Haram", whose ACLED
    name also holds "and/or")."""
    name, spans = merged.get("actor1"), merged["evidence"].get("actor1") or ()
    if name and " and/or " in name and country and spans and all(_common_words(span.text) for span in spans):
        merged["actor1"], merged["inter1"] = unidentified_group(country, context), UNIDENTIFIED_ARMED_GROUP_INTER


def _common_words(text: str) -> bool:
    """"jihadists", "Suspected militants" (a sentence's capital aside): no name in it."""
    return (text[:1].lower() + text[1:]).islower()


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
    """The first claimant the text names; an unnamed one ("gunmen claimed…") only when no group is named."""
    claims = [claim for m in mentions for claim in m.claims]
    return next((c for c in claims if not _is_generic(c.name)), claims[0] if claims else None)



# ---------------------------------------------------------------- attackers named in a later sentence

_UNNAMED_PREFIXES = ("Unidentified Armed Group", "Unidentified Gang")


def _name_the_unidentified_from_later_sentences(merged: dict, mentions: Sequence[Mention],
                                                context: ArticleContext) -> None:
    """"Gunmen killed 14 villagers ... The police blamed Ansaru militants for the killings": a long story names
    the unnamed side in a sentence that tells no act of its own (a claim, a blame, "the attackers belonged to"),
    which no mention of the event holds. The one named armed group such sentences give, from the event's first
    report to the story's end (or to a separate attack it tells), names the unidentified side."""
    unnamed = [side for side in ("1", "2") if (merged.get(f"actor{side}") or "").startswith(_UNNAMED_PREFIXES)]
    if not unnamed:
        return  # speed only: the story-wide reading runs for events with an unnamed side alone
    if context.unclaimed and any(_unclaimed_for_good(m.sentence.text) for m in mentions):
        return  # "No group claimed responsibility" told of this act: a later claim is another act's
    group = _attributed_later(mentions, context)
    if group is None or group.name in (merged.get("actor1"), merged.get("actor2")):
        return
    if group.span is not None:
        _name_side(merged, unnamed[0], group, group.span)


# "No group immediately claimed the bombings ... The group claimed the attack late on Thursday": a claim the story
# says came later is this act's.
_NOT_AT_ONCE = re.compile(r"\b(?:immediately|initially|at\s+first)\b", re.IGNORECASE)


def _unclaimed_for_good(sentence: str) -> bool:
    return says_unclaimed(sentence) and not _NOT_AT_ONCE.search(sentence)


def _may_attribute(sentence: str) -> bool:
    return may_hold_any(sentence, _MAY_ATTRIBUTE_NEEDS) and bool(_MAY_ATTRIBUTE.search(sentence))


def _written_as_a_name(text: str, span: Span) -> bool:
    """"Ansaru militants", "the ADF": a capital that is not only the sentence's first letter ("Jihadists")."""
    sentence_start = not text[max(0, span.start - 3):span.start].strip(" \"'“‘(") or \
        text[max(0, span.start - 3):span.start].rstrip().endswith((".", "!", "?", ":"))
    letters = span.text[1:] if sentence_start else span.text
    return any(c.isupper() for c in letters)


# Speed only: a sentence that may attribute an act holds one of these (the claim, blame and identification patterns
# of ``roles.claims``), so the dictionary reads no other sentence. A group saying "it had attacked" with none of
# them is left to the event's own mentions: testing for that reported speech cost 2 % of extraction. "It had planted"
# and (round twenty-five) "it had carried out" are read: a bomber's claim told a few sentences after the blast.
_MAY_ATTRIBUTE = re.compile(
    r"claim|responsib|blam|attribut|pinned|the work of|belong|identified|loyal\s+to|took\s+(?:credit|it)|"
    r"takes\s+(?:credit|it)|"
    r"\b(?:its|their)\s+(?:fighters|militants|members|men|mujahideen|units|[\w'’-]+\s+(?:brigade|battalion))\b|"
    r"\b(?:it|they)\s+had\s+(?:planted|carried\s+out)\b|"
    r"\b(?:attackers|assailants|killers|gunmen|perpetrators|kidnappers|abductors|culprits)\s+(?:were|was|are|is)\b",
    re.IGNORECASE)
_MAY_ATTRIBUTE_NEEDS = gate_words(_MAY_ATTRIBUTE)  # speed only: read off the pattern


def _attributed_later(mentions: Sequence[Mention], context: ArticleContext) -> ActorMention | None:
    start = min(m.sentence.start for m in mentions)
    end = len(context.text)
    if may_hold_any(context.text[start:end], _SEPARATE_EVENT_NEEDS):
        separate = _SEPARATE_EVENT.search(context.text, start, end)
        end = separate.start() if separate else end
    claims: list[ActorMention] = []
    for index, sentence in enumerate(context.sentences):
        if sentence.start < end and sentence.end > start:
            claims.extend(_attributions_in(sentence, context))
            if index and _THE_GROUP_CLAIMED.match(sentence.text):
                claims.extend(_last_named_group(context.sentences[index - 1], context))
    # "Boko Haram" is the dictionary's "ISWAP and/or Boko Haram": a group's alternatives name it too, but common
    # words ("an attack the government blamed on jihadists") name no group
    named = [a for a in claims if a.inter in _GROUP_INTERS and not _is_generic(a.name)
             and a.span is not None and _written_as_a_name(context.text, a.span)]
    return named[0] if len({a.name for a in named}) == 1 else None


# "... bore the hallmarks of Islamic State. The group claimed the attack late on Thursday": the claimant is the
# group the sentence before named last.
_THE_GROUP_CLAIMED = re.compile(
    r"(?:the|that|this)\s+(?:(?:militant|jihadist|armed|extremist|insurgent|rebel|terrorist)\s+)?group\s+"
    r"(?:(?:later|has\s+since|had|has|subsequently|itself)\s+)?claimed\s+(?:responsibility|credit|the\s+\w+|it\b)",
    re.IGNORECASE)


def _last_named_group(sentence: Sentence, context: ArticleContext) -> list[ActorMention]:
    groups = [a for a in context.actors_between(sentence.start, sentence.end)
              if a.inter in _GROUP_INTERS and not _is_generic(a.name)]
    return groups[-1:]


def _attributions_in(sentence: Sentence, context: ArticleContext) -> tuple[ActorMention, ...]:
    """The claims and blame a sentence holds, read once per article (every event with an unnamed side asks)."""
    cached = context.attributions.get(sentence.start)
    if cached is None:
        cached = ()
        if _may_attribute(sentence.text):
            found = context.actors_between(sentence.start, sentence.end)
            if found:
                cached = tuple(context.kit.find_claims(context.text, sentence.start, sentence.end, found=found))
        context.attributions[sentence.start] = cached
    return cached


# ---------------------------------------------------------------- coreference across sentences

# ACLED inter codes of armed non-state groups a story can refer back to: rebels, political and identity militias.
_GROUP_INTERS = frozenset({2, 3, 4})


@dataclass(frozen=True)
class StoryGroup:
    """The armed group a story is about, and whether it claimed responsibility (rather than being most named)."""

    actor: ActorMention
    claimed: bool


# "A commander initially claimed the attack, but a spokesman later distanced the group from it": the claim still
# names the group of its own event, but it is not carried to the story's other events.
_RETRACTED = re.compile(r"\b(?:distanced|denied|retracted|disowned|withdrew (?:the|its) claim)\b", re.IGNORECASE)


def story_perpetrator(mentions: Sequence[Mention], dictionary: Any) -> StoryGroup | None:
    """The armed group the story is about: the one that claimed responsibility anywhere in it, else the named
    group it names most often (None when two groups tie or none is named)."""
    claims = [c for m in mentions if m.claims and not _RETRACTED.search(m.sentence.text) for c in m.claims]
    claimants = _named_groups(claims, dictionary)
    if len({c.name for c in claimants}) == 1:
        return StoryGroup(claimants[0], claimed=True)
    named = _named_groups([a for m in mentions for a in m.actors if not _reacts_to_an_act(m, a)], dictionary)
    ranked = Counter(a.name for a in named).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return StoryGroup(next(a for a in named if a.name == ranked[0][0]), claimed=False)


def _reacts_to_an_act(mention: Mention, actor: ActorMention) -> bool:
    if actor.span is None:
        return False
    return bool(REACTS_AFTER.match(mention.sentence.text, actor.span.end - mention.sentence.start))


def _story_group(merged: dict, context: ArticleContext, mentions: Sequence[Mention]) -> StoryGroup | None:
    """The group a story names most often anywhere in its text, when its event sentences leave a tie ("M23
    rebels took the hill after clashes with troops and allied Nyatura militiamen": one each there, but the
    story names M23 five times). Of groups named equally often, the one the story itself called by the word that
    refers back ("rebels of the ADF and a few Mayi Mayi groups ... the rebels attacked"); two
    groups it names alike leave the back-reference unnamed. Read only when an unnamed side may refer back (a
    whole-text reading costs about a millisecond)."""
    if not any((merged.get(f"actor{side}") or "").startswith(_UNNAMED_PREFIXES) for side in ("1", "2")):
        return None
    words = {span.text.lower().split()[-1] for m in mentions for span in _back_references(m.sentence)}
    if not words:
        return None
    named = _named_groups(_story_actors(context, context.country), context.kit.actors)
    counts = Counter(a.name for a in named)
    most = max(counts.values(), default=0)
    leaders = [a for a in named if counts[a.name] == most]
    if len({a.name for a in leaders}) > 1:
        leaders = [a for a in leaders if a.span is not None and words & set(a.span.text.lower().split())]
    if len({a.name for a in leaders}) != 1:
        return None
    return StoryGroup(leaders[0], claimed=False)


def _named_groups(actors: Sequence[ActorMention], dictionary: Any) -> list[ActorMention]:
    """Actors the dictionary knows by name (not generics such as "Unidentified Armed Group (Mali)")."""
    known = getattr(dictionary, "actor", None)
    return [a for a in actors if a.inter in _GROUP_INTERS and ("and/or" not in a.name or _written_name(a))
            and not _is_generic(a.name) and (known is None or known(a.name) is not None)]


def _written_name(actor: ActorMention) -> bool:
    """Round twenty-six: "Boko Haram fighters" name the dictionary's combined "ISWAP and/or Boko Haram", which
    the story's "attackers" and "insurgents" refer back to; "jihadists" read as "JNIM and/or ISGS" name no group."""
    return actor.span is not None and any(c.isupper() for c in actor.span.text[1:])


# How a story refers back to a group it has named: "the militants", "the group", "insurgents". "Gunmen" and
# "attackers" refer back only with the article; bare they may be anyone.
_BACK_REFERENCE = re.compile(
    r"(?<!suspected )\b(?:the\s+)?(?:militants|insurgents|jihadists|islamists|rebels|extremists|terrorists)\b|"
    r"\bthe\s+(?:group|armed group|militant group|rebel group|assailants|attackers|gunmen|fighters|rebel coalition|"
    r"coalition|jihadist group)\b|"
    # a state agency's name for the group it has named: "the terrorist militia", "the rebel militia"
    r"\bthe\s+(?:terrorist|rebel)(?=\s+(?:militia|group|organi[sz]ation)\b)|"
    # bare "fighters" only where they open a clause, are "the same" ("As the column withdrew, fighters beheaded a
    # fisherman") or the group's own ("In June, its fighters seized the town"): "two fighters", "the funerals of two
    # fighters" count the dead, who may be either side's. Round twenty-six: bare "attackers" and "assailants" too
    # where they open a clause ("In Bolan, attackers blew up a bridge" after the group claimed "the attacks")
    r"(?:^|(?<=, )|(?<=\bsame )|(?<=\bits )|(?<=\btheir ))fighters\b|"
    r"(?:^|(?<=, ))(?:attackers|assailants)\b|"
    # a gang the story has named, told again by its trade (round twenty-five: "killed four gang members")
    r"\bgang\s+members\b|\bgangsters\b",
    re.IGNORECASE,
)
_BACK_REFERENCE_NEEDS = gate_words(_BACK_REFERENCE)  # speed only: read off the pattern, never kept by hand


# An act the story sets apart from its main one: its unnamed attackers stay unnamed ("suspected insurgents"
# are not attributed either). "Separate" sets an act apart only before an act's noun ("in a separate attack", "a
# separate roadside blast"); "without giving a separate figure", "separate statements", "to separate the crowds"
# set nothing apart.
_SEPARATE_EVENT = re.compile(
    r"\b(?:separately|separate\s+(?:[\w-]+\s+){0,2}?(?:attacks?|incidents?|raids?|clash(?:es)?|ambush(?:es)?|"
    r"assaults?|blasts?|explosions?|bombings?|strikes?|salvos?|shootings?|killings?|operations?|fighting|"
    r"violence)|elsewhere|unrelated|another (?:attack|incident))\b",
    re.IGNORECASE)
_SEPARATE_EVENT_NEEDS = gate_words(_SEPARATE_EVENT)  # speed only: read off the pattern, never kept by hand


def _resolve_back_references(
    merged: dict, mentions: Sequence[Mention], story: StoryGroup | None, sub_event_type: str | None
) -> None:
    """'The militants attacked Palma': an unidentified armed side told by a back-reference is the story's group.
    A group that claimed responsibility in the story is also the unnamed perpetrator of its other attacks
    ("a suicide bomber struck the airport … IS claimed responsibility the same night")."""
    if story is None or story.actor.name in (merged.get("actor1"), merged.get("actor2")):
        return
    if any(may_hold_any(m.sentence.text, _SEPARATE_EVENT_NEEDS) and _SEPARATE_EVENT.search(m.sentence.text)
           for m in mentions):
        return  # "in a separate attack, militants ambushed a convoy": not the story's claimed act
    for side in ("1", "2"):
        name = merged.get(f"actor{side}")
        if name and not name.startswith(_UNNAMED_PREFIXES):
            continue
        if not name and side == "2":
            continue  # the story's group is not made the victim of an act that names none
        span = _back_reference_span(merged["evidence"].get(f"actor{side}"), mentions)
        if span is None and side == "1" and name and story.claimed and _UNSEEN_PERPETRATOR.get(sub_event_type or ""):
            span = story.actor.span  # the claim itself is the evidence
        if span is not None:
            _name_side(merged, side, story.actor, span)
            return


def _name_side(merged: dict, side: str, actor: ActorMention, span: Span) -> None:
    merged[f"actor{side}"], merged[f"inter{side}"] = actor.name, actor.inter
    merged[f"assoc_actor_{side}"] = None
    merged["evidence"][f"actor{side}"] = (span,)


def _back_reference_span(evidence: Sequence[Span] | None, mentions: Sequence[Mention]) -> Span | None:
    """The span of the back-reference: the actor's own evidence when it is one, else (an actor inferred by
    convention or none) the first back-reference in the event's sentences."""
    found = [span for m in mentions for span in _back_references(m.sentence)]
    if evidence:
        # the actor's own words ("gunmen") are a back-reference with the article before them ("the gunmen")
        return next((span for span in found if span.end == evidence[0].end), None)
    return found[0] if found else None


def _back_references(sentence: Any) -> list[Span]:
    if not may_hold_any(sentence.text, _BACK_REFERENCE_NEEDS):
        return []  # speed only: every match holds one of the words
    return [Span(sentence.start + m.start(), sentence.start + m.end(), m.group())
            for m in _BACK_REFERENCE.finditer(sentence.text)]


def _settle_alternatives(merged: dict, context: ArticleContext) -> None:
    """'JNIM and/or Islamic State (Greater Sahara)' (the dictionary's reading of unattributed jihadists) is the
    one of the two that the story names, when it names exactly one of them anywhere (a background sentence
    counts: "the army has fought Boko Haram for a decade")."""
    for side in ("1", "2"):
        name = merged.get(f"actor{side}")
        if not name or " and/or " not in name:
            continue
        alternatives = name.split(" and/or ")
        named = [a for a in _story_actors(context, context.country) if a.name in alternatives]
        if len({a.name for a in named}) == 1:
            merged[f"actor{side}"], merged[f"inter{side}"] = named[0].name, named[0].inter
            merged["evidence"][f"actor{side}"] = (named[0].span,) if named[0].span else ()


def _story_actors(context: ArticleContext, country: str | None) -> tuple[ActorMention, ...]:
    """Every actor named in the article, for ``country`` (read only when an ambiguous name needs settling or an air
    strike's striker is looked for). Read once an article per country: each event that asks reads the same whole
    text, ~1 ms a reading (speed only)."""
    return context.read_once(("story actors", country), lambda: tuple(
        context.kit.actors.find_actors(context.text, 0, len(context.text), country=country)))
