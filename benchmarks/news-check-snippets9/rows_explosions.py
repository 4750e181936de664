"""Explosions/Remote violence rows of news-check-snippets9: (sub-event type, country, style, reason, text). Written
for eventwire."""

CHEM = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEM, "Syria", "headline", "rebels accuse the government of a chlorine attack",
     "Rebels report chlorine attack near Kabani. Opposition fighters said on Sunday that government forces fired "
     "shells loaded with chlorine at their positions in the Latakia hills, and four fighters choked."),
    (CHEM, "Ukraine", "attribution", "troops accuse Russia of dropping tear gas",
     "Ukraine's army says Russian drones dropped grenades filled with CS gas on its trenches near Pokrovsk on "
     "Monday, and several soldiers were treated for breathing problems."),
    (CHEM, "Sudan", "headline", "a government finds the army used chemical weapons",
     "Washington says Sudan's army used chemical arms. The finding, published on Thursday, said chlorine had been "
     "used at least twice against the RSF last year."),
    (CHEM, "Myanmar", "local", "resistance fighters say gas bombs were dropped",
     "Resistance fighters in Sagaing said junta aircraft dropped bombs that released a yellow choking gas on their "
     "positions on Friday, and eight of their members fell ill."),
    (CHEM, "Ukraine", "wire", "Russia says Ukrainian drones dropped chloropicrin",
     "Russia's defence ministry said Ukrainian drones dropped munitions filled with chloropicrin on its troops near "
     "Vasylivka in the occupied Zaporizhzhia region on Thursday, poisoning several soldiers."),
    (AIR, "Somalia", "headline", "a US strike on al Shabaab",
     "US strike kills militants near Jilib. The command for Africa said an air strike on Monday killed three al "
     "Shabaab fighters in the Middle Juba region."),
    (AIR, "Gaza", "wire", "an Israeli air strike on a house",
     "An Israeli air strike on a house in Khan Younis killed at least nine members of one family early on Tuesday, "
     "hospital officials said."),
    (AIR, "Sudan", "local", "a drone strike on a market",
     "A drone struck the central market of Al-Obeid on Saturday afternoon, killing six traders and setting stalls on "
     "fire, witnesses said."),
    (AIR, "Yemen", "headline", "coalition jets bomb a detention centre",
     "Jets bomb Saada prison. Air raids by the Saudi-led coalition hit a detention centre in the Houthi stronghold "
     "before dawn on Friday, killing scores, medics said."),
    (AIR, "Ethiopia", "ngo", "a drone strike on a camp",
     "A drone strike on a camp for displaced people near Dedebit killed 56 people, including children, the relief "
     "agency said on Saturday."),
    (SUICIDE, "Somalia", "headline", "a suicide bomber hits a beach restaurant",
     "Suicide attack on Lido beach. A bomber blew himself up among diners at a seafront restaurant in Mogadishu on "
     "Friday night, killing at least 30 people."),
    (SUICIDE, "Nigeria", "passive", "female suicide bombers hit a wedding",
     "Thirty-two people were reported dead after three female bombers detonated their vests among wedding guests, "
     "mourners and patients in Gwoza, the state emergency agency said."),
    (SUICIDE, "Iraq", "translated", "a self-detonating attacker at a market",
     "A terrorist wearing an explosive vest detonated himself among shoppers in the Wahaileh market in Sadr City on "
     "the eve of Eid, causing the martyrdom of 35 citizens."),
    (SUICIDE, "Pakistan", "headline", "a bomber hits a political rally",
     "Blast at Bajaur rally kills 54. A suicide bomber struck a party convention in the tribal district on Sunday, "
     "police said, and the Islamic State claimed it."),
    (SUICIDE, "Syria", "wire", "a car bomber attacks a checkpoint",
     "A suicide car bomber drove into a checkpoint of the Kurdish-led forces outside Raqqa on Thursday, killing "
     "four fighters, a spokesman said."),
    (SHELLING, "Ukraine", "headline", "missiles hit a city centre",
     "Missiles strike central Sumy. Two Russian ballistic missiles hit the city centre on a Sunday morning as people "
     "went to church, killing 35 people, regional officials said."),
    (SHELLING, "Libya", "local", "shells land in a Tripoli neighbourhood",
     "Grad rockets fell on houses in the Abu Salim district on Wednesday evening, killing a woman and her two "
     "children, the health ministry said."),
    (SHELLING, "Israel", "wire", "Hezbollah rockets hit a town",
     "Rockets fired from Lebanon hit a football pitch in Majdal Shams in the occupied Golan Heights on Saturday, "
     "killing twelve children, Israeli officials said."),
    (SHELLING, "Sudan", "headline", "artillery fire on a displaced camp",
     "Shells rain on Abu Shouk camp. Paramilitary artillery hit shelters in the camp outside El Fasher on Tuesday, "
     "killing 15 people, a resistance committee said."),
    (SHELLING, "Armenia", "attribution", "Armenia says Azerbaijan shelled border villages",
     "Armenia's defence ministry says Azerbaijani forces fired artillery and mortars at the border town of Jermuk "
     "overnight, damaging homes."),
    (IED, "Mali", "headline", "a bus hits a landmine",
     "Mine blast on Bandiagara road. A passenger bus struck an explosive device between Bandiagara and Goundaka on "
     "Thursday, killing eleven travellers."),
    (IED, "Afghanistan", "wire", "a roadside bomb hits a car",
     "A magnetic bomb attached to a car exploded in western Kabul on Monday, killing a local official and his "
     "driver, police said."),
    (IED, "Somalia", "communique", "the army reports an IED hit on a patrol",
     "An improvised explosive device planted by terrorists detonated against a vehicle of the national army on the "
     "Afgoye road, resulting in the martyrdom of two soldiers."),
    (IED, "Nigeria", "headline", "an explosive device hits farmers",
     "Roadside bomb kills farmers in Borno. An explosive planted on a path near Bama blew up a tricycle carrying "
     "farmers to their fields on Saturday, a militia leader said."),
    (IED, "Syria", "local", "a motorbike bomb in a town",
     "A booby-trapped motorcycle parked near a bakery exploded in Azaz on Friday morning, killing four people and "
     "wounding dozens, civil defence workers said."),
    (GRENADE, "Burundi", "headline", "grenades thrown at a bus station",
     "Grenade blasts in Bujumbura. Unknown men threw grenades at the main bus station on Friday evening, wounding at "
     "least 38 people, police said."),
    (GRENADE, "Somalia", "local", "a grenade is thrown at a tea shop",
     "A grenade tossed into a crowded tea shop in Baidoa on Sunday night wounded seven customers, and the thrower ran "
     "off, witnesses said."),
    (GRENADE, "Colombia", "translated", "a grenade attack on a police station",
     "Unknown subjects launched an explosive artefact of the grenade type against the police station of Jamundi in "
     "the early hours, wounding two patrol officers."),
    (GRENADE, "West Bank", "headline", "a hand grenade at a checkpoint",
     "Grenade hurled at troops near Jenin. A Palestinian threw a hand grenade at Israeli soldiers at a checkpoint on "
     "Wednesday and escaped, the army said, and no one was hurt."),
    (GRENADE, "Kenya", "wire", "a grenade in a bar",
     "A grenade thrown into a bar in Mandera town on Saturday night killed one patron and wounded five, police said, "
     "blaming al Shabaab sympathisers."),
]
