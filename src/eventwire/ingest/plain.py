"""Plain text: the first line is the title, the rest is the story."""

from __future__ import annotations

import re
from datetime import datetime, time
from pathlib import Path

from eventwire.errors import ArticleFormatError
from eventwire.ingest.boilerplate import normalise_whitespace
from eventwire.ingest.build import RawArticle, build_article, path_label
from eventwire.ingest.dateline import parse_dateline
from eventwire.ingest.dates import parse_published
from eventwire.records import Article

# A first line longer than this is the lede, not a headline: the example headlines run
# 7-12 words, wire ledes 25-45.
MAX_TITLE_WORDS = 25

# Optional "Key: value" lines right under the title that some saved copies carry.
_META_LINE = re.compile(
    r"^(?P<key>date|published|published at|posted|by|author|source|publisher|url|link)\s*:\s*(?P<value>\S.*)$", re.I
)
_BYLINE = re.compile(r"^[Bb]y\s+(?P<author>[A-Z][\w.'’ -]{1,60})$")


def parse_plain_text(raw: str, *, path: str | Path | None = None, published: datetime | None = None) -> Article:
    """One Article from plain text.

    The date is, in order: a ``Date:`` line under the title, a dateline that carries
    a year, the ``published`` argument. A single-paragraph text is its own title.
    """
    label = path_label(path)
    lines = normalise_whitespace(raw.lstrip("\ufeff")).split("\n")
    if not lines[0]:
        raise ArticleFormatError(label or "<text>", "empty file")
    title, rest = (lines[0], lines[1:]) if _is_title_line(lines) else (None, lines)
    meta, body_lines = _leading_metadata(rest)
    body = "\n".join(body_lines)
    return build_article(
        RawArticle(
            body=body,
            title=title,
            published_at=parse_published(meta.get("date")) or _dateline_datetime(body) or published,
            author=meta.get("author"),
            publisher=meta.get("publisher"),
            url=meta.get("url"),
            path=label,
            source_format="text",
        )
    )


def _is_title_line(lines: list[str]) -> bool:
    """A headline: not the only paragraph, short, and not the story's dateline lede."""
    first = lines[0]
    return len(lines) > 1 and len(first.split()) <= MAX_TITLE_WORDS and parse_dateline(first) is None


def _leading_metadata(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Key: value and 'By Name' lines that directly follow the title."""
    keys = {"published": "date", "published at": "date", "posted": "date", "by": "author",
            "source": "publisher", "link": "url"}
    meta: dict[str, str] = {}
    index = 0
    while index < len(lines):
        match = _META_LINE.match(lines[index])
        byline = _BYLINE.match(lines[index])
        if match:
            key = match.group("key").lower()
            meta[keys.get(key, key)] = match.group("value").strip()
        elif byline:
            meta["author"] = byline.group("author").strip()
        else:
            break
        index += 1
    return meta, lines[index:]


def _dateline_datetime(body: str) -> datetime | None:
    dateline = parse_dateline(body)
    if dateline is None or dateline.published is None:
        return None
    return datetime.combine(dateline.published, time())
