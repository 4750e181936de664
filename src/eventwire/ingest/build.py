"""From the raw parts every reader finds (title, body, metadata) to one cleaned Article."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from eventwire.errors import ArticleFormatError
from eventwire.ingest.boilerplate import clean_body, normalise_whitespace
from eventwire.ingest.dateline import parse_dateline
from eventwire.ingest.ids import article_id
from eventwire.records import Article

# Title for a body that arrived without one: its first words, cut at this many characters.
FALLBACK_TITLE_CHARS = 100


@dataclass(frozen=True)
class RawArticle:
    """What a reader found, before cleaning."""

    body: str
    title: str | None = None
    published_at: datetime | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = "en"
    path: str | None = None
    source_format: str = "text"


def build_article(raw: RawArticle) -> Article:
    """Clean the body, find the dateline, fill the title and the id.

    Raises ``ArticleFormatError`` when no article text is left after cleaning.
    """
    text, removed = clean_body(raw.body)
    if not text:
        problem = "no article text" if not raw.body.strip() else "no article text left after removing boilerplate"
        raise ArticleFormatError(raw.path or "<text>", problem)
    title = normalise_whitespace(raw.title or "").replace("\n", " ") or fallback_title(text)
    published = raw.published_at.date() if raw.published_at else None
    return Article(
        id=article_id(title, text, raw.url),
        title=title,
        text=text,
        published_at=raw.published_at,
        author=_blank_to_none(raw.author),
        publisher=_blank_to_none(raw.publisher),
        url=_blank_to_none(raw.url),
        language=raw.language,
        path=raw.path,
        source_format=raw.source_format,
        dateline=parse_dateline(text, published),
        removed=removed,
    )


def fallback_title(text: str) -> str:
    """The first line of the text, cut at a word boundary."""
    first_line = text.split("\n", 1)[0]
    if len(first_line) <= FALLBACK_TITLE_CHARS:
        return first_line
    return first_line[:FALLBACK_TITLE_CHARS].rsplit(" ", 1)[0] + "…"


def path_label(path: str | Path | None) -> str | None:
    return None if path is None else str(path)


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
