"""Write gold.jsonl for news-nonevent3: 20 stories with no codable event and 5 twins with exactly one.

    python benchmarks/news-nonevent3/make_gold.py

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
    ("ne3-001", "2022-01-13", "verdict over prison torture years ago (Germany, Koblenz, Syria)"),
    ("ne3-002", "2022-12-05", "trial opening over 2016 suicide bombings (Belgium, Brussels)"),
    ("ne3-003", "2023-09-06", "terrorist designation of an armed group (UK, Wagner)"),
    ("ne3-004", "2024-01-17", "sanctions designation over shipping attacks told as a tally (US, Houthis)"),
    ("ne3-005", "2024-07-09", "UN panel of experts report, a year of fighting (Congo, M23, Rwanda)"),
    ("ne3-006", "2024-02-01", "monitor's tally of air strikes over three years (Myanmar)"),
    ("ne3-007", "2024-04-07", "30th anniversary commemoration of a genocide (Rwanda)"),
    ("ne3-008", "2024-12-16", "tenth anniversary memorial of a school massacre (Pakistan, Peshawar)"),
    ("ne3-009", "2024-10-01", "displacement figures and humanitarian update (Haiti)"),
    ("ne3-010", "2023-05-31", "refugee ration cuts, a crackdown retold (Bangladesh, Rohingya)"),
    ("ne3-011", "2023-02-14", "peace talks with a guerrilla group, ceasefire sought (Colombia, ELN)"),
    ("ne3-012", "2023-05-04", "peace treaty negotiations after two wars (Armenia, Azerbaijan)"),
    ("ne3-013", "2024-03-02", "election campaign launch under threats, a tally of killed hopefuls (Mexico)"),
    ("ne3-014", "2024-04-19", "arms delivery and a missile deal (Philippines, India)"),
    ("ne3-015", "2022-08-04", "hostage negotiations months after an undated attack (Nigeria, train)"),
    ("ne3-016", "2023-11-19", "book prize for a war novel, a heated panel (Nigeria, Biafra)"),
    ("ne3-017", "2023-10-15", "cricket match report full of war words (Afghanistan, England)"),
    ("ne3-018", "2025-03-20", "think-tank warning of a coming war (Ethiopia, Eritrea)"),
    ("ne3-019", "2024-06-22", "profile of a militant leader, an arrest warrant unsealed (Mali, Ag Ghaly)"),
    ("ne3-020", "2023-12-29", "recap of a year with seasons, not dates (Sahel)"),
]

TWIN_EVENTS = {
    "tw3-001": ("2024-06-25", "twin of a sanctions story: one shelling of a market", {
        "event_date": "2024-06-23", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack", "actor1": "Rapid Support Forces",
        "actor2": "Civilians (Sudan)", "country": "Sudan", "admin1": "Khartoum", "location": "Omdurman",
        "latitude": 15.64, "longitude": 32.48, "fatalities": 12,
        "reason": "Sunday's RSF shells on an Omdurman market, at least 12 killed (a volunteer group)",
    }),
    "tw3-002": ("2023-11-28", "twin of a peace-talks story: one clash with rebels", {
        "event_date": "2023-11-25", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "Military Forces of the Philippines",
        "actor2": "NPA: New People's Army", "country": "Philippines", "location": "Kabankalan",
        "latitude": 9.98, "longitude": 122.81, "fatalities": 2,
        "reason": "Saturday's clash outside Kabankalan City, two rebels killed (the army's division)",
    }),
    "tw3-003": ("2024-04-14", "twin of an anniversary story: one mass abduction", {
        "event_date": "2024-04-13", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Abduction/forced disappearance", "actor1": "Unidentified Armed Group (Nigeria)",
        "actor2": "Civilians (Nigeria)", "country": "Nigeria", "admin1": "Kaduna", "location": "Kajuru",
        "latitude": 10.32, "longitude": 7.68, "fatalities": 0,
        "reason": "Saturday's abduction of 15 villagers in Kajuru, unclaimed, nobody reported killed",
    }),
    "tw3-004": ("2024-04-30", "twin of a rights-report story: one suicide bombing", {
        "event_date": "2024-04-29", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Suicide bomb", "actor1": "Unidentified Armed Group (Pakistan)",
        "actor2": "Police Forces of Pakistan", "country": "Pakistan", "admin1": "Khyber Pakhtunkhwa",
        "location": "Bannu", "latitude": 32.99, "longitude": 70.60, "fatalities": 4,
        "reason": "Monday's suicide bombing of a police checkpoint near Bannu: three police and the bomber",
    }),
    "tw3-005": ("2024-04-02", "twin of an election-campaign story: one killing of a candidate", {
        "event_date": "2024-04-01", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Mexico)",
        "actor2": "Civilians (Mexico)", "country": "Mexico", "admin1": "Guanajuato", "location": "Celaya",
        "latitude": 20.52, "longitude": -100.81, "fatalities": 1,
        "reason": "Monday's shooting of a mayoral candidate in Celaya, one killed, several wounded",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    lines = (json.dumps(row, ensure_ascii=False) for row in gold_rows())
    (HERE / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
