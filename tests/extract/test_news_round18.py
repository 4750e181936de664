"""Kinds of error found on the long-news sets in round eighteen (news-dev14's dev part), each held by a variation
table written for these tests (the kind in wordings as different as we could make them), with near twins that must
keep their reading:

- a claim told with its own day and channel ("claimed the attack through its news agency on Tuesday", "In a note
  found near the site on Tuesday, the group said its fighters had carried out the attack"): the day is the claim's,
  not a second act's;
- "Since January, armed groups have carried out more than 120 attacks in the region, the governor told officials
  last month": a sentence opening on a running span counts many acts, whatever day it tells;
- "families buried their dead on Wednesday": the victims named again at their burial are no killing;
- a lead listing several towns, then a paragraph per town ("In Kumbi, ... In Sadu Yengkhuman, ..."): once the event
  has a paragraph opening on one town, a report of violence opening on another town is that town's act;
- "the peace deal signed in Pretoria in November" in a story of later fighting: an agreement dated only to a month,
  or weeks before the story's latest event, is background (as a change to a group's activity already was);
- "Hundreds of parents gathered outside the school on Sunday to mourn": a crowd that gathers to grieve or pray, with no
  demand, march or clash told, is no protest;
- "Seven peacekeepers have now been killed since the rebels launched their offensive on 19 December": a count running
  since a campaign's launch is a tally.
"""

from __future__ import annotations

from datetime import date

import pytest

from wire_stories import dated_tolls, story_events

PUBLISHED = "2024-05-16T12:00:00+00:00"  # a Thursday
SUNDAY, MONDAY, TUESDAY, WEDNESDAY = date(2024, 5, 12), date(2024, 5, 13), date(2024, 5, 14), date(2024, 5, 15)


# ------------------------------------------------------------- a claim's own day

RAID = ("PEMBA, Mozambique – Insurgents attacked an army post near the village of Mbau on Monday night, killing four "
        "soldiers, a military source said.\n\n")
CLAIMS_WITH_A_DAY = [
    "The Islamic State group claimed the attack through its Amaq news agency on Tuesday and said its men had killed "
    "several soldiers.",
    "The militants claimed the raid on their Telegram channels on Wednesday, saying their fighters had killed many "
    "troops.",
    "In a note left near the post on Tuesday, the rebels' regional committee said its fighters had carried out the "
    "attack to avenge their comrades.",
    "In a handwritten letter found in the village on Wednesday, the group said it had carried out the attack.",
]


@pytest.mark.parametrize("claim", CLAIMS_WITH_A_DAY)
def test_a_claims_day_is_no_second_act(claim, kit):
    assert dated_tolls(RAID + claim, kit, PUBLISHED) == [(MONDAY, 4)]


# twins: an act told with its own day after the raid stays an event of that day
ACTS_AFTER_THE_RAID = [
    ("On Tuesday, insurgents attacked a truck on the road to Mocimboa da Praia, killing two drivers, police said.",
     (TUESDAY, 2)),
    ("Soldiers killed six insurgents in a clash near Chai on Wednesday, the defence ministry said.", (WEDNESDAY, 6)),
]


@pytest.mark.parametrize(("sentence", "toll"), ACTS_AFTER_THE_RAID)
def test_an_act_of_another_day_stays_its_own(sentence, toll, kit):
    assert sorted(dated_tolls(RAID + sentence, kit, PUBLISHED)) == [(MONDAY, 4), toll]


# ------------------------------------------------------------- a tally over a running span

TALLIES = [
    "Since January, armed groups have carried out more than 120 attacks in the province, its governor told "
    "reporters last month, and thousands of people have fled.",
    "Since the start of the year, jihadists have staged 45 raids on villages in the district, a local official "
    "said on Tuesday.",
    "Since March, gunmen have carried out at least 30 kidnappings on the highway, police said last week.",
]


@pytest.mark.parametrize("tally", TALLIES)
def test_a_tally_since_a_month_is_no_event(tally, kit):
    assert dated_tolls(RAID + tally, kit, PUBLISHED) == [(MONDAY, 4)]


# twins: one act told in a sentence that opens on "since" stays an event; a day's counted strikes stay one event
def test_one_act_after_a_since_phrase_stays_an_event(kit):
    body = RAID + "Since Sunday, troops have searched the forest, and on Tuesday they killed three insurgents near Chai."
    assert (TUESDAY, 3) in dated_tolls(body, kit, PUBLISHED)


def test_counted_strikes_of_one_day_stay_an_event(kit):
    body = ("SANAA, Yemen – Coalition aircraft carried out 13 strikes on rebel positions south of Marib on Monday, "
            "killing 20 fighters, the coalition said.")
    assert dated_tolls(body, kit, PUBLISHED) == [(MONDAY, 20)]


# ------------------------------------------------------------- the dead named again at their burial

SHELLING = ("MOGADISHU, Somalia – Mortar shells landed on homes near the airport on Tuesday evening, killing three "
            "civilians, police said.\n\n")
BURIALS = [
    "In Hodan, families buried their dead on Wednesday morning.",
    "Relatives mourned their dead at the cemetery in Hodan on Wednesday.",
]


@pytest.mark.parametrize("burial", BURIALS)
def test_burying_their_dead_is_no_killing(burial, kit):
    assert dated_tolls(SHELLING + burial, kit, PUBLISHED) == [(TUESDAY, 3)]


# twin: "dead" that reports a killing of its own stays one
def test_dead_of_another_act_stays_an_event(kit):
    body = SHELLING + "In Hodan, two soldiers were left dead on Wednesday after gunmen ambushed their patrol."
    assert sorted(dated_tolls(body, kit, PUBLISHED)) == [(TUESDAY, 3), (WEDNESDAY, 2)]


# ------------------------------------------------------------- towns listed in the lead, then told in turn

LISTED_TOWNS = ("BAMENDA, Cameroon – Separatist fighters attacked Bali, Batibo and Bafut on Sunday night, killing "
                "three soldiers, officials said.\n\n")
TOLD_IN_TURN = [
    ("In Bali, fighters fired on an army post for an hour, killing two soldiers.\n\n"
     "In Batibo, gunmen ambushed a patrol on the main road, killing one soldier.\n\n"
     "In Bafut, attackers threw a bomb at a police checkpoint, wounding two officers."),
    ("In Bali, gunmen stormed the gendarmerie and killed two gendarmes.\n\n"
     "In Batibo, a home-made bomb exploded under an army truck, killing one soldier."),
]


@pytest.mark.parametrize("paragraphs", TOLD_IN_TURN)
def test_towns_of_the_lead_told_in_turn_are_acts_of_their_own(paragraphs, kit):
    places = [e.place.location if e.place else None for e in story_events(LISTED_TOWNS + paragraphs, kit, PUBLISHED)]
    towns = paragraphs.count("\n\nIn ") + 1
    assert len(places) == towns


# twins: the same town told again, or a second paragraph that opens on no town, stays the lead's act
RETOLD_IN_ONE_TOWN = [
    "In Bali, fighters fired on an army post for an hour.\n\nIn Bali, residents said the shooting lasted all night.",
    "In Bali, fighters fired on an army post for an hour.\n\nThe attackers fled into the hills before dawn.",
]


@pytest.mark.parametrize("paragraphs", RETOLD_IN_ONE_TOWN)
def test_one_town_told_twice_stays_one_act(paragraphs, kit):
    assert len(story_events(LISTED_TOWNS + paragraphs, kit, PUBLISHED)) == 1


# ------------------------------------------------------------- an agreement of months before

FIGHTING = ("ADDIS ABABA, Ethiopia – Militia fighters clashed with soldiers near the town of Kobo on Monday, killing "
            "nine people, residents said.\n\n")
OLD_AGREEMENTS = [
    "The federal government and the Tigrayan leaders signed a peace agreement in Pretoria in November, ending two "
    "years of war.",
    "In March, the army and the militia agreed a ceasefire in Bahir Dar that collapsed within weeks.",
]


@pytest.mark.parametrize("agreement", OLD_AGREEMENTS)
def test_an_agreement_of_a_month_before_is_background(agreement, kit):
    subs = [e.sub_event_type for e in story_events(FIGHTING + agreement, kit, PUBLISHED)]
    assert "Agreement" not in subs and "Armed clash" in subs


# twin: an agreement of the story's own days stays an event
def test_an_agreement_of_the_week_stays_an_event(kit):
    body = FIGHTING + "On Wednesday, the army and the militia signed a ceasefire agreement in Bahir Dar, officials said."
    subs = [e.sub_event_type for e in story_events(body, kit, PUBLISHED)]
    assert "Agreement" in subs


# ------------------------------------------------------------- a crowd in mourning

SCHOOL_ATTACK = ("BUEA, Cameroon – Gunmen stormed a school in the town of Kumba on Saturday, killing six pupils, "
                 "officials said.\n\n")
MOURNING = [
    "Hundreds of parents and neighbours gathered outside the school on Sunday to mourn.",
    "Relatives turned out at the cemetery on Monday to bury the pupils.",
    "Residents came together at the cathedral on Monday to pray for the victims.",
]


@pytest.mark.parametrize("gathering", MOURNING)
def test_a_crowd_in_mourning_is_no_protest(gathering, kit):
    subs = [e.sub_event_type for e in story_events(SCHOOL_ATTACK + gathering, kit, PUBLISHED)]
    assert subs == ["Attack"]


# twins: a crowd that mourns and demands, or marches in anger, is a protest
PROTESTS_OF_MOURNERS = [
    "On Sunday, hundreds of parents gathered outside the school to mourn and demanded that the army protect the town.",
    "On Monday, thousands of people marched through Kumba to protest against the killings.",
]


@pytest.mark.parametrize("gathering", PROTESTS_OF_MOURNERS)
def test_a_crowd_that_demands_stays_a_protest(gathering, kit):
    subs = [e.sub_event_type for e in story_events(SCHOOL_ATTACK + gathering, kit, PUBLISHED)]
    assert any(s and "protest" in s.lower() for s in subs)


# ------------------------------------------------------------- a count since a campaign's launch

CLASH = ("BANGUI – Rebels attacked United Nations peacekeepers near the town of Grimari on Monday, killing one of "
         "them, the mission said.\n\n")
RUNNING_SINCE_A_LAUNCH = [
    "Seven peacekeepers have now been killed since the rebels launched their offensive on 19 December, ahead of the "
    "elections of 27 December.",
    "More than 40 soldiers have died since the militants launched their campaign on 2 April, before the vote of 28 "
    "April.",
]


@pytest.mark.parametrize("tally", RUNNING_SINCE_A_LAUNCH)
def test_a_count_since_a_campaigns_launch_is_a_tally(tally, kit):
    assert dated_tolls(CLASH + tally, kit, PUBLISHED) == [(MONDAY, 1)]
