"""Non-event rows of news-check-snippets8 (no ACLED event, in the same vocabulary): (None, country, style, reason,
text). Written for eventwire."""

ROWS = [
    (None, "Morocco", "headline", "an earthquake",
     "Atlas quake flattens mountain villages. A powerful earthquake struck south of Marrakech late on Friday, "
     "collapsing mud-brick homes and killing more than 2,000 people."),
    (None, "Libya", "headline", "floods after dams burst",
     "Dams burst over Derna. Two dams above the eastern city gave way during a storm on Sunday night, sweeping whole "
     "districts into the sea and killing thousands."),
    (None, "Pakistan", "headline", "monsoon floods",
     "Monsoon floods submerge Sindh districts. Weeks of rain have left a third of the country under water and killed "
     "more than 1,100 people, officials said on Monday."),
    (None, "India", "headline", "a train collision",
     "Rail disaster near Balasore. Carriages of an express came off the line and ploughed into a stationary freight "
     "wagon line in eastern India on a Friday evening, leaving almost 300 dead."),
    (None, "Nigeria", "headline", "a tanker explosion after a crash",
     "Tanker blast kills scores in Niger state. A fuel truck overturned on a highway and exploded as people gathered "
     "to scoop petrol on Saturday, emergency officials said."),
    (None, "Indonesia", "headline", "a stampede at a stadium",
     "Stadium crush in Malang. More than 130 football fans died in a crush at the exits after a match on Saturday "
     "night, the police chief said."),
    (None, "Yemen", "headline", "a stampede at a charity distribution",
     "Stampede at Sanaa aid handout. At least 78 people died in a crush as hundreds of people gathered at a school to "
     "receive cash gifts during Ramadan, officials said."),
    (None, "DR Congo", "headline", "an outbreak of mpox",
     "Mpox cases climb in South Kivu. Health officials reported more than 600 new suspected cases in the province "
     "this week, mostly in camps for the displaced."),
    (None, "Somalia", "headline", "a drought warning",
     "Drought pushes Somalis towards famine. The UN warned on Tuesday that a fifth failed rainy season had left "
     "millions without food and water."),
    (None, "Chad", "headline", "refugees arrive from Sudan",
     "Sudanese refugees pour into eastern Chad. More than 600,000 people have crossed the border near Adre since the "
     "war began, the refugee agency said on Friday."),
    (None, "Sudan", "headline", "a displacement figure",
     "Sudan's displaced pass 11 million. The number of people forced from their homes by the war has reached a "
     "record, the migration agency said in a new report."),
    (None, "Senegal", "headline", "a presidential election result",
     "Faye wins Senegal presidency. The opposition candidate won 54 percent of the vote in the first round, "
     "provisional results showed on Wednesday."),
    (None, "Mali", "headline", "the junta delays elections",
     "Mali's junta postpones vote. The transitional authorities said on Monday that the presidential election "
     "planned for February would be delayed for technical reasons."),
    (None, "Iraq", "headline", "a court sentence",
     "Iraqi court sentences IS official to death. A Baghdad court condemned a senior Islamic State administrator on "
     "Sunday for his role in the 2014 killings of Yazidis."),
    (None, "Ethiopia", "headline", "talks postponed",
     "Peace talks with Oromo rebels adjourned. Negotiators in Dar es Salaam ended their second round on Tuesday "
     "without a deal and set no date to meet again."),
    (None, "Ukraine", "headline", "a prisoner exchange",
     "Kyiv and Moscow swap 390 prisoners each. Soldiers and civilians crossed the Belarusian border on Friday in the "
     "largest exchange of the war, both sides said."),
    (None, "Kenya", "headline", "a budget",
     "Kenya's treasury unveils budget. The finance minister presented spending plans to parliament on Thursday, "
     "raising allocations for security and health."),
    (None, "Philippines", "headline", "a typhoon",
     "Typhoon lashes Luzon. Storm winds and floods killed at least 20 people and forced 300,000 from their homes in "
     "the north of the country on Friday, disaster officials said."),
    (None, "Afghanistan", "headline", "deportations from a neighbour",
     "Afghans deported from Iran in thousands. Returnees crowded the Islam Qala border crossing on Tuesday as Tehran "
     "stepped up expulsions, aid workers said."),
    (None, "Lebanon", "headline", "a port blast anniversary",
     "Beirut marks port blast anniversary. Families of the victims gathered at the silos on Monday to demand that the "
     "investigation into the 2020 explosion be completed."),
    (None, "Haiti", "headline", "a mission's mandate extended",
     "Security Council extends Haiti mission. The council voted on Monday to renew the mandate of the multinational "
     "force for another year."),
    (None, "Colombia", "wire", "a minister's speech on a peace policy",
     "Colombia's defence minister told lawmakers on Wednesday that the government would keep talking to armed "
     "groups while strengthening military operations in the south."),
    (None, "Burkina Faso", "ngo", "an aid agency's update on blockaded towns",
     "More than a million people live in towns under blockade in the north and east, where food prices have tripled "
     "over the year, an aid agency said in its monthly update."),
    (None, "Myanmar", "count", "a tally of the displaced after an earthquake",
     "More than 3,600 people died and 200,000 were left homeless by the Mandalay earthquake, the military government "
     "said in its latest count."),
    (None, "Mexico", "passive", "a fire at a migrant centre",
     "Thirty-nine migrants were killed when a fire broke out at a detention centre in Ciudad Juarez on Monday night, "
     "the migration institute said."),
]
