"""ingest: files, pages, JSONL dumps and feeds in; cleaned ``Article`` records out.

Every reader returns the same record: ``Article.text`` is the cleaned body that all
evidence spans index, with the wire dateline kept as its first words.
"""

from eventwire.ingest.boilerplate import clean_body, is_boilerplate
from eventwire.ingest.dateline import parse_dateline
from eventwire.ingest.dates import parse_published
from eventwire.ingest.feed import iter_feed
from eventwire.ingest.html import parse_html
from eventwire.ingest.ids import article_id
from eventwire.ingest.jsonl import parse_jsonl_line
from eventwire.ingest.plain import parse_plain_text
from eventwire.ingest.reader import iter_articles, read_article
from eventwire.ingest.scraper import parse_scraper_text

__all__ = [
    "article_id",
    "clean_body",
    "is_boilerplate",
    "iter_articles",
    "iter_feed",
    "parse_dateline",
    "parse_html",
    "parse_jsonl_line",
    "parse_plain_text",
    "parse_published",
    "parse_scraper_text",
    "read_article",
]
