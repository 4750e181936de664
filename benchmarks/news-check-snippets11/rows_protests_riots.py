"""Protests and riots rows of news-check-snippets11: (sub-event type, country, style, reason, text). Written for
eventwire."""

EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
PEACEFUL = "Peaceful protest"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (EXCESSIVE, "Kenya", "headline", "police fire live rounds at marchers, killing several",
     "'They shot at us like birds'. Police opened fire on young demonstrators opposing the finance bill near "
     "Parliament in Nairobi on Tuesday, and at least five were killed, a doctors' association said."),
    (EXCESSIVE, "Iran", "count", "a rights monitor's tally of a day: protesters shot by security forces",
     "Tally for Monday: 4 protesters shot dead by security forces in Javanrud, 1 in Piranshahr, dozens hit by "
     "birdshot in Mahabad, according to the Kurdish rights group Hengaw."),
    (EXCESSIVE, "Peru", "headline", "Spanish press: soldiers fire on marchers, eight dead",
     "Mourning in Ayacucho. Eight compatriots lost their lives in Huamanga after army personnel opened fire on those "
     "who marched toward the airport, the Ombudsman's Office denounced on Friday."),
    (EXCESSIVE, "Guinea", "headline", "French press: two young marchers fall to security forces' bullets",
     "Two dead on the Prince road. Two young people fell under the bullets of the defence and security forces on the "
     "Prince road during the demonstration called by the FNDC, according to the collective."),
    (EXCESSIVE, "Iraq", "headline", "security forces fire on protesters on a bridge",
     "Bloodshed on Zaitoun bridge. Security forces fired into crowds of anti-government protesters trying to cross "
     "the bridge in Nasiriyah on Thursday, killing at least 25 of them, medics said."),
    (INTERVENTION, "United Kingdom", "communique", "police statement: hundreds arrested at a placard protest",
     "Metropolitan Police update: 532 people were arrested in Parliament Square on Saturday for holding placards in "
     "support of a proscribed organisation; officers will remain in the area overnight."),
    (INTERVENTION, "Turkey", "headline", "riot police push back student marchers with pepper gas",
     "Students defy ban, meet pepper gas. Riot police used pepper spray and rubber pellets on Wednesday night to "
     "drive back university students marching from Beyazıt toward Saraçhane over the mayor's detention."),
    (INTERVENTION, "Uganda", "headline", "marchers to parliament bundled into police trucks",
     "Kampala: anti-graft marchers bundled into police pickups. Dozens of young people who set off for Parliament "
     "with placards on Tuesday morning were detained within minutes of leaving the city centre."),
    (INTERVENTION, "Senegal", "translated", "French press: a rally dispersed with tear gas",
     "The forces of order dispersed with tear-gas grenades the gathering of the Aar Sunu Election collective on the "
     "Place de la Nation in Dakar on Saturday afternoon, and several participants were taken in for questioning."),
    (INTERVENTION, "Morocco", "passive", "young demonstrators led away as a rally is broken up",
     "Dozens of young demonstrators were led away by plainclothes officers in central Rabat on Saturday evening as a "
     "GenZ 212 rally over the state of hospitals was broken up."),
    (PEACEFUL, "Israel", "headline", "hostages' families rally in a square",
     "Hostages Square fills again. Tens of thousands gathered in Tel Aviv on Saturday night to demand a deal that "
     "would bring the captives home, holding up photographs and yellow ribbons."),
    (PEACEFUL, "Argentina", "headline", "Spanish press: a huge university march",
     "The Federal University March overflows the Plaza. Hundreds of thousands of students, teachers and non-teaching "
     "staff marched to the Plaza de Mayo in defence of the free public university, in one of the largest "
     "mobilisations since December."),
    (PEACEFUL, "Kenya", "local", "radio bulletin: teachers march and hand in a petition",
     "Teachers in Kisumu downed tools and walked to the county offices this morning to demand their arrears; the "
     "procession ended with a petition handed to the deputy governor, and no incidents were reported."),
    (PEACEFUL, "Algeria", "headline", "Friday marchers fill the capital again",
     "Friday number 23: Algiers fills up again. Tens of thousands walked through the capital after prayers, chanting "
     "against the army chief and the interim president, for the twenty-third week running."),
    (PEACEFUL, "India", "attribution", "organisers say farmers hold a sit-in at a border point",
     "Organisers said some 10,000 farmers held a sit-in at the Singhu border point on Sunday, blocking the highway "
     "with tractors and tents to press for repeal of the three farm laws."),
    (VIOLENT, "France", "headline", "French press: a night of car burning and fireworks fired at police",
     "Nanterre ablaze. Night of urban violence in Nanterre: dozens of vehicles set on fire and firework mortars "
     "fired at the police, after the death of a 17-year-old shot by an officer during a traffic stop."),
    (VIOLENT, "Mozambique", "headline", "Portuguese press: demonstrators torch a police station",
     "Maputo: police station burned. Demonstrators contesting the election results set fire to a police station and "
     "barricaded the Avenida de Moçambique in Maputo on Thursday, police spokespeople said."),
    (VIOLENT, "Indonesia", "headline", "protesters set a regional parliament ablaze",
     "Makassar council building gutted. Protesters angry at lawmakers' housing allowances set fire to the regional "
     "parliament in Makassar late on Friday, and three council staff died trapped inside."),
    (VIOLENT, "Nepal", "headline", "young protesters set the parliament complex on fire",
     "Singha Durbar in flames. Young protesters forced their way into Kathmandu's government complex on Tuesday and "
     "set the parliament building alight, a day after the social-media ban rallies turned deadly."),
    (VIOLENT, "Senegal", "translated", "French press: looting and burning after a court verdict",
     "Scenes of looting and burning in several districts of Dakar after the verdict against Ousmane Sonko: young "
     "people attacked petrol stations and set buses on fire, according to our reporters."),
    (MOB, "South Africa", "headline", "a crowd loots and burns foreign-owned shops",
     "Jeppestown shops torched. A crowd roaming through Jeppestown and Malvern looted and set fire to dozens of "
     "shops owned by foreign nationals on Monday, police said, as fear spread among traders."),
    (MOB, "Nigeria", "local", "angry residents burn a truck and beat its driver after a crash",
     "Angry residents set ablaze a tipper truck and beat its driver unconscious after the vehicle crushed a "
     "schoolgirl at the Iyana-Ipaja junction this morning, our correspondent reports."),
    (MOB, "India", "passive", "a man beaten to death over a child-lifting rumour",
     "A 35-year-old man was beaten to death by villagers in Jharkhand's Sahibganj district on Wednesday after a "
     "rumour spread on WhatsApp that he was a child-lifter, police said."),
    (MOB, "Egypt", "headline", "Arabic press: villagers torch Christian homes over a rumoured church",
     "Tension in Al-Fawakher. A number of villagers in Al-Fawakher in Minya set fire to houses belonging to Copts "
     "after rumours spread that a building was being turned into a church, the governorate announced."),
    (MOB, "Mexico", "headline", "Spanish press: a crowd lynches a woman suspected of a child's killing",
     "Lynching in Taxco. Residents of Taxco took a woman from a police patrol and beat her to death in the street, "
     "after accusing her of the murder of an eight-year-old girl, the Guerrero prosecutor's office reported."),
]
