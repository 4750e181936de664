"""What the article says about where an event is, besides the place mentions themselves.

Two things live here:

* admin names the text gives around a place: ``"near Tanwalbougou (Fada Ngourma, Gourma)"`` (ACLED's
  commune/province notation), ``"the Sahel region"``, ``"Soum province"``, ``"province of Soum"``,
  ``"in Sinop, Mato Grosso"``, ``"in rural Ras al Ain"``; and the places written with such a unit (Sinop);
* the country of an event when the text never names one (or names only a neighbour, a demonym or an
  actor's nationality): inferred from the place mentions' own candidates, then from the admin names,
  then from the actors, in that order of trust.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Sequence

from eventwire.countries import country_by_iso, country_by_name
from eventwire.geo.geocoder import EXACT, FUZZY
from eventwire.geo.names import name_key
from eventwire.records import PlaceMention

if TYPE_CHECKING:
    from eventwire.geo.geocoder import Candidate, Geocoder
    from eventwire.geo.resolve import GeoContext

_WORD = r"[A-ZÀ-Ý][\w'’.-]*"
# Connectors inside names: French/Arabic "de", "el", "al"; Portuguese/Spanish "do", "dos", "da", "del"
# ("Rio Grande do Norte", "Gaucha do Norte").
_NAME = rf"{_WORD}(?:[ -](?:(?:de|du|des|el|al|la|le|do|dos|da|das|del|los|las)[ -])?{_WORD}){{0,3}}"
_UNIT = r"region|province|state|district|department|governorate|prefecture|county|cercle|circle|commune|wilaya|oblast|territory"
_PARENTHESES = re.compile(r"\(([^()]{3,80})\)")
_NAME_THEN_UNIT = re.compile(rf"\b({_NAME}) (?i:{_UNIT})\b")
_UNIT_OF_NAME = re.compile(rf"\b(?i:{_UNIT}) of ({_NAME})")
_TRAILING_UNIT = re.compile(rf"\s+(?i:{_UNIT}|municipality|area|sector)$")
# "in Vesele, Donetsk", "in Cuauhtemoc municipality, Chihuahua": the unit written after a place.
_COMMA_AFTER_PLACE = re.compile(rf"\b(?i:in|at|near|of) ({_NAME})(?: (?i:{_UNIT}|municipality|village|town|area))?, ({_NAME})")
# Session 26: "in El Aguaje, in the western state of Michoacan", "at Kapendo, in Lamu county": the unit in a phrase.
_UNIT_PHRASE_AFTER_PLACE = re.compile(
    rf"\b(?i:in|at|near|of) ({_NAME})(?: (?i:village|town|area))?, (?:in|of) (?:the )?(?:[a-z][\w-]* ){{0,2}}"
    rf"(?:(?i:{_UNIT}) of ({_NAME})|({_NAME}) (?i:{_UNIT})\b)")
# "stormed Unguwar Sarki village in Faskari local government area", "Kwari community of Dange-Shuni LGA": a
# settlement word, then its unit with no comma (a Nigerian paper's house style, also "X village in Y district")
_SETTLEMENT_IN_UNIT = re.compile(
    rf"\b({_NAME}) (?i:village|town|community|hamlet|settlement) (?:in|of) (?:the )?(?:[a-z][\w-]* ){{0,2}}"
    rf"(?:(?i:{_UNIT}|local government area) of ({_NAME})|({_NAME}) (?:(?i:{_UNIT}|local government area)|LGA)\b)")
# "in rural Ras al Ain", "the countryside of Dar'a", "Idleb countryside": ACLED's district-level areas.
_RURAL = re.compile(rf"\b(?:rural|countryside of|outskirts of) (?:the )?({_NAME})|\b({_NAME}) (?:countryside|outskirts)\b")
# Words that open a parenthesis without naming a place: "(AFP)", "(ISWAP)" are caught by the caps test.
_NOT_ADMIN = frozenset({"the", "a", "an", "and", "or", "size", "no report", "unknown", "coded as"})
# Hyphenated parts shorter than this are not looked up on their own ("Pobe-Mengao-Soum" → "Soum", not "Po").
MIN_PART_LENGTH = 4


# Every draft of an article scans the same text: keep the last articles' answers.
ARTICLE_CACHE_SIZE = 64


@lru_cache(maxsize=ARTICLE_CACHE_SIZE)
def text_admin_names(text: str) -> tuple[str, ...]:
    """Admin-unit-like names the article writes: in parentheses after a place, or with a unit word."""
    names: list[str] = []
    for match in _PARENTHESES.finditer(text):
        names += _parenthesis_names(match.group(1))
    names += [m.group(1) for m in _NAME_THEN_UNIT.finditer(text)]
    names += [m.group(1) for m in _UNIT_OF_NAME.finditer(text)]
    names += [m.group(2) for m in _COMMA_AFTER_PLACE.finditer(text)]
    names += [m.group(1) or m.group(2) for m in _RURAL.finditer(text)]
    names = [_without_owner(n.rstrip(".-")) for n in names]
    return _unique(n for n in names if name_key(n) and name_key(n) not in _NOT_ADMIN)


@lru_cache(maxsize=ARTICLE_CACHE_SIZE)
def worded_admin_names(text: str) -> frozenset[str]:
    """The admin names the article writes with a unit word ("Anbar province", "the region of Tillabéri"), not only
    after a comma, where a list of towns also puts them ("in Zinder, Maradi and Tahoua")."""
    names = [m.group(1) for m in _NAME_THEN_UNIT.finditer(text)] + [m.group(1) for m in _UNIT_OF_NAME.finditer(text)]
    return frozenset(_without_owner(n.rstrip(".-")) for n in names)


_OWNER = re.compile(r"^(?:[A-Z][^\s'’]*\s+){0,2}[^\s'’]+['’]s\s+(?=\S)")  # "Yemen's", "Burkina Faso's"


def _without_owner(name: str) -> str:
    """"Yemen's Hodeidah" → "Hodeidah": a possessive first word names the country the unit lies in."""
    return _OWNER.sub("", name)


@lru_cache(maxsize=ARTICLE_CACHE_SIZE)
def text_place_names(text: str) -> tuple[str, ...]:
    """Places the article writes with their admin unit: "in Sinop, Mato Grosso" → Sinop. A draft with no
    place of its own may fall back on them when the gazetteer puts one inside the unit named with it."""
    names = [m.group(1) for m in _COMMA_AFTER_PLACE.finditer(text)]
    return _unique(n.rstrip(".-") for n in names if name_key(n) not in _NOT_ADMIN)


# "Pati village (Barwani, Madhya Pradesh)", "Shahpur sector area (Poonch district, J&K)": a place and,
# in the parentheses right after it, the units it lies in. ACLED writes a site's other name in brackets
# between them: "Tinkourga [Puits Nord] (Gorom-Gorom, Oudalan)".
_PLACE_THEN_PARENTHESES = re.compile(
    rf"\b({_NAME})(?: (?i:village|town|area|sector|sector area|municipality|district))?(?:\s*\[[^\[\]]{{1,60}}\])?"
    rf"\s*\(([^()]{{3,80}})\)")


_SENTENCE_END = re.compile(r"\.\s")  # "near Starohnativka, Donetsk. During the day": the unit is "Donetsk"


@lru_cache(maxsize=ARTICLE_CACHE_SIZE)
def text_place_units(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Places the article writes together with the units they lie in, as (place key, unit names):
    "in Benito Juarez, Nuevo Leon" → ("benito juarez", ("Nuevo Leon",)); "Pati village (Barwani,
    Madhya Pradesh)" → ("pati", ("Barwani", "Madhya Pradesh"))."""
    pairs = [
        (m.group(1), (_SENTENCE_END.split(m.group(2))[0],))
        for m in _COMMA_AFTER_PLACE.finditer(text) if not _is_list(text, m.end())
    ]
    pairs += [(m.group(1), tuple(_parenthesis_names(m.group(2)))) for m in _PLACE_THEN_PARENTHESES.finditer(text)]
    return tuple((name_key(place.rstrip(".-")), units) for place, units in pairs if units and name_key(place))


@lru_cache(maxsize=ARTICLE_CACHE_SIZE)
def text_place_unit_phrases(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Places the article writes with their unit in a phrase, as (place key, unit names): "in El Aguaje, in the
    western state of Michoacan" → ("el aguaje", ("Michoacan",)). Only the place's own unit: a phrase written for one
    place ("in Mansila, in the Sahel region") does not make "the Sahel" a unit another event is written in."""
    pairs = [(m.group(1), (m.group(2) or m.group(3)).rstrip("."))
             for phrase in (_UNIT_PHRASE_AFTER_PLACE, _SETTLEMENT_IN_UNIT) for m in phrase.finditer(text)]
    return tuple((name_key(place.rstrip(".-")), (unit,)) for place, unit in pairs if name_key(place))


# "in Kidal, Menaka, Gao and Tessalit": after the second name comes a third, so the second is no unit
_LIST_GOES_ON = re.compile(rf"^(?:\s*,\s*|\s+(?:and|or)\s+)({_NAME})")


def _is_list(text: str, end: int) -> bool:
    """Whether the names before ``end`` are items of a list of places ("in X, Y and Z"), not "place, unit";
    a country closing it ("in Sinop, Mato Grosso, Brazil") is no list item."""
    following = _LIST_GOES_ON.match(text[end:end + 80])
    return following is not None and country_by_name(following.group(1)) is None


def _parenthesis_names(inside: str) -> list[str]:
    """``"Fada Ngourma, Gourma"`` → both names; ``"Pobe-Mengao-Soum"`` → it and its long parts."""
    names = []
    for part in (_TRAILING_UNIT.sub("", p.strip()) for p in inside.split(",")):
        if not re.fullmatch(rf"{_NAME}", part) or part.isupper():
            continue  # "(AFP)", "(ISWAP)", "(size=…)": not a place
        names.append(part)
        if "-" in part:
            names += [s for s in part.split("-") if len(s) >= MIN_PART_LENGTH and s[0].isupper()]
    return names


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name_key(name), name)
    return tuple(seen.values())


# Armed groups and forces whose name does not say their country but that act in one country only
# (ACLED actor names). A short, closed list: groups active across borders (Boko Haram, JNIM, ISWAP)
# are deliberately absent.
NATIONAL_GROUPS = {
    "vdp": "BFA", "volunteers for the defense of the homeland": "BFA", "koglweogo": "BFA",
    "dan na ambassagou": "MLI", "dozo": "MLI",
    "al shabaab": "SOM", "houthi": "YEM", "ansar allah": "YEM", "sdf": "SYR", "hts": "SYR",
    "hayat tahrir al-sham": "SYR", "ypg": "SYR", "pkk": "TUR", "taliban": "AFG",
    "ttp": "PAK", "tehreek-i-taliban pakistan": "PAK", "pakistani taliban": "PAK", "farc": "COL", "eln": "COL",
    "ambazonian": "CMR", "anglophone separatists": "CMR", "adf": "COD", "m23": "COD", "codeco": "COD",
}


# Groups active in a few neighbouring countries: they only favour places there (a tie-breaker in scoring),
# never decide the country alone.
REGIONAL_GROUPS = {
    "jnim": ("MLI", "BFA", "NER"), "group for support of islam and muslims": ("MLI", "BFA", "NER"),
    "islamic state (greater sahara)": ("MLI", "BFA", "NER"), "isgs": ("MLI", "BFA", "NER"),
    "ansaroul islam": ("BFA", "MLI"), "katiba macina": ("MLI", "BFA"),
    "boko haram": ("NGA", "NER", "CMR", "TCD"), "iswap": ("NGA", "NER", "CMR", "TCD"),
    "islamic state (west africa)": ("NGA", "NER", "CMR", "TCD"),
}
_GROUP_PATTERN = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in sorted(NATIONAL_GROUPS, key=len, reverse=True)) + r")(?!\w)", re.I)
_REGIONAL_PATTERN = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in sorted(REGIONAL_GROUPS, key=len, reverse=True)) + r")(?!\w)", re.I)


def group_countries(actor_names: Sequence[str], regional: bool = False) -> tuple[str, ...]:
    """Countries of the national armed groups among ``actor_names`` ("VDP: …" → Burkina Faso); with
    ``regional``, the countries where the regional groups named act ("JNIM" → Mali, Burkina Faso, Niger)."""
    pattern, table = (_REGIONAL_PATTERN, REGIONAL_GROUPS) if regional else (_GROUP_PATTERN, NATIONAL_GROUPS)
    found: list[str] = []
    for name in actor_names:
        for match in pattern.finditer(name or ""):
            codes = table[match.group(1).lower()]
            for code in (codes,) if isinstance(codes, str) else codes:
                country = country_by_iso(code)
                if country and country.name not in found:
                    found.append(country.name)
    return tuple(found)


# The best-supported country must beat the runner-up by this much (score units of ``resolve.score``,
# i.e. roughly orders of magnitude of population) before a place mention alone decides the country.
# Set by hand: an ACLED-known village (+1) or a seat (+1) with some population must beat a bare
# namesake elsewhere; two similar-size namesakes (Valencia, Tripoli without context) must not decide.
COUNTRY_MARGIN = 1.5
# Below this a candidate is too weak to vote for a country at all (a fuzzy or variant match of a hamlet).
MIN_VOTE_SCORE = 2.0
# A weak country hint (a demonym, an actor's nationality, a country named in passing) yields to the
# mention's country only when the mention's best candidate scores at least this much.
OVERRIDE_SCORE = 4.0
PLACE_CUES = ("in", "near", "region")


# A capital, a province seat or a city this large is what a story means by its name even when it also
# names another country in passing ("a sit-in in Nouakchott for relatives stranded in Morocco").
MAJOR_POPULATION = 100_000


@dataclass(frozen=True)
class CountryVote:
    """The country the place mentions point to."""

    iso3: str
    exact_score: float  # best score there of a candidate spelled as the story spells it (0: variants only)
    own_name_score: float  # the same, for candidates whose main name it is ("Pensa" is only an
    # alternate, foreign spelling of Russia's Penza)
    major: bool  # such a main-name candidate is a capital, an admin seat or a large city
    written_score: float = 0.0  # best score there of a candidate spelled as written or a spelling variant of it
    # the candidates spelled as written there are not all hamlets (``HAMLET_POPULATION``): India's Bang, 576 people,
    # is no reason to move a Central African town the gazetteer lacks
    town: bool = True


def is_major(entry) -> bool:
    """A capital, a first-level seat or a city of ``MAJOR_POPULATION`` or more."""
    return entry.feature_code in ("PPLC", "PPLA") or entry.population >= MAJOR_POPULATION


def place_mentions(mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The mentions that name a place, not a country ("in Gao", "near Menaka"; not "in Mali")."""
    return [m for m in mentions if m.cue in PLACE_CUES and not country_by_name(m.name)]


def mention_country(mentions: Sequence[PlaceMention], context: "GeoContext", geocoder: "Geocoder") -> CountryVote | None:
    """The country the place mentions themselves point to, when unambiguous enough.

    Every place mention votes, for each country, with its best candidate's score there (candidates
    scored without any country, but with the admin names and other places the story gives).
    """
    scored = [_scored_anywhere(mention, context, geocoder) for mention in place_mentions(mentions)]
    leader = _clear_leader(_country_votes(scored))
    if leader is None:
        return None
    exact = [(c, value) for pairs in scored for c, value in pairs if c.match == EXACT and c.entry.iso3 == leader]
    own = [(c, value) for c, value in exact if c.main_name]
    written = [(c, value) for pairs in scored for c, value in pairs if c.match != FUZZY and c.entry.iso3 == leader]
    return CountryVote(leader, max((value for _c, value in exact), default=0.0),
                       max((value for _c, value in own), default=0.0), any(is_major(c.entry) for c, _v in own),
                       max((value for _c, value in written), default=0.0),
                       not written or not all(_a_hamlet(c.entry) for c, _v in written))


# A populated place known to have fewer people than this is a hamlet: too small to move an event from the country of
# its actors (Bang, Odisha, 576; Lebanon's Aitaroun, 2,000, where Israeli jets strike, is not). A population of 0 is
# unknown, not small. Set by hand on those two, not swept.
HAMLET_POPULATION = 1_000


def _a_hamlet(entry) -> bool:
    return (entry.feature_class == "P" and 0 < entry.population < HAMLET_POPULATION and entry.source != "acled"
            and not (entry.feature_code or "").startswith("PPLA") and entry.feature_code != "PPLC")


def _scored_anywhere(mention: PlaceMention, context: "GeoContext", geocoder: "Geocoder") -> list[tuple["Candidate", float]]:
    """The mention's candidates in every country, scored with no country assumed."""
    from eventwire.geo.resolve import countryless_story, score

    story = countryless_story(context, geocoder, exclude=mention.name)
    return [(c, score(c, mention.cue, story)) for c in geocoder.candidates(mention.name, None, limit=30)]


def _country_votes(scored: Sequence[list[tuple["Candidate", float]]]) -> dict[str, float]:
    """Per country, the sum over mentions of each mention's best candidate score there (if it may vote)."""
    votes: dict[str, float] = defaultdict(float)
    for pairs in scored:
        per_country: dict[str, float] = {}
        for candidate, value in pairs:
            if value >= MIN_VOTE_SCORE and value > per_country.get(candidate.entry.iso3, float("-inf")):
                per_country[candidate.entry.iso3] = value
        for iso3, value in per_country.items():
            votes[iso3] += value
    return votes


def _clear_leader(votes: dict[str, float]) -> str | None:
    """The country with the most votes, when it leads the runner-up by ``COUNTRY_MARGIN``."""
    ranked = sorted(votes.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < COUNTRY_MARGIN):
        return None
    return ranked[0][0]


# A part of a hyphenated unit name ("Pobe" of "Pobe-Mengao") is our guess at a name, not one the text
# writes: it weighs half a written name of the same length (set by hand, so a written "Soum" beats it).
PART_WEIGHT = 0.5


def _is_part(name: str, names: Sequence[str]) -> bool:
    return any(name != other and name in other.split("-") for other in names)


def admin_name_country(names: Sequence[str], geocoder: "Geocoder") -> str | None:
    """The country whose admin units the text names (ISO3), when one country leads. Longer names weigh
    more: "Extreme-Nord" says more than "Sava", a part of "Mayo-Sava" that is also a Malagasy region."""
    counts: Counter[str] = Counter()
    for name in names:
        countries = {c.entry.iso3 for c in geocoder.admin_candidates(name, None)}
        if len(countries) == 1:  # "Gourma" is only a Burkinabe province; "Central" is everywhere
            counts[countries.pop()] += len(name_key(name)) * (PART_WEIGHT if _is_part(name, names) else 1.0)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
