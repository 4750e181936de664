"""Wire datelines: place, country, date (year from publication), span."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.ingest import parse_dateline

PUBLISHED = date(2019, 11, 5)

DATELINES = [
    # opening words, place, country, date
    ("Bamako, Mali, Nov 5 – Soldiers were killed.", "Bamako", "Mali", date(2019, 11, 5)),
    ("MOGADISHU (Reuters) - A car bomb exploded.", "Mogadishu", "Somalia", None),
    ("KABUL, Afghanistan — Gunmen stormed a hospital.", "Kabul", "Afghanistan", None),
    ("Maiduguri, Nigeria | AFP | Jihadists killed farmers.", "Maiduguri", "Nigeria", None),
    ("LAGOS, Oct 3 (AFP) - Police fired tear gas.", "Lagos", None, date(2019, 10, 3)),
    ("NIAMEY, Niger, Jan 3, 2021 (AFP) - Villagers were killed.", "Niamey", "Niger", date(2021, 1, 3)),
    ("DAR ES SALAAM, Tanzania (AP) — Police arrested ten.", "Dar es Salaam", "Tanzania", None),
    ("GOMA, Congo, June 14 (Reuters) - Rebels seized a town.", "Goma", "Democratic Republic of Congo", date(2019, 6, 14)),
    ("DAMASCUS, Syria (AP) — Air strikes hit a market.", "Damascus", "Syria", None),
    ("Ouagadougou, Burkina Faso, 12 March – Gunmen attacked.", "Ouagadougou", "Burkina Faso", date(2019, 3, 12)),
    ("N'Djamena, Chad, Sept. 30 -- Troops were deployed.", "N'Djamena", "Chad", date(2019, 9, 30)),
    ("KYIV — Russian shelling hit a school.", "Kyiv", "Ukraine", None),
    ("ADDIS ABABA, March 3 (Reuters) - Clashes broke out.", "Addis Ababa", "Ethiopia", date(2019, 3, 3)),
    ("BANGUI (AFP) - Rebels entered the town.", "Bangui", "Central African Republic", None),
    ("Kyiv, Ukraine — Russian shelling hit a school.", "Kyiv", "Ukraine", None),
    ("MAIDUGURI, Borno State (Reuters) - Gunmen attacked.", "Maiduguri", None, None),
    # filed from several bureaus: the span and the day count, no single city does
    ("LONDON/DUBAI, July 10 (Reuters) - Houthi forces fired missiles.", None, None, date(2019, 7, 10)),
    ("JERUSALEM/GAZA, Oct 9 (Reuters) - Air strikes hit Gaza City.", None, None, date(2019, 10, 9)),
    ("UNITED NATIONS / GENEVA (AFP) - The council met.", None, None, None),
    ("Beirut/Damascus, 4 August – Rockets fell on the border.", None, None, date(2019, 8, 4)),
    # local papers: the date first, the place in brackets
    ("June 9, 2024 (KHARTOUM) – Shelling hit a market.", "Khartoum", "Sudan", date(2024, 6, 9)),
    ("March 2 (Mogadishu) - A mortar landed near the port.", "Mogadishu", "Somalia", date(2019, 3, 2)),
    ("14 February 2023 (Maiduguri, Nigeria) — Gunmen attacked a camp.", "Maiduguri", "Nigeria", date(2023, 2, 14)),
]

NOT_DATELINES = [
    "On 28 April 2020, residents held a sit-in in front of the town hall.",
    "Movement of forces: On 8 May 2020, Turkish forces brought reinforcements.",
    "Police in Nairobi fired tear gas at protesters - witnesses said.",
    "The army said - in a statement - that the base was retaken.",
    "Gunmen killed 12 people in Zamfara on Friday.",
    "Kyiv — a city of three million — was hit again.",
    "Boko Haram – the jihadist group – killed 12 farmers.",
    "June 9 (the day of the vote) – a date no one in Khartoum forgets.",
    "On June 9, 2024 (a Sunday) – gunmen attacked the market.",
    "Police/army units – about 40 men – entered the camp.",
    "",
]


@pytest.mark.parametrize(("opening", "place", "country", "day"), DATELINES)
def test_dateline_fields(opening: str, place: str | None, country: str | None, day: date | None) -> None:
    dateline = parse_dateline(opening, PUBLISHED)
    assert dateline is not None
    assert (dateline.place, dateline.country, dateline.published) == (place, country, day)


@pytest.mark.parametrize(("opening", "place", "country", "day"), DATELINES)
def test_dateline_span_ends_at_separator(opening: str, place: str | None, country: str | None, day: date | None) -> None:
    dateline = parse_dateline(opening, PUBLISHED)
    assert dateline is not None
    assert opening[dateline.span.start : dateline.span.end] == dateline.span.text
    assert dateline.span.start == 0
    assert dateline.span.text[-1] in "-–—|"


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_ordinary_opening_is_not_a_dateline(text: str) -> None:
    assert parse_dateline(text, PUBLISHED) is None


def test_year_before_publication_for_a_late_december_dateline() -> None:
    dateline = parse_dateline("Bamako, Mali, Dec 31 – Gunmen attacked.", date(2020, 1, 2))
    assert dateline is not None and dateline.published == date(2019, 12, 31)


def test_no_date_without_publication_year() -> None:
    dateline = parse_dateline("Bamako, Mali, Nov 5 – Gunmen attacked.")
    assert dateline is not None and dateline.published is None


def test_leading_whitespace_moves_the_span() -> None:
    dateline = parse_dateline("   KABUL, Afghanistan — x")
    assert dateline is not None and dateline.span.start == 3


@given(st.text(max_size=200))
def test_never_raises_and_span_matches(text: str) -> None:
    dateline = parse_dateline(text, PUBLISHED)
    if dateline is not None:
        assert text[dateline.span.start : dateline.span.end] == dateline.span.text
