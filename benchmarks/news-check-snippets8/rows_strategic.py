"""Strategic developments rows of news-check-snippets8: (sub-event type, country, style, reason, text). Written for
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
    (AGREEMENT, "DR Congo", "headline", "Congo and Rwanda sign a peace deal",
     "Congo, Rwanda sign peace accord in Washington. The foreign ministers put their names to a deal on Friday "
     "committing Kigali to withdraw its troops and Kinshasa to act against a Hutu militia."),
    (AGREEMENT, "Yemen", "wire", "the warring sides agree a prisoner swap deal",
     "Yemen's government and the Houthis agreed in Geneva on Monday to release nearly 900 detainees held by both "
     "sides, the UN envoy's office said."),
    (AGREEMENT, "Sudan", "headline", "the army and the RSF sign a humanitarian pledge",
     "Sudan's warring sides sign Jeddah declaration. Delegates of the army and the paramilitary RSF committed on "
     "Thursday night to protect civilians and let aid through, Saudi and American mediators said."),
    (AGREEMENT, "Colombia", "communique", "a bilateral ceasefire decree",
     "The national government and the ELN have agreed a bilateral, national and temporary ceasefire of 180 days, "
     "which will enter into force on the third of August."),
    (AGREEMENT, "Armenia", "headline", "Armenia and Azerbaijan initial a peace text",
     "Baku and Yerevan initial peace deal. The two countries' foreign ministers initialled the text of a treaty at a "
     "ceremony on Friday, ending decades of hostility over Karabakh."),
    (ARRESTS, "Turkey", "headline", "an opposition mayor is detained",
     "Istanbul mayor detained in dawn raid. Police took Ekrem Imamoglu from his home on Wednesday along with about "
     "100 others in a corruption and terrorism investigation."),
    (ARRESTS, "Russia", "wire", "a journalist is arrested on espionage charges",
     "Russia's security service said on Thursday it had arrested a US newspaper reporter in Yekaterinburg on "
     "suspicion of spying."),
    (ARRESTS, "Tunisia", "headline", "police arrest an opposition leader",
     "Police arrest Ennahda leader in Tunis. Officers detained the head of the opposition party at his home on Monday "
     "night and took him to a barracks for questioning, his lawyer said."),
    (ARRESTS, "Uganda", "attribution", "soldiers arrest an opposition figure abroad",
     "An opposition politician and his aide were seized in Nairobi and taken to Kampala, where they were charged "
     "before a military court, according to his wife."),
    (ARRESTS, "Burkina Faso", "translated", "the junta detains a magistrate",
     "The president of the union of magistrates was apprehended at his home by individuals presenting themselves as "
     "agents of the national intelligence agency, the union indicated."),
    (CHANGE, "Syria", "headline", "rebel factions dissolve into the army",
     "Factions agree to dissolve into Syrian army. The leaders of armed groups that toppled Assad said on Tuesday "
     "they would disband and merge into a new national force."),
    (CHANGE, "Turkey", "wire", "the PKK announces its dissolution",
     "The PKK announced on Monday that its members, meeting in congress in the mountains of northern Iraq, had voted "
     "to disband the organisation and lay down its weapons."),
    (CHANGE, "Mali", "headline", "jihadist factions announce a merger",
     "Sahel groups announce alliance. Four armed groups in the Sahel said in a video on Saturday that they had "
     "merged under a single leader and a new name."),
    (CHANGE, "Colombia", "local", "a dissident faction splits",
     "A faction of the FARC dissidents' Central General Staff broke away and announced it would continue peace talks "
     "on its own, its spokesmen said in Cauca."),
    (CHANGE, "Nigeria", "ngo", "bandit groups switch to taxing farmers",
     "Bandit groups in Zamfara have begun imposing levies on farming communities in exchange for access to their "
     "fields, a monitoring group reported this month."),
    (DISRUPTED, "Israel", "headline", "a missile from Yemen intercepted",
     "Missile from Yemen shot down. Sirens sounded in central Israel before dawn on Tuesday as air defences "
     "intercepted a ballistic missile fired by the Houthis, the army said."),
    (DISRUPTED, "Saudi Arabia", "communique", "the coalition intercepts drones",
     "The Joint Forces Command of the Coalition intercepted and destroyed two booby-trapped drones launched towards "
     "the Kingdom's southern region."),
    (DISRUPTED, "Niger", "headline", "soldiers defuse a bomb on a road",
     "Army defuses bomb on Tillaberi road. Soldiers found and disarmed an explosive device buried on the road near "
     "Ayorou on Thursday before a convoy passed, the army said."),
    (DISRUPTED, "Russia", "count", "Russia says it downed dozens of drones",
     "Russian air defences destroyed 337 Ukrainian drones overnight, including 91 over the Moscow region, the "
     "defence ministry said on Tuesday."),
    (DISRUPTED, "Iraq", "passive", "a rocket launcher found before firing",
     "A rocket launcher loaded with four rockets aimed at the airport was found and dismantled in a field in western "
     "Baghdad on Sunday, security officials said."),
    (BASE, "Mali", "headline", "Russian instructors move into a base",
     "Russian fighters take up quarters in Timbuktu. Instructors arrived at the former UN camp near the airport on "
     "Wednesday, days after the peacekeepers left, residents said."),
    (BASE, "Mozambique", "local", "insurgents set up a camp in a forest",
     "Insurgents have set up a new camp in the Catupa forest near Macomia, where they hold food and supplies, "
     "residents who escaped told a community radio."),
    (BASE, "Somalia", "headline", "Turkey opens a military base",
     "Turkey sets up base in Mogadishu port. Turkish forces began operating from a naval facility on Monday under a "
     "defence accord with the government."),
    (BASE, "DR Congo", "attribution", "M23 establishes an administration in a town",
     "The M23 rebels have installed their own administrators and a police headquarters in Bukavu, according to local "
     "residents and a UN report."),
    (BASE, "Burkina Faso", "headline", "jihadists set up a checkpoint camp",
     "Militants settle in Djibo outskirts. Fighters have set up a base and checkpoints on the roads out of the town, "
     "residents said on Friday, tightening the blockade."),
    (LOOTING, "Sudan", "headline", "RSF loots a museum",
     "Sudan's national museum looted. Paramilitary fighters carted away antiquities and gold pieces from the museum "
     "in Khartoum, officials said on Wednesday."),
    (LOOTING, "Haiti", "wire", "gangs ransack a hospital",
     "Armed gangs looted and burned parts of the State University Hospital in Port-au-Prince, taking beds and "
     "medical equipment, the health ministry said."),
    (LOOTING, "Nigeria", "headline", "bandits burn a village's granaries",
     "Bandits torch granaries in Zamfara. Armed men burned food stores and houses in a village in Maru on Saturday "
     "after residents fled, a local leader said."),
    (LOOTING, "Colombia", "translated", "dissidents burn heavy machinery",
     "Members of an armed structure incinerated two excavators and a dump truck of a road contractor in the rural "
     "zone of Argelia, the governor's office denounced."),
    (LOOTING, "Ukraine", "ngo", "troops loot a village before leaving",
     "Russian soldiers stripped homes in the village of appliances, tools and cars before leaving, residents told "
     "our researchers."),
    (TRANSFER, "Mali", "headline", "peacekeepers hand a camp to the army",
     "UN hands Tessalit camp to Malian army. Peacekeepers withdrew from the base in the far north on Saturday and "
     "handed it over to national troops."),
    (TRANSFER, "Syria", "wire", "the SDF hands over a district under a deal",
     "The Kurdish-led SDF withdrew from two neighbourhoods of Aleppo on Friday and handed them over to government "
     "security forces under an agreement reached last month."),
    (TRANSFER, "Niger", "headline", "French troops leave their last base",
     "French army leaves Niamey air base. The last French soldiers departed on Friday and handed the base to "
     "Nigerien forces, ending a decade of presence."),
    (TRANSFER, "Azerbaijan", "communique", "a town returned under a ceasefire",
     "In accordance with the trilateral statement, the Aghdam district has been returned to the Republic of "
     "Azerbaijan, and units of the army have entered the district."),
    (TRANSFER, "DR Congo", "local", "rebels withdraw from a town ahead of talks",
     "The rebels pulled their fighters out of Walikale centre on Saturday without a fight, and soldiers returned the "
     "next day, local residents said."),
    (OTHER, "Niger", "headline", "soldiers detain the president",
     "Presidential guard holds Bazoum. Members of the guard blocked access to the presidential palace in Niamey on "
     "Wednesday and detained the head of state."),
    (OTHER, "Gabon", "wire", "officers seize power after an election",
     "Army officers in Gabon appeared on television on Wednesday to announce they had taken power, annulled the "
     "election and dissolved state institutions."),
    (OTHER, "Yemen", "headline", "Houthis seize a cargo ship",
     "Houthis hijack ship in Red Sea. Gunmen lowered from a helicopter took control of a car carrier on Sunday and "
     "steered it to Hodeidah."),
    (OTHER, "Guinea", "liveblog", "special forces take the president",
     "10:20 - Special forces commander says on state television that the president has been taken into custody and "
     "the constitution suspended."),
    (OTHER, "Somalia", "passive", "a fishing dhow seized by pirates",
     "An Iranian-flagged fishing dhow was seized by armed pirates off the coast of Eyl on Thursday, with its crew "
     "held on board, maritime officials said."),
]
