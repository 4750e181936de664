"""Bad input never stops a batch: each problem becomes one ReadFailure with a clear line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import ArticleFormatError
from eventwire.ingest import iter_articles, read_article
from eventwire.records import Article, ReadFailure

GOOD_STORY = "Gunmen attack convoy near Gao\nGunmen attacked a supply convoy near Gao on Monday, the army said.\n"


def _failures(*paths: Path) -> list[ReadFailure]:
    return [entry for entry in iter_articles(list(paths)) if isinstance(entry, ReadFailure)]


BAD_FILES = [
    # file name, content, expected problem
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\n", "empty file"),
    ("binary.txt", b"\x00\x01\x02\x03GIF junk", "binary file"),
    ("report.pdf.txt", b"%PDF-1.7\n%\xe2\xe3", "binary file (PDF)"),
    ("latin1.txt", "Attaque à Ségou\nDes hommes armés".encode("latin-1"), "not UTF-8 text (byte 0xe0 at offset 8)"),
    ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found in the HTML page"),
    ("only-junk.txt", b"Title\nADVERTISEMENT\nPost Views: 12\n", "no article text left after removing boilerplate"),
    ("broken.xml", b"<rss><channel><item><title>x</title>", "invalid XML"),
    ("not-a-feed.xml", b"<?xml version='1.0'?><catalog><book/></catalog>", "not an RSS or Atom feed (root element <catalog>)"),
    ("broken.json", b"{\"title\": ", "invalid JSON"),
]


@pytest.mark.parametrize(("name", "content", "problem"), BAD_FILES)
def test_bad_file_becomes_one_failure(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (failure,) = _failures(path)
    assert failure.path == str(path)
    assert problem in failure.problem
    assert "\n" not in failure.problem


@pytest.mark.parametrize(("name", "content", "problem"), BAD_FILES)
def test_read_article_raises_the_same_problem(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ArticleFormatError) as caught:
        read_article(path)
    assert problem in str(caught.value)


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert _failures(missing) == [ReadFailure(str(missing), "no such file")]
    with pytest.raises(ArticleFormatError, match="no such file"):
        read_article(missing)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GOOD_STORY, encoding="utf-8")
    path.chmod(0)
    try:
        (failure,) = _failures(path)
    finally:
        path.chmod(0o644)
    assert failure.problem == "cannot read file (permission denied)"


def test_malformed_jsonl_lines_fail_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_bytes(
        b'{"title": "A", "text": "Gunmen attacked Gao."}\n'
        b'{"title": "B", "text": \n'
        b'\n'
        b'{"title": "C"}\n'
        b'{"title": "D", "text": "Caf\xe9 bombed."}\n'
        b'[1, 2]\n'
        b'{"title": "E", "text": "Troops retook Menaka."}\n'
    )
    entries = list(iter_articles([path]))
    assert [e.title for e in entries if isinstance(e, Article)] == ["A", "E"]
    failures = {e.path: e.problem for e in entries if isinstance(e, ReadFailure)}
    assert failures[f"{path}:2"].startswith("line 2: invalid JSON: ")
    assert failures[f"{path}:4"].startswith("line 4: no article text")
    assert failures[f"{path}:5"] == "line 5: not UTF-8 text (byte 0xe9 at offset 27)"
    assert failures[f"{path}:6"] == "line 6: expected a JSON object, got list"


def test_empty_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert _failures(path) == [ReadFailure(str(path), "empty file")]


def test_batch_goes_on_after_failures(tmp_path: Path) -> None:
    bad = tmp_path / "a_bad.txt"
    bad.write_bytes(b"\xff\xfeabc\x00\x00")
    good = tmp_path / "b_good.txt"
    good.write_text(GOOD_STORY, encoding="utf-8")
    entries = list(iter_articles([tmp_path / "missing", tmp_path]))
    assert [type(e).__name__ for e in entries] == ["ReadFailure", "ReadFailure", "Article"]


def test_folder_without_article_files(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (failure,) = _failures(tmp_path)
    assert failure.problem.startswith("no article files in folder")


def test_permission_error_is_reported_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GOOD_STORY, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (failure,) = _failures(path)
    assert failure.problem == "cannot read file (permission denied)"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(lambda s: s.encode("utf-8")),
        st.sampled_from([b"<html><body>", b"<rss>", b'{"text": 5}', b"# \n\nPublished at: **x**", b"<feed/>"]),
    ),
    suffix=st.sampled_from([".txt", ".html", ".jsonl", ".json", ".xml", ".atom", "", ".jsonl.gz", ".txt.gz"]),
)
def test_arbitrary_bytes_never_raise(content: bytes, suffix: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(content)
    for entry in iter_articles([path]):
        assert isinstance(entry, (Article, ReadFailure))
        if isinstance(entry, ReadFailure):
            assert entry.problem and "\n" not in entry.problem
