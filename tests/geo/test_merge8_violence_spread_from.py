"""Merge round eight: where violence "spread from" is not where the act was.

"It was the deadliest attack on Benin's army since jihadist violence spread south from the Sahel" placed a wire's
report of the attack on the Point Triple post (Benin, 8 January 2025) in Burkina Faso's Sahel region, apart from
every other outlet's report. Like the town attackers came from, such a name takes the weakest town cue
(``destination``): it places the event only when none of its other places resolves. Every sentence is ours.
"""

from __future__ import annotations

import pytest

from eventwire.geo.resolve.mention_forms import _as_origin
from eventwire.records import Article, PlaceMention, Span


def _origin_cue(text: str, name: str, sub_event_type: str = "Armed clash") -> str:
    start = text.rindex(name)
    mention = PlaceMention(name, Span(start, start + len(name), name), "in")
    return _as_origin(mention, Article(id="a", title="", text=text, published_at=None), sub_event_type).cue


@pytest.mark.parametrize("text, name", [
    ("It was the deadliest attack on the army since jihadist violence spread south from the Sahel.", "Sahel"),
    ("The insurgency has spilled over from neighbouring Mali into the north.", "Mali"),
    ("Attacks have moved south from Burkina Faso in the past two years.", "Burkina Faso"),
    ("Officials fear the fighting spreading from Tillaberi to the border towns.", "Tillaberi"),
])
def test_where_violence_spread_from_is_the_weakest_cue(text, name):
    assert _origin_cue(text, name) == "destination"


@pytest.mark.parametrize("text, name", [
    # the act itself, in the place written
    ("Jihadists attacked an army post in the Sahel region on Wednesday.", "Sahel"),
    # troops driven from a town were in it
    ("Soldiers were pushed back from Djibo after hours of fighting.", "Djibo"),
    # a spread told without "from"
    ("Violence spread to Karimama on Wednesday, officials said.", "Karimama"),
])
def test_other_places_keep_their_cue(text, name):
    assert _origin_cue(text, name) == "in"
