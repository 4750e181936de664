"""A mention as the text writes it, before it is looked up: a coder's note puts it first ("coded as X at
geoprecision 2"), a direction word or a connector and the words after it may belong to the name ("North
Sinai", "Gaucha do Norte"), a country's possessive does not ("Yemen's Hodeidah")."""

from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from eventwire.countries import country_by_name
from eventwire.extract.places import WATER_BEFORE, WATER_LOOKBACK
from eventwire.geo.geocoder import EXACT, Geocoder
from eventwire.geo.resolve.settlements import _sentence_around
from eventwire.records import Article, EventDraft, PlaceMention, Span


# ACLED's coders say which place they filed an event under: "(coded as Gorom-Gorom at geoprecision 2)",
# "coded to Arbinda". ``extract.places`` finds the name; the words before it and the precision after it are here.
_CODER_NOTE_BEFORE = re.compile(r"(?i)\b(?:geo-?)?coded (?:as|to|at|under) (?:the )?(?:\w+ of )?$")
_CODER_NOTE_PRECISION = re.compile(r"(?i)^[^.;]{0,60}?\bgeo-?precision (?:code )?([123])\b")
_CUE_OF_PRECISION = {"1": "in", "2": "near", "3": "region"}


def _coder_note_first(mentions: Sequence[PlaceMention], article: Article | None) -> tuple[PlaceMention, ...]:
    """The place a coder's note names ("the village of Wendoloba … (coded as Kalbouli at geoprecision 2)")
    comes first, with the precision the note gives: it is the place the event is filed under, whatever
    other villages the report names."""
    if article is None:
        return tuple(mentions)
    noted = [_as_coder_note(m, article.text) for m in mentions]
    notes = [note for note in noted if note is not None]
    return tuple(notes + [m for m, note in zip(mentions, noted) if note is None])


def _as_coder_note(mention: PlaceMention, text: str) -> PlaceMention | None:
    """The mention with the note's precision as its cue, when a coder's note names it; else None."""
    if text[mention.span.start:mention.span.end] != mention.name:
        return None
    if not _CODER_NOTE_BEFORE.search(text[max(0, mention.span.start - 40):mention.span.start]):
        return None
    precision = _CODER_NOTE_PRECISION.match(text[mention.span.end:mention.span.end + 80])
    return dataclasses.replace(mention, cue=_CUE_OF_PRECISION[precision.group(1)]) if precision else mention


_COMPASS_BEFORE = re.compile(r"\b(North|South|East|West|Central|Upper|Lower)(?:ern)?[ -]$")


def _with_compass_word(mention: PlaceMention, article: Article | None, geocoder: Geocoder) -> PlaceMention:
    """"in North Sinai": extraction reads "Sinai" (a direction is usually not part of the name), but
    when the gazetteer knows the name with its direction word ("North Sinai", "South Kivu"), or a unit written with a
    unit word is named so in the admin code table ("West Gojjam zone", "North Wollo zone": no row of theirs, but
    their first-level unit), that is it."""
    if article is None or article.text[mention.span.start:mention.span.end] != mention.name:
        return mention
    before = _COMPASS_BEFORE.search(article.text[max(0, mention.span.start - 12):mention.span.start])
    if before is None:
        return mention
    whole = f"{before.group(0).strip().rstrip('-')} {mention.name}"
    if not _known_with_compass_word(whole, mention.cue, geocoder):
        return mention
    start = mention.span.start - len(before.group(0))
    return dataclasses.replace(mention, name=whole, span=Span(start, mention.span.end, article.text[start:mention.span.end]))


def _known_with_compass_word(whole: str, cue: str, geocoder: Geocoder) -> bool:
    if any(c.match == EXACT for c in geocoder.candidates(whole, None, limit=3)):
        return True
    return cue == "region" and bool(geocoder.unlisted_unit_candidates(whole, ()))


_OWNER_COUNTRY = re.compile(r"^(?P<owner>(?:[A-Z][^\s'’]*\s+){0,2}[^\s'’]+)['’]s\s+(?=\S)")  # "Burkina Faso's"


def _without_owner_country(mention: PlaceMention) -> PlaceMention:
    """"Yemen's Hodeidah" (province), "Mali's Mopti": the place without the country that owns it. The owner
    is no stronger a country hint than before: the story's other evidence decides the country."""
    owner = _OWNER_COUNTRY.match(mention.name)
    if owner is None or country_by_name(owner.group("owner")) is None:
        return mention
    start = mention.span.start + owner.end()
    name = mention.name[owner.end():]
    return dataclasses.replace(mention, name=name, span=Span(start, mention.span.end, name))


# A lowercase connector and one or two capitalised words after a name: "Gaucha| do Norte",
# "Sao Goncalo| do Amarante", "Cerro| de Pasco" (extraction often stops at the connector).
_NAME_TAIL = re.compile(r"^ (?:do|da|dos|das|de|del|de la|de los|du|des|di) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")


def _with_name_tail(mention: PlaceMention, article: Article | None, geocoder: Geocoder) -> PlaceMention:
    """"in Gaucha do Norte, Mato Grosso": extraction reads "Gaucha"; when the gazetteer knows the name with
    its connector and following words as written, that is the place (not a "Gaucha" elsewhere)."""
    if article is None or article.text[mention.span.start:mention.span.end] != mention.name:
        return mention
    tail = _NAME_TAIL.match(article.text[mention.span.end:mention.span.end + 40])
    if tail is None:
        return mention
    for whole in _longest_first(mention.name, tail.group(0)):
        if any(c.match == EXACT for c in geocoder.candidates(whole, None, limit=3)):
            end = mention.span.start + len(whole)
            return dataclasses.replace(mention, name=whole, span=Span(mention.span.start, end, article.text[mention.span.start:end]))
    return mention


def _longest_first(name: str, tail: str) -> list[str]:
    """``("Sao", " do Amarante Sul")`` → "Sao do Amarante Sul", "Sao do Amarante" (never the bare connector)."""
    words = tail.split()
    return [f"{name} {' '.join(words[:cut])}" for cut in range(len(words), 1, -1)]


# "armed youths from neighbouring Unity State raided ...", "herders from Tonj North pursued them": where the
# attackers came from, the other end of their journey, like a town the wounded were taken to. The noun comes
# right before "from" or a verb of coming ("gunmen coming from Fizi"): "militants withdrew from X" were in X.
_ORIGIN_BEFORE = re.compile(
    r"\b(?i:youths?|young men|fighters|militiamen|militias?|gunmen|herders|attackers|raiders|assailants|militants|"
    r"cattle keepers|vigilantes|clan|tribesmen)(?: (?i:coming|arriving|crossing|who came|who had come))? from "
    r"(?:(?i:the) )?(?i:neighbou?ring )?$"
    # "since jihadist violence spread south from the Sahel": where the violence came from, not where this act was
    r"|\b(?i:violence|insurgency|insurgents|jihadism|jihadists|unrest|conflict|fighting|attacks)"
    r" (?:(?i:has|have|had) )?(?i:spread|spreading|spilled over|spilling over|moved|pushed)(?: \w+)? from "
    r"(?:(?i:the) )?(?i:neighbou?ring )?$"
)
ORIGIN_LOOKBACK = 60  # characters before a name searched for "<people> from"; as extraction's DESTINATION_LOOKBACK
# Protesters and demonstrators "from X" usually march in X ("youths from Onne community took to the streets");
# a mob "from X" raids elsewhere
_GATHERINGS = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                         "Violent demonstration"})


def _as_origin(mention: PlaceMention, article: Article | None, sub_event_type: str | None) -> PlaceMention:
    """A place the attackers came from ("youths from Tonj North") takes the weakest town cue, ``destination``:
    it places the event only when none of the event's other places resolves. A country so written stays one."""
    if article is None or mention.cue not in ("in", "near", "region") or sub_event_type in _GATHERINGS:
        return mention
    if article.text[mention.span.start:mention.span.end] != mention.name:
        return mention
    before = article.text[max(0, mention.span.start - ORIGIN_LOOKBACK):mention.span.start]
    return dataclasses.replace(mention, cue="destination") if _ORIGIN_BEFORE.search(before) else mention


# "the government said in Niamey", "a local official said by telephone from Douentza", "told reporters in
# Maiduguri", "officials in Kabul said": where someone spoke from (not the passive "clashes were reported/confirmed in Beni": the event's), not where the event was (long stories name the
# capital, a bureau or a regional seat so). Like an attackers' origin, such a town only places an event none of whose
# other places resolves. Towns only: "a police officer in Diyala province said" writes the event's province.
_SPOKE_FROM_BEFORE = re.compile(
    r"\b(?:said|says|told (?:reporters|journalists|[A-Z][\w.]*)|spoke|speaking)"
    r"(?: (?:by (?:tele)?phone|on [A-Z]\w+|late on [A-Z]\w+|in a statement))? (?:in|from) "
    r"(?:(?i:the) )?(?:(?i:city|town|capital) of )?$"
    # "in a statement issued in Damascus", "a communiqué read on state television in Niamey", "at a news conference
    # in Goma": where a statement was made, like where its speaker spoke
    r"|\b(?:statement|communiqu[eé]|press release|(?:press|news) conference|televised address)"
    r"(?: (?:issued|read|released|published|broadcast|posted|aired|given|held))?"
    r"(?: on (?:state |national )?(?:television|TV|radio))?(?: (?:late )?on [A-Z]\w+)? (?:in|from) "
    r"(?:(?i:the) )?(?:(?i:city|town|capital) of )?$"
)
# "officials in Kabul said", "a spokesman in Bamako told ...": the speaker's seat before the verb
_SPEAKER_IN_BEFORE = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|authorities|ministry|government|governor'?s? office) in "
    r"(?:(?i:the) )?$"
    # "doctors at al-Hussein hospital said", "medics at the Nasser hospital told ...": where the wounded were treated
    r"|\b(?i:doctors|medics|nurses|(?:hospital |medical )?staff|a doctor|a nurse|a medic) (?:at|in) (?:(?i:the) )?$"
)
_SPEAKER_IN_AFTER = re.compile(
    r"^(?: (?i:hospitals?|clinic|medical cent(?:re|er)))?(?:,[^.,]{1,50},)? (?:said|say|says|told|confirmed|reported)\b")
# Speed only: every match of the patterns above holds one of these words before or after the name
_SPEAKER_WORDS = frozenset({"said", "says", "say", "told", "spoke", "speaking", "confirmed", "reported", "statement",
                            "communiqu", "release", "conference", "address"})
SPEAKER_LOOKBACK = 50  # characters before a name; "said by telephone late on Saturday from the city of" fits


def _as_speaker_place(mention: PlaceMention, article: Article | None, draft: EventDraft | None = None) -> PlaceMention:
    """A town written as where someone spoke from takes the weakest town cue, ``destination``, unless the act's own
    sentence or the headline names it too ("Toll from Beledweyne truck bomb rises ... a health official said by
    telephone from Beledweyne": extraction kept the speaker's occurrence of the act's town)."""
    if article is None or mention.cue != "in" or article.text[mention.span.start:mention.span.end] != mention.name:
        return mention
    text, start, end = article.text, mention.span.start, mention.span.end
    if _spoken_from(text, start, end) and not _named_by_the_act(mention, draft, text) and not _in_headline(mention, article):
        return dataclasses.replace(mention, cue="destination")
    return mention


def _in_headline(mention: PlaceMention, article: Article) -> bool:
    """Whether the headline, given apart from the body, names the mention ("Toll from Beledweyne truck bomb rises");
    a title that is only the text's first line (an article without a headline) is no headline."""
    title = article.title or ""
    if not title or article.text.startswith(title.rstrip("…")):
        return False
    return re.search(rf"\b{re.escape(mention.name)}\b", title) is not None


def _spoken_from(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is written as where someone spoke from."""
    before = text[max(0, start - SPEAKER_LOOKBACK):start]
    after = text[end:end + 60]
    if not _SPEAKER_WORDS.intersection(re.findall(r"[a-z]+", before + " " + after)):
        return False
    return bool(_SPOKE_FROM_BEFORE.search(before) or (_SPEAKER_IN_BEFORE.search(before) and _SPEAKER_IN_AFTER.match(after)))


def _named_by_the_act(mention: PlaceMention, draft: EventDraft | None, text: str) -> bool:
    """Whether the sentence that tells the act (its type's evidence) writes the mention's name elsewhere than
    where someone spoke from."""
    spans = draft.evidence.get("event_type") if draft is not None else None
    if not spans:
        return False
    start, end = _sentence_around(text, spans[0].start)
    return any(found.start() != mention.span.start and not _spoken_from(text, found.start(), found.end())
               for found in re.finditer(rf"\b{re.escape(mention.name)}\b", text[:end]) if found.start() >= start)


# "survivors arriving in Kaya on Sunday described ...", "the wounded arrived in Bunia": where the people of the event
# went after it, like "evacuated to". Only these subjects: "soldiers arrived in Tshimbulu" and "IDPs arrived in Pemba"
# are where ACLED codes a movement of forces or a displacement (training notes: 6 of 34 "arrived in" notes name such
# people; the two that name survivors' kin none).
_ARRIVED_BEFORE = re.compile(
    r"\b(?i:survivors|the wounded|wounded|injured|victims|bodies)(?: [\w,]+){0,3} "
    r"(?:arriving|arrived|arrive|arrives)(?: (?:on|late on) [A-Z]\w+)? (?:in|at) (?:(?i:the) )?(?:(?i:town|city) of )?$"
)


def _as_arrival_place(mention: PlaceMention, article: Article | None) -> PlaceMention:
    """A town the survivors or the wounded arrived in takes the weakest town cue, ``destination``."""
    if article is None or mention.cue != "in" or article.text[mention.span.start:mention.span.end] != mention.name:
        return mention
    before = article.text[max(0, mention.span.start - SPEAKER_LOOKBACK):mention.span.start]
    if "arriv" not in before or not _ARRIVED_BEFORE.search(before):  # the test on "arriv": speed only
        return mention
    return dataclasses.replace(mention, cue="destination")


# "militants struck Kiunga on Monday night", "a drone hit Qarnayel": a place written only as the object of the
# event's verb. Extraction does not read such objects (as "in" cues they moved event grouping, round seven); geo
# reads them for a draft that has no place of its own, before the dateline city.
_STRUCK_PLACE = re.compile(
    r"\b(?:struck|hit|targeted|attacked|raided|stormed|overran|overrun|shelled|bombed|besieged|ambushed|invaded|"
    r"torched|pounded|captured|seized|reached|entered) (?P<name>[A-Z][\w'’-]+(?:[ -](?:el-?|al-?)?[A-Z][\w'’-]+){0,2})"
)
_NOT_OBJECT_PLACES = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The",
})
_OWN_PLACE_CUES = frozenset({"in", "near", "region", "border", "destination"})


def _with_verb_object(mentions: Sequence[PlaceMention], draft: EventDraft, article: Article | None) -> tuple[PlaceMention, ...]:
    """The draft's mentions, after the place its type's sentence names as an attack's object ("struck Kiunga")
    when the draft has no place of its own (only the dateline or a country)."""
    if article is None or any(m.cue in _OWN_PLACE_CUES for m in mentions):
        return tuple(mentions)
    spans = draft.evidence.get("event_type") or draft.evidence.get("sub_event_type") or ()
    if not spans:
        return tuple(mentions)
    found = (_verb_object_in_sentence(article.text, spans[0].start, _actor_spans(draft))
             or _named_site_in_sentence(article.text, spans[0].start, _actor_spans(draft)))
    return (found, *mentions) if found else tuple(mentions)


# "drones struck the al-Tanf garrison", "a woman was shot inside al-Hol camp", "missiles hit the Kuweires military
# airport": a named base, crossing or camp a report may name alone, far from any town. Read here, for a draft with no
# place of its own, not in extraction: a new place there splits events (a base named in a sentence recalling last
# year's attack on it became an event of its own).
_NAMED_SITE = re.compile(
    r"\b(?i:the|inside|at|in|near|outside) "
    r"(?P<name>(?:(?i:al|el)-)?[A-Z][a-z'’][\w'’-]*(?:[ -](?:al-?|el-?|ash-?|ez-?)?[A-Z][a-z'’][\w'’-]*)?) "
    r"(?:(?i:military|air|army|naval|border|refugee|displacement) )?"
    r"(?i:base|air ?base|airbase|airfield|airstrip|garrison|crossing|checkpoint|outpost|camp|airport|prison)\b"
)


def _named_site_in_sentence(text: str, anchor: int, actor_spans: Sequence[Span]) -> PlaceMention | None:
    return _first_place_named(_NAMED_SITE, "near", text, anchor, actor_spans)


def _verb_object_in_sentence(text: str, anchor: int, actor_spans: Sequence[Span]) -> PlaceMention | None:
    return _first_place_named(_STRUCK_PLACE, "in", text, anchor, actor_spans)


def _first_place_named(pattern: re.Pattern[str], cue: str, text: str, anchor: int,
                       actor_spans: Sequence[Span]) -> PlaceMention | None:
    """The first ``name`` group ``pattern`` finds in the sentence around ``anchor`` that is neither a word the
    object readings skip, a country, nor inside an actor's name ("the Boko Haram camp" is the actor's, "troops
    attacked Al Shabaab" names the other side)."""
    start, end = _sentence_around(text, anchor)
    for match in pattern.finditer(text, start, end):
        name, name_start = match.group("name"), match.start("name")
        if name.split()[0] in _NOT_OBJECT_PLACES or country_by_name(name) is not None:
            continue
        if any(s.start < match.end("name") and name_start < s.end for s in actor_spans):
            continue
        return PlaceMention(name, Span(name_start, match.end("name"), name), cue)
    return None


def _actor_spans(draft: EventDraft) -> list[Span]:
    fields = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
    return [span for field in fields for span in draft.evidence.get(field, ())]


# Cues of a place the event's own sentence writes for the act: "between X and Y", "30 km south of X", "Balochistan's
# Turbat district" are weaker cues than "in", yet the act's own; a destination stays the weakest wherever it is
_OWN_SENTENCE_CUES = frozenset({"in", "near", "region", "border"})


def _own_sentence_first(mentions: Sequence[PlaceMention], draft: EventDraft,
                        article: Article | None) -> tuple[PlaceMention, ...]:
    """The places the event's later sentences write after those of the sentence that tells the act (its type's
    evidence) and of the sentences before it, whatever their cues: "fighters attacked a convoy between
    Anderamboukane and Menaka ... Malian troops were deployed in Gao" is not an event in Gao because "in" outranks
    "between"; nor is "gunmen killed a policeman in Balochistan's Turbat district ... the BLF said its fighters
    attacked a police station ... separatists have also attacked Chinese workers in Karachi" one in Karachi. Places
    written up to the act's sentence keep their rank among themselves ("the army liberated Kafr Naha in the Aleppo
    countryside ... it also secured the highway linking Damascus and Aleppo"), and the date's sentence is no anchor
    ("Tuesday night's assault raised questions about security around Abuja" recalls the act)."""
    act_end = _act_sentence_end(draft, article)
    if act_end is None or len(mentions) < 2 or not _written_by(mentions, act_end):
        return tuple(mentions)
    return tuple(sorted(mentions, key=lambda m: m.span.start >= act_end))  # stable: extraction's order otherwise


def _act_sentence_end(draft: EventDraft, article: Article | None) -> int | None:
    spans = draft.evidence.get("event_type") or ()
    return _sentence_around(article.text, spans[0].start)[1] if article is not None and spans else None


def _written_by(mentions: Sequence[PlaceMention], end: int) -> bool:
    """Whether a place of the event's own (an "in", "near", unit or border cue) is written before ``end``."""
    return any(m.cue in _OWN_SENTENCE_CUES and m.span.start < end for m in mentions)


# "in the Red Sea", "in the Gulf of Aden", "an island of Lake Chad": a sea, gulf or lake is no place of the state or
# the country named like it (Sudan's and Egypt's Red Sea states, Chad); the port or town written with it places the
# event. "Red Sea state" (a unit word after the name: cue "region") stays.
_WATER_NAME = re.compile(r"^(?:Lake|Gulf|Bay|Strait|Straits|Sea) |\b(?:Sea|Ocean|Gulf)$")


def _without_water(mentions: Sequence[PlaceMention], article: Article | None) -> tuple[PlaceMention, ...]:
    """The mentions that name no body of water (by name, or as the part after "Gulf of" or "Lake")."""
    return tuple(m for m in mentions if not _names_water(m, article))


def _names_water(mention: PlaceMention, article: Article | None) -> bool:
    if mention.cue != "region" and _WATER_NAME.search(mention.name) is not None:
        return True
    if article is None or not WATER_BEFORE.search(article.text, max(0, mention.span.start - WATER_LOOKBACK),
                                                  mention.span.start):
        return False
    return _only_written_as_water(mention.name, article.text)


def _only_written_as_water(name: str, text: str) -> bool:
    """Every time the text writes ``name`` it follows "Gulf of", "Lake" ...: "the Gulf of Aden" alone; a story that
    also writes "90 miles east of Aden" names the port (extraction keeps one mention per name)."""
    written = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return bool(written) and all(WATER_BEFORE.search(text, max(0, at - WATER_LOOKBACK), at) for at in written)
