"""Round twenty of actor quality: kinds of actor error counted on news-actors12's dev part (the Middle East's and
the Horn's conflicts, sides named by a unit or an office, victims named by role, later claims, cross-border
strikes), each fixed through a general reading, with tables of sentences written for these tests (modelled on real
events; none taken from a data set) and near-twins that must keep their reading."""

from __future__ import annotations

import json
from pathlib import Path

SET = Path(__file__).resolve().parents[2] / "benchmarks" / "actors" / "news-actors12.jsonl"


# ---------------------------------------------------------------- the set
def test_news_actors12_is_sixty_passages_with_a_held_third():
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 60 and len({r["id"] for r in rows}) == 60
    for row in rows:
        assert row["text"] and row["actor1"] and row["sub_event_type"]
        assert row["inter1"] in range(1, 9) and (row["inter2"] or 0) in range(0, 9)
        assert "2018" <= row["published_at"][:4] <= "2025"
    held = [r for i, r in enumerate(rows, 1) if i % 3 == 0]
    assert len(held) == 20
