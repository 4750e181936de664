"""Protests and Riots rows of news-check-snippets2: (sub-event type, country, style, reason, text)."""

FORCE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
PEACEFUL = "Peaceful protest"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (FORCE, "Bangladesh", "headline", "police shoot dead an unarmed student protester",
     "Student shot dead in Rangpur quota protest. Police fired on demonstrators outside Begum Rokeya University "
     "on Tuesday, killing a student who faced them with his arms spread wide."),
    (FORCE, "Myanmar", "wire", "soldiers kill anti-coup marchers",
     "Security forces fired live rounds at anti-coup demonstrators at a Mandalay shipyard on Saturday, killing "
     "two people including a teenage boy, rescue workers said."),
    (FORCE, "Sudan", "ngo", "live fire kills marchers, doctors' group reports",
     "The Central Committee of Sudan Doctors says security forces killed seven people with live ammunition as "
     "tens of thousands marched against military rule in Khartoum and Omdurman on Thursday."),
    (FORCE, "Nigeria", "passive", "soldiers fire on a peaceful sit-in",
     "Demonstrators sitting at the Lekki toll gate and singing the national anthem were fired upon by soldiers "
     "on Tuesday night, Amnesty International said, citing witnesses."),
    (FORCE, "Mozambique", "translated", "police fire on a march, killing a teenager",
     "(Translated from Portuguese) Police opened fire on a march of opposition supporters in Nampula on "
     "Thursday, killing a 16-year-old student and wounding three others, according to the Plataforma Decide."),
    (INTERVENTION, "Georgia", "wire", "water cannon and detentions at a rally",
     "Riot police in Tbilisi used water cannon and pepper spray to clear pro-EU demonstrators from Rustaveli "
     "Avenue early on Sunday, detaining dozens, the interior ministry said."),
    (INTERVENTION, "Turkey", "headline", "police disperse crowds with pepper spray and rubber bullets",
     "Police break up Istanbul rally for detained mayor. Officers fired pepper spray and rubber pellets at "
     "crowds gathered outside City Hall in Sarachane on Friday night."),
    (INTERVENTION, "Argentina", "local", "police push back pensioners with pepper spray",
     "BUENOS AIRES - Federal police pepper-sprayed retirees holding their weekly protest outside Congress on "
     "Wednesday and detained eleven people, organisers said."),
    (INTERVENTION, "Russia", "ngo", "police detain mourners laying flowers",
     "OVD-Info: at least 100 people were detained in Moscow, St Petersburg and other cities on Saturday as they "
     "brought flowers to memorials for Alexei Navalny."),
    (INTERVENTION, "Uganda", "passive", "a march is stopped and marchers arrested",
     "Dozens of young people marching toward parliament in Kampala to denounce corruption were arrested on "
     "Tuesday and bundled into police trucks, witnesses said."),
    (INTERVENTION, "Israel", "liveblog", "water cannon used on highway blockade",
     "21:15 - Police deploy water cannon against anti-government protesters blocking the Ayalon highway in Tel "
     "Aviv; at least six detained."),
    (INTERVENTION, "Iran", "translated", "security forces break up a retirees' gathering",
     "[Translated from Persian] Security agents dispersed a gathering of steel industry retirees outside the "
     "governorate in Ahvaz on Sunday and took several of them away, a labour news channel reported."),
    (INTERVENTION, "Belarus", "count", "mass detentions at an opposition rally",
     "More than 200 people were detained by riot police during an opposition rally in central Minsk on Sunday, "
     "the Viasna rights centre said."),
    (PEACEFUL, "Serbia", "headline", "huge rally, no force used",
     "Belgrade fills with students. Hundreds of thousands rallied peacefully in the Serbian capital on Saturday "
     "against corruption, in one of the largest gatherings in the country's history."),
    (PEACEFUL, "Israel", "two-acts", "first act: hostage families' rally; the second is another day and city",
     "Thousands joined hostages' families at what they now call Hostages Square in Tel Aviv on Saturday night, "
     "urging the cabinet to sign a deal. On Sunday police used water cannon on a smaller group blocking a road "
     "in Jerusalem."),
    (PEACEFUL, "Morocco", "headline", "large solidarity march",
     "Rabat march for Gaza draws tens of thousands. Demonstrators waved Palestinian flags on Sunday and called "
     "on the kingdom to cut its ties with Israel."),
    (PEACEFUL, "Ghana", "attribution", "march against illegal mining",
     "Organised labour said several thousand workers and students marched through Accra on Thursday to demand "
     "a ban on illegal gold mining that is poisoning the country's rivers."),
    (PEACEFUL, "Pakistan", "translated", "sit-in by families of the disappeared",
     "(Translated from Urdu) Families of missing Baloch persons continued their sit-in outside the National "
     "Press Club in Islamabad on Friday, holding photographs of their relatives."),
    (PEACEFUL, "France", "count", "farmers' blockade with tractors",
     "About 1,000 tractors blocked motorways around Paris on Monday as farmers protested against falling "
     "incomes and environmental rules, police said."),
    (PEACEFUL, "Ukraine", "liveblog", "evening rally against a law",
     "19:30 - Several thousand people, many of them young, are rallying near Ivan Franko theatre in Kyiv against "
     "the law curbing anti-corruption bodies."),
    (PEACEFUL, "Brazil", "two-acts", "first act: peaceful marches; second: a vote",
     "Demonstrators filled Avenida Paulista and Copacabana beach on Sunday against a bill that would shield "
     "lawmakers from prosecution. The Senate shelved the bill three days later."),
    (PEACEFUL, "Lebanon", "passive", "demonstration with no force",
     "Martyrs' Square in Beirut was filled with protesters for a third straight night on Saturday, as crowds "
     "demanded the resignation of the entire political class."),
    (VIOLENT, "Kenya", "headline", "protesters storm and burn part of parliament",
     "Protesters breach Kenya's parliament. Crowds opposed to new taxes overran police lines in Nairobi on "
     "Tuesday and set fire to part of the parliament building."),
    (VIOLENT, "Indonesia", "translated", "demonstrators torch a regional assembly",
     "(Translated from Indonesian) Angry demonstrators set the Makassar city council building on fire on Friday "
     "night, and several staff were trapped inside, Antara reported."),
    (VIOLENT, "Nepal", "liveblog", "protesters set parliament on fire",
     "14:20 local: Protesters have set fire to the parliament complex in Kathmandu as anti-corruption "
     "demonstrations led by young people spread across the capital."),
    (VIOLENT, "Bangladesh", "passive", "demonstrators burn a state TV building",
     "The headquarters of state broadcaster BTV in Dhaka was set ablaze on Thursday by students protesting "
     "against job quotas, after police retreated inside the compound."),
    (VIOLENT, "United Kingdom", "wire", "anti-immigration rioters attack a hotel",
     "Crowds hurling bricks and lighting fires besieged a Holiday Inn Express used for asylum seekers in "
     "Rotherham on Sunday, and ten officers were hurt, South Yorkshire Police said."),
    (VIOLENT, "New Caledonia", "count", "rioters torch businesses",
     "Dozens of shops and a school were torched overnight in Noumea as unrest over an electoral reform spread, "
     "the French high commission said."),
    (VIOLENT, "Pakistan", "attribution", "party supporters storm and burn a military residence",
     "According to Lahore police, supporters of the former prime minister broke into the corps commander's "
     "residence on Tuesday evening and set it on fire after his arrest."),
    (VIOLENT, "Mozambique", "two-acts", "first act: opposition youths riot; one Riots event",
     "Youths backing the opposition candidate burned tyres and stoned police vehicles in several Maputo suburbs "
     "on Thursday. Police answered with tear gas and live rounds, and one man died."),
    (MOB, "India", "headline", "vigilante mob beats a man to death",
     "Migrant worker lynched over beef suspicion in Haryana. A group of men accusing him of eating beef beat a "
     "waste picker to death in Charkhi Dadri district, police said."),
    (MOB, "Pakistan", "wire", "crowd kills a man accused of blasphemy",
     "A mob in Swat's Madyan town dragged a visiting man out of a police station and burned him to death on "
     "Thursday over an accusation that he had desecrated the Koran."),
    (MOB, "Haiti", "translated", "vigilante crowd burns suspected gang members",
     "[Translated from French] Residents of Canape-Vert stopped a minibus carrying suspected gang members on "
     "Monday, took them from the police and set them alight in the street."),
    (MOB, "Bangladesh", "attribution", "students beat a man to death",
     "Dhaka University officials said a group of students beat a young man to death inside a residential hall "
     "on Wednesday night after accusing him of stealing a phone."),
    (MOB, "Mexico", "local", "villagers lynch two men accused of kidnapping",
     "ACATLAN, Puebla - A crowd summoned by church bells beat two men and set them on fire on Wednesday after "
     "rumours spread that they were child abductors."),
    (MOB, "Netherlands", "count", "attacks by groups on football supporters",
     "Five people were hospitalised after groups on scooters and on foot chased and beat Maccabi Tel Aviv "
     "supporters across central Amsterdam overnight, Dutch police said."),
    (MOB, "Nigeria", "passive", "student mob kills a classmate",
     "A female student of Shehu Shagari College of Education in Sokoto was stoned and beaten to death on "
     "Thursday by fellow students who accused her of blasphemy."),
]
