"""JSON Lines (and JSON arrays) of articles, with the field names common scrapers and APIs use."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Mapping

from eventwire.errors import ArticleFormatError
from eventwire.ingest.build import RawArticle, build_article, path_label
from eventwire.ingest.dateline import parse_dateline
from eventwire.ingest.dates import parse_published
from eventwire.ingest.html import parse_html
from eventwire.records import Article

# Field aliases, first match wins. Sources: GDELT, NewsAPI, news-please, Common Crawl news dumps.
TITLE_KEYS = ("title", "headline")
TEXT_KEYS = ("text", "body", "content", "maintext", "article", "description")
HTML_KEYS = ("html", "raw_html")
URL_KEYS = ("url", "link", "source_url", "sourceurl", "documentidentifier")
PUBLISHED_KEYS = (
    "published_at", "publishedAt", "published", "date", "publish_date", "date_publish",
    "pubdate", "seendate", "datetime", "timestamp",
)
PUBLISHER_KEYS = ("publisher", "source", "sitename", "source_name", "domain", "source_domain", "sourcecommonname")
AUTHOR_KEYS = ("author", "authors", "byline", "creator")
LANGUAGE_KEYS = ("language", "lang")


def parse_jsonl_line(obj: Mapping[str, Any], *, path: str | Path | None = None) -> Article:
    """One Article from one decoded JSON object. Raises ``ArticleFormatError`` when it has no text."""
    label = path_label(path)
    if not isinstance(obj, Mapping):
        raise ArticleFormatError(label or "<json>", f"expected a JSON object, got {type(obj).__name__}")
    url = _first_text(obj, URL_KEYS)
    text = _first_text(obj, TEXT_KEYS)
    html = _first_text(obj, HTML_KEYS)
    if not text and html:
        return _from_html(obj, html, url, label)
    if not text:
        problem = "no article text (expected a 'text', 'body', 'content' or 'html' field)"
        raise ArticleFormatError(label or "<json>", problem)
    return build_article(
        RawArticle(
            body=text,
            title=_first_text(obj, TITLE_KEYS),
            published_at=parse_published(_first(obj, PUBLISHED_KEYS)),
            author=_author(_first(obj, AUTHOR_KEYS)),
            publisher=_publisher(_first(obj, PUBLISHER_KEYS)),
            url=url,
            language=_first_text(obj, LANGUAGE_KEYS) or "en",
            path=label,
            source_format="jsonl",
        )
    )


def _from_html(obj: Mapping[str, Any], html: str, url: str | None, label: str | None) -> Article:
    """A row that carries the page: read the page, let the row's own fields win."""
    page = parse_html(html, url=url, path=label)
    published_at = parse_published(_first(obj, PUBLISHED_KEYS)) or page.published_at
    return replace(
        page,
        title=_first_text(obj, TITLE_KEYS) or page.title,
        published_at=published_at,
        dateline=parse_dateline(page.text, published_at.date() if published_at else None),
        author=_author(_first(obj, AUTHOR_KEYS)) or page.author,
        publisher=_publisher(_first(obj, PUBLISHER_KEYS)) or page.publisher,
        language=_first_text(obj, LANGUAGE_KEYS) or "en",
        source_format="jsonl",
    )


def _first(obj: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in obj.items()}
    for key in keys:
        value = lowered.get(key.lower())
        if value not in (None, "", [], {}):
            return value
    return None


def _first_text(obj: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    value = _first(obj, keys)
    return value.strip() or None if isinstance(value, str) else None


def _author(value: Any) -> str | None:
    """A string, a list of names, or a list of {"name": …} objects."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (list, tuple)):
        names = [_name_of(item) for item in value]
        return ", ".join(name for name in names if name) or None
    return _name_of(value)


def _publisher(value: Any) -> str | None:
    """NewsAPI nests the publisher: {"source": {"id": …, "name": "Reuters"}}."""
    return value.strip() or None if isinstance(value, str) else _name_of(value)


def _name_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, Mapping):
        name = value.get("name") or value.get("title")
        return name.strip() or None if isinstance(name, str) else None
    return None
