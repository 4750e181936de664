"""Write gold.jsonl for news-nonevent4: 20 stories with no codable event and 5 twins with exactly one.

    python benchmarks/news-nonevent4/make_gold.py

The coding is here, one `kind` per story and one `reason` per twin event, so a reviewer can argue with it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import non_event_gold_rows  # noqa: E402

NON_EVENT_STORIES = [
    ("ne4-001", "2019-11-27", "death sentences over a café siege of 2016 (Bangladesh, Dhaka)"),
    ("ne4-002", "2024-04-21", "fifth anniversary of the Easter bombings (Sri Lanka, Colombo, Negombo)"),
    ("ne4-003", "2022-08-19", "truth commission report on students disappeared in 2014 (Mexico, Iguala)"),
    ("ne4-004", "2023-01-12", "a year's tally of killed social leaders and massacres (Colombia)"),
    ("ne4-005", "2023-09-04", "multinational military exercise opens, live fire foretold (Egypt, Bright Star)"),
    ("ne4-006", "2023-07-28", "military parade of missiles and drones (North Korea, Pyongyang)"),
    ("ne4-007", "2021-05-04", "fighter-jet purchase, past strikes and leaks retold (Egypt, France)"),
    ("ne4-008", "2022-10-25", "peace talks open while the war is told in summary (Ethiopia, Tigray)"),
    ("ne4-009", "2021-10-08", "election campaign ends under security warnings (Iraq)"),
    ("ne4-010", "2023-11-02", "refugees expelled, past violence and an earthquake retold (Pakistan, Afghanistan)"),
    ("ne4-011", "2023-07-11", "aid crossing closes after a UN veto, bombardment retold (Syria, Idlib)"),
    ("ne4-012", "2019-08-16", "film review of a guerrilla war film (Colombia, Monos)"),
    ("ne4-013", "2022-06-10", "book review of an interpreter's war memoir (Afghanistan)"),
    ("ne4-014", "2022-12-11", "football report full of war words, fans celebrating (Morocco, Portugal, Doha)"),
    ("ne4-015", "2024-10-03", "business story told as a price war (Nigeria, Dangote refinery)"),
    ("ne4-016", "2022-10-06", "travel advisory listing kidnappings and shootouts (Mexico)"),
    ("ne4-017", "2023-07-31", "ultimatum and threat of force after a coup, sanctions (ECOWAS, Niger)"),
    ("ne4-018", "2023-11-07", "hostage negotiations over an undated abduction (Colombia, ELN, Díaz)"),
    ("ne4-019", "2023-01-27", "international court lets an investigation resume (Philippines, drug war)"),
    ("ne4-020", "2024-05-31", "UN arms embargo renewed, war and abuses summarised (South Sudan)"),
]

TWIN_EVENTS = {
    "tw4-001": ("2019-12-20", "twin of a court-verdict story: one ambush of an army patrol", {
        "event_date": "2019-12-18", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "BIFF: Bangsamoro Islamic Freedom Fighters",
        "actor2": "Military Forces of the Philippines", "country": "Philippines",
        "location": "Datu Saudi Ampatuan", "latitude": 6.93, "longitude": 124.44, "fatalities": 2,
        "reason": "Wednesday's BIFF ambush of an army patrol near Datu Saudi Ampatuan, two soldiers killed",
    }),
    "tw4-002": ("2024-02-27", "twin of a military-exercise story: one roadside bomb on a patrol", {
        "event_date": "2024-02-26", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED", "actor1": "Unidentified Armed Group (Thailand)",
        "actor2": "Military Forces of Thailand", "country": "Thailand", "admin1": "Narathiwat",
        "location": "Rueso", "latitude": 6.40, "longitude": 101.52, "fatalities": 0,
        "reason": "Monday's motorcycle bomb on a ranger patrol in Rueso, three wounded, unclaimed",
    }),
    "tw4-003": ("2023-04-26", "twin of a peace-talks story: one clash with rebels", {
        "event_date": "2023-04-24", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "Military Forces of Ethiopia",
        "actor2": "OLA: Oromo Liberation Army", "country": "Ethiopia", "admin1": "Oromia",
        "location": "Gimbi", "latitude": 9.17, "longitude": 35.83, "fatalities": 6,
        "reason": "Monday's clash between the army and the OLA near Gimbi, at least six fighters killed",
    }),
    "tw4-004": ("2022-08-10", "twin of an aid story: one beheading of farmers by insurgents", {
        "event_date": "2022-08-08", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Islamic State (Mozambique)",
        "actor2": "Civilians (Mozambique)", "country": "Mozambique", "admin1": "Cabo Delgado",
        "location": "Macomia", "latitude": -12.25, "longitude": 40.12, "fatalities": 2,
        "reason": "Monday's raid on a village of Macomia district, two farmers beheaded",
    }),
    "tw4-005": ("2024-04-20", "twin of an election story with security warnings: shots at a polling station", {
        "event_date": "2024-04-19", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (India)",
        "actor2": "Civilians (India)", "country": "India", "admin1": "Manipur",
        "location": "Moirang", "latitude": 24.50, "longitude": 93.77, "fatalities": 0,
        "reason": "Friday's shots at a polling station in Moirang, one voter wounded",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    lines = (json.dumps(row, ensure_ascii=False) for row in gold_rows())
    (HERE / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
