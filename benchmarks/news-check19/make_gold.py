"""Hand coding of the news-check19 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` when the set was written, before the
pipeline ever ran on it. The event helper is news-dev3's (imported, not copied), as news-check4 to news-check18 do:
`etype=None` leaves a type a coder could not decide unscored, `sub=None` leaves only the sub-type unscored, and an
actor left out (None) is not scored. Actor names follow ACLED's spelling without the year suffixes, as the other
sets do. Acts years back told without a day, trials, returns, advice, prices, appeals and condolences are background
and not coded.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import news_dev3_coding, write_story_gold  # noqa: E402


_DEV3 = news_dev3_coding()
ev, UAG = _DEV3.ev, _DEV3.UAG
VAC, BAT, EXP, PRO, RIO, SD = _DEV3.VAC, _DEV3.BAT, _DEV3.EXP, _DEV3.PRO, _DEV3.RIO, _DEV3.SD
MZ, ML, SD_, CD, NG, BF = "Mozambique", "Mali", "Sudan", "Democratic Republic of Congo", "Nigeria", "Burkina Faso"
LY, SO, ET, KE = "Libya", "Somalia", "Ethiopia", "Kenya"
ISM, JNIM = "Islamic State (Mozambique)", "JNIM: Group for Support of Islam and Muslims"
RSF, M23 = "RSF: Rapid Support Forces", "M23: March 23 Movement"
SHABAAB, FANO = "Al Shabaab", "Fano Militia"
DRC_ARMY = "Military Forces of the Democratic Republic of Congo"


def forces(country: str) -> str:
    return f"Military Forces of {country}"


def civilians(country: str) -> str:
    return f"Civilians ({country})"


GOLD = {
    "c19-001": ("2024-05-13", [
        ev("2024-05-10", BAT, "Armed clash", ISM, forces(MZ), country=MZ, admin1="Cabo Delgado", loc="Macomia",
           fat=4, ok=(3, 4),
           reason="a football club's statement: 'On Friday 10 May' insurgents (the Islamic State, by its own "
                  "message) enter Macomia and fight soldiers until mid-afternoon: a district official's three "
                  "soldiers plus the groundsman hit in the fighting who died of his wounds on Sunday in Pemba: 4, "
                  "with 3 allowed; the insurgents' losses have no number"),
        ev("2024-05-11", SD, "Looting/property destruction", ISM, civilians(MZ), country=MZ, admin1="Cabo Delgado",
           loc="Macomia", fat=0,
           reason="'On Saturday 11 May' the insurgents loot shops and the academy's store room and burn its "
                  "changing rooms, nobody inside: looting on a new day; the collection, fixture and armbands are "
                  "not events"),
    ]),
    "c19-002": ("2025-09-18", [
        ev("2025-09-14", BAT, "Armed clash", JNIM, forces(ML), country=ML, admin1="Kayes", loc="Nioro du Sahel",
           ll=(15.23, -9.59), fat=3,
           reason="a drivers' union notice that names its country once: 'On Sunday 14 September' armed men on "
                  "motorbikes fire on the army escort of a fuel convoy south of Nioro du Sahel, the soldiers fire "
                  "back for close to an hour (two-way: a clash), two soldiers and a driver killed, tankers burned; "
                  "JNIM claims it"),
        ev("2025-09-16", VAC, "Abduction/forced disappearance", JNIM, civilians(ML), country=ML, admin1="Sikasso",
           loc="Kolondieba", fat=0,
           reason="'On Tuesday 16 September' armed men stop four cement trucks outside Kolondieba and take four "
                  "drivers and an apprentice, nobody hurt; the callers say they are JNIM; convoy rules, the fund "
                  "and the ministry meeting are not events"),
    ]),
    "c19-003": ("2024-06-07", [
        ev("2024-06-05", VAC, "Attack", RSF, civilians(SD_), country=SD_, admin1="Al Jazirah", loc="Wad al-Nourah",
           fat=104, ok=(35, 104),
           reason="a fact-checker's explainer: 'On Wednesday 5 June' RSF fighters surround and attack the farming "
                  "village of Wad al-Nourah, residents say no army there: the committee's 35 at midday revised to "
                  "'at least 104' by the evening: 104, with 35 allowed; the viral claim of 200 has no source and "
                  "the old El Geneina video (July 2023, no day) is not coded"),
    ]),
    "c19-004": ("2024-05-04", [
        ev("2024-05-03", EXP, "Shelling/artillery/missile attack", None, civilians(CD), country=CD,
           admin1="Nord-Kivu", loc="Mugunga", fat=14, ok=(9, 14),
           reason="a UN agency's flash update: 'On 3 May' artillery shells fall on the Lac Vert and Mugunga "
                  "displacement sites west of Goma: nine killed at the scene, five wounded died in the night: 14, "
                  "with 9 allowed; the government blames the M23, which denies it and blames the army, so actor1 "
                  "is left out"),
        ev("2024-04-30", BAT, "Non-state actor overtakes territory", M23, DRC_ARMY, country=CD, admin1="Nord-Kivu",
           loc="Rubaya", fat=0,
           reason="'On 30 April' the M23 takes control of Rubaya (Masisi) after army units and allied fighters "
                  "withdraw, no fighting in the town: a change of control; displacement, prices and the response "
                  "are not events"),
    ]),
    "c19-005": ("2025-01-13", [
        ev("2025-01-11", VAC, "Attack", None, civilians(NG), country=NG, admin1="Borno", loc="Kukawa", fat=40,
           reason="a governor's press release dated Monday 13 January: 'late on Saturday' insurgents round up and "
                  "shoot farmers at a settlement written only as 'in Kukawa Local Government Area' (its seat is "
                  "coded), forty killed; only the governor's intelligence names ISWAP, so actor1 is left out; the "
                  "burial, relief, pursuit and corridor review are not events"),
    ]),
    "c19-006": ("2024-03-01", [
        ev("2024-02-25", VAC, "Attack", UAG(BF), civilians(BF), country=BF, admin1="Sahel", loc="Essakane",
           ll=(14.38, -0.07), fat=15, ok=(12, 15),
           reason="a bishop's pastoral letter that names its country once: 'On Sunday 25 February' armed men "
                  "surround the chapel at Essakane (Gorom-Gorom parish) and fire on those praying: twelve killed on "
                  "the spot, three wounded died later in Dori: 15, with 12 allowed; nobody named"),
        ev("2024-02-25", VAC, "Attack", UAG(BF), civilians(BF), country=BF, admin1="Est", loc="Natiaboani", fat=0,
           reason="'On the same Sunday morning, at Natiaboani' armed men attack the mosque at dawn prayer and kill "
                  "'many', 'whose number we do not yet know': a separate place; no figure is given, so 0; the "
                  "Masses, Caritas aid and postponed visits are not events"),
    ]),
    "c19-007": ("2024-08-12", [
        ev("2024-08-09", BAT, "Armed clash", None, None, country=LY, admin1="Tripoli", loc="Tajoura",
           ll=(32.88, 13.35), fat=9,
           reason="a business daily's market note: 'on Friday afternoon' two armed groups nominally of the Tripoli "
                  "government fight in Tajoura for hours, the health ministry's nine dead (fighters and others "
                  "not told apart); neither group is named, so both actors are left out"),
        ev("2024-08-10", PRO, "Peaceful protest", f"Protesters ({LY})", None, country=LY, admin1="Tripoli",
           loc="Tripoli", fat=0,
           reason="'On Saturday evening' a few hundred residents gather in Martyrs' Square against armed groups, "
                  "police watch and do not step in; the Sharara threat ('no stoppage so far'), the central bank "
                  "quarrel and prices are not events"),
    ]),
    "c19-008": ("2024-03-11", [
        ev("2024-03-07", SD, "Looting/property destruction", SHABAAB, None, country=SO, admin1="Hiraan",
           loc="Jalalaqsi", fat=0, window=("2024-03-07", "2024-03-08"),
           reason="a telecom operator's customer notice: 'Overnight between Thursday and Friday' armed men tie up "
                  "the guards, burn two transmission sites outside Jalalaqsi and bring a mast down with explosives; "
                  "an Al-Shabaab radio claims it: property destruction, dated the night's start (Friday allowed), "
                  "the operator's sites have no ACLED actor2"),
        ev("2024-03-09", EXP, "Remote explosive/landmine/IED", None, civilians(SO), country=SO,
           admin1="Middle Shabelle", loc="Balcad", fat=2,
           reason="'Late on Saturday' the engineers' vehicle strikes a roadside bomb a few kilometres outside "
                  "Balcad: two engineers killed, the driver wounded; no claim, so actor1 is left out"),
    ]),
    "c19-009": ("2024-10-17", []),
    "c19-010": ("2023-08-17", [
        ev("2023-08-04", BAT, "Non-state actor overtakes territory", FANO, forces(ET), country=ET, admin1="Amhara",
           loc="Lalibela", fat=0,
           reason="a podcast transcript, the acts in the guest's words: the federal army pulls out overnight and "
                  "'on Friday the 4th' Fano fighters walk into Lalibela, no fighting in town: a takeover; the "
                  "army's return 'after a few days' has no day and is not coded"),
        ev("2023-08-13", EXP, "Air/drone strike", forces(ET), civilians(ET), country=ET, admin1="Amhara",
           loc="Finote Selam", fat=26,
           reason="'On Sunday' (the Sunday before the Wednesday recording) a drone strikes the main square by the "
                  "bus station in Finote Selam: the health official's quoted 26 dead, 'no fighters there'; the "
                  "town names an army drone (Fano has none); the emergency and arrests are not events"),
    ]),
    "c19-011": ("2025-04-22", []),
    "c19-012": ("2024-06-26", [
        ev("2024-06-25", RIO, "Violent demonstration", f"Rioters ({KE})", f"Police Forces of {KE}", country=KE,
           admin1="Nairobi", loc="Nairobi", fat=6, ok=(5, 6),
           reason="a vice-chancellor's statement: 'On Tuesday 25 June' protesters break through police lines, enter "
                  "the parliament grounds and set part of the building on fire, police fire live rounds: a protest "
                  "turned violent is Riots; the commission's 'at least five' shot dead plus the student who died "
                  "of his wounds on Wednesday: 6, with 5 allowed"),
        ev("2024-06-25", PRO, "Peaceful protest", f"Protesters ({KE})", None, country=KE, admin1="Nyeri",
           loc="Nyeri", fat=0,
           reason="'On the same day' students march from the campus gate to 'the town centre' and back, police "
                  "walk with them, no arrests: the town is named only in the dateline (NYERI); the memorial, "
                  "condolence book and postponed exams are not events"),
    ]),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
