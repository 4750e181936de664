"""Speed round eight: the same answers, cheaper; each reading is checked against the code it replaced."""

from __future__ import annotations

import gc

import pytest

from eventwire.extract import ExtractionKit, words

# ----------------------------------------------------------------- the kit kept out of the cyclic collector


def test_the_loaded_kit_is_frozen_out_of_collections() -> None:
    kit = ExtractionKit.load()
    assert gc.get_freeze_count() > 0
    assert all(obj is not kit.actors for obj in gc.get_objects())  # the permanent generation is not listed


def test_a_kit_loaded_again_is_the_same_kit() -> None:
    assert ExtractionKit.load() is ExtractionKit.load()  # the freeze runs once per process, at the first load


# ----------------------------------------------------------------- an article's words cut by one split

WORDED = [
    "Gunmen killed 12 people in Kano on Sunday, police said.",
    "  leading blanks, trailing marks...  ",
    "",
    "...",
    "word",
    "a-b c_d e’s 3,000 rounds",
    "Ａｂｃ ＤＥＦ: full-width letters",
    "İstanbul’daki saldırı: 2 ölü",  # a letter whose lower case is longer
    "«Ils ont tiré» – a dash, quotes and ½ a digit ٣ in Arabic-Indic",
    "x\u0301y combining marks, ǅ titlecase",
]


@pytest.mark.parametrize("text", WORDED)
def test_text_words_cut_as_the_word_scan_cuts(text: str) -> None:
    read = words.text_words.__wrapped__(text)
    matches = list(words._WORD.finditer(text.lower()))
    assert read.words == [m.group() for m in matches]
    assert read.starts == [m.start() for m in matches]
    assert read.distinct == frozenset(m.group() for m in matches)
