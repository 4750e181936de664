"""Non-event rows of news-check-snippets7 (no ACLED event, in the same vocabulary): (None, country, style, reason,
text). Written for eventwire."""

ROWS = [
    (None, "Afghanistan", "headline", "an earthquake",
     "Herat quake destroys villages. A magnitude 6.3 earthquake flattened mud houses in the west of the country on "
     "Saturday, and rescuers said the dead numbered in the hundreds."),
    (None, "Nigeria", "headline", "a flood after a dam overflows",
     "Maiduguri under water. A dam south of the city overflowed after heavy rain on Tuesday, flooding the zoo and "
     "the main hospital and forcing thousands from their homes."),
    (None, "Mozambique", "headline", "a cyclone",
     "Cyclone Chido batters Cabo Delgado. Strong winds tore roofs off houses in Pemba and Mecufi on Sunday, "
     "killing at least 34 people, the disaster agency said."),
    (None, "Kenya", "headline", "a school fire",
     "Fire kills pupils at Nyeri boarding school. Seventeen boys died when a dormitory caught fire during the "
     "night, and police are investigating the cause."),
    (None, "India", "headline", "a train collision",
     "Trains collide in Odisha. A passenger express derailed and hit a goods train near Balasore on Friday "
     "evening, killing more than 280 people."),
    (None, "Ethiopia", "headline", "a landslide",
     "Landslide buries villagers in Gofa. Mud swept over people who had gathered to help after an earlier slide "
     "in the southern zone, and the toll passed 250 on Wednesday."),
    (None, "Yemen", "headline", "a stampede at a charity handout",
     "Stampede at Sanaa handout kills 78. People crushed each other at a school where traders were distributing "
     "cash before the end of Ramadan, the health authorities said."),
    (None, "Sudan", "headline", "cholera and hunger",
     "Cholera spreads in Khartoum camps. Health officials recorded more than 500 new cases in a week as the rainy "
     "season began, and aid groups warned of famine."),
    (None, "Senegal", "headline", "an election result",
     "Ruling party wins Senegal's legislative vote. Pastef took 130 of the 165 seats in parliament, provisional "
     "results published on Thursday showed."),
    (None, "Burkina Faso", "headline", "a junta extends its rule",
     "Traore to rule five more years. A national conference adopted a charter on Saturday extending the "
     "transition, and the captain may run in the next election."),
    (None, "Democratic Republic of Congo", "headline", "a court sentences a former president in absentia",
     "Kabila sentenced to death in absentia. A military court in Kinshasa convicted the former president of "
     "treason and war crimes on Tuesday; he lives abroad."),
    (None, "Libya", "headline", "a conference on elections postponed",
     "Libya vote talks put off again. The UN envoy said on Monday that a meeting of the rival governments on an "
     "election calendar had been postponed to next month."),
    (None, "Iraq", "headline", "a budget passed",
     "Parliament passes three-year budget. Iraq's lawmakers approved a record spending plan on Monday after "
     "months of disputes between Baghdad and Erbil over oil revenue."),
    (None, "Haiti", "headline", "deportations from a neighbouring country",
     "Thousands deported from Dominican Republic. Migration officials returned more than 10,000 Haitians across "
     "the border in a week, a United Nations agency said on Friday."),
    (None, "Ukraine", "headline", "prisoner exchange",
     "Kyiv and Moscow swap prisoners. Ukraine and Russia exchanged 95 prisoners of war each on Saturday with the "
     "help of the United Arab Emirates, officials said."),
    (None, "Cameroon", "headline", "a president re-elected",
     "Biya declared winner at 92. The constitutional council said on Monday that the president had won another "
     "term with 53 percent of the vote."),
    (None, "Somalia", "wire", "a drought report",
     "More than four million Somalis face severe hunger after failed rains in the south, the United Nations said "
     "on Tuesday, calling for more money for food aid."),
    (None, "Pakistan", "local", "a bus plunges into a ravine",
     "A passenger bus carrying wedding guests plunged into a ravine on the Karakoram highway in Gilgit-Baltistan "
     "on Sunday, killing 26 people, rescue officials said."),
    (None, "Colombia", "communique", "a defence plan presented",
     "The Ministry of Defence presented the new security and defence policy, which foresees the strengthening of "
     "intelligence and the protection of social leaders across the national territory."),
    (None, "Mali", "translated", "a minister's speech on sovereignty",
     "The minister of foreign affairs affirmed before the national transition council that Mali will no longer "
     "accept any lesson from partners and that the sovereignty of the state is not negotiable."),
    (None, "Myanmar", "ngo", "a report on displacement",
     "More than three million people have been driven from their homes in Myanmar since the coup, the UN "
     "refugee agency said in a report published on Thursday."),
    (None, "Lebanon", "passive", "a ship of aid unloaded",
     "A ship carrying flour and medicines was unloaded at the port of Beirut on Wednesday, the first of several "
     "deliveries promised by donors, the economy ministry said."),
    (None, "Venezuela", "attribution", "sanctions extended",
     "The European Union has extended its sanctions on Venezuelan officials for another year, citing the "
     "disputed election, diplomats said on Monday."),
    (None, "Chad", "count", "refugees arriving in camps",
     "About 600,000 refugees from Sudan have crossed into eastern Chad since the war began, and 20,000 arrived "
     "in the past month alone, aid agencies said."),
    (None, "Kenya", "liveblog", "a memorial service for victims of an old attack",
     "11:05 - Families of the victims of the 2013 Westgate mall attack lay wreaths in Nairobi at a memorial "
     "service marking ten years; speeches by the interior minister expected shortly."),
]
