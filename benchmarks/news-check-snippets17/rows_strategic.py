"""Strategic developments rows of news-check-snippets17: (sub-event type, country, style, reason, text). Written for
eventwire."""

AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
BASE = "Headquarters or base established"
LOOTING = "Looting/property destruction"
TRANSFER = "Non-violent transfer of territory"
OTHER = "Other"

ROWS = [
    (AGREEMENT, "Ethiopia", "local", "diaspora newsletter: the government and the TPLF sign a deal to stop fighting",
     "Tigrayan community newsletter, Washington, November 2022: the federal government and the TPLF signed a deal "
     "in Pretoria on 2 November to stop the fighting, and members are asked to send word of relatives."),
    (AGREEMENT, "Yemen", "wire", "food security outlook: the warring parties agree a two-month truce",
     "Food security outlook update, Yemen, April 2022: flour prices eased after the warring parties agreed a "
     "two-month truce from 2 April that lets fuel ships into Hodeidah."),
    (AGREEMENT, "DR Congo", "passive", "journal abstract: a peace agreement signed by DR Congo and Rwanda",
     "Abstract: the peace agreement signed by DR Congo and Rwanda in Washington on 27 June 2025 is read here against "
     "the failed Luanda and Nairobi processes."),
    (AGREEMENT, "Sudan", "translated", "translated Fur radio: the government and rebels sign a peace deal",
     "The transitional government and the rebel groups of the Sudan Revolutionary Front signed a peace deal in Juba "
     "on Saturday, a Fur-language radio service reported."),
    (AGREEMENT, "Libya", "headline", "telecom network status: the two sides agree a permanent ceasefire",
     "Network status | Sirte | maintenance convoys to resume: the military commissions of both Libyan sides agreed "
     "in Geneva on 23 October 2020 to a permanent ceasefire, and our crews can cross the line again."),

    (ARRESTS, "Uganda", "translated", "translated Acholi radio: police arrest opposition supporters at a meeting",
     "Police arrested 17 opposition supporters at a meeting in Gulu on Saturday and took them to the central police "
     "station, an Acholi-language radio reported."),
    (ARRESTS, "Zimbabwe", "translated", "translated Shona paper: police arrest a journalist at home",
     "Police arrested the journalist Hopewell Chin'ono at his Harare home on Monday, a Shona-language paper "
     "reported."),
    (ARRESTS, "Tunisia", "local", "diaspora newsletter: police arrest an opposition figure at home",
     "Tunisian diaspora newsletter, Lyon, February 2023: police arrested the opposition figure Jawhar Ben Mbarek at "
     "his home in Tunis on 24 February, the latest in a string of arrests."),
    (ARRESTS, "Algeria", "translated", "translated Kabyle radio: gendarmes arrest Hirak activists",
     "Gendarmes arrested five Hirak activists at a café in Tizi Ouzou on Tuesday, a Kabyle-language radio reported."),
    (ARRESTS, "DR Congo", "attribution", "oral history archive: intelligence agents arrest a lawyer",
     "Oral history archive, interview 402, recorded 2024: the narrator, a Congolese lawyer, says intelligence agents "
     "arrested him at his Kinshasa office in May 2023 and held him for forty days."),

    (CHANGE, "Iraq", "passive", "journal abstract: a militia suspends its attacks on US forces",
     "Abstract: attacks on US forces were suspended by Kataib Hezbollah on 30 January 2024, in a statement that "
     "surprised its allies; we ask what the pause meant for the other factions."),
    (CHANGE, "Nigeria", "local", "grain market report: a state government imposes a curfew",
     "Grain market report, Kaduna, October 2018: the state government imposed a 24-hour curfew on Kaduna town on "
     "Sunday, and the central grain market will stay shut until it is lifted."),
    (CHANGE, "Somalia", "ngo", "epidemiological week report: al-Shabaab bans a vaccination campaign",
     "Epi week 30 report, Bakool, 2019: al-Shabaab has banned the polio vaccination round in the districts it "
     "controls, so coverage there will be nil."),
    (CHANGE, "Mali", "local", "diaspora newsletter: Wagner announces it is leaving the country",
     "Malian diaspora newsletter, Montreuil, June 2025: Wagner announced this month that it is leaving Mali, and the "
     "Russian state's Africa Corps says it will stay in its place."),
    (CHANGE, "Philippines", "translated", "translated Cebuano radio: a faction breaks away from its parent group",
     "A faction of the Bangsamoro Islamic Freedom Fighters announced on Sunday that it was breaking away from its "
     "parent group to form its own command, a Cebuano-language station reported."),

    (DISRUPTED, "Iraq", "headline", "telecom network status: air defences shoot down drones",
     "Network status | Erbil | airport site normal: air defences shot down two explosive drones heading for the "
     "airport on 11 June 2024, and no equipment was hit."),
    (DISRUPTED, "Nigeria", "local", "livestock market report: soldiers defuse a device in the pens",
     "Livestock market report, Maiduguri, 2022: trading paused for two hours on Wednesday while soldiers defused an "
     "explosive device left under a bench in the cattle pens; no one was hurt."),
    (DISRUPTED, "Mozambique", "translated", "translated Emakhuwa radio: soldiers find and destroy landmines",
     "Soldiers found and destroyed two landmines buried on the road into Mueda on Thursday before any vehicle passed, "
     "an Emakhuwa-language radio said."),
    (DISRUPTED, "Israel", "liveblog", "travel blog with a time: interceptors shoot down drones and missiles",
     "Travel blog, Tel Aviv, 14 April 2024, 01:20: sirens, then booms overhead, interceptors are shooting down the "
     "Iranian drones and missiles, and the hostel has sent us all to the shelter."),
    (DISRUPTED, "Pakistan", "translated", "translated Sindhi paper: police seize a suicide vest and foil an attack",
     "Counter-terrorism police seized a suicide vest and two hand grenades from a house in Hyderabad on Sunday and "
     "said a planned attack had been foiled, a Sindhi-language paper reported."),

    (BASE, "Somalia", "ngo", "epidemiological week report: the army sets up a forward base",
     "Epi week 11 report, Galmudug, 2023: the army has set up a forward operating base at Galcad, and our mobile "
     "team can now reach the villages round it."),
    (BASE, "Mozambique", "local", "diaspora newsletter: Rwandan troops set up a new base",
     "Cabo Delgado diaspora newsletter, Lisbon, 2024: Rwandan troops have set up a new base at Ancuabe, and families "
     "who fled the district are asking whether it is safe to go back."),
    (BASE, "Sudan", "passive", "journal abstract: a regional headquarters established by the RSF",
     "Abstract: a regional headquarters was established by the Rapid Support Forces in Nyala in 2024; we read its "
     "decrees as evidence of a parallel state."),
    (BASE, "Syria", "attribution", "oral history archive: the Turkish army sets up an observation post",
     "Oral history archive, interview 88, recorded 2021: the narrator, a farmer from Sarmin, says the Turkish army "
     "set up an observation post on his land in February 2020 and he never ploughed it again."),
    (BASE, "India", "translated", "translated Manipuri daily: a paramilitary force sets up a new camp",
     "The Assam Rifles set up a new camp in the buffer zone south of Moirang on Friday, a Manipuri-language daily "
     "reported."),

    (LOOTING, "Sudan", "wire", "food security outlook: RSF fighters loot grain stores",
     "Food security outlook update, Sennar, July 2024: the Sinja grain market is empty after RSF fighters looted its "
     "stores and warehouses on 1 July, and sorghum prices doubled."),
    (LOOTING, "Cameroon", "translated", "translated Cameroonian Pidgin radio: separatists burn a school",
     "Separatist fighters set fire to a government school in Bafut on Sunday night, after the pupils had gone home, "
     "a Pidgin-language station reported."),
    (LOOTING, "Ethiopia", "ngo", "epidemiological week report: fighters loot a hospital's equipment and drugs",
     "Epi week 47 report, Amhara, 2021: the Kombolcha hospital was stripped of its equipment and drugs by TPLF "
     "fighters before they left, and it can no longer report."),
    (LOOTING, "South Sudan", "two-acts", "translated Nuer radio, two acts: a market looted and burned, then traders "
                                         "shot; the first told act is coded",
     "Armed youths looted shops and burned the market in Waat on Sunday, then shot dead two traders who tried to "
     "stop them, a Nuer-language radio reported."),
    (LOOTING, "Somalia", "headline", "telecom network status: al-Shabaab destroys masts with no staff on site",
     "Network status | Gedo | 4 sites down: al-Shabaab fighters destroyed our masts at Bardhere and Garbaharey on "
     "the night of 2 March 2020; no staff were on site."),

    (TRANSFER, "Mali", "translated", "translated Songhai radio: French forces hand a base to the army and leave",
     "French forces handed their Ménaka base to the Malian army on Monday and left, a Songhai-language station in "
     "Gao reported."),
    (TRANSFER, "Syria", "local", "livestock market report: the SDF pulls out and rebels take over without a fight",
     "Livestock market report, Deir ez-Zor, December 2024: sheep trading picked up after the SDF pulled out of the "
     "city and rebel forces took it over without any fighting."),
    (TRANSFER, "Niger", "passive", "journal abstract: a base handed over by US forces to the army",
     "Abstract: Air Base 201 at Agadez was handed over by US forces to the Nigerien army on 5 August 2024; this "
     "article asks what the handover changed in the desert north."),
    (TRANSFER, "Azerbaijan", "local", "travel blog: a district handed back under a ceasefire",
     "Travel blog, Barda, 21 November 2020: yesterday Armenian forces handed Agdam district back to Azerbaijan under "
     "the ceasefire deal, and the road east is lined with flags."),
    (TRANSFER, "Côte d'Ivoire", "local", "diaspora newsletter: France hands a base to the army and leaves",
     "Ivorian community newsletter, Lyon, March 2025: France handed its Port-Bouët base to the Ivorian army in a "
     "ceremony on 20 February and its troops have gone."),

    (OTHER, "Niger", "local", "livestock market report: the presidential guard seizes power",
     "Livestock market report, Niamey, August 2023: exports to Nigeria stopped after the presidential guard seized "
     "power on 26 July and the borders were closed."),
    (OTHER, "Gabon", "translated", "translated Fang radio: officers announce they have taken power",
     "Army officers appeared on state television on Wednesday to announce they had taken power and annulled the "
     "election, a Fang-language radio in Oyem reported."),
    (OTHER, "Libya", "passive", "journal abstract: mass graves found after a militia withdraws",
     "Abstract: mass graves were found in Tarhuna in June 2020 after the Kaniyat militia withdrew; this article "
     "follows the families who came to identify the dead."),
    (OTHER, "Sudan", "wire", "food security outlook: the RSF besieges a town and lets no food in",
     "Food security outlook update, North Darfur, May 2024: the RSF is besieging El Fasher and letting no food or "
     "medicine into the town, and famine is likely within weeks."),
    (OTHER, "Mali", "headline", "telecom network status: a jihadist fuel blockade of the capital",
     "Network status | Bamako | generators rationed: JNIM's blockade of fuel tankers on the roads into Bamako, in "
     "force since September 2025, leaves our sites with two days of diesel."),
]
