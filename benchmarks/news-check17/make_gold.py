"""Hand coding of the news-check17 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` when the set was written, before the
pipeline ever ran on it. The event helper is news-dev3's (imported, not copied), as news-check4 to news-check16 do:
`etype=None` leaves a type a coder could not decide unscored, `sub=None` leaves only the sub-type unscored, and an
actor left out (None) is not scored. Actor names follow ACLED's spelling without the year suffixes, as the other
sets do; coordinates are given only for places whose position the coder was sure of. Older acts told without their
own day, national tolls not broken down by place, a month's running counts, a court's sentence, mourning and
business or airline decisions are background and not coded.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import news_dev3_coding, write_story_gold  # noqa: E402


_DEV3 = news_dev3_coding()
ev, UAG = _DEV3.ev, _DEV3.UAG
VAC, BAT, EXP, PRO, RIO, SD = _DEV3.VAC, _DEV3.BAT, _DEV3.EXP, _DEV3.PRO, _DEV3.RIO, _DEV3.SD
MZ, ET, KE, BF, CD = "Mozambique", "Ethiopia", "Kenya", "Burkina Faso", "Democratic Republic of Congo"
IQ, LB, ML = "Iraq", "Lebanon", "Mali"
IS_MOZAMBIQUE, IS_SAHEL = "Islamic State (Mozambique)", "Islamic State (Sahel)"
JNIM = "JNIM: Group for Support of Islam and Muslims"
M23, ISRAEL = "M23: March 23 Movement", "Military Forces of Israel"
DRC_ARMY = "Military Forces of the Democratic Republic of Congo"


def forces(country: str) -> str:
    return f"Military Forces of {country}"


def civilians(country: str) -> str:
    return f"Civilians ({country})"


def boungou_convoy(fat: int, reason: str) -> dict:
    return ev("2019-11-06", VAC, "Attack", None, civilians(BF), country=BF, admin1="Est", loc="Boungou", fat=fat,
              ok=(37, 39), reason=reason)


GOLD = {
    "c17-001": ("2022-06-13", [
        ev("2022-06-08", VAC, "Attack", IS_MOZAMBIQUE, civilians(MZ), country=MZ, admin1="Cabo Delgado",
           loc="Ntutupue", fat=3,
           reason="a business daily's Monday risk column: 'On Wednesday' insurgents walk into Ntutupue (Ancuabe "
                  "district) and behead three men, about forty houses burned; the Islamic State's outlet claims it; "
                  "the risk score, insurers' repricing and the operator's evacuation are not events"),
        ev("2022-06-09", VAC, "Attack", None, civilians(MZ), country=MZ, admin1="Cabo Delgado", loc="Chiure",
           ll=(-13.38, 39.78), fat=2,
           reason="'A day later, on Thursday' two farmers killed in their fields 'in Chiure district' (the place is "
                  "written only with its district: its capital is coded) and a maize store burned; unclaimed, so "
                  "actor1 is left out"),
    ]),
    "c17-002": ("2024-09-09", [
        ev("2024-09-08", EXP, "Air/drone strike", forces(ET), civilians(ET), country=ET, admin1="Amhara", loc="Dejen",
           fat=17, ok=(11, 17),
           reason="a diaspora radio's Sunday evening bulletin in translation: 'this morning, Sunday' a drone hits "
                  "the market in Dejen (East Gojjam); 'at least eleven' in the first call, then the health centre's "
                  "seventeen in the later segment 'BACK TO DEJEN': the floor and the count both hold, so 17; "
                  "residents name the federal army's drone (the government did not answer)"),
        ev("2024-09-07", BAT, "Armed clash", "Fano Militia", forces(ET), country=ET, admin1="Amhara", loc="Mota",
           fat=6, ok=(4, 6),
           reason="'on Saturday morning' Fano fighters attack an army camp in Mota, about four hours: four soldiers "
                  "brought dead to the hospital and two Fano fighters by their own spokesman, so 6"),
    ]),
    "c17-003": ("2025-07-08", [
        ev("2025-07-07", RIO, "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya", country=KE,
           admin1="Kajiado", loc="Kitengela", fat=3, ok=(2, 3),
           reason="a police spokesman's briefing transcript: 'yesterday, the seventh of July' a crowd attacks the "
                  "Kitengela police post with stones and petrol bombs and burns it, officers fire: 'two persons' in "
                  "the statement, then 'the figure for Kitengela is now three' in the questions; the looting of "
                  "shops after it is part of the same riot; the national 31 (and the commission's 38) over "
                  "seventeen counties is not broken down by place and not coded"),
        ev("2025-07-07", PRO, "Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya", country=KE,
           admin1="Nairobi", loc="Nairobi", fat=0,
           reason="the same day in Nairobi's CBD groups marching towards State House Road are dispersed with tear "
                  "gas and water cannon, 42 arrested, nobody seriously hurt"),
    ]),
    "c17-004": ("2019-11-07", [
        boungou_convoy(37, "a mining company's news release that names its country only once: 'yesterday' at "
                           "9.30 a.m. unknown gunmen block the road with a burning truck and fire on a convoy of "
                           "buses carrying the mine's staff and contractors about 40 km from the Boungou site: 37 "
                           "killed (60 wounded not counted); no claim, so actor1 is left out; the suspension of "
                           "operations and the earlier convoy attack without a date are not events"),
    ]),
    "c17-005": ("2019-11-16", [
        boungou_convoy(39, "the same convoy ambush told in an obituary of a geologist on the second bus ('on "
                           "Wednesday of last week' and the closing 'died 6 November 2019'): the operator's 37 the "
                           "next day, then the government's final 39 after two wounded died: 39, with 37 allowed; "
                           "the funeral Mass is not an event"),
    ]),
    "c17-006": ("2024-06-30", [
        ev("2024-06-28", BAT, "Non-state actor overtakes territory", M23, DRC_ARMY, country=CD, admin1="Nord-Kivu",
           loc="Kanyabayonga", ll=(-0.70, 29.17), fat=0,
           reason="a culture page about a Goma theatre troupe: 'On Friday' M23 enter Kanyabayonga after a morning "
                  "of firing on the southern approaches, the army and allied militias withdraw, the rebels raise "
                  "their flag: a change of control; no toll given, so 0"),
        ev("2024-06-28", SD, "Looting/property destruction", DRC_ARMY, civilians(CD), country=CD, admin1="Nord-Kivu",
           loc="Kirumba", ll=(-0.56, 29.19), fat=0,
           reason="'That same Friday night' soldiers pulling back break into shops in Kirumba and take medicines, "
                  "phones and cash, a neighbour beaten but alive: looting by the army, a separate act by other "
                  "actors in another town; the rehearsals and the play are not events"),
    ]),
    "c17-007": ("2023-11-30", [
        ev("2023-11-26", BAT, "Armed clash", JNIM, forces(BF), country=BF, admin1="Sahel", loc="Gorom-Gorom",
           ll=(14.44, -0.24), fat=48, ok=(17, 48),
           reason="a Q&A with a councillor, the facts in his answers: 'on Sunday' before dawn fighters on motorbikes "
                  "attack the army detachment and the VDP post in Gorom-Gorom until about ten: eleven soldiers and "
                  "six VDP (17) plus the army's 31 attackers killed (attackers' own dead count), so 48; JNIM claims "
                  "it; an attack on a military post is a clash"),
        ev("2023-11-28", EXP, "Remote explosive/landmine/IED", None, civilians(BF), country=BF, admin1="Sahel",
           loc="Gorom-Gorom", ll=(14.44, -0.24), fat=4,
           reason="told in a quote: 'On Tuesday morning' a cart taking women to the Markoye market hits a mine about "
                  "twelve km out of Gorom-Gorom, four women killed; nobody named, so actor1 is left out"),
    ]),
    "c17-008": ("2021-02-19", [
        ev("2021-02-15", EXP, "Shelling/artillery/missile attack", None, None, country=IQ, admin1="Erbil",
           loc="Erbil", ll=(36.19, 44.01), fat=2, ok=(1, 2),
           reason="a readers' editor's corrections column: the rockets on Erbil fell on 'Monday evening' (not "
                  "Tuesday as first printed); one foreign contractor killed that night and a taxi driver hit at home "
                  "died on Wednesday, so 2 (not the first report's two contractors); the claim by an unknown group "
                  "is unconfirmed and the targets mix the coalition's airport side and a street, so both actors are "
                  "left out"),
        ev("2021-02-16", PRO, "Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq", country=IQ,
           admin1="Sulaymaniyah", loc="Sulaymaniyah", fat=0,
           reason="the second correction: the teachers' march on 'Tuesday' in Sulaymaniyah was dispersed by riot "
                  "police with tear gas and water cannon, fourteen detained, nobody killed (the first report's death "
                  "is withdrawn); the other corrections are not events"),
    ]),
    "c17-009": ("2024-03-15", [
        ev("2024-03-12", EXP, "Air/drone strike", ISRAEL, civilians(LB), country=LB, admin1="Nabatieh", loc="Houla",
           fat=2,
           reason="a municipal council's minutes, the act told in the president's quoted words: 'On Tuesday "
                  "afternoon' an Israeli drone strikes the car of the council's pump operator in Houla, killing him "
                  "and his sixteen-year-old nephew; the council calls them civilians and no one says otherwise"),
        ev("2024-03-13", EXP, "Shelling/artillery/missile attack", ISRAEL, None, country=LB, admin1="Nabatieh",
           loc="Houla", fat=0, window=("2024-03-13", "2024-03-14"),
           reason="'on Wednesday night, around midnight' Israeli artillery shells Houla's eastern outskirts, about "
                  "fifteen shells, olive trees and two empty houses hit, no casualties; the damage survey's 120 "
                  "houses since the war began is a running count"),
    ]),
    "c17-010": ("2023-05-08", [
        ev("2023-04-11", VAC, "Attack", IS_SAHEL, civilians(ML), country=ML, admin1="Menaka", loc="Inekar", fat=6,
           reason="a local NGO's monthly protection report, item 2.1: 'On 11 April, a Tuesday' armed men on "
                  "motorbikes fire on men at the Inekar weekly market, six killed (four wounded not counted); the "
                  "Islamic State's Sahel branch claims the attack; the month's 41 incidents are a running count"),
        ev("2023-04-19", VAC, "Abduction/forced disappearance", UAG(ML), civilians(ML), country=ML, admin1="Menaka",
           loc="Anderamboukane", fat=0, window=("2023-04-19", "2023-04-20"),
           reason="item 2.2: 'During the night of 19 to 20 April' three water-truck drivers taken by armed men 'in "
                  "the cercle of Anderamboukane' (a place written only with its district: its seat is coded), "
                  "truck burned, no news: abduction with no further violence"),
        ev("2023-04-26", PRO, "Peaceful protest", "Protesters (Mali)", None, country=ML, admin1="Menaka",
           loc="Menaka", fat=0,
           reason="item 2.3: 'On 26 April' some 300 women march to the governor's office in Menaka town, a "
                  "delegation received, security forces do not intervene: a peaceful protest; the extortion and "
                  "livestock theft 'on most days of the month' are trends without a day"),
    ]),
    "c17-011": ("2025-10-22", []),
    "c17-012": ("2024-11-21", []),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
