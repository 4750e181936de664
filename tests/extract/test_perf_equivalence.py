"""The speed-ups of the extract stage must not change what it finds: each fast path against the plain one.

Every fast path here skips work when a cheap check proves the work cannot find anything (a word the pattern
needs is absent) or memoises a pure function; these tests run the plain version beside it on sentences we wrote
and on generated text, so a pattern that gains an alternative its gate does not know about fails here.
"""

from __future__ import annotations

import zlib
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import context, cues, detect, event_filter, features, lexicon, mentions, places, typing_rules
from eventwire.extract.lexicon import may_hold_any
from eventwire.extract.places import _PATTERNS, find_places
from eventwire.records import EVENT_TYPE_OF

SENTENCES = [
    "Gunmen attacked Kouri village near the border with Niger on Sunday, killing 12 civilians.",
    "Fighting broke out in the Tillaberi region, 20 km north of Ayorou, residents said.",
    "The army retook Bunagana after troops stormed the town, a spokesman for the Kivu province said.",
    "Thousands have been killed across the Sahel since the insurgency began in 2012.",
    "Protesters marched through the Kibera neighbourhood of Nairobi and in the district of Kisumu.",
    "A drone strike hit a convoy outside Mogadishu; 3,400 people have fled the area since January.",
    "Police dispersed students who protested in Lahore and Islamabad on Friday.",
    "The Solhan attack was the deadliest in years, with attacks almost daily in the eastern provinces.",
    "Militants besieged Djibo and captured Arbinda, according to local sources.",
    "Soldiers on a regular basis patrol the Sagaing region southwest of Mandalay.",
]

WORDS = ("the", "in", "near", "border", "with", "region", "of", "attacked", "Kouri", "Tillaberi", "State",
         "District", "north", "km", "20", "Niger", "between", "and", "attack", "clashes", "Lagos", "province",
         "outskirts", "on", "thousands", "have", "killed", "across", "every", "day", ",", "3,000", "Mali's")


def _plain_find_places(text: str) -> list:
    """find_places with every pattern run (the gates switched off)."""
    gates = places._PATTERN_GATES
    try:
        places._PATTERN_GATES = (None,) * len(_PATTERNS)
        return find_places(text)
    finally:
        places._PATTERN_GATES = gates


@pytest.mark.parametrize("sentence", SENTENCES)
def test_place_gates_never_skip_a_pattern_that_matches(sentence):
    assert find_places(sentence) == _plain_find_places(sentence)


def test_every_gated_place_pattern_has_a_sentence_that_needs_it():
    """The table is only useful if it does skip patterns: most sentences lack the border or unit words."""
    words = places._words_for_gates("Gunmen killed five villagers on Sunday.")
    skipped = [gate for gate in places._PATTERN_GATES if gate is not None and words.isdisjoint(gate)]
    assert len(skipped) >= 5


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_place_gates_agree_with_plain_run_on_generated_text(words):
    text = " ".join(words)
    assert find_places(text) == _plain_find_places(text)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_cumulative_gate_agrees_with_the_pattern(sentence):
    assert cues._is_cumulative(sentence) == bool(cues._CUMULATIVE.search(sentence))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_cumulative_gate_agrees_on_generated_text(words):
    text = " ".join(words)
    assert cues._is_cumulative(text) == bool(cues._CUMULATIVE.search(text))


def _plain_cue_names(tokens: list[str]) -> set[str]:
    """The original phrase search: every phrase looked for in the joined tokens."""
    found = {cue for token in tokens for cue in features._SINGLE_CUES.get(token, ())}
    joined = " " + " ".join(tokens) + " "
    return found | {cue for parts, cue in features._PHRASE_CUES if " " + " ".join(parts) + " " in joined}


@pytest.mark.parametrize("sentence", SENTENCES + [
    "Security forces fired tear gas and water cannon; the suicide bomber blew himself up at the army base.",
    "Rebels laid down their arms under a peace deal and a prisoner exchange, the armed group said.",
])
def test_phrase_cues_found_by_first_word_match_the_joined_search(sentence):
    tokens = features.tokenise(sentence)
    assert features.cue_names(tokens) == _plain_cue_names(tokens)


def _plain_hash(feature_names: list[str], n_features: int) -> tuple[list[int], list[float]]:
    counts: dict[int, float] = {}
    for name in feature_names:
        h = zlib.crc32(name.encode("utf-8"))
        counts[h % n_features] = counts.get(h % n_features, 0.0) + (1.0 if (h >> 31) & 1 == 0 else -1.0)
    indices = sorted(counts)
    raw = np.array([counts[i] for i in indices], dtype=np.float32)
    values = np.sign(raw) * np.log1p(np.abs(raw))
    return indices, (values / (float(np.linalg.norm(values)) or 1.0)).astype(np.float32).tolist()


@pytest.mark.parametrize("sentence", SENTENCES)
def test_memoised_buckets_hash_exactly_like_crc32(sentence):
    names = features.feature_strings(sentence)
    vec = features.hash_features(names, 1 << 10)  # a small table: collisions exercise the summing
    indices, values = _plain_hash(names, 1 << 10)
    assert vec.indices.tolist() == indices
    assert vec.values.tolist() == values


@pytest.mark.parametrize("repeats", [1, 3, 64, 65, 200])
def test_sublinear_table_and_its_numpy_fallback_hash_like_crc32(repeats):
    """Counts inside the memoised table and beyond it (a word 65+ times takes the numpy path)."""
    names = ["w:attack"] * repeats + ["w:village", "b:attack village"] + ["w:the"] * (repeats // 2)
    vec = features.hash_features(names, 1 << 6)
    indices, values = _plain_hash(names, 1 << 6)
    assert vec.indices.tolist() == indices
    assert vec.values.tolist() == values


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["w:a", "w:b", "w:c", "b:a b", "cue:killing", "pair:x+y"]), max_size=80))
def test_hashing_agrees_with_crc32_on_generated_names(names):
    vec = features.hash_features(names, 1 << 3)  # 8 buckets: many collisions, counts of every sign
    indices, values = _plain_hash(names, 1 << 3)
    assert vec.indices.tolist() == indices
    assert vec.values.tolist() == values


def _plain_agent_features(tokens: list[str]) -> list[str]:
    """agent_features without the skip of cue-less words."""
    feats: set[str] = set()
    subject = None
    for position, token in enumerate(tokens):
        if token in features._SENTENCE_END:
            subject = None
            continue
        found = features._SINGLE_CUES.get(token, ())
        if subject is None:
            agent = next((c for c in found if c in features._AGENT_CUES), None)
            subject = (position, agent) if agent else None
        for cue in found:
            if cue in features._ACTION_FOR_AGENT and subject and position - subject[0] <= features.AGENT_WINDOW:
                feats.add(f"agent:{subject[1]}>{cue}")
    return sorted(feats)


FEATURE_WORDS = ("soldiers", "militants", "killed", "captured", "the", "town", "and", "no", "will", ".", ",",
                 "civilians", "abducted", "police", "arrested", "protesters", "torched", "never", "threatened",
                 "tear", "gas", "car", "bomb", "took", "control", "of", "in", "2014")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FEATURE_WORDS), max_size=40))
def test_feature_fast_paths_agree_with_plain_versions(words):
    scoped = features._scoped_tokens(features.tokenise(" ".join(words)))
    assert features.agent_features(scoped) == _plain_agent_features(scoped)
    assert features.cue_names(scoped) == _plain_cue_names(scoped)
    flags = set(features._cue_features(features.cue_names(scoped), scoped))
    assert ("scope:negated" in flags) == any(t.startswith("neg:") for t in scoped)
    assert ("scope:unreal" in flags) == any(t.startswith("irr:") for t in scoped)


# Every word-presence gate (pattern, the words one of which each of its matches holds): a pattern that gains an
# alternative its gate does not list fails here.
WORD_GATES = [
    (typing_rules._LYNCH_MOB, typing_rules._LYNCH_MOB_NEEDS),
    (typing_rules._FIRED_ON_CROWD, typing_rules._FIRED_ON_CROWD_NEEDS),
    (typing_rules._CHEMICAL_AGENT, typing_rules._CHEMICAL_AGENT_NEEDS),
    (event_filter._ACCIDENT, event_filter._ACCIDENT_NEEDS),
    (mentions._CLAIM_HINT, mentions._CLAIM_HINT_NEEDS),
    (mentions._CLAIM_SENTENCE, mentions._CLAIM_SENTENCE_NEEDS),
    (mentions._TOLL_UPDATE_SENTENCE, mentions._TOLL_UPDATE_NEEDS),
    (mentions._ITS_FIGHTERS, mentions._ITS_FIGHTERS_NEEDS),
    (mentions._SPEECH_BEFORE, mentions._SPEECH_NEEDS),
    (cues._EARLIER_PERIOD, cues._EARLIER_PERIOD_NEEDS),
    (cues._CHARGE_BEFORE, cues._CHARGE_NEEDS),
    (cues._RELATIVE_BEFORE, cues._RELATIVE_NEEDS),
    (cues._ACT_VERB_BEFORE, cues._ACT_VERB_NEEDS),
    (detect._SPANS_A_PERIOD, detect._SPANS_A_PERIOD_NEEDS),
    (cues._NEGATION_RE, cues._NEGATION_NEEDS),
    (cues._HABITUAL, cues._HABITUAL_NEEDS),
]
# Case-sensitive patterns: their gate words are looked for as written.
CASE_SENSITIVE_GATES = [
    (cues._DATE_HINT, cues._DATE_HINT_NEEDS),
    (cues._YEAR, ("19", "20")),
    (cues._YEAR_ADJECTIVE, ("19", "20")),
]
GATE_SENTENCES = SENTENCES + [
    "A mob lynched two suspected cattle rustlers in the market after a crowd of traders beat them.",
    "Police opened fire on the crowd and shot at students who were protesting outside the university.",
    "Doctors treated victims of chlorine, sarin and nerve agents after poison gas and mustard gas were dropped.",
    "Over the last year and in recent weeks, so far, for years, for decades and every week since May, for months.",
    "Nobody denied the rumours; no one said it was false and they never fled without a fight, didn't they?",
    "Gunmen regularly, frequently and often attacked; a spate of raids, a wave of killings, years of violence.",
    "He was accused of ordering the man who had",
    "Rebels carried out a deadly",
    "A gas cylinder exploded and a fire broke out at the depot; the bus plunged into a ravine after a crash.",
    "Floods and a dam burst followed an earthquake, and an outbreak of cholera hit the displaced.",
    "The Islamic State group said its fighters had killed ten soldiers and claimed responsibility for the raid.",
    "By Tuesday the death toll had risen to 40 and the number of victims reached 52, officials said.",
    "Vigilantes delivered jungle justice; the attack was blamed on bandits and attributed to a splinter group.",
    "The army said in a statement on Monday, and by Tuesday the toll rose to 12 on Sept. 3 overnight.",
    "Years ago, in the past decade and last year, the 2014 raid came weeks ago, last weekend and yesterday.",
    "Thirty fighters were buried on Monday and rescuers recovered 36 bodies on Sunday, villagers said.",
    "The Islamist leader said in an audio message on Tuesday that his men had seized the boys.",
]
GATE_WORDS = ("mob", "lynched", "crowd", "suspected", "thieves", "beat", "fired", "on", "the", "protesters",
              "gas", "explosion", "fire", "broke", "out", "flood", "toll", "rose", "to", "number", "of", "dead",
              "reached", "its", "fighters", "said", "claimed", "responsibility", "Mob", "CROWD", "ſuspected",
              "killed", "village", ",", ".", "a", "at", "plant", "by", "and", "statement", "in", "2019", "ago",
              "years", "last", "year", "Monday", "Sept.", "past", "decade", "the")


@pytest.mark.parametrize("pattern, needs", WORD_GATES)
@pytest.mark.parametrize("sentence", GATE_SENTENCES)
def test_every_match_of_a_gated_pattern_holds_a_gate_word(pattern, needs, sentence):
    for match in pattern.finditer(sentence):
        assert any(word in match.group().lower() for word in needs), match.group()
    assert pattern.search(sentence) is None or may_hold_any(sentence, needs)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(GATE_WORDS), min_size=1, max_size=30))
def test_word_gates_never_skip_a_pattern_that_matches_generated_text(words):
    text = " ".join(words)
    for pattern, needs in WORD_GATES:
        assert pattern.search(text) is None or may_hold_any(text, needs)
    for pattern, needs in CASE_SENSITIVE_GATES:
        assert pattern.search(text) is None or any(word in text for word in needs)


@pytest.mark.parametrize("pattern, needs", CASE_SENSITIVE_GATES)
@pytest.mark.parametrize("sentence", GATE_SENTENCES)
def test_every_match_of_a_case_sensitive_gated_pattern_holds_a_gate_word(pattern, needs, sentence):
    for match in pattern.finditer(sentence):
        assert any(word in match.group() for word in needs), match.group()


def test_word_gates_pass_text_with_letters_that_fold_to_ascii():
    assert may_hold_any("Le ſuspect a été arrêté.", ("suspect",))
    assert may_hold_any("A \u212aurdish crowd.", ("nothing",))
    assert not may_hold_any("Soldiers patrolled the market.", ("mob", "crowd"))
    assert not may_hold_any("“Soldiers” patrolled Ségou’s market – residents said.", ("mob", "crowd"))


def test_folding_letters_are_exactly_those_ignorecase_equates_with_ascii():
    """Every code point against every ASCII letter: the list in lexicon must be complete."""
    import re
    import string
    import sys

    pattern = re.compile(f"[{string.ascii_lowercase}]", re.IGNORECASE)
    folding = {chr(c) for c in range(128, sys.maxunicode + 1) if pattern.fullmatch(chr(c))}
    assert folding == set(lexicon._FOLDING_TO_ASCII)


CURLY_SENTENCES = [
    "“Gunmen attacked Kouri near the border with Niger,” a resident of Ségou told AFP – 12 died.",
    "The mob ‘lynched’ two suspected thieves in Kanó’s market after the crowd gathered.",
    "Thousands have been killed across the Sahel since 2012, the UN’s envoy said in a statement.",
    "Police fired on protesters in Lomé’s Bè district; the toll rose to 7 – officials claimed.",
]


@pytest.mark.parametrize("sentence", CURLY_SENTENCES)
def test_gates_agree_with_plain_runs_on_non_ascii_text(sentence):
    assert find_places(sentence) == _plain_find_places(sentence)
    assert cues._is_cumulative(sentence) == bool(cues._CUMULATIVE.search(sentence))
    for pattern, needs in WORD_GATES:
        assert pattern.search(sentence) is None or may_hold_any(sentence, needs)
    assert context._DISASTER_WORDS.search(sentence) is None or context._may_name_a_disaster(sentence)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(GATE_WORDS + ("“", "”", "’s", "é", "–", "Ségou", "\u0131", "\u017f")),
                min_size=1, max_size=30))
def test_gates_agree_on_generated_non_ascii_text(words):
    text = " ".join(words)
    assert find_places(text) == _plain_find_places(text)
    assert cues._is_cumulative(text) == bool(cues._CUMULATIVE.search(text))
    for pattern, needs in WORD_GATES:
        assert pattern.search(text) is None or may_hold_any(text, needs)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Ms'’ia-", min_size=0, max_size=8))
def test_possessive_strip_matches_the_pattern(word):
    assert places._without_possessive(word) == places._POSSESSIVE.sub("", word)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(GATE_WORDS + ("floods", "Storm", "stormed", "dam", "damage", "burst", "quake", "2")),
                min_size=1, max_size=30))
def test_disaster_word_gate_never_hides_a_disaster_word(words):
    text = " ".join(words)
    assert context._DISASTER_WORDS.search(text) is None or context._may_name_a_disaster(text)


@pytest.mark.parametrize("sentence", GATE_SENTENCES)
def test_disaster_gate_on_written_sentences(sentence):
    assert context._DISASTER_WORDS.search(sentence) is None or context._may_name_a_disaster(sentence)


# --------------------------------------------------------------------------- actor dictionary scan (round three)

ACTOR_SENTENCES = [
    "The armed forces of India and Pakistan exchanged fire across the Line of Control on Tuesday.",
    "Fighters loyal to JNIM ambushed a convoy of Malian soldiers near Boni, the army said.",
    "The Military Police arrested two journalists in Yangon; the military denied it.",
    "Suspected Boko Haram militants, believed to be ISWAP, raided Gubio and abducted villagers.",
    "Nigerien and Chadian troops repelled an attack by the Islamic State in the Sahel near the border.",
    "Police in Kenya fired tear gas at protesters and students marching on parliament in Nairobi.",
    "Al-Shabaab claimed the bombing, which killed three AMISOM peacekeepers and a Somali soldier.",
    "A militia of Fulani herders clashed with Dogon hunters (Dan Na Ambassagou) near Bankass.",
    "The the the army of the Democratic Republic of Congo and M23 rebels fought in Rutshuru.",
]

ACTOR_WORDS = ("the", "army", "of", "Mali", "and", "Niger", "police", "JNIM", "fighters", "loyal", "to", "Boko",
               "Haram", "ISWAP", "soldiers", "Malian", "militia", "villagers", "military", "forces", "armed",
               "Islamic", "State", "in", "Sahel", "a", ",", "LeT", "let", "Chad", "chad", "(", ")")


def _plain_find_actors(dictionary, text: str, country: str | None) -> list:
    """find_actors as it was before round three: every token position is looked at in turn."""
    from eventwire.extract import actors
    tokens = actors.tokenize(text)
    found, i = [], 0
    while i < len(tokens):
        may_start = actors._may_start_phrase(dictionary.trie.root, tokens, i)
        match = dictionary._match_at(tokens, i, country, text) if may_start else None
        if match is not None and tokens[i].key == "the":
            match = dictionary._longer_without_article(tokens, i, country, text, match)
        if match is None:
            i += 1
            continue
        mention, i = match
        found.append(actors._boko_haram_faction(mention, text))
        second = dictionary._coordinated_country(tokens, i, mention, country, text)
        if second is not None:
            mention, i = second
            found.append(mention)
    return found


@pytest.fixture(scope="module")
def actor_dictionary():
    from eventwire.extract.actors import ActorDictionary
    return ActorDictionary.load()


@pytest.mark.parametrize("country", [None, "Mali", "India"])
@pytest.mark.parametrize("sentence", ACTOR_SENTENCES)
def test_actor_scan_over_phrase_starts_matches_the_token_by_token_walk(actor_dictionary, sentence, country):
    assert actor_dictionary.find_actors(sentence, country=country) == \
        _plain_find_actors(actor_dictionary, sentence, country)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(ACTOR_WORDS), min_size=1, max_size=30), st.sampled_from([None, "Mali", "Nigeria"]))
def test_actor_scan_agrees_with_the_token_by_token_walk_on_generated_text(words, country):
    from eventwire.extract.actors import ActorDictionary
    dictionary = ActorDictionary.load()
    text = " ".join(words)
    assert dictionary.find_actors(text, country=country) == _plain_find_actors(dictionary, text, country)


# --------------------------------------------------------------------------- classifier scope (round three)

def _plain_scoped_tokens(tokens: list[str]) -> list[str]:
    """_scoped_tokens without the check that no negation or unreal cue occurs at all."""
    out, scope, left = [], "", 0
    for token in tokens:
        if token in features._CLAUSE_END or token in features._SCOPE_BREAKERS:
            scope, left = "", 0
        elif token in features.NEGATION_CUES:
            scope, left = "neg:", features.SCOPE_WINDOW
        elif token in features.UNREAL_CUES:
            scope, left = "irr:", features.SCOPE_WINDOW
        elif left:
            out.append(scope + token)
            left -= 1
            continue
        out.append(token)
    return out


SCOPE_SENTENCES = SENTENCES + [
    "No one was killed when militants attacked the post, and soldiers later returned.",
    "The group threatened to attack Gao if the army did not withdraw, residents said.",
    "Police denied that protesters were shot; they will investigate, but nobody was arrested.",
]


@pytest.mark.parametrize("sentence", SCOPE_SENTENCES)
def test_scope_marking_without_cues_is_the_plain_walk(sentence):
    tokens = features.tokenise(sentence)
    assert features._scoped_tokens(tokens) == _plain_scoped_tokens(tokens)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FEATURE_WORDS + ("denied", "if", "but", "without")), max_size=40))
def test_scope_marking_agrees_with_the_plain_walk_on_generated_tokens(words):
    tokens = features.tokenise(" ".join(words))
    assert features._scoped_tokens(tokens) == _plain_scoped_tokens(tokens)


# --------------------------------------------------------------------------- round four: the batched classifier

CLASSIFIER_SENTENCES = SENTENCES + [
    "No one was killed when the convoy was stopped, and the soldiers will return on Monday.",
    "The rebels threatened to attack the town; residents fled on Tuesday.",
    "Police fired tear gas at students who refused to leave the campus in Dhaka.",
    "Attack attack attack " * 30,  # one word far beyond the sublinear table
    "",
    "!!!",
]


def _plain_pair_features(cues: set[str]) -> list[str]:
    return [name for a, b, name in features._PAIR_FEATURES if a in cues and b in cues]


@settings(max_examples=200, deadline=None)
@given(st.sets(st.sampled_from(sorted(features.CUE_LEXICON)), max_size=12))
def test_pair_features_by_first_cue_agree_with_the_plain_scan(cues):
    assert features._pair_features(cues) == _plain_pair_features(cues)


@pytest.mark.parametrize("sentence", CLASSIFIER_SENTENCES)
def test_scope_flags_are_read_only_where_a_scope_opens(sentence):
    scoped = features._scoped_tokens(features.tokenise(sentence))
    flags = set(features._cue_features(features.cue_names(scoped), scoped))
    assert ("scope:negated" in flags) == any(t.startswith("neg:") for t in scoped)
    assert ("scope:unreal" in flags) == any(t.startswith("irr:") for t in scoped)


def _assert_rows_hash_alone(name_lists: list[list[str]], n_features: int) -> None:
    batch = features.hash_many(name_lists, n_features)
    assert batch.rows == len(name_lists)
    for row, names in enumerate(name_lists):
        alone = features.hash_features(names, n_features)
        assert batch.row(row).indices.tolist() == alone.indices.tolist()
        assert batch.row(row).values.tolist() == alone.values.tolist()
        assert batch.row(row).values.dtype == alone.values.dtype == np.float32


@pytest.mark.parametrize("n_features", [1 << 18, 1 << 10, 1 << 3])
def test_batched_hashing_gives_every_row_the_vector_it_has_alone(n_features):
    name_lists = [features.feature_strings(sentence) for sentence in CLASSIFIER_SENTENCES]
    _assert_rows_hash_alone(name_lists, n_features)
    _assert_rows_hash_alone(name_lists[::-1], n_features)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["w:a", "w:b", "w:c", "b:a b", "cue:killing", "pair:x+y"]), max_size=80),
                max_size=6))
def test_batched_hashing_agrees_on_generated_names(name_lists):
    _assert_rows_hash_alone(name_lists, 1 << 3)  # 8 buckets: collisions, counts of every sign, empty rows


def _plain_row_dot(indices: list[int], values: list[float], weights: np.ndarray) -> np.ndarray:
    """Exact products summed one by one in float64, in index order, rounded once to float32."""
    sums = np.zeros(weights.shape[1], dtype=np.float64)
    for index, value in zip(indices, values):
        sums = sums + float(value) * weights[index].astype(np.float64)
    return sums.astype(np.float32)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["w:a", "w:b", "w:c", "b:a b", "w:d", "cue:x"]), max_size=12), max_size=5),
       st.integers(min_value=0, max_value=2**32 - 1))
def test_row_dot_sums_each_row_in_index_order(name_lists, seed):
    from eventwire.extract.classify import row_dot

    weights = np.random.default_rng(seed).normal(size=(16, 3)).astype(np.float32)
    batch = features.hash_many(name_lists, 16)
    dots = row_dot(batch, weights)
    for row in range(batch.rows):
        vec = batch.row(row)
        assert dots[row].tolist() == _plain_row_dot(vec.indices.tolist(), vec.values.tolist(), weights).tolist()


@pytest.fixture(scope="module")
def classifier():
    from eventwire.extract.classify import EventClassifier

    return EventClassifier.load()


@pytest.mark.parametrize("seed", range(4))
def test_a_text_reads_the_same_in_any_batch(classifier, seed):
    """The per-article batch may hold any sentences: a text's reading may not depend on its neighbours."""
    order = np.random.default_rng(seed).permutation(len(CLASSIFIER_SENTENCES)).tolist()
    texts = [CLASSIFIER_SENTENCES[i] for i in order][: 4 + 3 * seed]
    together = classifier.predict_many(texts)
    assert together == [classifier.predict(text) for text in texts]
    assert together == [classifier.predict_many([text])[0] for text in texts]


class _CountingClassifier:
    """A classifier that counts its batches and texts."""

    def __init__(self, inner):
        self.inner, self.batches, self.texts = inner, 0, []

    def predict_many(self, texts):
        self.batches += 1
        self.texts += list(texts)
        return self.inner.predict_many(texts)


def test_readings_read_every_queued_text_in_one_batch(classifier):
    counting = _CountingClassifier(classifier)
    readings = context.ClassifierReadings(counting)
    readings.queue(CLASSIFIER_SENTENCES[:5])
    first = readings.predict(CLASSIFIER_SENTENCES[2])
    assert counting.batches == 1 and len(counting.texts) == 5
    assert [readings.predict(t) for t in CLASSIFIER_SENTENCES[:5]] == classifier.predict_many(CLASSIFIER_SENTENCES[:5])
    assert counting.batches == 1 and first == classifier.predict(CLASSIFIER_SENTENCES[2])
    readings.predict("An unqueued sentence about a raid on a village.")  # read on its own, never lost
    assert counting.batches == 2 and counting.texts[-1] == "An unqueued sentence about a raid on a village."


def test_readings_work_with_a_classifier_that_reads_one_text_at_a_time():
    from eventwire.extract.kit import NoClassifier

    readings = context.ClassifierReadings(NoClassifier())
    readings.queue(["Gunmen killed two farmers."])
    assert readings.predict("Gunmen killed two farmers.") == NoClassifier().predict("")


GOLDEN_ARTICLES = sorted((Path(__file__).resolve().parent / "golden" / "articles").glob("*.txt"))


class _BatchCounting:
    """The kit's classifier, noting every batch it is asked to read. (Seen from the classifier, the boundary the
    extractor reads at run time: ``context`` may be compiled, and compiled code binds its own names early.)"""

    def __init__(self, inner):
        self.inner = inner
        self.batches: list[list[str]] = []

    def predict(self, text):
        return self.inner.predict(text)

    def predict_many(self, texts):
        self.batches.append(list(texts))
        return self.inner.predict_many(texts)


@pytest.mark.parametrize("path", GOLDEN_ARTICLES, ids=lambda p: p.stem)
def test_every_classifier_input_of_an_article_is_queued_before_it_is_asked_for(path):
    """The sentence stage and the event stage each read their texts in one batch (a text asked for without
    having been queued would be read in a batch of its own), and the drafts are those of the plain classifier."""
    from eventwire.extract import ExtractionKit, extract_events
    from eventwire.ingest import read_article

    article = read_article(path)[0]
    kit = ExtractionKit.load()
    counting = _BatchCounting(kit.classifier)
    batched = extract_events(article, replace(kit, classifier=counting))
    assert len(counting.batches) <= 2
    one_by_one = extract_events(article, replace(kit, classifier=_OneByOne(kit.classifier)))
    assert batched == one_by_one


class _OneByOne:
    """The classifier without ``predict_many``: every text read alone."""

    def __init__(self, inner):
        self.predict = inner.predict


def _plain_tokenise(text: str) -> list[str]:
    return ["<num>" if t[0].isdigit() else t for t in features._TOKEN.findall(text.lower())]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab 1.,'\u0663\u00b2x-", max_size=30))
def test_tokenise_without_digits_skips_only_the_number_check(text):
    assert features.tokenise(text) == _plain_tokenise(text)


@pytest.mark.parametrize("sentence", CLASSIFIER_SENTENCES + ["Shelling killed ٣ people in sector 7-B."])
def test_tokenise_agrees_with_the_plain_version_on_written_sentences(sentence):
    assert features.tokenise(sentence) == _plain_tokenise(sentence)


def _plain_best_sub_type(scores: dict[str, float]) -> str:
    from eventwire.records import SUB_EVENT_TYPES

    by_type = {t: sum([scores.get(s, 0.0) for s in subs]) for t, subs in SUB_EVENT_TYPES.items()}
    event_type = max(by_type, key=by_type.__getitem__)
    return max(SUB_EVENT_TYPES[event_type], key=lambda sub: scores.get(sub, 0.0))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(EVENT_TYPE_OF)), st.floats(min_value=0.0, max_value=1.0), min_size=1))
def test_best_sub_type_agrees_with_the_plain_sums(scores):
    from eventwire.extract.classify import _best_sub_type

    assert _best_sub_type(scores) == _plain_best_sub_type(scores)


def test_a_context_built_by_hand_gets_its_own_readings_table():
    from eventwire.extract import ExtractionKit
    from eventwire.extract.kit import NoClassifier
    from eventwire.records import Article

    kit = replace(ExtractionKit.load(), classifier=NoClassifier())
    article = Article(id="hand", title="", text="Gunmen killed two farmers.", published_at=None)
    built = context.ArticleContext(article, article.text, context.published_or_today(None), kit, (), (), None, None)
    assert isinstance(built.readings, context.ClassifierReadings)
    assert built.readings.predict("Gunmen killed two farmers.") == NoClassifier().predict("")
