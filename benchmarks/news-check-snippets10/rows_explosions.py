"""Explosions/Remote violence rows of news-check-snippets10: (sub-event type, country, style, reason, text). Written
for eventwire."""

CHEMICAL = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEMICAL, "Ukraine", "headline", "Ukraine says Russian drones dropped riot-control gas grenades on trenches",
     "Kyiv: Russian drones dropping gas grenades on our trenches. Ukraine's general staff said on Sunday that "
     "Russian units had dropped munitions filled with a riot-control agent, which the chemical weapons convention "
     "bans on the battlefield, on its positions near Robotyne."),
    (CHEMICAL, "Myanmar", "ngo", "fighters and medics describe a yellowish gas released by a junta drone",
     "Fighters of the Kachin Independence Army and medics told the group that a junta drone released a yellowish "
     "gas over their trenches outside Bhamo on 11 December, leaving several men vomiting and struggling to breathe."),
    (CHEMICAL, "Russia", "attribution", "Russia accuses Ukraine of firing shells with a toxic substance",
     "Russia's Investigative Committee accused Ukrainian forces of firing shells filled with a toxic substance at "
     "Russian positions near Krynky, saying several soldiers had been poisoned."),
    (CHEMICAL, "Ukraine", "liveblog", "briefing bullet: a drone releases a toxic gas into a dugout",
     "Apr 14 - Ukrainian brigade reports a Russian FPV drone released an unidentified toxic gas into a dugout near "
     "Chasiv Yar; two servicemen evacuated with poisoning symptoms."),
    (CHEMICAL, "Myanmar", "headline", "a rebel group says aircraft dropped poison gas bombs; chemical before air",
     "KNU says regime jets dropped 'poison gas' bombs near Myawaddy. The Karen group said several of its fighters "
     "suffered burning eyes and breathing trouble after the bombs burst over their camp on Tuesday."),
    (AIR, "Sudan", "headline", "a warplane bombs a livestock market",
     "Warplanes hit Nyala cattle market. An army jet bombed a crowded livestock market in the RSF-held South Darfur "
     "capital on Monday, killing at least 20 traders, local volunteers said."),
    (AIR, "Somalia", "communique", "a foreign command reports a strike on militants",
     "U.S. Africa Command conducted a self-defence strike against al-Shabaab militants approximately 40 kilometres "
     "northeast of Kismayo on March 2; the command assesses that no civilians were injured."),
    (AIR, "Lebanon", "headline", "an Israeli drone strikes a car",
     "Drone hits car on Tyre coastal road. An Israeli drone struck a car on the coastal road near Tyre on Wednesday,"
     " killing two men whom Israel's military described as Hezbollah operatives."),
    (AIR, "Afghanistan", "translated", "jets bombard homes, per the Taliban spokesman",
     "Pakistani jets bombarded homes in Barmal district of Paktika province last night, the spokesman of the "
     "Islamic Emirate said, and 46 people were martyred, most of them women and children."),
    (AIR, "Ethiopia", "headline", "a drone hits a town square",
     "Drone hits Finote Selam square, hospital counts dead. A drone strike on the main square of the Amhara town on "
     "Sunday killed more than 25 people, a hospital source told reporters."),
    (SUICIDE, "Pakistan", "headline", "a bomber in a vest blows himself up at a party convention",
     "Bomber strikes JUI-F gathering in Bajaur. An attacker wearing an explosive vest blew himself up among party "
     "workers at a convention in Khar on Sunday, killing at least 54, provincial officials said."),
    (SUICIDE, "Somalia", "local", "an attacker triggers a vest among recruits",
     "At least fifteen recruits are among the dead after an attacker queueing with them at the gate of the Jaalle "
     "Siyaad academy set off his explosive vest on Sunday afternoon, according to the director of Madina hospital."),
    (SUICIDE, "Afghanistan", "headline", "an Islamic State suicide attacker at an airport gate",
     "Carnage at Abbey Gate. An Islamic State suicide attacker detonated his explosives among crowds outside Kabul "
     "airport's Abbey Gate on Thursday, killing scores of Afghans and 13 US service members."),
    (SUICIDE, "Iraq", "translated", "two suicide bombers in a Baghdad square",
     "Two suicide bombers blew themselves up in the crowded Tayaran Square in central Baghdad this morning, leaving "
     "32 martyrs and more than a hundred wounded among the citizens, the Security Media Cell stated."),
    (SUICIDE, "Iran", "headline", "a jihadist group claims two members set off explosive belts among mourners",
     "Islamic State says its men wore belts in Kerman blasts. The group claimed the attack on Thursday, saying two "
     "of its members detonated explosive belts among crowds walking to the general's tomb."),
    (SHELLING, "Ukraine", "headline", "a ballistic missile hits an apartment block",
     "Missile slams into Kharkiv apartment block. A Russian Iskander struck a nine-storey building in the Saltivskyi "
     "district on Friday morning, killing seven residents, the regional governor wrote on Telegram."),
    (SHELLING, "Israel", "count", "rockets land near a northern town",
     "Sirens sounded across the Upper Galilee on Saturday as about 35 rockets crossed from southern Lebanon; the "
     "army said several came down in open fields outside Kiryat Shmona."),
    (SHELLING, "Sudan", "local", "paramilitary artillery on a displacement camp",
     "Abu Shouk camp coordinators counted eleven dead, children among them, after RSF guns kept shelling the "
     "settlement through Tuesday."),
    (SHELLING, "Yemen", "communique", "a militia fires mortar rounds into residential areas",
     "The Houthi militia targeted residential neighbourhoods in the east of Taiz city with mortar rounds this "
     "afternoon, injuring a woman and two children, the governorate's media office stated."),
    (SHELLING, "Syria", "headline", "government artillery on an Idlib town",
     "Regime guns pound Sarmin. Government artillery hit the Idlib town and outlying villages on Thursday, killing "
     "five civilians, White Helmets rescuers said."),
    (IED, "Colombia", "headline", "a hidden device hits a police truck",
     "Roadside blast rips through police convoy in Cauca. A device hidden in a culvert went off as a police truck "
     "passed near Morales on Tuesday, killing two officers, the governor said."),
    (IED, "Mali", "translated", "an army vehicle hits an improvised explosive device",
     "A vehicle of the FAMa struck an improvised explosive device on the Boni-Hombori axis, causing three deaths "
     "among the soldiers, according to a local elected official."),
    (IED, "Yemen", "ngo", "a leftover landmine kills shepherd boys",
     "Three shepherd boys were killed by a landmine left over from the fighting as they grazed goats outside Hays in "
     "Hodeidah governorate, a child-protection charity said."),
    (IED, "Pakistan", "passive", "a remote-controlled roadside bomb kills soldiers",
     "Four Frontier Corps soldiers were killed when a remote-controlled bomb planted beside the road was set off "
     "near their vehicle in Kech district, officials said."),
    (IED, "Syria", "headline", "a parked car bomb hits a workers' minibus",
     "Car bomb tears through Manbij farmworkers' minibus. A vehicle rigged with explosives blew up beside a bus "
     "carrying farm labourers on the outskirts of the city on Monday, killing 20, most of them women."),
    (GRENADE, "Burundi", "headline", "a grenade is thrown into a market crowd",
     "Grenade tossed into Gitega market crowd. An unknown attacker hurled a hand grenade among stalls on Saturday "
     "evening, wounding nine traders, police said."),
    (GRENADE, "India", "headline", "militants lob a grenade near a market",
     "Grenade hurled near Srinagar Sunday market. Militants lobbed a grenade near a busy Sunday market in Srinagar, "
     "wounding 12 shoppers, police said."),
    (GRENADE, "Ecuador", "translated", "two men on a motorcycle throw a hand grenade at a house",
     "Two subjects aboard a motorcycle hurled a hand grenade against the facade of a house in the Guasmo Sur sector "
     "of Guayaquil, damaging the door and wounding a woman, the National Police reported."),
    (GRENADE, "Sweden", "local", "a hand grenade thrown at an apartment door",
     "Stockholm police are investigating after a hand grenade went off at an apartment door in Rinkeby overnight, "
     "leaving a resident cut by flying glass."),
    (GRENADE, "Philippines", "liveblog", "briefing bullet: a grenade tossed at a marine post",
     "Mar 7 - Cotabato City: unidentified suspects toss a fragmentation grenade at a Marine detachment gate; no "
     "casualties, blast damages guardhouse."),
]
