"""Notes count for the detail the structured fields do not already carry (target, victims, occasion)."""

from __future__ import annotations

import pytest

from eventwire.resolve.matching import judge, note_details

# Two protests in Bamenda on one day (wording ours): same template, place and actors, different grievance.
PROTEST = dict(event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Cameroon)",
               actor2=None, inter1=6, inter2=0, country="Cameroon", iso3="CMR", admin1="Nord-Ouest",
               admin2="Mezam", location="Bamenda", latitude=5.96, longitude=10.15)


def protest(report, article_id: str, notes: str):
    return report(article_id, notes=notes, **PROTEST)


@pytest.mark.parametrize("notes, expected", [
    ("On 1 May 2019, Protesters (Cameroon) - Peaceful protest - in Bamenda (Nord-Ouest); over unpaid salaries.",
     {"unpaid", "salaries"}),
    ("Peaceful protest involving Protesters reported in Bamenda, Cameroon, 1 May 2019: no fatalities reported.",
     set()),
    ("Around 1 May 2019: Protests in Bamenda; Protesters (Cameroon); at a school; 2 killed.", {"school"}),
])
def test_details_leave_out_what_the_fields_say(report, notes, expected):
    event = protest(report, "a", notes)
    assert note_details(event, event) == expected


def test_different_grievances_score_lower_than_the_same_one(report):
    salaries = protest(report, "a", "Protesters marched in Bamenda over unpaid salaries.")
    salaries_again = protest(report, "b", "Bamenda: teachers protest over salaries left unpaid.")
    land = protest(report, "c", "Protesters gathered in Bamenda over land seized for a road.")
    same, different = judge(salaries, salaries_again), judge(salaries, land)
    assert same.score > different.score
    assert same.merge


def test_notes_without_detail_are_neutral(report):
    plain = protest(report, "a", "Peaceful protest reported in Bamenda.")
    detailed = protest(report, "b", "Protesters marched in Bamenda over unpaid salaries.")
    other_plain = protest(report, "c", "Protesters reported in Bamenda, Cameroon.")
    assert judge(plain, detailed).score == judge(plain, other_plain).score
