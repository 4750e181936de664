"""Name keys: how a place name is normalised for lookup, and the looser "skeleton" that
absorbs the spelling variants of West African and Arabic toponyms (Ménaka/Menaka,
Indelimane/I-n-Déliman, Djibo/Jibo, Boulkessi/Bulkesi, El Fasher/Al-Fashir)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_LATIN_EXTRA = str.maketrans({"ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th"})
# Leading Arabic/Berber articles and the Tamasheq "In-" ("place of") prefix, dropped in skeletons.
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|az|ed|er|es|et)\s+(?=\w{3})")
_TAMASHEQ_IN = re.compile(r"^i\s?n\s+(?=\w{3})")
# Spelling rewrites applied in order to an article-free, space-free key (French ↔ English transcriptions).
_SKELETON_REWRITES: tuple[tuple[str, str], ...] = (
    ("tch", "c"), ("dj", "j"), ("ch", "c"), ("sh", "c"), ("kh", "k"), ("gh", "g"), ("ph", "f"),
    ("th", "t"), ("ou", "u"), ("oo", "u"), ("qu", "k"), ("q", "k"), ("ck", "k"), ("ee", "i"),
    ("y", "i"), ("w", "u"), ("z", "s"),
)
_DOUBLED = re.compile(r"(.)\1+")
_ADMIN_SUFFIX = re.compile(
    r"\s+(?:region|state|province|governorate|department|district|county|prefecture|division|oblast|"
    r"municipality|territory|estado|provincia|departement|wilaya|muhafazah|republic)$"
)
_ADMIN_PREFIX = re.compile(r"^(?:region|province|state|department|governorate|district|republic) (?:de |du |des |of |d )?")


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """Lowercase, diacritics stripped, punctuation collapsed to single spaces: ``"Ménaka" → "menaka"``."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_LATIN_EXTRA))
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub(" ", ascii_text).strip()


@lru_cache(maxsize=200_000)
def skeleton_key(text: str) -> str:
    """A looser key equal for common transcription variants of one name.

    Articles and the ``In-`` prefix go, spaces and hyphens go, French digraphs become
    English ones, doubled letters collapse and a final mute ``e``/``h`` is dropped.
    """
    key = _TAMASHEQ_IN.sub("in", _ARTICLE.sub("", name_key(text)))
    key = key.replace(" ", "")
    for old, new in _SKELETON_REWRITES:
        key = key.replace(old, new)
    key = _DOUBLED.sub(r"\1", key)
    return key[:-1] if len(key) > 4 and key[-1] in "eh" else key


def admin_key(text: str) -> str:
    """Key for comparing admin unit names: ``"Centre-Nord Region" == "Centre-Nord"``."""
    key = _ADMIN_SUFFIX.sub("", name_key(text))
    return _ADMIN_PREFIX.sub("", key)


def written_ascii(text: str) -> str:
    """A place name as a story writes it, in ASCII, apostrophes kept as ACLED keeps them:
    ``"Dar’a" → "Dar'a"``, ``"Ménaka" → "Menaka"``."""
    straight = re.sub(r"[‘’ʻʼ`´]", "'", text)
    decomposed = unicodedata.normalize("NFKD", straight.translate(_LATIN_EXTRA))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.encode("ascii", "ignore").decode().split()).strip("'")


def is_latin_name(text: str) -> bool:
    """True for names written in Latin script (what English news uses)."""
    return bool(text) and name_key(text) != "" and all(
        ord(ch) < 0x250 or unicodedata.combining(ch) or ch in "‘’ʼ`" for ch in text
    )


_QUOTES = str.maketrans("", "", "‘’ʻʼʿʾ`´'")


def ascii_name(text: str) -> str:
    """The name in ASCII, case kept: ``"Ra’s al ‘Ayn" → "Ras al Ayn"``, ``"Ménaka" → "Menaka"``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES).translate(_LATIN_EXTRA))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.encode("ascii", "ignore").decode().split())


_UNIT_PREFIX = re.compile(
    r"^(?:province|region|r[ée]gion|cercle|d[ée]partement|department|municipio|prefecture|pr[ée]fecture|district|"
    r"commune|county|governorate|wilaya|state|provincia|estado)\s+"
    # "de l'Oudalan"; in GeoNames' ASCII names the apostrophe is gone: "Province de lOudalan", "Province dIoba"
    r"(?:du\s+|de\s+la\s+|de\s+l['’]|de\s+(?-i:l(?=[A-Z]))|de\s+|d['’]|(?-i:d(?=[AEIOU]))|des\s+|of\s+)?",
    re.I,
)
_UNIT_SUFFIX = re.compile(
    r"\s+(?:province|region|state|district|department|governorate|county|prefecture|municipality|division|"
    r"cercle|commune|rayon|raion|oblast|kray|krai|area|local government area)$",
    re.I
)


_KEEP_WHOLE = {"federal", "capital", "national capital"}  # "Federal District" is a name, not "Federal" + unit


def display_admin_name(name: str) -> str:
    """An admin unit named as ACLED writes it: ``"Province du Soum" → "Soum"``, ``"Borno State" → "Borno"``,
    ``"Ad Dali'" → "Ad Dali"`` (GeoNames marks a final or initial ayn with a quote; ACLED's admin names
    never start or end with one: none of the 359 in the training data does)."""
    bare = _UNIT_SUFFIX.sub("", _UNIT_PREFIX.sub("", name.strip())).strip("'’‘`")
    return bare if len(bare) > 1 and bare.lower() not in _KEEP_WHOLE else name


# An apostrophe between two lowercase letters marks an ayn or hamza ("Ta'izz", "Murang'a"); ACLED's admin1
# names never keep one (none of the 357 in the training data does; its only apostrophe is "N'Djamena").
_INNER_AYN = re.compile(r"(?<=[a-z])['’‘ʻʼʿʾ`](?=[a-z])")


# French position words join the name with a hyphen in ACLED ("Nord-Kivu", "Haut-Uele", "Bas-Uele"; GeoNames
# writes "Nord Kivu"); trailing ones stay apart ("Ennedi Ouest", "Mayo-Kebbi Est"), as in the training data.
_FRENCH_LEADING = re.compile(r"^(Nord|Sud|Haut|Haute|Bas|Basse|Moyen|Moyenne) (?=[A-Z])")


def display_admin1_name(name: str) -> str:
    """An admin1 unit named as ACLED writes it, for any country: unit words dropped (``display_admin_name``),
    inner ayn marks too (``"Ta'izz" → "Taizz"``, ``"Sa'dah" → "Sadah"``), French position words hyphenated."""
    if not name:
        return name
    return _FRENCH_LEADING.sub(r"\1-", _INNER_AYN.sub("", display_admin_name(name)))


def german_style_umlauts(english: str, local: str) -> str:
    """GeoNames' ASCII names write ü/ö/ä as ue/oe/ae ("Kuetahya", "Fuezuli"); ACLED and English news drop
    the accent ("Kutahya"). Returns the accent-dropped local name when that is the only difference."""
    plain = ascii_name(local)
    folded = english.replace("ue", "u").replace("oe", "o").replace("ae", "a")
    return plain if plain != english and folded == plain.replace("ue", "u").replace("oe", "o").replace("ae", "a") else english


def admin_skeleton(name: str) -> str:
    """One key for the spellings of an admin unit: "Idleb", "Idlib Governorate" → "idlib"."""
    return skeleton_key(admin_key(name)).replace("e", "i") if name else ""


# The words GeoNames wraps second-level unit names in ("Donga and Mantung Division", "West Gojjam Zone", "Departement
# de la Kadei", "Djenne Cercle"); news writes "Donga-Mantung", "West Gojjam", "Kadei", "Djenné"
_UNIT_WRAPPING = re.compile(
    r"^(?:departement|prefecture|cercle|district) (?:de la |du |des |de |d )?"
    r"|\s+(?:zone|cercle|circle|division|department|district|prefecture|county|locality)$"
)


def unit_key(name: str) -> str:
    """One key for a second-level unit as GeoNames and news write it: "Donga and Mantung Division" ==
    "Donga-Mantung", "West Gojjam Zone" == "West Gojjam"."""
    key = _UNIT_WRAPPING.sub("", admin_key(name))
    return skeleton_key(f" {key} ".replace(" and ", " "))


# Generic words GeoNames puts before a well's or pond's name ("Puits Aghazar"); news writes "Aghazar".
_GENERIC_PREFIX = re.compile(r"^(?:puits|well|forage|mare|bir|bi r|oued|wadi|camp|camp de|quartier|village de)\s+(?=\w{3})")


def without_generic_prefix(key: str) -> str:
    """A name key without a leading generic word, or ``""`` when there is none."""
    stripped = _GENERIC_PREFIX.sub("", key)
    return stripped if stripped != key else ""


_POSSESSIVE = re.compile(r"^(.+?)['’]s\s+\S")
_PARENTHESIS = re.compile(r"^(.*?)\s*\(([^)]+)\)\s*$")
_GENERIC_SUFFIX = re.compile(
    r"\s+(?:airport|air\s?base|airbase|military base|base|camp|junction|market|bridge|checkpoint|prison|port|"
    r"university|hospital|district|town|city|village|hills?|street\s*\d*|road|"
    # an island named after its town: "off Bonny Island", "on Kamaran island"
    r"island|"
    # sites named after the village beside them: "Dinderesso Forest", "Tanwalbougou gold mine", "Kompienga dam"
    r"(?:classified\s+)?forest(?:\s+(?:site|reserve))?|(?:gold\s+)?(?:mine|mining\s+site)|gold\s+site|dam|"
    # second-level units as news writes them: "Batsari LGA", "Tonj South county", "Khairpur tehsil"
    r"lga|local government area|county|municipality|commune|tehsil|upazila|sub-?district)$",
    re.I,
)
_COAST_OF = re.compile(r"^(?:coast|outskirts|suburbs?|centre|center|north|south|east|west)\s+of\s+", re.I)
# Second-level units named after their town and a direction: "Tonj East" (county), "Kisumu West" (constituency)
_COMPASS_WORD = re.compile(r"(?:north|south|east|west|central|upper|lower)(?:ern)?", re.I)  # "North West" is no town
_COMPASS_SUFFIX = re.compile(r"\s+(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)$", re.I)


def name_parts(name: str) -> list[tuple[str, str]]:
    """Places a compound name is built from, each with the cue it implies, best first.

    ``"Beirut-Rmeil"`` (ACLED's city-district form) → Beirut, near; ``"Donetsk Airport"`` → Donetsk, near;
    ``"Nameless Hills (Tartar Region)"`` → Tartar, region; ``"Outskirts of Gao"`` → Gao, near.
    """
    parts: list[tuple[str, str]] = []
    possessive = _POSSESSIVE.match(name)
    if possessive:  # "Nairobi's City Hall" → Nairobi
        return [(possessive.group(1), "in")] if len(name_key(possessive.group(1))) > 2 else []
    bracket = _PARENTHESIS.match(name)
    if bracket:
        parts += [(bracket.group(1), "in"), (_ADMIN_SUFFIX_TEXT.sub("", bracket.group(2)), "region")]
        name = bracket.group(1)
    for pattern in (_GENERIC_SUFFIX, _COAST_OF):
        bare = pattern.sub("", name).strip()
        if bare and bare != name:
            parts.append((bare, "near"))
    parts += _without_compass_suffix([name, *(part for part, _cue in parts)])
    if "-" in name.strip("-"):
        segments = [s.strip() for s in name.split("-") if s.strip()]
        if segments and name_key(segments[0]) not in _NAME_PARTICLES:  # "Tin-Hama" is one name, not "Tin" and "Hama"
            parts += [(segment, "near") for segment in segments]
    return [(part, cue) for part, cue in parts if len(name_key(part)) > 2]


# Words that open a place name and are no place alone: Tamasheq "Tin-"/"In-" (well of), Arabic "Kafr" (village),
# "Ain"/"Bir" (spring/well), "Ras" (cape), "Tel" (hill), "Deir" (monastery), "Beit" (house), "Umm", "Abu", "Sidi".
_NAME_PARTICLES = frozenset(
    "tin in ain ayn bir kafr kfar ras tel tal deir dayr beit bayt umm abu sidi bou ben bin ibn"
    " al el ad ar as an ash at".split()
)


def _without_compass_suffix(names: list[str]) -> list[tuple[str, str]]:
    """"Tonj East" → Tonj, "Tonj South county" → Tonj: the town a unit named after it lies around."""
    bare = [_COMPASS_SUFFIX.sub("", n).strip() for n in names]
    return [(b, "near") for b, n in zip(bare, names) if b and b != n and not _COMPASS_WORD.fullmatch(b)]


_ADMIN_SUFFIX_TEXT = re.compile(r"\s+(?:region|province|state|district|governorate)$", re.I)


_FRENCH_COMPASS = [("Far North", "Extreme-Nord"), ("North", "Nord"), ("South", "Sud"), ("East", "Est"), ("West", "Ouest")]


def french_compass_name(english: str) -> str:
    """The French form of a compass-named unit: "North-West" → "Nord-Ouest", "South Kivu" → "Sud-Kivu"
    (position words lead in French: "Nord-Kivu"). Other names come back unchanged."""
    words = english
    for english_word, french_word in _FRENCH_COMPASS:
        words = re.sub(rf"\b{english_word}\b", french_word, words)
    return words.replace(" ", "-") if words != english else english
