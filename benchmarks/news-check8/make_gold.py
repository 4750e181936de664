"""Hand coding of the news-check8 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` when the set was written, before the
pipeline ever ran on it. The event helper is news-dev3's (imported, not copied), as news-check4 to news-check7 do:
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
ML, NG, SD, CD, YE = "Mali", "Nigeria", "Sudan", "Democratic Republic of Congo", "Yemen"
SY, AF, PK, MX = "Syria", "Afghanistan", "Pakistan", "Mexico"
RSF = "Rapid Support Forces"
ADF = "ADF: Allied Democratic Forces"
HOUTHIS = "Military Forces of Yemen Supreme Political Council"


def forces(country: str) -> str:
    return f"Military Forces of {country}"


def civilians(country: str) -> str:
    return f"Civilians ({country})"


def protesters(country: str) -> str:
    return f"Protesters ({country})"


GOLD = {
    "c8-001": ("2024-07-04", [
        ev("2024-07-01", VAC, "Attack", None, civilians(ML), country=ML, admin1="Mopti", loc="Djiguibombo",
           fat=39, ok=(39, 40),
           reason="Monday-evening shooting of the male wedding guests by gunmen on motorbikes: 39 buried, 'about "
                  "forty'; no claim, only residents suspect al Qaeda's fighters, so actor1 is left out"),
        ev("2024-07-03", EXP, "Remote explosive/landmine/IED", None, forces(ML), country=ML, admin1="Mopti",
           loc="Bandiagara", fat=2,
           reason="Wednesday mine under an army truck on the Bandiagara-Bankass road: two soldiers dead; nobody "
                  "named as having laid it"),
    ]),
    "c8-002": ("2025-04-16", [
        ev("2025-04-14", VAC, "Attack", None, civilians(NG), country=NG, admin1="Plateau", loc="Zike", fat=51,
           reason="Monday 1 a.m. shooting of villagers and burning of houses, police's 51; only residents blame "
                  "herders and the herders deny it, so actor1 is left out"),
        ev("2025-04-15", PRO, "Peaceful protest", protesters(NG), None, country=NG, admin1="Plateau",
           loc="Miango", fat=0,
           reason="Tuesday road block with cardboard coffins at Miango junction, ended peacefully"),
        ev("2025-04-02", VAC, "Attack", None, civilians(NG), country=NG, admin1="Plateau", loc="Bokkos", fat=50,
           tp=3, window=("2025-04-01", "2025-04-13"), optional=True,
           reason="the Bokkos killings 'earlier this month', told as background without a day"),
    ]),
    "c8-003": ("2025-05-04", [
        ev("2025-05-01", BAT, "Non-state actor overtakes territory", RSF, forces(SD), country=SD,
           admin1="West Kordofan", loc="Al Nuhud", ll=(12.70, 28.43), fat=0,
           window=("2025-04-30", "2025-05-01"),
           reason="Thursday capture of the town and the division headquarters after the army's withdrawal, "
                  "claimed by the RSF and admitted by the army; no toll for the fighting"),
        ev("2025-05-01", VAC, "Attack", RSF, civilians(SD), country=SD, admin1="West Kordofan", loc="Al Nuhud",
           ll=(12.70, 28.43), fat=48, window=("2025-05-01", "2025-05-03"),
           reason="house-to-house killing of civilians after the paramilitaries entered, the doctors' network's 48; "
                  "told by a medical group and activists, denied by the RSF"),
    ]),
    "c8-004": ("2025-09-10", [
        ev("2025-09-08", VAC, "Attack", ADF, civilians(CD), country=CD, admin1="Nord-Kivu", loc="Ntoyo", fat=60,
           reason="Monday 9 p.m. machete and gun attack on the funeral vigil, the civil society's 60 bodies; the "
                  "army names the ADF"),
    ]),
    "c8-005": ("2025-09-12", [
        ev("2025-09-08", VAC, "Attack", ADF, civilians(CD), country=CD, admin1="Nord-Kivu", loc="Ntoyo", fat=71,
           ok=(60, 71),
           reason="the same attack 'on Sept. 8': the UN's 71 confirmed dead, the earlier local 60 the low end; "
                  "the Islamic State's claim names no village"),
        ev("2025-09-09", VAC, "Attack", None, civilians(CD), country=CD, admin1="Nord-Kivu", loc="Potodu", fat=9,
           reason="Tuesday raid on Potodu: nine killed, shops looted; only the local civil society names 'suspected "
                  "ADF' and the army has not confirmed it, so actor1 is left out"),
    ]),
    "c8-006": ("2024-07-30", [
        ev("2024-07-27", EXP, "Shelling/artillery/missile attack", None, civilians(YE), country=YE, admin1="Taizz",
           loc="Taizz", fat=2,
           reason="Saturday shells on a street of al-Rawdha: two children dead; only a government official blames "
                  "the Houthis, who say nothing, so actor1 is left out"),
        ev("2024-07-28", BAT, "Armed clash", HOUTHIS, None, country=YE, admin1="Ma'rib", loc="Raghwan", fat=4,
           reason="Sunday Houthi attack on government positions in Raghwan, fighting to the evening, four soldiers "
                  "dead; the government forces' ACLED name is left unscored"),
    ]),
    "c8-007": ("2024-05-18", [
        ev("2024-05-14", PRO, "Protest with intervention", protesters(SY), None, country=SY, admin1="Idleb",
           loc="Idleb", ll=(35.93, 36.63), fat=0,
           reason="Tuesday march on the Salvation Government broken up with batons, tear gas and shots in the air, "
                  "some hurt and briefly detained, nobody killed; the intervening force's ACLED name is unsure"),
        ev("2024-05-17", PRO, "Peaceful protest", protesters(SY), None, country=SY, admin1="Idleb", loc="Binnish",
           fat=0,
           reason="Friday rally after prayers in Binnish, ended without incident"),
        ev("2024-05-17", PRO, "Peaceful protest", protesters(SY), None, country=SY, admin1="Aleppo", loc="Atarib",
           fat=0,
           reason="the same Friday's rally in Atarib (Aleppo governorate), a separate place, ended without incident"),
    ]),
    "c8-008": ("2023-10-15", [
        ev("2023-10-13", EXP, "Suicide bomb", None, civilians(AF), country=AF, admin1="Baghlan", loc="Pul-e-Khumri",
           fat=7,
           reason="Friday-prayer suicide blast in the Imam Zaman mosque, the ministry's seven dead; claimed by the "
                  "Islamic State's regional branch, whose ACLED name the coder was unsure of, so actor1 is left out"),
        ev("2023-10-14", STRATEGIC, "Arrests", None, None, country=AF, admin1="Baghlan", loc="Pul-e-Khumri",
           fat=0, optional=True,
           reason="Saturday arrest of three unnamed suspects by the Taliban's police; a coder may skip arrests of "
                  "unnamed people"),
    ]),
    "c8-009": ("2023-12-13", [
        ev("2023-12-12", EXP, "Suicide bomb", None, forces(PK), country=PK, admin1="Khyber Pakhtunkhwa",
           loc="Daraban", fat=29, ok=(23, 29),
           reason="Tuesday pre-dawn explosive-laden vehicle at the compound's gate, then an assault: 23 soldiers and "
                  "six attackers dead; claimed by Tehreek-e-Jihad Pakistan, whose ACLED name is unsure"),
        ev("2023-12-12", BAT, "Armed clash", None, "Police Forces of Pakistan", country=PK,
           admin1="Khyber Pakhtunkhwa", loc="Kulachi", fat=1,
           reason="Tuesday-night hour-long exchange of fire at a police post in Kulachi, one constable dead"),
        ev("2023-12-13", BAT, "Armed clash", forces(PK), None, country=PK, admin1="Khyber Pakhtunkhwa",
           loc="Dera Ismail Khan", fat=17, window=("2023-12-12", "2023-12-13"), optional=True,
           reason="'operations' killing 17 militants since the attack, places not given; a coder may not code it"),
    ]),
    "c8-010": ("2023-10-25", [
        ev("2023-10-23", BAT, "Armed clash", None, "Police Forces of Mexico", country=MX, admin1="Guerrero",
           loc="El Papayo", fat=13,
           reason="Monday ambush of the police convoy near El Papayo (Coyuca de Benitez): thirteen officers dead; "
                  "an attack on security forces is a clash, and nobody is named as its author"),
        ev("2023-10-24", PRO, "Peaceful protest", protesters(MX), None, country=MX, admin1="Guerrero",
           loc="Chilpancingo", ll=(17.55, -99.50), fat=0,
           reason="Tuesday march of state police officers for better equipment, ended without incident"),
    ]),
    "c8-011": ("2025-06-20", []),
    "c8-012": ("2025-03-24", []),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
