"""Write fresh8.jsonl from the hand-written rows below (typing round eleven, written before any run on them).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/write_fresh8.py

Half of the rows read the way a feed gives a story: a headline in headline-speak and its lead on one line, the
headline ending with a full stop (style ``head-stop``: "Bandits kill 23 worshippers in Katsina mosque. Armed men
...") or with none (``head-nostop``: "Gunmen storm wedding in Zacatecas, kill six Armed men burst into ..."); the
rest are plain one-to-three-sentence leads (``lead``). The rows are grouped by sub-type for the writer; they are
shuffled with a fixed seed before ids are given, so the held part (every third id) mixes all sub-types and styles.
Every sentence was written for eventwire; facts are modelled on real events (2019-2025), wording is ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import jsonl_text, numbered_snippets  # noqa: E402

OUT = Path(__file__).resolve().parent / "fresh8.jsonl"
SHUFFLE_SEED = 11  # round eleven; any fixed seed would do

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
HS, HN, LD = "head-stop", "head-nostop", "lead"

ROWS: list[tuple[str | None, str, str, str, str]] = [
    # --- Armed clash (10)
    (AC, "Niger", HS, "Troops, jihadists clash near Diffa, 9 soldiers dead. Boko Haram fighters attacked an army patrol outside the town on Tuesday and the gunfight lasted into the evening, the defence ministry said.", "patrol attacked, fighting"),
    (AC, "Myanmar", HN, "Army and Arakan Army battle for Paletwa Fierce fighting went on for a third day in the Chin state town, with both sides reporting losses, local media said.", "rebels vs army"),
    (AC, "Pakistan", HS, "Militants, police trade fire in Bannu. A two-hour gunbattle broke out when Pakistani Taliban fighters attacked a police checkpoint; three officers and four attackers were killed.", "checkpoint attack and gunbattle"),
    (AC, "Libya", HN, "Rival militias clash in Tripoli suburb, 27 killed Gunfire and rocket-propelled grenades echoed through Ain Zara overnight as two armed factions fought, the health ministry said.", "two militias fighting"),
    (AC, "Mali", LD, "Fighters of Katiba Macina and a Dozo hunters' militia fought for several hours near Djenne on Saturday, leaving at least 15 dead on both sides, local officials said.", "jihadists vs militia"),
    (AC, "Colombia", LD, "Colombian soldiers exchanged fire with a dissident FARC column in rural Jamundi on Wednesday. One soldier and two guerrillas died in the firefight, the army said.", "army vs dissidents"),
    (AC, "Somalia", HS, "Al-Shabaab repelled after raid on army base in Hiiraan. Somali troops and clan militia fought off the assault after an hour of heavy fighting, officials said.", "base attack repelled"),
    (AC, "Ethiopia", LD, "Ethiopian federal troops and Fano militiamen fought in the streets of Gondar on Sunday as the insurgents tried to enter the city, residents said.", "army vs militia"),
    (AC, "Lebanon", HN, "Hezbollah, Israeli troops clash in Aitaroun Israeli soldiers pushing into the border village met anti-tank fire and gunfire from Hezbollah units, the army said.", "ground fighting"),
    (AC, "India", LD, "Indian and Pakistani troops exchanged artillery and small-arms fire along the Line of Control in Poonch for several hours overnight, the Indian army said.", "two-way exchange of fire"),
    # --- Attack (10)
    (AT, "Nigeria", HS, "Bandits kill 23 worshippers in Katsina mosque. Armed men opened fire on people praying at dawn in Mantau village, Malumfashi, a state official said.", "gunmen kill worshippers"),
    (AT, "Mexico", HN, "Gunmen storm wedding in Zacatecas, kill six Armed men burst into a party in a rural community late on Saturday and opened fire on guests, the state prosecutor said.", "shooting at a party"),
    (AT, "Nigeria", HS, "ISWAP fighters execute 10 farmers near Maiduguri. The men were seized in their fields and shot, local militia members said.", "farmers seized and killed"),
    (AT, "Burkina Faso", LD, "Unidentified attackers shot dead a Catholic priest on the road to Fada N'Gourma on Thursday, the diocese said.", "targeted killing"),
    (AT, "Haiti", LD, "Gang members set fire to houses and shot residents in the Port-au-Prince district of Cite Soleil, killing at least 30, a rights group said on Monday.", "gang attack on residents"),
    (AT, "Pakistan", HN, "Militants kill nine bus passengers in Balochistan Gunmen stopped a bus on the highway near Noshki, checked identity cards and shot the men from Punjab, police said.", "passengers shot"),
    (AT, "Democratic Republic of Congo", HS, "Villagers hacked to death in Ituri. CODECO militiamen armed with machetes killed at least 14 people in a displacement camp in Djugu territory, the UN mission said.", "machete attack on camp"),
    (AT, "Sudan", LD, "An RSF unit stormed the village of Wad al-Noura in Gezira state and killed more than 100 residents, the army-aligned government said.", "RSF kills villagers"),
    (AT, "Israel/Palestine", HN, "Settlers kill Palestinian in Turmus Ayya raid Dozens of masked settlers threw stones at homes and one of them shot a man dead, the Palestinian health ministry said.", "settlers kill civilian"),
    (AT, "Honduras", HN, "Gunmen kill radio presenter in Danli Two men on a motorcycle shot the journalist as he left his station, police said.", "journalist killed"),
    # --- Air/drone strike (9)
    (AIR, "Ukraine", HS, "Drone strike hits Kharkiv apartment block. Two people died and 15 were injured when a Shahed drone slammed into a nine-storey building overnight, the mayor said.", "drone strike"),
    (AIR, "Israel/Palestine", HN, "Israeli warplanes strike Rafah tent camp, dozens killed Air strikes on a displacement camp west of the city set tents ablaze late on Sunday, Gaza's civil defence said.", "air strike"),
    (AIR, "Yemen", HS, "Saudi-led jets bomb Houthi-held Saada. Air raids hit a detention centre in the northern city, killing at least 70 inmates, aid groups said.", "air raid"),
    (AIR, "Syria", LD, "A Turkish drone struck a car near Qamishli on Tuesday, killing two commanders of the Kurdish-led SDF, the group said.", "drone strike"),
    (AIR, "Myanmar", LD, "Military aircraft bombed a school in the Sagaing village of Let Yet Kone, killing 13 people, most of them children, residents said.", "air strike on school"),
    (AIR, "Sudan", HN, "Military jets pound RSF positions in Khartoum Bahri The Sudanese air force carried out raids on Rapid Support Forces bases in the north of the capital, witnesses said.", "air raids"),
    (AIR, "Ethiopia", HS, "Drone strike kills 19 at Tigray camp. A drone hit a camp for displaced people in Dedebit, aid workers said.", "drone strike"),
    (AIR, "Nigeria", LD, "Nigerian military aircraft mistakenly bombed a religious gathering in Tudun Biri, Kaduna state, killing at least 85 villagers, officials said.", "mistaken air strike"),
    (AIR, "Lebanon", LD, "An Israeli drone struck a motorcycle in the southern town of Bint Jbeil, killing its rider, Lebanon's health ministry said.", "drone strike"),
    # --- Shelling/artillery/missile (9)
    (SH, "Ukraine", HS, "Shelling kills four at Donetsk market. Artillery rounds landed on a busy market in the Russian-held city on Sunday, its Moscow-installed mayor said.", "shelling"),
    (SH, "Ukraine", HN, "Russian missiles hit Kyiv children's hospital A barrage of cruise missiles struck the Okhmatdyt hospital and other districts in daylight, killing dozens, officials said.", "missile strike"),
    (SH, "Israel/Palestine", HS, "Rockets from Gaza hit Ashkelon. A house was damaged and two people were lightly hurt as sirens sounded across southern Israel, police said.", "rocket fire"),
    (SH, "Sudan", LD, "RSF artillery shelled the Abu Shouk displacement camp outside El Fasher on Friday, killing at least 14 people, the camp's coordination committee said.", "shelling of camp"),
    (SH, "Somalia", LD, "Mortar rounds fired by al-Shabaab landed near Mogadishu's airport zone on Wednesday, wounding several people, police said.", "mortar attack"),
    (SH, "Yemen", HN, "Houthi missile strikes tanker in Red Sea The vessel was hit off Hodeidah and caught fire, the British maritime agency UKMTO said.", "missile on ship"),
    (SH, "Israel", HS, "Rocket kills 12 children on Golan football pitch. The projectile landed on a sports field in Majdal Shams on Saturday, Israeli officials said, blaming Hezbollah.", "rocket strike"),
    (SH, "Ukraine", LD, "Russian artillery hit an aid distribution point in Kherson on Tuesday morning, killing a volunteer, the regional governor said.", "shelling"),
    (SH, "India", HS, "Pakistani shelling kills 12 in Poonch. Shells fired across the Line of Control hit homes and a mosque in the town, Indian officials said.", "cross-border shelling"),
    # --- Remote explosive/landmine/IED (8)
    (IED, "Pakistan", HS, "Roadside bomb kills 7 soldiers in Balochistan. An improvised device blew up under a military vehicle in Kech district, the army's media wing said.", "roadside bomb"),
    (IED, "Syria", HN, "Landmine blast kills four children in Idlib The children were herding sheep when a leftover mine exploded, the White Helmets said.", "landmine"),
    (IED, "Somalia", HS, "Bomb hidden in motorbike explodes in Mogadishu market. At least six people were killed when the device parked near stalls went off, police said.", "planted bomb"),
    (IED, "Colombia", LD, "Five police officers were killed when an explosive device detonated as their truck passed along a rural road in Cauca, the defence minister said.", "IED on police"),
    (IED, "Mali", LD, "An improvised explosive device struck a Malian army convoy between Boni and Hombori on Monday, killing three soldiers, a military source said.", "IED on convoy"),
    (IED, "India", HN, "IED blast kills 10 police in Chhattisgarh Maoist rebels set off a buried bomb under a vehicle carrying security personnel in Dantewada district, police said.", "IED on police van"),
    (IED, "Afghanistan", HS, "Magnetic bomb kills two in Kabul. A sticky bomb attached to a car exploded in the west of the city during rush hour, police said.", "sticky bomb"),
    (IED, "Burkina Faso", LD, "A mine laid on a track near the border with Niger destroyed a bus, killing 14 passengers, the government said.", "landmine on bus"),
    # --- Suicide bomb (8)
    (SUI, "Pakistan", HS, "Suicide bomber hits Peshawar mosque, 100 dead. The attacker blew himself up among worshippers inside a police compound at midday prayers, officials said.", "suicide bombing"),
    (SUI, "Afghanistan", HN, "Suicide blast at Kabul school kills dozens A bomber set off explosives at a tuition centre in Dasht-e-Barchi as students sat a practice exam, police said.", "suicide bombing"),
    (SUI, "Nigeria", HS, "Female bomber attacks Borno wedding. A woman with explosives strapped to her body set them off among guests in Gwoza, killing 18, emergency services said.", "suicide bombing"),
    (SUI, "Somalia", LD, "A suicide car bomb exploded at a checkpoint outside Mogadishu's parliament, killing at least six people, police said.", "suicide car bomb"),
    (SUI, "Iraq", LD, "Two suicide bombers detonated their vests in a crowded market in central Baghdad on Thursday, killing 32 people, the interior ministry said.", "twin suicide bombing"),
    (SUI, "Pakistan", HN, "Suicide attacker targets Chinese engineers' convoy in Besham A bomber drove an explosive-laden car into a bus carrying Chinese workers, killing five of them and their driver, police said.", "suicide car bomb"),
    (SUI, "Pakistan", HS, "Suicide blast at Quetta railway station. An attacker blew himself up among soldiers waiting for a train, killing at least 26, officials said.", "suicide bombing"),
    (SUI, "Somalia", LD, "A suicide bomber struck a gathering of clan elders in Bakool region, killing 13 people, local officials said.", "suicide bombing"),
    # --- Grenade (8)
    (GR, "India", HS, "Grenade attack on Srinagar market wounds 12. Militants hurled a grenade toward security forces near the busy Sunday market, police said.", "grenade"),
    (GR, "Somalia", HN, "Man throws grenade into Mogadishu cafe, three hurt The attacker tossed the device into a tea shop in Hodan district and fled, witnesses said.", "grenade"),
    (GR, "Sweden", HS, "Hand grenade explodes at Uppsala apartment block. The device went off at the entrance of a building overnight, damaging doors; no one was hurt, police said.", "grenade"),
    (GR, "Burundi", LD, "Unknown men threw grenades at a bus stop in Bujumbura on Friday evening, wounding 38 people, police said.", "grenade"),
    (GR, "Colombia", LD, "A grenade tossed into a police station in Cali wounded three officers, the mayor said.", "grenade"),
    (GR, "India", HN, "Grenade blast at Manipur checkpoint injures two A grenade was hurled at a security post in Imphal West district late at night, officials said.", "grenade"),
    (GR, "Kenya", HS, "Grenade hurled into Garissa church during service. Two worshippers were injured when the explosive was thrown through a window, police said.", "grenade"),
    (GR, "India", LD, "A crude bomb thrown at the home of a local BJP leader in North 24 Parganas damaged the gate but caused no injuries, police said.", "thrown crude bomb"),
    # --- Chemical weapon (6)
    (CH, "Ukraine", HS, "Ukrainian troops hit with chloropicrin near Robotyne. Soldiers said Russian drones dropped grenades filled with the choking agent on their positions, the general staff reported.", "chloropicrin"),
    (CH, "Syria", HN, "Chlorine attack alleged in Latakia hills Opposition fighters in Kabani said shells released a chlorine smell and several were treated for breathing problems, a monitoring group reported.", "chlorine"),
    (CH, "Ukraine", LD, "Russian forces dropped CS gas grenades from drones on Ukrainian positions in Zaporizhzhia, the Ukrainian military said, reporting several soldiers poisoned.", "riot agent in combat"),
    (CH, "Ukraine", LD, "A Russian drone dropped a munition carrying an unknown toxic gas on a trench near Pokrovsk, leaving four soldiers with burnt lungs, the brigade said.", "toxic gas"),
    (CH, "Ukraine", HS, "Tear gas dropped on Ukrainian trenches by drones. Soldiers defending Kupiansk reported choking and vomiting after the drops, Kyiv said.", "riot agent in combat"),
    (CH, "Ukraine", LD, "Russia's defence ministry accused Ukrainian forces of firing shells filled with a toxic agent at its troops near Kreminna, saying several soldiers were poisoned.", "accusation of chemical shells"),
    # --- Sexual violence (8)
    (SV, "Sudan", HS, "Women raped during RSF raid on El Geneina. Survivors told a rights group that fighters went house to house assaulting women and girls during the assault on the city.", "rape in incursion"),
    (SV, "Ethiopia", HN, "Soldiers accused of raping girls in Tigray village Residents said troops who entered the village gang-raped at least six women and girls, a local health official said.", "rape by soldiers"),
    (SV, "Haiti", HS, "Gang rapes 14 women in Port-au-Prince district. Members of an armed gang sexually assaulted the women during an incursion into Carrefour-Feuilles, a human rights network said.", "gang rape"),
    (SV, "Democratic Republic of Congo", LD, "Militiamen in Ituri raped 20 women who had gone to their fields near Djugu, the UN mission said.", "rape"),
    (SV, "Myanmar", LD, "A girl was raped by two soldiers at a checkpoint in Buthidaung township, her family told a local news agency.", "rape by soldiers"),
    (SV, "Democratic Republic of Congo", HN, "M23 fighters accused of mass rape in Kishishe The UN said combatants who seized the village raped dozens of women over two days.", "mass rape"),
    (SV, "Zimbabwe", LD, "Three women were sexually assaulted by police officers inside a detention cell in Harare, a lawyers' group said.", "sexual assault in custody"),
    (SV, "Belarus", HS, "Detained protesters sexually abused by police, lawyers say. Several women arrested after a demonstration in Minsk described being assaulted in custody.", "sexual abuse in custody"),
    # --- Abduction/forced disappearance (8)
    (AB, "Nigeria", HS, "Gunmen abduct 287 pupils in Kaduna school raid. Armed men on motorbikes seized the children from a school in Kuriga on Thursday morning, a teacher said.", "mass abduction"),
    (AB, "Nigeria", HN, "Bandits kidnap 20 passengers on Abuja-Kaduna highway The travellers were taken from their vehicles at a fake checkpoint, police said.", "kidnapping"),
    (AB, "Haiti", HS, "Seventeen missionaries seized by gang in Haiti. Members of the 400 Mawozo gang kidnapped the group near Croix-des-Bouquets, police said.", "kidnapping"),
    (AB, "Burkina Faso", LD, "Jihadists kidnapped about 50 women who were gathering wild fruit near Arbinda, local residents said on Friday.", "mass abduction"),
    (AB, "Mali", LD, "An activist was taken from his home in Bamako by men who said they were security agents, and his family has not heard from him since, his lawyer said.", "forced disappearance"),
    (AB, "Pakistan", HN, "Militants kidnap policemen in Dera Ismail Khan Pakistani Taliban fighters seized eight police officers at a roadside and took them into the hills, officials said.", "kidnapping"),
    (AB, "Niger", LD, "Gunmen seized a German aid worker in Niamey, dragging her from her car, police said.", "kidnapping"),
    (AB, "Mexico", HS, "Five young men vanish after armed men seize them in Jalisco. Families say the friends were taken by gunmen in Lagos de Moreno and have not been seen since.", "disappearance"),
    # --- Arrests (8)
    (AR, "Uganda", HS, "Police arrest 40 opposition activists in Kampala. Officers rounded up supporters of Bobi Wine at a party office on Tuesday, his party said.", "arrests"),
    (AR, "Tunisia", HN, "Tunisian police detain opposition leader Ghannouchi Security forces arrested the head of Ennahda at his home in Tunis, his party said.", "arrest"),
    (AR, "Burkina Faso", HS, "Journalist held over reporting on army in Burkina Faso. Security agents arrested the reporter at his office in Ouagadougou and took him to a gendarmerie, his employer said.", "arrest"),
    (AR, "India", LD, "Police arrested 23 people in connection with communal violence in Nuh district, a senior officer said on Thursday.", "arrests"),
    (AR, "Russia", LD, "Russian police detained a lawyer who had defended Alexei Navalny as she left court in Moscow, her colleagues said.", "arrest"),
    (AR, "Afghanistan", HN, "Taliban arrest women's rights activist in Kabul Intelligence officers detained the activist at her home on Monday, the UN mission said.", "arrest"),
    (AR, "Iran", LD, "Iranian security forces arrested a rapper in Isfahan over songs supporting the protests, state media reported.", "arrest"),
    (AR, "Niger", HS, "Junta detains former ministers in Niamey. Soldiers took three members of the ousted government into custody, their relatives said.", "arrests"),
    # --- Peaceful protest (9)
    (PP, "Serbia", HS, "Thousands rally in Belgrade against government. Students and residents marched through the capital on Saturday, demanding accountability for the Novi Sad canopy collapse.", "peaceful march"),
    (PP, "India", HN, "Farmers block highways in Punjab over crop prices Tractors lined the roads near Amritsar as farmers staged a sit-in on Monday, organisers said.", "road-block sit-in"),
    (PP, "Nigeria", HS, "Teachers rally in Lagos over unpaid salaries. Hundreds of teachers demonstrated outside the state assembly, waving placards.", "peaceful rally"),
    (PP, "Mexico", LD, "Hundreds of women marched in Mexico City on Sunday to demand an end to femicides, chanting and carrying purple banners.", "peaceful march"),
    (PP, "Tunisia", LD, "Residents of Sfax held a sit-in in front of the governorate to protest water cuts, a local radio station reported.", "sit-in"),
    (PP, "Israel", HN, "Israelis protest judicial overhaul for 20th week Tens of thousands demonstrated in Tel Aviv and other cities on Saturday night, organisers said.", "weekly demonstrations"),
    (PP, "Georgia", HS, "Georgians march in Tbilisi against foreign agent bill. A large crowd gathered outside parliament late on Sunday, waving EU flags.", "peaceful march"),
    (PP, "Kenya", LD, "Doctors protested outside the health ministry in Nairobi on Wednesday over unpaid arrears and delayed postings.", "peaceful protest"),
    (PP, "Argentina", LD, "Thousands of Argentine university students and teachers marched in Buenos Aires against budget cuts to public universities.", "peaceful march"),
    # --- Protest with intervention (8)
    (PI, "Kenya", HS, "Police fire tear gas at protesters in Nairobi. Officers dispersed demonstrators marching against the finance bill in the city centre, witnesses said.", "tear gas dispersal"),
    (PI, "Georgia", HN, "Water cannon used on Tbilisi protesters Riot police drove demonstrators from outside parliament with water cannon and pepper spray early on Friday, the interior ministry said.", "water cannon dispersal"),
    (PI, "Russia", HS, "Dozens detained at anti-war rally in Moscow. Police detained protesters at an unauthorised gathering in Pushkin Square, a monitoring group said.", "detentions at rally"),
    (PI, "Guinea", LD, "Security forces broke up a sit-in by opposition supporters in Conakry with tear gas and arrested 15 people, the opposition coalition said.", "dispersal and arrests"),
    (PI, "Bangladesh", LD, "Police in Dhaka used batons and sound grenades to break up a student march over job quotas, a university official said.", "baton charge"),
    (PI, "India", HN, "Police stop farmers' march to Delhi with tear gas Officers fired tear gas shells at farmers at the Shambhu border to halt their advance, protest leaders said.", "tear gas"),
    (PI, "France", HS, "Riot police disperse pension protest in Paris. Officers used tear gas against demonstrators near Place de la Concorde late on Thursday and made dozens of arrests.", "dispersal and arrests"),
    (PI, "Turkey", LD, "Turkish police detained dozens of students who had gathered in Istanbul to protest the arrest of the city's mayor, using pepper spray to scatter the crowd.", "detentions at protest"),
    # --- Excessive force against protesters (8)
    (EF, "Sudan", HS, "Security forces kill 3 protesters in Omdurman. Troops opened fire on crowds marching against military rule, a doctors' committee said.", "protesters shot"),
    (EF, "Bangladesh", HN, "Police shoot dead 12 protesters in Bangladesh Officers fired live rounds at students demonstrating over job quotas, hospital officials said.", "protesters shot"),
    (EF, "Myanmar", HS, "Troops kill protesters in Mandalay. Soldiers fired on demonstrators against the coup, killing at least two, witnesses said.", "protesters shot"),
    (EF, "Peru", LD, "Security forces opened fire on protesters at Juliaca airport, killing 17 people, the ombudsman said.", "protesters shot"),
    (EF, "Kenya", LD, "Police shot dead several protesters as crowds breached the parliament compound in Nairobi, rights groups said.", "protesters shot"),
    (EF, "Iran", HN, "Iran forces open fire on worshippers in Zahedan Security forces shot at protesters after Friday prayers, killing dozens, rights groups said.", "protesters shot"),
    (EF, "Guinea", HS, "Gendarmes kill two at anti-junta march. Forces fired on protesters in Conakry's Hamdallaye district, the opposition said.", "protesters shot"),
    (EF, "Mozambique", LD, "Mozambican police fired live bullets at crowds protesting election results in Maputo, killing at least five people, a civil society platform said.", "protesters shot"),
    # --- Violent demonstration (8)
    (VD, "United States", HS, "Rioters torch police station in Minneapolis. Demonstrators angry at the death of George Floyd set the third precinct ablaze on Thursday night.", "riot"),
    (VD, "Senegal", HN, "Protesters set fire to ruling party offices in Dakar Supporters of opposition leader Ousmane Sonko burned buildings and looted shops after his conviction, witnesses said.", "riot"),
    (VD, "United Kingdom", HS, "Rioters attack mosque in Southport. A crowd threw bricks at police and at the mosque after a knife attack in the town, injuring officers.", "riot"),
    (VD, "New Caledonia", LD, "Demonstrators in Noumea set fire to shops and cars and put up barricades overnight in protest against a voting reform, French authorities said.", "riot"),
    (VD, "Pakistan", LD, "Supporters of Imran Khan stormed the corps commander's house in Lahore and set it alight after his arrest, police said.", "riot"),
    (VD, "Chile", HN, "Metro stations torched as Santiago protests turn violent Demonstrators set fire to several stations and a power company building over a fare rise, the government said.", "riot"),
    (VD, "Ecuador", HS, "Protesters storm comptroller's office in Quito. Demonstrators against fuel price rises set fire to the building, officials said.", "riot"),
    (VD, "South Africa", LD, "Angry residents of a township outside Johannesburg blocked roads with burning tyres and pelted police with stones over power cuts, police said.", "riot"),
    # --- Mob violence (8)
    (MOB, "Pakistan", HS, "Mob lynches man accused of blasphemy in Swat. A crowd dragged the man from a police station, beat him to death and burned his body, officials said.", "lynching"),
    (MOB, "Kenya", HN, "Villagers beat suspected thief to death in Kisumu A crowd caught the man stealing a motorcycle and attacked him with clubs, police said.", "lynching"),
    (MOB, "India", HS, "Mob beats migrant worker to death over beef rumour in Haryana. A group of cow vigilantes attacked the man, accusing him of eating beef, police said.", "lynching"),
    (MOB, "Haiti", LD, "Residents of a Port-au-Prince neighbourhood stoned and burned suspected gang members in the street, part of a vigilante movement, police said.", "vigilante mob"),
    (MOB, "India", LD, "Crowds from two communities pelted each other with stones and set vehicles alight in Nagpur after rumours about a burnt religious text, police said.", "communal clash"),
    (MOB, "Pakistan", HN, "Churches and Christian homes torched by mob in Jaranwala A crowd angered by blasphemy claims set fire to buildings in the Punjab town, officials said.", "mob attack"),
    (MOB, "France", HS, "Rival football fans fight in Marseille streets. Supporters threw chairs and bottles at each other in the Old Port before the match, police said.", "fan brawl"),
    (MOB, "Malawi", LD, "Villagers attacked and killed an elderly woman they accused of witchcraft, police in Malawi said.", "witchcraft lynching"),
    # --- Government regains territory (8)
    (GRT, "Mali", HS, "Army retakes Kidal from rebels. Malian troops entered the northern town after rebel fighters withdrew under air strikes, the junta said.", "army retakes town"),
    (GRT, "Ukraine", HN, "Ukraine recaptures Kherson city Ukrainian troops entered the regional capital after Russian forces pulled back across the Dnipro, officials said.", "recapture"),
    (GRT, "Mozambique", HS, "Troops retake Mocimboa da Praia from insurgents. The port town held by the militants for two years was recaptured after fighting, Rwanda's army said.", "recapture"),
    (GRT, "Sudan", LD, "Sudan's army said it had regained control of the presidential palace in Khartoum after driving out the Rapid Support Forces.", "regained control"),
    (GRT, "Ethiopia", LD, "Federal forces took back the towns of Dessie and Kombolcha from Tigrayan fighters, the government said.", "towns retaken"),
    (GRT, "Somalia", HN, "Somali army recaptures Adan Yabaal from al-Shabaab Government forces backed by clan militias took back the town after the militants fled, officials said.", "recapture"),
    (GRT, "Nigeria", HS, "Troops reclaim Marte from ISWAP. Soldiers drove out the insurgents and raised the flag over the town, the army said.", "recapture"),
    (GRT, "Russia", LD, "Russian troops pushed Ukrainian forces out of Sudzha, restoring control over the district centre in Kursk region, the defence ministry in Moscow said.", "recapture"),
    # --- Non-state actor overtakes territory (8)
    (NSO, "Democratic Republic of Congo", HS, "M23 rebels seize Goma. Fighters of the Rwanda-backed group took control of the airport and the city centre after days of fighting, residents said.", "rebels capture city"),
    (NSO, "Myanmar", HN, "Rebels capture Myawaddy border town Karen fighters took over the trading hub on the Thai border after the last army battalion surrendered, a spokesman said.", "rebels capture town"),
    (NSO, "Afghanistan", HS, "Taliban take Kunduz in overnight assault. Insurgents captured the provincial capital's main square and government buildings, officials said.", "insurgents capture city"),
    (NSO, "Syria", LD, "HTS-led fighters took control of Aleppo's city centre on Saturday, raising their flag over the citadel, a war monitor said.", "rebels capture city"),
    (NSO, "Mozambique", LD, "Islamic State-linked insurgents overran the town of Palma in Cabo Delgado after a three-day assault, the government confirmed.", "insurgents overrun town"),
    (NSO, "Sudan", HN, "RSF seizes Wad Madani as army withdraws Paramilitary forces took control of the Gezira state capital after clashes on its outskirts, witnesses said.", "RSF captures city"),
    (NSO, "Ukraine", HS, "Russian forces capture Avdiivka. Moscow said its troops had taken full control of the eastern Ukrainian town after months of fighting.", "foreign army capture"),
    (NSO, "Myanmar", LD, "Arakan Army fighters seized the headquarters of the military's Western Command in Ann, taking over the town, the group said.", "rebels capture town"),
    # --- Non-violent transfer of territory (6)
    (NVT, "Ukraine", HS, "Russia pulls troops out of towns near Kyiv. Ukrainian forces moved into Bucha and nearby villages without a fight after Russian units left, officials said.", "withdrawal"),
    (NVT, "Mali", HN, "UN hands over Ber base to Malian army Peacekeepers left the northern camp and handed it to Malian troops, the mission said.", "handover"),
    (NVT, "Syria", LD, "Syrian government troops entered Kurdish-held Manbij under a deal with the SDF, taking over positions without fighting.", "negotiated entry"),
    (NVT, "Yemen", LD, "Government-allied forces withdrew from Hays district in Hodeidah, and Houthi fighters moved in without resistance, local sources said.", "withdrawal"),
    (NVT, "Azerbaijan", HS, "Armenians leave Lachin as corridor town handed over. Azerbaijani troops entered the town after its residents left under the truce deal.", "handover"),
    (NVT, "Afghanistan", HN, "Taliban enter Kabul unopposed Taliban fighters moved into the capital after the president fled and security forces melted away, officials said.", "unopposed entry"),
    # --- Headquarters or base established (6)
    (HQ, "Mali", HS, "Russian forces set up base at Timbuktu airport. Russian military personnel moved into the former French camp, the Malian army said.", "base established"),
    (HQ, "Somalia", HN, "Al-Shabaab sets up new camp near Afgoye Fighters built a training camp in farmland outside the town, residents said.", "camp established"),
    (HQ, "Burkina Faso", LD, "JNIM fighters set up a base in a forest near Pama, local sources said.", "base established"),
    (HQ, "Yemen", LD, "Houthi forces established a new military post on a hill overlooking the eastern entrance of Taiz, local officials said.", "post established"),
    (HQ, "Nigeria", HS, "ISWAP builds camp on Lake Chad island. Insurgents set up a base on Tumbun island and moved their families there, security sources said.", "camp established"),
    (HQ, "Iraq", LD, "Turkish troops set up a new outpost near Zakho in Duhok province, residents said.", "outpost established"),
    # --- Agreement (8)
    (AGR, "Sudan", HS, "Sudan's warring sides agree week-long truce. The army and the RSF signed a ceasefire deal in Jeddah, Saudi Arabia and the US said.", "ceasefire"),
    (AGR, "Israel/Palestine", HN, "Israel, Hamas swap hostages for prisoners Thirteen Israeli hostages were freed from Gaza and 39 Palestinian prisoners released on the first day of the truce, officials said.", "exchange"),
    (AGR, "Nigeria", HS, "Hundreds of Boko Haram fighters surrender in Borno. More than 800 militants and their families gave themselves up to troops in Bama, the army said.", "mass surrender"),
    (AGR, "Ukraine", LD, "Ukraine and Russia exchanged 230 prisoners of war in a deal mediated by the United Arab Emirates, both sides said.", "prisoner exchange"),
    (AGR, "Nigeria", LD, "Schoolgirls kidnapped from Jangebe were freed after talks between state officials and the bandits holding them, the Zamfara governor said.", "negotiated release"),
    (AGR, "Colombia", HN, "Colombian government signs ceasefire with ELN The six-month truce was sealed in Havana, both delegations said.", "ceasefire"),
    (AGR, "Somalia", HS, "Clans agree truce after deadly Galmudug clashes. Elders from the two sides signed a peace deal in Dhusamareb, local officials said.", "peace deal"),
    (AGR, "Ethiopia", LD, "The Ethiopian government and the TPLF signed a permanent cessation of hostilities in Pretoria, ending two years of war.", "peace deal"),
    # --- Change to group/activity (8)
    (CHG, "India", HS, "Curfew imposed in Imphal after violence. The district administration ordered a total curfew across the valley on Tuesday.", "curfew"),
    (CHG, "Mali", HN, "Wagner Group announces exit from Mali Russia's Africa Corps will take over the mission, the mercenary group said on Telegram.", "withdrawal of group"),
    (CHG, "Pakistan", HS, "TTP ends ceasefire, orders attacks across Pakistan. The Pakistani Taliban called off the truce with the government and told fighters to resume operations.", "group resumes operations"),
    (CHG, "Israel/Palestine", LD, "Hamas named Yahya Sinwar as its new political leader, replacing Ismail Haniyeh, the group said.", "new leader"),
    (CHG, "Yemen", LD, "The Houthis said they would limit their attacks on shipping to Israeli-linked vessels after the Gaza ceasefire took hold.", "change of activity"),
    (CHG, "South Sudan", HN, "Rebel faction breaks away from SPLA-IO in Upper Nile Commanders of the Kitgwang faction announced they were leaving Riek Machar's group, a spokesman said.", "split"),
    (CHG, "Syria", HS, "HTS dissolves, fighters to join new army. The group announced it had disbanded and its members would be folded into the new defence ministry.", "group dissolved"),
    (CHG, "Nigeria", LD, "Authorities in Lagos declared a 24-hour curfew after unrest spread across the city, the state governor said.", "curfew"),
    # --- Disrupted weapons use (8)
    (DWU, "Ukraine", HS, "Ukraine downs 50 Russian drones overnight. Air defences destroyed most of the Shahed drones launched at the country, the air force said.", "drones shot down"),
    (DWU, "Somalia", HN, "Bomb found and defused near Mogadishu school Police disposal experts disarmed an explosive device hidden in a cart, police said.", "bomb defused"),
    (DWU, "Israel", HS, "Israel intercepts missile fired from Yemen. Air defences shot down the missile before it reached Israeli territory, the military said.", "missile intercepted"),
    (DWU, "India", LD, "Army engineers found and destroyed an IED planted along a highway near Pulwama, averting a possible attack, police said.", "IED found"),
    (DWU, "Nigeria", LD, "Troops recovered a cache of rifles and ammunition from a bandit hideout in Zamfara forest, the army said.", "weapons seized"),
    (DWU, "Saudi Arabia", HN, "Saudi air defences intercept Houthi drone over Jazan The drone was destroyed above the border region, the coalition said.", "drone intercepted"),
    (DWU, "Mali", HS, "Car bomb dismantled outside Gao camp. Soldiers found and neutralised a vehicle rigged with explosives near the base entrance, the army said.", "car bomb defused"),
    (DWU, "Russia", LD, "Air defence systems shot down eight Ukrainian drones over Belgorod region, the defence ministry in Moscow said.", "drones shot down"),
    # --- Looting/property destruction (8)
    (LOOT, "Sudan", HS, "Aid warehouses looted in El Fasher. Armed men broke into WFP stores and carried off food and fuel, the agency said.", "looting"),
    (LOOT, "Cameroon", HN, "Arsonists burn school in Cameroon's North-West The building in Kumbo was set ablaze overnight; no one was hurt, local officials said.", "arson"),
    (LOOT, "South Sudan", HS, "Militia torches 200 houses in Jonglei village. Fighters set fire to homes after residents had fled, a local commissioner said; no casualties were reported.", "arson"),
    (LOOT, "Canada", LD, "Unidentified people vandalised a Hindu temple in Brampton, defacing its walls with graffiti, police said.", "vandalism"),
    (LOOT, "Niger", LD, "Armed bandits raided a market in the Tillaberi region and made off with livestock and goods, leaving no casualties, local sources said.", "looting"),
    (LOOT, "Haiti", HN, "Gang burns police station in Port-au-Prince Gang members set fire to the station after officers fled, a police union said.", "arson"),
    (LOOT, "Russia", HS, "Arsonist sets fire to enlistment office in Nizhny Novgorod. A man threw a Molotov cocktail at the building overnight, damaging its entrance, police said.", "arson"),
    (LOOT, "Yemen", LD, "Houthi militiamen demolished a family's home in Taiz, a rights group said.", "demolition"),
    # --- Other (7)
    (OTH, "Ukraine", HS, "Mass grave uncovered near Izium. Investigators found hundreds of graves in a forest after Russian forces withdrew, Ukrainian officials said.", "mass grave"),
    (OTH, "Burkina Faso", HN, "Jihadists blockade Djibo for months Militants have cut off the town's roads, preventing food convoys from entering, aid agencies said.", "blockade"),
    (OTH, "Somalia", LD, "Al-Shabaab militants imposed a levy on farmers in Lower Shabelle, demanding a share of their harvest, residents said.", "levy"),
    (OTH, "Lebanon", LD, "Israeli jets broke the sound barrier over Beirut, causing panic among residents, local media said.", "sonic booms"),
    (OTH, "Israel/Palestine", HS, "Israel orders evacuation of eastern Rafah. The military dropped leaflets telling about 100,000 residents to move to Mawasi.", "evacuation order"),
    (OTH, "Libya", HN, "Mass grave in Tarhuna yields 10 bodies Investigators exhumed the remains from a farm used by the Kaniyat militia, the justice ministry said.", "mass grave"),
    (OTH, "Mali", LD, "JNIM fighters ordered women in villages near Niono to wear veils and banned music at weddings, local leaders said.", "armed-group decrees"),
]

NON_EVENT_ROWS: list[tuple[str | None, str, str, str, str]] = [
    (None, "Ukraine", HS, "UN chief condemns Kharkiv strike. Guterres said attacks on civilians were unacceptable and called for accountability.", "condemnation"),
    (None, "Kenya", HN, "Court convicts three over Garissa university attack A Nairobi court found the men guilty of helping the gunmen who killed 148 people in 2015.", "verdict about past attack"),
    (None, "Pakistan", HS, "Gas cylinder explosion kills 7 in Karachi restaurant. The blast was caused by a leak in the kitchen, firefighters said.", "industrial accident"),
    (None, "Nigeria", LD, "Floods in Borno state have displaced more than 400,000 people after a dam collapsed near Maiduguri, the emergency agency said.", "disaster"),
    (None, "Nigeria", HS, "Army chief vows to crush bandits in Zamfara. The general told troops on a visit to Gusau that the operation would go on until the area was safe.", "vow"),
    (None, "Israel/Palestine", HN, "Hamas denies firing rockets at Israel The group said no launches had come from its positions on Tuesday.", "denial"),
    (None, "Burkina Faso", LD, "More than 5,000 civilians have been killed in Burkina Faso's conflict since 2015, a monitoring group said in its annual report.", "cumulative toll"),
    (None, "Nigeria", HS, "Tanker explosion kills 98 in Niger state. Residents were scooping fuel from an overturned truck when it caught fire, emergency officials said.", "tanker accident"),
    (None, "Russia", HN, "Russia test-fires hypersonic missile in Barents Sea The launch from a frigate hit a target 1,000 km away, the defence ministry said.", "weapons test"),
    (None, "Lebanon", LD, "Thousands attended the funeral of the slain commander in Beirut's southern suburbs on Thursday.", "funeral"),
    (None, "Kenya", HS, "Opposition calls mass rally in Nairobi next week. Leaders said supporters would march on parliament on Tuesday.", "future rally"),
    (None, "Ghana", HN, "Troops hold joint drills with US forces in Ghana Soldiers fired live rounds at a range near Accra during the annual Flintlock exercise, officials said.", "drills"),
    (None, "South Sudan", LD, "The Security Council voted to extend the mandate of the UN mission in South Sudan for another year.", "diplomacy"),
    (None, "Afghanistan", HS, "Earthquake kills 2,000 in Herat province. Villages were flattened by a magnitude 6.3 quake, Taliban officials said.", "earthquake"),
    (None, "Ecuador", HN, "Police seize 2 tonnes of cocaine at Guayaquil port Officers found the drugs in banana containers bound for Europe, the interior ministry said.", "drug seizure"),
    (None, "Ukraine", LD, "Ukraine's president visited troops near Zaporizhzhia and handed out medals, his office said.", "visit"),
    (None, "Pakistan", HS, "Militants threaten attacks during Pakistan elections. The Pakistani Taliban warned voters to stay away from rallies held by two parties.", "threat"),
    (None, "Israel", HN, "Israel warns of escalation with Hezbollah The defence minister said the army was ready to act in all directions if fire continued.", "warning"),
    (None, "Mali", LD, "Gunfire heard in Bamako came from a military exercise, the army said, denying reports of an attack on a camp.", "denial"),
    (None, "Sudan", HS, "Sudan war has killed 150,000, envoy says. The US special envoy said the toll from 20 months of fighting was far higher than earlier estimates.", "cumulative toll"),
    (None, "Nigeria", HN, "Fire destroys market in Kano Traders lost goods worth millions after a blaze started by an electrical fault tore through stalls, the fire service said.", "accidental fire"),
    (None, "Turkey", LD, "A Turkish court sentenced a journalist to prison for insulting the president in a series of posts online.", "trial"),
    (None, "Nigeria", HS, "Minister says 300 bandits killed this year. The defence minister told lawmakers that operations in the north-west had neutralised hundreds of fighters since January.", "cumulative toll"),
    (None, "Sudan", LD, "The European Union imposed sanctions on RSF commanders over abuses in Darfur.", "sanctions"),
    (None, "Philippines", HN, "Typhoon leaves 40 dead in northern Philippines Landslides buried homes in Cagayan as the storm passed, the disaster agency said.", "typhoon"),
    (None, "Kenya", LD, "Kenya's cabinet approved sending 1,000 police officers to Haiti to lead a multinational mission.", "deployment abroad"),
    (None, "Rwanda", HS, "Rwandans mark 30 years since genocide. Candles were lit at the Kigali memorial where 250,000 victims are buried.", "commemoration"),
    (None, "Nigeria", HN, "Pipeline blast kills 12 in Rivers state Illegal refiners were siphoning fuel from the line when it exploded, police said.", "industrial accident"),
    (None, "United Kingdom", LD, "Police in Manchester said a stabbing outside a nightclub left one man dead in what they described as a dispute between acquaintances.", "ordinary crime"),
    (None, "Mali", HS, "Mali junta extends transition by five years. The interim president was granted a renewable mandate without elections, state TV said.", "politics"),
    (None, "Papua New Guinea", HN, "Landslide buries 50 in Papua New Guinea village Rescuers dug through mud in Enga province, officials said.", "landslide"),
    (None, "Burkina Faso", LD, "The junta announced a two-month recruitment drive for 50,000 civilian volunteers to support the army.", "recruitment plans"),
    (None, "Nigeria", HS, "Boxer knocks out rival in Lagos title fight. The champion floored his challenger in round three to defend his belt.", "sport in war words"),
    (None, "Yemen", LD, "The Houthi leader said in a televised speech that the group would expand its operations if the war in Gaza continued.", "threat"),
    (None, "Nepal", HN, "Bus plunges into ravine in Nepal, 27 killed The vehicle skidded off the highway in Tanahun district, police said.", "road crash"),
    (None, "Ethiopia", LD, "Human Rights Watch said in a report that security forces had committed abuses during counterinsurgency operations over the past three years.", "report"),
    (None, "Israel/Palestine", HS, "Gaza ceasefire talks resume in Doha. Mediators met Israeli and Hamas delegations, but no deal was reached.", "talks without deal"),
    (None, "Bangladesh", HN, "Factory explosion kills 15 near Dhaka A boiler burst at a garment plant in Ashulia, fire officials said.", "industrial accident"),
    (None, "Colombia", LD, "Police said homicides in Cali fell by 12 percent last year compared with the year before.", "crime statistics"),
    (None, "United States", HS, "Pentagon to send more jets to Middle East. The defence secretary ordered an extra squadron of fighter aircraft to the region.", "deployment"),
]


def rows_as_json() -> list[dict]:
    return numbered_snippets(ROWS + NON_EVENT_ROWS, "f8", SHUFFLE_SEED)


def main() -> None:
    rows = rows_as_json()
    OUT.write_text(jsonl_text(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
