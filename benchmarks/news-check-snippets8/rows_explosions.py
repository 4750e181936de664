"""Explosions/Remote violence rows of news-check-snippets8: (sub-event type, country, style, reason, text). Written
for eventwire."""

CHEM = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEM, "Syria", "ngo", "a watchdog finds chlorine used in an old attack",
     "The chemical weapons watchdog found reasonable grounds to believe that a cylinder of chlorine was dropped by a "
     "government helicopter on a residential building in Douma, its investigators reported."),
    (CHEM, "Ukraine", "headline", "troops report a choking agent dropped on trenches",
     "Soldiers report chloropicrin on front. Ukrainian troops near Pokrovsk said on Tuesday that Russian drones "
     "dropped canisters of a choking agent into their trenches, sending six men to hospital."),
    (CHEM, "Sudan", "attribution", "a foreign government says the army used chemical weapons",
     "Washington determined that Sudan's armed forces used chemical weapons against the paramilitary force last "
     "year, the State Department said, announcing new sanctions."),
    (CHEM, "Russia", "headline", "Russia accuses Ukraine of toxic gas in a border region",
     "Moscow says gas grenades used in Belgorod. Russia's defence ministry accused Ukrainian units of throwing "
     "grenades filled with an irritant chemical at its positions near the border on Friday."),
    (CHEM, "Myanmar", "local", "a resistance group says the army dropped gas bombs",
     "A local defence force in Sagaing said junta aircraft dropped bombs releasing a yellow choking smoke on its "
     "positions near Kani, leaving fighters vomiting and short of breath."),
    (AIR, "Sudan", "headline", "an army air strike on a market",
     "Jet bombs market in Kabkabiya. At least 40 people were killed when a military aircraft struck the crowded "
     "weekly market in North Darfur on Monday, local volunteers said."),
    (AIR, "Afghanistan", "wire", "Pakistani jets strike inside Afghanistan",
     "Pakistani aircraft bombed several villages in the Barmal district of Paktika province late on Tuesday, killing "
     "at least 46 people, a Taliban spokesman said."),
    (AIR, "Somalia", "communique", "a foreign command reports a strike on militants",
     "In coordination with the Federal Government of Somalia, US Africa Command conducted an airstrike against ISIS "
     "Somalia in the Cal Miskaad mountains, southeast of Bosaso."),
    (AIR, "Lebanon", "headline", "a drone hits a car on a coastal road",
     "Drone strikes car near Tyre. An Israeli drone hit a vehicle on the coastal road south of the city on Saturday, "
     "killing two men, Lebanon's health ministry said."),
    (AIR, "Ukraine", "count", "a drone wave on a city kills several",
     "Six people were killed and 19 injured when Russian attack drones slammed into apartment blocks in Odesa "
     "overnight, regional officials said on Wednesday."),
    (SUICIDE, "Somalia", "headline", "a suicide bomber at a tea shop",
     "Bomber hits tea shop near Mogadishu police academy. A man wearing an explosive vest blew himself up among "
     "recruits queuing on Sunday, killing at least 13, police said."),
    (SUICIDE, "Nigeria", "wire", "female suicide bombers at a wedding and a hospital",
     "Suspected female suicide bombers struck a wedding, a funeral and a hospital in Gwoza in Borno state on "
     "Saturday, killing at least 18 people, emergency officials said."),
    (SUICIDE, "Pakistan", "headline", "a suicide blast at a political rally",
     "Blast tears through Bajaur rally. A suicide bomber detonated explosives at a gathering of a religious party in "
     "Khar on Sunday, killing 54 people, police said."),
    (SUICIDE, "Afghanistan", "translated", "a suicide attack at a ministry",
     "A self-martyrdom attacker detonated himself inside the compound of the ministry of refugees in Kabul, martyring "
     "the minister and several of his companions, the spokesman of the Islamic Emirate said."),
    (SUICIDE, "Iraq", "passive", "twin suicide blasts at a market",
     "At least 32 shoppers were killed in Baghdad's Tayaran Square on Thursday when two attackers wearing explosive "
     "belts blew themselves up minutes apart."),
    (SHELLING, "Ukraine", "headline", "a missile hits a children's hospital",
     "Missile strikes Okhmatdyt hospital. A Russian cruise missile hit Kyiv's main children's hospital on Monday "
     "morning, killing two adults and damaging operating theatres."),
    (SHELLING, "Sudan", "local", "shells fall on a displacement camp",
     "Artillery shells fired by the RSF fell on the Abu Shouk camp for displaced people north of El Fasher on "
     "Tuesday, killing eleven residents, camp coordinators said."),
    (SHELLING, "Israel", "headline", "a rocket hits a town in the north",
     "Rocket slams into Kiryat Shmona. A rocket launched from Lebanon struck a residential street on Thursday, "
     "wounding three people, the Israeli army said."),
    (SHELLING, "Armenia", "attribution", "Armenia says Azerbaijani artillery hit a border village",
     "Armenia's defence ministry said Azerbaijani forces shelled Sotk and other border villages with artillery and "
     "mortars overnight, killing one soldier."),
    (SHELLING, "Gaza", "two-acts", "tank shells at a shelter, then a raid",
     "Israeli tank fire hit a school sheltering displaced families in Jabalia on Monday, killing nine people. Troops "
     "later moved into the area and detained dozens of men."),
    (IED, "Mali", "headline", "a bus hits a mine",
     "Bus blown up near Bandiagara. A passenger bus struck an explosive device on the road to Boni on Thursday, "
     "killing at least 11 travellers, local officials said."),
    (IED, "Colombia", "translated", "an explosive artefact hits a police patrol",
     "An explosive artefact activated at the passage of a police vehicle on the road between Jamundi and Potrerito "
     "left two uniformed officers dead, the police reported."),
    (IED, "Pakistan", "count", "a roadside bomb hits a police van",
     "Five policemen were killed and two wounded when a remote-controlled bomb went off beside their van in Bajaur "
     "district on Wednesday, officials said."),
    (IED, "Syria", "headline", "a car bomb in a market town",
     "Car bomb kills 20 in Manbij. A vehicle packed with explosives blew up next to a farm workers' truck on the "
     "town's edge on Monday, civil defence said."),
    (IED, "Cameroon", "local", "a landmine under a taxi",
     "A clando taxi drove over an improvised mine on the Bamenda-Bali road on Sunday, killing the driver and three "
     "passengers, residents said."),
    (GRENADE, "Colombia", "headline", "a grenade thrown at a police station",
     "Grenade hurled at Cali police station. A man on a motorcycle threw a grenade at the entrance of a police post "
     "in the east of the city on Friday night, wounding two officers."),
    (GRENADE, "India", "wire", "a grenade at a Srinagar market",
     "Suspected militants hurled a grenade at shoppers at a Sunday market near the tourist centre in Srinagar, "
     "wounding 12 people, police said."),
    (GRENADE, "Ecuador", "headline", "a grenade at a home in Guayaquil",
     "Grenade blast at Guayaquil house. An explosive thrown from a passing car detonated outside a home in the Guasmo "
     "district on Tuesday, wounding a woman and a child."),
    (GRENADE, "Burundi", "passive", "grenades at a bus station in Bujumbura",
     "Two grenades were thrown into the crowd at the Bujumbura bus station on Friday evening, killing one person and "
     "wounding 38, police said."),
    (GRENADE, "Sweden", "attribution", "police say a hand grenade was thrown at a building",
     "A hand grenade exploded outside an apartment building in Uppsala overnight, police said, shattering windows "
     "but injuring no one."),
]
