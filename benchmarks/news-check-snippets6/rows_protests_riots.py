"""Protests and Riots rows of news-check-snippets6: (sub-event type, country, style, reason, text). Written for
eventwire."""

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (PEACEFUL, "Serbia", "headline", "students lead a large march in the capital",
     "Tens of thousands march in Belgrade. Students and their supporters walked through the centre of the city on "
     "Saturday demanding accountability for a deadly roof collapse, and the rally ended without incident."),
    (PEACEFUL, "Morocco", "headline", "teachers strike and gather outside the ministry",
     "Teachers sit in outside ministry. Hundreds of contract teachers held a sit-in in front of the education "
     "ministry in Rabat on Wednesday to "
     "demand permanent jobs, and dispersed peacefully in the afternoon."),
    (PEACEFUL, "Lebanon", "headline", "depositors demonstrate outside a bank",
     "Savers rally in Beirut. Dozens of depositors gathered outside a bank in the Hamra district on Tuesday, "
     "waving banners demanding their frozen savings, and left after a few hours."),
    (PEACEFUL, "Argentina", "wire", "pensioners march to congress",
     "Retirees marched to the national congress in Buenos Aires on Wednesday to protest against a veto on a "
     "pension increase, in a demonstration that passed without clashes."),
    (PEACEFUL, "Nepal", "liveblog", "a live entry on a sit-in in Kathmandu",
     "11:40 - Several hundred people have sat down on the road at Maitighar in Kathmandu, holding signs against "
     "corruption. The police are watching from a distance and there is no sign of trouble."),
    (INTERVENTION, "Georgia", "headline", "police disperse protesters with water cannon",
     "Police clear Rustaveli Avenue. Riot officers used water cannon and pepper spray to push protesters away "
     "from the parliament in Tbilisi overnight and detained dozens, the interior ministry said."),
    (INTERVENTION, "Senegal", "headline", "police fire tear gas at students",
     "Tear gas at Dakar campus. Police fired tear gas to break up a gathering of students at the Cheikh Anta "
     "Diop university in Dakar on "
     "Thursday, and about twenty were arrested, a student union said."),
    (INTERVENTION, "Turkey", "headline", "police detain demonstrators after a mayor's arrest",
     "Istanbul protesters detained. Police used pepper spray and tear gas to disperse crowds who gathered "
     "outside city hall on Friday night to protest against the arrest of the mayor, and detained 50 people."),
    (INTERVENTION, "Pakistan", "passive", "opposition supporters baton-charged",
     "Supporters of the opposition party were baton-charged and arrested by police as they tried to march on "
     "the provincial assembly in Lahore on Sunday, witnesses said."),
    (INTERVENTION, "Togo", "attribution", "security forces break up a protest in Lome",
     "Security forces broke up a protest against constitutional changes in Lome on Thursday and arrested "
     "several organisers, the opposition coalition said."),
    (EXCESSIVE, "Bangladesh", "headline", "police shoot dead students during quota protests",
     "Students killed as police open fire in Rangpur. Police fired on students protesting against job quotas on "
     "Tuesday, killing a student leader and several others, witnesses and hospital staff said."),
    (EXCESSIVE, "Mozambique", "count", "police kill demonstrators disputing an election",
     "Eleven people were shot dead by police during demonstrations against the election results in Maputo on "
     "Thursday, a civil society platform said."),
    (EXCESSIVE, "Iran", "headline", "security forces fire on mourners and protesters",
     "Zahedan protesters shot after Friday prayers. Security forces fired live rounds at worshippers who "
     "chanted slogans after prayers in the city, killing dozens, a rights group said."),
    (EXCESSIVE, "Kenya", "ngo", "police kill protesters in Saba Saba demonstrations",
     "Police shot dead at least 31 people during Monday's Saba Saba protests in several counties, according to "
     "our monitors, who documented live bullets used against unarmed demonstrators."),
    (EXCESSIVE, "Guinea", "local", "gendarmes fire on demonstrators in Conakry",
     "Two young men were shot dead by gendarmes during a demonstration against the junta on the Hamdallaye road "
     "in Conakry on Wednesday, relatives said."),
    (VIOLENT, "United Kingdom", "headline", "rioters attack a hotel housing asylum seekers",
     "Rioters set fire to Rotherham hotel. A crowd smashed windows and started a fire at a hotel housing asylum "
     "seekers on Sunday, hurling bricks at police, officers said."),
    (VIOLENT, "New Caledonia", "local", "protesters burn shops and cars in Noumea",
     "Protesters against a voting reform burned shops, cars and a school in the suburbs of Noumea on Tuesday "
     "night, and erected roadblocks, the high commissioner said."),
    (VIOLENT, "Nigeria", "headline", "protesters loot and burn during hunger protests",
     "Hunger protests turn violent in Kano. Demonstrators set fire to a government building and looted shops on "
     "Thursday, as police fired tear gas, residents said."),
    (VIOLENT, "Mozambique", "wire", "protesters torch a police station",
     "Demonstrators set fire to a police station and blocked roads with burning tyres in Nampula on Friday, in "
     "protest at the election results, local media reported."),
    (VIOLENT, "Kenya", "passive", "a county office set alight by protesters",
     "A county government office in Molo was set on fire and two vehicles were burned by protesters on Tuesday, "
     "police said."),
    (MOB, "India", "headline", "a mob beats a man to death over cattle",
     "Man lynched over beef rumour in Haryana. A group of men beat a migrant worker to death on Tuesday after "
     "accusing him of eating beef, police said, arresting five."),
    (MOB, "Haiti", "translated", "residents lynch suspected gang members",
     "The population has burned alive three individuals suspected of belonging to armed gangs in Petion-Ville "
     "this Monday, according to the testimony of residents of the area."),
    (MOB, "Democratic Republic of Congo", "headline", "a crowd kills a man accused of witchcraft",
     "Man stoned over witchcraft claim. A crowd stoned a man to death in a village near Kalemie on Saturday "
     "after accusing him of witchcraft, "
     "a local chief said."),
    (MOB, "Bangladesh", "two-acts", "a mob attacks houses of a minority, then police arrive; the first act is coded",
     "A mob vandalised and set fire to Hindu homes in a village in Rangpur on Tuesday over a social media post. "
     "Police and soldiers later patrolled the area, officials said."),
    (MOB, "Pakistan", "passive", "a man accused of blasphemy killed by a crowd",
     "A man accused of desecrating the Koran was dragged from a police station and beaten to death by a crowd in "
     "Nankana Sahib on Saturday, officials said."),
]
