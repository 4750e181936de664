"""Fetch official GeoNames dump files (the only code in eventwire that touches the network,
and only when a user asks for it with ``eventwire gazetteer download``)."""

from __future__ import annotations

import os
import re
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Callable, Sequence

from eventwire.errors import GazetteerDownloadError

DEFAULT_BASE_URL = "https://download.geonames.org/export/dump/"
ADMIN_FILES = ("admin1CodesASCII.txt", "admin2Codes.txt")
ALL_COUNTRIES = "allCountries.zip"
CHUNK_BYTES = 1 << 20
TIMEOUT_SECONDS = 60
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


def files_for(codes: Sequence[str] | str) -> list[str]:
    """File names to fetch: the admin code tables, then one zip per country (or ``allCountries.zip``)."""
    if codes == "all" or (not isinstance(codes, str) and list(codes) == ["all"]):
        return [*ADMIN_FILES, ALL_COUNTRIES]
    names = []
    for code in [codes] if isinstance(codes, str) else codes:
        code = code.strip().upper()
        if not _COUNTRY_CODE.match(code):
            raise GazetteerDownloadError(f"{code!r} is not a two-letter ISO country code")
        names.append(f"{code}.zip")
    return [*ADMIN_FILES, *names]


def download_geonames(
    codes: Sequence[str] | str,
    dest_dir: Path | str,
    base_url: str = DEFAULT_BASE_URL,
    progress: Callable[[str, int], None] | None = None,
) -> list[Path]:
    """Download GeoNames dumps into ``dest_dir`` and return their paths.

    Each file streams into ``NAME.part`` and is renamed only once complete and checked (size
    against Content-Length, zips opened), so an interrupted run never leaves a half file under
    the real name; a file already present and valid is not fetched again.
    """
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    fetched = []
    for name in files_for(codes):
        target = dest / name
        if not (target.exists() and _is_valid(target)):
            _fetch(base_url.rstrip("/") + "/" + name, target, progress)
        fetched.append(target)
    return fetched


def _fetch(url: str, target: Path, progress: Callable[[str, int], None] | None) -> None:
    partial = target.with_name(target.name + ".part")
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            expected = int(response.headers.get("Content-Length") or -1)
            written = _stream(response, partial, target.name, progress)
    except urllib.error.HTTPError as error:
        partial.unlink(missing_ok=True)
        raise GazetteerDownloadError(f"{url}: HTTP {error.code} {error.reason}") from error
    except (urllib.error.URLError, OSError) as error:
        partial.unlink(missing_ok=True)
        raise GazetteerDownloadError(f"{url}: {getattr(error, 'reason', error)}") from error
    _check(partial, url, expected, written)
    os.replace(partial, target)


def _stream(response, partial: Path, name: str, progress: Callable[[str, int], None] | None) -> int:
    written = 0
    with open(partial, "wb") as out:
        while chunk := response.read(CHUNK_BYTES):
            out.write(chunk)
            written += len(chunk)
            if progress:
                progress(name, written)
    return written


def _check(partial: Path, url: str, expected: int, written: int) -> None:
    problem = None
    if expected >= 0 and written != expected:
        problem = f"got {written} bytes, expected {expected}"
    elif written == 0:
        problem = "empty file"
    elif not _is_valid(partial, zipped=url.endswith(".zip")):
        problem = "not a valid zip archive"
    if problem:
        partial.unlink(missing_ok=True)
        raise GazetteerDownloadError(f"{url}: {problem}")


def _is_valid(path: Path, zipped: bool | None = None) -> bool:
    zipped = path.suffix == ".zip" if zipped is None else zipped
    if path.stat().st_size == 0:
        return False
    if not zipped:
        return True
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None
    except zipfile.BadZipFile:
        return False
