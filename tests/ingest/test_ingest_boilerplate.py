"""Boilerplate removal: junk lines go, real news sentences stay, whitespace is normalised."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.ingest import clean_body, is_boilerplate
from eventwire.ingest.boilerplate import normalise_whitespace

JUNK_LINES = [
    "ADVERTISEMENT",
    "Advertisement",
    "Sponsored content",
    "Story continues below advertisement",
    "Advertisement - Scroll to continue",
    "Post Views: 402",
    "Views: 1,203",
    "2.3k shares",
    "14 Comments",
    "4 min read",
    "Share this article",
    "Share on Facebook | Share on Twitter | Share on WhatsApp",
    "Facebook Twitter WhatsApp Email",
    "Share this:",
    "GET TOP NEWS FOR THE DAY DIRECT TO YOUR INBOX",
    "Sign up for our newsletter to receive the top stories every morning",
    "Please leave this field empty",
    "Check your inbox or spam folder to confirm your subscription.",
    "Thank you for subscribing!",
    "Your email address will not be published. Required fields are marked *",
    "Leave a Reply",
    "Read more: Army chief replaced after string of attacks",
    "READ ALSO: Gunmen free 12 abducted traders in Zamfara",
    "Related Stories",
    "You may also like: Inside the camps for displaced families",
    "Most read",
    "We use cookies to give you the best possible experience on our website.",
    "By continuing to browse this site you agree to our use of cookies.",
    "Accept all cookies",
    "Follow us on Twitter and Facebook",
    "Follow Horn Dispatch on Telegram",
    "Download our free mobile app",
    "Click here to get breaking news alerts",
    "© 2021 Sahel Daily Monitor. All rights reserved.",
    "Copyright 2019 The Associated Press. All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Reporting by Abdoulaye Massalaki; Editing by Alison Williams",
    "Tags: Mali, jihadists, Sahel",
    "Home » News » Africa",
    "Photo: AFP",
    "Updated: 5 November 2019 10:22 GMT",
    "The post Gunmen kill five in Kaduna appeared first on Naija Desk.",
    "***",
    "@SahelMonitor",
]

REAL_SENTENCES = [
    "Gunmen on motorbikes attacked the base in three different groups, army sources said.",
    "The group shared a video of the attack on its Telegram channel on Saturday.",
    "Police said they were following several leads after the bombing near the market.",
    "Related violence has spread to neighbouring Burkina Faso and Niger since 2015.",
    "Readers of the local newspaper said the editor had been abducted from his home.",
    "Protesters burned copies of the newspaper and blocked the road to the airport.",
    "Residents said the attackers took cattle, motorbikes and sacks of grain.",
    "The minister said the army would follow the militants into the forest.",
    "Copies of the peace agreement were handed to community leaders on Monday.",
    "Advertising posters of the ruling party were torn down during the riot.",
    "The UN said more than 400 civilians have been killed since the offensive began.",
    "Share prices of the mining company fell after the attack on the convoy.",
    "Subscribers to the militia's WhatsApp group were warned of an imminent raid.",
    "Watch towers on the edge of the camp were set on fire, witnesses said.",
    "Published in 2019, the UN report found that more than 4,000 people had died.",
    "Views of the damaged mosque were broadcast on state television.",
    "At least 49 soldiers were killed, authorities said.",
]


@pytest.mark.parametrize("line", JUNK_LINES)
def test_junk_line_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("sentence", REAL_SENTENCES)
def test_real_sentence_is_kept(sentence: str) -> None:
    assert not is_boilerplate(sentence)


def test_clean_body_returns_removed_lines_in_order() -> None:
    raw = "Gunmen attacked a village.\nADVERTISEMENT\nFive people died.\nPost Views: 12\n"
    text, removed = clean_body(raw)
    assert text == "Gunmen attacked a village.\nFive people died."
    assert removed == ("ADVERTISEMENT", "Post Views: 12")


def test_clean_body_strips_indentation_and_blank_lines() -> None:
    raw = "\n        Bamako, Mali, Nov 5 – Soldiers   were killed.\n      \n\n\tThe army said so.  \n"
    text, removed = clean_body(raw)
    assert text == "Bamako, Mali, Nov 5 – Soldiers were killed.\nThe army said so."
    assert removed == ()


def test_clean_body_normalises_odd_whitespace_and_line_endings() -> None:
    text, _ = clean_body("Troops\u00a0arrived\u200b in Gao.\r\nThe\u2009curfew holds.\r")
    assert text == "Troops arrived in Gao.\nThe curfew holds."


def test_long_line_with_junk_keyword_is_kept() -> None:
    sentence = (
        "Officials said the gunmen had ordered villagers to subscribe to a so-called protection scheme, "
        "paying a monthly levy in cash or cattle, and that those who refused had their homes burned and "
        "their relatives taken to camps in the forest, according to a report sent to our newsletter team."
    )
    assert not is_boilerplate(sentence)


LINES = st.lists(
    st.one_of(st.sampled_from(JUNK_LINES + REAL_SENTENCES), st.text(max_size=60)),
    max_size=12,
)


@given(LINES)
def test_cleaning_is_idempotent_and_normalised(lines: list[str]) -> None:
    text, removed = clean_body("\n".join(lines))
    assert clean_body(text) == (text, ())
    assert all(line == line.strip() and line for line in text.split("\n")) or text == ""
    assert "  " not in text


@given(LINES)
def test_every_nonblank_line_is_kept_or_removed(lines: list[str]) -> None:
    text, removed = clean_body("\n".join(lines))
    kept = text.split("\n") if text else []
    nonblank = [line for line in normalise_whitespace("\n".join(lines)).split("\n") if line]
    assert len(kept) + len(removed) == len(nonblank)
