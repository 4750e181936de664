"""Article ids: stable, content-based, blind to file names and whitespace."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest import article_id, read_article

SENTENCES = st.lists(
    st.text(alphabet=st.characters(categories=("L", "N", "P")), min_size=1, max_size=30),
    min_size=1,
    max_size=8,
)
WHITESPACE = st.text(alphabet=" \t\n\u00a0", min_size=1, max_size=4)


def test_id_is_16_hex_chars() -> None:
    assert re.fullmatch(r"[0-9a-f]{16}", article_id("t", "Gunmen attacked a convoy.", None))


def test_different_text_gives_different_id() -> None:
    assert article_id("t", "Five were killed.", None) != article_id("t", "Six were killed.", None)


def test_title_does_not_change_id_when_there_is_text() -> None:
    assert article_id("One headline", "Body text.", None) == article_id("Another headline", "Body text.", None)


def test_url_decides_when_there_is_no_text() -> None:
    assert article_id("t", "", "https://a.example/1") != article_id("t", "", "https://a.example/2")


@given(words=SENTENCES, gaps=st.lists(WHITESPACE, min_size=8, max_size=8))
def test_whitespace_only_edits_keep_the_id(words: list[str], gaps: list[str]) -> None:
    single_spaced = " ".join(words)
    respaced = "".join(word + gap for word, gap in zip(words, gaps))
    assert article_id("t", respaced, None) == article_id("t", single_spaced, None)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.from_regex(r"[a-z][a-z0-9_-]{0,20}", fullmatch=True))
def test_id_is_independent_of_file_name(name: str, wire_story_path: Path, tmp_path_factory) -> None:
    copy = tmp_path_factory.mktemp("copy") / f"{name}.txt"
    shutil.copyfile(wire_story_path, copy)
    assert read_article(copy)[0].id == read_article(wire_story_path)[0].id


def test_junk_lines_do_not_change_the_id(wire_story_raw: str, tmp_path: Path) -> None:
    original = tmp_path / "a.txt"
    original.write_text(wire_story_raw, encoding="utf-8")
    more_views = tmp_path / "b.txt"
    more_views.write_text(wire_story_raw.replace("Post Views: 915", "Post Views: 1,022"), encoding="utf-8")
    assert read_article(original)[0].id == read_article(more_views)[0].id
