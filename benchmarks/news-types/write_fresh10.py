"""Write fresh10.jsonl from the hand-written rows below (typing round thirteen, written before any run on them).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/write_fresh10.py

Five forms in about equal parts, each one the lead's checks hold more of than our dev sets: a plain lead whose act is
told with a rarer verb (``lead``: torched, razed, gunned down, hacked, pelted, lobbed, whisked away ...); a passive
lead (``passive``: "were killed when ...", "was seized by ..."); a wire brief whose act is told only in its second
sentence (``wire2``); a lead whose act is told only inside a quote (``quote``: "'They took them at gunpoint from the
bus,' a church official said after ..."); and a headline with its lead on one line (``head``). The rows weigh the
confusable pairs and non-events phrased like events (threats, warnings, anniversaries, trials, drills). They are
grouped by sub-type for the writer and shuffled with a fixed seed before ids are given, so the held part (every third
id) mixes all sub-types and forms. Every sentence was written for eventwire; facts are modelled on real events
(2018-2025), wording is ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import jsonl_text, numbered_snippets  # noqa: E402

OUT = Path(__file__).resolve().parent / "fresh10.jsonl"
SHUFFLE_SEED = 13  # round thirteen; any fixed seed would do

AC, AT, AIR, SH, IED = ("Armed clash", "Attack", "Air/drone strike", "Shelling/artillery/missile attack",
                        "Remote explosive/landmine/IED")
SUI, GR, CH, SV, AB, AR = ("Suicide bomb", "Grenade", "Chemical weapon", "Sexual violence",
                           "Abduction/forced disappearance", "Arrests")
PP, PI, EF, VD, MOB = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                       "Violent demonstration", "Mob violence")
GRT, NSO, NVT, HQ = ("Government regains territory", "Non-state actor overtakes territory",
                     "Non-violent transfer of territory", "Headquarters or base established")
AGR, CHG, DWU, LOOT, OTH = ("Agreement", "Change to group/activity", "Disrupted weapons use",
                            "Looting/property destruction", "Other")
LD, PS, W2, QT, HD = "lead", "passive", "wire2", "quote", "head"

ROWS: list[tuple[str | None, str, str, str, str]] = [
    # --- Armed clash (10)
    (AC, "Niger", PS, "Seventeen soldiers and dozens of militants were killed when an army patrol fought a large group of jihadists near Tassia in the Tillaberi region, the defence ministry said.", "patrol fights jihadists"),
    (AC, "Sudan", QT, "\"The fighting went on from dawn until the afternoon, with heavy machine guns on both sides,\" a resident of Babanusa told reporters, describing battles between the army's 22nd Division and RSF fighters around the garrison.", "battle told in a quote"),
    (AC, "Democratic Republic of Congo", W2, "Wazalendo militias have grown in strength across North Kivu. On Tuesday they exchanged fire with M23 rebels for several hours near Masisi centre, local civil society said.", "militia vs rebels"),
    (AC, "Somalia", LD, "Clan militiamen and al-Shabaab fighters traded gunfire for hours in the village of Adan Yabaal after the militants tried to return, elders said.", "traded gunfire"),
    (AC, "Mali", HD, "FAMa and Wagner fighters battle rebels at Tinzaouaten. Heavy fighting with Tuareg separatists of the CSP raged for a third day near the Algerian border, sources said.", "army vs rebels"),
    (AC, "Colombia", PS, "Four soldiers were wounded when troops came under fire from Clan del Golfo gunmen and fought back in a rural area of Antioquia, the army said.", "came under fire and fought back"),
    (AC, "Ethiopia", QT, "\"Fano fighters and federal troops have been fighting in the town since morning,\" a Bahir Dar resident said by phone, adding that gunfire could be heard near the university.", "battle told in a quote"),
    (AC, "India", LD, "Security forces gunned down three Maoists in a gunfight in the forests of Bijapur, Chhattisgarh, after the rebels opened fire on a search party, police said.", "gunned down in a gunfight"),
    (AC, "Yemen", W2, "The front lines around Marib had been largely quiet since the truce. Houthi fighters and government troops battled overnight in the Harib district, leaving at least 12 dead, military sources said.", "front-line battle"),
    (AC, "Pakistan", HD, "Soldiers kill six militants in North Waziristan shootout. Troops stormed a hideout near Mir Ali and an exchange of fire followed, the military's media wing said.", "raid with exchange of fire"),
    # --- Attack (10)
    (AT, "Nigeria", LD, "Bandits stormed Kadisau village in Katsina on motorcycles and gunned down more than 20 residents, including worshippers at a mosque, a lawmaker said.", "bandits kill villagers"),
    (AT, "Burkina Faso", PS, "Dozens of villagers were hacked to death when armed men raided the hamlet of Dassa at dawn, survivors said.", "passive massacre"),
    (AT, "Mali", QT, "\"They rounded up the men near the well and shot them one by one,\" a survivor of the raid on Moura told investigators, who blamed soldiers and foreign fighters.", "killings told in a quote"),
    (AT, "Cameroon", W2, "Separatist fighters have imposed a boycott of schools in the Anglophone regions. On Monday, gunmen burst into a classroom in Kumba and opened fire on pupils, killing seven children, officials said.", "school shooting"),
    (AT, "Democratic Republic of Congo", HD, "CODECO militia kills 40 displaced people in Djugu. Fighters armed with machetes and rifles torched shelters and killed families at the Plaine Savo camp, aid workers said.", "burning during a killing raid"),
    (AT, "Israel/Palestine", PS, "A Palestinian man was shot dead by Israeli settlers near Turmus Ayya on Friday, the Palestinian health ministry said.", "settlers kill a man"),
    (AT, "Sudan", QT, "\"Gunmen went house to house killing men and boys,\" a woman who fled Ardamata to Chad said, blaming RSF fighters for the massacre.", "massacre told in a quote"),
    (AT, "Haiti", LD, "Gang members torched houses and gunned down residents in Solino overnight, killing at least 12 people, a human rights group said.", "gang raid kills residents"),
    (AT, "Afghanistan", W2, "Hazara travellers have been targeted on the road before. Gunmen stopped a minibus in Daikundi province and shot its passengers, killing 14, the Taliban said.", "passengers shot"),
    (AT, "Mozambique", HD, "Insurgents behead villagers in Cabo Delgado. Militants linked to Islamic State killed at least 11 people in a raid on Naquitengue, the local administrator said.", "beheadings"),
    # --- Air/drone strike (8)
    (AIR, "Ethiopia", PS, "At least 30 people were killed when a drone hit a busy market in Finote Selam in the Amhara region, health workers said.", "passive drone strike"),
    (AIR, "Syria", QT, "\"The jets came twice and flattened the bakery queue,\" a rescuer in Atarib said after a Russian air raid on the town's market.", "air raid told in a quote"),
    (AIR, "Iraq", W2, "Turkey has long targeted PKK positions in the north. Turkish warplanes bombed a village near Sinjar on Thursday, killing two people, Iraqi Kurdish officials said.", "warplanes bomb"),
    (AIR, "Burkina Faso", LD, "A military drone bombed a crowd gathered at a market in Bourasso, Kossi province, killing dozens of people, according to residents.", "drone bombs market"),
    (AIR, "Myanmar", HD, "Junta aircraft pound Kanbalu village during ceremony. Bombs dropped by a jet and a helicopter killed scores of people gathered to open a local office, witnesses said.", "aircraft bomb a gathering"),
    (AIR, "Nigeria", PS, "Scores of villagers were killed when a military aircraft mistakenly bombed a religious gathering at Tudun Biri in Kaduna state, officials said.", "mistaken air strike"),
    (AIR, "Yemen", LD, "Saudi-led coalition jets struck a bus carrying schoolboys in Dahyan market, Saada, killing dozens of children, the Red Cross said.", "jets strike a bus"),
    (AIR, "Lebanon", QT, "\"A drone fired at the car as it left the village,\" the mayor of Kfar Kila said, adding that the two men inside were killed in the Israeli strike.", "drone strike told in a quote"),
    # --- Shelling/artillery/missile (9)
    (SH, "Ukraine", PS, "Eleven people were killed when a Russian missile slammed into a shopping centre in Kremenchuk, emergency services said.", "passive missile strike"),
    (SH, "Israel/Palestine", QT, "\"The shells were falling every few minutes on the tents,\" a displaced man in al-Mawasi said after Israeli artillery fire killed several people in the camp.", "shelling told in a quote"),
    (SH, "Armenia", LD, "Azerbaijani artillery pounded the Armenian border towns of Jermuk and Goris overnight, the defence ministry in Yerevan said.", "artillery pounds towns"),
    (SH, "Sudan", W2, "Omdurman has been a target since the war began. RSF fighters fired shells at a crowded market in the city on Saturday, killing at least 50 people, the health ministry said.", "shells on a market"),
    (SH, "Saudi Arabia", HD, "Houthi missile strikes Najran. A projectile fired from Yemen hit a residential area of the southern city, wounding six, the coalition said.", "missile hits a city"),
    (SH, "Syria", LD, "Regime gunners lobbed dozens of rockets at the town of Ariha, south of Idlib, killing a teacher and two pupils, the civil defence said.", "rockets lobbed"),
    (SH, "Somalia", PS, "Several mortar rounds landed near the presidential palace in Mogadishu on Sunday night, wounding three civilians, police said.", "mortar rounds landed"),
    (SH, "Russia", W2, "Belgorod has repeatedly come under fire from across the border. Ukrainian rocket launchers hit the city centre on Saturday, killing 25 people, the regional governor said.", "rocket fire"),
    (SH, "Ukraine", QT, "\"Two Iskander missiles hit the institute grounds within minutes,\" the head of the Poltava region said of the strike that killed more than 50 cadets.", "missile strike told in a quote"),
    # --- IED (8)
    (IED, "Pakistan", PS, "Seven soldiers were killed when their vehicle was blown up by a roadside bomb in the Kachhi district of Balochistan, the military said.", "roadside bomb"),
    (IED, "Somalia", QT, "\"The bomb was hidden in a rickshaw parked outside the tea shop,\" a police officer in Beledweyne said after the blast that killed five people.", "bomb told in a quote"),
    (IED, "Nigeria", LD, "A landmine planted by jihadists tore through a truck carrying farmers on the road outside Gwoza, Borno, killing 12, local militia said.", "landmine"),
    (IED, "Colombia", W2, "The ELN has stepped up attacks on security forces. A motorbike packed with explosives blew up next to a police station in Potosi, Cauca, wounding four officers, the police said.", "motorbike bomb"),
    (IED, "Syria", HD, "Car bomb rips through Azaz market. The explosives-laden vehicle went off near a busy crossroads in the northern town, killing eight, the White Helmets said.", "car bomb"),
    (IED, "Benin", PS, "Two park rangers and a soldier were killed when their patrol struck an explosive device in the W National Park, the army said.", "explosive device"),
    (IED, "Iraq", LD, "An improvised explosive device detonated beside a convoy of contractors on the highway south of Baghdad, wounding three, security officials said.", "IED"),
    (IED, "Mali", QT, "\"Our minibus rolled over the mine and flipped,\" a passenger said after a blast on the road between Ansongo and Menaka killed eight travellers.", "mine told in a quote"),
    # --- Suicide bomb (6)
    (SUI, "Pakistan", PS, "More than 50 people were killed when a bomber blew himself up among worshippers at a mosque inside the Peshawar police lines, officials said.", "suicide bomber"),
    (SUI, "Somalia", QT, "\"The man walked into the restaurant wearing a vest and detonated it,\" a witness said after the blast at a tea shop near the port in Mogadishu.", "suicide vest told in a quote"),
    (SUI, "Afghanistan", LD, "An attacker detonated explosives strapped to his body outside the foreign ministry in Kabul as staff left for lunch, killing at least five people, police said.", "explosives strapped to his body"),
    (SUI, "Nigeria", W2, "Borno has seen a lull in bombings in recent months. On Saturday, female bombers set off explosives at a wedding and a hospital in Gwoza, killing at least 18 people, officials said.", "female bombers"),
    (SUI, "Iraq", HD, "Twin suicide blasts hit Baghdad's Tayaran square. Two bombers detonated their vests among shoppers at a clothes market, killing 32, the health ministry said.", "twin suicide blasts"),
    (SUI, "Syria", PS, "Twenty-five worshippers were killed when an attacker opened fire and then blew himself up inside a church in Damascus's Dweila district, the interior ministry said.", "gunfire then self-detonation"),
    # --- Grenade (7)
    (GR, "Burundi", PS, "Two people were killed when grenades were hurled into a crowded bus station in Gitega during rush hour, police said.", "grenades hurled"),
    (GR, "India", QT, "\"Two men on a scooter lobbed something at the gate and it exploded,\" a guard said after a grenade attack on a police post in Amritsar.", "grenade told in a quote"),
    (GR, "Colombia", LD, "An unknown attacker tossed a grenade at a police patrol in Cali's Siloe neighbourhood, wounding five officers, the mayor's office said.", "grenade tossed"),
    (GR, "Bangladesh", W2, "Tension between party activists ran high before the vote. Crude bombs were thrown at a procession in Narayanganj, wounding ten people, police said.", "crude bombs thrown at a procession"),
    (GR, "Sweden", HD, "Hand grenade explodes outside Stockholm home. A device thrown at the house's front door blew out windows but hurt no one, police said.", "hand grenade"),
    (GR, "Democratic Republic of Congo", PS, "Three civilians were wounded when a grenade was thrown into a bar in Beni town on Saturday night, the mayor said.", "grenade into a bar"),
    (GR, "Philippines", LD, "Suspected militants pitched a grenade into a crowded public market in Datu Piang, Maguindanao, wounding nine people, the army said.", "grenade pitched"),
    # --- Chemical weapon (6)
    (CH, "Syria", PS, "Dozens of people were killed when a gas canister dropped by a helicopter burst on a residential block in Douma, rescuers said, describing a smell of chlorine and victims foaming at the mouth.", "chlorine canister"),
    (CH, "Ukraine", QT, "\"They dropped grenades filled with a choking agent into our trenches,\" a Ukrainian soldier said, as the army accused Russian troops of using chloropicrin near Bakhmut.", "choking agent told in a quote"),
    (CH, "Syria", W2, "Opposition medics in Idlib treated patients with breathing problems. A barrel bomb loaded with chlorine hit the village of Kabani, injuring four, the monitoring group said.", "chlorine barrel bomb"),
    (CH, "Ukraine", LD, "Ukraine accused Russian forces of firing munitions containing chloropicrin at its defenders near Robotyne, saying several soldiers were poisoned.", "chloropicrin"),
    (CH, "Russia", HD, "Russia accuses Ukraine of chemical attack in Zaporizhzhia. Drones dropped ampoules of a toxic substance on soldiers near Vasylivka, the Russian defence ministry said.", "toxic substance from drones"),
    (CH, "Syria", LD, "A chlorine bomb hit the hospital in Ltamenah in northern Hama, leaving medical staff struggling to breathe, the hospital's operator said.", "chlorine bomb"),
    # --- Sexual violence (7)
    (SV, "Sudan", PS, "Dozens of women were raped by RSF fighters in villages in the east of El Gezira, the UN rights office said.", "passive rape"),
    (SV, "Democratic Republic of Congo", QT, "\"Men in uniform took us into the bush and raped us,\" a woman in the Bulengo camp told doctors, one of dozens treated after assaults near Goma.", "rape told in a quote"),
    (SV, "Ethiopia", LD, "Eritrean soldiers gang-raped women in villages around Irob in Tigray, a rights group said, citing survivors.", "gang rape"),
    (SV, "South Sudan", W2, "Aid workers said the women had gone out to collect firewood. Armed men sexually assaulted a group of them outside the Bentiu displacement camp, the UN mission said.", "assault in second sentence"),
    (SV, "Haiti", HD, "Gang members rape women in Cite Soleil raid. Attackers from a rival gang sexually assaulted at least 20 women in the Brooklyn area, a rights group said.", "gang rapes"),
    (SV, "Nigeria", PS, "A teenage girl was raped by soldiers at a checkpoint outside Maiduguri, a human rights group said, calling for a court martial.", "rape by soldiers"),
    (SV, "Myanmar", LD, "Junta troops sexually assaulted women during a raid on villages in Sagaing, a local women's group said.", "sexual assault in a raid"),
    # --- Abduction (9)
    (AB, "Nigeria", PS, "More than 280 pupils were abducted when gunmen stormed a school in Kuriga, Kaduna state, on Thursday morning, residents said.", "passive mass abduction"),
    (AB, "Haiti", QT, "\"They took them at gunpoint from the bus,\" a church official said after gang members kidnapped six nuns in Port-au-Prince.", "abduction told in a quote"),
    (AB, "Mali", LD, "Suspected jihadists whisked away three Chinese mine workers from a site near Kayes, security sources said.", "whisked away"),
    (AB, "Pakistan", W2, "Families of missing Baloch men have held sit-ins for years. Men in plain clothes took a student from his hostel in Quetta at night and his whereabouts are unknown, relatives said.", "forced disappearance"),
    (AB, "Cameroon", HD, "Separatists seize 30 travellers on Bamenda road. Armed men stopped buses and took passengers into the bush, local officials said.", "travellers seized"),
    (AB, "Colombia", PS, "The father of a football star was abducted at gunpoint by ELN guerrillas at a petrol station in La Guajira, police said.", "abducted at gunpoint"),
    (AB, "Burkina Faso", LD, "Jihadists carried off some 60 women who were gathering wild fruit near Arbinda, regional officials said.", "carried off"),
    (AB, "Mexico", QT, "\"Armed men pulled them out of the car and drove off with them,\" the mother of one of the missing young men told reporters in Lagos de Moreno, Jalisco.", "abduction told in a quote"),
    (AB, "Mozambique", W2, "Displaced families say the insurgents have been recruiting boys. Militants seized a group of children from a village in Macomia district, a local official said.", "children seized"),
    # --- Arrests (9)
    (AR, "Russia", PS, "An American journalist was detained by FSB officers in Yekaterinburg and charged with espionage, Russian agencies said.", "passive arrest"),
    (AR, "Iran", LD, "Intelligence ministry agents arrested a prominent rapper at his home in Isfahan over songs supporting the protests, his family said.", "arrest by named agency"),
    (AR, "Uganda", W2, "The opposition had planned a rally in Kampala. Police picked up an opposition MP at his home on Tuesday and charged him with inciting violence, his lawyer said.", "picked up and charged"),
    (AR, "Tunisia", QT, "\"Police came at night and took him to the Bouchoucha barracks,\" the daughter of the opposition leader said after his arrest in Tunis.", "arrest told in a quote"),
    (AR, "India", HD, "NIA arrests five in Kashmir militancy probe. Raids on homes in Srinagar and Anantnag led to the detention of suspected helpers of militants, the agency said.", "arrests in raids"),
    (AR, "Venezuela", PS, "Dozens of opposition activists were rounded up by military counter-intelligence agents in Caracas in the days after the vote, rights groups said.", "rounded up"),
    (AR, "Bangladesh", LD, "Police in Dhaka detained a former minister at his residence on charges linked to the killing of a student during the uprising, a police spokesman said.", "former minister detained"),
    (AR, "Belarus", W2, "Colleagues said the editor had expected a raid for months. KGB officers detained him at the office of his independent news site in Minsk on Thursday.", "KGB detention"),
    (AR, "Turkey", QT, "\"He was taken from his home at dawn by police,\" an aide said of the Istanbul mayor, whose detention on corruption charges was confirmed by prosecutors.", "arrest told in a quote"),
    # --- Peaceful protest (8)
    (PP, "Serbia", LD, "Tens of thousands of people marched silently through Novi Sad to mourn the victims of the station roof collapse and demand accountability, organisers said.", "silent march"),
    (PP, "Kenya", QT, "\"We are here because the tax will crush us,\" a young woman said at a sit-in outside parliament in Nairobi, where hundreds waved flags and sang.", "sit-in told with a quote"),
    (PP, "Argentina", PS, "A rally was held in front of the Congress in Buenos Aires by university staff and students opposed to budget cuts, local media said.", "passive rally"),
    (PP, "Israel", W2, "The families have kept up pressure on the government for months. Tens of thousands of people rallied in Tel Aviv on Saturday night to demand a deal to free the hostages, organisers said.", "rally in second sentence"),
    (PP, "Georgia", HD, "Georgians rally outside parliament against foreign agent bill. Demonstrators waving EU flags filled Rustaveli Avenue in Tbilisi late into the night.", "rally"),
    (PP, "Nigeria", LD, "Market women staged a peaceful march in Abeokuta to protest rising food prices, blocking traffic for hours, witnesses said.", "march"),
    (PP, "Pakistan", PS, "A sit-in was staged by Baloch women in Gwadar to demand the release of missing relatives, organisers said.", "passive sit-in"),
    (PP, "Mali", W2, "The government dissolved political parties last month. Several hundred supporters of the banned parties gathered at the Palais de la culture in Bamako to demand a return to civilian rule, witnesses said.", "gathering"),
    # --- Protest with intervention (9)
    (PI, "Georgia", PS, "Protesters were sprayed with water cannon and pepper spray as police cleared Rustaveli Avenue in Tbilisi overnight, and dozens were detained, the interior ministry said.", "passive dispersal"),
    (PI, "Kenya", QT, "\"They fired tear gas at us before we even started marching,\" a protester in Nairobi's central business district said as police broke up a rally against femicide.", "tear gas told in a quote"),
    (PI, "Pakistan", LD, "Police fired tear gas and baton-charged supporters of Imran Khan who tried to march to Islamabad, detaining dozens, officials said.", "tear gas and baton charge"),
    (PI, "Senegal", W2, "The opposition had called for a rally against the postponement of the vote. Security forces dispersed hundreds of demonstrators in Dakar with tear gas and arrested several, witnesses said.", "dispersal"),
    (PI, "Russia", HD, "Police detain hundreds at Navalny rallies. Officers dragged protesters into vans in Moscow and St Petersburg as they chanted against Putin, a monitoring group said.", "detentions at rallies"),
    (PI, "Turkey", PS, "Students marching toward Taksim were blocked by riot police and some were hauled onto buses, the Istanbul governor's office said.", "passive detentions"),
    (PI, "Zimbabwe", LD, "Riot police broke up a gathering of opposition activists in Harare and arrested 78 of them, accusing them of planning violence, lawyers said.", "gathering broken up"),
    (PI, "Indonesia", QT, "\"The police started spraying water cannon at the crowd outside the parliament building,\" a student in Jakarta said after the rally over the election law was dispersed.", "water cannon told in a quote"),
    (PI, "Mexico", W2, "Women's groups march every year on 8 March. In Mexico City, police used fire extinguishers and shields to push back marchers who tried to reach the palace, officials said.", "marchers pushed back"),
    # --- Excessive force (9)
    (EF, "Iran", PS, "At least 16 protesters were shot dead by security forces in Zahedan after Friday prayers, rights groups said.", "passive killing of protesters"),
    (EF, "Kenya", QT, "\"Police were shooting live bullets straight into the crowd,\" a medic said after several protesters were killed outside parliament in Nairobi.", "shooting told in a quote"),
    (EF, "Bangladesh", LD, "Police and paramilitaries opened fire on students demanding quota reform in Dhaka, killing dozens, hospital staff said.", "fire on students"),
    (EF, "Nigeria", W2, "The EndSARS protesters had occupied the toll gate for two weeks. Soldiers opened fire on the demonstrators at Lekki on Tuesday night, killing several people, Amnesty International said.", "soldiers fire on protesters"),
    (EF, "Myanmar", HD, "Troops gun down 38 anti-coup protesters. Soldiers and police fired on demonstrators in Yangon's Hlaing Tharyar township, a monitoring group said.", "gun down protesters"),
    (EF, "Sudan", PS, "Nine demonstrators were killed when security forces fired live rounds at marchers heading to the presidential palace in Khartoum, doctors said.", "passive killing of marchers"),
    (EF, "Mozambique", LD, "Police gunned down protesters who had blocked roads in Maputo after the disputed election, killing at least ten, a civil society group said.", "gunned down protesters"),
    (EF, "Peru", QT, "\"Soldiers fired from behind the airport fence,\" a farmer in Ayacucho said after troops killed ten people protesting against the new government.", "shooting told in a quote"),
    (EF, "Togo", W2, "The opposition had called a march against the new constitution. Security forces beat marchers with clubs in Lome, leaving several seriously injured, a human rights group said.", "serious beating"),
    # --- Violent demonstration (9)
    (VD, "France", LD, "Youths pelted police with fireworks and set cars ablaze in Nanterre on the second night of unrest over the shooting of a teenager, officials said.", "pelted and set ablaze"),
    (VD, "Kenya", PS, "Part of the parliament building was set on fire by protesters who broke through police lines in Nairobi, witnesses said.", "passive arson by protesters"),
    (VD, "Bangladesh", QT, "\"They set fire to the toll plaza and smashed the windows of the TV station,\" a police officer said of students protesting in Dhaka's Rampura.", "rioting told in a quote"),
    (VD, "Indonesia", W2, "Anger spread after a delivery rider was run over by a police vehicle. Protesters torched a regional parliament building in Makassar on Friday, killing three people trapped inside, officials said.", "protesters torch building"),
    (VD, "Nepal", HD, "Protesters torch parliament in Kathmandu. Crowds angered by the social-media ban stormed the complex and set it ablaze, police said.", "protesters storm and burn"),
    (VD, "Pakistan", LD, "Supporters of the jailed former prime minister stormed a corps commander's residence in Lahore and set it on fire, the army said.", "supporters storm a residence"),
    (VD, "Guinea", PS, "Several police vehicles were damaged when youths hurled stones at officers during an opposition protest in Conakry's Ratoma district, police said.", "stones at police"),
    (VD, "Iraq", QT, "\"The demonstrators threw rocks and petrol bombs over the wall,\" an embassy guard said after supporters of the cleric stormed the Swedish embassy in Baghdad.", "storming told in a quote"),
    (VD, "Senegal", W2, "Ousmane Sonko's supporters had gathered outside his home since the verdict. Young men hurled stones at police and set tyres ablaze in Ziguinchor, witnesses said.", "stones and burning tyres"),
    # --- Mob violence (9)
    (MOB, "Nigeria", PS, "A student was beaten to death and her body set alight by fellow students in Sokoto after she was accused of blasphemy, police said.", "blasphemy lynching"),
    (MOB, "India", QT, "\"The crowd dragged him from the truck and beat him with sticks,\" a witness said after villagers accused a cattle trader of smuggling beef in Haryana.", "lynching told in a quote"),
    (MOB, "Pakistan", LD, "A crowd lynched a man accused of burning pages of the Koran in Swat and then set the police station on fire, officials said.", "lynching"),
    (MOB, "Haiti", W2, "Vigilante groups have sprung up across the capital. Residents of Canape-Vert stopped suspected gang members and burned them alive with tyres, police said.", "vigilante burning"),
    (MOB, "Bangladesh", HD, "Mob beats woman to death over child-lifting rumour. Residents set upon her at a school in Badda after rumours spread on social media, police said.", "rumour lynching"),
    (MOB, "Democratic Republic of Congo", PS, "Two men suspected of witchcraft were stoned to death by a crowd in a village outside Bunia, local officials said.", "witchcraft lynching"),
    (MOB, "South Africa", LD, "Residents armed with sticks chased foreign shopkeepers out of Alexandra and beat several of them, police said.", "xenophobic mob"),
    (MOB, "Kenya", QT, "\"People came with pangas and stones and settled the score themselves,\" a village elder in Kisii said after a crowd hacked two suspected thieves to death.", "lynching told in a quote"),
    (MOB, "India", W2, "Tensions had been rising in Nuh over a religious procession. Groups of Hindu and Muslim youths fought with stones and sticks through the town on Monday, leaving several injured, police said.", "communal clash"),
    # --- Looting/property destruction (9)
    (LOOT, "Israel/Palestine", PS, "Olive trees were cut down and a water tank smashed by settlers in the village of Burin, Palestinian officials said.", "settler vandalism"),
    (LOOT, "Sudan", QT, "\"They emptied the market and drove away with the sugar and fuel,\" a trader in Nyala said of RSF fighters who looted shops in the town's main market.", "looting told in a quote"),
    (LOOT, "Haiti", LD, "Gang members looted and torched a pharmacy and several shops in the Petion-Ville suburb, residents said.", "gang looting"),
    (LOOT, "Myanmar", W2, "Villagers fled into the forest as troops approached. Soldiers razed some 300 houses in Thantlang, Chin state, after the residents had left, a local group said.", "razed houses"),
    (LOOT, "Ethiopia", HD, "Soldiers loot hospital in Tigray town. Troops carried off beds, medicines and equipment from Adigrat hospital, aid workers said.", "hospital looted"),
    (LOOT, "Burkina Faso", PS, "A telecommunications mast and a health centre were destroyed by militants in the Boucle du Mouhoun region, the local governor said.", "passive destruction"),
    (LOOT, "Nigeria", LD, "Unknown gunmen set ablaze the office of the electoral commission in Owerri, destroying ballot boxes, but no one was hurt, the commission said.", "office set ablaze"),
    (LOOT, "Mali", W2, "The village had been emptied by earlier raids. Armed men torched granaries and stole cattle in Dinangourou on Wednesday, a local official said.", "granaries torched"),
    (LOOT, "Libya", QT, "\"They broke in through the back and carried away the computers and files,\" an official said after armed men looted a central bank branch in Benghazi.", "break-in told in a quote"),
    # --- Government regains territory (8)
    (GRT, "Sudan", PS, "The key city of Wad Madani was retaken by the army from the RSF after weeks of fighting, the military said.", "passive retaking"),
    (GRT, "Mali", QT, "\"The national flag flies again over Kidal,\" the junta's spokesman said, after soldiers and Wagner fighters drove the separatist rebels out of the town.", "retaking told in a quote"),
    (GRT, "Mozambique", W2, "Insurgents had held the port since August 2020. Rwandan and Mozambican troops recaptured Mocimboa da Praia on Sunday, the Rwandan army said.", "recaptured"),
    (GRT, "Nigeria", HD, "Troops wrest Malam Fatori back from ISWAP. Soldiers backed by jets dislodged the militants from the border town after a day of fighting, the army said.", "wrest back"),
    (GRT, "Ethiopia", LD, "Federal forces took back control of Lalibela from Tigrayan fighters, state media said.", "took back control"),
    (GRT, "Somalia", PS, "The town of Harardhere was wrested from al-Shabaab by government troops and clan militias, the defence ministry said.", "passive wrested"),
    (GRT, "Ukraine", QT, "\"Balakliia is back under Ukrainian control,\" the general staff said, after troops pushed Russian forces out of the town in a swift counter-offensive.", "retaking told in a quote"),
    (GRT, "Libya", W2, "Haftar's forces had held the airport since 2019. Government-aligned troops seized back Tripoli's international airport on Wednesday after pushing LNA fighters south, officials said.", "seized back"),
    # --- Non-state actor overtakes territory (8)
    (NSO, "Democratic Republic of Congo", PS, "Goma's airport and city centre were seized by M23 fighters after a night of heavy fighting, residents said.", "passive capture"),
    (NSO, "Myanmar", QT, "\"Lashio is under our full control,\" said a spokesman for the MNDAA after the group's fighters overran the junta's north-eastern command headquarters.", "capture told in a quote"),
    (NSO, "Syria", W2, "The offensive began only days earlier in the countryside west of the city. Rebel fighters swept into Aleppo on Friday and took several districts after fierce clashes with government forces, a war monitor said.", "rebels take districts"),
    (NSO, "Mali", HD, "JNIM fighters capture Boulkessi army camp. Militants overran the base after a long assault, killing dozens of soldiers, security sources said.", "base overrun"),
    (NSO, "Sudan", LD, "RSF fighters took over El Fasher's last army base after months of siege, the group said, as residents fled the city.", "took over"),
    (NSO, "Ethiopia", PS, "The town of Lalibela was captured by TPLF forces on Thursday after fighting near the airport, residents told reporters.", "passive capture"),
    (NSO, "Ukraine", LD, "Russian forces captured Marinka after months of fighting, the defence ministry in Moscow said.", "foreign forces capture"),
    (NSO, "Haiti", W2, "Gangs have extended their grip beyond the capital. Armed men of the Gran Grif gang seized the town of Mirebalais on Monday, torching the police station and freeing inmates, officials said.", "gang seizes town"),
    # --- Non-violent transfer of territory (7)
    (NVT, "Syria", LD, "Syrian army units moved into Kobani after the Kurdish-led SDF agreed to let them deploy under a Russian-brokered deal, state media said.", "deployment under a deal"),
    (NVT, "Afghanistan", QT, "\"The governor handed the keys to our mujahideen and left,\" a Taliban commander said of Ghazni, which fell without a fight.", "handover told in a quote"),
    (NVT, "Mali", W2, "The UN mission is leaving Mali by the end of the year. Peacekeepers handed their camp at Ber to the Malian army on Sunday, the mission said.", "camp handed over"),
    (NVT, "Democratic Republic of Congo", HD, "Rebels enter Lubero town unopposed as troops pull back. M23 fighters walked into the centre after the soldiers withdrew north, residents said.", "unopposed entry"),
    (NVT, "Azerbaijan", LD, "Armenian forces left Kalbajar district and Azerbaijani troops moved in under the terms of the ceasefire, Baku said.", "district handed over"),
    (NVT, "Niger", PS, "The last French base in Niger was handed to the army after the troops' withdrawal, the junta said.", "passive handover"),
    (NVT, "Myanmar", LD, "The Arakan Army took over the town of Paletwa after junta troops abandoned their positions and fled across the border, the group said.", "positions abandoned"),
    # --- Headquarters or base established (6)
    (HQ, "Mali", PS, "A new military base was set up in Tessit by the army and Russian instructors, state television said.", "passive base"),
    (HQ, "Somalia", LD, "Al-Shabaab militants established a base in the forest near Bulo Burte and were seen training recruits there, residents said.", "militant base"),
    (HQ, "Burkina Faso", W2, "The region has seen repeated raids on villages. The army opened a new detachment of volunteers in Seytenga this week to protect returning families, officials said.", "new detachment"),
    (HQ, "Colombia", QT, "\"We now have a permanent base in the middle of the Catatumbo,\" the defence minister said as troops set up a new post in Tibu.", "base told in a quote"),
    (HQ, "Syria", HD, "Israeli troops set up new post in Syrian buffer zone. Bulldozers cleared ground for a position near Quneitra, a local official said.", "new post"),
    (HQ, "Nigeria", LD, "Bandits established a new camp in the Kuyambana forest of Zamfara after being driven from their old hideouts, local vigilantes said.", "bandit camp"),
    # --- Agreement (8)
    (AGR, "Yemen", PS, "A nationwide two-month truce was agreed by the warring parties in Yemen, the UN envoy said.", "passive truce"),
    (AGR, "Ukraine", QT, "\"Our guys are home,\" President Zelensky said as 95 Ukrainian prisoners were exchanged for the same number of Russians under a deal mediated by the UAE.", "exchange told in a quote"),
    (AGR, "Nigeria", W2, "The pupils had been held for three weeks in a forest in Kaduna. They were freed on Sunday after the state government negotiated with the kidnappers, officials said.", "negotiated release"),
    (AGR, "Democratic Republic of Congo", HD, "Kinshasa and Kigali sign peace deal in Washington. Foreign ministers of the two countries put their names to an accord to end fighting in the east, officials said.", "peace deal"),
    (AGR, "Colombia", LD, "The government and the ELN agreed a six-month bilateral ceasefire at talks in Havana, negotiators said.", "ceasefire"),
    (AGR, "Nigeria", PS, "Some 250 Boko Haram fighters and their families were received by troops in Bama after laying down their arms, the army said.", "mass surrender"),
    (AGR, "Israel/Palestine", LD, "Israel and Hamas agreed a ceasefire deal that will see hostages freed in exchange for Palestinian prisoners, mediators in Qatar said.", "ceasefire and exchange"),
    (AGR, "Ethiopia", QT, "\"The guns will fall silent from today,\" the AU envoy said after the Ethiopian government and the TPLF signed a deal in Pretoria.", "deal told in a quote"),
    # --- Change to group/activity (7)
    (CHG, "Pakistan", LD, "The Tehreek-e-Taliban Pakistan announced it was ending its ceasefire with the government and ordered its fighters to resume attacks across the country.", "ceasefire ended"),
    (CHG, "Syria", PS, "Hayat Tahrir al-Sham was dissolved along with other armed factions at a meeting in Damascus, the new authorities said.", "group dissolved"),
    (CHG, "Somalia", QT, "\"We have pledged allegiance to the caliph,\" the commander said in an audio message announcing that his faction had left al-Shabaab for Islamic State.", "allegiance told in a quote"),
    (CHG, "Iraq", W2, "US bases in the region had been hit repeatedly. Kataib Hezbollah announced on Tuesday that it was suspending its military operations against US forces, the group said.", "operations suspended"),
    (CHG, "Colombia", HD, "FARC dissidents split into two factions. Commanders of the Estado Mayor Central broke away from Ivan Mordisco's leadership, the group said.", "split"),
    (CHG, "Haiti", LD, "Two rival gang federations, G9 and G-Pep, announced they were joining forces under a single coalition called Viv Ansanm, their leader said.", "merger"),
    (CHG, "Nigeria", PS, "A 24-hour curfew was imposed on Kaduna town by the state government after clashes, officials said.", "curfew"),
    # --- Disrupted weapons use (7)
    (DWU, "Ukraine", PS, "Twenty-five attack drones were shot down over Kyiv overnight, the air force said.", "passive interception"),
    (DWU, "Nigeria", LD, "Police sappers made safe a homemade bomb left beside the fuel station on the Damboa road in Maiduguri before it could go off, a spokesman said.", "bomb defused"),
    (DWU, "Saudi Arabia", W2, "The Houthis have repeatedly targeted the kingdom's oil sites. Saudi air defences intercepted a ballistic missile fired towards Jazan on Monday, the coalition said.", "missile intercepted"),
    (DWU, "Somalia", QT, "\"We found an explosives-laden car parked near the checkpoint and disarmed it,\" a police commander in Mogadishu said.", "car bomb disarmed, told in a quote"),
    (DWU, "Israel", HD, "Iron Dome intercepts rockets over Ashkelon. Air defences knocked down most of the projectiles fired from Gaza, the army said.", "interceptions"),
    (DWU, "Iraq", LD, "Security forces seized a cache of rockets and explosives in a farmhouse north of Baghdad, the counter-terrorism service said.", "cache seized"),
    (DWU, "Colombia", PS, "A car bomb meant for a military base in Cucuta was discovered and made safe by army experts, the defence ministry said.", "car bomb made safe"),
    # --- Other (7)
    (OTH, "Mexico", PS, "Dozens of bodies were found in a mass grave in Jalisco by a volunteer search group, state prosecutors said.", "mass grave"),
    (OTH, "Mali", QT, "\"No truck has reached the town in six weeks,\" a Timbuktu trader said of the blockade that JNIM fighters have imposed on roads into the city.", "blockade told in a quote"),
    (OTH, "Libya", W2, "Investigators have been working at the site since the city fell. Nine more bodies were exhumed from a mass grave in Tarhuna, the missing persons authority said.", "mass grave"),
    (OTH, "Burkina Faso", HD, "Jihadists order women to cover up in Djibo. Militants told residents to wear veils and stop selling goods at the market, local sources said.", "armed-group decree"),
    (OTH, "Israel/Palestine", LD, "The bodies of 20 people, some with their hands bound, were discovered in a mass grave in the yard of Nasser hospital, Gaza civil defence said.", "mass grave"),
    (OTH, "Nigeria", PS, "Farmers in several villages of Zamfara were ordered by bandits to pay a levy of 10 million naira before the harvest, residents said.", "armed-group levy"),
    (OTH, "Sudan", W2, "El Fasher has been encircled for more than a year. The RSF tightened its siege of the city on Tuesday, cutting the last road used by aid trucks, aid workers said.", "siege"),
]

NON_EVENT_ROWS: list[tuple[str | None, str, str, str, str]] = [
    (None, "Nigeria", LD, "Gunmen threatened to attack schools in Zamfara unless the state paid a ransom, according to a letter circulated on social media.", "threat"),
    (None, "Ukraine", QT, "\"We will strike Kyiv's decision-making centres,\" the former Russian president wrote on social media, warning of retaliation.", "threat in a quote"),
    (None, "Rwanda", HD, "Rwanda marks 30 years since genocide. President Kagame lit a flame at the Kigali memorial where 250,000 victims are buried.", "anniversary"),
    (None, "Pakistan", PS, "Twelve men were convicted by a military court over the riots at army buildings last May, the army said.", "trial about past riots"),
    (None, "Taiwan", W2, "Beijing called the drills a stern warning. Chinese warships and jets surrounded Taiwan in exercises simulating a blockade, the defence ministry said.", "drills"),
    (None, "Kenya", QT, "\"Anyone who tries to storm parliament again will be dealt with,\" the interior minister told reporters.", "warning in a quote"),
    (None, "Israel", HD, "Israel marks one year since 7 October attack. Families gathered at the site of the Nova festival for a memorial ceremony.", "anniversary"),
    (None, "Somalia", LD, "The army chief warned that al-Shabaab was planning attacks on hotels in Mogadishu and urged residents to stay alert.", "warning"),
    (None, "India", W2, "The attack on parliament took place more than 20 years ago. Lawmakers laid wreaths at a memorial in New Delhi on Monday to honour the guards killed.", "commemoration"),
    (None, "Democratic Republic of Congo", PS, "A former rebel leader was sentenced to death in absentia by a military court in Kinshasa for treason, his lawyers said.", "verdict"),
    (None, "Colombia", LD, "Army troops staged a mock hostage rescue at a base in Tolemaida to train new special forces units, the army said.", "drill"),
    (None, "Nigeria", HD, "Blast rocks Ibadan estate. Explosives stored for illegal mining went off in the Bodija area, destroying homes and killing two, officials said.", "industrial explosion"),
    (None, "Mexico", QT, "\"We will find those responsible for the massacre,\" the governor of Guanajuato said at a news conference a week after the shooting.", "vow"),
    (None, "Lebanon", PS, "Ammonium nitrate stored in a warehouse was blamed for the blast that destroyed the port of Beirut, investigators said in a report on the second anniversary.", "report about a past accident"),
    (None, "Sudan", W2, "The talks in Jeddah ended without a deal. Both the army and the RSF said they were ready to keep fighting until victory, diplomats said.", "talks without a deal"),
    (None, "Syria", LD, "An ammunition depot exploded after a fire broke out in hot weather near Hama, officials said, adding that no attack was involved.", "accidental explosion"),
    (None, "Afghanistan", HD, "Taliban parade captured US vehicles in Kabul. Crowds watched armoured Humvees roll past on the anniversary of the takeover.", "parade"),
    (None, "Burkina Faso", QT, "\"We will not let the terrorists take a single village,\" the junta leader told troops in Ouahigouya during a visit.", "vow in a quote"),
    (None, "Ethiopia", PS, "Hundreds of people were killed by landslides in Gofa zone after days of heavy rain, local officials said.", "landslide"),
    (None, "Philippines", W2, "The exercises are held every year. Thousands of Philippine and US troops fired missiles at a mock enemy ship off Luzon on Wednesday, the military said.", "drills"),
    (None, "Iran", LD, "Iran's Revolutionary Guards unveiled a new underground missile base on state television and warned Israel against any attack.", "display and warning"),
    (None, "Bangladesh", QT, "\"Those who killed students in July must face justice,\" the interim leader told a memorial ceremony marking a year since the uprising.", "anniversary in a quote"),
    (None, "Ukraine", LD, "A Ukrainian court sentenced a Russian soldier to life in prison for shooting a civilian in the Sumy region in the first days of the invasion.", "war-crimes trial"),
    (None, "Cameroon", W2, "The separatists' statement was read on local radio. They warned that anyone caught voting in the regional elections would be punished.", "threat"),
    (None, "Kenya", HD, "Gas explosion in Nairobi kills three. Flames from a tanker blast in Embakasi spread to nearby homes, officials said.", "gas accident"),
    (None, "Haiti", LD, "The Kenyan-led police mission said it had received new armoured vehicles and would launch operations against gangs in the coming weeks.", "future operations"),
    (None, "Mali", PS, "A military exercise involving Malian and Russian troops was held outside Bamako, state media said, showing soldiers firing artillery.", "exercise"),
    (None, "Yemen", QT, "\"Any American ship in the Red Sea will be a target,\" the Houthi leader said in a televised speech.", "threat in a quote"),
    (None, "Chile", W2, "Thousands of homes burned in the hills above Vina del Mar. Wildfires spread by strong winds killed more than 100 people, the government said.", "wildfire"),
    (None, "Myanmar", LD, "The junta extended the state of emergency for another six months, state television said.", "emergency extended"),
    (None, "Iraq", HD, "Iraqi court sentences IS emir to death. The man was convicted of ordering the killing of Yazidis in Sinjar in 2014, the judiciary said.", "verdict"),
    (None, "Somalia", W2, "The figures come from a UN report released in Geneva. Civilian casualties in Somalia rose by a quarter last year, mostly from bombs, it said.", "annual figures"),
    (None, "Niger", LD, "The junta warned that any foreign military intervention to restore the ousted president would be met with force.", "warning"),
    (None, "Nigeria", QT, "\"We heard a loud bang and ran, but it was only a transformer,\" a resident of Kano said after rumours of a bomb spread on social media.", "rumour"),
    (None, "Colombia", PS, "A former paramilitary chief was extradited to Colombia from the United States and handed to prosecutors, officials said.", "extradition"),
    (None, "Ukraine", W2, "Moscow and Kyiv traded accusations at the UN Security Council. Russia's envoy said Ukraine was preparing a dirty bomb provocation, a claim Kyiv rejected.", "accusations"),
    (None, "Turkey", HD, "Earthquake flattens buildings in Hatay. Rescuers pulled survivors from the rubble as the death toll passed 5,000, officials said.", "earthquake"),
    (None, "Mozambique", LD, "TotalEnergies said it would restart its gas project in Cabo Delgado once security in the province improved.", "business"),
    (None, "Pakistan", QT, "\"Our forces are ready to respond to any aggression,\" the army chief told troops at a ceremony in Rawalpindi marking Defence Day.", "ceremony and warning"),
    (None, "Libya", PS, "Thousands of people were killed when two dams burst in Derna after storm Daniel, the Red Crescent said.", "flood"),
]


def rows_as_json() -> list[dict]:
    return numbered_snippets(ROWS + NON_EVENT_ROWS, "f10", SHUFFLE_SEED)


def main() -> None:
    rows = rows_as_json()
    OUT.write_text(jsonl_text(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
