"""Non-event rows of news-check-snippets3 (no ACLED event, in the same vocabulary): (None, country, style, reason,
text). Written for eventwire."""

ROWS = [
    (None, "Ukraine", "headline", "an anniversary with war figures",
     "Three years of full-scale war: Kyiv marks the anniversary with a minute of silence. Officials laid flowers "
     "at the wall of memory as air raid sirens sounded across the country."),
    (None, "Nigeria", "headline", "a tanker explosion, an accident",
     "Fuel tanker explosion kills 98 in Niger state. The truck overturned near Dikko junction and blew up as "
     "residents scooped petrol from it, emergency officials said."),
    (None, "Chad", "ngo", "a humanitarian appeal with refugee figures",
     "Chad is now sheltering more than 1.2 million refugees who fled the fighting in Darfur, the UN refugee agency "
     "said on Thursday as it appealed for funds before the rainy season."),
    (None, "Israel", "headline", "a military trial verdict",
     "Reservist jailed over detainee abuse. "
     "A military court sentenced a reservist to seven months in prison on Monday for abusing Palestinian "
     "detainees at a detention camp last year, the army said."),
    (None, "Somalia", "headline", "a warning of attacks",
     "Embassy warns of possible attacks in Mogadishu over the holidays. The advisory urged staff to avoid hotels "
     "and crowded beaches until further notice."),
    (None, "Papua New Guinea", "count", "a landslide disaster",
     "More than 600 people are feared buried after a hillside collapsed onto Yambali village in Enga province before"
     " dawn on Friday, the UN migration agency said."),
    (None, "Pakistan", "headline", "a funeral of soldiers killed earlier",
     "Funeral prayers held for martyred soldiers in Rawalpindi. The army chief attended the ceremony for troops "
     "who died in last week's operation in Khyber."),
    (None, "India", "headline", "a cricket report in war words",
     "Bumrah's bombardment blasts Australia out for 104. India's pace attack tore through the top order in Perth "
     "to seize control of the first Test."),
    (None, "Russia", "communique", "military drills",
     "The Ministry of Defence reported that units of the Southern Military District carried out live-fire "
     "exercises with artillery and drones at a range in Rostov region."),
    (None, "Mali", "attribution", "a statement promising an offensive",
     "The junta's spokesman said on state television that the army would launch a major operation to free the "
     "Timbuktu region from terrorist blockades in the coming weeks."),
    (None, "Myanmar", "headline", "an earthquake disaster",
     "Death toll from Myanmar quake passes 1,000. "
     "Rescuers pulled bodies from collapsed buildings in Mandalay on Saturday after a magnitude 7.7 earthquake "
     "killed more than 1,000 people across central Myanmar."),
    (None, "Colombia", "headline", "sanctions and politics, no violence",
     "Washington decertifies Colombia in drug fight. The decision, announced on Monday, could cut some aid "
     "unless Bogota shows progress against coca cultivation."),
    (None, "Iraq", "passive", "a report on the past",
     "Over 3,000 Yazidi women remain missing ten years after the Islamic State attack on Sinjar, a report released "
     "on Saturday by a Yazidi rights group said."),
    (None, "Mexico", "translated", "an election result",
     "The electoral institute confirmed on Monday the victory of the ruling party's candidate in the municipal "
     "elections of Culiacan, where voting took place calmly."),
    (None, "Lebanon", "liveblog", "diplomatic talks planned",
     "11:20 — The US envoy lands in Beirut for talks on disarming Hezbollah; he will meet the president and the "
     "speaker of parliament this afternoon."),
    (None, "South Sudan", "local", "a flood disaster",
     "BOR — Floods have submerged more than 40 villages in Jonglei state, forcing thousands to shelter on "
     "roadsides with their cattle, county officials said on Wednesday."),
    (None, "Kenya", "headline", "a film review in war words",
     "Review: a gripping siege thriller that explodes on screen. The Nairobi-made film follows a hostage crisis "
     "in a shopping mall and never lets the tension drop."),
    (None, "Ukraine", "two-acts", "an aid delivery and a reopened bridge, no violence",
     "Aid convoys reached Kherson on Monday with food and medicine, officials said. On Wednesday the city's "
     "repaired bridge reopened to traffic."),
    (None, "Burkina Faso", "ngo", "an annual trend report",
     "A conflict monitor said in its yearly overview that the number of schools closed by insecurity in the Sahel "
     "had fallen slightly, though millions of children remain out of class."),
    (None, "Palestine", "headline", "a hospital fuel shortage warning",
     "Gaza hospitals warn generators will stop within 48 hours. Doctors said fuel for incubators and dialysis "
     "machines was running out as crossings stayed shut."),
]
