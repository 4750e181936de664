"""Place mentions in a sentence, with the cue that introduced them.

The geo stage resolves names to gazetteer entries; here we only find the candidate spans and say *how*
the text introduced each one, because the cue decides ``geo_precision``: "in Indelimane" (the town),
"near Menaka" (around a town), "the Mopti region" (a region), "the border with Niger" (a border area).
A name is a capitalised span after a cue; people (after a title), organisations, weekdays and months,
actor spans and demonyms are excluded.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable, Sequence

from eventwire.countries import names_a_people_abroad
from eventwire.extract.dates import MONTHS
from eventwire.extract.gates import gate_words, leading_words
from eventwire.extract.lexicon import folds_to_ascii, gated_matches, may_hold_any, word_places
from eventwire.extract.words import text_words
from eventwire.records import PlaceMention, Span

CountryLookup = Callable[[str], object | None]

# Lower is better: the order a coder trusts cues in when several places are named for one event.
# "destination": where people were taken or fled after the event ("evacuated to Batie"): not the event's place,
# but a town near it, used only when no other place of the event resolves.
CUE_RANK = {"in": 0, "near": 1, "region": 2, "border": 3, "destination": 4, "country": 5, "dateline": 6}

_NAME_WORD = r"[A-ZÀ-Ý][\w'’.-]*"
# Arabic articles as transliterated before sun letters ("Deir ez-Zor", "Jisr ash-Shughur", "Umm ed Dabab")
_CONNECTOR = r"(?:de|du|des|del|della|el|al|al-|ez|ed|es|ash|esh|az|ul|la|le|les|di|da|dos|ad|ibn|bin|wa|sur|en|sous)"
# A transliterated Arabic article written in lower case before a name ("in al-Habbariyeh", "near ad-Durayhimi",
# "in el-Geneina"): read as the capitalised "Al-" already is (training notes: 298 such "in/near/of/at al-X")
_LOWER_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez)-)"
_NAME = rf"{_LOWER_ARTICLE}?{_NAME_WORD}(?:[ -](?:{_CONNECTOR}[ -])?{_NAME_WORD})*"

_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
_UNIT = (
    r"region|province|district|state|county|department|governorate|prefecture|division|municipality|"
    r"commune|area|zone|valley|oblast|raion|circle|cercle|territory|sub-county|subcounty|locality|"
    r"neighbou?rhood|township|ward"
)
# Sites a news story names after the town or quarter they stand in ("the Hasakah prison attack", "a missile hit the
# Kramatorsk railway station")
_SITE = r"prison|jail|detention (?:centre|center)|camp|airport|market|(?:railway|train|bus) station"
_BASE_OR_FIELD = (r"air ?base|airbase|(?:military|army|naval) base|(?:gas|oil) ?field|oil terminal|fuel port|"
                  r"oil refinery|refinery")
_SITE_ADJECTIVE = r"(?:nearby|neighbou?ring|sprawling|vast|huge|main|besieged|former|makeshift|overcrowded)"
# A prison's formal name after its town ("the Kuje Medium Security Custodial Centre", "the Goma Central Prison"), any
# case; a descriptor is no town ("the Central Prison")
_PRISON_NAME = (r"(?i:(?:(?:medium|maximum|minimum|high)[ -]security |central |federal |state |military |civil )?"
                r"(?:(?:custodial|correctional) (?:centre|center|facility)|prison|jail))")
_PRISON_DESCRIPTOR = r"(?:Central|Federal|State|Military|Civil|Medium|Maximum|Minimum|High|National|Main)\b"
_TOWN_BUILDING = (r"mosque|church|cathedral|temple|shrine|synagogue|market|school|hospital|hotel|university|college|"
                  r"restaurant|bakery|stadium|bus station|prison|jail")
_FAITH_OR_OWNER = (r"Shia|Shiite|Shi'ite|Shi’ite|Sunni|Sufi|Catholic|Protestant|Baptist|Anglican|Methodist|"
                   r"Pentecostal|Evangelical|Coptic|Orthodox|Hindu|Sikh|Buddhist|Ahmadi|Yazidi|Christian|Muslim|Islamic|"
                   r"Jewish|Lutheran|Presbyterian|Adventist|Hazara|Alawite|Druze|Ismaili|Quranic|Koranic|Catholic-run|"
                   r"Government|State|Private")
_SETTLEMENT = r"village|town|city|hamlet|locality|commune|municipality|settlement|camp|capital|suburb|district"
# A town's offices written after its kind ("the town Mayor", "the city Council"): no town in apposition
_TOWN_OFFICE = (r"(?:Mayor|Council|Councillor|Hall|Clerk|Governor|Administrator|Commissioner|Chief|Police|Authority|"
                r"Assembly|Court|Administration)")
# Verbs whose particle is "off" and whose object is a street or square ("cut off", "sealed off", "cordoned off"): a
# closed class of English phrasal verbs, not a list of places
_OFF_PARTICLE_VERB = (r"(?i:(?:cut|seal|cordon|block|close|shut|call|set|take|took|fend|ward|touch|spark|kick|drive|"
                      r"drove|fight|fought|break|broke|sign|tip|pay|paid|lay|laid|rope|fence|wall)(?:s|ed|d|ing|ting)?)")

_MONTH_NAME = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"  # the date reader's month names

# "the Somali capital Mogadishu", "the capital, Sanaa,", "the northern town Dori": a name set after its settlement word
# with no "of" (a demonym before the word is no place of its own; a town's office after it, "the town Hall", no name)
_SETTLED_AS = rf"(?:[\w'’-]+ ){{0,3}}?(?i:capital|city|town|village|port)(?: (?i:city|town))?,? (?!{_TOWN_OFFICE}\b)"

_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("border", re.compile(rf"\bborder(?:s)? (?:with|between) (?:the )?(?P<name>{_NAME})")),
    ("border", re.compile(rf"\b(?:the )(?P<name>{_NAME})(?:n|ian)? border\b")),
    ("region", re.compile(rf"\b(?:(?i:the) )?(?P<name>{_NAME}) (?i:{_UNIT})\b")),
    ("region", re.compile(rf"\b(?:{_UNIT}) of (?P<name>{_NAME})")),
    ("near", re.compile(
        rf"\b(?i:near|outside|around|close to|(?:on |in )?the (?:outskirts|suburbs|edges?|environs|periphery) of|not far from|"
        rf"(?:\d+ )?(?:km|kilometres|kilometers|miles) (?:\w+ )?(?:of|from)|{_DIRECTION} of|"
        rf"in the vicinity of|between) (?:the )?(?i:(?:{_SETTLEMENT}) of )?(?P<name>{_NAME})")),
    # (not "according to the Emergency Room of the camp": the source of a report, never its place; the look-behind
    # sits on "to" alone so that it is tried only there)
    ("in", re.compile(
        rf"\b(?i:in|at|inside|into|on|across|from|of|(?<!ccording )to) (?i:the )?(?:(?:central|downtown|occupied|"
        rf"restive|troubled|"
        rf"besieged|embattled|volatile|disputed|breakaway|annexed|war-torn|lawless|remote|neighbou?ring|nearby) )?"
        rf"(?i:(?:{_SETTLEMENT}|{_DIRECTION}) (?:of )?)?"
        rf"(?P<name>{_NAME})")),
    # (present forms too, a headline's tense: "Gunmen storm Garissa university", "Rebels seize Goma")
    ("in", re.compile(rf"\b(?i:attack|attacks|attacked|attacking|storms?|stormed|raids?|raided|overruns?|overran|"
                      rf"captures?|captured|seizes?|seized|recaptured|"
                      rf"retook|(?:took|taken|won) back|regained|reclaimed|liberated|shelled|bombed|entered|besieged) "
                      rf"(?P<name>{_NAME})")),
    # ACLED notes name the place an approximate report was filed under: "coded as Fada NGourma (Fada, Gourma)",
    # "(coded as Gorom-Gorom at geoprecision 2)", "(coded as Djibo)", "coded to Arbinda.", "geocoded as the town of
    # Kaya, ..."; the name must end the note's clause so that "coded as Armed clash by" is no place.
    ("in", re.compile(rf"\b(?i:(?:geo-?)?coded (?:as|to|at|under)) (?:(?i:the) )?(?:(?i:{_SETTLEMENT}) of )?"
                      rf"(?P<name>{_NAME})(?=\s*[()\],.;]| (?i:at|with) geo|\s*$)")),
    # "checkpoints on the axis Pama-Madjoari": a road between two towns, near both (geo splits the pair)
    ("near", re.compile(rf"\b(?i:axis|road|highway) (?i:between |linking |from )?(?P<name>{_NAME})")),
    # "the road between Bamenda and Bali": the second town too (ACLED codes the first; the second stands in when the
    # first is a village no gazetteer has)
    ("near", re.compile(rf"\b(?i:axis|road|roads|highway|route|stretch) (?i:between|linking|from) (?:the )?"
                        rf"(?:(?i:towns?|villages?|cities) of )?{_NAME} (?i:and|to|with) (?:the )?(?P<name>{_NAME})")),
    ("in", re.compile(rf"\b(?i:the) (?P<name>{_NAME_WORD}) (?:{_SITE} )?(?:attack|strike|assault|ambush|bombing|blast|"
                      rf"raid|massacre|clash(?:es)?|protest|killings?)\b")),
    # "in the Somali capital Mogadishu", "the Libyan capital, Tripoli" (``_SETTLED_AS``); not after "of", "from",
    # "near" or "outside": "50 km south of the provincial capital Quetta" measures from a town, it names no place
    # of the act
    ("in", re.compile(rf"(?<!\bof )(?<!\bfrom )(?<!\bnear )(?<!\boutside )\b(?i:the) {_SETTLED_AS}(?P<name>{_NAME})")),
    # "a bombing at a Mazar-i-Sharif mosque", "gunmen raided a Lagos market": a building told by its town (named
    # buildings take "the": "the Khalifa Sahib mosque" is no town); not its faith ("a Shia mosque", "a Baptist church")
    ("in", re.compile(rf"\b(?i:an?) (?!(?:{_FAITH_OR_OWNER})\b)(?P<name>{_NAME_WORD}) (?i:{_TOWN_BUILDING})\b")),
    # "the Tajoura detention centre", "the Ghwayran prison": a site named for the town or quarter it stands in
    # ("the nearby Zamzam camp", "the sprawling Kakuma camp": a site's common adjectives between)
    ("near", re.compile(rf"\b(?i:the) (?:{_SITE_ADJECTIVE} )?(?!{_PRISON_DESCRIPTOR})(?P<name>{_NAME_WORD}) "
                        rf"(?:{_SITE}|{_PRISON_NAME})\b")),
    # "the Ain al-Asad air base", "the Khor Mor gas field": a base or an energy site, its name of one or more words
    # before its word (one word is read by the pattern above only for its shorter list of sites)
    ("near", re.compile(rf"\b(?i:the) (?P<name>{_NAME}) (?i:{_BASE_OR_FIELD})\b")),
    # "a tanker struck off Hodeidah", "a dhow hijacked off the coast of Hobyo": at sea, near the port (ACLED codes
    # the nearest coastal place); "sealed off Tahrir Square" is a verb's particle, read by the patterns above
    ("near", re.compile(rf"\b(?:(?P<particle>{_OFF_PARTICLE_VERB}) )?(?i:off) "
                        rf"(?:(?i:the) (?i:coast|coasts|shores?|port|waters) of )?(?:(?i:the) )?(?P<name>{_NAME})")),
    # A security brief's dated line names the area it covers before a colon ("- Feb 10 – Kebbi: bandits abducted 14
    # farmers", "12 Feb - Cotabato City: a grenade ..."): mostly a state or province, read as a region (a town the
    # line's sentence names after a cue still ranks first)
    ("region", re.compile(rf"(?m)^[-*•· \t]*(?:{_MONTH_NAME}\.? \d{{1,2}}|\d{{1,2}} {_MONTH_NAME}\.?)(?:,? \d{{4}})?,? ?[–—-]+ ?"
                          rf"(?P<name>{_NAME}):")),
)

# Speed only: the words (lower case) one of which a pattern needs in the passage, in _PATTERNS order; a pattern
# whose words are all absent cannot match and is not run (None: always run). Every alternative of a pattern's
# cue contributes a word that stands alone in the text, so the check never skips a pattern that would match.
_DIRECTION_WORDS = frozenset(
    f"{side}{ending}" for side in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
    for ending in ("", "ern")
)
_UNIT_WORDS = frozenset(
    "region province district state county department governorate prefecture division municipality commune area "
    "zone valley oblast raion circle cercle territory subcounty locality neighbourhood neighborhood township ward"
    .split()
)
_PATTERN_GATES: tuple[frozenset[str] | None, ...] = (
    frozenset({"border", "borders"}),
    frozenset({"border"}),
    _UNIT_WORDS,
    _UNIT_WORDS,
    frozenset("near outside around close outskirts suburbs edge edges environs periphery far km kilometres kilometers "
              "miles vicinity between".split())
    | _DIRECTION_WORDS,
    None,
    frozenset("attack attacks attacked attacking storm storms stormed raid raids raided overrun overruns overran capture "
              "captures captured seize seizes seized recaptured retook back regained reclaimed liberated shelled bombed "
              "entered besieged".split()),
    frozenset({"coded", "geocoded"}),
    frozenset({"axis", "road", "highway"}),
    frozenset({"axis", "road", "roads", "highway", "route", "stretch"}),
    frozenset("attack strike assault ambush bombing blast raid massacre clash clashes protest killing killings".split()),
    frozenset("capital city town village port".split()),
    frozenset("mosque church cathedral temple shrine synagogue market school hospital hotel university college "
              "restaurant bakery stadium bus prison jail".split()),
    frozenset("prison jail detention camp airport market station custodial correctional".split()),
    frozenset("base airbase field oilfield gasfield terminal port refinery".split()),
    frozenset({"off"}),
    frozenset(name.lower() for name in MONTHS),
)
assert len(_PATTERN_GATES) == len(_PATTERNS)


def _one_beginning(pattern: re.Pattern) -> str | None:
    beginnings = leading_words(pattern)
    return beginnings[0] if beginnings is not None and len(beginnings) == 1 else None


# Speed only: a pattern every match of which begins with one word ("the": read off the pattern, never kept by hand)
# is tried only where the lower-cased text holds that word, not at every character of the passage (the look-behinds
# that open "the ... prison" cost more than the rest of its scan).
_PATTERN_BEGINNINGS = tuple(_one_beginning(pattern) for _, pattern in _PATTERNS)
_GATE_WORD = re.compile(r"[a-z]+")

# Capitalised words that are never places on their own.
_NOT_PLACES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december the a an he she it they we his her its their this that
    these those there then on in at of and but or after before when while islamic state president prime
    minister army police government ministry forces force military security authorities officials
    un u.n. afp reuters ap eu nato god allah parliament assembly council court radio television tv
    christmas ramadan eid easter new year covid coronavirus muslims christians islam christianity
    """.split()
)
# "On Jan 10", "Nov 14 –": alone, never a place (inside a name they may be: "Mar Elias")
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# A word inside a name that marks an organisation, a person or a post rather than a place.
_ORG_WORDS = frozenset(
    """
    army forces force police ministry minister government council party front movement union nations
    command operation university hospital hotel company bank group brigade battalion regiment militia agency
    office committee commission court church mosque school embassy news press tv radio foundation
    organisation organization association federation alliance coalition network institute
    development programme program fund authority bureau directorate secretariat assembly parliament tribunal
    observatory corporation initiative
    """.split()
)
_TITLES = re.compile(
    r"(?:President|Minister|Gen\.|General|Col\.|Colonel|Lt\.|Capt\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sheikh|Imam|"
    r"Governor|Mayor|Chief|Commander|Spokesman|Spokeswoman|King|Prince|Senator|Sgt\.|Maj\.)\s+$"
)
_COMPASS_PREFIX = re.compile(rf"^(?:{_DIRECTION}|central|upper|lower|greater)\s+", re.IGNORECASE)
_COMPASS_PREFIX_NEEDS = gate_words(_COMPASS_PREFIX)  # speed only: read off the pattern


def find_places(
    text: str,
    start: int = 0,
    end: int | None = None,
    exclude: Sequence[Span] = (),
    country_by_name: CountryLookup | None = None,
) -> list[PlaceMention]:
    """Place mentions in ``text[start:end]`` in text order, one per distinct span."""
    end = len(text) if end is None else end
    found: dict[tuple[int, int], PlaceMention] = {}
    words = _words_for_gates(text, start, end)
    for (cue, pattern), gate, beginning in zip(_PATTERNS, _PATTERN_GATES, _PATTERN_BEGINNINGS):
        if words is not None and gate is not None and words.isdisjoint(gate):
            continue
        for match in _matches(text, pattern, beginning, start, end):
            mention = _mention(text, match, cue, exclude, country_by_name)
            if mention and not _overlaps_any(mention.span, found):
                listed_after = _listed_after(text, mention, end, exclude, country_by_name)
                mention, listed_after = _as_listed_units(text, mention, listed_after)
                found[(mention.span.start, mention.span.end)] = mention
                for listed in listed_after:
                    if not _overlaps_any(listed.span, found):
                        found[(listed.span.start, listed.span.end)] = listed
    return sorted(found.values(), key=lambda m: m.span.start)


def _matches(text: str, pattern: re.Pattern, beginning: str | None, start: int, end: int) -> list[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, tried only where ``beginning`` stands when the pattern has one and the
    article's lower case is the text's, letter for letter (no letter that case-insensitive matching folds to ASCII)."""
    words = text_words(text)
    if beginning is None or not words.aligned or words.folds:
        return list(pattern.finditer(text, start, end))
    return gated_matches(text, pattern, word_places(beginning, words.lowered, start, end), start, end)


# A headline's own forms of a place: the cues of a sentence ("kill 32 at Mogadishu beach restaurant", "strike on
# Kramatorsk restaurant"), and a leading name before a site or an act written as a noun ("Peshawar police mosque
# bombing kills 84", "Kismayo hotel siege ends"). Nouns that are also verbs ("Gunmen attack", "Rebels raid") are left
# out: a headline's subject is no place.
_HEADLINE_LEADING_PLACE = re.compile(
    rf"(?P<name>{_NAME}) (?:police|army|military|mosque|church|school|market|prison|jail|camp|hospital|airport|"
    r"bombing|blast|siege|shooting|massacre|explosion|violence|fighting|killings|unrest|riots?)\b")


# A headline's present tense of a strike on a town ("RSF shells El Fasher's Abu Shouk camp", "Drone hits Kharkiv
# apartment block"): read in headlines only (a body's "strikes"/"bombs" are mostly nouns, and its acts are in the past)
# ("Israel strikes Hezbollah targets": the object is a group's, not a town)
_HEADLINE_STRIKE = re.compile(rf"\b(?:shells|bombs|pounds|strikes|hits|targets) (?P<name>{_NAME})\b"
                              r"(?! (?:targets|positions|fighters|militants|bases|forces|leaders?|commanders?)\b)")


def headline_places(title: str, exclude: Sequence[Span], country_by_name: CountryLookup | None) -> list[PlaceMention]:
    """The towns a headline names (cue "in" or "near"): its leading name first, then those after a cue."""
    leading = _HEADLINE_LEADING_PLACE.match(title)
    found = [_mention(title, leading, "in", exclude, country_by_name)] if leading else []
    cued = find_places(title, exclude=exclude, country_by_name=country_by_name)
    struck = [_mention(title, m, "in", exclude, country_by_name) for m in _HEADLINE_STRIKE.finditer(title)
              if not any(c.span.start <= m.start("name") < c.span.end for c in cued)]
    cued += [p for p in struck if p is not None]
    if leading and " " not in leading.group("name"):
        # a headline capitalises its first word whatever it is ("Suicide blast at Bajaur rally kills 44"): a single
        # leading word is weaker than a name read after a cue
        found = [*cued, *found]
    else:
        found += cued
    return [p for p in found if p is not None and p.cue in ("in", "near")]


def _words_for_gates(text: str, start: int = 0, end: int | None = None) -> set[str] | None:
    """The passage's lower-case words; None when a letter folds to an ASCII one (``lexicon.folds_to_ascii``:
    run every pattern). Other non-ASCII letters are not [a-z], so a gate word bounded by \b stays a whole run.
    Speed only: read off the article's words (``words.text_words``) when their offsets are the text's."""
    end = len(text) if end is None else end
    words = text_words(text)
    if words.aligned:
        return None if words.folds else words.letter_runs(start, end)
    passage = text[start:end]
    return None if folds_to_ascii(passage) else set(_GATE_WORD.findall(passage.lower()))


_LIST_NEXT = re.compile(rf"(?:,\s+and\s+|,\s+|\s+and\s+)(?P<name>{_NAME})")
# A lower-case site word after a place's name ("at Baisaran meadow, Pahalgam", "at Kasindi market, Beni"): the
# town written after it is the site's, as after a bare name ("at Baisaran, Pahalgam").
_SITE_WORD_AFTER = re.compile(r" (?:meadow|market|square|bridge|junction|crossing|checkpoint|forest|hill|park|beach|"
                              r"camp|mosque|church|school|hospital|station|base|post)(?=,)")


def _listed_after(text, first: PlaceMention, end: int, exclude, country_by_name) -> list[PlaceMention]:
    """'in Lagos, Abuja and Kano': the names listed after a cued place share its cue (countries excepted)."""
    if first.cue not in ("in", "near") or text[max(0, first.span.start - 8):first.span.start].strip().endswith("between"):
        return []
    listed, position = [], first.span.end
    site = _SITE_WORD_AFTER.match(text, position, end)
    if site is not None and _LIST_NEXT.match(text, site.end(), end):
        position = site.end()  # "at Baisaran meadow, Pahalgam": the site's name, then the town it lies by
    while (match := _LIST_NEXT.match(text, position, end)) is not None:
        mention = _mention(text, match, first.cue, exclude, country_by_name)
        if mention is None or mention.cue != first.cue:
            break
        listed.append(mention)
        position = match.end()
    return listed


# "in Mandera, Garissa and Lamu counties", "across Borno, Yobe and Adamawa states": a plural unit word after a list
_PLURAL_UNIT_AFTER = re.compile(
    r"\s+(?i:counties|provinces|regions|states|districts|governorates|departments|prefectures|territories|"
    r"municipalities|communes|oblasts)\b"
)


def _as_listed_units(text: str, first: PlaceMention, listed: list[PlaceMention]) -> tuple[PlaceMention, list[PlaceMention]]:
    """A list closed by a plural unit word names units, not towns: every name of it takes the "region" cue."""
    if not listed or not _PLURAL_UNIT_AFTER.match(text, listed[-1].span.end):
        return first, listed
    return dataclasses.replace(first, cue="region"), [dataclasses.replace(m, cue="region") for m in listed]


# "the wounded were evacuated to Niamey", "thousands fled to Dori": where people went after the event, not
# where it happened; such a name gets the weakest town cue, "destination".
_DESTINATION_BEFORE = re.compile(
    rf"\b(?i:evacuated|taken|rushed|airlifted|flown|transferred|transported|referred|brought|fled|relocated|"
    rf"sent|driven|carried|moved|returned|diverted|rerouted|redirected)(?: \w+)? to (?:(?i:the) )?"
    # session 26: "fled to the nearby town of Al-Manaqil"
    rf"(?:(?i:nearby|neighbouring|neighboring|nearest|regional|provincial) )?(?:(?i:{_SETTLEMENT}) of )?$"
)
# "as ceasefire talks in Cairo stalled", "at peace talks in Jeddah": where negotiators met, not where the fighting
# was; such a town takes the weakest cue too (not "meeting": training notes place 40 of 61 meetings at the event)
_TALKS_IN_BEFORE = re.compile(
    r"\b(?i:talks|negotiations|summit|peace conference|mediation)(?: (?:hosted|held|underway|under way))? "
    r"(?i:in|at) (?:(?i:the) )?(?:(?i:city|capital) of )?$"
)
_TALKS_IN_NEEDS = gate_words(_TALKS_IN_BEFORE)  # speed only: read off the pattern
# "ahead of a visit by the president to his home town of Daura", "an ambush on their way to Gusau": where someone
# was going is near the event, not its place (ACLED's notes code such events at the town they were heading to when
# no other is named, so the cue is "near", not the weaker "destination")
_GOING_TO_BEFORE = re.compile(
    rf"\b(?:(?i:visit|trip|tour)(?: (?:by|of) (?:the )?[\w'’.-]+(?: [A-Z][\w'’.-]*){{0,2}})?|"
    rf"(?i:on (?:his|her|their|its) way|en route|heading|headed|bound)) to (?:(?i:his|her|their|its|the) )?"
    rf"(?:(?i:home) )?(?:(?i:{_SETTLEMENT}) of )?$"
)
# "the rebels' advance on Bukavu", "fighters closing in on Marib": the town an offensive moves towards
_ADVANCE_ON_BEFORE = re.compile(
    r"\b(?i:advance|advances|advancing|advanced|march|marching|marched|closing in|closed in|converging|converged) on "
    r"(?:(?i:the) )?(?:(?i:city|town) of )?$"
)
# "travelling from Abuja to Kaduna", "a convoy heading from Gao to Kidal": both ends of a journey
_ROUTE_VERB = r"(?i:travel(?:l?ing|l?ed)?|head(?:ing|ed)|bound|running|journey(?:ing)?|driving|moving|on its way)"
_ROUTE_END_BEFORE = re.compile(rf"\b{_ROUTE_VERB} from (?:(?i:the) )?{_NAME} to (?:(?i:the) )?$")
_FROM_BEFORE = re.compile(rf"\b{_ROUTE_VERB} from (?:(?i:the) )?$")
_ROUTE_START_AFTER = re.compile(r" to (?:the )?[A-Z]")
_ROAD_WORD = r"highway|road|motorway|expressway|axis|corridor|route|bypass"
_ROAD_AFTER = re.compile(rf"[ -](?i:{_ROAD_WORD})\b")
_HOTEL_AFTER = re.compile(r" hotels?\b")
_PARTY_AFTER = re.compile(r" part(?:y|ies)\b")
_STREET_IN_TOWN = re.compile(r"[ -](?i:road|street|avenue)\s+(?:in|of)\s+(?:the\s+)?(?:(?i:city|town)\s+of\s+)?[A-Z]")
# "the Shujaiya neighbourhood of Gaza City": the part's name, then the city ("the Soran district of Erbil" may be a
# governorate's district: not read so); a neighbourhood unnamed ("a residential neighbourhood of Marib city") is a
# part of its town all the same, never a region's
_CITY_PART_OF = re.compile(r"(?:[A-Z][\w'’-]+ (?i:neighbou?rhood|quarter|suburb)|\b(?i:neighbou?rhood)) of (?:the )?$")
CITY_PART_LOOKBACK = 60  # characters before the city's name; a district's name of up to ~4 words (not tuned)
DESTINATION_LOOKBACK = 60  # characters before a name searched for the verb; covers "were airlifted back to the city of"


def _mention(text, match, cue, exclude, country_by_name) -> PlaceMention | None:
    span = _clean_span(text, match.start("name"), match.end("name"))
    if span is None or match.groupdict().get("particle"):
        return None
    whole_country = _with_compass_of_country(text, span, country_by_name)
    if whole_country is not span:  # "the West Bank": no organisation for its "Bank"
        span = whole_country
        if any(s.start < span.end and span.start < s.end for s in exclude):
            return None
    elif _excluded(text, span, exclude):
        owner = _city_owning_a_named_part(span, country_by_name)
        if owner is None or _excluded(text, owner, exclude):
            return None
        span, cue = owner, "in"  # "in Peshawar's Police Lines area": the city that holds the part
    if _is_demonym(span.text, country_by_name):
        return None
    span, cue = _strip_unit(span, cue)
    span, name = _with_dashed_road_end(text, span)
    if cue == "region" and _CITY_PART_OF.search(text, max(0, span.start - CITY_PART_LOOKBACK), span.start):
        cue = "in"  # "the Hodan district of Mogadishu": a named part of a city is in the city (precision 1)
    if _STREET_IN_TOWN.match(text, span.end):
        return None  # "on Murree road in Rawalpindi": a street named after a town, inside another town
    if _HOTEL_AFTER.match(text, span.end):
        return None  # "near the Baron hotel": hotels bear brands and owners' names, rarely their town's
    if _PARTY_AFTER.match(text, span.end):
        return None  # "a rally of the Jamiat Ulema-e-Islam party": a political party's name, not its town
    country = _country_of(span.text, country_by_name)
    if cue == "in" and (_ROAD_AFTER.match(text, span.end) or _going_to(text, span)):
        cue = "near"  # "on the Srinagar-Jammu highway": somewhere along the road, near the towns it names
    if _is_destination(text, span):
        if country is not None:
            return None  # "fled to Niger" says nothing of where the event was
        cue = "destination"
    if country is not None and cue == "in":
        cue = "country"
    hint = country or _trailing_country(text, span.end, country_by_name) or _unit_country(text, span)
    return PlaceMention(name, span, cue, hint)


# "the Kaduna–Abuja highway", "the Damascus—Sweida road": a road named by its ends joined by a dash (a house style of
# news in many voices) where others write a hyphen ("the Kaduna-Abuja highway"); a name's words stop at the dash, so
# the second end is taken in here and the pair written with the hyphen geo reads as a road's two ends
_DASHED_ROAD_END = re.compile(rf"[–—]{_NAME_WORD}(?: {_NAME_WORD})?(?=[ -](?i:{_ROAD_WORD})\b)")


def _with_dashed_road_end(text: str, span: Span) -> tuple[Span, str]:
    """The span with a road's second end after a dash, and the name it writes with a hyphen; else as it is."""
    if text[span.end:span.end + 1] not in ("–", "—"):  # speed only
        return span, span.text
    second = _DASHED_ROAD_END.match(text, span.end)
    if second is None:
        return span, span.text
    joined = Span(span.start, second.end(), text[span.start:second.end()])
    return joined, joined.text.replace("–", "-").replace("—", "-")


# "the Lake Chad basin", "the Gulf of Guinea": a lake or gulf named like a country is no mention of the country
# (training notes name Lake Chad 79 times, 73 of them coded in Nigeria). Geo reads water names as no places
# (``geo.resolve.mention_forms``); extraction keeps them as mentions, which group the sentences of an event.
WATER_BEFORE = re.compile(r"(?:\bLake|\b(?i:gulf|bay|sea|straits?) of(?: the)?) $")
WATER_LOOKBACK = 16  # characters before a name: "Straits of the " is the longest water word before a name


def _going_to(text: str, span: Span) -> bool:
    before = text[max(0, span.start - DESTINATION_LOOKBACK):span.start]
    # Speed only: every match of _GOING_TO_BEFORE holds " to " and of _ADVANCE_ON_BEFORE " on " (lower case there).
    return bool(" to " in before and _GOING_TO_BEFORE.search(before)
                or " on " in before and _ADVANCE_ON_BEFORE.search(before))


def _is_destination(text: str, span: Span) -> bool:
    """Where people were taken, an end of the route they travelled ("a train from Abuja to Kaduna"), or where
    talks were held."""
    before = text[max(0, span.start - DESTINATION_LOOKBACK):span.start]
    # Speed only: " to " and " from " are written in lower case in these patterns, and every match holds one.
    if " to " in before and (_DESTINATION_BEFORE.search(before) or _ROUTE_END_BEFORE.search(before)):
        return True
    if may_hold_any(before, _TALKS_IN_NEEDS) and _TALKS_IN_BEFORE.search(before):
        return True
    return " from " in before and bool(_FROM_BEFORE.search(before) and _ROUTE_START_AFTER.match(text, span.end))


# "an umbrella of Iran-aligned militias", "in Houthi-held Hodeidah": a participle after a name's hyphen says who
# backs a group or holds a place; that word is no place, and a place named after it is named alone.
_AFFILIATED_PREFIX = re.compile(
    r"^[\w'’]+-(?:held|controlled|occupied|backed|aligned|allied|linked|led|based|affiliated|supported|sponsored|"
    r"funded|run|dominated|administered|annexed|besieged|inspired|owned|friendly|born|made)(?:\s+|$)")


def _clean_span(text: str, start: int, end: int) -> Span | None:
    name = text[start:end]
    affiliated = _AFFILIATED_PREFIX.match(name) if "-" in name else None
    if affiliated:
        start += affiliated.end()
        name = text[start:end]
    compass = _COMPASS_PREFIX.match(name) if may_hold_any(name, _COMPASS_PREFIX_NEEDS) else None
    if compass:
        start += compass.end()
    while end > start and text[end - 1] in ".'’-":
        end -= 1
    name = text[start:end]
    if text.startswith(("’s", "'s"), end - 2):
        end -= 2
    words = text[start:end].split()
    while words and words[0].lower() in _NOT_PLACES:
        start += len(words[0]) + 1
        words = words[1:]
    if not words:
        return None
    return Span(start, end, text[start:end])


# A capitalised direction word right before a name ("South| Sudan"): the patterns and ``_clean_span`` drop it
_COMPASS_BEFORE = re.compile(r"\b(?:North|South|East|West|Central|Upper|Lower)(?:ern)? $")
COMPASS_LOOKBACK = 10  # characters: "Southern " is the longest direction word with its space


def _with_compass_of_country(text: str, span: Span, country_by_name: CountryLookup | None) -> Span:
    """"South Sudan", "Western Sahara", "Central African Republic", "the West Bank": a direction word that was
    taken off is part of a country's name (else "Sudan" was read: a story on Nasir went to Sudan)."""
    before = _COMPASS_BEFORE.search(text, max(0, span.start - COMPASS_LOOKBACK), span.start)
    if before is None or country_by_name is None:
        return span
    whole = text[before.start():span.end]
    if country_by_name(whole) is None:
        return span
    return Span(before.start(), span.end, whole)


def _excluded(text: str, span: Span, exclude: Sequence[Span]) -> bool:
    words = [w.lower().strip(".,") for w in span.text.split()]
    if not words or any(w in _ORG_WORDS for w in words) or len(words) > 5:
        return True
    if len(words) == 1 and (words[0] in _NOT_PLACES or words[0] in _MONTH_ABBREVIATIONS):
        return True
    if _TITLES.search(text[max(0, span.start - 20):span.start]):
        return True
    if text[span.end:span.end + 2] in ("’s", "'s") and _is_person_like(span.text):
        return True
    return any(s.start < span.end and span.start < s.end for s in exclude)


# "Peshawar's Police Lines", "Kabul's Police District 13": a city's possessive before a part of it named like an office
_OWNER_OF_PART = re.compile(r"^(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s (?=[A-Z])")


def _city_owning_a_named_part(span: Span, country_by_name: CountryLookup | None) -> Span | None:
    """The city of "<city>'s <part>" when the part's name is an office's or a force's, not a place; a country's
    possessive ("Yemen's ...") names no city."""
    owner = _OWNER_OF_PART.match(span.text) if "s " in span.text else None
    if owner is None or _country_of(owner.group("owner"), country_by_name) is not None:
        return None
    return Span(span.start, span.start + owner.end("owner"), owner.group("owner"))


def _is_person_like(name: str) -> bool:
    return len(name.split()) >= 2


def _country_of(name: str, country_by_name: CountryLookup | None) -> str | None:
    if country_by_name is None:
        return None
    country = country_by_name(name)
    if country is None or name.lower() == getattr(country, "iso2", "").lower():
        return None
    if name.strip().lower() in {d.lower() for d in getattr(country, "demonyms", ())}:
        return None
    return getattr(country, "name", None)


_TRAILING_UNIT = re.compile(rf"\s+(?i:{_UNIT})$")


def _strip_unit(span: Span, cue: str) -> tuple[Span, str]:
    """'Plateau State', 'Idlib Province': the name without its unit word, introduced as a region."""
    unit = _TRAILING_UNIT.search(span.text)
    if unit is None or unit.start() == 0:
        return span, cue
    return Span(span.start, span.start + unit.start(), span.text[:unit.start()]), "region"


def _is_demonym(name: str, country_by_name: CountryLookup | None) -> bool:
    country = country_by_name(name) if country_by_name else None
    return country is not None and name.lower() in {d.lower() for d in getattr(country, "demonyms", ())}


# "Kidal, Mali", "Aitou, northern Lebanon": a lower-case direction word may stand before the country
_TRAILING_NAME = re.compile(rf"\s*[,(]\s*(?:(?:{_DIRECTION}|central) )?({_NAME})")


def _trailing_country(text: str, end: int, country_by_name: CountryLookup | None) -> str | None:
    """'Kidal, Mali' or 'Kidal (Mali)': a country written right after the name."""
    match = _TRAILING_NAME.match(text[end:end + 60])
    if not match:
        return None
    return _country_of(match.group(1), country_by_name)


# Unit words only one country uses: "Guma LGA", "Guma local government area" are Nigeria's (training notes with
# "LGA" or "local government area": Nigeria 5,930, Benin 2, Ghana 1), even in a story that names no country.
_UNIT_OF_ONE_COUNTRY = re.compile(r"(?: LGAs?\b| (?i:local government areas?)\b)")
_COUNTRY_OF_UNIT = "Nigeria"


def _unit_country(text: str, span: Span) -> str | None:
    """The one country whose unit word ends the name or follows it ("Guma LGA", "Guma local government area")."""
    written_with_unit = _UNIT_OF_ONE_COUNTRY.search(span.text) or _UNIT_OF_ONE_COUNTRY.match(text, span.end)
    return _COUNTRY_OF_UNIT if written_with_unit else None


def _overlaps_any(span: Span, found: dict[tuple[int, int], PlaceMention]) -> bool:
    return any(s < span.end and span.start < e for s, e in found)


def rank_places(mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """Most trustworthy first: by cue, then by order of appearance; one mention per name."""
    seen: set[str] = set()
    ranked = []
    for mention in sorted(mentions, key=lambda m: (CUE_RANK.get(m.cue, 9), m.span.start)):
        if mention.name.lower() not in seen:
            seen.add(mention.name.lower())
            ranked.append(mention)
    return ranked


def demonym_countries(text: str, start: int, end: int, country_by_name: CountryLookup | None) -> list[tuple[str, Span]]:
    """Countries named by a demonym or by name anywhere in the range ("Malian soldiers" → Mali)."""
    if country_by_name is None:
        return []
    found = []
    segment, position = text[start:end], 0
    while match := _TWO_NAME_WORDS.search(segment, position):
        position = match.end()
        candidates = _candidates(match.group())
        if len(candidates) == 3 and not any(country_by_name(c) for c in candidates[:2]):
            # "In South Sudan", "The Central African Republic": a pair that opens with a word of no country's name
            # is read again from its second word, which may open a two-word name of its own
            position = match.start() + match.group().index(" ") + 1
            continue
        for candidate in candidates:
            country = country_by_name(candidate)
            if country is not None and not candidate.isupper():
                s = start + match.start() + match.group().index(candidate)
                if WATER_BEFORE.search(text, max(0, s - WATER_LOOKBACK), s):
                    break  # "the Lake Chad basin", "the Gulf of Guinea": the water, not the country
                if _FORCES_AFTER.match(text, s + len(candidate)):
                    break  # "French troops" may fight anywhere: a force's nationality is not a place
                if _is_people_abroad(candidate, getattr(country, "name"), text):
                    break  # "Turkmen demonstrators in Tal Afar": Iraq's Turkmen, not Turkmenistan
                found.append((getattr(country, "name"), Span(s, s + len(candidate), candidate)))
                break
    return found


_TWO_NAME_WORDS = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD})?")


def _is_people_abroad(word: str, country_name: str, text: str) -> bool:
    """"Turkmen" names Turkmenistan only in a text that names it too (``countries.PEOPLES_ABROAD``)."""
    return names_a_people_abroad(word) and country_name.lower() not in text.lower()


# "French troops", and the weapons and strikes of a state ("an Israeli strike on a school in Nuseirat", "Russian
# shelling of Kharkiv"): they say who fired, not where.
_FORCES_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]+\s+)?(?:forces|troops|soldiers?|army|military|jets?|warplanes?|drones?|navy|air ?force|"
    r"special forces|peacekeepers?|contingent|mercenaries|fighters?|commandos?|paratroopers?|gunships?|"
    # a force fighting beside another abroad: "their Russian allies", "Russian instructors", "Rwandan partners"
    r"allies|instructors?|advis[eo]rs?|paramilitar(?:y|ies)|contractors?|personnel|aircraft|helicopters?|warships?|"
    r"(?:air|drone|missile) ?strikes?|strikes?|air ?raids?|shelling|bombardments?|missiles?|artillery)\b",
    re.IGNORECASE,
)


_POSSESSIVE = re.compile(r"['’]s$")


def _without_possessive(word: str) -> str:
    """``_POSSESSIVE.sub("", word)`` for a word without whitespace, by string tests (speed only)."""
    return word[:-2] if word.endswith(_POSSESSIVE_ENDINGS) else word


_POSSESSIVE_ENDINGS = ("'s", "’s")


def _candidates(words: str) -> list[str]:
    """The words, then each word, without a possessive ending ("Mali's government" → "Mali")."""
    parts = [_without_possessive(part) for part in words.split()]
    whole = " ".join(parts)
    return [whole] + parts if len(parts) > 1 else [whole]
