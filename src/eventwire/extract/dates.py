"""Date expressions in news text, resolved against the publication date.

``find_dates`` returns one :class:`~eventwire.records.DateMention` per expression, with ACLED's
``time_precision`` (1 day, 2 week/weekend, 3 month) and the ``window`` a careful coder could defend.
Background markers are returned too, so the assembly can tell "in 2012" from an event date:
their ``expression`` is in :data:`BACKGROUND_EXPRESSIONS` and :func:`is_event_date` is False.

Our own regular expressions do the work; ``dateparser`` was measured and not used (see
docs/decisions/dates-fatalities.md).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable, Iterable, Iterator

from eventwire.extract.gates import gate_words, leading_words
from eventwire.extract.lexicon import folds_to_ascii, gated_matches, may_hold_any, word_places
from eventwire.records import DateMention, Span

MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2,
}

# Month words that are also ordinary words or names ("May God...", "Jan Egeland"): alone they need a
# preposition, an early/late part or a year to count as a month.
AMBIGUOUS_MONTH_WORDS = frozenset({"May", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
                                   "Dec"})
# Every ``DateMention.expression`` this module produces, for the stages that rank or filter date mentions.
EXPRESSIONS = ("explicit", "range", "weekday", "weekday_future", "relative_day", "overnight", "ago", "weekend",
               "week", "month", "month_part", "year", "vague")
# Expressions that mark background or a period vaguer than a month: never an event date.
BACKGROUND_EXPRESSIONS = frozenset({"year", "vague"})
# An explicit day without a year ("on November 20") is read in the publication year when it falls at most
# this many days after publication (a date being announced), otherwise in the year before. Chosen so that a
# story published on 3 January that says "on December 30" lands in the old year.
FUTURE_TOLERANCE_DAYS = 31
# The "middle of the month" of coding-rules.md, as ACLED's coders write it: the 15th, whatever the month's length.
MID_MONTH_DAY = 15
# "a month ago" is loose talk: the window reaches this many days (about a week and a half) either side
# of "one month before".
MONTH_AGO_SLACK_DAYS = 11
# "Around 6 May", "as reported on 6 May": ACLED's coders give these week precision, a window this wide each side.
APPROXIMATE_DATE_SLACK_DAYS = 4
_APPROXIMATE_BEFORE_RE = re.compile(r"(?i)\b(?:around|about|circa|approximately|on\s+or\s+(?:around|about)"
                                    r"|(?:as\s+)?reported\s+on|on\s+or\s+before)\s*$")
_APPROXIMATE_BEFORE_NEEDS = gate_words(_APPROXIMATE_BEFORE_RE)  # speed only: read off the pattern
_APPROXIMATE_AFTER_RE = re.compile(r"(?i)\s*\((?:as\s+reported|week\s+of|approximately|approx\.?)\)")
# "a few days ago", "several days ago": the window, in days before publication.
FEW_DAYS_WINDOW = (2, 6)
# "in 2012", "since 2015": four-digit numbers in this range after such a preposition are years (background).
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100

# The full stop after an abbreviated month ("1 Nov.") belongs to the date; after "November" it ends the sentence.
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?:(?<![A-Za-z]{4})\.|(?<=Sept)\.)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY_NAME},?\s+(?:the\s+)?)?"
_SMALL = r"(?P<count>" + "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True)) + r"|\d{1,2})"
# After "May 3 and 4" a lowercase word that is not a preposition makes the 4 a count ("4 soldiers").
_NOT_A_PREPOSITION = (r"(?!(?:in|on|at|near|around|across|along|when|as|and|after|before|while|during|with|between"
                      r"|from|of|into|inside|outside|over)\b)")
_I = "(?i:"  # case-insensitive group; month and weekday names stay case-sensitive ("may" is a verb)


# --------------------------------------------------------------------------- calendar helpers


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_before(day: date, months: int = 1) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 - months
    return index // 12, index % 12 + 1


def _minus_months(day: date, months: int) -> date:
    year, month = _month_before(day, months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _middle(start: date, end: date) -> date:
    return start + (end - start) // 2


def _monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _mention(day: date, precision: int, window: tuple[date, date], match: re.Match[str], expression: str) -> DateMention:
    span = Span(match.start(), match.end(), match.group(0))
    return DateMention(day=day, time_precision=precision, window=window, span=span, expression=expression)


def _period(start: date, end: date, published: date, precision: int, match: re.Match[str], expression: str) -> DateMention:
    """A mention for the period ``start..end``, cut at publication, dated at its middle."""
    end = min(end, published)
    start = min(start, end)
    return _mention(_middle(start, end), precision, (start, end), match, expression)


# --------------------------------------------------------------------------- explicit dates


def _year_for(month: int, day: int, published: date) -> int:
    """The year of a day-and-month written without one: the most recent, allowing announced dates."""
    candidate = _safe_date(published.year, month, day) or date(published.year, month, 28)
    if (candidate - published).days > FUTURE_TOLERANCE_DAYS:
        return published.year - 1
    return published.year


def _explicit(match: re.Match[str], published: date) -> DateMention | None:
    month, day = MONTHS[match["month"]], int(match["day"])
    year = int(match["year"]) if match["year"] else _year_for(month, day, published)
    resolved = _safe_date(year, month, day)
    if resolved is None:
        return None
    if _is_approximate(match):
        slack = timedelta(days=APPROXIMATE_DATE_SLACK_DAYS)
        return _mention(resolved, 2, (resolved - slack, resolved + slack), match, "explicit")
    return _mention(resolved, 1, (resolved, resolved), match, "explicit")


def _is_approximate(match: re.Match[str]) -> bool:
    """"around 6 May", "on or about 6 May", "as reported on 6 May", "6 May (as reported)": not the day itself."""
    text = match.string
    window = max(0, match.start() - 25)
    return bool(may_hold_any(text[window:match.start()], _APPROXIMATE_BEFORE_NEEDS)
                and _APPROXIMATE_BEFORE_RE.search(text, window, match.start())
                or _APPROXIMATE_AFTER_RE.match(text, match.end()))


def _range(match: re.Match[str], published: date) -> DateMention | None:
    """"between 24 and 25 March 2020", "from 1 to 3 May": week precision (as ACLED's coders code a night across
    two dates), dated at the first day of a night, at the middle of a longer span."""
    month, first_day, last_day = MONTHS[match["month"]], int(match["first_day"]), int(match["day"])
    year = int(match["year"]) if match["year"] else _year_for(month, last_day, published)
    first, last = _safe_date(year, month, first_day), _safe_date(year, month, last_day)
    if first is None or last is None or last < first:
        return None
    if (last - first).days <= 1:
        return _mention(first, 2 if last > first else 1, (first, last), match, "range")
    return _mention(_middle(first, last), 2, (first, last), match, "range")


def _iso(match: re.Match[str], published: date) -> DateMention | None:
    resolved = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    return _mention(resolved, 1, (resolved, resolved), match, "explicit") if resolved else None


def _numeric(match: re.Match[str], published: date) -> DateMention | None:
    """"6/5/2020": day first (the wire and most of the world), month first only when it must be."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if year < 100:
        year += 2000
    day, month = (second, first) if second > 12 >= first else (first, second)
    resolved = _safe_date(year, month, day)
    return _mention(resolved, 1, (resolved, resolved), match, "explicit") if resolved else None


def _month_part(match: re.Match[str], published: date) -> DateMention | None:
    """"in October", "in early October 2019", "mid-October", "late October", "at the end of October"."""
    month = MONTHS[match["month"]]
    if not (match["prep"] or match["part"] or match["year"]) and match["month"] in AMBIGUOUS_MONTH_WORDS:
        return None
    if match["year"]:
        year = int(match["year"])
    elif match["relative_year"]:  # "in March last year", "in May this year"
        year = published.year if match["relative_year"].lower() == "this" else published.year - 1
    else:
        year = published.year if month <= published.month else published.year - 1
    if date(year, month, 1) > published:
        return None
    return _part_of_month(year, month, match["part"], published, match)


def _part_of_month(year: int, month: int, part: str | None, published: date, match: re.Match[str]) -> DateMention:
    """The whole month (its middle), or its early / mid / late part (first, 15th, last day) as the rules say."""
    part = " ".join((part or "").lower().replace("the ", "").replace("-", " ").split()).removeprefix("at ")
    first, last = date(year, month, 1), _last_day(year, month)
    if part in ("early", "beginning of", "start of"):
        return _period_pinned(first, first, first + timedelta(days=9), published, match, "month_part")
    if part in ("late", "end of"):
        return _period_pinned(last, last - timedelta(days=9), last, published, match, "month_part")
    if part in ("mid", "middle of"):
        middle = date(year, month, MID_MONTH_DAY)
        return _period_pinned(middle, middle - timedelta(days=4), middle + timedelta(days=5), published, match, "month_part")
    return _period_pinned(date(year, month, MID_MONTH_DAY), first, last, published, match, "month")


def _period_pinned(day: date, start: date, end: date, published: date, match: re.Match[str], expression: str) -> DateMention:
    """A month-precision mention whose day the rules pin (first, 15th, last), kept inside the window."""
    end = min(end, published)
    start = min(start, end)
    return _mention(min(max(day, start), end), 3, (start, end), match, expression)


def _year(match: re.Match[str], published: date) -> DateMention | None:
    year = int(match["year"])
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    start, end = date(year, 1, 1), date(year, 12, 31)
    return _mention(date(year, 7, 1), 3, (start, end), match, "year")


def _decade(match: re.Match[str], published: date) -> DateMention:
    """"in the 1990s": history, a background marker like a bare year (never an event date)."""
    first = int(match["decade"])
    start, end = date(first, 1, 1), min(date(first + 9, 12, 31), published)
    return _mention(_middle(start, end), 3, (start, end), match, "year")


# --------------------------------------------------------------------------- weekdays and relative days


# "The detained protesters were expected to be charged on Wednesday", "the men are due to appear in court on Monday",
# "will be buried on Friday": a weekday a schedule points at is the next one, not the last ("Police said they will
# investigate the attack on Sunday" has no "be" after "will": that Sunday stays the act's).
_SCHEDULED_BEFORE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:expected|due|scheduled|set)\s+to|will\s+(?:be|appear|stand|face))"
    r"(?:\s+[\w'’-]+){0,6}?\s+$", re.IGNORECASE)
SCHEDULED_WITHIN_CHARS = 70  # the schedule's verb and what is scheduled ("to be charged in a Nairobi court")


def _scheduled_before(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - SCHEDULED_WITHIN_CHARS):match.start()]
    return ("to" in before or "will" in before) and bool(_SCHEDULED_BEFORE.search(before))


# "over the Pentecost Sunday attack", "the Easter Sunday bombings": a feast's weekday after "the" names an act as its
# year would ("the 2022 attack"); it is no day of the week before publication.
# Round fifteen: after "a" too ("during a Pentecost Sunday mass" in a trial story two years on).
_FEAST_NAME_BEFORE = re.compile(r"\b(?:the|an?)\s+(?:Easter|Pentecost|Whit|Palm|Good|Holy|Ash|Maundy)\s+$", re.I)
FEAST_NAME_WITHIN_CHARS = 15  # "the Pentecost "
# Round fifteen: a weekday told with "a" and a word or two of description after "on", "during" or "of" ("on a busy
# Saturday", "in the early hours of a cold Sunday") is any week's, as the bare "on a Tuesday" the weekday rule already
# leaves out. The preposition is asked for: "a bomb exploded Tuesday" tells that Tuesday.
_DESCRIBED_ANY_WEEKDAY_BEFORE = re.compile(
    r"\b(?:[Oo]n|[Dd]uring|of)\s+an?\s+(?:(?!(?:days?|weeks?|nights?|before|after|until|till|from|since|on|by|of|to|"
    r"and|or)\s)[a-z][\w-]*\s+){1,2}$")
DESCRIBED_WEEKDAY_WITHIN_CHARS = 36  # "during a hot and dusty " at most


def _weekday(match: re.Match[str], published: date) -> DateMention | None:
    """The most recent such weekday on or before publication; "last Friday" never the same day, nor the day before:
    a story of Saturday 1 June writing "last Friday's attack" means 24 May (the day before would be "yesterday" or
    "on Friday")."""
    if _FEAST_NAME_BEFORE.search(match.string, max(0, match.start() - FEAST_NAME_WITHIN_CHARS), match.start()):
        return None
    named = match.start("weekday")  # the words right before the name ("a graduation ceremony on Monday" has "on")
    if _DESCRIBED_ANY_WEEKDAY_BEFORE.search(match.string, max(0, named - DESCRIBED_WEEKDAY_WITHIN_CHARS), named):
        return None
    target = WEEKDAYS[match["weekday"].lower()]
    modifier = (match["modifier"] or "").lower()
    if modifier == "next" or (not modifier and _scheduled_before(match)):
        ahead = (target - published.weekday()) % 7 or 7
        day = published + timedelta(days=ahead)
        return _mention(day, 1, (day, day), match, "weekday_future")
    back = (published.weekday() - target) % 7
    if back == 0 and modifier in ("last", "past", "previous") or back == 1 and modifier == "last":
        back += 7
    day = published - timedelta(days=back)
    if match["last_week"]:  # "on Thursday last week": that weekday of the calendar week before publication's
        day = _monday_of(published) - timedelta(days=7 - target)
    if match["into"]:  # "overnight into Wednesday": the night began the evening before (ACLED's day)
        day -= timedelta(days=1)
    return _mention(day, 1, (day, day), match, "weekday")


def _relative_day(match: re.Match[str], published: date) -> DateMention:
    word = match["relative"].lower()
    if "before yesterday" in word:
        back = 2
    elif word.startswith(("yesterday", "last night")) or word == "overnight":
        back = 1
    else:
        back = 0
    day = published - timedelta(days=back)
    window = (day, published) if word == "overnight" else (day, day)
    expression = "overnight" if word == "overnight" else "relative_day"
    return _mention(day, 1, window, match, expression)


def _ago(match: re.Match[str], published: date) -> DateMention:
    count_text = match["count"].lower()
    count = SMALL_NUMBERS.get(count_text) or int(count_text)
    unit = match["unit"].lower().rstrip("s")
    if unit == "hour":  # "48 hours ago": the day that many whole days back
        day = published - timedelta(days=count // 24)
        return _mention(day, 1, (day, day), match, "ago")
    if unit == "day":
        day = published - timedelta(days=count)
        return _mention(day, 1, (day, day), match, "ago")
    if unit == "week":
        day = published - timedelta(weeks=count)
        return _mention(day, 2, (day - timedelta(days=3), day + timedelta(days=3)), match, "ago")
    day = _minus_months(published, count)
    slack = timedelta(days=MONTH_AGO_SLACK_DAYS)
    return _period_pinned(day, day - slack, day + slack, published, match, "ago")


def _day_of_this_month(match: re.Match[str], published: date) -> DateMention | None:
    """"on the 14th": the latest 14th of a month up to publication (this month's, else last month's)."""
    number = int(match["day"])
    year, month = (published.year, published.month) if number <= published.day else _month_before(published)
    day = _safe_date(year, month, number)
    return _mention(day, 1, (day, day), match, "explicit") if day else None


def _few_days(match: re.Match[str], published: date) -> DateMention:
    latest, earliest = FEW_DAYS_WINDOW
    start, end = published - timedelta(days=earliest), published - timedelta(days=latest)
    return _period(start, end, published, 2, match, "ago")


def _weekend(match: re.Match[str], published: date) -> DateMention:
    """The weekend just gone (or under way); "last weekend" on a Saturday or Sunday is the one before."""
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    if (match["which"] or "").lower() in ("last", "past", "previous") and published.weekday() >= 5:
        saturday -= timedelta(days=7)
    sunday = min(saturday + timedelta(days=1), published)
    return _mention(saturday, 2, (saturday, sunday), match, "weekend")


def _week(match: re.Match[str], published: date) -> DateMention | None:
    phrase = " ".join(match["week"].lower().split())
    monday = _monday_of(published)
    if phrase in ("last week", "the previous week", "the past week", "past week"):
        if "past" in phrase:
            return _period(published - timedelta(days=7), published - timedelta(days=1), published, 2, match, "week")
        return _period(monday - timedelta(days=7), monday - timedelta(days=1), published, 2, match, "week")
    end = published - timedelta(days=1) if phrase.startswith("earlier") else published
    return _period(monday, max(monday, end), published, 2, match, "week")


def _month_relative(match: re.Match[str], published: date) -> DateMention:
    phrase = " ".join(match["rel_month"].lower().split())
    if phrase in ("last month", "the previous month", "the past month"):
        year, month = _month_before(published)
        return _part_of_month(year, month, match["part"], published, match)
    if match["part"]:
        return _part_of_month(published.year, published.month, match["part"], published, match)
    first = published.replace(day=1)
    end = published - timedelta(days=1) if phrase.startswith("earlier") and published.day > 1 else published
    return _period(first, end, published, 3, match, "month")


def _past_hours(match: re.Match[str], published: date) -> DateMention:
    """"in the past 24 hours": the day before publication (or the two or three days before)."""
    days = int(match["hours"]) // 24
    start = published - timedelta(days=days)
    return _mention(start, 1 if days == 1 else 2, (start, published), match, "relative_day")


def _vague(match: re.Match[str], published: date) -> DateMention:
    """"earlier this year", "last year", "in recent months": no event date, but a marker the assembly needs."""
    phrase = match.group(0).lower()
    year = published.year - 1 if "last year" in phrase else published.year
    start, end = date(year, 1, 1), min(date(year, 12, 31), published)
    return _mention(_middle(start, end), 3, (start, end), match, "vague")


# --------------------------------------------------------------------------- the pattern table

# "The convoy was ambushed on the 14th, near Gao": a day of the month with no month (local and translated press);
# not an ordinal of something else ("on the 13th anniversary", "on the 5th floor"): only a clause's end or a joining
# word may follow it.
_DAY_OF_THIS_MONTH_RE = re.compile(
    r"(?i)\bon\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:\s+of\s+(?:this|the)\s+month)?"
    r"(?=\s*(?:[,.;:)–—]|$)|\s+(?:at|in|when|as|after|before|and|near|around|during|while|but|following|between"
    r"|against|by|with|from|outside|inside)\b)")

Resolver = Callable[[re.Match[str], date], "DateMention | None"]
# "A bomb exploded during a Sunday service", "at a Friday prayer": the week's own service, not any week's.
_WORSHIP_OF_THE_WEEK = (r"(?:(?<=\bduring\s[Aa]\s)|(?<=\bat\s[Aa]\s))(?=\w+day\s+(?:church\s+|morning\s+|evening\s+)?"
                        r"(?:service|mass|prayers?|worship|sermon)\b)")


@dataclass(frozen=True)
class _DateRule:
    """A date pattern, its resolver and the cue substrings without which it cannot match.

    The pattern is only run in small windows around its cues (found with plain substring search),
    which keeps ``find_dates`` fast on long articles. ``lowercase`` cues are looked up in lowered text.
    """

    pattern: re.Pattern[str]
    resolve: Resolver
    cues: tuple[str, ...]
    lowercase: bool = False
    # Speed only: tried only where a word its matches begin with stands (``gates.leading_words``), for a rule whose
    # scan calls the matcher at every character of a window (measured: the weekday rule, ~12 → ~9 µs a window pure)
    at_beginnings: bool = False


# "on Thursday last week", "during Friday prayers last week": the weekday of the week before publication's (not the
# latest such weekday, which on a Friday is publication day itself). At most one word between, and not a joint that
# starts another clause ("on Friday that last week's attack ...").
_LAST_WEEK_AFTER = (r"(?P<last_week>(?:\s+(?!(?:that|and|or|but|as|when|after|before|since|said|says)\b)[a-z]+)?"
                    r"\s+last\s+week\b(?!['’]))?")
_MONTH_CUES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAY_CUES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Characters a window reaches either side of a cue: longer than any expression's part before or after its
# cue ("Wednesday, the 28th of " before "December, 2019").
CUE_REACH = 45

# Speed only: a rule every match of which begins with a digit or with a month's or a weekday's capital says so up
# front (read off the names), so that the scan of a window passes over every other character at once instead of
# trying the rule there; a look-ahead consumes nothing, so the matches, their groups and spans are the same.
_MONTH_INITIALS = "".join(sorted({name[0] for name in MONTHS}))
_WEEKDAY_INITIALS = "".join(sorted({name[0] for name in _WEEKDAY_CUES}))
_AT_A_DIGIT = r"(?=\d)"
_AT_A_MONTH = rf"(?=[{_MONTH_INITIALS}])"
_AT_A_WEEKDAY_OR_DIGIT = rf"(?=[{_WEEKDAY_INITIALS}]|\d)"
_AT_A_WEEKDAY_OR_MONTH = rf"(?=[{''.join(sorted(set(_WEEKDAY_INITIALS + _MONTH_INITIALS)))}])"

# Earlier rows win where two expressions overlap (an explicit date beats a bare weekday or month).
_RULES: tuple[_DateRule, ...] = (
    _DateRule(re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"), _iso, ("-0", "-1")),  # the month of an ISO date starts with 0 or 1
    _DateRule(re.compile(r"\b(?P<first>[0-3]?\d)/(?P<second>[01]?\d)/(?P<year>(?:19|20)\d\d|\d\d)\b"), _numeric, ("/",)),
    _DateRule(re.compile(rf"{_AT_A_DIGIT}\b(?P<first_day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*{_DAY}"
                         rf"(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?(?!\w)"), _range, _MONTH_CUES),
    # "September 6-7", "between September 6 and 7": the month first (not before a noun: "May 3 and 4 soldiers").
    _DateRule(re.compile(rf"{_AT_A_MONTH}\b{_MONTH}\s+(?P<first_day>[0-3]?\d)(?:st|nd|rd|th)?"
                         rf"(?:\s*[-–]\s*|\s+(?:and|to)\s+(?![0-3]?\d(?:st|nd|rd|th)?\s+{_NOT_A_PREPOSITION}[a-z]))"
                         rf"{_DAY}\b(?:,?\s+{_YEAR})?(?!\w)"), _range, _MONTH_CUES),
    _DateRule(re.compile(rf"{_AT_A_WEEKDAY_OR_DIGIT}\b{_WEEKDAY_PREFIX}{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?(?!\w)"),
              _explicit, _MONTH_CUES),
    _DateRule(re.compile(rf"{_AT_A_WEEKDAY_OR_MONTH}\b{_WEEKDAY_PREFIX}{_MONTH}\s+{_DAY}\b(?!:)(?:,?\s+{_YEAR})?(?!\w)"),
              _explicit, _MONTH_CUES),
    _DateRule(re.compile(
        rf"\b(?P<prep>(?i:in|during|since|by|until|from|of|on)\s+)?"
        rf"(?P<part>(?i:early|late|mid|(?:the\s+)?(?:beginning|start|end|middle)\s+of)(?:\s+|-))?"
        rf"{_MONTH}(?:,?\s+{_YEAR}\b|\s+(?i:of\s+)?(?P<relative_year>(?i:last|this|the\s+previous|the\s+past))"
        rf"\s+(?i:year)\b)?\b"
    ), _month_part, _MONTH_CUES),
    _DateRule(re.compile(rf"\b(?P<into>{_I}(?:overnight|(?:the\s+)?night)\s+into\s+))?"
                         rf"{_I}(?:(?P<modifier>last|this|next|past|previous)\s+|(?:late|early)\s+(?:on\s+)?|on\s+)?)"
                         # not a calendar's weekday: "on the last Friday of Ramadan", "the first Friday of each month";
                         # nor one told with "a"/"one" ("The siege began on a Tuesday afternoon"): any week's
                         # (but "during a Sunday service" is the week's own service: that Sunday)
                         rf"(?:(?<!\b[Aa]\s)(?<!\b[Oo]ne\s)|{_WORSHIP_OF_THE_WEEK})"
                         rf"(?P<weekday>{_WEEKDAY_NAME})(?!\s+(?i:of)\s+(?:(?i:the|this|each|every)\b|[A-Z]))(?:'s|’s)?"
                         rf"(?:{_I}\s+(?:night|morning|afternoon|evening)))?\b{_LAST_WEEK_AFTER}"), _weekday, _WEEKDAY_CUES,
              at_beginnings=True),
    _DateRule(re.compile(r"(?i)\b(?P<relative>the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?"
                         r"|last\s+night|overnight(?!\s+(?:between|from|on|of|into|to|(?-i:[A-Z])))"
                         r"|today|this\s+(?:morning|afternoon|evening)|tonight"
                         r"|earlier\s+today)(?:'s|’s)?\b"), _relative_day,
              ("yesterday", "night", "today", "morning", "afternoon", "evening"), True),
    _DateRule(re.compile(rf"(?i)\b{_SMALL}\s+(?P<unit>hours?|days?|weeks?|months?)\s+ago\b"), _ago, (" ago",), True),
    _DateRule(_DAY_OF_THIS_MONTH_RE, _day_of_this_month, tuple(f"on the {digit}" for digit in "123456789"), True),
    _DateRule(re.compile(r"(?i)\b(?:a\s+few|several)\s+days\s+ago\b|\bearlier\s+in\s+the\s+week\b"), _few_days,
              ("days ago", "in the week"), True),
    _DateRule(re.compile(r"(?i)\b(?:(?:over|at|during|on)\s+the\s+|(?P<which>last|this|past|previous)\s+)weekend\b"),
              _weekend, ("weekend",), True),
    _DateRule(re.compile(r"(?i)\b(?P<week>last\s+week|(?:the\s+)?(?:previous|past)\s+week|earlier\s+this\s+week"
                         r"|this\s+week)\b"), _week, ("week",), True),
    _DateRule(re.compile(r"(?i)\b(?P<part>(?:early|late|mid|(?:at\s+)?(?:the\s+)?(?:beginning|start|end|middle)\s+of)(?:\s+|-))?"
                         r"(?P<rel_month>last\s+month|the\s+(?:previous|past)\s+month|earlier\s+this\s+month"
                         r"|this\s+month)\b"), _month_relative, ("month",), True),
    _DateRule(re.compile(r"(?i)\b(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?P<hours>24|48|72)\s+hours\b"),
              _past_hours, ("hours",), True),
    _DateRule(re.compile(r"(?i)\b(?:earlier\s+this\s+year|this\s+year|last\s+year|in\s+recent\s+(?:months|weeks|years)"
                         r"|(?:over|in)\s+the\s+past\s+(?:few\s+)?(?:months|years))\b"), _vague,
              ("year", "recent", "past"), True),
    _DateRule(re.compile(rf"\b(?i:in|since|by|until|of|from|during|before|after)\s+"
                         rf"(?:the\s+(?:end|start|beginning)\s+of\s+)?{_YEAR}\b"), _year, (" 19", " 20")),
    _DateRule(re.compile(r"\b(?i:in|since|by|until|of|from|during|through)\s+the\s+(?:(?i:early|late|mid)-?\s*)?"
                         r"(?P<decade>(?:19|20)\d0)['’]?s\b"), _decade, ("0s", "0's", "0’s")),
)


def _cue_windows(haystack: str, cues: tuple[str, ...], start: int, end: int,
                 part: str | None = None) -> list[tuple[int, int]]:
    """Merged ``[left, right)`` ranges of ``haystack[start:end]`` within CUE_REACH of any cue.

    ``part`` is ``haystack[start:end]`` when the caller has it already.
    """
    windows: list[tuple[int, int]] = []
    part = haystack[start:end] if part is None else part
    for cue in cues:
        if cue not in part:
            continue
        position = haystack.find(cue, start, end)
        while position != -1:
            windows.append((max(start, position - CUE_REACH), min(end, position + len(cue) + CUE_REACH)))
            position = haystack.find(cue, position + 1, end)
    return merge_windows(sorted(windows))


def merge_windows(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ``[left, right)`` ranges with every overlap joined into one range."""
    merged: list[tuple[int, int]] = []
    for left, right in windows:
        if merged and left <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(right, merged[-1][1]))
        else:
            merged.append((left, right))
    return merged


# The passage lowered last, with the text and offsets it was cut from: a sentence's facts read its dates, then its
# counts (``fatalities.find_casualties``), each from the sentence's lower case, so the second reader gets the first
# one's string (speed only: the lower case is a function of the text and the offsets, and the kept reference keeps
# the text alive, so ``is`` cannot take a new string at a freed one's address for it).
_LAST_LOWERED: list[tuple[str, int, int | None, str]] = [("", 0, 0, "")]


def lower_keeping_offsets(text: str, start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` in lower case at its own offsets (blanks stand before ``start``).

    Characters whose lower case is longer ("İ" → "i̇") are left as they are, so every offset still
    indexes ``text``. Only the slice is lowered: callers read one sentence of a long article at a time.
    """
    last_text, last_start, last_end, lowered = _LAST_LOWERED[0]
    if text is last_text and start == last_start and end == last_end:
        return lowered
    lowered = _lowered_at_offsets(text, start, end)
    _LAST_LOWERED[0] = (text, start, end, lowered)
    return lowered


def _lowered_at_offsets(text: str, start: int, end: int | None) -> str:
    end = len(text) if end is None else end
    part = text[start:end]
    lowered = part.lower()
    if len(lowered) != len(part):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in part)
    return " " * start + lowered


def _rules_by_cues() -> tuple[tuple[bool, tuple[str, ...], tuple[tuple[int, _DateRule], ...]], ...]:
    """The rules (with their rank) grouped by (lowercase, cues): one cue search serves the whole group."""
    groups: dict[tuple[bool, tuple[str, ...]], list[tuple[int, _DateRule]]] = {}
    for rank, rule in enumerate(_RULES):
        groups.setdefault((rule.lowercase, rule.cues), []).append((rank, rule))
    return tuple((lowercase, cues, tuple(rules)) for (lowercase, cues), rules in groups.items())


_RULES_BY_CUES = _rules_by_cues()
# The beginnings of the rules tried at them (lower case, found in the lowered text: a superset of the places a match
# begins, so ``gated_matches`` finds what ``finditer`` finds, in its order).
_BEGINNINGS: dict[int, tuple[str, ...]] = {
    rank: words for rank, rule in enumerate(_RULES)
    if rule.at_beginnings and (words := leading_words(rule.pattern)) is not None}


def _rule_matches(rank: int, rule: _DateRule, text: str, lowered: str, left: int, right: int,
                  folds: bool) -> Iterable[re.Match[str]]:
    """``rule.pattern.finditer(text, left, right)``; tried only at its beginnings where it has them and no letter of
    the text folds to an ASCII one (``lowered`` would not show such a beginning)."""
    beginnings = _BEGINNINGS.get(rank)
    if beginnings is None or folds:
        return rule.pattern.finditer(text, left, right)
    return gated_matches(text, rule.pattern, [at for word in beginnings for at in word_places(word, lowered, left, right)],
                         left, right)


def _candidates(text: str, published: date, start: int, end: int) -> Iterator[tuple[int, DateMention]]:
    """(rank, mention) for every rule match; ``find_dates`` orders them, so the order here is free."""
    lowered = lower_keeping_offsets(text, start, end)
    parts = {False: text[start:end], True: lowered[start:end]}
    folds = folds_to_ascii(parts[False])
    for lowercase, cues, rules in _RULES_BY_CUES:
        part = parts[lowercase]
        if not any(map(part.__contains__, cues)):  # map: no generator frame per cue (the hot loop)
            continue  # most cue groups: no cue in the passage, no rule to try
        for left, right in _cue_windows(lowered if lowercase else text, cues, start, end, part):
            for rank, rule in rules:
                for match in _rule_matches(rank, rule, text, lowered, left, right, folds):
                    mention = rule.resolve(match, published)
                    if mention is not None:
                        yield rank, mention


def find_dates(text: str, published: date, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, resolved against ``published``, in text order.

    Spans are absolute offsets into ``text``. Where two expressions overlap the earlier pattern row wins.
    A ``datetime`` is taken as its date: dates are timezone-free and the day as given counts.
    """
    if isinstance(published, datetime):
        published = published.date()
    end = len(text) if end is None else end
    taken: list[DateMention] = []
    for _, mention in sorted(_candidates(text, published, start, end), key=lambda c: (c[0], c[1].span.start)):
        if not any(_overlaps(mention.span, kept.span) for kept in taken):
            taken.append(mention)
    taken += [m for m in _occasion_days(text, published, start, end)
              if not any(_overlaps(m.span, kept.span) for kept in taken)]
    ordered = [_in_the_year_told(_dated_by_the_act(m, text, start, end), text)
               for m in sorted(taken, key=lambda m: m.span.start)]
    ordered = [_in_the_week_told(m, earlier, text) for m, earlier in zip(ordered, [None, *ordered[:-1]])]
    return [_aftermath_of(m, later, text, start) for m, later in zip(ordered, [*ordered[1:], None])]


# --------------------------------------------------------------------------- "on the eve of Timkat"

# "Fano fighters attacked Debre Markos on the eve of Timkat ... Timkat ... fell on Friday this year", "The attack, which
# happened on the eve of Eid al-Fitr, ... Eid al-Fitr began on Monday, May 2", "On the first day of the ceasefire ...
# The truce took effect at 4 a.m. on Wednesday": a day named by an occasion is that occasion's day as the story tells
# it elsewhere, moved by "the eve of" (a day before) or "the second day of" (round twenty). A feast whose day the
# story does not tell dates nothing; "the day of the feast itself" is the day of the one feast the story dates.
_OCCASION_CUES = ("eve of", "day of")
_GENERIC_FEASTS = ("feast", "holiday", "festival")
_TRUCES = ("ceasefire", "truce")
_OCCASION_REFERENCE = re.compile(
    r"(?i:\bthe\s+(?P<which>eve|(?:first|second|third)\s+day|day)\s+of\s+(?:the\s+)?)"
    r"(?P<name>(?i:ceasefire|truce|feast|holiday|festival)\b|(?-i:[A-Z])[\w'’-]+(?:\s+(?:al-|el-)?(?-i:[A-Z])[\w'’-]+)?)"
    r"(?:\s+itself)?")
_OCCASION_SHIFT_DAYS = {"eve": -1, "day": 0, "first day": 0, "second day": 1, "third day": 2}
_FEAST_VERB = r"fell|falls|was\s+(?:celebrated|marked)|is\s+(?:celebrated|marked)"
_START_VERB = r"began|begins|started|starts|took\s+effect|takes\s+effect|came\s+into\s+(?:force|effect)"
OCCASION_DAY_REACH = 110  # characters between the occasion's name and the verb that gives its day (a clause about it)
OCCASION_DATE_REACH = 40  # characters after the verb read for the day ("on Monday, May 2")


def _occasion_days(text: str, published: date, start: int, end: int) -> list[DateMention]:
    # the passage's lower case ``_candidates`` made (a kept "İ" matters not: no cue holds an "i")
    window = lower_keeping_offsets(text, start, end)[start:]
    if not any(map(window.__contains__, _OCCASION_CUES)):
        return []  # speed only: every reference holds one of the cues
    found = []
    for reference in _OCCASION_REFERENCE.finditer(text, start, end):
        day = _occasion_day(reference.group("name"), text, published)
        if day is None:
            continue
        shifted = day + timedelta(days=_OCCASION_SHIFT_DAYS[" ".join(reference.group("which").lower().split())])
        if shifted <= published:
            span = Span(reference.start(), reference.end(), reference.group(0))
            found.append(DateMention(shifted, 1, (shifted, shifted), span, "weekday"))
    return found


def _occasion_day(name: str, text: str, published: date) -> date | None:
    """The day the story says the occasion ``name`` fell or began on, if it says so once."""
    lowered = name.lower()
    if lowered in _GENERIC_FEASTS:
        names, verbs = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:al-|el-)?(?-i:[A-Z])[\w'’-]+)?", _FEAST_VERB
    elif lowered in _TRUCES:
        names, verbs = "|".join(_TRUCES), _START_VERB
    else:
        names, verbs = re.escape(name), f"{_FEAST_VERB}|{_START_VERB}"
    told = re.compile(rf"(?i)\b(?:{names})\b[^.;]{{0,{OCCASION_DAY_REACH}}}?\b(?:{verbs})\b(?:\s+this\s+year)?"
                      r"(?:\s+at\s+[^,.;]{1,12}?)?(?=\s+on\s)")
    days = {d.day for match in told.finditer(text) for d in find_dates(text, published, match.end(),
                                                                          min(len(text), match.end() + OCCASION_DATE_REACH))[:1]
            if d.time_precision == 1}
    return days.pop() if len(days) == 1 else None


# --------------------------------------------------------------------------- "Last week, ... on Monday"

# "Last week, gunmen killed 58 traders on Monday near Banibangou": a bare weekday after "last week" in the same
# sentence is that weekday of the week before, not the latest one ("on Thursday last week" is read by its rule).
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def _in_the_week_told(mention: DateMention, earlier: DateMention | None, text: str) -> DateMention:
    if earlier is None or mention.expression != "weekday" or earlier.expression != "week":
        return mention
    week_start, week_end = earlier.window
    if mention.day <= week_end or (week_end - week_start).days != 6 or week_start.weekday() != 0:
        return mention  # a weekday inside that week already, or a "past week" counted back from publication
    if text.startswith(("'s", "’s"), earlier.span.end) or _SENTENCE_BREAK.search(text, earlier.span.end,
                                                                                    mention.span.start):
        return mention  # "last week's raid ... on Monday" dates the raid only
    day = week_start + timedelta(days=mention.day.weekday())
    return DateMention(day=day, time_precision=mention.time_precision, window=(day, day), span=mention.span,
                       expression=mention.expression)


# --------------------------------------------------------------------------- "that November"

# "In 2012, officers mutinied ... That November, the rebels seized Goma": a month told as "that <month>" is in the
# year the text named last before it, not in the year before publication. So is "<month> (of) that year" ("entered
# the town in August 2021 ... The army retook it in December of that year").
_THAT_BEFORE = re.compile(r"(?i)\b(?:that|the\s+same)\s+$")
_THAT_YEAR_AFTER = re.compile(r"(?i)\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")
THAT_MONTH_REACH = 400  # characters before "that November" searched for its year (about three sentences)


def _in_a_year_told_before(mention: DateMention, text: str) -> bool:
    return bool(_THAT_BEFORE.search(text, max(0, mention.span.start - 9), mention.span.start)
                or _THAT_YEAR_AFTER.match(text, mention.span.end))


def _in_the_year_told(mention: DateMention, text: str) -> DateMention:
    if mention.expression != "month" or not _in_a_year_told_before(mention, text):
        return mention
    years = _YEAR_WORD.findall(text, max(0, mention.span.start - THAT_MONTH_REACH), mention.span.start)
    if not years or int(years[-1]) == mention.day.year:
        return mention
    year, month = int(years[-1]), mention.day.month
    last_day = calendar.monthrange(year, month)[1]
    return DateMention(day=date(year, month, min(mention.day.day, last_day)), time_precision=mention.time_precision,
                       window=(date(year, month, 1), date(year, month, last_day)), span=mention.span,
                       expression=mention.expression)


# --------------------------------------------------------------------------- days told after the act

# "Rescuers searched on Monday, three days after the attack", "On Sunday, the day after the massacre, ...":
# the named day is the aftermath's; the act is that many days before it. The anchor must name the act (an event
# word within reach after "after"), so "two days after the ceasefire" is left alone.
_AFTER_COUNT = (r"(?P<count>" + "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True)) + r"|\d{1,2})\s+"
                r"(?P<unit>days?|weeks?)|(?P<one>the\s+day|a\s+day|one\s+day)")
_DAYS_IN = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_ANCHOR_AFTER_DATE = re.compile(rf"(?i)\s*,?\s*(?:just\s+|only\s+|some\s+)?(?:{_AFTER_COUNT})\s+after\b")
_ANCHOR_BEFORE_DATE = re.compile(rf"(?i)\b(?:{_AFTER_COUNT})\s+after\b(?P<act>[^,;.]{{0,80}}),\s*$")
_ACT_WORD = re.compile(
    r"(?i)\b(?:attack\w*|massacre\w*|kill\w*|bomb\w*|blast|explosions?|exploded|raid\w*|ambush\w*|assault|"
    r"(?:air\s*|drone\s+|missile\s+)?strikes?|struck|shoot\w*|shot|clash\w*|fighting|violence|storm\w*|"
    r"abduct\w*|kidnap\w*|shelling|rampage|siege|incursion|attacked|opened\s+fire)\b"
)
# Characters after "after" searched for the act's word: a noun phrase or a short clause ("after gunmen on
# motorbikes stormed the village"). Set on the sentences of tests/extract/test_event_dates_aftermath.py.
ACT_WORD_REACH = 60
# Characters after a date within which an anchor's "after" stands (", just three days after").
ANCHOR_AFTER_REACH = 30
# Characters before a date searched for an anchor that opens the sentence ("Two days after the raid, on Monday").
ANCHOR_BEFORE_REACH = 120


def _dated_by_the_act(mention: DateMention, text: str, start: int, end: int) -> DateMention:
    """The day of the act a named aftermath day is counted from ("on Monday, three days after the attack")."""
    anchor = aftermath_anchor(mention, text, start, end)
    if anchor is None:
        return mention
    if anchor.start() >= mention.span.end:  # the anchor follows the day: the day's evidence reaches over it
        widened = Span(mention.span.start, anchor.end(), text[mention.span.start:anchor.end()])
        return _counted_back(mention, anchor, widened)
    return _counted_back(mention, anchor, mention.span)


def aftermath_anchor(mention: DateMention, text: str, start: int, end: int) -> re.Match[str] | None:
    """The "three days after the attack" a named day (``mention``, as found in ``text[start:end]``) is counted back
    from, if any: after the day ("on Monday, three days after the attack") or opening the sentence before it ("Two
    days after the raid, on Monday")."""
    if mention.expression in BACKGROUND_EXPRESSIONS or mention.expression == "weekday_future":
        return None
    if "after" not in text[max(start, mention.span.start - ANCHOR_BEFORE_REACH):mention.span.end + CLOSING_ANCHOR_REACH]:
        return None  # speed only: every anchor holds "after"
    after = _ANCHOR_AFTER_DATE.match(text, mention.span.end, end) or _anchor_closing_the_clause(mention, text, end)
    if after is not None and _ACT_WORD.search(text, after.end(), min(end, after.end() + ACT_WORD_REACH)):
        return after
    before = _ANCHOR_BEFORE_DATE.search(text, max(start, mention.span.start - ANCHOR_BEFORE_REACH), mention.span.start)
    if before is not None and _ACT_WORD.search(before.group("act")) and _opens_a_clause(before, text, start):
        return before
    return None


# Precision round twenty-five: an anchor before the day counts back only when it opens its sentence or clause ("Two
# days after the raid, on Monday, traders swept the market"). After a verb ("The attack came four days after troops
# killed 11 in a raid on Nablus, on Wednesday") the day that follows is the clause's act's own, said in apposition.
_CLAUSE_OPENING = re.compile(
    r"(?:[.,;:!?\n\u2013\u2014\"\u201c(]|\b(?:[Jj]ust|[Oo]nly|[Ss]ome|[Aa]nd|[Bb]ut|[Tt]hen))\s*$")
CLAUSE_OPENING_REACH = 12  # characters before the anchor: an opening word ("Only ") and its spaces


def _opens_a_clause(anchor: re.Match[str], text: str, start: int) -> bool:
    before = max(start, anchor.start() - CLAUSE_OPENING_REACH)
    return not text[start:anchor.start()].strip() or bool(_CLAUSE_OPENING.search(text, before, anchor.start()))


# "The United States on Thursday told its citizens not to travel to Lamu county, two days after gunmen opened fire on
# a bus": the day's clause tells no act (no act word, no other date before the comma), so the anchor that closes it
# counts back from that day as one right after it would.
CLOSING_ANCHOR_REACH = 130  # the clause's rest (100 characters), the comma and the count
_ANCHOR_CLOSING_THE_CLAUSE = re.compile(rf"(?i)[^,;.\d]{{0,100}}?,\s*(?:just\s+|only\s+|some\s+)?(?:{_AFTER_COUNT})\s+after\b")


def _anchor_closing_the_clause(mention: DateMention, text: str, end: int) -> re.Match[str] | None:
    anchor = _ANCHOR_CLOSING_THE_CLAUSE.match(text, mention.span.end, end)
    if anchor is None or _ACT_WORD.search(text, mention.span.end, anchor.start("count") if anchor.group("count")
                                          else anchor.start("one")):
        return None
    return anchor


def counted_anchor(counted: DateMention, text: str, start: int, end: int) -> re.Match[str] | None:
    """The anchor a day ``find_dates`` gave was counted back from, if any (one that followed the day is inside its
    widened span)."""
    if "after" not in text[max(start, counted.span.start - ANCHOR_BEFORE_REACH):counted.span.end]:
        return None  # speed only: every anchor holds "after"
    inside = _ANCHOR_AFTER_DATE.search(text, counted.span.start, counted.span.end)
    if inside is not None and inside.end() == counted.span.end:
        return inside
    return aftermath_anchor(counted, text, start, end)


def named_day(counted: DateMention, anchor: re.Match[str]) -> DateMention:
    """The day as named, before ``_counted_back`` moved it to the act's ("Two days after the raid, on Tuesday, a
    bus hit a mine": Tuesday is the bus's day)."""
    days = 1 if anchor.group("one") else _count(anchor.group("count")) * _DAYS_IN[anchor.group("unit").lower()]
    shift = timedelta(days=days)
    window = (counted.window[0] + shift, counted.window[1] + shift)
    return DateMention(counted.day + shift, counted.time_precision, window, counted.span, counted.expression)


def _counted_back(mention: DateMention, anchor: re.Match[str], span: Span) -> DateMention:
    days = 1 if anchor.group("one") else _count(anchor.group("count")) * _DAYS_IN[anchor.group("unit").lower()]
    shift = timedelta(days=days)
    window = (mention.window[0] - shift, mention.window[1] - shift)
    return DateMention(mention.day - shift, mention.time_precision, window, span, mention.expression)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else SMALL_NUMBERS[" ".join(word.lower().split())]


# "Families waited outside the camp hospital on Monday after Saturday's missile strike": a day followed in
# its clause by "after" and an earlier day of an act is the aftermath's, when the clause before it tells no act of
# its own ("Protesters marched on Monday after Saturday's killing" keeps its Monday). It takes the act's day.
# A follow-up ties its day to the act by other words too: "funerals were held on Saturday for victims of
# Thursday's drone strike", "the probe opened on Monday into Friday's bombing", "mourning on Sunday following
# Friday's raid" (merge round eight: one incident's follow-ups dated by their own day stayed apart from it).
# A claim or a condemnation names the act it answers the same way: "the rebels on Monday claimed last Thursday's
# car bombing", "the president on Sunday condemned yesterday's attack" (merge round ten).
_AFTER_BETWEEN = re.compile(r"[^,;.!?\n]{0,60}?\b(?P<link>after|following|over|into|for|of|claimed|condemned)\b"
                            r"[^,;.!?\n]{0,40}")
# "march" in lower case only: "Niamey, March 23 – Niger began mourning on Saturday after ..." names a month.
_OWN_ACT_WORD = re.compile(r"\b(?:(?i:protest\w*|demonstrat\w*|rall\w*|riot\w*|loot\w*|arrest\w*)|march\w*)\b")
_CLAUSE_START = re.compile(r"[.!?;\n][^.!?;\n]*$")
# Characters after the earlier day searched for the act's word ("Saturday's missile strike", "Friday night's raid").
ACT_AFTER_DAY_REACH = 40


def _aftermath_of(mention: DateMention, later: DateMention | None, text: str, start: int) -> DateMention:
    """The day of the act told after "after" ("on Monday ... after Saturday's missile strike" is Saturday)."""
    if later is None or later.day >= mention.day or later.time_precision != 1:
        return mention
    between = _AFTER_BETWEEN.fullmatch(text, mention.span.end, later.span.start)
    if between is None or (between.group("link") != "after" and not later.span.text.endswith(("'s", "’s"))):
        return mention  # other links name the act by its day's possessive ("victims of Thursday's strike"), not
        # an act dated after it ("accused the militia of killing 12 in Kajuru on Sunday": the charge's Monday)
    act = text[later.span.start:later.span.end + ACT_AFTER_DAY_REACH]
    if not _ACT_WORD.search(text, between.start("link"), later.span.start) \
            and not _ACT_WORD.search(act):
        return mention
    if _tells_its_own_act(text, start, mention.span.start) or _ACT_WORD.search(text, mention.span.end,
                                                                                between.start("link")):
        return mention  # "Gunmen on Saturday shot dead two survivors of Thursday's massacre": an act of its own
    span = Span(mention.span.start, later.span.start, text[mention.span.start:later.span.start].rstrip())
    return DateMention(later.day, later.time_precision, later.window, span, mention.expression)


def is_aftermath_of_an_act(day: Span, text: str, start: int = 0) -> bool:
    """'Chad declared mourning on Monday after gunmen killed 30 herders': a day followed in its clause by
    "after" and an act, in a clause (from ``start`` at the earliest) that tells no act of its own. The act came
    before that day."""
    after = _AFTER_IN_CLAUSE.match(text, day.end, day.end + AFTER_IN_CLAUSE_REACH)
    if after is None or _tells_its_own_act(text, start, day.start):
        return False
    return bool(_ACT_WORD.search(text, after.end(), after.end() + ACT_WORD_REACH))


_AFTER_IN_CLAUSE = re.compile(r"[^,;.!?\n]{0,60}?\bafter\b")
AFTER_IN_CLAUSE_REACH = 66  # the 60 characters _AFTER_IN_CLAUSE allows before "after", and the word


def names_an_act(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word of an act of violence or of a crowd's."""
    return bool(_ACT_WORD.search(text, start, end) or _OWN_ACT_WORD.search(text, start, end))


def _tells_its_own_act(text: str, start: int, end: int) -> bool:
    before = text[start:end]
    opened = _CLAUSE_START.search(before)
    clause = before[opened.start() + 1:] if opened else before
    return bool(_ACT_WORD.search(clause) or _OWN_ACT_WORD.search(clause))


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def is_event_date(mention: DateMention) -> bool:
    """False for background markers ("in 2012", "earlier this year") and future weekdays."""
    return mention.expression not in BACKGROUND_EXPRESSIONS and mention.day is not None
