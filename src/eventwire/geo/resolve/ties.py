"""Candidates the scores cannot tell apart: two equal spelling guesses (none is taken), namesakes the
actors' family of armed groups breaks by where its events happen, equals the better-documented
gazetteer entry wins; and a place's own name before another place's old or alternate name."""

from __future__ import annotations

from eventwire.geo.density import ALL
from eventwire.geo.gazetteer import GazetteerEntry, documentation_rank
from eventwire.geo.geocoder import ADMIN_NAME, EXACT, FUZZY, VARIANT, Candidate, Geocoder
from eventwire.geo.names import admin_skeleton
from eventwire.geo.resolve.scoring import ADMIN_IN_STORY, POPULATED_SITE_CODES, _admin_in_story, _near_story_place
from eventwire.geo.resolve.story import _Story


def _ambiguous_guess(scored: list[tuple[Candidate, float]]) -> bool:
    """Whether the best candidate is a spelling-tolerant guess that another guess, as close in spelling and
    in score, contradicts in another admin1 ("Boulgouma" → "Boulgoumo" or "Boulgoumi"): a missing place beats a wrong one."""
    best, best_score = max(scored, key=lambda pair: pair[1])
    if best.match != FUZZY:
        return False
    return any(
        c.match == FUZZY and c.similarity == best.similarity and s >= best_score - TIE_MARGIN
        and c.entry.iso3 == best.entry.iso3 and admin_skeleton(c.entry.admin1) != admin_skeleton(best.entry.admin1)
        for c, s in scored
    )


# Candidates of one name in the best one's country scoring within this of it are a tie the story does not
# break: the main name (+1) or a populated-place code (+1.5 over a Sahel "campement", S.CMP) say little
# about which of two villages a report means. Tuned on held-out training places (tune_density.py).
TIE_MARGIN = 1.5
# The densest tied candidate must have at least this kernel-weighted number of training events around it.
MIN_TIE_DENSITY = 1.0
_SPELLED_AS_WRITTEN = frozenset({EXACT, VARIANT, ADMIN_NAME})


def _densest_of_ties(scored: list[tuple[Candidate, float]], story: _Story, geocoder: Geocoder
                     ) -> tuple[Candidate, float]:
    """The best candidate; among same-country namesakes it ties with in different admin1 units, and when
    the story favours none of them (no unit or nearby place of theirs), the one where events of the
    actors' family of armed groups are densest (``density.EventDensity``: a village name of two regions in a JNIM report).
    Only for such families: where events in general happen (cities, capitals) picked the wrong namesake
    more often than the scores alone on held-out training places (benchmarks/geo/RESULTS.md)."""
    best = max(scored, key=lambda pair: pair[1])
    tied = [
        (c, s) for c, s in scored
        if c.entry.iso3 == best[0].entry.iso3 and s >= best[1] - TIE_MARGIN and c.match in _SPELLED_AS_WRITTEN
    ]
    if best not in tied or len({admin_skeleton(c.entry.admin1) for c, _ in tied}) < 2:
        return best
    supported = any(_admin_in_story(c.entry, story) or _near_story_place(c.entry, story) for c, _ in tied)
    if story.family == ALL or supported:
        return best
    prior = geocoder.event_density
    for kernel_km in prior.kernel_steps:
        density = [prior.density(c.entry.latitude, c.entry.longitude, story.family, kernel_km) for c, _ in tied]
        if max(density) >= MIN_TIE_DENSITY:
            return tied[density.index(max(density))]
    return best


# Same-country candidates scoring within this of the best are equal on every piece of story evidence
# (each evidence feature is worth ≥ 0.5; population differences below this are a few dozen people).
# Checked on held-out training places (benchmarks/geo/tune_documented.py), not on a dev set.
EQUAL_SCORE_MARGIN = 0.1


def _best_documented_of_equals(scored: list[tuple[Candidate, float]], best: tuple[Candidate, float],
                               written: str) -> tuple[Candidate, float]:
    """Among same-country namesakes the story cannot tell apart, the better-documented gazetteer entry
    (``gazetteer.documentation_rank``: full admin codes, surveyed coordinates), then the one spelled
    exactly as written ("Koena" before "Koéna"); otherwise the best as scored."""
    equals = [
        (c, s) for c, s in scored
        if c.entry.iso3 == best[0].entry.iso3 and _kind(c.entry) == _kind(best[0].entry)
        and s >= best[1] - EQUAL_SCORE_MARGIN and c.match in _SPELLED_AS_WRITTEN
    ]
    if best not in equals or len(equals) < 2:
        return best

    def preference(pair: tuple[Candidate, float]) -> tuple[int, bool]:
        return documentation_rank(pair[0].entry), pair[0].entry.name == written

    preferred = max(equals, key=preference)
    return preferred if preference(preferred) > preference(best) else best


def _kind(entry: GazetteerEntry) -> str:
    """The feature class, a campement counting as a populated place and each admin level a kind of its own: only
    namesakes of one kind are equals (a city and the region named after it tie on score but are not
    interchangeable; nor are a state and its capital's district, "in Katsina state" and the Katsina LGA: the better
    documented district would make a state-wide report a district's)."""
    if entry.feature_code in POPULATED_SITE_CODES:
        return "P"
    return entry.feature_code if entry.feature_code in _ADMIN_LEVELS else entry.feature_class


_ADMIN_LEVELS = frozenset({"ADM1", "ADM2", "ADM3"})


# An alternate name is often a place's old or foreign name ("Abuja" was Suleja's name until 1976). A populated
# place called so by its own name, in the same country and no smaller, keeps a lead this large: story evidence
# worth less than one admin unit the story writes (``ADMIN_IN_STORY``), which may belong to another of its
# events, does not make the old name's town the place. Not tuned: the weight of that one piece of evidence.
ALTERNATE_NAME_MARGIN = ADMIN_IN_STORY


def _own_name_over_alternate(scored: list[tuple[Candidate, float]], chosen: tuple[Candidate, float]
                             ) -> tuple[Candidate, float]:
    """The chosen candidate, unless it matches the name only as an alternate name and a place of the same country
    and kind, no smaller, bears it as its own name and scores within ``ALTERNATE_NAME_MARGIN``."""
    candidate, value = chosen
    if candidate.match != EXACT or candidate.main_name:
        return chosen
    own = [
        (c, s) for c, s in scored
        if c.match == EXACT and c.main_name and c.entry.iso3 == candidate.entry.iso3
        and _kind(c.entry) == _kind(candidate.entry) and c.entry.population >= candidate.entry.population
        and s > value - ALTERNATE_NAME_MARGIN
    ]
    return max(own, key=lambda pair: pair[1]) if own else chosen
