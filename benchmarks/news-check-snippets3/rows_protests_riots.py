"""Protests and Riots rows of news-check-snippets3: (sub-event type, country, style, reason, text). Written for
eventwire."""

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (PEACEFUL, "Serbia", "headline", "a mass march without force",
     "Tens of thousands march through Novi Sad on the anniversary of the station roof collapse. Students led "
     "the silent procession, which passed without incident, police said."),
    (PEACEFUL, "Israel", "headline", "a rally demanding a hostage deal",
     "Families of hostages rally in Tel Aviv's Hostages Square. Thousands joined the Saturday evening gathering "
     "to urge the government to accept a ceasefire agreement."),
    (PEACEFUL, "Kenya", "headline", "a vigil and march with no police action",
     "Women march against femicide in Nairobi. "
     "Hundreds of women marched in Nairobi on Saturday to demand action on a wave of femicides, carrying "
     "placards and the names of victims, in a protest that ended peacefully at Parliament."),
    (PEACEFUL, "Bangladesh", "headline", "a sit-in by workers",
     "Garment workers block Dhaka-Mymensingh highway for hours. Workers from a closed factory in Gazipur sat on "
     "the road demanding three months of unpaid wages, then dispersed after talks with the owners."),
    (PEACEFUL, "Argentina", "headline", "pensioners' weekly rally",
     "Pensioners hold weekly protest outside Congress. Retirees gathered on Wednesday against cuts to their "
     "benefits and left after two hours, with police watching from a distance."),
    (PEACEFUL, "Georgia", "translated", "a nightly protest outside parliament",
     "For the 100th night in a row, citizens gathered in front of the parliament building on Rustaveli Avenue "
     "with flags of the European Union, and the rally ended without incident."),
    (PEACEFUL, "Nigeria", "count", "a union rally with no force",
     "Over 2,000 members of the Nigeria Labour Congress marched to the Lagos State House of Assembly on Tuesday "
     "to demand a new minimum wage, singing and waving union banners."),

    (INTERVENTION, "Turkey", "headline", "police break up a banned march with arrests",
     "Istanbul police detain dozens at banned Pride march. Officers sealed off Taksim and the streets around it "
     "and took participants into custody as they tried to gather on Sunday."),
    (INTERVENTION, "Pakistan", "headline", "police disperse a protest with tear gas",
     "Tear gas and detentions at Karachi march. "
     "Police fired tear gas and detained several activists in Karachi on Sunday as they tried to march to the "
     "press club against enforced disappearances in Balochistan."),
    (INTERVENTION, "Georgia", "headline", "riot police disperse demonstrators with water cannon",
     "Riot police use water cannon on pro-EU crowd in Tbilisi. Demonstrators who blocked the avenue in front of "
     "parliament were pushed back and several were detained overnight."),
    (INTERVENTION, "Kenya", "local", "police disperse protesters with tear gas",
     "NAKURU — Police lobbed tear gas canisters to scatter traders protesting against new market levies outside "
     "the county offices on Monday, arresting seven."),
    (INTERVENTION, "France", "passive", "demonstrators detained and dispersed",
     "Around 40 protesters were detained and the rest dispersed by gendarmes after they blocked access to an "
     "airport in Paris to oppose private jets, the interior ministry said."),
    (INTERVENTION, "Indonesia", "headline", "students dispersed near parliament",
     "Police disperse students protesting military law outside Jakarta parliament. Officers used water cannon and "
     "pushed the crowd back from the gates late on Thursday."),

    (EXCESSIVE, "Kenya", "headline", "police shoot unarmed marchers dead",
     "Police fire live rounds at finance bill marchers in Nairobi. Several unarmed demonstrators who were singing "
     "and waving placards in the city centre were shot dead on Tuesday, rights groups said."),
    (EXCESSIVE, "Madagascar", "ngo", "security forces kill demonstrators",
     "The UN human rights chief said security forces in Antananarivo fired on crowds protesting water and power "
     "cuts, leaving at least 22 people dead and many more hurt."),
    (EXCESSIVE, "Eswatini", "count", "police fire on protesters",
     "At least 20 pro-democracy protesters were shot dead by police and soldiers in Manzini and Mbabane in two days "
     "of marches, opposition groups said on Friday."),
    (EXCESSIVE, "Iran", "attribution", "forces fire on mourners protesting",
     "Rights group Hengaw said security forces fired into a crowd of mourners chanting against the authorities in "
     "Zahedan after Friday prayers, seriously wounding at least nine people."),
    (EXCESSIVE, "Peru", "headline", "security forces kill protesters in the south",
     "Seventeen killed as police fire on protesters at Juliaca airport. Demonstrators calling for the president's "
     "resignation tried to reach the runway on Monday, health officials said."),

    (VIOLENT, "France", "headline", "rioters torch vehicles and attack buildings after a shooting",
     "Nanterre erupts for a third night. Groups of youths set cars and a school annexe on fire and fired "
     "fireworks at police after a teenager was shot dead at a traffic stop."),
    (VIOLENT, "Pakistan", "headline", "supporters storm a military building",
     "Imran Khan supporters ransack corps commander's house in Lahore. Protesters angered by his arrest broke "
     "into the residence on Tuesday night and set parts of it alight."),
    (VIOLENT, "United Kingdom", "headline", "rioters attack homes and police",
     "Masked youths torch homes and hurl petrol bombs in Ballymena. Officers were injured on a second night of "
     "disorder in the County Antrim town, the police service said."),
    (VIOLENT, "Senegal", "translated", "demonstrators burn a bank and clash with police",
     "Young demonstrators set fire to a bank branch and threw stones at the forces of order in Ziguinchor on "
     "Thursday, after the conviction of the opposition leader."),
    (VIOLENT, "Kenya", "passive", "protesters set a government building on fire",
     "A section of Nairobi City Hall was set ablaze by demonstrators who broke away from a march against tax "
     "increases, officials said."),
    (VIOLENT, "Georgia", "headline", "protesters hurl fireworks and stones at police",
     "Masked protesters throw fireworks and stones at police in Tbilisi. Officers at the parliament gates were "
     "injured overnight as clashes spread to side streets, the interior ministry said."),

    (MOB, "India", "headline", "a mob lynches a man over an alleged cow slaughter",
     "Mob lynches man suspected of carrying beef in Haryana. Villagers stopped the van on a highway and beat the "
     "driver to death, police said on Friday."),
    (MOB, "Pakistan", "local", "a crowd attacks a man accused of blasphemy",
     "SARGODHA — An enraged crowd set fire to a shoe factory and beat its elderly Christian owner over an alleged "
     "blasphemy on Saturday, police said, before officers rescued him."),
    (MOB, "Haiti", "headline", "vigilantes burn suspected gang members",
     "Crowd burns suspected gang members in Port-au-Prince. "
     "Residents of Canape-Vert stoned and set fire to more than a dozen suspected gang members who were stopped "
     "at a police checkpoint in Port-au-Prince on Monday."),
    (MOB, "Nigeria", "passive", "a student killed by a mob over blasphemy claims",
     "A university student was beaten and burned to death by a crowd in Sokoto after classmates accused her of "
     "posting a blasphemous message, police said."),
    (MOB, "Bangladesh", "count", "a mob attack on an ex-minister's house",
     "About 300 people carrying sticks stormed the house of a former Awami League minister in Rajshahi on Sunday "
     "and beat two caretakers, officers said."),
]
