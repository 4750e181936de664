"""The sentence splitter: offsets, abbreviations, quotes and paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.extract.sentences import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen attacked a convoy. Three soldiers died.", ["Gunmen attacked a convoy.", "Three soldiers died."]),
        ("Gen. Moussa Diallo said troops held the town. Residents fled.",
         ["Gen. Moussa Diallo said troops held the town.", "Residents fled."]),
        ("Lt. Col. Amadou Sy led the patrol. It was ambushed.",
         ["Lt. Col. Amadou Sy led the patrol.", "It was ambushed."]),
        ("The U.N. mission condemned the raid. It called for calm.",
         ["The U.N. mission condemned the raid.", "It called for calm."]),
        ("Fighting broke out on Nov. 3 near Gao. Two died.", ["Fighting broke out on Nov. 3 near Gao.", "Two died."]),
        ("Abdoulaye M. Diop spoke in Bamako. He left.", ["Abdoulaye M. Diop spoke in Bamako.", "He left."]),
        ("“We were attacked at dawn,” a villager said. Police arrived later.",
         ["“We were attacked at dawn,” a villager said.", "Police arrived later."]),
        ("He said: “They burned everything.” The mayor agreed.",
         ["He said: “They burned everything.”", "The mayor agreed."]),
        ("Was anyone hurt? Nobody knows.", ["Was anyone hurt?", "Nobody knows."]),
        ("The toll rose to 4.5 percent of the village. Aid came.",
         ["The toll rose to 4.5 percent of the village.", "Aid came."]),
        ("Troops left the U.S. The next day they returned.", ["Troops left the U.S.", "The next day they returned."]),
        ("No. 4 battalion moved north. It camped.", ["No. 4 battalion moved north.", "It camped."]),
        ("A first line\nA second line without stop", ["A first line", "A second line without stop"]),
        ("Dr. Sani treated the wounded. Mr. Bello drove the truck.",
         ["Dr. Sani treated the wounded.", "Mr. Bello drove the truck."]),
        ("It happened at 3 p.m. on Friday. Nobody was hurt.", ["It happened at 3 p.m. on Friday.", "Nobody was hurt."]),
    ],
)
def test_split_sentences_table(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_paragraph_numbers_count_non_blank_lines() -> None:
    sentences = split_sentences("One. Two.\n\nThree.\n")
    assert [(s.text, s.paragraph) for s in sentences] == [("One.", 0), ("Two.", 0), ("Three.", 1)]


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n ") == []


_WORDS = st.sampled_from(["Gunmen", "attacked", "the", "U.N.", "base", "Gen.", "in", "Gao", "on", "Nov.", "5",
                          "and", "killed", "49", "soldiers", "“quote”", "Lt.", "said", "J."])
_TEXT = st.lists(st.lists(_WORDS, min_size=1, max_size=12).map(" ".join).map(lambda s: s + "."),
                 min_size=0, max_size=6).map(" ".join)


@given(st.lists(_TEXT, max_size=3).map("\n".join))
def test_offsets_always_index_the_text(text: str) -> None:
    sentences = split_sentences(text)
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
    starts = [s.start for s in sentences]
    assert starts == sorted(starts)


@given(st.lists(_TEXT, max_size=3).map("\n".join))
def test_sentences_cover_every_non_space_character(text: str) -> None:
    covered = set()
    for sentence in split_sentences(text):
        covered.update(range(sentence.start, sentence.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
