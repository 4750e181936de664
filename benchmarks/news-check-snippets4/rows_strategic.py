"""Strategic developments rows of news-check-snippets4: (sub-event type, country, style, reason, text). Written for
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
    (AGREEMENT, "Democratic Republic of Congo", "headline", "a peace framework signed by the government and rebels",
     "Kinshasa and M23 sign declaration of principles in Doha. The two sides committed on Saturday to a "
     "permanent ceasefire and to talks on a final peace deal."),
    (AGREEMENT, "Ethiopia", "headline", "a truce signed by the government and Tigrayan forces",
     "Pretoria deal to end Tigray war. Ethiopia's government and Tigrayan forces signed an agreement in Pretoria on "
     "Wednesday to stop "
     "hostilities, African Union mediators announced."),
    (AGREEMENT, "Syria", "headline", "the SDF agrees to join state institutions",
     "SDF signs deal to merge into Syrian state. The Kurdish-led force's commander and the interim president "
     "agreed on Monday to integrate its civilian and military bodies by the end of the year."),
    (AGREEMENT, "Israel", "liveblog", "a prisoner and hostage exchange agreed",
     "21:30 — Israel and Hamas have agreed to extend the truce by two days and to release more hostages and "
     "prisoners, Qatar's foreign ministry says."),
    (AGREEMENT, "Colombia", "communique", "a ceasefire signed with a rebel group",
     "The National Government and the ELN delegation signed in Havana today a bilateral national ceasefire of "
     "180 days, the joint statement read."),

    (ARRESTS, "Turkey", "headline", "the Istanbul mayor is detained",
     "Istanbul mayor Imamoglu detained in dawn raid. Police took the opposition politician from his home on "
     "Wednesday on corruption and terrorism charges, state media reported."),
    (ARRESTS, "Tunisia", "wire", "police arrest an opposition leader",
     "Officers came to the house of Ennahda's 81-year-old leader Rached Ghannouchi on Monday evening, during the "
     "Ramadan meal, and took him away for questioning, the party said."),
    (ARRESTS, "Russia", "translated", "security services detain suspects",
     "Officers of the Federal Security Service detained in Moscow region on Thursday two citizens suspected of "
     "preparing sabotage on the railway, the service's press office reported."),
    (ARRESTS, "Uganda", "headline", "an opposition figure arrested abroad and brought home",
     "Besigye seized in Nairobi and charged before military court in Kampala. The veteran opposition leader was "
     "taken from a book launch on Saturday, his wife said."),
    (ARRESTS, "Venezuela", "attribution", "security agents detain an activist",
     "Intelligence agents detained the human rights lawyer Rocio San Miguel at Caracas airport on Friday as she "
     "prepared to travel, her family said."),

    (CHANGE, "Mali", "headline", "an armed alliance withdraws from a peace accord",
     "Northern rebel alliance quits Algiers peace process. The coalition said on Wednesday it would no longer "
     "take part in the follow-up committee and recalled its delegates from Bamako."),
    (CHANGE, "Myanmar", "communique", "armed groups announce a joint offensive",
     "The three brotherhood alliance forces announce that they have launched Operation 1027 in northern Shan "
     "state, with the aim of eradicating the military dictatorship."),
    (CHANGE, "Russia", "headline", "a Russian mercenary group stops its advance",
     "Prigozhin halts march on Moscow. Wagner chief Yevgeny Prigozhin said on Saturday he had ordered his columns "
     "heading for Moscow to turn "
     "round and return to their field camps."),
    (CHANGE, "Nigeria", "local", "a militant faction announces a split",
     "A faction of Boko Haram loyal to a commander in the Lake Chad islands announced on Sunday that it had "
     "broken away from the group's leadership."),
    (CHANGE, "Lebanon", "headline", "Hezbollah names a new leader",
     "Hezbollah names Naim Qassem as secretary-general. The group's Shura council chose the deputy leader on "
     "Tuesday to succeed Hassan Nasrallah."),

    (DISRUPTED, "Israel", "headline", "air defences intercept a drone",
     "Israel says it shot down drone launched from Yemen. The aircraft was intercepted over the Red Sea before "
     "reaching Eilat on Sunday, the army said."),
    (DISRUPTED, "Colombia", "headline", "the army defuses a car bomb",
     "Car bomb defused in Cucuta. Army explosives experts defused a car bomb packed with 100 kilograms of explosives "
     "parked near a "
     "battalion in Cucuta on Tuesday, the defence ministry said."),
    (DISRUPTED, "Somalia", "passive", "a suicide vest is seized before use",
     "A suicide vest and two grenades were seized at a checkpoint on the outskirts of Baidoa on Thursday, and "
     "the would-be bomber was arrested, police said."),
    (DISRUPTED, "Ukraine", "count", "air defences shoot down drones",
     "Fifty-one of the 70 drones launched by Russia overnight were shot down over central and eastern regions, "
     "the air force said on Friday."),
    (DISRUPTED, "Iraq", "local", "police defuse a roadside bomb",
     "Police bomb disposal teams defused an explosive device planted on the road between Kirkuk and Daquq on "
     "Monday morning, a security source said."),

    (BASE, "Niger", "headline", "Russian instructors set up at a base",
     "Russian military trainers arrive in Niamey. A group of instructors and an air defence system landed on "
     "Wednesday and settled at the army's base near the airport, state television said."),
    (BASE, "Syria", "headline", "Turkey sets up a new military post",
     "New Turkish outpost near Atarib. Turkish forces set up a new military post near the town of Atarib on Sunday, "
     "bringing in armoured "
     "vehicles and prefabricated buildings, a war monitor said."),
    (BASE, "Mali", "translated", "the army installs a new camp",
     "The armed forces installed a new military camp in the locality of Tessit on Friday, with the aim of "
     "securing the roads of the area, the army's communication office announced."),
    (BASE, "Somalia", "attribution", "al Shabaab sets up a base in a village",
     "Al Shabaab fighters set up a base in the village of Mahaday on Monday after government troops left, "
     "elders said."),
    (BASE, "Yemen", "local", "a coalition-backed force opens a new headquarters",
     "Forces of the Southern Transitional Council opened a new command headquarters in the town of Ataq on "
     "Tuesday, a spokesman said."),

    (LOOTING, "Sudan", "headline", "paramilitaries loot a museum",
     "RSF fighters loot Sudan National Museum. Satellite images and witnesses show trucks carrying away "
     "artefacts from the Khartoum museum over several days."),
    (LOOTING, "Burkina Faso", "headline", "jihadists burn a school and a health centre",
     "School and clinic burned in Dablo. Armed men set fire to a school and a health centre in the village of Dablo on "
     "Thursday, a local official "
     "said. Nobody was hurt."),
    (LOOTING, "Haiti", "passive", "a hospital is looted and burned",
     "The State University Hospital in Port-au-Prince was looted and partly burned by gang members on Tuesday, "
     "health officials said."),
    (LOOTING, "Israel", "attribution", "settlers torch Palestinian cars and homes",
     "Israeli settlers set fire to cars and a house in the Palestinian village of Huwara on Sunday night, "
     "residents said, a day after a deadly shooting nearby."),
    (LOOTING, "South Africa", "local", "looters empty shops",
     "Looters emptied dozens of shops at a shopping centre in Durban on Monday, carrying away food and "
     "electronics before police arrived."),

    (TRANSFER, "Syria", "headline", "government forces withdraw and a militia enters",
     "Syrian army hands Deir ez-Zor to Kurdish-led fighters. Government troops pulled out of the city on "
     "Friday and SDF units moved in without fighting, a war monitor said."),
    (TRANSFER, "Mali", "headline", "UN peacekeepers hand over a base",
     "Ber camp handed to Malian army. UN peacekeepers handed over their base in Ber to Malian authorities on Sunday, "
     "ahead of their withdrawal "
     "from the country, the mission said."),
    (TRANSFER, "Azerbaijan", "two-acts", "Azerbaijan takes over a town handed back, then protests",
     "Azerbaijani troops entered the town of Lachin on Friday after Armenian forces left it under the ceasefire "
     "deal. A day later, residents who had moved out protested in Yerevan."),
    (TRANSFER, "Niger", "headline", "French troops hand over a base",
     "French army hands over Ouallam base to Niger's military. The transfer on Monday was the first step in the "
     "withdrawal of French forces ordered by the junta."),
    (TRANSFER, "Myanmar", "attribution", "junta troops abandon a town to rebels",
     "Junta soldiers withdrew from Paletwa overnight and Arakan Army fighters walked into the town on Monday "
     "without meeting resistance, local residents said."),

    (OTHER, "Guinea", "headline", "a military coup in the capital",
     "Special forces detain president in Conakry, announce dissolution of the government. Soldiers appeared on "
     "state television on Sunday after hours of gunfire near the palace."),
    (OTHER, "Iran", "headline", "navy commandos seize a tanker",
     "Iran seizes tanker in Gulf of Oman. Iranian naval forces seized a foreign oil tanker in the Gulf of Oman on "
     "Thursday, accusing it of smuggling "
     "fuel, state media reported."),
    (OTHER, "North Korea", "count", "balloons of rubbish sent across the border",
     "About 260 balloons carrying rubbish and manure were sent across the border from North Korea overnight, "
     "the South's military said on Wednesday."),
    (OTHER, "Niger", "translated", "soldiers take power and close borders",
     "The defence and security forces decided on Wednesday night to put an end to the regime, announced a "
     "colonel on national television, adding that the borders were closed."),
    (OTHER, "Bolivia", "passive", "the palace is breached by an armoured vehicle",
     "The door of the government palace in La Paz was rammed by an armoured vehicle on Wednesday as soldiers "
     "surrounded the square, in what the president called an attempted coup."),
]
