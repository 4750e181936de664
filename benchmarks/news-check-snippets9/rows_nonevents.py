"""Non-event rows of news-check-snippets9 (no ACLED event, in the same vocabulary): (None, country, style, reason,
text). Written for eventwire."""

ROWS = [
    (None, "Turkey", "headline", "an earthquake",
     "Quake levels towns in the south-east. A magnitude-7.8 earthquake struck near Gaziantep before dawn on Monday, "
     "collapsing thousands of buildings."),
    (None, "Libya", "headline", "a flood toll revised",
     "Derna toll revised down. Officials now put the dead from the flood at about 4,000, well below early "
     "estimates, the health ministry said on Tuesday."),
    (None, "Nigeria", "headline", "a boat capsizes",
     "Boat capsizes on Niger river. More than 100 wedding guests drowned when their overloaded boat sank in Kwara "
     "state on Monday, police said."),
    (None, "Egypt", "headline", "a train crash",
     "Trains collide in Sohag. Two passenger trains crashed in southern Egypt on Friday, killing 19 people, the "
     "health ministry said."),
    (None, "Lebanon", "headline", "an anniversary of a port blast",
     "Beirut marks port blast anniversary. Families of the victims held a vigil at the port on Sunday, still "
     "demanding the truth about the 2020 explosion."),
    (None, "Sudan", "headline", "displacement figures",
     "Sudan's displaced top 12 million. The UN migration agency said on Thursday that the war had uprooted more "
     "people than any other crisis in the world."),
    (None, "Somalia", "headline", "floods displace families",
     "Floods swamp Beledweyne. The Shabelle river burst its banks on Saturday, forcing tens of thousands of "
     "residents to leave their homes."),
    (None, "Ethiopia", "headline", "a landslide",
     "Landslide buries Gofa villagers. At least 229 people died when mud swept over rescuers and residents on "
     "Monday in southern Ethiopia."),
    (None, "Iraq", "headline", "a wedding hall fire",
     "Wedding hall fire kills scores in Qaraqosh. Fireworks set the ceiling alight during a celebration on Tuesday "
     "night, health officials said."),
    (None, "Syria", "headline", "an election result",
     "Assad wins fourth term. Syria's parliament speaker announced on Thursday that the president had won 95 "
     "percent in a vote the West dismissed."),
    (None, "Mali", "headline", "a vote is postponed",
     "Mali junta delays elections. The government said on Monday that the presidential vote set for February would "
     "be pushed back for technical reasons."),
    (None, "Yemen", "headline", "a cholera outbreak",
     "Cholera spreads in Yemen. Aid agencies recorded more than 10,000 suspected cases in a month, most of them in "
     "the north."),
    (None, "Mozambique", "headline", "a cyclone",
     "Cyclone Freddy hits Quelimane. The storm made landfall for a second time on Saturday, flattening homes and "
     "cutting power."),
    (None, "Morocco", "headline", "a court verdict",
     "Court jails Moroccan journalist. A Casablanca court sentenced a reporter to five years on Tuesday on charges "
     "he denies."),
    (None, "Kenya", "headline", "a budget",
     "Kenya trims spending plan. The treasury presented a budget on Thursday that cuts development spending to meet "
     "IMF targets."),
    (None, "Israel", "headline", "a UN vote",
     "General Assembly backs Gaza truce. Members voted by a large majority on Tuesday for a resolution demanding a "
     "ceasefire."),
    (None, "Ethiopia", "headline", "peace talks adjourned",
     "Addis talks adjourn without deal. Negotiators for the government and the Oromo Liberation Army ended a second "
     "round in Dar es Salaam on Tuesday, saying more time was needed."),
    (None, "Burkina Faso", "headline", "a transition extended",
     "Burkina junta extends its rule. A national conference on Saturday gave the military leader five more years in "
     "power."),
    (None, "DR Congo", "ngo", "an aid agency's update",
     "The aid agency said on Friday that more than 700,000 people had fled their homes in North Kivu since January "
     "and that camps were full."),
    (None, "Niger", "wire", "a sanctions decision",
     "West African leaders lifted border closures and financial sanctions on Niger on Saturday, citing the "
     "hardship they had caused."),
    (None, "Gaza", "count", "a famine assessment",
     "More than half a million people in Gaza face catastrophic hunger, a UN-backed assessment said on Friday, "
     "declaring famine in Gaza City."),
    (None, "Cameroon", "local", "a school reopening",
     "Pupils returned to classrooms in Kumbo on Monday for the first time in three years, parents and teachers said."),
    (None, "Iran", "attribution", "a minister's speech",
     "The foreign minister says Iran is ready to resume nuclear talks if sanctions are eased, in a speech in Tehran "
     "on Sunday."),
    (None, "Sudan", "translated", "a mediator's statement",
     "The Quartet mediators expressed deep concern for the humanitarian situation and called on the parties to "
     "return to the negotiating table without preconditions."),
    (None, "Algeria", "passive", "wildfires",
     "Dozens of people were killed by forest fires that spread through Bejaia and Bouira provinces on Monday, "
     "officials said."),
]
