"""Protests and Riots rows of news-check-snippets4: (sub-event type, country, style, reason, text). Written for
eventwire."""

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (PEACEFUL, "Serbia", "headline", "students march in the capital",
     "Tens of thousands join student-led march in Belgrade. The crowd walked silently through the city centre "
     "on Saturday to honour the victims of the Novi Sad canopy collapse."),
    (PEACEFUL, "Georgia", "headline", "a rally against a foreign agents law",
     "Tbilisi rally against foreign influence bill. Thousands of Georgians rallied outside parliament in Tbilisi on "
     "Monday evening against a proposed law on "
     "foreign influence, waving EU flags."),
    (PEACEFUL, "Bangladesh", "headline", "garment workers demand wages",
     "Garment workers stage sit-in for unpaid wages in Gazipur. Several hundred workers gathered in front of a "
     "factory on Sunday demanding three months' pay."),
    (PEACEFUL, "South Africa", "headline", "a march against crime",
     "Khayelitsha residents march for more patrols. Residents of Khayelitsha marched to the local police station on "
     "Thursday to hand over a memorandum "
     "demanding more patrols after a spate of shootings."),
    (PEACEFUL, "Israel", "count", "a large demonstration over hostages",
     "Some 100,000 people demonstrated in Tel Aviv on Saturday night to demand a deal to bring home the hostages "
     "held in Gaza, organisers said."),

    (INTERVENTION, "Turkey", "headline", "police disperse a protest with tear gas",
     "Police fire tear gas and water cannon at Istanbul protesters. Demonstrators angered by the mayor's arrest "
     "were pushed back near city hall on Thursday night, and dozens were detained."),
    (INTERVENTION, "Kenya", "headline", "police break up a rally",
     "Tear gas fired at Nairobi cost-of-living march. Police in Nairobi fired tear gas to scatter a few hundred "
     "protesters marching against the cost of living "
     "on Tuesday and arrested about twenty, witnesses said."),
    (INTERVENTION, "Pakistan", "attribution", "police baton-charge a sit-in",
     "Police baton-charged a sit-in of teachers outside the provincial assembly in Lahore on Wednesday and "
     "detained several of their leaders, a union official said."),
    (INTERVENTION, "Uganda", "headline", "police arrest marchers heading to parliament",
     "Police block anti-corruption march to parliament in Kampala. Officers arrested dozens of young "
     "demonstrators on Tuesday as they tried to reach the building."),
    (INTERVENTION, "Guinea", "translated", "security forces disperse a demonstration",
     "The forces of order dispersed with tear gas on Thursday a demonstration of the opposition in the suburb "
     "of Conakry, arresting several activists, according to the organisers."),

    (EXCESSIVE, "Iran", "headline", "security forces shoot protesters dead",
     "Security forces open fire on protesters in Zahedan, dozens killed. The shooting began after Friday "
     "prayers when crowds gathered outside a police station, rights groups said."),
    (EXCESSIVE, "Bangladesh", "headline", "police fire on student protesters",
     "Student killed as police fire on Rangpur protest. Police fired live rounds at students protesting over job "
     "quotas in Rangpur on Tuesday, killing one "
     "student, witnesses and a hospital official said."),
    (EXCESSIVE, "Mozambique", "attribution", "police shoot post-election protesters",
     "Police shot dead at least three people protesting the election results in Nampula on Thursday, a local "
     "election observer group said."),
    (EXCESSIVE, "Nigeria", "count", "soldiers fire on a protest",
     "Twelve protesters were killed when soldiers opened fire on a demonstration against hardship in Kano on "
     "Thursday, Amnesty International said."),
    (EXCESSIVE, "Kenya", "headline", "police kill protesters outside parliament",
     "Several protesters shot dead as police open fire outside Kenya's parliament. Officers fired live "
     "bullets at crowds who broke through barricades on Tuesday, witnesses said."),

    (VIOLENT, "United Kingdom", "headline", "an anti-migrant protest turns to rioting",
     "Rioters attack hotel housing asylum seekers in Rotherham. Protesters threw bricks at police and set fire "
     "to bins outside the building on Sunday afternoon."),
    (VIOLENT, "France", "headline", "protesters clash with police in New Caledonia",
     "Unrest in Noumea over voting reform. Protesters opposed to an electoral reform set fire to shops and threw "
     "stones at gendarmes in Noumea on "
     "Monday night, the high commission said."),
    (VIOLENT, "Senegal", "local", "opposition supporters riot",
     "Supporters of Ousmane Sonko burned tyres, attacked a bank branch and threw stones at police in Ziguinchor "
     "on Thursday after his conviction."),
    (VIOLENT, "Peru", "passive", "an airport is stormed by demonstrators",
     "The airport of Juliaca was stormed by demonstrators demanding the president's resignation on Monday, and "
     "police said officers were hurt by stones."),
    (VIOLENT, "Indonesia", "headline", "protesters set a regional parliament on fire",
     "Protesters torch regional parliament building in Makassar. Crowds angry over lawmakers' allowances set the "
     "building ablaze on Friday night."),

    (MOB, "India", "headline", "a mob lynches a man",
     "Mob lynches man over cattle rumour in Haryana. A group of villagers beat the man to death on Tuesday "
     "after accusing him of carrying beef, police said."),
    (MOB, "Pakistan", "headline", "a mob burns churches over blasphemy claims",
     "Churches torched in Jaranwala. A mob set fire to several churches and Christian homes in Jaranwala on Wednesday "
     "after accusations of "
     "blasphemy spread in the town, police said."),
    (MOB, "Haiti", "local", "vigilantes kill suspected gang members",
     "Residents of Canape-Vert stopped a minibus on Monday, dragged out men they accused of belonging to a gang "
     "and burned them to death in the street."),
    (MOB, "Bangladesh", "attribution", "a mob attacks a minority's homes",
     "A crowd attacked and looted Hindu-owned houses and a temple in a village of Rangpur on Saturday, "
     "local community leaders said."),
    (MOB, "Nigeria", "passive", "a student is killed by a mob",
     "A student was stoned and burned to death by fellow students in Sokoto on Thursday over a message they "
     "deemed blasphemous, police said."),
]
