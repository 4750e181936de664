"""Violence against civilians rows of news-check-snippets2: (sub-event type, country, style, reason, text)."""

SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (SEXUAL, "South Sudan", "ngo", "soldiers rape women collecting firewood",
     "UNMISS says at least 16 women and girls collecting firewood outside Bentiu were raped by men in military "
     "uniform on Tuesday and Wednesday, and calls on the army to arrest those responsible."),
    (SEXUAL, "Sudan", "ngo", "fighters rape women in villages",
     "Human Rights Watch documented the rape of at least 25 women and girls by Rapid Support Forces fighters "
     "during raids on villages east of the Gezira town of Tamboul last week."),
    (SEXUAL, "Haiti", "attribution", "gang members rape women",
     "According to Medecins Sans Frontieres, gang members raped at least a dozen women and girls in the Cite "
     "Soleil neighbourhood of Port-au-Prince on Saturday during a raid on a rival area."),
    (SEXUAL, "Ethiopia", "translated", "soldiers rape women in a village",
     "(Translated from Tigrinya) Eritrean soldiers stationed near Irob raped several women in the village of "
     "Alitena on Sunday, a local health official told the regional broadcaster."),
    (SEXUAL, "Myanmar", "passive", "women raped during a military raid",
     "Three women were sexually assaulted by soldiers who raided the village of Let Yet Kone in Sagaing region "
     "on Thursday, a local resistance administration said."),
    (ATTACK, "Nigeria", "headline", "gunmen massacre villagers",
     "Gunmen kill scores in Benue's Yelwata. Armed attackers stormed the village overnight on Friday, shooting "
     "and burning people in their homes and a market, officials said."),
    (ATTACK, "Burkina Faso", "count", "jihadists shoot civilians digging trenches",
     "Hundreds of residents digging defensive trenches outside Barsalogho were shot dead by JNIM fighters on "
     "Saturday, security sources and survivors said."),
    (ATTACK, "Democratic Republic of Congo", "local", "rebels attack worshippers with machetes",
     "BUNIA - ADF rebels attacked a Catholic church in Komanda during an overnight vigil on Sunday, killing "
     "dozens of worshippers with machetes and guns, civil society leaders said."),
    (ATTACK, "Mexico", "wire", "a mayor is killed",
     "The mayor of Chilpancingo, the capital of Guerrero state, was murdered six days after taking office, the "
     "state government said on Sunday."),
    (ATTACK, "India", "headline", "militants shoot tourists",
     "Gunmen open fire on tourists near Pahalgam. Militants killed 26 visitors in the Baisaran meadow on "
     "Tuesday afternoon, officials said, in the deadliest attack on civilians in Kashmir in years."),
    (ATTACK, "Haiti", "ngo", "gang executes elderly residents",
     "The National Human Rights Defense Network reports that members of the Wharf Jeremie gang killed more than "
     "180 people, most of them elderly, in Cite Soleil over the weekend."),
    (ATTACK, "Palestine", "headline", "settlers attack a village, one man killed",
     "Settlers rampage through Turmus Ayya. Dozens of Israeli settlers set fire to houses and cars in the West "
     "Bank village on Wednesday and shot dead a Palestinian man, the health ministry said."),
    (ATTACK, "Colombia", "translated", "gunmen kill a social leader",
     "(Translated from Spanish) Two armed men on a motorbike shot dead an Indigenous community leader outside "
     "his home in Toribio, Cauca, on Monday night, the Indepaz institute said."),
    (ATTACK, "Philippines", "passive", "broadcaster shot on air",
     "Radio broadcaster Juan Jumalon was shot dead in his home studio in Calamba, Misamis Occidental, on Sunday "
     "while he was live on air, police said."),
    (ATTACK, "Russia", "liveblog", "gunmen attack a concert hall",
     "20:14 Moscow: Gunmen in camouflage are firing on concertgoers at Crocus City Hall in Krasnogorsk, and a "
     "fire has broken out in the building, state media report."),
    (ATTACK, "Pakistan", "two-acts", "first act: passengers pulled off buses and shot",
     "Gunmen stopped trucks and buses on a highway in Musakhel, checked passengers' identity cards and shot dead "
     "23 of them. Hours later separatists attacked police stations across Balochistan."),
    (ABDUCTION, "Nigeria", "headline", "gunmen take schoolchildren",
     "Gunmen seize 287 pupils in Kaduna. Armed men on motorbikes surrounded a school in Kuriga on Thursday "
     "morning and took away pupils and a teacher, residents said."),
    (ABDUCTION, "Haiti", "headline", "nurse kidnapped",
     "US nurse kidnapped near Port-au-Prince. Armed men seized an American nurse working for a Christian aid "
     "group and her child from the group's campus on Thursday, the charity said."),
    (ABDUCTION, "Mexico", "local", "armed men seize travellers",
     "TUXTLA GUTIERREZ - Armed men stopped vehicles on a road near Frontera Comalapa on Tuesday and took away 16 "
     "people, the Chiapas prosecutor's office said."),
    (ABDUCTION, "Pakistan", "ngo", "activist forcibly disappeared",
     "The Human Rights Commission of Pakistan said a Baloch student activist was picked up from his hostel in "
     "Karachi by men in plain clothes on Monday and has not been seen since."),
    (ABDUCTION, "Burkina Faso", "count", "women abducted by jihadists",
     "About 50 women were abducted near Arbinda last week while gathering leaves and wild fruit, the government "
     "said, blaming armed jihadists."),
    (ABDUCTION, "Mali", "communique", "foreign workers kidnapped at a factory",
     "The Indian embassy in Bamako said three Indian nationals were seized by armed men who attacked a cement "
     "factory near Kayes on Tuesday."),
    (ABDUCTION, "Colombia", "two-acts", "first act: guerrillas kidnap a footballer's parents",
     "Gunmen kidnapped the parents of Liverpool winger Luis Diaz at a petrol station in Barrancas on Saturday. "
     "Police freed his mother within hours, while his father was later found to be held by the ELN."),
]
