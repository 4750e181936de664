"""Round nine: gates read off the patterns (``gates.required_words``) and the article's words read once
(``words.ArticleWords``) must never change what a reader finds.

A gate is sound when every match of its pattern holds one of its strings: these tests check that on small
patterns against generated text, and for every module-level pattern of the extractor on a table of sentences we
wrote (each match found must hold a gate string). The shared words are checked against the scans they replace.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventwire.extract
from eventwire.extract.gates import required_words
from eventwire.extract.lexicon import may_hold_any

# --------------------------------------------------------------------------- required_words on small patterns

KNOWN = [
    (r"\bkill(?:ed|ing)\b", ("killed", "killing")),  # five letters are rare enough: the whole words
    (r"\bkill(?:s|er)?\b", ("kill",)),
    (r"\b(?:attack|raid)s?\b", ("raid", "attack")),
    (r"according to|spokes(?:man|woman)", ("spokes", "according")),  # a rare word ends the string
    (r"(?i:since)\s+\d{4}", ("since",)),
    (r"[a-z]+ed\b", ("ed",)),
    (r"[a-z]+\b", None),  # no literal at all: no gate
    (r"\d+|killed", None),  # one branch has no word: no gate
    (r"(?:at the )?hands? of", ("hand of", "hands of")),
    (r"\bin\s+\d+", ("in",)),
    (r"\bçà\b", None),  # non-ASCII letters may fold to other letters: never gate words
    (r"\bé?té\b", ("t",)),
]


@pytest.mark.parametrize("pattern, expected", KNOWN)
def test_required_words_reads_the_literal_words(pattern, expected):
    assert required_words(re.compile(pattern, re.IGNORECASE)) == expected


GENERATED_PATTERNS = [
    r"\b(?:ab|ba)c?d\b",
    r"x(?:yz|zy)+w",
    r"(?:foo|bar)\s+(?:baz|qux)?z",
    r"a[bc]d|e(?=f)fg",
    r"(?:ab){1,2}c",
    r"(?<!a)bcd(?!e)|ee",
    r"(?:a|b|c)(?:d|e)(?:f|g)h?",
]
TEXT_ALPHABET = st.text(alphabet="abcdefghqwxyzuorsABCDEF ", max_size=40)


@settings(max_examples=300, deadline=None)
@given(text=TEXT_ALPHABET)
@pytest.mark.parametrize("pattern", GENERATED_PATTERNS)
def test_every_match_holds_a_required_word(pattern, text):
    compiled = re.compile(pattern, re.IGNORECASE)
    words = required_words(compiled)
    for match in compiled.finditer(text):
        assert words is not None and may_hold_any(match.group(), words), (pattern, text, words)


# --------------------------------------------------------------------------- every extractor pattern

# Sentences we wrote to exercise the extractor's cue patterns (speech, tolls, dates, courts, drills, claims...).
SENTENCES = [
    "Gunmen who stormed the village of Tin-Akoff on Sunday killed at least 14 herders, a local official said.",
    "The army said its soldiers repelled an attack by JNIM fighters near Boni, while 3 soldiers were wounded.",
    "According to the police spokesman, the bombing was blamed on Al Shabaab and attributed to its Amniyat wing.",
    "Since 2015 more than 12,000 people have been killed across the region, and fighting has raged for months.",
    "Militants, who had pledged allegiance to the Islamic State in 2019, took responsibility for the raid.",
    "Nobody claimed the ambush; the government blamed bandits, and officials said 7 died since May.",
    "A court in Niamey sentenced four men accused of the 2019 attack, the judge told the hearing on Tuesday.",
    "The navy held a live-fire exercise with a floating target off Mombasa, and no one was hurt in the drill.",
    "The death toll rose to 23 on Wednesday as rescuers recovered more bodies, the Red Cross said in a statement.",
    "The war has killed thousands every year, and the insurgency has left over a million displaced since 2017.",
    "Residents recalled how, during the occupation, the town was run by the jihadists for three years.",
    "Hackers took down the ministry website in a denial-of-service attack, officials told reporters.",
    "A mob lynched a suspected thief in Kano, a form of jungle justice that police condemned.",
    "Soldiers fired on a crowd of protesters who had gathered outside the governor's office in Bamenda.",
    "The attackers, who fled on motorbikes, struck again later that day in a separate attack elsewhere.",
    "Later that night, in a second wave of strikes, jets hit targets in the districts of Idlib and Hama.",
    "Two weeks ago, fighters loyal to the group overran a military base; the army retook it the next day.",
    "The film about the siege, based on survivors' accounts, will be shot in Mali next year.",
    "A landslide after torrential rain killed 12 people, and a gas explosion at a market injured 30 others.",
    "Police arrested 40 demonstrators at a rally in the capital and in several other cities across the country.",
]


def _gated_patterns() -> list[tuple[str, re.Pattern, tuple[str, ...]]]:
    found = []
    for info in pkgutil.walk_packages(eventwire.extract.__path__, "eventwire.extract."):
        if ".models" in info.name or info.name.endswith("build_actor_names"):
            continue
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                words = required_words(value)
                if words is not None:
                    found.append((f"{info.name}.{name}", value, words))
    return found


GATED = _gated_patterns()


def test_most_extractor_patterns_get_a_gate():
    assert len(GATED) > 100


@pytest.mark.parametrize("name, pattern, words", GATED, ids=[name for name, _, _ in GATED])
def test_every_extractor_match_holds_its_gate(name, pattern, words):
    for sentence in SENTENCES:
        for match in pattern.finditer(sentence):
            if match.group():
                assert may_hold_any(match.group(), words), (name, sentence, match.group(), words)


# --------------------------------------------------------------------------- the article's words, read once

from eventwire.extract import context, places  # noqa: E402
from eventwire.extract.gates import leading_words  # noqa: E402
from eventwire.extract.lexicon import folds_to_ascii, gate_positions, gate_positions_of  # noqa: E402
from eventwire.extract.roles import verbs  # noqa: E402
from eventwire.extract.words import Beginnings, gated_scan, text_words  # noqa: E402

# Text pieces that stress the word rules: case, accents, digits glued to letters, underscores, apostrophes,
# letters whose lower case is longer (İ) or that fold to ASCII (ſ, the Kelvin sign), final sigma.
PIECES = ["Gunmen", "killed", "KILLED", "attack", "2019", "floods2024", "al_Shabaab", "Ségou", "İstanbul", "ſhot",
          "\u212aidal", "ΟΔΟΣ", "n't", "’s", "came under attack", "beat back", "lost their lives", "died", " ",
          "  ", ",", ".", "\n", "-", "fo", "foiled", "repelled", "dams burst", "earthquake", "storming", "3rd",
          "fire", "opened fire", "tear-gassed", "x"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _plain_letter_runs(passage: str) -> set[str]:
    return set(re.findall(r"[a-z]+", passage.lower()))


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, cut=st.tuples(st.integers(0, 200), st.integers(0, 200)))
def test_text_words_are_the_words_of_the_lowered_text(text, cut):
    words = text_words(text)
    # Compiled (mypyc), str.lower() writes every capital sigma as "σ", never the final "ς" Python writes: either
    # way a word character, so the words and their starts are those of the text the module lower-cased.
    assert words.lowered.replace("ς", "σ") == text.lower().replace("ς", "σ")
    plain = list(re.finditer(r"\w+", words.lowered))
    assert words.words == [m.group() for m in plain] and words.starts == [m.start() for m in plain]
    assert words.aligned == (len(text.lower()) == len(text)) and words.folds == folds_to_ascii(text)
    assert words.all_letter_runs() == _plain_letter_runs(text)
    start, end = sorted(cut)
    if words.aligned:
        assert words.letter_runs(start, end) == _plain_letter_runs(text[start:end])


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_trigger_gates_from_shared_words_are_the_plain_ones(text):
    words = text_words(text)
    assert gate_positions_of(words.words, words.starts) == gate_positions(text)


def _plain_verb_scan(lowered: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in verbs._VERB_SCAN.finditer(lowered)]


def test_every_verb_begins_with_a_beginning_read_off_the_pattern():
    assert leading_words(verbs._VERB_SCAN) is not None  # else the scan would try every word (still exact)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_gated_verb_scan_is_the_plain_scan(text):
    words = text_words(text)
    gated = gated_scan(verbs._VERB_SCAN, words, verbs._VERB_BEGINNINGS.words_in(words))
    assert [(m.start(), m.end(), m.lastgroup) for m in gated] == _plain_verb_scan(words.lowered)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_gated_verb_scan_on_written_sentences(sentence):
    words = text_words(sentence)
    gated = gated_scan(verbs._VERB_SCAN, words, verbs._VERB_BEGINNINGS.words_in(words))
    assert [(m.start(), m.end(), m.lastgroup) for m in gated] == _plain_verb_scan(sentence.lower())


def test_the_written_sentences_hold_verbs_of_every_kind():
    kinds = {m.lastgroup for sentence in SENTENCES for m in verbs._VERB_SCAN.finditer(sentence.lower())}
    assert kinds == {"defence", "death", "violence"}  # else the equivalence above would prove little


def test_beginnings_find_the_words_that_start_with_them():
    words = text_words("Troops repelled the attackers; a patrol was attacked near Attapu and the ATTACK failed.")
    assert Beginnings.of(("attack", "repel")).words_in(words) == {"repelled", "attackers", "attacked", "attack"}


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, cut=st.tuples(st.integers(0, 200), st.integers(0, 200)))
def test_place_gate_words_are_the_plain_ones(text, cut):
    start, end = sorted(cut)
    end = min(end, len(text))
    shared = places._words_for_gates(text, start, end)
    plain = None if folds_to_ascii(text[start:end]) else _plain_letter_runs(text[start:end])
    assert shared is None or shared == plain  # None only runs every pattern: the same places, more slowly


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_disaster_gate_is_the_plain_one(text):
    plain = folds_to_ascii(text) or not context._DISASTER_FIRST_WORDS.isdisjoint(_plain_letter_runs(text))
    assert context._may_name_a_disaster(text) == plain


# --------------------------------------------------------------------------- gates before costly, rarely found patterns

from eventwire.extract import dates, event_filter, mentions, typing_rules  # noqa: E402
from eventwire.extract.roles import sides  # noqa: E402

# (pattern, its gate, texts the pattern finds something in): each a window as the caller cuts it.
NEW_GATES = [
    (mentions._HOURS_AFTER_JOINT, mentions._TIME_AFTER_JOINT_NEEDS,
     ["Troops shelled the camp on Friday, only hours after rebels ambushed a convoy near Beni.",
      "Police dispersed the march in Lagos, a few hours before gunmen attacked a bank in Ikeja."]),
    (mentions._DAYS_AFTER_JOINT, mentions._TIME_AFTER_JOINT_NEEDS,
     ["Troops and rebels clashed near Beni on Friday, officials said, three days after an ambush on a convoy.",
      "Fighters attacked the base, a day after drone strikes hit their camp."]),
    (mentions._SPEAKER_IN, mentions._SPEAKER_IN_NEEDS,
     ["the bodies were recovered, a police source in ", "Speaking to reporters in ", "hospital staff at "]),
    (sides.OPERATION_AFTER, sides.OPERATION_AFTER_NEEDS,
     [" raid on the village of Kolo", "-led offensive against the camp", " joint operations in the forest",
      " drone strikes on the convoy"]),
    (sides.ATTACK_AFTER, sides.ATTACK_AFTER_NEEDS, [" ambush near Kwaya", " suicide bombing at the market"]),
    (sides.BOMBERS_AFTER, sides.BOMBERS_AFTER_NEEDS, [" suicide bombers struck", " female suicide bomber blew"]),
    (sides.IDENTIFIED_AS, sides.IDENTIFIED_AS_NEEDS,
     [", believed to be ", " suspected to be members of the ", ", who were thought to be ", " identified as "]),
    (typing_rules._BREACHING, typing_rules._BREACHING_NEEDS,
     ["The attackers blew a hole in the perimeter wall before storming the base.",
      "They used explosives to breach the gate of the prison."]),
    (event_filter._WEAPONS_TEST, event_filter._WEAPONS_TEST_NEEDS,
     ["The army test-fired two short-range missiles into the sea off its east coast."]),
    (dates._APPROXIMATE_BEFORE_RE, dates._APPROXIMATE_BEFORE_NEEDS, ["killed on or about ", "attacked around "]),
    (context._PERIOD_START, context._PERIOD_START_NEEDS, ["displaced since ", "closed until "]),
    (places._COMPASS_PREFIX, places._COMPASS_PREFIX_NEEDS, ["North Kivu", "Upper Nile", "central Mali"]),
]


@pytest.mark.parametrize("pattern, needs, texts", NEW_GATES, ids=[p.pattern[:30] for p, _, _ in NEW_GATES])
def test_new_gates_pass_every_window_the_pattern_finds_something_in(pattern, needs, texts):
    for text in texts:
        assert pattern.search(text), (pattern.pattern, text)  # the table must exercise the pattern
        pieces = [text[i:] for i in range(len(text))] + [text[:i] for i in range(1, len(text) + 1)]
        for piece in pieces:  # anchored patterns (^, $, match at a position) see prefixes and suffixes
            if pattern.search(piece):
                assert may_hold_any(piece, needs), (pattern.pattern, piece, needs)


@pytest.mark.parametrize("pattern, needs, texts", NEW_GATES, ids=[p.pattern[:30] for p, _, _ in NEW_GATES])
def test_new_gates_skip_ordinary_text(pattern, needs, texts):
    assert not may_hold_any("Gunmen killed five villagers on Sunday, officials said.", needs) or \
        pattern in (mentions._SPEAKER_IN, sides.IDENTIFIED_AS)  # "officials", "said" are their own words
