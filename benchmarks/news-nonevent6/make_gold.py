"""Write gold for news-nonevent6: 24 stories with no codable event and 6 twins with exactly one.

    python benchmarks/news-nonevent6/make_gold.py

Writes `gold.jsonl` (all 30), `gold-dev.jsonl` and `gold-held.jsonl`. The held part is every third id in order
(ne6-001 ... ne6-024, then tw6-001 ... tw6-006: the 3rd, 6th, 9th, ...), fixed before the first run. The coding is
here, one `kind` per story and one `reason` per twin event, so a reviewer can argue with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import non_event_gold_rows, write_split_gold  # noqa: E402

NON_EVENT_STORIES = [
    ("ne6-001", "2023-07-25", "court: verdict on the 2016 airport and metro bombings retold in detail (Belgium)"),
    ("ne6-002", "2024-05-09", "NGO report on last year's killings of Masalit in El Geneina (Sudan)"),
    ("ne6-003", "2023-07-11", "anniversary: burials of identified massacre victims (Bosnia, Srebrenica)"),
    ("ne6-004", "2022-09-20", "election rhetoric: war words at rallies, two old political killings (Brazil)"),
    ("ne6-005", "2023-10-10", "security analysis: scenarios after the French exit (Niger)"),
    ("ne6-006", "2023-04-10", "peace talks: Saudi and Omani envoys with the Houthis in Sanaa (Yemen)"),
    ("ne6-007", "2023-06-01", "refugees: ration cuts in the camps, the 2017 clearance operations retold (Bangladesh)"),
    ("ne6-008", "2022-08-27", "procurement: tanks and howitzers bought, weapons sent to Ukraine (Poland)"),
    ("ne6-009", "2022-10-20", "sanctions on a drone maker, drone strikes on Ukraine summarised (EU, Iran)"),
    ("ne6-010", "2022-04-08", "hostage negotiations under way, a journalist held a year (Mali)"),
    ("ne6-011", "2023-10-02", "sport: a football derby told in war words, a players' scuffle (Argentina)"),
    ("ne6-012", "2023-01-20", "entertainment: a war thriller's new season (Israel)"),
    ("ne6-013", "2024-01-08", "court: a former minister's trial abroad over torture and killings (Gambia, Switzerland)"),
    ("ne6-014", "2020-04-22", "investigation: the government admits soldiers killed villagers in February (Cameroon)"),
    ("ne6-015", "2023-09-21", "anniversary: ten years since a mall siege (Kenya, Nairobi)"),
    ("ne6-016", "2023-05-10", "election rhetoric: accusations of terror links, a doctored video (Turkey)"),
    ("ne6-017", "2023-10-03", "security analysis: scenarios for a foreign force against gangs (Haiti)"),
    ("ne6-018", "2024-01-12", "ceasefire talks: a China-brokered truce pledge (Myanmar, Shan)"),
    ("ne6-019", "2024-02-20", "refugees: two years in exile, shelling at home recalled (Poland, Ukraine)"),
    ("ne6-020", "2024-05-08", "exercise: a target ship sunk in drills (Philippines)"),
    ("ne6-021", "2020-05-04", "sanctions over the 2018 crackdown on protests (EU, Nicaragua)"),
    ("ne6-022", "2022-06-20", "hostage negotiations under way, the March train attack retold (Nigeria, Kaduna)"),
    ("ne6-023", "2023-10-14", "sport: a cricket match told in war words (India, Ahmedabad)"),
    ("ne6-024", "2022-05-18", "court: a soldier pleads guilty to a February killing (Ukraine, Kyiv)"),
]

TWIN_EVENTS = {
    "tw6-001": ("2022-10-05", "twin of a trial story: one peaceful march of victims' relatives", {
        "event_date": "2022-10-03", "time_precision": 1, "event_type": "Protests",
        "sub_event_type": "Peaceful protest", "actor1": "Protesters (Guinea)", "actor2": "",
        "country": "Guinea", "admin1": "Conakry", "location": "Conakry", "latitude": 9.54,
        "longitude": -13.68, "fatalities": 0,
        "reason": "Monday's peaceful march of victims' relatives from Kaloum to the courthouse",
    }),
    "tw6-002": ("2022-05-23", "twin of an anniversary story: one clash with militants", {
        "event_date": "2022-05-21", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "Military Forces of the Philippines (2016-2022)",
        "actor2": "Dawlah Islamiyah", "country": "Philippines", "admin1": "Lanao del Sur",
        "location": "Piagapo", "latitude": 7.98, "longitude": 124.17, "fatalities": 2,
        "reason": "Saturday's clash between soldiers and Dawlah Islamiyah fighters in Piagapo, two killed",
    }),
    "tw6-003": ("2022-08-03", "twin of a truce story: one sniper killing a child", {
        "event_date": "2022-07-31", "time_precision": 1, "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Military Forces of Yemen Supreme Political Council",
        "actor2": "Civilians (Yemen)", "country": "Yemen", "admin1": "Taizz", "location": "Taizz",
        "latitude": 13.58, "longitude": 44.02, "fatalities": 1,
        "reason": "Sunday's sniper fire from a Houthi-held hill on children in Taiz, a boy killed",
    }),
    "tw6-004": ("2023-07-13", "twin of a refugee story: one camp protest dispersed", {
        "event_date": "2023-07-11", "time_precision": 1, "event_type": "Protests",
        "sub_event_type": "Protest with intervention", "actor1": "Protesters (Chad)",
        "actor2": "Military Forces of Chad Gendarmerie", "country": "Chad", "admin1": "Ouaddai",
        "location": "Farchana", "latitude": 13.63, "longitude": 21.58, "fatalities": 0,
        "reason": "Tuesday's refugee protest over ration cuts at Farchana, dispersed by gendarmes with tear gas",
    }),
    "tw6-005": ("2022-01-12", "twin of a sanctions story: one attack on an army post", {
        "event_date": "2022-01-10", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "JNIM: Group for Support of Islam and Muslims",
        "actor2": "Military Forces of Mali (2021-)", "country": "Mali", "admin1": "Mopti",
        "location": "Mondoro", "latitude": 14.70, "longitude": -1.70, "fatalities": 16,
        "reason": "Monday's JNIM attack on the Mondoro army post, four soldiers and about a dozen attackers killed",
    }),
    "tw6-006": ("2022-07-20", "twin of an election-rhetoric story: one convoy stoned", {
        "event_date": "2022-07-19", "time_precision": 1, "event_type": "Riots",
        "sub_event_type": "Mob violence", "actor1": "Rioters (Kenya)", "actor2": "",
        "country": "Kenya", "admin1": "Kisumu", "location": "Kisumu", "latitude": -0.10,
        "longitude": 34.76, "fatalities": 0,
        "reason": "Tuesday's stoning of the deputy president's convoy in Kondele, Kisumu",
    }),
}


def gold_rows() -> list[dict]:
    return non_event_gold_rows(NON_EVENT_STORIES, TWIN_EVENTS)


def main() -> None:
    write_split_gold(HERE, gold_rows())


if __name__ == "__main__":
    main()
