"""Write gold.jsonl for news-nonevent2: 20 stories with no codable event and 5 twins with exactly one.

    python benchmarks/news-nonevent2/make_gold.py

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
    ("ne2-001", "2024-07-31", "verdict and sentencing for a 2009 massacre (Guinea, stadium)"),
    ("ne2-002", "2023-06-08", "mass graves, exhumation and DNA identification (Libya, Tarhuna)"),
    ("ne2-003", "2022-12-28", "defence budget and procurement (Algeria)"),
    ("ne2-004", "2023-09-05", "prisoner swap told months later, freed detainees (Yemen)"),
    ("ne2-005", "2023-03-21", "hostage release with no new act (Mali/Niger, Dubois and Woodke)"),
    ("ne2-006", "2024-02-14", "displacement camp feature (Syria, al-Hol)"),
    ("ne2-007", "2024-04-17", "military parade and threats (Iran, Army Day)"),
    ("ne2-008", "2024-06-02", "election results, 'battleground', 'crushed' (South Africa)"),
    ("ne2-009", "2023-02-06", "epidemic with a death toll (Malawi, cholera)"),
    ("ne2-010", "2024-08-01", "famine report (Sudan, Zamzam)"),
    ("ne2-011", "2024-01-20", "mining accident (Mali, gold mine collapse)"),
    ("ne2-012", "2024-10-17", "industrial accident, fuel tanker explosion (Nigeria, Jigawa)"),
    ("ne2-013", "2023-09-12", "crime without political motive, a bank heist (Kenya, Nairobi)"),
    ("ne2-014", "2021-08-24", "obituary of a ruler convicted of atrocities (Chad, Habre)"),
    ("ne2-015", "2024-07-25", "threat assessment (UN monitoring team, Islamic State in Africa)"),
    ("ne2-016", "2023-03-02", "yearly tally of weapons seized at borders (Niger customs)"),
    ("ne2-017", "2024-11-20", "international court sentencing for 2012 crimes (ICC, Timbuktu)"),
    ("ne2-018", "2024-03-15", "naval drills with live fire at mock targets (Iran, Russia, China)"),
    ("ne2-019", "2024-07-10", "demining and reconstruction feature, yearly casualty counts (Iraq, Mosul)"),
    ("ne2-020", "2024-09-09", "election landslide, 'battle over turnout' (Algeria)"),
]

TWIN_EVENTS = {
    "tw-001": ("2024-10-22", "twin of an election story: one dispersal of a protest", {
        "event_date": "2024-10-21", "time_precision": 1, "event_type": "Protests",
        "sub_event_type": "Protest with intervention", "actor1": "Protesters (Mozambique)",
        "actor2": "Police Forces of Mozambique", "country": "Mozambique", "location": "Maputo",
        "latitude": -25.97, "longitude": 32.57, "fatalities": 0,
        "reason": "Monday's tear gas and detentions of a march in Maputo, nobody reported hurt",
    }),
    "tw-002": ("2019-07-03", "twin of a sentencing story: one roadside bomb", {
        "event_date": "2019-07-01", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED", "actor2": "Police Forces of Kenya",
        "country": "Kenya", "admin1": "Mandera", "location": "Mandera", "latitude": 3.94,
        "longitude": 41.86, "fatalities": 2,
        "reason": "Monday's roadside bomb near Mandera, two officers killed; only the police blame al-Shabaab",
    }),
    "tw-003": ("2023-11-07", "twin of a displacement camp feature: one killing of civilians", {
        "event_date": "2023-11-05", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor2": "Civilians (Nigeria)", "country": "Nigeria",
        "admin1": "Borno", "location": "Ngala", "latitude": 12.34, "longitude": 14.18, "fatalities": 4,
        "reason": "Sunday's shooting of four firewood collectors outside the Ngala camp; 'suspected jihadists'",
    }),
    "tw-004": ("2024-08-15", "twin of an epidemic story: one attack on a village", {
        "event_date": "2024-08-13", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor2": "Civilians (Democratic Republic of Congo)",
        "country": "Democratic Republic of Congo", "admin1": "North Kivu", "location": "Lubero",
        "latitude": 0.15, "longitude": 29.24, "fatalities": 4,
        "reason": "Tuesday's ADF attack near Lubero, four killed and a health post burned: one Attack",
    }),
    "tw-005": ("2024-02-26", "twin of a military parade story: one airstrike", {
        "event_date": "2024-02-23", "time_precision": 1, "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "actor1": "Military Forces of the United States",
        "actor2": "Al Shabaab", "country": "Somalia", "admin1": "Middle Juba", "location": "Jilib",
        "latitude": 0.49, "longitude": 42.77, "fatalities": 3,
        "reason": "Friday's US airstrike near Jilib, three militants killed (AFRICOM)",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    lines = (json.dumps(row, ensure_ascii=False) for row in gold_rows())
    (HERE / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
