"""The scraper format: header fields, body, dateline kept in the text."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import ArticleFormatError
from eventwire.ingest import parse_scraper_text


def test_reads_header_fields(wire_story_raw: str) -> None:
    article = parse_scraper_text(wire_story_raw, path="arbinda.txt")
    assert article.title == "Burkina Faso says 35 civilians killed in Arbinda raid"
    assert article.published_at == datetime(2019, 12, 25, 9, 12, 44, tzinfo=timezone.utc)
    assert article.author == "AGENCE FRANCE PRESSE"
    assert article.publisher == "Savanna Herald"
    assert article.url == "https://savanna-herald.example/2019/12/25/arbinda-raid"
    assert article.path == "arbinda.txt"
    assert article.source_format == "scraper"


def test_body_is_cleaned_and_starts_with_dateline(wire_story_raw: str) -> None:
    article = parse_scraper_text(wire_story_raw)
    assert article.text.startswith("Ouagadougou, Burkina Faso, Dec 25 – Jihadists on motorbikes")
    assert "ADVERTISEMENT" not in article.text
    assert "Post Views" not in article.text
    assert article.text.endswith("began crossing from neighbouring Mali.")
    assert "\n\n" not in article.text and "  " not in article.text


def test_removed_lines_are_kept_in_order(wire_story_raw: str) -> None:
    article = parse_scraper_text(wire_story_raw)
    assert article.removed == (
        "ADVERTISEMENT",
        "Post Views: 915",
        "SIGN UP FOR THE SAHEL BRIEFING IN YOUR INBOX",
        "Please leave this field empty",
        "Check your inbox or spam folder to confirm your subscription.",
    )


def test_dateline_span_indexes_text(wire_story_raw: str) -> None:
    article = parse_scraper_text(wire_story_raw)
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.country) == ("Ouagadougou", "Burkina Faso")
    assert dateline.published == datetime(2019, 12, 25).date()
    assert article.text[dateline.span.start : dateline.span.end] == dateline.span.text


def test_missing_header_fields_are_none() -> None:
    article = parse_scraper_text("# A title\n\nPublished at: **2020-05-01**\n\nGunmen attacked a convoy near Gao.")
    assert article.published_at == datetime(2020, 5, 1)
    assert article.author is None and article.publisher is None and article.url is None


def test_text_without_title_line_is_refused() -> None:
    with pytest.raises(ArticleFormatError, match="no '# title' line"):
        parse_scraper_text("Published at: **2020-05-01**\n\nGunmen attacked a convoy.", path="x.txt")


def test_header_without_body_is_refused() -> None:
    with pytest.raises(ArticleFormatError, match="no article text"):
        parse_scraper_text("# A title\n\nPublished at: **2020-05-01**\n\nAuthor: **AFP**\n")


WORDS = st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=12)
SENTENCE = st.lists(WORDS, min_size=3, max_size=12).map(lambda words: " ".join(words) + ".")


@given(title=st.lists(WORDS, min_size=1, max_size=10).map(" ".join), body=st.lists(SENTENCE, min_size=1, max_size=6))
def test_scraper_round_trip(title: str, body: list[str]) -> None:
    raw = (
        f"\n# {title}\n\nPublished at: **2021-06-06T08:15:00+00:00**\n\nAuthor: **Wire**\n\n"
        f"Original: [Daily](https://d.example/1)\n\n\n        " + "\n".join(body) + "\n"
    )
    article = parse_scraper_text(raw)
    assert article.title == unicodedata.normalize("NFC", title)
    assert article.text == unicodedata.normalize("NFC", "\n".join(body))
    assert article.published_at == datetime(2021, 6, 6, 8, 15, tzinfo=timezone.utc)
