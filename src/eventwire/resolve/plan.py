"""Plan which reports describe the same event: pure, deterministic and order-independent.

Reports are nodes; a pair that passes the hard constraints and scores above the threshold is an edge.
Edges are taken strongest first (ties by id), and two clusters join only when no two of their members
come from the same article and no cross pair has a hard conflict. The result depends only on the set
of events, never on the order they arrive in. A cluster's representative is its smallest event id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Mapping, Sequence

from eventwire.records import Event
from eventwire.resolve.blocking import BlockingIndex
from eventwire.resolve.matching import (
    Judgement,
    conflict_within_a_cluster,
    far_in_one_admin1,
    is_admin1_wide,
    is_vague,
    judge,
    placed_at_a_region_point,
    region_fit,
    spans_a_night,
    toll_conflict,
)
from eventwire.resolve.reconcile import first_published_day

ACTIONS = ("merge", "new", "duplicate")
MAX_REASONS_FOR_NEW = 3  # rejected candidates listed in a "new" decision
# A region-level report joins the best-fitting of several distinct events only when it fits it this much
# better (score difference) than the runner-up; closer calls keep it apart. Tuned on benchmarks/resolve.
AMBIGUITY_MARGIN = 0.02
# A region-level report never falls back on an event distinct from its best fit when that fit is better by
# at least this much (closer calls are AMBIGUITY_MARGIN's business). Swept on benchmarks/resolve/seeds.py
# (mean of 5 seeds, precision / recall; without the rule 0.9636 / 0.9709): 0 → 0.9635 / 0.9695,
# 0.05 → 0.9642 / 0.9699, 0.08 → 0.9642 / 0.9701, 0.12 → 0.9640 / 0.9705.
FALLBACK_MARGIN = 0.08
# A region-level report never joins an event distinct from another it fits when that other agrees this much better
# with what the report tells (``matching.region_fit``: day, actors, tactic, toll), whatever their points say.
REGION_TOLD_MARGIN = 0.10
# Extra days of date tolerance between two reports that end up in one cluster through others
# (not compared directly). 1 recovers reports dated the day before and the day after the event.
JOIN_DATE_SLACK_DAYS = 1
# Independent articles that must give one exact day (time_precision 1) for it to count as the day an event
# happened rather than outlets' slips. A cluster never holds two such days: three outlets saying Tuesday and
# three saying Wednesday are two days of a protest wave or of a strike series, not one event misdated three
# times the same way. Swept on benchmarks/resolve/seeds.py (mean of 5, precision / recall; without the rule
# 0.9642 / 0.9701): 2 → 0.9703 / 0.9324 (two reports dated by their filing day are common), 3 → 0.9644 /
# 0.9695 (the one change: two real ACLED events a day apart in Kasumbalesa, six reports, one event → two).
FIRM_DAY_ARTICLES = 3
# How two members of clusters about to join stand (``_Clusters._verdict``).
FREE, TOLLS_APART, APART = "free", "tolls apart", "apart"


@dataclass(frozen=True)
class MergeDecision:
    new_event_id: str
    target_event_id: str | None
    action: str  # "merge" | "new" | "duplicate"
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MergePlan:
    """One decision per new event, plus the clusters (representative first) every node ended in."""

    decisions: tuple[MergeDecision, ...]
    clusters: tuple[tuple[str, ...], ...]
    _cluster_of: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    def cluster_of(self, event_id: str) -> tuple[str, ...]:
        return self._cluster_of.get(event_id, (event_id,))

    def decision_for(self, event_id: str) -> MergeDecision | None:
        return next((d for d in self.decisions if d.new_event_id == event_id), None)


def article_ids(event: Event, duplicate_groups: Mapping[str, str]) -> frozenset[str]:
    """The articles behind an event; republished copies count as their original."""
    return frozenset(duplicate_groups.get(s.article_id, s.article_id) for s in event.sources)


class _Clusters:
    """Union-find over event ids that refuses joins across articles or hard conflicts."""

    def __init__(self, events: Sequence[Event], forbidden: set[tuple[str, str]]):
        self.events = {e.event_id: e for e in events}
        self.parent = {e.event_id: e.event_id for e in events}
        self.members = {e.event_id: [e.event_id] for e in events}
        # Raw article ids: a republished copy may join its original's event, never two of its own.
        self.articles = {e.event_id: article_ids(e, {}) for e in events}
        self.forbidden = forbidden
        self._compatible_cache: dict[tuple[str, str], str] = {}
        # For each cluster: exact day → the articles that give it (firm_days reads this).
        self.days = {e.event_id: _exact_days(e) for e in events}

    def find(self, node: str) -> str:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def _verdict(self, a: str, b: str) -> str:
        """FREE, TOLLS_APART (only the tolls part them) or APART for two members of clusters about to join."""
        key = (a, b) if a < b else (b, a)
        if key not in self._compatible_cache:
            left, right = self.events[key[0]], self.events[key[1]]
            if key in self.forbidden or conflict_within_a_cluster(left, right, JOIN_DATE_SLACK_DAYS, tolls=False):
                self._compatible_cache[key] = APART
            else:
                self._compatible_cache[key] = TOLLS_APART if toll_conflict(left, right) else FREE
        return self._compatible_cache[key]

    def can_join(self, ra: str, rb: str) -> bool:
        if self.articles[ra] & self.articles[rb]:
            return False
        days = _merge_days(self.days[ra], self.days[rb])
        firm = firm_days(days)
        if len(firm) > 1:
            return False
        if firm and off_day_reports(firm[0], [self.events[m] for m in self.members[ra] + self.members[rb]]):
            return False
        for a in self.members[ra]:
            for b in self.members[rb]:
                verdict = self._verdict(a, b)
                if verdict == APART or verdict == TOLLS_APART and not self._low_toll_already_joined(a, b, ra, rb):
                    return False
        return True

    def _low_toll_already_joined(self, a: str, b: str, ra: str, rb: str) -> bool:
        """The lower of two tolls an order of magnitude apart sits in a cluster that already holds a toll agreeing
        with the higher one: the low figure was taken as a count of that incident (a first or partial count, the
        journalists among the dead), so it no longer tells two incidents apart.

        "Two journalists killed in the Kismayo hotel attack" joined a wire's 28 dead; a third outlet's 30 dead
        then stayed apart, though 28 and 30 are one toll (merge-news8; Kramatorsk's 3 / 30 and 50 / 12 in
        merge-news5). Each member still meets every member of the other cluster on date, place and type.
        """
        low, high, own = (a, b, ra) if self.events[a].fatalities < self.events[b].fatalities else (b, a, rb)
        higher = self.events[high]
        return any(m != low and self.events[m].fatalities > 0 and toll_conflict(self.events[m], higher) is None
                   for m in self.members[own])

    def join(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self.can_join(ra, rb):
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.members[keep] += self.members.pop(gone)
        self.articles[keep] = self.articles[keep] | self.articles.pop(gone)
        self.days[keep] = _merge_days(self.days[keep], self.days.pop(gone))
        return True

    def groups(self) -> list[tuple[str, ...]]:
        return sorted(tuple(sorted(m)) for m in self.members.values())


DayArticles = dict[date, frozenset[str]]


def _exact_days(event: Event) -> DayArticles:
    """The exact day a report gives, with its articles; empty for a vaguer date or a night across two days
    ("overnight", "the night of Saturday to Sunday" may be dated by either)."""
    if event.time_precision != 1 or event.event_date is None or spans_a_night(event):
        return {}
    return {event.event_date: article_ids(event, {})}


def _merge_days(a: DayArticles, b: DayArticles) -> DayArticles:
    return {day: a.get(day, frozenset()) | b.get(day, frozenset()) for day in a.keys() | b.keys()}


def firm_days(days: DayArticles) -> list[date]:
    """The days that at least FIRM_DAY_ARTICLES independent articles give."""
    return sorted(day for day, articles in days.items() if len(articles) >= FIRM_DAY_ARTICLES)


def off_day_reports(firm_day: date, reports: Sequence[Event]) -> list[Event]:
    """Reports that tell another incident than the one of the cluster's firm day: a same-day account (dated
    the day its article came out) of another exact day, with a tactic and a toll that no report of the firm
    day gives.

    The day of tolerance exists because outlets misdate by a day, but an outlet that misdates an incident still
    tells that incident: its weapon or its toll. The shelling of a camp, told the evening it happened, the day
    after a drone hit the same town's hospital, is the next day's news. Each condition was needed on
    benchmarks/resolve/seeds.py, whose misdated reports take a random sibling sub-type 15 % of the time
    (mean recall 0.9695 without the rule; tactic alone 0.9519, + toll 0.9677, + same-day account 0.9690).
    """
    dated = [r for r in reports if _exact_days(r)]
    on_firm_day = [r for r in dated if r.event_date == firm_day]
    tactics = {r.sub_event_type for r in on_firm_day}
    tolls = {r.fatalities for r in on_firm_day}
    return [r for r in dated if r.event_date != firm_day and r.event_date == first_published_day(r)
            and r.sub_event_type is not None and r.sub_event_type not in tactics and r.fatalities not in tolls]


def _unique(events: Iterable[Event]) -> list[Event]:
    by_id: dict[str, Event] = {}
    for event in events:
        by_id.setdefault(event.event_id, event)
    return [by_id[k] for k in sorted(by_id)]


SMALL_BATCH = 12  # below this many events, judging every pair is cheaper than building an index


def _judge_candidates(nodes: list[Event]) -> dict[tuple[str, str], Judgement]:
    judged: dict[tuple[str, str], Judgement] = {}
    if len(nodes) <= SMALL_BATCH:
        for i, event in enumerate(nodes):
            for other in nodes[i + 1 :]:
                judged[(event.event_id, other.event_id)] = judge(event, other)
        return judged
    index = BlockingIndex(nodes)
    for event in nodes:
        for other in index.candidates(event):
            if event.event_id < other.event_id:
                judged[(event.event_id, other.event_id)] = judge(event, other)
    return judged


def _distinct(a: Event, b: Event, judged: Mapping) -> bool:
    """Known to be two different events: one article reports both, or a hard constraint parts them; never two
    places of one act (``told_by_one_act``)."""
    if told_by_one_act(a, b):
        return False
    if article_ids(a, {}) & article_ids(b, {}):
        return True
    judgement = _pair_reasons(judged, a.event_id, b.event_id) or judge(a, b)
    return judgement.conflict is not None


def told_by_one_act(a: Event, b: Event) -> bool:
    """Two reports read off the same words of one article's act: "bandits attacked the villages of A, B and C" gives
    a report for each village, all one attack. A region-level report of that attack fits each of them; they are no
    rival incidents that make it ambiguous (they still never share an event: one article, two places)."""
    acts_a = {(e.article_id, e.start, e.end) for e in a.evidence.get("event_type", ())}
    return bool(acts_a) and any((e.article_id, e.start, e.end) in acts_a for e in b.evidence.get("event_type", ()))


def ambiguous_reports(nodes: Sequence[Event], judged: Mapping) -> set[str]:
    """Region-level reports that fit two events known to be distinct: they join neither.

    "An attack in Mopti region" on a day with attacks in two Mopti villages could be either; merging it
    into one would be a coin toss, so it stays a separate (vague) event until a coder decides.
    """
    by_id = {e.event_id: e for e in nodes}
    ambiguous = set()
    for node_id, around in _fits(judged).items():
        if is_vague(by_id[node_id]) and _too_close_to_call(by_id, around, judged):
            ambiguous.add(node_id)
    return ambiguous


def _fits(judged: Mapping) -> dict[str, list[tuple[float, str]]]:
    """For every report, the (score, other report) of each pair that would merge."""
    fits: dict[str, list[tuple[float, str]]] = {}
    for (a, b), judgement in judged.items():
        if judgement.merge:
            fits.setdefault(a, []).append((judgement.score, b))
            fits.setdefault(b, []).append((judgement.score, a))
    return fits


def second_choices(nodes: Sequence[Event], judged: Mapping) -> set[tuple[str, str]]:
    """Pairs that would join a region-level report to an event distinct from the one it fits best.

    "An attack in Guanajuato" that fits an Irapuato report best must not fall back on a Celaya shooting when
    its join with Irapuato is refused (say, the Irapuato event already holds another report of its article):
    the Celaya shooting is known to be another incident, so it is not the next best answer but a wrong one.
    """
    return _not_the_best(nodes, judged, is_vague, lambda report, other, score: score, FALLBACK_MARGIN)


def _not_the_best(nodes: Sequence[Event], judged: Mapping, applies: Callable[[Event], bool],
                  rank: Callable[[Event, Event, float], float], margin: float) -> set[tuple[str, str]]:
    """Pairs joining a report ``applies`` holds for to a precise event distinct from the one ``rank`` puts first,
    when that one ranks at least ``margin`` higher."""
    by_id = {e.event_id: e for e in nodes}
    pairs = set()
    for node_id, around in _fits(judged).items():
        node = by_id[node_id]
        if not applies(node):
            continue
        ranked = sorted((-rank(node, by_id[n], score), n) for score, n in around if not is_vague(by_id[n]))
        if len(ranked) < 2:
            continue
        best_rank, best = -ranked[0][0], by_id[ranked[0][1]]
        for negative_rank, other in ranked[1:]:
            if round(best_rank + negative_rank, 4) >= margin and _distinct(best, by_id[other], judged):
                pairs.add((node_id, other) if node_id < other else (other, node_id))
    return pairs


def far_fits(nodes: Sequence[Event], judged: Mapping) -> set[tuple[str, str]]:
    """Pairs that would join a report naming only its admin1 to a report far from the admin1's centre when the
    report also fits a nearby event distinct from that one.

    Past the region radius such a report meets others through the admin1's name alone ("an attack in Oromia"
    and a village 400 km from the region's centre); that is the fallback for a report with nothing nearer,
    never a rival to a fit its point supports.
    """
    by_id = {e.event_id: e for e in nodes}
    pairs = set()
    for node_id, around in _fits(judged).items():
        node = by_id[node_id]
        if not is_admin1_wide(node):
            continue
        near = sorted((-score, n) for score, n in around if not far_in_one_admin1(node, by_id[n]))
        if not near:
            continue
        best_near = by_id[near[0][1]]
        for _, other in around:
            far = by_id[other]
            if far_in_one_admin1(node, far) and _distinct(best_near, far, judged) and not _told_better(node, far, best_near):
                pairs.add((node_id, other) if node_id < other else (other, node_id))
    return pairs


def _told_better(region_report: Event, far: Event, near: Event) -> bool:
    """Whether a report at its region's own point tells the far event better than the near one by the margin of
    ``worse_told_fits``: "23 killed in Katsina state" sits at the state capital's point, which says only which state,
    so a town's 23 dead 150 km off are no fallback behind the capital's 3 dead (``worse_told_fits`` then decides)."""
    return placed_at_a_region_point(region_report) and round(
        region_fit(region_report, far) - region_fit(region_report, near), 4) >= REGION_TOLD_MARGIN


def worse_told_fits(nodes: Sequence[Event], judged: Mapping) -> set[tuple[str, str]]:
    """Pairs that would join a report naming only a region to a town's event when a distinct event it also fits
    agrees better with what it tells (``matching.region_fit``).

    "Bandits killed 15 in Zamfara state" sits at the state's point, next to the state capital: it scored higher
    with the capital's attack (4 dead) than with the town's (15 dead), the place weighing 0.25 and the toll 0.05,
    though the point says only which state. Its day, actors, tactic and toll say which of the two it told.
    """
    def told(report: Event, other: Event, score: float) -> float:
        return region_fit(report, other)
    return _not_the_best(nodes, judged, placed_at_a_region_point, told, REGION_TOLD_MARGIN)


def _too_close_to_call(by_id: Mapping[str, Event], fits: list[tuple[float, str]], judged: Mapping) -> bool:
    precise = sorted(((-score, n) for score, n in fits if not is_vague(by_id[n])))
    if len(precise) < 2:
        return False
    best_score, best = -precise[0][0], by_id[precise[0][1]]
    rivals = [-neg for neg, n in precise[1:] if _distinct(best, by_id[n], judged)]
    return bool(rivals) and best_score - max(rivals) < AMBIGUITY_MARGIN


def cluster_events(events: Iterable[Event]) -> tuple[list[tuple[str, ...]], dict[tuple[str, str], Judgement]]:
    """Group events that describe one incident; also returns every judged pair (for the reasons)."""
    nodes = _unique(events)
    judged = _judge_candidates(nodes)
    forbidden: set[tuple[str, str]] = set()
    # Far fits go first: a fit through the admin1's name alone is no rival that makes a report ambiguous.
    far = far_fits(nodes, judged)
    _refuse(judged, forbidden, far, lambda a, b: "a report naming only its admin1 fits a distinct, nearer event")
    _refuse(judged, forbidden, worse_told_fits(nodes, judged),
            lambda a, b: "a region-level report tells another, distinct event better (day, actors, tactic, toll)")
    ambiguous = ambiguous_reports(nodes, judged)
    fallbacks = second_choices(nodes, judged)
    ambiguous_pairs = {pair for pair, j in judged.items() if j.merge and ambiguous & set(pair)}
    _refuse(judged, forbidden, ambiguous_pairs,
            lambda a, b: f"{a if a in ambiguous else b} names only a region and fits several distinct events")
    _refuse(judged, forbidden, fallbacks - ambiguous_pairs,
            lambda a, b: "a region-level report fits another, distinct event better")
    edges = sorted((-j.score, a, b) for (a, b), j in judged.items() if j.merge)
    clusters = _Clusters(nodes, forbidden)
    for _, a, b in edges:
        clusters.join(a, b)
    return clusters.groups(), judged


def _refuse(judged: dict, forbidden: set, pairs: set[tuple[str, str]], why: Callable[[str, str], str]) -> None:
    """Turn each pair that would merge into a refusal with its reason, and forbid it as a join."""
    for pair in sorted(pairs):
        judgement = judged.get(pair)
        if judgement is None or not judgement.merge:
            continue
        reason = why(*pair)
        judged[pair] = Judgement(judgement.score, reason, judgement.reasons + (reason,), judgement.threshold)
        forbidden.add(pair)


def _pair_reasons(judged: Mapping, a: str, b: str) -> Judgement | None:
    return judged.get((a, b) if a < b else (b, a))


def _best_link(event_id: str, mates: Sequence[str], judged: Mapping) -> tuple[str, Judgement]:
    scored = [(j.score, m, j) for m in mates if (j := _pair_reasons(judged, event_id, m))]
    if not scored:
        return mates[0], Judgement(0.0, None, ("joined through other reports of the same event",))
    _, mate, judgement = min(scored, key=lambda t: (-t[0], t[1]))
    return mate, judgement


def _decide(event: Event, cluster: tuple[str, ...], existing_ids: set[str], judged: Mapping) -> MergeDecision:
    eid = event.event_id
    mates = [m for m in cluster if m != eid]
    if eid in existing_ids:
        return MergeDecision(eid, eid, "duplicate", 1.0, ("already stored",))
    if not mates:
        return _new_decision(eid, judged)
    stored = [m for m in mates if m in existing_ids]
    target = min(stored) if stored else min(cluster)
    if target == eid:
        return MergeDecision(eid, None, "new", 0.0, ("first report of this event in the batch",))
    mate, judgement = _best_link(eid, stored or mates, judged)
    reasons = (f"matched {mate}",) + judgement.reasons
    return MergeDecision(eid, target, "merge", judgement.score, reasons)


def _new_decision(event_id: str, judged: Mapping) -> MergeDecision:
    rejected = []
    for (a, b), judgement in judged.items():
        if event_id in (a, b):
            rejected.append((-judgement.score, b if a == event_id else a, judgement))
    rejected.sort(key=lambda t: (t[0], t[1]))
    reasons = tuple(f"not {other}: {j.reasons[-1]}" for _, other, j in rejected[:MAX_REASONS_FOR_NEW])
    return MergeDecision(event_id, None, "new", 0.0, reasons or ("no candidate in the same country and date window",))


def _mark_duplicates(
    decision: MergeDecision, event: Event, members: Sequence[Event], groups: Mapping[str, str]
) -> MergeDecision:
    """A report from a republished copy of an article already in the cluster is a duplicate, not a new source."""
    own = article_ids(event, groups)
    for other in members:
        if other.event_id != event.event_id and own & article_ids(other, groups):
            reasons = (f"republished copy of a source of {other.event_id}",) + decision.reasons
            return MergeDecision(decision.new_event_id, decision.target_event_id, "duplicate", decision.score, reasons)
    return decision


def plan_merges(
    new: Sequence[Event],
    existing: Sequence[Event],
    duplicate_groups: Mapping[str, str] | None = None,
) -> MergePlan:
    """Decide for every new event whether it joins an existing one, starts a new one, or repeats one.

    ``duplicate_groups`` maps an article id to the id of the article it republishes (near-duplicates);
    copies of one story never count as independent reports of the same event.
    """
    groups = duplicate_groups or {}
    existing_ids = {e.event_id for e in existing}
    everything = _unique(list(existing) + list(new))
    by_id = {e.event_id: e for e in everything}
    clusters, judged = cluster_events(everything)
    cluster_of = {member: cluster for cluster in clusters for member in cluster}
    decisions = []
    for event in _unique(new):
        cluster = cluster_of[event.event_id]
        decision = _decide(event, cluster, existing_ids, judged)
        if decision.action == "merge":
            decision = _mark_duplicates(decision, event, [by_id[m] for m in cluster], groups)
        decisions.append(decision)
    decisions.sort(key=lambda d: (d.action != "new", d.new_event_id))
    return MergePlan(tuple(decisions), tuple(clusters), cluster_of)
