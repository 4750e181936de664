"""Write gold for news-nonevent10: 22 stories with no codable event and 8 twins with exactly one.

    python benchmarks/news-nonevent10/make_gold.py

Writes `gold.jsonl` (all 30), `gold-dev.jsonl` and `gold-held.jsonl`. The held part is every third id in order
(ne10-001 ... ne10-022, then tw10-001 ... tw10-008: the 3rd, 6th, 9th, ...), fixed before the first run. The coding
is here, one `kind` per story and one `reason` per twin event, so a reviewer can argue with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import non_event_gold_rows, write_split_gold  # noqa: E402

NON_EVENT_STORIES = [
    ("ne10-001", "2024-03-21", "cumulative toll: months of fighting pass 1,000 dead, August retold (Ethiopia, Amhara)"),
    ("ne10-002", "2024-06-12", "UN annual report: a year's grave violations against children, by country (world)"),
    ("ne10-003", "2023-11-08", "UN monthly update: a month's settler attacks and deaths counted (West Bank)"),
    ("ne10-004", "2023-04-20", "profile: a paramilitary commander's rise, Darfur and a 2019 sit-in retold (Sudan)"),
    ("ne10-005", "2023-02-14", "interview: a commander's offensive, towns taken, a January bombing (Somalia, Hiraan)"),
    ("ne10-006", "2022-04-07", "verdict: life terms for a 1987 assassination, January's coup retold (Burkina Faso)"),
    ("ne10-007", "2024-07-31", "verdict: a 2009 stadium massacre, a 2023 jailbreak retold (Guinea, Conakry)"),
    ("ne10-008", "2024-03-28", "election results: an opposition win, past clashes by year (Senegal)"),
    ("ne10-009", "2025-01-07", "UN year-end toll: killings, kidnappings, two massacres named by month (Haiti)"),
    ("ne10-010", "2025-10-28", "economy: fuel queues under a blockade, tankers torched in general (Mali, Bamako)"),
    ("ne10-011", "2024-07-15", "economy: a currency's fall, 2022 drone attacks on terminals retold (Yemen, Aden)"),
    ("ne10-012", "2023-09-05", "displacement camps closed, families sent home, the insurgency told (Nigeria, Borno)"),
    ("ne10-013", "2024-02-27", "displacement camps: cholera and hunger, flight from an advance (DR Congo, Goma)"),
    ("ne10-014", "2025-02-26", "funeral of hostages killed earlier, a truce and exchanges as background (Israel)"),
    ("ne10-015", "2024-07-13", "funeral of a protester shot 18 days earlier, passed without incident (Kenya, Nyeri)"),
    ("ne10-016", "2025-08-11", "ceasefire talks: a round, a signed declaration, a prisoner return (DR Congo, Doha)"),
    ("ne10-017", "2025-01-22", "travel advisory: travel advised against, a 2019 kidnapping retold (Benin, Togo)"),
    ("ne10-018", "2025-01-30", "opinion piece: leaving ECOWAS, last August's massacre as argument (Sahel)"),
    ("ne10-019", "2024-12-11", "military procurement: combat drones delivered, 2023 and August retold (Mali)"),
    ("ne10-020", "2024-06-10", "monthly displacement figures: a month's moves by cause, no act named (Somalia)"),
    ("ne10-021", "2024-05-20", "hostage release as background: pupils back in class two months on (Nigeria)"),
    ("ne10-022", "2024-06-30", "prisoner talks: a new round, the April 2023 exchange retold (Yemen, Muscat)"),
]

# Half the twins tell their event in the lead (001, 003, 005, 007), half only in the body (002, 004, 006, 008).
TWIN_EVENTS = {
    "tw10-001": ("2024-07-14", "twin of a funeral, event in the lead: mourners tear-gassed", {
        "event_date": "2024-07-13", "time_precision": 1, "event_type": "Protests",
        "sub_event_type": "Protest with intervention", "actor1": "Protesters (Kenya)",
        "actor2": "Police Forces of Kenya (2013-)", "country": "Kenya", "admin1": "Kisumu", "location": "Kisumu",
        "latitude": -0.1022, "longitude": 34.7617, "fatalities": 0,
        "reason": "Saturday's funeral march through central Kisumu broken up with tear gas, three arrested",
    }),
    "tw10-002": ("2024-07-03", "twin of prisoner talks, event in the body: a neighbourhood shelled", {
        "event_date": "2024-07-01", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Military Forces of Yemen Supreme Political Council", "actor2": "Civilians (Yemen)",
        "country": "Yemen", "admin1": "Taizz", "location": "Taiz", "latitude": 13.5795, "longitude": 44.0209,
        "fatalities": 2,
        "reason": "Monday's Houthi shelling of a residential neighbourhood in Taiz, two children killed",
    }),
    "tw10-003": ("2024-05-20", "twin of a cumulative toll, event in the lead: a village attack", {
        "event_date": "2024-05-19", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Nigeria)", "actor2": "Civilians (Nigeria)",
        "country": "Nigeria", "admin1": "Plateau", "location": "Bokkos", "latitude": 9.2992,
        "longitude": 8.9947, "fatalities": 12,
        "reason": "Sunday night's attack by gunmen on a village in Bokkos LGA, 12 killed",
    }),
    "tw10-004": ("2024-07-09", "twin of a monthly displacement report, event in the body: a base attacked", {
        "event_date": "2024-07-07", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "Al Shabaab", "actor2": "Military Forces of Somalia (2022-)",
        "country": "Somalia", "admin1": "Middle Shabelle", "location": "Adan Yabaal", "latitude": 3.5484,
        "longitude": 46.5459, "fatalities": 9,
        "reason": "Sunday's al-Shabaab attack on the army base at Adan Yabaal, fought for hours, 9 killed",
    }),
    "tw10-005": ("2023-06-02", "twin of a verdict, event in the lead: riots after the sentence", {
        "event_date": "2023-06-01", "time_precision": 1, "event_type": "Riots",
        "sub_event_type": "Violent demonstration", "actor1": "Rioters (Senegal)",
        "actor2": "Police Forces of Senegal (2012-)", "country": "Senegal", "admin1": "Dakar",
        "location": "Dakar", "latitude": 14.6937, "longitude": -17.4441, "fatalities": 2,
        "reason": "Thursday's riots in Dakar after Sonko's sentence: tyres and buses burned, tear gas, two dead",
    }),
    "tw10-006": ("2024-03-14", "twin of a procurement story, event in the body: farmers abducted", {
        "event_date": "2024-03-09", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Abduction/forced disappearance", "actor1": "Unidentified Armed Group (Benin)",
        "actor2": "Civilians (Benin)", "country": "Benin", "admin1": "Borgou", "location": "Kalale",
        "latitude": 10.2928, "longitude": 3.3837, "fatalities": 0,
        "reason": "Saturday's abduction of six farmers near Kalalé, ransom demanded",
    }),
    "tw10-007": ("2024-10-25", "twin of election results, event in the lead: supporters tear-gassed", {
        "event_date": "2024-10-24", "time_precision": 1, "event_type": "Protests",
        "sub_event_type": "Protest with intervention", "actor1": "Protesters (Mozambique)",
        "actor2": "Police Forces of Mozambique (1975-)", "country": "Mozambique", "admin1": "Maputo City",
        "location": "Maputo", "latitude": -25.9655, "longitude": 32.5832, "fatalities": 0,
        "reason": "Thursday's opposition gathering on a Maputo avenue, tyres burned, tear gas, several detained",
    }),
    "tw10-008": ("2024-08-20", "twin of a travel advisory, event in the body: a bus fired on", {
        "event_date": "2024-08-17", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Al Shabaab", "actor2": "Civilians (Kenya)",
        "country": "Kenya", "admin1": "Lamu", "location": "Milihoi", "latitude": -2.2167, "longitude": 40.7,
        "fatalities": 2,
        "reason": "Saturday's shooting at a passenger bus near Milihoi, two passengers killed",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    write_split_gold(HERE, gold_rows())


if __name__ == "__main__":
    main()
