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

from eventwire.extract import cues, lexicon, mentions, typing_rules
from eventwire.extract.fatalities import find_casualties
from eventwire.extract.fatalities import rules as fatality_rules
from eventwire.extract.gates import gate_words, required_words, whole_words
from eventwire.extract.lexicon import may_hold_any
from eventwire.extract.roles.victims import _PERSON_NOUNS, PERSON_NOUN_WORDS
from eventwire.extract.sentences import Sentence
from eventwire.records import Span

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


# ------------------------------------------------------------------ gate words that pass over a shunned word

SHUNNED = [
    # (pattern, shunned, gate): a requirement listing a shunned word, or a piece of one, is passed over ...
    (r"\bkilling (?:him|her)self\b", frozenset(), ("killing",)),
    (r"\bkilling (?:him|her)self\b", frozenset({"killing"}), (" herself", " himself")),
    (r"\b(?:killed|died)\b[^.;]{0,50}\bincluding the bombers?\b", frozenset({"including"}), (" the bomber",)),
    # ... but kept when nothing else is required
    (r"\bkilling\b", frozenset({"killing"}), ("killing",)),
    (r"\b(?:the|a)\s+(?:19|20)\d\d\b", frozenset({"the", "a"}), ("1", "2")),
]


@pytest.mark.parametrize(("pattern", "shunned", "gate"), SHUNNED)
def test_required_words_pass_over_shunned_words(pattern, shunned, gate):
    assert required_words(re.compile(pattern, re.IGNORECASE), shunned) == gate


SUICIDE_VOCABULARY = ["a", "the", "bomber", "bombers", "killing", "himself", "herself", "themselves", "kamikaze",
                      "kamikazes", "drone", "blew", "up", "detonated", "his", "her", "explosive", "suicide", "vest",
                      "belts", "wearing", "explosives", "strapped", "tied", "to", "body", "and", "including", "died",
                      "was", "killed", "made", "explode", "device", "bomb", "set", "off", "triggered", "an", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SUICIDE_VOCABULARY), max_size=12), st.sampled_from([" ", "  ", ", "]))
def test_no_suicide_wording_is_gated_away(words, blank):
    text = blank.join(words)
    if typing_rules._SUICIDE_WORDING.search(text):
        assert may_hold_any(text, typing_rules._SUICIDE_WORDING_NEEDS)


# (text, answer): each alternative of the wording, and texts the old gate passed ("killing", "including")
SUICIDE_TEXTS = [
    ("A kamikaze made herself explode at the gate, killing two guards.", True),
    ("The attacker blew himself up near the checkpoint.", True),
    ("A woman detonated her explosive vest in the market.", True),
    ("Two girls wearing explosives entered the mosque.", True),
    ("The bomb went off early, killing themselves and a soldier.", True),
    ("Five soldiers and the bomber died in the blast.", True),
    ("A man with explosives strapped to his body walked into the camp.", True),
    ("A car bomb killed 21 people, including the bomber.", True),
    ("Gunmen stormed the village, killing 12 people including two children.", False),
    ("A kamikaze drone struck the depot, killing three.", False),
    ("The rebels detonated a bridge, killing nobody, officials said.", False),
]


@pytest.mark.parametrize(("text", "answer"), SUICIDE_TEXTS)
def test_suicide_wording_reads_as_before(text, answer):
    decision = typing_rules._suicide_wording({"attack"}, text, None, 0, None)
    assert (decision is not None and decision.sub_event_type == "Suicide bomb") is answer
    assert bool(typing_rules._SUICIDE_WORDING.search(text)) is answer


class _Counting:
    """A compiled pattern that counts what it is asked."""

    def __init__(self, pattern):
        self.pattern, self.asked = pattern, 0

    def search(self, *args):
        self.asked += 1
        return self.pattern.search(*args)


@pytest.mark.parametrize(("text", "asked"), [
    ("Gunmen stormed the village, killing 12 people including two children.", 0),  # the old gate ran it
    ("Police said the attack, including the shooting that followed, left 4 dead.", 0),
    ("The attacker blew himself up near the checkpoint.", 1),
])
def test_the_suicide_wording_is_asked_only_where_a_rare_word_is(monkeypatch, text, asked):
    counting = _Counting(typing_rules._SUICIDE_WORDING)
    monkeypatch.setattr(typing_rules, "_SUICIDE_WORDING", counting)
    typing_rules._suicide_wording({"attack"}, text, None, 0, None)
    assert counting.asked == asked


# ----------------------------------------------------------------------- the earlier year's look-back
def test_the_earlier_year_gate_is_the_patterns_centuries():
    assert cues._EARLIER_YEAR_NEEDS == ("19", "20")
    assert rf"((?:{cues._CENTURIES})\d\d)" in cues._EARLIER_YEAR_BEFORE.pattern


# (text, the noun, the story's year, answer)
EARLIER_YEARS = [
    ("Survivors of the 2017 truck bombing gathered on Sunday.", "bombing", 2020, True),
    ("Survivors of the 1998 embassy bombings gathered.", "bombings", 2020, True),
    ("A march marked the 2021 attack on the school.", "attack", 2021, False),  # the story's own year
    ("A march marked the 2017 attack on the school.", "attack", None, False),
    ("Survivors of the truck bombing gathered on Sunday.", "bombing", 2020, False),
    ("Survivors of the 315 truck bombings gathered.", "bombings", 2020, False),
]


@pytest.mark.parametrize(("text", "noun", "year", "answer"), EARLIER_YEARS)
def test_dated_earlier_reads_as_before(text, noun, year, answer):
    at = text.index(noun)
    assert cues._dated_earlier(text, Span(at, at + len(noun), noun), year) is answer


@pytest.mark.parametrize(("text", "noun", "year", "asked"), [
    ("Survivors of the truck bombing gathered on Sunday.", "bombing", 2020, 0),  # the old code ran it
    ("A march marked the 2017 attack on the school.", "attack", None, 0),
    ("Survivors of the 2017 truck bombing gathered on Sunday.", "bombing", 2020, 1),
])
def test_the_earlier_year_pattern_is_asked_only_with_a_year_and_a_century(monkeypatch, text, noun, year, asked):
    counting = _Counting(cues._EARLIER_YEAR_BEFORE)
    monkeypatch.setattr(cues, "_EARLIER_YEAR_BEFORE", counting)
    at = text.index(noun)
    cues._dated_earlier(text, Span(at, at + len(noun), noun), year)
    assert counting.asked == asked


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "a", "its", "2017", "1999", "2101", "19", "20", "truck", "attack", "of",
                                 "-", "1920s", "bombing"]), max_size=10))
def test_no_earlier_year_is_gated_away(words):
    text = " ".join(words) + " attack"
    start = len(text) - len("attack")
    if cues._EARLIER_YEAR_BEFORE.search(text, max(0, start - 40), start):
        assert may_hold_any(text[max(0, start - 40):start], cues._EARLIER_YEAR_NEEDS)


# --------------------------------------------------------------- the coup reading's key check, initial first

_KEYS_AS_ROUND_FOURTEEN_WROTE_THEM = (r"(?=[^.;:?!]{0,182}?(?:power|dissol|annul|suspen|put an end|ended|relieved|"
                                      r"president|head of state|prime minister))")
_COUP_NOW = re.compile(rf"\b(?:{lexicon.SEIZURE_OF_POWER})\b", re.IGNORECASE)
_COUP_BEFORE = re.compile(rf"\b(?:{lexicon.SEIZURE_OF_POWER.replace(lexicon._POWER_SEIZED_KEYS, _KEYS_AS_ROUND_FOURTEEN_WROTE_THEM, 1)})\b",
                          re.IGNORECASE)


def test_the_key_check_asks_the_keys_initials_first():
    assert f"(?=[{lexicon._POWER_KEY_INITIALS}])" in lexicon._POWER_SEIZED_KEYS
    assert set(lexicon._POWER_KEY_INITIALS) == {key[0] for key in lexicon._POWER_KEYS}
    assert _COUP_NOW.pattern != _COUP_BEFORE.pattern


COUP_ROWS = [
    "Soldiers detained President Bazoum at his residence on Wednesday.",
    "MUTINOUS SOLDIERS SAID THEY HAD SEIZED POWER.",
    "Army officers said after hours of gunfire that they had dissolved the transitional government.",
    "Officers suspended the constitution and annulled the election results.",
    "Colonels said they had put an end to the regime.",
    "Troops would seize power if the talks failed.",
    "Soldiers patrolled the market; the president later spoke.",
    "Soldiers guarded the ministry while the Prime Minister was abroad: nobody was held.",
]


@pytest.mark.parametrize("text", COUP_ROWS)
def test_the_coup_reading_finds_what_it_found(text):
    assert [m.span() for m in _COUP_NOW.finditer(text)] == [m.span() for m in _COUP_BEFORE.finditer(text)]


COUP_VOCABULARY = ["Soldiers", "army", "officers", "the", "President", "president", "power", "seized", "took",
                   "detained", "holding", "dissolved", "government", "which", "would", "suspended", "constitution",
                   "annulled", "election", "ended", "rule", "relieved", "of", "his", "functions", "put", "an", "end",
                   "to", "regime", "PRIME", "minister", "head", "state", "Power", "Dissolved", "a", "convoy", ".",
                   ",", ";", "!", "Bazoum"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(COUP_VOCABULARY), max_size=40))
def test_no_coup_match_moves(words):
    text = " ".join(words)
    assert [m.span() for m in _COUP_NOW.finditer(text)] == [m.span() for m in _COUP_BEFORE.finditer(text)]
