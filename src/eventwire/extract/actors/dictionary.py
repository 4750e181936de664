"""``ActorDictionary``: every actor eventwire can name, compiled for fast lookup, and ``find_actors``, which
reads the named actors, state forces and generic actors of a passage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping, Sequence

from eventwire.countries import names_a_people_abroad
from eventwire.extract.actors.community import MIN_COMMUNITY_ROWS, community_militia_entries
from eventwire.extract.actors.entries import Actor, Branch, Generic, Meaning
from eventwire.extract.actors.factions import _boko_haram_faction
from eventwire.extract.actors.front_line import FrontLine
from eventwire.extract.actors.subunits import MIN_SUBUNIT_ROWS, subunit_entries
from eventwire.extract.actors.loading import (
    STRICT_ORDER_SHARE, _add_countries, _add_generics, _add_named, _add_state_forces, _read_battle_order,
    _read_front_line, _read_names_table, _read_public_community_militias, _read_subunit_homes, _read_yaml,
)
from eventwire.extract.actors.names import (
    _generic_parts, STATE_KINDS, canonical_name, force_home, GENERIC_PATTERN, generic_name, state_force_name,
)
from eventwire.extract.actors.tokens import Token, tokenize
from eventwire.extract.actors.trie import _may_start_phrase, _phrase_starts, _surfaces_match, Trie
from eventwire.records import ActorMention, Span


# Words that keep a group's mention going: "Islamic State-allied militants", "al-Qaeda-linked fighters".
AFFILIATION_WORDS = frozenset({"linked", "allied", "affiliated", "aligned", "affiliate", "affiliates", "loyal",
                               "inspired", "connected", "related"})
FIGHTER_WORDS = frozenset({"militants", "militant", "fighters", "fighter", "jihadists", "jihadist", "insurgents",
                           "insurgent", "gunmen", "members", "member", "rebels", "terrorists", "cells", "elements",
                           "combatants", "militiamen", "group", "groups", "faction", "cell", "operatives",
                           "troops", "soldiers", "forces", "peacekeepers", "personnel", "mercenaries",
                           "auxiliaries", "volunteers", "militia", "militias", "airstrikes", "airstrike",
                           "warplanes", "jets", "aircraft", "drones", "drone", "artillery", "units", "unit"})
# "fighters loyal to ISGS", "gunmen from the Arakan Army", "militants affiliated with al-Qaeda".
LINK_WORDS = frozenset({"loyal", "to", "linked", "affiliated", "allied", "aligned", "with", "of", "from",
                        "belonging", "tied", "the"})


@dataclass(frozen=True)
class ActorDictionary:
    """Every actor eventwire can name, compiled for fast lookup. Build it with ``load()``."""

    trie: Trie
    actors: tuple[Actor, ...]
    branches: dict[str, Branch]
    generics: dict[str, Generic]
    known_names: frozenset[str] = field(default_factory=frozenset)
    front_line: FrontLine = field(default_factory=FrontLine)
    state_first: Mapping[str, bool] = field(default_factory=dict)  # country → ACLED's order in armed clashes
    subunit_homes: Mapping[str, str] = field(default_factory=dict)  # a force's sub-unit → where ACLED files it
    bare_forces_of: Mapping[str, str] = field(default_factory=dict)  # place → whose forces "troops" there are
    air_power_of: Mapping[str, str] = field(default_factory=dict)  # place → whose aircraft strike it unclaimed
    strict_order: frozenset[str] = field(default_factory=frozenset)  # countries whose clash order beats the text's
    # The first actor of each name, for ``actor`` (speed only: built from ``actors``, not a scan of them per call).
    _first_of_name: dict[str, Actor] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        for actor in self.actors:
            self._first_of_name.setdefault(actor.name, actor)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "ActorDictionary":
        """The dictionary under ``path`` (default: the package data), read once per process."""
        return _load_cached(str(path) if path is not None else None)

    # ------------------------------------------------------------------ lookups other stages use

    def actor(self, name: str) -> Actor | None:
        """The named actor called ``name`` (regime years and spelling variants ignored)."""
        return self._first_of_name.get(canonical_name(name))

    def generic(self, key: str, country: str | None, span: Span | None = None) -> ActorMention:
        """``generic("civilians", "Mali")`` → ``Civilians (Mali)``, inter 7."""
        spec = self.generics[key]
        instead = dict(spec.instead_in).get(country or "")
        if instead is not None:
            spec = self.generics[instead]  # "gunmen" in Mexico: Unidentified Gang (Mexico)
        return ActorMention(generic_name(spec.template, country), spec.inter, country, span)

    def qualify_generic(self, bare_name: str, country: str) -> str:
        """A generic named before its country was known, once it is: ``Unidentified Armed Group`` in Mexico →
        ``Unidentified Gang (Mexico)`` (the per-country conventions of ``generic``); other names unchanged."""
        for key, spec in self.generics.items():
            if spec.template == bare_name + " ({country})":
                return self.generic(key, country).name
        return bare_name

    def in_country(self, name: str, evidence: Sequence[str], country: str, guessed: str | None = None) -> str:
        """``name`` once the geo stage has placed the event in ``country``.

        Extraction names a generic or a state force after the country it guessed ("Civilians" bare, or
        "Protesters (Qatar)" when "QAT" looked like a country); the geo stage knows better. A name whose country
        the evidence itself says ("Malian soldiers", "a Palestinian man") is kept. Otherwise the evidence is
        read again in ``country`` ("gendarmes" in Burkina Faso is its gendarmerie), or the same kind of actor
        is named after ``country``. Named groups ("Al Shabaab") never change. ``guessed`` is the country
        extraction read the article as (``EventDraft.country_hint``).
        """
        kind, named_country = _generic_parts(name)
        if kind is None:
            return name
        if named_country == country:
            if kind == _UNIDENTIFIED_KIND:
                return self._group_in(evidence, country) or name
            return self._subunit_in(name, evidence, country) if kind in STATE_KINDS else name
        if named_country and any(self._names_country(text, named_country) for text in evidence):
            return name
        if kind == _UNIDENTIFIED_KIND:
            group = self._group_in(evidence, country)  # "Islamic State militants" read in a dateline's country
            if group:
                return group
        reread = [m.name for text in evidence for m in self.find_actors(text, 0, len(text), country)
                  if _same_kind_in(country, kind, m)]
        if reread:
            return reread[0]
        # A state force the evidence does not name ("missile", "repelled") was inferred from the story: it stays,
        # unless it is the force of the very country extraction guessed (``guessed``: a Bangkok dateline on a
        # Myanmar air strike). Generic actors are named after the event's country by convention.
        inferred_from_story = named_country and named_country != guessed
        return name if kind in STATE_KINDS and inferred_from_story else self._kind_in_country(kind, country)

    def _group_in(self, evidence: Sequence[str], country: str) -> str | None:
        """The armed group the evidence names once read in ``country``: "Islamic State" in a story that named no
        country was a branch not yet known; in Niger it is ISGS."""
        return self._named_in(evidence, country, lambda mention: mention.inter in _ARMED_GROUP_INTERS)

    def _subunit_in(self, name: str, evidence: Sequence[str], country: str) -> str:
        """The sub-unit the evidence names once read in ``country``: "Military police officers" in a story whose
        country was unknown at extraction were read as the bare army; in Brazil they are its Military Police."""
        return self._named_in(evidence, country, lambda mention: force_home(mention.name) == country) or name

    def _named_in(self, evidence: Sequence[str], country: str, wanted: Callable[[ActorMention], bool]) -> str | None:
        """The first actor the evidence names by name (no generic) once read in ``country`` that is ``wanted``."""
        for text in evidence:
            for mention in self.find_actors(text, 0, len(text), country):
                if wanted(mention) and _generic_parts(mention.name)[0] is None:
                    return mention.name
        return None

    def inter_in_country(self, name: str | None, inter: int | None, country: str | None) -> int | None:
        """``inter`` once the geo stage has placed the event in ``country``: a state force is 1 at home and 8
        (external forces) elsewhere, whatever country extraction guessed (a Malian army drone strike told from
        Dakar was read as a force abroad). Any other actor keeps its code."""
        if not name or not country or inter not in (1, 8):
            return inter
        actor = self.actor(name)
        home = force_home(name) or (actor.home if actor is not None and actor.inter == 1 else None)
        if home is None:
            return inter
        return 1 if home == country else 8

    def _names_country(self, text: str, country: str) -> bool:
        """Whether ``text`` names ``country`` or its people ("Malian", "Mali's")."""
        tokens = tokenize(text)
        return any(m.kind == "country" and m.value == country
                   for i in range(len(tokens)) for hit in self.trie.walk(tokens, i) for m in hit.meanings)

    def _kind_in_country(self, kind: str, country: str) -> str:
        if kind in STATE_KINDS:
            return state_force_name(self._bare_force_country(country, kind), kind)
        return self.qualify_generic(kind, country) if kind + " ({country})" in self._templates() else \
            f"{kind} ({country})"

    def _bare_force_country(self, country: str | None, base: str) -> str | None:
        """Whose army a bare "troops" in ``country`` is: Israel's in the West Bank and Gaza (``state_forces.yaml``).
        Police stay the country's own: bare "police" in Ramallah are the Palestinian police."""
        return self.bare_forces_of.get(country or "", country) if base == "Military Forces" else country

    def _templates(self) -> set[str]:
        return {g.template for g in self.generics.values()}

    def unclaimed_air_power(self, event_country: str | None) -> ActorMention:
        """Whose air force struck ``event_country`` when no text names the striker: the home state's, or the
        state ``state_forces.yaml`` lists for a territory without aircraft of its own (Israel's over Gaza)."""
        striker = self.air_power_of.get(event_country or "", event_country)
        return self.state_force(striker, event_country, branch="air_force")

    def striker_in(self, name: str, evidence: Sequence[str], country: str) -> ActorMention | None:
        """The air power an air strike in ``country`` given to that country's own forces belongs to, when the
        country has no aircraft of its own and the evidence does not name it ("Lebanese jets" would): extraction
        guessed the home state from the dateline or from another country's name ("Friday's Israeli air strike"
        read as filed in Israel). None when ``name`` stands."""
        if country not in self.air_power_of or force_home(name) != country:
            return None
        if any(self._names_country(text, country) for text in evidence):
            return None
        return self.unclaimed_air_power(country)

    def state_force(self, country: str | None, event_country: str | None = None, branch: str = "military",
                    span: Span | None = None) -> ActorMention:
        """``Military Forces of France``, inter 8 when ``event_country`` is another country."""
        name = self._branch_name(country, self.branches[branch], event_country)
        return ActorMention(name, _state_inter(country, event_country), country, span)

    def inter_of(self, name: str) -> int | None:
        """The inter code of a dictionary or generic actor name, None when unknown."""
        found = self.actor(name)
        if found:
            return found.inter
        return _inter_from_pattern(canonical_name(name), self.generics)

    # ------------------------------------------------------------------ matching

    def find_actors(self, text: str, start: int = 0, end: int | None = None,
                    country: str | None = None) -> list[ActorMention]:
        """Every actor named in ``text[start:end]``, in text order, spans absolute; ``country``: the event's."""
        tokens = tokenize(text, start, end)
        found: list[ActorMention] = []
        i = 0
        for start_at in _phrase_starts(self.trie.root, tokens):
            if start_at < i:
                continue  # inside the phrase matched last
            i = start_at
            match = self._match_at(tokens, i, country, text)
            if match is not None and tokens[i].key == "the":
                match = self._longer_without_article(tokens, i, country, text, match)
            if match is None:
                continue
            if _modifies_a_compound(text, match[0].span) or _opposed_to(text, match[0].span):
                continue  # a shorter phrase inside it may still be read ("the Saudi-led coalition")
            mention, i = match
            found.append(_boko_haram_faction(mention, text))
            second = self._coordinated_country(tokens, i, mention, country, text)
            if second is not None:
                mention, i = second
                found.append(mention)
        return found

    def _longer_without_article(self, tokens: list[Token], i: int, country: str | None, text: str,
                                match: tuple[ActorMention, int]) -> tuple[ActorMention, int]:
        """"the Military Police": the phrase after "the" may run longer than the one "the" starts ("the military")."""
        if not _may_start_phrase(self.trie.root, tokens, i + 1):
            return match
        without = self._match_at(tokens, i + 1, country, text)
        return without if without is not None and without[1] > match[1] else match

    def _coordinated_country(self, tokens: list[Token], i: int, first: ActorMention, country: str | None,
                             text: str) -> tuple[ActorMention, int] | None:
        """"the armed forces of India and Pakistan": the second country's forces of the same branch."""
        if i + 1 >= len(tokens) or tokens[i].key != "and" or not first.name.startswith(("Military", "Police")):
            return None
        if " of " not in first.span.text.lower():
            return None
        for hit in self.trie.walk(tokens, i + 1):
            for meaning in hit.meanings:
                if meaning.kind == "country" and tokens[i + 1].surface[:1].isupper():
                    base = "Police Forces" if first.name.startswith("Police") else "Military Forces"
                    name = state_force_name(meaning.value, base)
                    last = tokens[hit.stop - 1]
                    span = Span(tokens[i + 1].start, last.end, text[tokens[i + 1].start:last.end])
                    return ActorMention(name, _state_inter(meaning.value, country), meaning.value, span), hit.stop
        return None

    def _match_at(self, tokens: list[Token], i: int, country: str | None,
                  text: str) -> tuple[ActorMention, int] | None:
        options = []
        for hit in self.trie.walk(tokens, i):
            meanings = [m for m in hit.meanings if not m.exact or _surfaces_match(m, tokens, i)]
            options.extend(self._options(meanings, tokens, i, hit.stop, country))
        if not options:
            return None
        stop, _, mention_without_span = max(options, key=lambda o: (o[0], o[1]))
        span = Span(tokens[i].start, tokens[stop - 1].end, text[tokens[i].start:tokens[stop - 1].end])
        return ActorMention(mention_without_span.name, mention_without_span.inter, mention_without_span.country,
                            span), stop

    def _options(self, meanings: list[Meaning], tokens: list[Token], i: int, stop: int,
                 country: str | None) -> list[tuple[int, int, ActorMention]]:
        """(end token, priority, mention) for every reading of one phrase; the longest reading wins."""
        options = []
        named_meanings = [m for m in meanings if m.kind in ("actor", "state")]
        named = _pick_in_scope(named_meanings, country) if named_meanings else None  # none: most phrases
        if named is not None:
            options.append((_extend_group(tokens, stop), 4, self._named_mention(named, country)))
        elif country is None and _branches_of_one_movement(named_meanings):
            options.append((_extend_group(tokens, stop), 4, ActorMention(_UNIDENTIFIED_KIND, 2, None, None)))
        elif _branches_of_one_movement(named_meanings) and _before_fighters(tokens, stop):
            # Round twenty: "Islamic State militants" where no branch holds (a Beirut dateline on a Syrian attack)
            # stay the unidentified "militants", but their mention keeps the movement's name for the geo stage to
            # read again in the event's country (``in_country``).
            options.append((_extend_group(tokens, stop), 1, self.generic("unidentified_armed_group", country)))
        for meaning in meanings:
            option = self._structural_option(meaning, tokens, i, stop, country)
            if option is not None:
                options.append(option)
        return options

    def _structural_option(self, meaning: Meaning, tokens: list[Token], i: int, stop: int,
                           country: str | None) -> tuple[int, int, ActorMention] | None:
        if meaning.kind == "country":
            return self._country_phrase(meaning.value, tokens, i, stop, country)
        if meaning.kind == "branch":
            of_country = self._of_country(tokens, stop, country)
            if of_country is not None:
                force_country, after = of_country
                unit = self._subunit_after_country(tokens, after, force_country, country)
                if unit is not None:
                    return unit
                named = self._state_actor_after_of(tokens, stop, country)
                return after, 3, named or self.state_force(force_country, country, meaning.value.key)
            if meaning.bare:
                bare_country = self._bare_force_country(country, meaning.value.base)
                return stop, 2, self.state_force(bare_country, country, meaning.value.key)
        if meaning.kind == "generic":
            if meaning.value.inter == 3 and self._describes_named_group(tokens, stop, country):
                return None  # a state agency's "the terrorist Houthi militia": a word describing the named group
            group = self._group_after_link(tokens, stop, country) if meaning.value.inter == 3 else None
            return group or (stop, 1, self.generic(meaning.value.key, country))
        return None

    def _group_after_link(self, tokens: list[Token], stop: int,
                          country: str | None) -> tuple[int, int, ActorMention] | None:
        """"fighters loyal to ISGS", "militants linked to al-Qaeda": the group they belong to. One describing word
        may stand before its name, as after "by" (``roles.sides``): "fighters of the paramilitary RSF"."""
        j = stop
        while j < len(tokens) and j - stop < 2 and tokens[j].key in LINK_WORDS:
            j += 1
        if j == stop:
            return None
        named = self._named_group_at(tokens, j, country)
        describing = j + 1 < len(tokens) and tokens[j].surface.islower() and tokens[j].key not in LINK_WORDS
        if named is None and describing:
            named = self._named_group_at(tokens, j + 1, country)  # "fighters of the paramilitary RSF"
        if named is None and describing:
            name_at = _after_naming_phrase(tokens, j)
            if name_at is not None:  # "fighters of the group that calls itself the Islamic State's ... province"
                named = self._named_group_at(tokens, name_at, country)
        return named

    def _describes_named_group(self, tokens: list[Token], stop: int, country: str | None) -> bool:
        """A fighter word right before a group's name, or before "group" and the name: "the terrorist Houthi
        militia", "the terrorist group Shene", "the jihadist group JNIM"."""
        if stop < len(tokens) and tokens[stop].key in _GROUP_NOUNS:
            stop += 1
        return stop < len(tokens) and self._named_group_at(tokens, stop, country) is not None

    def _named_group_at(self, tokens: list[Token], j: int,
                        country: str | None) -> tuple[int, int, ActorMention] | None:
        for hit in self.trie.walk(tokens, j):
            meanings = [m for m in hit.meanings if m.kind == "actor" and _surfaces_match(m, tokens, j)]
            named = _pick_in_scope(meanings, country)
            if named is not None:
                return hit.stop, 4, self._named_mention(named, country)
        return None

    def _country_phrase(self, force_country: str, tokens: list[Token], i: int, stop: int,
                        country: str | None) -> tuple[int, int, ActorMention] | None:
        """A country word followed by a force or generic word: "Malian soldiers", "Nigerien villagers"."""
        if not tokens[i].surface[:1].isupper():
            return None  # "chad" or "niger" as common words
        if stop < len(tokens) and tokens[stop].key == "and":
            return self._paired_country_force(force_country, tokens, stop, country)
        for hit in self.trie.walk(tokens, stop):
            for meaning in hit.meanings:
                if meaning.kind == "branch":
                    return hit.stop, 3, self.state_force(force_country, country, meaning.value.key)
                if meaning.kind == "generic" and meaning.value.inter in (5, 6, 7):
                    return hit.stop, 3, self.generic(meaning.value.key,
                                                     _people_country(tokens[i].surface, force_country, country))
        return None

    def _paired_country_force(self, force_country: str, tokens: list[Token], and_at: int,
                              country: str | None) -> tuple[int, int, ActorMention] | None:
        """"U.S. and British warplanes": the first country's force of the branch the second names (the second
        is read on its own after "and")."""
        for hit in self.trie.walk(tokens, and_at + 1):
            if any(m.kind == "country" for m in hit.meanings) and tokens[and_at + 1].surface[:1].isupper():
                second = self._country_phrase(force_country, tokens, and_at + 1, hit.stop, country)
                if second is not None and second[2].name.startswith(("Military", "Police")):
                    return and_at, 3, second[2]
        return None

    def _of_country(self, tokens: list[Token], stop: int, country: str | None) -> tuple[str, int] | None:
        """``of [the] Mali`` after a force word: the country and the token after it."""
        j = stop
        if j >= len(tokens) or tokens[j].key != "of":
            return None
        j += 1
        if j < len(tokens) and tokens[j].key == "the":
            j += 1
        for hit in self.trie.walk(tokens, j):
            for meaning in hit.meanings:
                if meaning.kind == "country" and tokens[j].surface[:1].isupper():
                    return meaning.value, hit.stop
                if _state_like_in(meaning, country):
                    return meaning.value.home, hit.stop  # "forces of Artsakh": a state-like actor
        return None

    def _subunit_after_country(self, tokens: list[Token], after: int, force_country: str,
                               country: str | None) -> tuple[int, int, ActorMention] | None:
        """"officers of the Nigeria Security and Civil Defence Corps": the country word begins the name of one of its
        own sub-units, whose people the force word names."""
        if after >= len(tokens) or not tokens[after].surface[:1].isupper():
            return None
        for hit in self.trie.walk(tokens, after):
            for meaning in hit.meanings:
                if meaning.kind == "actor" and meaning.value.home == force_country and meaning.value.inter == 1 \
                        and _surfaces_match(meaning, tokens, after):
                    return hit.stop, 3, self._named_mention(meaning, country)
        return None

    def _state_actor_after_of(self, tokens: list[Token], stop: int, country: str | None) -> ActorMention | None:
        """The named state-like actor of "military forces of Artsakh", None for a plain country."""
        j = stop + 1 + (stop + 1 < len(tokens) and tokens[stop + 1].key == "the")
        for hit in self.trie.walk(tokens, j):
            for meaning in hit.meanings:
                if _state_like_in(meaning, country):
                    return self._named_mention(meaning, country)
        return None

    def _named_mention(self, meaning: Meaning, country: str | None) -> ActorMention:
        if meaning.kind == "state":
            force_country, branch = meaning.value
            return self.state_force(force_country, country, branch.key)
        actor: Actor = meaning.value
        inter = 8 if actor.inter == 1 and actor.home and country and country != actor.home else actor.inter
        home = actor.home or (next(iter(actor.countries)) if len(actor.countries) == 1 else None)
        return ActorMention(actor.name, inter, home, None)

    def _branch_name(self, country: str | None, branch: Branch, event_country: str | None = None) -> str:
        """The sub-unit's name at home and where ACLED files it ("Russian warplanes" over Ukraine are its Air
        Force; over Syria ACLED names the plain army), else the branch's base name."""
        if branch.subunit and country:
            for base in (branch.base, "Military Forces", "Police Forces"):
                candidate = f"{state_force_name(country, base)} {branch.subunit}"
                home = self.subunit_homes.get(candidate, country)
                if candidate in self.known_names and event_country in (None, country, home):
                    return candidate
        return state_force_name(country, branch.base)


# A name written as the first half of a compound describes what follows and takes no part in the act: "the
# Hamas-run health ministry", "the Houthi-run al-Masirah television", "Hamas-controlled media"; "warplanes of the
# Saudi-led coalition" is the coalition's, not Saudi Arabia's (a force "of <country>" whose country word leads a
# compound). "Hamas-held" or "Houthi-controlled" places stay actors (a place taken from them names its holder);
# "an army-led operation", "Islamic State-linked militants" stay too.
INSTITUTION_COMPOUND = re.compile(
    r"-(?:run|administered|governed|appointed|owned|operated)\b|"
    r"-(?:controlled|held)\s+(?:[\w-]+\s+){0,2}?(?:enclave|ministry|media|television|tv|channel|radio|station|"
    r"authorities|government|administration|civil\s+defen[cs]e|municipality|outlets?|news)\b", re.IGNORECASE)
COUNTRY_LEADS_COMPOUND = re.compile(r"-(?:led|backed)\b", re.IGNORECASE)


def _opposed_to(text: str, span: Span | None) -> bool:
    """Round twenty-six: "anti-Houthi forces", "anti-Taliban fighters" are the named actor's enemies, not the actor
    ("Anti-Balaka", a name of its own, starts its phrase with the word)."""
    return span is not None and text[max(0, span.start - 5):span.start].lower() == "anti-"


def _modifies_a_compound(text: str, span: Span | None) -> bool:
    if span is None or not text.startswith("-", span.end):
        return False
    if INSTITUTION_COMPOUND.match(text, span.end):
        return True
    return " of " in span.text and bool(COUNTRY_LEADS_COMPOUND.match(text, span.end))


def _same_kind_in(country: str, kind: str, mention: ActorMention) -> bool:
    """Whether ``mention``, the evidence read again in ``country``, is what a ``kind`` actor is there: the same
    kind; for a state force, any branch of that country's forces (gendarmes are police in Mali, the military in
    Niger: round seventeen); for an unidentified armed group, the group the country's own words name (Cabo
    Delgado's "insurgents")."""
    if _generic_parts(mention.name)[0] == kind or mention.name.startswith(f"{kind} of "):
        return True
    if kind in STATE_KINDS:
        return force_home(mention.name) == country
    return kind == _UNIDENTIFIED_KIND and mention.inter in _ARMED_GROUP_INTERS


_UNIDENTIFIED_KIND = "Unidentified Armed Group"
_ARMED_GROUP_INTERS = frozenset({2, 3, 4})


def _state_inter(force_country: str | None, event_country: str | None) -> int:
    """State forces are inter 1 at home and 8 (external forces) in another country."""
    if force_country and event_country and force_country != event_country:
        return 8
    return 1


def _state_like_in(meaning: Meaning, country: str | None) -> bool:
    """Whether ``meaning`` is a state-like actor ("forces of Artsakh") that holds in ``country``: round nineteen,
    "soldiers of the Republican Guard" in Goma are Congo's, not Chad's sub-unit, whose name holds only in Chad."""
    if meaning.kind != "actor" or not meaning.value.home or meaning.value.inter != 1:
        return False
    return meaning.scope is None or country is None or country in meaning.scope


def _pick_in_scope(meanings: list[Meaning], country: str | None) -> Meaning | None:
    """The reading that holds in ``country``: one scoped to it first, then a global one."""
    if country:
        scoped = [m for m in meanings if m.scope is not None and country in m.scope]
        unscoped = [m for m in meanings if m.scope is None]
        return next(iter(scoped or unscoped), None)
    unscoped = [m for m in meanings if m.scope is None or m.if_unknown]
    if unscoped:
        return unscoped[0]
    # "militia" names Brazil's police militia only in Brazil: a common word read with no country names nobody
    # (its reading would also make Brazil the event's country).
    regional = [m for m in meanings if not m.common_word]
    distinct = {_meaning_name(m) for m in regional}
    return regional[0] if len(distinct) == 1 else None


def _branches_of_one_movement(meanings: list[Meaning]) -> bool:
    """"Islamic State said it had killed 10 soldiers in Tillaberi", in a story that names no country: the phrase
    names a branch of an armed movement in every country it holds in, but which one only the event's country
    says. It is an armed group whose name the geo stage reads again (``in_country``), not nobody."""
    return bool(meanings) and all(m.kind == "actor" and m.scope is not None and not m.common_word
                                  and m.value.inter in _ARMED_GROUP_INTERS for m in meanings)


# The fighter nouns that read alone as the unidentified armed group (``generics.yaml``).
_GENERIC_FIGHTERS = frozenset({"militants", "militant", "fighters", "jihadists", "jihadist", "insurgents", "insurgent",
                               "gunmen", "rebels", "terrorists", "terrorist"})


def _before_fighters(tokens: list[Token], stop: int) -> bool:
    end = _extend_group(tokens, stop)
    return end > stop and tokens[end - 1].key in _GENERIC_FIGHTERS


# How a story names a group it introduces by what the group calls itself: "fighters of the group that calls itself
# the Islamic State's Mozambique province", "gunmen from a faction known as the Central General Staff".
_GROUP_NOUNS = frozenset({"group", "movement", "faction", "organisation", "organization", "outfit", "network",
                          "militia", "coalition", "alliance"})
_NAMING_PHRASES = (("that", "calls", "itself"), ("which", "calls", "itself"), ("calling", "itself"),
                   ("that", "call", "themselves"), ("calling", "themselves"), ("known", "as"),
                   ("known", "locally", "as"), ("called",), ("styling", "itself"), ("that", "styles", "itself"))


def _after_naming_phrase(tokens: list[Token], j: int) -> int | None:
    """The token after "group that calls itself [the]" at ``j`` (where the group's own name starts), else None."""
    if tokens[j].key in ("a", "an") and j + 1 < len(tokens):
        j += 1
    if tokens[j].key not in _GROUP_NOUNS:
        return None
    for phrase in _NAMING_PHRASES:
        end = j + 1 + len(phrase)
        if tuple(t.key for t in tokens[j + 1:end]) == phrase:
            return end + (end < len(tokens) and tokens[end].key == "the")
    return None


def _meaning_name(meaning: Meaning) -> str:
    return meaning.value.name if meaning.kind == "actor" else repr(meaning.value)


def _extend_group(tokens: list[Token], stop: int) -> int:
    """Swallow "-allied", "-linked" and a fighter noun after a group name."""
    j = stop
    while j < len(tokens) and tokens[j].key in AFFILIATION_WORDS:
        j += 1
    if j < len(tokens) and tokens[j].key in FIGHTER_WORDS:
        j += 1
    return j


def _inter_from_pattern(name: str, generics: dict[str, Generic]) -> int | None:
    if name.startswith(("Military Forces of", "Police Forces of")):
        return 1
    match = GENERIC_PATTERN.match(name)
    if match:
        for generic in generics.values():
            if generic.template.startswith(match["kind"] + " ("):
                return generic.inter
    return None


@lru_cache(maxsize=4)
def _load_cached(path: str | None) -> ActorDictionary:
    folder = Path(path) if path is not None else None
    trie = Trie()
    state = _read_yaml(folder, "state_forces.yaml")
    actors = _add_named(trie, _read_yaml(folder, "named_actors.yaml"))
    names_table = _read_names_table(folder)
    public = _read_public_community_militias(folder)
    community = community_militia_entries(names_table + [(*row[:3], MIN_COMMUNITY_ROWS) for row in public],
                                          {a.name for a in actors}, {row[0]: row[3] for row in public})
    actors += _add_named(trie, community)
    branches = _add_state_forces(trie, state)
    public_subunits = [(name, "1", force_home(name) or "", MIN_SUBUNIT_ROWS)
                       for name in state.get("known_subunits") or ()]
    actors += _add_named(trie, subunit_entries(names_table + public_subunits, {a.name for a in actors},
                                               {b.subunit for b in branches.values() if b.subunit},
                                               state.get("subunit_aliases") or {}))
    generics = _add_generics(trie, _read_yaml(folder, "generics.yaml"))
    _add_countries(trie)
    known = frozenset(row[0] for row in names_table) | frozenset(state.get("known_subunits") or ())
    return ActorDictionary(trie, tuple(actors), branches, generics, known, _read_front_line(folder),
                           _read_battle_order(folder), _read_subunit_homes(folder, branches),
                           dict(state.get("bare_forces_of") or {}), dict(state.get("air_power_of") or {}),
                           frozenset(_read_battle_order(folder, STRICT_ORDER_SHARE)))


def _people_country(word: str, word_country: str, story_country: str | None) -> str:
    """"Turkmen demonstrators" in a story set in Iraq are Iraq's Turkmen: a people living as a large minority in
    other conflict countries (``countries.PEOPLES_ABROAD``) takes the story's country, a citizen's demonym its own."""
    if story_country and story_country != word_country and names_a_people_abroad(word):
        return story_country
    return word_country
