"""Grouping mentions into events, with small fakes for the sibling extractors (dates, tolls, actors, roles)
so that these tests exercise only the assembly rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.countries import country_by_name
from eventwire.extract import ExtractionKit, ExtractionSettings, extract_events
from eventwire.extract.kit import NoClassifier
from eventwire.records import ActorMention, Article, CasualtyMention, DateMention, Dateline, Fatalities, Span

PUBLISHED = date(2019, 11, 5)  # a Tuesday

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def fake_dates(text: str, published: date, start: int = 0, end: int | None = None) -> list[DateMention]:
    end = len(text) if end is None else end
    found = []
    for match in re.finditer(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?", text):
        if start <= match.start() < end:
            back = (published.weekday() - _WEEKDAYS.index(match.group(1).lower())) % 7 or 7
            day = published - timedelta(days=back)
            found.append(DateMention(day, 1, (day, day), Span(match.start(), match.end(), match.group()), "weekday"))
    for match in re.finditer(r"(?i)over the weekend", text):
        if start <= match.start() < end:
            sat = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
            window = (sat, sat + timedelta(days=1))
            found.append(DateMention(sat, 2, window, Span(match.start(), match.end(), match.group()), "weekend"))
    for match in re.finditer(r"(?i)a month ago", text):
        if start <= match.start() < end:
            day = published - timedelta(days=31)
            window = (day - timedelta(days=10), day + timedelta(days=10))
            found.append(DateMention(day, 3, window, Span(match.start(), match.end(), match.group()), "ago"))
    for match in re.finditer(r"in (March|July) (\d{4})", text):
        if start <= match.start() < end:
            first = date(int(match.group(2)), 3 if match.group(1) == "March" else 7, 1)
            window = (first, first + timedelta(days=30))
            found.append(DateMention(first + timedelta(days=14), 3, window, Span(match.start(), match.end(), match.group()),
                                     "month"))
    for match in re.finditer(r"Nov 5", text):
        if start <= match.start() < end:
            found.append(DateMention(PUBLISHED, 1, (PUBLISHED, PUBLISHED), Span(match.start(), match.end(), "Nov 5"),
                                     "explicit"))
    return sorted(found, key=lambda d: d.span.start)


_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "five": 5}


def fake_casualties(text: str, start: int = 0, end: int | None = None) -> list[CasualtyMention]:
    end = len(text) if end is None else end
    victims = r"(\d+|a|one|two|three|five) (?:more )?(?:\w+ )?(soldiers?|people|civilians|villagers)"
    found = []
    for pattern in (rf"(?i)\b{victims}(?: were| was)? (?:also )?killed", rf"(?i)\bkilled {victims}"):
        for match in re.finditer(pattern, text[start:end]):
            count = int(match.group(1)) if match.group(1).isdigit() else _NUMBERS[match.group(1).lower()]
            span = Span(start + match.start(), start + match.end(), match.group())
            found.append(CasualtyMention(count, count, "killed", "exact", match.group(2), span))
    return sorted(found, key=lambda c: c.span.start)


def fake_combine(mentions) -> Fatalities:
    killed = [m.low for m in mentions if m.kind == "killed"]
    if not killed:
        return Fatalities()
    return Fatalities(max(killed), min(killed), max(killed), max(killed))


_ACTOR_WORDS = {
    "gunmen": ("Unidentified Armed Group (Mali)", 3),
    "Islamic State": ("Islamic State (Greater Sahara)", 2),
    "soldiers": ("Military Forces of Mali", 1),
    "French soldier": ("Military Forces of France", 8),
    "villagers": ("Civilians (Mali)", 7),
}


@dataclass(frozen=True)
class FakeActors:
    def find_actors(self, text, start=0, end=None, country=None):
        end = len(text) if end is None else end
        found = []
        for word, (name, inter) in _ACTOR_WORDS.items():
            for match in re.finditer(re.escape(word), text[start:end]):
                span = Span(start + match.start(), start + match.end(), match.group())
                if not any(a.span.start <= span.start < a.span.end for a in found):
                    found.append(ActorMention(name, inter, "Mali", span))
        return sorted(found, key=lambda a: a.span.start)


@dataclass(frozen=True)
class FakeRoles:
    actor1: str | None = None
    actor2: str | None = None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    evidence: dict = field(default_factory=dict)


def fake_roles(text, start, end, mentions, sub_event_type, country):
    local = [m for m in mentions if start <= m.span.start < end]
    first, second = (local + [None, None])[:2]
    return FakeRoles(
        actor1=first.name if first else None, inter1=first.inter if first else None,
        actor2=second.name if second else None, inter2=second.inter if second else None,
        evidence={k: (m.span,) for k, m in (("actor1", first), ("actor2", second)) if m},
    )


def fake_claims(text, start, end, dictionary=None, country=None, found=None):
    return [a for a in FakeActors().find_actors(text, start, end) if "claimed" in text[a.span.end:a.span.end + 30]]


@pytest.fixture
def kit() -> ExtractionKit:
    return ExtractionKit(
        classifier=NoClassifier(), actors=FakeActors(), find_dates=fake_dates, find_casualties=fake_casualties,
        combine_fatalities=fake_combine, assign_roles=fake_roles, find_claims=fake_claims,
        country_by_name=country_by_name,
    )


def _article(text: str, dateline: str | None = None) -> Article:
    span = Span(0, len(dateline), dateline) if dateline else None
    return Article(
        id="test", title="t", text=text, published_at=datetime(2019, 11, 5, 7, tzinfo=timezone.utc),
        dateline=Dateline("Bamako", "Mali", PUBLISHED, span) if span else None,
    )


def _events(text: str, kit: ExtractionKit, dateline: str | None = None):
    return extract_events(_article(text, dateline), kit)


def test_a_reference_with_a_date_joins_the_report_before_it(kit) -> None:
    drafts = _events("Gunmen killed 20 soldiers in Indelimane. Friday's attack was the deadliest this year.", kit)
    assert len(drafts) == 1
    assert drafts[0].event_date == date(2019, 11, 1)
    assert drafts[0].evidence["event_date"][0].text == "Friday's"


def test_a_bare_toll_joins_the_event_last_spoken_of(kit) -> None:
    drafts = _events("On Friday gunmen attacked the base in Indelimane. Officials say 49 soldiers were killed.", kit)
    assert len(drafts) == 1
    assert drafts[0].fatalities.fatalities == 49


def test_a_report_in_another_town_is_another_event(kit) -> None:
    text = "On Friday gunmen attacked villagers in Boulkessi. On Friday gunmen also attacked soldiers in Mondoro."
    drafts = _events(text, kit)
    assert [d.place_mentions[0].name for d in drafts] == ["Boulkessi", "Mondoro"]


def test_a_report_with_another_date_is_another_event(kit) -> None:
    text = "Gunmen killed 5 villagers on Friday in Ogossagou. 40 soldiers were killed a month ago in an ambush."
    drafts = _events(text, kit)
    assert [d.event_date for d in drafts] == [date(2019, 11, 1), date(2019, 10, 5)]
    assert [d.fatalities.fatalities for d in drafts] == [5, 40]


def test_separately_starts_a_new_event(kit) -> None:
    text = "On Friday gunmen attacked a market in Gao. Separately, gunmen ambushed a convoy."
    assert len(_events(text, kit)) == 2


def test_two_tolls_joined_by_and_are_two_events(kit) -> None:
    text = ("Over the weekend two soldiers were killed by a roadside bomb and "
            "a French soldier was killed when his vehicle hit an explosive device.")
    drafts = _events(text, kit)
    assert [d.fatalities.fatalities for d in drafts] == [2, 1]
    assert all(d.time_precision == 2 for d in drafts)
    assert {d.actor2 for d in drafts} == {"Military Forces of Mali", "Military Forces of France"}


def test_statements_history_and_plans_yield_nothing(kit) -> None:
    text = ("The governor announced a week of grief. Rebels held the city of Kidal from 2012 onwards. "
            "The army will launch an offensive. No one was killed.")
    assert _events(text, kit) == []


def test_the_dateline_date_is_not_the_event_date(kit) -> None:
    dateline = "Bamako, Mali, Nov 5 –"
    drafts = _events(f"{dateline} Gunmen killed 12 villagers in Ogossagou.", kit, dateline)
    assert drafts[0].event_date == PUBLISHED and drafts[0].time_precision == 2
    assert drafts[0].evidence["event_date"][0].text == dateline  # the publication date, as the text shows it


def test_an_undated_event_ranks_below_a_dated_one(kit) -> None:
    dated = _events("On Friday gunmen killed 12 villagers in Ogossagou.", kit)[0]
    undated = _events("Gunmen killed 12 villagers in Ogossagou.", kit)[0]
    assert undated.confidence < dated.confidence
    assert undated.date_window == (PUBLISHED - timedelta(days=6), PUBLISHED)


def test_a_claim_of_responsibility_makes_the_claimant_actor1(kit) -> None:
    text = "On Friday 20 soldiers were killed in Indelimane. Islamic State claimed the Indelimane attack."
    [draft] = _events(text, kit)
    assert draft.actor1 == "Islamic State (Greater Sahara)"
    assert draft.actor2 == "Military Forces of Mali"


def test_the_country_comes_from_the_dateline(kit) -> None:
    dateline = "Bamako, Mali, Nov 5 –"
    [draft] = _events(f"{dateline} On Friday gunmen killed 12 villagers in Ogossagou.", kit, dateline)
    assert draft.country_hint == "Mali"
    assert draft.evidence["country"][0].text == dateline


def test_a_country_named_as_the_place_wins_over_the_dateline(kit) -> None:
    dateline = "Bamako, Mali, Nov 5 –"
    [draft] = _events(f"{dateline} On Friday gunmen killed 12 villagers in Niger.", kit, dateline)
    assert draft.country_hint == "Niger"


def test_evidence_spans_index_the_article_text(kit) -> None:
    text = "On Friday gunmen killed 12 villagers in Ogossagou. Islamic State claimed the attack."
    article = _article(text)
    for draft in extract_events(article, kit):
        for spans in draft.evidence.values():
            assert all(text[s.start:s.end] == s.text for s in spans)


def test_min_confidence_setting_drops_doubtful_events(kit) -> None:
    strict = replace(kit, settings=ExtractionSettings(min_confidence=0.99))
    assert _events("Gunmen killed 12 villagers in Ogossagou.", strict) == []


def test_notes_read_like_acled(kit) -> None:
    [draft] = _events("On Friday gunmen killed 12 villagers in Ogossagou.", kit)
    assert draft.notes.startswith("On 1 November 2019, ")
    assert "Ogossagou" in draft.notes and draft.notes.endswith("killing 12 people.")


@pytest.mark.parametrize(
    "actor1, actor2, expected",
    [
        ("Unidentified Armed Group", "Civilians", ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
        ("Protesters", "Police Forces", ("Protesters (Mali)", "Police Forces of Mali")),
        ("Rioters", "Military Forces", ("Rioters (Mali)", "Military Forces of Mali")),
        # a country the evidence ("villagers in Ogossagou") does not state yields to the event's country
        ("Islamic State (Greater Sahara)", "Civilians (Niger)", ("Islamic State (Greater Sahara)", "Civilians (Mali)")),
    ],
)
def test_qualify_actors_after_geocoding(kit, actor1, actor2, expected) -> None:
    from eventwire.extract import qualify_actors

    [draft] = _events("On Friday gunmen killed 12 villagers in Ogossagou.", kit)
    draft = replace(draft, actor1=actor1, actor2=actor2)
    qualified = qualify_actors(draft, "Mali")
    assert (qualified.actor1, qualified.actor2) == expected
    assert qualify_actors(draft, None) is draft


def test_a_date_of_saying_gives_way_to_the_date_of_the_act(kit) -> None:
    [draft] = _events("The army said on Sunday that gunmen killed 12 villagers in Ogossagou on Friday.", kit)
    assert draft.event_date == date(2019, 11, 1)


def test_a_date_of_saying_is_used_when_it_is_the_only_one(kit) -> None:
    [draft] = _events("Police said on Sunday that gunmen killed 12 villagers in Ogossagou.", kit)
    assert draft.event_date == date(2019, 11, 3)


def test_the_attack_took_place_in_a_town_names_the_place_of_the_same_event(kit) -> None:
    text = "Gunmen killed 20 soldiers on Friday, officials said. The attack took place in Indelimane."
    [draft] = _events(text, kit)
    assert draft.place_mentions[0].name == "Indelimane"


def test_one_event_per_listed_town_with_the_toll_split(kit) -> None:
    text = "On Friday gunmen killed 5 villagers in Ogossagou, Sobane and Koulogon."
    assert len(_events(text, kit)) == 1  # off by default
    drafts = _events(text, replace(kit, settings=ExtractionSettings(split_listed_places=True)))
    assert [d.place_mentions[0].name for d in drafts] == ["Ogossagou", "Sobane", "Koulogon"]
    assert [d.fatalities.fatalities for d in drafts] == [2, 2, 1]
    assert [d.evidence["location"][0].text for d in drafts] == ["Ogossagou", "Sobane", "Koulogon"]


def test_a_place_between_two_towns_is_one_event(kit) -> None:
    splitting = replace(kit, settings=ExtractionSettings(split_listed_places=True))
    assert len(_events("On Friday gunmen killed 5 villagers between Tafogo and Bouroum.", splitting)) == 1


def test_two_dates_that_cannot_be_one_day_make_two_events(kit) -> None:
    text = "On Friday residents protested in Ogossagou against gunmen, who killed 5 villagers a month ago."
    drafts = _events(text, kit)
    assert [(d.event_date, d.event_type) for d in drafts] == [
        (date(2019, 11, 1), "Protests"), (date(2019, 10, 5), "Violence against civilians")]
    assert drafts[0].fatalities.fatalities == 0 and drafts[1].fatalities.fatalities == 5


_PIECES = st.sampled_from([
    "On Friday", "gunmen", "killed", "12 villagers", "in Ogossagou", "near the border with Niger", "and",
    "a roadside bomb", "Separately,", "No one was", "will attack", "in 2012", "Friday's attack", ".", ",",
    "Islamic State claimed", "over the weekend", "two soldiers were killed", "protesters marched", "\n",
    "a month ago", "the attack", "“", "”", "Mr.", "U.N.", "in the Mopti region", "of", "the",
])


@given(st.lists(_PIECES, max_size=40).map(" ".join))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_yields_well_formed_drafts(kit, text: str) -> None:
    article = _article(text)
    for draft in extract_events(article, kit):
        assert draft.event_date is not None and draft.time_precision in (1, 2, 3)
        assert 0.0 < draft.confidence <= 1.0
        for spans in draft.evidence.values():
            assert all(text[s.start:s.end] == s.text for s in spans)


def test_an_act_dated_long_before_publication_is_history(kit) -> None:
    text = "On Friday gunmen killed 12 villagers in Ogossagou. Rebels had killed 30 soldiers there in March 2018."
    [draft] = _events(text, kit)
    assert draft.event_date == date(2019, 11, 1) and draft.fatalities.fatalities == 12


def test_a_day_written_without_a_year_is_news_even_months_back(real_kit) -> None:
    # writers add the year when they recall an old event; "on 5 March" in a November story is this year's news
    [draft] = _real_events("On 5 March gunmen killed 12 villagers in Ogossagou.", real_kit)
    assert draft.event_date == date(2019, 3, 5) and draft.fatalities.fatalities == 12


def test_a_recent_month_is_still_news(kit) -> None:
    [draft] = _events("Rebels killed 30 soldiers in Boni in July 2019.", kit)
    assert (draft.event_date, draft.time_precision) == (date(2019, 7, 15), 3)


def test_a_town_named_in_a_later_sentence_belongs_to_the_event(kit) -> None:
    text = "On Friday an air strike killed 20 villagers in the Mopti region. Jets fired on the market in Sobane."
    [draft] = _events(text, kit)
    assert [p.name for p in draft.place_mentions][:2] == ["Sobane", "Mopti"]


def test_the_dateline_city_is_the_weakest_place_fallback(kit) -> None:
    dateline = "Bamako, Mali, Nov 5 –"
    [draft] = _events(f"{dateline} On Friday gunmen killed 12 villagers.", kit, dateline)
    assert [(p.name, p.cue) for p in draft.place_mentions] == [("Bamako", "dateline")]
    [named] = _events(f"{dateline} On Friday gunmen killed 12 villagers in Ogossagou.", kit, dateline)
    assert [p.cue for p in named.place_mentions] == ["in"]


def test_a_claim_dated_by_its_statement_joins_the_event(kit) -> None:
    text = "Gunmen killed 12 villagers in Ogossagou on Friday. Islamic State claimed the attack in a statement on Sunday."
    [draft] = _events(text, kit)
    assert draft.event_date == date(2019, 11, 1) and draft.actor1 == "Islamic State (Greater Sahara)"


def test_deaths_in_a_disaster_story_are_not_events(kit) -> None:
    text = ("Floods swept the region after a storm on Friday and a dam collapsed. "
            "Officials said 30 people were killed in the floods.")
    assert _events(text, kit) == []


def test_a_claim_sentence_without_violence_words_still_names_actor1(kit) -> None:
    text = "On Friday gunmen killed 12 villagers in Ogossagou. Islamic State claimed responsibility on Saturday."
    [draft] = _events(text, kit)
    assert draft.actor1 == "Islamic State (Greater Sahara)" and draft.event_date == date(2019, 11, 1)


# --------------------------------------------------------------------------- classifier, accidents, dates, country


@dataclass(frozen=True)
class FakeClassifier:
    """Reads every passage as ``sub_event_type`` with ``probability`` (None: no event), whatever it says."""

    sub_event_type: str | None
    probability: float

    def predict(self, text: str):
        from eventwire.records import EVENT_TYPE_OF, TypePrediction

        scores = {self.sub_event_type or "Attack": self.probability}
        event_type = EVENT_TYPE_OF[self.sub_event_type] if self.sub_event_type else None
        return TypePrediction(event_type, self.sub_event_type, self.probability, scores)


def _with_classifier(kit: ExtractionKit, sub_event_type: str | None, probability: float) -> ExtractionKit:
    return replace(kit, classifier=FakeClassifier(sub_event_type, probability))


ACCIDENTS = [
    "Twelve people were killed on Sunday when a shaft collapsed at a gold mine near Kidal, officials said.",
    "A fire at a wedding hall in Mosul killed 5 people on Friday after fireworks set the ceiling alight.",
    "Three people died on Monday when a bus plunged into a ravine on the road to Gao.",
    "A gas explosion at a factory in Bamako killed 3 people on Saturday, the fire brigade said.",
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_deaths_in_an_accident_are_not_events(kit, text) -> None:
    assert _events(text, kit) == []


def test_an_attack_named_beside_an_accident_word_stays_an_event(kit) -> None:
    text = "On Friday gunmen attacked villagers in Ogossagou and set fire to a granary, killing 5 villagers."
    assert len(_events(text, kit)) == 1


def test_the_classifier_vetoes_an_event_known_only_by_a_noun(kit) -> None:
    text = "On Friday the attack in Ogossagou was remembered by a vigil in Bamako."
    assert _events(text, kit) != []  # without a classifier the dated reference stands
    assert _events(text, _with_classifier(kit, None, 0.05)) == []


def test_the_classifier_never_vetoes_a_reported_act(kit) -> None:
    text = "On Friday gunmen killed 12 villagers in Ogossagou."
    assert len(_events(text, _with_classifier(kit, None, 0.01))) == 1


def test_a_strategic_sentence_without_lexicon_words_is_read_by_the_classifier(kit) -> None:
    text = "A new army detachment was installed in Gorom-Gorom on Friday to secure the returning displaced."
    [draft] = _events(text, _with_classifier(kit, "Headquarters or base established", 0.9))
    assert (draft.event_type, draft.sub_event_type) == ("Strategic developments", "Headquarters or base established")
    assert draft.event_date == date(2019, 11, 1)


@pytest.mark.parametrize("sub_event_type, probability", [
    ("Attack", 0.9),  # violence is the lexicon's job
    ("Headquarters or base established", 0.45),  # not more likely than not
    (None, 0.2),
])
def test_the_classifier_alone_creates_only_likely_strategic_events(kit, sub_event_type, probability) -> None:
    # inside a story (a short report of three sentences or fewer lowers the bar: test_short_reports.py)
    text = ("A new army detachment was installed in Gorom-Gorom on Friday to secure the returning displaced. "
            "The governor spoke to reporters in Dori. The roads to the north remain open. Schools reopened.")
    assert _events(text, _with_classifier(kit, sub_event_type, probability)) == []


def test_an_undated_later_paragraph_takes_the_story_date(kit) -> None:
    text = ("Gunmen killed 12 villagers in Ogossagou on Friday, officials said.\n"
            "Officials in Bamako held a meeting to discuss security in the region.\n"
            "In Mondoro, gunmen also attacked soldiers, residents said.")
    drafts = _events(text, kit)
    assert [d.event_date for d in drafts] == [date(2019, 11, 1), date(2019, 11, 1)]
    assert drafts[1].date_window == (date(2019, 11, 1), PUBLISHED)  # any day up to publication


def test_a_paragraph_date_beats_the_day_it_was_said(kit) -> None:
    text = "On Friday soldiers patrolled Gao. Later gunmen attacked villagers in Gao, the army said on Sunday."
    [draft] = _events(text, kit)
    assert draft.event_date == date(2019, 11, 1)


def test_a_capital_dateline_names_the_article_country_when_the_text_names_it(kit) -> None:
    text = ("Bamako, Nov 5 – Gunmen killed 12 villagers in Ogossagou on Friday. Algerian mediators and Algeria's "
            "foreign minister urged calm. Mali's government called a meeting.")
    dateline = Dateline("Bamako", None, PUBLISHED, Span(0, 14, text[:14]))
    published = datetime(2019, 11, 5, tzinfo=timezone.utc)
    [draft] = extract_events(Article(id="t", title="t", text=text, published_at=published, dateline=dateline), kit)
    assert draft.country_hint == "Mali"
    [undated] = extract_events(Article(id="t", title="t", text=text[15:], published_at=published), kit)
    assert undated.country_hint == "Algeria"  # without the dateline the most-named country wins


def test_a_toll_update_day_is_not_the_event_day(kit) -> None:
    text = ("The toll from the suicide bombing at the mosque in Gao rose to 49 people killed on Sunday. "
            "The bomber blew himself up among worshippers on Friday.")
    [draft] = _events(text, kit)
    assert draft.event_date == date(2019, 11, 1)
    assert draft.fatalities.fatalities == 49


def test_a_second_bomber_is_the_same_twin_bombing_but_a_second_attack_is_not(kit) -> None:
    first = "On Friday a suicide bomber blew himself up in the market in Gao and killed 5 people."
    assert len(_events(f"{first} A second bomber blew himself up nearby.", kit)) == 1
    assert len(_events(f"{first} A second attack hit a checkpoint.", kit)) == 2


@pytest.mark.parametrize("opening, expected", [
    ("Hours later", date(2019, 11, 1)),
    ("The same morning", date(2019, 11, 1)),
    ("The following day", date(2019, 11, 2)),
    ("Two days later", date(2019, 11, 3)),
])
def test_an_anaphoric_date_counts_from_the_event_told_before(kit, opening, expected) -> None:
    text = f"Gunmen killed 12 villagers in Ogossagou on Friday.\n{opening}, gunmen attacked soldiers in Mondoro."
    drafts = _events(text, kit)
    assert [d.event_date for d in drafts] == [date(2019, 11, 1), expected]


# ---------------------------------------------------------------- toll updates, coreference, foreign datelines
# These run the real sibling extractors (dates, tolls, actors, roles) through the default kit: the rules are
# about how assembly combines what those find across sentences.


@pytest.fixture(scope="module")
def real_kit() -> ExtractionKit:
    return ExtractionKit.load()


def _real_events(text: str, kit: ExtractionKit, dateline: Dateline | None = None) -> list:
    published = datetime(2019, 11, 7, 7, tzinfo=timezone.utc)  # a Thursday
    return extract_events(Article(id="t", title="t", text=text, published_at=published, dateline=dateline), kit)


def _toll(low: int, text: str, start: int, qualifier: str = "exact", kind: str = "killed") -> CasualtyMention:
    return CasualtyMention(low, low, kind, qualifier, None, Span(start, start + len(text), text))


@pytest.mark.parametrize("statements, kept", [
    # an update replaces the exact counts told before it
    ([(59, "killed 59 people", 0), (100, "death toll had risen to 100", 90)], [100]),
    # floors stay (combine_fatalities keeps the highest floor beside the update)
    ([(30, "killed at least 30", 0, "floor"), (41, "toll climbed to 41", 80)], [30, 41]),
    # counts told after the update are new facts
    ([(12, "killed 12 villagers", 0), (20, "toll rose to 20", 60), (3, "three children killed", 120)], [20, 3]),
    # two updates: the later one stands
    ([(5, "killed five", 0), (9, "toll rose to 9", 40), (14, "toll reached 14", 90)], [14]),
    # no update: every statement competes as before
    ([(12, "12 people were killed", 0), (20, "20 people were killed", 60)], [12, 20]),
])
def test_a_toll_update_replaces_the_earlier_counts(statements, kept) -> None:
    from eventwire.extract.assemble import latest_toll

    casualties = [_toll(n, text, start, *rest) for n, text, start, *rest in statements]
    assert [c.low for c in latest_toll(casualties)] == kept


def test_wounded_and_attackers_survive_a_toll_update() -> None:
    from eventwire.extract.assemble import latest_toll

    casualties = [_toll(7, "killed seven", 0), _toll(4, "killing four attackers", 20, kind="attackers_killed"),
                  _toll(30, "wounded 30", 40, kind="injured"), _toll(11, "toll rose to 11", 90)]
    assert [c.kind for c in latest_toll(casualties)] == ["attackers_killed", "injured", "killed"]


@pytest.mark.parametrize("story, expected", [
    ("A suicide bomber killed 59 people at a mosque in Peshawar on Monday. By Tuesday the death toll had "
     "risen to 100, hospital officials said.", 100),
    ("Gunmen killed 12 villagers in Ogossagou on Friday. The toll climbed to 20 on Saturday as rescuers found "
     "more bodies.", 20),
    ("A car bomb killed 14 people at a market in Mogadishu on Saturday. Officials said on Sunday that the "
     "number of dead had increased to 23.", 23),
    # two sources disagreeing is not an update: the conservative figure
    ("Police said 12 people were killed when gunmen attacked a bus near Gao on Friday. Residents said 20 "
     "people were killed.", 12),
])
def test_a_later_toll_update_is_the_events_toll(real_kit, story, expected) -> None:
    [draft] = _real_events(story, real_kit)
    assert draft.fatalities.fatalities == expected


_OPENING = "Al Shabaab fighters stormed a hotel in Kismayo on Sunday, killing 10 civilians, police said."


@pytest.mark.parametrize("later, expected", [
    ("On Tuesday the militants attacked an army base in Afgoye, killing four soldiers.", "Al Shabaab"),
    ("On Tuesday the assailants ambushed an army convoy near Afgoye, killing four soldiers.", "Al Shabaab"),
    ("On Tuesday the jihadists attacked an army base in Afgoye, killing four soldiers.", "Al Shabaab"),
    # an act the story sets apart keeps its unnamed attackers
    ("In a separate attack on Tuesday, militants ambushed an army convoy near Baidoa, killing four soldiers.",
     None),
])
def test_a_back_reference_names_the_storys_group(real_kit, later, expected) -> None:
    first, second = _real_events(f"{_OPENING} {later}", real_kit)
    assert first.actor1 == "Al Shabaab"
    if expected is None:
        assert second.actor1 != "Al Shabaab"
    else:
        assert second.actor1 == expected
        assert second.evidence["actor1"][0].text.lower().startswith(("the ", "militants", "jihadists"))


@pytest.mark.parametrize("claim", [
    "Al Shabaab claimed the Afgoye attack in a statement.",
    "Al Shabaab later claimed responsibility for the raid.",
])
def test_a_claim_anywhere_names_the_group_behind_the_back_references(real_kit, claim) -> None:
    text = ("Gunmen attacked an army base in Afgoye on Tuesday, killing four soldiers. "
            f"On Wednesday the militants raided a police post in Wanlaweyn, killing two officers. {claim}")
    drafts = _real_events(text, real_kit)
    assert "Al Shabaab" in [d.actor1 for d in drafts]
    wanlaweyn = next(d for d in drafts if any(p.name == "Wanlaweyn" for p in d.place_mentions))
    assert wanlaweyn.actor1 == "Al Shabaab"


def test_two_groups_named_equally_leave_a_back_reference_unnamed(real_kit) -> None:
    text = ("Al Shabaab fighters attacked a base in Kismayo, Somalia, on Sunday, killing 5 soldiers. Islamic State "
            "fighters attacked a base in Bosaso on Sunday, killing 3 soldiers. On Tuesday the militants ambushed a "
            "convoy near Baidoa, killing four soldiers.")
    drafts = _real_events(text, real_kit)
    assert {d.actor1 for d in drafts} >= {"Al Shabaab", "Islamic State (Somalia)"}  # both groups are named
    baidoa = next(d for d in drafts if any(p.name == "Baidoa" for p in d.place_mentions))
    assert baidoa.actor1 not in ("Al Shabaab", "Islamic State (Somalia)")


@pytest.mark.parametrize("bare, country, expected", [
    ("Unidentified Armed Group", "Mexico", "Unidentified Gang (Mexico)"),
    ("Unidentified Armed Group", "Mali", "Unidentified Armed Group (Mali)"),
    ("Civilians", "Mexico", "Civilians (Mexico)"),
])
def test_qualify_actors_follows_the_dictionarys_country_conventions(real_kit, bare, country, expected) -> None:
    from eventwire.extract import qualify_actors

    [draft] = _real_events("Gunmen killed 12 villagers in a village on Friday.", real_kit)
    qualified = qualify_actors(replace(draft, actor1=bare, actor2=None), country, real_kit)
    assert qualified.actor1 == expected


@pytest.mark.parametrize("sentence, country, expected", [
    ("Protesters gathered outside the governor's office on Friday.", "Kenya", "Protesters (Kenya)"),
    ("Malian protesters gathered outside the French embassy on Friday.", "Senegal", "Protesters (Mali)"),
])
def test_qualify_actors_names_a_guessed_generic_after_the_events_country(real_kit, sentence, country, expected) -> None:
    from eventwire.extract import qualify_actors

    [draft] = _real_events(sentence, real_kit)
    guessed = replace(draft, actor1="Protesters (Qatar)" if "Malian" not in sentence else "Protesters (Mali)")
    assert qualify_actors(guessed, country, real_kit).actor1 == expected


def test_qualify_actors_uses_the_kits_dictionary(kit) -> None:
    from eventwire.extract import qualify_actors

    @dataclass(frozen=True)
    class CartelActors(FakeActors):
        def qualify_generic(self, bare_name, country):
            return f"Unidentified Gang ({country})" if bare_name == "Unidentified Armed Group" else bare_name

    [draft] = _events("On Friday gunmen killed 12 villagers in Ogossagou.", kit)
    draft = replace(draft, actor1="Unidentified Armed Group", actor2="Civilians")
    qualified = qualify_actors(draft, "Honduras", replace(kit, actors=CartelActors()))
    assert (qualified.actor1, qualified.actor2) == ("Unidentified Gang (Honduras)", "Civilians (Honduras)")


_SYRIA_STORY = ("{dateline} Islamic State militants killed 23 soldiers in an ambush near Al-Mayadin in Syria's "
                "Deir ez-Zor province on Thursday, a monitor said. Syria's army sent reinforcements.")


@pytest.mark.parametrize("place, country, dateline_text, expected", [
    ("Beirut", "Lebanon", "Beirut, Nov 7 –", "Syria"),  # a foreign capital: the text's country decides
    ("Amman", "Jordan", "Amman, Nov 7 –", "Syria"),
    ("Beirut", "Lebanon", "Beirut, Lebanon, Nov 7 –", "Syria"),  # written out, but only where the reporter files from
    ("Damascus", "Syria", "Damascus, Nov 7 –", "Syria"),
])
def test_a_foreign_capital_dateline_does_not_decide_the_country(kit, place, country, dateline_text, expected) -> None:
    text = _SYRIA_STORY.format(dateline=dateline_text)
    dateline = Dateline(place, country, PUBLISHED, Span(0, len(dateline_text), dateline_text))
    published = datetime(2019, 11, 7, tzinfo=timezone.utc)
    article = Article(id="t", title="t", text=text, published_at=published, dateline=dateline)
    from eventwire.extract.context import article_context

    assert article_context(article, kit).country == expected


def test_a_dateline_country_stands_when_the_text_names_none(kit) -> None:
    text = "Gao, Nov 5 – Gunmen killed 12 villagers in Ogossagou on Friday."
    dateline = Dateline("Gao", "Mali", PUBLISHED, Span(0, 11, text[:11]))
    article = Article(id="t", title="t", text=text, published_at=datetime(2019, 11, 5, tzinfo=timezone.utc),
                      dateline=dateline)
    [draft] = extract_events(article, kit)
    assert draft.country_hint == "Mali"


_BOMBING_THEN_STRIKE = ("On Thursday a suicide bomber blew himself up at an army checkpoint in Mogadishu, killing nine "
                        "soldiers. On Saturday a drone strike by US forces killed two people near Jilib. ")


@pytest.mark.parametrize("claim", [
    "The Islamic State in Somalia claimed responsibility for the bombing.",  # the kind of act
    "The Islamic State in Somalia claimed the Mogadishu attack.",  # the place
    "The Islamic State in Somalia claimed responsibility.",  # neither: not the state's air strike
])
def test_a_claim_told_after_another_event_names_the_event_it_refers_to(real_kit, claim) -> None:
    bombing, strike = _real_events(_BOMBING_THEN_STRIKE + claim, real_kit)
    assert bombing.actor1 == "Islamic State (Somalia)"
    assert bombing.evidence["actor1"][0].text == "Islamic State in Somalia"
    assert strike.actor1 == "Military Forces of the United States"


@pytest.mark.parametrize("background, expected", [
    ("Villagers say JNIM controls the area.", "JNIM: Group for Support of Islam and Muslims"),
    ("Villagers say the Islamic State in the Greater Sahara controls the area.", "Islamic State (Greater Sahara)"),
    # both or neither named: the dictionary's ambiguous reading stands
    ("Both JNIM and the Islamic State are active in the region.", None),
    ("", None),
])
def test_an_ambiguous_group_is_the_one_the_story_names(real_kit, background, expected) -> None:
    [draft] = _real_events(f"Jihadists killed 12 villagers in Solhan, Burkina Faso, on Friday. {background}", real_kit)
    if expected is None:
        assert " and/or " in draft.actor1
    else:
        assert draft.actor1 == expected
        assert draft.evidence["actor1"][0].text in background


_AMBUSH = "Gunmen ambushed a convoy near Quitunda in Mozambique on Tuesday, killing seven civilians. "


@pytest.mark.parametrize("statement, expected", [
    # a group telling what its fighters did claims the act; the story's unnamed gunmen are that group
    ("On Wednesday the Islamic State group said that its fighters had seized the town of Palma.",
     "Islamic State (Mozambique)"),
    # its fighters among the dead is no claim
    ("On Wednesday the Islamic State group said that its fighters were among the dead in fighting at Palma.",
     "Unidentified Armed Group (Mozambique)"),
])
def test_a_group_saying_its_fighters_acted_claims_the_act(real_kit, statement, expected) -> None:
    ambush = _real_events(_AMBUSH + statement, real_kit)[0]
    assert ambush.actor1 == expected


# --------------------------------------------------------------------------- weak cues: the classifier's reading


NOUN_ONLY_REPORTS = [
    "On Friday the attack on the market in Ogossagou was the talk of Bamako.",
    "Friday's assault on the camp near Gao was condemned by the governor.",
    "On Friday the ambush of traders near Mopti was blamed on bandits.",
]


@pytest.mark.parametrize("text", NOUN_ONLY_REPORTS)
def test_a_confident_classifier_types_an_act_known_only_by_nouns(kit, text) -> None:
    from eventwire.extract.assemble import CLASSIFIER_OVERRULES_AT, CLASSIFIER_OVERRULES_WEAK_CUES_AT

    confident = (CLASSIFIER_OVERRULES_WEAK_CUES_AT + CLASSIFIER_OVERRULES_AT) / 2
    [draft] = _events(text, _with_classifier(kit, "Mob violence", confident))
    assert draft.sub_event_type == "Mob violence"
    unsure = [d.sub_event_type for d in _events(text, _with_classifier(kit, "Mob violence", 0.6))]
    assert "Mob violence" not in unsure


VERB_REPORTS = [
    "On Friday gunmen attacked villagers in Ogossagou.",
    "Soldiers clashed with militants near Gao on Friday.",
    "On Friday assailants abducted 4 traders on the road to Mopti.",
]


@pytest.mark.parametrize("text", VERB_REPORTS)
def test_a_reported_act_keeps_its_rules_type_below_the_overrule_threshold(kit, text) -> None:
    from eventwire.extract.assemble import CLASSIFIER_OVERRULES_AT, CLASSIFIER_OVERRULES_WEAK_CUES_AT

    confident = (CLASSIFIER_OVERRULES_WEAK_CUES_AT + CLASSIFIER_OVERRULES_AT) / 2
    [draft] = _events(text, _with_classifier(kit, "Mob violence", confident))
    assert draft.sub_event_type != "Mob violence"
    [overruled] = _events(text, _with_classifier(kit, "Mob violence", CLASSIFIER_OVERRULES_AT))
    assert overruled.sub_event_type == "Mob violence"


UNDATED_NOUN_SENTENCES = [
    "The attack on the camp near Gao left the guards shaken.",
    "The ambush on the convoy outside Mopti was the third this month on that road.",
    "The raid on the village near Kidal drove families into the bush.",
]


@pytest.mark.parametrize("text", UNDATED_NOUN_SENTENCES)
def test_a_near_certain_classifier_reads_the_act_behind_event_nouns(kit, text) -> None:
    from eventwire.extract.detect import SHORT_REPORT_NOUN_AGREES_AT
    from eventwire.extract.mentions import NOUN_SENTENCE_EVENT_AT

    # a one-sentence article is a short report: there a noun of the kind read counts from SHORT_REPORT_NOUN_AGREES_AT
    assert _events(text, _with_classifier(kit, "Attack", SHORT_REPORT_NOUN_AGREES_AT - 0.05)) == []
    [draft] = _events(text, _with_classifier(kit, "Attack", NOUN_SENTENCE_EVENT_AT))
    assert draft.event_type == "Violence against civilians"


class RejectsEverything:
    """A loaded classifier (it has sub-type scores) that reads every text as no event."""

    def predict(self, text: str):
        from eventwire.records import TypePrediction

        return TypePrediction(None, None, 0.05, {"Attack": 0.03})


@pytest.mark.parametrize("text", [
    "Thousands attended the funeral on Friday of the three soldiers slain in Gao.",
    "Police arrested two men on Friday over the theft of cattle from the market in Gao.",
    "The minister on Friday rejected as propaganda a video in which soldiers attacked the village.",
    "Stade Malien beat Djoliba on Friday, scoring twice in the last ten minutes to win the league.",
])
def test_a_non_event_story_the_classifier_rejects_yields_nothing(kit, text: str) -> None:
    assert _events(text, kit), "without the classifier's opinion the cue alone must not veto the act"
    assert _events(text, replace(kit, classifier=RejectsEverything())) == []


def test_a_crowd_act_is_never_vetoed_by_a_story_cue(kit) -> None:
    text = "Mourners protested on Friday at the funeral of a student in Gao."
    assert len(_events(text, replace(kit, classifier=RejectsEverything()))) == 1


def test_a_weapons_test_is_no_event_even_unread(kit) -> None:
    assert _events("The army fired two missiles into the sea on Friday in a weapons test.", kit) == []
    assert _events("The army fired two missiles at the rebel camp on Friday.", kit)


def test_an_act_told_by_a_denied_report_is_no_event(kit) -> None:
    assert _events("The army on Friday denied reports that soldiers attacked the village of Boni.", kit) == []
    assert _events("Residents said on Friday that soldiers attacked the village of Boni.", kit)


def test_a_weapon_named_beside_a_surrender_is_no_explosion(kit) -> None:
    [draft] = _events("On Friday a commander in charge of explosives surrendered to soldiers in Gao.", kit)
    assert draft.sub_event_type == "Agreement"  # a surrender (ACLED codebook; typing round five)
    [blast] = _events("On Friday soldiers were killed by explosives in Gao.", kit)
    assert blast.event_type == "Explosions/Remote violence"


def test_a_development_a_verb_reports_outranks_one_only_named(kit) -> None:
    [draft] = _events("On Friday the rebels set up a new cantonment site near Gao under the peace agreement.", kit)
    assert draft.sub_event_type == "Headquarters or base established"


def test_violence_only_named_beside_a_reported_development_is_the_earlier_event(kit) -> None:
    [draft] = _events("On Friday the militia said it was suspending its military operations after the attack.", kit)
    assert draft.sub_event_type == "Change to group/activity"


@pytest.mark.parametrize("actor1, inter1, assoc, country, expected", [
    # a Malian army strike told from Dakar: extraction guessed a force abroad, geo places it at home
    ("Military Forces of Mali", 8, None, "Mali", ("Military Forces of Mali", 1, None)),
    # Israeli jets over Lebanon, told from Jerusalem: abroad
    ("Military Forces of Israel", 1, None, "Lebanon", ("Military Forces of Israel", 8, None)),
    # a bare associated force takes the event's country like actor1 does
    ("Military Forces of Mali", 1, "Military Forces", "Mali", ("Military Forces of Mali", 1, "Military Forces of Mali")),
    # groups keep their code wherever they fight
    ("Islamic State (Greater Sahara)", 2, None, "Niger", ("Islamic State (Greater Sahara)", 2, None)),
])
def test_qualify_actors_reads_a_state_forces_inter_code_in_the_events_country(
        real_kit, actor1, inter1, assoc, country, expected) -> None:
    from eventwire.extract import qualify_actors

    [draft] = _real_events("Gunmen killed 12 villagers in a village on Friday.", real_kit)
    qualified = qualify_actors(replace(draft, actor1=actor1, inter1=inter1, assoc_actor_1=assoc), country, real_kit)
    assert (qualified.actor1, qualified.inter1, qualified.assoc_actor_1) == expected
