"""The places an article calls a village or town ("the town of X", "X, a village"), the ones it places by a
direction or a border, and the admin units it writes beside them: when the gazetteer lacks such a village,
the dateline city is a wrong place for it, not a vague one. Also the town an event's sentence points back at
("the town's gendarmerie post")."""

from __future__ import annotations

import re
from typing import Sequence

from eventwire.geo.names import name_key
from eventwire.records import Article, PlaceMention, Span


_SETTLEMENT_WORD = r"(?:village|town|hamlet|locality|settlement|commune|community)"
# "the (southern) town of X", "X village"/"X town" and "X, a (small) village": the writer calls X a settlement
_SETTLEMENT_BEFORE = re.compile(rf"\b{_SETTLEMENT_WORD} of (?:the )?$", re.IGNORECASE)
_SETTLEMENT_AFTER = re.compile(rf"^(?:,? an? (?:[a-z-]+ ){{0,2}}|\s){_SETTLEMENT_WORD}\b", re.IGNORECASE)


def _written_settlements(mentions: Sequence[PlaceMention], article: Article | None) -> frozenset[str]:
    """Keys of the draft's "in"/"near" places that the article, anywhere, writes as a settlement."""
    if article is None:
        return frozenset()
    names = {m.name for m in mentions if m.cue in ("in", "near")}
    return frozenset(name_key(name) for name in names if _written_as_settlement(name, article.text))


# "the city of Marib", "the cities of Idlib and Ariha", "the Sheikh Maqsoud neighbourhood of Aleppo", "the southern
# suburbs of Beirut": the name is a city's ("district of" is left out: "the Sirwah district of Marib" is a province's)
_CITY_BEFORE = re.compile(r"\b(?:city|cities|neighbou?rhoods?|quarters?|suburbs?) of (?:the )?(?:city of )?$", re.IGNORECASE)
_CITY_AFTER = re.compile(r"^ city\b")  # "Kirkuk city" (not "Kuwait City", one name)
# "west of the city of Marib", "60 km north-east of Kunduz city", "outside the city of Idlib": a city measured from;
# "medical sources in Marib city", "officials in the city of Idlib": a city someone spoke from
_MEASURED_BEFORE = re.compile(r"\b(?:of|from|near|outside|around|towards?|beyond)\s+(?:the\s+)?$", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"\b(?:sources|officials?|residents|witnesses|doctors|medics|activists|spokes(?:man|woman)) "
                            r"(?:in|from) (?:the\s+)?$", re.IGNORECASE)
CITY_WORDS = ("city", "cities", "neighbourhood", "neighborhood", "quarter", "suburb")  # speed only: one must be written


def _written_cities(mentions: Sequence[PlaceMention], article: Article | None) -> frozenset[str]:
    """Keys of the draft's "in" places written, where extraction read them, as a city or a city's quarter ("a camp in
    the city of Marib", "the Sheikh Maqsoud neighbourhood of Aleppo"), not as where something is measured from or
    someone spoke."""
    if article is None or not any(word in article.text for word in CITY_WORDS):
        return frozenset()
    text = article.text
    return frozenset(name_key(m.name) for m in mentions
                     if m.cue == "in" and text[m.span.start:m.span.end] == m.name and _written_as_city(m.span, text))


def _written_as_city(span: Span, text: str) -> bool:
    before = text[max(0, span.start - 60):span.start]
    city_before = _CITY_BEFORE.search(before)
    if city_before is not None:
        before = before[:city_before.start()]
    elif not _CITY_AFTER.match(text[span.end:span.end + 6]):
        return False
    return not (_MEASURED_BEFORE.search(before) or _SOURCE_BEFORE.search(before))


def _written(name: str) -> re.Pattern[str]:
    """The place name as a whole word."""
    return re.compile(rf"\b{re.escape(name)}\b")


def _written_as_settlement(name: str, text: str) -> bool:
    """Whether the text calls the place a village or town, and never places it by the dateline city
    ("X, a village 30 km from the capital": then the dateline city stays the best point we know)."""
    found = list(_written(name).finditer(text))
    if any(_BY_THE_CITY.match(text, m.end(), m.end() + BY_THE_CITY_REACH) for m in found):
        return False
    return any(_SETTLEMENT_BEFORE.search(text[max(0, m.start() - 30):m.start()])
               or _SETTLEMENT_AFTER.match(text[m.end():m.end() + 40]) for m in found)


def _units_beside_settlements(mentions: Sequence[PlaceMention], article: Article | None,
                              text_admins: Sequence[str], settlements: frozenset[str]) -> tuple[str, ...]:
    """The admin names written in the same sentence as a village of the draft (``settlements``: "Seytenga lies
    in the Seno province"): the units the text ties to it, unlike those it writes for another event of the story."""
    if article is None:
        return ()
    names = [m.name for m in mentions if name_key(m.name) in settlements]
    sentences = [sentence for name in names for sentence in _sentences_naming(name, article.text)]
    units = [unit for unit in text_admins if any(unit in sentence for sentence in sentences)]
    # "Barsalogho, a town in Burkina Faso's Centre-Nord region" first: the unit the text gives as the village's
    # own, before one its sentence writes for something else ("JNIM, al Qaeda's affiliate in the Sahel")
    return tuple(sorted(units, key=lambda unit: not any(_unit_in_appositive(name, unit, article.text) for name in names)))


APPOSITIVE_UNIT_REACH = 80  # characters after the village's name: ", a small farming town in the X region" (not tuned)


def _unit_in_appositive(name: str, unit: str, text: str) -> bool:
    """Whether the text writes "<name>, a village/town ... <unit>" (or "<name> village in <unit>")."""
    return any(_SETTLEMENT_AFTER.match(text[m.end():m.end() + 40]) and unit in text[m.end():m.end() + APPOSITIVE_UNIT_REACH]
               for m in _written(name).finditer(text))


def _sentences_naming(name: str, text: str) -> list[str]:
    written = _written(name)
    return [sentence for sentence in _SENTENCE_BREAK.split(text) if written.search(sentence)]


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n")


def _settlements_placed_away(mentions: Sequence[PlaceMention], article: Article | None) -> frozenset[str]:
    """Keys of the draft's places the article places by a direction or a border, in any sentence."""
    if article is None:
        return frozenset()
    names = {m.name for m in mentions if m.cue in ("in", "near")}
    return frozenset(name_key(name) for name in names if _placed_away(name, article.text))


def _placed_away(name: str, text: str) -> bool:
    for found in _written(name).finditer(text):
        before = text[max(0, found.start() - 40):found.start()]
        if _DIRECTION_BEFORE.search(before) or _AWAY_AFTER.match(text, found.end(), found.end() + BY_THE_CITY_REACH):
            return True
    return False


_COMPASS_ADJECTIVE = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern|remote|border"
# "the southern village of X", "the remote town of X"
_DIRECTION_BEFORE = re.compile(
    rf"\b(?:{_COMPASS_ADJECTIVE}) (?:[a-z]+ )?{_SETTLEMENT_WORD} of (?:the )?$", re.IGNORECASE)
# "X, a town near the Algerian border", "X in northern Burkina Faso"
_AWAY_AFTER = re.compile(rf"[^.;]*?\b(?:border|frontier|(?:{_COMPASS_ADJECTIVE}) [A-Z])")


# "X, a town on the outskirts of the capital", "X, some 20 km north of the city": placed by the dateline city
_BY_THE_CITY = re.compile(
    r"[^.;]*?\b(?:near|outside|from|of|around|to)\s+the\s+(?:[A-Z][a-z]+\s+)?(?:capital|city)\b(?!\s+of)"
)
BY_THE_CITY_REACH = 80  # characters after the name; one clause of a news sentence (not tuned)


def _sentence_around(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the sentence (or line) holding ``position``."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, position)]
    following = _SENTENCE_BREAK.search(text, position)
    return (breaks[-1] if breaks else 0), (following.start() if following else len(text))


# "gunmen attacked the town's gendarmerie post", "the convoy was ambushed as it left the town": the event's
# sentence points back at a settlement the story named before ("the town of Seytenga")
_TOWN_BACK_REFERENCE = re.compile(r"\bthe (?:town|village)(?:['’]s)?\b(?! of)", re.IGNORECASE)
_SETTLEMENT_NAMED = re.compile(
    rf"\b{_SETTLEMENT_WORD} of (?:the )?(?P<name>[A-Z][\w'’-]+(?:[ -](?:de |el |al )?[A-Z][\w'’-]+)*)")


def _referenced_settlement(anchor: int, text: str) -> PlaceMention | None:
    """The settlement the event's sentence calls "the town"/"the village": the last one named so before it."""
    start, end = _sentence_around(text, anchor)
    if not _TOWN_BACK_REFERENCE.search(text, start, end):
        return None
    named = list(_SETTLEMENT_NAMED.finditer(text, 0, start))
    if not named:
        return None
    name = named[-1]
    return PlaceMention(name.group("name"), Span(name.start("name"), name.end("name"), name.group("name")), "in")


# What a writer calls a site it then places by a town: "Zamzam, the vast camp for displaced people south of
# El Fasher", "X, a neighbourhood of Y", "X, a village on the outskirts of Y".
_SITE_WORD = (r"(?:camp|village|town|hamlet|settlement|locality|commune|community|district|neighbou?rhood|suburb|"
              r"quarter|township|area|market|base|site)")
_ANCHOR_NAME = r"(?P<name>[A-Z][\w'’-]+(?:[ -](?:el |al |ad |as |ash |de |du )?[A-Z][\w'’-]+)*)"
_PLACED_BY_ANCHOR = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?{_SITE_WORD}s?\b[^.;,]{{0,60}}?"
    rf"\b(?:near|outside|of|in|close to)\s+(?:the\s+(?:city|town)\s+of\s+)?{_ANCHOR_NAME}"
)
# "the Nur Shams refugee camp near Tulkarem", "the Abu Shouk displacement camp outside El Fasher": the site's word
# right after its name, then the town (no comma)
_SITE_THEN_ANCHOR = re.compile(
    rf"\s+(?:[a-z-]+\s+){{0,2}}?{_SITE_WORD}s?\s+(?:near|outside|close to|on the outskirts of)\s+"
    rf"(?:the\s+(?:city|town)\s+of\s+)?{_ANCHOR_NAME}"
)
# "at Baq Baq, near Bulo Burte", "at Moura, in the Djenné circle", "Seytenga (Seno province)": no site word, the
# town it lies near or the unit it lies in set off right after the name (round twenty-four)
_NEAR_ANCHOR = re.compile(
    rf",\s+(?:near|outside|close to|not far from|just outside)\s+(?:the\s+(?:city|town)\s+of\s+)?{_ANCHOR_NAME}")
_UNIT_WORD = (r"(?:circle|cercle|territory|district|province|region|county|department|prefecture|governorate|state|"
              r"commune|municipality|division|local government area)")
_UNIT_ANCHOR = re.compile(rf"(?:,\s+in\s+|\s+\()(?:the\s+)?{_ANCHOR_NAME}\s+{_UNIT_WORD}\b")
ANCHOR_REACH = 140  # characters after the site's name: its appositive clause (not tuned)
_ANCHOR_FORMS = (_PLACED_BY_ANCHOR, _SITE_THEN_ANCHOR, _NEAR_ANCHOR, _UNIT_ANCHOR)
_NOT_PLACES = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The",
})


def _site_anchors(mentions: Sequence[PlaceMention], article: Article | None) -> tuple[tuple[str, PlaceMention], ...]:
    """(key of a draft's place, the town the article places it by): "Zamzam, the camp south of El Fasher" →
    ("zamzam", El Fasher). When the gazetteer lacks the site, the event is near that town (geo_precision 2)."""
    if article is None:
        return ()
    anchors = []
    for name in dict.fromkeys(m.name for m in mentions if m.cue in ("in", "near")):
        anchor = _anchor_of(name, article.text)
        if anchor is not None:
            anchors.append((name_key(name), anchor))
    return tuple(anchors)


def _anchor_of(name: str, text: str) -> PlaceMention | None:
    """The town the text places ``name`` by, in an appositive after one of its occurrences."""
    for found in _written(name).finditer(text):
        placed = next((m for m in (p.match(text, found.end(), found.end() + ANCHOR_REACH) for p in _ANCHOR_FORMS) if m),
                      None)
        if placed and placed.group("name") not in _NOT_PLACES and name_key(placed.group("name")) != name_key(name):
            anchor = placed.group("name")
            cue = "region" if placed.re is _UNIT_ANCHOR else "near"  # a unit stands for the village as a unit
            return PlaceMention(anchor, Span(placed.start("name"), placed.end("name"), anchor), cue)
    return None


# "al-Rawda, about 40 km west of El-Arish", "Kitaya, some 30 kilometres south of Mtwara": a place, then how far
# it lies from a town the text names
_AT_DISTANCE = re.compile(
    rf",\s+(?:(?:about|some|around|roughly|nearly|approximately|just|barely|only|less than|more than|over)\s+)?"
    rf"(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>km|kilometres|kilometers|miles)\s+(?:[a-z-]+\s+){{0,2}}?(?:of|from)\s+"
    rf"(?:the\s+(?:city|town|provincial capital)\s+of\s+)?{_ANCHOR_NAME}"
)
KM_PER_MILE = 1.609


def _distance_anchors(mentions: Sequence[PlaceMention], article: Article | None) -> tuple[tuple[str, PlaceMention, float], ...]:
    """(key of a draft's place, the town the text measures it from, the distance in km), from an appositive right
    after one of the place's occurrences ("al-Rawda, about 40 km west of El-Arish")."""
    if article is None or "km" not in article.text and "kilomet" not in article.text and "miles" not in article.text:
        return ()
    anchors = []
    for name in dict.fromkeys(m.name for m in mentions if m.cue in ("in", "near")):
        for found in _written(name).finditer(article.text):
            placed = _AT_DISTANCE.match(article.text, found.end())
            if placed and placed.group("name") not in _NOT_PLACES and name_key(placed.group("name")) != name_key(name):
                km = float(placed.group("amount")) * (KM_PER_MILE if placed.group("unit") == "miles" else 1.0)
                anchor = PlaceMention(placed.group("name"), Span(placed.start("name"), placed.end("name"),
                                                                 placed.group("name")), "near")
                anchors.append((name_key(name), anchor, km))
                break
    return tuple(anchors)
