"""Non-event rows of news-check-snippets10: (None, country, style, reason, text). Each reads like an event and is
not one. Written for eventwire."""

ROWS = [
    (None, "Nigeria", "headline", "a film's plot, not an event",
     "Gunfire, kidnappings and a jungle siege: Nollywood thriller tops Lagos box office. The action film about a "
     "kidnapped oil executive took the biggest opening weekend of the year, cinema chains said."),
    (None, "Cote d'Ivoire", "headline", "football metaphors",
     "Bafana Bafana bombard Tunisian defence but fire blanks. South Africa took 19 shots without scoring in a "
     "goalless draw in Korhogo on Wednesday and still went through to the last sixteen."),
    (None, "Nigeria", "headline", "anniversary of an old abduction; the 2014 event is background",
     "Ten years after Chibok, 91 girls still missing. Parents gathered in the town on Sunday to pray for the "
     "daughters taken from their school dormitory in 2014."),
    (None, "Sudan", "wire", "an ICC trial opens; the crimes are two decades old",
     "The trial of a former Janjaweed leader accused of ordering killings and rapes in Darfur in 2003 and 2004 opened "
     "at the International Criminal Court in The Hague on Tuesday."),
    (None, "Yemen", "headline", "a threat in a speech",
     "Houthi chief vows to hit any ship bound for Israeli ports. The group's leader said in a televised address on "
     "Thursday that vessels of every flag heading to Israel would be treated as targets."),
    (None, "Nigeria", "wire", "a tanker accident and fire",
     "ABUJA, Jan 18 - At least 98 people died when a petrol tanker that had overturned at Dikko junction in Niger "
     "state blew up as crowds scooped fuel from it on Saturday."),
    (None, "Iran", "translated", "a gas explosion in a coal mine, an accident",
     "A methane explosion in two blocks of the Madanjoo coal mine in Tabas claimed the lives of 51 workers, the "
     "governor of South Khorasan announced."),
    (None, "Sudan", "ngo", "an annual toll in a report",
     "Aid workers suffered more deaths last year than in any year on record, with Sudan among the most dangerous "
     "places to deliver help, the UN humanitarian office said in its annual review."),
    (None, "Morocco", "headline", "a military exercise",
     "Paratroopers 'storm' Tan-Tan beach as African Lion drills end. Moroccan and American units staged an amphibious "
     "landing and live-fire exercise in the south of the kingdom on Friday."),
    (None, "Bangladesh", "passive", "a fire and chemical blast at a depot, an accident",
     "Forty-one people were killed when a fire spread to containers of hydrogen peroxide at a private depot in "
     "Sitakunda and set off a series of explosions, fire officials said."),
    (None, "Algeria", "communique", "a ministry's statement of readiness",
     "The Ministry of National Defence affirms that the units of the People's National Army remain ready to repel "
     "any attempt to violate the inviolability of the national territory."),
    (None, "Ghana", "headline", "an election result",
     "Mahama sweeps back to power. Ghana's former president won Saturday's election in the first round, the electoral "
     "commission declared, and his rival conceded defeat."),
    (None, "DR Congo", "count", "disease deaths counted",
     "More than 570 deaths from suspected mpox have been recorded in the Democratic Republic of Congo since January, "
     "the health minister told reporters."),
    (None, "Malawi", "headline", "a political metaphor: an ambush in parliament",
     "Opposition ambush sinks Malawi budget vote. Lawmakers walked out of the chamber in Lilongwe on Tuesday, "
     "leaving the house without a quorum for the finance bill."),
    (None, "Rwanda", "translated", "a genocide commemoration",
     "President Kagame lit the flame of remembrance at the Kigali memorial this Sunday, opening the hundred days of "
     "commemoration of the genocide against the Tutsi."),
    (None, "Burkina Faso", "wire", "an aid announcement",
     "The European Union announced 200 million euros in humanitarian aid for the central Sahel on Monday, citing "
     "millions of people displaced by violence in Burkina Faso, Mali and Niger."),
    (None, "Somalia", "local", "a passing-out parade",
     "More than 3,000 soldiers trained in Eritrea passed out at a ceremony in Mogadishu on Tuesday, the defence "
     "minister said, ready for deployment against al-Shabaab."),
    (None, "Israel", "headline", "aggregator headline: a viral clip is debunked",
     "VIRAL: clip of 'Hamas tunnel blast' is a 2014 quarry demolition, fact-checkers say. The video, shared "
     "millions of times since Monday, shows a controlled explosion in Turkey."),
    (None, "Kenya", "wire", "a helicopter crash",
     "NAIROBI, April 18 - President William Ruto announced that the chief of the defence forces, General Francis "
     "Ogolla, had died with nine other officers when their helicopter crashed soon after take-off in Elgeyo "
     "Marakwet."),
    (None, "Russia", "headline", "charges against people already held; a court step",
     "Four charged over Crocus concert hall massacre. A Moscow court on Sunday ordered the suspects held for two "
     "months pending trial on terrorism charges."),
    (None, "Georgia", "local", "bomb threats found to be false",
     "Hundreds of pupils were sent home from three Tbilisi schools on Wednesday after emailed bomb threats that "
     "police later declared false."),
    (None, "Ukraine", "ngo", "a demining report",
     "Our deminers cleared more than 1,200 anti-tank and anti-personnel mines from farmland in the Kharkiv region "
     "this year, returning 900 hectares to farmers, the charity said."),
    (None, "Tunisia", "headline", "a prison sentence for a critic",
     "Tunisian commentator gets two years over radio remarks. A court in Tunis sentenced the lawyer and broadcaster "
     "on Wednesday under a decree on false news, her defence team said."),
    (None, "Saudi Arabia", "headline", "heat deaths among pilgrims",
     "Hajj heat toll passes 1,000. Temperatures above 50C killed more than a thousand pilgrims during the "
     "rites near Mecca, officials from several countries said."),
    (None, "Haiti", "headline", "a transitional council sworn in",
     "Haiti's transition council takes oath as gangs watch. The nine-member presidential council was sworn in at the "
     "National Palace in Port-au-Prince on Thursday, ending Ariel Henry's tenure."),
]
