"""Precision round twenty-three (session 30): a development told in a long story's body is the context of the
story's news, not an event of its own (``event_filter.is_development_in_the_body``).

Each story was written for these tests: a lead that reports an attack, a body of plain background sentences, and one
body paragraph that tells an agreement, a change in a group's activity or a strategic "Other" with its own day. The
twins keep their development: told as the story's lead, or in a short report (ACLED's one-event reports, briefs).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.extract import extract_events
from eventwire.records import Article

PUBLISHED = datetime(2024, 5, 16, tzinfo=timezone.utc)  # a Thursday: the attack on Tuesday, the body's Wednesday
ATTACK = "Gunmen killed 12 villagers in an attack on Tillia in western Niger on Tuesday, officials said."
BACKGROUND = (
    "The wounded were taken to the hospital in the regional capital. "
    "Tillia lies about 200 kilometres north of the capital, close to the border with Mali. "
    "Most of its people farm millet or keep cattle.",
    "Aid groups said hundreds of families had fled towards the town. "
    "Humanitarian agencies have warned that food stocks are running low. "
    "The rainy season is due to start next month. "
    "Schools in the area have been closed since January.",
)
DEVELOPMENTS = [
    "Elders from both communities signed a peace agreement in the district headquarters on Wednesday.",
    "The two militias agreed on Wednesday to exchange prisoners and reopen the market road.",
    "On Wednesday, the militia announced that it had dissolved its local branch and handed its camp to the district "
    "council.",
    "Local authorities imposed a dusk-to-dawn curfew across the district on Wednesday.",
    "Officials exhumed a mass grave near the village on Wednesday.",
    "A truce announced by the regional governor on Wednesday appeared to be holding by nightfall, residents said.",
]
DEVELOPMENT_TYPES = {"Agreement", "Change to group/activity", "Other"}


def _article(*paragraphs: str) -> Article:
    return Article(id="p23", title="Story", text="\n\n".join(paragraphs), published_at=PUBLISHED)


def _developments(article: Article, kit) -> list[str]:
    return [d.sub_event_type for d in extract_events(article, kit) if d.sub_event_type in DEVELOPMENT_TYPES]


@pytest.mark.parametrize("development", DEVELOPMENTS)
def test_a_development_in_a_long_storys_body_is_no_event(development: str, kit) -> None:
    events = extract_events(_article(ATTACK, BACKGROUND[0], development, BACKGROUND[1]), kit)
    assert [d.sub_event_type for d in events] == ["Attack"]


@pytest.mark.parametrize("development", DEVELOPMENTS[:5])
def test_a_development_told_as_the_lead_stays(development: str, kit) -> None:
    assert _developments(_article(development, *BACKGROUND), kit)


# (the prisoner exchange and the truce are read otherwise in a two-paragraph report, before this round too)
@pytest.mark.parametrize("development", [DEVELOPMENTS[i] for i in (0, 2, 3, 4)])
def test_a_short_report_keeps_its_development(development: str, kit) -> None:
    assert _developments(_article(ATTACK, development), kit)
