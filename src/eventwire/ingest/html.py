"""News pages: main text and metadata through trafilatura."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

from eventwire.errors import ArticleFormatError
from eventwire.ingest.build import RawArticle, build_article, path_label
from eventwire.ingest.dates import parse_published
from eventwire.records import Article

# Fewer words than this in the extracted main text means trafilatura fell back to menus or
# captions: the shortest report in the eval sets has 12 words (measured over all 551).
MIN_PAGE_WORDS = 8

# Full publication timestamps in page metadata, in order of trust. trafilatura (htmldate)
# returns the day only, so we read the time from these first.
_PUBLISHED_META = re.compile(
    r"""<meta\s+[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publish[-_]?date|dc\.date(?:\.issued)?|sailthru\.date)["'][^>]*>""",
    re.IGNORECASE,
)
_CONTENT_ATTR = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_JSONLD_PUBLISHED = re.compile(r""""datePublished"\s*:\s*"([^"]+)\"""")


def parse_html(html: str, *, url: str | None = None, path: str | Path | None = None) -> Article:
    """One Article from a news page. Raises ``ArticleFormatError`` when the page has no main text."""
    label = path_label(path)
    document = _extract(html, url, label)
    text = _without_title_line((document.get("text") or "").strip(), document.get("title"))
    if len(text.split()) < MIN_PAGE_WORDS:
        raise ArticleFormatError(label or "<html>", "no article text found in the HTML page")
    return build_article(
        RawArticle(
            body=text,
            title=document.get("title"),
            published_at=_published_at(html, document.get("date")),
            author=_author(document.get("author")),
            publisher=document.get("sitename") or document.get("hostname"),
            url=url or document.get("url"),
            path=label,
            source_format="html",
        )
    )


def _without_title_line(text: str, title: str | None) -> str:
    """trafilatura often keeps the page's <h1> as the first line; the title is not the story."""
    first, _, rest = text.partition("\n")
    if title and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest.strip()
    return text


def _extract(html: str, url: str | None, label: str | None) -> dict[str, Any]:
    from trafilatura import bare_extraction  # imported here: a start-up cost only HTML input should pay

    try:
        document = bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
        )
    except (ValueError, TypeError, AttributeError, LookupError) as error:  # lxml/htmldate failures on odd markup
        raise ArticleFormatError(label or "<html>", f"HTML could not be parsed ({error})") from error
    return document.as_dict() if document is not None else {}


def _published_at(html: str, trafilatura_date: str | None) -> datetime | None:
    """The page's own timestamp when it carries one; otherwise trafilatura's day."""
    for candidate in _meta_timestamps(html):
        parsed = parse_published(candidate)
        if parsed is not None:
            return parsed
    return parse_published(trafilatura_date)


def _meta_timestamps(html: str) -> list[str]:
    head = html[:200_000]
    found = [m.group(1) for tag in _PUBLISHED_META.finditer(head) if (m := _CONTENT_ATTR.search(tag.group(0)))]
    found += _JSONLD_PUBLISHED.findall(head)
    found += re.findall(r"""<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']""", head, re.IGNORECASE)
    return found


def _author(value: str | None) -> str | None:
    """trafilatura joins several authors with '; '; we keep them comma-separated."""
    if not value:
        return None
    return ", ".join(part.strip() for part in value.split(";") if part.strip()) or None
