"""Speed round nine: the same answers, cheaper; each reading is checked against the code it replaced."""

from __future__ import annotations

import re
from typing import Any, Iterator

import pytest

from eventwire.extract import dates, gates
from eventwire.extract.fatalities import counts
from eventwire.extract.fatalities.triggers import _trigger_positions, _verb_triggers
from eventwire.extract.lexicon import folds_to_ascii
from eventwire.records import CasualtyMention, Span

# ----------------------------------------------------------------- a count window's words cut by one split


def _stated_counts_by_scan(text: str, lowered: str, window: tuple[int, int], triggers: list[int],
                           verb_triggers: list[int]) -> Iterator[tuple[Span, list[CasualtyMention]]]:
    """``counts._stated_counts`` as it read before round nine: one match object per word of the window."""
    start, end = window
    matches: list[tuple[int, int, re.Match[str], str]] = []
    sentence = lowered[start:end]
    for word in counts._WORD_RE.finditer(lowered, start, end):
        rules = counts._RULES_BY_START.get("0" if word.group(0)[0].isdigit() else word.group(0), ())
        after = word.end()
        at_a_name = not rules and (text[after:after + 1] in ("'", "’") and text[after + 1:after + 3] in ("s ", "s\n")
                                   and text[word.start()].isupper())
        if at_a_name:
            rules = counts.RULES_AT_A_NAME
        elif not rules:
            continue
        count_read = (counts._trigger_close(word, triggers) if at_a_name
                      else counts._count_worth_reading(lowered, word, triggers))
        verb_read = count_read and counts._trigger_close(word, verb_triggers)
        for index in rules:
            rule = counts._RULES[index]
            if rule.starts is None and not (verb_read if rule.verb_after else count_read):
                continue
            if rule.needs and not any(map(sentence.__contains__, rule.needs)):
                continue
            match = rule.pattern.match(text, word.start(), end)
            if (match and not counts._follows(rule.not_after, text, word.start()) and not counts._tail_misread(match)
                    and not counts._is_a_day(match) and not counts._vague_count_conjoined(match)
                    and not counts._one_burial(match) and not counts._counted_twice(match)):
                matches.append((index, match.start(), match, rule.kind))
    for index, _, match, kind in sorted(matches, key=lambda m: (m[0], m[1])):
        if counts._is_hypothetical(text, match.start()) or (
                not counts._RULES[index].breakdown and counts._is_subset(text, match.start("groups"))
                and not counts._dead_among_casualties(text, match.start("groups"))):
            continue
        if "injured" in match.re.groupindex and match["injured"] is not None:
            kind = "injured"
        elif counts._OR_WOUNDED_RE.match(text, match.end()):
            kind = "injured"
        losses = counts._LOST_RE.match(match.group(0)) or counts._OF_ITS_MEN_RE.search(match.group("groups"))
        mentions = [counts._as_force_losses(m) if losses else m for m in counts._mentions_from(match, kind)]
        if mentions:
            yield mentions[0].span, mentions


COUNTED = [
    "Gunmen killed 12 people in Kano on Sunday, police said.",
    "At least 3,000 civilians have died since 2012, and 40 soldiers were killed on Monday.",
    "Somalia's minister was shot dead outside his home; two of his guards were wounded.",
    "Israel’s army said 7 fighters were killed.\nThe UN’s envoy said 5 children died.",
    "٣ soldiers were killed and ½ of the convoy was hit; 2,500 people fled.",
    "the attack killed five, wounding twenty-two others including a 4-year-old.",
    "No one was killed. Dozens were killed or wounded in Mogadishu's market.",
    "İstanbul’da saldırı: 2 killed, ten wounded by the blast",
    "«Ils ont tué» – militants killed 'dozens' of villagers, officials said…",
    "",
    "killed",
    "A's b's killed 1",
]


def _windows(text: str) -> list[tuple[int, int]]:
    size = len(text)
    return sorted({(0, size), (0, size // 2), (size // 3, size), (min(1, size), max(size - 1, min(1, size))),
                   (size // 4, 3 * size // 4)})


@pytest.mark.parametrize("text", COUNTED)
def test_stated_counts_read_the_words_the_scan_read(text: str) -> None:
    for start, end in _windows(text):
        lowered = dates.lower_keeping_offsets(text)
        triggers = _trigger_positions(lowered, 0, len(text))
        verbs = _verb_triggers(lowered, triggers)
        new = list(counts._stated_counts(text, lowered, (start, end), triggers, verbs))
        old = list(_stated_counts_by_scan(text, lowered, (start, end), triggers, verbs))
        assert repr(new) == repr(old), (start, end)


@pytest.mark.parametrize("text, start, after, expected", [
    ("Somalia's minister was shot", 0, 7, True),
    ("Somalia’s minister was shot", 0, 7, True),
    ("Somalia's\nminister", 0, 7, True),  # a newline after the possessive, as a blank
    ("somalia's minister", 0, 7, False),  # not capitalised
    ("Somalias minister", 0, 8, False),
    ("Somalia'sminister", 0, 7, False),
    ("Mali's", 0, 4, False),  # nothing after the possessive
])
def test_possessive_name_reads_the_word_at_its_offsets(text: str, start: int, after: int, expected: bool) -> None:
    assert counts._possessive_name(text, start, after) is expected


def test_a_possessive_name_still_opens_a_count() -> None:
    found = counts.find_casualties("Somalia's minister was shot dead on Sunday.")
    assert [(m.low, m.who, m.span.text) for m in found] == [(1, "minister", "Somalia's minister was shot dead")]


# ----------------------------------------------------------------- beginnings read past an empty start


@pytest.mark.parametrize("pattern, expected", [
    # a zero-width alternation is passed over like a single look-around
    (r"(?:(?<!a\s)|(?<=b\s))cat", ("cat",)),
    # an optional start wrapped in a group (the weekday rule's modifier) is read past, as a bare optional is
    (r"(?i:(?:last|this)\s+|on\s+)?Monday", ("on", "last", "this", "monday")),
    (r"\b(?P<into>(?i:night\s+into\s+))?(?i:(?:next)\s+)?Friday", ("next", "night", "friday")),
    # what follows the empty start has no literal beginning: no beginnings at all
    (r"(?:(?:a)\s+)?(?:b\s+)?\w", None),
    (r"(?:(?<!a)|(?<=b))\w", None),
    # an alternation with one consuming alternative is no zero-width item: its empty alternative is read past
    (r"(?:(?<!a)|z)cat", ("z", "cat")),
])
def test_leading_words_read_past_what_may_match_nothing(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert gates.leading_words(re.compile(pattern)) == expected


def _leading_before_round_nine(items: Any) -> frozenset[str] | None:
    """``gates._leading`` as it read before round nine."""
    beginnings: frozenset[str] = frozenset({""})
    for index, (op, value) in enumerate(items):
        if op in gates._ZERO_WIDTH:
            continue
        if op is gates._sre.LITERAL and chr(value).isascii() and chr(value).isalnum():
            beginnings = frozenset(b + chr(value).lower() for b in beginnings)
            continue
        if op in gates._REPEATS and value[0] == 0 and beginnings == {""}:
            with_body, without_body = gates._leading(value[2]), _leading_before_round_nine(items[index + 1:])
            inner = (None if with_body is None or without_body is None or "" in with_body
                     else gates._union([with_body, without_body], gates.MAX_BEGINNINGS))
        else:
            inner = gates._leading_of_item(op, value)
        if inner is None:
            return None if beginnings == {""} else beginnings
        return frozenset(b + i for b in beginnings for i in inner)
    return beginnings


def test_no_pattern_that_had_beginnings_gets_other_ones() -> None:
    """Round nine only gives beginnings to patterns that had none: every reader that used them reads the same."""
    import importlib
    import pkgutil

    import eventwire.extract

    def patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[str]]:
        if isinstance(value, re.Pattern):
            yield value
        elif isinstance(value, (tuple, list)) and depth < 2:  # tables: places' (cue, pattern) rows, the date rules
            for item in value:
                yield from patterns_in(getattr(item, "pattern", item), depth + 1)

    checked = 0
    for module_info in pkgutil.walk_packages(eventwire.extract.__path__, "eventwire.extract."):
        module = importlib.import_module(module_info.name)
        for value in (pattern for table in vars(module).values() for pattern in patterns_in(table)):
            old = _leading_before_round_nine(gates._sre_parse.parse(value.pattern, value.flags))
            if old is not None and "" not in old:
                assert gates.leading_words(value) == tuple(sorted(old, key=lambda word: (len(word), word)))
                checked += 1
    assert checked > 40


# ----------------------------------------------------------------- the weekday rule tried at its beginnings

WEEKDAY_RULE = next(rank for rank, rule in enumerate(dates._RULES) if rule.at_beginnings)

DATED = [
    "Gunmen attacked the village on Sunday, and again late on Monday night.",
    "The raid began overnight into Tuesday; the night into Wednesday was calm. Early Thursday, it resumed.",
    "It happened last Friday, this Saturday, next Sunday and the previous Monday's evening.",
    "The siege began on a Tuesday afternoon; one Friday in May; on the last Friday of Ramadan.",
    "Worshippers were shot during a Sunday service and at a Friday prayer, police said on Wednesday last week.",
    "MONDAY, Mondays, monday and Monday’s attack; Tuesday's raid; past Thursday; late on Friday.",
    "Militants struck laſt Monday and thıs Tuesday; thİs Wednesday too.",  # letters that fold to ASCII ones
    "On\nSaturday   the   army  said  on  Sunday  morning that…",
    "",
    "Sunday",
]


@pytest.mark.parametrize("text", DATED)
def test_the_weekday_rule_at_its_beginnings_matches_as_the_scan(text: str) -> None:
    rule = dates._RULES[WEEKDAY_RULE]
    lowered = dates.lower_keeping_offsets(text)
    size = len(text)
    for left, right in {(0, size), (0, size // 2), (size // 3, size), (size // 5, 4 * size // 5), (3, size)}:
        left, right = min(left, size), max(min(right, size), min(left, size))
        found = dates._rule_matches(WEEKDAY_RULE, rule, text, lowered, left, right, folds_to_ascii(text))
        scanned = rule.pattern.finditer(text, left, right)
        assert [(m.span(), m.groupdict()) for m in found] == [(m.span(), m.groupdict()) for m in scanned]


def test_a_letter_that_folds_to_ascii_needs_the_full_scan() -> None:
    """The fallback is needed: "laſt Monday" matches from "laſt", which the lowered text does not spell."""
    text = "Militants struck laſt Monday."
    rule, lowered = dates._RULES[WEEKDAY_RULE], dates.lower_keeping_offsets(text)
    scanned = [m.span() for m in rule.pattern.finditer(text)]
    assert [m.span() for m in dates._rule_matches(WEEKDAY_RULE, rule, text, lowered, 0, len(text), True)] == scanned
    gated_anyway = [m.span() for m in dates._rule_matches(WEEKDAY_RULE, rule, text, lowered, 0, len(text), False)]
    assert gated_anyway != scanned


def test_only_the_rules_marked_are_tried_at_beginnings() -> None:
    assert set(dates._BEGINNINGS) == {WEEKDAY_RULE}
    assert {"on", "mon", "sun", "last", "overnight"} <= set(dates._BEGINNINGS[WEEKDAY_RULE])


def test_find_dates_reads_the_weekdays_it_read() -> None:
    from datetime import date

    found = dates.find_dates("Gunmen attacked the village late on Monday night, police said on Wednesday.", date(2024, 3, 8))
    assert [(m.span.text, m.day.isoformat()) for m in found] == [
        ("late on Monday night", "2024-03-04"), ("on Wednesday", "2024-03-06")]
