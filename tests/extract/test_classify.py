"""Tests for the event-type classifier (eventwire.extract.classify) and its features.

Every sentence below was written for this test file; none is a training template or a dev-set snippet.
"""

from __future__ import annotations

import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.errors import ClassifierModelError
from eventwire.extract import classify, features
from eventwire.extract.classify import EventClassifier
from eventwire.records import EVENT_TYPE_OF, SUB_EVENT_TYPES, TypePrediction

MODEL_BYTES_LIMIT = 10_000_000

SENTENCES = [
    # (sentence, expected sub-event type or None for a non-event)
    ("Government troops drove the insurgents out of Konna on Thursday and restored state control over the town, the army said.", "Government regains territory"),
    ("The army announced it had recaptured the border town of Mandera from al-Shabaab after a two-day battle.", "Government regains territory"),
    ("Jihadist fighters overran the town of Tessalit on Sunday after the garrison fled, local officials said.", "Non-state actor overtakes territory"),
    ("M23 rebels seized the town of Bunagana near the Ugandan border following heavy fighting with the Congolese army.", "Non-state actor overtakes territory"),
    ("Soldiers and Boko Haram fighters exchanged fire for three hours near Bama on Tuesday, leaving nine insurgents dead.", "Armed clash"),
    ("Militants attacked an army base in Kidal before dawn; the troops repelled them after a fierce gunfight.", "Armed clash"),
    ("Police shot dead six demonstrators who were marching against the junta in the capital on Saturday, a rights group said.", "Excessive force against protesters"),
    ("Security forces fired live rounds into a crowd of protesting students in Kenema, killing two of them.", "Excessive force against protesters"),
    ("Riot police used tear gas to scatter hundreds of traders protesting against new taxes in Kano and detained about twenty.", "Protest with intervention"),
    ("Police broke up a sit-in by nurses outside the health ministry and arrested several union leaders.", "Protest with intervention"),
    ("Thousands of women marched peacefully through Niamey on Sunday to demand the return of kidnapped girls.", "Peaceful protest"),
    ("Farmers held a rally outside the regional assembly in Tamale to call for fair cocoa prices.", "Peaceful protest"),
    ("Angry demonstrators set fire to the district police station and threw rocks at officers after a boy was killed by a stray bullet.", "Violent demonstration"),
    ("Protesters ransacked the ruling party headquarters in Conakry and burned several cars during a march against the president.", "Violent demonstration"),
    ("A mob beat a suspected cattle thief to death in a village near Mubi on Wednesday, police said.", "Mob violence"),
    ("Residents armed with sticks lynched two men accused of kidnapping a child in Port Harcourt.", "Mob violence"),
    ("Doctors said the victims of the chlorine gas attack on the town were struggling to breathe and several children died.", "Chemical weapon"),
    ("Investigators concluded that the nerve agent sarin was dropped on the village, killing dozens of people.", "Chemical weapon"),
    ("A military drone struck a pickup truck carrying insurgents near Mogadishu, killing four of them.", "Air/drone strike"),
    ("Warplanes bombed a crowded market in the town of Tarhuna on Friday, killing eleven civilians.", "Air/drone strike"),
    ("A suicide bomber detonated his explosive vest at the entrance of a mosque in Maiduguri during dawn prayers, killing seven.", "Suicide bomb"),
    ("A woman wearing a suicide belt blew herself up at a checkpoint outside Konduga, killing two vigilantes.", "Suicide bomb"),
    ("Artillery shells rained down on residential districts of Kharkiv overnight, killing three civilians.", "Shelling/artillery/missile attack"),
    ("Rebels fired mortar rounds at the airport in Goma, damaging a cargo plane.", "Shelling/artillery/missile attack"),
    ("Four soldiers died when their armoured vehicle struck a roadside bomb on the road between Gao and Ansongo.", "Remote explosive/landmine/IED"),
    ("An improvised explosive device hidden in a parked motorcycle exploded near a bus station in Kabul, wounding nine people.", "Remote explosive/landmine/IED"),
    ("An unknown attacker threw a hand grenade into a bar in Bujumbura late on Saturday, injuring twelve customers.", "Grenade"),
    ("A grenade hurled at a police patrol in Mombasa wounded three officers.", "Grenade"),
    ("Armed men raped three women who had gone to collect firewood outside the displacement camp near Djugu.", "Sexual violence"),
    ("A soldier is accused of raping a 15-year-old girl at a checkpoint in the town, a women's rights group said.", "Sexual violence"),
    ("Gunmen on motorcycles stormed the village of Solhan overnight and shot dead dozens of residents.", "Attack"),
    ("Suspected jihadists killed five farmers working in their fields near Djibo on Monday.", "Attack"),
    ("Bandits kidnapped eighteen passengers from a bus on the Kaduna-Abuja highway on Tuesday.", "Abduction/forced disappearance"),
    ("Unknown gunmen abducted an Italian priest from his parish in the south of the country.", "Abduction/forced disappearance"),
    ("The government and the rebel coalition signed a ceasefire agreement in Addis Ababa on Wednesday.", "Agreement"),
    ("Some forty fighters of the militia surrendered to the army in Beni and handed over their rifles.", "Agreement"),
    ("Police arrested a prominent opposition figure at his home in Harare on Thursday night.", "Arrests"),
    ("Security services detained twelve journalists who had reported on the army's abuses.", "Arrests"),
    ("Two jihadist factions in the Sahel announced that they had merged into a single organisation.", "Change to group/activity"),
    ("The army sent an additional battalion to the northern province to reinforce security ahead of the vote.", "Change to group/activity"),
    ("Soldiers defused a bomb that had been planted under a bridge near Kismayo.", "Disrupted weapons use"),
    ("Troops seized a large cache of rifles and ammunition from a rebel hideout in the forest.", "Disrupted weapons use"),
    ("The militants have set up a new base in the forest near the village, from which they collect taxes, residents said.", "Headquarters or base established"),
    ("The army established a forward operating base in Kidal to secure the road north.", "Headquarters or base established"),
    ("Gunmen looted shops and burned dozens of houses in the village before withdrawing.", "Looting/property destruction"),
    ("Militants set fire to the primary school and the health post in the village of Koumbri.", "Looting/property destruction"),
    ("The rebels withdrew from the town without a fight and government soldiers moved in the next day.", "Non-violent transfer of territory"),
    ("Peacekeepers handed their base in Tessalit over to the national army, and no shots were fired.", "Non-violent transfer of territory"),
    ("Thousands of families fled their villages after rumours that the armed group was approaching.", "Other"),
    ("A mass grave holding at least thirty bodies was discovered on the outskirts of the town.", "Other"),
    # non-events: statements, diplomacy, elections, trials, disasters, accidents, history, plans
    ("The president condemned the violence and promised that those responsible would face justice.", None),
    ("The foreign ministers of the two countries met in Dakar to discuss cooperation on border security.", None),
    ("Voters queued for hours on Sunday to cast their ballots in the presidential election.", None),
    ("A court in the capital sentenced three men to twenty years in prison for the 2016 hotel attack.", None),
    ("Floods have destroyed thousands of homes across the region, the disaster agency said.", None),
    ("A bus overturned on the highway near Kayes, killing eleven passengers, police said.", None),
    ("The country marked the tenth anniversary of the school massacre with a national day of mourning.", None),
    ("The insurgency began in 2012 when separatist rebels and jihadists took over the north of the country.", None),
    ("The military plans to launch a new offensive against the militants after the rainy season.", None),
    # negation, future tense and denials
    ("The army denied reports that its soldiers had killed civilians in the village, calling them fabricated.", None),
    ("No one was killed or injured, police said, after checking reports of gunfire in the market.", None),
    ("The armed group threatened to attack the town if the army did not withdraw within a week.", None),
    ("Teachers will march on parliament next Monday if their salaries are not paid.", None),
    # violent words without political violence: accidents, sport, routine military news
    ("Nineteen miners died when the shaft of a cobalt mine caved in near Kolwezi on Saturday, the provincial mines minister said.", None),
    ("A boiler exploded at a sugar factory outside Kisumu, killing six workers; police said the blast was accidental.", None),
    ("The home side stormed back in the second half and crushed the visitors 3-1 to win the cup.", None),
    ("Soldiers from five countries began a ten-day joint exercise with live firing near the northern border.", None),
    ("The navy test-fired an anti-ship cruise missile in the Indian Ocean, the defence ministry announced.", None),
]


@pytest.fixture(scope="module")
def classifier() -> EventClassifier:
    return EventClassifier.load()


# --------------------------------------------------------------------------- shipped weights


def test_shipped_weights_are_small_and_label_every_event_type():
    # Load time is a benchmark (BENCHMARKS.md, "Models and gazetteer load"), not a test: a loaded box fails a timer.
    loaded = EventClassifier.from_file(classify.DEFAULT_MODEL)
    assert classify.DEFAULT_MODEL.stat().st_size < MODEL_BYTES_LIMIT
    assert set(loaded.model.labels) == set(EVENT_TYPE_OF)


def test_shipped_weights_carry_a_second_stage_detector_matching_its_inputs():
    import json

    import numpy as np

    model = EventClassifier.load().model
    with np.load(classify.DEFAULT_MODEL) as data:
        meta = json.loads(data["meta"].tobytes().decode("utf-8"))
    assert model.stage2_weights is not None
    assert len(model.stage2_weights) == len(meta["stage2_inputs"])
    margins = np.zeros(len(model.labels), np.float32)
    probs = np.full(len(model.labels), 1 / len(model.labels), np.float32)
    inputs = classify.stage2_inputs(0.0, margins, probs, model.labels, [], set())
    assert inputs.shape == model.stage2_weights.shape


def test_load_is_cached():
    assert EventClassifier.load() is EventClassifier.load()


def test_missing_weights_raise_a_domain_error(tmp_path):
    with pytest.raises(ClassifierModelError):
        EventClassifier.from_file(tmp_path / "absent.npz")


def test_unreadable_weights_raise_a_domain_error(tmp_path):
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a numpy archive")
    with pytest.raises(ClassifierModelError):
        EventClassifier.from_file(broken)


def test_every_sub_type_is_covered_by_the_sentence_table():
    expected = {sub for subs in SUB_EVENT_TYPES.values() for sub in subs}
    assert expected <= {sub for _, sub in SENTENCES if sub}


# --------------------------------------------------------------------------- predictions


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES, ids=[s[:40] for s, _ in SENTENCES])
def test_sentence_is_typed_as_coded(classifier, sentence, expected):
    prediction = classifier.predict(sentence)
    assert prediction.sub_event_type == expected
    assert prediction.event_type == (EVENT_TYPE_OF[expected] if expected else None)


@pytest.mark.parametrize("sentence", [s for s, _ in SENTENCES[::7]])
def test_probabilities_are_probabilities(classifier, sentence):
    prediction = classifier.predict(sentence)
    assert 0.0 <= prediction.event_probability <= 1.0
    assert all(0.0 <= p <= 1.0 for p in prediction.sub_event_scores.values())
    assert sum(prediction.sub_event_scores.values()) == pytest.approx(1.0, abs=1e-4)


def test_non_event_keeps_scores_but_no_type(classifier):
    prediction = classifier.predict("The minister will visit the flooded districts next week.")
    assert prediction.event_type is None and prediction.sub_event_type is None
    assert prediction.event_probability < classifier.threshold
    assert prediction.sub_event_scores


def test_predict_many_matches_predict(classifier):
    texts = [s for s, _ in SENTENCES[:10]]
    assert classifier.predict_many(texts) == [classifier.predict(t) for t in texts]


def test_predictions_are_deterministic_across_loads(classifier):
    fresh = EventClassifier.from_file(classify.DEFAULT_MODEL)
    for sentence, _ in SENTENCES[::5]:
        assert fresh.predict(sentence) == classifier.predict(sentence)


def test_negation_lowers_the_event_probability(classifier):
    real = classifier.predict("Gunmen killed four villagers near the market on Monday.")
    denied = classifier.predict("The army denied that gunmen had killed four villagers near the market.")
    assert denied.event_probability < real.event_probability


def test_future_tense_lowers_the_event_probability(classifier):
    real = classifier.predict("The rebels attacked the town of Kalemie on Friday.")
    future = classifier.predict("The rebels threatened that they will attack the town of Kalemie on Friday.")
    assert future.event_probability < real.event_probability


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_valid_prediction(text):
    prediction = EventClassifier.load().predict(text)
    assert isinstance(prediction, TypePrediction)
    assert 0.0 <= prediction.event_probability <= 1.0
    assert prediction.sub_event_type is None or EVENT_TYPE_OF[prediction.sub_event_type] == prediction.event_type


# --------------------------------------------------------------------------- precedence rules


def _scores(best: str, second: str) -> dict[str, float]:
    scores = {sub: 0.0 for sub in EVENT_TYPE_OF}
    scores.update({best: 0.7, second: 0.3})
    return scores


def test_tear_gas_is_never_a_chemical_weapon():
    cues = features.analyse("Police fired tear gas at the crowd.")[1]
    scores = _scores("Chemical weapon", "Protest with intervention")
    assert classify.apply_precedence(cues, scores, "Chemical weapon") == "Protest with intervention"


def test_real_chemical_agent_keeps_chemical_weapon():
    cues = features.analyse("Shells filled with chlorine and tear gas hit the town.")[1]
    scores = _scores("Chemical weapon", "Shelling/artillery/missile attack")
    assert classify.apply_precedence(cues, scores, "Chemical weapon") == "Chemical weapon"


def test_abduction_followed_by_killing_is_an_attack():
    cues = features.analyse("Gunmen abducted two traders and killed them the next day.")[1]
    assert classify.apply_precedence(cues, {}, "Abduction/forced disappearance") == "Attack"


def test_negated_killing_leaves_the_abduction():
    cues = features.analyse("Gunmen abducted two traders; no one was killed.")[1]
    assert classify.apply_precedence(cues, {}, "Abduction/forced disappearance") == "Abduction/forced disappearance"


def test_explosion_with_a_suicide_bomber_is_a_suicide_bomb():
    cues = features.analyse("A suicide bomber detonated a car packed with explosives.")[1]
    assert classify.apply_precedence(cues, {}, "Remote explosive/landmine/IED") == "Suicide bomb"


@pytest.mark.parametrize("sub", ["Air/drone strike", "Chemical weapon"])
def test_a_sub_type_that_precedes_suicide_bomb_is_kept(sub):
    # coding-rules.md: Chemical weapon and Air/drone strike precede Suicide bomb ("a suicide drone" is a drone strike)
    cues = features.analyse("A suicide drone packed with explosives hit the depot.")[1]
    assert "weapon_suicide" in cues
    assert classify.rule_suicide_bomb(cues, {}, sub) is None


def test_a_suicide_bomber_still_turns_another_explosion_into_a_suicide_bomb():
    cues = features.analyse("A suicide bomber detonated a car packed with explosives.")[1]
    assert classify.rule_suicide_bomb(cues, {}, "Remote explosive/landmine/IED") == "Suicide bomb"


def test_suicide_cue_does_not_turn_a_protest_into_an_explosion():
    cues = features.analyse("Students protested after a classmate's suicide.")[1]
    assert classify.apply_precedence(cues, {}, "Peaceful protest") == "Peaceful protest"


# --------------------------------------------------------------------------- features


@pytest.mark.parametrize(("note", "expected"), [
    ("On 6 May 2020, militants attacked a police post in Tera. [size=no report]", "Militants attacked a police post in Tera."),
    ("Arrests: On 3 March 2019, police arrested two traders in Kano.", "Police arrested two traders in Kano."),
    ("Around 8 January 2020, soldiers of the Military Forces of Myanmar (2016-) shelled a village.",
     "Soldiers of the Military Forces of Myanmar shelled a village."),
    ("19 October. Peacekeepers opened a base at Nyunzu.", "Peacekeepers opened a base at Nyunzu."),
    ("On April 26, 2018, a group of rebels raided a farm. Casualties unknown.", "A group of rebels raided a farm."),
    ("Rebels raided a farm near the river.", "Rebels raided a farm near the river."),
])
def test_normalise_note_removes_coder_conventions(note, expected):
    assert features.normalise_note(note) == expected


def test_stable_hash_is_crc32_and_does_not_depend_on_the_python_run():
    assert features.stable_hash("w:attack") == zlib.crc32(b"w:attack")
    assert features.stable_hash("w:attack") == 0x39a63164


@pytest.mark.parametrize(("text", "absent_cue"), [
    ("No one was killed in the incident.", "killing"),
    ("The group threatened to kidnap foreign workers.", "abduction"),
    ("The army denied that soldiers had looted shops.", "loot"),
])
def test_negated_and_unreal_actions_are_not_cues(text, absent_cue):
    assert absent_cue not in features.analyse(text)[1]


@pytest.mark.parametrize(("text", "cue"), [
    # feature version 3: the measures coded as "Other", alliances, and headline present tense
    ("Fighters of the movement enforced a dusk-to-dawn curfew in Bria and banned motorbikes.", "restriction"),
    ("The rebels have kept Kalemie under siege for a month, residents said.", "restriction"),
    ("Three Sahel insurgent groups announced a new coalition under a single commander.", "group_change"),
    ("Army and militia agree to a week-long truce around Beni", "agreement_verb"),
    ("Separatists capture a second town in the hills", "territory"),
])
def test_version_3_cues_are_found(text, cue):
    assert cue in features.analyse(text)[1]


@pytest.mark.parametrize(("text", "absent_cue"), [
    ("The rebels did not capture the town.", "territory"),
    ("The two sides will agree on a truce next week, the envoy hopes.", "agreement_verb"),
])
def test_version_3_cues_respect_negation_and_future(text, absent_cue):
    assert absent_cue not in features.analyse(text)[1]


def test_scope_ends_at_a_new_clause():
    cues = features.analyse("The rebels withdrew without a fight and soldiers occupied the town.")[1]
    assert "territory" in cues


def test_agent_feature_tells_who_took_the_town():
    by_army = features.feature_strings("Soldiers recaptured the town from the rebels.")
    by_rebels = features.feature_strings("Rebels captured the town from the soldiers.")
    assert "agent:armed_state>territory" in by_army and "agent:armed_state>territory" not in by_rebels


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_hashed_vector_is_sorted_unique_and_unit_length(text):
    vec = features.featurise(text)
    assert len(vec.indices) == len(set(vec.indices.tolist()))
    assert (vec.indices >= 0).all() and (vec.indices < features.N_FEATURES).all()
    assert list(vec.indices) == sorted(vec.indices)
    norm = float((vec.values ** 2).sum()) ** 0.5
    assert norm == pytest.approx(1.0, abs=1e-4) or len(vec.indices) == 0


def test_event_threshold_constant_matches_the_trained_calibration():
    """train_classifier.py prints the tuned threshold; whoever retrains must copy it into EVENT_THRESHOLD."""
    import json

    import numpy as np

    with np.load(classify.DEFAULT_MODEL) as data:
        meta = json.loads(data["meta"].tobytes().decode("utf-8"))
    assert classify.EVENT_THRESHOLD == pytest.approx(meta["tuned_threshold"], abs=0.006)


def test_hand_written_training_sentences_are_unique_and_labelled_with_acled_sub_types():
    from eventwire.extract.models import news_style_handwritten

    rows = news_style_handwritten.rows()
    texts = [text for _, text in rows]
    assert len(texts) == len(set(texts))
    assert {label for label, _ in rows} <= set(EVENT_TYPE_OF) | {None}
