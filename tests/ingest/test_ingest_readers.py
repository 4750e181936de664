"""Plain text, HTML, JSONL and feed readers, and the format sniffing that picks them."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from eventwire.errors import ArticleFormatError
from eventwire.ingest import iter_articles, parse_html, parse_jsonl_line, parse_plain_text, read_article
from eventwire.records import Article, ReadFailure

STORY_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Gunmen kill nine in Zamfara village | Savanna Herald</title>
<meta property="og:site_name" content="Savanna Herald">
<meta property="article:published_time" content="2021-03-02T10:15:00+01:00">
<meta name="author" content="Ibrahim Musa"></head><body>
<div class="cookie">We use cookies to improve your browsing experience. Accept all</div>
<nav><a href="/">Home</a> <a href="/nigeria">Nigeria</a> <a href="/sport">Sport</a></nav>
<article><h1>Gunmen kill nine in Zamfara village</h1>
<p>GUSAU, Nigeria (AFP) - Gunmen on motorcycles killed nine villagers and burned houses in the north-western Nigerian state of Zamfara on Monday, police said.</p>
<p>The attackers arrived in the village of Kadawa at dusk and opened fire on residents returning from the market, a police spokesman said in a statement.</p>
<p>ADVERTISEMENT</p>
<p>Residents said the gang had demanded a levy from farmers in the area for several months and attacked after the village refused to pay.</p>
<p>Last week, gunmen abducted 279 schoolgirls from a boarding school in Jangebe in the same state; they were freed on Tuesday.</p>
</article><footer><p>© 2021 Savanna Herald. All rights reserved.</p></footer></body></html>"""


def test_plain_text_first_line_is_title() -> None:
    raw = "Police disperse protest in Lagos\n\nLAGOS, Oct 3 (AFP) - Police fired tear gas at hundreds of protesters.\n"
    article = parse_plain_text(raw, path="p.txt", published=datetime(2020, 10, 3, 12))
    assert article.title == "Police disperse protest in Lagos"
    assert article.text.startswith("LAGOS, Oct 3 (AFP) - Police fired")
    assert article.published_at == datetime(2020, 10, 3, 12)
    assert article.dateline is not None and article.dateline.published.isoformat() == "2020-10-03"
    assert article.source_format == "text"


def test_plain_text_date_from_dateline_with_year() -> None:
    raw = "Clashes in Tillaberi\nNIAMEY, Niger, Jan 3, 2021 (AFP) - Villagers were killed."
    assert parse_plain_text(raw).published_at == datetime(2021, 1, 3)


def test_plain_text_metadata_lines_under_title() -> None:
    raw = "Bombing in Baghdad\nPublished: 21 January 2021\nBy Ahmed Rasheed\n\nTwo bombers struck a market."
    article = parse_plain_text(raw)
    assert article.published_at == datetime(2021, 1, 21)
    assert article.author == "Ahmed Rasheed"
    assert article.text == "Two bombers struck a market."


@pytest.mark.parametrize(
    "first_line",
    [
        "BAMAKO, Mali (AFP) - Gunmen killed five soldiers near Gao.",
        "Gunmen on motorbikes killed at least five soldiers and wounded eleven others in an attack on an army post "
        "near the town of Gao in northern Mali on Sunday, the army said in a statement on Monday evening.",
    ],
)
def test_plain_text_lede_is_not_taken_for_a_title(first_line: str) -> None:
    article = parse_plain_text(first_line + "\nThe army sent reinforcements.")
    assert article.text.startswith(first_line)
    assert article.title and first_line.startswith(article.title.rstrip("…"))


def test_plain_text_without_date_has_none() -> None:
    assert parse_plain_text("A title\nGunmen attacked a market.").published_at is None


def test_html_main_text_and_metadata() -> None:
    article = parse_html(STORY_PAGE, url="https://savanna-herald.example/zamfara", path="z.html")
    assert article.title == "Gunmen kill nine in Zamfara village"
    assert article.published_at == datetime.fromisoformat("2021-03-02T10:15:00+01:00")
    assert article.author == "Ibrahim Musa"
    assert article.publisher == "Savanna Herald"
    assert article.url == "https://savanna-herald.example/zamfara"
    assert article.text.startswith("GUSAU, Nigeria (AFP) - Gunmen on motorcycles")
    assert "cookies" not in article.text and "ADVERTISEMENT" not in article.text
    assert "Sport" not in article.text and "All rights reserved" not in article.text
    assert article.dateline is not None and article.dateline.place == "Gusau"


def test_html_without_text_is_refused() -> None:
    with pytest.raises(ArticleFormatError, match="no article text"):
        parse_html("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")


JSON_ROWS = [
    ({"title": "T", "text": "Gunmen attacked.", "url": "https://a.example/1", "published_at": "2020-01-05"},
     {"title": "T", "url": "https://a.example/1", "published_at": datetime(2020, 1, 5)}),
    ({"headline": "T", "body": "Gunmen attacked.", "date": "2020-01-05T10:00:00Z", "publisher": "Wire"},
     {"title": "T", "publisher": "Wire", "published_at": datetime(2020, 1, 5, 10, tzinfo=timezone.utc)}),
    ({"title": "T", "content": "Gunmen attacked.", "publish_date": "2020-01-05 10:00:00", "domain": "a.example"},
     {"publisher": "a.example", "published_at": datetime(2020, 1, 5, 10)}),
    ({"title": "T", "text": "Gunmen attacked.", "seendate": "20200105T100000Z", "source": {"id": None, "name": "Wire"}},
     {"publisher": "Wire", "published_at": datetime(2020, 1, 5, 10, tzinfo=timezone.utc)}),
    ({"title": "T", "text": "Gunmen attacked.", "authors": ["A. One", "B. Two"], "source": "Wire"},
     {"author": "A. One, B. Two", "publisher": "Wire", "published_at": None}),
    ({"title": "T", "text": "Des hommes armés ont attaqué.", "language": "fr"}, {"language": "fr"}),
    ({"title": "T", "text": "Gunmen attacked."}, {"language": "en", "source_format": "jsonl"}),
]


@pytest.mark.parametrize(("row", "expected"), JSON_ROWS)
def test_jsonl_field_aliases(row: dict, expected: dict) -> None:
    article = parse_jsonl_line(row, path="rows.jsonl:1")
    for field, value in expected.items():
        assert getattr(article, field) == value


def test_jsonl_row_with_html_is_read_as_a_page() -> None:
    article = parse_jsonl_line({"html": STORY_PAGE, "url": "https://a.example/z", "title": "Row title"})
    assert article.title == "Row title"
    assert article.text.startswith("GUSAU, Nigeria (AFP)")
    assert article.source_format == "jsonl"


def test_jsonl_row_without_text_is_refused() -> None:
    with pytest.raises(ArticleFormatError, match="no article text"):
        parse_jsonl_line({"title": "Only a title", "url": "https://a.example"}, path="rows.jsonl:4")


def test_jsonl_file_yields_one_article_per_line(tmp_path: Path) -> None:
    rows = [{"title": f"Story {n}", "text": f"Gunmen killed {n} people in Gao."} for n in range(3)]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    articles = read_article(path)
    assert [a.title for a in articles] == ["Story 0", "Story 1", "Story 2"]
    assert [a.path for a in articles] == [f"{path}:{n}" for n in (1, 2, 3)]


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([{"title": "A", "text": "One."}, {"title": "B", "text": "Two."}]), encoding="utf-8")
    assert [a.title for a in read_article(path)] == ["A", "B"]


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Sahel Wire</title>
<item><title>Attack on Djibo</title><link>https://s.example/1</link><pubDate>Tue, 05 Nov 2019 07:00:00 +0000</pubDate>
<description>&lt;p&gt;DJIBO, Burkina Faso (AFP) - Gunmen attacked a convoy.&lt;/p&gt;&lt;p&gt;Five died.&lt;/p&gt;</description></item>
<item><title>Empty item</title><link>https://s.example/2</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Horn Notes</title>
<entry><title>Blast in Mogadishu</title><link rel="alternate" href="https://h.example/1"/>
<published>2019-12-28T09:00:00+03:00</published><author><name>Staff</name></author>
<content type="html">&lt;p&gt;A truck bomb exploded at a checkpoint.&lt;/p&gt;</content></entry></feed>"""


def test_rss_items_become_articles_and_empty_items_fail(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    first, second = list(iter_articles([path]))
    assert isinstance(first, Article) and isinstance(second, ReadFailure)
    assert first.text == "DJIBO, Burkina Faso (AFP) - Gunmen attacked a convoy.\nFive died."
    assert first.publisher == "Sahel Wire" and first.url == "https://s.example/1"
    assert first.published_at == datetime(2019, 11, 5, 7, tzinfo=timezone.utc)
    assert first.path == f"{path}#1" and second.path == f"{path}#2"


def test_atom_entries(tmp_path: Path) -> None:
    path = tmp_path / "notes.atom"
    path.write_text(ATOM, encoding="utf-8")
    (article,) = read_article(path)
    assert (article.title, article.author, article.url) == ("Blast in Mogadishu", "Staff", "https://h.example/1")
    assert article.text == "A truck bomb exploded at a checkpoint."
    assert article.source_format == "feed"


@pytest.mark.parametrize(
    ("name", "content", "source_format"),
    [
        ("story.txt", "# T\n\nPublished at: **2020-01-01**\n\nBody line.", "scraper"),
        ("story.txt", "A title\nBody line.", "text"),
        ("page.txt", STORY_PAGE, "html"),
        ("rows.txt", '{"title": "T", "text": "Body line."}\n', "jsonl"),
        ("feed.txt", RSS, "feed"),
        ("noext", "# T\n\nPublished at: **2020-01-01**\n\nBody line.", "scraper"),
    ],
)
def test_format_is_sniffed_from_content(tmp_path: Path, name: str, content: str, source_format: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    first = next(iter(iter_articles([path])))
    assert isinstance(first, Article) and first.source_format == source_format


def test_folders_are_walked_sorted_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second\nGunmen attacked.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("First\nGunmen attacked again.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden\nNot read.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Git\nNot read.", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "README.md").write_text("Notes\nAbout this folder.", encoding="utf-8")
    (tmp_path / "Makefile").write_text("all:\n\techo", encoding="utf-8")
    titles = [a.title for a in iter_articles([tmp_path])]
    assert titles == ["First", "Second"]


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffTitle\nGunmen attacked.".encode("utf-8"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text("Title\nGunmen attacked.", encoding="utf-16")
    assert [a.title for a in iter_articles([bom, utf16])] == ["Title", "Title"]


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "old.html"
    path.write_bytes(STORY_PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("Musa", "Musá").encode("cp1252"))
    (article,) = read_article(path)
    assert article.author == "Ibrahim Musá"


def test_feed_declared_encoding_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "old.rss"
    latin_feed = RSS.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace("Attack on Djibo", "Attaque à Djibo")
    path.write_bytes(latin_feed.encode("latin-1"))
    first = next(iter(iter_articles([path])))
    assert isinstance(first, Article) and first.title == "Attaque à Djibo"


def test_gzipped_inputs_are_read(tmp_path: Path) -> None:
    import gzip

    rows = tmp_path / "dump.jsonl.gz"
    rows.write_bytes(gzip.compress(b'{"title": "A", "text": "Gunmen attacked Gao."}\n{"title": "B", "text": "Troops left."}\n'))
    story = tmp_path / "story.txt.gz"
    story.write_bytes(gzip.compress("Title C\nGunmen attacked Menaka.".encode("utf-8")))
    (tmp_path / "archive.tar.gz").write_bytes(gzip.compress(b"not an article"))
    assert [a.title for a in iter_articles([tmp_path])] == ["A", "B", "Title C"]


def test_broken_gzip_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage")
    (failure,) = list(iter_articles([path]))
    assert isinstance(failure, ReadFailure) and failure.problem == "not a valid gzip file"
