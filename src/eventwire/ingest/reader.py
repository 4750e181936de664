"""Files and folders in, articles (or one-line failures) out: the only code that reads input files."""

from __future__ import annotations

import gzip
import json
import os
import re
import zlib
from pathlib import Path
from typing import Callable, Iterator, Sequence

from eventwire.errors import ArticleFormatError
from eventwire.ingest.feed import iter_feed, looks_like_feed
from eventwire.ingest.html import parse_html
from eventwire.ingest.jsonl import parse_jsonl_line
from eventwire.ingest.plain import parse_plain_text
from eventwire.ingest.scraper import looks_like_scraper_text, parse_scraper_text
from eventwire.records import Article, ReadFailure

# The reader each extension suggests; content sniffing decides for text-like files.
ARTICLE_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text", "": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
# Extensions read when walking a folder. A file named explicitly is read whatever its name;
# READMEs (.md) and extensionless files (Makefile, LICENSE) are only read when named.
FOLDER_EXTENSIONS = frozenset(ARTICLE_EXTENSIONS) - {".md", ""}
# Bytes sniffed for binary content; NUL bytes never occur in text files.
SNIFF_BYTES = 8192
# A single article file larger than this is not an article (JSONL and feeds are exempt).
MAX_ARTICLE_BYTES = 20_000_000

_BINARY_MAGIC = {
    b"%PDF": "PDF", b"PK\x03\x04": "ZIP/Office", b"\x1f\x8b": "gzip", b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF", b"\xd0\xcf\x11\xe0": "Office", b"SQLite format": "SQLite",
}
# <meta charset="windows-1252"> in pages, <?xml encoding="ISO-8859-1"?> in feeds.
_DECLARED_CHARSET = re.compile(rb"""(?:<meta[^>]+charset|<\?xml[^>]+encoding)\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def iter_articles(paths: Sequence[str | Path]) -> Iterator[Article | ReadFailure]:
    """Every article in the given files and folders, in order; bad inputs become ReadFailures.

    Folders are walked recursively in sorted order, skipping hidden files and folders and
    files whose extension is not an article format. Never raises for bad input.
    """
    for path in paths:
        path = Path(path)
        if not path.exists():
            yield ReadFailure(str(path), "no such file")
        elif path.is_dir():
            yield from _iter_folder(path)
        else:
            yield from _iter_file(path)


def read_article(path: str | Path) -> list[Article]:
    """The articles of one file (a folder works too); raises ``ArticleFormatError`` on the first problem."""
    articles = []
    for entry in iter_articles([path]):
        if isinstance(entry, ReadFailure):
            raise ArticleFormatError(entry.path, entry.problem)
        articles.append(entry)
    return articles


def _iter_folder(folder: Path) -> Iterator[Article | ReadFailure]:
    files = sorted(_article_files(folder))
    if not files:
        extensions = ", ".join(sorted(FOLDER_EXTENSIONS))
        yield ReadFailure(str(folder), f"no article files in folder (looked for {extensions})")
    for file in files:
        yield from _iter_file(file)


def _article_files(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith(".") and article_suffix(Path(name)) in FOLDER_EXTENSIONS:
                yield Path(root) / name


def _iter_file(path: Path) -> Iterator[Article | ReadFailure]:
    label = str(path)
    try:
        if _extension_format(path) == "jsonl":
            yield from _iter_jsonl(path)
            return
        raw = read_text(path)
        yield from _READERS[detect_format(path, raw)](raw, label)
    except ArticleFormatError as error:
        yield ReadFailure(error.path, error.problem)


def read_text(path: Path) -> str:
    """The file's text. Raises ``ArticleFormatError`` for unreadable, empty, binary or non-UTF-8 files."""
    data = _read_bytes(path)
    if not data.strip():
        raise ArticleFormatError(str(path), "empty file")
    _refuse_binary(path, data)
    return decode_text(data, str(path), declared=_declared_charset(path, data))


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES and _extension_format(path) not in ("feed", "json"):
            raise ArticleFormatError(str(path), f"file too large for one article ({path.stat().st_size:,} bytes)")
        return _read_gzip(path) if _is_gzipped(path) else path.read_bytes()
    except (gzip.BadGzipFile, EOFError, zlib.error):
        raise ArticleFormatError(str(path), "not a valid gzip file") from None
    except FileNotFoundError:
        raise ArticleFormatError(str(path), "no such file") from None
    except PermissionError:
        raise ArticleFormatError(str(path), "cannot read file (permission denied)") from None
    except IsADirectoryError:
        raise ArticleFormatError(str(path), "is a folder, not a file") from None
    except OSError as error:
        raise ArticleFormatError(str(path), f"cannot read file ({error.strerror or error})") from None


def _read_gzip(path: Path) -> bytes:
    """Decompressed bytes, refusing more than MAX_ARTICLE_BYTES (a gzip bomb stops there)."""
    with gzip.open(path, "rb") as stream:
        data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleFormatError(str(path), f"file too large for one article (over {MAX_ARTICLE_BYTES:,} bytes unpacked)")
    return data


def _refuse_binary(path: Path, data: bytes) -> None:
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ArticleFormatError(str(path), f"binary file ({kind})")
    head = data[:SNIFF_BYTES]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleFormatError(str(path), "binary file")


def decode_text(data: bytes, label: str, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, or the charset a page or feed declares."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16", label)
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        return _decode(data, declared, label)
    return _decode(data, "utf-8-sig", label)


def _decode(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        return _decode(data, "utf-8-sig", label)
    except UnicodeDecodeError as error:
        bad = data[error.start]
        name = "UTF-8" if encoding.startswith("utf-8") else encoding
        raise ArticleFormatError(label, f"not {name} text (byte 0x{bad:02x} at offset {error.start})") from None


def _declared_charset(path: Path, data: bytes) -> str | None:
    if _extension_format(path) not in ("html", "feed"):
        return None
    match = _DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _extension_format(path: Path) -> str | None:
    return ARTICLE_EXTENSIONS.get(article_suffix(path))


def article_suffix(path: Path) -> str:
    """The extension that names the format: ``.jsonl`` for ``dump.jsonl.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-1:] == [".gz"]:
        return suffixes[-2] if len(suffixes) > 1 else ""
    return path.suffix.lower()


def _is_gzipped(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def detect_format(path: Path, raw: str) -> str:
    """The reader for a file: by extension, then by what its first characters look like."""
    by_extension = _extension_format(path)
    if by_extension in ("html", "json", "jsonl"):
        return by_extension
    head = raw.lstrip("\ufeff \t\r\n")[:2000]
    if by_extension == "feed" or (head.startswith("<") and looks_like_feed(head)):
        return "feed"
    if head.startswith("<") and _looks_like_html(head, raw):
        return "html"
    if head.startswith("{") and _is_json_lines(raw):
        return "jsonl"
    return "scraper" if looks_like_scraper_text(raw) else "text"


def _looks_like_html(head: str, raw: str) -> bool:
    return head.lower().startswith(("<!doctype html", "<html")) or "<body" in raw[:20000].lower()


def _is_json_lines(raw: str) -> bool:
    first = raw.strip().split("\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


# ---------------------------------------------------------------- one reader per format


def _read_scraper(raw: str, label: str) -> Iterator[Article | ReadFailure]:
    yield parse_scraper_text(raw, path=label)


def _read_plain(raw: str, label: str) -> Iterator[Article | ReadFailure]:
    yield parse_plain_text(raw, path=label)


def _read_html(raw: str, label: str) -> Iterator[Article | ReadFailure]:
    yield parse_html(raw, path=label)


def _read_feed(raw: str, label: str) -> Iterator[Article | ReadFailure]:
    yield from iter_feed(raw, path=label)


def _read_json(raw: str, label: str) -> Iterator[Article | ReadFailure]:
    """A .json file: one article object, or an array of them (items labelled ``file.json#1``)."""
    try:
        document = json.loads(raw)
    except json.JSONDecodeError as error:
        problem = f"invalid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        raise ArticleFormatError(label, problem) from None
    if isinstance(document, dict):
        yield parse_jsonl_line(document, path=label)
        return
    if not isinstance(document, list):
        raise ArticleFormatError(label, "JSON holds neither an article object nor a list of them")
    for number, item in enumerate(document, start=1):
        yield _json_item(item, f"{label}#{number}")


def _read_jsonl_text(raw: str, label: str) -> Iterator[Article | ReadFailure]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if line.strip():
            yield _jsonl_entry(line, label, number)


def _iter_jsonl(path: Path) -> Iterator[Article | ReadFailure]:
    """Streams the file line by line, so a large dump never sits in memory whole."""
    label = str(path)
    try:
        with (gzip.open(path, "rb") if _is_gzipped(path) else path.open("rb")) as stream:
            seen_line = False
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    seen_line = True
                    yield _jsonl_bytes_entry(line, label, number)
    except PermissionError:
        raise ArticleFormatError(label, "cannot read file (permission denied)") from None
    except (gzip.BadGzipFile, EOFError, zlib.error):
        raise ArticleFormatError(label, "not a valid gzip file") from None
    except OSError as error:
        raise ArticleFormatError(label, f"cannot read file ({error.strerror or error})") from None
    if not seen_line:
        raise ArticleFormatError(label, "empty file")


def _jsonl_bytes_entry(line: bytes, label: str, number: int) -> Article | ReadFailure:
    try:
        text = decode_text(line, f"{label}:{number}")
    except ArticleFormatError as error:
        return ReadFailure(error.path, f"line {number}: {error.problem}")
    return _jsonl_entry(text, label, number)


def _jsonl_entry(line: str, label: str, number: int) -> Article | ReadFailure:
    """One JSONL line; its failure is labelled ``file.jsonl:3`` and says ``line 3: …``."""
    line_label = f"{label}:{number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        return ReadFailure(line_label, f"line {number}: invalid JSON: {error.msg} (column {error.colno})")
    entry = _json_item(obj, line_label)
    if isinstance(entry, ReadFailure):
        return ReadFailure(entry.path, f"line {number}: {entry.problem}")
    return entry


def _json_item(obj: object, label: str) -> Article | ReadFailure:
    try:
        return parse_jsonl_line(obj, path=label)  # type: ignore[arg-type]
    except ArticleFormatError as error:
        return ReadFailure(error.path, error.problem)


_READERS: dict[str, Callable[[str, str], Iterator[Article | ReadFailure]]] = {
    "scraper": _read_scraper,
    "text": _read_plain,
    "html": _read_html,
    "feed": _read_feed,
    "json": _read_json,
    "jsonl": _read_jsonl_text,
}
