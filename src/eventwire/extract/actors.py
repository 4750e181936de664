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
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping, NamedTuple, Sequence

import yaml

from eventwire.countries import all_countries
from eventwire.errors import ActorDictionaryError
from eventwire.records import ActorMention, Span

REGIME_YEARS = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
# ACLED wrote JAS's name two ways across exports; both mean the same actor.
SPELLING_VARIANTS = {
    "Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad": "Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    "Islamic State (Sahel)": "Islamic State (Greater Sahara)",
}
# ACLED writes "Military Forces of the Philippines" but "Military Forces of Nigeria".
COUNTRIES_WITH_ARTICLE = frozenset({
    "Democratic Republic of Congo", "Republic of Congo", "Philippines", "United States", "United Kingdom",
    "Central African Republic", "Netherlands", "United Arab Emirates",
})
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
# Acronyms of this length or shorter ("AA", "ADF", "SAF") collide across regions ("ADF" is also Australia's
# Defence Force), so they only name an actor in its own countries or when the event's country is unknown.
SHORT_ACRONYM_LENGTH = 3
END = ""  # trie key under which a node stores what the phrase ending there means

# "Boko Haram" alone is ACLED's either-faction actor unless the text tells the factions apart: it names Shekau,
# JAS, ISWAP or the Islamic State besides Boko Haram (not in one combined phrase such as "ISWAP or Boko Haram").
# Then "Boko Haram" is JAS (train notes: 237 JAS, 81 either, 52 ISWAP; without such a name 920 either, 12 JAS).
BOKO_HARAM_EITHER = "Islamic State (West Africa) and/or Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
BOKO_HARAM_JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
BOKO_HARAM_COMBINED = re.compile(
    r"Boko Haram\s*(?:/|\bor\b|\band\b|\(or\))\s*(?:ISWAP|IS|ISIS|Islamic State)\b"
    r"|\b(?:ISWAP|IS|ISIS)\s*(?:/|\bor\b|\band\b)\s*Boko Haram")
JAS_NAMED = re.compile(r"\bShekau|\bJAS\b|Jama'?atu")
ISWAP_NAMED = re.compile(r"\bISWAP\b|Islamic State|\bIS\b|\bISIS\b|\bISIL\b|Barnawi")
OTHER_FACTION_NAMED = re.compile(f"{JAS_NAMED.pattern}|{ISWAP_NAMED.pattern}")
# A faction named this close to "Boko Haram" qualifies that very mention; the faction reading is left to it.
FACTION_NEIGHBOURHOOD = 25

TOKEN = re.compile(r"[^\W_]+(?:['’][sS](?![^\W_]))?|[^\w\s'’\-]")
DATA_PACKAGE = "eventwire.data.actors"


# --------------------------------------------------------------------------- names


def strip_regime_years(name: str) -> str:
    """``Military Forces of Iraq (2018-2020) Popular Mobilization Forces`` → without the ``(2018-2020)``."""
    return " ".join(REGIME_YEARS.sub("", name).split())


def canonical_name(name: str) -> str:
    """The comparable form of an ACLED actor name: no regime years, one spelling per actor."""
    cleaned = strip_regime_years(name)
    for variant, canonical in SPELLING_VARIANTS.items():
        cleaned = cleaned.replace(variant, canonical)
    return cleaned


def same_actor(a: str | None, b: str | None) -> bool:
    """Whether two ACLED actor names mean the same actor (regime years and known spelling variants ignored)."""
    if not a or not b:
        return a == b
    return canonical_name(a).casefold() == canonical_name(b).casefold()


def state_force_name(country: str | None, base: str = "Military Forces") -> str:
    """``Military Forces of Mali``; ``Military Forces`` alone when the country is unknown."""
    if not country:
        return base
    article = "the " if country in COUNTRIES_WITH_ARTICLE else ""
    return f"{base} of {article}{country}"


def generic_name(template: str, country: str | None) -> str:
    """``Civilians (Mali)`` from ``Civilians ({country})``; ``Civilians`` when the country is unknown."""
    return template.format(country=country) if country else template.replace(" ({country})", "")


# --------------------------------------------------------------------------- tokens


class Token(NamedTuple):
    """One word or punctuation mark (a NamedTuple: thousands are built per article, so they must be cheap)."""

    key: str  # folded: lower case, no accents, no possessive
    surface: str  # as written, possessive removed
    start: int
    end: int


def fold(word: str) -> str:
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word.lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]``; hyphens and apostrophes join, never split."""
    end = len(text) if end is None else end
    part = text[start:end]
    folded = part.lower() if part.isascii() else None  # one lower() for the passage: the hot path
    tokens = []
    for match in TOKEN.finditer(text, start, end):
        surface = match.group()
        if len(surface) > 2 and surface[-2] in "'’":
            surface = surface[:-2]
        first = match.start()
        key = folded[first - start:first - start + len(surface)] if folded is not None else fold(surface)
        tokens.append(_new_token(Token, (key, surface, first, match.end())))
    return tokens


_new_token = tuple.__new__  # builds a Token without NamedTuple's extra call layer (tens of thousands per article)


# --------------------------------------------------------------------------- dictionary records


@dataclass(frozen=True)
class Actor:
    """One named actor of the dictionary."""

    name: str
    inter: int
    home: str | None = None
    countries: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Branch:
    """A kind of state force: ``Military Forces`` or ``Police Forces``, maybe with an ACLED sub-unit."""

    key: str
    base: str
    subunit: str | None = None


@dataclass(frozen=True)
class Generic:
    key: str
    template: str
    inter: int
    instead_in: tuple[tuple[str, str], ...] = ()  # (country, generic key) where ACLED uses another generic


@dataclass(frozen=True)
class Meaning:
    """What a phrase of the trie means. ``scope``: the event countries it holds in (None: anywhere)."""

    kind: str  # "actor" | "state" | "country" | "branch" | "generic"
    value: Any
    scope: frozenset[str] | None = None
    exact: tuple[str | None, ...] = ()  # per token: the surface an acronym must have, else None
    bare: bool = False  # a branch phrase that names a force on its own ("soldiers")
    if_unknown: bool = False  # a scoped phrase that also holds when the event country is unknown
    common_word: bool = False  # a context phrase that is one common word ("militia"): never without a country


@dataclass(frozen=True)
class Hit:
    """A phrase found at one token position: the tokens it covers and its meanings."""

    stop: int
    meanings: tuple[Meaning, ...]


# --------------------------------------------------------------------------- trie


def _phrase_tokens(phrase: str) -> list[Token]:
    return tokenize(phrase)


# Mixed-case acronyms up to this length ("LeT", "IsK") match case-sensitively too: folded, "LeT" is the word "let".
MIXED_CASE_ACRONYM_LENGTH = 5


def _is_acronym(surface: str) -> bool:
    """All capitals ("JNIM", "FARDC"), or a short word with a capital inside it ("LeT")."""
    if len(surface) < 2:
        return False
    mixed = surface.isalpha() and len(surface) <= MIXED_CASE_ACRONYM_LENGTH and not surface[1:].islower()
    return surface.isupper() or mixed


def _exact_surfaces(tokens: Sequence[Token]) -> tuple[str | None, ...]:
    """Acronym tokens must match case-sensitively; () when no token must (most phrases: nothing to check)."""
    surfaces = tuple(t.surface if _is_acronym(t.surface) else None for t in tokens)
    return surfaces if any(want is not None for want in surfaces) else ()


def _is_short_acronym(tokens: Sequence[Token]) -> bool:
    return len(tokens) == 1 and tokens[0].surface.isupper() and len(tokens[0].surface) <= SHORT_ACRONYM_LENGTH


class Trie:
    """Phrases of folded tokens → meanings; the walk returns every phrase starting at a token."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}

    def add(self, phrase: str, meaning: Meaning) -> None:
        tokens = _phrase_tokens(phrase)
        if not tokens:
            return
        node = self.root
        for token in tokens:
            node = node.setdefault(token.key, {})
        node.setdefault(END, []).append(meaning)

    def walk(self, tokens: Sequence[Token], i: int) -> list[Hit]:
        """Every phrase starting at ``tokens[i]``, longest first."""
        hits = []
        node = self.root
        for j in range(i, len(tokens)):
            node = node.get(tokens[j].key)
            if node is None:
                break
            if END in node:
                hits.append(Hit(j + 1, tuple(node[END])))
        return hits[::-1]


def _may_start_phrase(root: dict[str, Any], tokens: Sequence[Token], i: int) -> bool:
    """A phrase of the trie may start at ``tokens[i]``: a cheap look at two tokens before the full walk
    ("the" and "a" start many phrases but are followed by one of their next words only rarely)."""
    node = root.get(tokens[i].key)
    if node is None:
        return False
    return END in node or (i + 1 < len(tokens) and tokens[i + 1].key in node)


def _phrase_starts(root: dict[str, Any], tokens: Sequence[Token]) -> list[int]:
    """Every token position where ``_may_start_phrase`` holds, in order (one pass: most tokens start nothing)."""
    return [i for i, token in enumerate(tokens) if token.key in root and _may_start_phrase(root, tokens, i)]


def _surfaces_match(meaning: Meaning, tokens: Sequence[Token], i: int) -> bool:
    if not meaning.exact:
        return True  # no acronym in the phrase (most of them)
    return all(want is None or tokens[i + k].surface == want for k, want in enumerate(meaning.exact))


# --------------------------------------------------------------------------- loading


def _read_yaml(path: Path | None, name: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        if path is not None:
            return yaml.load((path / name).read_text(encoding="utf-8"), Loader=loader)
        text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
        return yaml.load(text, Loader=loader)
    except (OSError, yaml.YAMLError) as err:
        raise ActorDictionaryError(f"actor dictionary {name} cannot be read: {err}") from err


def _read_known_names(path: Path | None) -> frozenset[str]:
    """Every actor name of the training file (``acled_actor_names.tsv``); empty when the file is absent."""
    try:
        if path is not None:
            text = (path / "acled_actor_names.tsv").read_text(encoding="utf-8")
        else:
            text = resources.files(DATA_PACKAGE).joinpath("acled_actor_names.tsv").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line.split("\t", 1)[0] for line in text.splitlines()[1:] if line)


def _read_subunit_homes(path: Path | None, branches: Mapping[str, Branch]) -> dict[str, str]:
    """State-force sub-units of the training file → the country most of their rows are in."""
    try:
        if path is not None:
            text = (path / "acled_actor_names.tsv").read_text(encoding="utf-8")
        else:
            text = resources.files(DATA_PACKAGE).joinpath("acled_actor_names.tsv").read_text(encoding="utf-8")
    except OSError:
        return {}
    subunits = tuple(f" {b.subunit}" for b in branches.values() if b.subunit)
    rows = (line.split("\t") for line in text.splitlines()[1:] if line)
    return {row[0]: row[2] for row in rows if len(row) > 2 and row[0].endswith(subunits)}


def _scope_of(actor: Actor, tokens: Sequence[Token], context: frozenset[str] | None,
              ) -> tuple[frozenset[str] | None, bool]:
    if context is not None:
        return context, False
    if actor.countries and _is_short_acronym(tokens):
        return actor.countries, True
    return None, False


def _add_named(trie: Trie, entries: Iterable[dict]) -> list[Actor]:
    actors = []
    for entry in entries:
        actor = Actor(entry["name"], int(entry["inter"]), entry.get("home"), frozenset(entry.get("countries") or ()))
        actors.append(actor)
        context_scope = frozenset(entry.get("context_countries") or actor.countries)
        for context, phrases in ((None, entry.get("aliases") or ()), (context_scope, entry.get("context") or ())):
            for phrase in phrases:
                tokens = _phrase_tokens(phrase)
                scope, if_unknown = _scope_of(actor, tokens, context)
                common = context is not None and len(tokens) == 1 and phrase.islower()
                trie.add(phrase, Meaning("actor", actor, scope, _exact_surfaces(tokens), if_unknown=if_unknown,
                                         common_word=common))
    return actors


def _add_state_forces(trie: Trie, data: dict) -> dict[str, Branch]:
    branches = {}
    for key, spec in data["branches"].items():
        branch = Branch(key, spec["base"], spec.get("subunit"))
        branches[key] = branch
        bare = set(spec.get("bare") or ())
        for phrase in set(spec["words"]) | bare:
            trie.add(phrase, Meaning("branch", branch, bare=phrase in bare))
    for country, by_branch in (data.get("aliases") or {}).items():
        for key, phrases in (by_branch or {}).items():
            for phrase in phrases or ():
                tokens = _phrase_tokens(phrase)
                trie.add(phrase, Meaning("state", (country, branches[key]), None, _exact_surfaces(tokens)))
    return branches


def _add_generics(trie: Trie, data: dict) -> dict[str, Generic]:
    generics = {}
    for key, spec in data.items():
        generic = Generic(key, spec["template"], int(spec["inter"]), tuple((spec.get("instead_in") or {}).items()))
        generics[key] = generic
        for phrase in spec["words"]:
            trie.add(phrase, Meaning("generic", generic))
    return generics


def _add_countries(trie: Trie) -> None:
    for country in all_countries():
        for phrase in {country.name, *country.aliases, *country.demonyms}:
            tokens = _phrase_tokens(phrase)
            trie.add(phrase, Meaning("country", country.name, exact=_exact_surfaces(tokens)))


# --------------------------------------------------------------------------- front lines


@dataclass(frozen=True)
class FrontLine:
    """Places of a front line where reports never name who fired (the OSCE monitors in Donbas), and the side
    ACLED made actor1 of the fire reported near each: ``sides[place] = {"shelling": ..., "clash": ...}``."""

    sides: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    places: re.Pattern[str] | None = None  # every place name, longest first

    @classmethod
    def from_tsv(cls, text: str) -> "FrontLine":
        sides: dict[str, dict[str, str]] = {}
        for line in text.splitlines()[1:]:
            place, shelling, clash = (line.split("\t") + ["", ""])[:3]
            sides[place] = {kind: actor for kind, actor in (("shelling", shelling), ("clash", clash)) if actor}
        names = sorted(sides, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
        return cls(sides, pattern)

    def side_near(self, text: str, kind: str) -> str | None:
        """The actor1 of ``kind`` ("shelling" or "clash") near the first front-line place ``text`` names."""
        found = self.places.search(text) if self.places is not None else None
        return self.sides[found.group()].get(kind) if found else None


# A country's habit of listing the state's forces first (or last) in its clashes with armed groups is followed
# only when it is this clear and rests on this many clashes (train: Myanmar 94 % state first, the Philippines,
# Afghanistan and Somalia 0–19 %; most countries near half, where the text's order decides).
MIN_ORDER_CLASHES = 80
CLEAR_ORDER_SHARE = 0.8


def _read_battle_order(path: Path | None) -> dict[str, bool]:
    """Country → True when ACLED lists the state first in its armed clashes, False when last (``battle_order.tsv``,
    built from train by ``build_actor_names``); countries without a clear habit are left out."""
    try:
        table = (path / "battle_order.tsv") if path is not None else resources.files(DATA_PACKAGE).joinpath(
            "battle_order.tsv")
        lines = table.read_text(encoding="utf-8").splitlines()[1:]
    except OSError:
        return {}
    order = {}
    for country, clashes, share in (line.split("\t") for line in lines if line):
        if int(clashes) >= MIN_ORDER_CLASHES and max(float(share), 1 - float(share)) >= CLEAR_ORDER_SHARE:
            order[country] = float(share) >= CLEAR_ORDER_SHARE
    return order


def _read_front_line(path: Path | None) -> FrontLine:
    """``front_line_sides.tsv`` (built from train by ``build_actor_names``); empty when the file is absent."""
    try:
        if path is not None:
            return FrontLine.from_tsv((path / "front_line_sides.tsv").read_text(encoding="utf-8"))
        table = resources.files(DATA_PACKAGE).joinpath("front_line_sides.tsv")
        return FrontLine.from_tsv(table.read_text(encoding="utf-8"))
    except OSError:
        return FrontLine()


# --------------------------------------------------------------------------- the dictionary


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

    @classmethod
    def load(cls, path: str | Path | None = None) -> "ActorDictionary":
        """The dictionary under ``path`` (default: the package data), read once per process."""
        return _load_cached(str(path) if path is not None else None)

    # ------------------------------------------------------------------ lookups other stages use

    def actor(self, name: str) -> Actor | None:
        """The named actor called ``name`` (regime years and spelling variants ignored)."""
        wanted = canonical_name(name)
        return next((a for a in self.actors if a.name == wanted), None)

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

    def in_country(self, name: str, evidence: Sequence[str], country: str) -> str:
        """``name`` once the geo stage has placed the event in ``country``.

        Extraction names a generic or a state force after the country it guessed ("Civilians" bare, or
        "Protesters (Qatar)" when "QAT" looked like a country); the geo stage knows better. A name whose country
        the evidence itself says ("Malian soldiers", "a Palestinian man") is kept. Otherwise the evidence is
        read again in ``country`` ("gendarmes" in Burkina Faso is its gendarmerie), or the same kind of actor
        is named after ``country``. Named groups ("Al Shabaab") never change.
        """
        kind, named_country = _generic_parts(name)
        if kind is None or named_country == country:
            return name
        if named_country and any(self._names_country(text, named_country) for text in evidence):
            return name
        reread = [m.name for text in evidence for m in self.find_actors(text, 0, len(text), country)
                  if _generic_parts(m.name)[0] == kind or m.name.startswith(f"{kind} of ")]
        if reread:
            return reread[0]
        # A state force the evidence does not name ("missile", "repelled") was inferred from the story, not from
        # the guessed country: it stays. Generic actors are named after the event's country by convention.
        return name if kind in _STATE_KINDS and named_country else self._kind_in_country(kind, country)

    def _names_country(self, text: str, country: str) -> bool:
        """Whether ``text`` names ``country`` or its people ("Malian", "Mali's")."""
        tokens = tokenize(text)
        return any(m.kind == "country" and m.value == country
                   for i in range(len(tokens)) for hit in self.trie.walk(tokens, i) for m in hit.meanings)

    def _kind_in_country(self, kind: str, country: str) -> str:
        if kind in _STATE_KINDS:
            return state_force_name(country, kind)
        return self.qualify_generic(kind, country) if kind + " ({country})" in self._templates() else \
            f"{kind} ({country})"

    def _templates(self) -> set[str]:
        return {g.template for g in self.generics.values()}

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
            meanings = [m for m in hit.meanings if _surfaces_match(m, tokens, i)]
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
        named = _pick_in_scope([m for m in meanings if m.kind in ("actor", "state")], country)
        if named is not None:
            options.append((_extend_group(tokens, stop), 4, self._named_mention(named, country)))
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
            of_country = self._of_country(tokens, stop)
            if of_country is not None:
                force_country, after = of_country
                named = self._state_actor_after_of(tokens, stop, country)
                return after, 3, named or self.state_force(force_country, country, meaning.value.key)
            if meaning.bare:
                return stop, 2, self.state_force(country, country, meaning.value.key)
        if meaning.kind == "generic":
            group = self._group_after_link(tokens, stop, country) if meaning.value.inter == 3 else None
            return group or (stop, 1, self.generic(meaning.value.key, country))
        return None

    def _group_after_link(self, tokens: list[Token], stop: int,
                          country: str | None) -> tuple[int, int, ActorMention] | None:
        """"fighters loyal to ISGS", "militants linked to al-Qaeda": the group they belong to."""
        j = stop
        while j < len(tokens) and j - stop < 2 and tokens[j].key in LINK_WORDS:
            j += 1
        if j == stop:
            return None
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
        for hit in self.trie.walk(tokens, stop):
            for meaning in hit.meanings:
                if meaning.kind == "branch":
                    return hit.stop, 3, self.state_force(force_country, country, meaning.value.key)
                if meaning.kind == "generic" and meaning.value.inter in (5, 6, 7):
                    return hit.stop, 3, self.generic(meaning.value.key, force_country)
        return None

    def _of_country(self, tokens: list[Token], stop: int) -> tuple[str, int] | None:
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
                if meaning.kind == "actor" and meaning.value.home and meaning.value.inter == 1:
                    return meaning.value.home, hit.stop  # "forces of Artsakh": a state-like actor
        return None

    def _state_actor_after_of(self, tokens: list[Token], stop: int, country: str | None) -> ActorMention | None:
        """The named state-like actor of "military forces of Artsakh", None for a plain country."""
        j = stop + 1 + (stop + 1 < len(tokens) and tokens[stop + 1].key == "the")
        for hit in self.trie.walk(tokens, j):
            for meaning in hit.meanings:
                if meaning.kind == "actor" and meaning.value.home and meaning.value.inter == 1:
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


def _boko_haram_faction(mention: ActorMention, text: str) -> ActorMention:
    """Plain "Boko Haram" is JAS in a text that tells it apart from the Islamic State's branch."""
    if mention.name != BOKO_HARAM_EITHER or BOKO_HARAM_COMBINED.search(mention.span.text):
        return mention
    span = mention.span
    nearby = text[max(0, span.start - FACTION_NEIGHBOURHOOD):span.end + FACTION_NEIGHBOURHOOD]
    if ISWAP_NAMED.search(nearby):
        return mention  # "Boko Haram IS faction", "IS-aligned Boko Haram": the phrase itself says which
    if not JAS_NAMED.search(nearby) and not _factions_told_apart(text):
        return mention
    return ActorMention(BOKO_HARAM_JAS, mention.inter, mention.country, mention.span)


@lru_cache(maxsize=8)
def _factions_told_apart(text: str) -> bool:
    return "Boko Haram" in text and bool(OTHER_FACTION_NAMED.search(BOKO_HARAM_COMBINED.sub(" ", text)))


def _state_inter(force_country: str | None, event_country: str | None) -> int:
    """State forces are inter 1 at home and 8 (external forces) in another country."""
    if force_country and event_country and force_country != event_country:
        return 8
    return 1


def _pick_in_scope(meanings: list[Meaning], country: str | None) -> Meaning | None:
    """The reading that holds in ``country``: one scoped to it first, then a global one."""
    if country:
        scoped = [m for m in meanings if m.scope is not None and country in m.scope]
        unscoped = [m for m in meanings if m.scope is None]
        return (scoped or unscoped or [None])[0]
    unscoped = [m for m in meanings if m.scope is None or m.if_unknown]
    if unscoped:
        return unscoped[0]
    # "militia" names Brazil's police militia only in Brazil: a common word read with no country names nobody
    # (its reading would also make Brazil the event's country).
    regional = [m for m in meanings if not m.common_word]
    distinct = {_meaning_name(m) for m in regional}
    return regional[0] if len(distinct) == 1 else None


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


_STATE_KINDS = ("Military Forces", "Police Forces")
_STATE_FORCE_PATTERN = re.compile(r"^(?P<kind>Military Forces|Police Forces)(?: of (?:the )?(?P<country>.+))?$")
_GENERIC_KINDS = ("Civilians", "Protesters", "Rioters", "Unidentified Armed Group", "Unidentified Gang",
                  "Unidentified Communal Militia", "Unidentified Tribal Militia", "Unidentified Clan Militia")


def _generic_parts(name: str) -> tuple[str | None, str | None]:
    """(kind, country) of a country-named actor: ("Military Forces", "Mali") for ``Military Forces of Mali``,
    ("Civilians", None) for a bare ``Civilians``; (None, None) for a named group or a state force's sub-unit."""
    match = _STATE_FORCE_PATTERN.match(name)
    if match:
        country = match["country"]
        return (match["kind"], country) if country is None or _is_country(country) else (None, None)
    if name in _GENERIC_KINDS:
        return name, None
    match = GENERIC_PATTERN.match(name)
    if match and match["kind"] in _GENERIC_KINDS:
        return match["kind"], match["country"]
    return None, None


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(c.name for c in all_countries())


def _is_country(name: str) -> bool:
    return name in _country_names()


GENERIC_PATTERN = re.compile(r"^(?P<kind>[A-Za-z ]+?) \((?P<country>[^()]+)\)$")


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
    branches = _add_state_forces(trie, state)
    generics = _add_generics(trie, _read_yaml(folder, "generics.yaml"))
    _add_countries(trie)
    known = _read_known_names(folder) | frozenset(state.get("known_subunits") or ())
    return ActorDictionary(trie, tuple(actors), branches, generics, known, _read_front_line(folder),
                           _read_battle_order(folder), _read_subunit_homes(folder, branches))
