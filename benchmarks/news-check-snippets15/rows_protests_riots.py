"""Protests and Riots rows of news-check-snippets15: (sub-event type, country, style, reason, text). Written for
eventwire."""

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (PEACEFUL, "Kenya", "communique", "trade union circular: teachers march peacefully to hand in a petition",
     "KNUT circular to branch secretaries: our members marched from Uhuru Park to Parliament on Wednesday and "
     "handed in the petition on the pay deal without a single incident; thank you all for your discipline."),
    (PEACEFUL, "Israel", "translated", "translated Hebrew press: a large weekly rally passes without incident",
     "Tens of thousands demonstrated on Kaplan Street in Tel Aviv on Saturday night against the judicial overhaul, "
     "for the tenth week in a row, and the rally ended without incident, a Hebrew daily reported."),
    (PEACEFUL, "Bangladesh", "translated", "translated Bengali press: garment workers form a human chain",
     "Garment workers formed a human chain in front of the Ashulia press club on Friday to demand a monthly minimum "
     "wage of 23,000 taka, a Bengali-language daily wrote."),
    (PEACEFUL, "Iraq", "local", "student newspaper brief: students hold a sit-in that ends at dusk",
     "Campus briefs: engineering students staged a sit-in outside the University of Baghdad's presidency on Sunday "
     "over grants unpaid since spring; they folded their banners and left at dusk."),
    (PEACEFUL, "Nigeria", "attribution", "letter to the editor: mothers sit on a road holding photos and sing",
     "Letter to the editor: Sir, I was one of the mothers who sat on the road outside Government House in Jos on "
     "Monday holding photographs of our missing children; we sang, we prayed, and then we went home."),

    (INTERVENTION, "Guinea", "communique", "travel advisory: security forces tear-gas opposition supporters",
     "Travel advice update, Guinea: security forces fired tear gas at opposition supporters gathered along the Le "
     "Prince road in Conakry on Thursday; avoid the Ratoma area and any crowd."),
    (INTERVENTION, "Uganda", "communique", "party statement: police arrest members walking to the election body",
     "Statement from the National Unity Platform secretariat: police arrested 14 of our members and tore down "
     "their banners this morning as they walked peacefully to the Electoral Commission in Kampala."),
    (INTERVENTION, "Serbia", "local", "student newspaper brief: police pepper-spray students blocking a bridge",
     "From the law faculty's student paper: police pushed students back with pepper spray and batons as they tried "
     "to block the Gazela bridge in Belgrade on Thursday, and two of our classmates were detained."),
    (INTERVENTION, "Zimbabwe", "local", "council minutes: police tear-gas vendors protesting outside the council",
     "Minutes, Harare City Council, item 7: the town clerk reported that police had dispersed vendors protesting "
     "outside Town House with tear gas on 16 January, and that no councillor or staff member was hurt."),
    (INTERVENTION, "Morocco", "headline", "press review: police push protesting teachers back with batons",
     "Al Massae leads with the contract teachers: police pushed them back from the parliament in Rabat with batons "
     "on Wednesday as they chanted for permanent posts."),

    (EXCESSIVE, "Kenya", "passive", "obituary: a young man shot dead by police during tax protests",
     "Rex Masai, 29, who was shot dead by police on Nairobi's Moi Avenue during the finance bill protests on 20 "
     "June 2024, will be buried in his mother's home village on Saturday."),
    (EXCESSIVE, "Iran", "ngo", "UN report paragraph: security forces fire on protesters after Friday prayers",
     "Para 33. On 30 September 2022, security forces opened fire on worshippers and protesters after Friday "
     "prayers in Zahedan, killing at least 66 people, among them children."),
    (EXCESSIVE, "Chad", "wire", "chronology entry: security forces fire live rounds on marchers, about 50 dead",
     "Chronology, 20 October 2022: security forces fire live rounds at people marching against the extension of "
     "the transition in N'Djamena and Moundou; about 50 are killed."),
    (EXCESSIVE, "Bangladesh", "local", "student newspaper brief: a student shot dead by police at a quota protest",
     "Campus paper brief: Abu Sayeed, an English student at Begum Rokeya University, was shot dead by police on 16 "
     "July as he stood with his arms spread wide in front of the quota protest line in Rangpur."),
    (EXCESSIVE, "Myanmar", "attribution", "letter to the editor: soldiers fire into a street of anti-coup protesters",
     "Letter to the editor, from a reader in Mandalay: Sir, on 3 March soldiers fired into our street while we "
     "stood against the coup with three fingers raised, and my neighbour's son, 19, fell dead beside me."),

    (VIOLENT, "South Africa", "local", "council minutes: crowds protesting a jailing burn and loot a mall",
     "Minutes, eThekwini council special sitting, item 2: councillors heard that crowds protesting the jailing of "
     "the former president had looted and burned the Bridge City mall in KwaMashu on 12 July 2021."),
    (VIOLENT, "Haiti", "translated", "translated Haitian Creole radio: fuel-price protesters loot a food warehouse",
     "Demonstrators against the fuel price rise broke into the food programme's warehouse in Gonaïves on Thursday "
     "and carried off its rice and cooking oil, a Creole-language radio in the city said."),
    (VIOLENT, "Iraq", "headline", "press review: protesters burn a foreign consulate",
     "Al-Sabah leads with Najaf: protesters set fire to the Iranian consulate overnight after its staff slipped "
     "out by a back door."),
    (VIOLENT, "France", "communique", "travel advisory: rioting with cars and buildings set alight after a police shooting",
     "Travel advice update, France, 30 June 2023: rioting continues in several cities after a teenager was shot by "
     "police in Nanterre; cars and public buildings have been set alight, and some towns have curfews."),
    (VIOLENT, "Pakistan", "headline", "explainer: supporters of an arrested leader storm and burn a general's house",
     "What happened on 9 May? Hours after Imran Khan's arrest, his supporters stormed and set fire to the corps "
     "commander's house in Lahore and forced the gate of army headquarters in Rawalpindi."),

    (MOB, "Pakistan", "passive", "obituary: a factory manager beaten to death and burned by a crowd",
     "Priyantha Kumara, the Sri Lankan factory manager who was beaten to death and burned by a crowd in Sialkot "
     "over a blasphemy rumour on 3 December 2021, was cremated in Ganemulla."),
    (MOB, "Central African Republic", "translated", "translated Sango radio: a crowd beats a suspected thief to death",
     "A crowd in the PK5 district of Bangui beat to death a man it accused of theft and burned his body on "
     "Tuesday, the Sango bulletin of a Bangui radio said."),
    (MOB, "Nigeria", "attribution", "letter to the editor: a crowd beats a young man to death over a phone",
     "Letter to the editor, from a reader in Mubi: Sir, on Saturday a crowd at the cattle market beat a young man "
     "to death because someone shouted that he had stolen a phone, and not one policeman came."),
    (MOB, "Haiti", "translated", "translated Haitian Creole radio: residents stone and burn suspected gang members",
     "Residents of Canapé-Vert stopped a minibus carrying 13 suspected gang members, stoned them and set them alight "
     "with tyres on Monday morning, a Creole-language station reported."),
    (MOB, "Bangladesh", "translated", "translated Bengali press: students beat a man to death in a hall",
     "A crowd of students at Dhaka University's Fazlul Huq hall beat a man named Tofazzal Hossain to death in the "
     "night after accusing him of stealing phones, a Bengali-language daily reported."),
]
