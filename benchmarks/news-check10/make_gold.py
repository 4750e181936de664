"""Hand coding of the news-check10 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` when the set was written, before the
pipeline ever ran on it. The event helper is news-dev3's (imported, not copied), as news-check4 to news-check9 do:
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
ML, TD, SD, NG, SS, CD = "Mali", "Chad", "Sudan", "Nigeria", "South Sudan", "Democratic Republic of Congo"
KE, YE, SY = "Kenya", "Yemen", "Syria"
RSF = "Rapid Support Forces"
ADF = "ADF: Allied Democratic Forces"
SNA = "SNA: Syrian National Army"
SDF = "SDF: Syrian Democratic Forces"
EL_FASHER = (13.63, 25.35)
NAIROBI = (-1.29, 36.82)


def forces(country: str) -> str:
    return f"Military Forces of {country}"


def civilians(country: str) -> str:
    return f"Civilians ({country})"


def protesters(country: str) -> str:
    return f"Protesters ({country})"


def mushu_raid(fat: int, ok: tuple[int, int] | None, reason: str) -> dict:
    return ev("2023-12-24", VAC, "Attack", None, civilians(NG), country=NG, admin1="Plateau", loc="Mushu", fat=fat,
              ok=ok, reason=reason)


GOLD = {
    "c10-001": ("2024-07-30", [
        ev("2024-07-25", BAT, "Armed clash", None, forces(ML), country=ML, admin1="Kidal", loc="Tinzaouaten",
           fat=80, ok=(80, 140), window=("2024-07-25", "2024-07-27"),
           reason="Thursday-to-Saturday fight between the rebels and the army-Wagner convoy near Tinzaouaten: the "
                  "elected official's 'more than eighty' bodies, the rebels' claim adds up to 140; the rebel "
                  "alliance's ACLED name was unsure to the coder, so actor1 is left out; JNIM's claim is unconfirmed"),
        ev("2024-07-28", EXP, "Air/drone strike", forces(ML), civilians(ML), country=ML, admin1="Kidal",
           loc="Tinzaouaten", fat=7,
           reason="Sunday-morning drone strike on vehicles at a well, seven dead with two children; blamed on the "
                  "army, the only side flying drones there"),
    ]),
    "c10-002": ("2022-10-21", [
        ev("2022-10-20", PRO, "Excessive force against protesters", protesters(TD), None, country=TD,
           admin1="N'Djamena", loc="N'Djamena", fat=45, ok=(40, 50),
           reason="Thursday live fire on crowds marching towards the centre: 'about fifty' nationwide, most in the "
                  "capital, minus Moundou's five; police and soldiers both fired, so actor2 is left out"),
        ev("2022-10-20", RIO, "Violent demonstration", None, None, country=TD, admin1="Logone Occidental",
           loc="Moundou", fat=5,
           reason="same-day protesters burning a party office and a petrol station, dispersed by police, five shot "
                  "dead: a second city, a second event, violent so a riot"),
    ]),
    "c10-003": ("2024-06-18", [
        ev("2024-06-16", EXP, "Shelling/artillery/missile attack", RSF, civilians(SD), country=SD,
           admin1="North Darfur", loc="El Fasher", ll=EL_FASHER, fat=16, ok=(16, 19),
           reason="Sunday late-morning RSF shells on the Naivasha market: the hospital's 16, the resistance "
                  "committee's 19"),
        ev("2024-06-17", EXP, "Air/drone strike", forces(SD), civilians(SD), country=SD, admin1="North Darfur",
           loc="Kutum", fat=5,
           reason="Monday army air strike on houses near the mosque of RSF-held Kutum, five civilians by residents; "
                  "the army's 'gathering of the militia' claim does not change the residents' count"),
    ]),
    "c10-004": ("2023-12-26", [
        mushu_raid(113, None,
                   "Sunday (Christmas Eve) 10 p.m. raid on Mushu and nearby hamlets, 113 bodies by Monday by the "
                   "council chairman; 'bandits' and armed herders are blamed, no one claims it, so actor1 is left "
                   "out"),
    ]),
    "c10-005": ("2023-12-28", [
        mushu_raid(160, (113, 160),
                   "the same Christmas Eve raid told by a wire four days later: the toll risen to 160 with bodies "
                   "found in the bush and wounded who died; herders' group denies any role"),
        ev("2023-12-27", VAC, "Attack", None, civilians(NG), country=NG, admin1="Plateau", loc="Kwahaslalek",
           fat=4,
           reason="Wednesday-night shooting of four men back from market in a Mangu village by unnamed gunmen; a new "
                  "place and day, not linked by the police to the raid"),
    ]),
    "c10-006": ("2025-03-09", [
        ev("2025-03-04", BAT, None, None, forces(SS), country=SS, admin1="Upper Nile", loc="Nasir", fat=27,
           window=("2025-03-03", "2025-03-04"),
           reason="Monday-to-Tuesday White Army assault on the Nasir barracks, taken on Tuesday, the county "
                  "official's 27 soldiers; a clash or a taking of territory a coder could argue, so the sub-type is "
                  "left unscored; the militia's ACLED name was unsure to the coder"),
        ev("2025-03-07", BAT, None, None, None, country=SS, admin1="Upper Nile", loc="Nasir", fat=4,
           reason="Friday fire on the UN helicopter taking off with soldiers: a general, a crew member and two "
                  "soldiers dead; nobody named as firing, and whether a coder makes it a clash or an attack on the "
                  "UN crew is open, so only the type is scored"),
    ]),
    "c10-007": ("2025-07-30", [
        ev("2025-07-27", VAC, "Attack", ADF, civilians(CD), country=CD, admin1="Ituri", loc="Komanda", fat=38,
           ok=(38, 43),
           reason="Sunday 1 a.m. attack on the vigil at the Komanda parish, the army's 38, the civil society's 43; "
                  "houses burned in the same raid are part of it; claimed by the Islamic State, named as the ADF"),
        ev("2025-07-29", BAT, "Armed clash", forces(CD), ADF, country=CD, admin1="Ituri", loc="Komanda", fat=6,
           reason="Tuesday fight in the forest ten km south of Komanda, six rebels dead by the army"),
    ]),
    "c10-008": ("2024-06-26", [
        ev("2024-06-25", None, None, None, None, country=KE, admin1="Nairobi", loc="Nairobi", ll=NAIROBI, fat=17,
           reason="Tuesday storming and burning of parliament and police live fire on the crowds, the rights "
                  "commission's 17 dead: a coder could call it a violent demonstration or excessive force against "
                  "protesters, so the type is left unscored"),
        ev("2024-06-25", PRO, "Peaceful protest", protesters(KE), None, country=KE, admin1="Kisumu", loc="Kisumu",
           fat=0, reason="same-day peaceful march through Kisumu, no incident"),
        ev("2024-06-25", PRO, "Peaceful protest", protesters(KE), None, country=KE, admin1="Mombasa",
           loc="Mombasa", fat=0, reason="same-day march in Mombasa without violence"),
    ]),
    "c10-009": ("2025-04-19", [
        ev("2025-04-17", EXP, "Air/drone strike", "Military Forces of the United States", None, country=YE,
           admin1="Al Hudaydah", loc="Ras Isa", fat=74,
           reason="Thursday-night US strikes on the Ras Isa fuel terminal, the Houthi ministry's 74; the dead are "
                  "workers, drivers and paramedics by one side's count, so actor2 is left out"),
        ev("2025-04-18", EXP, "Shelling/artillery/missile attack", None, civilians(YE), country=YE, admin1="Taizz",
           loc="Taiz", fat=1,
           reason="Friday Houthi shelling of a residential district of Taiz, a boy killed; the Houthis' ACLED name "
                  "was unsure to the coder, so actor1 is left out"),
    ]),
    "c10-010": ("2025-02-04", [
        ev("2025-02-03", EXP, "Remote explosive/landmine/IED", None, civilians(SY), country=SY, admin1="Aleppo",
           loc="Manbij", fat=20,
           reason="Monday 10 a.m. car bomb beside the farm workers' vehicle outside Manbij, 20 dead; unclaimed, "
                  "the SDF blamed and denying"),
        ev("2025-02-04", BAT, "Armed clash", SNA, SDF, country=SY, admin1="Aleppo", loc="Tishreen Dam", fat=13,
           reason="Tuesday hours-long fight near the Tishreen dam, the monitor's nine SNA and four SDF fighters; "
                  "the undated drone strikes on civilians at the dam are background"),
    ]),
    "c10-011": ("2025-02-20", []),
    "c10-012": ("2024-12-17", []),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
