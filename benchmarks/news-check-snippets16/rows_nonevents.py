"""Non-event rows of news-check-snippets16 (null sub-event type): (None, country, style, reason, text). Written for
eventwire."""

ROWS = [
    (None, "DR Congo", "ngo", "mining company incident log: a pit wall collapses on artisanal miners",
     "Site incident log, artisanal zone near Kolwezi, 24 June 2019: a pit wall collapsed on artisanal diggers "
     "outside our fence, killing at least nine; the company sent its rescue team."),
    (None, "Ghana", "ngo", "mining company incident log: a notice of controlled blasting",
     "Site incident log, Obuasi, 12 April 2024: controlled blasting at pit 3 between 12:00 and 12:30 today; "
     "residents of Anyinam will hear loud explosions and should stay out of the buffer zone."),
    (None, "Ethiopia", "headline", "security alert bulletin: a parade rehearsal with gun salutes",
     "Security alert bulletin | Addis Ababa | level amber: a military parade rehearsal with fly-pasts and gun "
     "salutes will close Meskel Square on Saturday morning; the bangs are expected."),
    (None, "Kenya", "headline", "security alert bulletin: the opposition has called a march for a later day",
     "Security alert bulletin | Nairobi | level amber: the opposition has called a march for Thursday, so expect "
     "road closures around the CBD and keep movements to a minimum."),
    (None, "Egypt", "communique", "football federation statement: a derby 'war' and a striker's 'attack'",
     "Football association statement: after Friday's bruising war at Cairo Stadium, in which the Ahly striker led "
     "wave after wave of attacks, the disciplinary committee fined both clubs for late kick-off."),
    (None, "Zambia", "communique", "football federation statement: a player collapses and dies on the pitch",
     "The football association mourns a defender who collapsed and died on the pitch during Sunday's league "
     "match in Ndola, after doctors tried for twenty minutes to revive him."),
    (None, "Libya", "communique", "oil company statement: a fire at a terminal caused by lightning",
     "Oil company statement, 26 December 2022: a fire broke out in a storage tank at the Es Sider terminal after "
     "a lightning strike last night and was put out by our firefighters this morning."),
    (None, "Nigeria", "communique", "oil company statement: a tanker truck explodes after overturning",
     "Oil company statement: one of our contracted tanker trucks overturned and exploded on the Enugu–Onitsha "
     "road on Wednesday, and we are working with the road safety corps at the scene."),
    (None, "Nigeria", "communique", "electoral commission statement: a group threatens to attack polling stations",
     "INEC statement, 14 February 2023: a separatist group has threatened to attack polling stations in the "
     "south-east on election day, and the commission has asked the security agencies for more protection."),
    (None, "Kenya", "communique", "electoral commission statement: it denies that its office was burned",
     "Electoral commission statement: our Kisii office was not set on fire, as some reports claimed; the smoke "
     "seen on Tuesday came from rubbish burning on the plot next door."),
    (None, "Libya", "attribution", "migrant helpline log: a boat capsizes off the coast",
     "Helpline log, call 7725, a man calling from Tobruk on 12 June 2023: the boat carrying his cousin capsized "
     "off the coast in bad weather, and he asks whether anyone was rescued."),
    (None, "Morocco", "attribution", "migrant helpline log: a pickpocket takes a phone and a passport",
     "Helpline log, call 8140, a Guinean woman calling from Tangier: her phone and passport were taken by a "
     "pickpocket at the bus station, and she wants to know how to get new papers."),
    (None, "Uganda", "wire", "encyclopedia entry: a commander sentenced for old crimes",
     "Ongwen sentencing (6 May 2021) — the International Criminal Court sentenced the former LRA commander "
     "Dominic Ongwen to 25 years for killings and abductions in northern Uganda in the early 2000s."),
    (None, "Rwanda", "translated", "translated Kinyarwanda news: the genocide commemoration opens",
     "The thirtieth commemoration of the genocide against the Tutsi opened in Kigali on Sunday with the lighting "
     "of the flame of remembrance, the Kinyarwanda news of the national broadcaster reported."),
    (None, "Ukraine", "local", "diary entry: a siren sounds for hours and nothing comes",
     "Diary, Kyiv, 2 February 2024: the siren went for three hours last night and we sat in the corridor, but "
     "nothing came and we went back to bed at dawn."),
    (None, "Nigeria", "liveblog", "diary with clock time: new year fireworks sound like gunfire",
     "Diary, Abuja, 1 January 2023, 12.05 am: the fireworks from the estates sound exactly like gunfire, and the "
     "dogs are going mad."),
    (None, "Ghana", "headline", "newspaper correction: the bangs were a transformer exploding, not shots",
     "Correction: an earlier version of this story said soldiers fired on a crowd in Tamale on Monday; the bangs "
     "came from a transformer that exploded, and nobody was shot."),
    (None, "Kenya", "headline", "newspaper correction: a sentence for a 2013 attack",
     "Correction: Thursday's article on the Westgate trial said the man convicted of helping the attackers was "
     "jailed for 12 years; the court gave him 18."),
    (None, "Sri Lanka", "translated", "translated Tamil daily: a bombing trial adjourned",
     "The trial of the men accused over the Easter Sunday bombings was adjourned again until next month, a Tamil "
     "daily in Colombo reported on Friday."),
    (None, "Nepal", "translated", "translated Nepali daily: an earthquake kills more than a hundred",
     "An earthquake of magnitude 6.4 killed more than 150 people in Jajarkot and Rukum West on Friday night, a "
     "Nepali-language daily reported."),
    (None, "Uganda", "translated", "translated Luganda news: pilgrims gather for Martyrs Day",
     "Hundreds of thousands of pilgrims gathered at Namugongo for Martyrs Day on Saturday, the Luganda news of a "
     "Kampala station said."),
    (None, "Egypt", "local", "railway notice: a train derails",
     "Railway authority notice, 18 April 2021: several carriages of the Cairo–Mansoura train came off the tracks "
     "near Toukh, and services on the line are stopped while the injured are taken to hospital."),
    (None, "Armenia", "translated", "translated Armenian radio: a joint military exercise begins",
     "Armenian and American soldiers began the Eagle Partner exercise near Yerevan on Monday, the Armenian public "
     "radio said; it will run for ten days."),
    (None, "Philippines", "translated", "translated Tagalog sports news: a team's 'ambush' and 'attack'",
     "Ginebra ambushed San Miguel with a fourth-quarter attack and won by eleven points on Sunday, the Tagalog "
     "sports news of a Manila channel reported."),
    (None, "Niger", "translated", "translated Zarma radio: a former president dies of illness",
     "The former president Mamadou Tandja died after a long illness in Niamey on Tuesday, aged 82, the Zarma news "
     "of the national radio said."),
]
