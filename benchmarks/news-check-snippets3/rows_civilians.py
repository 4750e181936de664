"""Violence against civilians rows of news-check-snippets3: (sub-event type, country, style, reason, text).
Written for eventwire."""

ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"
SEXUAL = "Sexual violence"

ROWS = [
    (ATTACK, "Nigeria", "headline", "gunmen kill villagers",
     "Gunmen kill 40 in overnight raid on Plateau villages. Attackers on motorbikes shot residents and burned "
     "homes in Bokkos district, a local council chairman said on Tuesday."),
    (ATTACK, "Democratic Republic of Congo", "headline", "militia kills villagers",
     "CODECO militiamen kill 51 in Djaiba. Attackers armed with guns and machetes raided the villages of Djugu "
     "territory in Ituri on Monday, local officials said."),
    (ATTACK, "Mexico", "passive", "a cartel shooting of civilians",
     "Eleven people were shot dead at a bar in Salvatierra, Guanajuato, on Sunday night by armed men who "
     "arrived in two pickup trucks, the state prosecutor said."),
    (ATTACK, "Burkina Faso", "translated", "militants execute travellers",
     "Armed individuals stopped a bus on the Djibo road on Wednesday, made the passengers get off and killed "
     "the men, according to a relative of one of the victims."),
    (ATTACK, "Palestine", "headline", "settlers attack a village",
     "Settlers shoot dead Palestinian man in West Bank village. Dozens of settlers raided Turmus Ayya on Sunday "
     "evening, firing at residents, the Palestinian health ministry said."),
    (ATTACK, "Ethiopia", "attribution", "rebels kill civilians in Oromia",
     "Local officials blamed the Oromo Liberation Army for killing 17 farmers in a village of West Shewa zone on "
     "Friday, an accusation the group rejected."),
    (ATTACK, "Haiti", "headline", "gang massacre in a slum",
     "Gang kills more than 100 elderly residents in Cite Soleil. The leader of the Wharf Jeremie gang ordered the "
     "killings after blaming his son's illness on witchcraft, a rights group said."),
    (ATTACK, "Chad", "count", "an armed group attacks a village",
     "At least 42 villagers were killed when armed herders attacked Mandakao in Logone Occidental province at dawn "
     "on Wednesday, the government spokesman said."),
    (ATTACK, "Cameroon", "two-acts", "first act: separatists kill civilians",
     "Separatist fighters shot dead four road workers near Kumbo on Monday, officials said. On Thursday soldiers "
     "raided a nearby village in search of the attackers."),

    (ABDUCTION, "Nigeria", "headline", "schoolchildren kidnapped",
     "Gunmen abduct 287 pupils in Kuriga. Armed men surrounded the school in Kaduna state on Thursday morning "
     "and took the children and a teacher into the bush, parents said."),
    (ABDUCTION, "Haiti", "headline", "a gang kidnaps nurses",
     "Eight hospital staff kidnapped in Haiti. "
     "A gang kidnapped eight staff of a hospital run by a charity near Port-au-Prince on Sunday, including a "
     "foreign nurse and her child, the organisation said."),
    (ABDUCTION, "Mexico", "attribution", "armed men seize a journalist",
     "The state prosecutor of Guerrero said armed men took a local reporter from his home in Taxco on Tuesday; "
     "his whereabouts remain unknown."),
    (ABDUCTION, "Mali", "headline", "jihadists abduct a village chief",
     "Village chief kidnapped near Kayes. Suspected JNIM fighters took him and his son from their home on "
     "Friday night, a local official said."),
    (ABDUCTION, "Kenya", "ngo", "a critic taken away by unknown men and not seen since",
     "The Law Society of Kenya said on Monday that a young cartoonist who mocked the president online was pushed "
     "into an unmarked car in Embu on Saturday night and has not been seen since."),

    (SEXUAL, "Democratic Republic of Congo", "ngo", "rape of women in displacement camps",
     "Medical teams said they treated more than 60 women raped by armed men around camps near Goma in a single "
     "week, most of them while searching for firewood."),
    (SEXUAL, "Sudan", "headline", "paramilitaries rape women in a town",
     "RSF fighters accused of raping women in Gezira town. Survivors told a UN fact-finding team that fighters "
     "assaulted women in their homes in Tambul on Saturday."),
    (SEXUAL, "Haiti", "headline", "gang members rape girls",
     "Girls raped in gang raid on Solino. "
     "Gang members raped three girls aged 12 to 15 during a raid on the Solino neighbourhood of Port-au-Prince "
     "on Friday, a local women's organisation said."),
    (SEXUAL, "Ethiopia", "translated", "soldiers accused of rape",
     "Residents accuse soldiers of having assaulted sexually two women at a checkpoint near Shire on Tuesday; "
     "the regional administration opened an inquiry."),
]
