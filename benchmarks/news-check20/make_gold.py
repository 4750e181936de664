"""Hand coding of the news-check20 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` when the set was written, before the
pipeline ever ran on it. The event helper is news-dev3's (imported, not copied), as news-check4 to news-check19 do:
`etype=None` leaves a type a coder could not decide unscored, `sub=None` leaves only the sub-type unscored, and an
actor left out (None) is not scored. Actor names follow ACLED's spelling without the year suffixes, as the other
sets do. Acts years back told without a day, conferences, memoirs, arrests and transfers told without violence,
prices, appeals and condolences are background and not coded.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import news_dev3_coding, write_story_gold  # noqa: E402


_DEV3 = news_dev3_coding()
ev, UAG = _DEV3.ev, _DEV3.UAG
VAC, BAT, EXP, PRO, RIO, SD = _DEV3.VAC, _DEV3.BAT, _DEV3.EXP, _DEV3.PRO, _DEV3.RIO, _DEV3.SD
NG, NE, SY, IQ, TN, SD_ = "Nigeria", "Niger", "Syria", "Iraq", "Tunisia", "Sudan"
ET, CD, BJ, YE, IL = "Ethiopia", "Democratic Republic of Congo", "Benin", "Yemen", "Israel"
RSF, M23 = "RSF: Rapid Support Forces", "M23: March 23 Movement"
HTS, JNIM = "HTS: Hayat Tahrir al Sham", "JNIM: Group for Support of Islam and Muslims"
HOUTHI = "Military Forces of Yemen Supreme Political Council"
DRC_ARMY = "Military Forces of the Democratic Republic of Congo"


def forces(country: str) -> str:
    return f"Military Forces of {country}"


def civilians(country: str) -> str:
    return f"Civilians ({country})"


GOLD = {
    "c20-001": ("2024-03-11", [
        ev("2024-03-07", VAC, "Abduction/forced disappearance", UAG(NG), civilians(NG), country=NG,
           admin1="Kaduna", loc="Kuriga", ll=(10.69, 6.83), fat=1,
           reason="a women's rights network's bulletin: 'On Thursday 7 March' armed men on motorcycles surround the "
                  "school in Kuriga (Chikun LGA) and march pupils away, 'well over two hundred'; a vigilance group "
                  "member who followed them is shot dead: 1; no group claims it ('bandits' is the local word)"),
        ev("2024-03-09", PRO, "Peaceful protest", f"Protesters ({NG})", None, country=NG, admin1="Kaduna",
           loc="Kaduna", ll=(10.52, 7.44), fat=0,
           reason="'On Saturday' (in a Monday bulletin) about four hundred women walk to the Government House in "
                  "Kaduna, police walk beside them, no arrests, 'no trouble of any kind'; the solidarity account, "
                  "counselling and the moved meeting are not events"),
    ]),
    "c20-002": ("2024-05-25", []),
    "c20-003": ("2024-03-19", [
        ev("2024-03-16", VAC, "Attack", UAG(NE), civilians(NE), country=NE, admin1="Tillaberi", loc="Ouallam",
           ll=(14.32, 2.09), fat=6,
           reason="a farmers' radio call-in summary that names its country once, the act in a caller's words: "
                  "'late on Saturday' (Tuesday programme) armed men shoot men who refused their 'tax' at a hamlet "
                  "written only as 'of Ouallam department' (its seat is coded): six dead; no group named"),
        ev("2024-03-17", SD, "Looting/property destruction", UAG(NE), civilians(NE), country=NE,
           admin1="Tillaberi", loc="Banibangou", ll=(15.04, 2.70), fat=0,
           reason="a second caller, in her words: 'On Sunday' armed men hold the young herders down near "
                  "Banibangou and take more than 120 head of cattle, nobody shot: looting; seed prices, the "
                  "postponed vaccination and the subsidy are not events"),
    ]),
    "c20-004": ("2024-05-31", []),
    "c20-005": ("2024-12-03", [
        ev("2024-11-30", BAT, "Non-state actor overtakes territory", HTS, forces(SY), country=SY, admin1="Aleppo",
           loc="Aleppo", ll=(36.20, 37.16), fat=0,
           reason="a think-tank's weekly digest: 'On Saturday 30 November' HTS-led fighters enter Aleppo and take "
                  "most of the city after government troops withdraw in the night, little resistance: a takeover "
                  "without a toll; the offensive's start on Wednesday and Friday's approach have no act of their own"),
        ev("2024-12-01", EXP, "Air/drone strike", None, civilians(SY), country=SY, admin1="Idleb", loc="Idlib",
           ll=(35.93, 36.63), fat=8, ok=(4, 8),
           reason="'On Sunday 1 December' warplanes strike a residential area and market in Idlib city: the civil "
                  "defence's 'at least four' revised to eight by the evening: 8, with 4 allowed; Syrian or Russian "
                  "jets, nobody says which, so actor1 is left out"),
    ]),
    "c20-006": ("2023-07-20", [
        ev("2023-07-20", RIO, "Violent demonstration", f"Rioters ({IQ})", f"Police Forces of {IQ}", country=IQ,
           admin1="Baghdad", loc="Baghdad", ll=(33.34, 44.40), fat=0,
           reason="a local TV ticker in prose: 'In the early hours of Thursday' a crowd outside the Swedish embassy "
                  "in Baghdad breaks the gate, enters and sets part of the building on fire; riot police push them "
                  "back with water cannon and batons, nobody hurt: a protest turned violent is Riots"),
        ev("2023-07-20", PRO, "Peaceful protest", f"Protesters ({IQ})", None, country=IQ, admin1="Basrah",
           loc="Basra", ll=(30.51, 47.81), fat=0,
           reason="'In the afternoon' of the same Thursday a few hundred gather outside the provincial council in "
                  "Basra, police surround the square, calm: peaceful; the expulsion threat, power cuts and prices "
                  "are not events"),
    ]),
    "c20-007": ("2023-07-06", [
        ev("2023-07-04", RIO, "Mob violence", f"Rioters ({TN})", civilians(TN), country=TN, admin1="Sfax",
           loc="Sfax", ll=(34.74, 10.76), fat=1,
           reason="a migrant helpline's log that names its country once: on Tuesday 4 July from 22:40 groups of "
                  "local men with sticks and bars go house to house in Sfax beating migrants; a man beaten 'on "
                  "Tuesday night' dies on Wednesday morning: 1; the fight death known from social media (no day), "
                  "the round-ups and the desert transfers are not coded"),
    ]),
    "c20-008": ("2024-06-11", [
        ev("2024-06-08", BAT, "Armed clash", forces(SD_), RSF, country=SD_, admin1="North Darfur", loc="El Fasher",
           ll=(13.63, 25.35), fat=34, ok=(4, 34),
           reason="a translated Port Sudan daily: 'on Saturday' the army and joint forces repel an RSF assault on "
                  "El Fasher, fighting from dawn to afternoon: 'more than thirty of the rebels' (the attackers' own "
                  "dead, a floor of 30) plus four soldiers: 34, with the soldiers' 4 allowed"),
        ev("2024-06-09", EXP, "Shelling/artillery/missile attack", RSF, civilians(SD_), country=SD_,
           admin1="North Darfur", loc="El Fasher", ll=(13.63, 25.35), fat=12,
           reason="'On Sunday morning' RSF artillery shells the Souk al-Kabir in El Fasher: the health "
                  "directorate's twelve civilians"),
        ev("2024-06-10", EXP, "Air/drone strike", forces(SD_), civilians(SD_), country=SD_, admin1="North Darfur",
           loc="Kabkabiya", ll=(13.65, 24.09), fat=18,
           reason="told in the RSF's quoted statement: 'On Monday' army Antonovs bomb the Kabkabiya market, "
                  "eighteen civilians; the army says it strikes only 'the militia's gatherings' without denying a "
                  "strike, residents elsewhere back the figure; the siege appeal and bread prices are not events"),
    ]),
    "c20-009": ("2021-06-25", [
        ev("2021-06-22", EXP, "Air/drone strike", forces(ET), civilians(ET), country=ET, admin1="Tigray",
           loc="Togoga", fat=64, ok=(51, 64),
           reason="a translated Tigrinya weekly that names its country once: 'On Tuesday 22 June' an aircraft "
                  "bombs the market in Togoga: 'at least 51' on Tuesday evening, 64 by Thursday as wounded die: "
                  "64, with 51 allowed; the federal army says it struck fighters, villagers and the reporter saw "
                  "none; the blocked ambulances, the mourning day and the bank closures are not coded"),
    ]),
    "c20-010": ("2025-01-30", [
        ev("2025-01-27", BAT, "Non-state actor overtakes territory", M23, DRC_ARMY, country=CD,
           admin1="Nord-Kivu", loc="Goma", ll=(-1.68, 29.22), fat=0, window=("2025-01-26", "2025-01-27"),
           reason="a water company's customer notice, the city named only in the dateline (GOMA): 'Overnight "
                  "between Sunday and Monday' the M23 enters 'the city', by Monday morning the army has withdrawn "
                  "or surrendered and the M23 says it controls it: coded on Monday, Sunday allowed; no toll"),
        ev("2025-01-23", EXP, "Shelling/artillery/missile attack", None, civilians(CD), country=CD,
           admin1="Nord-Kivu", loc="Sake", ll=(-1.57, 29.04), fat=2,
           reason="'On Thursday 23 January' shells fall on the company's Sake pumping station during the fighting "
                  "for Sake, two operators killed, a guard wounded; 'We do not know who fired': actor1 left out; "
                  "the Birere office looted in the week (no day, nobody named) and the power cut are not coded"),
    ]),
    "c20-011": ("2025-01-16", [
        ev("2025-01-08", BAT, "Armed clash", JNIM, forces(BJ), country=BJ, admin1="Alibori", loc="Point Triple",
           fat=28,
           reason="a wildlife trust's donor update: 'On Wednesday 8 January' armed men attack the army post at "
                  "Point Triple (Karimama commune), soldiers fight back for hours: a clash; the army's 28 soldiers, "
                  "the attackers' 'heavy losses' have no number; JNIM claims it the next day"),
        ev("2025-01-12", EXP, "Remote explosive/landmine/IED", None, civilians(BJ), country=BJ, admin1="Atacora",
           loc="Tanguieta", ll=(10.62, 1.27), fat=2,
           reason="'On Sunday 12 January' a traders' minibus strikes an explosive device some ten kilometres north "
                  "of Tanguiéta: two traders killed, five wounded, no claim; suspended missions and the elephant "
                  "count are not events"),
    ]),
    "c20-012": ("2024-07-24", [
        ev("2024-07-20", EXP, "Air/drone strike", forces(IL), civilians(YE), country=YE, admin1="Al Hudaydah",
           loc="Hodeidah", ll=(14.80, 42.95), fat=6, ok=(3, 6),
           reason="an underwriter's claims memo: 'On Saturday 20 July' Israeli aircraft strike the port of "
                  "Hodeidah (fuel tanks, cranes, power station): three killed on Saturday night, three burned "
                  "workers died by Tuesday: 6, with 3 allowed"),
        ev("2024-07-19", EXP, "Air/drone strike", HOUTHI, None, country=IL, admin1="Tel Aviv", loc="Tel Aviv",
           ll=(32.08, 34.78), fat=0,
           reason="the cause told in passing: 'the drone that hit Tel Aviv in the early hours of Friday, which the "
                  "Houthis claimed': a dated drone strike, no toll in the memo, so 0; claims, premiums and cargo "
                  "are not events"),
    ]),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
