"""Strategic developments rows of news-check-snippets11: (sub-event type, country, style, reason, text). Written
for eventwire."""

AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
BASE = "Headquarters or base established"
LOOTING = "Looting/property destruction"
TRANSFER = "Non-violent transfer of territory"
OTHER = "Other"

ROWS = [
    (AGREEMENT, "DR Congo", "wire", "dateline: two governments sign a peace accord",
     "WASHINGTON, June 27 - The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace "
     "accord at the State Department on Friday, committing Kigali to pull its troops out of eastern Congo."),
    (AGREEMENT, "Ethiopia", "headline", "the federal government and the TPLF agree to stop fighting",
     "Guns to fall silent in Tigray. Negotiators for Ethiopia's government and the TPLF agreed in Pretoria on "
     "Wednesday to a permanent cessation of hostilities and the disarmament of Tigrayan forces."),
    (AGREEMENT, "Yemen", "attribution", "the UN envoy announces a truce both sides accepted",
     "The UN envoy said on Friday that the Saudi-led coalition and the Houthis had accepted a two-month truce that "
     "halts air, land and sea operations and lets fuel ships dock at Hodeidah."),
    (AGREEMENT, "Nigeria", "local", "radio bulletin: bandit leaders and a community sign a peace pact",
     "Bandit leaders and community elders in Batsari signed a peace pact at the emir's palace on Sunday, agreeing to "
     "open the roads to farmers and return seized cattle, the council chairman told our station."),
    (AGREEMENT, "Israel", "headline", "Israel and Hamas agree the first phase of a ceasefire",
     "Deal done for Gaza's first phase. Israel and Hamas have agreed on a ceasefire and the release of hostages and "
     "prisoners, mediators in Doha announced on Wednesday evening."),
    (ARRESTS, "Tunisia", "headline", "French press: opposition figures taken in by police",
     "Night of arrests in Tunis. Several figures of the opposition, among them Jawhar Ben Mbarek and Khayam Turki, "
     "were taken in by the security units during night-time searches in Tunis, their lawyers said."),
    (ARRESTS, "Turkey", "wire", "wire alert: a mayor detained in a dawn operation",
     "URGENT: Istanbul mayor Ekrem İmamoğlu detained at his home in a dawn operation, Istanbul prosecutor's office "
     "says, as part of a corruption and terrorism inquiry."),
    (ARRESTS, "Zimbabwe", "communique", "police statement: an opposition lawmaker arrested",
     "The Zimbabwe Republic Police confirms the arrest of Job Sikhala, Member of Parliament for Zengeza West, in "
     "Chitungwiza on allegations of inciting public violence; he will appear in court in due course."),
    (ARRESTS, "Iran", "ngo", "rights group: a Nobel-winning activist arrested at a memorial",
     "The Narges Foundation said security agents arrested Narges Mohammadi on Friday at a memorial gathering in "
     "Mashhad, beating her and several other participants before taking them away."),
    (ARRESTS, "Philippines", "headline", "a former president arrested on an ICC warrant",
     "Duterte in custody. Police arrested the former Philippine president at Manila's airport on Tuesday on a "
     "warrant from the International Criminal Court over his drug war, the presidential palace said."),
    (CHANGE, "Syria", "headline", "an armed movement dissolves itself",
     "HTS is no more. Hayat Tahrir al-Sham and the other armed factions announced their dissolution on Wednesday at "
     "a gathering in Damascus, saying their fighters would join the new state's institutions."),
    (CHANGE, "Iraq", "headline", "a militia announces it suspends attacks on US forces",
     "Kataib Hezbollah stands down. The Iraqi militia said on Tuesday it was suspending its military operations "
     "against US forces in Iraq and Syria to avoid embarrassing the Baghdad government."),
    (CHANGE, "DR Congo", "headline", "French press: a new political-military alliance launched",
     "Nangaa launches the AFC. Corneille Nangaa announced in Nairobi the creation of the Congo River Alliance, a "
     "political-military platform that brings together several armed groups including the M23."),
    (CHANGE, "Colombia", "headline", "Spanish press: an armed group splits in two",
     "The Segunda Marquetalia splits. The Segunda Marquetalia split in two: the Comandos de la Frontera and the "
     "Coordinadora Guerrillera del Pacífico announced their separation from the structure led by Iván Márquez, "
     "according to a communiqué."),
    (CHANGE, "Pakistan", "attribution", "the TTP says it ends its ceasefire and orders attacks",
     "The Pakistani Taliban said in a statement on Monday that they were calling off the ceasefire agreed with the "
     "government in June and ordered their fighters to carry out attacks across the country."),
    (DISRUPTED, "Ukraine", "headline", "air defence downs most of a night's attack drones",
     "Air force: 112 of 140 attack drones downed overnight. Ukraine's air defences destroyed most of the Shahed-type "
     "drones Russia launched overnight at eight regions, the air force said on Saturday."),
    (DISRUPTED, "Saudi Arabia", "translated", "Arabic press: air defences intercept a ballistic missile",
     "The coalition's air defences intercepted and destroyed a ballistic missile launched by the terrorist Houthi "
     "militia toward Jazan, the coalition's spokesman said, adding that no one was hurt."),
    (DISRUPTED, "Niger", "communique", "army statement: an explosive device neutralised on a road",
     "Communiqué: On the morning of 12 March, an engineer unit of Operation Almahaou detected and neutralised an "
     "improvised explosive device buried on the Tillabéri-Ayorou axis, averting a tragedy."),
    (DISRUPTED, "Colombia", "translated", "Spanish press: bomb technicians deactivate a charge at a toll booth",
     "Police anti-explosives technicians deactivated a charge of some five kilograms left at a toll booth on the "
     "Pan-American Highway in Cauca, the department's police said."),
    (DISRUPTED, "Syria", "headline", "a car bomb plot foiled at a shrine",
     "Sayyida Zeinab plot foiled. Syrian intelligence said on Saturday it had stopped an Islamic State cell from "
     "setting off a car bomb at the shrine south of Damascus and had seized the explosives."),
    (BASE, "Niger", "headline", "foreign military instructors set up at an air base",
     "Russian instructors land in Niamey. A contingent of the Africa Corps arrived at the air base beside Niamey "
     "airport with an air-defence system and set up quarters there, Niger's state television showed."),
    (BASE, "Syria", "headline", "a foreign army sets up positions on a mountain",
     "IDF digs in on Mount Hermon. Israeli troops have set up nine positions in the buffer zone and on the Syrian "
     "side of the mountain and will stay through the winter, the defence minister said."),
    (BASE, "Colombia", "translated", "Spanish press: the army installs a new battalion",
     "The National Army installed a new mobile battalion in Tibú to reinforce the Catatumbo, with some 1,200 men "
     "housed in a base built on former coca land, the Defence Ministry announced."),
    (BASE, "Nigeria", "attribution", "residents say an armed group has set up camp in a forest",
     "Residents of Tangaza said Lakurawa fighters had set up a large camp in the forest near the border with Niger, "
     "where men with guns now preach in the villages and collect zakat."),
    (BASE, "Syria", "translated", "Turkish press: the army sets up a new observation post",
     "The Turkish Armed Forces set up a new observation post near Saraqib in the Idlib de-escalation zone, with "
     "armoured vehicles and engineering equipment sent from Hatay, the Anadolu agency reported."),
    (LOOTING, "Burkina Faso", "headline", "business-risk brief: telecom towers sabotaged",
     "RISK BRIEF | Telecoms: 12 towers sabotaged in the East. Operators report that armed men destroyed the "
     "generators and antennas of a dozen relay sites around Fada N'Gourma this week, cutting service to whole "
     "communes."),
    (LOOTING, "Nigeria", "local", "radio bulletin: bandits burn empty houses and granaries",
     "Bandits returned to Dansadau at dusk and set fire to more than forty houses and the village granaries, which "
     "residents had abandoned a week earlier; no one was hurt, a ward head told this station."),
    (LOOTING, "Palestine", "translated", "Arabic press: settlers uproot olive trees",
     "Colonists uprooted about 300 olive trees and sabotaged an irrigation network in the lands of Turmus Ayya, "
     "north-east of Ramallah, the head of the village council told WAFA."),
    (LOOTING, "Myanmar", "translated", "Burmese press: junta troops torch an empty village",
     "Troops of the military council burned down about 200 houses in Kin Ma village, Pauk township, after the "
     "residents had fled, according to the local defence team."),
    (LOOTING, "Sudan", "attribution", "officials say fighters stripped a national museum",
     "Sudan's antiquities authority said RSF fighters emptied the National Museum in Khartoum of thousands of "
     "artefacts and carried them off in trucks heading west."),
    (TRANSFER, "Chad", "headline", "French troops hand a base to the national army",
     "Abéché base returns to Chad. French soldiers left the eastern base on Saturday and handed it to the Chadian "
     "army in a short flag ceremony, the general staff said."),
    (TRANSFER, "Azerbaijan", "headline", "a town passes to Azerbaijan without a shot",
     "Lachin changes hands quietly. Azerbaijani police and troops entered the town on Friday after Armenian forces "
     "and residents left under the terms of the 2020 truce, the presidency said."),
    (TRANSFER, "Syria", "wire", "dateline: a foreign force takes over a base vacated by another",
     "MANBIJ, Oct 15 - Russian military police moved into a base north-west of Manbij vacated by US troops hours "
     "earlier, a Russian defence ministry video showed."),
    (TRANSFER, "Afghanistan", "headline", "US troops hand over an air base",
     "Bagram switches off the lights. The last American troops left Bagram airfield overnight and handed it to "
     "Afghan forces, a defence ministry spokesman said on Friday."),
    (TRANSFER, "Niger", "translated", "French press: French forces hand over their air base",
     "The last French soldiers left Niamey on Friday, handing the air base over to the Nigerien armed forces, which "
     "took possession of the site in a ceremony, the transitional authorities announced."),
    (OTHER, "Gabon", "wire", "wire alert: officers announce they have seized power",
     "URGENT: Gabonese officers on state TV say they have seized power, annul election results and dissolve the "
     "country's institutions."),
    (OTHER, "Burkina Faso", "translated", "French press: a captain takes power",
     "Captain Ibrahim Traoré announced on national television on Friday evening that he had removed "
     "Lieutenant-Colonel Damiba from office, dissolved the government and suspended the constitution."),
    (OTHER, "Mali", "headline", "business-risk brief: an armed group's fuel blockade",
     "RISK BRIEF | Mali fuel: JNIM blockade bites. The group has barred tanker trucks from the Kayes and Nioro roads "
     "since early September, and Bamako filling stations are running dry."),
    (OTHER, "Madagascar", "headline", "an army unit says it takes power",
     "CAPSAT takes charge. The elite army unit announced on Tuesday that it was taking power in Antananarivo after "
     "parliament impeached the president, who had fled the country."),
    (OTHER, "Guinea-Bissau", "attribution", "a post quoted by the press: officers announce they control the state",
     "'Soldiers on every corner, radio now in army hands,' a Bissau journalist posted on Wednesday, after officers "
     "calling themselves a high military command declared that they had taken full control of the country."),
]
