"""Non-event rows of news-check-snippets5 (no ACLED event, in the same vocabulary): (None, country, style, reason,
text). Written for eventwire."""

ROWS = [
    (None, "Turkey", "headline", "an earthquake disaster",
     "Powerful quake flattens buildings in southern Turkey. Rescue teams pulled survivors from the rubble of "
     "apartment blocks in Kahramanmaras on Monday as the death toll climbed into the thousands."),
    (None, "Pakistan", "headline", "monsoon floods",
     "Floods submerge a third of Pakistan. Monsoon rains have swept away roads and bridges in Sindh and "
     "Balochistan, and the government said on Sunday that more than 1,000 people had died."),
    (None, "Nigeria", "headline", "a building collapse",
     "Building collapse in Lagos traps workers. A seven-storey block under construction fell in on itself on "
     "Wednesday, and emergency teams were searching for people buried inside."),
    (None, "Democratic Republic of Congo", "headline", "a disease outbreak",
     "Mpox cases surge in South Kivu. Health officials said on Friday that clinics in the province had recorded "
     "hundreds of new infections in a month, many among children."),
    (None, "Kenya", "headline", "an election result",
     "Ruto declared winner of Kenya's presidential vote. The electoral commission chairman announced the result "
     "at the national tallying centre on Monday after a week of counting."),
    (None, "Mali", "headline", "a UN council decision",
     "Security Council ends Mali sanctions regime. The council failed on Wednesday to renew the measures, which "
     "will lapse at the end of the month, after Russia used its veto."),
    (None, "Ukraine", "headline", "a presidential visit",
     "Zelensky visits Washington to seek more aid. The Ukrainian president met lawmakers on Tuesday and asked "
     "them to approve a new package of military assistance."),
    (None, "Mexico", "headline", "an extradition",
     "Mexico sends 29 cartel figures to the United States. The prisoners were flown north on Thursday in a "
     "transfer the security cabinet described as unprecedented."),
    (None, "Haiti", "headline", "a foreign police contingent arrives",
     "Kenyan police contingent lands in Port-au-Prince. Several hundred officers stepped off a chartered plane "
     "on Tuesday, the first deployment of a UN-backed security mission."),
    (None, "India", "headline", "a court ruling",
     "Supreme Court strikes down electoral bonds scheme. The judges ruled on Thursday that the anonymous "
     "political funding system violated voters' right to information."),
    (None, "Somalia", "headline", "a drought warning",
     "Drought pushes Somalia to the edge of famine. Aid agencies warned on Monday that a fifth failed rainy "
     "season had killed livestock across the south and emptied village wells."),
    (None, "Saudi Arabia", "headline", "a boxing report in war words",
     "Usyk outlasts Fury in Riyadh battle. The Ukrainian landed a barrage of punches in the ninth round and "
     "survived a bombardment late in the fight to win on points on Saturday night."),
    (None, "Syria", "headline", "a book review in war words",
     "Review: a medic's memoir of the siege of Aleppo. The book recalls barrel bombs, tunnels and field "
     "hospitals, "
     "and the author's escape from the city in the last days of the fighting."),
    (None, "Haiti", "ngo", "a displacement report",
     "More than a million people have now been forced from their homes by gang violence in Haiti, the "
     "International Organization for Migration said in a report on Tuesday."),
    (None, "Ethiopia", "wire", "a budget vote",
     "Ethiopia's parliament approved on Tuesday a budget for the coming fiscal year that raises defence spending "
     "by a fifth, the state news agency reported."),
    (None, "Burkina Faso", "communique", "a recruitment announcement",
     "The general staff of the armies announces the recruitment of 5,000 volunteers for the defence of the "
     "homeland, whose registration will open on Monday in all regional capitals."),
    (None, "Senegal", "attribution", "an opposition boycott of a session",
     "Opposition deputies stayed away from Thursday's session of the national assembly in protest at the budget "
     "debate, their parliamentary group leader said."),
    (None, "Sudan", "passive", "a mine-shaft collapse",
     "Eleven gold miners were killed when a shaft collapsed at a traditional mine in River Nile state on "
     "Saturday, "
     "the state mining company said."),
    (None, "Kenya", "count", "a road crash",
     "Twenty-five people died when a bus collided with a lorry on the Nakuru-Eldoret highway on Friday night, "
     "the police traffic commander said."),
    (None, "Palestine", "liveblog", "a scheduled Security Council vote",
     "14:05 - The Security Council is due to vote this evening on a resolution calling for a ceasefire in Gaza; "
     "diplomats say a veto cannot be ruled out."),
    (None, "Mali", "translated", "the dismissal of a government",
     "According to a decree read on television on Wednesday, the president of the transition ended the functions "
     "of the prime minister and of the members of the government."),
    (None, "Nigeria", "local", "an accidental market fire",
     "Fire destroyed hundreds of shops at the Singer market in Kano on Sunday night, traders said, and "
     "firefighters "
     "blamed an electrical fault."),
    (None, "Bangladesh", "wire", "a lightning strike",
     "Lightning killed ten people working in paddy fields in two northern districts on Thursday, the disaster "
     "management ministry said."),
    (None, "Guatemala", "two-acts", "an acquittal and a press conference",
     "A court in Guatemala City acquitted four former officers of charges linked to the civil war on Monday, and "
     "their lawyers later held a press conference outside the building."),
    (None, "Bangladesh", "ngo", "a dengue outbreak",
     "Dengue has killed more than 1,000 people in Bangladesh this year, the worst outbreak on record, the health "
     "directorate said in its daily bulletin on Sunday."),
]
