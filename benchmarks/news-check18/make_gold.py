"""Hand coding of the news-check18 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` when the set was written, before the
pipeline ever ran on it. The event helper is news-dev3's (imported, not copied), as news-check4 to news-check17 do:
`etype=None` leaves a type a coder could not decide unscored, `sub=None` leaves only the sub-type unscored, and an
actor left out (None) is not scored. Actor names follow ACLED's spelling without the year suffixes, as the other
sets do. Older acts told without their own day, running counts, advice, meetings, anniversaries and round-table
talk are background and not coded.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import news_dev3_coding, write_story_gold  # noqa: E402


_DEV3 = news_dev3_coding()
ev, UAG = _DEV3.ev, _DEV3.UAG
VAC, BAT, EXP, PRO, RIO, SD = _DEV3.VAC, _DEV3.BAT, _DEV3.EXP, _DEV3.PRO, _DEV3.RIO, _DEV3.SD
SY, CD, CM, SD_, MZ, NG = "Syria", "Democratic Republic of Congo", "Cameroon", "Sudan", "Mozambique", "Nigeria"
IQ, BJ, YE = "Iraq", "Benin", "Yemen"
HTS, CODECO = "HTS: Hayat Tahrir al Sham", "CODECO: Cooperative for Development of Congo"
AMBAZONIANS, RSF = "Ambazonian Separatists", "RSF: Rapid Support Forces"
JNIM = "JNIM: Group for Support of Islam and Muslims"
DRC_ARMY = "Military Forces of the Democratic Republic of Congo"
IRGC = "Military Forces of Iran Islamic Revolutionary Guard Corps"


def forces(country: str) -> str:
    return f"Military Forces of {country}"


def police(country: str) -> str:
    return f"Police Forces of {country}"


def civilians(country: str) -> str:
    return f"Civilians ({country})"


GOLD = {
    "c18-001": ("2024-12-05", [
        ev("2024-12-05", BAT, "Non-state actor overtakes territory", HTS, forces(SY), country=SY, admin1="Hama",
           loc="Hama", fat=0,
           reason="a wire's live blog with time stamps: at 15:48 the army says its units were 'redeployed ... "
                  "outside the city' of Hama and at 16:05 HTS's operations room claims full control: a change of "
                  "control; no toll for the fighting ('losses in the enemy's ranks' has no number), so 0"),
        ev("2024-12-05", EXP, "Air/drone strike", None, civilians(SY), country=SY, admin1="Idleb", loc="Idlib",
           fat=8, ok=(6, 8),
           reason="09:03 jets strike the vegetable market in Idlib city at about 08:40: six killed (09:31), then "
                  "'eight people are now confirmed dead' (13:55) after two wounded died: 8, with 6 allowed; the jets "
                  "are named Syrian only by a monitor abroad the blog could not confirm, so actor1 is left out"),
    ]),
    "c18-002": ("2023-06-18", [
        ev("2023-06-13", VAC, "Attack", CODECO, civilians(CD), country=CD, admin1="Ituri", loc="Lala", fat=23,
           reason="a regional radio's Sunday round-up of one province, days told only by weekday: 'On Tuesday, "
                  "before first light' armed men attack the displaced site of Lala in Djugu territory, 23 bodies "
                  "confirmed by the administrator ('may rise' is not a figure); survivors and the administrator "
                  "blame CODECO"),
        ev("2023-06-15", BAT, "Armed clash", DRC_ARMY, CODECO, country=CD, admin1="Ituri", loc="Fataki", fat=13,
           ok=(4, 13),
           reason="'On Thursday' the army engages CODECO in the hills east of Fataki: the spokesman's nine "
                  "militiamen (the attackers' own dead) plus four soldiers, so 13"),
        ev("2023-06-17", PRO, "Peaceful protest", f"Protesters ({CD})", None, country=CD, admin1="Ituri",
           loc="Bunia", fat=0,
           reason="'On Saturday' about 500 women march to the governor's office in Bunia, a delegation received, "
                  "police walk beside them and do not intervene; the assembly, prices and exams are not events"),
    ]),
    "c18-003": ("2023-09-18", [
        ev("2023-09-14", EXP, "Remote explosive/landmine/IED", AMBAZONIANS, forces(CM), country=CM,
           admin1="Nord-Ouest", loc="Bambui", fat=2,
           reason="a road security advisory that names its country once: 'Thursday 14 September' an IED under an "
                  "army APC just before the Bambui junction (Tubah), two soldiers killed, three wounded; separatist "
                  "fighters claim it by video; the second device made safe and the searches are not coded"),
        ev("2023-09-16", VAC, "Abduction/forced disappearance", AMBAZONIANS, civilians(CM), country=CM,
           admin1="Nord-Ouest", loc="Bamessing", fat=0,
           reason="'Saturday 16 September' 'Amba boys' stop a bus at a log barrier near Bamessing on the Ndop road "
                  "and take nine passengers, nobody hurt, ransom asked: abduction with no further violence"),
    ]),
    "c18-004": ("2024-03-06", [
        ev("2024-03-02", VAC, "Attack", RSF, civilians(SD_), country=SD_, admin1="South Darfur", loc="Nyala", fat=2,
           reason="a rights group's urgent action: 'on Saturday 2 March' RSF fighters fire at the community kitchen "
                  "in Nyala's Al-Wadi area, killing a cook and a 14-year-old boy"),
        ev("2024-03-03", VAC, "Abduction/forced disappearance", RSF, civilians(SD_), country=SD_,
           admin1="South Darfur", loc="Nyala", fat=0,
           reason="'On the evening of Sunday 3 March' men in RSF uniforms take three volunteers from their homes in "
                  "Al-Jeer, Nyala, no news since: abduction/forced disappearance; the RSF's takeover 'last October' "
                  "and the war since April 2023 are background"),
    ]),
    "c18-005": ("2024-10-28", [
        ev("2024-10-21", PRO, "Protest with intervention", f"Protesters ({MZ})", police(MZ), country=MZ,
           admin1="Maputo City", loc="Maputo", fat=0,
           reason="an election observers' interim statement: 'On Monday 21 October' thousands gather in Maputo for "
                  "the stoppage, police fire tear gas and detain dozens, no death recorded"),
        ev("2024-10-24", RIO, "Violent demonstration", f"Rioters ({MZ})", police(MZ), country=MZ, admin1="Nampula",
           loc="Nampula", fat=3, ok=(1, 3),
           reason="'On Thursday 24 October' young men in Nampula city burn tyres, stone police vehicles and set a "
                  "police post on fire, police fire live rounds: one death seen by observers, then the hospital's "
                  "three (including him): 3, with 1 allowed; the lawyer's killing 'earlier this month' has no day "
                  "or place and is not coded"),
    ]),
    "c18-006": ("2024-02-05", [
        ev("2024-01-28", VAC, "Attack", None, civilians(NG), country=NG, admin1="Plateau", loc="Bokkos", fat=4,
           reason="a herders' association bulletin: 'On Sunday 28 January' unknown gunmen fire on a herders' "
                  "settlement 'in Bokkos Local Government Area' (a place written only with its district: its seat is "
                  "coded), four men killed, two women wounded; nobody named, so actor1 is left out"),
        ev("2024-01-30", SD, "Looting/property destruction", None, civilians(NG), country=NG, admin1="Plateau",
           loc="Riyom", fat=0,
           reason="'On Tuesday 30 January' rustlers raid a camp near Riyom and drive away about 150 cows, herd boys "
                  "tied up but not harmed: looting with no one hurt; the vaccination, meeting and prices are not "
                  "events"),
    ]),
    "c18-007": ("2024-03-15", [
        ev("2024-03-07", VAC, "Abduction/forced disappearance", UAG(NG), civilians(NG), country=NG, admin1="Kaduna",
           loc="Kuriga", fat=0,
           reason="a school newsletter, the act told in the Kuriga head teacher's quoted words: 'On Thursday "
                  "morning' (the Thursday before his Sunday call, 7 March) men on motorcycles take 137 pupils from "
                  "the LEA school at Kuriga, Chikun LGA, 'no child was killed'"),
        ev("2024-03-11", PRO, "Peaceful protest", f"Protesters ({NG})", None, country=NG, admin1="Kaduna",
           loc="Kaduna", fat=0,
           reason="'On Monday' parents, churches, mosques and forty students march from Murtala Square to the "
                  "Government House gate in Kaduna with 'Bring Back Kuriga Pupils' placards, a letter received, "
                  "peaceful; the minute of silence and the security drill are not events"),
    ]),
    "c18-008": ("2024-08-22", [
        ev("2024-08-20", EXP, "Air/drone strike", forces("Turkey"), None, country=IQ, admin1="Sulaymaniyah",
           loc="Qaladze", fat=3,
           reason="a translated Sorani daily: 'On Tuesday evening' a Turkish drone strikes a car on the road "
                  "between Qaladze and Zharawa (Pishdar), three killed; Turkey says 'three PKK terrorists', the "
                  "family and the mayor say beekeepers, so actor2 is left out"),
        ev("2024-08-21", EXP, "Shelling/artillery/missile attack", IRGC, None, country=IQ, admin1="Erbil",
           loc="Sidakan", fat=0,
           reason="'On Wednesday afternoon' Iranian artillery (the Revolutionary Guards' units) shells the slopes "
                  "above villages of Sidakan sub-district, about twenty shells, nobody hurt, a hillside burned"),
    ]),
    "c18-009": ("2025-01-13", [
        ev("2025-01-08", BAT, "Armed clash", JNIM, forces(BJ), country=BJ, admin1="Alibori", loc="Karimama", fat=28,
           reason="a travel advisory update: 'On Wednesday 8 January' armed men attack the military position at "
                  "Point Triple in the W park, commune of Karimama, several hours of fighting, the government's 28 "
                  "soldiers killed; JNIM claims it; an attack on a military post is a clash; the advice, crime and "
                  "kidnapping threat are not events"),
    ]),
    "c18-010": ("2025-04-22", [
        ev("2025-04-17", EXP, "Air/drone strike", forces("the United States"), None, country=YE,
           admin1="Al Hudaydah", loc="Ras Isa", fat=80, ok=(74, 80), window=("2025-04-17", "2025-04-18"),
           reason="a maritime security advisory: 'On the night of Thursday 17 April' US strikes hit the Ras Isa "
                  "fuel terminal from about 22:00 for hours; the Houthi-run authorities' 74 on Friday revised to 80 "
                  "on Saturday: 80, with 74 allowed; the dead are port workers and paramedics but the target is a "
                  "terminal, so actor2 is left out; 'no attacks' on ships that week is not an event"),
    ]),
    "c18-011": ("2025-06-20", []),
    "c18-012": ("2026-06-06", []),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
