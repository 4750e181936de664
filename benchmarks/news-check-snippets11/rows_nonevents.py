"""Non-event rows of news-check-snippets11: (None, country, style, reason, text). Each reads like an event and is
not one. Written for eventwire."""

ROWS = [
    (None, "Kenya", "headline", "a court ruling on a law, no act of violence",
     "Judges shoot down protest curbs. The High Court in Nairobi on Thursday struck out sections of the Public Order "
     "Act that let police bar demonstrations without notice, calling them unconstitutional."),
    (None, "Lebanon", "headline", "anniversary of an accidental blast, told through a judge's statement",
     "Five years on, Beirut port blast still unpunished. The judge leading the inquiry into the 2020 ammonium "
     "nitrate explosion said on Monday that he expected to issue his indictment within weeks."),
    (None, "Israel", "communique", "a civil-defence siren drill",
     "Home Front Command notice: a nationwide siren will sound at 11:05 on Tuesday as part of a scheduled drill; "
     "residents are asked to practise reaching their protected space, and no real threat exists."),
    (None, "Kenya", "attribution", "a threat in a militant video",
     "In a 40-minute video released on Sunday, an al-Shabaab commander warned that Kenyan towns near the border "
     "would be targeted unless Nairobi withdrew its soldiers from Somalia."),
    (None, "Morocco", "headline", "football metaphors",
     "Atlas Lions storm Algiers and leave it in ruins. Morocco crushed their neighbours 4-0 on Tuesday night, with "
     "the winger scoring twice before half-time to silence the home crowd."),
    (None, "Egypt", "headline", "a television drama's plot",
     "Car bomb, kidnapped diplomat, rooftop shootout: Ramadan's most-watched series. The spy drama about an "
     "intelligence officer hunting a cell in Cairo drew record audiences, the channel said."),
    (None, "DR Congo", "wire", "a boat accident on a lake",
     "GOMA, Oct 3 - An overloaded boat capsized near the port of Kituku on Lake Kivu on Thursday, drowning at least "
     "78 passengers heading home from Minova, the provincial governor said."),
    (None, "Mexico", "translated", "Spanish press: a year's homicide figures",
     "Intentional homicides fell by 5 percent in 2023 compared with the previous year, although Guanajuato once "
     "again led the country with more than 3,000 victims, according to the national security system."),
    (None, "Kenya", "liveblog", "live-blog entry: a gas explosion and fire, an accident",
     "23:48 - A gas-laden truck exploded in Embakasi, sending a fireball over the estate; the government spokesman "
     "says two people are dead and more than 200 hurt, and the cause is a refilling plant."),
    (None, "India", "passive", "a fireworks factory blast, an accident",
     "Eleven workers were killed when chemicals being mixed at a fireworks factory near Sivakasi caught fire and "
     "blew the roof off the unit on Saturday, district officials said."),
    (None, "Nigeria", "headline", "a crowd crush at a charity event",
     "Christmas fair turns to tragedy. Thirty-five children died in a crush at a funfair in Ibadan where gifts and "
     "food were being handed out on Wednesday, the state police command said."),
    (None, "Malawi", "headline", "an election result",
     "Mutharika back in Sanjika. The electoral commission declared the former president winner of the September vote "
     "on Wednesday, and the incumbent conceded in a televised address."),
    (None, "Sudan", "ngo", "an aid convoy arrives",
     "A WFP convoy of 16 trucks carrying sorghum and lentils reached Kadugli on Monday, the first food to get "
     "through in four months, the agency said."),
    (None, "Nigeria", "local", "commuters 'held hostage' by a bridge closure",
     "Commuters held hostage again. Lagos motorists spent up to five hours on the road this morning as repairs shut "
     "the Third Mainland Bridge, listeners calling in told our traffic desk."),
    (None, "India", "headline", "a passenger plane crash",
     "Ahmedabad air disaster. A London-bound Boeing 787 crashed into a doctors' hostel seconds after take-off on "
     "Thursday, killing all but one of the 242 people on board and dozens on the ground."),
    (None, "Morocco", "translated", "French press: an earthquake flattens villages",
     "Entire villages of the Al Haouz province were flattened by the earthquake of Friday night, which killed more "
     "than 2,900 people, according to a new toll from the Interior Ministry."),
    (None, "South Africa", "headline", "airlines end a fare war, a business truce",
     "Ceasefire in the skies. Two low-cost airlines agreed on Monday to stop undercutting each other on the "
     "Johannesburg-Cape Town route after a price war that cost both millions."),
    (None, "Nigeria", "headline", "a currency market metaphor",
     "Naira massacred at parallel market. The local currency plunged to a record low against the dollar on Friday as "
     "traders in Lagos scrambled for scarce foreign exchange."),
    (None, "Ghana", "headline", "a boardroom 'coup' at a football body",
     "Boardroom coup at the FA. Executive council members voted out the association's president at an extraordinary "
     "congress in Accra on Saturday, and his deputy took over pending elections."),
    (None, "Cameroon", "wire", "a prison sentence for arms trafficking",
     "A military court in Yaoundé on Tuesday sentenced a former soldier to 20 years in prison for selling army "
     "rifles to separatist fighters, his lawyer said."),
    (None, "Sudan", "attribution", "a UN warning of famine",
     "The UN humanitarian chief warned on Thursday that famine had taken hold in El Fasher and Kadugli and that "
     "hundreds of thousands were trapped without food or medicine."),
    (None, "Sudan", "count", "a disease tally",
     "Cholera count this week: 1,200 new cases and 37 deaths across Khartoum state, according to the federal health "
     "ministry, which blamed contaminated water."),
    (None, "Algeria", "headline", "a military parade with jets",
     "Jets roar over Algiers. Fighter jets, tanks and missile launchers paraded along the bay on Friday to mark "
     "seventy years since the start of the war of independence."),
    (None, "Bosnia and Herzegovina", "headline", "a commemoration of a 1995 massacre",
     "Srebrenica remembers, thirty years on. Tens of thousands gathered at the Potočari memorial on Friday to bury "
     "seven more identified victims of the 1995 killings."),
    (None, "Algeria", "passive", "forest fires, not a political event",
     "Thirty-four people, among them ten soldiers fighting the flames, were killed as wildfires swept through the "
     "forests of Bejaia and Bouira on Monday, the interior ministry said."),
]
