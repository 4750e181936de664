"""Explosions/Remote violence rows of news-check-snippets2: (sub-event type, country, style, reason, text)."""

CHEMICAL = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEMICAL, "Syria", "count", "nerve agent dropped on a town",
     "At least 70 people, many of them children, died after warplanes dropped what doctors believe was a nerve "
     "agent on Khan Sheikhoun in Idlib province on Tuesday morning."),
    (CHEMICAL, "Syria", "ngo", "chlorine canisters dropped on a besieged town",
     "The Syrian American Medical Society reported that a helicopter dropped chlorine-filled cylinders on "
     "residential buildings in Douma on Saturday evening, suffocating families in basements."),
    (CHEMICAL, "Ukraine", "communique", "drone-dropped chloropicrin on positions",
     "General Staff update: Russian forces used munitions filled with chloropicrin against our positions near "
     "Robotyne in Zaporizhzhia region on Thursday; several soldiers were treated for poisoning."),
    (CHEMICAL, "Ukraine", "headline", "toxic agent dropped by drones",
     "Kyiv accuses Moscow of gas attacks near Pokrovsk. Drones dropped grenades loaded with a choking agent on "
     "Ukrainian trenches on Monday, the country's military said."),
    (CHEMICAL, "Iraq", "wire", "mustard agent in rockets on a town",
     "Islamic State militants fired rockets carrying mustard agent into the town of Taza south of Kirkuk, "
     "causing burns and breathing problems among hundreds of residents, Iraqi officials said."),
    (AIR, "Ukraine", "headline", "guided aerial bomb hits a store",
     "Glide bomb hits Kharkiv hypermarket. A Russian guided bomb struck a crowded DIY store on Saturday "
     "afternoon, killing at least 12 shoppers and staff, the regional governor said."),
    (AIR, "Russia", "attribution", "drones strike a refinery",
     "The Ryazan governor said a Ukrainian drone attack overnight set fire to the oil refinery on the edge of the "
     "city, and that one worker was hurt."),
    (AIR, "Sudan", "headline", "paramilitary drones hit a port city",
     "Drones pound Port Sudan for a third day. Rapid Support Forces drones struck a fuel depot and the airport "
     "of the Red Sea city on Tuesday, witnesses said."),
    (AIR, "Sudan", "count", "warplane bombs a market",
     "More than 100 people died when an army warplane bombed the weekly market in Kabkabiya, North Darfur, on "
     "Monday, local monitors said."),
    (AIR, "Yemen", "communique", "foreign air strikes on a fuel port",
     "US Central Command announced strikes on the Ras Isa fuel port on Thursday to cut off the Houthis' supply "
     "of fuel; the Houthi health ministry reported dozens of dead."),
    (AIR, "Lebanon", "liveblog", "drone strike on a car",
     "12:05 - Lebanese state media: one dead after an Israeli drone fired a missile at a vehicle travelling "
     "near Kfar Remen, just outside Nabatieh."),
    (AIR, "Palestine", "passive", "shelter in a school hit from the air",
     "A school sheltering displaced families in Gaza City was hit by an Israeli air strike before dawn on "
     "Saturday, the civil defence agency said, reporting more than 20 dead."),
    (AIR, "Myanmar", "translated", "junta jet bombs a school",
     "(Translated from Burmese) A military jet bombed a school in Oe Htein Kwin village in Tabayin township on "
     "Monday morning, killing 20 pupils and two teachers, local media reported."),
    (AIR, "Nigeria", "two-acts", "first act: army drone strike kills villagers",
     "Dozens of Muslim faithful gathered for Maulud were killed in Tudun Biri, Kaduna, when an army drone "
     "dropped two bombs on them by mistake late Sunday. The military apologised and said it would investigate."),
    (AIR, "Afghanistan", "attribution", "foreign air raids on a border district",
     "Taliban officials said Pakistani aircraft bombed several villages in the Barmal district of Paktika "
     "province overnight, killing dozens of people."),
    (SUICIDE, "Nigeria", "count", "female suicide bombers at a wedding",
     "Eighteen people were killed when women carrying explosives blew themselves up at a wedding, a hospital "
     "and a funeral in Gwoza, Borno state, on Saturday, emergency officials said."),
    (SUICIDE, "Pakistan", "headline", "bomber strikes a railway station",
     "Blast at Quetta railway station kills 26. A suicide bomber detonated his vest among soldiers waiting for "
     "a train on Saturday morning, police said."),
    (SUICIDE, "Afghanistan", "wire", "bomber kills a minister inside his ministry",
     "Taliban refugee minister Khalil Haqqani was killed on Wednesday when a suicide bomber set off explosives "
     "inside the ministry compound in Kabul, officials said."),
    (SUICIDE, "Syria", "translated", "bomber in a church during mass",
     "[Translated from Arabic] An attacker opened fire then blew himself up among worshippers at the Mar Elias "
     "church in Damascus's Dweila neighbourhood on Sunday, the health ministry said."),
    (SUICIDE, "Somalia", "local", "bomber at a recruitment camp",
     "MOGADISHU - A suicide bomber blew himself up among young men queuing to enlist at the Damanyo military "
     "camp on Sunday morning, killing at least ten, witnesses said."),
    (SHELLING, "Ukraine", "headline", "ballistic missiles on a city centre",
     "Missiles hit Sumy on Palm Sunday. Two Russian ballistic missiles struck the city centre as residents "
     "headed to church, killing at least 34 people."),
    (SHELLING, "Ukraine", "passive", "cruise missile hits a children's hospital",
     "Okhmatdyt children's hospital in Kyiv was hit by a Russian cruise missile during a daytime barrage on "
     "Monday, the health minister said."),
    (SHELLING, "Israel", "headline", "a ballistic missile from Iran hits a hospital",
     "Iranian missile hits Beersheba hospital. The ballistic missile slammed into Soroka Medical Center on "
     "Thursday morning, wounding dozens of patients and staff, rescue services said."),
    (SHELLING, "Israel", "liveblog", "rockets fired into a town",
     "16:02 - Around 30 rockets fired from Lebanon hit Kiryat Shmona; one house took a direct hit, Magen David "
     "Adom says no injuries so far."),
    (SHELLING, "Sudan", "ngo", "artillery shelling of a camp",
     "MSF says RSF artillery shelled Zamzam camp near El Fasher for a second day on Tuesday, hitting a market "
     "and killing at least eight displaced people."),
    (SHELLING, "Russia", "count", "rockets and shells on a city",
     "Fourteen people were killed and more than 100 wounded when shells and cluster rockets fired from Ukraine "
     "landed in central Belgorod on Saturday, Russian officials said."),
    (SHELLING, "Syria", "translated", "government artillery on a rebel-held town",
     "(Translated from Arabic) Shells fired by regime forces landed on homes in Ariha, southern Idlib, on "
     "Wednesday; civil defence teams pulled the bodies of a mother and two of her children from the rubble."),
    (SHELLING, "Yemen", "local", "Houthi shelling of a city",
     "TAIZ - Houthi fighters shelled the densely populated Al-Rawdah district with mortars on Friday evening, "
     "wounding four children playing near their homes, medical sources said."),
    (SHELLING, "Democratic Republic of Congo", "attribution", "shells hit displacement camps",
     "Congo's army said bombs fired from M23 positions struck two camps for displaced people in Mugunga, west "
     "of Goma, on Friday, killing at least nine."),
    (SHELLING, "Ukraine", "communique", "artillery kills a civilian at a bus stop",
     "Kherson regional military administration: at 09:40 the Russian army shelled the Korabel district; a 58-year-"
     "old woman waiting at a bus stop was killed."),
    (IED, "Pakistan", "headline", "roadside bomb hits police van",
     "Five police officers killed in Bajaur bombing. A remote-controlled device planted beside the road went off "
     "as their van passed on Tuesday, district police said."),
    (IED, "Burkina Faso", "translated", "explosive device under a bus",
     "(Translated from French) A passenger bus struck an explosive device on the road between Djibo and "
     "Namsiguia on Thursday, leaving several dead, according to local sources."),
    (IED, "Nigeria", "passive", "roadside bomb kills farmers",
     "A group of farmers was killed by a roadside bomb on the Maiduguri-Damboa road on Sunday, as they travelled "
     "to their fields in a pickup truck, local officials said."),
    (IED, "Colombia", "headline", "parked car bomb outside a police station",
     "Car bomb rocks Jamundi. A car packed with explosives blew up near the police station on Tuesday, wounding "
     "two officers; the army blamed the Jaime Martinez dissident front."),
    (IED, "Syria", "count", "car bomb kills farm workers",
     "Twenty people, most of them women working on farms, were killed when a car bomb exploded beside a vehicle "
     "carrying them on the outskirts of Manbij on Monday."),
    (IED, "Ukraine", "local", "landmine kills a tractor driver",
     "KHARKIV - A tractor driver was killed when his machine hit an anti-tank mine in a field near Balakliia "
     "on Wednesday, the regional prosecutor's office said."),
    (IED, "India", "ngo", "Maoist IED on a security convoy",
     "Nine security personnel, eight of them District Reserve Guards, were killed when Maoists detonated an IED "
     "under their vehicle in Bijapur on Monday, according to a rights monitor."),
    (IED, "Russia", "two-acts", "first act: bomb in a scooter kills a general",
     "A bomb hidden in an electric scooter killed Lieutenant General Igor Kirillov outside his Moscow apartment "
     "block on Tuesday. The next day an Uzbek man was detained over the killing."),
    (GRENADE, "India", "headline", "grenade thrown into a market",
     "Grenade blast at Srinagar Sunday market injures 12. Militants hurled a grenade at a crowd of shoppers near "
     "the tourist reception centre, police said."),
    (GRENADE, "Sweden", "local", "hand grenade at a house",
     "STOCKHOLM - A hand grenade was thrown at a terraced house in Varby gard overnight, shattering windows; "
     "no one was hurt, police said, linking it to a gang conflict."),
    (GRENADE, "Burundi", "two-acts", "first act: grenades thrown into a bar",
     "Unidentified men threw two grenades into a crowded bar in Bujumbura's Kamenge district on Saturday night, "
     "killing two people. Police arrested three suspects the next morning."),
    (GRENADE, "India", "communique", "grenade at a police post",
     "Punjab Police: unknown persons lobbed a grenade at the Islamabad police station in Amritsar at 03:00; "
     "the building was damaged and no casualties were reported."),
    (GRENADE, "Denmark", "wire", "hand grenades near an embassy",
     "Two hand grenades exploded near the Israeli embassy in Copenhagen early on Wednesday, Danish police said, "
     "and no one was injured."),
]
