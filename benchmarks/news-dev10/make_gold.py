"""Hand coding of the news-dev10 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` before the pipeline ever ran on the set,
with news-dev6's to news-dev9's conventions (their helpers and names imported, not copied): `etype=None` leaves a
type a coder could not decide unscored, `sub=None` the sub-event type, an actor left out (None) is not scored.
Actors are left out when nobody names them, when only officials blame them, or when their ACLED name is not in our
dictionary. Protests "also held in X, Y and Z" are one event per place and day; a town handed over or entered
without a fight is Strategic developments / Non-violent transfer of territory; an agreement signed abroad is
optional. Admin1 names are the embedded gazetteer's spelling; `ll` is given where the gazetteer may not know the
place.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import load_script, write_story_gold  # noqa: E402

_DEV9 = load_script(HERE.parent / "news-dev9" / "make_gold.py", "news_dev9_make_gold")
ev, forces, civilians, protesters = _DEV9.ev, _DEV9.forces, _DEV9.civilians, _DEV9.protesters
VAC, BAT, EXP, PRO, SD = _DEV9.VAC, _DEV9.BAT, _DEV9.EXP, _DEV9.PRO, _DEV9.SD
AIR, SHELL, IED, CLASH, ATTACK, TAKEN = _DEV9.AIR, _DEV9.SHELL, _DEV9.IED, _DEV9.CLASH, _DEV9.ATTACK, _DEV9.TAKEN
SHABAAB, RSF, ISCAP, PEACEFUL, SUICIDE = _DEV9.SHABAAB, _DEV9.RSF, _DEV9.ISCAP, _DEV9.PEACEFUL, _DEV9.SUICIDE
ABDUCT, JNIM = _DEV9.ABDUCT, _DEV9.JNIM
RIO, VIOLENT_DEMO = "Riots", "Violent demonstration"
EXCESSIVE, INTERVENTION = "Excessive force against protesters", "Protest with intervention"
REGAINS, TRANSFER = "Government regains territory", "Non-violent transfer of territory"
AGREEMENT, BASE = "Agreement", "Headquarters or base established"
AMBAZONIA, M23, FANO = "Ambazonian Separatists", "M23: March 23 Movement", "Fano Militia"
HOUTHI = "Military Forces of Yemen Supreme Political Council"
GNA = "Military Forces of Libya Government of National Accord"
CJTF, HEZBOLLAH, TALIBAN = "Civilian JTF: Civilian Joint Task Force", "Hezbollah", "Taliban"
BF, NE, NG, CM, SDN, SS, ET, CD, MZ, SO, LY, SY, IQ, YE, LB, PS, IL, AF, PK = (
    "Burkina Faso", "Niger", "Nigeria", "Cameroon", "Sudan", "South Sudan", "Ethiopia",
    "Democratic Republic of Congo", "Mozambique", "Somalia", "Libya", "Syria", "Iraq", "Yemen", "Lebanon",
    "Palestine", "Israel", "Afghanistan", "Pakistan")


def rioters(country: str) -> str:
    return f"Rioters ({country})"


GOLD = {
    "n10-001": ("2022-09-29", [
        ev("2022-09-26", BAT, CLASH, JNIM, forces(BF), country=BF, admin1="Sahel", loc="Gaskinde",
           ll=(14.03, -1.2), fat=27, ok=(11, 27),
           reason="Monday convoy ambush, 11 then 27 soldiers; told again as 'the ambush on the column'; JNIM claimed"),
        ev("2022-09-27", PRO, PEACEFUL, protesters(BF), None, country=BF, admin1="Sahel", loc="Djibo",
           reason="'On Tuesday, the day after' march to the prefecture, dispersed after a meeting"),
    ]),
    "n10-002": ("2023-10-07", [
        ev("2023-10-05", SD, TRANSFER, forces(NE), None, country=NE, admin1="Tillaberi", loc="Ouallam",
           reason="Thursday handover of the French camp to the Nigerien army"),
        ev("2023-10-06", PRO, PEACEFUL, protesters(NE), None, country=NE, admin1="Niamey", loc="Niamey",
           reason="Friday rally at the French base"),
        ev("2023-10-06", PRO, PEACEFUL, protesters(NE), None, country=NE, admin1="Zinder", loc="Zinder",
           reason="'Rallies were also held the same day in Zinder, Maradi and Tahoua': one event per place"),
        ev("2023-10-06", PRO, PEACEFUL, protesters(NE), None, country=NE, admin1="Maradi", loc="Maradi",
           reason="the same list's second place"),
        ev("2023-10-06", PRO, PEACEFUL, protesters(NE), None, country=NE, admin1="Tahoua", loc="Tahoua",
           reason="the same list's third place"),
        ev("2023-10-02", BAT, None, None, forces(NE), country=NE, admin1="Tillaberi", loc="Tabatol",
           ll=(14.7, 0.9), fat=29, ok=(29, 65),
           reason="Monday attack on a unit near Tabatol, 29 soldiers, 'several dozen neutralised'; no claim"),
    ]),
    "n10-003": ("2024-05-12", [
        ev("2024-05-06", EXP, IED, None, CJTF, country=NG, admin1="Borno", loc="Gwoza", fat=4,
           reason="round-up line: Monday roadside bomb on a CJTF vehicle"),
        ev("2024-05-08", VAC, ABDUCT, None, civilians(NG), country=NG, admin1="Niger", loc="Shiroro", fat=0,
           reason="Wednesday bus passengers taken on the Erena road"),
        ev("2024-05-09", VAC, ATTACK, None, civilians(NG), country=NG, admin1="Plateau", loc="Bokkos", fat=9,
           reason="late Thursday attack on two villages"),
        ev("2024-05-10", PRO, INTERVENTION, protesters(NG), None, country=NG, admin1="Plateau", loc="Bokkos",
           reason="the same line's Friday road blockade, tear gas and arrests, nobody hurt"),
        ev("2024-05-11", BAT, CLASH, forces(NG), None, country=NG, admin1="Kaduna", loc="Kajuru", fat=8,
           reason="Saturday clash with bandits, eight killed"),
    ]),
    "n10-004": ("2021-05-15", [
        ev("2021-05-11", BAT, CLASH, forces(CM), AMBAZONIA, country=CM, admin1="Nord-Ouest", loc="Bali",
           ll=(5.89, 10.01), fat=2, ok=(2, 7),
           reason="communiqué: Tuesday dawn raid on the camp, 7 per the ministry, 2 per the separatists (lowest)"),
        ev("2021-05-12", BAT, CLASH, AMBAZONIA, None, country=CM, admin1="Nord-Ouest", loc="Bamenda", fat=2,
           reason="Wednesday evening attack on the Nkwen gendarmerie post, two gendarmes"),
        ev("2021-05-13", VAC, ABDUCT, None, civilians(CM), country=CM, admin1="Nord-Ouest", loc="Kumbo", fat=0,
           reason="Thursday teachers taken; separatists only blamed by the ministry"),
    ]),
    "n10-005": ("2023-05-24", [
        ev("2023-05-22", BAT, CLASH, forces(SDN), RSF, country=SDN, admin1="Khartoum", loc="Khartoum", fat=0,
           reason="truce broken: Monday night fighting around the armoured corps"),
        ev("2023-05-23", EXP, SHELL, None, civilians(SDN), country=SDN, admin1="Khartoum", loc="Omdurman", fat=5,
           reason="Tuesday shells on Souq Libya; each side blames the other"),
        ev("2023-05-20", SD, AGREEMENT, None, None, country="Saudi Arabia", loc="Jeddah", optional=True,
           reason="Saturday truce signed in Jeddah (abroad)"),
    ]),
    "n10-006": ("2023-03-03", [
        ev("2023-02-20", VAC, ATTACK, None, civilians(SS), country=SS, admin1="Jonglei", loc="Likuangole", fat=17,
           reason="UN release: Monday 20 February attack by armed youth (no name in our dictionary)"),
        ev("2023-02-22", BAT, CLASH, forces(SS), None, country=SS, admin1="Jonglei", loc="Gumuruk", fat=14,
           reason="'Two days later, on Wednesday 22 February' SSPDF fight the youth, 11 + 3"),
        ev("2023-03-02", SD, AGREEMENT, None, None, country=SS, admin1="Jonglei", loc="Bor", ll=(6.21, 31.56),
           reason="Thursday 2 March cessation of hostilities signed in Bor"),
    ]),
    "n10-007": ("2023-08-17", [
        ev("2023-08-13", EXP, AIR, None, civilians(ET), country=ET, admin1="Amhara", loc="Finote Selam", fat=26,
           ok=(15, 26), reason="Sunday midday drone strike, 15 then 26; told again as 'the attack on the square'"),
        ev("2023-08-10", SD, TRANSFER, forces(ET), None, country=ET, admin1="Amhara", loc="Lalibela",
           reason="'Thursday of last week' troops return without a fight after Fano pulled out"),
        ev("2023-08-04", BAT, TAKEN, FANO, forces(ET), country=ET, admin1="Amhara", loc="Lalibela", fat=0,
           reason="Friday August 4 Fano seized the town after brief clashes"),
        ev("2023-08-03", BAT, TAKEN, FANO, None, country=ET, admin1="Amhara", loc="Gondar", tp=2, optional=True,
           reason="'briefly in control of parts of Gondar ... during the first week': week"),
        ev("2023-08-03", BAT, TAKEN, FANO, None, country=ET, admin1="Amhara", loc="Bahir Dar", tp=2,
           optional=True, reason="the same clause's second city"),
    ]),
    "n10-008": ("2022-06-14", [
        ev("2022-06-12", BAT, CLASH, M23, forces(CD), country=CD, admin1="Nord-Kivu", loc="Bunagana", fat=0,
           reason="live blog: Sunday fighting around the town"),
        ev("2022-06-13", BAT, TAKEN, M23, forces(CD), country=CD, admin1="Nord-Kivu", loc="Bunagana", fat=0,
           reason="Monday M23 takes the town and border post"),
        ev("2022-06-14", RIO, VIOLENT_DEMO, rioters(CD), None, country=CD, admin1="Nord-Kivu", loc="Goma",
           reason="Tuesday march against Rwanda, tear gas, shops looted"),
        ev("2022-06-14", PRO, PEACEFUL, protesters(CD), None, country=CD, admin1="Nord-Kivu", loc="Butembo",
           reason="'Similar marches took place the same morning in Butembo and Beni': one per place"),
        ev("2022-06-14", PRO, PEACEFUL, protesters(CD), None, country=CD, admin1="Nord-Kivu", loc="Beni",
           reason="the same list's second town"),
    ]),
    "n10-009": ("2021-08-10", [
        ev("2021-08-08", BAT, REGAINS, None, ISCAP, country=MZ, admin1="Cabo Delgado", loc="Mocimboa da Praia",
           fat=0, reason="Sunday joint force enters the town"),
        ev("2021-08-06", BAT, CLASH, None, ISCAP, country=MZ, admin1="Cabo Delgado", loc="Awasse", fat=14,
           reason="Friday fighting near the junction, 14 insurgents"),
        ev("2021-08-07", SD, BASE, "Military Forces of Rwanda", None, country=MZ, admin1="Cabo Delgado",
           loc="Awasse", reason="Saturday forward base set up at the junction"),
    ]),
    "n10-010": ("2022-12-07", [
        ev("2022-12-05", SD, TRANSFER, forces(SO), None, country=SO, admin1="Middle Shabelle", loc="Adan Yabaal",
           reason="Monday entry without a fight after al Shabaab pulled out; told again as 'the takeover of the town'"),
        ev("2022-12-03", BAT, CLASH, forces(SO), SHABAAB, country=SO, admin1="Middle Shabelle", loc="Runirgod",
           ll=(3.75, 46.0), fat=12, ok=(10, 12), reason="Saturday clash, ten militants and two soldiers"),
        ev("2022-12-04", EXP, SHELL, None, None, country=SO, admin1="Banadir", loc="Mogadishu", fat=0,
           reason="late Sunday mortar rounds near Halane and the palace, no claim"),
    ]),
    "n10-011": ("2020-06-06", [
        ev("2020-06-05", SD, TRANSFER, GNA, None, country=LY, admin1="Al Marqab", loc="Tarhuna",
           reason="ministry statement: Friday entry 'without meeting any resistance' after the LNA withdrew"),
        ev("2020-06-03", BAT, REGAINS, GNA, "Military Forces of Libya Haftar Faction", country=LY, admin1="Tripoli",
           loc="Tripoli", ll=(32.66, 13.16), fat=11, reason="'two days after' Wednesday airport retaken after clashes"),
    ]),
    "n10-012": ("2020-03-08", [
        ev("2020-03-07", EXP, SHELL, forces(SY), None, country=SY, admin1="Idlib", loc="Kansafra",
           ll=(35.64, 36.52), fat=0, reason="truce broken: Saturday shelling of Kansafra and al-Bara"),
        ev("2020-03-07", EXP, SHELL, forces(SY), None, country=SY, admin1="Idlib", loc="al-Bara", ll=(35.68, 36.54),
           optional=True, reason="the same shelling's second village"),
        ev("2020-03-07", BAT, CLASH, forces(SY), None, country=SY, admin1="Hama", loc="al-Sirmaniyah",
           ll=(35.72, 36.33), fat=15, reason="'Later on Saturday' clash in the al-Ghab plain, 9 + 6"),
        ev("2020-03-05", SD, AGREEMENT, None, None, country="Russia", loc="Moscow", optional=True,
           reason="Thursday ceasefire agreed in Moscow (abroad)"),
    ]),
    "n10-013": ("2019-10-26", [
        ev("2019-10-25", PRO, EXCESSIVE, protesters(IQ), None, country=IQ, admin1="Baghdad", loc="Baghdad", fat=8,
           reason="Friday Tahrir Square, tear gas and live rounds, eight killed"),
        ev("2019-10-25", PRO, PEACEFUL, protesters(IQ), None, country=IQ, admin1="Basrah", loc="Basra",
           reason="'Demonstrations were also held on Friday in Basra, Amara and Hilla': one per city"),
        ev("2019-10-25", PRO, PEACEFUL, protesters(IQ), None, country=IQ, admin1="Missan", loc="Amara",
           reason="the same list's second city"),
        ev("2019-10-25", PRO, PEACEFUL, protesters(IQ), None, country=IQ, admin1="Babylon", loc="Hilla",
           reason="the same list's third city"),
        ev("2019-10-25", RIO, VIOLENT_DEMO, rioters(IQ), None, country=IQ, admin1="Thi-Qar", loc="Nasiriyah",
           fat=3, reason="party offices burned, guards kill three"),
    ]),
    "n10-014": ("2022-10-22", [
        ev("2022-10-21", EXP, AIR, HOUTHI, None, country=YE, admin1="Hadramawt", loc="al-Dhabba",
           ll=(14.7, 49.4), fat=0, reason="Friday drone 'warning strike' on the terminal, claimed, nobody hurt"),
        ev("2022-10-20", EXP, SHELL, None, civilians(YE), country=YE, admin1="Ta'izz", loc="Taiz", fat=1,
           reason="Thursday shells on a district, a child killed; Houthis only blamed"),
    ]),
    "n10-015": ("2024-12-12", [
        ev("2024-12-11", SD, TRANSFER, "Military Forces of Lebanon", None, country=LB, admin1="Nabatiye",
           loc="Khiam", reason="Wednesday army deploys after the Israeli withdrawal"),
        ev("2024-12-02", EXP, AIR, "Military Forces of Israel", None, country=LB, admin1="Nabatiye",
           loc="Marjayoun", fat=1, reason="'Monday of last week' drone strike, a State Security sergeant"),
        ev("2024-12-02", EXP, SHELL, HEZBOLLAH, "Military Forces of Israel", country=LB, admin1="Nabatiye",
           loc="Shebaa Farms", ll=(33.28, 35.7), optional=True, reason="two mortar rounds, disputed area"),
        ev("2024-12-02", EXP, AIR, "Military Forces of Israel", civilians(LB), country=LB,
           admin1="South Governorate", loc="Haris", ll=(33.18, 35.33), fat=5, reason="that night's strike on a house"),
        ev("2024-12-02", EXP, AIR, "Military Forces of Israel", civilians(LB), country=LB, admin1="Nabatiye",
           loc="Tallousa", ll=(33.27, 35.5), fat=4, reason="the same night's second village"),
    ]),
    "n10-016": ("2023-07-05", [
        ev("2023-07-03", None, None, "Military Forces of Israel", None, country=PS, admin1="West Bank", loc="Jenin",
           fat=8, reason="Monday drone strikes and incursion, eight killed (type disputed)"),
        ev("2023-07-04", BAT, CLASH, "Military Forces of Israel", None, country=PS, admin1="West Bank",
           loc="Jenin", fat=5, reason="Tuesday fighting in the alleys, four Palestinians and a soldier"),
        ev("2023-07-04", VAC, ATTACK, None, civilians(IL), country=IL, admin1="Tel Aviv", loc="Tel Aviv", fat=1,
           reason="Tuesday ramming and stabbing, attacker shot dead"),
        ev("2023-07-04", RIO, VIOLENT_DEMO, rioters(PS), None, country=PS, admin1="West Bank", loc="Ramallah",
           reason="Tuesday march, stones thrown at the PA security headquarters"),
        ev("2023-07-04", PRO, PEACEFUL, protesters(PS), None, country=PS, admin1="West Bank", loc="Nablus",
           reason="'smaller marches were held in Nablus and Hebron': one per city"),
        ev("2023-07-04", PRO, PEACEFUL, protesters(PS), None, country=PS, admin1="West Bank", loc="Hebron",
           reason="the same clause's second city"),
    ]),
    "n10-017": ("2021-08-08", [
        ev("2021-08-06", SD, TRANSFER, TALIBAN, None, country=AF, admin1="Nimruz", loc="Zaranj",
           reason="Friday afternoon entry without resistance"),
        ev("2021-08-07", BAT, TAKEN, TALIBAN, forces(AF), country=AF, admin1="Jowzjan", loc="Sheberghan", fat=0,
           ok=(0, 12), reason="Saturday capture after fighting, 'dozens killed or wounded' (no count)"),
        ev("2021-08-06", VAC, ATTACK, TALIBAN, civilians(AF), country=AF, admin1="Kabul", loc="Kabul", fat=1,
           reason="Friday killing of the media centre head, claimed"),
    ]),
    "n10-018": ("2023-02-02", [
        ev("2023-01-30", EXP, SUICIDE, None, "Police Forces of Pakistan", country=PK, admin1="Khyber Pakhtunkhwa",
           loc="Peshawar", fat=100, ok=(59, 101), reason="Monday police-lines mosque bomber, 59 then 100; claim "
                                                           "withdrawn; told again as 'the blast in the police compound'"),
        ev("2023-01-31", BAT, CLASH, None, "Police Forces of Pakistan", country=PK, admin1="Punjab",
           loc="Mianwali", fat=3, reason="Tuesday night police station attack repelled, three attackers"),
        ev("2023-02-01", PRO, PEACEFUL, protesters(PK), None, country=PK, admin1="Khyber Pakhtunkhwa",
           loc="Peshawar", reason="Wednesday relatives' gathering at the press club, peaceful"),
        ev("2022-12-18", BAT, None, "TTP: Tehreek-i-Taliban Pakistan", None, country=PK,
           admin1="Khyber Pakhtunkhwa", loc="Bannu", tp=3, optional=True, reason="'In December' Bannu siege: month"),
    ]),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
