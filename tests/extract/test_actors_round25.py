"""Round twenty-five of actor quality: a group's claim told in reported speech later in a long story ("said in a
message on its website that it had carried out the attack") and a group's own fighters referred to by a possessive ("In
January, its fighters seized the town"). Sentences written for these tests (modelled on real events; none taken from a
data set), with near-twins that must keep their reading."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.event_actors import _BACK_REFERENCE, _may_attribute
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article


def article(text: str) -> Article:
    published = datetime(2024, 3, 12, 9, tzinfo=timezone.utc)
    return Article(id="r25", title="t", text=text, published_at=published,
                   dateline=parse_dateline(text, published.date()))


def sides(text: str, kit: ExtractionKit) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in extract_events(article(text), kit)]


# ------------------------------------------------- a claim in reported speech, told later in the story
CLAIM_LATER = (
    "MOGADISHU, March 12 – The number of people killed when a minibus packed with explosives blew up at a "
    "checkpoint outside Baidoa on Sunday has risen to 17, a regional health official said on Tuesday.\n\n"
    "The vehicle was driven at the checkpoint in the morning, when the road was busy with traders and farmers "
    "bringing goods to the market. Soldiers and several civilians were among the dead, the official said. "
    "Al-Shabaab said in a message on one of its websites that it had carried out the attack.\n\n"
    "\"Four of the wounded died in hospital overnight,\" a nurse said by telephone from Baidoa.\n\n"
    "In Hiiraan region, government troops recaptured the village of Buq Aqable from al-Shabaab on Monday after "
    "heavy fighting, the defence ministry said."
)


def test_a_claim_in_reported_speech_later_in_the_story_names_the_bomber(kit):
    bombing = [s for s in sides(CLAIM_LATER, kit) if s[1] != "Al Shabaab"]
    assert bombing and bombing[0][0] == "Al Shabaab"


# (sentence, whether it may attribute an act to a group)
MAY_ATTRIBUTE = [
    ("Al-Shabaab said in a message on one of its websites that it had carried out the attack.", True),
    ("The rebels said they had carried out the raid on the barracks.", True),
    ("The group said it had planted the bomb.", True),
    # near twins: what was carried out is no attack's claim
    ("The army said it was carrying out an inquiry into the blast.", False),
    ("Officials said the repairs would be carried out next week.", False),
]


@pytest.mark.parametrize("sentence,expected", MAY_ATTRIBUTE)
def test_which_sentences_may_attribute_an_act(sentence, expected):
    assert _may_attribute(sentence) is expected


# ------------------------------------------------- a group's own fighters, by a possessive
ITS_FIGHTERS = (
    "GOMA, March 12 – The M23 armed group has tightened its hold on the hills above Sake, residents said on "
    "Tuesday.\n\nThe M23 was defeated in 2013 by the Congolese army and a UN brigade, after it briefly held Goma "
    "the year before. In January, its fighters seized the mining town of Rubaya."
)


def test_a_groups_own_fighters_are_the_group(kit):
    assert ("M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo") in sides(ITS_FIGHTERS, kit)


# (sentence, the words read as a back-reference, or None)
WORDS_REFERRED_BACK = [
    ("In January, its fighters seized the mining town.", "fighters"),
    ("Their fighters stormed the base at dawn.", "fighters"),
    ("As the column withdrew, fighters stopped a fisherman.", "fighters"),
    # near twins: fighters counted, or someone else's
    ("Two fighters were killed in the exchange.", None),
    ("The funerals of two fighters were held on Friday.", None),
    ("Hundreds of fighters gathered near the border.", None),
    ("Three gang members were shot dead.", "gang members"),
    ("Gangsters blocked the road to the north.", "Gangsters"),
    ("A gang leader spoke in a video.", None),
]


@pytest.mark.parametrize("sentence,expected", WORDS_REFERRED_BACK)
def test_which_words_refer_back(sentence, expected):
    match = _BACK_REFERENCE.search(sentence)
    assert (match.group() if match else None) == expected


# ------------------------------------------------- a named gang told again by its trade
GANG_TOLD_AGAIN = (
    "PORT-AU-PRINCE, Haiti, March 12 – Gunmen from the Viv Ansanm alliance stormed the town of Cabaret before dawn "
    "on Sunday, burning houses and killing at least 12 residents, the mayor said.\n\n"
    "On Monday, police and soldiers launched an operation to retake the town and shot dead three gang members in a "
    "shootout near the market, the national police said."
)
# near twin: no gang named in the story, so the gang members stay unnamed
GANG_UNNAMED = (
    "PORT-AU-PRINCE, Haiti, March 12 – Police shot dead three gang members in a shootout near the market of "
    "Cabaret on Monday, the national police said."
)


def test_gang_members_are_the_gang_the_story_named(kit):
    assert ("Police Forces of Haiti", "Viv Ansanm") in sides(GANG_TOLD_AGAIN, kit)


def test_gang_members_of_no_named_gang_stay_unnamed(kit):
    assert ("Police Forces of Haiti", "Unidentified Gang (Haiti)") in sides(GANG_UNNAMED, kit)
