"""Protests and Riots rows of news-check-snippets8: (sub-event type, country, style, reason, text). Written for
eventwire."""

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (PEACEFUL, "Serbia", "headline", "students march against a government",
     "Tens of thousands march in Novi Sad. Students and residents walked across the city's bridges on Saturday to "
     "demand accountability for the collapse of the railway station canopy."),
    (PEACEFUL, "Morocco", "wire", "a march in support of Gaza",
     "Thousands of people marched through central Rabat on Sunday in support of Palestinians in Gaza, waving flags "
     "and chanting against normalisation with Israel."),
    (PEACEFUL, "Argentina", "headline", "pensioners rally outside congress",
     "Pensioners rally at Congress. Retirees and union members gathered outside the building in Buenos Aires on "
     "Wednesday to protest against cuts to their benefits."),
    (PEACEFUL, "Nepal", "local", "teachers hold a sit-in",
     "Hundreds of school teachers staged a sit-in at Maitighar Mandala in Kathmandu on Thursday demanding a new "
     "education law, the teachers' federation said."),
    (PEACEFUL, "Georgia", "liveblog", "protesters gather outside parliament again",
     "21:05 - Crowds have gathered again outside parliament on Rustaveli Avenue for the tenth night, holding EU flags; "
     "the rally is calm so far."),
    (INTERVENTION, "Turkey", "headline", "police use tear gas on a rally",
     "Police tear-gas Istanbul rally. Officers fired tear gas and pepper spray at students marching towards Taksim on "
     "Saturday over the mayor's arrest, and detained dozens."),
    (INTERVENTION, "Kenya", "wire", "police disperse a march in Nairobi",
     "Kenyan police fired tear gas to disperse hundreds of protesters marching towards parliament in Nairobi on "
     "Tuesday against a proposed finance bill, and arrested several."),
    (INTERVENTION, "Pakistan", "passive", "supporters of a jailed leader are dispersed",
     "A rally of the jailed former prime minister's supporters was broken up with tear gas and baton charges in "
     "Lahore on Sunday, and about 50 people were detained."),
    (INTERVENTION, "Tunisia", "headline", "police block and detain protesters",
     "Police block march in Tunis. Officers stopped opposition supporters from reaching the city centre on Friday "
     "and detained several activists, organisers said."),
    (INTERVENTION, "Belarus", "translated", "protesters detained by riot police",
     "Employees of the special-purpose police detachment detained participants of an unsanctioned action in the "
     "centre of Minsk, a human rights centre reported."),
    (EXCESSIVE, "Kenya", "headline", "police shoot protesters dead",
     "Police shoot dead protesters in Nairobi. Officers opened fire on demonstrators who tried to reach parliament on "
     "Tuesday, killing at least five, a rights group said."),
    (EXCESSIVE, "Mozambique", "count", "police fire live rounds at a post-election protest",
     "At least 11 people were shot dead by police during a protest over election results in Maputo's suburbs on "
     "Thursday, a civil society platform said."),
    (EXCESSIVE, "Bangladesh", "wire", "security forces fire on students",
     "Security forces opened fire on students protesting against job quotas in Rangpur on Tuesday, killing a student "
     "leader, witnesses said."),
    (EXCESSIVE, "Iran", "headline", "forces fire on mourners",
     "Forces fire on mourners in Zahedan. Security forces shot at worshippers protesting after Friday prayers, "
     "killing dozens, rights groups said."),
    (EXCESSIVE, "Peru", "attribution", "soldiers shoot protesters near an airport",
     "Soldiers fired at demonstrators who tried to take Ayacucho airport, killing eight, according to the country's "
     "ombudsman."),
    (VIOLENT, "France", "headline", "rioters burn cars after a police shooting",
     "Night of riots in Nanterre suburb. Youths set cars and bins on fire and threw fireworks at police on Wednesday "
     "night after an officer killed a teenager at a traffic stop."),
    (VIOLENT, "Senegal", "wire", "protesters loot shops and clash with police",
     "Supporters of the opposition leader burned a petrol station and looted supermarkets in Dakar on Thursday, and "
     "threw stones at police."),
    (VIOLENT, "Bangladesh", "headline", "protesters set a police station on fire",
     "Protesters torch Jatrabari police station. Crowds armed with sticks stormed the station on Monday and set it "
     "alight, according to residents."),
    (VIOLENT, "Indonesia", "local", "demonstrators burn a regional parliament",
     "Demonstrators set fire to the regional parliament building in Makassar on Friday night, as clashes with police "
     "spread across the city."),
    (VIOLENT, "Ukraine", "two-acts", "farmers' protest turns violent, then arrests",
     "Farmers protesting against grain prices threw eggs and stones at the regional administration in Vinnytsia on "
     "Monday. Police detained three men the next morning."),
    (MOB, "Pakistan", "headline", "a mob kills a man accused of blasphemy",
     "Mob lynches man in Swat. A crowd dragged a man accused of burning pages of the Koran out of a police station "
     "on Thursday and beat him to death, police said."),
    (MOB, "India", "wire", "a mob lynches a man over cattle",
     "A mob beat a man to death on suspicion of transporting beef in Haryana's Charkhi Dadri district, police said on "
     "Sunday."),
    (MOB, "Nigeria", "headline", "villagers burn suspected kidnappers",
     "Villagers set suspected kidnappers ablaze. Residents of a community in Edo state caught two men they accused of "
     "abductions on Wednesday and burned them alive, police said."),
    (MOB, "South Africa", "local", "residents attack foreign shop owners",
     "Residents attacked and looted shops owned by foreign nationals in Alexandra on Tuesday, chasing the owners out "
     "of the township."),
    (MOB, "Haiti", "passive", "suspected gang members killed by a crowd",
     "Thirteen suspected gang members were stoned and burned to death by a crowd in Canape-Vert after police stopped "
     "their minibus, officials said."),
]
