"""Near-duplicate articles: a republished wire story is linked to the original; other reports are not."""

from __future__ import annotations

from datetime import datetime, timezone

from eventwire.records import Article
from eventwire.resolve import NearDuplicateIndex, near_duplicate_groups

WIRE = (
    "Suspected jihadists on motorbikes raided a gendarmerie post in the east of the country before dawn on Monday, "
    "killing six gendarmes and wounding three others, the security ministry said in a statement. The attackers "
    "set fire to two vehicles and took weapons before fleeing towards the border, a local official told reporters. "
    "Reinforcements were sent to the area and a search operation was under way, the ministry added."
)
OTHER_OUTLET = (
    "Six gendarmes died when gunmen stormed their post in the eastern region early on Monday, according to a "
    "government statement read on national television. Residents said the assailants arrived on dozens of "
    "motorcycles and burned vehicles before withdrawing. Three wounded officers were evacuated to the regional hospital."
)


def article(article_id: str, text: str, title: str = "Gendarmes killed in raid") -> Article:
    return Article(id=article_id, title=title, text=text, published_at=datetime(2020, 3, 2, tzinfo=timezone.utc))


def test_republished_copy_with_new_headline_and_boilerplate_is_linked():
    copy = "ADVERTISEMENT\n" + WIRE.replace("on Monday", "on Monday (2 March)") + "\nShare this story on social media."
    groups = near_duplicate_groups([article("b-copy", copy, "Six gendarmes killed"), article("a-wire", WIRE)])
    assert groups == {"b-copy": "a-wire"}


def test_trimmed_copy_is_linked():
    trimmed = WIRE.rsplit(". ", 1)[0] + "."
    index = NearDuplicateIndex()
    index.add("wire", WIRE)
    assert index.add("trimmed", trimmed) == "wire"


def test_independent_report_of_the_same_attack_is_not_linked():
    index = NearDuplicateIndex()
    index.add("wire", WIRE)
    assert index.add("other", OTHER_OUTLET) is None


def test_too_short_texts_are_never_linked():
    index = NearDuplicateIndex()
    index.add("a", "Six gendarmes killed.")
    assert index.add("b", "Six gendarmes killed.") is None
