"""Speed round eight: the same answers, cheaper; each reading is checked against the code it replaced."""

from __future__ import annotations

import gc
import re

import pytest

from eventwire.extract import ExtractionKit, dates, places, words
from eventwire.extract.actors import tokens

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


# ----------------------------------------------------------------- a passage's tokens cut by one split


def _tokens_by_scan(text: str, start: int, end: int) -> list[tokens.Token]:
    """``tokenize`` as it read before round eight: one match object per token."""
    part = text[start:end]
    folded, all_ascii = part.lower(), part.isascii()
    aligned = all_ascii or len(folded) == len(part)
    found = []
    for match in tokens.TOKEN.finditer(text, start, end):
        surface = match.group()
        if len(surface) > 2 and surface[-2] in "'’":
            surface = surface[:-2]
        first = match.start()
        key = (folded[first - start:first - start + len(surface)] if all_ascii or (aligned and surface.isascii())
               else tokens.fold(surface))
        found.append(tokens.Token(key, surface, first, match.end()))
    return found


TOKENISED = [
    "TYRE, Lebanon - Warplanes struck a house in the south.",  # a lone hyphen is a mark of its own
    "Al-Shabaab’s fighters attacked the AMISOM base; the soldiers' camp burned.",
    "a - b",
    "\n- the list opens on a hyphen",
    "x -y and z- w",
    "İstanbul’daki saldırı: 2 ölü, Café Noir’s door",
    "under_scored words_ and 3,000 rounds, ½ and ٣",
    "«Ils ont tiré» – a dash – and ‘quotes’",
    "",
]


@pytest.mark.parametrize("text", TOKENISED)
def test_tokenize_cuts_as_the_token_scan_cuts(text: str) -> None:
    for start in range(len(text) + 1):  # every passage: a blank, a hyphen or a word cut at either end
        for end in range(start, len(text) + 1):
            assert tokens.tokenize(text, start, end) == _tokens_by_scan(text, start, end), (start, end)


def test_a_lone_hyphen_reads_the_blank_before_the_passage() -> None:
    text = "Lebanon - Warplanes"
    start = text.index("-")
    assert [t.surface for t in tokens.tokenize(text, start)] == ["-", "Warplanes"]
    assert [t.surface for t in tokens.tokenize("Lebanon -Warplanes", start)] == ["Warplanes"]


# ----------------------------------------------------------------- place patterns tried where their one word stands

PLACED = [
    "Gunmen attacked the Kuje prison near Abuja on Tuesday, freeing hundreds of inmates from the Kuje jail.",
    "THE KUJE PRISON was attacked; The Kuje Prison, the theatre and Bathe Market were hit.",
    "Fighting near the Kenyan border, from the Ugandan border and along the border with Chad.",
    "He was held at the Agadez detention camp, the Diffa airport and in a Benin market town.",
    "Rebels seized the town of Ndele, the capital Bangui and the Bangui port.",
    "Troops raided the Mosul hospital, outside the Nineveh airport, in the İdlib camp, at the Kuje prison.",
    "ſoldiers at the Kuje prison; the Kelvin sign \u212a and the Sokoto jail",  # letters that fold to ASCII
    "the Kuje prison",
    "",
]


@pytest.mark.parametrize("text", PLACED)
def test_place_patterns_tried_at_their_word_match_as_a_full_scan(text: str) -> None:
    gated = [(pattern, beginning) for (_, pattern), beginning in zip(places._PATTERNS, places._PATTERN_BEGINNINGS)
             if beginning is not None]
    assert len(gated) >= 4  # "border", "the" (prison, capital, site), "a"
    for start in range(0, len(text) + 1, 7):
        for end in (start, (start + len(text)) // 2, len(text)):
            for pattern, beginning in gated:
                expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, max(start, end))]
                found = places._matches(text, pattern, beginning, start, max(start, end))
                assert [(m.span(), m.groupdict()) for m in found] == expected, (pattern.pattern[:40], start, end)


# ----------------------------------------------------------------- date rules that say how their matches begin

DATED = [
    "Clashes on 3-5 March 2021 and on 12 and 13 April killed 9; on Monday, 4 May, and Tuesday 5th of May 2020.",
    "Between September 6 and 7, and on Sept. 8, 2019, and May 3 and 4 soldiers; on Friday March 6, 2020.",
    "the 28th of December, 2019; Wednesday, the 28th of December; on Wednesday December 28",
    "٣ March and ٣-٤ March (Arabic-Indic digits), 1st–2nd June, mid-June, Sat 3 May",
    "march 3 and april 4, lower-case months are no dates; MAY 5; Mayor 5; 25 Mayhem",
    "",
]


@pytest.mark.parametrize("text", DATED)
def test_date_rules_told_their_beginning_match_as_before(text: str) -> None:
    told = [rule.pattern for rule in dates._RULES if rule.pattern.pattern.startswith("(?=")]
    assert len(told) == 4
    for pattern in told:
        plain = re.compile(pattern.pattern[pattern.pattern.index(")") + 1:], pattern.flags)  # without the look-ahead
        assert not plain.pattern.startswith("(?=")
        for start in range(0, len(text) + 1, 5):
            for end in ((start + len(text)) // 2, len(text)):
                expected = [(m.span(), m.groupdict()) for m in plain.finditer(text, start, max(start, end))]
                assert [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, max(start, end))] == expected


def test_the_rules_beginnings_are_read_off_the_names() -> None:
    assert set(dates._MONTH_INITIALS) == {name[0] for name in dates.MONTHS} and dates._MONTH_INITIALS.isupper()
    assert dates._WEEKDAY_INITIALS == "FMSTW"
