"""Speed round fourteen: a reader asks the article's shared words a set instead of scanning with its regex.

``TextWords.holds_word`` answers "does a word of this stretch belong to this set" from the words the article was cut
into once; ``with_foreign_victims`` asks it before its pattern (the person's noun is a word of its own in every
match), ``cues._retold_experience`` before its look-back (the verb of telling, or the report's "cases"). A gate
must never say no where its pattern finds a match: checked on table rows, on every stretch of a few texts, on
generated passages, and against the patterns' own alternatives.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract.cues import _RETOLD_BEFORE, _RETOLD_NEEDS, RETOLD_WORDS, _retold_experience
from eventwire.extract.lexicon import _POWER_SEIZED_KEYS, SEIZURE_OF_POWER, may_hold_any
from eventwire.extract.roles.victims import _PERSON_NOUNS, FOREIGN_VICTIMS, PERSON_NOUN_WORDS, with_foreign_victims
from eventwire.extract.words import text_words
from eventwire.records import ActorMention, Span

# ------------------------------------------------------------------------------- holds_word, row by row
# (text, start, end, words, answer): the stretch's words are cut at its ends, compared in lower case, whole
HOLDS_WORD = [
    ("Three Chinese nationals were abducted.", 0, 38, frozenset({"nationals"}), True),
    ("THREE CHINESE NATIONALS WERE ABDUCTED.", 0, 38, frozenset({"nationals"}), True),
    ("The statement mentioned no names.", 0, 33, frozenset({"men", "man"}), False),  # "men" inside words only
    ("Romanian and Omani officials met.", 0, 33, frozenset({"man"}), False),
    ("The women's group marched.", 0, 26, frozenset({"women"}), True),  # an apostrophe ends the word
    ("A workers' strike began.", 0, 24, frozenset({"workers"}), True),
    ("A Nigerian mentioned it.", 0, 14, frozenset({"men"}), True),  # cut at the stretch's end: "men"
    ("A Nigerian mentioned it.", 0, 20, frozenset({"men"}), False),
    ("Two tourists were hurt.", 6, 23, frozenset({"tourists"}), False),  # cut at its start: "ourists"
    ("Two tourists were hurt.", 4, 23, frozenset({"tourists"}), True),
    ("Four crew_men were held.", 0, 24, frozenset({"men", "crew"}), False),  # "_" is a word character
    ("Four crew-men were held.", 0, 24, frozenset({"men"}), True),
    ("Five men2 were held.", 0, 20, frozenset({"men"}), False),
    ("Cinq hommes et deux femmes.", 0, 27, frozenset({"men"}), False),
    ("Two Turkish engineers in İzmir.", 0, 31, frozenset({"nobody"}), True),  # offsets do not align: passes
    ("Two Kelvin-sign \u212aurds.", 0, 21, frozenset({"nobody"}), True),  # a letter folds to ASCII: passes
    ("", 0, 0, frozenset({"men"}), False),
]


@pytest.mark.parametrize(("text", "start", "end", "words", "answer"), HOLDS_WORD)
def test_holds_word(text, start, end, words, answer):
    assert text_words(text).holds_word(start, end, words) is answer


@pytest.mark.parametrize(("text", "start", "end"), [(t, s, e) for t, s, e, _, _ in HOLDS_WORD])
def test_words_in_are_the_stretchs_own_words(text, start, end):
    words = text_words(text)
    if words.aligned:
        assert words.words_in(start, end) == re.findall(r"\w+", text[start:end].lower())


# ------------------------------------------------------------------- the person nouns are the pattern's own


def _spelled(items) -> set[str]:
    """Every string a parsed pattern of literals, small classes, alternatives, optional parts and ``\\s+`` matches
    (``\\s+`` spelled as one blank)."""
    strings = {""}
    for op, value in items:
        if op is sre.LITERAL:
            parts = {chr(value)}
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in value):
            parts = {chr(code) for _, code in value}
        elif op is sre.IN and value == [(sre.CATEGORY, sre.CATEGORY_SPACE)]:
            parts = {" "}
        elif op is sre.SUBPATTERN:
            parts = _spelled(value[3])
        elif op is sre.BRANCH:
            parts = set().union(*(_spelled(branch) for branch in value[1]))
        elif op is sre.MAX_REPEAT and value[:2] == (0, 1):
            parts = {""} | _spelled(value[2])
        elif op is sre.MAX_REPEAT and value[0] == 1 and value[2][0][0] is sre.IN:
            parts = _spelled(value[2])
        else:
            raise AssertionError(f"not spelled: {op}")
        strings = {s + p for s in strings for p in parts}
    return strings


def test_every_person_noun_of_the_pattern_has_its_word():
    nouns = _spelled(sre_parse.parse(_PERSON_NOUNS))
    assert "crew members" in nouns and "businessmen" in nouns
    assert {noun.lower().split()[0] for noun in nouns} == PERSON_NOUN_WORDS


def test_the_pattern_still_takes_the_noun_between_word_boundaries():
    # the gate's premise: a blank or a word boundary on each side of the noun in both alternatives
    assert FOREIGN_VICTIMS.pattern.count(_PERSON_NOUNS) == 2
    assert re.search(r"\\s\+\s*$", FOREIGN_VICTIMS.pattern.split(_PERSON_NOUNS)[0].replace(r"(?:[a-z][\w-]*\s+)?", ""))
    assert FOREIGN_VICTIMS.pattern.split(_PERSON_NOUNS)[1].startswith(r"\b|\b")
    assert FOREIGN_VICTIMS.pattern.split(_PERSON_NOUNS)[2].startswith(r"\s+of")


# ---------------------------------------------------------------- generated passages: no match is gated away
WORDS = ["a", "Nigerian", "Chinese", "Indian", "men", "Men", "MEN", "women", "woman's", "mentioned", "Omani",
         "statement", "crew", "members", "crewmen", "nationals", "of", "Lebanese", "origin", "nationality",
         "workers'", "Ukrainian", "and", "&", ",", "sailors", "including", "by", "herders", "İ", "ſ", "é", "_",
         "crew_men", "men2", "-", "priests", "businessmen", "missionaries", "nuns", "civilians", "refugees"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "  ", "\n", "-"]),
       st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=120))
def test_no_match_of_the_pattern_is_gated_away(words, blank, start, end):
    text = blank.join(words)
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    if FOREIGN_VICTIMS.search(text, start, end):
        assert text_words(text).holds_word(start, end, PERSON_NOUN_WORDS)


STRETCHED = ["A Nigerian mentioned three Omani crew_men and two Chinese tourists.",
             "Two Indian priests of Lebanese origin, and Ukrainian sailors' crew members."]


@pytest.mark.parametrize("text", STRETCHED)
def test_no_match_is_gated_away_in_any_stretch(text):
    words = text_words(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            if FOREIGN_VICTIMS.search(text, start, end):
                assert words.holds_word(start, end, PERSON_NOUN_WORDS), (start, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.integers(min_value=0, max_value=120),
       st.integers(min_value=0, max_value=120))
def test_the_word_gate_is_tighter_than_the_substring_gate(words, start, end):
    # a passage the word gate passes holds one of the old gate's strings: the new gate never asks the pattern more
    text = " ".join(words)
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    words = text_words(text)
    if words.aligned and not words.folds and words.holds_word(start, end, PERSON_NOUN_WORDS):
        assert may_hold_any(text[start:end], tuple(PERSON_NOUN_WORDS))


# ------------------------------------------------------------------- the reader's answers, with twins
CIVILIANS = ActorMention("Civilians (Philippines)", 7, "Philippines", None)
# (text, answer's actor2): passages the gate stops and passages it lets through
PASSAGES = [
    ("A Nigerian trader was shot dead in Manila.", "Civilians (Nigeria)"),
    ("Gunmen shot dead a businessman of Lebanese origin in Cebu.", "Civilians (Lebanon)"),
    ("The Nigerian statement mentioned a shooting in Manila.", "Civilians (Philippines)"),  # "men" in words only
    ("Gunmen shot dead two Romanian-born Filipinos in Cebu.", "Civilians (Philippines)"),
    ("Gunmen killed four people, including a Chinese citizen, in Cebu.", "Civilians (Philippines)"),
]


@pytest.mark.parametrize(("text", "actor2"), PASSAGES)
def test_foreign_victims_read_as_before(text, actor2):
    assert with_foreign_victims([CIVILIANS], text, (0, len(text)), "Philippines")[0].name == actor2


def test_a_passage_cut_mid_word_still_reads_its_noun():
    text = "A Nigerian mentioned the raid."
    cut = text.index("men") + 3
    assert FOREIGN_VICTIMS.search(text, 0, cut)  # the pattern sees the cut word as "men"
    assert text_words(text).holds_word(0, cut, PERSON_NOUN_WORDS)
    assert with_foreign_victims([CIVILIANS], text, (0, cut), "Philippines")[0].name == "Civilians (Nigeria)"
    assert with_foreign_victims([CIVILIANS], text, (0, len(text)), "Philippines")[0].name == "Civilians (Philippines)"


def test_span_of_the_reading_is_the_match():
    text = "A Nigerian trader was shot dead in Manila."
    lead = with_foreign_victims([CIVILIANS], text, (0, len(text)), "Philippines")[0]
    assert lead.span == Span(2, 17, "Nigerian trader")


# ------------------------------------------------------------------ the retold experience's look-back
RETOLD_BRANCH_WORDS = [0, 0, 7, 0]  # where each alternative of the pattern names its word (after the common \b)


def test_every_alternative_of_the_retold_look_back_has_its_words():
    parsed = sre_parse.parse(_RETOLD_BEFORE.pattern, _RETOLD_BEFORE.flags)
    assert [op for op, _ in parsed] == [sre.AT, sre.BRANCH]
    branches = parsed[1][1][1]
    assert len(branches) == len(RETOLD_BRANCH_WORDS)
    words = set()
    for branch, at in zip(branches, RETOLD_BRANCH_WORDS):
        assert branch[at][0] is sre.BRANCH
        words |= {spelled.split()[0] for spelled in _spelled([branch[at]])}
    assert words == RETOLD_WORDS


RETOLD_TEXTS = ["A witness told a federal court in Abuja on Wednesday how gunmen stormed the church.",
                "Survivors, who were unrelated, recounted being shot; the details of how it began were retold.",
                "Among the cases the report documents is a raid on a bus; incidents described by the study abound."]


@pytest.mark.parametrize("text", RETOLD_TEXTS)
def test_no_retold_match_is_gated_away_in_any_stretch(text):
    words = text_words(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            if _RETOLD_BEFORE.search(text, start, end):
                assert words.holds_word(start, end, RETOLD_WORDS), (start, end)


RETOLD_WORDS_LIST = ["told", "Told", "a", "court", "how", "gunmen", "unrelated", "foretold", "detailed", "details",
                     "of", "being", "having", "been", "spoke", "among", "the", "cases", "that", "it", "describes",
                     "incidents", "described", "in", "report", ",", ".", "many", "Heard", "hears", "ſ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(RETOLD_WORDS_LIST), max_size=16), st.integers(min_value=0, max_value=150),
       st.integers(min_value=0, max_value=150))
def test_no_retold_match_is_gated_away(words, start, end):
    text = " ".join(words)
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    if _RETOLD_BEFORE.search(text, start, end):
        assert text_words(text).holds_word(start, end, RETOLD_WORDS)


# (text, the act's word, answer): the string gate passes all of these; the word gate stops the second pair
RETOLD = [
    ("A witness told the court how gunmen stormed the church.", "stormed", True),
    ("Survivors recounted being shot at when gunmen stormed the church.", "stormed", True),
    ("Unrelated to the talks, gunmen stormed the church.", "stormed", False),
    ("Some of the foretold unrest came when gunmen stormed the church.", "stormed", False),
]


@pytest.mark.parametrize(("text", "word", "answer"), RETOLD)
def test_retold_experience_reads_as_before(text, word, answer):
    at = text.index(word)
    assert may_hold_any(text[:at], _RETOLD_NEEDS)
    assert _retold_experience(text, 0, Span(at, at + len(word), word), False) is answer


# ------------------------------------------------------------ the patterns are no longer asked where no word is


class _Counting:
    """A compiled pattern that counts what it is asked."""

    def __init__(self, pattern):
        self.pattern, self.asked = pattern, 0

    def finditer(self, *args):
        self.asked += 1
        return self.pattern.finditer(*args)

    def search(self, *args):
        self.asked += 1
        return self.pattern.search(*args)


@pytest.mark.parametrize(("text", "asked"), [
    ("The Nigerian statement mentioned a shooting in Manila.", 0),  # "men" and "man" inside words: the old gate ran it
    ("Romanian monuments were damaged in Manila.", 0),
    ("A Nigerian trader was shot dead in Manila.", 1),
    ("Three women were shot dead in Manila.", 1),
])
def test_the_foreign_victims_pattern_is_asked_only_where_a_noun_is_a_word(monkeypatch, text, asked):
    import eventwire.extract.roles.victims as victims

    counting = _Counting(FOREIGN_VICTIMS)
    monkeypatch.setattr(victims, "FOREIGN_VICTIMS", counting)
    with_foreign_victims([CIVILIANS], text, (0, len(text)), "Philippines")
    assert counting.asked == asked


@pytest.mark.parametrize(("text", "asked"), [
    ("Some of the foretold unrest came when gunmen stormed the church.", 0),  # "of the", "told": the old gate ran it
    ("Unrelated to the talks, gunmen stormed the church.", 0),
    ("A witness told the court how gunmen stormed the church.", 1),
])
def test_the_retold_pattern_is_asked_only_where_a_verb_is_a_word(monkeypatch, text, asked):
    import eventwire.extract.cues as cues

    counting = _Counting(_RETOLD_BEFORE)
    monkeypatch.setattr(cues, "_RETOLD_BEFORE", counting)
    at = text.index("stormed")
    _retold_experience(text, 0, Span(at, at + 7, "stormed"), False)
    assert counting.asked == asked


# ------------------------------------------------------------------------------- the coup reading's key pre-check
# ``lexicon._POWER_SEIZED_KEYS`` is asked before the coup look-ahead; the pattern without it must find exactly the
# same matches, at the same places, on rows that match, rows that nearly match and generated passages.

_COUP = re.compile(rf"\b(?:{SEIZURE_OF_POWER})\b", re.IGNORECASE)
_COUP_UNGATED = re.compile(rf"\b(?:{SEIZURE_OF_POWER.replace(_POWER_SEIZED_KEYS, '', 1)})\b", re.IGNORECASE)
COUP_TEXTS = [
    "Soldiers detained President Bazoum at his residence on Wednesday.",
    "Mutinous soldiers said on state television that they had seized power and closed the borders.",
    "Army officers announced on Sunday evening, after hours of gunfire around the palace and the radio station, "
    "that they had dissolved the transitional government.",
    "The presidential guard is holding the interim president and the elected prime minister at the camp.",
    "Officers of the junta suspended the constitution and annulled the election results on Monday.",
    "Colonels read a statement saying they had put an end to the regime and relieved the general of his functions.",
    "Soldiers ended the general's rule after three days of protests in the capital.",
    "The military, which seized power in 2021, met the envoys.",
    "Troops would seize power if the talks failed, analysts said.",
    "Soldiers patrolled the market; the president later spoke on radio.",
    "Soldiers guarded the ministry while the president was abroad.",
    "Commanders of the army said that they were holding President Kabore in a barracks.",
    "Soldiers " + "moved slowly through the crowded streets of the old town " * 3 + "and detained the president.",
]


@pytest.mark.parametrize("text", COUP_TEXTS)
def test_the_coup_key_check_keeps_every_match(text):
    assert [m.span() for m in _COUP.finditer(text)] == [m.span() for m in _COUP_UNGATED.finditer(text)]


def test_the_coup_rows_hold_matches_and_misses():
    found = [bool(_COUP.search(text)) for text in COUP_TEXTS]
    assert found.count(True) >= 7 and found.count(False) >= 3  # the table tries both sides of the check


COUP_WORDS = ["soldiers", "army", "officers", "the", "interim", "president", "power", "seized", "took", "over",
              "detained", "holding", "President", "Bazoum", "dissolved", "government", "which", "since", "would",
              "not", "suspended", "constitution", "annulled", "election", "ended", "rule", "Kabore's", "relieved",
              "of", "his", "functions", "put", "an", "end", "to", "regime", "prime", "minister", "head", "state",
              "a", "long", "convoy", "crossed", "border", "town", ".", ",", ";"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(COUP_WORDS), max_size=40))
def test_no_coup_match_is_lost_to_the_key_check(words):
    text = " ".join(words)
    assert [m.span() for m in _COUP.finditer(text)] == [m.span() for m in _COUP_UNGATED.finditer(text)]
