"""Write gold for news-nonevent9: 22 stories with no codable event and 8 twins with exactly one.

    python benchmarks/news-nonevent9/make_gold.py

Writes `gold.jsonl` (all 30), `gold-dev.jsonl` and `gold-held.jsonl`. The held part is every third id in order
(ne9-001 ... ne9-022, then tw9-001 ... tw9-008: the 3rd, 6th, 9th, ...), fixed before the first run. The coding is
here, one `kind` per story and one `reason` per twin event, so a reviewer can argue with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import non_event_gold_rows, write_split_gold  # noqa: E402

NON_EVENT_STORIES = [
    ("ne9-001", "2020-10-29", "court: death sentences for the 2015 hotel and bar attacks, both retold (Mali, Bamako)"),
    ("ne9-002", "2024-02-10", "commemoration: forty years since a 1984 massacre, survivors' wreaths (Kenya, Wajir)"),
    ("ne9-003", "2024-12-05", "election: a campaign's last rally, calm, undated scuffles (Ghana, Kumasi)"),
    ("ne9-004", "2024-11-01", "military parade: tanks and missiles for an anniversary, 1954 retold (Algeria)"),
    ("ne9-005", "2024-05-23", "exercise: special forces storm a mock village, blanks fired, a 2020 raid (Côte d'Ivoire)"),
    ("ne9-006", "2022-11-02", "peace talks: a cessation of hostilities signed, the war summarised (Ethiopia, Pretoria)"),
    ("ne9-007", "2024-07-31", "ceasefire: ministers agree a truce from Sunday, M23's conditional word (DR Congo, Rwanda)"),
    ("ne9-008", "2024-07-11", "humanitarian: a month's civilian toll from UN monitors, no attack listed (Ukraine)"),
    ("ne9-009", "2024-01-24", "humanitarian: a year's conflict toll, the worst months and regions (Burkina Faso)"),
    ("ne9-010", "2025-06-12", "analysis: a jihadist push into parks, attacks from 2019 to April listed (Benin)"),
    ("ne9-011", "2024-02-11", "sport: a football final told in war words, fireworks in the streets (Côte d'Ivoire)"),
    ("ne9-012", "2023-05-17", "crime: a man charged with killing his wife and children, domestic (Kenya, Nairobi)"),
    ("ne9-013", "2022-08-09", "crime: an armed robbery of a forex bureau, a guard shot in the leg (Ghana, Accra)"),
    ("ne9-014", "2023-09-13", "natural disaster: an earthquake's toll, the army delivering aid (Morocco, Al Haouz)"),
    ("ne9-015", "2025-01-31", "mining accident: a gold pit caves in, 48 dead, an earlier collapse (Mali, Kéniéba)"),
    ("ne9-016", "2024-08-16", "disease: mpox spreads, the year's deaths, war as context (DR Congo, South Kivu)"),
    ("ne9-017", "2024-03-21", "refugees: arrivals from a war fled on foot, a camp swells (Mauritania, Mbera)"),
    ("ne9-018", "2024-07-30", "diplomatic row: an ambassador recalled over Western Sahara (Algeria, France)"),
    ("ne9-019", "2022-10-24", "threat: an embassy warns of an attack to come, a prison raid retold (Nigeria, Abuja)"),
    ("ne9-020", "2020-10-09", "hostage release: captives freed after a prisoner release, kidnappings retold (Mali)"),
    ("ne9-021", "2025-03-05", "arms deal: attack helicopters delivered, a frozen war cited (Morocco, USA)"),
    ("ne9-022", "2022-10-25", "recruitment: a call for 50,000 civilian volunteers, queues at town halls (Burkina Faso)"),
]

# Half the twins tell their event in the lead (001, 003, 005, 007), half only in the body (002, 004, 006, 008).
TWIN_EVENTS = {
    "tw9-001": ("2020-07-07", "twin of a commemoration, event in the lead: an anniversary march tear-gassed", {
        "event_date": "2020-07-07", "time_precision": 1, "event_type": "Protests",
        "sub_event_type": "Protest with intervention", "actor1": "Protesters (Kenya)",
        "actor2": "Police Forces of Kenya (2013-)", "country": "Kenya", "admin1": "Nairobi", "location": "Nairobi",
        "latitude": -1.283, "longitude": 36.817, "fatalities": 0,
        "reason": "Tuesday's Saba Saba march in central Nairobi broken up with tear gas, more than 50 arrested",
    }),
    "tw9-002": ("2024-08-16", "twin of peace talks, event in the body: a market shelled", {
        "event_date": "2024-08-13", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack", "actor1": "Rapid Support Forces",
        "actor2": "Civilians (Sudan)", "country": "Sudan", "admin1": "North Darfur", "location": "El Fasher",
        "latitude": 13.6279, "longitude": 25.3494, "fatalities": 11,
        "reason": "Tuesday's RSF shelling of a market in El Fasher, 11 civilians killed",
    }),
    "tw9-003": ("2022-01-04", "twin of a year's toll, event in the lead: a village attack", {
        "event_date": "2022-01-02", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Nigeria)", "actor2": "Civilians (Nigeria)",
        "country": "Nigeria", "admin1": "Zamfara", "location": "Anka", "latitude": 12.1092,
        "longitude": 5.9256, "fatalities": 14,
        "reason": "Sunday evening's attack by gunmen on Kadawa village, Anka LGA, 14 villagers killed",
    }),
    "tw9-004": ("2022-02-16", "twin of a recruitment story, event in the body: a police post attacked", {
        "event_date": "2022-02-14", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "JNIM: Group for Support of Islam and Muslims",
        "actor2": "Police Forces of Benin (2016-)", "country": "Benin", "admin1": "Atacora",
        "location": "Dassari", "latitude": 10.8114, "longitude": 1.1439, "fatalities": 2,
        "reason": "Monday night's attack on the police post at Dassari, two officers killed in an exchange of fire",
    }),
    "tw9-005": ("2023-05-10", "twin of a vaccination campaign, event in the lead: two vaccinators shot", {
        "event_date": "2023-05-09", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Pakistan)",
        "actor2": "Civilians (Pakistan)", "country": "Pakistan", "admin1": "Khyber Pakhtunkhwa",
        "location": "Khar", "latitude": 34.7303, "longitude": 71.5227, "fatalities": 2,
        "reason": "Tuesday's shooting of two women polio vaccinators near Khar, Bajaur",
    }),
    "tw9-006": ("2021-07-23", "twin of an arms delivery, event in the body: an air strike on a camp", {
        "event_date": "2021-07-21", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Nigeria (2015-)",
        "actor2": "Unidentified Armed Group (Nigeria)", "country": "Nigeria", "admin1": "Zamfara",
        "location": "Tsafe", "latitude": 11.9555, "longitude": 6.9194, "fatalities": 30,
        "reason": "Wednesday's air force strike on a gang camp near Tsafe, at least 30 killed",
    }),
    "tw9-007": ("2022-11-22", "twin of a summit story, event in the lead: a clash", {
        "event_date": "2022-11-21", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "M23: March 23 Movement",
        "actor2": "Military Forces of the Democratic Republic of Congo (2019-)",
        "country": "Democratic Republic of Congo", "admin1": "Nord-Kivu", "location": "Kibumba",
        "latitude": -1.4823, "longitude": 29.346, "fatalities": 0,
        "reason": "Monday's fighting between the M23 and the army around Kibumba",
    }),
    "tw9-008": ("2021-10-13", "twin of a court story, event in the body: a roadside bomb", {
        "event_date": "2021-10-10", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED", "actor1": "Al Shabaab",
        "actor2": "Police Forces of Kenya (2013-)", "country": "Kenya", "admin1": "Mandera",
        "location": "Mandera", "latitude": 3.9357, "longitude": 41.8542, "fatalities": 3,
        "reason": "Sunday's roadside bomb on a police vehicle outside Mandera town, three officers killed",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    write_split_gold(HERE, gold_rows())


if __name__ == "__main__":
    main()
