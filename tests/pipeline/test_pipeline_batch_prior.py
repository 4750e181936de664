"""A batch's outlet prior: stories of one outlet that name their country lend it to a story that does not."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from eventwire.pipeline import Toolkit, extract_paths

OUTLET = "Kantigui Hebdo"  # an invented local outlet: no shipped prior, only the batch can give one

STORIES = {
    "a.txt": "On 4 March 2020, Burkinabe soldiers repelled an attack by suspected JNIM militants on their "
             "post in Djibo, Soum province, Burkina Faso. Two soldiers were killed.",
    "b.txt": "On 6 March 2020, gunmen killed three civilians at a gold mining site near Arbinda in "
             "Burkina Faso. The attackers fled on motorbikes.",
    "c.txt": "On 9 March 2020, unidentified gunmen attacked the village of Zqxwobougou and killed four "
             "herders, according to local residents.",
}


def write_story(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(
        f"# {body[:40]}…\n\nPublished at: **2020-03-10T18:00:00+00:00**\n\nAuthor: **{OUTLET}**\n\n"
        f"Original: [{OUTLET}](https://example.org/{name})\n\n\n        {body}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def toolkit() -> Toolkit:
    return Toolkit.load()


def countries_by_file(events) -> dict[str, set]:
    found: dict[str, set] = {}
    for event in events:
        record = event.to_record()
        found.setdefault(Path(record["sources"][0]["path"]).name, set()).add(record.get("country"))
    return found


def test_a_story_naming_only_an_unknown_village_takes_its_outlet_country(tmp_path, toolkit):
    for name, body in STORIES.items():
        write_story(tmp_path, name, body)
    found = countries_by_file(extract_paths([tmp_path], toolkit=toolkit, merge=False))
    assert found.get("c.txt") == {"Burkina Faso"}


def test_alone_the_same_story_gets_no_country(tmp_path, toolkit):
    write_story(tmp_path, "c.txt", STORIES["c.txt"])
    found = countries_by_file(extract_paths([tmp_path], toolkit=toolkit, merge=False))
    assert "Burkina Faso" not in found.get("c.txt", set())


def test_the_batch_prior_does_not_depend_on_the_order_of_the_files(tmp_path, toolkit):
    for name, body in STORIES.items():
        write_story(tmp_path, name, body)
    paths = sorted(tmp_path.iterdir())
    shuffled = list(paths)
    random.Random(7).shuffle(shuffled)
    records = lambda ps: sorted(e.to_record()["event_id"] + str(e.to_record().get("country")) for e in extract_paths(ps, toolkit=toolkit, merge=False))
    assert records(paths) == records(shuffled)
