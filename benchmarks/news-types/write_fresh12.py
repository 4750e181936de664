"""Write fresh12.jsonl from the hand-written rows below (typing round fifteen, written before any run on them).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/write_fresh12.py

Every row turns on the detail that tells a sub-type from its neighbour, the pairs the lead's generalisation checks
confuse most: who fought back (Attack against Armed clash; "clashes" where one side had no weapons), fighting against a
place taken (Armed clash, Government regains, Non-state actor overtakes, Non-violent transfer), how the blast came
(Remote explosive, Shelling, Air/drone strike: a bomb planted, a rocket fired by a group, a drone that dropped a
grenade), who held the captive (Abduction against Arrests: gunmen posing as police), what the crowd and the police did
(Peaceful protest, Protest with intervention, Excessive force, Violent demonstration, Mob violence), property without
harm to people (Looting against Attack), a weapon stopped (Disrupted weapons use against Other), and a deal against a
change inside a group against a base set up. Four forms of news prose: a headline and its lead (``head``), a passive
lead (``passive``), the act in a subordinate clause (``clause``) and a long lead with its source and an aside
(``long``). The rows are grouped by sub-type for the writer and shuffled with a fixed seed before ids are given, so
the held part (every third id) mixes all sub-types and forms. Every sentence was written for eventwire; facts are
modelled on real events (2018-2025), wording is ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import jsonl_text, numbered_snippets  # noqa: E402

OUT = Path(__file__).resolve().parent / "fresh12.jsonl"
SHUFFLE_SEED = 15  # round fifteen; any fixed seed would do

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
HD, PS, CL, LG = "head", "passive", "clause", "long"

ROWS: list[tuple[str | None, str, str, str, str]] = [
    # --- Armed clash (8): both sides fought
    (AC, "Niger", HD, "Soldiers and jihadists trade fire near Tillaberi. Troops on patrol near Ayorou returned fire when militants on motorbikes ambushed them, and the fighting left seven soldiers and about 20 assailants dead, the defence ministry said.", "ambush, troops fought back"),
    (AC, "Nigeria", PS, "A police convoy was ambushed by bandits near Birnin Gwari on Sunday, and the officers fought the attackers for more than an hour before reinforcements arrived; four policemen and several bandits were killed.", "convoy fought back"),
    (AC, "Burkina Faso", CL, "Villagers in Djibasso said they heard heavy gunfire through the night as volunteer defence fighters, who had been warned of the raid, held off JNIM militants trying to enter the town.", "armed volunteers held off a raid"),
    (AC, "Sudan", LG, "Fighting between the Sudanese army and the Rapid Support Forces around the refinery at al-Jaili went on for a third day on Tuesday, with army aircraft backing ground troops as they pushed towards the complex, military sources said.", "aircraft inside a ground battle"),
    (AC, "Haiti", HD, "Rival gangs battle in Port-au-Prince suburb. Members of the 400 Mawozo and Chen Mechan gangs fought for control of Croix-des-Bouquets for a second day, leaving at least 20 dead, a rights group said.", "two gangs fight"),
    (AC, "Pakistan", CL, "Trade through the Torkham crossing stopped on Sunday after Pakistani and Afghan border guards exchanged fire over the building of a new post, killing one soldier on each side.", "exchange of fire in a clause"),
    (AC, "Somalia", PS, "An attempt by al-Shabaab to storm a military base at El Baraf was repulsed by Somali troops and African Union forces after hours of fighting, the army said.", "assault on a base repulsed"),
    (AC, "India", LG, "Armed volunteers from Kuki and Meitei villages traded gunfire across the hills of Bishnupur district for several hours on Friday, leaving two of them dead, police said, adding that more forces had been sent to the area.", "two armed village forces"),
    # --- Attack (8): one side unarmed
    (AT, "Nigeria", HD, "Clashes in Plateau village leave 30 dead. Armed herders stormed a village in Mangu at night and shot residents as they fled, a local leader said; the villagers had no weapons.", "'clashes' where one side was unarmed"),
    (AT, "Mali", PS, "Eleven miners were shot dead on Wednesday by gunmen who surrounded a gold-mining site near Kadiolo, a local official said.", "miners shot (passive)"),
    (AT, "Democratic Republic of Congo", CL, "Traders in Ituri shut their stalls on Tuesday after CODECO militiamen, who arrived in the night, hacked 18 displaced people to death at a camp near Djugu, the UN said.", "camp massacre in a clause"),
    (AT, "Mali", LG, "Gunmen on motorcycles fired on a bus carrying passengers from Bandiagara to Mopti on Thursday, killing 31 people and setting the vehicle on fire, the government said, adding that no soldiers were on board.", "bus burned with its passengers"),
    (AT, "Israel/Palestine", HD, "Settlers kill Palestinian in West Bank village. Israeli settlers stormed Turmus Ayya, setting houses and cars on fire, and shot a 27-year-old man dead, Palestinian health officials said.", "burning during an attack on people"),
    (AT, "Nigeria", PS, "Two Catholic priests were hacked to death in their parish house in Benue state by armed men, the diocese said on Saturday.", "priests killed (passive)"),
    (AT, "Kenya", CL, "Opposition politicians demanded an inquiry after a police officer, who was off duty at the time, shot dead three young men at a roadblock in Kisumu, witnesses said.", "policeman shoots civilians"),
    (AT, "Democratic Republic of Congo", LG, "Armed men raided a displacement camp near Bunia and killed 12 people before looting its food stores, a humanitarian source said on Sunday; camp residents said nobody had tried to resist them.", "looting during killings"),
    # --- Air/drone strike (8)
    (AIR, "Ukraine", HD, "Drone drops grenade on Kherson bus stop. A Russian drone released an explosive over people waiting for a bus in the city, killing one and wounding four, the regional administration said.", "drone that dropped a munition"),
    (AIR, "Myanmar", PS, "A wedding party in a village of Sagaing region was struck by a junta fighter jet on Tuesday, residents said, and 17 guests were killed.", "jet (passive)"),
    (AIR, "Syria", CL, "The Kurdish-led administration declared three days of mourning after Turkish drones, flying over Qamishli, struck a car carrying local officials, killing four.", "drones in a clause"),
    (AIR, "Israel/Palestine", LG, "Israeli warplanes struck a residential block in the Nuseirat camp in central Gaza on Saturday, killing at least 27 people, according to the civil defence, which said many of the dead were women and children.", "warplanes"),
    (AIR, "Myanmar", HD, "Army jets pound rebel positions near Lashio. The military said its aircraft bombed TNLA fighters outside the town; the group said the raids hit a monastery and killed nine civilians.", "air raids, no ground fight told"),
    (AIR, "Sudan", PS, "A convoy of fuel tankers near Mellit in North Darfur was hit by an RSF drone on Sunday, killing the drivers, the army said.", "drone (passive)"),
    (AIR, "Yemen", CL, "Houthi officials said nine people died in Hodeidah when US aircraft, which had been circling the port for hours, bombed a fuel terminal.", "aircraft in a relative clause"),
    (AIR, "Mali", LG, "An unmanned aircraft operated by the Malian army and its Russian allies fired on a market in Tinzaouaten in northern Mali on Sunday, killing at least eight civilians, local rebel officials said.", "unmanned aircraft"),
    # --- Shelling/artillery/missile attack (8)
    (SH, "Ukraine", HD, "Missiles hit Kyiv suburb. Russian ballistic missiles struck Irpin overnight, damaging apartment blocks and killing two people, the regional governor said.", "ballistic missiles"),
    (SH, "Iraq", PS, "The US embassy compound in Baghdad was targeted on Friday by Katyusha rockets fired by an unidentified group; they landed near the compound without causing casualties.", "rockets fired by a group"),
    (SH, "Israel/Palestine", CL, "Farmers in Kiryat Shmona stayed away from their fields after Hezbollah, which had warned of retaliation, fired dozens of rockets at the town on Monday, damaging homes.", "rockets in a clause"),
    (SH, "Somalia", LG, "Al-Shabaab militants fired several mortar rounds at the presidential palace in Mogadishu during a cabinet meeting on Tuesday, with one shell landing near the main gate and wounding two guards, officials said.", "mortars fired by a group"),
    (SH, "Israel/Palestine", HD, "Tank fire kills family in Khan Younis. Israeli tanks fired shells at a house in the east of the city, killing six members of one family, medics said.", "tank shells"),
    (SH, "Sudan", PS, "Several neighbourhoods of El Obeid were hit by RSF artillery on Thursday, killing 11 civilians, the local resistance committee said.", "artillery (passive)"),
    (SH, "Democratic Republic of Congo", CL, "Residents of Goma said panic spread through the city after shells, fired from hills held by the rebels, crashed into a school and a market, killing at least five.", "shells in a clause"),
    (SH, "India", LG, "Pakistani troops fired artillery rounds across the Line of Control into villages of Kupwara district on Saturday, killing a woman and damaging several houses; Indian forces did not return fire, officials said.", "one-sided artillery"),
    # --- Remote explosive/landmine/IED (8)
    (IED, "Pakistan", HD, "Blast kills four at market in Mastung. An explosive device fitted to a motorcycle parked near the vegetable market went off on Friday morning, police said.", "blast of a planted device"),
    (IED, "Burkina Faso", PS, "A military truck was destroyed by a landmine on the road between Djibo and Arbinda on Sunday, killing six soldiers, security sources said.", "landmine (passive)"),
    (IED, "Somalia", CL, "Police sealed off Hamar Weyne market in Mogadishu after a bomb, which had been hidden in a tea shop, exploded at lunchtime, killing five people.", "hidden bomb in a clause"),
    (IED, "Pakistan", LG, "A remotely detonated bomb struck a vehicle carrying the district police chief in Bajaur on Thursday, killing him and two guards, officials said, adding that no group had claimed responsibility.", "remote-controlled bomb"),
    (IED, "Colombia", HD, "Explosion hits Colombian police station. A motorcycle packed with explosives blew up outside a police station in Jamundi, wounding five people, officials said.", "motorcycle bomb"),
    (IED, "Syria", PS, "Three children were killed by an old shell that exploded as they played near their homes in Idlib province, rescuers said.", "unexploded ordnance"),
    (IED, "Mali", CL, "Aid deliveries were halted after a World Food Programme truck, which was travelling near Tombouctou, hit a landmine that killed its driver.", "landmine in a clause"),
    (IED, "Egypt", LG, "Two soldiers were killed when an improvised device went off beside their patrol in the Sinai peninsula near Rafah on Wednesday, the Egyptian army said, without naming a group.", "improvised device"),
    # --- Suicide bomb (8)
    (SUI, "Afghanistan", HD, "Suicide bomber strikes Kabul ministry. An attacker wearing an explosive vest blew himself up at the entrance of the foreign ministry, killing at least five, police said.", "explosive vest"),
    (SUI, "Pakistan", PS, "Worshippers at a mosque inside Peshawar's police lines were killed by a bomber who detonated his explosives during prayers, police said, putting the toll at 84.", "bomber detonated himself (passive)"),
    (SUI, "Nigeria", CL, "Emergency officials said 18 guests died in Gwoza when a woman, who had hidden explosives under her clothes, blew herself up at a wedding.", "woman bomber in a clause"),
    (SUI, "Somalia", LG, "A car laden with explosives and driven by a suicide attacker rammed into a hotel gate in Mogadishu's Lido beach area on Friday evening, killing at least nine people, police said.", "suicide car bomb"),
    (SUI, "Pakistan", HD, "Bomber hits party rally in Bajaur. A suicide attacker blew himself up at a gathering of the JUI-F party, killing more than 50 people, officials said.", "bomber at a rally"),
    (SUI, "Turkey", PS, "Two police officers were killed at a checkpoint in Diyarbakir province when a militant detonated an explosive belt as they approached him.", "explosive belt"),
    (SUI, "Iraq", CL, "Baghdad tightened security after two men, who had pretended to be ill, set off their explosive vests in a crowded market at Tayaran Square, killing 32.", "two bombers in a clause"),
    (SUI, "Mali", LG, "A suicide attacker on a motorcycle drove into a military convoy on the road between Gao and Ansongo on Monday, killing four soldiers, the army said in a statement.", "motorcycle suicide attack"),
    # --- Grenade (8)
    (GR, "India", HD, "Grenade attack on Srinagar market. Militants hurled a grenade at shoppers near the Sunday market, wounding 12, police said.", "grenade hurled"),
    (GR, "Central African Republic", PS, "Seven people were wounded in Bangui when a grenade was thrown into a bar by men on a motorcycle, police said.", "grenade thrown (passive)"),
    (GR, "Burundi", CL, "Police in Bujumbura said a man, who had argued with the staff earlier in the evening, threw a hand grenade into the bar, wounding nine drinkers.", "hand grenade in a clause"),
    (GR, "India", LG, "Crude bombs were hurled at the convoy of a BJP candidate in West Bengal's Cooch Behar district on Monday, injuring three party workers, the party said, blaming its rivals.", "crude bombs"),
    (GR, "Colombia", HD, "Grenade thrown at police post in Tulua. Attackers tossed a hand grenade over the wall of the post, wounding two officers, the mayor said.", "grenade over a wall"),
    (GR, "Philippines", PS, "A grenade was thrown at a passenger jeepney in Cotabato City on Sunday, wounding eight people, police said.", "grenade (passive)"),
    (GR, "Mexico", CL, "Shops in Celaya closed early after men, who had demanded protection money, threw a grenade into a pharmacy, wounding two employees.", "grenade in a clause"),
    (GR, "Kenya", LG, "Unknown attackers lobbed a hand grenade into the compound of a mosque in Garissa during evening prayers, injuring four worshippers, the county police commander said on Friday.", "lobbed grenade"),
    # --- Chemical weapon (8)
    (CH, "Ukraine", HD, "Ukraine accuses Russia of chloropicrin use. Russian troops dropped grenades filled with the choking agent on Ukrainian positions near Kupiansk, the general staff said.", "chloropicrin"),
    (CH, "Syria", PS, "Dozens of people in Saraqeb were treated for breathing problems after chlorine was released from a barrel dropped by a government helicopter, medics said.", "chlorine barrel (passive)"),
    (CH, "Ukraine", CL, "Ukrainian soldiers near Bakhmut were evacuated after Russian drones, which flew over their trenches, dropped canisters of tear gas on them, the army said.", "riot-control agent in war"),
    (CH, "Iraq", LG, "Kurdish officials said Turkish forces used a chemical agent in an assault on PKK tunnels in the Zap region of northern Iraq on Thursday, leaving several fighters with burns and breathing problems.", "chemical agent on tunnels"),
    (CH, "Syria", HD, "Toxic gas attack reported in Idlib. Government forces fired rockets carrying chlorine into the village of Kabani, leaving fighters with breathing problems, rebels said.", "chlorine rockets"),
    (CH, "Russia", PS, "Russian soldiers in the Zaporizhzhia region were poisoned by a toxic substance sprayed from Ukrainian drones, the Russian defence ministry claimed.", "toxic substance (passive)"),
    (CH, "Syria", CL, "Doctors in Sheikh Maqsoud said they treated 25 residents after shells, which rebels fired at the Kurdish district, released a yellow gas that smelled of chlorine.", "shells with gas"),
    (CH, "Myanmar", LG, "Resistance fighters said junta aircraft dropped bombs releasing a choking chemical on their positions in Kayah state on Sunday, and several fighters were treated for poisoning.", "chemical bombs from aircraft"),
    # --- Sexual violence (8)
    (SV, "Sudan", HD, "Women raped in raid on Darfur village. RSF fighters who entered Ardamata assaulted at least 15 women, survivors told a rights group.", "rape during an incursion"),
    (SV, "Democratic Republic of Congo", PS, "A teenage girl was raped by two soldiers at a checkpoint in Ituri, a local rights group said.", "rape (passive)"),
    (SV, "Mali", CL, "Relatives said a girl, who had been taken on her way to the well by armed men, was raped and then left on the road outside Menaka.", "rape after seizure"),
    (SV, "Haiti", LG, "Gang members who took over the Solino neighbourhood of Port-au-Prince raped at least a dozen women during the incursion, the UN human rights office said on Friday.", "rape during a gang incursion"),
    (SV, "Kenya", HD, "Detainee raped in police cell, watchdog says. A woman held overnight at a station in Mathare was raped by an officer on duty, the police oversight body said.", "rape in detention"),
    (SV, "Democratic Republic of Congo", PS, "Several women fleeing the fighting were sexually assaulted by armed men at a roadblock outside Kalemie, aid workers said.", "sexual assault (passive)"),
    (SV, "Myanmar", CL, "Rohingya villagers said soldiers, who searched their homes in Maungdaw township, raped three women before leaving.", "rape during a search"),
    (SV, "Ethiopia", LG, "Militiamen assaulted two nurses at a health centre in Amhara's North Wollo zone on Tuesday, raping both of them, a doctor at the centre said.", "rape of nurses"),
    # --- Abduction/forced disappearance (8)
    (AB, "Nigeria", HD, "Gunmen posing as police abduct trader in Maiduguri. Men in police uniforms took the businessman from his shop and drove off; police said none of their officers were involved.", "fake police abduct"),
    (AB, "Nigeria", PS, "Twenty passengers were kidnapped from a bus on the Abuja-Kaduna highway by armed men who blocked the road, police said.", "kidnapped (passive)"),
    (AB, "Mali", CL, "Colleagues of a journalist in Kidal said he has not been seen since men in a pickup truck, who did not identify themselves, forced him into their vehicle.", "seized by unknown men"),
    (AB, "Mali", LG, "Armed men in civilian clothes seized an opposition activist outside his home in Bamako on Friday night and drove him to an unknown location; his family said no authority had acknowledged holding him.", "forced disappearance"),
    (AB, "Democratic Republic of Congo", HD, "Aid workers kidnapped in Ituri. Two staff of a medical charity were taken by armed men near Djugu, the charity said.", "aid workers taken"),
    (AB, "Nigeria", PS, "A Chinese engineer was abducted from a construction site in Ogun state by gunmen on Tuesday, the company said.", "abducted (passive)"),
    (AB, "Nigeria", CL, "A farmers' union in Zamfara said 40 villagers, whom bandits marched into the forest on Saturday, were still missing.", "captives in a relative clause"),
    (AB, "Bangladesh", LG, "Men claiming to be intelligence agents took a student leader from his hostel at the University of Dhaka at night; the agency later said it had not arrested him, and his whereabouts remain unknown.", "'agents' who deny an arrest"),
    # --- Arrests (8)
    (AR, "Uganda", HD, "Police detain opposition leader near Kampala. Officers stopped Bobi Wine's car on the road into the capital and took him into custody, his party said.", "police detain"),
    (AR, "Ethiopia", PS, "Fourteen journalists were detained by security forces in Addis Ababa on suspicion of links to the Fano militia, the police said.", "detained (passive)"),
    (AR, "Tunisia", CL, "The party said police, who raided its leader's home in Tunis late on Monday, had taken Rached Ghannouchi into custody and searched the premises.", "custody in a clause"),
    (AR, "Cameroon", LG, "Soldiers detained 27 suspected members of a separatist group during a search operation in villages around Bamenda on Wednesday, the army said, adding that the suspects were being questioned.", "detentions in a search"),
    (AR, "Burkina Faso", HD, "Gendarmes arrest coup-plot suspects in Ouagadougou. Several officers accused of plotting against the junta were taken into custody, the government said.", "arrest of officers"),
    (AR, "Zimbabwe", PS, "A former minister was picked up by anti-corruption police at his home in Harare and charged with fraud, his lawyer said.", "picked up (passive)"),
    (AR, "Belarus", CL, "Belarus' opposition said a blogger, whose plane was forced to land in Minsk, had been detained by the KGB as soon as the aircraft touched down.", "detained in a clause"),
    (AR, "Pakistan", LG, "Police in Islamabad detained nine lawmakers of Imran Khan's party from inside the parliament building late on Monday, a party spokesman said, calling the raid an assault on democracy.", "lawmakers detained"),
    # --- Peaceful protest (8)
    (PP, "Serbia", HD, "Thousands march in Belgrade over canopy collapse. Students and residents walked through the capital in silence to honour the 15 victims in Novi Sad, and the march ended without incident.", "silent march"),
    (PP, "Nigeria", PS, "A sit-in outside the governor's office in Kano was held on Monday by dismissed teachers demanding their jobs back.", "sit-in (passive)"),
    (PP, "Belgium", CL, "Police watched but did not intervene as farmers, who had driven their tractors into Brussels, blocked the streets around the EU building.", "road block, police stood by"),
    (PP, "Pakistan", LG, "Hundreds of women gathered in front of the UN office in Quetta on Friday to demand news of relatives who disappeared in Baluchistan, chanting slogans for two hours before dispersing peacefully.", "rally about disappearances"),
    (PP, "Kenya", HD, "Clashes feared but Nairobi rally stays calm. Thousands of young people marched against the finance bill on Thursday, and police kept their distance.", "'clashes' named but none"),
    (PP, "Nigeria", PS, "A strike was called by doctors in Lagos state hospitals over unpaid allowances, and staff picketed the health ministry.", "strike and picket"),
    (PP, "Georgia", CL, "Traffic in Tbilisi was diverted after protesters, who had gathered outside parliament for a sixth night, formed a human chain along Rustaveli Avenue.", "human chain in a clause"),
    (PP, "Israel/Palestine", LG, "Relatives of hostages held in Gaza blocked a road outside the prime minister's residence in Jerusalem for an hour on Saturday evening, demanding a deal, then went home when police asked them to leave.", "road blocked, asked to leave"),
    # --- Protest with intervention (8)
    (PI, "Senegal", HD, "Police break up Dakar rally. Officers fired tear gas to disperse supporters of Ousmane Sonko who had gathered near the court; no injuries were reported.", "tear gas, no injuries"),
    (PI, "Zimbabwe", PS, "A march by nurses in Harare was broken up by riot police, who arrested 12 of them.", "march broken up (passive)"),
    (PI, "Indonesia", CL, "Activists said police, who had blocked the road to parliament, used water cannon to push back hundreds of students protesting against tuition fees in Jakarta.", "water cannon in a clause"),
    (PI, "Democratic Republic of Congo", LG, "Security forces arrested around 40 people who were protesting outside the electoral commission in Kinshasa on Thursday, loading them into trucks, but the crowd did not resist, witnesses said.", "protesters arrested"),
    (PI, "Georgia", HD, "Clashes at Tbilisi protest as police move in. Riot police cleared demonstrators from outside parliament with pepper spray and detained dozens; the protest had been peaceful.", "'clashes' for a dispersal"),
    (PI, "Peru", PS, "Protesters demanding the resignation of the president in Lima were dispersed with rubber bullets and tear gas, leaving several of them lightly hurt.", "dispersed (passive)"),
    (PI, "Pakistan", CL, "Lawyers in Islamabad said officers, who had surrounded the press club, dragged away several members of a group staging a silent vigil for missing Baloch men.", "vigil broken up"),
    (PI, "Turkey", LG, "Police in Istanbul detained more than 200 people on Sunday as they tried to march to Taksim Square for the Pride parade, which the governor had banned.", "banned march, detentions"),
    # --- Excessive force against protesters (8)
    (EF, "Guinea", HD, "Three protesters shot dead in Conakry. Security forces opened fire on demonstrators demanding a return to civilian rule, killing three, the opposition said.", "protesters shot dead"),
    (EF, "Sudan", PS, "Seven protesters were killed by soldiers in Khartoum when troops fired live rounds at a march against the coup, medics said.", "killed (passive)"),
    (EF, "Kenya", CL, "Mourners gathered in Nairobi for the funeral of a teacher who died after police, who were dispersing a protest against taxes, shot him in the head.", "fatal shooting told inside a funeral"),
    (EF, "Bangladesh", LG, "Police in Dhaka fired rubber bullets and live rounds at students blocking roads to demand reform of job quotas on Thursday, killing at least 20, hospital officials said.", "live rounds at students"),
    (EF, "Mozambique", HD, "Clashes in Mozambique leave dozens dead. Police fired on crowds protesting the election results in Maputo and Nampula, killing at least 30, a rights group said; the protesters were unarmed.", "'clashes' for a lethal crackdown"),
    (EF, "Nigeria", PS, "A 15-year-old boy was shot dead by police during a march against fuel prices in Lagos, his family said.", "boy shot at a march"),
    (EF, "Democratic Republic of Congo", CL, "The government announced an inquiry after soldiers, who had been sent to guard a polling station, fired on residents protesting against the count in Kinshasa, killing two.", "soldiers fire on protest"),
    (EF, "Iran", LG, "Iranian security forces opened fire on worshippers protesting after Friday prayers in Zahedan, killing at least 60 people, rights groups said, in the deadliest day of the unrest.", "fire on protesters"),
    # --- Violent demonstration (8)
    (VD, "Bangladesh", HD, "Protesters torch police station in Sirajganj. Crowds demanding the prime minister's resignation set fire to the station and attacked officers, leaving several injured.", "protesters burn and attack"),
    (VD, "Kenya", PS, "Part of the parliament building in Nairobi was set on fire on Tuesday by protesters who broke through police lines.", "arson by protesters (passive)"),
    (VD, "France", CL, "Shops in Noumea stayed closed after crowds, who were angry at an electoral reform, burned cars and looted supermarkets overnight.", "riot in a clause"),
    (VD, "Nigeria", LG, "Youths protesting against a power cut in Kano threw stones at the offices of the electricity company and smashed its windows on Monday before police arrived, officials said.", "stone-throwing protesters"),
    (VD, "France", HD, "Clashes with police at Paris pension protest. Demonstrators threw paving stones and fireworks at officers and set rubbish bins alight; police answered with tear gas.", "violent protest met by tear gas"),
    (VD, "Mozambique", PS, "Two police officers were injured when supporters of an opposition candidate threw stones at them during a protest in Maputo.", "officers hurt (passive)"),
    (VD, "United Kingdom", CL, "Police said 40 officers were hurt in Southport after a crowd, which had gathered outside a mosque, hurled bricks and set a police van on fire.", "rioters in a clause"),
    (VD, "France", LG, "Farmers angry about cheap imports dumped manure and set tyres ablaze outside a prefecture in Agen on Wednesday and scuffled with gendarmes, who used tear gas, the prefect said.", "farmers' protest turns violent"),
    # --- Mob violence (8)
    (MOB, "Pakistan", HD, "Swat crowd lynches tourist over blasphemy claim. Hundreds of people pulled the visitor out of the police post in Madyan where he was held and burned his body, officers said.", "lynching"),
    (MOB, "Nigeria", PS, "Two suspected cattle thieves were beaten to death by villagers in Kwara state after being caught with stolen cows, police said.", "beaten by villagers (passive)"),
    (MOB, "India", CL, "Police in Uttar Pradesh said a Muslim man, whom a crowd accused of carrying beef, died after being beaten on a train.", "lynching in a clause"),
    (MOB, "Democratic Republic of Congo", LG, "Residents of a village in Kasai set upon two women they accused of witchcraft on Sunday, beating them and burning their huts, local officials said; one of the women died.", "witchcraft accusation"),
    (MOB, "Kenya", HD, "Rival party supporters fight in Kisii. Youths armed with sticks and stones from two factions clashed after a campaign rally, injuring 15 people, police said.", "rival supporters fight"),
    (MOB, "Uganda", PS, "A suspected child abductor was lynched in a market in Kampala by traders who accused him of trying to snatch a boy.", "lynched (passive)"),
    (MOB, "Bangladesh", CL, "Hindu families in Rangpur said they fled after a mob, which had gathered over a Facebook post, set fire to more than 20 of their homes.", "communal mob in a clause"),
    (MOB, "Haiti", LG, "Vigilantes in a Port-au-Prince neighbourhood stopped a minibus on Monday, pulled out several men they said were gang members and burned them to death in the street, witnesses said.", "vigilante killings"),
    # --- Government regains territory (8)
    (GRT, "Cameroon", HD, "Army retakes town in Ndian. Troops drove separatist fighters out of Mundemba after two days of fighting and restored the civil administration, the defence ministry said.", "retaken after fighting"),
    (GRT, "Sudan", PS, "The city of Wad Madani was retaken by the Sudanese army on Saturday, a year after it fell to the RSF, the army said.", "retaken (passive)"),
    (GRT, "Mozambique", CL, "Displaced families began returning to Macomia after government troops, backed by Rwandan forces, recaptured the town from insurgents.", "recapture in a clause"),
    (GRT, "Iraq", LG, "Iraqi forces regained full control of the town of Rawa in Anbar on Friday, the last place in the province held by the Islamic State, a military commander said.", "regained control"),
    (GRT, "Somalia", HD, "Somali forces enter al-Shabaab stronghold. Government troops and clan militias took Harardhere after the insurgents withdrew, the information ministry said.", "government enters after withdrawal"),
    (GRT, "Myanmar", PS, "The town of Kyaukme was taken back by Myanmar's army from TNLA fighters after weeks of fighting, state media said.", "taken back (passive)"),
    (GRT, "Ethiopia", CL, "Ethiopia's government said federal troops, who had advanced from the south, had taken back the town of Lalibela from Tigrayan forces.", "taken back in a clause"),
    (GRT, "Nigeria", LG, "Nigerian troops dislodged Boko Haram fighters from Marte on Sunday and raised the flag over the town, days after the insurgents had overrun it, the army said.", "dislodged"),
    # --- Non-state actor overtakes territory (8)
    (NSO, "Democratic Republic of Congo", HD, "M23 seizes Goma airport. Rebel fighters overran the airport after a day of fighting with army troops and allied militias, residents said.", "rebels seize after fighting"),
    (NSO, "Myanmar", PS, "Lashio, the largest town in northern Shan state, was captured on Saturday by MNDAA rebels whose weeks-long push had met stiff resistance from junta troops.", "captured (passive)"),
    (NSO, "Syria", CL, "Aid groups evacuated staff from Aleppo after rebel fighters, who had launched a surprise offensive days earlier, seized most of the city from government forces.", "seized in a clause"),
    (NSO, "Yemen", LG, "Houthi fighters seized the district of Hazm in al-Jawf province on Sunday after pushing out government forces, tribal sources said, adding that dozens were killed on both sides.", "seized after fighting"),
    (NSO, "Mozambique", HD, "Insurgents seize Mocimboa port. Islamist fighters took control of the town's port after three days of fighting with the army, officials said.", "took control"),
    (NSO, "Democratic Republic of Congo", PS, "Large parts of Sake were occupied by M23 rebels on Friday after the army's lines broke, a local official said.", "occupied (passive)"),
    (NSO, "Ethiopia", CL, "The regional government asked for reinforcements after Fano militiamen, who had surrounded the city for a week, took control of Gondar.", "militia takes a city"),
    (NSO, "Ukraine", LG, "Russian forces captured the village of Urozhaine in Donetsk region after weeks of fighting, the Russian defence ministry said on Saturday, a claim Kyiv did not dispute.", "foreign forces capture"),
    # --- Non-violent transfer of territory (8)
    (NVT, "Mali", HD, "French troops leave Gao base. The last French soldiers handed the Gao camp to Malian forces on Monday, ending nine years of presence.", "base handed over"),
    (NVT, "Syria", PS, "Control of Manbij was handed to government troops by Kurdish-led forces under a Russian-brokered deal, both sides said.", "town handed over (passive)"),
    (NVT, "Democratic Republic of Congo", CL, "Residents said the rebels, who had held the town for a month, withdrew from Kitshanga overnight and left it to East African troops.", "withdrawal in a clause"),
    (NVT, "Afghanistan", LG, "Taliban fighters entered the provincial capital of Ghazni on Thursday without firing a shot after the governor negotiated the departure of government forces, local officials said.", "entered without a shot"),
    (NVT, "Democratic Republic of Congo", HD, "UN peacekeepers hand over camp to army. The UN mission gave its Kamanyola base to the Congolese army on Wednesday, the first step of its withdrawal.", "peacekeepers hand over"),
    (NVT, "Afghanistan", PS, "Several district centres in Badakhshan were abandoned by government troops and taken over by the Taliban without fighting, officials said.", "abandoned and taken over"),
    (NVT, "Chad", CL, "Chad's army, which had hosted French forces for decades, took over the French base in Abeche after the last troops left for France.", "base taken over after departure"),
    (NVT, "Syria", LG, "Kurdish-led forces withdrew from the Sheikh Maqsoud district of Aleppo under a deal with Damascus, handing their checkpoints to government security forces, officials said.", "withdrawal under a deal"),
    # --- Headquarters or base established (8)
    (HQ, "Burkina Faso", HD, "Russian instructors open base near Ouagadougou. Personnel of Russia's Africa Corps established a camp at Loumbila, the defence ministry said.", "camp established"),
    (HQ, "Democratic Republic of Congo", PS, "A forward base was established by Ugandan troops at Mukakati in North Kivu to pursue ADF rebels, the army said.", "forward base (passive)"),
    (HQ, "Burkina Faso", CL, "Residents said the militants, who now control the roads around the village, set up a headquarters in the primary school near Kaya.", "militants' headquarters"),
    (HQ, "Somalia", LG, "Al-Shabaab established a new training camp in the forests near Bu'aale in Middle Jubba in March, where it is holding hundreds of recruits, local elders said.", "training camp"),
    (HQ, "Iraq", HD, "Turkish army opens new post in northern Iraq. Troops set up a military post on a hill in Duhok province near the village of Kesta, residents said.", "military post set up"),
    (HQ, "Haiti", PS, "A base for the Kenyan-led multinational mission was opened near the airport in Port-au-Prince on Tuesday.", "base opened (passive)"),
    (HQ, "Myanmar", CL, "Villagers said the Arakan Army, which took the town last month, has installed its command centre in the former township office in Paletwa.", "command centre installed"),
    (HQ, "Syria", LG, "Israeli troops set up a military post in the Syrian village of Jubata al-Khashab inside the buffer zone on the Golan on Sunday, Syrian officials said, calling it a violation of the 1974 accord.", "post in a buffer zone"),
    # --- Agreement (8)
    (AGR, "Libya", HD, "Rival militias sign truce in Tripoli. The two groups agreed a ceasefire brokered by elders after a week of clashes, the government said.", "truce after clashes"),
    (AGR, "Ukraine", PS, "A prisoner swap was carried out between Russia and Ukraine on Friday, with 95 captives freed by each side, officials said.", "prisoner swap (passive)"),
    (AGR, "Nigeria", CL, "Relatives celebrated in Kankara after schoolboys, whom bandits had held for a week, were released following talks between the state and the gang.", "negotiated release"),
    (AGR, "Democratic Republic of Congo", LG, "Kinshasa and the M23 put their names to a declaration of principles at a ceremony hosted by Qatar on Saturday, under which the two sides undertake to stop fighting for good.", "declaration signed"),
    (AGR, "Nigeria", HD, "Hundreds of fighters lay down arms in Borno. Some 300 Boko Haram members and their families surrendered to troops in Bama, the army said.", "mass surrender"),
    (AGR, "Ethiopia", PS, "A peace agreement ending two years of war in Tigray was signed by the Ethiopian government and the TPLF in Pretoria.", "peace deal (passive)"),
    (AGR, "Syria", CL, "The presidency said the Kurdish-led forces, which control the north-east, had agreed with Damascus to merge their civil and military bodies into the state.", "agreement to merge"),
    (AGR, "Colombia", LG, "The Shottas and Espartanos gangs agreed on Monday to stop fighting in Buenaventura after talks mediated by the Catholic church, the mayor's office said.", "gang truce"),
    # --- Change to group/activity (8)
    (CHG, "Mali", HD, "Katiba Macina commander switches to Islamic State. The group's deputy in the Mopti region and his men pledged allegiance to the rival group, a video released on Sunday showed.", "change of allegiance"),
    (CHG, "Lebanon", PS, "Naim Qassem was named secretary-general of Hezbollah on Tuesday, the group said in a statement.", "new leader (passive)"),
    (CHG, "Mali", CL, "Analysts said the Wagner group, whose fighters had guarded the junta, was leaving Mali and handing its work to Russia's Africa Corps.", "group leaves, another takes over"),
    (CHG, "Pakistan", LG, "A breakaway faction of the Pakistani Taliban announced on Monday that it would form a new group under a commander based in Bajaur, in a statement sent to journalists.", "split"),
    (CHG, "India", HD, "Curfew imposed in Imphal. Authorities ordered residents of the Imphal valley to stay indoors indefinitely after a night of unrest.", "state curfew"),
    (CHG, "Iraq", PS, "Operations against US forces were suspended by Kataib Hezbollah, the Iraqi group said in a statement on Tuesday.", "operations suspended (passive)"),
    (CHG, "Turkey", CL, "Officials in Ankara welcomed the news that the PKK, which has fought the Turkish state for four decades, had announced its dissolution at a congress in northern Iraq.", "dissolution"),
    (CHG, "Cameroon", LG, "Fighters of the Ambazonia Defence Forces split into two groups on Thursday after a dispute over the leadership, a commander said, adding that the new faction would operate around Batibo.", "split after a dispute"),
    # --- Disrupted weapons use (8)
    (DWU, "Afghanistan", HD, "Bomb defused near Kabul mosque. Police found an explosive device hidden in a cart outside the mosque and made it safe before Friday prayers.", "bomb defused"),
    (DWU, "Russia", PS, "Eleven drones flying towards Moscow were shot down overnight by air defences, the mayor said.", "drones shot down (passive)"),
    (DWU, "Thailand", CL, "A shopping centre in Bangkok was evacuated after police, acting on a tip, found a pipe bomb in a bin and disarmed it.", "pipe bomb disarmed"),
    (DWU, "India", LG, "Soldiers recovered a cache of 40 rifles, mortar rounds and explosives from a hideout of the NSCN in the forests of Mon district on Tuesday, the army said, without reporting any arrests.", "cache recovered"),
    (DWU, "Israel/Palestine", HD, "Iron Dome intercepts rockets over Ashkelon. Air defences stopped all the rockets fired from Gaza on Sunday; no injuries were reported.", "rockets all intercepted"),
    (DWU, "Somalia", PS, "A car loaded with explosives was stopped at a checkpoint outside Baidoa and its driver was arrested, police said.", "car bomb stopped"),
    (DWU, "Ukraine", CL, "Residents of Mykolaiv said they heard blasts overnight as air defences, which have been reinforced in the south, destroyed all 12 Russian drones approaching the city.", "drones destroyed in a clause"),
    (DWU, "Nigeria", LG, "Army engineers detonated under controlled conditions 23 improvised bombs that insurgents had planted along the road between Maiduguri and Damboa, the army said on Sunday.", "controlled detonation"),
    # --- Looting/property destruction (8)
    (LOOT, "Nigeria", HD, "Gunmen torch houses in Plateau village. Attackers set fire to dozens of homes in Bokkos after residents had fled; no one was hurt, police said.", "burning, nobody hurt"),
    (LOOT, "Sudan", PS, "The warehouses of the World Food Programme in El Geneina were looted by armed men on Sunday, the agency said.", "looted (passive)"),
    (LOOT, "Nigeria", CL, "Farmers in Zamfara said the bandits, who came on motorcycles while villagers were at market, drove away 200 cattle and burned the granaries.", "rustling and burning"),
    (LOOT, "Democratic Republic of Congo", LG, "Soldiers looted shops and homes in the town of Uvira on Wednesday as they retreated from the advancing rebels, residents said, adding that no one was killed.", "soldiers loot"),
    (LOOT, "Israel/Palestine", HD, "Settlers burn Palestinian cars in West Bank raid. Israeli settlers set fire to vehicles and sprayed graffiti in the village of Duma overnight; there were no injuries.", "settler arson, no injuries"),
    (LOOT, "Nigeria", PS, "Seven telecom masts were destroyed by Boko Haram fighters in Borno, the operator said on Thursday.", "masts destroyed (passive)"),
    (LOOT, "Mali", CL, "Parents kept their children at home after armed men, who broke into the primary school in Kayes at night, burned its classrooms and books.", "school burned"),
    (LOOT, "Ethiopia", LG, "Militiamen destroyed the telecoms office and emptied the local bank in Debre Sina on Friday, a resident said, but no casualties were reported.", "bank emptied"),
    # --- Other (8)
    (OTH, "Libya", HD, "Mass grave uncovered in Tarhuna. Investigators found a pit holding 20 bodies on a farm once used by a militia, the authorities said.", "mass grave"),
    (OTH, "Burkina Faso", PS, "The town of Arbinda has been cut off by JNIM fighters, who block supplies on every road, for more than a year, residents said.", "blockade"),
    (OTH, "Nigeria", CL, "Traders in Zamfara said they had paid a levy of 20 million naira to a bandit leader, who ordered villages to pay or face attack.", "levy"),
    (OTH, "Mexico", LG, "The bodies of 14 men, some with their hands bound, were found on a roadside outside Culiacan on Monday, state prosecutors said, without saying who had killed them.", "bodies found"),
    (OTH, "Haiti", HD, "Gang blocks fuel terminal. Members of the G9 alliance sealed off the Varreux terminal, stopping fuel deliveries to the capital.", "blockade of a terminal"),
    (OTH, "Democratic Republic of Congo", PS, "Residents of Kalehe were ordered by the M23 to pay a new tax on every harvest, local officials said.", "armed-group tax"),
    (OTH, "Sudan", CL, "Aid convoys turned back after RSF fighters, who encircle the city, refused to let trucks enter El Obeid.", "siege"),
    (OTH, "Mali", LG, "The Islamic State's Sahel branch issued a decree on Friday banning music and ordering men in villages around Menaka to grow beards, residents said.", "armed-group decree"),
]

NON_EVENT_ROWS: list[tuple[str | None, str, str, str, str]] = [
    (None, "Nigeria", HD, "Police warn of arrests ahead of Abuja march. The police commissioner said officers would detain anyone who blocks roads during the protest planned for Monday.", "threat of arrests"),
    (None, "Nigeria", PS, "Twelve motorists were killed when a gas tanker exploded on a highway near Enugu, the road safety agency said.", "tanker accident"),
    (None, "Guinea", HD, "Blast at fuel depot in Conakry. A fire at the main oil terminal set off explosions that killed 24 people; officials said the cause was an accident.", "blast of an accident"),
    (None, "Kenya", LG, "Kenya's opposition called on its supporters on Sunday to march every Monday and Thursday until the cost of living falls, saying the protests would be peaceful.", "call to protest"),
    (None, "Burkina Faso", PS, "The former president Blaise Compaore was sentenced in absentia to life in prison by a military court in Ouagadougou over the 1987 killing of Thomas Sankara.", "verdict"),
    (None, "Turkey", LG, "Russian and Ukrainian delegations held talks in Istanbul on Friday but did not agree on a ceasefire, officials said, though both sides promised to meet again.", "talks, no deal"),
    (None, "Ghana", CL, "The army said troops, who had trained for a week near Tamale, practised retaking towns from armed groups in exercises that ended on Friday.", "exercise"),
    (None, "Nigeria", HD, "Kidnappings up 40 percent, consultancy says. A security firm's annual report counted a sharp rise in abductions across Nigeria last year.", "annual statistics"),
    (None, "Lebanon", CL, "Lebanon remembered the victims of the Beirut port explosion, which destroyed much of the city five years ago, as the investigation remained stalled.", "anniversary"),
    (None, "Ethiopia", HD, "Ethiopia hints at force over Red Sea access. The prime minister told parliament his government would not rule out military means to reach the sea.", "threat"),
    (None, "Italy", PS, "At least 40 people were reported missing after a boat carrying migrants capsized off Lampedusa, the coastguard said.", "shipwreck"),
    (None, "Somalia", LG, "The mayor of Mogadishu opened a new market in the Hodan district on Saturday, promising traders better security after years of attacks on the capital's markets.", "opening of a market"),
    (None, "Israel/Palestine", CL, "The UN human rights office said it would investigate reports that soldiers, who raided Jenin last month, had killed unarmed men.", "investigation of a past act"),
    (None, "Iran", LG, "A huge explosion at Shahid Rajaee port near Bandar Abbas, which officials blamed on a badly stored chemical shipment, killed at least 57 people and wounded hundreds.", "industrial blast"),
    (None, "Pakistan", HD, "Pakistan tests cruise missile. The army said it successfully launched a Babur missile from a mobile launcher.", "missile test"),
    (None, "Peru", PS, "Twenty-five travellers lost their lives on Sunday as their coach left the road and fell hundreds of metres down a slope in the Andes of Ayacucho, Peruvian police reported.", "bus crash"),
    (None, "Sudan", HD, "Hundreds killed in North Darfur this year, UN says. The office counted at least 1,200 civilians dead in attacks since January.", "cumulative toll"),
    (None, "Central African Republic", LG, "A former militia commander went on trial in Bangui on Tuesday, accused of ordering the killing of civilians in 2014, the special criminal court said.", "trial"),
    (None, "Mali", PS, "The presidential election was postponed indefinitely by Mali's junta, which cited technical reasons.", "election postponed"),
    (None, "Mozambique", CL, "The defence ministry said 2,000 more troops, who are being trained in the south, would be sent to Cabo Delgado next month to protect gas projects.", "future deployment"),
    (None, "Nigeria", LG, "Thousands of people fled their homes in Maiduguri after a dam burst and floodwater swept through the city, the emergency agency said on Tuesday.", "flood"),
    (None, "Papua New Guinea", PS, "A village in Enga province was buried by a landslide, with hundreds of people feared dead.", "landslide"),
    (None, "Israel/Palestine", HD, "Hamas studying new ceasefire proposal. An official said the group had received the latest offer from mediators and would reply within days.", "proposal, no deal"),
    (None, "Haiti", PS, "A plan to send Kenyan police to Haiti was approved by the UN Security Council in a vote on Monday.", "future deployment approved"),
    (None, "Sudan", CL, "The rebels denied reports that their forces, which they said were 40 km away, had shelled the hospital in Kadugli.", "denial"),
    (None, "Democratic Republic of Congo", LG, "Villagers along the road to Djugu said they feared a new attack after armed men were seen near their fields on Sunday, and many slept in the bush.", "fear of an attack"),
    (None, "Nigeria", HD, "Police recover 3,000 illegal guns in a year. The inspector-general said the weapons were taken across the country in 2024.", "yearly weapons tally"),
    (None, "Democratic Republic of Congo", PS, "Troops on the front line near Goma were visited by the army chief on Friday, the army said.", "visit"),
    (None, "India", CL, "Officials said 40 workers died when a reactor, which had been running for hours, exploded at a chemical factory in Sangareddy district.", "factory explosion"),
    (None, "Niger", HD, "Soldiers parade in Niamey to mark coup anniversary. Troops and armoured vehicles moved through the capital as state television broadcast the ceremony.", "parade"),
    (None, "Nigeria", PS, "Hundreds of shops in Onitsha's main market were destroyed by a fire that firefighters blamed on an electrical fault.", "market fire"),
    (None, "Democratic Republic of Congo", LG, "The M23 said on Monday it would not withdraw from Goma until talks with Kinshasa produced a deal, rejecting a call by the African Union.", "refusal statement"),
    (None, "Ethiopia", CL, "Amnesty International said in a report that Eritrean troops, who fought alongside Ethiopia's army, killed hundreds of civilians in Axum in 2020.", "report on a past massacre"),
    (None, "Ghana", HD, "Police rehearse crowd control ahead of vote. Officers in Accra practised handling unruly crowds in an exercise before the December elections.", "police drill"),
    (None, "Afghanistan", LG, "The Taliban marked the third anniversary of their return to power with a parade at the former US air base at Bagram on Wednesday, showing off captured vehicles.", "anniversary parade"),
    (None, "Tanzania", PS, "Tanzania's opposition leader was charged with treason in a Dar es Salaam court on Thursday, weeks after his arrest.", "charge in court"),
    (None, "Chad", CL, "Police said the gunfire that residents heard in N'Djamena on Sunday night, which caused panic, came from fans celebrating a football victory.", "celebratory gunfire"),
    (None, "Nigeria", LG, "A military helicopter crashed during a training flight near Bauchi on Thursday, killing all five crew members, the air force said, adding that the cause was being investigated.", "helicopter crash"),
    (None, "Burkina Faso", HD, "Burkina suspends foreign broadcasters. The junta took two international radio stations off air for two weeks over a report on army killings of civilians.", "media suspension"),
    (None, "Colombia", PS, "A report on the number of social leaders killed since 2016 was published by the ombudsman's office on Tuesday.", "report"),
]


def rows_as_json() -> list[dict]:
    return numbered_snippets(ROWS + NON_EVENT_ROWS, "f12", SHUFFLE_SEED)


def main() -> None:
    rows = rows_as_json()
    OUT.write_text(jsonl_text(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
