"""Hand coding of the news-check11 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` when the set was written, before the
pipeline ever ran on it. The event helper is news-dev3's (imported, not copied), as news-check4 to news-check10 do:
`etype=None` leaves a type a coder could not decide unscored, `sub=None` leaves only the sub-type unscored, and an
actor left out (None) is not scored. Actor names follow ACLED's spelling without the year suffixes, as the other
sets do; coordinates are given only for places whose position the coder was sure of. An older act told with its
own day is coded `optional` (a coder who had it already would not code it again).
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
BF, NE, CM, MZ, SO, ET = "Burkina Faso", "Niger", "Cameroon", "Mozambique", "Somalia", "Ethiopia"
IQ, PS, MM = "Iraq", "Palestine", "Myanmar"
JNIM = "JNIM: Group for Support of Islam and Muslims"
SHABAAB = "Al Shabaab"
MOGADISHU = (2.04, 45.34)
MACOMIA = (-12.25, 40.12)
ERBIL = (36.19, 44.01)


def forces(country: str) -> str:
    return f"Military Forces of {country}"


def civilians(country: str) -> str:
    return f"Civilians ({country})"


def macomia_battle(fat: int, ok: tuple[int, int] | None, reason: str) -> dict:
    return ev("2024-05-10", BAT, "Armed clash", None, forces(MZ), country=MZ, admin1="Cabo Delgado", loc="Macomia",
              ll=MACOMIA, fat=fat, ok=ok, reason=reason)


GOLD = {
    "c11-001": ("2024-08-27", [
        ev("2024-08-24", VAC, "Attack", JNIM, civilians(BF), country=BF, admin1="Centre-Nord", loc="Barsalogho",
           fat=133, ok=(133, 300),
           reason="Saturday JNIM fire on residents digging trenches outside Barsalogho, told in the lead, survivors' "
                  "quotes and a recap: the security source's 133 buried, the association's 'more than 300'; a few "
                  "soldiers and volunteers were there but the dead are mostly diggers, so civilians"),
        ev("2024-08-04", BAT, "Armed clash", None, forces(BF), country=BF, admin1="Centre-Nord", loc="Barsalogho",
           fat=8, optional=True,
           reason="older act: the Aug. 4 ambush of a supply convoy on the Kaya-Barsalogho road, six soldiers and two "
                  "drivers; optional (a coder may have it already); unclaimed"),
    ]),
    "c11-002": ("2024-03-23", [
        ev("2024-03-20", BAT, "Armed clash", None, forces(NE), country=NE, admin1="Tillaberi", loc="Tassia",
           fat=23, ok=(23, 53),
           reason="Wednesday ambush of a patrol near Tassia with IEDs and suicide vehicles; soldiers fought back: "
                  "23 soldiers dead, the ministry's 'about thirty' attackers added give the upper bound; unclaimed, "
                  "the IS Sahel branch only said to be active there"),
        ev("2024-03-21", EXP, "Air/drone strike", forces(NE), None, country=NE, admin1="Tillaberi", loc="Tiloa",
           fat=0, ok=(0, 40),
           reason="Thursday air strikes on the fleeing column near Tiloa; 'several dozen neutralised' is no number"),
    ]),
    "c11-003": ("2023-11-10", [
        ev("2023-11-06", VAC, "Attack", "Ambazonian Separatists", civilians(CM), country=CM, admin1="Sud-Ouest",
           loc="Egbekaw", fat=23, ok=(20, 23),
           reason="Monday pre-dawn raid on Egbekaw, house to house with guns and machetes, houses burned: residents' "
                  "'at least 20', the governor's 23; blamed on separatists by the authorities, denied by a leader "
                  "abroad (a coder could leave the author unknown)"),
        ev("2023-11-08", BAT, "Armed clash", forces(CM), "Ambazonian Separatists", country=CM, admin1="Sud-Ouest",
           loc="Egbekaw", fat=7,
           reason="Wednesday raid by the Rapid Intervention Battalion on a separatist camp ten km from Egbekaw, "
                  "an exchange of fire, seven fighters killed by the army's count"),
    ]),
    "c11-004": ("2024-05-11", [
        macomia_battle(8, None,
                       "Friday Islamic State fighters entered Macomia and fought troops most of the day, then looted: "
                       "the district official's five soldiers and three insurgents; the looting is part of the same "
                       "event; the IS branch's ACLED name is left out as the other Macomia story does"),
    ]),
    "c11-005": ("2024-05-14", [
        macomia_battle(13, (8, 20),
                       "the same May 10 assault on Macomia told by a wire four days on: the army's ten militants and "
                       "three soldiers; the local official's five soldiers and the analyst's 'up to twenty' bound it; "
                       "IS's 'more than twenty soldiers' is a claim"),
        ev("2024-05-12", VAC, "Attack", None, civilians(MZ), country=MZ, admin1="Cabo Delgado", loc="Mucojo", fat=2,
           reason="Sunday two fishermen found beheaded on a beach near Mucojo; only 'suspected insurgents'"),
    ]),
    "c11-006": ("2024-08-04", [
        ev("2024-08-02", EXP, "Suicide bomb", SHABAAB, civilians(SO), country=SO, admin1="Banadir", loc="Mogadishu",
           ll=MOGADISHU, fat=37, ok=(37, 42),
           reason="Friday night suicide vest and gunmen at Lido beach, claimed by al Shabaab, told in the lead, "
                  "quotes and a recap: 'at least 37' dead; the attackers killed (three shot, one blew up) may be "
                  "counted or not; a suicide bomber in a complex attack makes it a suicide bomb"),
        ev("2024-08-03", EXP, "Shelling/artillery/missile attack", None, None, country=SO, admin1="Banadir",
           loc="Mogadishu", ll=MOGADISHU, fat=0,
           reason="late Saturday three mortar shells towards the Halane compound near the airport, no casualties, "
                  "unclaimed; the Pearl Beach and SYL hotel attacks are background without a day"),
    ]),
    "c11-007": ("2024-02-06", [
        ev("2024-01-29", BAT, "Armed clash", "Fano Militia", forces(ET), country=ET, admin1="Amhara", loc="Merawi",
           fat=11,
           reason="dawn Fano attack on army positions in Merawi, hours of street fighting: the Fano commander's "
                  "eleven dead; the army gave none"),
        ev("2024-01-29", VAC, "Attack", forces(ET), civilians(ET), country=ET, admin1="Amhara", loc="Merawi",
           fat=45, ok=(45, 80),
           reason="same day, after the fighters left, soldiers pulling young men from houses and shooting them: the "
                  "health worker's 45 bodies, the residents' 'more than 80'; the government's 'extremists' is a "
                  "denial; the Bahir Dar and drone-strike accusations are background without a day"),
    ]),
    "c11-008": ("2024-04-27", [
        ev("2024-04-26", EXP, "Air/drone strike", None, civilians(IQ), country=IQ, admin1="Sulaymaniyah",
           loc="Khor Mor", fat=4,
           reason="Friday-evening drone on the Khor Mor gas field's storage area, four Yemeni contract workers "
                  "killed; unclaimed, Iran-aligned factions only blamed in the past"),
        ev("2024-04-27", STR, "Disrupted weapons use", None, None, country=IQ, admin1="Erbil", loc="Erbil",
           ll=ERBIL, fat=0,
           reason="Saturday-morning drone shot down by Kurdish security forces on its way to Erbil airport, no "
                  "damage: an interception; the November strike on the field is background without a day"),
    ]),
    "c11-009": ("2023-02-27", [
        ev("2023-02-26", VAC, "Attack", None, "Civilians (Israel)", country=PS, admin1="West Bank", loc="Huwara",
           fat=2,
           reason="Sunday early-afternoon shooting of two Israeli brothers in their car in Huwara's traffic; the "
                  "gunman unnamed"),
        ev("2023-02-26", None, None, "Settlers (Israel)", civilians(PS), country=PS, admin1="West Bank",
           loc="Huwara", fat=1,
           reason="Sunday-night settler rampage through Huwara and Zaatara, told in the lead, quotes, the mayor's "
                  "count and a recap: houses and cars burned, a man shot dead in Zaatara by an unknown shooter; "
                  "an attack on civilians or mob violence by the coder's reading, so the type is unscored"),
        ev("2023-02-22", BAT, "Armed clash", "Military Forces of Israel", None, country=PS, admin1="West Bank",
           loc="Nablus", fat=11, optional=True,
           reason="older act: 'last Wednesday' Israeli daytime raid on Nablus's old city, eleven Palestinians "
                  "killed; optional (a coder may have it already; clash or attack depends on who fought)"),
    ]),
    "c11-010": ("2023-04-14", [
        ev("2023-04-11", EXP, "Air/drone strike", forces(MM), civilians(MM), country=MM, admin1="Sagaing",
           loc="Pazigyi", fat=100, ok=(100, 168),
           reason="Tuesday 8 a.m. jet bombing and helicopter fire on the opening of an opposition office, told in "
                  "the lead, the volunteer's words, the junta's admission and a recap: 'at least 100', 168 "
                  "identified; the junta's 'PDF members there' does not change the civilian victims"),
        ev("2023-04-13", BAT, "Armed clash", None, forces(MM), country=MM, admin1="Sagaing", loc="Kanbalu", fat=3,
           reason="Thursday resistance attack on an outpost on the Kanbalu-Kyunhla road, three hours, three soldiers "
                  "killed by the local commander; the PDF's ACLED name was left out; the Kachin concert strike is "
                  "background without a day"),
    ]),
    "c11-011": ("2023-10-19", []),
    "c11-012": ("2025-06-25", []),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
