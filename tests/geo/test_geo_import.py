"""Importing GeoNames files: small generated ones, and the real Burkina Faso dump when ../shared is there."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from geonames_dump_rows import dump_line

from eventwire.errors import GazetteerImportError
from eventwire.geo import Gazetteer, GeoContext, Geocoder, gazetteer_status, import_geonames
from eventwire.records import PlaceMention, Span

# Invented places in a real country, so that nothing in the embedded data can answer for them.
DUMP_ROWS = [
    # geonameid, name, asciiname, alternates, lat, lon, class, code, cc, admin1, admin2, population
    (99000001, "Tédiguéné", "Tediguene", "Tediguene,Tidigine", 14.21, -0.55, "P", "PPL", "BF", "12", "", 0),
    (99000002, "Puits Aghazar", "Puits Aghazar", "", 14.60, -0.30, "H", "WLL", "BF", "12", "", 0),
    (99000003, "Oued Tédiguéné", "Oued Tediguene", "", 14.3, -0.4, "H", "STM", "BF", "12", "", 0),
    (99000004, "Kobélé", "Kobele", "", 13.10, -1.10, "P", "PPL", "BF", "x27", "", 0),
]


@pytest.fixture()
def dump_file(tmp_path) -> Path:
    path = tmp_path / "BF.txt"
    path.write_text("".join(dump_line(r) for r in DUMP_ROWS), encoding="utf-8")
    return path


def test_import_generated_dump(gazetteer_copy, dump_file):
    before = gazetteer_status(gazetteer_copy).places
    stats = import_geonames([dump_file], into=gazetteer_copy)
    assert stats.sources["BF.txt"] == 3  # the river (STM) is left out
    assert stats.places == before + 3
    geocoder = Geocoder(Gazetteer.open(gazetteer_copy))
    place = geocoder.resolve([PlaceMention("Tidigine", Span(0, 8, "Tidigine"), "in")], GeoContext(("Burkina Faso",)))
    assert (place.geonameid, place.admin1, place.geo_precision) == (99000001, "Sahel", 1)


def test_well_is_a_place(gazetteer_copy, dump_file):
    import_geonames([dump_file], into=gazetteer_copy)
    geocoder = Geocoder(Gazetteer.open(gazetteer_copy))
    place = geocoder.resolve([PlaceMention("Aghazar", Span(0, 7, "Aghazar"), "in")], GeoContext(("Burkina Faso",)))
    assert place is not None and place.feature_code == "WLL"


def test_unknown_admin_code_takes_the_nearest_towns_admin(gazetteer_copy, dump_file):
    import_geonames([dump_file], into=gazetteer_copy)
    geocoder = Geocoder(Gazetteer.open(gazetteer_copy))
    entry = geocoder.candidates("Kobele", "BFA")[0].entry
    assert entry.geonameid == 99000004 and entry.admin1 not in ("", None)


def test_import_zip_and_admin_codes(gazetteer_copy, dump_file, tmp_path):
    archive = tmp_path / "BF.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(dump_file, "BF.txt")
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text("ZZ.01\tNowhere Region\tNowhere Region\t1\n", encoding="utf-8")
    stats = import_geonames([archive, admin1], into=gazetteer_copy)
    assert stats.sources["BF.zip"] == 3 and stats.sources["admin1CodesASCII.txt"] == 1


def test_reimport_replaces_entries_with_the_same_geonameid(gazetteer_copy, dump_file):
    first = import_geonames([dump_file], into=gazetteer_copy)
    second = import_geonames([dump_file], into=gazetteer_copy)
    assert second.places == first.places


def test_alternate_names_file_adds_names(gazetteer_copy, dump_file, tmp_path):
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text("1\t99000001\ten\tTedigene Village\t\t\t\t\t\t\n2\t99000001\tlink\thttps://x\t\t\t\t\t\t\n")
    stats = import_geonames([dump_file, alternates], into=gazetteer_copy)
    assert stats.sources["alternateNamesV2.txt"] == 1
    geocoder = Geocoder(Gazetteer.open(gazetteer_copy))
    assert geocoder.candidates("Tedigene Village", "BFA")[0].entry.geonameid == 99000001


@pytest.mark.parametrize(
    "content, problem",
    [("1\tonly\tthree\n", "expected 19"), (None, "no such file")],
)
def test_bad_files_raise_a_clear_error(gazetteer_copy, tmp_path, content, problem):
    path = tmp_path / "XX.txt"
    if content is not None:
        path.write_text(content)
    with pytest.raises(GazetteerImportError, match=problem):
        import_geonames([path], into=gazetteer_copy)


def test_corrupt_zip_is_reported(gazetteer_copy, tmp_path):
    path = tmp_path / "ML.zip"
    path.write_bytes(b"not a zip")
    with pytest.raises(GazetteerImportError, match="not a zip"):
        import_geonames([path], into=gazetteer_copy)


def test_real_burkina_faso_dump(gazetteer_copy, shared_geonames):
    stats = import_geonames([shared_geonames / "BF.txt"], into=gazetteer_copy)
    assert stats.sources["BF.txt"] > 10_000
    geocoder = Geocoder(Gazetteer.open(gazetteer_copy))
    context = GeoContext(("Burkina Faso",))
    # Villages cities500 lacks, one spelled as French and English writers may
    for village, admin1 in (("Tongomayel", "Sahel"), ("Gorgadji", "Sahel"), ("Natiaboani", "Est"), ("Natiabouani", "Est")):
        place = geocoder.resolve([PlaceMention(village, Span(0, 1, village), "in")], context)
        assert place.geonameid is not None and place.admin1 == admin1, village
    status = gazetteer_status(gazetteer_copy)
    assert set(status.sources) == {"embedded", "BF.txt"}


def test_imported_region_keeps_its_capital_point(gazetteer_copy, tmp_path):
    geocoder = Geocoder(Gazetteer.open(gazetteer_copy))
    sahel = geocoder.candidates("Sahel", "BFA")[0].entry
    # The dump places the region at its centroid; the index keeps the capital's point it had.
    row = (sahel.geonameid, "Sahel", "Sahel", "", 14.0, -0.5, "A", "ADM1", "BF", "12", "", 0)
    (tmp_path / "BF.txt").write_text(dump_line(row))
    import_geonames([tmp_path / "BF.txt"], into=gazetteer_copy)
    after = Geocoder(Gazetteer.open(gazetteer_copy)).candidates("Sahel", "BFA")[0].entry
    assert (after.latitude, after.longitude) == (sahel.latitude, sahel.longitude) and after.source == "geonames"


def test_alternate_names_zip_with_a_language_table_inside(gazetteer_copy, dump_file, tmp_path):
    archive = tmp_path / "alternateNamesV2.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\tISO 639-1\tLanguage Name\n")
        out.writestr("alternateNamesV2.txt", "7\t99000001\tfr\tTédiguéné-Peul\t\t\t\t\t\t\n")
    stats = import_geonames([dump_file, archive], into=gazetteer_copy)
    assert stats.sources["alternateNamesV2.zip"] == 1


def test_real_mali_dump_finds_a_tamasheq_spelling(gazetteer_copy, shared_geonames):
    if not (shared_geonames / "ML.txt").exists():
        pytest.skip("ML.txt is not available")
    import_geonames([shared_geonames / "ML.txt"], into=gazetteer_copy)
    geocoder = Geocoder(Gazetteer.open(gazetteer_copy))
    # GeoNames writes "I-n-Déliman"; English wire copy writes "Indelimane".
    place = geocoder.resolve([PlaceMention("Indelimane", Span(0, 10, "Indelimane"), "in")], GeoContext(("Mali",)))
    assert (place.admin1, place.admin2, place.geo_precision) == ("Gao", "Ansongo", 1)
