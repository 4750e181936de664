"""Hand coding of the news-check7 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` when the set was written, before the
pipeline ever ran on it. The event helper is news-dev3's (imported, not copied), as news-check4 to news-check6 do:
`etype=None` leaves a type a coder could not decide unscored, `sub=None` leaves only the sub-type unscored, and an
actor left out (None) is not scored. Actor names follow ACLED's spelling without the year suffixes, as the other
sets do; coordinates are given only for places whose position the coder was sure of.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import news_dev3_coding, write_story_gold  # noqa: E402


_DEV3 = news_dev3_coding()
ev = _DEV3.ev
VAC, BAT, EXP, PRO, RIO = _DEV3.VAC, _DEV3.BAT, _DEV3.EXP, _DEV3.PRO, _DEV3.RIO
STRATEGIC = "Strategic developments"
BF, NE, CM, ET, SS = "Burkina Faso", "Niger", "Cameroon", "Ethiopia", "South Sudan"
MZ, SO, IQ, MM = "Mozambique", "Somalia", "Iraq", "Myanmar"
JNIM = "JNIM: Group for Support of Islam and Muslims"
ISGS = "Islamic State (Greater Sahara)"
AMBAZONIANS = "Ambazonian Separatists"
FANO = "Fano Militia"
NUER_MILITIA = "Nuer Ethnic Militia (South Sudan)"
MURLE_MILITIA = "Murle Ethnic Militia (South Sudan)"
IS_MOZAMBIQUE = "Islamic State (Mozambique)"
SOMALILAND = "Military Forces of Somaliland"
DHULBAHANTE = "Dhulbahante Clan Militia (Somalia)"


def forces(country: str) -> str:
    return f"Military Forces of {country}"


def civilians(country: str) -> str:
    return f"Civilians ({country})"


def unidentified(country: str) -> str:
    return f"Unidentified Armed Group ({country})"


GOLD = {
    "c7-001": ("2022-09-28", [
        ev("2022-09-26", BAT, "Armed clash", JNIM, forces(BF), country=BF, admin1="Sahel", loc="Gaskinde", fat=11,
           reason="Monday ambush of the army-escorted convoy near Gaskinde, claimed by JNIM: eleven soldiers dead; "
                  "the 50 missing civilians are not counted as dead"),
        ev("2022-09-27", VAC, "Attack", unidentified(BF), civilians(BF), country=BF, admin1="Est", loc="Gayeri",
           ll=(12.65, 0.49), fat=4,
           reason="Tuesday shooting of four traders on the road out of Gayeri by unidentified 'armed individuals'"),
        ev("2022-01-15", STRATEGIC, None, forces(BF), None, country=BF, admin1="Centre", loc="Ouagadougou",
           tp=3, window=("2022-01-01", "2022-01-31"), optional=True,
           reason="Damiba's 'January coup', told as history with its month; sub-type arguable"),
    ]),
    "c7-002": ("2020-01-11", [
        ev("2020-01-09", BAT, "Armed clash", ISGS, forces(NE), country=NE, admin1="Tillaberi", loc="Chinegodar",
           fat=88, ok=(88, 153),
           reason="Thursday assault on the army post, claimed by the group through Amaq: the ministry's 25 soldiers "
                  "and 63 attackers; security sources' 'close to 90' soldiers bound the range"),
        ev("2020-01-08", VAC, "Abduction/forced disappearance", unidentified(NE), civilians(NE), country=NE,
           admin1="Tillaberi", loc="Anzourou", fat=0,
           reason="Wednesday seizure of a village chief in the Anzourou commune by unnamed armed men"),
        ev("2019-12-15", BAT, "Armed clash", None, forces(NE), country=NE, admin1="Tillaberi", loc="Inates", fat=71,
           tp=3, window=("2019-12-01", "2019-12-31"), optional=True,
           reason="the Inates camp raid 'one month' earlier, told as background: month precision"),
    ]),
    "c7-003": ("2024-02-15", [
        ev("2024-02-12", VAC, "Attack", forces(CM), civilians(CM), country=CM, admin1="Nord-Ouest", loc="Belo",
           ll=(6.18, 10.35), fat=5,
           reason="Monday: soldiers hunting separatists shoot five men in a quarter of Belo and burn two houses"),
        ev("2024-02-13", VAC, "Abduction/forced disappearance", AMBAZONIANS, civilians(CM), country=CM,
           admin1="Nord-Ouest", loc="Fundong", ll=(6.28, 10.28), fat=0,
           reason="Tuesday kidnapping of a headmaster and his driver on the road into Fundong, claimed by separatists "
                  "with a ransom demand"),
    ]),
    "c7-004": ("2023-08-22", [
        ev("2023-08-20", EXP, "Air/drone strike", None, civilians(ET), country=ET, admin1="Amhara", loc="Dembecha",
           ll=(10.55, 37.48), fat=19,
           reason="Sunday-midday drone strike on the market, health workers' 'at least 19'; only residents and local "
                  "officials blame the federal army, so actor1 is left out"),
    ]),
    "c7-005": ("2023-08-24", [
        ev("2023-08-20", EXP, "Air/drone strike", None, civilians(ET), country=ET, admin1="Amhara", loc="Dembecha",
           ll=(10.55, 37.48), fat=14, ok=(14, 19),
           reason="the same strike 'on Aug. 20': the official's 14 identified dead is the lowest credible figure, "
                  "health workers' 19 the high end; nobody named as its author"),
        ev("2023-08-23", BAT, "Armed clash", forces(ET), FANO, country=ET, admin1="Amhara", loc="Bichena",
           ll=(10.45, 38.20), fat=0,
           reason="Wednesday day-long fighting between federal soldiers and Fano on the edge of Bichena, no figures"),
    ]),
    "c7-006": ("2024-06-04", []),
    "c7-007": ("2022-12-30", [
        ev("2022-12-27", BAT, "Armed clash", NUER_MILITIA, MURLE_MILITIA, country=SS, admin1="Jonglei",
           loc="Gumuruk", ll=(6.65, 32.98), fat=16,
           reason="Tuesday 27 December attack by armed Nuer youths on Gumuruk, fought off by Murle youths for hours; "
                  "the commissioner's 'at least 16'"),
        ev("2022-12-27", VAC, "Abduction/forced disappearance", NUER_MILITIA, civilians(SS), country=SS,
           admin1="Jonglei", loc="Gumuruk", ll=(6.65, 32.98), optional=True,
           reason="women and children 'taken' during the same raid; a coder may fold it into the clash"),
        ev("2022-12-28", STRATEGIC, "Looting/property destruction", NUER_MILITIA, None, country=SS,
           admin1="Jonglei", loc="Likuangole", ll=(7.25, 33.00), fat=0,
           reason="Wednesday burning of homes and a clinic and theft of cattle in Likuangole, nobody killed"),
        ev("2022-12-29", BAT, "Armed clash", forces(SS), NUER_MILITIA, country=SS, admin1="Jonglei", loc="Pibor",
           ll=(6.80, 33.13), fat=0,
           reason="Thursday exchange of fire between soldiers and the youths' column advancing on Pibor, no figures"),
    ]),
    "c7-008": ("2022-09-10", [
        ev("2022-09-06", VAC, "Attack", IS_MOZAMBIQUE, None, country=MZ, admin1="Nampula", loc="Chipene", fat=1,
           window=("2022-09-06", "2022-09-07"),
           reason="Tuesday-night attack on the mission, claimed by the Islamic State: the nun shot dead, buildings "
                  "burned in the same raid; the victim is foreign, so actor2 is left out"),
        ev("2022-09-08", VAC, "Attack", IS_MOZAMBIQUE, civilians(MZ), country=MZ, admin1="Nampula", loc="Namapa",
           fat=2,
           reason="Thursday raid on a village near Namapa by insurgents: two men killed, houses burned"),
        ev("2022-09-09", PRO, "Peaceful protest", f"Protesters ({MZ})", None, country=MZ, admin1="Nampula",
           loc="Nampula", ll=(-15.12, 39.27), fat=0,
           reason="Friday candlelit march through the city for the nun, ended peacefully"),
    ]),
    "c7-009": ("2023-02-08", [
        ev("2023-02-06", BAT, "Armed clash", SOMALILAND, DHULBAHANTE, country=SO, admin1="Sool", loc="Laascaanood",
           ll=(8.48, 47.36), fat=20,
           reason="Monday fighting between Somaliland troops and Dhulbahante clan fighters; the hospital's 20 bodies "
                  "brought in on Monday"),
        ev("2023-02-07", EXP, "Shelling/artillery/missile attack", None, civilians(SO), country=SO, admin1="Sool",
           loc="Laascaanood", ll=(8.48, 47.36), fat=4,
           reason="Tuesday shells on the hospital killing three patients and a nurse; only local officials blame "
                  "Somaliland, which denies it, so actor1 is left out"),
        ev("2022-12-31", VAC, "Attack", None, civilians(SO), country=SO, admin1="Sool", loc="Laascaanood",
           ll=(8.48, 47.36), fat=1, tp=3, window=("2022-12-20", "2022-12-31"), optional=True,
           reason="the killing of a local politician 'in late December', told as background"),
    ]),
    "c7-010": ("2023-09-20", [
        ev("2023-09-18", EXP, "Air/drone strike", None, None, country=IQ, admin1="Sulaymaniyah", loc="Arbat", fat=3,
           reason="Monday drone strike on the Arbat airstrip killing three counter-terrorism officers; only the "
                  "regional presidency names Turkey, which does not comment, so actor1 is left out"),
        ev("2023-09-19", PRO, "Protest with intervention", f"Protesters ({IQ})", None, country=IQ,
           admin1="Sulaymaniyah", loc="Sulaymaniyah", ll=(35.56, 45.43), fat=0,
           reason="Tuesday teachers' march dispersed with tear gas, a dozen detained and released, nobody hurt"),
        ev("2023-04-15", EXP, "Air/drone strike", None, None, country=IQ, admin1="Sulaymaniyah",
           loc="Sulaymaniyah", ll=(35.56, 45.43), fat=0, tp=3, window=("2023-04-01", "2023-04-30"), optional=True,
           reason="the April drone strike near the airport, told as background with its month"),
    ]),
    "c7-011": ("2025-04-08", [
        ev("2025-04-07", BAT, "Non-state actor overtakes territory", None, forces(MM), country=MM, admin1="Chin",
           loc="Falam", ll=(22.91, 93.68), fat=0,
           reason="Monday storming of the last base and capture of the town by Chin resistance fighters; ACLED's "
                  "name for the alliance is uncertain, so actor1 is left out"),
        ev("2025-04-06", EXP, "Air/drone strike", forces(MM), civilians(MM), country=MM, admin1="Chin", loc="Lungpi",
           fat=5,
           reason="Sunday bombs from a military jet on a village near Falam sheltering displaced people: five dead"),
        ev("2025-04-02", STRATEGIC, None, forces(MM), None, country=MM, optional=True,
           reason="the junta's unilateral earthquake ceasefire announced on 2 April; sub-type arguable"),
    ]),
    "c7-012": ("2024-05-20", []),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
