"""Write gold for news-nonevent8: 24 stories with no codable event and 8 twins with exactly one.

    python benchmarks/news-nonevent8/make_gold.py

Writes `gold.jsonl` (all 32), `gold-dev.jsonl` and `gold-held.jsonl`. The held part is every third id in order
(ne8-001 ... ne8-024, then tw8-001 ... tw8-008: the 3rd, 6th, 9th, ...), fixed before the first run. The coding is
here, one `kind` per story and one `reason` per twin event, so a reviewer can argue with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import non_event_gold_rows, write_split_gold  # noqa: E402

NON_EVENT_STORIES = [
    ("ne8-001", "2023-07-01", "road crash: a lorry ploughs into a market junction, 52 dead (Kenya, Londiani)"),
    ("ne8-002", "2021-12-30", "mine collapse: a disused gold mine caves in, 38 dead (Sudan, West Kordofan)"),
    ("ne8-003", "2024-10-05", "boat capsizing: an overloaded ferry sinks off a port in a war province (DR Congo, Goma)"),
    ("ne8-004", "2024-03-01", "short item, fire: a restaurant building burns, 46 dead (Bangladesh, Dhaka)"),
    ("ne8-005", "2024-07-03", "stampede: a crush at a preacher's gathering, 121 dead, a culpable-homicide case (India)"),
    ("ne8-006", "2023-09-14", "flood: dams burst, thousands dead, a divided country's war cited (Libya, Derna)"),
    ("ne8-007", "2024-11-01", "murder trial: hitmen jailed for a 2018 political killing (Brazil, Rio de Janeiro)"),
    ("ne8-008", "2023-06-14", "short item, robbery: a cash van blown open on a highway, no one hurt (South Africa)"),
    ("ne8-009", "2024-01-09", "drug seizure: a record cocaine haul, arrests, gang murders as context (Ecuador)"),
    ("ne8-010", "2023-02-15", "health: a cholera outbreak's toll since last year (Malawi)"),
    ("ne8-011", "2023-09-05", "short item, food aid: rations cut for lack of funds (Afghanistan)"),
    ("ne8-012", "2024-06-20", "refugees: arrivals from a war, a refugee's flight retold (Chad, Sudan)"),
    ("ne8-013", "2022-07-28", "arms deal: tanks, howitzers and jets bought abroad (Poland, South Korea)"),
    ("ne8-014", "2023-04-10", "military drills: simulated strikes around an island, no confrontation (China, Taiwan)"),
    ("ne8-015", "2024-11-08", "short item, troop rotation: peacekeepers relieved (Ireland, Lebanon)"),
    ("ne8-016", "2023-08-01", "a general's visit: talks on a drawdown, border raids cited without a day (USA, Kenya)"),
    ("ne8-017", "2020-06-28", "election results: a rerun won by the opposition, claims of intimidation (Malawi)"),
    ("ne8-018", "2024-07-02", "short item, coalition talks: two parties agree a new government (Nepal)"),
    ("ne8-019", "2024-04-06", "feature: a genocide survivor retells a 1994 church massacre (Rwanda)"),
    ("ne8-020", "2024-08-03", "feature: a survivor of 2014 captivity, ten years on (Iraq, Sinjar)"),
    ("ne8-021", "2025-02-11", "short item, road crash: a bus falls from a bridge, 55 dead (Guatemala)"),
    ("ne8-022", "2024-01-25", "short item, court: a death sentence for a 2019 arson that killed 36 (Japan, Kyoto)"),
    ("ne8-023", "2024-03-28", "short item, humanitarian: a hunger report blaming gang violence (Haiti)"),
    ("ne8-024", "2024-01-27", "short item, arms sale: fighter jets approved after a NATO vote (USA, Turkey)"),
]

# Half the twins tell their event in the lead (001, 003, 005, 007), half only in the body (002, 004, 006, 008).
TWIN_EVENTS = {
    "tw8-001": ("2024-09-16", "twin of a flood story, event in the lead: six farmers shot", {
        "event_date": "2024-09-15", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        "actor2": "Civilians (Nigeria)", "country": "Nigeria", "admin1": "Borno", "location": "Mafa",
        "latitude": 11.924, "longitude": 13.6, "fatalities": 6,
        "reason": "Sunday's shooting of six bean farmers near Mafa by suspected Boko Haram fighters",
    }),
    "tw8-002": ("2023-01-17", "twin of a cholera story, event in the body: one village raid", {
        "event_date": "2023-01-12", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "ADF: Allied Democratic Forces",
        "actor2": "Civilians (Democratic Republic of Congo)", "country": "Democratic Republic of Congo",
        "admin1": "Nord-Kivu", "location": "Mamove", "latitude": 0.67, "longitude": 29.53, "fatalities": 9,
        "reason": "Thursday night's ADF raid on Mamove, Beni territory, nine civilians killed",
    }),
    "tw8-003": ("2024-10-22", "twin of an election-results story, event in the lead: one protest dispersed", {
        "event_date": "2024-10-21", "time_precision": 1, "event_type": "Protests",
        "sub_event_type": "Protest with intervention", "actor1": "Protesters (Mozambique)",
        "actor2": "Police Forces of Mozambique (1990-)", "country": "Mozambique", "admin1": "Maputo City",
        "location": "Maputo", "latitude": -25.9653, "longitude": 32.5892, "fatalities": 0,
        "reason": "Monday's opposition protest in central Maputo broken up with tear gas, arrests",
    }),
    "tw8-004": ("2023-03-14", "twin of a general's-visit story, event in the body: one base attacked", {
        "event_date": "2023-03-12", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "Al Shabaab", "actor2": "Military Forces of Somalia (2022-)",
        "country": "Somalia", "admin1": "Hiraan", "location": "Mahas", "latitude": 4.4, "longitude": 45.2,
        "fatalities": 5, "reason": "Sunday's al-Shabaab attack on the army base at Mahas, five soldiers killed",
    }),
    "tw8-005": ("2019-03-12", "twin of a crime story, event in the lead: one mob killing", {
        "event_date": "2019-03-11", "time_precision": 1, "event_type": "Riots",
        "sub_event_type": "Mob violence", "actor1": "Rioters (Kenya)", "actor2": "Civilians (Kenya)",
        "country": "Kenya", "admin1": "Kisii", "location": "Kisii", "latitude": -0.6817, "longitude": 34.7667,
        "fatalities": 2, "reason": "Monday evening's lynching of two suspected robbers by a mob in Kisii town",
    }),
    "tw8-006": ("2023-03-24", "twin of a refugee-aid story, event in the body: one camp shooting", {
        "event_date": "2023-03-22", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Bangladesh)",
        "actor2": "Civilians (Myanmar)", "country": "Bangladesh", "admin1": "Chittagong",
        "location": "Kutupalong", "latitude": 21.2, "longitude": 92.16, "fatalities": 1,
        "reason": "Wednesday night's shooting of a Rohingya community leader in Kutupalong camp",
    }),
    "tw8-007": ("2024-03-09", "twin of a coalition story, event in the lead: one march dispersed", {
        "event_date": "2024-03-08", "time_precision": 1, "event_type": "Protests",
        "sub_event_type": "Protest with intervention", "actor1": "Protesters (Nepal)",
        "actor2": "Police Forces of Nepal (2015-)", "country": "Nepal", "admin1": "Bagmati",
        "location": "Kathmandu", "latitude": 27.7172, "longitude": 85.324, "fatalities": 0,
        "reason": "Friday's royalist march on parliament broken up with tear gas and water cannon",
    }),
    "tw8-008": ("2022-10-17", "twin of a survivor feature, event in the body: one clash", {
        "event_date": "2022-10-15", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "Military Forces of the Philippines (2016-)",
        "actor2": "Dawlah Islamiyah", "country": "Philippines", "admin1": "Northern Mindanao",
        "location": "Munai", "latitude": 7.976, "longitude": 124.063, "fatalities": 2,
        "reason": "Saturday's clash near Munai, Lanao del Norte, two militants killed",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    write_split_gold(HERE, gold_rows())


if __name__ == "__main__":
    main()
