"""Explosions/Remote violence rows of news-check-snippets14: (sub-event type, country, style, reason, text).
Written for eventwire."""

CHEM = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEM, "Syria", "attribution", "photo caption: a child treated after a chlorine barrel falls on a town",
     "A boy breathes through an oxygen mask in a Saraqeb field clinic on 4 February after a helicopter dropped a "
     "barrel loaded with chlorine on the town, the clinic's doctors said. Photo: Idlib media centre."),
    (CHEM, "Syria", "ngo", "NGO security log: shells release a choking gas on a rebel front line",
     "SEC LOG 19-0519 | Latakia countryside | Rebel positions at Kabani hit by shells that released a chlorine-like "
     "gas; four fighters treated for choking at a partner clinic."),
    (CHEM, "Ukraine", "headline", "wire headline alone: drones drop chloropicrin on trenches",
     "Russian drones drop chloropicrin on Ukrainian trenches near Pokrovsk, army says."),
    (CHEM, "Sudan", "passive", "map legend: chlorine barrels dropped on RSF positions, per investigators",
     "Yellow triangles: points where chlorine barrels were dropped by army aircraft on RSF positions north of "
     "Khartoum in September 2024, according to the investigators who drew this map."),
    (CHEM, "Ukraine", "liveblog", "aid workers' group chat: soldiers poisoned by gas grenades dropped from a drone",
     "[11:15] Olena (Kharkiv field team): medics at the stabilisation point say six soldiers were poisoned by gas "
     "grenades a drone dropped into their dugout near Vovchansk, all evacuated."),

    (AIR, "Somalia", "headline", "wire headline alone: a US air strike on al-Shabaab",
     "US air strike kills al-Shabaab fighters near Jilib, AFRICOM says."),
    (AIR, "Yemen", "attribution", "photo caption: smoke over a port after Israeli jets strike fuel tanks",
     "Smoke rises over Hodeidah port on 20 July 2024 after Israeli warplanes struck its fuel tanks and power "
     "station. Photo: Sanaa-based freelancer."),
    (AIR, "Burkina Faso", "ngo", "NGO security log: an army drone hits a crowded market",
     "SEC LOG BF-23-088 | Boucle du Mouhoun | An army drone struck the weekly market at Djibasso; dozens reported "
     "dead, partner health post receiving casualties."),
    (AIR, "Sudan", "local", "aid workers' group chat: drones hit a fuel depot beside a port",
     "Morning all, drones hit the fuel depot next to the port in Port Sudan again at 5am, big fire still going. "
     "Staff safe, all movements on hold."),
    (AIR, "Ethiopia", "translated", "translated Tigrinya television: an air force drone strikes a fuel truck",
     "An Ethiopian air force drone struck a fuel tanker near Mai Tsebri, killing its driver and two passengers, "
     "Tigrai Television said in its Tigrinya evening news."),

    (SUICIDE, "Somalia", "translated", "translated Swahili daily: a bomber blows himself up at a teashop",
     "A suicide bomber blew himself up at a teashop near an army camp in Mogadishu, killing seven people, the "
     "Mogadishu correspondent of a Nairobi Swahili daily reported."),
    (SUICIDE, "Pakistan", "headline", "wire headline alone: a suicide bomber in a police mosque",
     "Suicide bomber strikes Peshawar police lines mosque, 84 dead."),
    (SUICIDE, "Afghanistan", "attribution", "photo caption: relatives wait after a bomber detonates at an airport gate",
     "Relatives wait outside a Kabul surgical hospital on 26 August 2021, hours after an Islamic State bomber "
     "detonated his vest among the crowd at the airport's Abbey Gate."),
    (SUICIDE, "Nigeria", "ngo", "NGO security log: female bombers detonate at a wedding and a hospital",
     "SEC LOG NE-24-112 | Gwoza, Borno | Female suicide bombers detonated at a wedding and at the general "
     "hospital; at least 18 dead, partner clinic overwhelmed."),
    (SUICIDE, "Iraq", "wire", "wire slug line: two bombers in a Baghdad market",
     "BC-Iraq-Blast/ Two suicide bombers blow themselves up in the used-clothes market of Baghdad's Tayaran "
     "Square, killing 32."),

    (SHELLING, "Ukraine", "attribution", "photo caption: firefighters at a block hit by a missile",
     "Firefighters work at a Kharkiv apartment block hit by a Russian Iskander missile late on Thursday. Photo: "
     "regional emergency service."),
    (SHELLING, "Israel", "headline", "wire headline alone: a rocket lands on a football pitch",
     "Rocket hits Majdal Shams football pitch, 12 children killed."),
    (SHELLING, "Sudan", "ngo", "NGO security log: RSF shells land on a maternity hospital",
     "SEC LOG DAR-24-301 | El Fasher | RSF artillery shells landed on the Saudi maternity hospital, killing "
     "patients; partner withdrew its staff to Tawila."),
    (SHELLING, "Syria", "count", "map legend: a rocket salvo on a market, with its toll",
     "Blue circles: towns hit by government artillery and rockets in January 2020. The largest, Ariha: 11 "
     "civilians killed when a rocket salvo fell on the market."),
    (SHELLING, "Yemen", "liveblog", "aid workers' group chat: Houthi mortar rounds on a neighbourhood",
     "[16:40] Nabil (Taiz sub-office): Houthi mortars landing on Al-Rawdah for the last hour, two kids hurt near "
     "the school. Stay indoors."),

    (IED, "Mali", "ngo", "NGO security log: a minibus hits a roadside bomb",
     "SEC LOG ML-22-044 | Boni-Hombori axis | A passenger minibus struck an IED on the national road; 10 "
     "passengers killed. Road movements suspended."),
    (IED, "Somalia", "headline", "wire headline alone: a roadside bomb kills soldiers",
     "Roadside bomb kills four soldiers near Afgoye."),
    (IED, "Syria", "passive", "photo caption: a parked car bomb in a market street",
     "Shoppers' belongings lie scattered across Azaz's main street, where a parked car bomb was set off on "
     "Sunday afternoon. Photo: local media office."),
    (IED, "Colombia", "wire", "wire slug line: a motorbike bomb outside a police station",
     "BC-Colombia-Attack/ Explosive-laden motorbike blows up outside Jamundí police station, wounding two "
     "officers."),
    (IED, "Kenya", "translated", "translated Swahili radio: a buried bomb hits a police vehicle",
     "An explosive device buried in the road near Mandera struck a police lorry on Wednesday, wounding five "
     "officers, a Swahili radio station in Garissa reported."),

    (GRENADE, "Burundi", "wire", "wire slug line: grenades thrown at a bus station",
     "BC-Burundi-Grenades/ Grenades thrown at Bujumbura bus station, two killed, dozens hurt."),
    (GRENADE, "India", "headline", "wire headline alone: a grenade thrown into a market",
     "Grenade lobbed at Srinagar Sunday market, 12 hurt."),
    (GRENADE, "DR Congo", "local", "aid workers' group chat: grenades thrown into a rally crowd",
     "Update for the Bukavu team: someone threw grenades into the crowd at the AFC rally in the square this "
     "afternoon, several dead. Avoid the town centre."),
    (GRENADE, "Somalia", "attribution", "photo caption: a crater left by a grenade thrown into market stalls",
     "A trader in Bakara market points at the hole left by a hand grenade tossed into the stalls on Friday night. "
     "Photo: Mogadishu freelancer."),
    (GRENADE, "Iraq", "ngo", "NGO security log: a grenade thrown at a party office",
     "SEC LOG BGD-20-071 | Baghdad, Karrada | Hand grenade thrown at the KDP office overnight; building damaged, "
     "no casualties. Partner staff to avoid the street."),
]
