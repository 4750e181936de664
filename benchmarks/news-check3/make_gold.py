"""Hand coding of the news-check3 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` before the pipeline ever ran on the set.
The event helper is news-dev3's (imported, not copied): `etype=None` leaves a type a coder could not decide
unscored, and an actor left out (None) is not scored.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import news_dev3_coding, write_story_gold  # noqa: E402


_DEV3 = news_dev3_coding()
ev = _DEV3.ev
VAC, BAT, EXP, PRO = _DEV3.VAC, _DEV3.BAT, _DEV3.EXP, _DEV3.PRO
STRAT = "Strategic developments"
BF, NE, CM, MZ, ET, LY, YE, LB, IL, SS, SO = (
    "Burkina Faso", "Niger", "Cameroon", "Mozambique", "Ethiopia", "Libya", "Yemen", "Lebanon", "Israel",
    "South Sudan", "Somalia")
JNIM = "JNIM: Group for Support of Islam and Muslims"
IS_MOZAMBIQUE = "Islamic State (Mozambique)"
HOUTHIS = "Military Forces of Yemen Supreme Political Council"
SHABAAB = "Al Shabaab"


def forces(country: str) -> str:
    return f"Military Forces of {country}"


def civilians(country: str) -> str:
    return f"Civilians ({country})"


GOLD = {
    "c3-001": ("2024-08-27", [
        ev("2024-08-24", VAC, "Attack", JNIM, civilians(BF), country=BF, admin1="Centre-Nord", loc="Barsalogho",
           ll=(13.42, -1.06), fat=100, ok=(100, 200),
           reason="Saturday shooting of residents digging trenches, claimed by JNIM; 'at least 100' against an "
                  "aid group's 'above 200' -> 100"),
        ev("2024-08-26", EXP, "Air/drone strike", forces(BF), JNIM, country=BF, admin1="Sahel", loc="Djibo",
           ll=(14.10, -1.63), fat=20,
           reason="Monday army drone strikes east of Djibo on the group's positions, 'about twenty' fighters"),
        ev("2024-06-15", BAT, "Armed clash", None, forces(BF), country=BF, admin1="Sahel", loc="Mansila", tp=3,
           window=("2024-06-01", "2024-06-30"), fat=100, optional=True,
           reason="'in June' overrun of the Mansila post retold as background, month precision"),
    ]),
    "c3-002": ("2023-08-16", [
        ev("2023-08-15", BAT, "Armed clash", None, forces(NE), country=NE, admin1="Tillaberi", loc="Koutougou",
           fat=17, ok=(17, 117),
           reason="Tuesday ambush of a detachment by jihadist fighters who are not named; soldiers fought back; "
                  "17 soldiers, the ministry's unverified 'more than a hundred' assailants may be added"),
        ev("2023-08-13", PRO, "Peaceful protest", f"Protesters ({NE})", None, country=NE, admin1="Niamey",
           loc="Niamey", ll=(13.51, 2.11),
           reason="Sunday pro-junta rally at the stadium, peaceful"),
        ev("2023-07-26", STRAT, None, None, None, country=NE, admin1="Niamey", loc="Niamey", fat=0,
           optional=True, reason="the coup of July 26, background; a coder may code it as a strategic development"),
    ]),
    "c3-003": ("2021-08-03", [
        ev("2021-08-01", BAT, "Armed clash", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
           forces(CM), country=CM, admin1="Extreme-Nord", loc="Zigague", fat=8,
           reason="Sunday pre-dawn raid on a military post: eight soldiers"),
        ev("2021-07-31", BAT, "Armed clash", None, None, country=CM, admin1="Nord-Ouest", loc="Bamenda",
           ll=(5.96, 10.15), fat=2,
           reason="Saturday shooting of two gendarmes at a checkpoint by 'suspected' separatists: an attack on "
                  "armed forces is a clash; actors not scored"),
    ]),
    "c3-004": ("2021-08-09", [
        ev("2021-08-08", BAT, "Government regains territory", None, IS_MOZAMBIQUE, country=MZ,
           admin1="Cabo Delgado", loc="Mocimboa da Praia", ll=(-11.35, 40.35), fat=0,
           reason="Sunday recapture of the town by Rwandan and Mozambican troops; no toll given"),
        ev("2021-08-05", VAC, "Attack", IS_MOZAMBIQUE, civilians(MZ), country=MZ, admin1="Cabo Delgado",
           loc="Macomia", ll=(-12.25, 40.13), fat=2,
           reason="Thursday beheading of two villagers near Macomia by the insurgents"),
        ev("2021-03-24", BAT, "Non-state actor overtakes territory", IS_MOZAMBIQUE, None, country=MZ,
           admin1="Cabo Delgado", loc="Palma", tp=3, window=("2021-03-01", "2021-03-31"), optional=True,
           reason="'in March' overrun of Palma, background, month precision"),
    ]),
    "c3-005": ("2023-08-15", [
        ev("2023-08-13", EXP, "Air/drone strike", None, civilians(ET), country=ET, admin1="Amhara",
           loc="Finote Selam", ll=(10.70, 37.27), fat=26,
           reason="Sunday drone strike near the bus station; nobody claims it and the story does not say whose "
                  "drone, so actor1 is not scored"),
        ev("2023-08-12", BAT, "Armed clash", "Fano Militia", forces(ET), country=ET, admin1="Amhara",
           loc="Bahir Dar", ll=(11.59, 37.39), fat=0,
           reason="Saturday clashes on the outskirts of Bahir Dar, no casualties reported"),
        ev("2023-08-01", BAT, "Non-state actor overtakes territory", "Fano Militia", None, country=ET,
           admin1="Amhara", loc="Lalibela", tp=3, window=("2023-07-20", "2023-08-15"), optional=True,
           reason="Fano briefly took several towns incl. Lalibela, background without a day"),
    ]),
    "c3-006": ("2023-08-16", [
        ev("2023-08-14", BAT, "Armed clash", None, None, country=LY, admin1="Tripoli", loc="Tripoli",
           ll=(32.89, 13.19), fat=55, window=("2023-08-14", "2023-08-15"),
           reason="Monday-evening to Tuesday fighting between 444 Brigade and Rada: one event, 55 dead"),
        ev("2023-08-13", VAC, "Abduction/forced disappearance", None, None, country=LY, loc="Zawiya",
           ll=(32.76, 12.73), fat=0,
           reason="Sunday abduction of a municipal councillor by unidentified gunmen"),
    ]),
    "c3-007": ("2021-10-18", [
        ev("2021-10-17", EXP, "Shelling/artillery/missile attack", HOUTHIS, civilians(YE), country=YE,
           admin1="Marib", loc="Marib", ll=(15.46, 45.33), fat=3,
           reason="Sunday Houthi ballistic missile on a residential neighbourhood, three civilians"),
        ev("2021-10-16", EXP, "Air/drone strike", None, HOUTHIS, country=YE, admin1="Marib", loc="Al Abdiyah",
           fat=160, ok=(0, 160),
           reason="Saturday coalition strikes on Houthi positions; the coalition's unverified 'more than 160'"),
    ]),
    "c3-008": ("2023-11-06", [
        ev("2023-11-05", EXP, "Air/drone strike", forces(IL), civilians(LB), country=LB, admin1="Nabatieh",
           loc="Aitaroun", ll=(33.12, 35.47), fat=4,
           reason="Sunday Israeli drone strike on a car: a woman and three girls"),
        ev("2023-11-05", EXP, "Shelling/artillery/missile attack", "Hezbollah", None, country=IL,
           loc="Kiryat Shmona", ll=(33.21, 35.57), fat=0,
           reason="Sunday-evening Grad rockets at Kiryat Shmona claimed by Hezbollah, no injuries"),
    ]),
    "c3-009": ("2024-03-14", [
        ev("2024-03-12", VAC, "Attack", "Murle Ethnic Militia (South Sudan)", civilians(SS), country=SS,
           admin1="Jonglei", loc="Pajut", fat=14,
           reason="Tuesday raid on the village: killings, abductions and cattle theft; killing makes it Attack"),
    ]),
    "c3-010": ("2023-09-24", [
        ev("2023-09-23", EXP, "Suicide bomb", SHABAAB, None, country=SO, admin1="Hiraan", loc="Beledweyne",
           ll=(4.74, 45.20), fat=18, ok=(18, 19),
           reason="Saturday suicide truck bomb at a checkpoint, claimed; 'at least 18' (+ the bomber)"),
        ev("2023-09-22", BAT, "Government regains territory", forces(SO), SHABAAB, country=SO,
           admin1="Middle Shabelle", loc="Adan Yabaal", fat=0, window=("2023-09-19", "2023-09-22"),
           reason="army says on Friday it retook the village after the fighters withdrew"),
    ]),
    "c3-011": ("2023-02-20", []),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
