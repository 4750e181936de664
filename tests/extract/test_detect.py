"""Event detection: real events versus statements, plans, denials, negations and background."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract.detect import (
    CLASSIFIER_WEIGHT,
    DETECTION_THRESHOLD,
    detect_sentence,
    find_sentence_triggers,
    find_triggers,
)
from eventwire.extract.typing_rules import type_from_tactics
from eventwire.extract.sentences import Sentence, split_sentences
from eventwire.records import TypePrediction

PUBLISHED = date(2021, 3, 9)


def _detect(text: str, probability: float = 0.0):
    return detect_sentence(text, Sentence(0, len(text), text, 0), probability, PUBLISHED)


EVENTS = [
    "Gunmen on motorcycles attacked a gendarmerie post in Seytenga on Sunday, killing five officers.",
    "Two soldiers were killed when their vehicle struck a roadside bomb near Boni.",
    "An air strike hit a market in the town of Hawzen, witnesses said.",
    "Militants abducted 14 passengers from a bus on the road to Kaya.",
    "Police fired tear gas at hundreds of protesters in Conakry on Thursday.",
    "Thousands of teachers marched through Harare to demand higher pay.",
    "Rioters torched the regional governor's office in Kindia.",
    "Fighters of the group captured the town of Mocimboa da Praia after three days of fighting.",
    "Security forces arrested the opposition leader at his home in Kampala.",
    "A suicide bomber blew himself up at a checkpoint in Mogadishu.",
    "Rebels shelled the outskirts of Goma overnight.",
    "Officials in Gao said at least 17 policemen were killed.",
    "Clashes erupted between herders and farmers in Plateau State on Monday.",
    "Unidentified gunmen shot dead a village chief in Tillaberi.",
    "Residents blocked the main road into Lubumbashi to protest power cuts.",
    "A protest was held in front of parliament in Bamako on Friday.",
    "The militants looted shops and stole livestock in Djibo.",
    "Sunday's raid on the gendarmerie in Koutougou killed dozens of officers.",
    "Gunmen have killed 12 people in an attack on a village near Tillaberi, officials said.",
    "A grenade was thrown at a police station in Bannu on Sunday.",
    "The army said on Sunday that its jets had bombed rebel positions east of the city.",
    "The group, which has killed thousands since 2009, attacked the town of Dikwa on Friday.",
    "Israeli forces killed two Palestinians in raids across the West Bank on Tuesday.",
]

NON_EVENTS = [
    # statements, visits, mourning
    "The prime minister announced a week of national grief for the victims.",
    "The minister paid an official visit to troops in Gao.",
    "The UN envoy called for calm and restraint.",
    # future, plans, threats, hypotheticals
    "The group threatened to attack the capital.",
    "Teachers plan to protest next week.",
    "The army will launch an offensive against the militants.",
    "Officials warned that militants could attack the town.",
    "If talks fail, the unions may strike.",
    # negations and denials
    "No one was killed.",
    "The army denied that soldiers killed civilians.",
    "The group did not attack the convoy, its spokesman said.",
    "Nobody was injured or killed.",
    # background history and habitual violence
    "Rebels held the northern city of Kidal from 2012 onwards.",
    "The insurgency has killed thousands of people since 2015.",
    "Militants regularly attack convoys on this road.",
    "The insurgents have since changed tactics to carry out small raids.",
    "Attacks on schools have increased in recent years.",
    # analysis, running tolls, ongoing sieges, warnings
    "Analysts say the attacks show the growing reach of the group.",
    "Jihadists have killed thousands of civilians and soldiers across the region.",
    "Fighting has raged around the city since April.",
    "The UN warned that an all-out assault on the town could end in a massacre.",
    "More than 9,000 people have been killed since the war began.",
    "More than 3,000 people have been killed by security forces since the coup.",
    "Cross-border exchanges of fire have taken place almost every day.",
    "Kidnappings are frequent on the highway between Abuja and Kaduna.",
    "Parents of the schoolgirls abducted from the town a decade ago gathered on Sunday.",
    "The rebels, who took control of the capital on August 15, condemned the killing.",
    "It was the worst toll since the 2013 siege of the shopping mall.",
    "More than 70 people have been killed in the border area over the past month.",
]


@pytest.mark.parametrize("text", EVENTS)
def test_event_sentences_are_detected(text: str) -> None:
    detection = _detect(text)
    assert detection.is_event, [(t.span.text, t.blocked_by) for t in detection.triggers]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_non_event_sentences_are_rejected(text: str) -> None:
    detection = _detect(text)
    assert not detection.is_event, [(t.span.text, t.blocked_by) for t in detection.triggers]


def test_tables_are_large_enough() -> None:
    assert len(EVENTS) + len(NON_EVENTS) >= 30


@pytest.mark.parametrize(
    "text, blocker",
    [
        ("No one was killed in the blast.", "negation"),
        ("The rebels will attack at dawn.", "modality"),
        ("In 2012 the rebels attacked Aguelhok.", "background"),
        ("The army denied it had shelled the village.", "negation"),
    ],
)
def test_blocked_triggers_name_their_cue(text: str, blocker: str) -> None:
    blocked = [t.blocked_by for t in find_triggers(text, 0, len(text), PUBLISHED) if t.blocked_by]
    assert blocker in blocked


def test_negation_blocks_only_its_own_clause() -> None:
    detection = _detect("A bomb exploded near the market, but no one was killed.")
    assert detection.is_event
    assert {t.tactic for t in detection.live_triggers} == {"bombing"}


def test_reference_alone_needs_the_classifier_to_pass() -> None:
    text = "He condemned Friday's attack."
    assert not _detect(text).is_event
    lifted = _detect(text, probability=1.0)
    assert lifted.is_event and lifted.score >= DETECTION_THRESHOLD
    assert _detect(text, probability=0.0).score == pytest.approx((1 - CLASSIFIER_WEIGHT) * 0.4)


def test_the_same_year_is_not_background() -> None:
    assert _detect("In 2021 militants attacked the town of Solhan, killing 160 people.").is_event


@pytest.mark.parametrize(
    "tactics, text, victims, deaths, expected",
    [
        (["attack"], "gunmen attacked the army base", 1, 20, ("Battles", "Armed clash")),
        (["attack", "killing"], "gunmen killed villagers", 7, 12, ("Violence against civilians", "Attack")),
        (["ied", "killing"], "a roadside bomb killed two soldiers", 1, 2,
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        (["air_strike"], "an air strike hit the market", None, 0, ("Explosions/Remote violence", "Air/drone strike")),
        (["suicide", "bombing"], "a suicide bomber blew himself up", None, 3,
         ("Explosions/Remote violence", "Suicide bomb")),
        (["protest"], "teachers marched peacefully", None, 0, ("Protests", "Peaceful protest")),
        (["protest"], "police dispersed the protesters with tear gas", None, 0, ("Protests", "Protest with intervention")),
        (["protest", "killing"], "police shot dead two protesters", None, 2,
         ("Protests", "Excessive force against protesters")),
        (["protest"], "protesters burned tyres and pelted police with stones", None, 0, ("Riots", "Violent demonstration")),
        (["abduction"], "militants abducted 14 passengers", 7, 0,
         ("Violence against civilians", "Abduction/forced disappearance")),
        (["territory"], "the army recaptured the town", None, 0, ("Battles", "Government regains territory")),
        (["territory"], "the rebels captured the town", None, 0, ("Battles", "Non-state actor overtakes territory")),
        (["clash", "shelling"], "the two sides exchanged artillery fire", None, 0, ("Battles", "Armed clash")),
        (["looting"], "militants looted shops", None, 0, ("Strategic developments", "Looting/property destruction")),
        (["arrest"], "police arrested the opposition leader", None, 0, ("Strategic developments", "Arrests")),
        (["attack"], "a mob lynched a suspected thief", None, 1, ("Riots", "Mob violence")),
        (["protest"], "journalists held a protest against the arrest of their editor", None, 0,
         ("Protests", "Peaceful protest")),
        (["protest", "killing"], "relatives of a driver who was shot dead by police held a sit-in", None, 1,
         ("Protests", "Peaceful protest")),
        (["protest"], "teachers marched. Police intervened and moved the protesters away", None, 0,
         ("Protests", "Protest with intervention")),
        (["bombing"], "militants blew up a telecommunications mast; no one was hurt", None, 0,
         ("Strategic developments", "Looting/property destruction")),
        (["bombing"], "a bomb blew up a bus, wounding 12 passengers", None, 0,
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        (["arson"], "gunmen set fire to the electoral office. No casualties were recorded", None, 0,
         ("Strategic developments", "Looting/property destruction")),
        (["chemical", "air_strike"], "a helicopter dropped a chlorine barrel on the district", None, 0,
         ("Explosions/Remote violence", "Chemical weapon")),
        (["transfer"], "French troops withdrew from the base", None, 0,
         ("Strategic developments", "Non-violent transfer of territory")),
        (["disrupted", "ied"], "soldiers neutralised three IEDs buried on the road", None, 0,
         ("Strategic developments", "Disrupted weapons use")),
        (["arrest"], "soldiers detained a young man and took him to an unknown destination", None, 0,
         ("Violence against civilians", "Abduction/forced disappearance")),
        (["arrest"], "police detained the opposition leader at his home", None, 0,
         ("Strategic developments", "Arrests")),
    ],
)
def test_type_precedence(tactics, text, victims, deaths, expected) -> None:
    decision = type_from_tactics(tactics, text, victims, deaths, None)
    assert (decision.event_type, decision.sub_event_type) == expected


def test_classifier_decides_when_no_tactic_does() -> None:
    prediction = TypePrediction("Strategic developments", "Agreement", 0.9, {})
    decision = type_from_tactics([], "the two sides signed a deal", None, 0, prediction)
    assert (decision.event_type, decision.sub_event_type, decision.tactic) == (
        "Strategic developments", "Agreement", None)


_WORDS = st.sampled_from(EVENTS + NON_EVENTS + ["IED", "died", "Air Force", "air force", "May", "set fire to", "\n"])


@given(st.lists(_WORDS, max_size=8).map(" ".join))
@settings(max_examples=80, deadline=None)
def test_gated_scan_finds_exactly_what_a_full_scan_finds(text: str) -> None:
    sentences = split_sentences(text)
    gated = find_sentence_triggers(text, sentences, PUBLISHED)
    assert gated == [find_triggers(text, s.start, s.end, PUBLISHED) for s in sentences]


# --------------------------------------------------------------------------- strategic tactics and references

STRATEGIC = [
    ("Rebels captured Kunduz on Sunday after a week of fighting.", "territory"),
    ("Government troops drove the militants out of Marawi on Tuesday.", "territory"),
    ("French troops withdrew from the Menaka base on Monday and handed it to the Malian army.", "transfer"),
    ("The two jihadist groups announced their merger in a video released on Thursday.", "group_change"),
    ("The group named Abu Omar as its new leader on Friday.", "group_change"),
    ("Dozens of fighters surrendered to the army in Diffa on Saturday.", "group_change"),
    ("The government and the rebels signed a ceasefire agreement in Doha on Monday.", "agreement"),
    ("The warring sides agreed to a two-month truce that began on Saturday, the first since 2016.", "agreement_signed"),
    ("The two armies exchanged 90 prisoners of war on Wednesday.", "agreement_signed"),
    ("Investigators discovered a mass grave near Tarhuna on Friday.", "other"),
    ("The militants imposed a blockade on the town of Djibo on Sunday.", "other"),
    ("Residents said a chlorine attack hit the eastern district on Tuesday night.", "chemical"),
    ("Soldiers installed a new detachment in Gorom-Gorom on Friday.", "base"),
    ("Gunmen seized three fishermen off the coast of Sulu on Wednesday.", "abduction"),
    ("Militants carried out an attack on a checkpoint near Gao on Monday.", "attack"),  # the noun reports
    ("Soldiers neutralised three IEDs buried on the road to Dori on Monday.", "disrupted"),
    ("A drone struck a car near Nabatieh on Tuesday, killing two men.", "air_strike"),
    ("Warplanes carried out six strikes on the outskirts of Maarat Misreen on Monday.", "air_strike"),
    ("Police dispersed a gathering of teachers with tear gas in Nairobi on Tuesday.", "protest"),
    ("Elders brokered a truce between two rival clans near Herale on Sunday.", "agreement_signed"),
    ("Gunmen set ablaze the electoral commission office in Owerri early on Sunday.", "arson"),
    ("Militants moved into the town hours after the troops pulled out on Tuesday.", "transfer"),
    ("The rebels announced their complete control of the district on Friday.", "territory"),
    ("The government and the rebels agreed to a \"permanent cessation of hostilities\" on Wednesday.", "agreement_signed"),
    ("Police experts safely detonated an explosive device discovered near a church on Sunday.", "disrupted"),
]


@pytest.mark.parametrize("text, tactic", STRATEGIC)
def test_strategic_and_territorial_acts_are_reported(text: str, tactic: str) -> None:
    triggers = find_triggers(text, 0, len(text), PUBLISHED)
    live = [t for t in triggers if t.live]
    assert tactic in {t.tactic for t in live}, [(t.span.text, t.tactic, t.kind, t.blocked_by) for t in triggers]
    assert _detect(text).is_event


REFERRED_ACTS = [
    "A court sentenced the man who killed three police officers to life in prison on Tuesday.",
    "The trial of two men accused of killing a journalist opened in Bamako on Monday.",
    "Mourners gathered on Saturday to remember the victims of the truck bombing that killed 500 people.",
    "The former minister has been under house arrest since the coup on October 25.",
    "Families blockaded towns grieve in silence.",
    "The state announced compensation for the families of those who died in the violence last month.",
]


@pytest.mark.parametrize("text", REFERRED_ACTS)
def test_acts_the_sentence_only_refers_to_are_not_reported(text: str) -> None:
    live_reports = [t for t in find_triggers(text, 0, len(text), PUBLISHED) if t.live and t.kind == "report"]
    assert not [t for t in live_reports if t.tactic not in ("protest",)], [(t.span.text, t.tactic) for t in live_reports]


def test_the_crowd_of_the_story_is_not_a_generic_plural() -> None:
    text = "Security forces fired live rounds at the demonstrators in Conakry, killing two young men."
    assert any(t.tactic == "protest" and t.live for t in find_triggers(text, 0, len(text)))
    generic = "Demonstrators often gather in the capital."
    assert not any(t.tactic == "protest" and t.live for t in find_triggers(generic, 0, len(generic)))


def test_a_crowd_act_in_a_relative_clause_is_still_reported() -> None:
    text = "Police dispersed students who protested outside the ministry on Monday."
    assert any(t.tactic == "protest" and t.kind == "report" and t.live for t in find_triggers(text, 0, len(text)))


class FixedClassifier:
    def __init__(self, probability: float):
        self.probability = probability

    def predict(self, text):
        return TypePrediction("Strategic developments", "Other", self.probability, {"Other": self.probability})


def test_a_hinted_sentence_read_as_strategic_triggers_on_its_hint_word() -> None:
    from eventwire.extract.detect import classified_trigger

    hinted = "The militants announced a curfew in the town on Monday."
    [trigger] = classified_trigger(hinted, Sentence(0, len(hinted), hinted, 0), PUBLISHED, FixedClassifier(0.7))
    assert trigger.tactic == "classified" and trigger.live and trigger.span.text == "curfew"


def test_an_unhinted_sentence_needs_a_near_certain_classifier() -> None:
    from eventwire.extract.detect import CLASSIFIER_ALONE_EVENT_AT, classified_trigger

    plain = "The minister visited the region on Monday."
    sentence = Sentence(0, len(plain), plain, 0)
    assert classified_trigger(plain, sentence, PUBLISHED, FixedClassifier(CLASSIFIER_ALONE_EVENT_AT - 0.01)) == []
    [trigger] = classified_trigger(plain, sentence, PUBLISHED, FixedClassifier(CLASSIFIER_ALONE_EVENT_AT))
    assert trigger.span.text == plain


@pytest.mark.parametrize("text", [
    "A small number were found by the army over the past two years, after surrendering to patrols.",
    "Hundreds of fighters have surrendered since the amnesty began.",
])
def test_the_classifier_never_reads_a_sentence_that_spans_a_period(text: str) -> None:
    from eventwire.extract.detect import classified_trigger

    class AlwaysStrategic:
        def predict(self, text):
            return TypePrediction("Strategic developments", "Change to group/activity", 0.9,
                                  {"Change to group/activity": 0.9})

    assert classified_trigger(text, Sentence(0, len(text), text, 0), PUBLISHED, AlwaysStrategic()) == []


def test_an_event_noun_dated_by_an_earlier_year_is_background() -> None:
    text = "Mourners gathered on Saturday at the site of the 2017 truck bombing in Mogadishu."
    bombing = next(t for t in find_triggers(text, 0, len(text), PUBLISHED) if t.tactic == "bombing")
    assert bombing.blocked_by == "background"
    same_year = f"Mourners gathered on Saturday at the site of the {PUBLISHED.year} truck bombing in Mogadishu."
    assert next(t for t in find_triggers(same_year, 0, len(same_year), PUBLISHED) if t.tactic == "bombing").live


def test_a_bomber_who_blew_himself_up_is_news() -> None:
    text = "A suicide bomber who blew himself up in a mosque on Monday killed 59 people."
    assert any(t.tactic == "suicide" and t.kind == "report" and t.live for t in find_triggers(text, 0, len(text)))


@pytest.mark.parametrize("text", [
    "The militants announced a curfew in the town on Monday.",
    "The army handed over the base at the airport to the police.",
])
def test_the_strategic_hint_path_can_be_turned_off(text) -> None:
    from eventwire.extract.detect import classified_trigger

    sentence = Sentence(0, len(text), text, 0)
    assert classified_trigger(text, sentence, PUBLISHED, FixedClassifier(0.7)) != []
    assert classified_trigger(text, sentence, PUBLISHED, FixedClassifier(0.7), strategic=False) == []
    [whole] = classified_trigger(text, sentence, PUBLISHED, FixedClassifier(0.7), near_certain_at=0.7, strategic=False)
    assert whole.span.text == text
