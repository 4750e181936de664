"""Non-event rows of news-check-snippets12: (None, country, style, reason, text). Each reads like an event and is
not one. Written for eventwire."""

ROWS = [
    (None, "Pakistan", "headline", "Urdu press: a court ruling on military trials, no act of violence",
     "Military courts struck down. The Supreme Court declared the trial of civilians in military courts "
     "unconstitutional, and a five-member bench ordered that the accused be tried in ordinary criminal courts."),
    (None, "Rwanda", "wire", "in-brief column: an anniversary of a genocide, background only",
     "IN BRIEF / RWANDA - President Kagame lit the flame of remembrance at the Gisozi memorial in Kigali on Sunday, "
     "opening a week of mourning thirty years after the genocide against the Tutsi."),
    (None, "Philippines", "local", "local radio: a nationwide earthquake drill",
     "Duck, cover and hold: sirens will sound in every school and office in Metro Manila at 9 this morning for the "
     "second-quarter earthquake drill, the civil defence office reminds listeners."),
    (None, "Kenya", "attribution", "a militant group's audio threat, no act",
     "In an audio message posted online, an al-Shabaab spokesman warned that Kenyan towns would pay for the presence"
     " of its troops in Somalia, the group's media wing said."),
    (None, "India", "headline", "cricket written as a battle",
     "Bumrah blows away Pakistan. India's bowlers ripped through the Pakistani batting line-up in Ahmedabad on "
     "Saturday, sealing a seven-wicket rout before a full house."),
    (None, "Ukraine", "headline", "a film award about a besieged city, no event",
     "Mariupol film takes the Oscar. A documentary shot by an AP team trapped in the besieged port city in 2022 won "
     "the Academy Award on Sunday, its director urging the world to remember the dead."),
    (None, "Nigeria", "wire", "TV ticker: a tanker explosion, an accident",
     "CHANNELS TV: PETROL TANKER OVERTURNS AND EXPLODES AT MAJIYA, JIGAWA, AS RESIDENTS SCOOP FUEL; DEATH TOLL "
     "PASSES 140."),
    (None, "South Africa", "count", "a year's murder figures",
     "Annual crime statistics, 2023/24: 27,494 murders were recorded across the country, the police minister told "
     "parliament, up slightly on the previous year."),
    (None, "Bangladesh", "wire", "in-brief column: a building fire kills dozens",
     "IN BRIEF / BANGLADESH - A fire tore through a seven-storey building of restaurants on Bailey Road in Dhaka "
     "late on Thursday, killing 46 people, the fire service said."),
    (None, "Nigeria", "passive", "a fraud raid with mass arrests, no political side",
     "Nearly 800 suspects were arrested in a raid on a seven-storey building in Lagos used as a hub for online "
     "romance and investment scams, the anti-graft agency said."),
    (None, "Turkey", "headline", "Turkish press: a hotel fire at a ski resort",
     "Kartalkaya hotel inferno. A fire broke out at a hotel in the Kartalkaya ski resort in Bolu, and 78 people lost"
     " their lives, the Interior Minister announced."),
    (None, "Yemen", "communique", "war-risk listing update, no act",
     "JOINT WAR COMMITTEE: listed areas extended to include the southern Red Sea and Gulf of Aden with immediate "
     "effect. Underwriters to notify assureds of additional premium."),
    (None, "Sudan", "attribution", "fact-check verdict: a fireworks video is not a strike",
     "Our verdict: MISLEADING. The video shared as a drone strike on Khartoum this week shows a fireworks warehouse "
     "blaze in another country in 2020, a reverse image search found."),
    (None, "Zimbabwe", "ngo", "election observer's note: polling orderly",
     "Observer note, 07:15, Harare: polling at the St Mary's station opened on time, queues were orderly and our "
     "team saw no incidents or intimidation."),
    (None, "Egypt", "ngo", "humanitarian access update: a crossing closed, trucks waiting",
     "Access update, Rafah crossing: closed for a third straight day, with some 300 aid trucks waiting on the "
     "Egyptian side and no clearance schedule given."),
    (None, "Ghana", "headline", "football written as a bombardment",
     "Black Stars bombard Angola. Ghana's strikers peppered the Angolan goal in Kumasi on Thursday and finally broke"
     " through twice after the break."),
    (None, "Egypt", "wire", "in-brief column: a naval live-fire drill",
     "IN BRIEF / EGYPT - The navy carried out a live-fire exercise off Alexandria on Monday, firing anti-ship "
     "missiles at floating targets, the military spokesman said."),
    (None, "Russia", "translated", "Russian press: a politician threatens strikes, no act",
     "Medvedev wrote on Telegram that decision-making centres in Kyiv could become targets if the West keeps "
     "supplying long-range weapons."),
    (None, "Mali", "passive", "a gold-mine pit collapse, an accident",
     "At least 48 people, most of them women, were killed when an artisanal gold-mine pit collapsed near Bilalikoto "
     "in western Mali on Saturday."),
    (None, "Iraq", "headline", "Kurdish press: a commemoration of a past gas attack",
     "Halabja remembers. Sirens sounded across Halabja at 11 this morning, and residents stood silent among the "
     "graves to mark 35 years since the gas attack on the town."),
    (None, "South Africa", "communique", "diplomatic cable summary: an international court ruling",
     "SUMMARY: The ICJ ordered provisional measures in South Africa v. Israel on Friday but did not order a halt to "
     "military operations. Reactions from capitals follow."),
    (None, "Afghanistan", "count", "a year's count of mine and ordnance victims",
     "Mine action figures for 2023: some 700 people were killed or hurt by mines and unexploded ordnance in "
     "Afghanistan over the year, most of them children, the UN service says."),
    (None, "India", "local", "police blotter: a stabbing over a parking row, no political side",
     "Police blotter, Kurla: two men were held for stabbing a 32-year-old after an argument over a parking spot late"
     " on Saturday; the victim is stable."),
    (None, "Chile", "liveblog", "live-blog entry: wildfires kill many",
     "21:05 - The death toll from the wildfires around Viña del Mar has reached 112, the interior minister says, and"
     " hundreds of people are still missing."),
    (None, "India", "translated", "Hindi press: a film explodes at the box office",
     "Pathaan has blasted past every box-office record, and the film has earned 100 crore rupees on its opening day,"
     " the producers said."),
]
