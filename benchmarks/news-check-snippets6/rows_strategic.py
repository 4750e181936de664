"""Strategic developments rows of news-check-snippets6: (sub-event type, country, style, reason, text). Written for
eventwire."""

AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
BASE = "Headquarters or base established"
LOOTING = "Looting/property destruction"
TRANSFER = "Non-violent transfer of territory"
OTHER = "Other"

ROWS = [
    (AGREEMENT, "Lebanon", "headline", "a ceasefire between Israel and Hezbollah takes effect",
     "Truce holds in southern Lebanon. A ceasefire agreed by Israel and Hezbollah came into force at dawn on "
     "Wednesday, and displaced families began driving south, the army said."),
    (AGREEMENT, "Democratic Republic of Congo", "wire", "Congo and the M23 sign a declaration of principles",
     "Congo's government and the M23 rebels signed a declaration of principles in Doha on Saturday, committing "
     "to a permanent ceasefire and further talks, Qatari mediators said."),
    (AGREEMENT, "Colombia", "headline", "the government and a guerrilla faction agree a truce",
     "Bogota and ELN agree six-month ceasefire. Government and rebel negotiators signed a bilateral truce in "
     "Havana on Friday, to take effect in August, both delegations said."),
    (AGREEMENT, "Yemen", "communique", "warring parties agree a prisoner exchange",
     "The parties have agreed, under the auspices of the United Nations and the Red Cross, to release 887 "
     "detainees in the coming days, the office of the special envoy announced."),
    (AGREEMENT, "Ethiopia", "local", "a local peace deal between two militias",
     "Elders of the two clans and commanders of their militias signed a peace pact in Moyale on Sunday to end "
     "weeks of revenge killings, the zone administrator said."),
    (ARRESTS, "Turkey", "headline", "police detain the mayor of a big city",
     "Istanbul mayor detained at dawn. Police took Ekrem Imamoglu from his home on Wednesday on corruption and "
     "terrorism charges, days before his party's primary, state media said."),
    (ARRESTS, "Tunisia", "headline", "an opposition leader arrested at home",
     "Ghannouchi arrested. Officers came for Rached Ghannouchi, the Ennahda leader, after dark on Monday and drove "
     "him from his house to a Tunis barracks for questioning, his party said."),
    (ARRESTS, "Uganda", "headline", "an opposition figure abducted abroad and charged",
     "Besigye charged before military court. The veteran opposition leader, seized in Nairobi on Saturday, "
     "appeared before a court martial in Kampala on Wednesday, his lawyers said."),
    (ARRESTS, "Venezuela", "attribution", "security agents detain an opposition campaign leader",
     "Intelligence agents detained an opposition campaign coordinator in Caracas on Tuesday, the opposition "
     "said, the latest of dozens of arrests since the election."),
    (ARRESTS, "Niger", "translated", "the junta detains a former minister",
     "The former minister of petroleum was arrested this Thursday by elements of the general direction of "
     "documentation and external security, a close relation of his family informed us."),
    (CHANGE, "Nigeria", "headline", "a jihadist faction pledges allegiance to a rival",
     "Boko Haram faction switches sides. Several hundred fighters loyal to a commander in the Lake Chad islands "
     "announced on Sunday that they had joined the Islamic State's West Africa branch, a researcher said."),
    (CHANGE, "Turkey", "wire", "the PKK announces it is dissolving",
     "The Kurdistan Workers' Party said on Monday it had decided to dissolve and end its armed struggle, after "
     "a congress held in northern Iraq, a news agency close to the group reported."),
    (CHANGE, "Ethiopia", "communique", "an armed wing announces it is ending its ceasefire",
     "The command of the liberation army declares that the unilateral ceasefire is ended from this day, and "
     "calls on its units to resume operations."),
    (CHANGE, "Mexico", "headline", "two cartel factions announce an alliance",
     "Cartel factions unite in Sinaloa. A faction loyal to the sons of El Chapo announced on Friday that it had "
     "allied with a rival group, according to banners hung on bridges in Culiacan."),
    (CHANGE, "Syria", "local", "an armed faction announces it is joining the new army",
     "A southern armed faction based in Bosra announced on Thursday that it would dissolve and merge into the "
     "new defence ministry's forces, its commander said."),
    (DISRUPTED, "Israel", "headline", "air defences intercept a Houthi missile",
     "Missile from Yemen intercepted. Israel's army said on Thursday it had shot down a ballistic missile "
     "launched from Yemen before it crossed into the country's territory, and sirens sounded in Tel Aviv."),
    (DISRUPTED, "Colombia", "passive", "a car bomb defused before it explodes",
     "A car loaded with explosives was defused by army bomb experts outside a police station in Tumaco on "
     "Sunday, before it could go off, police said."),
    (DISRUPTED, "Somalia", "local", "security forces defuse an explosive belt",
     "Security forces found and disarmed an explosive belt hidden in a house in Baidoa on Tuesday, the "
     "regional police commissioner said."),
    (DISRUPTED, "Ukraine", "headline", "Ukraine shoots down drones over Kyiv",
     "Air defences down dozens of drones over Kyiv. Ukraine's air force said it destroyed 38 Russian attack "
     "drones overnight, with falling debris damaging a house but hurting no one."),
    (DISRUPTED, "Afghanistan", "count", "a mine cleared from a road",
     "Two anti-tank mines were removed from a road in Kandahar province on Monday by Taliban security forces, "
     "a provincial spokesman said."),
    (BASE, "Somalia", "headline", "al Shabaab sets up a base near a town",
     "Al Shabaab camp near Bardhere. The militants set up a new base in a forest outside the Gedo town this week, "
     "bringing in fighters and vehicles, elders said on Saturday."),
    (BASE, "Mali", "headline", "Russian forces install a base in a town",
     "Russian base at Ber. Russian fighters of the Africa Corps have set up a base at the old airfield of Ber, "
     "near Timbuktu, "
     "residents said on Monday."),
    (BASE, "Democratic Republic of Congo", "headline", "rebels install their administration in a town",
     "M23 sets up command in Nyabibwe. The rebel movement installed a headquarters and a new administrator in "
     "the South Kivu town on Thursday, local sources said."),
    (BASE, "Myanmar", "wire", "a resistance force builds a camp",
     "A People's Defence Force unit has established a camp in the hills west of Kalay, its commander said on "
     "Tuesday, to train new recruits."),
    (BASE, "Haiti", "attribution", "a gang takes a hospital as its base",
     "Gang members have turned the abandoned state hospital in Mirebalais into their headquarters, residents "
     "told a local radio station on Friday."),
    (LOOTING, "Sudan", "headline", "RSF loot a museum in Khartoum",
     "National Museum emptied by fighters. Rapid Support Forces looted artefacts from the Sudan National Museum "
     "in Khartoum and loaded them onto trucks, the culture ministry said on Friday."),
    (LOOTING, "Haiti", "headline", "gang members burn houses in a neighbourhood",
     "Houses torched in Solino. Gang members set fire to dozens of houses in Solino on Tuesday after residents "
     "fled, a community leader said."),
    (LOOTING, "Burkina Faso", "passive", "a health centre burned by armed men",
     "The health centre of Seytenga was set on fire by armed men on Wednesday night, and its medicines were "
     "taken, a nurse said."),
    (LOOTING, "Myanmar", "ngo", "soldiers burn a village",
     "Satellite images we analysed show that soldiers burned more than 200 homes in a village in Magway region "
     "on Sunday after residents fled."),
    (LOOTING, "Nigeria", "headline", "bandits rustle cattle and burn granaries",
     "Bandits raid Zamfara village. Armed men took hundreds of cattle and set fire to granaries in Maru district "
     "on Monday, residents said, after villagers fled into the bush."),
    (TRANSFER, "Mali", "headline", "UN peacekeepers hand a camp to the army",
     "UN hands Tessalit base to Malian army. Peacekeepers transferred their camp to government forces on "
     "Tuesday as the mission withdrew from the north, a spokesman said."),
    (TRANSFER, "Syria", "wire", "Kurdish-led forces hand neighbourhoods to the government",
     "The Syrian Democratic Forces handed control of two Aleppo neighbourhoods to government security forces on "
     "Friday under a deal with Damascus, state media said."),
    (TRANSFER, "Libya", "headline", "a militia withdraws and hands over a ministry",
     "Militia quits ministry in Tripoli. A militia that had guarded the interior ministry building in Tripoli "
     "pulled out on Sunday and handed it to "
     "police units, a ministry official said."),
    (TRANSFER, "Azerbaijan", "headline", "separatists surrender a town",
     "Karabakh separatists hand over Khankendi. Azerbaijani forces entered the town on Monday after the local "
     "authorities agreed to disarm and dissolve, officials in Baku said."),
    (TRANSFER, "Niger", "attribution", "French troops leave their last base",
     "The last French soldiers left their base in Niamey on Friday and handed it over to the Nigerien army, "
     "the junta said."),
    (OTHER, "Gabon", "headline", "soldiers announce a coup on television",
     "Officers seize power in Gabon. Army officers appeared on state television on Wednesday to announce they "
     "had annulled the election and dissolved state institutions."),
    (OTHER, "Yemen", "wire", "Houthis seize a cargo ship",
     "Houthi fighters landed from a helicopter on the Galaxy Leader cargo ship in the Red Sea on Sunday and "
     "took the crew hostage, the group said."),
    (OTHER, "Somalia", "local", "pirates board a fishing vessel",
     "Armed pirates boarded a fishing boat off the coast of Eyl on Saturday and forced its crew to sail north, "
     "coastal officials said."),
    (OTHER, "Burkina Faso", "passive", "a junta leader removed by officers in a second coup",
     "The head of the junta was removed from office by a group of army captains who read a statement on "
     "national television on Friday evening, announcing the suspension of the charter."),
    (OTHER, "Niger", "headline", "the presidential guard detains the president",
     "Niger's president held by his guard. Members of the presidential guard blocked access to the palace in "
     "Niamey on Wednesday and detained the head of state, officials said."),
]
