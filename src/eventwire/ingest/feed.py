"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item, its content or description as text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path
from typing import Iterator

from eventwire.errors import ArticleFormatError
from eventwire.ingest.build import RawArticle, build_article, path_label
from eventwire.ingest.dates import parse_published
from eventwire.records import Article, ReadFailure

_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC = "{http://purl.org/dc/elements/1.1/}"

_BLOCK_TAG = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6]|/blockquote)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def looks_like_feed(raw: str) -> bool:
    head = raw[:2000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def iter_feed(raw: str, *, path: str | Path | None = None) -> Iterator[Article | ReadFailure]:
    """Each feed item as an Article (path ``feed.xml#2`` for the second item), or a ReadFailure."""
    label = path_label(path) or "<feed>"
    channel_title, items = _parse_feed(raw, label)
    if not items:
        yield ReadFailure(label, "feed has no items")
    for number, item in enumerate(items, start=1):
        item_label = f"{label}#{number}"
        try:
            yield _item_article(item, channel_title, item_label)
        except ArticleFormatError as error:
            yield ReadFailure(item_label, error.problem)


def _parse_feed(raw: str, label: str) -> tuple[str | None, list[ET.Element]]:
    try:
        root = ET.fromstring(raw.lstrip("\ufeff"))  # a str: expat ignores the declared encoding
    except ET.ParseError as error:
        raise ArticleFormatError(label, f"invalid XML ({error})") from error
    if root.tag == f"{_ATOM}feed":
        return _text(root, f"{_ATOM}title"), root.findall(f"{_ATOM}entry")
    if root.tag == "rss":
        channel = root.find("channel")
        channel = channel if channel is not None else root
        return _text(channel, "title"), channel.findall("item")
    if root.tag.endswith("RDF"):
        channel = root.find(f"{_RSS1}channel")
        return _text(channel, f"{_RSS1}title"), root.findall(f"{_RSS1}item")
    raise ArticleFormatError(label, f"XML is not an RSS or Atom feed (root element <{_local(root.tag)}>)")


def _item_article(item: ET.Element, channel_title: str | None, label: str) -> Article:
    ns = _ATOM if item.tag.startswith(_ATOM) else (_RSS1 if item.tag.startswith(_RSS1) else "")
    if ns == _ATOM:
        fields = _atom_fields(item)
    else:
        fields = _rss_fields(item, ns)
    return build_article(
        RawArticle(
            body=html_fragment_to_text(fields["body"] or ""),
            title=html_fragment_to_text(fields["title"] or "") or None,
            published_at=parse_published(fields["published"]),
            author=fields["author"],
            publisher=channel_title,
            url=fields["url"],
            path=label,
            source_format="feed",
        )
    )


def _rss_fields(item: ET.Element, ns: str) -> dict[str, str | None]:
    return {
        "title": _text(item, f"{ns}title"),
        "body": _text(item, _CONTENT) or _text(item, f"{ns}description"),
        "url": _text(item, f"{ns}link") or _text(item, "guid"),
        "published": _text(item, "pubDate") or _text(item, f"{_DC}date"),
        "author": _text(item, f"{_DC}creator") or _text(item, "author"),
    }


def _atom_fields(entry: ET.Element) -> dict[str, str | None]:
    link = entry.find(f"{_ATOM}link[@rel='alternate']")
    link = link if link is not None else entry.find(f"{_ATOM}link")
    return {
        "title": _text(entry, f"{_ATOM}title"),
        "body": _text(entry, f"{_ATOM}content") or _text(entry, f"{_ATOM}summary"),
        "url": link.get("href") if link is not None else None,
        "published": _text(entry, f"{_ATOM}published") or _text(entry, f"{_ATOM}updated"),
        "author": _text(entry, f"{_ATOM}author/{_ATOM}name"),
    }


def html_fragment_to_text(fragment: str) -> str:
    """Feed descriptions carry escaped HTML: keep paragraph breaks, drop tags and scripts."""
    without_scripts = _SCRIPT.sub(" ", fragment)
    with_breaks = _BLOCK_TAG.sub("\n", without_scripts)
    return unescape(_ANY_TAG.sub("", with_breaks)).strip()


def _text(element: ET.Element | None, tag: str) -> str | None:
    if element is None:
        return None
    found = element.find(tag)
    if found is None:
        return None
    text = "".join(found.itertext()).strip()
    return text or None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
