"""Round twelve's speed-ups of the fact readers must not change what they find.

- ``tokens.tokenize`` slices the key of every ASCII token off the passage's lower case, in non-ASCII passages too
  (a curly quote made a passage non-ASCII and sent every token through ``fold``): each key must still be exactly
  ``fold(surface)``, and the tokens exactly those of the plain scan.
- ``ActorDictionary._match_at`` checks a meaning's acronym surfaces only when it has some, and ``_options`` asks
  ``_pick_in_scope`` only when a phrase has a named reading: both skipped calls must answer what the shortcut
  assumes.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract.actors import ActorDictionary
from eventwire.extract.actors.dictionary import _pick_in_scope
from eventwire.extract.actors.tokens import TOKEN, Token, fold, tokenize
from eventwire.extract.actors.trie import _surfaces_match

# Written for these tests: typographic quotes and dashes, accents, possessives, and the letters whose lower case
# is longer than they are ("İ") or depends on what follows ("Σ").
PASSAGES = [
    "“We were attacked at dawn,” a resident of Ménaka told reporters after the army’s convoy left.",
    "Soldiers of the FAMa repelled JNIM’s fighters near Boulkessi — three were killed, officials said.",
    "Police in İzmir detained two suspects on Tuesday; the PKK’s statement denied any role.",
    "Protesters in Athens chanted «ΟΔΟΣ ΕΛΕΥΘΕΡΙΑΣ» as riot police of the ΕΛ.ΑΣ. fired tear gas…",
    "The Forces armées centrafricaines’ patrol met anti-balaka militiamen near Bangassou’s market.",
    "Al-Shabaab’s Amniyat wing claimed the bombing in Mogadishu’s Hodan district, Somali police said.",
    "Straße blocked: ﬁghters of the Front de libération du Macina took Djenné, said Ibrahim Maïga.",
    "Security forces in Ouagadougou’s Zogona ‘neighbourhood’ fired on students; 4 were hurt.",
]


def _plain_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens as the plain scan reads them: every key folded from its own surface."""
    tokens = []
    for match in TOKEN.finditer(text, start, len(text) if end is None else end):
        surface = match.group()
        if len(surface) > 2 and surface[-2] in "'’":
            surface = surface[:-2]
        tokens.append(Token(fold(surface), surface, match.start(), match.end()))
    return tokens


@pytest.mark.parametrize("passage", PASSAGES)
def test_tokens_of_written_passages_are_the_plain_scans(passage: str) -> None:
    assert not passage.isascii()  # the passages this round's fast path is for
    assert tokenize(passage) == _plain_tokens(passage)


@pytest.mark.parametrize("passage", PASSAGES)
def test_tokens_of_every_sub_passage_are_the_plain_scans(passage: str) -> None:
    for start in range(0, len(passage), 7):
        for end in range(start, len(passage) + 1, 11):
            assert tokenize(passage, start, end) == _plain_tokens(passage, start, end)


_CHARACTERS = st.sampled_from(list("aBcZsS'’-_ .,;:“”—«»é ÉİßǅΣσςﬁ…\n0129") + ["Army", "al-", "ΟΔΟΣ"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_CHARACTERS, max_size=20).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_tokens_of_generated_text_are_the_plain_scans(text: str, first: int, last: int) -> None:
    start, end = sorted((min(first, len(text)), min(last, len(text))))
    assert tokenize(text, start, end) == _plain_tokens(text, start, end)


def test_no_character_lower_cases_to_nothing() -> None:
    """Equal lengths of a passage and its lower case imply one character for one: the slices line up."""
    code_points = (c for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert min(len(chr(c).lower()) for c in code_points) >= 1


@pytest.mark.parametrize("country", [None, "Mali", "Brazil"])
def test_no_named_reading_picks_nothing(country: str | None) -> None:
    assert _pick_in_scope([], country) is None


def test_meanings_without_acronyms_match_any_surface() -> None:
    dictionary = ActorDictionary.load()
    tokens = tokenize("zz zz zz zz zz zz zz zz zz zz zz zz zz zz zz zz zz zz zz zz")
    stack = [dictionary.trie.root]
    checked = 0
    while stack:
        node = stack.pop()
        for key, child in node.items():
            if key == "":
                for meaning in child:
                    if not meaning.exact:
                        assert _surfaces_match(meaning, tokens, 0)
                        checked += 1
            else:
                stack.append(child)
    assert checked > 1000  # the walk reached the dictionary's phrases
