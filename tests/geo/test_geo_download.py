"""The GeoNames downloader against a local HTTP server on 127.0.0.1 (nothing leaves the machine), and the CLI."""

from __future__ import annotations

import functools
import http.server
import threading
import zipfile

import pytest
from typer.testing import CliRunner

from eventwire.cli.gazetteer import app
from eventwire.errors import GazetteerDownloadError
from eventwire.geo import download_geonames
from eventwire.geo.download import files_for

ROW = "99100001\tKouri Bagou\tKouri Bagou\t\t13.5\t1.2\tP\tPPL\tNE\t\t06\t\t\t\t0\t\t250\tAfrica/Niamey\t2024-01-01\n"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture()
def mirror(tmp_path):
    """A folder of small GeoNames-like files served over HTTP; yields (base_url, folder)."""
    served = tmp_path / "served"
    served.mkdir()
    with zipfile.ZipFile(served / "NE.zip", "w") as archive:
        archive.writestr("NE.txt", ROW)
        archive.writestr("readme.txt", "test mirror")
    (served / "admin1CodesASCII.txt").write_text("NE.06\tTillaberi\tTillaberi\t2439374\n")
    (served / "admin2Codes.txt").write_text("NE.06.123\tAyerou\tAyerou\t1\n")
    (served / "ML.zip").write_bytes(b"this is not a zip file")
    handler = functools.partial(QuietHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", served
    server.shutdown()
    server.server_close()


def test_downloads_country_zip_and_admin_tables(mirror, tmp_path):
    base_url, served = mirror
    paths = download_geonames(["ne"], tmp_path / "dest", base_url=base_url)
    assert [p.name for p in paths] == ["admin1CodesASCII.txt", "admin2Codes.txt", "NE.zip"]
    assert (tmp_path / "dest" / "NE.zip").read_bytes() == (served / "NE.zip").read_bytes()
    assert not list((tmp_path / "dest").glob("*.part"))


def test_existing_valid_file_is_not_fetched_again(mirror, tmp_path):
    base_url, served = mirror
    dest = tmp_path / "dest"
    download_geonames(["NE"], dest, base_url=base_url)
    (served / "NE.zip").unlink()  # the server no longer has it: a second fetch would fail
    assert download_geonames(["NE"], dest, base_url=base_url)[-1].exists()


@pytest.mark.parametrize("codes, problem", [(["XK"], "HTTP 404"), (["ML"], "not a valid zip"), (["Mali"], "two-letter")])
def test_failures_are_clear_and_leave_no_partial_file(mirror, tmp_path, codes, problem):
    base_url, _ = mirror
    with pytest.raises(GazetteerDownloadError, match=problem):
        download_geonames(codes, tmp_path / "dest", base_url=base_url)
    assert not list((tmp_path / "dest").glob("*.part")) and not (tmp_path / "dest" / f"{codes[0]}.zip").exists()


def test_unreachable_server_is_an_error(tmp_path):
    with pytest.raises(GazetteerDownloadError):
        download_geonames(["NE"], tmp_path, base_url="http://127.0.0.1:9/")


def test_all_means_all_countries():
    assert files_for("all")[-1] == "allCountries.zip"


def test_cli_download_and_import(mirror, tmp_path, gazetteer_copy):
    base_url, _ = mirror
    result = CliRunner().invoke(
        app, ["download", "NE", "--dest", str(tmp_path / "dest"), "--base-url", base_url, "--import", "--path", str(gazetteer_copy)]
    )
    assert result.exit_code == 0, result.output
    assert "imported into" in result.output
    status = CliRunner().invoke(app, ["status", "--path", str(gazetteer_copy)])
    assert "NE.zip (1)" in status.output and "embedded" in status.output


def test_cli_errors_are_one_line(mirror, tmp_path):
    base_url, _ = mirror
    result = CliRunner().invoke(app, ["download", "XK", "--dest", str(tmp_path), "--base-url", base_url])
    assert result.exit_code == 1
    assert "HTTP 404" in result.output and "Traceback" not in result.output


def test_cli_status_without_a_gazetteer(tmp_path):
    result = CliRunner().invoke(app, ["status", "--path", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 0 and "eventwire gazetteer build" in result.output


def test_cli_lookup_lists_candidates(embedded_path):
    result = CliRunner().invoke(app, ["lookup", "Tripoli", "--country", "Lebanon", "--path", str(embedded_path)])
    assert result.exit_code == 0 and "LBN" in result.output and "LBY" not in result.output
    missing = CliRunner().invoke(app, ["lookup", "Zorkoundibou", "--path", str(embedded_path)])
    assert missing.exit_code == 0 and "no place called" in missing.output
