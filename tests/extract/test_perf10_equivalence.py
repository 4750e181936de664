"""Speed round ten: the same answers, cheaper; each reading is checked against the code it replaced."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import ExtractionKit, extract_events, lexicon
from eventwire.extract.lexicon import folds_to_ascii
from eventwire.records import Article

# ------------------------------------------------- texts beyond ASCII lowered once an article for the word gates


def _may_hold_any_before(text: str, words: tuple[str, ...]) -> bool:
    """``lexicon.may_hold_any`` as it read before round ten: every new text lowered again."""
    lowered = None if not text.isascii() and folds_to_ascii(text) else text.lower()
    return lowered is None or any(word in lowered for word in words)


_TEXTS = (
    "Gunmen killed five villagers in Kaya on Sunday, officials said.",
    "Gunmen killed five villagers in Kaya on Sunday \u2013 officials said.",  # an en dash: two-byte text
    "GUNMEN KILLED FIVE VILLAGERS \u2013 OFFICIALS SAID",
    "Militants stormed the camp at Malak\u00e2l, the army said.",  # one-byte text beyond ASCII
    "The \u0130stanbul court \u2013 no attack was reported.",  # a letter whose lower case is longer
    "The attack on the ba\u017fe \u2013 la\u017ft week",  # a long s: folds to "s"
    "Ten \u212aILLED \u2013 the Kelvin sign",
    "di\u0131 \u2013 a dotless i",
    "",
    "\u2013",
)
_WORDS = (("kill",), ("said", "stormed"), ("attack",), ("last", "base"), ("killed",), ("istanbul",), ("nothing",))


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("words", _WORDS)
def test_may_hold_any_answers_as_before(text: str, words: tuple[str, ...]) -> None:
    lexicon.forget_lowered_texts()
    expected = _may_hold_any_before(text, words)
    assert lexicon.may_hold_any(text, words) is expected
    copy = "".join(list(text))  # an equal text as another string object: read from the table
    assert copy is not text or len(text) < 2
    assert lexicon.may_hold_any(copy, words) is expected
    assert lexicon.may_hold_any(text, words) is expected


def test_every_text_in_turn_answers_as_before() -> None:
    """Equal texts asked many times, in every order, with other texts between (the table and the last read)."""
    lexicon.forget_lowered_texts()
    for round_ in range(3):
        for index, text in enumerate(_TEXTS * 2):
            words = _WORDS[(index + round_) % len(_WORDS)]
            again = (text + " ")[:-1]
            assert lexicon.may_hold_any(again, words) is _may_hold_any_before(text, words)


def test_only_texts_beyond_ascii_are_kept() -> None:
    lexicon.forget_lowered_texts()
    lexicon.may_hold_any("plain ascii text", ("x",))
    lexicon.may_hold_any("a dash \u2013 here", ("x",))
    lexicon.may_hold_any("a long \u017f", ("x",))
    assert lexicon._LOWERED_BEYOND_ASCII == {"a dash \u2013 here": "a dash \u2013 here", "a long \u017f": None}


def test_the_table_is_bounded() -> None:
    lexicon.forget_lowered_texts()
    for number in range(lexicon.LOWERED_TEXTS_KEPT + 10):
        assert lexicon.may_hold_any(f"text {number} \u2013 Attack", ("attack",))
    assert len(lexicon._LOWERED_BEYOND_ASCII) <= lexicon.LOWERED_TEXTS_KEPT
    lexicon.forget_lowered_texts()


def test_each_article_starts_with_an_empty_table() -> None:
    """No article reads the lowered texts of the one before (a memo across articles would flatter the benchmark)."""
    lexicon.forget_lowered_texts()
    lexicon.may_hold_any("left over \u2013 from before", ("x",))
    assert "left over \u2013 from before" in lexicon._LOWERED_BEYOND_ASCII
    article = Article(id="perf10", title="", text="Police said nothing happened in the town \u2013 it was calm.",
                      published_at=datetime(2024, 5, 6, tzinfo=timezone.utc))
    extract_events(article, ExtractionKit.load())
    assert "left over \u2013 from before" not in lexicon._LOWERED_BEYOND_ASCII
