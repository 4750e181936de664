"""Hand coding of the news-dev16 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` before the pipeline ever ran on the set,
with news-dev6's to news-dev15's conventions (news-dev13's and news-dev15's helpers and names imported, not copied):
`etype=None` leaves a type a coder could not decide unscored, `sub=None` the sub-event type, an actor left out (None)
is not scored, `fat=None` leaves a toll the text does not give unscored. Actors are left out when nobody names them,
when only officials blame them, or when their ACLED name is not in our dictionary (the White Army, Sudan's joint
forces). One event = one set of actors, one place, one day: an act told again (a witness, an official's statement
with its own verb and toll, a recap, a claim) is the same event. A siege or offensive told day by day is one event
per day and place; the toll goes where the story says which day's dead, and a total over several days that the story
does not split is split evenly (remainder on the first day), with the spread allowed. A wave of strikes on several
towns the same night is one event per town. A date given by an occasion ("on the eve of Timkat", "on the first day
of the ceasefire") or only in a clause ("since Tuesday, when troops ... moved into the camp") is the day it names. A
night act is one event on the day it began. An earlier act told with its day is required, one told with its month
only optional (time precision 3); history of years past, campaigns and tallies yield nothing. Tolls: successive
counts of the same dead keep the latest; conflicting accounts of one act (a group's claim against an official or
independent count) keep the lowest; the attackers killed count with the defenders. Admin1 names are the embedded
gazetteer's spelling; `ll` is given where the place is known to us.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import load_script, write_story_gold  # noqa: E402

_DEV13 = load_script(HERE.parent / "news-dev13" / "make_gold.py", "news_dev13_make_gold")
ev, civilians, protesters, forces, police = (_DEV13.ev, _DEV13.civilians, _DEV13.protesters, _DEV13.forces,
                                             _DEV13.police)
VAC, BAT, EXP, PRO, SD = _DEV13.VAC, _DEV13.BAT, _DEV13.EXP, _DEV13.PRO, _DEV13.SD
AIR, SHELL, IED, CLASH, ATTACK, SUICIDE, PEACEFUL = (_DEV13.AIR, _DEV13.SHELL, _DEV13.IED, _DEV13.CLASH,
                                                     _DEV13.ATTACK, _DEV13.SUICIDE, _DEV13.PEACEFUL)
ARRESTS = _DEV13.ARRESTS
SHABAAB, ISRAEL, HOUTHI, FANO, OLA, RSF, ADF, IS_IRAQ = (_DEV13.SHABAAB, _DEV13.ISRAEL, _DEV13.HOUTHI, _DEV13.FANO,
                                                         _DEV13.OLA, _DEV13.RSF, _DEV13.ADF, _DEV13.IS_IRAQ)
LOOTING = "Looting/property destruction"
IS_EGYPT, IS_MOZ = "Islamic State (Egypt)", "Islamic State (Mozambique)"
SDF, SETTLERS = "QSD: Syrian Democratic Forces", "Settlers (Israel)"
IQ, SY, TR, YE, ET, SDN, LB, PS, LY, EG, SO, MZ, CD, SS, RU = (
    "Iraq", "Syria", "Turkey", "Yemen", "Ethiopia", "Sudan", "Lebanon", "Palestine", "Libya", "Egypt", "Somalia",
    "Mozambique", "Democratic Republic of Congo", "South Sudan", "Russia")

GOLD = {
    "n16-001": ("2023-12-18", [
        ev("2023-12-16", BAT, CLASH, IS_IRAQ, forces(IQ), country=IQ, admin1="Kirkuk", loc="Wadi al-Shay",
           ll=(35.4, 44.22), fat=4,
           reason="'late on Saturday' IS attack on an army post in Wadi al-Shay, fought for an hour; told again by a "
                  "wounded soldier, the Joint Operations Command ('a position in the Rashad sector'), Amaq's claim "
                  "(11, a conflicting account -> the lowest, four bodies at the hospital), the recap 'Saturday's "
                  "ambush' and the clause 'since Saturday, when the militants struck': one event. 'In the spring' "
                  "is too vague"),
        ev("2023-12-17", EXP, IED, None, police(IQ), country=IQ, admin1="Sala al-Din", loc="Tuz Khurmatu",
           ll=(34.89, 44.63), fat=0, reason="'on Sunday' a roadside bomb under a police vehicle on the Tuz "
                                            "Khurmatu-Kirkuk road, two wounded, unclaimed"),
        ev("2023-12-17", EXP, AIR, forces(IQ), IS_IRAQ, country=IQ, admin1="Diyala", loc="Hamrin Mountains",
           ll=(34.03, 45.09), fat=5, reason="'On Sunday afternoon' Iraqi F-16s strike IS hideouts in the Hamrin "
                                            "mountains in Diyala, five militants"),
    ]),
    "n16-002": ("2024-01-15", [
        ev("2024-01-12", EXP, AIR, forces(TR), civilians(SY), country=SY, admin1="Al-Hasakah", loc="Qamishli",
           ll=(37.05, 41.23), fat=2,
           reason="night of Friday to Saturday, 'shortly before midnight', a strike on the Swediyah power station "
                  "in Qamishli, two workers; told again in the SDF's list: one event (a wave of strikes on several "
                  "towns is one event per town)"),
        ev("2024-01-12", EXP, AIR, forces(TR), None, country=SY, admin1="Al-Hasakah", loc="Amuda",
           ll=(37.1, 40.93), fat=0, reason="the same night an oil pumping facility in Amuda set on fire, nobody hurt"),
        ev("2024-01-12", EXP, AIR, forces(TR), None, country=SY, admin1="Al-Hasakah", loc="al-Malikiyah",
           ll=(37.18, 42.14), fat=3, reason="the same night a drone on an Asayish checkpoint in al-Malikiyah, three "
                                            "members"),
        ev("2024-01-12", EXP, AIR, forces(TR), civilians(SY), country=SY, admin1="Aleppo", loc="Qarah Qawzak",
           fat=1, reason="the same night a strike on a farmhouse in Qarah Qawzak, Kobani's countryside, a shepherd"),
        ev("2024-01-12", BAT, CLASH, None, forces(TR), country=IQ, fat=9,
           reason="'on Friday' nine Turkish soldiers killed in a clash with Kurdish militants in northern Iraq (no "
                  "place; the group is only Ankara's word)"),
        ev("2024-01-13", EXP, AIR, forces(TR), SDF, country=SY, admin1="Al-Hasakah", loc="Tal Tamr",
           ll=(36.66, 40.37), fat=2, reason="'on Saturday evening' the second round: a drone on a car between Tal "
                                            "Tamr and al-Hasakah, two SDF fighters. Turkey's '45 neutralised' over "
                                            "Iraq and Syria is a tally; October's strikes a campaign"),
    ]),
    "n16-003": ("2021-02-16", [
        ev("2021-02-14", BAT, CLASH, HOUTHI, forces(YE), country=YE, admin1="Ma'rib", loc="Sirwah",
           ll=(15.45, 45.02), fat=26,
           reason="'on Sunday, when Houthi fighters attacked' the Kassara area of Sirwah: six soldiers and about 20 "
                  "Houthis; the tribal fighter and Houthi media ('liberated several positions in Sirwah') retell it"),
        ev("2021-02-15", BAT, CLASH, HOUTHI, forces(YE), country=YE, admin1="Ma'rib", loc="Raghwan",
           ll=(15.77, 45.08), fat=12, reason="'On Monday' the fighting moves to Raghwan: 12 soldiers (the rebels' "
                                             "losses not given): its own day and place"),
        ev("2021-02-15", EXP, SHELL, HOUTHI, civilians(YE), country=YE, admin1="Ma'rib", loc="Marib",
           ll=(15.46, 45.33), fat=2, reason="'Late on Monday' a Houthi ballistic missile on a Marib neighbourhood, "
                                            "two children"),
        ev("2021-02-16", BAT, CLASH, HOUTHI, forces(YE), country=YE, admin1="Ma'rib", fat=0, optional=True,
           reason="'a third day on Tuesday': the offensive goes on, no place or toll"),
    ]),
    "n16-004": ("2024-01-22", [
        ev("2024-01-18", BAT, CLASH, FANO, forces(ET), country=ET, admin1="Amhara", loc="Debre Markos",
           ll=(10.35, 37.73), fat=11,
           reason="'on the eve of Timkat' (Timkat 'fell on Friday' -> Thursday) Fano attack on army positions in "
                  "Debre Markos through the night; told by a teacher, the hospital (11: seven soldiers, four "
                  "civilians), Fano's claim ('the Debre Markos operation', more than 60 -> the lowest) and the "
                  "government ('an extremist force ... crushed'): one event on the day it began"),
        ev("2024-01-19", EXP, AIR, None, civilians(ET), country=ET, admin1="Amhara", loc="Bichena",
           ll=(10.45, 38.2), fat=6, reason="'On the day of the feast itself' (Friday) a drone strike on a minibus "
                                           "outside Bichena, six passengers; the striker is not named"),
        ev("2024-01-22", SD, ARRESTS, forces(ET), None, country=ET, admin1="Amhara", loc="Debre Markos",
           ll=(10.35, 37.73), fat=0, optional=True,
           reason="Monday house searches and detentions in Debre Markos: optional"),
    ]),
    "n16-005": ("2025-04-14", [
        ev("2025-04-11", VAC, ATTACK, RSF, civilians(SDN), country=SDN, admin1="Northern Darfur", loc="Zamzam",
           ll=(13.48, 25.3), fat=57, ok=(57, 200),
           reason="'began on Friday morning': RSF fighters fire into homes and a clinic in Zamzam, '57 people were "
                  "killed on Friday alone'; the woman in Tawila retells it. The health authority's 400 'since "
                  "Friday', not split by day, is allowed up to its even share"),
        ev("2025-04-12", BAT, None, RSF, None, country=SDN, admin1="Northern Darfur", loc="Zamzam",
           ll=(13.48, 25.3), fat=43, ok=(43, 200),
           reason="'On Saturday' the RSF fights the joint forces inside the camp and takes it, 43 killed 'in "
                  "Saturday's fighting': the same place on another day; the joint forces are not in our dictionary"),
        ev("2025-04-13", EXP, AIR, RSF, civilians(SDN), country=SDN, admin1="Northern Darfur", loc="Abu Shouk",
           ll=(13.66, 25.33), fat=7, reason="'On Sunday' RSF drones on a water point in the Abu Shouk camp, seven"),
    ]),
    "n16-006": ("2024-11-29", [
        ev("2024-11-27", VAC, ATTACK, ISRAEL, civilians(LB), country=LB, admin1="Nabatiye", loc="Markaba",
           ll=(33.23, 35.53), fat=0,
           reason="'On the first day of the ceasefire' (the truce 'took effect ... on Wednesday') Israeli troops "
                  "fire on residents driving to Markaba, two wounded; the army's 'suspects' retells it"),
        ev("2024-11-28", EXP, SHELL, ISRAEL, None, country=LB, admin1="Nabatiye", loc="Khiam", ll=(33.33, 35.61),
           fat=0, reason="'On Thursday morning' tank shells on the outskirts of Khiam, a house hit: one event per "
                         "village"),
        ev("2024-11-28", EXP, SHELL, ISRAEL, None, country=LB, admin1="Nabatiye", loc="Taybeh", fat=0,
           reason="the same shelling on Taybeh"),
        ev("2024-11-28", EXP, SHELL, ISRAEL, None, country=LB, admin1="Nabatiye", loc="Wazzani", fat=0,
           reason="the same shelling on Wazzani, a car set on fire"),
        ev("2024-11-28", EXP, AIR, ISRAEL, None, country=LB, admin1="South Governorate", loc="Bisariyeh", fat=0,
           reason="'In the afternoon' an air strike on a Hezbollah rocket store near Bisariyeh, nobody killed"),
    ]),
    "n16-007": ("2024-08-11", [
        ev("2024-08-10", EXP, AIR, ISRAEL, civilians(PS), country=PS, admin1="Gaza Strip", loc="Gaza",
           ll=(31.5, 34.47), fat=31,
           reason="'at dawn on Saturday' a strike on a school shelter in Daraj, Gaza City; civil defence 40, the "
                  "ministry's revised 31 (double counting) -> the later, lower count; told by a survivor, the army "
                  "('a Hamas and Islamic Jihad command post', 12 militants among the dead) and the recap 'the "
                  "strike on the school': one event"),
        ev("2024-08-10", EXP, AIR, ISRAEL, civilians(PS), country=PS, admin1="Gaza Strip", loc="Khan Younis",
           ll=(31.34, 34.31), fat=5, reason="'Elsewhere on Saturday' a drone on a tent in al-Mawasi west of Khan "
                                            "Younis, five of one family"),
        ev("2024-08-09", BAT, CLASH, None, forces("Israel"), country=PS, admin1="Gaza Strip", loc="Rafah",
           ll=(31.3, 34.24), fat=1, ok=(1, 9),
           reason="'on Friday evening' an ambush in Tal al-Sultan, Rafah: Hamas's armed wing claims nine soldiers, "
                  "the army says one -> the lowest. October's attack on Israel is the war's background"),
    ]),
    "n16-008": ("2024-06-21", []),
    "n16-009": ("2024-05-13", [
        ev("2024-05-10", BAT, CLASH, None, None, country=LY, admin1="Az Zawiyah", loc="Zawiya", ll=(32.75, 12.73),
           fat=5, ok=(5, 9),
           reason="'late on Friday' gunmen of one group attack a rival's checkpoint near the refinery; the fighting "
                  "runs overnight and through Saturday. Nine dead 'over Friday and Saturday', not split by day -> "
                  "five on the first day, four on the second (rules: split evenly, remainder first)"),
        ev("2024-05-11", BAT, CLASH, None, None, country=LY, admin1="Az Zawiyah", loc="Zawiya", ll=(32.75, 12.73),
           fat=4, ok=(0, 4), reason="'continued on Saturday around the coastal road and the university': the second "
                                    "day of the clashes, its share of the nine"),
        ev("2024-05-12", EXP, AIR, forces(LY), None, country=LY, admin1="Az Zawiyah", loc="Zawiya",
           ll=(32.75, 12.73), fat=0, reason="'On Sunday' GNU drones strike a warehouse and boats west of the city, "
                                            "nobody hurt"),
        ev("2024-05-12", None, None, None, None, country=LY, admin1="Az Zawiyah", loc="Zawiya", ll=(32.75, 12.73),
           fat=0, optional=True, reason="Sunday evening residents block the coastal road with burning tyres: "
                                        "protest or riot, open"),
        ev("2023-08-15", BAT, CLASH, None, None, country=LY, admin1="Az Zawiyah", loc="Zawiya", tp=3,
           window=("2023-08-01", "2023-08-31"), fat=None, optional=True,
           reason="'In August last year, clashes between rival groups there killed several people': month only"),
    ]),
    "n16-010": ("2022-05-09", [
        ev("2022-05-07", BAT, CLASH, IS_EGYPT, forces(EG), country=EG, admin1="Ismailia", loc="Qantara",
           ll=(30.86, 32.31), fat=11,
           reason="'on Saturday' militants attack the water pumping station near Qantara East, an officer and ten "
                  "soldiers; the army's statement ('a water lifting station west of Sinai', clashes), the Sinai "
                  "branch's claim (17 -> the lowest), a villager and the recap 'Saturday's attack': one event"),
        ev("2022-05-01", BAT, CLASH, None, forces(EG), country=EG, admin1="North Sinai", loc="Bir al-Abd",
           ll=(31.02, 33.01), fat=6,
           reason="'The attack, which happened on the eve of Eid al-Fitr' (Eid 'began on Monday, May 2' -> Sunday "
                  "May 1): militants fire on a checkpoint at Bir al-Abd, five soldiers and a civilian driver"),
        ev("2022-05-08", BAT, CLASH, forces(EG), None, country=EG, admin1="North Sinai", loc="Rafah",
           ll=(31.28, 34.24), fat=7, reason="'On Sunday' troops kill seven suspected militants in a raid south of "
                                            "Rafah. The 2017 mosque massacre is history"),
    ]),
    "n16-011": ("2022-08-22", [
        ev("2022-08-19", EXP, SUICIDE, SHABAAB, civilians(SO), country=SO, admin1="Banadir", loc="Mogadishu",
           ll=(2.04, 45.34), fat=18, ok=(18, 21),
           reason="'on Friday evening' a suicide car bomb at the Hayat's gate, a second car bomb and gunmen inside; "
                  "'most of the victims were killed in that first hour'; tolls 12, 20, then 21 in all (the latest), "
                  "of whom three soldiers died on Saturday -> 18 on Friday; told by a waiter and al-Shabaab's claim "
                  "('dozens'): one event on the day it began"),
        ev("2022-08-20", BAT, CLASH, forces(SO), SHABAAB, country=SO, admin1="Banadir", loc="Mogadishu",
           ll=(2.04, 45.34), fat=7, ok=(3, 7),
           reason="'through Saturday' special forces fight the gunmen floor by floor, 'three soldiers were killed in "
                  "the final assault on Saturday night, and the last four attackers were shot dead': the siege's "
                  "second day, its own toll; the commissioner's 'The operation at the Hayat is over' retells it"),
        ev("2022-08-20", EXP, IED, None, forces(SO), country=SO, admin1="Lower Shabelle", loc="Afgoye",
           ll=(2.14, 45.12), fat=2, reason="'In a separate attack on Saturday' a roadside bomb on an army vehicle "
                                           "near Afgoye, two soldiers"),
    ]),
    "n16-012": ("2024-05-13", [
        ev("2024-05-10", BAT, CLASH, IS_MOZ, forces(MZ), country=MZ, admin1="Cabo Delgado", loc="Macomia",
           ll=(-12.25, 40.12), fat=3, ok=(3, 10),
           reason="'on Friday' insurgents attack Macomia and fight soldiers and the regional force; three soldiers "
                  "(a local official) against IS's claim of ten -> the lowest; a mother's account retells it"),
        ev("2024-05-11", SD, LOOTING, IS_MOZ, None, country=MZ, admin1="Cabo Delgado", loc="Macomia",
           ll=(-12.25, 40.12), fat=0, optional=True,
           reason="'On Saturday' the fighters loot shops and aid warehouses in Macomia: optional"),
        ev("2024-05-11", VAC, ATTACK, IS_MOZ, civilians(MZ), country=MZ, admin1="Cabo Delgado", loc="Mucojo",
           ll=(-12.07, 40.48), fat=2, reason="'The same day' insurgents shoot two fishermen on the beach at Mucojo: "
                                             "another place. Palma 2021 is history"),
    ]),
    "n16-013": ("2025-07-29", [
        ev("2025-07-27", VAC, ATTACK, ADF, civilians(CD), country=CD, admin1="Ituri", loc="Komanda",
           ll=(1.37, 29.76), fat=43, ok=(43, 45),
           reason="'early on Sunday' (around 1 a.m.) the ADF attack the church vigil in Komanda; tolls 21, 38, then "
                  "43 (the latest); told by a choir member, the army ('the Komanda area of Irumu territory'), IS's "
                  "claim (45 -> the lowest), MONUSCO ('the attack on the parish') and the recap 'Sunday's "
                  "massacre': one event"),
        ev("2025-07-27", VAC, ATTACK, ADF, civilians(CD), country=CD, admin1="Ituri", loc="Machongani", fat=5,
           reason="'Hours after the attack on the church' the same rebels kill five and burn shops in Machongani, "
                  "10 km away: another place"),
        ev("2025-07-28", BAT, CLASH, forces(CD), ADF, country=CD, admin1="Ituri", loc="Komanda", ll=(1.37, 29.76),
           fat=3, reason="'On Monday' soldiers clash with ADF fighters near Komanda, three rebels"),
        ev("2025-02-15", VAC, ATTACK, ADF, civilians(CD), country=CD, admin1="Nord-Kivu", tp=3,
           window=("2025-02-01", "2025-02-28"), fat=50, optional=True,
           reason="'In February, ADF fighters killed more than 50 people in villages of the Lubero territory': "
                  "month only"),
    ]),
    "n16-014": ("2024-08-16", []),
    "n16-015": ("2025-03-09", [
        ev("2025-03-04", BAT, None, None, forces(SS), country=SS, admin1="Upper Nile", loc="Nasir",
           ll=(8.6, 33.07), fat=12,
           reason="'overran the army's garrison in Nasir on Tuesday' (told in the clause 'three days after'): at "
                  "least 12 soldiers; the White Army is not in our dictionary"),
        ev("2025-03-07", BAT, CLASH, None, forces(SS), country=SS, admin1="Upper Nile", loc="Nasir",
           ll=(8.6, 33.07), fat=29, ok=(28, 29),
           reason="'on Friday' the evacuation at Nasir attacked: the general and 27 soldiers, a UN crew member; the "
                  "UN mission's and the minister's accounts ('a massacre') are one event"),
        ev("2025-03-05", SD, None, forces(SS), None, country=SS, admin1="Central Equatoria", loc="Juba",
           ll=(4.85, 31.58), fat=0, optional=True,
           reason="'on Wednesday' forces surround Machar's home in Juba: optional"),
    ]),
    "n16-016": ("2025-01-23", [
        ev("2025-01-21", None, None, ISRAEL, None, country=PS, admin1="West Bank", loc="Jenin", ll=(32.46, 35.3),
           fat=10,
           reason="'since Tuesday, when troops ... moved into the camp': drone strikes and clashes in the Jenin "
                  "camp, ten killed on Tuesday; the army's 'first day of the operation' retells it; strikes and "
                  "clashes in one place and day -> type open"),
        ev("2025-01-22", None, None, ISRAEL, None, country=PS, admin1="West Bank", loc="Jenin", ll=(32.46, 35.3),
           fat=2, reason="'On Wednesday' troops shoot two men in the camp's Damaj neighbourhood: its own day; the "
                         "army says gunmen -> type open"),
        ev("2025-01-20", None, None, SETTLERS, civilians(PS), country=PS, admin1="West Bank", loc="al-Funduq",
           ll=(32.19, 35.14), fat=0, reason="'on Monday night' settlers torch cars and homes and stone residents in "
                                            "al-Funduq. The PA's December campaign and July 2023 are background"),
    ]),
    "n16-017": ("2023-10-07", [
        ev("2023-10-05", EXP, AIR, None, None, country=SY, admin1="Homs", loc="Homs", ll=(34.72, 36.73), fat=89,
           reason="'The attack on the academy, which happened during a graduation ceremony ... on Thursday "
                  "afternoon': drones on the parade ground; 60, 80, then 89 (the latest); unclaimed"),
        ev("2023-10-05", EXP, SHELL, forces(SY), civilians(SY), country=SY, admin1="Idlib", loc="Idlib",
           ll=(35.93, 36.63), fat=5, reason="'On Thursday evening' artillery on Idlib city, five"),
        ev("2023-10-05", EXP, SHELL, forces(SY), civilians(SY), country=SY, admin1="Idlib", loc="Sarmin",
           ll=(35.9, 36.73), fat=3, reason="'on Thursday night' a shell on a home in Sarmin, three of one family"),
        ev("2023-10-06", EXP, SHELL, forces(SY), civilians(SY), country=SY, admin1="Aleppo", loc="Darat Izza",
           ll=(36.28, 36.85), fat=2, reason="'On Friday' rockets on a market in Darat Izza, two shoppers"),
        ev("2023-10-06", EXP, AIR, forces(RU), None, country=SY, admin1="Idlib", loc="Jisr al-Shughur",
           ll=(35.81, 36.32), fat=0, reason="'On Friday' Russian strikes on the outskirts of Jisr al-Shughur, no "
                                            "casualties. The Observatory's 12 is a tally"),
    ]),
    "n16-018": ("2022-06-21", [
        ev("2022-06-18", VAC, ATTACK, None, civilians(ET), country=ET, admin1="Oromiya", loc="Tole", fat=230,
           ok=(230, 338),
           reason="'on Saturday' gunmen kill Amhara villagers in Tole (Gimbi area); a witness counted 230, the "
                  "association 338 -> the lowest; only the regional administration blames the OLA, which denies"),
        ev("2022-06-19", BAT, CLASH, OLA, police(ET), country=ET, admin1="Oromiya", loc="Dembi Dollo",
           ll=(8.53, 34.8), fat=2, reason="'The next day' OLA fighters raid a police station in Dembi Dollo, two "
                                          "officers; the group claims it"),
        ev("2022-06-20", PRO, PEACEFUL, protesters(ET), None, country=ET, admin1="Amhara", loc="Bahir Dar",
           ll=(11.59, 37.39), fat=0, reason="'on Monday' hundreds protest in Bahir Dar"),
        ev("2022-06-20", PRO, PEACEFUL, protesters(ET), None, country=ET, admin1="Amhara", loc="Gondar",
           ll=(12.6, 37.47), fat=0, reason="the same protest in Gondar: one event per town"),
    ]),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
