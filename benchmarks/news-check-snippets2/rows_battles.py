"""Battles rows of news-check-snippets2: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (GRT, "Sudan", "headline", "army takes back a state capital held by the RSF",
     "Sudan's army back in Wad Madani. Soldiers marched into the capital of Gezira state on Saturday, ending more "
     "than a year of Rapid Support Forces control, according to military sources."),
    (GRT, "Sudan", "liveblog", "state forces recapture a landmark by force",
     "08:47 GMT: The army announces its troops have seized back the Republican Palace in central Khartoum from "
     "the paramilitary RSF after fighting through the night."),
    (GRT, "Russia", "attribution", "state forces retake a town on their own soil from foreign troops",
     "According to the Russian defence ministry, its units have driven Ukrainian forces out of Sudzha, the "
     "biggest settlement Kyiv's troops still held inside the Kursk region."),
    (GRT, "Somalia", "communique", "state forces and allied clan militia retake a town",
     "Statement from the Somali National Army: our forces, supported by local ma'awisley fighters, liberated "
     "Harardhere district from the Khawarij after a dawn operation on Monday."),
    (GRT, "Mali", "headline", "army returns to a rebel stronghold by force",
     "Malian troops enter Kidal. The army said on Tuesday it had taken the northern town from the Tuareg-led "
     "rebel coalition, which pulled back after days of air raids and ground fighting."),
    (GRT, "Mozambique", "passive", "joint state forces retake a port from insurgents",
     "The port town of Mocimboa da Praia was retaken from Islamist insurgents on Sunday by Mozambican soldiers "
     "and Rwandan troops, two years after the militants first seized it."),
    (NSA, "Syria", "headline", "rebels capture districts of a city from government forces",
     "Rebels storm into Aleppo. Insurgents led by Hayat Tahrir al-Sham pushed into Syria's second city on "
     "Friday, seizing several neighbourhoods as government troops fell back."),
    (NSA, "Democratic Republic of Congo", "wire", "rebels take a provincial capital",
     "M23 fighters took control of Goma's airport and most of the city centre on Monday, after brief resistance "
     "from Congolese soldiers and allied militias, two UN officials said."),
    (NSA, "Myanmar", "attribution", "an ethnic armed group overruns the last army post of a township",
     "The Arakan Army says it now controls all of Maungdaw township on the border with Bangladesh, having "
     "overrun Border Guard Police Battalion 5, the junta's final outpost there."),
    (NSA, "Sudan", "headline", "paramilitary takes a city's last army base",
     "RSF claims El Fasher. The paramilitary group said its fighters overran the headquarters of the army's 6th "
     "Infantry Division, the military's last major foothold in Darfur."),
    (NSA, "Haiti", "translated", "gang coalition takes a town after attacking police",
     "[Translated from Creole radio] Gangs of the Viv Ansanm coalition took over the town of Mirebalais on "
     "Monday after raiding the police station and emptying the civil prison."),
    (NSA, "Ukraine", "liveblog", "a foreign army captures a town",
     "Update 10:02: Moscow says its troops have taken full control of Avdiivka, hours after Ukraine's army chief "
     "ordered his units to leave the ruined industrial town."),
    (CLASH, "Nigeria", "headline", "troops fight bandits, no change of control",
     "Soldiers kill 23 bandits in Zamfara gunfight. Troops on patrol in Maru local government area fought a "
     "large group of armed bandits on Tuesday, the army's spokesman said."),
    (CLASH, "Mali", "communique", "militants attack a military camp, repelled",
     "FAMa communique: in the early hours of Sunday the Boulkessi camp was the target of a complex terrorist "
     "attack, which our units repelled; a provisional toll will follow."),
    (CLASH, "India", "wire", "two armies exchange small-arms fire",
     "Indian and Pakistani soldiers traded small-arms fire across the Line of Control in the Poonch sector late "
     "on Wednesday, an Indian army officer said, adding there were no casualties."),
    (CLASH, "Colombia", "count", "guerrillas fight a rival armed group",
     "Some 80 people have died in four days of fighting between ELN guerrillas and a FARC dissident front in "
     "the Catatumbo region, the governor of Norte de Santander said."),
    (CLASH, "Ethiopia", "wire", "militia and federal troops fight in a town",
     "Fano militiamen and federal soldiers fought for several hours in Debre Markos on Tuesday, residents told "
     "reporters by phone, with gunfire heard around the university."),
    (CLASH, "Palestine", "liveblog", "troops and an armed group fight each other",
     "11:40 - The Israeli army reports soldiers killed several gunmen in close-range fighting in Jabalia; Hamas's "
     "armed wing says its fighters hit a tank in the same area."),
    (CLASH, "Pakistan", "attribution", "militants storm a checkpost, gunfight follows",
     "The military's media wing said militants raided a security checkpost in Khyber district overnight and "
     "that four soldiers and six attackers died in the exchange of fire."),
    (CLASH, "Mexico", "local", "rival cartel factions fight",
     "CULIACAN, Sinaloa - Gunmen from rival factions of the Sinaloa Cartel fought a long gun battle on the city's "
     "southern edge on Saturday, leaving five men dead and a pickup truck burned."),
    (CLASH, "Ukraine", "communique", "a brigade repels an assault",
     "The 24th Mechanised Brigade repelled a Russian armoured assault near Chasiv Yar on Monday morning and "
     "destroyed two tanks and four infantry fighting vehicles, the brigade said."),
    (CLASH, "Democratic Republic of Congo", "two-acts", "first act: militia and rebels fight",
     "Wazalendo militiamen battled M23 rebels on the outskirts of Walikale on Tuesday. A day later the rebels "
     "said they would pull out of the town to make room for peace talks."),
    (CLASH, "Thailand", "headline", "two national armies fight at a border",
     "Thai and Cambodian troops clash at disputed temple. Soldiers of the two countries fired on each other "
     "near Ta Muen Thom on Thursday morning, Thailand's army said."),
]
