"""What a story is news of: an act, or a frame that retells acts (a verdict, a report, an anniversary, talks, ...).

A story whose lead (title and first sentence) names a frame and tells no act of the story's own days is about that
frame: the sentences of violence below it retell the past or give someone's account ("The court spent months
reconstructing the morning of 22 March 2016", "its twin car bombs last October"). ``frames_the_story`` reads the
lead once per question; ``event_filter`` asks it only for an event that has no fresh evidence of its own (an act with
its own day close to publication), so a story whose lead reports an act keeps today's reading, and a fresh act
told in the body of a frame story ("On Monday morning a roadside bomb tore through a minibus") stays an event.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from eventwire.extract.context import ArticleContext
from eventwire.extract.cues import ASIDE
from eventwire.extract.dates import MONTHS
from eventwire.extract.detect import REPORT, Trigger, find_triggers
from eventwire.extract.gates import gate_words
from eventwire.extract.lexicon import may_hold_any

# The frames a lead can name, by kind: the kinds of non-event story the earlier rounds met (trials, reports,
# anniversaries, obituaries, analysis, campaigns, sanctions, talks, displacement, hostages, profiles, interviews;
# round eleven's drills, bounties, threats, crime figures, aid convoys, sport and festivals; round twelve's opinion
# columns; round fourteen's statements of capacity), in their common words, as
# tests/extract/test_nonevents_round7.py's table of leads writes them. ACLED's coders do write some of them beside
# events (963 of the 67,931 `../shared/train/` notes name one in their first sentence, mostly "anniversary",
# "displaced", "refugees": `benchmarks/news-nonevent7/frame_words.py notes`), so a word alone decides nothing: the
# lead must also report no act, and the reading applies to stories only (``STORY_MIN_SENTENCES``).
_FRAME_WORDS = re.compile(
    # a court: a verdict, a sentence, an appeal, an indictment
    r"\b(?:verdicts?|sentenc(?:e|es|ed|ing)|convict(?:s|ed|ion|ions)|acquitt\w+|trials?|tribunals?|appeals? judges|"
    r"upheld|upholds?|indict(?:s|ed|ment)|war crimes|crimes against humanity|genocide|"
    # a report, an inquiry, an analysis, a profile
    r"reports? (?:says?|finds?|released|published)|(?:in|a|its) (?:[\w-]+ )?report|inquiry|investigation (?:by|into)|"
    r"findings|analysis|analysts? says?|profile|interview(?:s|ed)?|rights (?:office|group|groups|chief)|"
    # a tally of a period: "civilian casualties this year have reached their highest level"
    r"civilian casualties|highest level|record high|[\w-]+-year high|"
    r"(?:monthly|quarterly|yearly|annual) (?:tolls?|tall(?:y|ies)|figures|counts?|casualt(?:y|ies))|"
    # an anniversary, a memorial, an obituary
    r"anniversary|(?:years|decades) (?:since|after|on)|to remember|mark(?:s|ed|ing)? (?:[\w-]+ )?years|"
    r"dies|died (?:at|in|on) (?:the )?(?:age|hospital|home|prison|dawn)|dies at \d+|obituary|"
    # a campaign, sanctions, talks, displacement, hostages held
    r"campaign(?:s|ing)? (?:theme|trail|rall\w+)|election campaign|presidential election|"
    r"sanctions?|embargo|designat(?:es|ed|ion)|"
    r"peace talks|talks|negotiat(?:ions|ors|ing)|ceasefire talks|"
    r"displaced|refugees|in exile|exodus|"
    r"hostages?|ransoms?|detained (?:aid|UN) staff|"
    # a drill, a bounty, a threat, crime figures, aid, a match, a festival (not a deployment, a withdrawal or a
    # supply convoy: "army deploys in Khiam after Israeli withdrawal", "ambush on Djibo supply convoy" are news)
    r"exercises?|drills?|war games|rewards? (?:of|for)|bount(?:y|ies)|threat(?:en|ens|ened)|vow(?:s|ed)? to|"
    r"crime (?:statistics|figures)|aid (?:convoys?|deliveries|trucks|agencies)|football|cycling|tournament|festival|"
    r"book fair|"
    # round twelve's opinion pieces: a column argues about acts it does not report ("Opinion: El Fasher is being
    # starved", "The writer is a lecturer")
    r"opinion|op-ed|editorial|commentary|columnist|"
    # round thirteen's timelines, travel advice, parades, recruitment, aid suspended, arms deals and accidents:
    # stories that name acts of violence only as their background (not "what we know about": it explains fresh acts)
    r"timeline|key (?:moments|dates)|travel (?:advice|advisory|advisories|warnings?)|"
    r"against (?:all )?(?:but essential )?travel|parade[sd]?|recruit(?:s|ed|ing|ment)|"
    r"suspend(?:s|ed|ing)? (?:its |their )?(?:work|operations|activities|programmes|programs)|"
    r"arms (?:deals?|sales?|deliver(?:y|ies))|deal to buy|accident|collapse[sd]?|collided|capsized|overturned|"
    r"derailed|"
    # round fourteen's statements of capacity: a force that "has the means to crush", "is capable of reaching any
    # target", "is ready to repel any aggression" tells what it could do; the acts below are its record
    r"(?:means|capacity|capability|ability) (?:necessary )?to (?:crush|defeat|repel|strike|hit|reach|respond)|"
    r"capable of (?:reaching|striking|hitting|crushing|defeating)|ready to (?:repel|crush|strike|respond to)|"
    r"maximum alert)\b",
    re.IGNORECASE,
)
_FRAME_NEEDS = gate_words(_FRAME_WORDS)  # speed only: read off the pattern, never kept by hand

# A lead that tells acts as a period's, not as a day's news: "over the past year", "in the year since the coup",
# "between January and mid-November", "for decades", an old year ("the 2016 attacks").
_PERIOD = re.compile(
    r"\b(?:(?:over|in|during) the (?:past|last) (?:[\w-]+ )?(?:years?|months|decades?)|in (?:the )?past year|"
    r"in the (?:[\w-]+ )?years? since|since (?:19|20)\d\d|between [A-Z][a-z]+ and|"
    r"for (?:more than |nearly |almost |over )?(?:[\w-]+ )?(?:years|decades))\b",
)

# A bare death ("dies at 72", "died on Thursday") is an obituary's frame, not an act.
_BARE_DEATHS = frozenset({"died", "dies", "has died"})


# A story has a lead and a body; a snippet or a short brief (the news-types sets: one to four sentences) is all
# lead, and its one act is its news whatever frame it names ("Kidnappers took a Chinese engineer ... and are
# demanding a ransom"). Set between the snippets' longest (6 sentences, of 2,073) and the shortest long story we hold (12).
STORY_MIN_SENTENCES = 8


def frames_the_story(context: ArticleContext) -> bool:
    """The lead names a frame and reports no act of its own days: the story is news of the frame."""
    if len(context.sentences) < STORY_MIN_SENTENCES:
        return False
    lead = context.sentences[0]
    after_dateline = max([lead.start] + [span.end for span in context.excluded if lead.start <= span.end <= lead.end])
    return _framed_lead(context.article.title, context.text, after_dateline, lead.end, context.published)


# Asked once per event of an article, always of the same lead: the last article's answer is kept (speed only; the
# answer depends on nothing but the arguments).
@lru_cache(maxsize=1)
def _framed_lead(title: str, text: str, start: int, end: int, published: date) -> bool:
    lead = text[start:end]
    if not any(may_hold_any(part, _FRAME_NEEDS) and _FRAME_WORDS.search(part) for part in (title, lead)):
        return False
    return not _lead_reports_an_act(text, start, end, published)


# A lead that counts a whole earlier year's acts ("killed more than 4,000 civilians across Nigeria in 2023", "killed
# civilians throughout 2024", a rights group's yearly survey published in January) tells a tally, not a day's act.
_YEAR_TOLD = re.compile(r"\b(?:in|during|throughout) (?:early |late |mid-)?((?:19|20)\d\d)\b(?![-–/]\d)")
# Likewise a whole earlier month with no day ("Fifty-two civilians were killed or wounded in Yemen in June, a
# monitoring project said" in July; "in March 2024"): a monthly count. The month of publication stays open.
_MONTH_TOLD = re.compile(
    r"\b(?:in|during|throughout) (?:early |late |mid-)?(" + "|".join(tuple(MONTHS)[:12]) + r")\b(?!\s+\d{1,2}\b)"
    r"(?:,?\s+((?:19|20)\d\d)\b)?")


def _lead_reports_an_act(text: str, start: int, end: int, published: date) -> bool:
    """A verb of the lead reports an act (perhaps in an aside) and the lead does not set it in a period."""
    if not any(reports_an_act(t) for t in find_triggers(text, start, end, published)):
        return False
    return _PERIOD.search(text, start, end) is None and not _told_in_an_earlier_year(text, start, end, published) \
        and not _told_in_an_earlier_month(text, start, end, published)


def _told_in_an_earlier_year(text: str, start: int, end: int, published: date) -> bool:
    return any(int(year.group(1)) < published.year for year in _YEAR_TOLD.finditer(text, start, end))


def _told_in_an_earlier_month(text: str, start: int, end: int, published: date) -> bool:
    for told in _MONTH_TOLD.finditer(text, start, end):
        month = MONTHS[told.group(1)]
        year = int(told.group(2)) if told.group(2) else published.year - (month > published.month)
        if (year, month) < (published.year, published.month):
            return True
    return False


def reports_an_act(trigger: Trigger) -> bool:
    """A live verb (or one in an aside) that reports an act; a bare death is no act."""
    return (trigger.kind == REPORT and trigger.blocked_by in (None, ASIDE)
            and trigger.span.text.lower() not in _BARE_DEATHS)
