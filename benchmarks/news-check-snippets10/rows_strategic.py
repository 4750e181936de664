"""Strategic developments rows of news-check-snippets10: (sub-event type, country, style, reason, text). Written for
eventwire."""

AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
BASE = "Headquarters or base established"
LOOTING = "Looting/property destruction"
TRANSFER = "Non-violent transfer of territory"
OTHER = "Other"

ROWS = [
    (AGREEMENT, "Azerbaijan", "headline", "two leaders initial a peace text",
     "Aliyev and Pashinyan initial peace text at White House. The leaders of Azerbaijan and Armenia put their "
     "initials to a draft treaty on Friday meant to close decades of conflict over Karabakh."),
    (AGREEMENT, "DR Congo", "headline", "government and rebels sign a declaration of principles",
     "Kinshasa, M23 put pen to paper in Doha. The Congolese government and the AFC/M23 rebels signed a declaration "
     "of principles on Saturday pledging a lasting ceasefire, Qatari mediators said."),
    (AGREEMENT, "Yemen", "attribution", "warring parties accept a truce, per the UN envoy",
     "The UN envoy for Yemen announced that the warring parties had accepted a two-month truce from the start of "
     "Ramadan, including a halt to cross-border attacks."),
    (AGREEMENT, "Sudan", "local", "elders of two communities agree to end a feud",
     "Elders of the Misseriya and Rizeigat agreed at a conference in El Daein to end their feud, pay blood money "
     "for the dead and return each other's stolen cattle."),
    (AGREEMENT, "Ukraine", "headline", "a prisoner exchange under a deal",
     "Hundreds of POWs come home in Istanbul-brokered swap. Russia and Ukraine handed over 390 prisoners each at the "
     "Belarusian border on Friday, the first stage of the deal struck in Turkey."),
    (ARRESTS, "Turkey", "headline", "police detain an opposition mayor",
     "Istanbul mayor detained in dawn raid. Police took Ekrem Imamoglu into custody at his home on Wednesday in a "
     "corruption and terrorism inquiry, days before his party was to name him its candidate."),
    (ARRESTS, "Tanzania", "local", "police pick up an opposition chairman after a rally",
     "Police picked up Chadema chairman Tundu Lissu after a rally in Mbinga, Ruvuma region, on Wednesday evening, "
     "and he was later charged with treason in Dar es Salaam."),
    (ARRESTS, "Iraq", "communique", "counter-terrorism forces apprehend an IS finance official",
     "The Counter-Terrorism Service apprehended a terrorist responsible for the finances of the Daesh gangs in "
     "Kirkuk governorate, acting on accurate intelligence information."),
    (ARRESTS, "Russia", "headline", "an opposition leader held at passport control",
     "Navalny held minutes after landing. The Kremlin critic was detained at passport control at Moscow's "
     "Sheremetyevo airport on Sunday evening, having flown in from Germany."),
    (ARRESTS, "Zimbabwe", "passive", "opposition activists arrested at a meeting",
     "Seventy-eight opposition activists were arrested while meeting at a home in Harare's Avondale suburb on "
     "Sunday, accused of plotting violence."),
    (CHANGE, "Turkey", "headline", "a militant group announces it will disband",
     "PKK votes to disband. The Kurdish militant group said on Monday that its congress had decided to dissolve "
     "itself and end its armed campaign against the Turkish state."),
    (CHANGE, "Mali", "headline", "a mercenary group leaves and is folded into another force",
     "Wagner says job done in Mali, hands over to Africa Corps. The Russian private military group announced on "
     "Friday it was leaving the country, with its fighters absorbed by the defence ministry's Africa Corps."),
    (CHANGE, "Colombia", "attribution", "a dissident bloc breaks away from its command",
     "The FARC dissident bloc led by Calarca said in a statement that it was breaking with Ivan Mordisco's command "
     "and forming its own general staff."),
    (CHANGE, "Sudan", "headline", "armed movements end neutrality and take a side",
     "Darfur movements end neutrality, side with army. Two armed movements led by Minni Minawi and Jibril Ibrahim "
     "declared on Thursday that they would fight alongside the army against the RSF."),
    (CHANGE, "Haiti", "local", "rival gang federations announce an alliance",
     "Leaders of the G9 and G-Pep federations, sworn enemies until now, announced in a video on Thursday that they "
     "were joining forces under the name Viv Ansanm."),
    (DISRUPTED, "Israel", "headline", "a barrage of drones and missiles is intercepted",
     "Iron Dome, Arrow and allied jets swat down Iranian barrage. Israel's military said almost all of the more "
     "than 300 drones and missiles launched by Iran overnight were intercepted before reaching its territory."),
    (DISRUPTED, "Nigeria", "communique", "troops find and detonate a planted IED",
     "Troops of Operation Hadin Kai on patrol discovered and safely detonated an IED planted along the Damboa-Biu "
     "road, thereby averting an attack on road users."),
    (DISRUPTED, "Ukraine", "count", "all drones launched overnight are shot down",
     "Ukraine's air force reported shooting down all 37 attack drones Russia launched overnight at Kyiv and the "
     "central regions."),
    (DISRUPTED, "Iraq", "passive", "a rocket set to fire is found and dismantled",
     "A Katyusha rocket rigged to be fired at Baghdad airport was found and dismantled by security forces in a field "
     "in Radwaniyah, officials said."),
    (DISRUPTED, "United Arab Emirates", "headline", "two ballistic missiles intercepted over a capital",
     "UAE downs two Houthi missiles over Abu Dhabi. The Emirati defence ministry said early on Monday it had "
     "destroyed both ballistic missiles in flight, with debris falling in unpopulated areas."),
    (BASE, "Burkina Faso", "headline", "foreign military personnel set up at a base near the capital",
     "Russian contingent arrives in Ouagadougou. Around a hundred Africa Corps personnel have settled at a base on "
     "the outskirts of the capital, a security source said on Thursday."),
    (BASE, "Sudan", "attribution", "a paramilitary coalition installs its council in a city",
     "The RSF-led Tasis coalition says it has installed its presidential council in Nyala, making the Darfur city "
     "the seat of its rival government."),
    (BASE, "Myanmar", "headline", "an armed group opens an administrative office in a town it holds",
     "Arakan Army opens township office in Maungdaw. The group inaugurated an administration office in the border "
     "town on Monday to run services and collect taxes, residents said."),
    (BASE, "Nigeria", "wire", "jihadists build a camp on a lake island",
     "Islamic State West Africa Province fighters have built a new camp on Tumbun Gini island in Lake Chad, with "
     "trenches and a training ground, intelligence sources told reporters."),
    (BASE, "Haiti", "headline", "a multinational mission opens a forward base",
     "Kenyan-led force plants new post in Pont-Sonde. The multinational security mission said on Saturday it had "
     "opened a forward operating base in the Artibonite town to cut gang supply routes."),
    (LOOTING, "Sudan", "headline", "paramilitaries empty grain warehouses and take machinery",
     "RSF trucks haul away Gezira's grain. Paramilitary fighters emptied the warehouses of the agricultural scheme "
     "in Managil and carted off harvesters and fuel, farmers said."),
    (LOOTING, "Palestine", "headline", "Israeli forces demolish homes",
     "Bulldozers flatten eleven homes in Masafer Yatta. Israeli forces demolished eleven Palestinian homes in the "
     "Masafer Yatta area south of Hebron on Monday, saying they had been built without permits."),
    (LOOTING, "Syria", "passive", "shops looted and set alight overnight",
     "Shops owned by Alawite families in the Jableh market were looted and set alight overnight by armed men, "
     "residents said."),
    (LOOTING, "Nigeria", "headline", "bandits rustle cattle from herders' camps",
     "Bandits rustle 200 cows in Maru raid. Armed men drove the herd away from Fulani camps on Thursday without "
     "firing a shot, a vigilante leader told our correspondent."),
    (LOOTING, "Mozambique", "two-acts", "insurgents loot shops then burn a church; the looting is told first",
     "Insurgents looted food from shops in the market of Mocimboa da Praia on Friday and burned the church before "
     "leaving. Soldiers reached the town the following morning."),
    (TRANSFER, "Niger", "headline", "foreign forces hand a base to national authorities",
     "US hands Agadez drone base to Niger. American forces completed their withdrawal from Air Base 201 on Monday "
     "and turned the site over to Nigerien authorities."),
    (TRANSFER, "Syria", "attribution", "a militia hands districts to government security under a deal",
     "Syria's interior ministry says SDF units have withdrawn from two Aleppo districts and handed the checkpoints to "
     "its General Security, under last month's agreement."),
    (TRANSFER, "Azerbaijan", "wire", "a district handed over under a ceasefire",
     "Armenian forces handed the Kalbajar district to Azerbaijan on Wednesday under the Russian-brokered ceasefire, "
     "after a ten-day delay requested by Yerevan."),
    (TRANSFER, "DR Congo", "headline", "rebels pull out and a regional force takes over",
     "M23 leaves Kibumba, East African troops move in. The rebels withdrew from the town on Friday and soldiers of "
     "the regional force took over their positions, residents said."),
    (TRANSFER, "Somalia", "headline", "AU troops hand a base to the national army",
     "AU troops pass Dhusamareb base to Somali army. The African Union mission formally handed the forward operating "
     "base to Somali National Army units on Sunday as part of its drawdown."),
    (OTHER, "Niger", "headline", "aggregator headline: officers announce they removed the president (coup)",
     "BREAKING | Soldiers on Niger state TV say Bazoum removed. A group of officers calling themselves a national "
     "council announced overnight that they had ended the president's rule and closed the borders."),
    (OTHER, "Guinea", "local", "a special-forces commander announces the government dissolved (coup)",
     "Special forces commander Mamady Doumbouya read a statement on RTG announcing the dissolution of the government "
     "and the suspension of the constitution, with President Conde in their hands."),
    (OTHER, "Somalia", "headline", "pirates hijack a bulk carrier",
     "Pirates take Bangladeshi bulk carrier. Somali pirates hijacked the Bangladesh-flagged bulk carrier Abdullah in"
     " the Indian Ocean on Tuesday, holding its 23 crew on board as they steered it toward the coast."),
    (OTHER, "Bolivia", "headline", "a general leads troops and an armoured car into the palace square (coup bid)",
     "Armoured car rams La Paz palace door in coup bid. General Juan Jose Zuniga led troops into Plaza Murillo on "
     "Wednesday before pulling back hours later, and was then arrested."),
    (OTHER, "Burkina Faso", "local", "a captain announces on television that the junta leader is removed (coup)",
     "Captain Ibrahim Traore appeared on RTB on Friday evening flanked by soldiers in combat gear and said that "
     "Lieutenant-Colonel Damiba had been relieved of his functions and the charter suspended."),
]
