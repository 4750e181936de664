"""Do two event records describe the same event? Hard constraints first, then a weighted score.

Every judgement carries its reasons, so ``eventwire why`` can show how a merge was decided.
The constants below were tuned on ``benchmarks/resolve`` (see RESULTS.md there).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from eventwire.countries import country_by_name
from eventwire.records import Event
from eventwire.resolve.reconcile import first_published_day, is_floor

# Days either side a report of a given time_precision may sit from another report of the same event.
# Precision 1 keeps one day of slack: reports filed around midnight or in another time zone.
# Precision 2 is a week recorded at its middle; precision 3 a month recorded at its middle.
DATE_TOLERANCE_DAYS: dict[int, int] = {1: 1, 2: 4, 3: 16}
UNKNOWN_DATE_TOLERANCE_DAYS = 16
# No article reports an event that happens after it is published: one report's day may pass the day another
# report's article came out by at most this much (publication times in UTC, events in local time).
PUBLICATION_SLACK_DAYS = 1

# How far apart the coordinates of two reports of one event may be, by the vaguer geo_precision.
# Precision 1 → two named villages 3 km apart are different places (neighbouring villages stay apart).
PLACE_RADIUS_KM: dict[int, float] = {1: 3.0, 2: 25.0, 3: 150.0}
# Two reports that each name a town or village ("in X", "near Y") with names that do not match are
# different events when the places are further apart than this; only a region-level report (precision 3)
# may join a named place some way off. Trade-off: an outlet naming a different reference town for the
# same attack is split off (count +), against merging look-alike attacks in neighbouring villages.
# Tuned on benchmarks/resolve: precision 0.85 → 0.95+ at a recall cost under 0.01.
SAME_PLACE_KM = 3.0
UNKNOWN_PLACE_RADIUS_KM = 150.0
# Two reports whose articles write one place name that geo placed, in both, somewhere else than that name (the
# village missing from the gazetteer, each report fell back to a district's, a chiefdom's or a nearby town's
# point) are one place up to this far apart: the points are two fallbacks, not two places. A district's
# fallback point sits up to a district's radius from its villages (Kishishe placed at Rutshuru territory and at
# Bwito chiefdom, 31 km; Lethpora placed at Srinagar and at Pulwama, 25 km). Swept 25 / 50 / 100 with
# benchmarks/resolve/seeds.py and the merge-news sets (docs/decisions/store-resolve-export.md, sixth round).
FALLBACK_SAME_PLACE_KM = 50.0
# A report placed at a quarter of the city its article writes (precision 1) is in that city up to this far from
# the city's point: a large city's radius (Aden's airport quarter, Khormaksar, 3.7 km from Aden's point; Kabul's
# western quarters 8-10 km from Kabul's). 5 / 10 / 25 are identical on the six merge-news sets (Aden is their only
# case; seeds.py's generator writes no place names); 25 would reach neighbouring towns
# (docs/decisions/store-resolve-export.md, seventh round).
CITY_QUARTER_KM = 10.0
# A report placed at its district itself (precision 2, its location is its admin2: "in the Karimama area") sits at
# the district's point, which says only that the event was somewhere in the district; a report placed at a place in
# that district (one admin1, one admin2) may lie up to a large district's radius from it (Tchoma Bangou, 30 km from
# the point of Ouallam department; the Point Triple post in Park W, 86 km from Karimama commune's). Within a 1°
# blocking cell's reach, so blocking stays a superset.
DISTRICT_WIDE_KM = 100.0
# The place score of two reports in one district whose points say nothing more (the admin2 named by both).
SAME_DISTRICT_PLACE_SCORE = 0.6

# Two tolls an order of magnitude apart ("two policemen killed" / "28 killed") are two incidents, unless the
# lower one came out first and may be a provisional count, or is a floor ("at least two"). Real updates
# seen in wire copy rise by 1.5-4x (28 → 59 → 100, 43 → 110, 132 → 160). Both thresholds must be passed,
# so "3 killed" / "dozens" (12) stays open. No change on benchmarks/resolve/seeds.py; on merge-news it
# keeps a same-day shooting 20 km away, placed in the bombed city by geo, out of the bombing.
TOLL_RATIO_APART = 0.1
TOLL_GAP_APART = 20

# rapidfuzz ratio (0-100) above which two place or actor spellings are taken as one name.
# "Indelimane"/"Indélimane"/"Indelimanne" score 90+; neighbouring village names score < 70.
NAME_MATCH_RATIO = 85.0

# Event types that different outlets plausibly code differently for the same incident
# (an attack on a base: Battles or Violence against civilians; a bombing: Explosions or Battles).
COMPATIBLE_TYPES: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("Battles", "Explosions/Remote violence"),
        ("Battles", "Violence against civilians"),
        ("Explosions/Remote violence", "Violence against civilians"),
        ("Protests", "Riots"),
    )
)

_COMPATIBLE_PAIRS = frozenset((x, y) for pair in COMPATIBLE_TYPES for x in pair for y in pair if x != y)

# Sub-types that outlets give one incident depending on who tells it: the army calls a massacre a clash
# with rebels, a wire calls a suicide car bomb a car bomb, a local paper calls the bombing an attack on a
# market. Such a pair scores CONFUSABLE_SUB_TYPE_SCORE instead of the 0.5 / 0.25 of unrelated sub-types.
CONFUSABLE_SUB_TYPES: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("Armed clash", "Attack"),
        ("Armed clash", "Non-state actor overtakes territory"),
        ("Armed clash", "Government regains territory"),
        ("Suicide bomb", "Remote explosive/landmine/IED"),
        ("Suicide bomb", "Attack"),
        ("Remote explosive/landmine/IED", "Attack"),
        ("Air/drone strike", "Shelling/artillery/missile attack"),
        # a strike an outlet calls an attack: 563 of the 6,450 strike and shelling notes in ../shared/train write
        # "attack" ("a drone attack on"), and such a sentence is read as an Attack on civilians
        ("Air/drone strike", "Attack"),
        ("Shelling/artillery/missile attack", "Attack"),
        ("Attack", "Abduction/forced disappearance"),
        ("Peaceful protest", "Protest with intervention"),
        ("Protest with intervention", "Excessive force against protesters"),
        ("Violent demonstration", "Mob violence"),
    )
)
# Tuned on benchmarks/merge-news (cross-outlet reports) with benchmarks/resolve/seeds.py as the guard.
CONFUSABLE_SUB_TYPE_SCORE = 0.7

# Weights of the agreement score (sum 1). Place and actors separate look-alike events best.
# Notes count for what the fields do not already say (note_details); measured over 5 generator seeds,
# notes .10 → .20 (from place and fatalities): mean precision 0.959 → 0.963, recall 0.968 → 0.970.
SCORE_WEIGHTS: dict[str, float] = {
    "date": 0.15,
    "place": 0.25,
    "actors": 0.20,
    "sub_type": 0.15,
    "fatalities": 0.05,
    "notes": 0.20,
}
# Score at or above which two compatible reports are merged. Swept 0.60-0.75 on benchmarks/resolve:
# 0.60 → precision 0.944 / recall 0.939, 0.75 → 0.954 / 0.902 (before the ambiguity rule of plan.py);
# recall falls faster than precision rises, so the lowest value stays.
MERGE_THRESHOLD = 0.60
# The same bar for a report that names only a region (geo_precision 3). A higher bar (0.70-0.85) cost
# 4-12 points of recall for at most 1.5 points of precision; plan.ambiguous_reports handles them instead.
VAGUE_MERGE_THRESHOLD = 0.60
# The bar for a report that knows only its country (no admin1): its place scores neutral, so generic actors
# ("Unidentified Armed Group" / "Civilians") and a type alone would reach 0.60 with any same-day attack in the
# country. On benchmarks/merge-news true country-level pairs score 0.62-0.84, a stray toll-update report
# 0.66-0.68 with a look-alike; 0.70 keeps the first through their best link and the second apart.
COUNTRY_LEVEL_MERGE_THRESHOLD = 0.70
# The bar for a pair where one report has no country at all (geo could not place it): only a place name both
# articles write let them meet (countries_may_meet), and the name then scores as a place match, so the bar is
# higher than the country-level one. Swept with benchmarks/resolve/no_country_probe.py (every required report of
# the three merge-news sets stripped of its place in turn; joined own incident / joined another): 0.70 → 47 / 2
# (the Owo church attack and the next day's mob killing in Owo, 0.70), 0.75 → 44 / 0, 0.80 → 43 / 0; scoring the
# place neutral instead at 0.70 → 33 / 0.
NO_COUNTRY_MERGE_THRESHOLD = 0.75
# The bar for a report that names only its admin1 and sits past the region radius from the other (its point,
# the admin1's centre, is then ignored and the place scores as a shared admin1, 0.4): like a country-level
# report, generic actors and a type alone come close to 0.60. Swept on benchmarks/resolve/seeds.py (mean of 5,
# precision / recall; without the rule 0.9651 / 0.9694): see docs/decisions/store-resolve-export.md, fifth round.
ADMIN1_WIDE_MERGE_THRESHOLD = 0.70
NEUTRAL = 0.5  # the score of a component neither report informs

_WORD = re.compile(r"[a-z\u00c0-\u024f]+")
# Words of a one-line event summary that do not say which incident it was: function words, months,
# tolls, roles. What is left after these and the reports' own field values is the incident's detail.
NOTE_FILLER = frozenset("""
    a an the and or of on in at to by for with from into near over during after before against around about
    as was were is are be been has have had that this which who their its his her they it not no none
    reported reports reportedly report involving involved killed dead died death deaths wounded injured
    fatalities fatality casualties people person persons civilians civilian unidentified unknown actors actor
    group groups armed forces military police attack attacks attacked clash clashes
    january february march april may june july august september october november december
    around week month day days
""".split())


@dataclass(frozen=True)
class Judgement:
    """The verdict on one pair: ``conflict`` is set when a hard constraint keeps them apart."""

    score: float
    conflict: str | None
    reasons: tuple[str, ...]
    threshold: float = MERGE_THRESHOLD

    @property
    def merge(self) -> bool:
        return self.conflict is None and self.score >= self.threshold


# --------------------------------------------------------------------------- hard constraints


def date_tolerance(event: Event) -> int:
    return DATE_TOLERANCE_DAYS.get(event.time_precision or 0, UNKNOWN_DATE_TOLERANCE_DAYS)


def place_radius_km(event: Event) -> float:
    return PLACE_RADIUS_KM.get(event.geo_precision or 0, UNKNOWN_PLACE_RADIUS_KM)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def is_country_level(event: Event) -> bool:
    """At most the country is known (no admin1, the place is the country itself, nothing, or a name geo could
    not place in any country): its point, if any, is the country's centre and says nothing of where the event
    was."""
    if (event.geo_precision or 3) < 3 or event.admin1:
        return False
    if not (event.location and (event.iso3 or event.country)):
        return True  # no place, or a place name geo could not put in any country
    return _names_country(event.location, event.iso3, event.country)


@lru_cache(maxsize=4096)
def _names_country(location: str, iso3: str | None, country: str | None) -> bool:
    return _iso3_of(location) == (iso3 or (_iso3_of(country) if country else None) or (country or "").lower())


def distance_km(a: Event, b: Event) -> float | None:
    """Kilometres between the two reports' points; None when either has no meaningful point."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    region_level = (a.geo_precision or 3) >= 3 or (b.geo_precision or 3) >= 3  # the cheap test first: a hot path
    if region_level and (is_country_level(a) or is_country_level(b)):
        return None
    km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
    if region_level and km > PLACE_RADIUS_KM[3] and (is_admin1_wide(a) or is_admin1_wide(b)):
        return None  # the centre of a large admin1: only its name says where the event may be
    return km


def far_in_one_admin1(a: Event, b: Event) -> bool:
    """A report that names only its admin1 and another report past the region radius from the admin1's
    centre: they meet through the admin1's name alone (see ``is_admin1_wide``)."""
    return None not in (a.latitude, a.longitude, b.latitude, b.longitude) and distance_km(a, b) is None and (
        is_admin1_wide(a) or is_admin1_wide(b)) and not (is_country_level(a) or is_country_level(b))


def is_admin1_wide(event: Event) -> bool:
    """A region-level report whose place is its admin1 itself ("in Oromia", "in the Sahel region").

    Its point is the admin1's centre, which says nothing of where in it the event was: Oromia spans 1,000 km,
    so a report "in Oromia" sat 383 km from the Gimbi massacre it told, past any radius. Beyond the region
    radius such a point is ignored and the admin1 names are compared instead (see ``distance_km``).
    """
    return is_vague(event) and bool(event.admin1) and same_name(event.location, event.admin1)


@lru_cache(maxsize=1024)
def _iso3_of(country: str) -> str | None:
    found = country_by_name(country)
    return found.iso3 if found else None


def country_key(event: Event) -> str | None:
    """ISO3 code, from the country name when the record lacks one (so "Mali" and "MLI" block together)."""
    if event.iso3:
        return event.iso3
    if not event.country:
        return None
    return _iso3_of(event.country) or event.country.lower()


def countries_may_meet(a: Event, b: Event) -> bool:
    """One country, or a report whose country geo could not tell that names a place the other article names.

    A story of "the attack on the church in Owo" that geo could not place has no country, so keying on the
    country alone kept it from its incident. Without a shared place name it stays apart: with no country, no
    place and generic actors, a same-day attack anywhere in the world would score as well.
    """
    left, right = country_key(a), country_key(b)
    if left == right:
        return True
    return (left is None or right is None) and same_place_mentioned(a, b)


def same_name(a: str | None, b: str | None) -> bool:
    return bool(a and b) and fuzz.ratio(a.lower(), b.lower()) >= NAME_MATCH_RATIO


def types_compatible(a: Event, b: Event) -> bool:
    if not a.event_type or not b.event_type or a.event_type == b.event_type:
        return True
    return (a.event_type, b.event_type) in _COMPATIBLE_PAIRS


def day_gap(a: Event, b: Event) -> int | None:
    if a.event_date is None or b.event_date is None:
        return None
    return abs((a.event_date - b.event_date).days)


def _date_conflict(a: Event, b: Event, slack: int = 0) -> str | None:
    gap = day_gap(a, b)
    if gap is None:
        return "date unknown"
    tolerance = max(date_tolerance(a), date_tolerance(b)) + slack
    if gap > tolerance:
        return f"dates {gap} days apart (> {tolerance})"
    if gap == 0:
        return None
    earlier, later = (a, b) if a.event_date < b.event_date else (b, a)
    return _after_publication(earlier, later)


def _after_publication(report: Event, other: Event) -> str | None:
    """``other`` (dated after ``report``) names a day (precision 1) after ``report``'s article was already
    out: not the same event.

    A publication date earlier than the report's own event is wrong metadata (a feed's date, a scraper's
    guess), so it proves nothing.
    """
    if other.time_precision != 1:
        return None
    published = first_published_day(report)
    if published is None:
        return None
    if (report.event_date - published).days > PUBLICATION_SLACK_DAYS:
        return None
    if (other.event_date - published).days > PUBLICATION_SLACK_DAYS:
        return f"{other.event_date} is after a report published {published}"
    return None


# Words of a date's evidence that put the event across midnight: outlets then date it by either day.
NIGHT_WORDS = ("night", "overnight", "midnight", "dawn", "early hours", "late on", "late ")


def spans_a_night(event: Event) -> bool:
    """The article dates the event by a night or its edges ("Friday night", "overnight", "before dawn")."""
    return any(word in span.text.lower() for span in event.evidence.get("event_date", ()) for word in NIGHT_WORDS)


def _names_a_place(event: Event) -> bool:
    """The report names a town or village (precision 1 or 2), unless its precision-2 location is its own
    district: "a convention in Bajaur", placed near the district's point, names the district that holds the
    town of Khar, not another town. At precision 1 a name shared with the district is the district's town
    (Owo in Owo); treating those as districts too merged look-alikes (seeds precision 0.9644 → 0.9613)."""
    if not event.location or (event.geo_precision or 3) > 2:
        return False
    return event.geo_precision == 1 or not same_name(event.location, event.admin2)


def same_place(a: Event, b: Event) -> bool:
    """One gazetteer entry, or one town or village name spelled two ways (region names do not count).

    Two villages of one name far apart (there are several Kouakourou in the Sahel) are not one place.
    """
    if a.geonameid and a.geonameid == b.geonameid:
        return True
    if not (_names_a_place(a) and _names_a_place(b) and same_name(a.location, b.location)):
        return False
    km = distance_km(a, b)
    return km is None or km <= PLACE_RADIUS_KM[2]


def is_vague(event: Event) -> bool:
    return (event.geo_precision or 3) >= 3


def _place_conflict(a: Event, b: Event) -> str | None:
    # Ordered cheapest first: this runs for every candidate the blocking index returns.
    if a.geonameid and a.geonameid == b.geonameid:
        return None
    km = distance_km(a, b)
    if km is None:
        return _place_conflict_without_points(a, b)
    if km <= SAME_PLACE_KM:
        return None
    if km <= FALLBACK_SAME_PLACE_KM and one_written_place_placed_apart(a, b):
        return None
    if km <= CITY_QUARTER_KM and one_written_place_one_point_nearby(a, b):
        return None
    if km <= DISTRICT_WIDE_KM and in_the_district_of(a, b):
        return None
    named = _names_a_place(a) and _names_a_place(b)
    if named and km <= PLACE_RADIUS_KM[2] and same_name(a.location, b.location):
        return None  # one town, two gazetteer points
    allowed = max(place_radius_km(a), place_radius_km(b))
    if km > allowed and not same_village_in_one_region(a, b):
        return f"places {km:.1f} km apart (> {allowed:g})"
    if other_admin1_than_a_region(a, b):
        return f"a region-level report in another admin1 ({a.admin1} / {b.admin1})"
    if km > PLACE_RADIUS_KM[2] and two_written_villages(a, b):
        return f"two written places, {km:.1f} km apart ({', '.join(mentioned_places(a))} / {', '.join(mentioned_places(b))})"
    if different_districts(a, b):
        return f"different districts ({a.admin2} / {b.admin2})"
    return f"different named places {a.location} / {b.location}, {km:.1f} km apart" if named else None


def same_village_in_one_region(a: Event, b: Event) -> bool:
    """Both articles name one village that geo could place only at region level, and their regions agree:
    the two points are region centres (a province's, its admin1's), not two places.

    "Gunmen killed 50 in Seytenga" placed at its admin1's centre and "79 bodies found in Seytenga" placed at its
    province's centre are 170 km apart, more than the region radius, yet both articles name Seytenga.
    Different admin1 names keep two villages of one name apart. Both reports must be region-level: blocking
    (and the store) file such reports in the cell every query visits, so the pair is always compared.
    """
    if not (is_vague(a) and is_vague(b)):
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    return same_place_mentioned(a, b)


def placed_elsewhere_than_written(event: Event) -> bool:
    """Geo put the report at another place than every place name its article writes: the written village was
    not in the gazetteer and the report fell back to a district, a chiefdom or a town nearby."""
    written = mentioned_places(event)
    return bool(written and event.location) and not any(same_name(name, event.location) for name in written)


def one_written_place_placed_apart(a: Event, b: Event) -> bool:
    """Both articles write one place name, geo placed neither report at it, and their admin1s agree: the two
    points are two fallbacks for one village, not two places.

    "M23 fighters killed 50 in Kishishe" placed at Rutshuru territory's point and "the Kisheshe massacre"
    placed at Bwito chiefdom's sat 31 km apart, past the 25 km a district-level report may reach. A report
    placed at the written place itself keeps the usual radius, and so do two named villages.
    """
    if a.admin1 != b.admin1 or not a.admin1:
        return False
    return placed_elsewhere_than_written(a) and placed_elsewhere_than_written(b) and same_place_mentioned(a, b)


def placed_at_a_name_both_write(event: Event, other: Event) -> bool:
    """``event`` sits at a place its article writes, and ``other``'s article writes that name too."""
    if not event.location:
        return False
    return any(same_name(event.location, name) for name in mentioned_places(event)) and any(
        same_name(event.location, name) for name in mentioned_places(other))


def one_written_place_one_point_nearby(a: Event, b: Event) -> bool:
    """Both articles write one place, geo placed one report at it and the other a few kilometres off (a quarter
    of the city, a fallback point nearby), in one admin1: one place.

    "Missiles hit the airport in Aden" placed at Aden and "yesterday's missile attack on the Aden airport" placed
    at Khormaksar, the airport's quarter, 3.7 km off, sat past the 3 km two named places may be apart. The report
    placed elsewhere than every name its article writes says nothing with its point; the name it writes does.
    A report placed at another name its article writes (the quarter itself, "Crater") keeps the usual radius, and
    so does a report placed at a district or a town nearby (precision 2): "youths in Owo beat two men to death
    near the Ipele road", placed at Ipele, is not the Owo church attack of the day before.
    """
    if a.admin1 != b.admin1 or not a.admin1:
        return False
    return any(placed_at_a_name_both_write(p, q) and q.geo_precision == 1 and placed_elsewhere_than_written(q)
               for p, q in ((a, b), (b, a)))


def _writes_name(event: Event, place: str | None) -> bool:
    """The article writes ``place``, spelt another way or inside a longer span ("Yagha province")."""
    return bool(place) and any(same_name(place, name) or place.lower() in name.lower()
                               for name in mentioned_places(event))


def placed_at_its_written_place(event: Event) -> bool:
    """A town- or village-level report placed at a place its article writes: its point is that place."""
    return not is_vague(event) and _writes_name(event, event.location)


def is_village_fallback(event: Event) -> bool:
    """A region-level report whose article writes a place the gazetteer lacked (placed at a commune's, a
    province's or a region's point instead), not a region itself ("in Oromia")."""
    if not is_vague(event) or is_admin1_wide(event) or is_country_level(event):
        return False
    writes_its_region = any(_writes_name(event, name) for name in (event.location, event.admin2, event.admin1))
    return placed_elsewhere_than_written(event) and not writes_its_region


def two_written_villages(a: Event, b: Event) -> bool:
    """One report placed at the village its article writes, the other at a region's point for another village
    its article writes (one the gazetteer lacked): two villages, whatever the region radius allows.

    "Gunmen killed 14 in Tadaryat", placed at Markoye commune's point, and the raid on Solhan the same night,
    placed at Solhan, 144 km off, were within the 150 km a region-level report may reach and merged; nothing but
    the fallback point put them together, and the names the two articles write differ.
    """
    if same_place_mentioned(a, b):
        return False
    return any(is_village_fallback(v) and placed_at_its_written_place(p) for v, p in ((a, b), (b, a)))


def is_district_wide(event: Event) -> bool:
    """A report placed at its district itself (precision 2, the location is its admin2): its point is the
    district's and says only that the event was somewhere in it."""
    return event.geo_precision == 2 and bool(event.admin2) and same_name(event.location, event.admin2)


def in_the_district_of(a: Event, b: Event) -> bool:
    """One report placed at its district's point, the other at a town of that district (one admin1, one admin2) and
    writing no other village.

    "Attacks on two villages of the Ouallam department", placed at the department's point, and "gunmen killed 100
    in Tchombangou", placed at the village, 30 km off, are one place: the department's point is not where the
    attack was, only which department it was in. So is a town placed from the headline while the body writes only
    its region ("gunmen opened fire on tourists in Kashmir" under "Pahalgam attack"). A report placed at a fallback
    point itself (a chiefdom's, for a village the gazetteer lacked) says no more than the district's: two such
    points keep their radius.
    """
    if not a.admin2 or a.admin2 != b.admin2 or a.admin1 != b.admin1:
        return False
    return any(is_district_wide(d) and not is_district_wide(p) and not is_vague(p)
               and (placed_at_its_written_place(p) or not writes_another_village(p))
               for d, p in ((a, b), (b, a)))


def writes_another_village(event: Event) -> bool:
    """The article writes a place name that is neither the report's place nor one of its admin units: a village the
    gazetteer lacked, for which geo placed the report elsewhere ("Kashmir" of Jammu and Kashmir is a unit)."""
    units = [name for name in (event.location, event.admin1, event.admin2, event.admin3) if name]
    return any(not any(same_name(name, unit) or name.lower() in unit.lower() for unit in units)
               for name in mentioned_places(event))


def other_admin1_than_a_region(a: Event, b: Event) -> bool:
    """One report names only a region (a district, a province) and the other lies in another admin1, with no
    village named in both: the region says where the event was, and the other report is elsewhere.

    Within the region radius, distance alone let a report "in Zgharta district" (north Lebanon) meet a strike
    on a village near Nabatieh (south), 100 km off; a country-level report of the first then chained the two
    into one event.
    """
    if not (a.admin1 and b.admin1) or a.admin1 == b.admin1:
        return False
    return (is_vague(a) or is_vague(b)) and not same_place_mentioned(a, b)


def different_districts(a: Event, b: Event) -> bool:
    """Two region-level reports placed in two named districts (admin2), with no village named in both."""
    if not (a.admin2 and b.admin2) or a.admin2 == b.admin2:
        return False
    return is_vague(a) and is_vague(b) and not same_place_mentioned(a, b)


def _place_conflict_without_points(a: Event, b: Event) -> str | None:
    if same_place(a, b):
        return None
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return f"different admin1 ({a.admin1} / {b.admin1})"
    both_precise = (a.geo_precision or 3) == 1 and (b.geo_precision or 3) == 1
    if both_precise and a.location and b.location:
        return f"different places ({a.location} / {b.location})"
    return None


def conflict(a: Event, b: Event, date_slack: int = 0) -> str | None:
    """Why ``a`` and ``b`` cannot be one event, or None when they may be.

    ``date_slack`` widens the date window: two reports joined through a third (one says the 9th, one the
    11th, a third the 10th) may sit a little further apart than two reports compared directly.
    """
    if not countries_may_meet(a, b):
        return f"different countries ({a.country} / {b.country})"
    return _conflict_in_one_country(a, b, date_slack)


def conflict_within_a_cluster(a: Event, b: Event, date_slack: int = 0, tolls: bool = True) -> str | None:
    """``conflict`` for two members of clusters about to join, where neither was compared with the other;
    ``tolls=False`` leaves the tolls to the caller (``plan`` weighs them against the clusters' other tolls).

    A report whose country geo could not tell met its cluster through a place name it shares with one member
    ("the twin blasts at the Zoobe junction" / "the bombings at the Zobe intersection in Mogadishu"); the other
    members write the city, not the junction, and lacking that shared name says nothing of another country. Two
    known countries that differ still keep them apart, as do dates, types, places and tolls.
    """
    left, right = country_key(a), country_key(b)
    if left is not None and right is not None and left != right:
        return f"different countries ({a.country} / {b.country})"
    return _conflict_in_one_country(a, b, date_slack, tolls)


def _conflict_in_one_country(a: Event, b: Event, date_slack: int, tolls: bool = True) -> str | None:
    if not types_compatible(a, b):
        return f"incompatible types ({a.event_type} / {b.event_type})"
    return _date_conflict(a, b, date_slack) or _place_conflict(a, b) or (toll_conflict(a, b) if tolls else None)


def toll_conflict(a: Event, b: Event) -> str | None:
    low, high = (a.fatalities, b.fatalities) if a.fatalities <= b.fatalities else (b.fatalities, a.fatalities)
    if low <= 0 or high - low < TOLL_GAP_APART or low >= TOLL_RATIO_APART * high:
        return None
    lower, higher = (a, b) if a.fatalities == low else (b, a)
    if is_floor(lower):
        return None
    if _published_before(lower, higher):
        return None  # maybe the first, provisional count of the same deaths
    return f"tolls {low} / {high} are an order of magnitude apart"


def _published_before(a: Event, b: Event) -> bool:
    first, second = first_published_day(a), first_published_day(b)
    return first is None or second is None or first < second


# --------------------------------------------------------------------------- agreement score


def _date_score(a: Event, b: Event) -> float:
    gap = day_gap(a, b) or 0
    return max(0.0, 1.0 - gap / (max(date_tolerance(a), date_tolerance(b)) + 1))


def mentioned_places(event: Event) -> tuple[str, ...]:
    """The place names as the article wrote them (the location evidence), resolved or not."""
    return tuple(span.text for span in event.evidence.get("location", ()))


def same_place_mentioned(a: Event, b: Event) -> bool:
    """Both articles name one village, even when the gazetteer placed one or both only at region level."""
    return any(same_name(x, y) for x in mentioned_places(a) for y in mentioned_places(b))


def _place_score(a: Event, b: Event) -> float:
    if same_place(a, b) or same_place_mentioned(a, b):
        return 1.0
    km = distance_km(a, b)
    if km is None and (is_country_level(a) or is_country_level(b)):
        return NEUTRAL
    if km is not None:
        by_distance = max(0.0, 1.0 - km / max(place_radius_km(a), place_radius_km(b)))
        return max(by_distance, SAME_DISTRICT_PLACE_SCORE) if in_the_district_of(a, b) else by_distance
    if a.admin2 and a.admin2 == b.admin2:
        return SAME_DISTRICT_PLACE_SCORE
    return 0.4 if a.admin1 and a.admin1 == b.admin1 else 0.3


def _actors_text(event: Event) -> str:
    return " ".join(sorted(filter(None, (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2))))


def _actors_score(a: Event, b: Event) -> float:
    left, right = _actors_text(a), _actors_text(b)
    if not left or not right:
        return NEUTRAL
    return fuzz.token_set_ratio(left, right) / 100.0


def _sub_type_score(a: Event, b: Event) -> float:
    if not a.sub_event_type or not b.sub_event_type:
        return NEUTRAL
    if a.sub_event_type == b.sub_event_type:
        return 1.0
    if frozenset((a.sub_event_type, b.sub_event_type)) in CONFUSABLE_SUB_TYPES:
        return CONFUSABLE_SUB_TYPE_SCORE
    return 0.5 if a.event_type == b.event_type else 0.25


def _fatalities_score(a: Event, b: Event) -> float:
    low, high = sorted((a.fatalities, b.fatalities))
    if high == 0 or low == 0:
        return NEUTRAL if high > 0 else 0.7  # a report without a toll says little
    return low / high


def _field_words(event: Event) -> frozenset[str]:
    return _words_of((event.location, event.admin1, event.admin2, event.admin3, event.country, event.event_type,
                      event.sub_event_type, event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2))


@lru_cache(maxsize=65536)
def _words_of(texts: tuple[str | None, ...]) -> frozenset[str]:
    """Lower-case words of some texts (cached: one report is compared with many candidates)."""
    return frozenset(word for text in texts if text for word in _WORD.findall(text.lower()))


def note_details(event: Event, other: Event) -> frozenset[str]:
    """The words of ``event``'s notes that neither report's fields already say: target, victims, occasion.

    "... at a church; 3 killed" and "... on a patrol; 3 killed" share their template, place and actors
    (what token similarity sees) but not what was attacked, which tells two incidents apart.
    """
    if not event.notes:
        return frozenset()
    words = {w for w in _words_of((event.notes,)) - NOTE_FILLER if len(w) > 2}
    for known in (event, other):  # cheapest first: most notes have nothing left after the filler
        if words:
            words -= _field_words(known)
    return frozenset(words)


def _notes_score(a: Event, b: Event) -> float:
    if not a.notes or not b.notes:
        return NEUTRAL
    left = note_details(a, b)
    right = note_details(b, a) if left else frozenset()
    if not left or not right:
        return NEUTRAL
    return len(left & right) / len(left | right)


_COMPONENTS = {
    "date": _date_score,
    "place": _place_score,
    "actors": _actors_score,
    "sub_type": _sub_type_score,
    "fatalities": _fatalities_score,
    "notes": _notes_score,
}


# What a report naming only a region can tell of its incident: its point is the region's, so only these say which
# of several same-day incidents in the region it was. Weighed alike: the toll, which weighs 0.05 in the full score
# (a toll is often a first or partial count), is here as telling as the day, the actors and the tactic.
REGION_TOLD_COMPONENTS = ("date", "actors", "sub_type", "fatalities")


def placed_at_a_region_point(event: Event) -> bool:
    """A region-level report placed at a gazetteer region's own point (its admin1's, its province's) because the
    region is all its article names: the point says which region, not where in it. Not a village the gazetteer
    lacked (``is_village_fallback``: the written name says where) nor a country."""
    return (is_vague(event) and event.geonameid is not None and not is_country_level(event)
            and not is_village_fallback(event))


def region_fit(region_report: Event, other: Event) -> float:
    """How well ``other`` agrees with what a region-level report tells (its day, actors, tactic and toll)."""
    told = sum(_COMPONENTS[name](region_report, other) for name in REGION_TOLD_COMPONENTS)
    return round(told / len(REGION_TOLD_COMPONENTS), 4)


def _both(a: object, b: object) -> str:
    return str(a) if a == b else f"{a} / {b}"


def _describe(name: str, a: Event, b: Event) -> str:
    """What an analyst reads in ``eventwire why`` for one component of the score."""
    if name == "date":
        return f"dates {_both(a.event_date, b.event_date)}"
    if name == "place":
        km = distance_km(a, b)
        where = _both(a.location or a.admin1, b.location or b.admin1)
        return f"places {where}" + (f", {km:.1f} km apart" if km is not None else "")
    if name == "actors":
        return f"actors {_both(_actors_text(a) or '-', _actors_text(b) or '-')}"
    if name == "sub_type":
        return f"sub-types {_both(a.sub_event_type, b.sub_event_type)}"
    if name == "fatalities":
        return f"fatalities {_both(a.fatalities, b.fatalities)}"
    return "notes similarity"


def merge_threshold(a: Event, b: Event) -> tuple[float, str]:
    """The score a pair must reach, and what made it differ from the usual bar (empty when nothing did)."""
    if country_key(a) is None or country_key(b) is None:
        return NO_COUNTRY_MERGE_THRESHOLD, "no country"
    if not (is_vague(a) or is_vague(b)):
        return MERGE_THRESHOLD, ""
    if is_country_level(a) or is_country_level(b):
        return COUNTRY_LEVEL_MERGE_THRESHOLD, "country-level place"
    if far_in_one_admin1(a, b):
        return ADMIN1_WIDE_MERGE_THRESHOLD, "admin1-wide place"
    return VAGUE_MERGE_THRESHOLD, "region-level place" if VAGUE_MERGE_THRESHOLD != MERGE_THRESHOLD else ""


def judge(a: Event, b: Event) -> Judgement:
    """Compare two reports: hard constraints, then the weighted agreement with one reason per component."""
    hard = conflict(a, b)
    if hard:
        return Judgement(0.0, hard, (hard,))
    parts = {name: component(a, b) for name, component in _COMPONENTS.items()}
    score = round(sum(SCORE_WEIGHTS[name] * value for name, value in parts.items()), 4)
    reasons = tuple(f"{_describe(name, a, b)}: {value:.2f}" for name, value in parts.items())
    threshold, why = merge_threshold(a, b)
    verdict = "≥" if score >= threshold else "<"
    vague = f" ({why})" if why else ""
    return Judgement(score, None, reasons + (f"score {score:.2f} {verdict} {threshold:.2f}{vague}",), threshold)
