"""Hand coding of the news-check13 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` when the set was written, before the
pipeline ever ran on it. The event helper is news-dev3's (imported, not copied), as news-check4 to news-check12 do:
`etype=None` leaves a type a coder could not decide unscored, `sub=None` leaves only the sub-type unscored, and an
actor left out (None) is not scored. Actor names follow ACLED's spelling without the year suffixes, as the other
sets do; coordinates are given only for places whose position the coder was sure of. Older acts told without their
own day, and cumulative tolls over several days, are background and not coded.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import news_dev3_coding, write_story_gold  # noqa: E402


_DEV3 = news_dev3_coding()
ev = _DEV3.ev
VAC, BAT, EXP, PRO, RIO = _DEV3.VAC, _DEV3.BAT, _DEV3.EXP, _DEV3.PRO, _DEV3.RIO
STR = "Strategic developments"
IQ, SY, PS, IL, SD, NG = "Iraq", "Syria", "Palestine", "Israel", "Sudan", "Nigeria"
ET, CM, EG, SO = "Ethiopia", "Cameroon", "Egypt", "Somalia"
ISI = "Islamic State (Iraq)"
SDF = "QSD: Syrian Democratic Forces"
RSF = "RSF: Rapid Support Forces"
UAG_NG = "Unidentified Armed Group (Nigeria)"
GAZA_CITY = (31.50, 34.47)
MOGADISHU = (2.04, 45.34)


def forces(country: str) -> str:
    return f"Military Forces of {country}"


def civilians(country: str) -> str:
    return f"Civilians ({country})"


def wad_al_nourah(reason: str) -> dict:
    return ev("2024-06-05", VAC, "Attack", RSF, civilians(SD), country=SD, admin1="Al Jazirah", loc="Wad al-Nourah",
              fat=104, ok=(104, 150), reason=reason)


GOLD = {
    "c13-001": ("2022-01-25", [
        ev("2022-01-23", BAT, "Armed clash", ISI, forces(IQ), country=IQ, admin1="Kirkuk", loc="Wadi al-Shay",
           fat=11,
           reason="early-Sunday IS assault on the Wadi al-Shay outpost, told in the lead, the fight's account, a "
                  "wounded corporal, the army's statement, the provincial count and a recap ('Sunday's assault on "
                  "the Wadi al-Shay position', 'the weekend attack'): eleven soldiers; the watch fired back for an "
                  "hour, so a clash; the attackers' losses have no number"),
        ev("2022-01-25", EXP, "Air/drone strike", forces(IQ), ISI, country=IQ, loc="Hamrin mountains", fat=5,
           reason="Tuesday F-16 strike on a cave complex in the Hamrin range, five militants; the range spans "
                  "provinces, so admin1 is not given"),
    ]),
    "c13-002": ("2023-09-07", [
        ev("2023-08-27", STR, "Arrests", SDF, None, country=SY, admin1="Deir-ez-Zor", fat=0, optional=True,
           reason="the SDF's detention of its own Deir ez-Zor council head, told in a clause as the cause; no place "
                  "given; a coder could leave it as background, so optional"),
        ev("2023-08-28", BAT, "Armed clash", None, SDF, country=SY, admin1="Deir-ez-Zor", loc="al-Busayrah", fat=11,
           ok=(9, 11),
           reason="Monday: tribal fighters attack SDF checkpoints in and around al-Busayrah, fighting all day: "
                  "nine fighters and two civilians by the monitor; the tribe's ACLED name left out"),
        ev("2023-08-31", BAT, "Non-state actor overtakes territory", None, SDF, country=SY, admin1="Deir-ez-Zor",
           loc="Dhiban", fat=0,
           reason="Thursday the tribesmen take Dhiban after the SDF's units leave at night; no toll for the day"),
        ev("2023-09-06", BAT, None, SDF, None, country=SY, admin1="Deir-ez-Zor", loc="Dhiban", fat=14,
           reason="Wednesday the SDF re-enters Dhiban after a day of street battles, 14 killed: a non-state "
                  "takeover or an armed clash by the coder's reading, so only the sub-type is unscored; the week's "
                  "90 is a cumulative toll and not counted"),
    ]),
    "c13-003": ("2024-08-11", [
        ev("2024-08-10", EXP, "Air/drone strike", forces(IL), None, country=PS, admin1="Gaza Strip", loc="Gaza City",
           ll=GAZA_CITY, fat=93, ok=(70, 100),
           reason="dawn Saturday strike on the al-Tabi'in school shelter in Daraj, told in the lead, the rescuers, a "
                  "worshipper, the army's account, the tolls and a recap ('Saturday's strike on the Daraj "
                  "shelter'): the civil defence's 93 (the hospital's 'more than 70', the media office's 'about 100'); "
                  "the army says it killed militants, so actor2 is left out"),
        ev("2024-08-10", STR, "Disrupted weapons use", forces(IL), None, country=IL, loc="Sderot", fat=0,
           reason="Saturday afternoon two rockets from southern Gaza shot down on their way to Sderot, no injuries; "
                  "the launchers are not named"),
    ]),
    "c13-004": ("2024-06-06", [
        wad_al_nourah("Wednesday RSF raid on Wad al-Nourah, told in the lead, the committee's account, a farmer's "
                      "words, the ministry's 'massacre' and the RSF's denial: the committee's 104; shelling and "
                      "looting in the same raid are part of it"),
    ]),
    "c13-005": ("2024-06-08", [
        wad_al_nourah("the same Wednesday attack on Wad al-Nourah told by a wire two days on: activists' '104 or "
                      "more'; the government's 150 is unverified and gives the upper bound"),
        ev("2024-06-07", EXP, "Shelling/artillery/missile attack", RSF, civilians(SD), country=SD, admin1="Khartoum",
           loc="Omdurman", fat=8,
           reason="Friday-morning shells from RSF positions hit the Karari market in Omdurman, at least eight "
                  "killed"),
    ]),
    "c13-006": ("2023-05-24", [
        ev("2023-05-21", VAC, "Abduction/forced disappearance", UAG_NG, civilians(NG), country=NG, admin1="Zamfara",
           loc="Gidan Dawa", fat=0,
           reason="Sunday-night bandits take worshippers from the Gidan Dawa mosque, told in the lead, a witness, "
                  "the lawmaker's 42, the police's 33 and recaps ('Sunday's raid on the mosque', 'the mass "
                  "abduction from the Gidan Dawa mosque'); two wounded, none killed; the ransom calls are not a "
                  "new act"),
        ev("2023-05-22", BAT, "Armed clash", None, UAG_NG, country=NG, admin1="Zamfara", loc="Falale", fat=6,
           ok=(6, 12),
           reason="Monday gunfight between vigilantes and bandits near Falale: six vigilantes and 'several' "
                  "bandits; the vigilantes' ACLED name left out"),
    ]),
    "c13-007": ("2023-08-17", [
        ev("2023-08-13", EXP, "Air/drone strike", forces(ET), civilians(ET), country=ET, admin1="Amhara",
           loc="Finote Selam", fat=26, ok=(26, 30),
           reason="Sunday-afternoon drone strike on Finote Selam's square, told in the lead, a nurse's words, the "
                  "army's generic reply and a recap ('the attack on the bus station area', 'Sunday's bombing of the "
                  "square'): the hospital's 26, the official's later 30; only the army flies drones in this war, "
                  "and no fighting was in the town"),
        ev("2023-08-15", BAT, "Armed clash", "Fano Militia", forces(ET), country=ET, admin1="Amhara",
           loc="Debre Markos", fat=7,
           reason="Tuesday clashes in and around Debre Markos, seven dead by a hospital worker; the UN's 183 for July "
                  "and August is background"),
    ]),
    "c13-008": ("2021-09-21", [
        ev("2021-09-16", EXP, "Remote explosive/landmine/IED", "Ambazonian Separatists", forces(CM), country=CM,
           admin1="Nord-Ouest", loc="Bamessing", fat=7,
           reason="Thursday buried device under an armoured vehicle near Bamessing, seven soldiers; blamed on and "
                  "claimed by the separatists"),
        ev("2021-09-17", STR, "Looting/property destruction", forces(CM), civilians(CM), country=CM,
           admin1="Nord-Ouest", loc="Bamessing", fat=0,
           reason="Friday soldiers burn about twenty houses in Bamessing, nobody killed; the army's denial does not "
                  "undo the residents' account"),
    ]),
    "c13-009": ("2022-05-11", [
        ev("2022-05-07", BAT, "Armed clash", None, forces(EG), country=EG, admin1="North Sinai", loc="Bir al-Abd",
           fat=11,
           reason="Saturday attack on the water station near Bir al-Abd, told in the lead, the spokesman's account, a "
                  "relative's words, the claim and recaps ('the raid on the pumping station', 'the Saturday "
                  "attack'): an officer and ten soldiers; the guards fought back, so a clash; IS's 'dozens' is a "
                  "claim; the Sinai branch's ACLED name left out"),
        ev("2022-05-09", BAT, "Armed clash", forces(EG), None, country=EG, admin1="North Sinai", loc="Rabaa", fat=8,
           ok=(7, 8),
           reason="Monday gunfight with the cell near Rabaa: seven militants and one soldier"),
    ]),
    "c13-010": ("2023-07-26", [
        ev("2023-07-24", EXP, "Suicide bomb", "Al Shabaab", forces(SO), country=SO, admin1="Banadir", loc="Mogadishu",
           ll=MOGADISHU, fat=13, ok=(13, 15),
           reason="Monday-morning suicide car bomb at the Hodan training camp gate, told in the lead, a wounded "
                  "soldier, the claim and the officials' counts, and a recap ('the bombing of the Hodan camp'): 13 "
                  "(a doctor's 15); the group's 'more than 30' is a claim; the October ministry bombs are background"),
        ev("2023-07-26", BAT, "Government regains territory", forces(SO), "Al Shabaab", country=SO,
           admin1="Middle Shabelle", loc="Qaycad", fat=0, window=("2023-07-25", "2023-07-26"),
           reason="the army's Wednesday announcement of retaking Qaycad after overnight fighting; 'several' killed is "
                  "no number"),
    ]),
    "c13-011": ("2025-02-19", []),
    "c13-012": ("2023-11-22", []),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
