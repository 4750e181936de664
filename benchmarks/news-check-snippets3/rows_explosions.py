"""Explosions/Remote violence rows of news-check-snippets3: (sub-event type, country, style, reason, text).
Written for eventwire."""

CHEMICAL = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEMICAL, "Ukraine", "headline", "drones drop chloropicrin on trenches",
     "Ukraine accuses Russia of dropping chloropicrin on trenches near Kupiansk. Soldiers were treated for "
     "poisoning after drones released the choking agent over their positions, the army said."),
    (CHEMICAL, "Sudan", "ngo", "chlorine used in an attack on a town",
     "A monitoring group said it had found evidence that chlorine canisters were dropped on the outskirts of "
     "Khartoum North in September, leaving dozens with breathing problems."),
    (CHEMICAL, "Ukraine", "attribution", "grenades with a banned agent used against soldiers",
     "Ukraine's General Staff said Russian forces used munitions filled with a banned toxic agent 81 times on the "
     "Zaporizhzhia front in the past day, with several soldiers hospitalised."),
    (CHEMICAL, "Syria", "headline", "a chemical attack on a besieged town",
     "Chlorine bombs dropped on Douma, rescuers say. Residents of the besieged town choked in basements after "
     "a helicopter dropped gas cylinders on Saturday evening, medics reported."),

    (AIR, "Sudan", "headline", "an army air strike on a market",
     "Army warplane bombs market in Nyala. A strike on the main market in the RSF-held city killed at least 18 "
     "traders and shoppers on Sunday, a medical charity said."),
    (AIR, "Ukraine", "count", "a Russian drone hits a bus",
     "Nine passengers died when a Russian drone struck a bus carrying miners in Marhanets on Friday morning, the "
     "Dnipropetrovsk governor said."),
    (AIR, "Yemen", "headline", "a US-led strike on a Houthi target",
     "American jets strike Houthi radar sites near Hodeidah. The Houthi-run Saba news agency said several raids "
     "hit the area around the port overnight."),
    (AIR, "Pakistan", "translated", "drone strike on a tribal district",
     "A drone fired missiles at a house in Mir Ali tehsil on Wednesday night, local elders said, killing four "
     "members of a family and injuring three more."),
    (AIR, "Lebanon", "liveblog", "an Israeli strike on a house with displaced people",
     "09:10 — Lebanon's health ministry says an Israeli strike on a house sheltering displaced families in Almat, "
     "north of Beirut, killed 23 people."),
    (AIR, "Mali", "ngo", "an army drone strike on civilians",
     "Rights investigators said a Malian army drone hit a gold-mining site at Intahaka on Sunday, killing at least "
     "eight miners, among them foreign workers."),
    (AIR, "Myanmar", "headline", "junta airstrike on a monastery",
     "Monastery bombed in Sagaing. "
     "A junta fighter jet bombed a monastery sheltering displaced villagers in Sagaing region on Thursday, "
     "killing at least 20 people, a local rescue group said."),
    (AIR, "Syria", "headline", "Israel strikes near Damascus",
     "Israeli jets hit weapons depots near Damascus. Syria's state media said air defences confronted the "
     "raid, which damaged a military site south of the capital."),

    (SHELLING, "Ukraine", "headline", "Russian missiles hit a city centre",
     "Russian ballistic missile strike on Sumy kills 35. Two missiles hit the city centre on Sunday morning as "
     "people headed to church, regional officials said."),
    (SHELLING, "Russia", "attribution", "Ukrainian shelling on a Russian border town",
     "The governor of Belgorod region said Ukrainian artillery shelled the village of Shebekino on Tuesday, "
     "killing one resident and damaging a school."),
    (SHELLING, "Sudan", "headline", "RSF shelling of a displacement camp",
     "Shells slam into Abu Shouk camp. "
     "Artillery shells fired by the RSF hit Abu Shouk camp for displaced people near El Fasher on Friday, killing "
     "at least 15 people, local volunteers said."),
    (SHELLING, "Israel", "headline", "rockets from Lebanon hit a northern town",
     "Hezbollah rockets hit Kiryat Shmona. Several buildings were damaged and a man was lightly hurt as around "
     "40 rockets were fired from Lebanon on Monday, the army said."),
    (SHELLING, "Lebanon", "translated", "Israeli artillery shells a border village",
     "Enemy artillery targeted the outskirts of Khiam and Kfar Kila this morning, with more than 20 shells, "
     "according to the National News Agency."),
    (SHELLING, "Democratic Republic of Congo", "headline", "bombs hit a displacement camp",
     "Shells hit Mugunga camp outside Goma. At least 35 displaced people were killed when bombs landed in the "
     "camp on Friday, the army and M23 rebels blamed each other."),
    (SHELLING, "Israel", "liveblog", "Houthi missile aimed at Israel",
     "21:12 — A ballistic missile launched from Yemen slams into an open area near Ben Gurion airport after "
     "interceptors miss it, the army says; flights are halted."),

    (IED, "Afghanistan", "headline", "a magnetic bomb kills a driver",
     "Sticky bomb kills driver in Kabul's Dasht-e-Barchi. The device attached to a minibus went off on Monday "
     "evening, police said, wounding four passengers."),
    (IED, "Colombia", "headline", "a roadside bomb hits a police patrol",
     "Two police officers killed by roadside bomb in Valle del Cauca. "
     "An explosive device hidden by the roadside went off as a police patrol passed near Jamundi in Valle del "
     "Cauca on Wednesday, killing two officers, the national police said."),
    (IED, "Togo", "passive", "a landmine kills civilians",
     "Four civilians were killed when their tricycle hit a buried mine on a track near Mandouri in Togo's Savanes "
     "region, a local official said."),
    (IED, "India", "headline", "IED kills soldiers in Chhattisgarh",
     "Maoist IED kills eight security personnel and a driver in Bijapur. The blast hit their vehicle as they "
     "returned from an operation on Monday, police said."),
    (IED, "Benin", "count", "an explosive device hits a patrol",
     "Five Beninese soldiers and a ranger died when their vehicle ran over an explosive device near Karimama on "
     "Wednesday, a security source said."),
    (IED, "Syria", "headline", "a car bomb kills civilians in Manbij",
     "Car bomb kills 20 farm workers near Manbij. The vehicle blew up next to a truck carrying mostly women on "
     "the outskirts of the city on Monday, civil defence said."),

    (SUICIDE, "Pakistan", "headline", "a suicide bomber at a political rally",
     "Suicide blast tears through JUI-F rally in Bajaur. The bomber detonated his vest near the stage on Sunday "
     "afternoon, killing dozens of party workers, officials said."),
    (SUICIDE, "Pakistan", "headline", "a suicide car bomb on a paramilitary convoy",
     "Suicide car bomber rams Frontier Corps convoy near Nushki. The explosives-laden vehicle struck buses carrying "
     "troops on the Quetta-Taftan highway on Sunday, officials said."),
    (SUICIDE, "Pakistan", "translated", "a suicide attack on a police vehicle",
     "A suicide attacker on a motorcycle blew himself up beside a police van in the main bazaar of Pishin on "
     "Saturday, killing five people including two policemen, district officials said."),
    (SUICIDE, "Somalia", "headline", "a suicide car bomb at a military camp",
     "Al-Shabaab suicide car bomb hits army camp in Mogadishu. Seven soldiers were killed in the blast at the "
     "gate of the Gashandiga base on Friday, a police officer said."),

    (GRENADE, "India", "headline", "a grenade thrown at a market crowd",
     "Grenade hurled at Srinagar's Sunday market wounds 12. Attackers threw the device near the tourist "
     "reception centre while shoppers crowded the street, police said."),
    (GRENADE, "Sweden", "wire", "a hand grenade thrown at a house",
     "Someone lobbed a hand grenade onto the driveway of a family home in Malmo late on Tuesday; the blast "
     "shattered windows but hurt nobody, police said, linking it to a feud between gangs."),
    (GRENADE, "Burundi", "local", "grenades thrown in a bus station",
     "BUJUMBURA — Two people were killed when unknown assailants threw grenades into a crowded bus station in "
     "the city centre on Friday evening."),
    (GRENADE, "Colombia", "passive", "a grenade thrown at a police station",
     "A fragmentation grenade was thrown at the police station of Tulua on Sunday night, wounding two officers, "
     "the mayor's office reported."),
]
