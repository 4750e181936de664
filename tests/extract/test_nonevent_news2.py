"""Non-event news, round two: acts placed in a long period, ranked among others, lasting months, told as someone's
account or a record in the perfect; parades, drills, mock-ups, tanker fires; and acts below a story's lead that only
a verdict's or a parade's day dates. Each table has its near twin that must stay an event.

Every passage was written for these tests, modelled on real coverage (verdicts, exhumations, camp features, parades,
naval drills, accidents, obituaries). The set behind these kinds is benchmarks/news-nonevent2 (20 long stories with
gold `[]` and 5 twins with one event each); its shape and floor are checked in
tests/benchmarks/test_nonevent_twin_sets.py.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import ExtractionKit, extract_events
from eventwire.extract.cues import SentenceCues, blocker_in
from eventwire.extract.detect import find_triggers
from eventwire.ingest.dateline import parse_dateline
from eventwire.records import Article, Span

PUBLISHED = datetime(2024, 3, 13, 9, tzinfo=timezone.utc)  # a Wednesday
MONDAY, SUNDAY, TUESDAY = date(2024, 3, 11), date(2024, 3, 10), date(2024, 3, 12)


def _events(kit: ExtractionKit, text: str):
    return extract_events(Article("nonevent2-test", "", text, PUBLISHED), kit)


def _days(kit: ExtractionKit, text: str) -> list[date | None]:
    return [e.event_date for e in _events(kit, text)]


# --------------------------------------------------------------------------- periods, rankings, durations

NO_ONE_ACT = [
    # an act placed in a rule or a war, with no day
    "During their rule, the fighters destroyed the ancient tombs and flogged women in the main square.",
    "Most of the victims are thought to have been killed while the town was controlled by the militia.",
    # an act ranked among others
    "A court on Monday jailed two men for the Garissa massacre of 2015, one of the deadliest attacks in Kenya's "
    "history.",
    # an act that lasted months
    "The battle for Mosul, which lasted nine months, left much of the old city in ruins.",
    "Residents are rebuilding after the nine-month siege of the city.",
    # a record of a period
    "Several local reporters have been detained by armed groups or by the army in recent years.",
    "Unexploded shells continue to kill and maim shepherds in the area.",
    # a court's charge, a genocide's toll, seizures over months, a year of fighting
    "A court on Wednesday sentenced 10 soldiers to prison terms for the rape of aid workers in Juba in 2016.",
    "Crowds gathered on Wednesday to mark 30 years since the genocide, in which extremists killed some 800,000 "
    "people.",
    "Police on Wednesday showed reporters rifles and ammunition they said were seized from smugglers over several "
    "months.",
    "Residents are returning to Kiwanja after a year of fighting between the army and the rebels.",
]

ONE_ACT_OF_A_DAY = [
    ("Fighters destroyed the ancient tombs in Gao on Monday, residents said.", MONDAY),
    ("Gunmen killed five farmers near Gao on Sunday during an attack on their village.", SUNDAY),
    ("Gunmen killed 30 villagers in Kajuru on Monday in one of the deadliest attacks this year.", MONDAY),
    ("A gun battle that lasted three hours broke out in Kidal on Monday, residents said.", MONDAY),
    ("Soldiers detained two reporters in Gao on Monday, their newspaper said.", MONDAY),
    ("A landmine killed two shepherds near Sinjar on Sunday, officials said.", SUNDAY),
    ("Police on Monday arrested five men over the rape of two aid workers in Juba on Sunday.", MONDAY),
    ("Gunmen killed 12 villagers in Bokkos on Sunday, officials said.", SUNDAY),
    ("Customs officers seized 300 rifles from a truck at the Assamaka border post on Monday.", MONDAY),
    ("Fighting broke out in Kidal on Monday after a year of calm.", MONDAY),
]


@pytest.mark.parametrize("text", NO_ONE_ACT)
def test_acts_of_a_period_a_ranking_or_months_are_no_event(kit, text) -> None:
    assert _events(kit, text) == []


@pytest.mark.parametrize("text, day", ONE_ACT_OF_A_DAY)
def test_the_same_acts_on_one_day_stay_events(kit, text, day) -> None:
    assert day in _days(kit, text)


# --------------------------------------------------------------------------- accounts and records

ACCOUNTS_AND_RECORDS = [
    "Former detainees described being held in underground cells and beaten during interrogations.",
    "An elderly man recalled how soldiers burned the granaries of his village.",
    "Critics say the government has jailed journalists and activists and dissolved rights groups.",
    "The militants have targeted police and teachers, forcing many to leave the region.",
]
ACTS_OF_THE_STORY = [
    ("Witnesses described how gunmen opened fire on the market in Mopti on Sunday.", SUNDAY),
    ("Police arrested 12 journalists in Bamako on Monday, their union said.", MONDAY),
    ("The militants have killed 12 policemen in Mandera since Sunday, officials said.", None),
]


@pytest.mark.parametrize("text", ACCOUNTS_AND_RECORDS)
def test_undated_accounts_and_records_of_a_period_are_no_event(kit, text) -> None:
    assert _events(kit, text) == []


@pytest.mark.parametrize("text, day", ACTS_OF_THE_STORY)
def test_acts_told_with_their_day_or_their_count_stay(kit, text, day) -> None:
    days = _days(kit, text)
    assert days and (day is None or day in days)


# --------------------------------------------------------------------------- parades, drills, mock-ups, kin

NOT_AN_ACT_OF_FORCE = [
    "Hundreds of soldiers marched through Mogadishu on Monday in a graduation parade.",
    "Helicopters fired rockets at a boat playing the role of a pirate craft on Tuesday.",
    "On Thursday a frigate launched missiles that destroyed a floating target, and commandos stormed a ship in a "
    "simulated hostage rescue.",
    "State television on Monday showed a mock-up of a downed drone beside posters of missiles.",
    "Boys separated from their mothers are moved to detention centres when they turn twelve.",
]
ACTS_OF_FORCE = [
    ("Hundreds of students marched through Mogadishu on Monday to demand the release of their teachers.",
     "Peaceful protest"),
    ("Helicopters fired rockets at a boat carrying militants off Mocimboa da Praia on Tuesday.", None),
    ("On Thursday commandos stormed a hijacked ship off Eyl and freed its crew, officials said.", None),
    ("Air defences shot down a drone over Erbil on Monday, officials said.", "Disrupted weapons use"),
    ("A faction separated from the movement on Monday and named its own leader.", "Change to group/activity"),
]


@pytest.mark.parametrize("text", NOT_AN_ACT_OF_FORCE)
def test_parades_drills_mock_ups_and_families_are_no_event(kit, text) -> None:
    assert _events(kit, text) == []


@pytest.mark.parametrize("text, sub_type", ACTS_OF_FORCE)
def test_marches_fire_shoot_downs_and_splits_stay_events(kit, text, sub_type) -> None:
    types = [e.sub_event_type for e in _events(kit, text)]
    assert types and (sub_type is None or sub_type in types)


TANKER_FIRES = [
    "At least 140 people were killed when a fuel tanker exploded in Majia late on Tuesday.",
]
TANKER_BOMBS = [
    ("A car bomb hidden in a fuel tanker exploded at a checkpoint in Mogadishu on Tuesday, killing 12 soldiers.",
     TUESDAY),
]


@pytest.mark.parametrize("text", TANKER_FIRES)
def test_a_fuel_tanker_that_explodes_is_an_accident(kit, text) -> None:
    assert _events(kit, text) == []


@pytest.mark.parametrize("text, day", TANKER_BOMBS)
def test_a_bomb_in_a_tanker_stays_an_event(kit, text, day) -> None:
    assert day in _days(kit, text)


# --------------------------------------------------------------------------- acts below the lead that nothing dates

def _story(kit: ExtractionKit, dateline: str, paragraphs: list[str]):
    text = f"{dateline} – " + "\n".join(paragraphs)
    article = Article("nonevent2-story", "", text, PUBLISHED, dateline=parse_dateline(text, PUBLISHED.date()))
    assert article.dateline is not None
    return extract_events(article, kit)


RETOLD_BELOW_A_LEAD = [
    # the lead's day is a verdict's
    ("Nairobi, March 13", [
        "A court on Wednesday sentenced three men for helping militants who killed 148 students at a university in "
        "Garissa in 2015.",
        "The judge said the men had belonged to the network that planned the assault, in which gunmen stormed "
        "dormitories before dawn and shot students.",
    ]),
    # the lead's day is a parade's; nothing else is dated
    ("Algiers, March 13", [
        "Parliament approved the new defence budget on Wednesday, officials said.",
        "The army still carries out operations against small jihadist cells in the eastern mountains.",
    ]),
]
TOLD_BELOW_A_REACTION = [
    # the lead dates a reaction; the act below it is undated but kills: still the story's news
    ("Nairobi, March 13", [
        "Kenya's president on Tuesday ordered an inquiry into security failures in Lamu county.",
        "The order followed weeks of criticism from opposition lawmakers.",
        "Gunmen killed 12 people in the village of Mpeketoni, police said.",
    ], "Attack"),
    ("Goma, March 13", [
        "Aid agencies on Tuesday suspended their work in Rutshuru territory.",
        "The UN said the decision was temporary.",
        "M23 rebels shelled the town of Kiwanja, killing four civilians, residents said.",
    ], "Shelling/artillery/missile attack"),
]
TOLD_BELOW_A_LEAD_WITHOUT_A_DAY = [
    ("Goma, March 13", [
        "Aid agencies have suspended their work in Rutshuru territory, the UN said.",
        "The UN said the decision was temporary.",
        "M23 rebels shelled the town of Kiwanja, killing four civilians, residents said.",
    ], "Shelling/artillery/missile attack"),
]
TOLD_BELOW_A_DATED_ACT = [
    ("Mogadishu, March 13", [
        "Al-Shabaab fighters stormed a hotel in Mogadishu on Monday night, killing nine people, police said.",
        "The siege ended at dawn after troops killed the attackers.",
        "Hours before the siege, a roadside bomb struck an army truck near Afgoye, killing two soldiers.",
    ], "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize("dateline, paragraphs", RETOLD_BELOW_A_LEAD)
def test_an_undated_act_below_a_lead_that_reports_none_is_retold(kit, dateline, paragraphs) -> None:
    assert _story(kit, dateline, paragraphs) == []


@pytest.mark.parametrize("dateline, paragraphs, sub_type", TOLD_BELOW_A_REACTION + TOLD_BELOW_A_LEAD_WITHOUT_A_DAY)
def test_an_undated_killing_below_a_reaction_stays(kit, dateline, paragraphs, sub_type) -> None:
    assert sub_type in [e.sub_event_type for e in _story(kit, dateline, paragraphs)]


@pytest.mark.parametrize("dateline, paragraphs, sub_type", TOLD_BELOW_A_DATED_ACT)
def test_an_undated_act_below_a_dated_one_stays(kit, dateline, paragraphs, sub_type) -> None:
    assert sub_type in [e.sub_event_type for e in _story(kit, dateline, paragraphs)]


def test_an_undated_act_below_a_lead_told_in_an_aside_stays(kit) -> None:
    text = ("Mogadishu, March 13 – Police were on Wednesday hunting inmates, among them militants, who escaped when "
            "gunmen attacked the prison in Mogadishu late on Monday.\nOfficials said the jail had held 400 inmates.\n"
            "Hours before the jailbreak, gunmen ambushed a police convoy near Afgoye, wounding three officers.")
    article = Article("nonevent2-aside", "", text, PUBLISHED, dateline=parse_dateline(text, PUBLISHED.date()))
    towns = [p.name for e in extract_events(article, kit) for p in e.place_mentions]
    assert "Afgoye" in towns


# --------------------------------------------------------------------------- times that point back

POINTING_BACK_TO_HISTORY = [
    ("Abuja, March 13", ["The doctor, who is 88, was flown home on Tuesday.",
                         "He was seized in Djibo in January 2016. His wife was freed a month later.",
                         "Their abduction came on the same day as an assault on a hotel in Ouagadougou that killed "
                         "30 people."]),
]
POINTING_BACK_TO_NEWS = [
    ("Abuja, March 13", ["Gunmen abducted 20 pupils in Kuriga on Monday.",
                         "On the same day, gunmen attacked a market in Kajuru and killed five traders."], MONDAY),
]


@pytest.mark.parametrize("dateline, paragraphs", POINTING_BACK_TO_HISTORY)
def test_a_time_pointing_back_to_history_is_history(kit, dateline, paragraphs) -> None:
    assert _story(kit, dateline, paragraphs) == []


@pytest.mark.parametrize("dateline, paragraphs, day", POINTING_BACK_TO_NEWS)
def test_a_time_pointing_back_to_news_is_news(kit, dateline, paragraphs, day) -> None:
    assert [e.event_date for e in _story(kit, dateline, paragraphs)] == [day, day]


@pytest.mark.parametrize("before, sentence, history", [
    ("On that day in 2009, soldiers surrounded thousands of people in the stadium.",
     "A UN commission later counted at least 156 dead.", True),
    ("He was seized in Djibo in January 2016.", "His wife was freed a month later.", True),
    ("Gunmen attacked the village on Monday.", "Police later arrested three suspects in the town.", False),
    ("He was seized in Djibo in January 2016.", "Police arrested three suspects in the town.", False),
])
def test_a_time_pointing_back_takes_the_time_of_the_sentence_before(before, sentence, history) -> None:
    text = f"{before} {sentence}"
    start = len(before) + 1
    assert SentenceCues.of(text, start, len(text), PUBLISHED.date()).background is history


@pytest.mark.parametrize("text, handed_over", [
    ("The doctor was flown to Niamey on Thursday and handed over to Australian officials.", False),
    ("The prisoners were handed over to the Red Cross in Sanaa on Sunday.", False),
    ("French troops handed over the Gossi base to the Malian army on Tuesday.", True),
    ("The camp was handed over to the army on Tuesday.", True),
])
def test_people_handed_over_are_no_territory(text, handed_over) -> None:
    tactics = [t.tactic for t in find_triggers(text, 0, len(text), PUBLISHED.date())]
    assert ("transfer" in tactics) == handed_over


# --------------------------------------------------------------------------- old dates, as the date reader reads them

OLD_DATES_ABBREVIATED = [
    "On Apr. 14, 2014, fighters stormed the school in Chibok and abducted 276 girls.",
    "In Sept. 2013, gunmen stormed the Westgate mall in Nairobi.",
]
RECENT_DATES_ABBREVIATED = [
    ("On Mar. 9, 2024, gunmen stormed a school in Kuriga and abducted 30 pupils.", date(2024, 3, 9)),
]


@pytest.mark.parametrize("text", OLD_DATES_ABBREVIATED)
def test_old_dates_with_a_short_month_are_history(kit, text) -> None:
    assert _events(kit, text) == []


@pytest.mark.parametrize("text, day", RECENT_DATES_ABBREVIATED)
def test_recent_dates_with_a_short_month_stay(kit, text, day) -> None:
    assert day in _days(kit, text)


# --------------------------------------------------------------------------- the sentence a trigger spans

FIRST = "Gunmen shot at a minibus near Kachia, wounding the driver, police said."
PERIOD_SENTENCES = ["The road has seen several such attacks in recent weeks.", "Such attacks continued for years.",
                    "Bandits have raided the area over the past months.", "It was calm on Monday."]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(PERIOD_SENTENCES), st.sampled_from(["", " ", "\n"]))
def test_a_whole_sentence_trigger_is_not_blocked_by_the_next_sentence(following, gap) -> None:
    text = FIRST + gap + following
    span = Span(0, len(FIRST), FIRST)
    cues = SentenceCues.of(text, 0, len(FIRST), PUBLISHED.date())
    assert blocker_in(cues, text, 0, span, "report") is None


@pytest.mark.parametrize("text, verb, blocker", [
    ("During their rule, fighters destroyed the tombs.", "destroyed", "background"),
    ("During an attack on Gao on Monday, fighters destroyed the tombs.", "destroyed", None),
    ("The siege, which lasted months, ended with a truce.", "siege", "summary"),
    ("The siege, which lasted hours, ended with a truce.", "siege", None),
])
def test_periods_and_durations_block_the_trigger_they_hold(text, verb, blocker) -> None:
    found = [t for t in find_triggers(text, 0, len(text), PUBLISHED.date()) if t.span.text == verb]
    assert [t.blocked_by for t in found] == [blocker]
