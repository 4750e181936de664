"""One ACLED-style sentence about an event, written by eventwire from the coded fields (never copied).

"On 1 November 2019, Islamic State (Greater Sahara) attacked Military Forces of Mali in Indelimane (Mali),
killing 49 people."
"""

from __future__ import annotations

from eventwire.extract.record_copies import replace
from eventwire.records import EventDraft

_UNKNOWN_ACTOR = "unidentified actors"

# sub_event_type → sentence pattern; {a1}/{a2} are the actors (a2 may be empty).
_PATTERNS = {
    "Government regains territory": "{a1} regained control of the area{against}",
    "Non-state actor overtakes territory": "{a1} took control of the area{against}",
    "Armed clash": "{a1} clashed with {a2}",
    "Excessive force against protesters": "{a2} used lethal or serious force against {a1}",
    "Protest with intervention": "{a1} protested and were dispersed or arrested by {a2}",
    "Peaceful protest": "{a1} held a peaceful protest",
    "Violent demonstration": "{a1} rioted{against}",
    "Mob violence": "a mob ({a1}) attacked {a2}",
    "Chemical weapon": "{a1} used a chemical weapon{against}",
    "Air/drone strike": "{a1} carried out an air or drone strike{against}",
    "Suicide bomb": "{a1} carried out a suicide bombing{against}",
    "Shelling/artillery/missile attack": "{a1} shelled{against_bare}",
    "Remote explosive/landmine/IED": "{a1} detonated an explosive device{against}",
    "Grenade": "{a1} threw a grenade{against}",
    "Sexual violence": "{a1} committed sexual violence against {a2}",
    "Attack": "{a1} attacked {a2}",
    "Abduction/forced disappearance": "{a1} abducted {a2}",
    "Arrests": "{a1} arrested {a2}",
    "Looting/property destruction": "{a1} looted or destroyed property{against}",
    "Agreement": "{a1} reached an agreement with {a2}",
}


def write_notes(draft: EventDraft) -> str:
    """The notes sentence for ``draft``: when, who did what to whom, where, and the toll.

    The draft's ``tactic`` (the trigger tactic that decided the type) lets an armed clash read "attacked" when
    one side assaulted the other rather than both exchanging fire."""
    what = _what(draft)
    if draft.tactic == "attack" and draft.sub_event_type == "Armed clash" and draft.actor2:
        what = f"{draft.actor1 or _UNKNOWN_ACTOR} attacked {draft.actor2}"
    sentence = f"{_when(draft)}, {what}{_where(draft)}{_toll(draft)}."
    return sentence[0].upper() + sentence[1:]


def located_notes(draft: EventDraft) -> EventDraft:
    """``draft`` with its notes written again once the geo stage has placed it and its generic actors took that
    country: extraction wrote them with the country it guessed (a Bangkok dateline on a Myanmar air strike)."""
    if not draft.notes:
        return draft  # notes were switched off
    notes = write_notes(draft)
    return draft if notes == draft.notes else replace(draft, notes=notes)


def _when(draft: EventDraft) -> str:
    day = draft.event_date
    if day is None:
        return "On an unknown date"
    written = f"{day.day} {day.strftime('%B')} {day.year}"
    if draft.time_precision == 3:
        return f"In {day.strftime('%B')} {day.year}"
    if draft.time_precision == 2:
        return f"On or around {written}"
    return f"On {written}"


def _what(draft: EventDraft) -> str:
    a1 = draft.actor1 or _UNKNOWN_ACTOR
    a2 = draft.actor2 or ""
    pattern = _PATTERNS.get(draft.sub_event_type or "", "{a1} were involved in an event ({kind}){against}")
    if "{a2}" in pattern and not a2:
        a2 = "unidentified people" if "{a1}" in pattern else ""
    return pattern.format(
        a1=a1,
        a2=a2,
        against=f" against {a2}" if a2 else "",
        against_bare=f" {a2}" if a2 else "",
        kind=(draft.sub_event_type or draft.event_type or "unspecified").lower(),
    )


_CUE_WORDS = {"near": "near {name}", "region": "in the {name} area", "border": "near the border with {name}"}


def _where(draft: EventDraft) -> str:
    place = draft.place
    name = (place.location or place.admin1) if place else None
    named = [m for m in draft.place_mentions if m.cue != "dateline"]  # the dateline city is not the event's place
    told = next((m for m in named if name is None or m.name.casefold() == name.casefold()), None)
    if told is not None:
        name = told.name
    cue = told.cue if told is not None else None
    phrase = _CUE_WORDS.get(cue or "", "in {name}").format(name=name) if name else None
    country = (place.country if place else None) or draft.country_hint
    if phrase and country and name != country:
        return f" {phrase} ({country})"
    if phrase or country:
        return f" {phrase or 'in ' + country}"  # type: ignore[operator]
    return ""


def _toll(draft: EventDraft) -> str:
    killed = draft.fatalities.fatalities
    if not killed:
        return ""
    return f", killing {killed} {'person' if killed == 1 else 'people'}"
