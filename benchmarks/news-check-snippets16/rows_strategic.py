"""Strategic developments rows of news-check-snippets16: (sub-event type, country, style, reason, text). Written
for eventwire."""

AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
BASE = "Headquarters or base established"
LOOTING = "Looting/property destruction"
TRANSFER = "Non-violent transfer of territory"
OTHER = "Other"

ROWS = [
    (AGREEMENT, "Sudan", "communique", "football federation statement: it welcomes a ceasefire signed in Jeddah",
     "The football association welcomes the short ceasefire that the army and the Rapid Support Forces signed in "
     "Jeddah on 20 May 2023, and asks both sides to spare the capital's sports grounds."),
    (AGREEMENT, "Libya", "communique", "oil corporation statement: fields reopen under an agreement of the two camps",
     "National oil corporation statement, 19 September 2020: fields and ports will reopen under the agreement "
     "signed yesterday between the eastern commander and the Tripoli government's deputy prime minister."),
    (AGREEMENT, "Ethiopia", "wire", "encyclopedia entry: the government and the TPLF sign a cessation of hostilities",
     "Pretoria Agreement (2 November 2022) — after ten days of African Union talks in South Africa, Addis Ababa "
     "and the Tigrayan leadership put their names to a deal to silence the guns in the north for good."),
    (AGREEMENT, "Rwanda", "translated", "translated Kinyarwanda news: Rwanda and Congo sign a peace agreement",
     "Rwanda and the Democratic Republic of Congo signed a peace agreement in Washington on Friday, the "
     "Kinyarwanda news of the national broadcaster reported."),
    (AGREEMENT, "Armenia", "translated", "translated Armenian radio: the prime minister signs a statement ending the war",
     "The prime minister signed a statement with the presidents of Azerbaijan and Russia overnight that ends the "
     "fighting in Karabakh from one in the morning, the Armenian public radio said."),

    (ARRESTS, "Uganda", "translated", "translated Luganda news: police arrest an opposition candidate at a rally",
     "Police arrested the presidential candidate Robert Kyagulanyi as he arrived to address supporters in Luuka "
     "on Wednesday, the Luganda news of a Kampala television station reported."),
    (ARRESTS, "Pakistan", "passive", "encyclopedia lead: a former prime minister arrested at a court",
     "Imran Khan was arrested by paramilitary Rangers inside the Islamabad High Court on 9 May 2023 and taken away "
     "in an armoured vehicle."),
    (ARRESTS, "Iran", "communique", "football club statement: a player detained by security forces",
     "Club statement, 24 November 2022: our former captain Voria Ghafouri was detained by security forces after "
     "training on Thursday, and the club is seeking news of him."),
    (ARRESTS, "Niger", "translated", "translated Zarma radio: soldiers arrest ministers of the ousted government",
     "Soldiers arrested the oil minister and the mines minister of the ousted government at their homes in Niamey "
     "on Monday, the Zarma news of a private radio said."),
    (ARRESTS, "Sri Lanka", "translated", "translated Tamil daily: police arrest a journalist under the terror law",
     "Police arrested a Tamil journalist at his home in Batticaloa under the Prevention of Terrorism Act on "
     "Thursday, a Tamil daily in the town reported."),

    (CHANGE, "Syria", "wire", "encyclopedia entry: an armed group dissolves itself into the new state",
     "Dissolution of Hayat Tahrir al-Sham (29 January 2025) — the group announced that it was dissolving itself "
     "and folding its fighters into the new Syrian army."),
    (CHANGE, "Yemen", "communique", "tanker operator statement: the Houthis announce they will stop attacking ships",
     "Tanker operator statement, 20 January 2025: the Houthis have announced that they will stop attacking "
     "merchant ships in the Red Sea, and we will review our routing over the coming weeks."),
    (CHANGE, "Burkina Faso", "translated", "translated Mooré radio: the government launches recruitment of volunteers",
     "The government has opened the recruitment of 50,000 new volunteers for the defence of the homeland, the "
     "Mooré news of the state radio announced on Saturday."),
    (CHANGE, "Philippines", "translated", "translated Tagalog news: NPA fighters surrender with their weapons",
     "Forty New People's Army fighters surrendered with their weapons to the army in Bukidnon on Tuesday, the "
     "Tagalog news of a Manila channel reported."),
    (CHANGE, "Mali", "headline", "security alert bulletin: armed groups announce a merger into a single front",
     "Security alert bulletin | Kidal region | no change in level: the northern armed movements have announced "
     "their merger into a single Azawad Liberation Front."),

    (DISRUPTED, "Mali", "ngo", "mining company incident log: army engineers destroy an IED found on a road",
     "Site incident log, Sadiola haul road, 14 October 2022: a buried explosive device found by our road crew was "
     "destroyed by army engineers at 11:30; the road reopened in the afternoon."),
    (DISRUPTED, "Saudi Arabia", "communique", "oil company statement: a drone shot down before reaching a plant",
     "Oil company statement, 25 March 2022: a drone aimed at our Jizan plant was shot down before it reached the "
     "site, and operations there are normal."),
    (DISRUPTED, "Israel", "liveblog", "diary with clock time: a missile intercepted over a city",
     "Diary, Eilat, 31 October 2023, 11.20 pm: the sirens went off and we watched the Arrow shoot down the missile "
     "from Yemen high over the gulf."),
    (DISRUPTED, "Nigeria", "translated", "translated Igbo press: police defuse a bomb planted at a church",
     "Police bomb experts defused an explosive device left at the gate of a church in Enugu on Sunday morning, "
     "an Igbo-language weekly reported."),
    (DISRUPTED, "Iraq", "communique", "football association statement: an explosive device defused near a stadium",
     "Football association statement, 5 January 2023: security forces found and defused an explosive device near "
     "the Basra stadium overnight, and tonight's Gulf Cup match will go ahead."),

    (BASE, "Burkina Faso", "ngo", "mining company incident log: the army sets up a forward base by the airstrip",
     "Site incident log, Houndé, 3 April 2023: the army set up a forward operating base next to our airstrip "
     "today, with about sixty soldiers and four armoured vehicles."),
    (BASE, "Niger", "passive", "encyclopedia lead: Russian instructors installed at an air base",
     "Russian military instructors were installed at Niamey's Air Base 101 in April 2024, alongside the American "
     "troops still stationed there."),
    (BASE, "Mali", "translated", "translated Tamasheq radio: JNIM fighters set up a camp near a town",
     "JNIM fighters have set up a camp in the dunes north of Ber, where they gather every evening, a "
     "Tamasheq-language community radio said."),
    (BASE, "Syria", "headline", "security alert bulletin: foreign troops establish a new outpost",
     "Security alert bulletin | Deir ez-Zor countryside | level amber: American troops have established a new "
     "outpost near al-Omar field; expect convoys on the Hasakah road."),
    (BASE, "DR Congo", "translated", "translated Luganda news: Ugandan troops set up a base in Congo",
     "Ugandan troops set up a base at Mukakati in Beni territory on Thursday after crossing the border to hunt "
     "ADF rebels, the Luganda news of a Kampala station reported."),

    (LOOTING, "Sudan", "communique", "fuel distributor statement: RSF fighters strip a depot",
     "Fuel distributor statement, 2 May 2023: Rapid Support Forces fighters have stripped our Khartoum depot of "
     "its tanker trucks and fuel stock this week."),
    (LOOTING, "Mozambique", "ngo", "mining company incident log: gunmen loot a clinic and burn excavators",
     "Site incident log, graphite project near Balama, 28 June 2022: gunmen looted the site clinic and burned two "
     "excavators overnight; no staff were hurt."),
    (LOOTING, "Sudan", "local", "diary entry: fighters take a car and empty a pharmacy",
     "Diary, Khartoum, 28 April 2023: fighters took my neighbour's car this morning and emptied the pharmacy "
     "downstairs of everything they could carry."),
    (LOOTING, "Nigeria", "two-acts", "translated Igbo press: an electoral office burned, then police shot",
     "Unknown gunmen set fire to the electoral commission's office in Orlu on Sunday night and then shot dead two "
     "policemen at a checkpoint nearby, an Igbo-language paper reported."),
    (LOOTING, "Kenya", "local", "bus company notice: buses set on fire at a depot",
     "Passenger notice from a matatu sacco, 10 July 2023: three of our buses parked at the Kisumu depot were set "
     "on fire overnight by unknown people, and trips west are reduced this week."),

    (TRANSFER, "Syria", "wire", "encyclopedia entry: rebels enter the capital unopposed",
     "Fall of Damascus (8 December 2024) — rebels entered Damascus without a fight after the army melted away and "
     "President Bashar al-Assad fled the country."),
    (TRANSFER, "Mali", "translated", "translated Tamasheq radio: rebels take over a camp the UN left",
     "CSP fighters moved into the camp at Kidal that the UN mission had left the day before, without firing a "
     "shot, a Tamasheq-language radio said on Wednesday."),
    (TRANSFER, "Somalia", "headline", "security alert bulletin: al-Shabaab enters a town after troops withdraw",
     "Security alert bulletin | Bakool | level red: al-Shabaab entered Yeed without resistance after Ethiopian "
     "troops withdrew from the town overnight."),
    (TRANSFER, "Azerbaijan", "translated", "translated Armenian radio: a district handed to Azerbaijan",
     "Armenian forces handed the Kalbajar district to Azerbaijan on Wednesday under the ceasefire deal, and many "
     "families burned their houses before leaving, the Armenian public radio said."),
    (TRANSFER, "Sudan", "communique", "oil field operator statement: the army withdraws and the RSF enters without a fight",
     "Field operator statement, 8 December 2025: the army withdrew from the Heglig field overnight and Rapid "
     "Support Forces fighters entered it without a fight; production is stopped."),

    (OTHER, "Burkina Faso", "wire", "encyclopedia entry: a captain overthrows the junta leader",
     "Burkina Faso coup (30 September 2022) — Captain Ibrahim Traoré and a group of officers removed Lieutenant "
     "Colonel Paul-Henri Damiba from power eight months after Damiba's own coup."),
    (OTHER, "DR Congo", "ngo", "mining company incident log: contractors find a mass grave",
     "Site incident log, Djugu access road, 7 March 2023: contractors clearing ground for the road found a mass "
     "grave holding about forty bodies; work is stopped and the authorities are informed."),
    (OTHER, "Guinea", "headline", "security alert bulletin: soldiers seize power in the capital",
     "Security alert bulletin | Conakry | level red: special forces soldiers say they have seized power and "
     "detained the president; borders are closed until further notice."),
    (OTHER, "Madagascar", "translated", "translated Malagasy radio: an army unit announces it has taken power",
     "Officers of the CAPSAT army unit announced on Tuesday that they had taken power, a day after parliament "
     "impeached the president, a Malagasy-language radio in Antananarivo said."),
    (OTHER, "Sudan", "passive", "encyclopedia lead: a mass grave found near a city",
     "A mass grave holding at least 87 bodies was found outside El Geneina in July 2023, many of them Masalit "
     "people killed weeks before."),
]
