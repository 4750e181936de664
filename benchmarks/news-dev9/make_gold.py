"""Hand coding of the news-dev9 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` before the pipeline ever ran on the set,
with news-dev6's to news-dev8's conventions (their helpers and names imported, not copied): `etype=None` leaves a
type a coder could not decide unscored, `sub=None` the sub-event type, an actor left out (None) is not scored.
Actors are left out when nobody names them, when only officials blame them, or when their ACLED name is not in our
dictionary (clan militias, the Saudi-led coalition, Libya's Tripoli armed groups). Admin1 names are the embedded
gazetteer's spelling; `ll` is given where the gazetteer may not know the place.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import load_script, write_story_gold  # noqa: E402

_DEV8 = load_script(HERE.parent / "news-dev8" / "make_gold.py", "news_dev8_make_gold")
ev, forces, civilians, protesters = _DEV8.ev, _DEV8.forces, _DEV8.civilians, _DEV8.protesters
VAC, BAT, EXP, PRO, SD = _DEV8.VAC, _DEV8.BAT, _DEV8.EXP, _DEV8.PRO, _DEV8.SD
AIR, SHELL, IED, CLASH, ATTACK, TAKEN = _DEV8.AIR, _DEV8.SHELL, _DEV8.IED, _DEV8.CLASH, _DEV8.ATTACK, _DEV8.TAKEN
SHABAAB, TURKEY, RSF, ISCAP, PEACEFUL, SUICIDE = (_DEV8.SHABAAB, _DEV8.TURKEY, _DEV8.RSF, _DEV8.ISCAP,
                                                  _DEV8.PEACEFUL, _DEV8.SUICIDE)
ABDUCT, GRENADE = "Abduction/forced disappearance", "Grenade"
JNIM, CODECO = "JNIM: Group for Support of Islam and Muslims", "CODECO: Cooperative for Development of Congo"
BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
ISWAP, IS_IRAQ, SETTLERS = "Islamic State (West Africa)", "Islamic State (Iraq)", "Settlers (Israel)"
ML, NG, SDN, CD, SO, KE, TD, SY, IQ, YE, PS, EG, LY, MZ, ET = (
    "Mali", "Nigeria", "Sudan", "Democratic Republic of Congo", "Somalia", "Kenya", "Chad", "Syria", "Iraq", "Yemen",
    "Palestine", "Egypt", "Libya", "Mozambique", "Ethiopia")

GOLD = {
    "n9-001": ("2019-03-25", [
        ev("2019-03-23", VAC, ATTACK, None, civilians(ML), country=ML, admin1="Mopti", loc="Ogossagou",
           ll=(14.17, -3.43), fat=160, ok=(134, 160),
           reason="Saturday dawn massacre; 134 then 160; Dan Na Ambassagou only accused by associations, denies"),
        ev("2019-03-17", BAT, CLASH, JNIM, forces(ML), country=ML, admin1="Mopti", loc="Dioura", ll=(14.86, -5.25),
           fat=23, reason="'six days after ... on Sunday, March 17' base overrun, 23 soldiers; JNIM claimed"),
    ]),
    "n9-002": ("2021-02-28", [
        ev("2021-02-26", VAC, ABDUCT, None, civilians(NG), country=NG, admin1="Zamfara", loc="Jangebe", fat=0,
           reason="round-up line: 1 a.m. Friday school raid, 279 pupils taken"),
        ev("2021-02-23", EXP, SHELL, ISWAP, civilians(NG), country=NG, admin1="Borno", loc="Maiduguri", fat=10,
           reason="Tuesday evening RPGs into Maiduguri, ISWAP claimed"),
        ev("2021-02-24", VAC, ATTACK, None, civilians(NG), country=NG, admin1="Katsina", loc="Danmusa",
           ll=(12.25, 7.33), fat=4, reason="round-up clause 'four villagers in Danmusa on Wednesday'"),
        ev("2021-02-25", VAC, ATTACK, None, civilians(NG), country=NG, admin1="Kaduna", loc="Kauru", fat=6,
           reason="the same line's second clause: six farmers in Kauru on Thursday, its own event"),
        ev("2021-02-22", PRO, None, protesters(NG), None, country=NG, admin1="Plateau", ll=(9.9, 9.0),
           reason="Monday road blockade against a chief's killing, dispersed peacefully"),
        ev("2021-02-25", VAC, ATTACK, None, civilians(NG), country=NG, admin1="Benue", loc="Tse Ajaver",
           ll=(7.73, 8.52), fat=7, reason="Thursday night attack near Makurdi; herders only blamed by a chairman"),
    ]),
    "n9-003": ("2025-01-26", [
        ev("2025-01-24", EXP, AIR, None, civilians(SDN), country=SDN, admin1="North Darfur", loc="El Fasher",
           fat=70, reason="UN release: Friday 24 January drone strike on the Saudi hospital; RSF only blamed"),
        ev("2025-01-25", EXP, SHELL, None, civilians(SDN), country=SDN, admin1="North Darfur", loc="Abu Shouk",
           fat=14, reason="Saturday 25 January shelling of Abu Shouk camp"),
        ev("2024-12-15", EXP, AIR, None, civilians(SDN), country=SDN, admin1="North Darfur", loc="El Fasher",
           fat=9, tp=3, optional=True, reason="'in December a drone attack killed nine': month"),
    ]),
    "n9-004": ("2022-02-05", [
        ev("2022-02-01", VAC, ATTACK, CODECO, civilians(CD), country=CD, admin1="Ituri", loc="Plaine Savo",
           ll=(1.93, 30.62), fat=62, ok=(58, 62),
           reason="night attack from before midnight Tuesday: 58 first, four wounded died, 62 latest (one act)"),
        ev("2022-02-03", BAT, CLASH, forces(CD), CODECO, country=CD, admin1="Ituri", loc="Lodjo", fat=6,
           reason="Thursday afternoon pursuit clash near Lodjo, six militiamen"),
    ]),
    "n9-005": ("2017-10-16", [
        ev("2017-10-14", EXP, None, None, civilians(SO), country=SO, admin1="Banadir", loc="Mogadishu", fat=276,
           reason="Saturday 3 p.m. truck bomb at K5, told again as 'the blast at the Zoobe intersection'; officials "
                  "blame al Shabaab, no claim"),
        ev("2017-10-14", EXP, None, None, None, country=SO, admin1="Banadir", loc="Mogadishu", fat=2,
           reason="second car bomb two hours later in Madina district, two killed"),
        ev("2017-10-15", PRO, PEACEFUL, protesters(SO), None, country=SO, admin1="Banadir", loc="Mogadishu",
           reason="Sunday march against al Shabaab"),
        ev("2016-01-15", BAT, None, SHABAAB, None, country=SO, admin1="Gedo", loc="El Adde", ll=(2.65, 41.95),
           tp=3, optional=True, reason="'in January 2016' El Adde base: month"),
    ]),
    "n9-006": ("2019-01-17", [
        ev("2019-01-15", None, None, SHABAAB, None, country=KE, admin1="Nairobi", loc="Nairobi", fat=21,
           ok=(14, 26), reason="Tuesday 3 p.m. DusitD2 attack, suicide bomber and gunmen, through the night; "
                               "claimed; 14 then 21 (+5 attackers)"),
        ev("2019-01-16", BAT, CLASH, SHABAAB, "Police Forces of Kenya", country=KE, admin1="Mandera",
           ll=(3.3, 40.6), fat=0, reason="Wednesday attack on the Kutulo police post, repelled"),
    ]),
    "n9-007": ("2020-03-25", [
        ev("2020-03-23", BAT, CLASH, BOKO_HARAM, forces(TD), country=TD, admin1="Lac", loc="Bohoma",
           ll=(13.5, 14.2), fat=92, reason="Monday 5 a.m. to midday assault on the base, 92 soldiers"),
        ev("2020-03-23", BAT, CLASH, None, forces(NG), country=NG, admin1="Yobe", loc="Goneri", ll=(11.65, 11.85),
           fat=50, ok=(47, 50), reason="'On the same day' convoy ambushed near Goneri; 50 then the army's 47"),
    ]),
    "n9-008": ("2020-02-29", [
        ev("2020-02-27", EXP, AIR, None, TURKEY, country=SY, admin1="Idleb", loc="Balyun", ll=(35.69, 36.5),
           fat=33, reason="Thursday strike on Turkish troops; Ankara blames Damascus, Russia denies"),
        ev("2020-02-28", EXP, None, TURKEY, "Military Forces of Syria", country=SY, admin1="Idleb",
           loc="Saraqib", fat=16, reason="Friday drones and shelling on army positions around Saraqeb"),
        ev("2020-02-29", EXP, AIR, TURKEY, "Military Forces of Syria", country=SY, admin1="Aleppo", loc="Kuweires",
           fat=0, reason="Saturday drone strike on Kuweires airport, no word on casualties"),
        ev("2020-02-27", BAT, None, None, None, country=SY, admin1="Idleb", loc="Saraqib", fat=0,
           reason="rebels retook Saraqeb on Thursday"),
    ]),
    "n9-009": ("2021-01-22", [
        ev("2021-01-21", EXP, SUICIDE, IS_IRAQ, civilians(IQ), country=IQ, admin1="Baghdad", loc="Baghdad",
           fat=32, ok=(28, 32), reason="Thursday morning twin bombers at Tayaran Square, one act; 28 then 32"),
        ev("2021-01-21", BAT, CLASH, IS_IRAQ, None, country=IQ, admin1="Sala al-Din", loc="Tuz Khurmatu",
           ll=(34.89, 44.63), fat=5, reason="'Later on Thursday' PMF checkpoint attacked, five fighters"),
        ev("2018-01-15", EXP, SUICIDE, None, civilians(IQ), country=IQ, admin1="Baghdad", loc="Baghdad", fat=31,
           tp=3, optional=True, reason="'in January 2018' two bombers killed 31: month"),
    ]),
    "n9-010": ("2020-01-20", [
        ev("2020-01-18", EXP, None, None, None, country=YE, admin1="Marib", loc="Marib", ll=(15.45, 45.2),
           fat=111, ok=(83, 111), reason="Saturday 7 p.m. missile and drone strike on the camp mosque; 83 then "
                                         "111; Hadi blames the Houthis, no claim"),
        ev("2020-01-19", BAT, CLASH, None, None, country=YE, admin1="Sanaa", loc="Nihm", fat=20,
           reason="Sunday clashes around Fardhat Nihm, 20 fighters"),
        ev("2020-01-20", EXP, AIR, None, None, country=YE, admin1="Sanaa", loc="Nihm", fat=0,
           reason="Monday coalition strikes on Nihm (coalition not in our dictionary)"),
        ev("2020-01-20", EXP, AIR, None, None, country=YE, admin1="Marib", ll=(15.4, 45.0), fat=0, optional=True,
           reason="the same strikes' Sirwah district, a district only"),
        ev("2020-01-17", BAT, None, None, None, country=YE, admin1="Sanaa", loc="Nihm", optional=True,
           reason="'launched an offensive ... on Friday' in Nihm, no detail"),
    ]),
    "n9-011": ("2023-02-28", [
        ev("2023-02-26", VAC, ATTACK, None, None, country=PS, admin1="West Bank", loc="Huwara", fat=2,
           reason="Sunday 1 p.m. gunman kills two brothers in their car"),
        ev("2023-02-26", None, None, SETTLERS, None, country=PS, admin1="West Bank", loc="Huwara", fat=0,
           reason="Sunday night settler rampage, houses and cars burned: type disputed"),
        ev("2023-02-26", None, None, SETTLERS, None, country=PS, admin1="West Bank", loc="Zaatara",
           ll=(32.12, 35.29), fat=1, reason="the rampage in Zaatara, where a man was shot dead: its own place"),
        ev("2023-02-26", None, None, SETTLERS, None, country=PS, admin1="West Bank", loc="Burin", ll=(32.17, 35.24),
           optional=True, reason="the rampage's other villages"),
        ev("2023-02-22", None, None, "Military Forces of Israel", None, country=PS, admin1="West Bank",
           loc="Nablus", fat=11, reason="'four days after ... on Wednesday' Nablus raid, 11 killed"),
        ev("2023-02-27", VAC, ATTACK, None, None, country=PS, admin1="West Bank", loc="Jericho", fat=1,
           reason="Monday evening shooting near Jericho"),
        ev("2023-02-26", SD, "Arrests", None, None, country=PS, admin1="West Bank", loc="Huwara", optional=True,
           reason="army arrests eight Israelis overnight"),
    ]),
    "n9-012": ("2017-11-26", [
        ev("2017-11-24", VAC, ATTACK, None, civilians(EG), country=EG, admin1="North Sinai", loc="Bir al-Abd",
           ll=(31.02, 33.01), fat=305, reason="Friday prayers bomb and gunfire on al-Rawda mosque; no claim"),
        ev("2017-11-24", EXP, AIR, forces(EG), None, country=EG, admin1="North Sinai", loc="Bir al-Abd",
           ll=(31.02, 33.01), fat=0, reason="'Hours later' air force strikes on the attackers' vehicles"),
    ]),
    "n9-013": ("2022-08-29", [
        ev("2022-08-27", BAT, CLASH, None, None, country=LY, admin1="Tripoli", loc="Tripoli", fat=32,
           reason="Saturday fighting between Dbeibah's and Bashagha's armed groups, 32 dead (ministry, Sunday)"),
        ev("2022-07-15", BAT, CLASH, None, None, country=LY, admin1="Tripoli", loc="Tripoli", fat=16, tp=3,
           optional=True, reason="'In July' clashes, 16 killed: month"),
        ev("2022-05-15", BAT, CLASH, None, None, country=LY, admin1="Tripoli", loc="Tripoli", tp=3, optional=True,
           reason="'in May' Bashagha's entry: month"),
        ev("2022-08-28", SD, "Arrests", None, None, country=LY, admin1="Tripoli", loc="Tripoli", optional=True,
           reason="Sunday arrests of fighters"),
    ]),
    "n9-014": ("2020-08-14", [
        ev("2020-08-12", BAT, TAKEN, ISCAP, forces(MZ), country=MZ, admin1="Cabo Delgado",
           loc="Mocimboa da Praia", fat=0, ok=(0, 50), reason="Wednesday August 12 port overrun; IS claims dozens"),
        ev("2020-08-10", BAT, CLASH, ISCAP, forces(MZ), country=MZ, admin1="Cabo Delgado",
           loc="Mocimboa da Praia", fat=0, reason="Monday August 10 clash at the town's entrance"),
        ev("2020-08-05", None, None, ISCAP, None, country=MZ, admin1="Cabo Delgado", loc="Awasse",
           ll=(-11.45, 40.37), fat=0, reason="August 5 attacks on Anga and Awasse, road blocked"),
        ev("2020-08-05", None, None, ISCAP, None, country=MZ, admin1="Cabo Delgado", loc="Anga", ll=(-11.42, 40.35),
           optional=True, reason="the same day's second village"),
        ev("2020-03-23", BAT, TAKEN, ISCAP, None, country=MZ, admin1="Cabo Delgado", loc="Mocimboa da Praia", tp=3,
           optional=True, reason="'in March' brief occupation: month"),
        ev("2017-10-05", BAT, None, None, None, country=MZ, admin1="Cabo Delgado", loc="Mocimboa da Praia", tp=3,
           optional=True, reason="'in October 2017' police stations: month"),
    ]),
    "n9-015": ("2020-11-13", [
        ev("2020-11-09", VAC, ATTACK, None, civilians(ET), country=ET, admin1="Tigray", loc="Mai Kadra",
           ll=(14.05, 36.57), fat=0, ok=(0, 1000),
           reason="NGO release: the night of 9 November; 'scores, likely hundreds', no count; TPLF only named by "
                  "witnesses and denies"),
        ev("2020-11-11", EXP, AIR, forces(ET), None, country=ET, admin1="Tigray", loc="Mekele", fat=0,
           reason="'on 11 November' air strikes near Mekelle, toll unverified"),
        ev("2020-11-09", BAT, None, forces(ET), None, country=ET, admin1="Tigray", loc="Lugdi", ll=(14.0, 36.6),
           optional=True, reason="TPLF defeated at Lugdi, day implicit"),
        ev("2020-11-04", BAT, None, None, forces(ET), country=ET, admin1="Tigray", optional=True,
           reason="the 4 November attack on a federal base, place not given"),
    ]),
    "n9-016": ("2022-08-21", [
        ev("2022-08-19", None, None, SHABAAB, None, country=SO, admin1="Banadir", loc="Mogadishu", fat=21,
           reason="Friday evening car bombs and hotel siege until Saturday midnight, one act; claimed"),
        ev("2022-08-16", BAT, CLASH, SHABAAB, None, country=SO, admin1="Hiraan", loc="Baq Baq", ll=(3.85, 45.57),
           fat=20, reason="round-up: Tuesday attack on clan militia base, 8 + 12"),
        ev("2022-08-18", EXP, IED, None, civilians(SO), country=SO, admin1="Hiraan", ll=(4.85, 45.3), fat=5,
           reason="'Two days later, on Thursday' minibus mine between Beledweyne and Mataban"),
        ev("2022-08-17", BAT, CLASH, forces(SO), SHABAAB, country=SO, admin1="Lower Shabelle", loc="Janaale",
           fat=13, ok=(0, 13), reason="Wednesday raid on the camp, army's count"),
        ev("2022-08-17", EXP, GRENADE, None, civilians(SO), country=SO, admin1="Lower Shabelle", loc="Afgoye",
           ll=(2.14, 45.12), fat=0, reason="the same line's second sentence: Afgoye grenade on Wednesday"),
        ev("2022-08-15", VAC, ATTACK, None, None, country=SO, admin1="Bay", loc="Baidoa", fat=1,
           reason="Monday: district commissioner shot dead"),
    ]),
    "n9-017": ("2022-06-09", [
        ev("2022-06-05", VAC, ATTACK, None, civilians(NG), country=NG, admin1="Ondo", loc="Owo", fat=40,
           ok=(22, 40), reason="Sunday Pentecost mass attack; 22 then 40 (later deaths inside); ISWAP only "
                               "blamed by the government"),
        ev("2022-06-07", PRO, PEACEFUL, protesters(NG), None, country=NG, admin1="Ondo", loc="Owo",
           reason="Tuesday march against insecurity, ended peacefully"),
        ev("2022-03-15", VAC, None, None, civilians(NG), country=NG, admin1="Ondo", loc="Owo", fat=1, tp=3,
           optional=True, reason="'In March' farmer killed: month"),
    ]),
    "n9-018": ("2024-06-07", [
        ev("2024-06-05", VAC, ATTACK, RSF, civilians(SDN), country=SDN, admin1="Al Jazirah", loc="Wad al-Noura",
           ll=(14.3, 32.9), fat=100, ok=(100, 180), reason="Wednesday June 5 attack on the village; RSF names it "
                                                            "as its own operation"),
        ev("2024-06-06", EXP, SHELL, RSF, civilians(SDN), country=SDN, admin1="North Darfur", loc="El Fasher",
           fat=8, reason="Thursday RSF shelling of the market"),
        ev("2024-03-15", VAC, ATTACK, None, civilians(SDN), country=SDN, admin1="Al Jazirah", loc="Wad Azraq",
           fat=26, tp=3, optional=True, reason="'In March' 26 killed: month"),
    ]),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
