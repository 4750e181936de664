"""Speed round sixteen: a sentence's readings asked once (every output identical).

``dates.lower_keeping_offsets`` keeps the passage it lowered last: a sentence's facts read its dates, then its
counts, from the same lower case, and ``_occasion_days`` reads the one ``_candidates`` made instead of lowering the
passage again. The answer must be what lowering afresh gives (``dates._lowered_at_offsets``, the old code),
whatever the order of the asks; a new passage, another text or other offsets are lowered afresh.

``detect._spans_a_period`` keeps each sentence's answer by its text for the article: ``classifier_candidates`` and
``classified_trigger`` ask it of the same sentences. The answer must be the reading's, the table emptied at every
article and bounded.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import ExtractionKit, dates, detect, extract_events
from eventwire.extract.dates import find_dates, lower_keeping_offsets
from eventwire.extract.fatalities import find_casualties
from eventwire.extract.lexicon import may_hold_any
from eventwire.extract.sentences import Sentence
from eventwire.records import Article

PUBLISHED = date(2023, 5, 8)


def _forget_all() -> None:
    """Each test from a clean slate (the tables emptied in place: compiled code holds no other reference)."""
    if hasattr(dates, "_LAST_LOWERED"):
        dates._LAST_LOWERED[0] = ("", 0, 0, "")
    getattr(detect, "_PERIOD_READINGS", {}).clear()


@pytest.fixture(autouse=True)
def _nothing_kept():
    _forget_all()
    yield
    _forget_all()


ARTICLE = ("Gunmen killed 12 villagers in Dansadau on Sunday, police said. The army said on Monday that "
           "soldiers had killed 30 fighters. ÎSTANBUL İzmir KELVIN – “three” dead.")
SENTENCE_ONE, SENTENCE_TWO = (0, 62), (63, 124)


# ------------------------------------------------------------------------- the passage asked again: made once
def test_the_same_passage_asked_again_is_the_string_made_before():
    first = lower_keeping_offsets(ARTICLE, *SENTENCE_TWO)
    assert lower_keeping_offsets(ARTICLE, *SENTENCE_TWO) is first  # old code: a new string each ask


def test_dates_then_counts_of_one_sentence_lower_it_once():
    start, end = SENTENCE_ONE
    found_dates = find_dates(ARTICLE, PUBLISHED, start, end)
    kept = dates._LAST_LOWERED[0]  # old code: nothing kept (every ask lowered)
    assert kept[:3] == (ARTICLE, start, end)
    counts = find_casualties(ARTICLE, start, end)
    assert dates._LAST_LOWERED[0] is kept  # the counts read the dates' lower case, no new one made
    assert [d.span.text for d in found_dates] == ["on Sunday"]
    assert [(c.low, c.kind) for c in counts] == [(12, "killed")]


# ------------------------------------------------------------------ twins: what must be lowered afresh
TWINS = [
    # (first ask, second ask): the second must be lowered as if asked alone
    ((ARTICLE, 0, 62), (ARTICLE, 63, 124)),  # other offsets
    ((ARTICLE, 0, 62), (ARTICLE, 0, 61)),  # another end
    ((ARTICLE, 0, 62), (ARTICLE, 1, 62)),  # another start
    ((ARTICLE, 0, None), (ARTICLE, 0, len(ARTICLE))),  # the same passage, asked by its end: equal either way
    ((ARTICLE, 125, None), (ARTICLE.replace("İ", "I"), 131, None)),  # another text, the same offsets
    (("Killed TWO", 0, 10), ("KILLED two", 0, 10)),  # equal length, other letters
    (("x" * 5 + "İZMİR", 5, 10), ("x" * 5 + "İZMİR", 5, 10)),  # "İ" stays itself, offsets kept
    (("ab", 5, 9), ("ab", 0, 9)),  # offsets past the text's end
]


@pytest.mark.parametrize(("first", "second"), TWINS)
def test_another_passage_is_lowered_afresh(first, second):
    assert lower_keeping_offsets(*first) == dates._lowered_at_offsets(*first)
    assert lower_keeping_offsets(*second) == dates._lowered_at_offsets(*second)


def test_an_equal_text_in_another_string_gets_an_equal_answer():
    text = "".join(["Rebels ", "KILLED ", "four"])
    twin = "".join(["Rebels ", "KILLED ", "four"])
    assert text == twin and text is not twin
    assert lower_keeping_offsets(text, 0, 18) == lower_keeping_offsets(twin, 0, 18) == "rebels killed four"


# ------------------------------------------------------------- the occasion's cue read off the kept lower case
OCCASIONS = [
    ("Fighters attacked the town on the eve of Timkat. Timkat fell on Friday this year.", 0, 48, True),
    ("The truce began on Monday. On the second DAY OF the truce, shells fell.", 27, 71, True),
    ("On the EVE OF Eid, gunmen struck.", 0, 33, True),
    ("The attack came at dawn on Sunday.", 0, 34, False),
    ("The eve of", 5, 10, False),  # the cue begins before the passage
    ("İZMİR, the eve of Nowruz", 0, 24, True),  # a kept "İ" before the cue
    ("THE DAY İOF", 0, 11, False),  # an "İ" inside the cue's place
    ("the dayof", 0, 9, False),
]


@pytest.mark.parametrize(("text", "start", "end", "has_cue"), OCCASIONS)
def test_the_occasion_cue_is_read_as_before(text, start, end, has_cue):
    window = text[start:end].lower()  # the old gate
    assert any(cue in window for cue in dates._OCCASION_CUES) is has_cue
    kept = lower_keeping_offsets(text, start, end)[start:]
    assert any(cue in kept for cue in dates._OCCASION_CUES) is has_cue


def test_an_occasions_day_is_found_after_the_kept_lowering():
    text = "Fano fighters attacked Debre Markos on the eve of Timkat. Timkat fell on Friday this year."
    lower_keeping_offsets(text, 0, 57)  # kept, as ``_candidates`` leaves it
    found = [(d.span.text, d.day) for d in find_dates(text, PUBLISHED, 0, 57)]
    assert ("the eve of Timkat", date(2023, 5, 4)) in found


# ------------------------------------------------------------------ generated asks, in any order
_LETTERS = "aAbKkİıſ– ’“".replace("K", "K\u212a")
_ASKS = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 14), st.one_of(st.none(), st.integers(0, 16))),
                 min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(st.text(alphabet=_LETTERS, max_size=14), min_size=3, max_size=3), asks=_ASKS)
def test_any_order_of_asks_answers_what_lowering_gives(texts, asks):
    for which, start, end in asks:
        assert lower_keeping_offsets(texts[which], start, end) == dates._lowered_at_offsets(texts[which], start, end)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="deyvof İIı\u0307DEYVOF", max_size=20), start=st.integers(0, 8),
       end=st.integers(0, 22))
def test_generated_passages_hold_a_cue_as_before(text, start, end):
    old = text[start:end].lower()
    new = lower_keeping_offsets(text, start, end)[start:]
    for cue in dates._OCCASION_CUES:
        assert (cue in old) == (cue in new)


# ================================================ a sentence's period reading asked once an article (detect.py)
class _CountingPattern:
    """Answers like the pattern it wraps and counts the texts it is asked to read."""

    def __init__(self, pattern):
        self.pattern, self.reads = pattern, 0

    def finditer(self, text, *where):
        self.reads += 1
        return self.pattern.finditer(text, *where)


@pytest.fixture
def period_reads(monkeypatch):
    counting = _CountingPattern(detect._SPANS_A_PERIOD)
    monkeypatch.setattr(detect, "_SPANS_A_PERIOD", counting)
    return counting


SUMMED_UP = "Over the past three years, militants have killed hundreds of villagers in the region."


def test_a_sentence_asked_again_is_read_once(period_reads):
    sentence = Sentence(0, len(SUMMED_UP), SUMMED_UP, 0)
    assert detect._spans_a_period(sentence) and detect._spans_a_period(sentence)
    assert period_reads.reads == 1  # old code: the candidates' ask and the classifier trigger's each read it


def test_the_same_words_at_other_offsets_are_read_once(period_reads):
    first, again = Sentence(0, 86, SUMMED_UP, 0), Sentence(400, 486, "".join([SUMMED_UP[:40], SUMMED_UP[40:]]), 3)
    assert detect._spans_a_period(first) is detect._spans_a_period(again) is True
    assert period_reads.reads == 1  # old code: 2


PERIODS = [
    (SUMMED_UP, True),
    ("Gunmen killed five people in the village on Sunday, police said.", False),
    ("The town has been occupied since Sunday, residents said.", False),  # a recent moment after "since"
    ("Troops, who had been stationed there since 2016, moved out on Monday.", False),  # "since" in a clause
    ("Fighting has displaced thousands since March.", True),
    ("Two people were killed every day, the report said.", True),
    ("He was freed two years ago.", True),
    ("", False),
]


@pytest.mark.parametrize(("text", "spans"), PERIODS)
def test_a_period_is_read_as_before(period_reads, text, spans):
    sentence = Sentence(10, 10 + len(text), text, 1)
    assert detect._spans_a_period(sentence) is spans
    assert detect._spans_a_period(sentence) is spans  # the kept answer
    getattr(detect, "forget_period_readings", lambda: None)()  # (a twin: passes on the old code too)
    assert detect._spans_a_period(sentence) is spans  # read afresh


def test_every_text_gets_its_own_reading(period_reads):
    answers = [detect._spans_a_period(Sentence(0, len(text), text, 0)) for text, _ in PERIODS]
    assert answers == [spans for _, spans in PERIODS]
    assert period_reads.reads == sum(may_hold_any(text, detect._SPANS_A_PERIOD_NEEDS) for text, _ in PERIODS)


def test_forgotten_readings_are_read_again(period_reads):
    sentence = Sentence(0, len(SUMMED_UP), SUMMED_UP, 0)
    detect._spans_a_period(sentence)
    detect.forget_period_readings()
    detect._spans_a_period(sentence)
    assert period_reads.reads == 2


def test_the_kept_readings_are_bounded(period_reads):
    for number in range(detect.PERIOD_READINGS_KEPT + 10):
        text = f"Rebels have attacked the town every week since {number}."
        detect._spans_a_period(Sentence(0, len(text), text, 0))
    assert len(detect._PERIOD_READINGS) <= detect.PERIOD_READINGS_KEPT


def test_each_article_starts_with_no_period_reading():
    detect._PERIOD_READINGS[SUMMED_UP] = False  # a wrong answer left over (old code: no such table)
    kit = ExtractionKit.load()
    article = Article(id="p16", title="", text=SUMMED_UP, published_at=datetime(2023, 5, 8, tzinfo=timezone.utc))
    extract_events(article, kit)
    assert detect._PERIOD_READINGS.get(SUMMED_UP) is not False  # emptied when the article began
