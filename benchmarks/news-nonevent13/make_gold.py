"""Write gold for news-nonevent13: 22 stories with no codable event and 8 twins with exactly one.

    python benchmarks/news-nonevent13/make_gold.py

Writes `gold.jsonl` (all 30), `gold-dev.jsonl` and `gold-held.jsonl`. The held part is every third id in order
(ne13-001 ... ne13-022, then tw13-001 ... tw13-008: the 3rd, 6th, 9th, ...), fixed before the first run. The coding
is here, one `kind` per story and one `reason` per twin event, so a reviewer can argue with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import non_event_gold_rows, write_split_gold  # noqa: E402

NON_EVENT_STORIES = [
    ("ne13-001", "2024-10-09", "sentencing for a 2019 hotel siege, the siege and older attacks retold (Kenya)"),
    ("ne13-002", "2024-03-13", "terrorism trial resumes over a 2022 church attack, arrests retold (Nigeria)"),
    ("ne13-003", "2024-09-06", "sanctions on two commanders accused of killings and burnings since the spring (Sudan)"),
    ("ne13-004", "2025-02-26", "UN sanctions listing of two financiers, bombings and towns regained retold (Somalia)"),
    ("ne13-005", "2024-11-20", "aid group suspends work 'after repeated attacks on staff', no act dated (Sudan)"),
    ("ne13-006", "2025-05-14", "food agency pauses distributions after convoy attacks, lorries 'stopped and looted' (Nigeria)"),
    ("ne13-007", "2025-01-20", "army day parade of drones and armour, a raid last September retold (Mali)"),
    ("ne13-008", "2022-10-25", "recruitment drive for civilian volunteers, a coup and ambushes retold (Burkina Faso)"),
    ("ne13-009", "2024-05-15", "multinational exercise: mock village stormed, live-fire drills (Ivory Coast)"),
    ("ne13-010", "2024-06-11", "combat drones delivered, strikes on markets alleged in general (Mali)"),
    ("ne13-011", "2025-04-22", "missile sale approved, a truce declared over in 2020 and attacks claimed (Morocco)"),
    ("ne13-012", "2024-10-03", "explainer 'What we know about' a siege: its months retold (Sudan)"),
    ("ne13-013", "2024-10-05", "timeline of an insurgency, 2017-2024 (Mozambique)"),
    ("ne13-014", "2025-08-24", "anniversary: a year after a massacre, 'One year ago on Sunday' (Burkina Faso)"),
    ("ne13-015", "2024-10-14", "anniversary: seven years since a truck bombing, laid wreaths (Somalia)"),
    ("ne13-016", "2024-07-02", "travel advisory: terrorism and kidnapping threat, old raids retold (Kenya)"),
    ("ne13-017", "2025-02-04", "travel advisory: red zone extended, soldiers lost 'most recently last month' (Benin)"),
    ("ne13-018", "2025-05-19", "football: 'stormed to a 4-0 victory', 'a massacre at the stadium' (Mauritania, Sudan)"),
    ("ne13-019", "2024-08-01", "markets: 'a bloodbath on the floor', 'slaughtered', protests due (Nigeria)"),
    ("ne13-020", "2025-06-12", "parliament: senators 'shot down' a bill, 'ambush', 'raid', 'war' (Kenya)"),
    ("ne13-021", "2024-10-17", "accident: a fuel tanker explosion kills more than 170 (Nigeria)"),
    ("ne13-022", "2025-01-31", "disaster: an artisanal gold mine collapses, 48 dead (Mali)"),
]

# Half the twins tell their event in the lead (001, 003, 005, 007), half only in the body (002, 004, 006, 008).
TWIN_EVENTS = {
    "tw13-001": ("2024-11-13", "twin of a sentencing story, event in the lead: a car bomb outside the court", {
        "event_date": "2024-11-12", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED", "actor1": "Al Shabaab", "actor2": "Civilians (Somalia)",
        "country": "Somalia", "admin1": "Banadir", "location": "Mogadishu", "latitude": 2.03711,
        "longitude": 45.34375, "fatalities": 5,
        "reason": "Tuesday's parked car bomb at a military court's gate in Hodan, five killed, claimed by al-Shabaab",
    }),
    "tw13-002": ("2024-10-15", "twin of a sanctions story, event in the body: drones strike a market", {
        "event_date": "2024-10-13", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "actor1": "RSF: Rapid Support Forces", "actor2": "Civilians (Sudan)",
        "country": "Sudan", "admin1": "North Kordofan", "location": "El Obeid", "latitude": 13.18421,
        "longitude": 30.21669, "fatalities": 8,
        "reason": "Sunday's RSF drones on a crowded market in El Obeid, eight killed",
    }),
    "tw13-003": ("2025-03-10", "twin of an aid suspension, event in the lead: two aid workers shot dead", {
        "event_date": "2025-03-08", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Nigeria)", "actor2": "Civilians (Nigeria)",
        "country": "Nigeria", "admin1": "Borno", "location": "Dikwa", "latitude": 12.03609, "longitude": 13.91815,
        "fatalities": 2, "reason": "Saturday evening's shooting of a nurse and a nutrition officer at a clinic in Dikwa",
    }),
    "tw13-004": ("2024-09-20", "twin of a recruitment drive, event in the body: an army patrol ambushed", {
        "event_date": "2024-09-17", "time_precision": 1, "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor1": "Unidentified Armed Group (Niger)", "actor2": "Military Forces of Niger", "country": "Niger",
        "admin1": "Tillaberi", "location": "Tera", "latitude": 14.00776, "longitude": 0.75306, "fatalities": 10,
        "reason": "Tuesday's ambush of an army patrol near Tera, ten soldiers killed (attackers' losses uncounted)",
    }),
    "tw13-005": ("2024-07-16", "twin of an arms delivery, event in the lead: the new drones strike a camp", {
        "event_date": "2024-07-14", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Mali",
        "actor2": "JNIM: Group for Support of Islam and Muslims", "country": "Mali", "admin1": "Tombouctou",
        "location": "Lere", "latitude": 15.72, "longitude": -4.915, "fatalities": 12,
        "reason": "Sunday's army drone strike on a JNIM camp near Léré, 12 fighters killed (army's claim)",
    }),
    "tw13-006": ("2024-06-10", "twin of an explainer, event in the body: shells on a hospital", {
        "event_date": "2024-06-08", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack", "actor1": "RSF: Rapid Support Forces",
        "actor2": "Civilians (Sudan)", "country": "Sudan", "admin1": "North Darfur", "location": "El Fasher",
        "latitude": 13.62793, "longitude": 25.34936, "fatalities": 10,
        "reason": "Saturday's RSF shells on the Saudi hospital, nine patients and a relative killed",
    }),
    "tw13-007": ("2025-01-09", "twin of a travel advisory, event in the lead: gunmen fire on a bus", {
        "event_date": "2025-01-07", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Al Shabaab", "actor2": "Civilians (Kenya)", "country": "Kenya",
        "admin1": "Lamu", "location": "Witu", "latitude": -2.38892, "longitude": 40.43827, "fatalities": 3,
        "reason": "Tuesday's shooting of bus passengers near Witu, three killed, blamed by police on al-Shabaab",
    }),
    "tw13-008": ("2024-09-23", "twin of a flood story, event in the body: farmers attacked", {
        "event_date": "2024-09-19", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        "actor2": "Civilians (Nigeria)", "country": "Nigeria", "admin1": "Borno", "location": "Konduga",
        "latitude": 11.65331, "longitude": 13.41787, "fatalities": 5,
        "reason": "Thursday's attack by suspected Boko Haram fighters on farmers near Konduga, five killed",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    write_split_gold(HERE, gold_rows())


if __name__ == "__main__":
    main()
