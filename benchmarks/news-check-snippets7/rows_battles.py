"""Battles rows of news-check-snippets7: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (GRT, "Sudan", "headline", "the army retakes a state capital from the RSF",
     "Sudanese army back in Wad Madani. Troops and allied fighters entered the capital of Gezira state on Saturday, "
     "a year after the paramilitary Rapid Support Forces drove them out, and residents filmed soldiers in the main "
     "square."),
    (GRT, "Ukraine", "headline", "Ukrainian forces take back a river port city from Russian troops",
     "Kherson flag raised as Russian troops leave. Ukrainian units moved into the centre of Kherson on Friday "
     "after Moscow's forces pulled back across the Dnipro, and crowds greeted the soldiers with flowers."),
    (GRT, "Mozambique", "communique", "a defence ministry statement on the recovery of a district town",
     "The Defence and Security Forces, with the support of the Rwandan contingent, have restored state authority "
     "over the town of Mocimboa da Praia, which had been occupied by terrorists since August of last year."),
    (GRT, "Ethiopia", "wire", "federal troops take a regional capital from a rebel force",
     "Ethiopian federal troops took full control of Mekelle, the capital of the Tigray region, on Saturday, the "
     "prime minister said, after Tigrayan forces withdrew to the surrounding hills."),
    (GRT, "Somalia", "translated", "government forces regain a town from al Shabaab",
     "The national army, with the support of local clan forces, has freed the town of Adan Yabaal from the "
     "Khawarij after a brief battle, and the population welcomed the forces, said the information minister."),
    (NSA, "Syria", "headline", "opposition fighters take a major city",
     "Rebels sweep into Aleppo. Fighters led by Hayat Tahrir al-Sham reached the centre of Syria's second city on "
     "Friday as government troops withdrew, the first time the city has left the government's hands since 2016."),
    (NSA, "Democratic Republic of Congo", "headline", "M23 rebels seize a provincial capital",
     "M23 rebels enter Bukavu. The Rwandan-backed fighters walked into the capital of South Kivu on Sunday after "
     "Congolese soldiers and their allies fled the city, residents said."),
    (NSA, "Burkina Faso", "wire", "jihadists overrun an army detachment and hold the town",
     "Islamist fighters overran the military detachment at Djibo's outskirts and raised their flag over the "
     "gendarmerie post on Monday, security sources said, after soldiers retreated towards the town centre."),
    (NSA, "Myanmar", "attribution", "an ethnic army takes a border trade town",
     "The Arakan Army has taken full control of Maungdaw township on the border with Bangladesh, the group said "
     "on Sunday, after capturing the last junta battalion headquarters there."),
    (NSA, "Haiti", "local", "gangs take control of a town after fighting police",
     "Gang members seized the town of Mirebalais on Monday after overrunning the police station, and hundreds of "
     "residents fled towards Hinche, local officials said."),
    (CLASH, "India", "headline", "security forces and Maoist rebels fight in a forest",
     "Twelve Maoists killed in Chhattisgarh gunfight. Police and paramilitary troops exchanged fire with rebels for "
     "several hours in a forest of Bijapur district on Thursday, a senior officer said."),
    (CLASH, "Colombia", "headline", "two armed groups fight for a border region",
     "ELN and FARC dissidents clash in Catatumbo. Fighting between the two armed groups in the north-east near "
     "Venezuela killed at least 30 people over the weekend, the regional governor said."),
    (CLASH, "Nigeria", "local", "soldiers repel an attack on their base",
     "Troops repelled an attack by Boko Haram fighters on their base at Damboa on Sunday night, killing several of "
     "the attackers, while two soldiers were wounded, a military source said."),
    (CLASH, "Pakistan", "passive", "soldiers killed in a fight with militants at a checkpoint",
     "Four soldiers were killed and three militants were shot dead when gunmen attacked a checkpoint in North "
     "Waziristan late on Tuesday, the army's media wing said."),
    (CLASH, "Libya", "liveblog", "rival armed groups fight in the capital",
     "Update 14:20 - Heavy gunfire and explosions in several districts of Tripoli as fighting between two armed "
     "groups spreads; the health ministry says at least 27 people have been killed since last night."),
]
