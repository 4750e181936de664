"""Kinds of error found on the long-news sets in round seventeen (news-dev13's dev part), each held by a variation
table written for these tests (the kind in wordings as different as we could make them), with near twins that must
keep their reading:

- a paragraph of background that opens on history ("The insurgency began in 2009, when ...") goes on telling
  history: an undated act told later in it ("Militias killed thousands in reprisals on both sides") is no act of
  today's story, nor is a paragraph that opens "Since then," with no date of its own;
- "The Islamic State's Khorasan branch, a rival of the Taliban, claimed the attack": the branch is named so (an alias
  of Islamic State (Afghanistan)), and the group in the subject's aside is no claimant;
- "sentenced a gunman ... for his part in the 2019 killing of nine villagers": an act noun dated by an earlier year
  is history, even when the word is also a verb's gerund ("killing", "shooting");
- "believed the bombing might be a reprisal for a military raid on Friday ..., in which soldiers killed 11": the act
  named before "a reprisal for" is the story's act; the dated act after it is another act, of its own kind;
- a wave of attacks told district by district ("The deadliest attack was in the Musakhel district ... In the Kalat
  district, militants attacked a police station"): a report of violence opening on a district of its own, when the
  event has named another place, is another act, even with no dead of its own in its sentence;
- "said about 40 of the assailants had also been killed": the adverb inside a perfect passive still counts the dead.
"""

from __future__ import annotations

from datetime import date

import pytest

from wire_stories import dated_tolls, story_events

PUBLISHED = "2024-05-14T12:00:00+00:00"  # a Tuesday
SATURDAY, SUNDAY, MONDAY = date(2024, 5, 11), date(2024, 5, 12), date(2024, 5, 13)


# ------------------------------------------------------------- a background paragraph between today's paragraphs

TODAYS_RAID = ("MAIDUGURI, Nigeria – Gunmen killed 12 farmers in the village of Kawuri on Sunday, police said.\n\n"
               "The attackers arrived on motorcycles and opened fire in the market, residents said.\n\n")
HISTORY_PARAGRAPHS = [
    # an undated act later in a paragraph that opened on a past year
    "The insurgency began in 2009, when its founder died in custody. A regional force has fought the militants for "
    "a decade, and the army says it killed 300 of them.",
    "The conflict in the region started in 2013, when rebels seized the capital. Christian militias took up arms "
    "against them, and thousands of people were killed in reprisal attacks on both sides.",
    "The group swept across the north in 2014, seizing several towns. The battle for the provincial capital "
    "killed more than 300 people and left much of the city in ruins.",
]


@pytest.mark.parametrize("paragraph", HISTORY_PARAGRAPHS)
def test_an_undated_act_in_a_paragraph_of_history_is_background(paragraph, kit):
    body = TODAYS_RAID + paragraph + "\n\nThe governor condemned the killings on Monday."
    assert dated_tolls(body, kit, PUBLISHED) == [(SUNDAY, 12)]


# twins: an act of this year dated in the same paragraph, or an undated act in a paragraph that opened on today's
# news, keeps its reading
def test_a_dated_act_in_a_paragraph_of_history_stays_an_event(kit):
    body = TODAYS_RAID + ("The insurgency began in 2009, when the group's founder died in police custody. On "
                          "Saturday, gunmen killed four loggers near Konduga, officials said.")
    assert sorted(dated_tolls(body, kit, PUBLISHED)) == [(SATURDAY, 4), (SUNDAY, 12)]


def test_an_undated_act_after_todays_news_in_its_paragraph_stays_with_it(kit):
    body = ("MAIDUGURI, Nigeria – Gunmen attacked the village of Kawuri on Sunday, police said. They killed 12 "
            "farmers in the market and burned dozens of homes, residents said.")
    assert dated_tolls(body, kit, PUBLISHED) == [(SUNDAY, 12)]


# "Since then," opening a paragraph with no date of its own tells the years after the history, not a takeover today
PURSUIT = ("BANGUI – Soldiers pursued the rebels and caught up with them near the village of Ndim on Sunday, the army "
           "said. Twelve rebels were killed in the fighting there.\n\n")


def test_a_paragraph_opening_since_then_tells_no_act(kit):
    body = PURSUIT + ("Since then, the army has pushed the rebels out of most large towns, but the groups remain "
                      "active in the countryside.")
    assert [(e.event_date, e.sub_event_type) for e in story_events(body, kit, PUBLISHED)] == [(SUNDAY, "Armed clash")]


# ------------------------------------------------------------- the claimant past its aside

KHORASAN_CLAIMS = [
    "KABUL – A bomb killed a district chief in Jalalabad on Sunday, police said. The Islamic State's Khorasan branch, "
    "a rival of the Taliban, claimed the attack.",
    "KABUL – A bomb killed a district chief in Jalalabad on Sunday, police said. The Khorasan branch claimed the "
    "attack in a statement.",
]


@pytest.mark.parametrize("body", KHORASAN_CLAIMS)
def test_the_khorasan_branch_claims_past_its_aside(body, kit):
    assert [e.actor1 for e in story_events(body, kit, PUBLISHED)] == ["Islamic State (Afghanistan)"]


def test_the_subject_claims_past_an_aside_naming_another_group(kit):
    body = ("MOGADISHU – A car bomb killed six soldiers at a checkpoint in Afgoye on Sunday, police said. Al Shabaab, "
            "a rival of the Islamic State group, claimed the bombing.")
    assert [e.actor1 for e in story_events(body, kit, PUBLISHED)] == ["Al Shabaab"]


# ------------------------------------------------------------- an act noun dated by an earlier year

VERDICTS = [
    "MEXICO CITY – A court on Monday sentenced a gunman to 30 years in prison for his part in the 2019 killing of "
    "nine villagers near Bavispe, prosecutors said.",
    "ABUJA – A judge on Monday jailed two soldiers for life over the 2020 shooting of 12 protesters at a toll gate "
    "in Lekki.",
]


@pytest.mark.parametrize("body", VERDICTS)
def test_a_verdict_on_an_act_of_an_earlier_year_is_no_event(body, kit):
    assert story_events(body, kit, PUBLISHED) == []


def test_an_act_of_the_day_beside_an_earlier_year_stays(kit):  # twin: the year dates a comparison, not the act
    body = ("MEXICO CITY – Gunmen on Monday shot dead nine villagers near Bavispe, the worst killing in the area "
            "since 2019, prosecutors said.")
    assert dated_tolls(body, kit, PUBLISHED) == [(MONDAY, 9)]


# ------------------------------------------------------------- "a reprisal for" a dated act

BOMBING = ("MARAWI, Philippines – A bomb exploded at a Mass in a school gym in Marawi on Sunday, killing four people, "
           "police said. ")


def test_the_dated_act_a_bombing_answered_is_its_own_act(kit):
    body = BOMBING + ("Officials believed the bombing might be a reprisal for a military raid on Friday in the town "
                      "of Datu Piang, in which soldiers killed 11 militants.")
    events = story_events(body, kit, PUBLISHED)
    assert sorted((e.event_date, e.event_type, e.fatalities.fatalities) for e in events) == [
        (date(2024, 5, 10), "Battles", 11), (SUNDAY, "Explosions/Remote violence", 4)]


def test_an_undated_cause_stays_in_the_story(kit):  # twin: nothing of its own to make an act
    body = BOMBING + "Officials believed the bombing might be a reprisal for the killing of a militant leader."
    assert dated_tolls(body, kit, PUBLISHED) == [(SUNDAY, 4)]


# ------------------------------------------------------------- a wave of attacks told district by district

WAVE = ("QUETTA, Pakistan – Separatists carried out a wave of attacks in several districts of Balochistan on Monday, "
        "killing at least 30 people, officials said.\n\nThe deadliest attack was in the Musakhel district, where "
        "gunmen stopped buses on the highway and shot dead 23 passengers.\n\n")
DISTRICTS_OF_THEIR_OWN = [
    ("In the Kalat district, militants attacked a police station and fought the officers there for several hours.",
     "Kalat"),
    ("In the Kech district, gunmen stormed a levies post on the coastal highway and set it on fire.", "Kech"),
]


@pytest.mark.parametrize("paragraph, district", DISTRICTS_OF_THEIR_OWN)
def test_an_attack_opening_on_a_district_of_its_own_is_another_event(paragraph, district, kit):
    events = story_events(WAVE + paragraph, kit, PUBLISHED)
    assert len(events) == 2 and events[1].place_mentions[0].name == district


# twins: the same district again, or a place that refers back, goes on with the event
SAME_SCENE = [
    "In the Musakhel district, the gunmen also set fire to at least 35 lorries.",
    "In the town, the gunmen also set fire to at least 35 lorries.",
]


@pytest.mark.parametrize("paragraph", SAME_SCENE)
def test_the_same_district_again_is_the_same_event(paragraph, kit):
    assert len(story_events(WAVE + paragraph, kit, PUBLISHED)) == 1


# ------------------------------------------------------------- "had also been killed"

POST_ATTACK = ("COTONOU, Benin – Militants killed 28 soldiers at an army post in Karimama on Wednesday, the army said. ")
ATTACKERS_ALSO_KILLED = [
    ("The chief of staff said about 40 of the assailants had also been killed.", 68),
    ("Officials said 12 of the attackers have also been killed in the fighting.", 40),
]


@pytest.mark.parametrize("sentence, toll", ATTACKERS_ALSO_KILLED)
def test_attackers_who_had_also_been_killed_are_counted(sentence, toll, kit):
    assert dated_tolls(POST_ATTACK + sentence, kit, PUBLISHED) == [(date(2024, 5, 8), toll)]


def test_a_wounded_count_with_the_same_adverb_adds_no_dead(kit):  # twin: only the dead count
    body = POST_ATTACK + "The chief of staff said about 40 of the assailants had also been wounded."
    assert dated_tolls(body, kit, PUBLISHED) == [(date(2024, 5, 8), 28)]
