"""Speed round seven: cheaper answers to the same questions; each answers exactly as the code it replaced."""

from __future__ import annotations

import re

import pytest

from eventwire.extract import event_actors
from eventwire.extract.gates import leading_words, leading_words_by_branch

# ----------------------------------------------------------------- beginnings read past an optional start

LEADING = [
    (r"(?:air\s*|drone\s+)?strikes?", ("air", "drone", "strike")),  # optional start: both ways in
    (r"\b(?:the\s+)?army", ("the", "army")),
    (r"(?:x|y)?z", ("x", "y", "z")),
    (r"ab?c", ("a",)),  # an optional part after a literal start: the start alone, as before round seven
    (r"kill(?:s|ed)?\b", ("kill",)),
    (r"a?", None),  # may match nothing
    (r"\bs?", None),
    (r"(?:\s+)?foo", None),  # the optional part begins with a class
    (r"(?:a|)?b", None),  # the optional part may match nothing itself
    (r"(?:ab)?\d", None),  # without it, the match begins with a digit class
    (r"\w+", None),
]


@pytest.mark.parametrize(("pattern", "expected"), LEADING)
def test_leading_words_past_an_optional_start(pattern: str, expected) -> None:
    assert leading_words(re.compile(pattern)) == expected


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?:air\s*|drone\s+)?strikes?", "An airstrike, two drone  strikes and strike talk."),
    (r"\b(?:the\s+)?army", "The army and the  army's thearmy"),
    (r"(?:x|y)?z", "xz yz z az"),
])
def test_every_match_begins_with_a_leading_word(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    words = leading_words(compiled)
    assert words is not None
    matches = list(compiled.finditer(text))
    assert matches
    assert all(m.group().lower().startswith(words) for m in matches)


# ----------------------------------------------------------------- each alternative's gate and beginnings

BRANCHES = [
    (r"\b(?:blamed\s+\w+|(?:air\s*)?strikes?\s+by\s+\w+|the\s+\w+\s+aggression)",
     ((("blamed",), ("blamed",)), (("strike",), ("air", "strike")), (("aggression",), ("the",)))),
    (r"\b(?:no\s+claim|\d+\s+dead)", None),  # an alternative begins with a class: no beginnings for it
    (r"\bblamed\s+(?:Israel|Iran)", None),  # not one alternation at the top
    (r"(?:foo|bar)", ((("foo",), ("foo",)), (("bar",), ("bar",)))),
]


@pytest.mark.parametrize(("pattern", "expected"), BRANCHES)
def test_leading_words_by_branch(pattern: str, expected) -> None:
    assert leading_words_by_branch(re.compile(pattern)) == expected


# ----------------------------------------------------------------- the states a story blames, tried at word starts

BLAME_TEXTS = [
    "Iran blamed Israel for an air strike on its consulate in Damascus on Monday.",
    "The Taliban administration accused Pakistan of carrying out air strikes in Khost. Pakistan denied it.",
    "Syrian state media said the shelling was blamed on Turkey. Officials spoke of an Israeli aggression.",
    "Officials condemned a violation of its airspace by Iran, and blamed the strikes on Israel.",
    "The drone strikes were blamed on Russia, while the missile attack was carried out by Ukraine.",
    "Air strikes suspected to have been carried out by Israel hit positions of the Syrian army.",
    "Bombardments launched by Turkey and a barrage conducted by Syria struck the town.",
    "Kyiv denounced the Russian aggression; the bombing was carried out by Russia.",
    "Iran blamed the weather for the delay of the talks.",  # no strike: no match
    "AIR STRIKES CARRIED OUT BY ISRAEL; Blamed Iran for the attack.",  # capitals: the pattern is case-sensitive
    "unblamed airstrikes carried out by France; the reraid was blamed on Chad.",  # words inside words
    "İstanbul: air strikes carried out by Turkey hit the camp.",  # lower case is longer: the full scan
    "Officials spoke of the Israeli aggression on Gaza.",  # only the "aggression" alternative is live
    "The army said an attack was carried out by Mali.",  # only the strikes' alternatives: no "the"/"a" tried
    "",
]


@pytest.mark.parametrize("text", BLAME_TEXTS)
def test_blame_matches_are_the_full_scan(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in event_actors._STATE_BLAMED.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in event_actors._blame_matches(text)] == expected


def test_blame_scan_table_finds_matches() -> None:
    found = sum(bool(list(event_actors._STATE_BLAMED.finditer(text))) for text in BLAME_TEXTS)
    assert found >= 10  # the table exercises the scan, not only texts where nothing matches


def test_blame_pattern_matches_begin_words() -> None:
    # _blame_matches tries the pattern only where a word begins: the pattern must open with a word boundary
    assert event_actors._STATE_BLAMED.pattern.startswith(r"\b(?:")


# ----------------------------------------------------------------- a year before the trigger: digits read by map

@pytest.mark.parametrize("before", [
    "jailed for his part in the 2019 ",
    "jailed for his part in the deadly ",
    "in the year ٢٠١٩ ",  # Arabic-Indic digits are digits to str.isdigit
    "a toll of 5² ",  # a superscript: str.isdigit, not \\d
    "",
])
def test_year_before_reads_digits_as_before(before: str) -> None:
    from eventwire.extract import cues
    from eventwire.records import Span

    text = before + "killing of nine women"
    span = Span(len(before), len(before) + 7, "killing")
    as_before = any(c.isdigit() for c in text[max(0, span.start - 40):span.start])
    assert cues._year_before(text, span) is as_before
    assert as_before is any(ch.isdigit() for ch in before)


# ----------------------------------------------------------------- a count rule's words, asked by map

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The attack claimed the lives of 12 soldiers.", [(12, "killed", "soldiers")]),  # needs "lives"
    ("The bombing claimed 12 soldiers on Monday.", []),  # its twin without the word: the rule is not tried
    ("Gunmen took the lives of five villagers on Monday.", [(5, "killed", "villagers")]),
    ("Police found the bodies of seven men near the road.", [(7, "killed", "men")]),  # needs "bodies"
    ("Police found seven men near the road.", []),
])
def test_count_rules_tried_on_their_words(sentence: str, expected) -> None:
    from eventwire.extract.fatalities.counts import find_casualties

    assert [(c.low, c.kind, c.who) for c in find_casualties(sentence)] == expected
