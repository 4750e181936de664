"""Communal, ethnic and clan militias ACLED names after their community: "Tiv Ethnic Militia (Nigeria)",
"Kaduna Communal Militia (Nigeria)", "Hawadle Clan Militia (Somalia)".

The names come from the training file's actor table (``acled_actor_names.tsv``, rebuilt by
``build_actor_names``); each becomes a dictionary entry whose phrases ("Tiv militiamen", "Kaduna communal
militias", "Pokot pastoralists", "Hawadle clan fighters") hold only in the militia's own country. Before, these
were read as an unnamed communal militia or an unidentified armed group (train: 617 attacks and 890 clash sides
led by a named community militia were missed that way).
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping, Sequence

COMMUNITY_MILITIA = re.compile(r"^(?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) (?P<kind>Ethnic|Communal|Clan|Sub-Clan|"
                               r"Tribal) Militia \((?P<country>[^)]+)\)$")
# A name must carry this many training rows: one-off names are often a single village's, rarely named again.
MIN_COMMUNITY_ROWS = 2
# What follows the community's name when its fighters are meant. Ethnic names also stand before the words for
# herders and raiders ("Pokot pastoralists", "Fulani herdsmen": train notes name 180 and 102 such militias so).
_MILITIA_WORDS = ("militia", "militias", "militiamen", "fighters", "gunmen")
_EXTRA_WORDS = {
    "Ethnic": ("ethnic militia", "ethnic militias", "youths", "herdsmen", "herders", "pastoralists", "raiders",
               "attackers", "assailants", "bandits",
               # news prose: "armed Murle youth", "Misseriya tribesmen" ("militants" is left out: "Somali
               # militants" in Kenya are Al Shabaab's, not the Somali Ethnic Militia)
               "youth", "armed youth", "armed youths", "tribesmen"),
    "Communal": ("communal militia", "communal militias", "communal militiamen", "community militia"),
    "Clan": ("clan militia", "clan militias", "clan militiamen", "clan fighters", "clan gunmen"),
    "Sub-Clan": ("sub-clan militia", "sub-clan militias", "clan militia", "clan militias", "clan fighters"),
    "Tribal": ("tribal militia", "tribal militias", "tribal fighters", "tribesmen", "tribal gunmen"),
}


def community_militia_entries(rows: Iterable[tuple[str, str, str, int]], known: set[str],
                              aliases: Mapping[str, Sequence[str]] | None = None) -> list[dict]:
    """Dictionary entries (as in ``named_actors.yaml``) for the community militias of the training names table:
    ``rows`` are (name, inter, country, count); names in ``known`` (written by hand) are left to their entry;
    ``aliases``: other names of a militia, by its name ("White Army")."""
    entries = []
    taken: set[tuple[str, str]] = set()  # (community, country): "Borana" names one militia in Kenya, the commonest
    for name, inter, country, count in sorted(rows, key=lambda row: -row[3]):
        match = COMMUNITY_MILITIA.match(name)
        if match is None or count < MIN_COMMUNITY_ROWS or match["who"] == "Unidentified":
            continue
        if match["country"] != country or not inter.isdigit() or (match["who"], country) in taken:
            continue
        taken.add((match["who"], country))
        if name not in known:
            phrases = [f"{match['who']} {word}" for word in (*_MILITIA_WORDS, *_EXTRA_WORDS[match["kind"]])]
            entries.append({"name": name, "inter": int(inter), "countries": [country], "context": phrases,
                            "aliases": list((aliases or {}).get(name, ()))})
    return entries
