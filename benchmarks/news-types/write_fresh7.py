"""Write fresh7.jsonl from the hand-written rows below (round ten, written before any run on them).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/write_fresh7.py

The rows read the way a news API's results read: a headline in headline-speak ("Gunmen kill 12 in ...") plus one
sentence, a lead alone, a headline alone told numbers first, agency style, nouns for the act ("an ambush", "the
abduction of ..."), and local-press English. The rows are grouped
by sub-type for the writer; they are shuffled with a fixed seed before ids are given, so the held part (every
third id) mixes all sub-types and styles. Every sentence was written for eventwire; facts are modelled on real
events (2023-2025 mostly), wording is ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import jsonl_text, numbered_snippets  # noqa: E402

OUT = Path(__file__).resolve().parent / "fresh7.jsonl"
SHUFFLE_SEED = 10  # round ten; any fixed seed would do

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

ROWS: list[tuple[str | None, str, str, str, str]] = [
    # --- Armed clash (14)
    (AC, "Colombia", "headline", "ELN and FARC dissidents clash in Catatumbo, 80 dead. Fighting between the two armed groups spread across Tibu and El Tarra over the weekend, the ombudsman's office said.", "two armed groups fighting"),
    (AC, "Myanmar", "headline", "Resistance fighters battle junta troops for Lashio. Heavy fighting broke out on the edge of the northern Shan town as the Brotherhood Alliance pushed in, residents said.", "rebels vs army"),
    (AC, "Burkina Faso", "numbers", "Dozens of soldiers and volunteers were killed in a gunfight with JNIM fighters near Djibo on Sunday, security sources said.", "soldiers vs jihadists"),
    (AC, "Ukraine", "headline", "Russian assault on Pokrovsk repelled, Kyiv says. Ukrainian brigades beat back 40 infantry attacks along the eastern front in 24 hours, the general staff said.", "ground assaults repelled"),
    (AC, "Mexico", "headline", "Gun battle between soldiers and cartel gunmen leaves 19 dead in Sinaloa. Troops came under fire from a convoy of armed men near Culiacan and returned fire, the defence ministry said.", "army vs cartel firefight"),
    (AC, "Philippines", "agency", "Two soldiers and five New People's Army rebels were killed in an encounter in Negros Oriental on Thursday, the military said.", "army vs NPA encounter"),
    (AC, "Sudan", "noun", "A fierce battle for El Fasher's airport pitted the army and allied joint forces against the Rapid Support Forces on Friday, with casualties on both sides.", "army vs RSF"),
    (AC, "Somalia", "local", "Al-Shabaab militants overran then lost a base in Middle Shabelle after hours of gunfight with SNA troops, local elders told our reporter.", "base attack and fighting"),
    (AC, "India", "headline", "Encounter in Kupwara: two militants, one soldier killed. Security forces traded fire with infiltrators along the Line of Control on Wednesday, police said.", "gunfight with militants"),
    (AC, "Syria", "headline", "SDF, Turkish-backed factions fight near Tishreen Dam. Clashes with drones and heavy guns killed at least 22 fighters, a war monitor said.", "two armed sides"),
    (AC, "Nigeria", "agency", "Troops neutralised 13 terrorists in a firefight after ISWAP fighters attacked their position in Borno state, army spokesman said.", "attack on position repelled"),
    (AC, "Democratic Republic of Congo", "lead", "M23 rebels and Wazalendo militiamen exchanged fire for a second day around Sake, pushing thousands of families toward Goma.", "rebels vs militia"),
    (AC, "Pakistan", "numbers", "Seven soldiers, 12 militants dead in North Waziristan shootout, says ISPR", "soldiers vs militants"),
    (AC, "Israel/Palestine", "headline", "Gunfight erupts in Jenin as troops raid refugee camp. Palestinian militants opened fire on Israeli forces who entered the camp before dawn, both sides said.", "raid met with armed resistance"),
    # --- Attack (14)
    (AT, "Nigeria", "headline", "Gunmen kill 12 villagers in Plateau night raid. Attackers stormed Bokkos district farming communities after dark and shot residents, a local official said.", "gunmen kill villagers"),
    (AT, "Haiti", "headline", "Gang massacre in Pont-Sonde leaves at least 70 dead. Members of the Gran Grif gang opened fire on residents in the Artibonite town, the UN said.", "gang massacre of civilians"),
    (AT, "Mexico", "numbers", "Eleven people shot dead at a bar in Guanajuato after armed men burst in and sprayed customers with bullets, state prosecutors said.", "bar shooting"),
    (AT, "Democratic Republic of Congo", "local", "ADF rebels hacked 40 villagers to death with machetes in Lubero territory overnight, civil society leaders reported Monday.", "machete massacre"),
    (AT, "Burkina Faso", "headline", "Hundreds killed in Barsalogho attack. Militants gunned down villagers digging trenches around the town, a collective of victims' families said.", "massacre of villagers"),
    (AT, "India", "headline", "Tourists shot dead in Pahalgam. Militants opened fire on visitors in a meadow in south Kashmir, killing 26, officials said.", "shooting of tourists"),
    (AT, "Colombia", "lead", "A social leader was shot dead by men on a motorbike outside his home in Cauca, the Indepaz monitoring group said.", "targeted killing"),
    (AT, "Myanmar", "agency", "Junta soldiers executed 11 villagers and torched their bodies in Sagaing region, witnesses told reporters.", "soldiers kill villagers"),
    (AT, "Brazil", "noun", "An attack by gunmen on an Indigenous Guarani Kaiowa camp in Mato Grosso do Sul left one man dead and several wounded.", "attack on indigenous camp"),
    (AT, "Philippines", "lead", "A radio broadcaster was gunned down inside his home studio while on air in Misamis Occidental, police said.", "journalist killed"),
    (AT, "Kenya", "headline", "Al-Shabaab militants behead five in Lamu village raid. The attackers moved house to house in the night, police said.", "beheadings in raid"),
    (AT, "Ecuador", "numbers", "Ten dead after gunmen storm a pool hall in El Oro province, police say", "mass shooting"),
    (AT, "Mali", "local", "Unidentified armed men killed the village chief and his two sons in a night incursion near Bandiagara, sources from the area indicated.", "killing of civilians"),
    (AT, "Israel/Palestine", "headline", "Settlers shoot dead Palestinian man near Ramallah. The man was killed when a group of Israeli settlers opened fire in his village, the health ministry said.", "settlers kill civilian"),
    # --- Air/drone strike (12)
    (AIR, "Israel/Palestine", "headline", "Israeli strike on Gaza school shelter kills 30. Warplanes hit a school housing displaced families in Deir al-Balah, the civil defence said.", "air strike"),
    (AIR, "Sudan", "headline", "Army airstrike on Nyala market kills dozens. Sudanese military jets bombed a crowded market in South Darfur, activists said.", "air strike on market"),
    (AIR, "Ukraine", "numbers", "Three dead as Russian drones hit apartment blocks in Odesa overnight, regional governor says", "drone strike"),
    (AIR, "Russia", "headline", "Ukrainian drones set Saratov refinery ablaze. A swarm of drones struck the oil plant overnight, the regional governor said.", "drone strike in Russia"),
    (AIR, "Yemen", "headline", "US warplanes pound Houthi targets in Sanaa. Strikes hit military sites around the capital, Houthi-run media said.", "air strikes"),
    (AIR, "Myanmar", "agency", "A junta airstrike on a village in Sagaing killed 17 people including children, a local resistance group said.", "air strike"),
    (AIR, "Lebanon", "noun", "A drone strike on a car near Tyre killed a Hezbollah commander, a security source said.", "targeted drone strike"),
    (AIR, "Somalia", "lead", "US Africa Command said it carried out an airstrike against al-Shabaab near Jilib, killing three militants.", "air strike"),
    (AIR, "Pakistan", "headline", "Pakistani jets bomb Afghan border areas. Air raids in Paktika province killed dozens, Taliban officials said.", "cross-border air raids"),
    (AIR, "Iran", "headline", "Israeli jets strike Iranian military sites. Explosions were heard in Tehran as aircraft hit air defences and missile factories, state media said.", "air strikes"),
    (AIR, "Syria", "numbers", "At least 14 killed in Israeli strikes on Damascus suburbs, monitor says", "air strikes"),
    (AIR, "Mali", "local", "A drone of the Malian army hit a wedding gathering in Kidal region, killing about 20 people, local notables affirmed.", "drone strike"),
    # --- Shelling (12)
    (SH, "Ukraine", "headline", "Russian shelling of Kherson kills two. Artillery fire hit a residential district on the river bank on Saturday morning, the regional administration said.", "shelling"),
    (SH, "Israel/Palestine", "headline", "Rocket barrage from Gaza triggers sirens in Tel Aviv. Hamas fired some 20 rockets at central Israel, the army said.", "rocket fire"),
    (SH, "Israel/Palestine", "numbers", "Twelve children killed as Hezbollah rocket hits football pitch in Majdal Shams, Israeli officials say", "rocket attack"),
    (SH, "Ukraine", "noun", "A missile attack on Kyiv's children's hospital killed two adults and wounded 16, the mayor said.", "missile attack"),
    (SH, "Russia", "headline", "Ukrainian shelling hits Belgorod city centre. Multiple rocket launchers struck the city on Saturday, the governor said.", "shelling in Russia"),
    (SH, "Sudan", "lead", "RSF artillery shells slammed into Omdurman's Sabreen market, killing at least 54 people, the health ministry said.", "shelling of market"),
    (SH, "Lebanon", "agency", "Israeli artillery pounded the outskirts of Khiam and Kfar Kila on Tuesday, the state news agency reported.", "shelling"),
    (SH, "Israel/Palestine", "headline", "Iran fires missiles at Israel. Explosions echoed over Jerusalem as ballistic missiles fell near Tel Aviv, police said.", "ballistic missiles"),
    (SH, "Myanmar", "local", "Mortar shells fired by junta troops landed in a monastery compound in Kachin state, killing eight displaced people.", "mortar fire"),
    (SH, "Democratic Republic of Congo", "headline", "Bombs hit displacement camps near Goma. Shells fell on Lac Vert and Mugunga camps, killing at least 35, the UN said.", "shelling of camps"),
    (SH, "Azerbaijan", "numbers", "Two Azerbaijani soldiers wounded by Armenian fire on the border, Baku says", "cross-border fire"),
    (SH, "India", "headline", "Pakistani shelling kills 12 in Poonch. Cross-border artillery fire hit homes and a gurdwara, Indian officials said.", "one-sided shelling"),
    # --- IED (9)
    (IED, "Pakistan", "headline", "Roadside bomb kills five policemen in Bajaur. The blast ripped through a police van escorting polio workers, officials said.", "roadside bomb"),
    (IED, "Colombia", "numbers", "Two soldiers killed by landmine in Antioquia while on patrol, army reports", "landmine"),
    (IED, "Mali", "local", "A vehicle of the armed forces jumped on an explosive device between Boni and Douentza, killing three soldiers.", "IED"),
    (IED, "Syria", "headline", "Car bomb blast in Manbij kills 20. An explosive-laden vehicle blew up next to a farm workers' truck, the civil defence said.", "car bomb"),
    (IED, "Burkina Faso", "lead", "Improvised explosive device kills bus passengers on the Dori road, regional sources say", "IED"),
    (IED, "Ukraine", "noun", "An explosion planted under a car killed a former Ukrainian lawmaker in Zaporizhzhia, police said.", "car bomb"),
    (IED, "Russia", "headline", "Russian general killed by scooter bomb in Moscow. A device hidden in an electric scooter exploded outside his apartment block, investigators said.", "remote bomb"),
    (IED, "Thailand", "agency", "Two rangers were wounded when a bomb went off beside a road in Narathiwat province, police said.", "roadside bomb"),
    (IED, "Somalia", "headline", "Landmine hits minibus in Lower Shabelle. Nine passengers died when the vehicle struck a buried explosive, residents said.", "landmine"),
    # --- Suicide bomb (6)
    (SUI, "Pakistan", "headline", "Suicide bomber kills 26 at Quetta railway station. The attacker blew himself up among soldiers waiting for a train, police said.", "suicide bombing"),
    (SUI, "Afghanistan", "headline", "Suicide blast kills Taliban minister in Kabul. The bomber detonated explosives inside the ministry compound, officials said.", "suicide bomb"),
    (SUI, "Nigeria", "numbers", "Thirty-two killed as female suicide bombers strike wedding in Gwoza, emergency agency says", "suicide bombing"),
    (SUI, "Somalia", "lead", "A suicide attacker wearing an explosive vest struck Lido beach in Mogadishu on Friday night, killing dozens of revellers.", "suicide vest"),
    (SUI, "Syria", "noun", "A suicide bombing inside a Damascus church during mass killed 25 worshippers, the interior ministry said.", "suicide bombing"),
    (SUI, "Iran", "headline", "Twin suicide blasts hit Soleimani memorial in Kerman. Two bombers detonated their vests in the crowd, killing nearly 100, officials said.", "suicide bombings"),
    # --- Grenade (6)
    (GR, "India", "headline", "Grenade attack on Srinagar market wounds 12. Militants hurled a grenade at shoppers near the tourist office, police said.", "grenade"),
    (GR, "Colombia", "lead", "A grenade thrown at a police station in Cucuta injured two officers, police said.", "grenade"),
    (GR, "Sweden", "numbers", "Two injured as hand grenade explodes outside Stockholm flat, police say", "grenade"),
    (GR, "Burundi", "local", "Unknown people lobbed a grenade into a bar in Bujumbura, injuring seven customers, witnesses said.", "grenade"),
    (GR, "Mexico", "headline", "Cartel drone drops explosives on Michoacan village. Gunmen used drones to release grenades over homes in Apatzingan, residents said.", "drone-dropped grenades"),
    (GR, "Ecuador", "agency", "Assailants threw an explosive at a nightclub in Guayaquil, injuring four people, police reported.", "thrown explosive"),
    # --- Chemical weapon (5)
    (CH, "Ukraine", "headline", "Russia accused of chloropicrin attacks on front line. Ukrainian troops said grenades filled with the choking agent were dropped from drones near Zaporizhzhia.", "chemical agent"),
    (CH, "Ukraine", "lead", "Ukrainian soldiers were hospitalised after Russian drones dropped munitions with CS gas on their trenches near Bakhmut, the military said.", "riot agent in combat"),
    (CH, "Syria", "numbers", "Dozens suffocated as chlorine barrel bombs dropped on Douma, rescuers say", "chlorine"),
    (CH, "Russia", "agency", "The Russian defence ministry accused Ukrainian forces of using toxic chemical munitions against its troops in the Kursk region.", "chemical weapon claim"),
    (CH, "Ukraine", "noun", "A gas attack with a banned irritant on positions near Siversk left three Ukrainian soldiers poisoned, a brigade said.", "chemical"),
    # --- Sexual violence (6)
    (SV, "Sudan", "headline", "RSF fighters rape women in Gezira villages, activists say. Survivors described gang rapes during the militia's sweep through Wad Madani's outskirts.", "rape"),
    (SV, "Democratic Republic of Congo", "lead", "Armed men raped at least 20 women in a displacement camp near Goma, Doctors Without Borders said.", "rape"),
    (SV, "Haiti", "numbers", "Dozens of women raped by gang members in Port-au-Prince raid, UN says", "gang rape"),
    (SV, "Myanmar", "local", "Junta soldiers sexually assaulted two girls during an incursion in Magway region, villagers reported.", "sexual assault"),
    (SV, "South Sudan", "agency", "Soldiers raped a woman collecting firewood near Yei, the UN mission said.", "rape"),
    (SV, "Ethiopia", "noun", "The rape of three women by militiamen at a checkpoint in Amhara region was reported by a local rights group.", "rape"),
    # --- Abduction (9)
    (AB, "Nigeria", "headline", "Bandits abduct 287 pupils in Kuriga school raid. Gunmen on motorcycles surrounded the school and marched the children into the bush, teachers said.", "mass abduction"),
    (AB, "Haiti", "lead", "Gang members kidnapped six nuns and a priest from a minibus in Port-au-Prince, church officials said.", "kidnapping"),
    (AB, "Mexico", "numbers", "Fourteen people kidnapped by armed group in Chiapas, prosecutors say", "kidnapping"),
    (AB, "Colombia", "headline", "ELN kidnaps footballer's father in La Guajira. Armed men on motorbikes took him from a petrol station, police said.", "kidnapping"),
    (AB, "Pakistan", "agency", "Militants stopped a bus in Balochistan and abducted nine passengers after checking their identity cards, officials said.", "abduction"),
    (AB, "Cameroon", "local", "Separatist fighters abducted a Catholic bishop and five parishioners in Mamfe, the diocese stated.", "abduction"),
    (AB, "Belarus", "headline", "Activist disappears after detention in Minsk. Relatives say security officers took him away and his whereabouts are unknown.", "enforced disappearance"),
    (AB, "Mali", "noun", "The abduction of two Chinese workers at a gold mine near Kayes was claimed by JNIM.", "abduction"),
    (AB, "Ecuador", "headline", "Four children missing after military detention in Guayaquil. Relatives said soldiers took the boys away and they were never seen again.", "forced disappearance"),
    # --- Arrests (10)
    (AR, "Russia", "headline", "Russian police detain 400 at Navalny memorials. Officers hauled mourners away from flower tributes in Moscow and St Petersburg, OVD-Info said.", "mass detention"),
    (AR, "Turkey", "headline", "Istanbul mayor Imamoglu detained. Police took the opposition politician into custody in a dawn raid, state media said.", "arrest"),
    (AR, "India", "numbers", "Forty farmers arrested by Punjab police after sit-in in Chandigarh", "arrests"),
    (AR, "Pakistan", "lead", "Police arrested dozens of PTI activists in night raids across Punjab ahead of the party's rally, party officials said.", "arrests"),
    (AR, "Georgia", "agency", "Georgian police detained an opposition leader during a raid on party offices in Tbilisi, the party said.", "arrest"),
    (AR, "Venezuela", "headline", "Venezuelan intelligence agents arrest opposition campaign chief. Sebin officers detained him at his home in Caracas, his party said.", "arrest"),
    (AR, "Bangladesh", "local", "Law enforcers picked up 32 opposition activists from different parts of the capital on Saturday night, police sources confirmed.", "arrests"),
    (AR, "Iran", "noun", "The arrest of a rapper by security forces in Isfahan over his protest songs was reported by his family.", "arrest"),
    (AR, "Azerbaijan", "lead", "Azerbaijani authorities detained three journalists of an independent outlet on smuggling charges, their lawyer said.", "arrests"),
    (AR, "Israel/Palestine", "headline", "Israeli forces detain 25 in West Bank sweep. Raids in Hebron and Nablus ended with arrests, the prisoners' society said.", "arrests"),
    # --- Peaceful protest (11)
    (PP, "Serbia", "headline", "Tens of thousands march in Belgrade against corruption. Students led a silent walk through the capital on Saturday, organisers said.", "peaceful march"),
    (PP, "Georgia", "numbers", "Thousands rally outside Georgian parliament against foreign agents law for a fifth night", "rally"),
    (PP, "Argentina", "headline", "Pensioners rally in Buenos Aires over pension cuts. Retirees gathered outside Congress with banners, unions said.", "rally"),
    (PP, "Kenya", "lead", "Doctors staged a sit-in outside the health ministry in Nairobi demanding unpaid salaries.", "sit-in"),
    (PP, "Israel/Palestine", "headline", "Hostage families block Tel Aviv road. Relatives of captives held in Gaza demonstrated outside the defence ministry, calling for a deal.", "demonstration"),
    (PP, "Indonesia", "agency", "Students demonstrated peacefully outside the parliament in Jakarta against changes to the election law, police said.", "peaceful demonstration"),
    (PP, "Philippines", "local", "Fisherfolk held a boat rally in Manila Bay to oppose reclamation projects.", "boat rally"),
    (PP, "Brazil", "noun", "A march by thousands of Indigenous people through Brasilia demanded land demarcation on Wednesday.", "march"),
    (PP, "Germany", "headline", "Farmers protest with tractors in Berlin. Thousands drove to the Brandenburg Gate to oppose diesel subsidy cuts, police said.", "farmers' protest"),
    (PP, "Bangladesh", "numbers", "Hundreds of garment workers stage demonstration in Gazipur over unpaid wages", "workers' demonstration"),
    (PP, "Mexico", "lead", "Mothers of the disappeared marched in Mexico City on Mother's Day carrying photos of their missing children.", "march"),
    # --- Protest with intervention (9)
    (PI, "Georgia", "headline", "Police fire water cannon at Tbilisi protesters. Riot officers cleared demonstrators from Rustaveli Avenue overnight, detaining dozens, the interior ministry said.", "dispersal with arrests"),
    (PI, "Pakistan", "headline", "Police fire tear gas at PTI marchers in Islamabad. Officers shelled supporters of Imran Khan approaching the capital, party officials said.", "tear gas at march"),
    (PI, "Turkey", "lead", "Riot police used pepper spray and rubber bullets to disperse students protesting in Istanbul over the mayor's arrest.", "dispersal"),
    (PI, "Serbia", "numbers", "Thirty detained as police break up student blockade in Novi Sad", "protest broken up"),
    (PI, "Argentina", "agency", "Security forces dispersed retirees and football fans rallying outside Congress with batons and water cannon, witnesses said.", "dispersal"),
    (PI, "India", "local", "Cops lathi-charged protesting students outside the commission office in Patna and detained many.", "baton charge"),
    (PI, "France", "headline", "Police disperse pro-Palestinian rally in Paris. Officers used tear gas on crowds at Place de la Republique after the gathering was banned.", "dispersal"),
    (PI, "Kenya", "noun", "The dispersal of a protest by women's groups against femicide in Nairobi with tear gas drew condemnation.", "dispersal"),
    (PI, "Venezuela", "headline", "National Guard breaks up protest in Caracas. Troops used tear gas on demonstrators disputing the election result, witnesses said.", "dispersal"),
    # --- Excessive force (7)
    (EF, "Kenya", "headline", "Police shoot dead protesters outside Kenyan parliament. Officers opened live fire on demonstrators against the finance bill, killing at least five, rights groups said.", "lethal force on protesters"),
    (EF, "Bangladesh", "numbers", "At least 32 students killed as police fire on quota protesters in Dhaka", "lethal force"),
    (EF, "Mozambique", "lead", "Police opened fire on opposition supporters marching peacefully in Maputo, killing three, a civil society platform said.", "lethal force on peaceful march"),
    (EF, "Iran", "agency", "Security forces fired live ammunition at mourners in Zahedan, killing four, a rights group said.", "lethal force"),
    (EF, "Nigeria", "headline", "Soldiers shoot hunger protesters in Kano. Troops opened fire on demonstrators who were marching peacefully, killing two, Amnesty said.", "lethal force"),
    (EF, "Pakistan", "local", "Rangers opened straight fire on protesting PoK citizens in Muzaffarabad, martyring three, the action committee said.", "lethal force"),
    (EF, "Togo", "noun", "A deadly crackdown on street protests in Lome left seven demonstrators dead, opposition groups said.", "lethal crackdown"),
    # --- Violent demonstration (8)
    (VD, "France", "headline", "Rioters torch cars in New Caledonia unrest. Protesters against voting reform set fire to shops and cars in Noumea overnight, officials said.", "violent protest"),
    (VD, "United Kingdom", "headline", "Anti-migrant protesters attack hotel in Rotherham. Demonstrators threw bricks at police and set bins alight outside a hotel housing asylum seekers.", "violent protest"),
    (VD, "Bangladesh", "lead", "Protesters set fire to the state television building and several police posts in Dhaka as the quota protests spiralled.", "violent protest"),
    (VD, "Kenya", "numbers", "Parliament partly set ablaze as protesters storm Nairobi compound", "storming"),
    (VD, "Indonesia", "local", "Angry demonstrators torched a regional parliament building in Makassar after a delivery rider was run over by a police vehicle.", "violent protest"),
    (VD, "Nepal", "headline", "Protesters storm Nepal parliament. Young demonstrators broke through barricades and set the building on fire, police said.", "violent protest"),
    (VD, "Spain", "agency", "Residents hurled stones at police and burned tyres in Torre Pacheco during anti-migrant protests, authorities said.", "violent protest"),
    (VD, "Armenia", "noun", "Stone-throwing by protesters outside the government building in Yerevan injured several police officers.", "violent protest"),
    # --- Mob violence (7)
    (MOB, "Pakistan", "headline", "Mob lynches man over blasphemy claim in Swat. A crowd dragged the tourist from a police station and set him on fire, officials said.", "lynching"),
    (MOB, "India", "numbers", "Two men beaten to death by cow vigilantes in Haryana, police say", "vigilante lynching"),
    (MOB, "Nigeria", "lead", "A crowd beat and burned a trader accused of blasphemy at a market in Sokoto state, police said.", "mob killing"),
    (MOB, "Haiti", "local", "Residents of a Port-au-Prince neighbourhood stoned and burned suspected gang members in a bwa kale action.", "vigilante killing"),
    (MOB, "Bangladesh", "headline", "Mob vandalises Hindu temples in Rangpur. Groups of men attacked homes and shrines after a Facebook post, locals said.", "communal mob"),
    (MOB, "United Kingdom", "agency", "Rival groups attacked each other with bottles and sticks in Leicester, police said.", "communal clashes"),
    (MOB, "Kenya", "noun", "The lynching of three elderly women accused of witchcraft in Kisii county shocked the community.", "lynching"),
    # --- Government regains territory (7)
    (GRT, "Sudan", "headline", "Sudan army retakes Khartoum presidential palace. Troops seized the compound from the RSF after weeks of fighting, state TV said.", "army retakes"),
    (GRT, "Russia", "headline", "Russia says Kursk region fully liberated. Moscow's forces regained the last villages held by Ukrainian troops, the defence ministry said.", "state regains"),
    (GRT, "Democratic Republic of Congo", "lead", "The Congolese army and allied militias recaptured the town of Walikale after rebels pulled back, local officials said.", "army retakes"),
    (GRT, "Mozambique", "numbers", "Mozambican and Rwandan troops retake Mocimboa da Praia from insurgents", "retaken"),
    (GRT, "Somalia", "agency", "Somali forces reclaimed the town of Adan Yabaal from al-Shabaab after an offensive, officials said.", "reclaimed"),
    (GRT, "Ukraine", "local", "Our defenders liberated Krynky on the left bank of the Dnipro, the navy spokesman announced.", "liberated"),
    (GRT, "Burkina Faso", "noun", "The recapture of Djibo's outskirts by the army was announced on state television.", "recapture"),
    # --- Non-state actor overtakes territory (7)
    (NSO, "Syria", "headline", "Rebels seize Aleppo in lightning offensive. HTS-led fighters swept into the city as government troops withdrew under fire, a war monitor said.", "rebels capture city"),
    (NSO, "Democratic Republic of Congo", "headline", "M23 fighters take Bukavu. The rebels entered the South Kivu capital after clashes with the army on its outskirts, residents said.", "rebels capture"),
    (NSO, "Myanmar", "numbers", "Arakan Army captures Maungdaw, seizing last junta base on Bangladesh border", "capture"),
    (NSO, "Ukraine", "lead", "Russian forces captured the village of Krasnohorivka after weeks of assaults, Moscow's defence ministry said.", "foreign forces capture"),
    (NSO, "Sudan", "agency", "The RSF seized the army's 22nd division headquarters in Babanusa after heavy fighting, the paramilitary said.", "capture"),
    (NSO, "Mali", "local", "Jihadists took control of the town of Boulkessi after overrunning the military camp, local sources said.", "takeover"),
    (NSO, "Haiti", "noun", "The takeover of Mirebalais by Viv Ansanm gangs came after hours of gunfire, forcing police to flee.", "gang takeover"),
    # --- Non-violent transfer of territory (5)
    (NVT, "Mali", "headline", "UN peacekeepers hand Ber camp to Malian army. The MINUSMA contingent left the base ahead of schedule and Malian troops moved in, the mission said.", "handover"),
    (NVT, "Syria", "lead", "Government troops withdrew from Deir ez-Zor without a fight and SDF units entered the city, a war monitor said.", "takeover without fighting"),
    (NVT, "Niger", "agency", "French troops completed their withdrawal from the Ouallam base, handing it over to Nigerien forces, the army said.", "handover"),
    (NVT, "Sudan", "local", "RSF fighters pulled out of Jebel Moya and the army moved in unopposed, residents confirmed.", "unopposed entry"),
    (NVT, "Azerbaijan", "headline", "Azerbaijani troops enter Lachin as Russian peacekeepers depart. The handover of the town took place without incident, Baku said.", "handover"),
    # --- Headquarters or base established (5)
    (HQ, "Ukraine", "headline", "Ukraine sets up military administration in Sudzha. Kyiv's forces established a command office in the captured Russian town, the commander-in-chief said.", "command office"),
    (HQ, "Burkina Faso", "lead", "JNIM fighters have set up a base in a forest near Fada N'Gourma, residents said.", "base established"),
    (HQ, "Israel/Palestine", "agency", "The Israeli army built new outposts along the Netzarim corridor in central Gaza, satellite images showed.", "outposts"),
    (HQ, "Democratic Republic of Congo", "local", "M23 rebels installed a parallel administration and a command post in Rubaya mining town, locals said.", "HQ"),
    (HQ, "Syria", "numbers", "Israeli troops establish nine positions inside southern Syria buffer zone", "positions established"),
    # --- Agreement (7)
    (AGR, "Israel/Palestine", "headline", "Hamas frees three hostages in exchange for 183 prisoners. The swap took place under the ceasefire deal, the Red Cross said.", "exchange"),
    (AGR, "Ukraine", "headline", "Russia and Ukraine swap 390 prisoners each. The exchange was brokered by the United Arab Emirates, both sides said.", "prisoner swap"),
    (AGR, "Colombia", "lead", "Bogota and ELN guerrillas seal six-month bilateral truce at talks in Cuba, negotiators announce", "ceasefire"),
    (AGR, "Democratic Republic of Congo", "agency", "The Congolese government and the M23 signed a declaration of principles in Doha committing to a truce, mediators said.", "truce"),
    (AGR, "Nigeria", "numbers", "Over 200 Boko Haram fighters and families surrender to troops in Borno", "mass surrender"),
    (AGR, "Philippines", "local", "Twenty-five NPA rebels yielded to the army in Surigao del Sur and turned over their rifles.", "surrender"),
    (AGR, "Myanmar", "noun", "A China-brokered truce between the junta and the MNDAA took effect in northern Shan state on Sunday.", "truce"),
    # --- Change to group/activity (6)
    (CHG, "Syria", "headline", "Syrian armed factions announce dissolution. Rebel groups agreed to disband and join the new defence ministry, the government said.", "dissolution"),
    (CHG, "Turkey", "headline", "PKK declares it will disband. The militant group said its congress had decided to end its armed struggle, a Kurdish news agency reported.", "group disbands"),
    (CHG, "Lebanon", "lead", "Hezbollah named Naim Qassem as its new secretary-general, the group said in a statement.", "new leader"),
    (CHG, "Pakistan", "agency", "Authorities imposed a curfew in Kurram district after sectarian killings, officials said.", "curfew"),
    (CHG, "Haiti", "numbers", "Two major gang coalitions merge as Viv Ansanm alliance", "merger"),
    (CHG, "Myanmar", "local", "The TNLA announced it would halt its offensive and stop fighting from Monday, its spokesman stated.", "halts offensive"),
    # --- Disrupted weapons use (9)
    (DWU, "Ukraine", "headline", "Ukraine downs 60 Russian drones overnight. Air defences destroyed most of the Shahed drones over eight regions, the air force said.", "drones shot down"),
    (DWU, "Russia", "numbers", "Russian air defences intercept 337 Ukrainian drones over Moscow region", "interceptions"),
    (DWU, "Israel/Palestine", "lead", "Israel's air defences intercepted a missile launched from Yemen before it reached Israeli territory, the army said.", "interception"),
    (DWU, "India", "agency", "Security forces defused an IED planted on a highway in Pulwama, police said.", "bomb defused"),
    (DWU, "Colombia", "headline", "Army seizes FARC dissidents' weapons cache in Cauca. Soldiers found rifles, explosives and drones buried on a farm, the army said.", "cache seized"),
    (DWU, "Pakistan", "local", "The bomb disposal squad defused a pressure-cooker bomb planted near a school in Peshawar.", "defused"),
    (DWU, "Syria", "noun", "The seizure of a shipment of rockets bound for Hezbollah at the Lebanese border was announced by Syrian security.", "seizure"),
    (DWU, "Yemen", "headline", "US warship shoots down Houthi missiles over Red Sea. The destroyer intercepted three anti-ship missiles, Central Command said.", "interception"),
    (DWU, "Nigeria", "numbers", "Troops discover IED factory, recover 12 devices in Sambisa forest", "IEDs recovered"),
    # --- Looting/property destruction (8)
    (LOOT, "Sudan", "headline", "RSF fighters loot Wad Madani hospital. Paramilitaries carted away medical equipment and drugs from the main hospital, doctors said.", "looting"),
    (LOOT, "Haiti", "lead", "Gang members looted and torched the national library's branch and a hospital in downtown Port-au-Prince, officials said.", "looting and arson"),
    (LOOT, "Israel/Palestine", "headline", "Settlers torch cars and homes in West Bank village. Dozens of settlers set fire to property in Turmus Ayya, the Palestinian Red Crescent said.", "arson without harm reported"),
    (LOOT, "Myanmar", "numbers", "More than 200 homes burned by junta troops in Sagaing village, residents say", "arson"),
    (LOOT, "Democratic Republic of Congo", "agency", "Rebels looted health centres and shops in Masisi before withdrawing, aid groups said.", "looting"),
    (LOOT, "Ukraine", "local", "Russian troops burned down the village church in Kherson region before retreating, officials said.", "property destruction"),
    (LOOT, "Colombia", "noun", "The burning of a mining machine by guerrillas in Antioquia was reported by police.", "destruction"),
    (LOOT, "Mexico", "headline", "Armed men set fire to buses in Sinaloa. The vehicles were torched on highways near Culiacan after an arrest, police said.", "arson"),
    # --- Other (5)
    (OTH, "Mexico", "headline", "Mass grave with 56 bodies found in Jalisco. Forensic teams dug up remains at a ranch near Guadalajara, prosecutors said.", "mass grave"),
    (OTH, "Libya", "lead", "Authorities found a mass grave with the bodies of 19 migrants in the desert south of Kufra.", "mass grave"),
    (OTH, "Sudan", "agency", "The RSF has laid siege to El Fasher, blocking food and medicine from entering the city, the UN said.", "siege"),
    (OTH, "Burkina Faso", "numbers", "Jihadists impose blockade on Djibo, cutting off 300,000 residents", "blockade"),
    (OTH, "Colombia", "local", "The Clan del Golfo imposed an armed strike in Choco, ordering shops closed and traffic stopped.", "armed strike"),
]

NON_EVENT_ROWS: list[tuple[None, str, str, str, str]] = [
    (None, "Ukraine", "headline", "Zelensky urges allies to send more air defence. The president said Russia had fired over 1,000 drones at Ukraine in a week.", "statement with counts"),
    (None, "Russia", "headline", "Putin warns NATO against long-range strikes. The Kremlin leader said Moscow would treat such strikes as direct participation in the war.", "threat"),
    (None, "Mexico", "numbers", "Over 30,000 people murdered in Mexico last year, statistics agency says", "crime statistics"),
    (None, "Colombia", "headline", "Court sentences ex-FARC leaders for kidnappings. The special peace tribunal convicted seven former commanders of hostage-taking.", "trial"),
    (None, "Pakistan", "lead", "The army chief vowed to crush militants behind recent attacks in Khyber Pakhtunkhwa during a visit to Peshawar.", "vow"),
    (None, "Israel/Palestine", "headline", "Gaza death toll passes 40,000, health ministry says. The figure covers people killed since October 2023.", "cumulative toll"),
    (None, "India", "numbers", "Fifteen dead as gas cylinder explosion flattens house in Uttar Pradesh", "accidental blast"),
    (None, "Bangladesh", "headline", "Fire at Dhaka shopping mall kills 46. The blaze tore through a restaurant building on Bailey Road, fire officials said.", "accidental fire"),
    (None, "Philippines", "headline", "Typhoon kills 40 in Luzon. Landslides buried villages as the storm crossed the north, disaster officials said.", "natural disaster"),
    (None, "Nigeria", "numbers", "Tanker explosion kills 98 in Jigawa after crowd gathers to scoop fuel", "accident"),
    (None, "Sudan", "headline", "UN says 25 million Sudanese face acute hunger. Aid agencies warned of famine in Darfur and Kordofan.", "humanitarian figures"),
    (None, "Turkey", "lead", "A Turkish court jailed 12 people for their role in the 2016 coup attempt, state media said.", "trial"),
    (None, "Syria", "headline", "Syria's interim president meets Saudi crown prince. The talks in Riyadh covered reconstruction and sanctions, officials said.", "diplomacy"),
    (None, "Venezuela", "agency", "The opposition said it would hold nationwide rallies next Saturday to defend the election result.", "future protest"),
    (None, "Kenya", "headline", "Kenyan police deploy to Haiti. A second contingent of officers left Nairobi for the multinational mission, the government said.", "deployment abroad"),
    (None, "North Korea", "numbers", "North Korea fires ballistic missile into sea, Seoul says", "missile test"),
    (None, "Taiwan", "headline", "Taiwan holds Han Kuang drills. Troops practised repelling a beach landing near Taipei.", "drills"),
    (None, "Myanmar", "local", "Thousands of residents fled Sittwe fearing an Arakan Army offensive, aid workers said.", "fear of offensive"),
    (None, "Ukraine", "headline", "Ukraine commemorates Bucha victims. Officials laid wreaths at the mass grave site three years after the massacre.", "commemoration"),
    (None, "Democratic Republic of Congo", "agency", "The UN Security Council condemned the M23 offensive and called for the rebels' withdrawal.", "condemnation"),
    (None, "Iran", "lead", "Iran said it would respond decisively to any Israeli attack on its nuclear facilities.", "threat"),
    (None, "Somalia", "headline", "AU approves new mission for Somalia. The AUSSOM force will replace ATMIS from January, the council said.", "diplomacy"),
    (None, "Peru", "numbers", "Twenty-nine killed as bus plunges off Andean road in Peru", "road crash"),
    (None, "Brazil", "headline", "Corinthians destroy Palmeiras in Sao Paulo derby. The visitors were shot down by a late double.", "sport in war words"),
    (None, "Chad", "local", "Authorities denied reports that Boko Haram had attacked an army post on Lake Chad, calling them false.", "denial"),
    (None, "Ecuador", "agency", "President Noboa declared a state of internal armed conflict and named 22 gangs as terrorist groups.", "declaration"),
    (None, "India", "headline", "Chhattisgarh vows Naxal-free state by March. The home minister announced more camps in Bastar.", "future plans"),
    (None, "Mali", "numbers", "Mine collapse kills over 70 at artisanal gold site in Koulikoro", "mine accident"),
    (None, "Germany", "headline", "Berlin warehouse fire was accident, police say. Investigators ruled out arson at the burnt-out depot.", "accidental fire"),
    (None, "Lebanon", "lead", "Over a million displaced Lebanese started returning to the south after the ceasefire, the government said.", "displacement"),
    (None, "Georgia", "headline", "EU criticises Georgia's foreign agents law. Brussels said the law would hinder the country's accession path.", "diplomacy"),
    (None, "Haiti", "agency", "The UN said gang violence had displaced more than 700,000 people in Haiti.", "displacement figures"),
    (None, "Israel/Palestine", "headline", "Funeral held for soldier killed in Gaza. Hundreds attended the burial at Mount Herzl on Sunday.", "funeral"),
    (None, "Burkina Faso", "lead", "The junta announced a general mobilisation and said it would recruit 5,000 more volunteers to fight jihadists.", "recruitment plans"),
    (None, "Afghanistan", "numbers", "Earthquake in eastern Afghanistan kills over 800, Taliban say", "earthquake"),
    (None, "Yemen", "headline", "Houthis threaten to target US ships. The group's leader said American vessels would be hit if strikes continued.", "threat"),
]


def rows_as_json() -> list[dict]:
    return numbered_snippets(ROWS + NON_EVENT_ROWS, "f7", SHUFFLE_SEED)


def main() -> None:
    rows = rows_as_json()
    OUT.write_text(jsonl_text(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
