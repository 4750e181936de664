"""parse_number: counts in digits and words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.extract.numbers import parse_number

CASES = [
    ("49", 49),
    ("1,200", 1200),
    ("12,500", 12500),
    ("one", 1),
    ("a", 1),
    ("an", 1),
    ("twelve", 12),
    ("forty-nine", 49),
    ("Forty nine", 49),
    ("twenty-one", 21),
    ("a dozen", 12),
    ("half a dozen", 6),
    ("two hundred", 200),
    ("a hundred", 100),
    ("two hundred and fifty", 250),
    ("three thousand five hundred", 3500),
    ("1.5 million", 1_500_000),
    ("2 thousand", 2000),
    ("a couple of", 2),
]


@pytest.mark.parametrize(("words", "value"), CASES)
def test_parse_number(words, value):
    assert parse_number(words) == value


@pytest.mark.parametrize("words", ["", "dozens", "several", "2.5", "soldiers", "forty-something"])
def test_not_a_number(words):
    assert parse_number(words) is None


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_round_trip(n):
    assert parse_number(str(n)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_with_thousands_separators_round_trip(n):
    assert parse_number(f"{n:,}") == n


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand_in_words(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{_UNITS[hundreds]} hundred"] if hundreds else []
    if rest or not words:
        tens, units = divmod(rest, 10)
        small = _UNITS[rest] if rest < 20 else _TENS[tens] + (f"-{_UNITS[units]}" if units else "")
        words.append(("and " if hundreds else "") + small)
    return " ".join(words)


def in_words(n: int) -> str:
    """British-style number words, written independently of the parser: 2,051 → "two thousand and fifty-one"."""
    thousands, rest = divmod(n, 1000)
    if not thousands:
        return _below_thousand_in_words(rest)
    head = f"{_below_thousand_in_words(thousands)} thousand"
    if not rest:
        return head
    return f"{head} {'and ' if rest < 100 else ''}{_below_thousand_in_words(rest)}"


@given(st.integers(min_value=0, max_value=999_999))
def test_words_round_trip(n):
    assert parse_number(in_words(n)) == n
