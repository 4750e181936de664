"""Write fresh11.jsonl from the hand-written rows below (typing round fourteen, written before any run on them).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/write_fresh11.py

Three forms the lead's checks hold more of than our dev sets: a long lead whose act is told only in a subordinate
clause (``subclause``: "Residents fled X after gunmen, who came at dawn, shot ..."); an act named by a noun only
(``noun``: "a grenade attack on ...", "the recapture of ...", "a sit-in by ...", "the signing of a truce ..."); and a
protest named by its cause (``cause``: "over fuel prices", "demanding the release of ..."). State acts (arrests of
opposition figures, curfews, a base handed over), strategic developments (a truce, a defection, a new leader, a cache
seized, a mine defused) and non-events told with event words (threats, drills, anniversaries, trials, forecasts) are
weighed. The rows are grouped by sub-type for the writer and shuffled with a fixed seed before ids are given, so the
held part (every third id) mixes all sub-types and forms. Every sentence was written for eventwire; facts are modelled
on real events (2017-2025), wording is ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import jsonl_text, numbered_snippets  # noqa: E402

OUT = Path(__file__).resolve().parent / "fresh11.jsonl"
SHUFFLE_SEED = 14  # round fourteen; any fixed seed would do

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
SC, NN, CS = "subclause", "noun", "cause"

ROWS: list[tuple[str | None, str, str, str, str]] = [
    # --- Armed clash (8)
    (AC, "Mexico", SC, "Residents of Tepalcatepec stayed indoors on Thursday after a firefight broke out between Jalisco cartel gunmen and a rival group from Michoacan on the edge of town, leaving at least nine of them dead, state officials said.", "two armed groups fight"),
    (AC, "Myanmar", NN, "A fierce gun battle between junta troops and Karen National Liberation Army fighters on the outskirts of Myawaddy lasted well into the night, a KNU spokesman said.", "gun battle (noun)"),
    (AC, "Philippines", SC, "Troops who had been sent to check reports of armed men in a village of Maguindanao del Sur ended up in a two-hour firefight with Dawlah Islamiyah militants, in which two soldiers died, the army said.", "firefight in a clause"),
    (AC, "Burkina Faso", NN, "Heavy fighting between soldiers and JNIM militants around Djibo on Sunday left dozens dead on both sides, security sources said.", "heavy fighting (noun)"),
    (AC, "Somalia", SC, "Al-Shabaab lost at least 15 fighters on Wednesday when its men tried to overrun an army base in Hiran and were driven back by soldiers after a long battle, the government said.", "assault on a base repelled"),
    (AC, "Colombia", NN, "Clashes between the ELN and FARC dissidents in rural Arauca killed at least 23 people over the weekend, the ombudsman's office said.", "clashes (noun)"),
    (AC, "Ukraine", SC, "Ukrainian officials said the situation in Pokrovsk remained tense after a day in which Russian assault units and Ukrainian defenders fought for control of several streets on the town's eastern edge.", "street fighting in a clause"),
    (AC, "South Sudan", NN, "An exchange of gunfire between SPLA-IO forces and the army at the Nasir barracks on Tuesday killed several soldiers, the county commissioner said.", "exchange of gunfire (noun)"),
    # --- Attack (8)
    (AT, "Haiti", SC, "Families fled Pont-Sonde on Thursday after gang members, who arrived before dawn carrying rifles, shot at least 70 people in their homes, among them women and babies, the UN said.", "gang massacre in a clause"),
    (AT, "Nigeria", NN, "The massacre of rice farmers in Zabarmari, Borno state, by Boko Haram fighters left at least 43 dead, officials said.", "massacre (noun)"),
    (AT, "India", SC, "Tourists were walking across the Baisaran meadow near Pahalgam on Tuesday when gunmen came out of the forest and opened fire on them, killing 26 people, police said.", "tourists shot"),
    (AT, "Mexico", NN, "The killing of a mayoral candidate, shot in the neck by a gunman at a campaign event in Celaya, shocked Guanajuato on Wednesday, officials said.", "killing of a candidate (noun)"),
    (AT, "Democratic Republic of Congo", SC, "Survivors said the ADF fighters, who came at night while the village of Mukondi slept, went from house to house with machetes, killing more than 40 people.", "machete raid in a clause"),
    (AT, "Burkina Faso", NN, "A gun attack on worshippers at a church in Dablo during Sunday mass killed six people including the priest, the mayor said.", "gun attack (noun)"),
    (AT, "Brazil", SC, "Police were hunting on Monday for two men who, having waited outside a bar on the outskirts of Salvador, shot dead four customers and fled on a motorcycle.", "bar shooting in a relative clause"),
    (AT, "Sudan", NN, "An RSF rampage through the village of Wad al-Nourah in Gezira state left more than 100 villagers dead, activists said.", "rampage (noun)"),
    # --- Air/drone strike (8)
    (AIR, "Somalia", NN, "A US air strike near Jilib killed several al-Shabaab fighters, Africa Command said on Friday.", "air strike (noun)"),
    (AIR, "Yemen", SC, "Rescuers were still pulling bodies from the rubble of a detention centre in Saada on Saturday, a day after it was hit in a raid by Saudi-led coalition warplanes that killed at least 70 inmates.", "warplanes in a clause"),
    (AIR, "Myanmar", NN, "A junta air raid on a village in Sagaing's Kanbalu township during the opening of a community hall killed more than 100 people, residents said.", "air raid (noun)"),
    (AIR, "Ukraine", SC, "Power was cut across much of Odesa on Monday after Russian Shahed drones, launched in waves overnight, hit energy facilities in the port city, the governor said.", "drones in a clause"),
    (AIR, "Afghanistan", NN, "Pakistani air strikes on suspected TTP hideouts in Paktika province killed at least 46 people, Taliban officials said.", "air strikes across a border (noun)"),
    (AIR, "Lebanon", SC, "Mourners gathered in Nabatieh on Thursday for the funerals of three paramedics who were killed when an Israeli drone hit their ambulance on the road to the village of Kfar Roummane.", "strike told inside a funeral"),
    (AIR, "Mali", NN, "A drone strike by the army on a wedding party in the Hombori area killed at least 20 civilians, local officials said.", "drone strike (noun)"),
    (AIR, "Sudan", SC, "Aid groups suspended their work in Nyala after an army warplane, which had circled the city for an hour, bombed the main market, killing dozens, witnesses said.", "warplane in a relative clause"),
    # --- Shelling/artillery/missile attack (8)
    (SH, "Ukraine", NN, "Russian shelling of a crowded market in Kostiantynivka killed 17 people, Ukrainian officials said.", "shelling (noun)"),
    (SH, "Israel/Palestine", SC, "Residents of Sderot ran for shelters on Saturday as rockets, fired by militants from Gaza, fell on the town and damaged several houses, police said.", "rockets in a clause"),
    (SH, "Sudan", NN, "Artillery fire by the RSF on the Abu Shouk camp near El Fasher killed at least 40 displaced people, the camp's coordinators said.", "artillery fire (noun)"),
    (SH, "Syria", SC, "Schools in Ariha stayed shut for two days after government forces, positioned on the hills to the south, fired rockets into the town, killing four children, rescuers said.", "rockets fired in a clause"),
    (SH, "Israel/Palestine", NN, "A rocket strike from Lebanon on a football pitch in Majdal Shams killed 12 children, Israeli officials said.", "rocket strike (noun)"),
    (SH, "India", SC, "Villagers along the Line of Control in Poonch moved into bunkers on Wednesday after Pakistani troops fired mortar shells at their homes, killing three civilians, officials said.", "one-sided mortar fire"),
    (SH, "Russia", NN, "Ukrainian missile fire on the centre of Belgorod during a holiday weekend killed 25 people, the regional governor said.", "missile fire (noun)"),
    (SH, "Democratic Republic of Congo", SC, "Thousands fled the displacement sites around Mugunga on Friday after mortar bombs, which residents said came from M23 positions near Sake, landed among the shelters and killed 35.", "mortar bombs in a clause"),
    # --- Remote explosive/landmine/IED (8)
    (IED, "Pakistan", NN, "A roadside bomb blast in Kech district killed a Frontier Corps soldier and wounded two others, officials said.", "roadside bomb (noun)"),
    (IED, "Colombia", SC, "Traffic on the Pan-American highway in Cauca was halted on Tuesday after an explosive charge, hidden under a culvert, blew up as a police truck passed, wounding five officers.", "charge in a clause"),
    (IED, "Mali", NN, "A landmine explosion under a passenger bus near Bandiagara killed 11 travellers, officials said.", "landmine explosion (noun)"),
    (IED, "Syria", SC, "Shoppers were buying food for the holiday in Azaz when a car bomb, parked near the central market, exploded and killed at least 20 people, civil defence workers said.", "car bomb in a clause"),
    (IED, "Iraq", NN, "The detonation of a sticky bomb attached to a minibus in Sadr City wounded four passengers, police said.", "detonation (noun)"),
    (IED, "Mozambique", SC, "Troops near Mocimboa da Praia lost two men on Friday when their vehicle, moving along a dirt road, struck a mine that insurgents had laid, a military source said.", "mine struck in a clause"),
    (IED, "Nigeria", NN, "An IED blast on the Gwoza-Pulka road hit a commercial vehicle, killing eight travellers, a vigilante leader said.", "IED blast (noun)"),
    (IED, "Thailand", SC, "Rangers in Narathiwat had just begun their morning patrol on Monday when a bomb, buried at the roadside and set off by remote control, tore through their pickup, wounding three, police said.", "remote bomb in a clause"),
    # --- Suicide bomb (8)
    (SUI, "Pakistan", NN, "A suicide blast at a mosque inside the Peshawar police lines during afternoon prayers killed more than 80 people, police said.", "suicide blast (noun)"),
    (SUI, "Afghanistan", SC, "Crowds were pressing at the gates of Kabul airport on Thursday when a bomber, who had slipped in among them with explosives under his clothes, blew himself up, killing scores of people.", "bomber in a clause"),
    (SUI, "Somalia", NN, "A suicide car bombing at a checkpoint in Mogadishu's Hodan district killed at least ten people, police said.", "suicide car bombing (noun)"),
    (SUI, "Nigeria", SC, "A wedding in Gwoza turned to carnage on Saturday when a woman, carrying a baby on her back, detonated explosives strapped to her body among the guests, the emergency agency said.", "woman bomber, no 'suicide'"),
    (SUI, "Iraq", NN, "A twin suicide bombing at a clothes market in Baghdad's Tayaran Square killed 32 shoppers, the interior ministry said.", "twin suicide bombing (noun)"),
    (SUI, "Yemen", SC, "Recruits were lining up for their pay at a camp in Aden when an attacker drove a van packed with explosives into the gate and blew it up, killing at least 30, security officials said.", "van bomb driven in"),
    (SUI, "Indonesia", NN, "A suicide bombing at a police station in Bandung killed an officer as well as the attacker, police said.", "suicide bombing (noun)"),
    (SUI, "Cameroon", SC, "Traders in Mora were still counting their dead on Monday from the weekend's market attack, in which two teenage girls set off explosives hidden under their clothes, killing nine people.", "girls set off explosives in a clause"),
    # --- Grenade (8)
    (GR, "Colombia", NN, "A grenade attack on a police station in Cali wounded three officers, the mayor said.", "grenade attack (noun)"),
    (GR, "India", SC, "Shoppers scattered in Srinagar's Sunday market after militants, who were hiding among the stalls, hurled a grenade at a security bunker, wounding 12 civilians.", "grenade hurled in a clause"),
    (GR, "Burundi", NN, "A grenade explosion at a bus station in Bujumbura during the evening rush wounded dozens of travellers, police said.", "grenade explosion (noun)"),
    (GR, "Mexico", SC, "Guards at the US consulate in Monterrey were unhurt on Friday after a man, driving past in a pickup, threw a grenade at the gate, where it exploded, police said.", "grenade thrown in a clause"),
    (GR, "Sweden", NN, "A hand grenade blast outside an apartment block in Stockholm's Rinkeby district injured a passer-by, police said.", "hand grenade blast (noun)"),
    (GR, "Philippines", SC, "Voters were queuing outside a school in Datu Unsay when unidentified men threw a grenade over the fence, wounding nine people, police said.", "grenade at a polling station"),
    (GR, "Democratic Republic of Congo", NN, "A grenade thrown into a crowded bar in Beni killed two customers and wounded 15, the mayor said.", "grenade (noun phrase)"),
    (GR, "Bangladesh", SC, "Police in Dhaka were on alert on Friday after crude bombs, hurled by unknown men at a procession of a student group, wounded five marchers.", "crude bombs in a clause"),
    # --- Chemical weapon (8)
    (CH, "Syria", NN, "A suspected chlorine gas attack on Douma killed dozens of people sheltering in basements, rescuers said.", "chlorine attack (noun)"),
    (CH, "Ukraine", SC, "Ukrainian soldiers near Robotyne were treated for breathing problems on Tuesday after Russian drones dropped grenades filled with chloropicrin on their trenches, the general staff said.", "chloropicrin in a clause"),
    (CH, "Ukraine", NN, "Russian gas attacks with chloropicrin on trenches near Kupiansk left six Ukrainian soldiers poisoned, the army said.", "gas attacks (noun)"),
    (CH, "Iraq", SC, "Doctors in Qayyarah treated dozens of people for burns and blisters on Wednesday after mortar rounds, which IS fighters had filled with mustard agent, landed in the town.", "mustard agent in a clause"),
    (CH, "Syria", NN, "A chlorine barrel-bomb strike by government helicopters on Saraqeb left 11 people struggling to breathe, rescuers said.", "chlorine barrel bomb (noun)"),
    (CH, "Ukraine", SC, "Two Ukrainian soldiers died near Bakhmut after a Russian drone, which hovered over their dugout for minutes, dropped a canister of toxic gas on them, military officials said.", "toxic gas in a clause"),
    (CH, "Syria", NN, "A sarin attack on rebel-held Khan Sheikhoun killed more than 80 people, many of them children, doctors said.", "sarin attack (noun)"),
    (CH, "Ukraine", SC, "Medics in the Zaporizhzhia region said on Friday that a dozen soldiers were taken to hospital after Russian troops, advancing near Stepnohirsk, fired munitions containing irritant gas at their positions.", "irritant gas in war"),
    # --- Sexual violence (8)
    (SV, "Sudan", SC, "Women who fled to Adre told aid workers this week that RSF fighters, who stormed their village near El Geneina, had raped girls in front of their families.", "rape in a clause"),
    (SV, "Democratic Republic of Congo", NN, "The mass rape of women inmates during a jailbreak from Munzenze prison in Goma was confirmed by the UN, which said more than 100 women were assaulted.", "mass rape (noun)"),
    (SV, "Haiti", SC, "Doctors Without Borders said on Monday that it had treated dozens of women in Port-au-Prince who were raped by gang members when their neighbourhood was overrun last week.", "rapes told in a clause"),
    (SV, "Ethiopia", NN, "The gang rape of a woman by soldiers in Adigrat, who held her for days, was reported by the town's hospital.", "gang rape (noun)"),
    (SV, "India", SC, "Outrage grew in Manipur after a video showed two women, who had been paraded naked by a mob in Kangpokpi district, being sexually assaulted in a field.", "assault in a clause"),
    (SV, "South Sudan", NN, "The rape of three women collecting firewood near Bentiu by armed men on Sunday was reported by the UN mission.", "rape (noun)"),
    (SV, "Myanmar", SC, "Villagers in Sagaing said soldiers, who occupied their village for three days, raped several women before they withdrew.", "rape by occupying troops"),
    (SV, "Colombia", NN, "The sexual abuse of an Indigenous girl by soldiers in Guaviare led the army to suspend seven men, officials said.", "sexual abuse (noun)"),
    # --- Abduction/forced disappearance (8)
    (AB, "Nigeria", NN, "A mass kidnapping of pupils from a school in Kuriga, Kaduna state, by gunmen on motorcycles left 287 children missing, officials said.", "mass kidnapping (noun)"),
    (AB, "Haiti", SC, "The church said on Sunday it was negotiating with the 400 Mawozo gang, which seized 17 missionaries as their bus left an orphanage in Ganthier.", "seizure in a relative clause"),
    (AB, "Mexico", NN, "The abduction of a journalist in Taxco by armed men, who took him from his home at night, was condemned by press groups.", "abduction (noun)"),
    (AB, "Pakistan", SC, "Family members said men in plain clothes, who arrived in two unmarked cars at night, took away a Baloch student in Karachi, and his whereabouts remain unknown.", "forced disappearance"),
    (AB, "Burkina Faso", NN, "The kidnapping of about 50 women picking wild fruit near Arbinda by jihadists was confirmed by the government.", "kidnapping (noun)"),
    (AB, "Colombia", SC, "The ELN said on Friday that it was holding the father of footballer Luis Diaz, whom its fighters seized at a petrol station in Barrancas at the weekend.", "seized in a relative clause"),
    (AB, "Cameroon", NN, "The seizure of 30 bus passengers near Kumbo by separatist fighters was reported by the regional governor.", "seizure of passengers (noun)"),
    (AB, "Libya", SC, "Rights groups demanded answers on Wednesday about a Tripoli lawmaker who was bundled into a car by armed men outside his house and has not been seen since.", "bundled into a car"),
    # --- Arrests (8)
    (AR, "Turkey", NN, "The detention of Istanbul mayor Ekrem Imamoglu in a dawn raid on his home by police sent the lira tumbling, officials said.", "detention of a mayor (noun)"),
    (AR, "Pakistan", SC, "Party workers gathered outside the Islamabad High Court after Imran Khan, who had come to attend a hearing, was detained by paramilitary Rangers inside the compound.", "opposition leader detained"),
    (AR, "Venezuela", NN, "The arrest of opposition politician Freddy Superlano by intelligence agents in Caracas was confirmed by his party.", "arrest (noun)"),
    (AR, "Uganda", SC, "Bobi Wine's party said on Tuesday that dozens of its supporters, who had gathered at his home in Magere, were rounded up by police and taken to Kasangati police station.", "supporters rounded up"),
    (AR, "Tunisia", NN, "A wave of arrests of opposition figures in Tunis, among them Rached Ghannouchi, drew criticism from rights groups.", "wave of arrests (noun)"),
    (AR, "Georgia", SC, "Opposition leader Nika Melia, who had refused to leave his party's offices in Tbilisi, was arrested on Tuesday when police stormed the building, officials said.", "arrest after police storm offices"),
    (AR, "Bangladesh", NN, "The arrest of three BNP leaders in Dhaka on sabotage charges was announced by police on Sunday.", "arrest of opposition leaders (noun)"),
    (AR, "Nicaragua", SC, "Bishop Rolando Alvarez, who had been confined to his church residence in Matagalpa for two weeks, was taken away by police before dawn, the diocese said.", "bishop taken by police"),
    # --- Peaceful protest (8)
    (PP, "Kenya", CS, "Thousands marched through Nairobi on Tuesday over the tax rises in the finance bill, singing and waving flags as they passed parliament.", "march over taxes"),
    (PP, "France", CS, "Farmers angry over fuel taxes and cheap imports drove tractors into central Paris and parked them along the boulevards, police said.", "farmers over taxes"),
    (PP, "Serbia", NN, "A sit-in by students at the Faculty of Philosophy in Novi Sad entered its third week on Monday.", "sit-in (noun)"),
    (PP, "Nigeria", CS, "Relatives of the kidnapped pupils gathered outside the state assembly in Kaduna demanding the release of the children.", "demanding the release"),
    (PP, "Sri Lanka", CS, "Hundreds of people rallied in Colombo against fuel shortages and power cuts, holding placards outside the president's office.", "rally over fuel shortages"),
    (PP, "Argentina", NN, "A general strike and march by unions against austerity brought thousands onto the streets of Buenos Aires.", "general strike and march (noun)"),
    (PP, "Israel/Palestine", CS, "Crowds packed a square in central Tel Aviv late on Saturday, calling on the government to accept a deal that would bring the captives home from Gaza.", "rally demanding a deal"),
    (PP, "Indonesia", NN, "A vigil by students outside the House of Representatives in Jakarta against cuts to university budgets passed off peacefully, police said.", "vigil (noun)"),
    # --- Protest with intervention (8)
    (PI, "Georgia", CS, "Police used water cannon and pepper spray on Tuesday night to push back demonstrators protesting against the foreign agents bill outside parliament in Tbilisi.", "dispersal of a protest by cause"),
    (PI, "Pakistan", NN, "A sit-in by Baloch women in Quetta demanding the return of missing relatives was broken up by police, who detained about 20 marchers.", "sit-in broken up"),
    (PI, "Senegal", CS, "Police fired tear gas at Sonko supporters in Dakar who had gathered to protest against the postponement of the presidential election, witnesses said.", "tear gas at a protest by cause"),
    (PI, "Peru", NN, "A march by farmers demanding President Boluarte's resignation was dispersed with tear gas in Lima, police said.", "march dispersed"),
    (PI, "Cambodia", CS, "Police in Phnom Penh detained 12 people who had gathered outside a court demanding the release of jailed union leaders.", "protesters detained"),
    (PI, "United Kingdom", NN, "A sit-down protest in Parliament Square in support of Palestine Action ended with more than 500 arrests, police said.", "sit-down protest with arrests"),
    (PI, "Ecuador", CS, "Riot police fired tear gas at Indigenous marchers protesting the rise in diesel prices in Quito, the organisers said.", "tear gas, protest over prices"),
    (PI, "Zimbabwe", NN, "A teachers' march over unpaid salaries was halted by riot police in Harare, who arrested four union leaders.", "march halted"),
    # --- Excessive force against protesters (8)
    (EF, "Kenya", CS, "At least 19 people were shot dead by police in Nairobi and other towns as protesters demanded that the finance bill be withdrawn, a rights group said.", "protesters shot dead"),
    (EF, "Iran", NN, "The shooting of protesters in Zahedan by security forces after Friday prayers left 66 dead, Amnesty said.", "shooting of protesters (noun)"),
    (EF, "Bangladesh", CS, "Police opened fire on students protesting against job quotas in Rangpur, killing a young man who stood before them with his arms spread, witnesses said.", "police fire on students"),
    (EF, "Peru", NN, "A crackdown on protesters near Juliaca airport by police and soldiers left 17 people dead, officials said.", "crackdown (noun)"),
    (EF, "Mozambique", CS, "Security forces shot dead three people in Maputo during protests over the disputed election results, a rights group said.", "shot dead during protests"),
    (EF, "Sudan", NN, "The bloody dispersal of the sit-in outside army headquarters in Khartoum by paramilitary forces killed more than 100 people, doctors said.", "bloody dispersal (noun)"),
    (EF, "Nigeria", CS, "Soldiers opened fire on young people protesting against police brutality at the Lekki toll gate, killing several, Amnesty said.", "soldiers fire on protesters"),
    (EF, "Myanmar", NN, "Live fire by troops on anti-coup demonstrators in Mandalay left at least eight dead, medics said.", "live fire (noun)"),
    # --- Violent demonstration (8)
    (VD, "Chile", CS, "Protesters angry over a metro fare increase set fire to stations and a supermarket in Santiago, officials said.", "arson by protesters over fares"),
    (VD, "France", NN, "A night of rioting in Nanterre after the police shooting of a teenager saw cars torched and the town hall attacked.", "rioting (noun)"),
    (VD, "Senegal", CS, "Youths protesting the conviction of opposition leader Ousmane Sonko burned a bus and pelted police with stones in Ziguinchor.", "stones and burning by protesters"),
    (VD, "Netherlands", NN, "A riot in Eindhoven against the coronavirus curfew left the railway station looted and police vehicles burned.", "riot against a curfew (noun)"),
    (VD, "Bangladesh", CS, "Students demanding an end to job quotas set the state broadcaster's building ablaze in Dhaka, officials said.", "students set building ablaze"),
    (VD, "Kenya", NN, "Stone-throwing by opposition supporters at police during a protest over the cost of living in Kisumu wounded three officers.", "stone-throwing (noun)"),
    (VD, "United Kingdom", CS, "Anti-immigration protesters threw bricks at a hotel housing asylum seekers in Rotherham and set bins alight, police said.", "protesters throw bricks"),
    (VD, "Pakistan", NN, "The storming of the corps commander's house in Lahore by PTI supporters after Imran Khan's arrest left the building in flames.", "storming by supporters (noun)"),
    # --- Mob violence (8)
    (MOB, "India", NN, "The lynching of a Muslim cattle trader by cow vigilantes in Alwar, Rajasthan, was confirmed by police on Saturday.", "lynching (noun)"),
    (MOB, "Pakistan", SC, "A tourist who had been accused of burning pages of the Koran was dragged from a police station in Swat by a crowd, which killed him and set his body on fire.", "crowd in a relative clause"),
    (MOB, "Haiti", NN, "A wave of mob killings of suspected gang members by residents of Port-au-Prince left 13 dead, police said.", "mob killings (noun)"),
    (MOB, "Mexico", SC, "Police in Puebla arrived too late to save two men, whom villagers in Acatlan had accused of stealing children, from being beaten and set alight by a crowd.", "crowd burns suspects"),
    (MOB, "Nigeria", NN, "The mob killing of a college student accused of blasphemy in Sokoto drew condemnation from church leaders.", "mob killing (noun)"),
    (MOB, "Bangladesh", SC, "Residents of a village in Gazipur said a man, whom they suspected of stealing a cow, was beaten to death by a crowd on Wednesday night.", "beaten to death by a crowd"),
    (MOB, "Kenya", NN, "Mob justice against two suspected thieves in Kisii left both men dead, police said.", "mob justice (noun)"),
    (MOB, "South Africa", SC, "Residents of Soweto turned on a group of men who they said were behind a spate of burglaries, and beat two of them to death, police said.", "residents turn on suspects"),
    # --- Looting/property destruction (8)
    (LOOT, "Sudan", NN, "The looting of the national museum in Khartoum by RSF fighters, who carted off artefacts to the west, was confirmed by officials.", "looting (noun)"),
    (LOOT, "Israel/Palestine", SC, "Palestinian farmers in the Jordan Valley said settlers, who came at night with a bulldozer, uprooted about 300 of their olive trees.", "trees uprooted in a clause"),
    (LOOT, "Democratic Republic of Congo", NN, "The burning of a health centre in Kalehe by unidentified armed men, who also took its medicines, was reported by MSF.", "burning of a clinic (noun)"),
    (LOOT, "Mali", SC, "Aid workers said fighters, who arrived in trucks after the soldiers had left, emptied the warehouses of a cereal bank in Lere.", "warehouses emptied"),
    (LOOT, "Myanmar", NN, "An arson attack by junta troops on the village of Bin, where about 500 houses burned after the villagers fled, was reported by residents.", "arson attack (noun)"),
    (LOOT, "Haiti", SC, "Pharmacies in downtown Port-au-Prince were empty on Monday after gang members, who roamed the area at the weekend, carted away goods and set the national library on fire.", "looting in a clause"),
    (LOOT, "Ethiopia", NN, "The pillaging of the hospital in Axum by soldiers, who took beds and medical equipment, was documented by a rights group.", "pillaging (noun)"),
    (LOOT, "Nigeria", SC, "Residents of a village near Gusau said bandits, who came while the men were at the market, burned the granaries and drove away the cattle.", "granaries burned, cattle taken"),
    # --- Government regains territory (8)
    (GRT, "Mozambique", NN, "The recapture of Mocimboa da Praia by Rwandan and Mozambican troops ended a year of insurgent rule, officials said.", "recapture (noun)"),
    (GRT, "Somalia", SC, "Residents returned to the market in Harardhere on Saturday, a week after troops, who had advanced from the west, drove al-Shabaab out of the town.", "drove out in a clause"),
    (GRT, "Sudan", NN, "The army's retaking of the presidential palace in Khartoum from the RSF was celebrated by soldiers filmed inside the compound.", "retaking (noun)"),
    (GRT, "Ukraine", SC, "Ukrainian flags were raised over Kherson on Friday after Ukrainian troops, who had pushed forward for weeks, entered the city as Russian forces fell back across the river.", "city entered in a clause"),
    (GRT, "Nigeria", NN, "The army's recapture of Marte from Boko Haram fighters was announced by the Borno governor.", "recapture (noun)"),
    (GRT, "Mali", SC, "Malian soldiers, who had been absent from Kidal since 2013, took control of the town on Tuesday after days of fighting with Tuareg rebels, the junta said.", "took control in a clause"),
    (GRT, "Myanmar", NN, "The junta's recapture of Kyaukme from TNLA fighters after weeks of air strikes was reported by state media.", "recapture by the junta (noun)"),
    (GRT, "Ethiopia", SC, "Federal troops, who had launched an offensive toward Tigray's capital days earlier, took control of Mekelle on Saturday, the prime minister said.", "federal troops take a capital"),
    # --- Non-state actor overtakes territory (8)
    (NSO, "Democratic Republic of Congo", NN, "The fall of Bukavu to M23 rebels, who met little resistance, left the city's airport in their hands.", "fall of a city (noun)"),
    (NSO, "Myanmar", SC, "Arakan Army fighters, who had besieged Maungdaw for months, captured the last army base in the town on Sunday, the group said.", "capture in a clause"),
    (NSO, "Syria", NN, "The rebels' seizure of Hama after days of fighting with government forces was confirmed by a war monitor.", "seizure of a city (noun)"),
    (NSO, "Burkina Faso", SC, "Residents of Diapaga said JNIM fighters, who attacked at dawn, seized the town and the army post there before raising their flag.", "seized in a clause"),
    (NSO, "Ukraine", NN, "The capture of Avdiivka by Russian forces after months of fighting was confirmed by Ukraine's army chief.", "capture by foreign forces (noun)"),
    (NSO, "Haiti", SC, "Families fled Kenscoff on Monday as gangs of the Viv Ansanm alliance, which had attacked the town for weeks, took control of its centre.", "gangs take a town"),
    (NSO, "Sudan", NN, "The RSF's capture of Wad Madani, the capital of Gezira state, sent thousands fleeing, the UN said.", "capture (noun)"),
    (NSO, "Mozambique", SC, "Insurgents, who had stormed Palma three days earlier, held the town on Saturday after the last government forces withdrew, a security source said.", "insurgents hold a town"),
    # --- Non-violent transfer of territory (8)
    (NVT, "Afghanistan", NN, "The handover of Bagram airfield by US troops to Afghan forces was completed without ceremony, officials said.", "handover (noun)"),
    (NVT, "Niger", SC, "The last French soldiers left their base in Niamey on Friday, which was handed to the Nigerien army in a short ceremony.", "base handed over in a clause"),
    (NVT, "Mali", NN, "The handover of the UN camp at Ber to the Malian army was brought forward because of insecurity, the mission said.", "camp handover (noun)"),
    (NVT, "Syria", SC, "Kurdish-led forces, who had held Tal Rifaat for years, left the town on Sunday under a deal and Turkish-backed factions moved in without a fight, residents said.", "town left under a deal"),
    (NVT, "Azerbaijan", NN, "The return of Aghdam district to Azerbaijan by Armenian forces under the ceasefire deal took place on Friday.", "return of a district (noun)"),
    (NVT, "Iraq", SC, "Iraqi army units took over the K1 air base near Kirkuk on Sunday after troops of the US-led coalition, who had been stationed there since 2016, moved out.", "base taken over as troops leave"),
    (NVT, "Democratic Republic of Congo", NN, "The entry of M23 into Kiwanja after the army pulled out without a fight was reported by residents.", "entry after withdrawal (noun)"),
    (NVT, "Somalia", SC, "Ethiopian troops who had held a base in Halgan left on Tuesday, and al-Shabaab fighters moved in hours later without firing a shot, residents said.", "base abandoned and occupied"),
    # --- Headquarters or base established (8)
    (HQ, "Mali", NN, "The installation of a Russian Africa Corps garrison at Ansongo was confirmed by local officials.", "installation of a garrison (noun)"),
    (HQ, "Somalia", SC, "Residents of Ceel Dheer said government troops, who arrived in armoured trucks, set up a forward base on the edge of the town.", "base set up in a clause"),
    (HQ, "Nigeria", NN, "The establishment of a new ISWAP camp on an island in Lake Chad was reported by local fishermen.", "establishment of a camp (noun)"),
    (HQ, "Democratic Republic of Congo", SC, "Residents of Rubaya said M23, which took over a secondary school last month, had turned it into its local headquarters.", "school turned into headquarters"),
    (HQ, "Colombia", NN, "The opening of a new military base in El Plateado by the army was marked by the defence minister's visit.", "opening of a base (noun)"),
    (HQ, "Mozambique", SC, "Rwandan troops, who reached Ancuabe last week, set up a camp near the district headquarters, officials said.", "camp set up"),
    (HQ, "Burkina Faso", NN, "The creation of a new gendarmerie post at Sebba, staffed by 60 men, was announced by the regional governor.", "creation of a post (noun)"),
    (HQ, "Yemen", SC, "Local officials said Houthi forces, who moved into a school in Hodeidah province, had turned it into a barracks.", "school turned into barracks"),
    # --- Agreement (8)
    (AGR, "Ethiopia", NN, "The signing of a truce between the government and the TPLF in Pretoria ended two years of war.", "signing of a truce (noun)"),
    (AGR, "Yemen", SC, "Families waited at Sanaa airport on Sunday as prisoners, freed under a deal between the Houthis and the Saudi-led coalition, arrived on flights from Saudi Arabia.", "prisoners freed under a deal"),
    (AGR, "Colombia", NN, "A ceasefire agreement between the government and the ELN, signed in Havana, took effect at midnight.", "ceasefire agreement (noun)"),
    (AGR, "Nigeria", SC, "Some 300 ISWAP fighters, who had been hiding on islands in Lake Chad, surrendered with their families to troops in Monguno, the army said.", "mass surrender"),
    (AGR, "Ukraine", NN, "A prisoner swap between Russia and Ukraine brought home 95 servicemen on each side, officials said.", "prisoner swap (noun)"),
    (AGR, "Philippines", SC, "Two Indonesian fishermen, whom Abu Sayyaf had held for months on Jolo, were freed after local officials negotiated their release, the military said.", "negotiated release"),
    (AGR, "Lebanon", NN, "A ceasefire deal between Israel and Hezbollah came into force at dawn on Wednesday.", "ceasefire deal (noun)"),
    (AGR, "Democratic Republic of Congo", SC, "M23 and the Kinshasa government, whose envoys had met in Doha for weeks, signed a declaration of principles committing both sides to a truce.", "declaration signed"),
    # --- Change to group/activity (8)
    (CHG, "Iraq", NN, "The appointment of a new leader of the Islamic State was announced in an audio message by the group's spokesman.", "new leader (noun)"),
    (CHG, "Nigeria", SC, "A senior Boko Haram commander, who had led attacks around the Sambisa forest, defected to ISWAP with dozens of his fighters, sources said.", "commander defects"),
    (CHG, "Syria", NN, "The dissolution of HTS and the merger of its fighters into the new national army were announced in Damascus.", "dissolution and merger (noun)"),
    (CHG, "Colombia", SC, "The Segunda Marquetalia, which Ivan Marquez founded when he returned to arms, split into two factions after a dispute over peace talks, officials said.", "group splits"),
    (CHG, "Myanmar", NN, "A dusk-to-dawn curfew across Mandalay's townships was declared by the junta on Monday.", "curfew (noun)"),
    (CHG, "India", SC, "Authorities in Manipur, where ethnic violence had killed dozens, imposed a curfew across five districts and suspended mobile internet.", "state curfew in a clause"),
    (CHG, "Lebanon", NN, "The election of Naim Qassem as Hezbollah's new secretary-general was announced in a statement.", "new leader elected (noun)"),
    (CHG, "Turkey", SC, "The PKK, which has fought the Turkish state since 1984, announced at a congress in northern Iraq that it was dissolving itself and ending its armed struggle.", "group dissolves"),
    # --- Disrupted weapons use (8)
    (DWU, "Israel/Palestine", NN, "The interception of a Houthi missile over Eilat by the Arrow system was announced by the army.", "interception (noun)"),
    (DWU, "Somalia", SC, "Police said a car, which had been packed with explosives for an attack on a hotel in Mogadishu, was stopped at a checkpoint and the bomb was defused.", "car bomb stopped"),
    (DWU, "Colombia", NN, "The seizure of a weapons cache belonging to the Clan del Golfo in Uraba, including rifles and explosives, was announced by the army.", "weapons cache seized (noun)"),
    (DWU, "Ukraine", SC, "The air force said all 30 drones, which Russia launched overnight at the Kyiv region, were shot down before they reached their targets.", "drones shot down"),
    (DWU, "India", NN, "The defusing of an IED planted on the highway near Pulwama by a bomb disposal squad averted a disaster, police said.", "defusing (noun)"),
    (DWU, "Nigeria", SC, "Worshippers were evacuated from a mosque in Kano on Friday after bomb experts, who were called by a guard, found and disarmed an explosive device near the entrance.", "device disarmed"),
    (DWU, "Philippines", NN, "The recovery of a cache of rifles and explosives hidden by NPA rebels in Negros Occidental was reported by the army.", "cache recovered (noun)"),
    (DWU, "Cambodia", SC, "Deminers said an anti-tank mine, which farmers had found in a rice field in Battambang, was destroyed in a controlled blast.", "mine destroyed"),
    # --- Other (8)
    (OTH, "Mexico", NN, "The discovery of a mass grave holding 30 bodies near Guadalajara was announced by Jalisco prosecutors.", "mass grave (noun)"),
    (OTH, "Sudan", SC, "Residents of El Fasher, which the RSF has besieged since May, are eating animal fodder as food runs out, aid groups said.", "siege in a clause"),
    (OTH, "Burkina Faso", NN, "A blockade of Djibo by JNIM militants, who stop food convoys on every road, has left the town dependent on air drops, officials said.", "blockade (noun)"),
    (OTH, "Nigeria", SC, "Villagers in Zurmi said bandits, who control the surrounding forests, ordered every household to pay a levy before the harvest.", "levy by bandits"),
    (OTH, "Iraq", NN, "The exhumation of a mass grave of Yazidi victims near Sinjar began on Monday, officials said.", "mass grave exhumed (noun)"),
    (OTH, "Haiti", SC, "Gang leader Jimmy Cherizier, whose alliance controls most of the capital, announced a toll on every vehicle using the road to the south.", "gang toll"),
    (OTH, "Ukraine", NN, "The exhumation of 440 bodies from a mass burial site in Izium after the Russian withdrawal was carried out by investigators.", "mass burial site (noun)"),
    (OTH, "Colombia", SC, "Shops in Choco stayed shut on Monday after the Clan del Golfo, which controls the region, ordered an armed strike and told people to stay home.", "armed strike ordered"),
]

NON_EVENT_ROWS: list[tuple[str | None, str, str, str, str]] = [
    (None, "Democratic Republic of Congo", SC, "The army warned on Monday that it would strike any armed group that attacks civilians in Ituri, days after it sent more troops to the province.", "warning"),
    (None, "Nigeria", SC, "Police in Lagos said they were ready to arrest anyone who joins the protest planned for Saturday, which organisers say will go ahead.", "threat of arrests"),
    (None, "Nigeria", NN, "The tenth anniversary of the Chibok kidnapping was marked with prayers at a church in the town for the girls still missing.", "anniversary"),
    (None, "France", NN, "The trial of 20 men accused over the 2015 Paris attacks opened in a specially built courtroom.", "trial"),
    (None, "Burkina Faso", SC, "Analysts expect violence in the Sahel to rise next year as jihadist groups, which have grown stronger, push south toward the coast, a think-tank forecast.", "forecast"),
    (None, "South Korea", NN, "Live-fire drills by South Korean and US troops near the border simulated a North Korean artillery attack.", "drill"),
    (None, "Bangladesh", SC, "A court in Dhaka sentenced 20 students to death for beating a classmate to death in 2019, who had criticised the government online.", "verdict"),
    (None, "Nigeria", NN, "A gas cylinder explosion at a restaurant in Abuja injured 12 diners, the emergency agency said.", "gas accident"),
    (None, "Nigeria", SC, "The interior minister told senators that bandits, who roam the forests of the north-west, had killed more than 1,000 people in Zamfara since January.", "cumulative total"),
    (None, "Sudan", SC, "The RSF threatened to shell the airport in Port Sudan if flights carrying weapons to the army continued, a spokesman said.", "threat"),
    (None, "Colombia", NN, "A report by the truth commission on killings of civilians by paramilitary groups between 1985 and 2016 was presented in Bogota.", "report"),
    (None, "Mexico", NN, "Hurricane Otis, which struck Acapulco as a category 5 storm, left at least 45 people dead, the government said.", "hurricane"),
    (None, "India", NN, "A stampede at a campaign rally of the actor-politician Vijay in Karur killed 41 people, officials said.", "stampede at a rally"),
    (None, "North Korea", NN, "A military parade in Pyongyang displayed new intercontinental missiles before Kim Jong Un.", "parade"),
    (None, "Kenya", SC, "The interior minister said 10,000 police officers would be deployed in Nairobi ahead of the anniversary of last year's protests, which left dozens dead.", "future deployment"),
    (None, "India", NN, "An explosion at a fireworks factory in Sivakasi killed 15 workers, police said.", "factory accident"),
    (None, "India", SC, "Five soldiers died when the army truck they were travelling in skidded off a mountain road and plunged into a gorge in Poonch, officials said.", "road accident"),
    (None, "Belarus", NN, "Joint drills by Russian and Belarusian troops rehearsed the use of tactical nuclear weapons, the defence ministry said.", "nuclear drill"),
    (None, "Israel/Palestine", NN, "The International Criminal Court's arrest warrants for Netanyahu and a Hamas commander drew sharp reactions.", "arrest warrants"),
    (None, "Democratic Republic of Congo", SC, "A former militia leader, whose fighters raped and killed villagers in Ituri, was sentenced to 30 years by the court in The Hague.", "war-crimes sentence"),
    (None, "Kenya", NN, "A video threat by al-Shabaab against Kenyan cities was circulated on Telegram, police said.", "threat video"),
    (None, "Bosnia and Herzegovina", NN, "Commemorations in Srebrenica for the thousands of men and boys killed in 1995 drew tens of thousands of mourners.", "commemoration"),
    (None, "Sudan", SC, "A UN report warned that 25 million Sudanese, who have endured two years of war, now face acute hunger.", "humanitarian figures"),
    (None, "Philippines", NN, "A drop in killings of a fifth since January was reported by the national police chief.", "crime statistics"),
    (None, "Slovakia", SC, "The man who shot and wounded Prime Minister Robert Fico in Handlova was sentenced to 21 years in prison by a court in Banska Bystrica.", "verdict over a shooting"),
    (None, "Mexico", SC, "The president said 10,000 National Guard troops, who will be drawn from across the country, would be sent to the northern border next month.", "future deployment"),
    (None, "Pakistan", NN, "Monsoon flooding in Sindh displaced hundreds of thousands of people, officials said.", "flood"),
    (None, "Cambodia", SC, "Officials said Cambodia, where millions of mines were laid during decades of war, should be clear of them by 2030.", "mine-clearing forecast"),
    (None, "Colombia", NN, "The resumption of peace talks between the government and the ELN in Caracas ended without a deal.", "talks without a deal"),
    (None, "Democratic Republic of Congo", SC, "The foreign minister told the UN Security Council that Rwanda, whose troops she said were in North Kivu, was backing the M23 rebels.", "accusation"),
    (None, "Colombia", SC, "The president ordered the army to prepare an offensive in Catatumbo, where fighting has displaced thousands, his office said.", "order for a future offensive"),
    (None, "Nigeria", NN, "The postponement of voting in 40 polling units over security fears was announced by the electoral commission.", "election postponed"),
    (None, "Nigeria", NN, "The collapse of a 21-storey building under construction in Ikoyi, Lagos, killed dozens of workers, rescuers said.", "building collapse"),
    (None, "Bolivia", SC, "Former president Jeanine Anez, who took power after Evo Morales resigned in 2019, was sentenced to ten years in prison.", "verdict"),
    (None, "Pakistan", NN, "A methane explosion in a coal mine near Quetta killed 12 miners, officials said.", "mine accident"),
    (None, "Iran", NN, "The test launch of a new ballistic missile was shown on Iranian state television.", "missile test"),
    (None, "Rwanda", SC, "Survivors lit candles in Kigali on Sunday to remember the victims of the genocide, which began 30 years ago this week.", "anniversary"),
    (None, "Ukraine", SC, "Kyiv's mayor warned residents that Russia, which has been stockpiling missiles, was likely to launch a large attack on the capital's power plants before winter.", "warning of a strike"),
    (None, "Somalia", NN, "A drought emergency in southern Somalia has pushed thousands of families into camps near Baidoa, aid agencies said.", "drought"),
    (None, "Thailand", SC, "A Thai court acquitted the soldiers who were accused of killing six people at a Bangkok temple during the 2010 crackdown on red-shirt protesters.", "acquittal over a past crackdown"),
]


def rows_as_json() -> list[dict]:
    return numbered_snippets(ROWS + NON_EVENT_ROWS, "f11", SHUFFLE_SEED)


def main() -> None:
    rows = rows_as_json()
    OUT.write_text(jsonl_text(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
