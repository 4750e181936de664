"""Compositional non-events: an event-like action inside a frame that makes it not (yet) an event.

A threat, a plan, a denial, a trial, a commemoration or a piece of background history may name the very
same action as a real report ("attack Djibo", "killed 12 villagers"). Crossing frames with actions
teaches the detector that the frame, not the action words, decides. Written for eventwire.
"""

from __future__ import annotations

FUTURE_ACTIONS = [
    "attack {town}", "launch an offensive against {group} in {region}", "retake {town} before the rainy season",
    "bomb the positions of {group}", "hold mass protests in {capital}", "kidnap foreigners working in {region}",
    "stage a nationwide strike", "storm the prison in {town}", "target schools that teach in French",
    "shell {town} if civilians do not leave", "send more troops to {town}", "hit back hard against {group}",
    "blockade the road between {town} and {town2}", "disarm the militias in {region}",
]
PAST_ACTIONS = [
    "killed civilians in {town}", "attacked a military base near {town}", "shelled residential areas of {town}",
    "abducted students in {town}", "burned villages around {town}", "fired on protesters in {capital}",
    "carried out an air strike on a market in {town}", "executed prisoners near {town}",
    "planted explosives on the road to {town}", "raped women in a camp near {town}",
    "looted aid warehouses in {town}", "captured {town}",
]
EVENT_NOUNS = [
    "attack on {town}", "massacre in {town}", "bombing of the market in {town}", "ambush near {town}",
    "kidnapping of schoolgirls in {town}", "killing of {num} villagers in {town}", "siege of {town}",
    "suicide attack in {capital}", "air strike on {town}", "crackdown on protesters in {capital}",
]
ACTORS = ["{group}", "the army", "the defence minister", "a spokesman for {group}", "the police chief",
          "the interior ministry", "the junta", "the rebel leader", "the government", "local militia leaders"]
OFFICIALS = ["The president", "The UN envoy", "The African Union", "The foreign ministry", "The bishop of {town}",
             "Human rights groups", "The opposition", "The European Union", "The governor of {region}", "Amnesty International"]

FRAMES = [
    # threats and warnings
    "{actor} threatened to {future}.",
    "{actor} warned that it would {future} unless its demands were met.",
    "In an audio message, {actor} vowed to {future}.",
    "{actor} said it was ready to {future}, {attrib}.",
    # plans and expectations
    "{actor} plans to {future} next month, {attrib}.",
    "{actor} is expected to {future} in the coming weeks.",
    "Officials said {actor} would {future} if talks failed.",
    "{actor} announced that it will {future} after the elections.",
    # denials and rejected claims
    "{actor} denied that its men had {past}.",
    "{actor} rejected accusations that it had {past}, calling them baseless.",
    "Claims on social media that {group} {past} were false, {attrib}.",
    "{actor} dismissed reports that soldiers {past}.",
    # statements and reactions
    "{official} condemned the {noun} and called for an investigation.",
    "{official} expressed concern after reports that armed men {past}.",
    "{official} urged restraint following the {noun}.",
    "{official} called on the authorities to bring to justice those who {past}.",
    # justice
    "A court in {capital} sentenced {num2} men to prison for the {noun}.",
    "The trial of those accused over the {noun} was adjourned until next month.",
    "Prosecutors charged {num2} suspects over the {noun}, {attrib}.",
    "A military tribunal acquitted the officers accused of the {noun}.",
    # memory and history
    "Survivors gathered in {town} to mark five years since the {noun}.",
    "A memorial was unveiled to the victims of the {noun}.",
    "In {year}, {group} {past}, an episode that still shapes the conflict.",
    "Back in {year}, fighters {past}, and the region never fully recovered.",
    "The {noun} in {year} marked a turning point in the war, analysts say.",
    # uncertainty and hypotheticals
    "Residents fear that {group} could {future} once the troops leave.",
    "If the army withdraws, {group} may {future}, experts warn.",
    "There were no reports that anyone {past}, {attrib}.",
]
YEARS = ["2009", "2011", "2012", "2013", "2014", "2015"]
