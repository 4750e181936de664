"""Write gold for news-nonevent5: 24 stories with no codable event and 6 twins with exactly one.

    python benchmarks/news-nonevent5/make_gold.py

Writes `gold.jsonl` (all 30), `gold-dev.jsonl` and `gold-held.jsonl`. The held part is every third id in order
(ne5-001 ... ne5-024, then tw5-001 ... tw5-006: the 3rd, 6th, 9th, ...), fixed before the first run. The coding is
here, one `kind` per story and one `reason` per twin event, so a reviewer can argue with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import non_event_gold_rows, write_split_gold  # noqa: E402

NON_EVENT_STORIES = [
    ("ne5-001", "2023-01-09", "bus collision on a highway, mourning and a night-travel ban (Senegal, Kaffrine)"),
    ("ne5-002", "2024-02-24", "illegal gold-mine collapse, armed groups in the mining arc retold (Venezuela)"),
    ("ne5-003", "2023-09-15", "dams burst in a storm, the city's old war retold (Libya, Derna)"),
    ("ne5-004", "2022-08-15", "church fire from an electrical fault, past church bombings retold (Egypt, Giza)"),
    ("ne5-005", "2024-07-04", "stampede at a prayer meeting, organisers arrested (India, Hathras)"),
    ("ne5-006", "2024-04-09", "overloaded boat capsizes, cholera rumours and an insurgency retold (Mozambique)"),
    ("ne5-007", "2019-07-26", "airport gold robbery, no shot fired, a family held overnight (Brazil, Guarulhos)"),
    ("ne5-008", "2021-06-18", "a husband charged with his wife's murder, domestic violence campaign (Nigeria, Lagos)"),
    ("ne5-009", "2022-03-03", "road-rage shooting of a motorcyclist, gun licences debated (Pakistan, Karachi)"),
    ("ne5-010", "2023-02-07", "cholera deaths pass 1,000, schools reopen (Malawi)"),
    ("ne5-011", "2023-03-20", "a study of drought deaths, the war with al-Shabaab retold (Somalia)"),
    ("ne5-012", "2024-04-14", "tenth anniversary of a school kidnapping, a prayer vigil (Nigeria, Chibok)"),
    ("ne5-013", "2023-04-16", "prisoner exchange completed, celebratory shots (Yemen, Houthis and government)"),
    ("ne5-014", "2023-05-03", "amnesty frees political prisoners, the war's toll summarised (Myanmar)"),
    ("ne5-015", "2019-09-07", "rebel decommissioning ceremony, weapons handed over (Philippines, MILF)"),
    ("ne5-016", "2017-06-27", "guerrillas' final weapons handover to the UN (Colombia, FARC)"),
    ("ne5-017", "2023-12-01", "nationwide curfew eased after an undated barracks raid (Sierra Leone)"),
    ("ne5-018", "2024-04-02", "president sworn in after a calm vote, past unrest retold (Senegal)"),
    ("ne5-019", "2024-03-12", "profile of a gang commander, his past massacre and threats (Haiti, Chérizier)"),
    ("ne5-020", "2018-05-05", "obituary of a rebel commander who died of illness (Mozambique, Dhlakama)"),
    ("ne5-021", "2022-06-10", "fact check of a fake church-attack video (Nigeria, Plateau)"),
    ("ne5-022", "2023-01-13", "analysis of war games, hypothetical strikes and landings (Taiwan, China)"),
    ("ne5-023", "2023-06-16", "last rebel base closed at a demobilisation and amnesty ceremony (Mozambique, Renamo)"),
    ("ne5-024", "2022-06-08", "container depot fire and chemical blasts, owners charged (Bangladesh, Sitakunda)"),
]

TWIN_EVENTS = {
    "tw5-001": ("2024-09-12", "twin of a flood story: one raid on farmers", {
        "event_date": "2024-09-10", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        "actor2": "Civilians (Nigeria)", "country": "Nigeria", "admin1": "Borno",
        "location": "Konduga", "latitude": 11.65, "longitude": 13.42, "fatalities": 5,
        "reason": "Tuesday's Boko Haram attack on farmers near Konduga, five killed",
    }),
    "tw5-002": ("2022-10-14", "twin of a cholera story: one peaceful march for water", {
        "event_date": "2022-10-12", "time_precision": 1, "event_type": "Protests",
        "sub_event_type": "Peaceful protest", "actor1": "Protesters (Haiti)", "actor2": "",
        "country": "Haiti", "admin1": "Ouest", "location": "Cite Soleil", "latitude": 18.58,
        "longitude": -72.33, "fatalities": 0,
        "reason": "Wednesday's peaceful march of Cité Soleil residents to the town hall for clean water",
    }),
    "tw5-003": ("2022-09-14", "twin of a hostage-release story: one attack on a police patrol", {
        "event_date": "2022-09-12", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "ELN: National Liberation Army",
        "actor2": "Police Forces of Colombia", "country": "Colombia", "admin1": "Arauca",
        "location": "Saravena", "latitude": 6.95, "longitude": -71.88, "fatalities": 1,
        "reason": "Monday's ELN attack on a police patrol outside Saravena, one officer killed",
    }),
    "tw5-004": ("2024-12-11", "twin of a calm election-results story: one collation centre stormed", {
        "event_date": "2024-12-09", "time_precision": 1, "event_type": "Riots",
        "sub_event_type": "Mob violence", "actor1": "Rioters (Ghana)", "actor2": "",
        "country": "Ghana", "admin1": "Bono East", "location": "Techiman", "latitude": 7.59,
        "longitude": -1.94, "fatalities": 0,
        "reason": "Monday's storming of the Techiman collation centre by youths, ballot materials burned",
    }),
    "tw5-005": ("2023-06-14", "twin of a demobilisation story: one militia attack on a displacement camp", {
        "event_date": "2023-06-12", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "CODECO: Cooperative for Development of Congo",
        "actor2": "Civilians (Democratic Republic of Congo)", "country": "Democratic Republic of Congo",
        "admin1": "Ituri", "location": "Bule", "latitude": 1.86, "longitude": 30.57, "fatalities": 46,
        "reason": "Monday night's CODECO attack on the Lala displacement camp near Bule, 46 killed",
    }),
    "tw5-006": ("2024-03-08", "twin of a state-of-emergency story: one councillor shot dead", {
        "event_date": "2024-03-05", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Ecuador)",
        "actor2": "Civilians (Ecuador)", "country": "Ecuador", "admin1": "Manabi",
        "location": "Portoviejo", "latitude": -1.05, "longitude": -80.45, "fatalities": 1,
        "reason": "Tuesday's killing of a municipal councillor by gunmen on a motorcycle in Portoviejo",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    write_split_gold(HERE, gold_rows())


if __name__ == "__main__":
    main()
