"""Battles rows of news-check-snippets8: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (CLASH, "Burkina Faso", "headline", "militants attack a gendarmerie post and gendarmes fire back",
     "Gendarmes repel raid on Sebba post. Dozens of armed men on motorbikes assaulted the gendarmerie in Sebba before "
     "dawn on Thursday and were driven off after two hours of shooting, leaving four gendarmes and a dozen attackers "
     "dead."),
    (CLASH, "India", "wire", "security forces and Maoist rebels exchange fire in a forest",
     "Security forces killed seven Maoist rebels in a gunfight in the forests of Bijapur district in Chhattisgarh on "
     "Sunday, police said, and two commandos were wounded."),
    (CLASH, "Syria", "headline", "two armed factions fight over a town",
     "Rival factions battle for Manbij outskirts. Turkish-backed fighters and the Kurdish-led SDF traded mortar and "
     "machine-gun fire around the Tishrin dam road on Monday, a war monitor said, with at least 15 fighters killed."),
    (CLASH, "Colombia", "translated", "ELN and FARC dissidents confront each other",
     "Confrontations between the ELN guerrilla and dissidents of the former FARC left at least eight combatants dead "
     "in rural Tibu, in Catatumbo, according to the regional ombudsman."),
    (CLASH, "Philippines", "communique", "an army statement on an encounter with communist rebels",
     "Troops of the 3rd Infantry Division encountered an estimated twenty members of the New People's Army in the "
     "hinterlands of Himamaylan City, Negros Occidental, resulting in a thirty-minute firefight."),
    (GRT, "Syria", "headline", "government forces retake a coastal town from insurgents",
     "Syrian security forces back in control of Jableh. Government units pushed gunmen loyal to the former regime out "
     "of the coastal town on Friday after a day of street battles, the defence ministry said."),
    (GRT, "Somalia", "wire", "the army and clan militias capture a town from al Shabaab",
     "Somali troops backed by clan militias captured the town of Adan Yabaal from al Shabaab on Friday, the "
     "government said, ending years of rule by the militants over the district."),
    (GRT, "Nigeria", "passive", "a village is taken back from jihadists",
     "The town of Marte was recaptured from Islamic State fighters on Sunday, military sources said, a week after "
     "the insurgents drove soldiers from the base there."),
    (GRT, "Myanmar", "headline", "the junta retakes a town from resistance forces",
     "Myanmar army reclaims Kawkareik. Junta troops re-entered the border town on Wednesday after resistance fighters "
     "withdrew under air strikes, residents said."),
    (GRT, "Iraq", "liveblog", "Iraqi forces retake a district from militants",
     "11:40 - Iraqi counter-terrorism units have regained control of the last neighbourhood of the district held by "
     "the militants, a military spokesman says; clearing of houses continues."),
    (NSA, "Mali", "headline", "rebels seize an army camp after troops pull out",
     "Tuareg rebels take Anefis camp. Fighters of a separatist coalition entered the town and its military camp on "
     "Saturday after the army withdrew under fire, the coalition said."),
    (NSA, "DR Congo", "local", "M23 rebels take a mining town",
     "M23 rebels took control of Rubaya, the coltan mining town in Masisi territory, on Tuesday after fighting with "
     "the army and allied militias, local residents reported."),
    (NSA, "Sudan", "headline", "the RSF overruns a city and its army base",
     "RSF seizes El Fasher division headquarters. The paramilitary force overran the army's last base in the city on "
     "Sunday after a long siege, and soldiers fled towards the west."),
    (NSA, "Haiti", "count", "gangs seize a town, killing residents and police",
     "Gangs seized the town of Mirebalais on Monday, killing at least ten people, including two police officers, and "
     "freeing more than 500 inmates from the prison, officials said."),
    (NSA, "Myanmar", "attribution", "an ethnic army takes a regional command",
     "The Myanmar National Democratic Alliance Army has captured the junta's northeastern command headquarters in "
     "Lashio, the group said in a statement, after weeks of fighting."),
]
