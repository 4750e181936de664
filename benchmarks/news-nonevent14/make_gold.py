"""Write gold for news-nonevent14: 22 stories with no codable event and 8 twins with exactly one.

    python benchmarks/news-nonevent14/make_gold.py

Writes `gold.jsonl` (all 30), `gold-dev.jsonl` and `gold-held.jsonl`. The held part is every third id in order
(ne14-001 ... ne14-022, then tw14-001 ... tw14-008: the 3rd, 6th, 9th, ...), fixed before the first run. The coding
is here, one `kind` per story and one `reason` per twin event, so a reviewer can argue with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import non_event_gold_rows, write_split_gold  # noqa: E402

NON_EVENT_STORIES = [
    ("ne14-001", "2025-07-11", "UN rights office's half-year count: 'more than 3,300 civilians were killed' (Sudan)"),
    ("ne14-002", "2023-07-18", "a monitor's monthly casualty figures: '52 civilians killed or wounded in June' (Yemen)"),
    ("ne14-003", "2025-08-21", "cholera update: families 'who fled the violence', 'what the fighting started' (Sudan)"),
    ("ne14-004", "2025-03-27", "displacement update: 'the violence ... since January', Goma taken 'in late January' (DR Congo)"),
    ("ne14-005", "2024-06-12", "food agency warns of ration cuts for refugees 'fleeing the violence' (Chad, Sudan)"),
    ("ne14-006", "2025-05-09", "ceasefire talks resume in Doha, truce violations and clashes 'in recent weeks' (DR Congo)"),
    ("ne14-007", "2024-12-20", "prisoner-swap talks end without a deal, last year's exchange retold (Yemen)"),
    ("ne14-008", "2025-10-18", "presidential campaign: stadium rallies, 'win this battle', a banned march (Ivory Coast)"),
    ("ne14-009", "2025-11-11", "parliamentary election day, calm, 2022's storming of parliament retold (Iraq)"),
    ("ne14-010", "2025-06-26", "memorial: ten years since the Sousse beach attack, flowers laid (Tunisia)"),
    ("ne14-011", "2025-06-12", "memorial: families gather eleven years after the Speicher massacre (Iraq)"),
    ("ne14-012", "2025-05-06", "interview on the war's course: Khartoum retaken in March, Port Sudan 'struck' (Sudan)"),
    ("ne14-013", "2024-09-24", "op-ed: the junta is losing the war, 'last week's attacks' in Bamako retold (Mali)"),
    ("ne14-014", "2024-07-31", "court convicts ex-leader over a 2009 stadium massacre, a prison raid retold (Guinea)"),
    ("ne14-015", "2024-02-20", "inquiry findings on the 2020 Ngarbuh killings (Cameroon)"),
    ("ne14-016", "2023-08-12", "junta statement: the army has 'the means to crush' any intervention (Niger)"),
    ("ne14-017", "2024-07-29", "Houthi spokesman: forces 'can reach any target', strikes 'this month' retold (Yemen)"),
    ("ne14-018", "2024-11-16", "football: 'demolish', 'laid siege', 'ambushed', 'massacred', 'shot down' (Morocco, Gabon)"),
    ("ne14-019", "2024-03-06", "currency: the pound 'crushed', 'carnage', 'a bloodbath', 'bullet to be fired' (Egypt)"),
    ("ne14-020", "2025-01-13", "culture: a war film 'stormed the box office', battle scenes 'shot' near Enugu (Nigeria)"),
    ("ne14-021", "2024-04-24", "disaster: a migrant boat capsizes, at least 38 drowned (Djibouti)"),
    ("ne14-022", "2023-09-18", "disaster: dams burst, flood toll passes 4,000 (Libya)"),
]

# Half the twins tell their event in the lead (001, 003, 005, 007), half only in the body (002, 004, 006, 008).
TWIN_EVENTS = {
    "tw14-001": ("2025-04-15", "twin of a rights group's figures, event in the lead: villagers killed", {
        "event_date": "2025-04-13", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Nigeria)", "actor2": "Civilians (Nigeria)",
        "country": "Nigeria", "admin1": "Plateau", "location": "Bokkos", "latitude": 9.29921, "longitude": 8.99467,
        "fatalities": 11, "reason": "Sunday night's attack by gunmen on a farming community in Bokkos, 11 killed",
    }),
    "tw14-002": ("2025-08-15", "twin of a cholera update, event in the body: shells on a camp", {
        "event_date": "2025-08-13", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack", "actor1": "RSF: Rapid Support Forces",
        "actor2": "Civilians (Sudan)", "country": "Sudan", "admin1": "North Darfur", "location": "Abu Shouk",
        "latitude": 13.66, "longitude": 25.33, "fatalities": 7,
        "reason": "Wednesday's RSF shells on a water point in Abu Shouk camp, seven killed",
    }),
    "tw14-003": ("2025-06-19", "twin of ceasefire talks, event in the lead: rebels and army fight", {
        "event_date": "2025-06-17", "time_precision": 1, "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor1": "M23: March 23 Movement", "actor2": "Military Forces of the Democratic Republic of Congo",
        "country": "Democratic Republic of Congo", "admin1": "Nord-Kivu", "location": "Masisi", "latitude": -1.4,
        "longitude": 28.8167, "fatalities": 9,
        "reason": "Tuesday's clashes between M23 and the army west of Masisi, five rebels and four soldiers killed",
    }),
    "tw14-004": ("2023-02-24", "twin of a campaign's close, event in the body: a candidate shot dead", {
        "event_date": "2023-02-22", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Nigeria)", "actor2": "Civilians (Nigeria)",
        "country": "Nigeria", "admin1": "Enugu", "location": "Agbani", "latitude": 6.3079, "longitude": 7.5519,
        "fatalities": 7,
        "reason": "Wednesday night's shooting of a senatorial candidate and six aides near Agbani",
    }),
    "tw14-005": ("2024-06-14", "twin of a massacre's anniversary, event in the lead: a roadside bomb", {
        "event_date": "2024-06-13", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED", "actor1": "Islamic State (Iraq)",
        "actor2": "Military Forces of Iraq", "country": "Iraq", "admin1": "Sala al-Din", "location": "Tikrit",
        "latitude": 34.6158, "longitude": 43.6786, "fatalities": 2,
        "reason": "Thursday's roadside bomb on an army vehicle north of Tikrit, two soldiers killed, blamed on IS",
    }),
    "tw14-006": ("2025-05-14", "twin of an interview on the war, event in the body: a base attacked", {
        "event_date": "2025-05-11", "time_precision": 1, "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor1": "JNIM: Group for Support of Islam and Muslims", "actor2": "Military Forces of Burkina Faso",
        "country": "Burkina Faso", "admin1": "Sahel", "location": "Djibo", "latitude": 14.09864,
        "longitude": -1.62665, "fatalities": 30,
        "reason": "Sunday's JNIM attack on the army base in Djibo, fought for hours, at least 30 defenders killed",
    }),
    "tw14-007": ("2025-03-06", "twin of a statement of capacity, event in the lead: jets strike fighters", {
        "event_date": "2025-03-05", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Nigeria",
        "actor2": "Islamic State (West Africa)", "country": "Nigeria", "admin1": "Borno", "location": "Kukawa",
        "latitude": 12.92475, "longitude": 13.56617, "fatalities": 30,
        "reason": "Wednesday's air strikes on ISWAP fighters near Kukawa, 'more than 30' killed (military's claim)",
    }),
    "tw14-008": ("2024-10-29", "twin of a flood story, event in the body: an island base attacked", {
        "event_date": "2024-10-27", "time_precision": 1, "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor1": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "actor2": "Military Forces of Chad",
        "country": "Chad", "admin1": "Lac", "location": "Ngouboua", "latitude": 13.528, "longitude": 14.0174,
        "fatalities": 40,
        "reason": "Sunday night's Boko Haram attack on the army base on Barkaram island near Ngouboua, about 40 killed",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    write_split_gold(HERE, gold_rows())


if __name__ == "__main__":
    main()
