"""Strategic developments rows of news-check-snippets2: (sub-event type, country, style, reason, text)."""

AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
BASE = "Headquarters or base established"
LOOTING = "Looting/property destruction"
TRANSFER = "Non-violent transfer of territory"
OTHER = "Other"

ROWS = [
    (AGREEMENT, "Lebanon", "headline", "ceasefire agreed between a state and an armed group",
     "Israel and Hezbollah agree ceasefire. The truce brokered by Washington and Paris takes effect at 4 a.m. "
     "on Wednesday, ending more than a year of cross-border fighting."),
    (AGREEMENT, "Ukraine", "count", "a large prisoner exchange",
     "Some 390 Ukrainian soldiers and civilians came home on Friday in the first stage of a 1,000-for-1,000 "
     "prisoner swap agreed with Russia in Istanbul, Kyiv said."),
    (AGREEMENT, "Democratic Republic of Congo", "headline", "government and rebels sign a truce text",
     "Kinshasa and M23 sign truce framework in Qatar. Negotiators for the Congolese government and the rebels "
     "put their names on Saturday to a text that binds both to a lasting halt in fighting."),
    (AGREEMENT, "Colombia", "attribution", "government and guerrillas open a ceasefire",
     "Colombia's peace commissioner said a six-month bilateral ceasefire with the ELN guerrilla came into force "
     "at midnight on Thursday, the longest truce agreed with the group."),
    (AGREEMENT, "Ethiopia", "local", "a cessation of hostilities signed",
     "PRETORIA - Ethiopia's federal government and the Tigray People's Liberation Front signed a permanent "
     "cessation of hostilities on Wednesday after ten days of African Union talks."),
    (ARRESTS, "Turkey", "headline", "an opposition mayor detained",
     "Istanbul mayor Imamoglu detained. Police took Ekrem Imamoglu from his home before dawn on Wednesday, days "
     "before he was due to be named the opposition's presidential candidate, state media said."),
    (ARRESTS, "Pakistan", "passive", "a former prime minister arrested at a court",
     "Imran Khan was arrested by paramilitary Rangers inside the Islamabad High Court premises on Tuesday, "
     "where he had come to seek bail in several cases."),
    (ARRESTS, "South Korea", "liveblog", "investigators arrest the impeached president",
     "10:33 KST - Anti-corruption investigators say they have taken Yoon Suk Yeol into custody at his residence "
     "in Seoul, after a second attempt to execute the warrant."),
    (ARRESTS, "Tunisia", "attribution", "police arrest an opposition leader",
     "His Ennahda party said police raided Rached Ghannouchi's home in Tunis on Monday evening and took him to "
     "an unknown location."),
    (ARRESTS, "Philippines", "headline", "a former president arrested on an ICC warrant",
     "Duterte arrested on ICC warrant. Police detained the former Philippine president at Manila's airport on "
     "Tuesday as he returned from Hong Kong, the presidential office said."),
    (ARRESTS, "Venezuela", "translated", "security agents detain an opposition politician",
     "(Translated from Spanish) Hooded agents detained opposition leader Freddy Superlano in Caracas on "
     "Tuesday, days after the disputed election, his party reported."),
    (ARRESTS, "Georgia", "two-acts", "first act: opposition figure detained",
     "Police detained opposition leader Nika Gvaramia outside the Coalition for Change office in Tbilisi on "
     "Wednesday. Thousands later marched to parliament in protest."),
    (CHANGE, "Turkey", "headline", "an armed group dissolves itself",
     "PKK announces it will disband. The Kurdistan Workers' Party said on Monday that a congress had decided to "
     "dissolve the group and end its armed struggle."),
    (CHANGE, "Syria", "headline", "armed factions dissolved into the state",
     "Syria's armed factions to be dissolved. Hayat Tahrir al-Sham and the other groups that toppled Assad will "
     "be folded into the new state's institutions, the authorities said on Wednesday."),
    (CHANGE, "Mali", "attribution", "a foreign armed group is replaced by another",
     "The Wagner Group said on Friday that it had completed its mission in Mali and was leaving, with the "
     "Russian defence ministry's Africa Corps staying on in its place."),
    (CHANGE, "Ethiopia", "translated", "militia factions merge",
     "(Translated from Amharic) Several Fano factions in Gojjam, Gondar, Wollo and Shewa announced their merger "
     "into a single Amhara Fano National Movement on Tuesday."),
    (CHANGE, "Central African Republic", "count", "fighters disarm at a ceremony",
     "More than 200 former fighters of the 3R armed group handed over their weapons at a disarmament ceremony "
     "in Koui on Thursday, the UN mission said."),
    (DISRUPTED, "Poland", "headline", "drones shot down over a country's territory",
     "Polish jets down drones over Poland. Several Russian drones that crossed into Polish airspace overnight "
     "were shot down with help from allied aircraft, the prime minister said."),
    (DISRUPTED, "Nigeria", "communique", "explosive device defused",
     "Army statement: an explosive ordnance disposal team safely defused an IED planted by terrorists on the "
     "Maiduguri-Monguno road on Friday, and the route was reopened to traffic."),
    (DISRUPTED, "Israel", "liveblog", "rockets intercepted",
     "07:58 - Sirens in Ashkelon: the army says five rockets were launched from northern Gaza, all intercepted "
     "by air defences."),
    (DISRUPTED, "India", "passive", "a pressure bomb found and defused",
     "A 10-kilogram pressure bomb planted by Maoists was found and defused by CRPF personnel on a forest track "
     "in Sukma district on Saturday, officials said."),
    (DISRUPTED, "Russia", "attribution", "air defences destroy drones",
     "Moscow's mayor said air defences destroyed 12 Ukrainian drones flying toward the capital overnight and "
     "that debris fell without causing damage."),
    (DISRUPTED, "Syria", "translated", "weapons shipment seized",
     "(Translated from Arabic) The Syrian interior ministry said border guards seized a truck loaded with "
     "anti-tank missiles and rockets near Qusayr on Sunday, bound for Lebanon."),
    (BASE, "Nigeria", "attribution", "jihadists set up camps on islands",
     "Residents and security sources said ISWAP fighters have set up new camps on islands in Lake Chad near "
     "Kukawa, from which they launch raids on fishing communities."),
    (BASE, "Benin", "wire", "militants establish bases in a park",
     "JNIM fighters have established bases inside W National Park along Benin's northern border, a park "
     "official said on Thursday, describing tents, motorbikes and fuel stocks."),
    (BASE, "Syria", "headline", "foreign troops set up positions",
     "Israeli army builds new posts in southern Syria. Troops have set up several military positions inside "
     "the demilitarised buffer zone near Quneitra, satellite images show."),
    (BASE, "Syria", "communique", "a foreign army establishes an observation post",
     "Turkish Ministry of National Defence: a new observation post has been established near Saraqib in Idlib "
     "province to monitor the ceasefire."),
    (BASE, "Mozambique", "translated", "insurgents install a camp",
     "(Translated from Portuguese) Insurgents have installed a camp in the forest near Mucojo in Macomia "
     "district and are charging fishermen a tax, residents said."),
    (LOOTING, "Palestine", "wire", "army demolishes houses",
     "Israeli forces demolished eight Palestinian homes in Masafer Yatta in the southern West Bank on Monday, "
     "saying they had been built without permits, residents said."),
    (LOOTING, "Sudan", "two-acts", "first act: paramilitary fighters loot a market",
     "Rapid Support Forces fighters looted shops in the main market of Um Rawaba on Wednesday and drove off with "
     "trucks of goods. On Thursday army jets bombed the group's vehicles outside the town."),
    (LOOTING, "Haiti", "local", "gangs loot and burn pharmacies",
     "PORT-AU-PRINCE - Gang members broke into and looted pharmacies and a hospital in the downtown area on "
     "Friday before setting several buildings on fire."),
    (LOOTING, "Myanmar", "count", "soldiers burn an empty village",
     "About 300 houses were burned down when junta troops set fire to the village of Kin Ma in Magway region "
     "after residents had fled, the village's administrator said."),
    (LOOTING, "Palestine", "headline", "settlers torch cars in a village",
     "Settlers set cars ablaze in Huwara. A group of settlers entered the town at night and burned four cars "
     "and a shop before leaving, the Palestinian news agency WAFA said."),
    (LOOTING, "Democratic Republic of Congo", "passive", "warehouses looted in a captured city",
     "Food warehouses of the World Food Programme in Goma were looted on Tuesday, the agency said."),
    (TRANSFER, "Mali", "wire", "rebels move in after peacekeepers leave",
     "Tuareg-led rebels took over the UN camp in Kidal on Tuesday hours after the last peacekeepers left it, "
     "the rebel coalition said."),
    (TRANSFER, "Syria", "attribution", "government withdraws, another force moves in",
     "The Syrian Democratic Forces said on Friday they had taken over Deir ez-Zor city after government troops "
     "and allied militias withdrew without a fight."),
    (TRANSFER, "Ukraine", "headline", "an occupying army withdraws",
     "Ukrainian troops enter Kherson. Soldiers were met by crowds in the city's main square on Friday after "
     "Russian forces pulled back across the Dnipro river."),
    (TRANSFER, "Niger", "passive", "a foreign base handed over",
     "The last French military base in Niamey was handed over to the Nigerien army on Friday, completing the "
     "withdrawal demanded by the ruling junta."),
    (TRANSFER, "Chad", "communique", "a foreign army hands over a base",
     "Chadian armed forces general staff: the base at Faya-Largeau was officially handed over by the French "
     "army to the Chadian army this Thursday."),
    (OTHER, "Libya", "ngo", "mass graves found",
     "The UN mission in Libya expressed horror at reports that mass graves had been found in Tarhuna after "
     "government forces took control of the town."),
    (OTHER, "Syria", "count", "a mass grave uncovered",
     "Hundreds of bodies have been found in a mass grave at al-Qutayfah north of Damascus, a rights group said "
     "on Tuesday."),
    (OTHER, "Sudan", "translated", "a mass grave discovered",
     "(Translated from Arabic) Police in Khartoum uncovered a mass grave with more than 450 bodies in Salha, a "
     "district the RSF had held until last month, the prosecutor's office said."),
    (OTHER, "Ukraine", "liveblog", "burial site of hundreds found",
     "15:47 - Ukrainian officials say a burial site holding more than 440 graves has been found in woods "
     "outside Izium after Russian forces left."),
    (OTHER, "Guinea-Bissau", "local", "armed men occupy an office without violence",
     "BISSAU - Soldiers occupied the offices of the national electoral commission on Wednesday without firing "
     "a shot and ordered staff out of the building, witnesses said."),
]
