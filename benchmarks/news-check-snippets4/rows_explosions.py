"""Explosions/Remote violence rows of news-check-snippets4: (sub-event type, country, style, reason, text).
Written for eventwire."""

CHEMICAL = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEMICAL, "Ukraine", "headline", "drones drop tear-gas munitions on trenches",
     "Russian drones drop CS gas grenades on Ukrainian positions near Zaporizhzhia. Several soldiers were treated "
     "for breathing problems after the attack on Sunday, their brigade said."),
    (CHEMICAL, "Sudan", "attribution", "chlorine used in an attack near a refinery",
     "The army used chlorine gas against paramilitary positions near the al-Jaili refinery north of Khartoum in "
     "September, two officials with knowledge of the findings said."),
    (CHEMICAL, "Syria", "ngo", "a toxic gas attack on a village",
     "Our medical teams received 14 patients, among them children, suffering from suffocation after shells "
     "releasing a toxic gas hit the village of Kabani on Tuesday, the relief organisation said."),
    (CHEMICAL, "Ukraine", "communique", "chloropicrin used by troops",
     "On Friday enemy units used munitions filled with chloropicrin against the positions of our defenders in "
     "the Kupiansk direction, the General Staff of the Armed Forces reported."),
    (CHEMICAL, "Myanmar", "local", "soldiers accused of firing gas shells at a town",
     "Residents of Kyaukme said junta troops fired shells that released choking yellow smoke into two wards on "
     "Wednesday, leaving dozens vomiting and struggling to breathe."),

    (AIR, "Ukraine", "headline", "a Russian drone strike on a city",
     "Drone strike on Kharkiv apartment block kills four. Russian attack drones hit the upper floors of the "
     "building overnight, the regional governor said."),
    (AIR, "Sudan", "headline", "an army air strike on a market",
     "Market bombing kills 40 in North Darfur. An army warplane bombed a crowded market in the Darfur town of "
     "Kabkabiya on Monday, killing at least 40 "
     "people, a local rights group said."),
    (AIR, "Somalia", "headline", "a US air strike against militants",
     "US strike targets Islamic State fighters in Puntland mountains. The raid in the Cal Miskaad range on Friday "
     "killed several militants, US Africa Command said."),
    (AIR, "Yemen", "passive", "warplanes strike a port city",
     "Fuel storage tanks at Hodeidah port were set ablaze by Israeli air strikes on Saturday, killing six "
     "workers, the Houthi-run health ministry said."),
    (AIR, "Burkina Faso", "attribution", "an army drone hits a crowd",
     "A military drone strike hit a crowded market in the village of Tiyo on Thursday, killing dozens of "
     "people, survivors and a relative of victims said."),

    (SUICIDE, "Somalia", "headline", "a suicide bomber attacks a recruitment centre",
     "Suicide bomber kills 13 at army recruitment base in Mogadishu. The attacker blew himself up among young "
     "men queuing outside the Damaanyo camp on Tuesday, officials said."),
    (SUICIDE, "Pakistan", "headline", "a suicide bombing at a railway station",
     "Blast tears through Quetta railway station. A suicide bomber blew himself up at the railway station in Quetta on "
     "Saturday morning as soldiers waited "
     "for a train, killing at least 26 people, police said."),
    (SUICIDE, "Nigeria", "headline", "female suicide bombers strike a wedding",
     "Women suicide bombers hit wedding and funeral in Gwoza. At least 18 people died when the explosions tore "
     "through the gatherings in Borno state on Saturday, emergency officials said."),
    (SUICIDE, "Afghanistan", "count", "a suicide blast at a ministry",
     "At least five people died and several were hurt when a suicide attacker detonated explosives at the "
     "ministry of urban development in Kabul on Wednesday, police said."),
    (SUICIDE, "Iran", "translated", "twin suicide blasts at a commemoration",
     "Two explosions carried out by suicide bombers struck the crowd walking to the tomb of General Soleimani in "
     "Kerman on Wednesday, the interior ministry announced."),

    (SHELLING, "Ukraine", "headline", "a Russian missile strike on a city centre",
     "Missile hits central Sumy on Palm Sunday, dozens dead. Two ballistic missiles struck the city centre as "
     "people gathered for church services, regional officials said."),
    (SHELLING, "Israel", "headline", "rockets fired from Lebanon hit a town",
     "Rocket strike on Majdal Shams pitch kills children. Rockets fired from Lebanon struck a football pitch in Majdal "
     "Shams in the Golan Heights on Saturday, "
     "killing twelve children and teenagers, Israeli officials said."),
    (SHELLING, "Sudan", "local", "artillery shells fall on a displacement camp",
     "Artillery shells fired by the paramilitaries fell on the Abu Shouk camp on Sunday evening, killing seven "
     "displaced people, the camp's coordination committee said."),
    (SHELLING, "Armenia", "two-acts", "Azerbaijani shelling of border villages, then a ceasefire",
     "Azerbaijani artillery shelled Jermuk and other border areas overnight, the defence ministry said. A "
     "ceasefire brokered by Russia came into force two days later."),
    (SHELLING, "Syria", "passive", "government shelling of a village",
     "The village of Termanin was hit by more than 30 artillery shells on Tuesday, wounding four children, civil "
     "defence rescuers said."),

    (IED, "Mali", "headline", "a bus hits a mine",
     "Eleven passengers die as bus hits landmine near Boni. The vehicle was travelling between Boni and Hombori "
     "when it struck an explosive device on Thursday, a local official said."),
    (IED, "Colombia", "wire", "a car bomb at a police station",
     "A car bomb exploded outside a police station in Jamundi on Tuesday, damaging homes and injuring two "
     "officers, the mayor said."),
    (IED, "Iraq", "headline", "a roadside bomb hits an army patrol",
     "Roadside bomb kills two soldiers near Tarmiyah. The device went off as their patrol passed north of "
     "Baghdad late on Sunday, security sources said."),
    (IED, "Pakistan", "headline", "a remote-controlled bomb hits a police van",
     "Five policemen killed in Bajaur blast. A remote-controlled device blew up beside a police van in Bajaur on "
     "Monday, killing five policemen "
     "escorting a polio vaccination team, officials said."),
    (IED, "Cameroon", "local", "separatists detonate a bomb at a stadium",
     "An improvised explosive device went off near the gate of the Bamenda municipal stadium on Sunday during "
     "a youth day parade, wounding several people."),

    (GRENADE, "Burundi", "headline", "grenades thrown at a bus station",
     "Grenade attacks hit Bujumbura bus station. Explosions in two places wounded dozens of travellers on Friday "
     "evening, police said, blaming unidentified criminals."),
    (GRENADE, "Colombia", "headline", "a grenade hurled at a police post",
     "Grenade thrown at Cali police post. An unknown attacker threw a grenade at a police post in Cali late on "
     "Wednesday, wounding three officers, "
     "city authorities said."),
    (GRENADE, "India", "headline", "grenade attack on a Srinagar market",
     "Grenade lobbed at crowded Sunday market in Srinagar wounds twelve. The device exploded near the tourist "
     "reception centre, police said."),
    (GRENADE, "Sweden", "passive", "a hand grenade thrown at a home",
     "A hand grenade was thrown at a terraced house in a Stockholm suburb overnight, damaging the door, and the "
     "police are treating it as part of a gang feud."),
    (GRENADE, "Ecuador", "count", "a grenade attack in a bar",
     "Three people were wounded when a man hurled a grenade into a bar in Guayaquil on Saturday night, "
     "police reported."),
]
