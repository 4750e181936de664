"""Where the gazetteer lives, opening it, and its status."""

from __future__ import annotations

import shutil

import pytest

from eventwire.errors import GazetteerMissing
from eventwire.geo import Gazetteer, default_gazetteer_path, gazetteer_status
from eventwire.geo import gazetteer as gazetteer_module


def test_environment_variable_chooses_the_file(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTWIRE_GAZETTEER", str(tmp_path / "g.sqlite"))
    assert default_gazetteer_path() == tmp_path / "g.sqlite"


def test_default_is_in_the_user_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("EVENTWIRE_GAZETTEER", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_gazetteer_path() == tmp_path / "eventwire" / "gazetteer.sqlite"


def test_missing_default_is_built_once(monkeypatch, tmp_path, embedded_path):
    built = []

    def fake_build(path):  # stands in for the 30 s build: copies the session's gazetteer
        built.append(path)
        shutil.copy(embedded_path, path)

    monkeypatch.setenv("EVENTWIRE_GAZETTEER", str(tmp_path / "fresh.sqlite"))
    monkeypatch.setattr(gazetteer_module, "build_embedded", fake_build)
    Gazetteer.open()
    Gazetteer.open()
    assert built == [tmp_path / "fresh.sqlite"]


def test_missing_explicit_file_is_a_domain_error(tmp_path):
    with pytest.raises(GazetteerMissing, match="gazetteer build"):
        Gazetteer.open(tmp_path / "nowhere.sqlite")


def test_status_of_the_embedded_gazetteer(embedded_path):
    status = gazetteer_status(embedded_path)
    assert status.exists and status.places > 250_000 and status.countries > 200
    assert set(status.sources) == {"embedded"} and status.built_at


def test_embedded_gazetteer_knows_admin_names_and_acled_places(geocoder):
    kaduna = [c.entry for c in geocoder.candidates("Kaduna", "NGA")]
    assert {e.feature_code for e in kaduna} >= {"ADM1"} and all(e.admin1 == "Kaduna" for e in kaduna if e.feature_code == "ADM1")
    assert any(e.source == "acled" for c in [geocoder.candidates("Maiduguri", "NGA")] for e in (x.entry for x in c))
