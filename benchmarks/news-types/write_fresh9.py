"""Write fresh9.jsonl from the hand-written rows below (typing round twelve, written before any run on them).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/write_fresh9.py

Three forms in about equal parts: a headline in headline-speak and its lead on one line (``head-stop``, the headline
ends with a full stop, or ``head-nostop``, no stop between them); a plain one-to-three-sentence lead (``lead``); and a
wire brief whose act is told only in its second sentence, the first giving the setting or a quote (``wire2``).
The rows weigh the confusable pairs (the protest family, attack / clash, abduction / arrests, the remote-violence
family, looting / violent demonstration, the three territory types, agreement / change / base / other). They are
grouped by sub-type for the writer and shuffled with a fixed seed before ids are given, so the held part (every third
id) mixes all sub-types and forms. Every sentence was written for eventwire; facts are modelled on real events
(2019-2025), wording is ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import jsonl_text, numbered_snippets  # noqa: E402

OUT = Path(__file__).resolve().parent / "fresh9.jsonl"
SHUFFLE_SEED = 12  # round twelve; any fixed seed would do

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
HS, HN, LD, W2 = "head-stop", "head-nostop", "lead", "wire2"

ROWS: list[tuple[str | None, str, str, str, str]] = [
    # --- Armed clash (9)
    (AC, "Burkina Faso", HS, "Army and JNIM fighters battle near Djibo, dozens dead. Soldiers and volunteer auxiliaries fought off militants who swarmed their positions at dawn, security sources said.", "two-sided fighting"),
    (AC, "Myanmar", LD, "Resistance fighters of the Karenni Nationalities Defence Force and junta troops fought for control of a hilltop outpost near Loikaw through Thursday night, a spokesman for the group said.", "rebels vs army"),
    (AC, "Colombia", W2, "The Catatumbo region has seen months of tension between two guerrilla groups. On Friday, ELN fighters and FARC dissidents fought near Tibu, leaving at least 20 dead, the ombudsman's office said.", "rival armed groups fight"),
    (AC, "Democratic Republic of Congo", HN, "M23 rebels and FARDC troops clash near Sake Heavy weapons fire echoed around the town west of Goma as the army tried to hold the road, residents said.", "rebels vs army"),
    (AC, "Mexico", LD, "Gunmen from two cartels fought a running battle with rifles in the streets of Culiacan on Monday, leaving six of them dead, Sinaloa state authorities said.", "cartel factions fight"),
    (AC, "Ukraine", W2, "Kyiv says its forces are holding the line in the east. Ukrainian and Russian troops fought at close quarters on the outskirts of Pokrovsk on Wednesday, the general staff said.", "front-line fighting"),
    (AC, "Philippines", W2, "The army has fought communist guerrillas in the sugar-growing island for decades. One soldier and two NPA rebels were killed in an encounter in the hills of Himamaylan on Tuesday, the army said.", "encounter"),
    (AC, "Nigeria", HN, "Troops repel ISWAP assault on Marte base Soldiers fought back for hours after militants in gun trucks stormed the military camp, killing scores of the attackers, the army said.", "base attack repelled"),
    (AC, "Syria", W2, "Fighting has flared along the Euphrates since the fall of Assad. On Sunday, Turkish-backed SNA factions and the SDF clashed near the Tishrin dam, a war monitor reported.", "factions clash"),
    # --- Attack (9)
    (AT, "Nigeria", HS, "Gunmen kill 40 villagers in Plateau raid. Armed men attacked Zike village in Bassa at night and shot residents as they slept, a local leader said.", "gunmen kill villagers"),
    (AT, "Mexico", LD, "Armed men shot dead a mayoral candidate as she greeted supporters at a campaign event in Celaya, Guanajuato, on Monday, prosecutors said.", "candidate killed"),
    (AT, "Ecuador", W2, "Guayaquil has been gripped by gang violence for months. Hooded gunmen opened fire on customers at a bar in the city's south on Sunday, killing nine, police said.", "shooting at a bar"),
    (AT, "Democratic Republic of Congo", LD, "ADF militiamen with guns and machetes killed dozens of worshippers during a night vigil at a Catholic church in Komanda, Ituri, the UN mission said.", "rebels kill worshippers"),
    (AT, "Burkina Faso", LD, "Jihadists shot dead more than 20 civilians who were fetching water at a well near Seytenga, local sources said on Thursday.", "jihadists kill civilians"),
    (AT, "India", W2, "Tension has gripped Manipur since ethnic violence broke out. Suspected militants fired on villagers in a paddy field in Bishnupur district, killing two farmers, police said.", "militants fire on farmers"),
    (AT, "Pakistan", HS, "Gunmen shoot dead polio worker in Bajaur. A vaccinator was killed and a police officer escorting her was wounded when attackers on a motorcycle opened fire, officials said.", "vaccinator killed"),
    (AT, "Sudan", HN, "RSF fighters kill 50 in El Gezira village raid Fighters on pick-up trucks rampaged through the village and shot residents who resisted, a local resistance committee said.", "RSF kills villagers"),
    (AT, "Haiti", LD, "Members of the Viv Ansanm gang coalition killed at least 70 people, including children, in an assault on the town of Pont-Sonde, the UN said.", "gang massacre"),
    # --- Air/drone strike (9)
    (AIR, "Israel/Palestine", HS, "Israeli strike kills family in Jabalia. An air strike flattened a three-storey home in the northern Gaza camp before dawn, killing 11 members of one family, rescuers said.", "air strike"),
    (AIR, "Myanmar", LD, "A junta fighter jet bombed a market in Sagaing region's Depayin township on Saturday, killing at least 18 people, a local resistance official said.", "jet bombs market"),
    (AIR, "Sudan", W2, "The army has stepped up its campaign against the RSF in Darfur. A military drone struck a weekly market in Kabkabiya on Tuesday, killing dozens of shoppers, witnesses said.", "drone strike"),
    (AIR, "Yemen", W2, "The Pentagon said the operation would continue as long as shipping was threatened. US jets struck radar sites and weapons depots held by the Houthis north of Sanaa overnight, Houthi-run media said.", "air strikes"),
    (AIR, "Somalia", LD, "A US air strike killed several al-Shabaab fighters near Jilib in the Middle Juba region, Africa Command said on Friday.", "US air strike"),
    (AIR, "Russia", W2, "Residents reported a loud blast shortly after midnight. A Ukrainian drone crashed into an oil depot in Russia's Bryansk region and set a tank on fire, the governor said.", "drone hits depot"),
    (AIR, "Syria", HS, "Warplanes hit rebel-held Idlib town. Russian and Syrian jets carried out raids on Sarmada, killing five civilians, the White Helmets said.", "air raids"),
    (AIR, "Mali", HN, "Army drone strike kills wedding guests near Timbuktu A drone targeted a gathering in a village in the Niafunke area, killing at least eight, local officials said.", "drone strike"),
    (AIR, "Lebanon", W2, "The strike came hours after rocket fire from the south. Israeli jets bombed a building in Tyre on Wednesday, killing three people, the health ministry said.", "air strike"),
    # --- Shelling/artillery/missile (9)
    (SH, "Ukraine", HS, "Russian missile strike kills 20 in Sumy. Two ballistic missiles hit the city centre as people walked to church on Sunday, the regional governor said.", "missile strike"),
    (SH, "Ukraine", LD, "Russian forces shelled the riverside districts of Kherson with artillery throughout Monday, killing two residents, the regional administration said.", "shelling"),
    (SH, "Sudan", W2, "Fighting around El Fasher has cut the city off for months. RSF artillery shells struck the Saudi hospital on Friday, killing at least nine patients, health officials said.", "shelling of hospital"),
    (SH, "Israel", LD, "Around 40 rockets fired from Lebanon hit homes in the northern Israeli town of Kiryat Shmona, wounding two people, Israeli medics said.", "rocket fire"),
    (SH, "Democratic Republic of Congo", LD, "Bombs fired by M23 rebels landed on a displacement camp at Mugunga near Goma, killing 35 people, the government said.", "bombs on camp"),
    (SH, "Syria", W2, "Residents had only just returned to their homes. Government forces fired mortar rounds into the village of al-Bara in the south of Idlib, killing a woman and her son, rescuers said.", "mortar fire"),
    (SH, "Israel/Palestine", HS, "Israeli tank fire kills four near Khan Younis. Tank shells hit people gathered near an aid distribution site, the Gaza health ministry said.", "tank shelling"),
    (SH, "Azerbaijan", HN, "Missile hits apartment block in Ganja, killing nine Armenian forces fired the missile at Azerbaijan's second city overnight, Baku said.", "missile strike"),
    (SH, "Ukraine", LD, "Ukrainian shelling hit a bus station in Russian-held Horlivka, killing three people, the city's Moscow-installed authorities said.", "shelling"),
    # --- IED (8)
    (IED, "Mali", HS, "Bus hits landmine near Bandiagara, 11 dead. The passenger vehicle struck an explosive device on the road to Boni, regional officials said.", "landmine"),
    (IED, "Colombia", LD, "An explosive device buried by guerrillas blew up under a police patrol car in Cauca on Tuesday, killing two officers, the defence minister said.", "buried device"),
    (IED, "Afghanistan", W2, "The Islamic State group has targeted Hazaras in the city before. A bomb attached to a minibus exploded in Kabul's Dasht-e-Barchi area, killing seven passengers, police said.", "sticky bomb"),
    (IED, "Pakistan", W2, "The area near the Afghan border has seen a rise in militant violence. A remote-controlled bomb planted by the roadside was set off as a police van passed in Bajaur, killing five officers, officials said.", "remote-controlled bomb"),
    (IED, "Somalia", LD, "A roadside bomb struck a minibus carrying traders between Afgoye and Mogadishu on Friday, killing at least eight people, witnesses said.", "roadside bomb"),
    (IED, "Syria", W2, "Manbij has seen a string of bombings since December. A car packed with explosives blew up near a farm workers' bus on the town's outskirts, killing 20, the civil defence said.", "car bomb (no suicide)"),
    (IED, "Nigeria", HS, "Explosive device kills farmers in Borno. Several people died when a device hidden on a farm track went off near Gwoza, emergency workers said.", "planted device"),
    (IED, "Ukraine", HN, "Tractor driver killed by mine in Kharkiv field The farmer's vehicle hit an anti-tank mine while ploughing in Izium district, the governor said.", "landmine"),
    # --- Suicide bomb (7)
    (SUI, "Pakistan", HS, "Suicide bomber hits election rally in Bajaur, 54 killed. The attacker blew himself up among party workers in Khar as they waited for speakers, police said.", "suicide bombing"),
    (SUI, "Somalia", LD, "A suicide bomber detonated an explosive vest at a beachside restaurant in Mogadishu's Lido area on Friday, killing at least 30 diners, police said.", "suicide bombing"),
    (SUI, "Nigeria", W2, "Gwoza was crowded for a wedding on Saturday. Female suicide bombers set off explosives at the ceremony, a hospital and a funeral, killing at least 18 people, officials said.", "suicide bombings"),
    (SUI, "Afghanistan", LD, "A suicide bomber struck inside the refugee ministry compound in Kabul, killing the minister Khalil Haqqani and several others, Taliban officials said.", "suicide bombing"),
    (SUI, "Iran", LD, "Two suicide bombers blew themselves up in a crowd at a memorial for Qassem Soleimani in Kerman, killing 95 people, state media said.", "suicide bombing"),
    (SUI, "Syria", W2, "The church had been full for the Sunday service. A suicide bomber opened fire and then detonated his vest inside Mar Elias church in Damascus, killing 25 worshippers, the health ministry said.", "suicide bombing in church"),
    (SUI, "Burkina Faso", HS, "Suicide car bomb hits army post in Sahel. A vehicle laden with explosives was driven into a checkpoint near Dori, killing several soldiers, security sources said.", "suicide car bomb alone"),
    # --- Grenade (8)
    (GR, "India", HS, "Grenade attack on Srinagar market injures 12. Suspected militants lobbed a grenade at a crowd of Sunday shoppers near the tourist office, police said.", "grenade thrown"),
    (GR, "Colombia", LD, "A man threw a grenade into a bakery in Cucuta on Monday, wounding five people, in what police said was an extortion attack.", "grenade thrown"),
    (GR, "Burundi", W2, "Bujumbura's main bus terminal was busy with evening commuters. Unknown attackers hurled grenades at the crowd, killing one person and wounding dozens, police said.", "grenades thrown"),
    (GR, "Ecuador", W2, "The port city has become a battleground for drug gangs. Attackers on a motorbike threw a grenade at a police station in Esmeraldas before speeding off, damaging the gate, police said.", "grenade thrown"),
    (GR, "Bangladesh", LD, "Crude bombs were hurled at a rally of a student group in Dhaka's old town, injuring eight people, police said.", "crude bombs"),
    (GR, "Sweden", W2, "Police have linked a string of blasts to a gang feud. A hand grenade was thrown at a house in a Stockholm suburb overnight, shattering windows but hurting no one, police said.", "hand grenade"),
    (GR, "Philippines", HS, "Grenade blast at Cotabato basketball court wounds 7. An unidentified man threw the device at spectators during a village game, police said.", "grenade thrown"),
    (GR, "India", HN, "Crude bombs hurled at BJP office in Kolkata Miscreants threw crude bombs at the party office overnight, damaging the entrance, police said.", "crude bombs"),
    # --- Chemical weapon (5)
    (CH, "Ukraine", HS, "Russian troops drop chloropicrin on Ukrainian trenches, Kyiv says. Soldiers near Robotyne were exposed to the choking agent released from drones, the army said.", "chloropicrin"),
    (CH, "Syria", LD, "Government helicopters dropped canisters of chlorine gas on a residential area of Douma, killing dozens of people who sheltered in basements, rescuers said.", "chlorine"),
    (CH, "Ukraine", W2, "Ukrainian commanders say gas attacks are now routine. Russian drones dropped grenades filled with CS gas on positions near Bakhmut on Tuesday, poisoning several soldiers, the general staff said.", "riot agent in combat"),
    (CH, "Sudan", LD, "The Sudanese army dropped chlorine bombs on RSF fighters near the Garri refinery north of Khartoum, two US officials said.", "chlorine"),
    (CH, "Iraq", LD, "Islamic State militants fired rockets carrying mustard agent at Iraqi troops near Tal Afar, causing burns to several soldiers, the military said.", "mustard agent"),
    # --- Sexual violence (6)
    (SV, "Sudan", HS, "RSF fighters raped women in Gezira raid, survivors say. Women and girls were assaulted by fighters who took over their village in east Gezira, a rights group said.", "rape in raid"),
    (SV, "Democratic Republic of Congo", LD, "Armed men raped at least eight women who had left a displacement camp near Goma to collect firewood, Medecins Sans Frontieres said.", "rape"),
    (SV, "India", W2, "Manipur has been torn by ethnic fighting since May. Two Kuki women were paraded naked and sexually assaulted by a mob in Kangpokpi district, police said.", "sexual assault"),
    (SV, "Ethiopia", HN, "Soldiers gang-raped women in Tigray town, UN says Eritrean troops sexually assaulted women in Irob district during a house-to-house search, a UN rights report said.", "gang rape"),
    (SV, "Haiti", LD, "Gang members raped several women and girls during an attack on the Solino neighbourhood of Port-au-Prince, a local rights group said.", "rape during attack"),
    (SV, "Myanmar", W2, "Rohingya villagers describe months of abuse. Soldiers raped a teenage girl at a checkpoint in Buthidaung township, her family told reporters.", "rape at checkpoint"),
    # --- Abduction/forced disappearance (8)
    (AB, "Nigeria", HS, "Gunmen abduct 287 pupils from Kuriga school. Bandits on motorcycles surrounded the school in Kaduna state in the morning and marched the children into the bush, officials said.", "mass kidnapping"),
    (AB, "Mexico", LD, "Armed men seized seven young workers from a call centre in Zapopan, Jalisco, and they have not been seen since, their families said.", "kidnapping"),
    (AB, "Pakistan", W2, "Relatives have camped outside the Quetta press club for weeks. Men in plain clothes took a Baloch student from his hostel room at night and his whereabouts remain unknown, his family said.", "enforced disappearance"),
    (AB, "Haiti", W2, "The Catholic church called for prayers for their safe return. Armed men stopped a minibus carrying six nuns in Port-au-Prince and took them away, a church spokesman said.", "kidnapping"),
    (AB, "Cameroon", LD, "Separatist fighters kidnapped a local chief and two councillors from a village in the North-West region and demanded a ransom, officials said on Saturday.", "kidnapping for ransom"),
    (AB, "Colombia", W2, "The player's parents had been visiting relatives in La Guajira. Members of the ELN seized the father of footballer Luis Diaz at a petrol station in Barrancas, police said.", "abduction by guerrillas"),
    (AB, "Philippines", HS, "Activists missing after being taken by armed men in Bataan. Two environmental campaigners were forced into an SUV and have not surfaced since, their group said.", "disappearance"),
    (AB, "Democratic Republic of Congo", HN, "Rebels abduct 20 villagers in Lubero Fighters of the ADF took farmers from their fields and led them into the forest, civil society leaders said.", "abduction"),
    # --- Arrests (9)
    (AR, "Russia", HS, "Police detain opposition activists in Moscow. Officers detained 12 people who laid flowers for Alexei Navalny near a monument, a monitoring group said.", "detentions"),
    (AR, "Bangladesh", LD, "Police arrested a former minister at his home in Dhaka on charges linked to the killing of protesters during the July uprising, officials said.", "arrest"),
    (AR, "Venezuela", W2, "The arrest came days after the disputed election. Intelligence agents detained an opposition campaign coordinator at his home in Caracas, his party said.", "arrest by intelligence agents"),
    (AR, "Turkey", W2, "Opposition leaders called it a political move. Police took Istanbul mayor Ekrem Imamoglu into custody at his residence in a dawn raid as part of a corruption investigation, state media said.", "arrest"),
    (AR, "Myanmar", LD, "Junta troops arrested 25 young men in a raid on a village in Mandalay region, accusing them of supporting resistance forces, local media said.", "mass arrest"),
    (AR, "Zimbabwe", W2, "Activists had called for a stay-away on Friday. Police arrested a journalist at a roadblock in Harare and charged him with inciting violence, his lawyer said.", "arrest"),
    (AR, "Georgia", HS, "Georgian police arrest opposition leader. Officers detained the head of a pro-Western party at the parliament building in Tbilisi, his aides said.", "arrest"),
    (AR, "India", HN, "NIA arrests 3 suspects over Pahalgam attack The counter-terror agency detained the men in raids across south Kashmir, officials said.", "arrests"),
    (AR, "Uganda", LD, "Security forces arrested opposition leader Kizza Besigye in Nairobi and flew him to Kampala, where he was charged before a military court, his wife said.", "arrest and transfer"),
    # --- Peaceful protest (9)
    (PP, "Serbia", HS, "Tens of thousands march in Belgrade against corruption. Students led a peaceful rally through the city centre after the Novi Sad station roof collapse, police said.", "peaceful march"),
    (PP, "Argentina", LD, "Thousands of pensioners marched to Congress in Buenos Aires on Wednesday to demand higher pensions, and the rally ended without incident.", "peaceful rally"),
    (PP, "Kenya", W2, "Organisers said the march had been planned for weeks. Hundreds of women walked through Nairobi on Saturday to protest against a wave of femicides, police said.", "peaceful march"),
    (PP, "Georgia", LD, "Crowds waving EU flags rallied outside the parliament in Tbilisi for a tenth night, chanting against the government's decision to halt accession talks.", "rally"),
    (PP, "Pakistan", LD, "Traders in Karachi shut their shops and held a sit-in outside the press club against rising electricity bills, organisers said.", "strike and sit-in"),
    (PP, "Israel", W2, "Families of the hostages called it the largest turnout yet. Hundreds of thousands demonstrated in Tel Aviv on Saturday night demanding a deal to free the captives.", "mass demonstration"),
    (PP, "Indonesia", HS, "Students rally in Jakarta against election law changes. Thousands gathered outside parliament waving banners, and the protest passed peacefully, police said.", "peaceful rally"),
    (PP, "Mali", HN, "Women in Bamako protest fuel shortage Dozens of women gathered outside the town hall in Commune VI to demand action on fuel supplies, local media said.", "protest"),
    (PP, "Nigeria", LD, "Members of the Nigeria Labour Congress picketed the central bank's offices in Abuja over the cost of living, union leaders said.", "picket"),
    # --- Protest with intervention (10)
    (PI, "Georgia", HS, "Police use water cannon on Tbilisi protesters. Riot officers sprayed demonstrators outside parliament with water cannon and pepper spray and detained dozens, the interior ministry said.", "dispersal and arrests"),
    (PI, "Turkey", LD, "Police fired tear gas and rubber pellets to break up a student rally near Istanbul's city hall on Thursday and detained more than 50 people.", "dispersal"),
    (PI, "Kenya", W2, "Crowds had gathered near parliament since the morning. Police lobbed tear gas to scatter hundreds of protesters opposing the finance bill in central Nairobi, witnesses said.", "tear gas dispersal"),
    (PI, "Senegal", W2, "The opposition leader had been barred from leaving his home. Security forces fired tear gas to break up a gathering of Ousmane Sonko's supporters near his house in Dakar, arresting several, witnesses said.", "dispersal"),
    (PI, "Argentina", LD, "Security forces dispersed pensioners marching near Congress in Buenos Aires with pepper spray and batons, detaining a dozen people, local media said.", "dispersal"),
    (PI, "Serbia", W2, "Students blocked a main road in Novi Sad for a second day. Police pushed the protesters back with shields and detained several of them, the students' organisers said.", "dispersal, arrests"),
    (PI, "Pakistan", HS, "Police break up PTI rally in Islamabad. Officers fired tear gas and arrested scores of Imran Khan's supporters trying to reach the capital's D-Chowk, party officials said.", "dispersal and arrests"),
    (PI, "Belarus", HN, "Hundreds detained at Minsk women's march Riot police dragged protesters into vans as they marched against Lukashenko in the centre of the capital, rights group Viasna said.", "mass detentions at march"),
    (PI, "Indonesia", LD, "Police fired water cannon at students who tried to climb the fence of the regional parliament in Makassar, and several were briefly held, local media said.", "water cannon"),
    (PI, "Cuba", W2, "The protests were the largest in decades. Police detained dozens of people who marched through San Antonio de los Banos chanting for freedom, witnesses said.", "arrests at protest"),
    # --- Excessive force against protesters (9)
    (EF, "Kenya", HS, "Police shoot dead protesters in Nairobi. At least five demonstrators were killed when officers opened fire on crowds near parliament, rights groups said.", "protesters shot dead"),
    (EF, "Bangladesh", LD, "Police fired live rounds at students protesting over job quotas in Dhaka on Thursday, killing at least 25, hospital officials said.", "live fire"),
    (EF, "Iran", W2, "Crowds had gathered after Friday prayers in Zahedan. Security forces opened fire on the worshippers protesting outside a police station, killing at least 60, rights groups said.", "live fire on protesters"),
    (EF, "Peru", W2, "Demonstrators had demanded the president's resignation for weeks. Six protesters were shot dead by police near the airport in Juliaca, health officials said.", "protesters shot"),
    (EF, "Myanmar", LD, "Soldiers fired on anti-coup demonstrators in Mandalay, killing a teenage girl and wounding several others, witnesses said.", "soldiers shoot protesters"),
    (EF, "Mozambique", W2, "Supporters of the opposition candidate had called for a national shutdown. Police fired live ammunition at protesters in Maputo, killing three, the Plataforma Decide group said.", "live fire"),
    (EF, "Iraq", HS, "Security forces kill protesters in Nasiriyah. Gunfire on demonstrators blocking a bridge killed at least 25, medics said.", "protesters killed"),
    (EF, "Nigeria", HN, "Soldiers open fire on EndSARS protesters at Lekki toll gate Several peaceful demonstrators were shot as troops moved in, Amnesty International said.", "troops shoot protesters"),
    (EF, "Sri Lanka", LD, "Police fired on residents protesting over fuel shortages in Rambukkana, killing one man and wounding a dozen, officials said.", "live fire"),
    # --- Violent demonstration (9)
    (VD, "Kenya", HS, "Protesters storm and torch parts of Kenya's parliament. Demonstrators broke through police lines and set fire to a section of the building, police said.", "rioters storm parliament"),
    (VD, "France", LD, "Rioters set cars ablaze and threw fireworks at police in the Paris suburb of Nanterre for a second night after a teenager was shot by an officer.", "riot"),
    (VD, "Senegal", W2, "The unrest followed the opposition leader's sentencing. Protesters torched buses and a supermarket in Dakar and hurled stones at police, officials said.", "violent protest"),
    (VD, "Indonesia", LD, "Angry crowds set fire to the regional parliament building in Makassar during protests over lawmakers' perks, leaving three dead, police said.", "violent protest"),
    (VD, "Bangladesh", LD, "Students protesting over quotas stormed a state television building in Dhaka and set it on fire, officials said.", "violent protest"),
    (VD, "Peru", W2, "Anger over the death of a protester spilled onto the streets. Demonstrators hurled rocks at police and set a police station alight in the southern town of Ilave, officials said.", "violent protest"),
    (VD, "Nepal", HS, "Gen Z protesters set fire to Kathmandu parliament. Crowds broke into the complex and torched offices during protests against a social media ban, police said.", "violent protest"),
    (VD, "Mozambique", HN, "Protesters block roads, stone police in Maputo Youths burned tyres and threw rocks at officers during a second day of post-election unrest, police said.", "stone-throwing protest"),
    (VD, "Israel/Palestine", LD, "Palestinian youths threw stones and Molotov cocktails at Israeli troops during a protest at the entrance of Beita village, the army said.", "stone-throwing protest"),
    # --- Mob violence (9)
    (MOB, "Nigeria", HS, "Mob lynches man accused of blasphemy in Sokoto. A crowd beat the man to death and set his body alight after he allegedly insulted the Prophet, police said.", "lynching for blasphemy"),
    (MOB, "India", LD, "A crowd beat to death a man suspected of carrying beef near Faridabad, police said on Sunday, arresting four people.", "cow-vigilante lynching"),
    (MOB, "Haiti", W2, "Residents said they had had enough of gang extortion. A crowd stoned and burned more than a dozen suspected gang members in Canape-Vert after police stopped their minibus, witnesses said.", "bwa kale lynching"),
    (MOB, "Bangladesh", W2, "Students said the man had been caught stealing phones. A mob beat a former student leader to death inside a dormitory at Dhaka University, police said.", "mob killing"),
    (MOB, "Mexico", LD, "Villagers in Puebla beat and burned alive two men they accused of child kidnapping, the state prosecutor said.", "lynching"),
    (MOB, "Pakistan", W2, "The incident came after rumours spread about desecration. A mob set upon a Christian man in Sargodha and burned his house, leaving him critically injured, police said.", "blasphemy mob"),
    (MOB, "South Africa", HS, "Vigilantes attack foreign traders in Durban. Groups of local men beat shopkeepers from Zimbabwe and Malawi with sticks, police said.", "xenophobic mob"),
    (MOB, "Guinea", LD, "Rival supporters fought with stones and sticks after a disputed refereeing decision at a football final in Nzerekore, leaving many dead, officials said.", "football crowd violence"),
    (MOB, "Kenya", LD, "Villagers in Kenya's Kilifi county hacked and burned an elderly man after accusing him of casting spells on a sick child, police said on Tuesday.", "witchcraft lynching"),
    # --- Government regains territory (8)
    (GRT, "Democratic Republic of Congo", HS, "Congolese army retakes Kitshanga from M23. Troops and allied militias moved back into the town after the rebels were driven out, the army said.", "army retakes town"),
    (GRT, "Ukraine", LD, "Ukrainian forces recaptured the village of Robotyne in Zaporizhzhia region after weeks of fighting, the deputy defence minister said.", "recapture"),
    (GRT, "Sudan", W2, "Celebrations broke out in Omdurman on Tuesday night. The army said it had regained control of Wad Madani, the Gezira state capital held by the RSF for a year.", "army regains city"),
    (GRT, "Myanmar", W2, "The town sits on the main trade route to China. Myanmar's military said its forces had retaken Kyaukme in northern Shan state after weeks of fighting with the TNLA.", "junta retakes town"),
    (GRT, "Mozambique", LD, "Mozambican and Rwandan troops took back the port town of Mocimboa da Praia from Islamist insurgents on Sunday, Rwanda's army said.", "town retaken"),
    (GRT, "Somalia", W2, "Clan militias fought alongside federal troops for days. Somali forces said on Friday they had regained control of the town of Adan Yabaal from al-Shabaab.", "town regained"),
    (GRT, "Nigeria", HS, "Troops reclaim Malam Fatori from ISWAP. Soldiers re-entered the border town in Borno after the militants fled, the army said.", "army re-enters town"),
    (GRT, "Burkina Faso", HN, "Army reclaims Djibo road villages Soldiers and volunteers restored state control over four villages the jihadists had held since last year, state television said.", "control restored"),
    # --- Non-state actor overtakes territory (8)
    (NSO, "Democratic Republic of Congo", HS, "M23 rebels seize Bukavu. The fighters entered the capital of South Kivu and took over the governor's office after a three-day advance, residents said.", "rebels seize city"),
    (NSO, "Myanmar", LD, "The Arakan Army captured the town of Maungdaw in Rakhine state after months of fighting, taking the last junta post on the border with Bangladesh.", "rebels capture town"),
    (NSO, "Syria", W2, "Government troops had been pulling back for days. Rebel fighters led by Hayat Tahrir al-Sham took control of Hama after fighting on the city's edges, a war monitor said.", "rebels take city"),
    (NSO, "Sudan", W2, "The paramilitary posted videos of its fighters inside the compound. The RSF said it had seized the Sixth Infantry Division base in El Fasher, the army's last stronghold in Darfur.", "RSF seizes base/city"),
    (NSO, "Mali", LD, "Tuareg rebels of the CSP seized the army camp at Bourem after heavy fighting, the coalition said, a claim the army denied.", "rebels seize camp"),
    (NSO, "Ukraine", W2, "Kyiv had reinforced the town for months. Russian forces captured Vuhledar in Donetsk region, the Russian defence ministry said, after Ukrainian units withdrew under fire.", "foreign forces capture town"),
    (NSO, "Burkina Faso", HS, "JNIM fighters overrun Djibo army positions. The militants took the town's military camp and raised their flag after a morning assault, security sources said.", "militants overrun positions"),
    (NSO, "Haiti", HN, "Gangs take control of Mirebalais Armed gangs overran the central town and freed inmates from its prison after police fled, officials said.", "gangs take town"),
    # --- Non-violent transfer (7)
    (NVT, "Syria", HS, "Syrian army pulls out of Deir ez-Zor, Kurdish forces move in. The SDF entered the city unopposed after government troops withdrew, a war monitor said.", "unopposed takeover"),
    (NVT, "Mali", LD, "UN peacekeepers handed over their camp at Ogossagou in central Mali to the Malian army ahead of the mission's withdrawal, a spokesman said.", "handover of camp"),
    (NVT, "Myanmar", W2, "The talks were brokered by China. Under the deal, the MNDAA handed Lashio back to the junta and its fighters left the town without a shot fired, residents said.", "negotiated handover"),
    (NVT, "Democratic Republic of Congo", LD, "Rebel fighters of M23 walked into the mining town of Walikale unopposed after troops and allied militias left it overnight, local leaders said.", "unopposed entry"),
    (NVT, "Azerbaijan", LD, "Azerbaijani troops entered the Lachin district without a fight after Armenia handed it over under the November ceasefire deal.", "handed over by deal"),
    (NVT, "Niger", W2, "The last US aircraft left the desert base in August. Niger's army took over Air Base 201 in Agadez from American forces in a handover ceremony, the defence ministry said.", "base handed over"),
    (NVT, "Syria", HN, "Kurdish forces hand Manbij to Turkish-backed factions Fighters of the SDF withdrew from the town under a US-brokered arrangement and rival factions moved in, the monitor said.", "negotiated handover"),
    # --- Headquarters or base established (6)
    (HQ, "Mali", HS, "Malian army sets up new base in Kidal region. Troops built a forward camp at Anefis to secure the road north, the general staff said.", "new base"),
    (HQ, "Mexico", LD, "The National Guard opened a new barracks in Guanajuato's Celaya as part of a plan to reinforce security in the state, officials said.", "barracks opened"),
    (HQ, "Haiti", W2, "Kenyan police arrived in Port-au-Prince in June. The multinational mission set up its base near the international airport, the mission said.", "base established"),
    (HQ, "Somalia", W2, "Farmers along the Shabelle river said they had been forced to leave. Al-Shabaab fighters established a base at a village near Beledweyne, local elders said.", "armed group base"),
    (HQ, "Democratic Republic of Congo", LD, "M23 rebels installed an administration and set up a headquarters in Rubaya after taking control of the coltan mining town, local leaders said.", "rebel headquarters"),
    (HQ, "Burkina Faso", W2, "The new unit is meant to guard the road to Niger. The army established a military post at Seytenga, the local governor said.", "military post established"),
    # --- Agreement (8)
    (AGR, "Colombia", HS, "Colombia and ELN agree six-month ceasefire. The government and the guerrilla group signed the deal in Havana after months of talks, negotiators said.", "ceasefire"),
    (AGR, "Israel/Palestine", LD, "Israel and Hamas carried out the fourth exchange of the truce, with three Israeli hostages freed in Khan Younis in return for 183 Palestinian prisoners.", "hostage-prisoner exchange"),
    (AGR, "Russia", W2, "The swap was mediated by the United Arab Emirates. Russia and Ukraine each handed over 150 prisoners of war on Tuesday, both sides said.", "POW exchange"),
    (AGR, "Mozambique", LD, "More than 200 former Renamo fighters handed in their guns at a camp in Sofala province under the peace accord, the government said.", "disarmament under accord"),
    (AGR, "Nigeria", LD, "Bandits freed 137 abducted pupils in Kaduna after talks with local leaders, officials said, denying that a ransom had been paid.", "negotiated release"),
    (AGR, "Democratic Republic of Congo", W2, "The agreement was signed in Doha. The Congolese government and M23 rebels committed to a permanent ceasefire and an exchange of prisoners, Qatari mediators said.", "ceasefire deal"),
    (AGR, "Ethiopia", HS, "Hundreds of OLA fighters surrender in Oromia. The rebels handed over their weapons to the regional government in Ambo under an amnesty, officials said.", "mass surrender"),
    (AGR, "Lebanon", HN, "Israel, Hezbollah ceasefire takes effect Thousands of displaced families drove south after the US-brokered truce began at 4am, Lebanese officials said.", "truce"),
    # --- Change to group/activity (8)
    (CHG, "Pakistan", HS, "Pakistani Taliban end ceasefire with government. The TTP ordered its fighters to resume attacks across the country, a statement said.", "end of ceasefire"),
    (CHG, "Syria", LD, "Hayat Tahrir al-Sham announced that it had dissolved itself and that its fighters would join the new Syrian army, its leader said.", "group dissolves"),
    (CHG, "Colombia", W2, "The split had been rumoured for months. A faction of FARC dissidents under commander Calarca broke away from the Estado Mayor Central, the group said in a statement.", "group splits"),
    (CHG, "Russia", W2, "The mutiny ended with a deal brokered by Minsk. Units of the Wagner mercenary group began relocating to camps in Belarus, officials said.", "relocation"),
    (CHG, "Nigeria", LD, "Authorities in Plateau state imposed a 24-hour curfew on Mangu after a week of killings, the governor said.", "curfew"),
    (CHG, "Israel/Palestine", W2, "The group's statement came after a meeting of its leadership. Hamas named Yahya Sinwar as the head of its political bureau, replacing Ismail Haniyeh.", "new leader"),
    (CHG, "Myanmar", HS, "Ta'ang rebels halt offensive in northern Shan. The TNLA said it would suspend military operations against the junta from Monday, a spokesman said.", "suspension of operations"),
    (CHG, "Iraq", HN, "Kataib Hezbollah suspends attacks on US forces The Iran-backed group said it was halting its operations to avoid embarrassing the Iraqi government.", "suspension of operations"),
    # --- Disrupted weapons use (7)
    (DWU, "Ukraine", HS, "Odesa air defences shoot down 25 attack drones. Mobile fire groups and fighter jets brought down the Iranian-designed craft over the Black Sea coast before dawn, the southern command said.", "drones shot down"),
    (DWU, "Israel", LD, "Israeli air defences intercepted a missile fired from Yemen before it reached Israeli territory, the military said.", "missile intercepted"),
    (DWU, "Colombia", W2, "Police had received a tip about a suspicious motorcycle. Bomb experts defused an explosive device packed with 40 kilos of explosives near a police station in Jamundi, officials said.", "bomb defused"),
    (DWU, "Somalia", W2, "The raid followed weeks of surveillance. Police found rifles, grenades and explosives hidden in a house in Mogadishu's Hodan district and seized them, police said.", "cache seized"),
    (DWU, "India", LD, "Security forces recovered and destroyed an IED planted on a road in Chhattisgarh's Bijapur district, averting an attack on a patrol, police said.", "IED defused"),
    (DWU, "Saudi Arabia", W2, "The coalition said the attack targeted civilian areas. Saudi air defences intercepted a ballistic missile launched by the Houthis towards Jazan on Sunday.", "missile intercepted"),
    (DWU, "Pakistan", HS, "Bomb disposal squad defuses explosives near Peshawar school. A device hidden in a bag outside the gate was made safe before classes started, police said.", "bomb defused"),
    # --- Looting/property destruction (8)
    (LOOT, "Sudan", HS, "RSF fighters loot Gezira homes and markets. Fighters carted away grain, cars and furniture from towns east of Wad Madani, residents said.", "looting"),
    (LOOT, "Haiti", LD, "Gang members looted and set fire to the national library's building and a pharmacy in downtown Port-au-Prince, officials said, with no casualties reported.", "looting, arson"),
    (LOOT, "Israel/Palestine", W2, "The village has faced repeated raids this year. Settlers set fire to cars and a barn in al-Mughayyir overnight, the Palestinian Authority said; no one was hurt.", "settler arson"),
    (LOOT, "Nigeria", LD, "Crowds broke into a government warehouse in Jos and carted away bags of food meant for aid, officials said.", "looting"),
    (LOOT, "Mexico", LD, "Cartel gunmen torched several shops and cars in Tierra Caliente after residents refused to pay extortion, the state government said.", "arson"),
    (LOOT, "Myanmar", W2, "Residents had fled days earlier. Junta soldiers burned more than 200 houses in a Sagaing village after occupying it, a local resistance group said.", "village burned"),
    (LOOT, "Ukraine", HS, "Vandals destroy Soviet-era monument in Kyiv region. Unknown people tore down and smashed the statue overnight, local officials said.", "property destruction"),
    (LOOT, "India", HN, "Armed group torches empty homes in Manipur village Militants set fire to houses abandoned by residents in Jiribam district, police said.", "burning abandoned houses"),
    # --- Other (7)
    (OTH, "Mexico", HS, "Mass grave with 30 bodies found in Jalisco. Searching mothers uncovered remains at a ranch in Lagos de Moreno, the state prosecutor said.", "mass grave"),
    (OTH, "Syria", LD, "Investigators uncovered a mass grave containing at least 100 bodies near Damascus, believed to be victims of the former government.", "mass grave"),
    (OTH, "Israel/Palestine", W2, "Aid groups said food trucks had been stuck for weeks. The Israeli military ordered residents of eastern Khan Younis to leave their homes ahead of operations, a spokesman said.", "evacuation order"),
    (OTH, "Mali", W2, "Traders in the western region say fuel prices have tripled. Militants set up roadblocks and barred fuel trucks from entering Kayes, imposing a blockade, traders said.", "blockade"),
    (OTH, "Burkina Faso", LD, "Islamist militants ordered residents of villages near Djibo to pay a levy on their cattle and forbade women from going to the market, residents said.", "armed-group decree"),
    (OTH, "Colombia", W2, "The community has been caught between armed groups. Police said the bodies of five men were found dumped on a road in Cauca with gunshot wounds.", "bodies found"),
    (OTH, "Lebanon", HS, "Israeli jets break sound barrier over Beirut. Sonic booms shook windows across the capital, residents said.", "sonic booms"),
]

NON_EVENT_ROWS: list[tuple[str | None, str, str, str, str]] = [
    (None, "Kenya", HS, "Opposition calls for nationwide protests next week. Leaders urged supporters to take to the streets on Tuesday against the new tax law.", "future protest"),
    (None, "Nigeria", LD, "The governor of Zamfara condemned the killing of villagers by bandits last week and promised more security patrols.", "condemnation"),
    (None, "Pakistan", W2, "The verdict was read out in a packed courtroom. An anti-terrorism court sentenced two men to death for the 2023 bombing of a mosque in Peshawar.", "verdict about past attack"),
    (None, "India", LD, "A gas cylinder exploded in a kitchen in Lucknow, bringing down part of a house and killing six people, fire officials said.", "domestic explosion"),
    (None, "Indonesia", LD, "An earthquake of magnitude 6.2 struck West Sulawesi, collapsing homes and killing at least 35 people, the disaster agency said.", "earthquake"),
    (None, "Ukraine", W2, "The air raid alert lasted for three hours. No damage or casualties were reported, the Kyiv city administration said.", "alert without strike"),
    (None, "Mexico", HS, "Mexico reports 30,000 murders in 2023. Homicides fell slightly from the previous year, the national statistics office said.", "crime statistics"),
    (None, "Russia", HN, "Russia test-fires new hypersonic missile in Arctic The Zircon missile hit a target in the Barents Sea during trials, the defence ministry said.", "weapons test"),
    (None, "Philippines", LD, "Philippine and US forces held joint live-fire drills off the coast of Zambales, sinking a decommissioned ship as a target.", "military drills"),
    (None, "Sudan", W2, "The UN office for humanitarian affairs issued its latest figures on Monday. More than 12 million people have been forced from their homes since the war began, it said.", "humanitarian figures"),
    (None, "Israel/Palestine", HS, "Thousands attend funeral of slain commander in Jenin. Mourners carried the coffin through the camp, chanting slogans.", "funeral"),
    (None, "Colombia", W2, "The talks have been stalled since May. In a video, the ELN's commander warned that its fighters were ready to return to war if the government did not keep its promises.", "threat"),
    (None, "Serbia", LD, "Student groups said they would hold a large rally in Kragujevac on Saturday and called on farmers to join them.", "planned rally"),
    (None, "Ethiopia", W2, "The report covers the two years of the Tigray war. Amnesty International said forces on all sides committed war crimes, including mass killings of civilians.", "report"),
    (None, "Brazil", HS, "Dam collapse fears prompt evacuation in Minas Gerais. Residents were moved out of a town below a mining dam after cracks appeared, officials said.", "industrial risk"),
    (None, "Bangladesh", HN, "Fire at Dhaka shopping mall kills 46 The blaze started in a restaurant on the ground floor and spread quickly, fire officials said.", "accidental fire"),
    (None, "Burkina Faso", LD, "The army denied reports on social media that jihadists had attacked a base in Djibo, saying the situation in the town was calm.", "denial"),
    (None, "Somalia", W2, "The figures were presented at a briefing in Mogadishu. The army said it had killed more than 1,000 al-Shabaab fighters in operations over the past year.", "cumulative toll"),
    (None, "Myanmar", HS, "Junta announces election date. Polls will be held in December in areas under military control, state media said.", "politics"),
    (None, "Turkey", HN, "Turkish court jails journalist over protest coverage The reporter was given two years for spreading disinformation, his lawyer said.", "trial"),
    (None, "Haiti", LD, "The UN Security Council voted to extend the mandate of its political mission in Haiti for another year.", "UN mandate"),
    (None, "Afghanistan", W2, "Rescuers worked through the night in Herat. A series of strong earthquakes flattened villages in the province, killing more than 1,000 people, officials said.", "earthquake"),
    (None, "Iraq", HS, "Iraqi parliament approves budget. Lawmakers passed the spending bill after months of delay, the speaker's office said.", "politics"),
    (None, "Lebanon", LD, "Hezbollah's leader vowed in a televised speech to avenge the killing of a senior commander, saying the response would come at a time of the group's choosing.", "vow"),
    (None, "Nigeria", LD, "A tanker carrying petrol overturned and exploded near Suleja, killing dozens of people who gathered to scoop fuel, the emergency agency said.", "tanker explosion"),
    (None, "Mali", W2, "The junta said the new force would be ready next year. Mali, Burkina Faso and Niger announced plans to create a joint army of 5,000 troops to fight jihadists.", "future plan"),
    (None, "Ukraine", HS, "Ukraine marks Independence Day with parade of captured tanks. Crowds in Kyiv looked at burned Russian armour lined up on Khreshchatyk street.", "commemoration"),
    (None, "Venezuela", HN, "Venezuela deploys troops to border for exercises The defence minister said 5,000 soldiers would take part in manoeuvres in Zulia state this week.", "drills"),
    (None, "India", LD, "Heavy rain triggered landslides in Wayanad district of Kerala, burying villages and killing more than 200 people, officials said.", "landslide"),
    (None, "Colombia", W2, "The defence minister spoke at a press conference in Bogota. He said the army would send 2,000 extra troops to Catatumbo in the coming days.", "future deployment"),
    (None, "Israel", HS, "Israel summons ambassador over UN vote. The foreign ministry protested a resolution critical of its operations in Gaza.", "diplomacy"),
    (None, "Syria", W2, "The visit was the interim president's first abroad. He met the Saudi crown prince in Riyadh to discuss reconstruction and sanctions relief, state media said.", "diplomacy"),
    (None, "South Africa", LD, "A gas leak in an illegal mine near Johannesburg killed 17 miners, police said, adding that the bodies had been brought to the surface.", "mine accident"),
    (None, "Peru", W2, "Fans packed the Estadio Nacional for the derby. Universitario beat Alianza Lima 2-0 to clinch the title, the league said.", "sport"),
    (None, "Pakistan", HS, "Bus plunges into gorge in Gilgit-Baltistan, 20 dead. The vehicle carrying wedding guests fell off the Karakoram highway, police said.", "road crash"),
    (None, "Democratic Republic of Congo", LD, "An overloaded boat capsized on Lake Kivu near the port of Goma, leaving dozens missing, local officials said.", "boat accident"),
    (None, "Yemen", LD, "The Houthis said they would target any ship linked to Israel in the Red Sea and warned shipping companies to avoid the route.", "threat"),
    (None, "Nigeria", W2, "The trial was adjourned until next month. Lawyers for the separatist leader Nnamdi Kanu told the court in Abuja that his detention was illegal.", "trial"),
    (None, "Ecuador", HS, "Ecuador president declares state of emergency in seven provinces. The decree allows the army to patrol streets for 60 days, his office said.", "emergency decree"),
    (None, "Russia", HN, "Prisoners of war swap talks continue in Istanbul, no deal Delegations from Moscow and Kyiv met for two hours but reached no agreement, officials said.", "talks without deal"),
]


def rows_as_json() -> list[dict]:
    return numbered_snippets(ROWS + NON_EVENT_ROWS, "f9", SHUFFLE_SEED)


def main() -> None:
    rows = rows_as_json()
    OUT.write_text(jsonl_text(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
