"""Hand coding of the news-dev15 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` before the pipeline ever ran on the set,
with news-dev6's to news-dev14's conventions (news-dev13's helpers and names imported, not copied): `etype=None`
leaves a type a coder could not decide unscored, `sub=None` the sub-event type, an actor left out (None) is not
scored, `fat=None` leaves a toll the text does not give unscored. Actors are left out when nobody names them, when
only officials or local sources blame them ("fighters believed to belong to the UPC ..., a local official said"),
or when their ACLED name is not in our dictionary (the Zaire militia, Tehreek-e-Jihad Pakistan, Tripoli's 444
Brigade and Radaa). One event = one set of actors, one place, one day: an attack told again in other words (a
witness, the army's statement with its own verb and toll, a recap "the raid on Mukondi", a claim) is the same
event, also when the retelling names the district or a nearby post instead of the village ("near Bule", "the Monts
de Lam area", "the Kpendjal area", "the Penha complex"); an act in another town the same night, a reprisal or a
pursuit the next day, an army raid two days before are their own events. A night act is one event on the day it
began. An earlier act told with its day is required, one told with its month only optional (time precision 3);
history of years past and tallies ("hundreds of violations since November") yield nothing. Tolls: successive counts
of the same dead keep the latest; conflicting accounts of one act keep the lowest, never their sum; the attackers
killed count with the defenders. Admin1 names are the embedded gazetteer's spelling; `ll` is given where the place
is known to us.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import load_script, write_story_gold  # noqa: E402

_DEV13 = load_script(HERE.parent / "news-dev13" / "make_gold.py", "news_dev13_make_gold")
ev, civilians, forces, police = _DEV13.ev, _DEV13.civilians, _DEV13.forces, _DEV13.police
VAC, BAT, EXP, PRO = _DEV13.VAC, _DEV13.BAT, _DEV13.EXP, _DEV13.PRO
AIR, SHELL, IED, CLASH, ATTACK, SUICIDE = (_DEV13.AIR, _DEV13.SHELL, _DEV13.IED, _DEV13.CLASH, _DEV13.ATTACK,
                                           _DEV13.SUICIDE)
ADF, JNIM, HOUTHI, HEZBOLLAH, ISKP, IS_PH, BLA, DAWLAH = (
    _DEV13.ADF, _DEV13.JNIM, _DEV13.HOUTHI, _DEV13.HEZBOLLAH, _DEV13.ISKP, _DEV13.IS_PH, _DEV13.BLA, _DEV13.DAWLAH)
ISRAEL = _DEV13.ISRAEL
CODECO, THREE_R = "CODECO: Cooperative for Development of Congo", "3R: Return, Reclamation, Rehabilitation"
COMANDO_VERMELHO = "Comando Vermelho"
CD, TD, SS, BJ, TG, LY, YE, LB, IL, PK, AF, PH, CF, MX, BR = (
    "Democratic Republic of Congo", "Chad", "South Sudan", "Benin", "Togo", "Libya", "Yemen", "Lebanon", "Israel",
    "Pakistan", "Afghanistan", "Philippines", "Central African Republic", "Mexico", "Brazil")
BARMM = "Bangsamoro Autonomous Region in Muslim Mindanao"

GOLD = {
    "n15-001": ("2023-06-14", [
        ev("2023-06-11", VAC, ATTACK, CODECO, civilians(CD), country=CD, admin1="Ituri", loc="Lala",
           ll=(1.92, 30.6), fat=45, ok=(45, 46),
           reason="'late on Sunday' CODECO attack on the Lala displacement camp, told again by a survivor ('came in "
                  "the dark'), the army ('massacred 45 displaced people near Bule', the nearby post) and the recap "
                  "'Sunday's massacre': one event; 46 and 45 conflict -> the lowest. Plaine Savo (February 2022) "
                  "is history"),
        ev("2023-06-13", VAC, ATTACK, None, civilians(CD), country=CD, admin1="Ituri", loc="Ngabu", fat=3,
           reason="'On Tuesday afternoon' the Zaire militia (not in our dictionary) kills three farmers in another "
                  "village, a reprisal: a second event"),
    ]),
    "n15-002": ("2023-03-10", [
        ev("2023-03-08", VAC, ATTACK, ADF, civilians(CD), country=CD, admin1="Nord-Kivu", loc="Mukondi", fat=35,
           ok=(35, 38), reason="Wednesday night ADF raid on Mukondi, told by a survivor, the army ('slaughtered 35 "
                               "civilians in the Mukondi area'), a civil society leader (38), the recap 'the raid "
                               "on Mukondi' and IS's claim: one event; conflicting tolls -> the lowest"),
        ev("2023-03-08", VAC, ATTACK, None, civilians(CD), country=CD, admin1="Nord-Kivu", loc="Kirindera", fat=8,
           reason="the same night in Kirindera, another village across the boundary: eight killed, a health centre "
                  "burned; the group is not known"),
        ev("2023-03-09", BAT, CLASH, forces(CD), ADF, country=CD, admin1="Nord-Kivu", loc="Eringeti",
           ll=(0.85, 29.61), fat=4, reason="'In a separate incident on Thursday' the army kills four ADF fighters "
                                           "near Eringeti"),
    ]),
    "n15-003": ("2025-05-16", [
        ev("2025-05-14", BAT, CLASH, None, None, country=TD, admin1="Logone Oriental", loc="Mandakao", fat=42,
           ok=(42, 45), reason="Wednesday fighting between herders and farmers in Mandakao, told by a farmer, the "
                               "spokesman ('the clashes in the Monts de Lam area', its department) and the recap "
                               "'Wednesday's violence': one event; 42 and a rights group's 45 -> the lowest"),
        ev("2025-03-15", BAT, CLASH, None, None, country=TD, admin1="Mandoul", tp=3,
           window=("2025-03-01", "2025-03-31"), fat=None, optional=True,
           reason="'In March, similar fighting ... in the Mandoul province left more than a dozen people dead': "
                  "month only"),
    ]),
    "n15-004": ("2024-02-06", [
        ev("2024-02-03", BAT, CLASH, None, None, country=SS, admin1="Warrap", loc="Akop", fat=17, ok=(17, 19),
           reason="Saturday raid on the Akop cattle camp (herders fire back), told by a wounded herder, the "
                  "commissioner ('the attack on the Marial Lou area', 19), the minister (17) and the recap 'the raid "
                  "on the cattle camp': one event; conflicting tolls -> the lowest"),
        ev("2024-02-04", BAT, CLASH, None, None, country=SS, admin1="Warrap", loc="Pakur", fat=7,
           reason="'On Sunday' Tonj youths catch up with the raiders near Pakur, five raiders and two pursuers: a "
                  "pursuit on another day at another place, its own event"),
    ]),
    "n15-005": ("2025-04-19", [
        ev("2025-04-17", BAT, CLASH, JNIM, forces(BJ), country=BJ, admin1="Alibori", loc="Point Triple", fat=54,
           reason="Thursday dawn assault on the Point Triple post, told by a survivor, the spokesman ('the attack "
                  "on the position'; eight, then 28, then 54 -> the latest), JNIM's claim (70, a conflicting "
                  "account -> the lowest) and the recap 'Thursday's assault on the Point Triple post': one event"),
        ev("2025-04-17", EXP, IED, None, forces(BJ), country=BJ, admin1="Alibori", loc="Banikoara",
           ll=(11.3, 2.44), fat=2, reason="'In a separate attack the same day' a roadside bomb on an army vehicle "
                                          "on the Banikoara road, two soldiers; unclaimed"),
        ev("2025-01-15", BAT, CLASH, None, forces(BJ), country=BJ, admin1="Alibori", loc="Point Triple", tp=3,
           window=("2025-01-01", "2025-01-31"), fat=28, optional=True,
           reason="'In January, militants killed 28 soldiers at a position near the Point Triple': month only"),
    ]),
    "n15-006": ("2024-07-22", [
        ev("2024-07-20", BAT, CLASH, JNIM, forces(TG), country=TG, admin1="Savanes", loc="Kpinkankandi", fat=10,
           ok=(10, 12), reason="Saturday pre-dawn attack on the Kpinkankandi post, told by a resident, the army ('a "
                               "unit in the Kpendjal area', its prefecture), the sources (12 and ten -> the lowest) "
                               "and JNIM's claim ('the raid on the Kpinkankandi camp'): one event"),
        ev("2024-07-20", EXP, IED, None, civilians(TG), country=TG, admin1="Savanes", loc="Nadjoundi", fat=2,
           reason="'Hours after the attack on the post' a bomb on a track near Nadjoundi kills two women: another "
                  "place, its own event. The 2022 attack is history"),
    ]),
    "n15-007": ("2023-08-17", [
        ev("2023-08-14", BAT, CLASH, None, None, country=LY, admin1="Tripoli", loc="Tripoli", ll=(32.89, 13.19),
           fat=55, reason="Monday night into Tuesday, the 444 Brigade against Radaa (neither in our dictionary), "
                          "told by an Ain Zara resident, the toll (27 then 55 -> the latest) and the recap 'the "
                          "fighting around Mitiga airport': one event on the day it began"),
        ev("2023-08-13", BAT, CLASH, None, None, country=LY, admin1="Az Zawiyah", loc="Zawiya", ll=(32.75, 12.73),
           fat=2, reason="'On Sunday' two fighters killed in an exchange of fire between rival groups in Zawiya. "
                         "August 2022 in Tripoli is history"),
    ]),
    "n15-008": ("2025-03-12", []),
    "n15-009": ("2023-11-08", [
        ev("2023-11-06", EXP, SHELL, HOUTHI, civilians(YE), country=YE, admin1="Ta'izz", loc="Taiz",
           ll=(13.58, 44.02), fat=3, ok=(3, 4),
           reason="Monday afternoon shells on a Taiz neighbourhood, told by an uncle, the governor's office ('shelled "
                  "the al-Rawdah district', three children), UNICEF (four) and the recap 'the strike on the "
                  "playground': one event; conflicting tolls -> the lowest"),
        ev("2023-11-06", BAT, CLASH, HOUTHI, forces(YE), country=YE, admin1="Ma'rib", loc="Harib",
           ll=(14.93, 45.5), fat=18, ok=(6, 18),
           reason="'on the same day' a Houthi attack on government positions in Harib repelled: six soldiers and "
                  "'more than a dozen' Houthis"),
    ]),
    "n15-010": ("2024-10-17", [
        ev("2024-10-16", EXP, AIR, ISRAEL, civilians(LB), country=LB, admin1="Nabatiye", loc="Nabatieh",
           ll=(33.38, 35.48), fat=16,
           reason="Wednesday morning strike on the town hall, told by a civil defence volunteer, the ministry (six "
                  "then 16 -> the latest), the Israeli army ('Hezbollah targets in the Nabatieh area') and the "
                  "prime minister ('the bombing of the town hall'): one event"),
        ev("2024-10-16", EXP, AIR, ISRAEL, civilians(LB), country=LB, admin1="South Governorate", loc="Qana",
           ll=(33.21, 35.3), fat=15, reason="'Also on Wednesday, in a separate raid' a strike on a house in Qana, "
                                            "15; the 1996 and 2006 massacres are history"),
        ev("2024-10-16", EXP, SHELL, HEZBOLLAH, forces(IL), country=LB, admin1="Nabatiye", loc="Maroun al-Ras",
           ll=(33.1, 35.44), fat=0, reason="Hezbollah's rockets at Israeli troops massing near Maroun al-Ras on "
                                           "Wednesday afternoon, no casualties reported"),
    ]),
    "n15-011": ("2023-12-13", [
        ev("2023-12-12", EXP, SUICIDE, None, forces(PK), country=PK, admin1="Khyber Pakhtunkhwa", loc="Daraban",
           fat=29, ok=(23, 29),
           reason="Tuesday pre-dawn truck bomb and assault on the Daraban compound, told by a police officer, the "
                  "military ('rammed an explosives-laden vehicle into the post', six attackers killed), the claim "
                  "('the Daraban assault', a group not in our dictionary) and the recap 'the bombing': 23 soldiers "
                  "and six attackers"),
        ev("2023-12-12", BAT, CLASH, None, police(PK), country=PK, admin1="Khyber Pakhtunkhwa", loc="Kulachi",
           ll=(31.93, 70.46), fat=1, reason="'In a separate incident on Tuesday night' gunmen fire on a police "
                                            "patrol in Kulachi, one constable"),
        ev("2023-12-13", BAT, CLASH, forces(PK), None, country=PK, admin1="Khyber Pakhtunkhwa", loc="Kulachi",
           ll=(31.93, 70.46), fat=4, reason="'On Wednesday' a raid on a hideout in Kulachi, four militants"),
        ev("2023-11-15", BAT, CLASH, None, forces(PK), country=PK, admin1="Punjab", loc="Mianwali", tp=3,
           window=("2023-11-01", "2023-11-30"), fat=9, optional=True,
           reason="'militants attacked an air force training base in Mianwali ... in November': month only"),
    ]),
    "n15-012": ("2024-08-27", [
        ev("2024-08-26", VAC, ATTACK, BLA, civilians(PK), country=PK, admin1="Balochistan", loc="Musakhel", fat=23,
           reason="Monday (around midnight) gunmen stop buses on the highway and shoot 23 Punjabis, told by a "
                  "driver, the deputy commissioner ('the Rarasham area of the Musakhel district'), the BLA's claim "
                  "('the highway operation') and the recap 'the highway massacre': one event"),
        ev("2024-08-26", EXP, IED, BLA, None, country=PK, admin1="Balochistan", loc="Bolan", fat=0,
           reason="'The same night' separatist fighters blow up a railway bridge in Bolan, nobody hurt: another "
                  "place, its own event (the BLA's claim covers 'others across the province')"),
    ]),
    "n15-013": ("2025-02-13", [
        ev("2025-02-11", EXP, SUICIDE, ISKP, None, country=AF, admin1="Kunduz", loc="Kunduz", ll=(36.73, 68.86),
           fat=5, ok=(5, 8),
           reason="Tuesday morning suicide bomb at the bank queue, told by a shopkeeper, the police ('the explosion "
                  "at the Kabul Bank branch'), a doctor (eight, unconfirmed -> the lowest), the claim and the recap "
                  "'the attack on the bank': one event; the victims are salaried staff and Taliban members"),
        ev("2025-02-13", BAT, CLASH, None, None, country=AF, admin1="Takhar", loc="Taloqan", ll=(36.74, 69.53),
           fat=2, reason="'On Thursday morning, in a separate attack' two Taliban police shot dead at a checkpoint"),
        ev("2024-12-15", EXP, SUICIDE, ISKP, None, country=AF, admin1="Kabul", loc="Kabul", tp=3,
           window=("2024-12-01", "2024-12-31"), fat=1, optional=True,
           reason="'In December, a suicide bomber killed the Taliban's refugees minister ... in Kabul': month only"),
    ]),
    "n15-014": ("2023-12-04", [
        ev("2023-12-03", EXP, IED, IS_PH, civilians(PH), country=PH, admin1=BARMM, loc="Marawi", ll=(8.0, 124.28),
           fat=4, reason="Sunday morning bomb at the Mass, told by a student, the military ('an improvised explosive "
                         "device in the Dimaporo Gymnasium'), the president ('the bombing of the Mass') and IS's "
                         "claim: one event; the military only suspects Dawlah Islamiyah"),
        ev("2023-12-01", BAT, CLASH, forces(PH), DAWLAH, country=PH, admin1=BARMM, loc="Datu Hoffer", fat=11,
           reason="'On Friday, troops killed 11 Dawlah Islamiyah fighters in a clash in ... Datu Hoffer': an "
                  "earlier act told with its day. The 2017 siege is history"),
    ]),
    "n15-015": ("2024-11-15", []),
    "n15-016": ("2025-06-26", [
        ev("2025-06-24", VAC, ATTACK, None, civilians(MX), country=MX, admin1="Guanajuato", loc="Irapuato",
           ll=(20.67, -101.36), fat=12,
           reason="'late on Tuesday' gunmen fire on the street party, told by a woman, the prosecutor ('the attack "
                  "in the Barrancas de Santa Ana neighbourhood'; ten then 12 -> the latest), the mayor ('the "
                  "shooting at the festival'): one event"),
        ev("2025-06-24", None, None, None, None, country=MX, admin1="Guanajuato", loc="Salamanca",
           ll=(20.57, -101.2), fat=1, reason="'Hours before the shooting' an off-duty municipal police officer shot "
                                             "dead in Salamanca; the type is open (off duty)"),
        ev("2025-05-15", VAC, ATTACK, None, civilians(MX), country=MX, admin1="Guanajuato",
           loc="San Bartolo de Berrios", tp=3, window=("2025-05-01", "2025-05-31"), fat=7, optional=True,
           reason="'In May, gunmen killed seven people at a party': month only"),
    ]),
    "n15-017": ("2022-05-26", [
        ev("2022-05-24", BAT, CLASH, police(BR), COMANDO_VERMELHO, country=BR, admin1="Rio de Janeiro",
           loc="Rio de Janeiro", ll=(-22.84, -43.28), fat=23,
           reason="Tuesday dawn raid on Vila Cruzeiro, told by a resident, the health department (11, 21, then 23 "
                  "-> the latest), the military police ('the operation in the Penha complex', attacked by armed "
                  "men) and the recap 'the raid on Vila Cruzeiro': one event. Jacarezinho a year ago is history"),
        ev("2022-05-24", BAT, CLASH, None, police(BR), country=BR, admin1="Rio de Janeiro", loc="São Gonçalo",
           ll=(-22.83, -43.05), fat=1, reason="'On the same day, in the neighbouring city of São Gonçalo' a police "
                                              "officer shot dead on patrol"),
        ev("2022-05-25", None, None, None, None, country=BR, admin1="Rio de Janeiro", loc="Rio de Janeiro",
           ll=(-22.84, -43.28), fat=0, optional=True,
           reason="residents' protest on Wednesday, a road blocked with burning tyres: protest or riot, open"),
    ]),
    "n15-018": ("2024-01-19", [
        ev("2024-01-16", BAT, CLASH, THREE_R, forces(CF), country=CF, admin1="Ouham-Pende", loc="Koui", fat=5,
           ok=(3, 7), reason="Tuesday night attack on the Koui base, told by a trader, the army ('its position in "
                             "the Bocaranga sub-prefecture', three soldiers), an official (five soldiers, two "
                             "rebels) and the 3R's claim ('the raid on the Koui base'): one event"),
        ev("2024-01-17", EXP, AIR, forces(CF), None, country=CF, admin1="Ouham-Pende", loc="Koui", fat=0,
           reason="'On Wednesday' an army helicopter fires on rebel positions east of Koui: another day"),
        ev("2024-01-16", VAC, ATTACK, None, civilians(CF), country=CF, admin1="Ouaka", fat=3,
           reason="'Separately, on Tuesday' three traders killed on the Bambari-Ippy road; only an official blames "
                  "the UPC"),
    ]),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
