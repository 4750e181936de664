"""Hand coding of the news-check21 stories, written as Python for readability; run once to write gold.jsonl.

Coded by hand from the article text and `../shared/docs/coding-rules.md` when the set was written, before the
pipeline ever ran on it. The event helper is news-dev3's (imported, not copied), as news-check4 to news-check20 do:
`etype=None` leaves a type a coder could not decide unscored, `sub=None` leaves only the sub-type unscored, and an
actor left out (None) is not scored. Actor names follow ACLED's spelling without the year suffixes, as the other
sets do. Monthly totals, a verdict on a massacre fifteen years back, a demobilisation ceremony, releases, arrests
told inside a riot, strike notices, prices and appeals are background and not coded.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from benchmark_scripts import news_dev3_coding, write_story_gold  # noqa: E402


_DEV3 = news_dev3_coding()
ev, UAG = _DEV3.ev, _DEV3.UAG
VAC, BAT, EXP, RIO, SD = _DEV3.VAC, _DEV3.BAT, _DEV3.EXP, _DEV3.RIO, _DEV3.SD
NG, ET, ML, SD_, KE = "Nigeria", "Ethiopia", "Mali", "Sudan", "Kenya"
SO, CM, LB, LY, SY = "Somalia", "Cameroon", "Lebanon", "Libya", "Syria"
RSF, FANO, JAS = "RSF: Rapid Support Forces", "Fano Militia", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
ISR, SDF = "Military Forces of Israel", "QSD: Syrian Democratic Forces"


def forces(country: str) -> str:
    return f"Military Forces of {country}"


def civilians(country: str) -> str:
    return f"Civilians ({country})"


def kenyan_riot(loc: str, admin1: str, ll: tuple[float, float], fat: int, reason: str) -> dict:
    return ev("2024-06-25", RIO, "Violent demonstration", f"Rioters ({KE})", f"Police Forces of {KE}", country=KE,
              admin1=admin1, loc=loc, ll=ll, fat=fat, reason=reason)


GOLD = {
    "c21-001": ("2024-09-05", [
        ev("2024-09-01", VAC, "Attack", JAS, civilians(NG), country=NG, admin1="Yobe", loc="Mafa", fat=81,
           ok=(37, 81),
           reason="a state health ministry's epidemiological week report, the security section: 'On the evening of "
                  "Sunday 1 September' armed men on motorcycles shoot residents of Mafa (Tarmuwa LGA) and burn shops "
                  "and houses; the police blame Boko Haram; 37 bodies counted on Monday, revised to 81 buried by "
                  "Wednesday: 81, with 37 allowed"),
        ev("2024-08-29", EXP, "Remote explosive/landmine/IED", None, civilians(NG), country=NG, admin1="Yobe",
           loc="Buni Yadi", ll=(11.27, 12.01), fat=1,
           reason="'On Thursday 29 August' a vaccination team's vehicle strikes an explosive device on the road "
                  "between Buni Yadi and Goniri (Gujba LGA): the driver killed, two vaccinators hurt, no claim; case "
                  "counts, the postponed measles round and the burned vaccine store (inside the Mafa attack) are not "
                  "events of their own"),
    ]),
    "c21-002": ("2023-08-13", [
        ev("2023-08-03", BAT, "Non-state actor overtakes territory", FANO, forces(ET), country=ET, admin1="Amhara",
           loc="Lalibela", ll=(12.03, 39.04), fat=0,
           reason="a travel blogger's post: after 'Wednesday 2 August', 'In the early hours of Thursday' shooting "
                  "comes close, the soldiers leave the checkpoint before dawn and by nine Fano fighters hold the "
                  "town, nobody seen killed: a takeover with no toll; Wednesday night's shooting in the hills has no "
                  "act of its own"),
        ev("2023-08-09", BAT, "Government regains territory", forces(ET), FANO, country=ET, admin1="Amhara",
           loc="Lalibela", ll=(12.03, 39.04), fat=0,
           reason="'On Wednesday 9 August the army came back': heavy fire on the ridge from six, Fano withdraws and "
                  "army trucks hold the square by evening; fighters said to be killed without a number: 0; the "
                  "escorted minibus and the travel advice are not events"),
    ]),
    "c21-003": ("2022-02-21", [
        ev("2022-02-17", SD, "Looting/property destruction", UAG(ML), civilians(ML), country=ML, admin1="Mopti",
           loc="Dialloube", fat=0,
           reason="a livestock market information note: 'On Thursday 17 February' armed men on motorbikes surround "
                  "a herders' camp written only as 'in Dialloubé commune' (the commune's seat is coded) and drive "
                  "away about 300 cattle and 150 small ruminants, herders held at gunpoint, unharmed: looting"),
        ev("2022-02-19", VAC, "Attack", UAG(ML), civilians(ML), country=ML, admin1="Mopti", loc="Konna",
           ll=(14.95, -3.89), fat=2,
           reason="'On Saturday' (in a note covering Monday 14 to Sunday 20 February) two cattle traders coming "
                  "back from the Konna market are stopped a few kilometres outside Konna and shot dead: 2, nobody "
                  "named; prices, the closed enclosure and the vaccination campaign are not events"),
    ]),
    "c21-004": ("2025-05-06", [
        ev("2025-05-04", EXP, "Air/drone strike", RSF, forces(SD_), country=SD_, admin1="Red Sea",
           loc="Port Sudan", ll=(19.62, 37.22), fat=0,
           reason="a shipping agent's port bulletin, the city named only in the dateline (PORT SUDAN): 'On Sunday "
                  "4 May' drones strike the military air base beside 'the city's airport' and a warehouse; the army "
                  "blames the RSF; no casualties"),
        ev("2025-05-06", EXP, "Air/drone strike", RSF, None, country=SD_, admin1="Red Sea", loc="Port Sudan",
           ll=(19.62, 37.22), fat=1,
           reason="'In the early hours of Tuesday' (the bulletin's own day) drones hit the fuel tanks at the "
                  "southern port: a night watchman killed, two burned; the government accuses the RSF; a fuel "
                  "terminal's target leaves actor2 unscored; berths, diverted flights and premiums are not events"),
    ]),
    "c21-005": ("2024-06-27", [
        kenyan_riot("Nairobi", "Nairobi", (-1.29, 36.82), 6,
                    "a health workers' union communiqué: 'On Tuesday 25 June' part of the crowd breaks through "
                    "police lines, enters the parliament grounds and burns part of the building and of City Hall; "
                    "police fire tear gas and live bullets: a protest turned violent is Riots, six shot dead "
                    "received by members; the gassed first-aid tent and two medics' arrests are part of it"),
        kenyan_riot("Githurai", "Kiambu", (-1.20, 36.92), 2,
                    "'The same night, in Githurai 45, just across the county boundary in Kiambu' youths block the "
                    "road with burning tyres and stone police, who open fire: two dead on arrival; the strike "
                    "notice, the complaint and the condolences are not events"),
    ]),
    "c21-006": ("2023-11-02", [
        ev("2023-10-10", EXP, "Remote explosive/landmine/IED", None, civilians(SO), country=SO,
           admin1="Lower Shabelle", loc="Afgooye", ll=(2.14, 45.12), fat=5,
           reason="a mine action monthly hazard report: 'On Tuesday 10 October' a traders' minibus strikes a buried "
                  "device about five kilometres outside Afgooye town: five killed, six hurt, no claim; the month's "
                  "totals (14 incidents, 23 killed) are not events"),
        ev("2023-10-21", BAT, "Armed clash", "Al Shabaab", forces(SO), country=SO, admin1="Hiraan", loc="Mahas",
           fat=19, ok=(2, 19),
           reason="the defenders named first: national army soldiers and clan fighters holding the Mahas base repel "
                  "an Al Shabaab assault 'at dawn on Saturday 21 October', three hours of fighting; the army's 17 "
                  "attackers killed (their own dead count) plus two soldiers: 19, with the soldiers' 2 allowed; the "
                  "survey of ordnance on Monday 23 October is not an event"),
    ]),
    "c21-007": ("2018-10-12", [
        ev("2018-10-05", VAC, "Abduction/forced disappearance", "Ambazonian Separatists", civilians(CM),
           country=CM, admin1="Nord-Ouest", loc="Bamenda", ll=(5.96, 10.15), fat=0,
           reason="a school parents' association circular: 'Two days before the presidential vote' (the vote is "
                  "'Sunday', and the release is 'the next day, Saturday': Friday 5 October) armed men fighting for "
                  "'Ambazonia' take nine pupils, a housemaster and a driver from the boarding section at Nkwen, "
                  "Bamenda; nobody hurt; the Saturday release is not an event"),
        ev("2018-10-07", SD, "Looting/property destruction", forces(CM), civilians(CM), country=CM,
           admin1="Nord-Ouest", loc="Bafut", ll=(6.08, 10.10), fat=0,
           reason="'On Sunday, the day of the vote' soldiers searching for the fighters set fire to several houses "
                  "in the Mbakong quarter of Bafut, nobody killed: property destruction; the suspended classes, fees "
                  "and the solidarity fund are not events"),
    ]),
    "c21-008": ("2023-11-20", [
        ev("2023-11-16", EXP, "Shelling/artillery/missile attack", ISR, civilians(LB), country=LB,
           admin1="Nabatieh", loc="Rmeish", ll=(33.08, 35.36), fat=0,
           reason="an olive cooperative's letter to buyers: 'On Thursday 16 November' Israeli artillery shells land "
                  "on the groves east of Rmeish where members are picking: one picker wounded, a grove burned, no "
                  "dead"),
        ev("2023-11-18", EXP, "Air/drone strike", ISR, "Hezbollah", country=LB, admin1="Nabatieh",
           loc="Kfar Kila", fat=2,
           reason="'on Saturday 18 November' a drone strikes a car just outside Kfar Kila: two men killed whom "
                  "Hezbollah names as its fighters; the drone's side is not written, Israel's in this border war; "
                  "the smaller harvest, prices and late shipments are not events"),
    ]),
    "c21-009": ("2023-09-20", [
        ev("2023-09-18", RIO, "Violent demonstration", f"Rioters ({LY})", None, country=LY, admin1="Darnah",
           loc="Derna", ll=(32.76, 22.64), fat=0,
           reason="an engineers' syndicate statement: 'on Monday' thousands gather before the Sahaba mosque in Derna "
                  "to demand accountability; told in a member's quote, about ten at night a group leaves the square "
                  "and sets the mayor's house on fire, nobody hurt: one demonstration that turned violent is Riots; "
                  "the dam collapse (a flood), the cut networks and the inquiry are not events"),
    ]),
    "c21-010": ("2023-10-07", [
        ev("2023-10-05", EXP, "Air/drone strike", forces("Turkey"), civilians(SY), country=SY,
           admin1="Al-Hasakeh", loc="Qamishli", ll=(37.05, 41.23), fat=1,
           reason="a community bakery's notice to customers: 'On Thursday "
                  "afternoon' Turkish drones strike the power substation on Qamishli's eastern edge: its guard "
                  "killed, two technicians hurt"),
        ev("2023-10-06", EXP, "Air/drone strike", forces("Turkey"), SDF, country=SY, admin1="Al-Hasakeh",
           loc="Amuda", ll=(37.10, 40.93), fat=2,
           reason="'in the early hours of Friday' a drone strikes an SDF checkpoint on the road outside Amuda: two "
                  "fighters killed per the SDF; the drone's side follows the Turkish campaign the notice tells; "
                  "opening hours, tickets, diesel prices and rumours are not events"),
    ]),
    "c21-011": ("2023-06-16", []),
    "c21-012": ("2024-08-09", []),
}


def main() -> None:
    write_story_gold(HERE, GOLD)


if __name__ == "__main__":
    main()
