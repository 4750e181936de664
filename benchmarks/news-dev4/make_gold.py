"""Hand coding of the news-dev4 stories, written as Python for readability; run once to write gold.jsonl.

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
ev, UAG = _DEV3.ev, _DEV3.UAG
VAC, BAT, EXP, PRO, RIO, SD = _DEV3.VAC, _DEV3.BAT, _DEV3.EXP, _DEV3.PRO, _DEV3.RIO, _DEV3.SD
ISR, IRGC, HOUTHI = _DEV3.ISR, _DEV3.IRGC, _DEV3.HOUTHI
BF, NE, CM, CF, SS, ET, LY, IQ, YE, PS, MZ, KE = (
    "Burkina Faso", "Niger", "Cameroon", "Central African Republic", "South Sudan", "Ethiopia", "Libya", "Iraq",
    "Yemen", "Palestine", "Mozambique", "Kenya")
JNIM = "JNIM: Group for Support of Islam and Muslims"
CPC = "CPC: Coalition of Patriots for Change"


def forces(country: str) -> str:
    # ACLED writes "the" before these names ("Military Forces of the Central African Republic"); the first coding
    # left it out (the one gold change since the set was committed, see README)
    the = "the " if country in ("Central African Republic",) else ""
    return f"Military Forces of {the}{country}"


GOLD = {
    "n4-001": ("2024-08-27", [
        ev("2024-08-24", VAC, "Attack", JNIM, f"Civilians ({BF})", country=BF, admin1="Centre-Nord",
           loc="Barsalogho", ll=(13.42, -1.06), fat=150, ok=(100, 300),
           reason="Saturday massacre of trench diggers; JNIM claimed it; floors 'more than 100' then 'at least 150' "
                  "combine -> 150; the claim of 'several hundred' only widens the range"),
        ev("2024-08-25", EXP, "Air/drone strike", forces(BF), JNIM, country=BF, admin1="Centre-Nord", loc="Dablo",
           fat=12, ok=(0, 12),
           reason="army drone strikes near Dablo on Sunday on the attackers' column, 'dozens' -> 12"),
    ]),
    "n4-002": ("2025-06-23", [
        ev("2025-06-19", BAT, "Armed clash", None, forces(NE), country=NE, admin1="Tillaberi", loc="Banibangou",
           ll=(15.04, 2.70), fat=46, ok=(34, 70),
           reason="Thursday attack on the army unit, no group named; 34 soldiers + 'dozens' of attackers (12)"),
        ev("2025-06-08", BAT, "Armed clash", None, forces(NE), country=NE, admin1="Tillaberi", loc="Dargol",
           fat=5,
           reason="date in the sentence before ('On June 8, soldiers escorted a convoy ... Near the village of "
                  "Dargol, gunmen opened fire'): escorted convoy, army repelled the attack, five drivers killed"),
    ]),
    "n4-003": ("2024-02-14", [
        ev("2024-01-18", VAC, "Attack", forces(CM), f"Civilians ({CM})", country=CM, admin1="Nord-Ouest",
           loc="Kumbo", ll=(6.20, 10.67), fat=4,
           reason="BIR raid on Squares, Kumbo: four unarmed men shot, houses burnt (army's 'terrorists' claim is "
                  "disputed by witnesses)"),
        ev("2024-02-03", EXP, "Remote explosive/landmine/IED", None, forces(CM), country=CM, admin1="Nord-Ouest",
           loc="Bali", ll=(5.89, 10.01), fat=2,
           reason="IED on the Bamenda-Bali road, two soldiers killed; claimed by a named separatist group whose "
                  "ACLED name is not in our dictionary, so actor1 is not scored"),
    ]),
    "n4-004": ("2021-01-14", [
        ev("2021-01-13", BAT, "Armed clash", CPC, forces(CF), country=CF, admin1="Bangui", loc="Bangui",
           ll=(4.36, 18.55), fat=31, ok=(15, 31),
           reason="dawn attack at PK9 on the city's outskirts (and Bimbo), repelled; 1 peacekeeper + 30 rebels; "
                  "the two places may be split, hence the range"),
        ev("2021-01-13", BAT, "Armed clash", CPC, forces(CF), country=CF, admin1="Ombella-M'Poko", loc="Bimbo",
           ll=(4.26, 18.42), fat=15, ok=(0, 31), optional=True,
           reason="the second position attacked, a coder may code it apart"),
        ev("2021-01-03", BAT, "Non-state actor overtakes territory", CPC, forces(CF), country=CF, admin1="Mbomou",
           loc="Bangassou", ll=(4.74, 22.82), fat=0,
           reason="'On January 3, CPC fighters seized Bangassou' after a battle: earlier event with its day"),
    ]),
    "n4-005": ("2025-03-08", [
        ev("2025-03-07", BAT, "Armed clash", None, forces(SS), country=SS, admin1="Upper Nile", loc="Nasir",
           ll=(8.60, 33.07), fat=29, ok=(1, 29),
           reason="Friday attack on the UN helicopter evacuating soldiers: crew member + general + 'at least 27' "
                  "soldiers (minister); only the government names the White Army"),
        ev("2025-03-04", BAT, "Non-state actor overtakes territory", None, forces(SS), country=SS,
           admin1="Upper Nile", loc="Nasir", ll=(8.60, 33.07), fat=0,
           reason="Tuesday: White Army youths overran the Nasir barracks (actor not in our dictionary)"),
        ev("2025-03-04", SD, "Arrests", None, None, country=SS, admin1="Central Equatoria", loc="Juba",
           ll=(4.85, 31.58), window=("2025-03-04", "2025-03-05"),
           reason="Tuesday night arrests of the petroleum minister and the deputy army chief in Juba"),
        ev("2025-03-06", EXP, "Shelling/artillery/missile attack", None, None, country=SS, admin1="Upper Nile",
           loc="Nasir", ll=(8.60, 33.07), window=("2025-03-06", "2025-03-07"), optional=True,
           reason="shelling Thursday and Friday reported by the displaced, unconfirmed"),
    ]),
    "n4-006": ("2023-08-16", [
        ev("2023-08-13", EXP, "Air/drone strike", None, f"Civilians ({ET})", country=ET, admin1="Amhara",
           loc="Finote Selam", ll=(10.70, 37.27), fat=26, ok=(15, 26),
           reason="Sunday drone strike; 15 on Monday then 'at least 26' -> 26; the army is inferred, not named"),
        ev("2023-08-03", BAT, "Non-state actor overtakes territory", "Fano Militia", None, country=ET,
           admin1="Amhara", loc="Lalibela", ll=(12.03, 39.05), fat=0,
           reason="'took control of Lalibela on August 3': earlier event with its day, 13 days back"),
        ev("2023-08-09", BAT, "Armed clash", None, None, country=ET, admin1="Amhara", loc="Bahir Dar",
           ll=(11.59, 37.39), tp=2, window=("2023-08-07", "2023-08-10"), optional=True,
           reason="'clashes there early last week': week only"),
    ]),
    "n4-007": ("2025-05-15", [
        ev("2025-05-12", BAT, "Armed clash", None, None, country=LY, admin1="Tripoli", loc="Tripoli",
           ll=(32.89, 13.19), fat=8, ok=(6, 9), window=("2025-05-12", "2025-05-13"),
           reason="Monday evening: al-Kikli killed, fighting in Abu Salim until 3 a.m.; 6 then 8 dead -> 8"),
        ev("2025-05-13", BAT, "Armed clash", None, None, country=LY, admin1="Tripoli", loc="Tripoli",
           ll=(32.89, 13.19), fat=0, window=("2025-05-13", "2025-05-14"),
           reason="late Tuesday: government forces against Radaa in Souq al-Jumaa, no separate toll"),
    ]),
    "n4-008": ("2024-01-17", [
        ev("2024-01-15", EXP, "Shelling/artillery/missile attack", IRGC, f"Civilians ({IQ})", country=IQ,
           admin1="Erbil", loc="Erbil", ll=(36.19, 44.01), fat=4, ok=(3, 4),
           window=("2024-01-15", "2024-01-16"),
           reason="ballistic missiles late Monday, shortly before midnight; 3 killed, a fourth died Tuesday"),
        ev("2024-01-15", SD, "Disrupted weapons use", None, None, country=IQ, admin1="Erbil", loc="Erbil",
           ll=(36.19, 44.01), window=("2024-01-15", "2024-01-16"), optional=True,
           reason="same night, another act at the same city: three drones shot down near the airport, unclaimed"),
    ]),
    "n4-009": ("2025-07-10", [
        ev("2025-07-07", EXP, None, HOUTHI, None, country=YE, admin1="Al Hudaydah", fat=4, ok=(3, 4),
           reason="Eternity C attacked Monday evening off Hodeidah; 3 then 4 dead (latest count of the same dead)"),
        ev("2025-07-06", EXP, None, HOUTHI, None, country=YE, fat=0,
           reason="Sunday attack on the Magic Seas off the Yemeni coast, no one hurt"),
        ev("2025-07-07", EXP, "Air/drone strike", ISR, None, country=YE, admin1="Al Hudaydah", loc="Hodeidah",
           ll=(14.80, 42.95), fat=0,
           reason="Israeli strikes early Monday on Hodeidah (and Ras Isa, Salif, Ras Kanatib), no casualties"),
        ev("2025-07-07", EXP, "Air/drone strike", ISR, None, country=YE, admin1="Al Hudaydah", loc="Salif",
           ll=(15.31, 42.67), fat=0, optional=True,
           reason="one of the other struck ports, a coder may code it apart"),
        ev("2025-07-07", EXP, "Air/drone strike", ISR, None, country=YE, admin1="Al Hudaydah", loc="Ras Isa",
           ll=(15.22, 42.67), fat=0, optional=True,
           reason="one of the other struck ports, a coder may code it apart"),
    ]),
    "n4-010": ("2023-06-22", [
        ev("2023-06-21", VAC, "Attack", None, f"Civilians ({PS})", country=PS, admin1="West Bank",
           loc="Turmus Ayya", ll=(32.04, 35.29), fat=1,
           reason="Wednesday settler rampage, houses and cars burnt, one Palestinian shot dead (settlers' ACLED "
                  "name not in our dictionary)"),
        ev("2023-06-20", VAC, "Attack", "Hamas Movement", "Civilians (Israel)", country=PS, admin1="West Bank",
           loc="Eli", ll=(32.06, 35.27), fat=5, ok=(4, 5),
           reason="Tuesday shooting at the petrol station by Eli: 4 Israelis + 1 gunman killed"),
        ev("2023-06-20", BAT, "Armed clash", ISR, "Hamas Movement", country=PS, admin1="West Bank", loc="Tubas",
           ll=(32.32, 35.37), fat=1,
           reason="Tuesday evening: second gunman killed in an exchange of fire in Tubas"),
        ev("2023-06-19", BAT, "Armed clash", ISR, None, country=PS, admin1="West Bank", loc="Jenin",
           ll=(32.46, 35.30), fat=7,
           reason="Monday's Jenin raid with gunships, IED on a vehicle; 7 Palestinians killed"),
    ]),
    "n4-011": ("2024-09-17", [
        ev("2024-09-15", VAC, "Attack", "Islamic State (Mozambique)", f"Civilians ({MZ})", country=MZ,
           admin1="Cabo Delgado", loc="Mocimboa da Praia", ll=(-11.35, 40.35), fat=2,
           reason="Sunday morning: two fishermen beheaded on the beach; IS Mozambique claimed"),
        ev("2024-09-15", BAT, "Armed clash", forces("Rwanda"), None, country=MZ, admin1="Cabo Delgado",
           loc="Mocimboa da Praia", ll=(-11.35, 40.35), fat=3,
           reason="same day and town, other actors: Rwandan troops fought insurgents in the afternoon, 3 killed"),
    ]),
    "n4-012": ("2023-06-13", [
        ev("2023-06-12", EXP, "Remote explosive/landmine/IED", "Al Shabaab", "Police Forces of Kenya", country=KE,
           admin1="Mandera", loc="Elwak", ll=(2.80, 40.93), fat=8, ok=(5, 8),
           reason="date in the sentence before ('On Monday morning, a Land Cruiser ... left Elwak ... the vehicle "
                  "hit a roadside bomb'); 5 first, 8 later; police name Al Shabaab"),
        ev("2023-05-15", EXP, "Remote explosive/landmine/IED", None, "Police Forces of Kenya", country=KE,
           admin1="Garissa", fat=2, tp=3, window=("2023-05-01", "2023-05-31"), optional=True,
           reason="'Last month' IED in Garissa County, month only"),
    ]),
    "n4-013": ("2024-09-14", []),
    "n4-014": ("2023-09-04", [
        ev("2023-09-02", RIO, "Violent demonstration", "Rioters (Iraq)", None, country=IQ, admin1="Kirkuk",
           loc="Kirkuk", ll=(35.47, 44.39), fat=4,
           reason="Saturday: rival demonstrators throw stones, shots fired, cars and shops burnt, four killed"),
        ev("2023-08-28", PRO, "Peaceful protest", f"Protesters ({IQ})", None, country=IQ, admin1="Kirkuk",
           loc="Kirkuk", ll=(35.47, 44.39), fat=0, optional=True,
           reason="sit-in blocking the road since Monday, told as background"),
    ]),
    "n4-015": ("2020-08-04", [
        ev("2020-08-02", EXP, "Suicide bomb", None, f"Civilians ({CM})", country=CM, admin1="Extreme-Nord",
           loc="Nguetechewe", fat=17, ok=(16, 17),
           reason="1 a.m. Sunday suicide bombing in the camp; 16 then 17 incl. the bomber; only officials blame "
                  "Boko Haram"),
        ev("2020-08-02", SD, "Looting/property destruction", None, None, country=CM, admin1="Extreme-Nord",
           loc="Zeleved", fat=0,
           reason="hours later, fighters looted a shop and burnt houses in Zeleved, no casualties"),
    ]),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
