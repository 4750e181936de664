"""The scraper's Markdown-ish format: ``# title``, ``Published at: **ISO**``, ``Author: **…**``,
``Original: [publisher](url)``, then the body."""

from __future__ import annotations

import re
from pathlib import Path

from eventwire.errors import ArticleFormatError
from eventwire.ingest.build import RawArticle, build_article, path_label
from eventwire.ingest.dates import parse_published
from eventwire.records import Article

# The header sits in the first lines; looking further would mistake a body line for it.
HEADER_SEARCH_LINES = 12

_TITLE = re.compile(r"^#\s+(?P<title>.+?)\s*$")
_FIELD = re.compile(
    r"^(?P<name>Published at|Published|Date|Author|Authors|By|Original|Source|URL)\s*:\s*(?P<value>.*?)\s*$", re.I
)
_BOLD = re.compile(r"^\*\*(?P<inner>.*)\*\*$")
_LINK = re.compile(r"^\[(?P<label>[^\]]*)\]\((?P<url>[^)\s]*)\)$")


def looks_like_scraper_text(raw: str) -> bool:
    """A ``# title`` line followed by a ``Published at:`` header line near the top."""
    lines = [line.strip() for line in raw.lstrip("\ufeff").splitlines()[:HEADER_SEARCH_LINES]]
    has_title = any(_TITLE.match(line) for line in lines)
    has_field = any(line.lower().startswith("published at:") for line in lines)
    return has_title and has_field


def parse_scraper_text(raw: str, *, path: str | Path | None = None) -> Article:
    """One Article from scraper text. Raises ``ArticleFormatError`` without a ``# title`` line."""
    label = path_label(path)
    lines = raw.lstrip("\ufeff").splitlines()
    title_index = _title_line_index(lines)
    if title_index is None:
        raise ArticleFormatError(label or "<text>", "not scraper format: no '# title' line at the top")
    fields, body_start = _read_header(lines, title_index + 1)
    publisher, url = _publisher_and_url(_first_field(fields, "original", "source") or "")
    return build_article(
        RawArticle(
            body="\n".join(lines[body_start:]),
            title=_TITLE.match(lines[title_index].strip()).group("title"),
            published_at=parse_published(_unbold(_first_field(fields, "published at", "published", "date"))),
            author=_unbold(_first_field(fields, "author", "authors", "by")),
            publisher=publisher,
            url=url or _unbold(fields.get("url")),
            path=label,
            source_format="scraper",
        )
    )


def _title_line_index(lines: list[str]) -> int | None:
    for index, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        if line.strip():
            return index if _TITLE.match(line.strip()) else None
    return None


def _read_header(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """Header fields after the title; the index of the first body line."""
    fields: dict[str, str] = {}
    index = start
    while index < len(lines):
        line = lines[index].strip()
        match = _FIELD.match(line)
        if line and not match:
            break
        if match:
            fields[match.group("name").lower()] = match.group("value")
        index += 1
    return fields, index


def _first_field(fields: dict[str, str], *names: str) -> str | None:
    return next((fields[name] for name in names if fields.get(name)), None)


def _unbold(value: str | None) -> str | None:
    if value is None:
        return None
    match = _BOLD.match(value.strip())
    return (match.group("inner") if match else value).strip() or None


def _publisher_and_url(value: str) -> tuple[str | None, str | None]:
    """``[Capital News](https://…)`` → ("Capital News", "https://…"); a bare URL or name also works."""
    value = value.strip()
    match = _LINK.match(value)
    if match:
        return match.group("label").strip() or None, match.group("url") or None
    if re.match(r"https?://", value):
        return None, value
    return _unbold(value), None
