"""Write gold for news-nonevent11: 22 stories with no codable event and 8 twins with exactly one.

    python benchmarks/news-nonevent11/make_gold.py

Writes `gold.jsonl` (all 30), `gold-dev.jsonl` and `gold-held.jsonl`. The held part is every third id in order
(ne11-001 ... ne11-022, then tw11-001 ... tw11-008: the 3rd, 6th, 9th, ...), fixed before the first run. The coding
is here, one `kind` per story and one `reason` per twin event, so a reviewer can argue with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import non_event_gold_rows, write_split_gold  # noqa: E402

NON_EVENT_STORIES = [
    ("ne11-001", "2024-10-15", "security analysis: a think tank lists past attacks as examples (Sahel, coastal states)"),
    ("ne11-002", "2024-11-04", "armed group's threat: an audio message vows attacks on elections, 2022 retold (Somalia)"),
    ("ne11-003", "2024-05-14", "military exercise: Flintlock opens, a mock assault, a 2021 attack retold (Cote d'Ivoire)"),
    ("ne11-004", "2024-02-06", "troop deployment announced: 2,000 soldiers and new bases, Christmas Eve retold (Nigeria)"),
    ("ne11-005", "2024-09-06", "sanctions: two commanders listed for a siege and 2023 killings (Sudan, Darfur)"),
    ("ne11-006", "2024-08-27", "bounty: rewards for two leaders, a 2016 kidnapping and 2017 assault cited (Mali)"),
    ("ne11-007", "2024-06-18", "kidnapping-for-ransom explainer: a year's ransoms, Kuriga and a 2022 train (Nigeria)"),
    ("ne11-008", "2024-03-12", "court case about old attacks: the 2021 Kampala bombings trial resumes (Uganda)"),
    ("ne11-009", "2024-08-30", "aid convoy and humanitarian access: trucks reach a famine camp (Sudan, North Darfur)"),
    ("ne11-010", "2024-04-16", "refugees' testimonies of 2023 killings, told in the first person (Chad, Sudan)"),
    ("ne11-011", "2024-11-22", "crime statistics: a quarter's murders by province (South Africa)"),
    ("ne11-012", "2024-10-16", "sport in a conflict zone: a football win abroad, a father killed last year (Sudan)"),
    ("ne11-013", "2024-07-03", "culture in a conflict zone: a book fair, last summer's restaurant attack (Somalia)"),
    ("ne11-014", "2025-03-05", "designation: a group listed as terrorist, its ship attacks since 2023 (Yemen, US)"),
    ("ne11-015", "2025-01-09", "troop deployment announced: a contingent for a new AU mission (Egypt, Somalia)"),
    ("ne11-016", "2023-06-01", "military drill: a war simulated, a rival's mock raid, April's fire retold (Israel)"),
    ("ne11-017", "2023-12-14", "armed group's threat: a leader's vow on ships, last month's seizure retold (Yemen)"),
    ("ne11-018", "2023-10-20", "court case about old attacks: death sentences for a 2015 hotel attack (Mali, Bamako)"),
    ("ne11-019", "2025-03-24", "security analysis: four years after Palma, raids named by year (Mozambique)"),
    ("ne11-020", "2025-01-28", "crime statistics: a year's murders and kidnappings by ministry (Iraq)"),
    ("ne11-021", "2024-06-26", "troop withdrawal: peacekeepers hand over bases, 2022 protests retold (DR Congo)"),
    ("ne11-022", "2023-11-06", "sport in a conflict zone: a cycling race under escort, the insurgency told (Burkina)"),
]

# Half the twins tell their event in the lead (001, 003, 005, 007), half only in the body (002, 004, 006, 008).
TWIN_EVENTS = {
    "tw11-001": ("2024-06-11", "twin of a security analysis, event in the lead: an army post attacked", {
        "event_date": "2024-06-10", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "Unidentified Armed Group (Benin)",
        "actor2": "Military Forces of Benin (2016-)", "country": "Benin", "admin1": "Alibori", "location": "Karimama",
        "latitude": 12.0684, "longitude": 3.1844, "fatalities": 6,
        "reason": "Monday's attack on an army post near Karimama, a two-hour gun battle, six soldiers killed",
    }),
    "tw11-002": ("2024-09-10", "twin of an armed group's threat, event in the body: a convoy ambushed", {
        "event_date": "2024-09-07", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "JNIM: Group for Support of Islam and Muslims",
        "actor2": "Military Forces of Mali (2021-)", "country": "Mali", "admin1": "Kayes", "location": "Diema",
        "latitude": 14.54, "longitude": -9.1921, "fatalities": 4,
        "reason": "Saturday's ambush of an escorted tanker convoy near Diéma, an hour's fight, four soldiers killed",
    }),
    "tw11-003": ("2024-03-19", "twin of a military exercise, event in the lead: an army position attacked", {
        "event_date": "2024-03-17", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "Unidentified Armed Group (Niger)",
        "actor2": "Military Forces of Niger (2023-)", "country": "Niger", "admin1": "Tillaberi", "location": "Tera",
        "latitude": 14.00776, "longitude": 0.75306, "fatalities": 25,
        "reason": "Sunday's attack on an army position near Téra, 5 soldiers and about 20 assailants killed",
    }),
    "tw11-004": ("2024-10-15", "twin of sanctions, event in the body: a displacement camp shelled", {
        "event_date": "2024-10-13", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack", "actor1": "RSF: Rapid Support Forces",
        "actor2": "Civilians (Sudan)", "country": "Sudan", "admin1": "North Darfur", "location": "Abu Shouk",
        "latitude": 13.66, "longitude": 25.33, "fatalities": 8,
        "reason": "Sunday's RSF shelling of the Abu Shouk camp's market and shelters, eight killed",
    }),
    "tw11-005": ("2024-06-04", "twin of a kidnapping explainer, event in the lead: travellers abducted", {
        "event_date": "2024-06-03", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Abduction/forced disappearance", "actor1": "Unidentified Armed Group (Nigeria)",
        "actor2": "Civilians (Nigeria)", "country": "Nigeria", "admin1": "Kaduna", "location": "Kajuru",
        "latitude": 10.32281, "longitude": 7.68462, "fatalities": 0,
        "reason": "Monday evening's abduction of 18 bus passengers on a road near Kajuru, ransom demanded",
    }),
    "tw11-006": ("2024-09-26", "twin of a court case, event in the body: a police post attacked", {
        "event_date": "2024-09-24", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "Al Shabaab", "actor2": "Police Forces of Kenya (2022-)",
        "country": "Kenya", "admin1": "Mandera", "location": "El Wak", "latitude": 2.80922,
        "longitude": 40.92885, "fatalities": 2,
        "reason": "Tuesday's al-Shabaab attack on the El Wak police post, an hour's exchange of fire, two officers killed",
    }),
    "tw11-007": ("2024-12-03", "twin of an aid convoy story, event in the lead: the convoy fired on", {
        "event_date": "2024-12-01", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Sudan)", "actor2": "Civilians (Sudan)",
        "country": "Sudan", "admin1": "North Kordofan", "location": "Bara", "latitude": 13.7,
        "longitude": 30.36667, "fatalities": 3,
        "reason": "Sunday's shooting at a WFP convoy near Bara, three drivers killed, trucks looted",
    }),
    "tw11-008": ("2024-11-25", "twin of crime statistics, event in the body: a tavern shooting", {
        "event_date": "2024-11-23", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (South Africa)",
        "actor2": "Civilians (South Africa)", "country": "South Africa", "admin1": "Eastern Cape",
        "location": "Gqeberha", "latitude": -33.96109, "longitude": 25.61494, "fatalities": 5,
        "reason": "Saturday night's shooting at a tavern in Gqeberha's northern areas, five killed",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    write_split_gold(HERE, gold_rows())


if __name__ == "__main__":
    main()
