"""The date of an event: its own expression, else the paragraph's nearest earlier date, else the day it was
reported as said, else the story's last named day before it, else the publication date with a week-long window.
A lead that only tells the aftermath's day ("mourning was declared on Monday after gunmen killed 30") takes the
act's day the next sentence tells."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Sequence

from eventwire.extract.context import ArticleContext, is_event_date
from eventwire.extract.dates import is_aftermath_of_an_act, names_an_act
from eventwire.extract.mentions import Mention, is_speech_date_in
from eventwire.records import DateMention, Span

# An event with no date of its own takes the nearest earlier date of its paragraph, the day it was said, or the
# story's last named day before it (news-long dev set: event_date 0.902 → 0.951, F1 unchanged); failing all,
# the publication date with this precision (a news report is about the last few days) and this window.
FALLBACK_PRECISION = 2
FALLBACK_WINDOW_DAYS = 6


@dataclass(frozen=True)
class _When:
    day: date
    precision: int
    window: tuple[date, date]
    span: Span | None  # the date expression; the dateline (or None) when the publication date stands in
    inferred: bool  # not the event's own date expression

    # written out so mypyc compiles it (the generated one runs interpreted); test_perf12_equivalence checks the fields
    def __init__(self, day: date, precision: int, window: tuple[date, date], span: Span | None, inferred: bool) -> None:
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "window", window)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "inferred", inferred)


def event_date_of(mentions: Sequence[Mention], context: ArticleContext) -> _When:
    """The event's own date expression, else the paragraph's nearest earlier one (the act told before it: "hours
    later", "the same morning"; "the following day" adds a day), else the day it was said, else the story's
    nearest earlier named day, else the publication date."""
    own = sorted((d for m in mentions for d in m.dates), key=lambda d: _date_preference(d, context.text))
    if own:
        return _acts_day_told_next(_When(own[0].day, own[0].time_precision, own[0].window, own[0].span, False),
                                   mentions[0], context)
    earlier = _paragraph_date(mentions[0], context)
    if earlier is not None:
        return _later(_When(earlier.day, earlier.time_precision, earlier.window, earlier.span, True), mentions[0], context)
    said = _said_date(mentions)
    if said is not None:
        return _acts_day_told_next(_When(said.day, said.time_precision, said.window, said.span, True), mentions[0],
                                   context, said_only=True)
    earlier = _story_date(mentions[0], context)
    if earlier is not None:  # likeliest that day, but it may have happened any day up to publication
        window = (earlier.window[0], max(earlier.window[1], context.published))
        return _later(_When(earlier.day, earlier.time_precision, window, earlier.span, True), mentions[0], context)
    published = context.published
    window = (published - timedelta(days=FALLBACK_WINDOW_DAYS), published)
    dateline = context.article.dateline  # where the publication date shows in the text, if it does
    return _When(published, FALLBACK_PRECISION, window, dateline.span if dateline else None, True)


# "The following day", "two days later": counted from the date the story gave last ("hours later", "the same
# morning" keep it).
_DAYS_LATER = re.compile(
    r"\b(?:the (?:following|next) (?:day|morning|evening|night)|a day later|the day after|"
    r"(?P<count>two|three|four|five|[2-9]) days later)\b",
    re.IGNORECASE,
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


# Session 27: "A day earlier, the coalition said it had intercepted two drones", "A week earlier, jihadists killed 34
# soldiers": counted back from the date the story gave last (a week back is that week, not a day).
_DAYS_EARLIER = re.compile(
    r"\b(?:(?:a|one) day earlier|the (?:previous|preceding) day|the day before(?! yesterday)|"
    r"(?P<count>two|three|four|five|[2-9]) days earlier|(?P<week>a|one) week earlier)\b",
    re.IGNORECASE,
)
DAYS_IN_A_WEEK = 7


def _later(when: _When, mention: Mention, context: ArticleContext) -> _When:
    """The day told last moved on by "the following day", "two days later", else back by "a day earlier"."""
    match = _DAYS_LATER.search(mention.sentence.text)
    if match is None:
        return _earlier(when, mention)
    count = match.group("count")
    days = 1 if count is None else _COUNT_WORDS.get(count.lower()) or int(count)
    day = min(when.day + timedelta(days=days), context.published)
    window = (min(when.window[0] + timedelta(days=days), context.published), max(when.window[1], day))
    return replace(when, day=day, window=window)


def _earlier(when: _When, mention: Mention) -> _When:
    text = mention.sentence.text
    match = _DAYS_EARLIER.search(text) if "earlier" in text or "day" in text else None
    if match is None:
        return when
    if match.group("week"):
        day = when.day - timedelta(days=DAYS_IN_A_WEEK)
        return replace(when, day=day, precision=max(when.precision, 2),
                       window=(day - timedelta(days=3), day + timedelta(days=3)))
    count = match.group("count")
    back = timedelta(days=1 if count is None else _COUNT_WORDS.get(count.lower()) or int(count))
    return replace(when, day=when.day - back, window=(when.window[0] - back, when.window[1] - back))


def _acts_day_told_next(when: _When, mention: Mention, context: ArticleContext, said_only: bool = False) -> _When:
    """'Chad declared mourning on Monday after gunmen killed 30 herders. They struck ... on Saturday': the day of
    the aftermath gives way to the act's day the next sentence tells, when it is earlier by at most the fallback
    window (a report is about the last few days). So does the day the act was only said on (``said_only``: "gunmen
    killed 12 villagers, officials said on Monday. The gunmen arrived late on Saturday ...", round twenty-six)."""
    if when.span is None or when.precision != 1 or not mention.sentence.start <= when.span.start < mention.sentence.end:
        return when
    if not said_only and not is_aftermath_of_an_act(when.span, context.text, mention.sentence.start):
        return when
    following = [s for s in context.sentences if s.start >= mention.sentence.end][:1]
    if said_only and following and not _goes_on_with_the_doers(context.text, following[0].start, following[0].end):
        return when  # "... said on Monday. On Saturday, soldiers killed five militants": another act's day
    told = _event_dates_between(context, following[0].start, following[0].end, day_only=True) if following else []
    if told and when.day - timedelta(days=FALLBACK_WINDOW_DAYS) <= told[0].day < when.day:
        return _When(told[0].day, told[0].time_precision, told[0].window, told[0].span, True)
    return when


# "The gunmen arrived on motorbikes late on Saturday", "Residents said the attackers came shortly before midnight on
# Saturday": a sentence that goes on with the act's doers and tells no act of its own is the act's scene.
_THE_DOERS = re.compile(r"\b(?:the\s+(?:gunmen|attackers|assailants|raiders|militants|fighters|jihadists|bandits"
                        r"|insurgents|rebels))\b", re.IGNORECASE)


def _goes_on_with_the_doers(text: str, start: int, end: int) -> bool:
    return _THE_DOERS.search(text, start, end) is not None and not names_an_act(text, start, end)


def _said_date(mentions: Sequence[Mention]) -> DateMention | None:
    """The day it was said: the act happened then or shortly before."""
    return next((d for m in mentions for d in m.speech_dates), None)


# Among an event's own date expressions, a named day beats one counted from the publication date: in a
# Monday story about "an overnight raid" that "arrived late on Friday", Friday is the day.
_EXPRESSION_RANK = {"explicit": 0, "weekday": 1, "overnight": 3}


def _date_preference(mention: DateMention, text: str) -> tuple[int, int, int]:
    return (mention.time_precision, _EXPRESSION_RANK.get(mention.expression, 2), mention.span.start)


def _paragraph_date(mention: Mention, context: ArticleContext) -> DateMention | None:
    paragraph = [s for s in context.sentences if s.paragraph == mention.sentence.paragraph]
    return _last_event_date(context, paragraph[0].start, mention.start) if paragraph else None


def story_days(context: ArticleContext) -> list[DateMention]:
    """Every named day of the text that can date an event, in text order (what ``_story_date`` picks from)."""
    return _event_dates_between(context, 0, len(context.text), day_only=True)


def _story_date(mention: Mention, context: ArticleContext) -> DateMention | None:
    """A later paragraph without a date ("In Wad Madani, protesters marched") is about the days the story has
    dated so far: the nearest earlier date of the whole text."""
    return _last_event_date(context, 0, mention.start, day_only=True)


def _last_event_date(context: ArticleContext, start: int, end: int, day_only: bool = False) -> DateMention | None:
    """The last date before ``end`` that can date an event (not a statement's; with ``day_only``, a named day,
    not "last month")."""
    found = _event_dates_between(context, start, end, day_only)
    return found[-1] if found else None


def _event_dates_between(context: ArticleContext, start: int, end: int, day_only: bool) -> list[DateMention]:
    return [d for d in context.kit.find_dates(context.text, context.published, start, end)
            if is_event_date(d, context) and not is_speech_date_in(d, context)
            and (not day_only or d.time_precision == 1) and not _ends_a_night(d, context.text)]


# "on the night of Wednesday March 8 to Thursday March 9": the morning a night act ran into is no day of its own
# (ACLED dates the act to the day it began), so an undated act told after it ("The same night, ...") takes the first.
_NIGHT_OF_BEFORE = re.compile(r"\bnight\s+of\s+(?:[\w,]+\s+){1,4}(?:to|into|and)\s+$", re.IGNORECASE)
NIGHT_OF_REACH = 45  # characters before a date searched for "night of <day> to" (a weekday, a day and a month)


def _ends_a_night(mention: DateMention, text: str) -> bool:
    before = text[max(0, mention.span.start - NIGHT_OF_REACH):mention.span.start]
    return "night" in before and bool(_NIGHT_OF_BEFORE.search(before))
