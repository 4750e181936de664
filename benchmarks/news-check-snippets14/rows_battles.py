"""Battles rows of news-check-snippets14: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (GRT, "Somalia", "ngo", "NGO security log: the army and clan militia retake a town from al-Shabaab by fighting",
     "SEC LOG 0412 | Hiraan | 26 Aug 2023 | SNA troops and Ma'awisley militia recaptured Mahas town from "
     "al-Shabaab after a three-hour exchange of fire; no partner staff affected, road to Beledweyne still shut."),
    (GRT, "Nigeria", "headline", "wire headline alone: troops recapture a town from ISWAP after a night battle",
     "Troops recapture Marte from ISWAP after overnight battle."),
    (GRT, "DR Congo", "translated", "translated Lingala radio: the army takes a town back from M23 after fighting",
     "Soldiers of the FARDC and Wazalendo fighters took back Mweso from the M23 rebels on Thursday after two days "
     "of combat around the hospital, the Lingala news bulletin of a Kinshasa radio station said."),
    (GRT, "Ukraine", "attribution", "photo caption: a flag raised after Russian forces are driven from a city",
     "Photo: Ukrainian soldiers hoist the national flag over Izium's town council on 11 September, a day after "
     "their counter-attack drove Russian troops out of the city. Picture by a Kyiv daily's field photographer."),
    (GRT, "Senegal", "translated", "translated Wolof radio: the army overruns rebel camps in the Casamance forest",
     "The army has seized the MFDC rebel bases in the Blaise forest after heavy fighting with the men of Salif "
     "Sadio, the Wolof news of a Dakar radio said on Sunday evening; two soldiers were wounded."),

    (NSA, "Mali", "liveblog", "aid workers' group chat: JNIM overruns an army camp after hours of fighting",
     "[09:40] Fatou (Mopti hub): JNIM fighters overran the Boulkessi army camp after hours of fighting, FAMa pulled "
     "back towards Mondoro. Douentza convoy cancelled, all staff stay in base."),
    (NSA, "Sudan", "headline", "wire headline alone: the RSF seize a besieged city as the army withdraws",
     "RSF seize El Fasher after 18-month siege as army quits its last base."),
    (NSA, "Ethiopia", "attribution", "photo caption: Fano militiamen in a town they took after clashes with the army",
     "Fano militiamen walk past the rock-hewn churches of Lalibela on Thursday, hours after they drove federal "
     "soldiers from the town in a gun battle. Photo: local stringer."),
    (NSA, "Myanmar", "passive", "map legend: a township overrun by an armed group after its last battalion is routed",
     "Legend, hatched red: townships overrun by the Arakan Army since November 2023. Paletwa was lost by the junta "
     "on 14 January 2024, when its last battalion there was routed."),
    (NSA, "Somalia", "ngo", "NGO security log: al-Shabaab overruns a town after dislodging the army",
     "SEC LOG 2025-0217 | Hiraan | Al-Shabaab fighters took Moqokori after dislodging SNA soldiers and clan militia "
     "in a dawn assault; two partner staff relocated to Beledweyne by road."),

    (CLASH, "Kenya", "translated", "translated Swahili daily: soldiers and al-Shabaab exchange fire in a forest",
     "Soldiers of the KDF exchanged fire with al-Shabaab fighters near the Boni forest in Lamu on Saturday and "
     "killed four of the militants, the Swahili daily Taifa Leo reported on Monday."),
    (CLASH, "Libya", "headline", "wire headline alone: rival militias fight in a Tripoli suburb",
     "Rival Tripoli militias battle in Ain Zara, 13 dead."),
    (CLASH, "Colombia", "attribution", "photo caption: families flee fighting between two armed groups",
     "Families carry mattresses along a dirt road near Tibú on 18 January as ELN guerrillas and FARC dissidents "
     "fought for control of the Catatumbo valley. Photo: regional news agency."),
    (CLASH, "Cameroon", "local", "aid workers' group chat: gunfire between soldiers and separatists at a junction",
     "Hi all, heavy gunfire between soldiers and Ambazonian fighters around Bui junction in Kumbo since 7am. Team "
     "staying in the guesthouse until it calms down."),
    (CLASH, "Ethiopia", "two-acts", "translated Tigrinya radio: a battle for an airport, then jets bomb the town",
     "Federal troops and Tigrayan forces fought for Humera's airstrip throughout Monday; the next day federal jets "
     "bombed the town's outskirts, the Tigrinya service of a Mekelle broadcaster said."),
]
