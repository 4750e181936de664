"""Ingest through the store: merges, non-merges, idempotence, order independence, atomic writes."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from eventwire.errors import EventNotFound
from eventwire.export.filters import EventFilter
from eventwire.store import ingest_events, open_store
from eventwire.store import writes


def outlets(report, article):
    """The Indelimane attack from three outlets (tolls, spellings and dates differ), plus a nearby IED."""
    return [
        (article("afp", published="2019-11-02T08:00:00+00:00"),
         [report("afp", fatalities=49, low=49, best=49, high=None, publisher="AFP")]),
        (article("essor", published="2019-11-03T08:00:00+00:00"),
         [report("essor", fatalities=53, low=53, best=53, high=53, location="Indélimane",
                  published="2019-11-03T08:00:00+00:00")]),
        (article("radio", published="2019-11-04T08:00:00+00:00"),
         [report("radio", day="2019-10-30", precision=2, fatalities=40, low=40, high=None, location="Indelimanne",
                  published="2019-11-04T08:00:00+00:00"),
          report("radio", day="2019-11-02", event_type="Explosions/Remote violence",
                 sub_event_type="Remote explosive/landmine/IED", location="Menaka", latitude=15.92, longitude=2.40,
                 admin1="Menaka", admin2="Menaka", fatalities=2, low=2, high=2, published="2019-11-04T08:00:00+00:00")]),
    ]


def ingest_all(store, items):
    return [ingest_events(store, art, events) for art, events in items]


def test_three_outlets_make_one_event_with_three_sources(store, report, article):
    ingest_all(store, outlets(report, article))
    events = list(store.events())
    assert len(events) == 2
    attack = next(e for e in events if e.event_type == "Battles")
    assert sorted(s.article_id for s in attack.sources) == ["afp", "essor", "radio"]
    assert (attack.fatalities, attack.fatalities_low, attack.fatalities_high) == (49, 40, 53)
    assert attack.time_precision == 1


def test_reingesting_an_article_changes_nothing(store, report, article):
    items = outlets(report, article)
    ingest_all(store, items)
    before = ([e.to_record() for e in store.events()], store.stats())
    outcome = ingest_events(store, *items[1])
    assert outcome.skipped
    assert ([e.to_record() for e in store.events()], store.stats()) == before


def test_add_article_is_idempotent(store, article):
    assert store.add_article(article("x")) is True
    assert store.add_article(article("x")) is False
    assert store.stats().articles == 1


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_same_articles_in_any_order_give_the_same_events(report, article, order):
    items = outlets(report, article)
    reference = open_store("sqlite://")
    ingest_all(reference, items)
    shuffled = open_store("sqlite://")
    ingest_all(shuffled, [items[i] for i in order])
    assert [e.to_record() for e in shuffled.events()] == [e.to_record() for e in reference.events()]


def test_neighbouring_villages_on_one_day_stay_two_events(store, report, article):
    raid = dict(event_type="Violence against civilians", sub_event_type="Attack", actor2="Civilians (Burkina Faso)",
                inter2=7, country="Burkina Faso", iso3="BFA", admin1="Centre-Nord", admin2="Sanmatenga", day="2020-01-20")
    ingest_events(store, article("n"), [report("n", location="Nagraogo", latitude=13.38, longitude=-1.06, fatalities=20, **raid)])
    ingest_events(store, article("s"), [report("s", location="Alamou", latitude=13.31, longitude=-1.05, fatalities=16, **raid)])
    assert store.stats().events == 2


def test_merge_reasons_explain_every_report(store, report, article):
    ingest_all(store, outlets(report, article)[:2])
    (event,) = store.events()
    decisions = store.merge_reasons(event.event_id)
    assert [d.action for d in decisions] == ["new", "merge"]
    assert any("score" in reason for reason in decisions[1].reasons)


def test_merged_away_id_still_resolves(store, report, article):
    later_id = replace(report("b", fatalities=5, low=5, high=5), event_id="ew-ffffffffffff")
    earlier_id = replace(report("a", fatalities=5, low=5, high=5), event_id="ew-000000000000")
    ingest_events(store, article("b"), [later_id])
    outcome = ingest_events(store, article("a"), [earlier_id])
    assert outcome.result.retired == ("ew-ffffffffffff",)
    assert store.get_event("ew-ffffffffffff").event_id == "ew-000000000000"
    assert store.event_history("ew-ffffffffffff")[-1].reason == "merged into ew-000000000000"


def test_failed_apply_loses_nothing(store, report, article, monkeypatch):
    first, second = outlets(report, article)[:2]
    ingest_events(store, *first)
    before = ([e.to_record() for e in store.events()], store.stats())

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(writes, "save_event", broken)
    with pytest.raises(RuntimeError):
        ingest_events(store, *second)
    assert ([e.to_record() for e in store.events()], store.stats()) == before
    assert not store.has_article("essor")


def test_unknown_event_is_a_typed_error(store):
    with pytest.raises(EventNotFound):
        store.get_event("ew-nothing")


def test_articles_are_found_by_id_path_or_file_name(store, article):
    store.add_article(article("abc", path="/data/news/abc-story.txt"))
    assert store.get_article("abc").id == "abc"
    assert store.get_article("/data/news/abc-story.txt").id == "abc"
    assert store.get_article("abc-story.txt").id == "abc"


def test_events_for_article(store, report, article):
    ingest_all(store, outlets(report, article))
    assert len(store.events_for_article("radio")) == 2
    assert len(store.events_for_article("afp")) == 1


@pytest.mark.parametrize("filters, expected", [
    (EventFilter(event_type="Battles"), 1),
    (EventFilter(event_type="Remote explosive/landmine/IED"), 1),
    (EventFilter(country="MLI"), 2),
    (EventFilter(country="Niger"), 0),
    (EventFilter(bbox=(2.0, 15.0, 3.0, 16.5)), 1),
    (EventFilter(start=__import__("datetime").date(2019, 11, 2)), 1),
])
def test_event_filters(store, report, article, filters, expected):
    ingest_all(store, outlets(report, article))
    assert len(list(store.events(filters))) == expected


def test_republished_article_is_linked_to_its_original(store, article):
    text = ("Gunmen on motorbikes attacked a military post overnight, killing several soldiers and burning vehicles, "
            "the army said on Saturday. A search operation was launched in the surrounding area, officials added.")
    store.add_article(article("orig", text=text))
    store.add_article(article("copy", text="ADVERTISEMENT " + text))
    assert store.duplicate_groups(["copy", "orig"]) == {"copy": "orig"}
    assert store.stats().republished_articles == 1


def test_a_story_too_short_to_compare_does_not_break_duplicate_search(store, article):
    text = ("Protesters blocked the main road into the capital on Monday, demanding the release of detained "
            "students; police fired tear gas to clear the barricades, witnesses said.")
    store.add_article(article("brief", text="Clashes reported."))
    assert store.add_article(article("long", text=text)) is True
    assert store.duplicate_groups(["brief", "long"]) == {}


def test_outcome_counts_new_and_merged_reports(store, report, article):
    first, second, third = outlets(report, article)
    assert ingest_events(store, *first).created == 1
    outcome = ingest_events(store, *third)
    assert (outcome.created, outcome.merged) == (1, 1)  # the IED is new, the attack report joins


def test_an_event_reported_twice_by_one_article_is_stored_once(store, report, article):
    twice = report("afp")
    outcome = ingest_events(store, article("afp"), [twice, twice])
    assert not outcome.skipped and store.stats().mentions == 1


def test_republished_story_adds_a_source_but_not_confidence(store, report, article):
    text = ("Gunmen on motorbikes attacked a military post overnight, killing several soldiers and burning vehicles, "
            "the army said on Saturday. A search operation was launched in the surrounding area, officials added.")
    ingest_events(store, article("orig", text=text), [report("orig", confidence=0.6)])
    outcome = ingest_events(store, article("copy", text=text + " Share this story."), [report("copy", confidence=0.6)])
    assert outcome.duplicate_of == "orig"
    assert [d.action for d in outcome.plan.decisions] == ["duplicate"]
    (event,) = store.events()
    assert len(event.sources) == 2 and event.confidence == pytest.approx(0.6)


def test_a_later_report_splits_a_vague_merge(store, report, article):
    """A region-level report first joins the one village attack known; when a second village attack on the
    same day is reported, it fits both equally and is split off again (with a revision saying so)."""
    common = dict(day="2020-02-14", admin1="Mopti", admin2="Bandiagara", fatalities=6, low=6, high=6)
    region = report("r", location="Mopti", geo_precision=3, latitude=14.50, longitude=-4.20, **common)
    north = report("n", location="Ogossagou", latitude=14.60, longitude=-4.10, **common)
    south = report("s", location="Sobane", latitude=14.40, longitude=-4.30, **common)
    ingest_events(store, article("r"), [region])
    ingest_events(store, article("n"), [north])
    assert store.stats().events == 1
    ingest_events(store, article("s"), [south])
    events = {e.location: e for e in store.events()}
    assert sorted(events) == ["Mopti", "Ogossagou", "Sobane"]
    assert all(len(e.sources) == 1 for e in events.values())
    reasons = [r.reason for e in events.values() for r in store.event_history(e.event_id)]
    assert any("split" in reason or "merged into" in reason for reason in reasons)


def test_plan_then_apply_through_the_public_api(store, report, article):
    ingest_events(store, *outlets(report, article)[0])
    second_article, second_events = outlets(report, article)[1]
    assert store.add_article(second_article)
    assert [e.event_id for e in store.candidate_events(second_events[0])] == [e.event_id for e in store.events()]
    plan = store.plan_for(second_events)
    assert [d.action for d in plan.decisions] == ["merge"]
    result = store.apply_plan(plan, second_events, second_article.id)
    assert result.updated or result.created
    (event,) = store.events()
    assert len(event.sources) == 2
