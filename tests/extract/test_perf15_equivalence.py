"""Speed round fifteen: word sets read off their patterns, and the next gates (every output identical).

``gates.whole_words`` spells the first word of every alternative of an alternation of words, so the sets the word
gates ask (``TextWords.holds_word``) are derived at import and cannot fall behind their patterns; the toll verbs
"gave|given|giving" have one source. The sets' own tests (spelled independently, every stretch of texts, generated
passages) stay in ``test_perf14_equivalence.py``.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import cues, mentions
from eventwire.extract.fatalities import find_casualties
from eventwire.extract.fatalities import rules as fatality_rules
from eventwire.extract.gates import whole_words
from eventwire.extract.roles.victims import _PERSON_NOUNS, PERSON_NOUN_WORDS
from eventwire.extract.sentences import Sentence

# ------------------------------------------------------------------------------------------- whole_words, by rows
WHOLE_WORDS = [
    (r"crew(?:\s+members)?", {"crew"}),  # the first word ends at the blank
    (r"m[ae]n", {"man", "men"}),
    (r"nationals?|citizens?", {"national", "nationals", "citizen", "citizens"}),
    (r"missionar(?:y|ies)", {"missionary", "missionaries"}),
    (r"spoke of|told of|TELLS", {"spoke", "told", "tells"}),  # lower case, the phrase's first word
    (r"workers'?|anti-tank", {"workers", "anti"}),  # an apostrophe and a hyphen end a word
    (r"x{1,2}y", {"xy", "xxy"}),
    (r"\bsaid\b|on\s+\w+", {"said", "on"}),  # a repeat of word characters after the first word ends is not read
    (r"(?:raised|put)(?:\s+(?:down|up))?", {"raised", "put"}),
    (r"(?:a|b)(?:c|d)", {"ac", "ad", "bc", "bd"}),
]


@pytest.mark.parametrize(("alternation", "words"), WHOLE_WORDS)
def test_whole_words(alternation, words):
    assert whole_words(alternation) == words


@pytest.mark.parametrize("alternation", [
    r"\w+",  # a first word of any letters
    r"[a-z]+men",
    r"(?:x)?\s+y",  # an alternative that may begin with no word at all
    r"men|",
    "école",  # case-insensitive matching of a non-ASCII letter is not read
    r"(?:men)*",
    r"\d+ killed",
])
def test_whole_words_refuses_what_it_cannot_spell(alternation):
    with pytest.raises(ValueError):
        whole_words(alternation)


# Every string an alternation matches begins with one of its whole words (hypothesis writes the strings).
SPELLED = [_PERSON_NOUNS, cues._TELLING_OF, cues._TELLING_HOW, cues._REPORTED_CASES, fatality_rules.TOLL_GIVEN,
           *(alternation for alternation, _ in WHOLE_WORDS)]


@pytest.mark.parametrize("alternation", SPELLED)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_string_of_the_alternation_begins_with_one_of_its_words(alternation, data):
    text = data.draw(st.from_regex(re.compile(rf"(?:{alternation})", re.IGNORECASE), fullmatch=True))
    first = re.match(r"\w*", text.lower()).group()
    assert first in whole_words(alternation)


# --------------------------------------------------------------------------------- the sets derived at import
def test_the_person_nouns_are_derived_from_their_alternation():
    assert PERSON_NOUN_WORDS == whole_words(_PERSON_NOUNS)
    assert {"crew", "businessman", "businessmen", "missionaries", "women"} <= PERSON_NOUN_WORDS
    assert "members" not in PERSON_NOUN_WORDS  # "crew members" is read at its first word


def test_the_retold_look_back_is_written_with_the_alternations_its_words_come_from():
    pattern = cues._RETOLD_BEFORE.pattern
    assert pattern.startswith(rf"\b(?:{cues._TELLING_OF})\s+(?:being|having been|how)\b")
    assert rf"|\b(?:{cues._TELLING_HOW})\b(?P<told>" in pattern
    assert pattern.count(f"(?:{cues._REPORTED_CASES}) ") == 2
    assert cues.RETOLD_WORDS == whole_words(cues._TELLING_OF) | whole_words(cues._TELLING_HOW) | whole_words(
        cues._REPORTED_CASES)


# ------------------------------------------------------------------------------- the toll verbs, one source
def test_the_toll_update_reads_the_given_toll_from_the_fatality_rules_verbs():
    assert rf"\b(?:{fatality_rules.TOLL_GIVEN})\s+the\s+(?:death\s+)?toll" in mentions._TOLL_UPDATE_SENTENCE.pattern
    assert set(fatality_rules.TOLL_GIVEN.split("|")) < set(fatality_rules._TOLL_GIVING.split("|"))


# (sentence, an update for ``mentions``, the count the fatality rules read): the present forms are the rules' only
TOLLS_GIVEN = [
    ("By Sunday the governor gave the toll as 52.", True, 52),
    ("Officials later gave the death toll from the blast as 31.", True, 31),
    ("The ministry, giving the toll as 12, closed the road.", True, 12),
    ("The ministry gives the toll as 12.", False, 12),
    ("The governor gave the toll as his reason for closing the border.", True, None),
    ("The governor gave the order as the troops withdrew.", False, None),
]


@pytest.mark.parametrize(("text", "update", "count"), TOLLS_GIVEN)
def test_tolls_given_read_as_before(text, update, count):
    assert (mentions._toll_update_in(Sentence(0, len(text), text, 0)) is not None) is update
    killed = [m.low for m in find_casualties(text) if m.kind == "killed"]
    assert killed == ([count] if count is not None else [])
