"""Explosions/Remote violence rows of news-check-snippets12: (sub-event type, country, style, reason, text).
Written for eventwire."""

CHEM = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEM, "Syria", "communique", "diplomatic cable summary: a government assessed to have used chlorine",
     "SUMMARY: Washington assesses that Syrian government forces used chlorine in an attack on Kabani, in the "
     "Latakia countryside, on the morning of 19 May. Posts may draw on this line with host governments."),
    (CHEM, "Ukraine", "headline", "Ukrainian press: the occupiers drop munitions with a toxic agent on positions",
     "Gas on the Tavria front. The occupiers dropped munitions with a poisonous substance on our positions near "
     "Robotyne; several soldiers were evacuated with signs of poisoning, the Tavria group's spokesman reported."),
    (CHEM, "Myanmar", "headline", "Burmese press: junta drone bombs release a choking smoke",
     "Yellow smoke over Falam. Bombs dropped by military council drones near Falam released a yellow smoke that made"
     " resistance fighters vomit and struggle for breath, the Chinland Council said, calling them chemical weapons."),
    (CHEM, "Ukraine", "ngo", "a frontline medic's note: soldiers treated for a choking agent dropped by drone",
     "Stabilisation point note, Huliaipole direction: we treated eleven infantrymen for burning eyes and choking "
     "after a drone dropped a canister of a chlorine-type agent into their dugout."),
    (CHEM, "Ukraine", "translated", "Russian ministry claim: chloropicrin dropped on Russian positions",
     "Militants of the Kyiv regime dropped a munition filled with chloropicrin from a drone onto positions of our "
     "troops near Krynky, the Russian Ministry of Defence states."),
    (AIR, "Yemen", "ngo", "humanitarian update: coalition air raids hit a detention facility",
     "ICRC: more than 100 people were killed when air raids by the Saudi-led coalition struck a detention facility "
     "in Dhamar overnight; our teams are helping the hospital with the wounded."),
    (AIR, "Afghanistan", "headline", "Dari press: foreign aircraft bomb a district, a spokesman counts the dead",
     "Barmal bombarded. Pakistani aircraft bombarded the Barmal district of Paktika, and 46 people, most of them "
     "women and children, were martyred, the spokesman of the Islamic Emirate said."),
    (AIR, "Lebanon", "wire", "TV ticker: a drone strikes a motorcycle on a road",
     "NNA: ISRAELI DRONE HITS MOTORCYCLE ON KFAR RUMMAN-NABATIEH ROAD; TWO MEN KILLED."),
    (AIR, "Myanmar", "headline", "military helicopters fire on a monastery school",
     "Helicopters over Let Yet Kone. Military Mi-35 helicopters fired on a monastery school in the Sagaing village "
     "on Friday, killing at least seven children, teachers said."),
    (AIR, "Ukraine", "communique", "hull and cargo notice: a drone attack damages a river port",
     "HULL & CARGO NOTICE - Izmail, Danube: a Russian drone attack overnight damaged grain storage and a berth at "
     "the port; one vessel alongside reports light damage. Additional premium applies."),
    (SUICIDE, "Pakistan", "headline", "Urdu press: a bomber blows himself up on a station platform",
     "Carnage at Quetta station. A suicide attacker blew himself up on the platform of Quetta railway station while "
     "passengers waited for the Jaffar Express, and at least 26 people were martyred."),
    (SUICIDE, "Afghanistan", "liveblog", "live-blog entry: a bomber at an airport gate, then gunmen",
     "17:48 - The Pentagon confirms that a suicide bomber struck at Abbey Gate outside Kabul airport, followed by "
     "gunfire; US service members are among the dead."),
    (SUICIDE, "Somalia", "passive", "recruits killed by a bomber at a training camp",
     "Dozens of recruits were killed at the General Dhegobadan camp in Mogadishu on Sunday when a man wearing an "
     "explosive vest walked into their line and blew himself up."),
    (SUICIDE, "Indonesia", "translated", "Indonesian press: a couple detonate themselves at a cathedral gate",
     "Two perpetrators on a motorbike detonated themselves at the gate of the Makassar Cathedral after Palm Sunday "
     "mass; both died on the spot and 20 people were injured, the National Police chief said."),
    (SUICIDE, "Syria", "headline", "a gunman fires on worshippers then detonates his vest",
     "Mass ends in carnage at Mar Elias. A gunman opened fire on worshippers in the Damascus church on Sunday and "
     "then set off his explosive vest, killing 25, the interior ministry said."),
    (SHELLING, "Ukraine", "wire", "in-brief column: artillery pounds a city market",
     "IN BRIEF / UKRAINE - Russian artillery pounded Kherson's central market on Sunday morning, killing three "
     "shoppers, the regional governor said."),
    (SHELLING, "India", "translated", "Hindi press: mortar shells from across the line fall on a town",
     "Pakistani mortar shells fell on a gurdwara and homes in Poonch town, and 12 civilians lost their lives, the "
     "district administration said."),
    (SHELLING, "Sudan", "ngo", "humanitarian access update: shells land in a market",
     "Access update, Omdurman: RSF artillery fire from the west hit Sabreen market on Saturday, killing at least 54 "
     "people; partner clinics are out of blood."),
    (SHELLING, "Azerbaijan", "headline", "Turkish press: a missile hits a city, civilians lose their lives",
     "Missile hits Ganja. Armenian forces struck the city of Ganja with a missile, and civilians lost their lives, "
     "the Azerbaijani Prosecutor General's Office announced."),
    (SHELLING, "Yemen", "headline", "a Houthi shell lands among children",
     "Shell falls on Zaid al-Mushki. A Houthi shell landed among children playing in a Taiz neighbourhood on "
     "Saturday, killing one and wounding ten, the city's health office said."),
    (IED, "Myanmar", "ngo", "mine monitor: a farmer loses his legs to a mine",
     "Landmine monitor, Kayin: a farmer from a village near Hpa-an lost both legs on Monday when he stepped on a "
     "mine laid on the path to his paddy."),
    (IED, "Syria", "headline", "Turkish press: a bomb-laden tanker explodes in a town centre",
     "Tanker blast in Afrin. A fuel tanker laden with explosives blew up in the centre of Afrin, and at least 40 "
     "civilians lost their lives, the governor's office announced."),
    (IED, "Nigeria", "wire", "in-brief column: a roadside device hits a commercial truck",
     "IN BRIEF / NIGERIA - A roadside device tore through a truck carrying traders on the Maiduguri-Damboa road on "
     "Wednesday, killing nine, militia sources said."),
    (IED, "Ukraine", "translated", "Russian press: a device under an official's car in an occupied town",
     "In Melitopol an explosive device went off under the car of a member of the administration's staff near his "
     "home; the man was hospitalised, the occupation administration reports."),
    (IED, "Palestine", "liveblog", "live-blog entry: a roadside bomb hits an armoured vehicle",
     "08:31 - A roadside bomb hit an Israeli armoured vehicle at the entrance to Jenin during a raid, the army says,"
     " wounding seven soldiers."),
    (GRENADE, "India", "wire", "TV ticker: a grenade hurled at a bunker hurts shoppers",
     "GRENADE HURLED AT CRPF BUNKER NEAR TOURIST RECEPTION CENTRE, SRINAGAR; 12 SHOPPERS AT SUNDAY MARKET HURT, "
     "POLICE SAY."),
    (GRENADE, "Sweden", "local", "police blotter: a hand grenade thrown at a house",
     "Police blotter, Västerås: a hand grenade was thrown at a terraced house overnight and exploded by the door; no"
     " one was hurt and the gang unit has taken over the case."),
    (GRENADE, "Burundi", "headline", "grenades thrown at a bus station",
     "Bujumbura bus park hit. Unknown attackers threw two grenades into the crowd at the Bujumbura bus station on "
     "Friday evening, wounding 38, police said."),
    (GRENADE, "Ecuador", "passive", "two officers hurt by a grenade lobbed at a police post",
     "Two officers were wounded in Guayaquil when a grenade was lobbed at the community police unit in Socio "
     "Vivienda by men on a motorbike."),
    (GRENADE, "Philippines", "headline", "a grenade tossed into a restaurant",
     "Isulan diner attacked. A man tossed a grenade into a roadside restaurant in Isulan, Sultan Kudarat, late on "
     "Saturday, hurting eight diners, the provincial police said."),
]
