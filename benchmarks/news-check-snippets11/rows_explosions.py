"""Explosions/Remote violence rows of news-check-snippets11: (sub-event type, country, style, reason, text).
Written for eventwire."""

CHEM = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEM, "Syria", "headline", "a suspected chlorine attack on a front line",
     "Suspected chlorine attack on Kabani front. Opposition fighters near Kabani in the Latakia hills reported "
     "choking and vomiting after shells released a yellowish gas on Sunday morning, rescuers said."),
    (CHEM, "Ukraine", "count", "a general staff's daily tally of munitions loaded with toxic agents",
     "24-hour tally from the General Staff: 57 uses of munitions loaded with hazardous chemicals against Ukrainian "
     "positions, most of them in the Pokrovsk and Kurakhove sectors."),
    (CHEM, "Ukraine", "liveblog", "live-blog entry: a drone drops chloropicrin on a trench",
     "09:15 - A Russian drone dropped a canister of chloropicrin onto a Ukrainian trench west of Pokrovsk at dawn, "
     "the brigade's press officer says; three soldiers were evacuated with burns to the lungs."),
    (CHEM, "Sudan", "attribution", "officials cite the army's use of chlorine barrels",
     "According to two US officials, the Sudanese army dropped barrels that released chlorine near the Al-Jaili "
     "refinery north of Khartoum during its offensive against RSF positions."),
    (CHEM, "Myanmar", "translated", "Burmese press: a junta drone drops a gas canister on resistance positions",
     "A drone of the military council dropped a canister that gave off a stinging gas on Kachin Independence Army "
     "positions near Bhamo, and eleven comrades lost consciousness, the KIA information department said."),
    (AIR, "Yemen", "wire", "wire alert: US strikes on a fuel port",
     "URGENT: US strikes hit Ras Isa fuel port in Yemen's Hodeidah province, at least 38 killed -- Houthi-run health "
     "ministry."),
    (AIR, "Iraq", "headline", "Kurdish press: a Turkish drone hits a car in Sinjar",
     "Drone strike on the Sinun road. A Turkish drone targeted a vehicle on the road between Sinun and Khanasor in "
     "Sinjar district on Monday afternoon, and two members of the Yazidi resistance units were martyred, local "
     "sources reported."),
    (AIR, "Nigeria", "headline", "a military drone bombs a religious gathering",
     "Tudun Biri mourns. An army drone meant for bandits dropped its bombs on villagers marking the Prophet's "
     "birthday in Kaduna State on Sunday night, killing at least 85, the state governor said."),
    (AIR, "Ethiopia", "ngo", "aid group: a drone strike on a displacement camp",
     "Aid workers in Tigray said an air strike by a drone hit the Dedebit camp for displaced people late on Friday, "
     "killing 56 residents, most of them women and children, and wounding dozens."),
    (AIR, "Palestine", "headline", "Arabic press: occupation aircraft strike a house",
     "Nine martyrs in Deir al-Balah. Occupation aircraft bombed a house belonging to the Abu Samra family in Deir "
     "al-Balah at dawn, killing nine citizens including four children, medical sources told WAFA."),
    (SUICIDE, "Pakistan", "headline", "a bomber blows himself up in a police mosque",
     "Peshawar police lines mosque reduced to rubble. An attacker standing in the front row blew himself up during "
     "afternoon prayers on Monday, bringing down a wall and killing at least 84 worshippers, most of them officers."),
    (SUICIDE, "Nigeria", "headline", "women set off explosives at a wedding and a hospital",
     "Three women detonate explosives in Gwoza. One blew herself up among guests at a wedding and two others at a "
     "hospital and a funeral in the Borno town on Saturday, state emergency officials said."),
    (SUICIDE, "Afghanistan", "attribution", "police say an attacker detonated his vest in a study hall",
     "Kabul police said an attacker walked into the Kaaj education centre in Dasht-e-Barchi and detonated his vest "
     "among students sitting a practice exam, killing at least 53."),
    (SUICIDE, "Iran", "translated", "Persian press: two attackers blow themselves up among mourners",
     "Two terrorists blew themselves up among the mourners heading to the tomb of martyr Soleimani in Kerman, and "
     "more than 90 of our compatriots were martyred, the provincial crisis management chief announced."),
    (SUICIDE, "Iraq", "wire", "dateline: twin bombers in a market",
     "BAGHDAD, Jan 21 - Two men wearing explosive belts blew themselves up minutes apart in a busy clothes market in "
     "Tayaran Square on Thursday, killing 32 people, the health ministry said."),
    (SHELL, "Ukraine", "headline", "ballistic missiles strike a city centre",
     "Palm Sunday horror in Sumy. Two Russian ballistic missiles slammed into the city centre as residents headed to "
     "church, killing 35 people, regional officials said."),
    (SHELL, "Israel", "headline", "a rocket lands on a football pitch and kills children",
     "Rocket hits Majdal Shams pitch. A rocket fired from Lebanon landed on a football field in the Druze town in "
     "the occupied Golan on Saturday, killing 12 children and teenagers who were playing there."),
    (SHELL, "Sudan", "ngo", "rights monitors count deaths from shelling of a camp",
     "Emergency lawyers counted 14 displaced people dead after RSF artillery rounds fell on the Abu Shouk camp north "
     "of El Fasher throughout Thursday."),
    (SHELL, "DR Congo", "attribution", "OCHA says bombs fell on displacement camps",
     "OCHA says bombs fired from the hills around Sake fell on two camps for displaced people at Mugunga, west of "
     "Goma, on Friday morning, killing at least 35, among them children."),
    (SHELL, "Libya", "headline", "Arabic press: militias pound an airport with Grad rockets",
     "Mitiga under Grad fire. Haftar's militias pounded Mitiga International Airport with Grad rockets on Tuesday "
     "evening, forcing the suspension of flights, the Government of National Accord's interior ministry said."),
    (IED, "Mali", "headline", "fact box: a bus hits an explosive device",
     "FACT BOX | WHAT: bus hits explosive device. WHERE: road between Boni and Hombori, Mopti region. TOLL: 11 "
     "passengers dead, 9 hurt, according to the transport company."),
    (IED, "Colombia", "headline", "Spanish press: an explosives-laden truck blows up near an air base",
     "Terror in Cali. A truck loaded with explosives blew up on a road beside the Marco Fidel Suárez air base in "
     "Cali, killing six people and wounding more than 60, the mayor's office reported."),
    (IED, "Syria", "count", "monitor's tally: a motorbike bomb in a market",
     "Count for the day: 7 civilians dead, 20 hurt after a booby-trapped motorcycle went off in the vegetable market "
     "of Azaz, per the Syrian Observatory."),
    (IED, "Kenya", "communique", "police statement: a vehicle hits an explosive device",
     "A police vehicle on patrol along the Mandera-Elwak road ran over an improvised explosive device this morning; "
     "four officers lost their lives and two are receiving treatment, the National Police Service regrets to "
     "announce."),
    (IED, "India", "passive", "a security vehicle blown up by a buried device",
     "Eight District Reserve Guard jawans and their driver were killed when their vehicle was blown apart by a "
     "buried device planted by Maoists in Bijapur on Monday, police said."),
    (GRENADE, "Denmark", "headline", "a hand grenade thrown at a house",
     "Hand grenade blast wakes Copenhagen street. Someone threw a hand grenade at a terraced house in Herlev in the "
     "early hours, shattering windows but hurting no one, Copenhagen police said."),
    (GRENADE, "Colombia", "headline", "Spanish press: a grenade hurled at a police station",
     "Grenade attack on Jamundí station. Unknown persons hurled a fragmentation grenade against the police station "
     "in Jamundí on Sunday night, leaving two uniformed officers injured, the Valle del Cauca police department "
     "reported."),
    (GRENADE, "Mexico", "headline", "men throw a hand grenade into a bar",
     "Grenade tossed into Celaya bar. Men arriving in a pickup threw a hand grenade into a bar on Saturday night, "
     "killing two customers and injuring five, Guanajuato prosecutors said."),
    (GRENADE, "Iraq", "communique", "Security Media Cell: a grenade thrown at a liquor shop",
     "Security Media Cell: an unknown person threw a hand grenade at a shop selling alcoholic beverages in the "
     "Karrada area, causing material damage only; investigations are ongoing."),
    (GRENADE, "Somalia", "local", "radio bulletin: a grenade thrown at soldiers in a market",
     "News at noon: A man threw a hand grenade at soldiers buying food in the main market of Beledweyne this "
     "morning, wounding three soldiers and a tea seller, witnesses told our reporter."),
]
