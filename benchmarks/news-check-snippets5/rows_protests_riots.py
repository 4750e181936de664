"""Protests and riots rows of news-check-snippets5: (sub-event type, country, style, reason, text). Written for
eventwire."""

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (PEACEFUL, "Kenya", "headline", "a large march with no intervention",
     "Thousands march in Nairobi against finance bill. Young demonstrators filled the streets of the business "
     "district on Tuesday, singing and waving flags, in a procession that passed without incident."),
    (PEACEFUL, "Georgia", "headline", "a large evening rally that disperses peacefully",
     "Georgians rally outside parliament over foreign agents bill. Tens of thousands gathered on Rustaveli "
     "Avenue in Tbilisi on Saturday night and went home after midnight without incident."),
    (PEACEFUL, "Bangladesh", "local", "workers form a human chain over unpaid wages",
     "Garment workers formed a human chain along the Dhaka-Aricha highway in Savar on Thursday morning to demand "
     "three months of unpaid wages, and dispersed before noon."),
    (PEACEFUL, "Israel", "ngo", "a silent vigil by hostage families",
     "Families of hostages and their supporters held a silent vigil in Tel Aviv's Hostages Square on Saturday "
     "evening, the forum that represents them said."),
    (PEACEFUL, "Argentina", "headline", "students and professors march against budget cuts",
     "Argentine campuses march against cuts. University students and professors marched in Buenos Aires on "
     "Tuesday against cuts to higher education "
     "funding, in a demonstration its organisers said drew hundreds of thousands."),
    (INTERVENTION, "Pakistan", "headline", "tear gas and detentions without deaths",
     "Police detain PTI supporters near Islamabad. Officers fired tear gas and took dozens into custody on Sunday "
     "as supporters of the jailed former prime minister tried to reach D-Chowk."),
    (INTERVENTION, "Turkey", "headline", "riot police clear a student protest with pepper spray",
     "Police disperse Istanbul students protesting mayor's detention. Riot police used pepper spray and plastic "
     "pellets to clear demonstrators from outside city hall on Thursday night, detaining 53 people."),
    (INTERVENTION, "Senegal", "headline", "tear gas breaks up an opposition gathering",
     "Tear gas in Dakar after vote delay. Security forces fired tear gas to break up a gathering of "
     "opposition supporters in Dakar on Sunday after "
     "the presidential election was postponed, detaining several people."),
    (INTERVENTION, "Germany", "translated", "police remove activists blocking a motorway",
     "According to the police, around thirty activists who had glued themselves to the A100 city motorway in "
     "Berlin were removed from the road and taken away on Monday morning."),
    (INTERVENTION, "Iran", "attribution", "security forces detain mourners at a gathering",
     "Security forces detained dozens of people who had gathered in central Tehran on Saturday to mark forty "
     "days since the death of a young woman in police custody, rights groups said."),
    (EXCESSIVE, "Kenya", "headline", "police fire live rounds at protesters, killing several",
     "Police shoot dead protesters outside Kenyan parliament. At least five people were killed when officers "
     "fired "
     "live rounds at demonstrators who had forced their way into the parliament compound on Tuesday, a rights "
     "group said."),
    (EXCESSIVE, "Bangladesh", "headline", "police fire on marching students and kill one",
     "Student shot dead at Rangpur quota protest. Police opened fire on students marching near the university "
     "on Tuesday, killing a 22-year-old, witnesses said."),
    (EXCESSIVE, "Myanmar", "ngo", "security forces kill peaceful demonstrators against the coup",
     "Security forces killed at least eighteen people in several cities on Sunday as they fired on peaceful "
     "demonstrators opposing the coup, the UN human rights office said."),
    (EXCESSIVE, "Mozambique", "count", "live rounds on an opposition march",
     "Three people died and dozens were wounded when police fired live ammunition on an opposition march in "
     "Maputo on Thursday, a health rights group said."),
    (EXCESSIVE, "Nigeria", "wire", "soldiers fire on a peaceful sit-in at a toll gate",
     "Soldiers opened fire on young people protesting peacefully at the Lekki toll gate in Lagos on Tuesday "
     "night, killing several of them, Amnesty International said."),
    (VIOLENT, "France", "headline", "rioters burn shops and stone gendarmes",
     "Rioters torch shops in Noumea over voting reform. Young people set fire to businesses and threw stones at "
     "gendarmes on Monday night in the capital of New Caledonia, the high commission said."),
    (VIOLENT, "United Kingdom", "headline", "a crowd attacks a hotel housing asylum seekers",
     "Anti-migrant crowd attacks hotel in Rotherham. Men threw bricks at police and set bins alight outside a "
     "hotel housing asylum seekers on Sunday afternoon, and some broke windows to get inside."),
    (VIOLENT, "Senegal", "headline", "opposition supporters burn a bus and stone police",
     "Bus torched in Ziguinchor after Sonko verdict. Supporters of opposition leader Ousmane Sonko set fire "
     "to a bus and threw rocks at police in Ziguinchor on "
     "Thursday after his conviction, local media reported."),
    (VIOLENT, "Pakistan", "local", "party workers storm and burn a commander's residence",
     "Party workers stormed the corps commander's residence in Lahore on Tuesday evening and set part of it on "
     "fire, hours after the arrest of their leader in Islamabad."),
    (VIOLENT, "Brazil", "two-acts", "supporters of a former president ransack the seats of power, then arrests; "
                                    "the first act is coded",
     "Supporters of the former president broke into Congress, the presidential palace and the Supreme Court in "
     "Brasilia on Sunday, smashing windows and furniture, before police retook the buildings and detained "
     "hundreds."),
    (MOB, "India", "headline", "villagers beat a suspected thief to death",
     "Villagers beat suspected thief to death in Jharkhand. A crowd attacked a 24-year-old man in Saraikela "
     "district on Wednesday after accusing him of stealing a motorcycle, police said."),
    (MOB, "Haiti", "headline", "residents kill suspected gang members at a checkpoint",
     "Residents burn alleged gang members in Port-au-Prince. A crowd stoned and set fire to more than a dozen "
     "suspected gang members stopped by police at a checkpoint in Canape-Vert on Monday."),
    (MOB, "Nigeria", "local", "a mob kills a student accused of blasphemy",
     "A mob attacked and burned to death a student accused of blasphemy at a college in Sokoto on Thursday, "
     "police said."),
    (MOB, "Pakistan", "attribution", "a crowd attacks a man accused of desecration and burns his workshop",
     "A crowd set upon an elderly Christian man accused of desecrating the Quran in Sargodha on Saturday and "
     "burned his shoe workshop, police said."),
    (MOB, "South Africa", "passive", "residents beat and burn suspected burglars",
     "Two men suspected of housebreaking were beaten and set alight by residents in Protea Glen, Soweto, on "
     "Monday "
     "night, police confirmed."),
]
