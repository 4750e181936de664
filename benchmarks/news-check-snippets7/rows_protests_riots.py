"""Protests and Riots rows of news-check-snippets7: (sub-event type, country, style, reason, text). Written for
eventwire."""

EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
PEACEFUL = "Peaceful protest"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (EXCESSIVE, "Bangladesh", "headline", "police fire live rounds on student marchers",
     "Students shot dead in Rangpur protest. Police opened fire on students marching against job quotas on "
     "Tuesday, killing one and wounding dozens, witnesses said."),
    (EXCESSIVE, "Iran", "ngo", "security forces fire on mourners and protesters",
     "Security forces fired live ammunition and metal pellets at people protesting after Friday prayers in "
     "Zahedan, killing at least 60, a rights organisation based in Oslo said."),
    (EXCESSIVE, "Mozambique", "headline", "police shoot protesters after a disputed election",
     "Police kill protesters in Maputo. Officers fired on crowds who had taken to the streets to reject the "
     "election results on Thursday, and at least three people died, a civil society group said."),
    (EXCESSIVE, "Peru", "count", "a toll of protesters shot by troops",
     "Seventeen people were killed in Juliaca on Monday when police and soldiers fired on demonstrators "
     "demanding the president's resignation near the airport, the ombudsman's office said."),
    (EXCESSIVE, "Myanmar", "translated", "soldiers shoot unarmed marchers",
     "The terrorist soldiers of the junta opened fire on the peaceful people who were marching with flowers in "
     "Monywa this morning, and five were martyred, said the local strike committee."),
    (INTERVENTION, "Georgia", "headline", "police disperse a rally with water cannon",
     "Water cannon used on Tbilisi crowd. Riot police dispersed thousands of people rallying outside parliament "
     "against the suspension of EU talks early on Friday and detained dozens."),
    (INTERVENTION, "Kenya", "local", "police fire tear gas at marchers in a town",
     "Police fired tear gas to break up a march by traders against new market fees in Nakuru on Tuesday and "
     "arrested eight people, the county police commander said."),
    (INTERVENTION, "Serbia", "headline", "students detained at a protest",
     "Police detain students in Novi Sad. Officers pushed back students blocking a bridge over the Danube on "
     "Saturday in a protest over the deadly collapse of a station canopy, and took several away."),
    (INTERVENTION, "Pakistan", "wire", "police use batons on opposition supporters",
     "Police used batons and tear gas on Sunday to stop supporters of the jailed former prime minister from "
     "reaching a rally ground in Lahore, and detained more than a hundred, party officials said."),
    (INTERVENTION, "Tunisia", "passive", "lawyers protesting are dispersed",
     "A sit-in by lawyers outside the courthouse in Tunis was broken up by police on Monday, and two lawyers were "
     "taken to a police station, their association said."),
    (PEACEFUL, "Israel", "headline", "crowds march against a judicial plan",
     "Tens of thousands rally in Tel Aviv. Demonstrators filled Kaplan Street on Saturday night for another week "
     "of protest against the government's plan to curb the supreme court."),
    (PEACEFUL, "Nigeria", "local", "farmers protest against insecurity",
     "Hundreds of farmers marched to the Benue state government house in Makurdi on Wednesday to demand protection "
     "from attacks, and dispersed after the deputy governor addressed them."),
    (PEACEFUL, "Argentina", "headline", "pensioners protest outside congress",
     "Pensioners rally against cuts. Retired workers gathered outside the national congress in Buenos Aires on "
     "Wednesday to protest against the freezing of their pensions."),
    (PEACEFUL, "Lebanon", "attribution", "families of the port blast victims hold a vigil",
     "Relatives of the victims of the Beirut port explosion held a candlelit vigil near the silos on Sunday to "
     "demand that the investigation be resumed, organisers said."),
    (PEACEFUL, "Indonesia", "wire", "students rally against a law",
     "Thousands of students rallied outside the parliament in Jakarta on Thursday against changes to the "
     "election law, chanting and holding banners, before leaving in the evening."),
    (VIOLENT, "France", "headline", "rioters torch cars after a police shooting",
     "Nanterre streets burn. Young people set cars and bins on fire and threw fireworks at police in the suburb "
     "overnight after an officer shot dead a teenager at a traffic stop."),
    (VIOLENT, "Senegal", "headline", "opposition supporters loot shops and clash with police",
     "Dakar protests turn violent. Supporters of the opposition leader burned a bus, looted supermarkets and threw "
     "stones at police on Thursday after his conviction, and officers fired tear gas."),
    (VIOLENT, "Kenya", "two-acts", "protesters storm a building and set it on fire; then police shoot",
     "Protesters forced their way into the county offices in Nyeri on Tuesday and set part of the building "
     "alight. Police later opened fire in the town's main street, wounding three people."),
    (VIOLENT, "Bolivia", "local", "road blockaders throw stones at police",
     "Supporters of the former president blocking the highway near Parotani threw stones and dynamite at police "
     "who tried to clear the road on Friday, injuring several officers."),
    (VIOLENT, "Guinea", "passive", "a police station burned by protesters",
     "A police station was set on fire in Conakry's Ratoma district on Wednesday by young people protesting "
     "against power cuts, who also blocked the road with burning tyres."),
    (MOB, "India", "headline", "a crowd beats a man to death over cattle rumours",
     "Man lynched over cattle rumour. A crowd beat a dairy farmer to death in a village of Haryana on Saturday "
     "after accusing him of carrying beef, police said."),
    (MOB, "Pakistan", "headline", "a mob burns churches after a blasphemy accusation",
     "Churches torched in Jaranwala. A crowd set fire to several churches and Christian homes in the Punjab town "
     "on Wednesday after two Christians were accused of desecrating the Koran."),
    (MOB, "South Africa", "local", "residents kill suspected thieves",
     "Residents of an informal settlement in Khayelitsha beat and burned two men they accused of housebreaking on "
     "Sunday morning; both died before police arrived."),
    (MOB, "Nigeria", "attribution", "a student killed by a mob over a post",
     "Fellow students stoned and burned a student of a college in Sokoto to death on Thursday over a message she "
     "had posted, police said."),
    (MOB, "Papua New Guinea", "wire", "villagers kill women accused of sorcery",
     "Villagers in Enga province tortured and killed two women they accused of sorcery after a man's death, "
     "police said on Monday, and no arrests have been made."),
]
