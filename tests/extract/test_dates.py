"""find_dates: sentences written for these tests, resolved against a publication date."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.extract.dates import EXPRESSIONS, find_dates, is_event_date

TUE_5_NOV_2019 = date(2019, 11, 5)  # a Tuesday
WED_1_JAN_2020 = date(2020, 1, 1)  # a Wednesday, across the year end
MON_2_MAR_2020 = date(2020, 3, 2)  # a Monday, across the month end (leap year February)
SAT_9_MAY_2020 = date(2020, 5, 9)  # a Saturday
SUN_10_MAY_2020 = date(2020, 5, 10)

# sentence, publication date, expected day, precision, expected window (None: the day itself)
CASES = [
    # explicit dates
    ("On 6 May 2020, protesters blocked the main road in Kano.", SAT_9_MAY_2020, date(2020, 5, 6), 1, None),
    ("Gunmen raided the market on May 6, local officials said.", SAT_9_MAY_2020, date(2020, 5, 6), 1, None),
    ("The convoy was ambushed on 6/5/2020 near the border.", SAT_9_MAY_2020, date(2020, 5, 6), 1, None),
    ("Fighting resumed on 13/4/2020 according to residents.", SAT_9_MAY_2020, date(2020, 4, 13), 1, None),
    ("Police said the blast happened on November 1st.", TUE_5_NOV_2019, date(2019, 11, 1), 1, None),
    ("Militants struck the camp on 1 Nov. before dawn.", TUE_5_NOV_2019, date(2019, 11, 1), 1, None),
    ("The incident report is dated 2019-10-30.", TUE_5_NOV_2019, date(2019, 10, 30), 1, None),
    ("On Sunday, November 3, a mine exploded under a truck.", TUE_5_NOV_2019, date(2019, 11, 3), 1, None),
    ("The raid took place on the 28th of December, the army said.", WED_1_JAN_2020, date(2019, 12, 28), 1, None),
    ("Villagers fled after the attack on December 30.", WED_1_JAN_2020, date(2019, 12, 30), 1, None),
    ("Overnight between 24 and 25 March 2020, militants looted shops.", date(2020, 3, 27), date(2020, 3, 24), 2,
     (date(2020, 3, 24), date(2020, 3, 25))),
    ("Fighting raged from 1 to 5 May, residents said.", SAT_9_MAY_2020, date(2020, 5, 3), 2,
     (date(2020, 5, 1), date(2020, 5, 5))),
    ("Around 6 May 2020 (as reported), militiamen raided a cattle camp.", SAT_9_MAY_2020, date(2020, 5, 6), 2,
     (date(2020, 5, 2), date(2020, 5, 10))),
    ("On or about 3 May, unknown gunmen burned the mayor's house.", SAT_9_MAY_2020, date(2020, 5, 3), 2,
     (date(2020, 4, 29), date(2020, 5, 7))),
    # weekdays
    ("Flags flew at half-mast after Friday's raid on the garrison.", TUE_5_NOV_2019, date(2019, 11, 1), 1, None),
    ("Soldiers repelled an assault on Friday, the ministry said.", TUE_5_NOV_2019, date(2019, 11, 1), 1, None),
    ("The governor imposed a curfew on Monday night.", TUE_5_NOV_2019, date(2019, 11, 4), 1, None),
    ("Gunmen opened fire on worshippers on Tuesday.", TUE_5_NOV_2019, TUE_5_NOV_2019, 1, None),
    ("Gunmen opened fire on worshippers last Tuesday.", TUE_5_NOV_2019, date(2019, 10, 29), 1, None),
    ("Late on Saturday a bomb went off near the mosque.", TUE_5_NOV_2019, date(2019, 11, 2), 1, None),
    ("Early Sunday, rebels shelled the northern districts.", TUE_5_NOV_2019, date(2019, 11, 3), 1, None),
    ("Clashes broke out on Sunday night in the capital.", TUE_5_NOV_2019, date(2019, 11, 3), 1, None),
    ("Troops came under fire on Thursday.", WED_1_JAN_2020, date(2019, 12, 26), 1, None),
    ("The checkpoint was attacked on Saturday morning.", MON_2_MAR_2020, date(2020, 2, 29), 1, None),
    ("A drone struck a vehicle on Wednesday.", MON_2_MAR_2020, date(2020, 2, 26), 1, None),
    # relative days
    ("Yesterday, police fired tear gas at demonstrators.", MON_2_MAR_2020, date(2020, 3, 1), 1, None),
    ("Three people were shot dead today in the old town.", MON_2_MAR_2020, MON_2_MAR_2020, 1, None),
    ("Mortar rounds hit the camp overnight, residents said.", WED_1_JAN_2020, date(2019, 12, 31), 1,
     (date(2019, 12, 31), date(2020, 1, 1))),
    ("The bodies were found three days ago outside the village.", WED_1_JAN_2020, date(2019, 12, 29), 1, None),
    # weekends
    ("A landmine killed three gendarmes over the weekend, the ministry said.", TUE_5_NOV_2019, date(2019, 11, 2), 2,
     (date(2019, 11, 2), date(2019, 11, 3))),
    ("At the weekend, protesters marched on parliament.", WED_1_JAN_2020, date(2019, 12, 28), 2,
     (date(2019, 12, 28), date(2019, 12, 29))),
    ("Last weekend, bandits raided three villages.", MON_2_MAR_2020, date(2020, 2, 29), 2,
     (date(2020, 2, 29), date(2020, 3, 1))),
    ("Last weekend, bandits raided three villages.", SUN_10_MAY_2020, date(2020, 5, 2), 2,
     (date(2020, 5, 2), date(2020, 5, 3))),
    ("Over the weekend a curfew was imposed.", SAT_9_MAY_2020, SAT_9_MAY_2020, 2, (SAT_9_MAY_2020, SAT_9_MAY_2020)),
    # weeks
    ("Last week, militants burned a school in the district.", TUE_5_NOV_2019, date(2019, 10, 31), 2,
     (date(2019, 10, 28), date(2019, 11, 3))),
    ("Earlier this week, police arrested twelve people.", date(2019, 11, 8), date(2019, 11, 5), 2,
     (date(2019, 11, 4), date(2019, 11, 7))),
    ("The town fell to rebels two weeks ago.", TUE_5_NOV_2019, date(2019, 10, 22), 2,
     (date(2019, 10, 19), date(2019, 10, 25))),
    # months
    ("Rebels overran two outposts a month ago, killing dozens of recruits.", TUE_5_NOV_2019, date(2019, 10, 5), 3,
     (date(2019, 9, 24), date(2019, 10, 16))),
    ("A month ago gunmen kidnapped the mayor.", date(2020, 3, 31), date(2020, 2, 29), 3,
     (date(2020, 2, 18), date(2020, 3, 11))),
    ("Last month, dozens of homes were torched.", WED_1_JAN_2020, date(2019, 12, 15), 3,
     (date(2019, 12, 1), date(2019, 12, 31))),
    ("Earlier this month the army retook the town.", date(2019, 11, 21), date(2019, 11, 10), 3,
     (date(2019, 11, 1), date(2019, 11, 20))),
    ("In early October, jihadists overran two outposts.", TUE_5_NOV_2019, date(2019, 10, 1), 3,
     (date(2019, 10, 1), date(2019, 10, 10))),
    ("In late October, jihadists overran two outposts.", TUE_5_NOV_2019, date(2019, 10, 31), 3,
     (date(2019, 10, 22), date(2019, 10, 31))),
    ("By mid-October the militia controlled the road.", TUE_5_NOV_2019, date(2019, 10, 15), 3,
     (date(2019, 10, 11), date(2019, 10, 20))),
    ("The strikes began in December, officials said.", date(2020, 2, 10), date(2019, 12, 15), 3,
     (date(2019, 12, 1), date(2019, 12, 31))),
    ("Late last month, gunmen burned the health centre.", date(2019, 11, 20), date(2019, 10, 31), 3,
     (date(2019, 10, 22), date(2019, 10, 31))),
    ("At the end of last month, gunmen burned the health centre.", date(2019, 11, 20), date(2019, 10, 31), 3,
     (date(2019, 10, 22), date(2019, 10, 31))),
    ("Five attacks were recorded in the past 24 hours.", date(2019, 11, 20), date(2019, 11, 19), 1,
     (date(2019, 11, 19), date(2019, 11, 20))),
    ("Protests spread across the region in March 2019.", TUE_5_NOV_2019, date(2019, 3, 15), 3,
     (date(2019, 3, 1), date(2019, 3, 31))),
]


@pytest.mark.parametrize(("sentence", "published", "day", "precision", "window"), CASES)
def test_first_event_date_is_resolved(sentence, published, day, precision, window):
    mentions = [m for m in find_dates(sentence, published) if is_event_date(m)]
    assert mentions, sentence
    first = mentions[0]
    assert (first.day, first.time_precision) == (day, precision)
    assert first.window == (window or (day, day))
    assert first.span.text == sentence[first.span.start:first.span.end]


NOT_EVENT_DATES = [
    "Rebels seized the northern towns in 2012 and held them for a year.",
    "Earlier this year the government promised new elections.",
    "Attacks have risen sharply over the past few months.",
    "Violence has displaced thousands since 2015.",
    "Last year the group pledged allegiance to the Islamic State.",
]


@pytest.mark.parametrize("sentence", NOT_EVENT_DATES)
def test_background_and_vague_periods_are_no_event_date(sentence):
    mentions = find_dates(sentence, TUE_5_NOV_2019)
    assert mentions, "the background marker itself should be reported"
    assert not any(is_event_date(m) for m in mentions)


NO_DATES = [
    "May God protect our soldiers, the imam said.",
    "The army said 3,200 troops were deployed at 3 pm.",
    "Jan Egeland of the Norwegian Refugee Council visited the camp.",
]


@pytest.mark.parametrize("sentence", NO_DATES)
def test_words_that_look_like_dates_are_not(sentence):
    assert [m for m in find_dates(sentence, TUE_5_NOV_2019) if is_event_date(m)] == []


def test_spans_are_absolute_and_search_is_limited_to_the_slice():
    text = "Headline text. On Friday gunmen attacked. On Sunday police arrived."
    start = text.index("On Sunday")
    mentions = find_dates(text, TUE_5_NOV_2019, start=start)
    assert [m.span.text for m in mentions] == ["On Sunday"]
    assert text[mentions[0].span.start:mentions[0].span.end] == "On Sunday"
    assert find_dates(text, TUE_5_NOV_2019, end=start)[0].day == date(2019, 11, 1)


def test_next_weekday_is_marked_future():
    mention = find_dates("Talks will resume next Friday.", TUE_5_NOV_2019)[0]
    assert mention.day > TUE_5_NOV_2019
    assert mention.expression == "weekday_future"


WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(
    published=st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
    weekday=st.sampled_from(WEEKDAY_NAMES),
    modifier=st.sampled_from(["on ", "last ", "late on ", "early ", ""]),
)
def test_weekday_is_never_after_publication_and_within_a_week(published, weekday, modifier):
    mention = find_dates(f"Gunmen struck {modifier}{weekday} night.", published)[0]
    assert mention.day <= published
    # "last Friday" is never the day of publication nor the day before (merge round fourteen): up to eight days back
    assert (published - mention.day) <= timedelta(days=8 if modifier == "last " else 7)
    assert mention.day.strftime("%A") == weekday


@given(published=st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_relative_periods_never_end_after_publication(published):
    text = "Over the weekend, last week, earlier this week, last month, a month ago and earlier this month."
    for mention in find_dates(text, published):
        assert mention.window[0] <= mention.day <= mention.window[1] <= published


def test_offsets_survive_characters_whose_lower_case_is_longer():
    text = "İstanbul police said: on Friday gunmen fired at a bus."
    (mention,) = find_dates(text, TUE_5_NOV_2019)
    assert text[mention.span.start:mention.span.end] == "on Friday"


@pytest.mark.parametrize(("sentence", "published", "day", "precision", "window"), CASES[:12] + CASES[-12:])
def test_every_expression_is_a_known_one(sentence, published, day, precision, window):
    assert all(m.expression in EXPRESSIONS for m in find_dates(sentence, published))


def test_publication_at_midnight_uses_the_date_as_given():
    published = datetime(2019, 11, 5, 0, 12)
    (mention,) = find_dates("Gunmen attacked the post yesterday.", published)
    assert mention.day == date(2019, 11, 4)


# --------------------------------------------------------------------------- regressions reported by assembly/eval

_SEPTEMBER_20 = date(2019, 9, 20)


@pytest.mark.parametrize(("sentence", "published", "day"), [
    # a month-day in the publication month, on or before the publication day, is this year
    ("On September 7, gunmen raided a checkpoint outside the town.", _SEPTEMBER_20, date(2019, 9, 7)),
    ("On September 20, gunmen raided a checkpoint outside the town.", _SEPTEMBER_20, date(2019, 9, 20)),
    ("On September 7, gunmen raided a checkpoint.", datetime(2019, 9, 20, 23, 50), date(2019, 9, 7)),
    ("The raid on 1 September left the market in ruins.", _SEPTEMBER_20, date(2019, 9, 1)),
    # "Sept." with its full stop is an abbreviation, not the end of a sentence
    ("On Sept. 7, gunmen raided a checkpoint.", _SEPTEMBER_20, date(2019, 9, 7)),
])
def test_regression_day_in_the_publication_month_is_this_year(sentence, published, day):
    mentions = [m for m in find_dates(sentence, published) if is_event_date(m)]
    assert mentions[0].day == day and mentions[0].time_precision == 1


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2039, 12, 31)), st.integers(1, 31))
def test_days_up_to_publication_in_its_month_are_this_year(published, day):
    if day > published.day:
        return
    month = published.strftime("%B")
    mentions = find_dates(f"Militants attacked the post on {month} {day}.", published)
    assert mentions[0].day == date(published.year, published.month, day)


@pytest.mark.parametrize(("sentence", "first", "last"), [
    ("Fighting raged on September 6-7 around the airport.", date(2019, 9, 6), date(2019, 9, 7)),
    ("The town was shelled between September 6 and 7.", date(2019, 9, 6), date(2019, 9, 7)),
    ("Raids continued from September 10 to 14 in the valley.", date(2019, 9, 10), date(2019, 9, 14)),
])
def test_month_first_ranges(sentence, first, last):
    mention = find_dates(sentence, _SEPTEMBER_20)[0]
    assert mention.window == (first, last) and mention.expression == "range"


def test_month_first_range_does_not_eat_a_count():
    mention = find_dates("On September 7 and 8 soldiers were wounded.", _SEPTEMBER_20)[0]
    assert mention.day == date(2019, 9, 7) and mention.expression == "explicit"
