"""Write fresh6.jsonl from the hand-written rows below (round nine, written before any run on them).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/write_fresh6.py

The rows read the way a news API's description field or a wire lead reads: a headline followed by the first
sentence, attribution first ("According to ...", "Police said ..."), counts first ("Eighteen civilians died
when ..."), passive voice, and two acts in one snippet (the first told is the one coded). The rows are grouped
by sub-type for the writer; they are shuffled with a fixed seed before ids are given, so the held part (every
third id) mixes all sub-types and styles. Every sentence was written for eventwire; facts are modelled on real
events (2016-2025), wording is ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import jsonl_text, numbered_snippets  # noqa: E402

OUT = Path(__file__).resolve().parent / "fresh6.jsonl"
SHUFFLE_SEED = 9  # round nine; any fixed seed would do

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
    # --- Armed clash (15)
    (AC, "Mali", "headline", "Mali army says 20 jihadists killed in clashes near Boni. Malian troops fought off militants who attacked a patrol on the road to Hombori on Tuesday, the army said.", "patrol attacked, fighting, both sides armed"),
    (AC, "Nigeria", "attribution", "According to the Nigerian Army, troops of Operation Hadin Kai repelled Boko Haram fighters who stormed their base in Marte late on Friday, killing several insurgents.", "base attack repelled"),
    (AC, "Sudan", "counts", "At least 40 fighters died as the army and the Rapid Support Forces battled for control of the Omdurman bridges on Monday, residents and medics said.", "army vs RSF battle"),
    (AC, "Ukraine", "headline", "Fierce fighting rages around Chasiv Yar. Ukrainian units held their positions after repeated Russian infantry assaults overnight, the general staff said on Sunday.", "ground assaults, positions held"),
    (AC, "Myanmar", "passive", "Clashes were reported between the Arakan Army and junta troops outside Sittwe, with gunfire heard through the night, local media said.", "two armed sides clash"),
    (AC, "DR Congo", "attribution", "Local civil society leaders said FARDC soldiers and M23 rebels exchanged heavy fire in the hills above Sake for most of Wednesday.", "army vs rebels exchange fire"),
    (AC, "Somalia", "counts", "Eight soldiers and 15 al-Shabaab militants were killed when government forces and the insurgents fought in the Middle Shabelle region, a commander told Reuters.", "army vs insurgents"),
    (AC, "Colombia", "headline", "Colombia: ELN and FARC dissidents clash in Catatumbo. Fighting between the two armed groups has left dozens dead in Norte de Santander since Thursday, the governor said.", "armed groups fight"),
    (AC, "Burkina Faso", "twoacts", "Soldiers and VDP auxiliaries fought off an assault on their post in Djibo, then the air force struck the retreating column, security sources said.", "assault on post repelled, then air strike; first told is the clash"),
    (AC, "Afghanistan", "passive", "Two Taliban fighters were killed in a gunfight with National Resistance Front members in the Andarab valley, the NRF said in a statement.", "Taliban vs NRF gunfight"),
    (AC, "India", "attribution", "Police said a Maoist commander and a constable were killed in an exchange of fire in the forests of Bijapur during a search operation on Saturday.", "encounter with exchange of fire"),
    (AC, "Mexico", "headline", "Cartel gunbattle leaves 14 dead in Michoacan. Members of the Jalisco cartel and a local self-defence group traded fire for hours near Aguililla, state authorities reported.", "cartel vs armed group"),
    (AC, "Yemen", "counts", "Dozens of combatants on both sides were killed in fighting between Houthi forces and government troops south of Marib, military sources said on Thursday.", "two armed sides fight"),
    (AC, "Libya", "twoacts", "Rival militias clashed with heavy weapons in the Tripoli suburb of Tajoura overnight, and a civilian house was later looted, residents said.", "militias clash, then looting; first told is clash"),
    (AC, "Syria", "attribution", "The Syrian Observatory for Human Rights said SDF fighters and Turkish-backed factions fought near Manbij on Friday, leaving 11 combatants dead.", "SDF vs factions"),
    # --- Attack (15)
    (AT, "Nigeria", "headline", "Gunmen kill 18 villagers in Plateau raid. Armed attackers stormed the Bokkos community at night and shot residents as they slept, a local official said.", "gunmen kill villagers"),
    (AT, "Burkina Faso", "passive", "Some 30 civilians were killed by suspected jihadists who raided a market in the Seno province, a local source told AFP.", "civilians killed by militants"),
    (AT, "Mexico", "counts", "Ten people, including two children, died when gunmen opened fire inside a bar in Irapuato on Saturday night, Guanajuato prosecutors said.", "gunmen kill civilians"),
    (AT, "Haiti", "attribution", "According to a human rights group, members of the Viv Ansanm gang coalition killed at least 20 residents of Solino during a raid on Friday.", "gang kills residents"),
    (AT, "DR Congo", "headline", "ADF rebels kill dozens in Ituri church attack. Fighters linked to the Islamic State hacked and shot worshippers at a church in Komanda before dawn, a local leader said.", "armed group kills civilians"),
    (AT, "Pakistan", "passive", "Seven labourers from Punjab were shot dead by unidentified gunmen in Turbat, Balochistan, police said on Sunday.", "gunmen kill workers"),
    (AT, "Cameroon", "attribution", "Witnesses said separatist fighters set fire to homes and shot two farmers in a village near Bamenda on Tuesday.", "separatists kill farmers and burn homes"),
    (AT, "Colombia", "counts", "A social leader, the fourth this month, was killed by armed men on a motorcycle in Cauca on Thursday, the ombudsman's office said.", "targeted killing of a civilian"),
    (AT, "India", "headline", "Militants kill pilgrims in Jammu bus attack. Gunmen fired on a bus carrying Hindu pilgrims in Reasi district, causing it to plunge into a gorge, police said.", "militants attack civilians"),
    (AT, "Ethiopia", "attribution", "Residents said Fano militiamen killed a local administrator and his driver on the road outside Bahir Dar on Wednesday.", "militia kills official"),
    (AT, "Brazil", "passive", "A journalist was murdered in Maranhao after gunmen ambushed his car, press freedom groups reported.", "journalist killed"),
    (AT, "Mozambique", "twoacts", "Insurgents beheaded two men in a village near Macomia and then burned dozens of huts, local sources said.", "killing then burning; first told is attack"),
    (AT, "South Sudan", "counts", "Thirteen cattle herders were killed when armed youths from a neighbouring county attacked their camp in Jonglei, officials said.", "armed group kills herders"),
    (AT, "Iraq", "headline", "Shepherds killed by IS remnants in Kirkuk. Islamic State fighters shot dead three shepherds in the Wadi al-Shay area, a security official told AFP.", "militants kill civilians"),
    (AT, "Niger", "attribution", "The defence ministry said bandits killed 12 civilians and stole livestock in an attack on a village in the Tillaberi region.", "armed group kills civilians"),
    # --- Air/drone strike (13)
    (AIR, "Sudan", "headline", "Sudan army jets strike Nyala. Air strikes by the Sudanese Armed Forces hit residential areas of Nyala on Sunday, killing at least 15 people, activists said.", "air strikes"),
    (AIR, "Somalia", "attribution", "US Africa Command said it conducted an airstrike against al-Shabaab near Jilib on Tuesday, killing three militants.", "US airstrike"),
    (AIR, "Ukraine", "counts", "Two people were killed and nine wounded after a Russian Shahed drone slammed into an apartment block in Odesa overnight, the regional governor said.", "drone strike"),
    (AIR, "Gaza", "passive", "A family of seven was killed when their home in Khan Younis was hit by an Israeli air strike on Wednesday, health officials said.", "air strike on home"),
    (AIR, "Myanmar", "headline", "Junta airstrike kills 30 at Sagaing village gathering. A military jet bombed a ceremony in Pazigyi, according to residents and the National Unity Government.", "junta air strike"),
    (AIR, "Syria", "attribution", "Turkish drones struck a car carrying SDF commanders near Qamishli, killing two, the Kurdish-led force said.", "drone strike"),
    (AIR, "Yemen", "counts", "At least 80 people were killed when US strikes hit the Ras Isa fuel port on Thursday, the Houthi-run health ministry said.", "air strikes"),
    (AIR, "Lebanon", "twoacts", "An Israeli drone hit a motorcycle in Bint Jbeil, killing a Hezbollah member, before Hezbollah fired rockets at a barracks in northern Israel, the group said.", "drone strike then rockets; first told is drone strike"),
    (AIR, "Burkina Faso", "passive", "Terrorists gathered for a funeral near Arbinda were targeted by the air force, the army said in a statement.", "air force strike"),
    (AIR, "Ethiopia", "headline", "Drone strike hits Amhara minibus. A drone strike on a minibus near Debre Markos killed at least 12 passengers, health workers said.", "drone strike"),
    (AIR, "Pakistan", "attribution", "Afghan Taliban officials said Pakistani warplanes bombed targets in Paktika province, killing 46 people, mostly women and children.", "cross-border air strikes"),
    (AIR, "Iraq", "counts", "Four members of Kataib Hezbollah were killed as a US drone targeted their vehicle in eastern Baghdad, security sources said.", "drone strike"),
    (AIR, "Mali", "attribution", "According to local elected officials, a drone strike by the Malian army on a wedding in the Kidal region killed eight civilians.", "army drone strike"),
    # --- Shelling/artillery/missile (12)
    (SH, "Ukraine", "headline", "Missile strike on Kharkiv kills five. A Russian Iskander missile hit a printing house in the city on Thursday, Governor Syniehubov said.", "missile strike"),
    (SH, "Sudan", "counts", "Eighteen civilians died when RSF artillery shells landed in a market in El Fasher on Saturday, the local resistance committee said.", "shelling of market"),
    (SH, "Gaza", "passive", "Israel was targeted by a barrage of rockets fired from Gaza, the military said, with one landing in an open area near Sderot.", "rockets fired"),
    (SH, "Syria", "attribution", "Rescue workers said government forces shelled the town of Sarmin in Idlib, killing a woman and her two children.", "shelling"),
    (SH, "Russia", "headline", "Belgorod shelled again. Ukrainian shelling damaged houses and injured three people in Shebekino on Monday, the regional governor said.", "cross-border shelling"),
    (SH, "Myanmar", "counts", "Five students were killed after junta artillery rounds struck a school in the Sagaing region, a teacher said.", "artillery strikes a school"),
    (SH, "Israel", "twoacts", "Hezbollah fired dozens of rockets into the Galilee on Tuesday, and Israeli jets later struck targets in south Lebanon, the army said.", "rockets first, air strikes later"),
    (SH, "Yemen", "passive", "A bulk carrier in the Red Sea was hit by two anti-ship missiles launched by the Houthis, the UK maritime agency said.", "missile attack on ship"),
    (SH, "DR Congo", "attribution", "According to MSF, bombs fired by M23 and the army hit displacement camps near Goma, killing at least 12 people.", "bombs fired at camps"),
    (SH, "Somalia", "headline", "Mortars hit near Mogadishu airport. Al-Shabaab fired several mortar rounds toward the Halane base on Sunday, police said, with no casualties reported.", "mortar attack"),
    (SH, "Armenia", "counts", "Two Armenian soldiers were wounded when Azerbaijani forces opened mortar fire on positions near Sotk, Yerevan said.", "mortar fire one-sided"),
    (SH, "Iran", "attribution", "Israeli officials said Iran launched about 180 ballistic missiles toward Israel on Tuesday evening, most of which were intercepted.", "missile launch"),
    # --- IED (10)
    (IED, "Mali", "headline", "Roadside bomb kills Malian soldiers near Gao. An army vehicle hit an improvised explosive device on the road to Ansongo on Monday, killing four soldiers, the army said.", "IED on military vehicle"),
    (IED, "Burkina Faso", "passive", "A bus carrying traders was blown up by a landmine near Djibo, killing 14 passengers, according to security sources.", "landmine on bus"),
    (IED, "Pakistan", "counts", "Five policemen died when a remote-controlled bomb ripped through their van in Bajaur, officials said.", "remote-controlled bomb"),
    (IED, "Colombia", "attribution", "The army said two soldiers were injured by an explosive device planted on a trail in Guaviare by FARC dissidents.", "IED planted"),
    (IED, "Somalia", "headline", "Blast targets Somali officials in Baidoa. A bomb hidden in a parked car exploded as a district commissioner's convoy passed, police said.", "car bomb remotely detonated"),
    (IED, "Syria", "counts", "Nine people died when a car bomb exploded at a crowded roundabout in Azaz on Saturday, the civil defence said.", "car bomb"),
    (IED, "India", "attribution", "A senior Bastar officer said Maoist cadres triggered a pressure bomb under a jeep carrying reserve guards near Kutru, leaving nine dead.", "IED blast"),
    (IED, "Nigeria", "passive", "Farmers returning from their fields were hit by an improvised explosive device planted by Boko Haram in Borno, killing three, CJTF members said.", "IED on civilians"),
    (IED, "Ukraine", "counts", "Three civilians were killed after their car drove over an anti-tank mine near Kherson, regional officials said.", "landmine"),
    (IED, "Niger", "twoacts", "An explosive device hit an army truck near Ayorou, and jihadists then looted a nearby health centre, security sources said.", "IED first, looting second"),
    # --- Suicide bomb (7)
    (SUI, "Pakistan", "headline", "Suicide bomber kills 20 at Quetta railway station. The attacker blew himself up among passengers waiting for a train, police said.", "suicide bombing"),
    (SUI, "Somalia", "attribution", "Police said a suicide bomber detonated his vest at a beach restaurant in Mogadishu on Friday, killing at least 30 people.", "suicide vest"),
    (SUI, "Afghanistan", "counts", "Six people, including a minister, died in a suicide blast inside the ministry of refugees in Kabul on Wednesday, the Taliban said.", "suicide blast"),
    (SUI, "Nigeria", "passive", "A wedding in Gwoza was targeted by a female suicide bomber, killing 18 guests, the state emergency agency said.", "female suicide bomber"),
    (SUI, "Syria", "headline", "Church bombing in Damascus. A suicide attacker opened fire then blew himself up inside the Mar Elias church, the interior ministry said.", "suicide bombing in church"),
    (SUI, "Iraq", "counts", "Thirty-two people were killed by twin suicide bombings at a market in central Baghdad, the health ministry said.", "twin suicide bombings"),
    (SUI, "Mali", "attribution", "According to the army, a suicide car bomb exploded at the gate of the Bamako military academy, with no assault following.", "SVBIED alone"),
    # --- Grenade (6)
    (GR, "India", "headline", "Grenade attack in Srinagar market injures 12. Militants hurled a grenade at a security bunker near the Sunday market, police said.", "grenade thrown"),
    (GR, "Burundi", "counts", "Two people were killed and 35 wounded when grenades were thrown at a bus station in Bujumbura, police said.", "grenades thrown"),
    (GR, "Colombia", "attribution", "Police said a man threw a grenade into a police station in Cali early Sunday, wounding two officers.", "grenade"),
    (GR, "Sweden", "passive", "A hand grenade was tossed at an apartment building in Uppsala, causing damage but no injuries, police said.", "hand grenade"),
    (GR, "Bangladesh", "headline", "Crude bombs hurled at rally. Unidentified men threw crude bombs at an opposition procession in Dhaka, injuring five, witnesses said.", "crude bombs thrown"),
    (GR, "Ecuador", "counts", "Three inmates died after a grenade was thrown into a pavilion of the Litoral prison in Guayaquil, authorities said.", "grenade in prison"),
    # --- Chemical weapon (5)
    (CH, "Syria", "headline", "Chlorine attack reported in Idlib. Rescue workers said helicopters dropped barrels releasing a chlorine-like gas on Saraqib, leaving dozens struggling to breathe.", "chlorine barrels"),
    (CH, "Ukraine", "attribution", "Ukraine's general staff said Russian forces dropped grenades containing chloropicrin on its trenches near Bakhmut.", "chloropicrin"),
    (CH, "Iraq", "counts", "Dozens of people suffered burns after Islamic State militants fired shells filled with mustard agent at Taza, local officials said.", "mustard agent"),
    (CH, "Syria", "passive", "Residents of Douma were exposed to a toxic gas dropped from a helicopter, medics said, with at least 40 dead.", "toxic gas from helicopter"),
    (CH, "Ukraine", "headline", "Gas attack on Ukrainian positions. Russian drones released a toxic irritant agent over positions near Zaporizhzhia, the army said, calling it a chemical weapon.", "chemical munitions"),
    # --- Sexual violence (6)
    (SV, "DR Congo", "attribution", "According to MSF, dozens of women were raped by armed men in the bush outside displacement camps near Goma over two weeks.", "rape by armed men"),
    (SV, "Sudan", "counts", "Twenty women and girls were raped by RSF fighters during a raid on a village in Gezira, a women's rights group said.", "rape by RSF"),
    (SV, "South Sudan", "passive", "A girl was gang-raped by soldiers near a UN protection site in Bentiu, the UN mission said.", "gang rape by soldiers"),
    (SV, "Central African Republic", "headline", "Rebels accused of mass rape in Ouham. Fighters of the 3R group sexually assaulted women in several villages, a UN report said.", "sexual assault"),
    (SV, "Myanmar", "attribution", "Villagers said junta soldiers raped two women during a raid on their village in Magway.", "rape during raid"),
    (SV, "Ethiopia", "counts", "Fourteen women reported being sexually abused by soldiers at a checkpoint in Tigray, health workers said.", "sexual abuse at checkpoint"),
    # --- Abduction (8)
    (AB, "Nigeria", "headline", "Bandits abduct 87 from Kaduna village. Armed men on motorcycles stormed Kajuru and took residents away into the forest, a local leader said.", "mass abduction"),
    (AB, "Haiti", "attribution", "The mission said gang members kidnapped two American missionaries and their driver outside Port-au-Prince on Saturday.", "kidnapping"),
    (AB, "Mali", "passive", "Five truck drivers were taken hostage by jihadists on the road between Kayes and Nioro, transporters said.", "hostage-taking"),
    (AB, "Mexico", "counts", "Twelve migrants were seized from a bus by armed men in Tamaulipas, and their whereabouts remain unknown, officials said.", "abduction"),
    (AB, "Burkina Faso", "attribution", "Rights groups said a journalist critical of the junta was abducted from his home in Ouagadougou by men in plain clothes and has not been seen since.", "forced disappearance"),
    (AB, "Cameroon", "headline", "Separatists kidnap teachers in Northwest. Gunmen seized six teachers from a school in Kumbo on Monday, the regional governor said.", "kidnapping"),
    (AB, "Pakistan", "counts", "Four government employees were abducted by militants who blocked the highway in Dera Ismail Khan, police said.", "abduction"),
    (AB, "Colombia", "twoacts", "ELN guerrillas kidnapped a police officer in Arauca and later burned his patrol car, the army said.", "kidnapping then burning; first told"),
    # --- Arrests (8)
    (AR, "Turkey", "headline", "Istanbul police detain dozens over IS links. Officers rounded up 47 suspects in dawn raids across the city, state media reported.", "arrests"),
    (AR, "Iran", "passive", "A rapper was arrested by security forces in Isfahan for songs backing the protests, his lawyer said.", "arrest"),
    (AR, "Kenya", "counts", "Ten opposition activists were taken into custody by police in Nairobi overnight, their lawyers said.", "arrests"),
    (AR, "India", "attribution", "The NIA said it had arrested three men in Kerala suspected of plotting attacks for the Islamic State.", "arrests by agency"),
    (AR, "Russia", "headline", "FSB detains alleged saboteurs in Crimea. Security officers arrested two men accused of planning to blow up a railway, the agency said.", "arrests"),
    (AR, "Venezuela", "attribution", "According to Foro Penal, intelligence agents detained a human rights defender at Caracas airport on Sunday.", "detention"),
    (AR, "Uganda", "passive", "Opposition lawmaker was picked up by soldiers in Kampala and charged before a military court, his party said.", "arrest"),
    (AR, "Egypt", "counts", "More than 300 people were arrested by police after calls for anti-government demonstrations, a rights group said.", "mass arrests"),
    # --- Peaceful protest (13)
    (PP, "Kenya", "headline", "Teachers march in Nairobi over pay. Hundreds of union members marched to parliament demanding a salary review, the union said.", "peaceful march"),
    (PP, "Israel", "counts", "Tens of thousands rallied in Tel Aviv on Saturday night against the judicial overhaul, organisers said.", "rally"),
    (PP, "Pakistan", "attribution", "Organisers said thousands of PTI supporters staged a sit-in outside the Lahore High Court demanding Imran Khan's release.", "sit-in"),
    (PP, "Nigeria", "passive", "A peaceful procession was held by women in Abuja to demand the release of the Chibok girls, police said.", "procession"),
    (PP, "France", "headline", "Pension reform: strikes and marches across France. Unions said over a million people marched in Paris, Lyon and Marseille on Thursday.", "marches"),
    (PP, "Serbia", "counts", "Some 100,000 students and residents gathered in Belgrade to protest against corruption after the Novi Sad canopy collapse, a monitoring group said.", "mass protest"),
    (PP, "Argentina", "attribution", "Local media reported that pensioners demonstrated outside Congress in Buenos Aires against cuts to benefits.", "demonstration"),
    (PP, "Bangladesh", "headline", "Garment workers protest over unpaid wages. Workers blocked a highway in Gazipur for two hours before dispersing, police said.", "road blockade protest"),
    (PP, "Mali", "passive", "A demonstration was organised in Bamako by supporters of the transition to denounce ECOWAS sanctions, witnesses said.", "demonstration"),
    (PP, "Georgia", "counts", "Thousands gathered outside parliament in Tbilisi for a tenth night against the foreign agents bill, witnesses said.", "rally"),
    (PP, "India", "twoacts", "Farmers staged a sit-in at the Shambhu border on Monday, and police later arrested their leaders in Patiala, organisers said.", "sit-in first, arrests later"),
    (PP, "Iraq", "attribution", "Followers of Moqtada al-Sadr held a mass prayer and rally in Baghdad's Tahrir Square, state TV reported.", "rally"),
    (PP, "Sudan", "headline", "Port Sudan women rally for peace. Dozens of women held banners outside the UN office calling for an end to the war, activists said.", "rally"),
    # --- Protest with intervention (10)
    (PI, "Turkey", "headline", "Police break up Istanbul women's march. Officers fired tear gas and detained dozens as marchers tried to reach Taksim Square, witnesses said.", "tear gas and arrests, no injuries told"),
    (PI, "Kenya", "passive", "Protesters in Kisumu were dispersed with tear gas by police on Tuesday as they demonstrated against tax rises, witnesses said.", "tear gas dispersal"),
    (PI, "Georgia", "counts", "Twenty protesters were detained after police used water cannon on a crowd outside parliament, the interior ministry said.", "water cannon, arrests"),
    (PI, "Pakistan", "attribution", "Witnesses said police baton-charged PTI workers protesting in Islamabad and arrested several of them.", "baton charge and arrests"),
    (PI, "Russia", "counts", "More than 200 people were detained at rallies in memory of Alexei Navalny across Russian cities, OVD-Info said.", "protest arrests"),
    (PI, "Senegal", "headline", "Dakar students clash with police over exam delay. Security forces fired tear gas to disperse students who had gathered at the university gates, witnesses said.", "dispersal, no serious injury"),
    (PI, "Iran", "attribution", "Rights groups said security forces used pepper spray and arrested mourners who chanted slogans at a funeral in Zahedan.", "intervention on protest"),
    (PI, "Greece", "passive", "A student march in Athens was broken up with tear gas by riot police, witnesses said, and 12 people were held.", "dispersal with arrests"),
    (PI, "Zimbabwe", "twoacts", "Police arrested 40 opposition supporters at a prayer rally in Harare and later charged them with unlawful gathering, lawyers said.", "rally with arrests"),
    (PI, "Bolivia", "counts", "Police fired tear gas at hundreds of miners marching on La Paz on Wednesday, local media reported, without reports of injuries.", "tear gas at march"),
    # --- Excessive force (6)
    (EF, "Myanmar", "counts", "At least 18 peaceful protesters were shot dead by security forces in Yangon and Mandalay on Sunday, the UN said.", "lethal force on peaceful protesters"),
    (EF, "Sudan", "attribution", "Doctors said security forces fired live rounds at a peaceful sit-in in Khartoum, killing seven marchers.", "live fire on peaceful sit-in"),
    (EF, "Kenya", "headline", "Police shoot unarmed Gen Z protester in Nairobi. A hawker was shot in the head at close range as he stood among peaceful demonstrators, witnesses said.", "shooting peaceful protester"),
    (EF, "Iran", "passive", "A peaceful march in Mahabad was met with live ammunition, leaving four demonstrators dead, Hengaw said.", "live ammunition on march"),
    (EF, "Bangladesh", "counts", "Two students were killed when police opened fire on a peaceful quota reform rally in Rangpur, witnesses said.", "police kill peaceful protesters"),
    (EF, "Peru", "attribution", "Rights groups said soldiers killed three people by firing at a peaceful demonstration in Ayacucho.", "soldiers kill peaceful protesters"),
    # --- Violent demonstration (8)
    (VD, "France", "headline", "Riots in Nanterre after police shooting. Youths set cars on fire and threw fireworks at police stations overnight, the interior ministry said.", "riots"),
    (VD, "Pakistan", "attribution", "Police said PTI supporters stormed a corps commander's house in Lahore and torched vehicles after Imran Khan's arrest.", "rioting protesters"),
    (VD, "Kenya", "passive", "Parts of the parliament building were set ablaze by protesters who broke through police lines in Nairobi, witnesses said.", "violent protest"),
    (VD, "Nigeria", "counts", "Hundreds of angry youths burned a police station in Lekki and blocked roads with burning tyres, witnesses said.", "violent protest"),
    (VD, "Chile", "headline", "Santiago metro stations burned during protests. Protesters attacked and set fire to several stations over fare rises, officials said.", "violent protest"),
    (VD, "Indonesia", "attribution", "Witnesses said students threw stones at police and set fire to a regional parliament building in Makassar.", "violent protest"),
    (VD, "Kenya", "twoacts", "Demonstrators hurled rocks at police in Kisumu and police responded with live bullets, killing one, the police watchdog said.", "rioters met with lethal force: violent demonstration"),
    (VD, "Bangladesh", "passive", "Government offices in Narsingdi were vandalised and a prison was stormed by protesters, officials said.", "violent protest"),
    # --- Mob violence (7)
    (MOB, "Nigeria", "headline", "Mob kills student over blasphemy claim in Sokoto. A crowd stoned and burned a student accused of insulting the Prophet, police said.", "mob lynching"),
    (MOB, "India", "attribution", "Police said a mob beat a Muslim man to death on suspicion of carrying beef in Haryana.", "lynching"),
    (MOB, "South Africa", "passive", "Two suspected thieves were set on fire by residents in Soweto, police said.", "mob justice"),
    (MOB, "Pakistan", "counts", "A crowd of hundreds lynched a tourist accused of desecrating the Quran in Swat, police said.", "lynching"),
    (MOB, "Haiti", "headline", "Bwa Kale vigilantes burn suspected gang members. Residents stoned and burned 13 suspects taken from police in Canape Vert, police said.", "mob violence"),
    (MOB, "Uganda", "attribution", "Locals said an angry mob beat to death a man suspected of stealing a motorcycle in Masaka.", "mob justice"),
    (MOB, "Papua New Guinea", "counts", "Five people accused of sorcery were killed by villagers in Enga province, police said.", "sorcery killing by villagers"),
    # --- Government regains territory (6)
    (GRT, "Ukraine", "headline", "Ukraine retakes Kupiansk villages. Ukrainian forces recaptured two villages east of the town after a counteroffensive, the general staff said.", "government regains"),
    (GRT, "Mozambique", "attribution", "Kigali's defence force said its soldiers, alongside Mozambican units, had driven the insurgents out of the harbour town of Mocimboa and were again in control of it.", "town retaken"),
    (GRT, "Syria", "passive", "Control of Maarat al-Numan was regained by government forces after weeks of fighting with rebels, state media said.", "government regains town"),
    (GRT, "Sudan", "counts", "After 20 months in RSF hands, Wad Madani was recaptured by the Sudanese army on Saturday, the military said.", "army regains city"),
    (GRT, "Somalia", "headline", "Somali army liberates Harardhere. Government forces and local militia regained control of the coastal town from al-Shabaab, officials said.", "regains town"),
    (GRT, "Nigeria", "attribution", "The army said troops had recovered Marte from Boko Haram after days of fighting.", "army recovers town"),
    # --- Non-state actor overtakes territory (7)
    (NSO, "DR Congo", "headline", "M23 rebels capture Bukavu. The Rwanda-backed group seized the capital of South Kivu after government troops fled, residents said.", "rebels capture city"),
    (NSO, "Myanmar", "attribution", "The Three Brotherhood Alliance said it had captured the town of Laukkai after the junta's regional command surrendered.", "armed group takes town"),
    (NSO, "Mali", "passive", "The town of Ber was taken by CSP rebels after heavy fighting with the army, the rebel coalition said.", "rebels take town"),
    (NSO, "Burkina Faso", "counts", "Hundreds of JNIM fighters overran the army post at Djibasso on Sunday and took control of the town, security sources said.", "militants overrun and control"),
    (NSO, "Ukraine", "headline", "Russia claims capture of Vuhledar. Russian forces took full control of the mining town, the defence ministry in Moscow said.", "foreign forces capture town"),
    (NSO, "Syria", "attribution", "HTS-led rebels seized Aleppo's airport and most of the city on Saturday, a war monitor said.", "rebels seize city"),
    (NSO, "Sudan", "passive", "El Fasher fell to the Rapid Support Forces after an 18-month siege, the paramilitary said.", "RSF takes city"),
    # --- Non-violent transfer (5)
    (NVT, "Afghanistan", "headline", "Taliban enter Herat unopposed. Local officials handed the city over to the Taliban without a fight, residents said.", "handover without fighting"),
    (NVT, "Syria", "attribution", "State media said the army moved into Manbij after Kurdish forces withdrew under a Russian-brokered deal.", "entry after withdrawal"),
    (NVT, "Mali", "passive", "The Tessalit camp was handed over to the Malian army by MINUSMA as the UN mission withdrew, the mission said.", "base handover"),
    (NVT, "Libya", "counts", "Two towns south of Tripoli came under GNA control on Friday after Haftar's forces pulled out overnight without resistance, officials said.", "withdrawal then entry"),
    (NVT, "Ukraine", "attribution", "Russia's defence ministry said its troops had left Kherson city, and Ukrainian forces entered it the next day without fighting.", "withdrawal"),
    # --- HQ / base established (5)
    (HQ, "Somalia", "headline", "Al-Shabaab sets up base near Bulo Burde. The militants established a new camp in the forests outside the town, elders said.", "base set up"),
    (HQ, "Mozambique", "attribution", "Local sources said insurgents have set up a base on the island of Matemo after the army withdrew.", "base established"),
    (HQ, "Nigeria", "passive", "A new camp was established by bandits in the Kuyambana forest, residents said, after they were driven out of Zamfara.", "camp established"),
    (HQ, "Burkina Faso", "counts", "About 200 JNIM fighters have set up a base in the forest near Fada N'Gourma, security sources told AFP.", "base"),
    (HQ, "DR Congo", "attribution", "According to UN experts, CODECO militiamen have established a headquarters in the mines of Djugu territory.", "headquarters"),
    # --- Agreement (6)
    (AGR, "Sudan", "headline", "Warring sides sign Jeddah ceasefire. The army and RSF agreed to a seven-day truce in talks mediated by Saudi Arabia and the US.", "ceasefire"),
    (AGR, "Israel", "attribution", "Qatar said Israel and Hamas had agreed to a ceasefire and the release of hostages in exchange for Palestinian prisoners.", "ceasefire and exchange"),
    (AGR, "Ukraine", "counts", "Ninety-five prisoners of war from each side were exchanged by Russia and Ukraine on Friday, the UAE said.", "prisoner exchange"),
    (AGR, "Nigeria", "passive", "Hundreds of Boko Haram combatants, with wives and children, gave themselves up at a military post in Bama and laid down their guns, the army said.", "mass surrender"),
    (AGR, "Colombia", "headline", "Colombia and ELN agree six-month truce. The government and the guerrillas signed a bilateral ceasefire in Havana on Friday.", "truce"),
    (AGR, "Mali", "attribution", "Local officials said a peace pact was signed between Fulani and Dogon community leaders in the Bankass circle.", "local peace agreement"),
    # --- Change to group/activity (6)
    (CHG, "Somalia", "headline", "Al-Shabaab names new leader. The militant group announced a new emir after the death of its previous chief, its radio said.", "new leader"),
    (CHG, "Syria", "attribution", "HTS announced its dissolution on Wednesday and said its fighters would join the new national army.", "group dissolved"),
    (CHG, "Mali", "counts", "Three armed groups of northern Mali merged into a single movement, the Azawad Liberation Front, in Kidal, a spokesman said.", "merger"),
    (CHG, "Iraq", "passive", "A suspension of attacks on US forces was announced by Kataib Hezbollah after pressure from Baghdad, the group said.", "suspension of operations"),
    (CHG, "Burkina Faso", "headline", "JNIM imposes curfew in Djibo. The militants ordered residents to stay inside after 7 pm, local sources said.", "curfew by armed group"),
    (CHG, "Nigeria", "attribution", "The Kaduna State government said it had imposed a 24-hour curfew in Zangon Kataf after the violence.", "curfew by state"),
    # --- Disrupted weapons use (7)
    (DWU, "Ukraine", "headline", "Ukraine downs 60 Russian drones overnight. Air defence shot down most of the Shaheds launched toward Kyiv, the air force said.", "drones shot down"),
    (DWU, "India", "attribution", "Police said an IED planted on the Jammu-Poonch highway was detected and defused by the bomb squad.", "IED defused"),
    (DWU, "Nigeria", "passive", "A cache of rifles and explosives was seized by troops in a raid on a hideout in Kaduna, the army said.", "weapons seized"),
    (DWU, "Israel", "counts", "Three drones launched from Yemen were intercepted over the Red Sea, the Israeli military said.", "drones intercepted"),
    (DWU, "Somalia", "headline", "Bomb defused near Mogadishu hotel. Security forces defused a car packed with explosives before it reached a hotel, police said.", "car bomb defused"),
    (DWU, "Saudi Arabia", "attribution", "The coalition said it intercepted a ballistic missile fired by the Houthis toward Jizan.", "missile intercepted"),
    (DWU, "Pakistan", "counts", "Two would-be suicide bombers were shot dead before they could detonate their vests at a checkpoint in Bannu, police said.", "suicide attack foiled"),
    # --- Looting/property destruction (8)
    (LOOT, "Sudan", "headline", "Looters empty WFP warehouses in Darfur. Armed men stole food and fuel from aid stores in El Geneina, the agency said.", "looting"),
    (LOOT, "Nigeria", "attribution", "Residents said hoodlums broke into a government warehouse in Jos and carted away bags of grain.", "looting"),
    (LOOT, "Israel", "passive", "Cars were torched and walls spray-painted by settlers in the West Bank village of Huwara, residents said, with no injuries.", "property destruction by settlers"),
    (LOOT, "Burkina Faso", "counts", "Some 20 telecom masts were destroyed by armed groups in the East region over one month, the operator said.", "infrastructure destroyed"),
    (LOOT, "Mali", "headline", "Jihadists burn school in Mopti. Armed men set fire to classrooms and books in a village school after classes ended, the local authorities said.", "property destruction"),
    (LOOT, "Haiti", "attribution", "According to the UN, gang members looted and burned the national library in Port-au-Prince.", "looting and burning"),
    (LOOT, "Colombia", "passive", "A police post in Cauca was destroyed with explosives by FARC dissidents overnight, with no one inside, the army said.", "property destruction"),
    (LOOT, "South Africa", "counts", "More than 200 shops were looted in Durban during unrest, officials said.", "looting"),
    # --- Other (5)
    (OTH, "Mexico", "headline", "Mass grave found in Jalisco. Search collectives uncovered the remains of at least 30 people on a ranch near Teuchitlan, prosecutors said.", "mass grave"),
    (OTH, "Burkina Faso", "attribution", "Humanitarian sources said jihadists have blockaded the town of Djibo for two years, preventing food convoys from reaching it.", "blockade"),
    (OTH, "Syria", "passive", "Dozens of bodies were discovered in a mass grave near Raqqa, local authorities said.", "mass grave"),
    (OTH, "Ukraine", "counts", "Some 440 graves were found in a forest near Izium after Russian forces left, officials said.", "mass grave"),
    (OTH, "Mali", "attribution", "Residents said JNIM has imposed a levy on herders in the Gourma region, threatening those who refuse.", "armed group levy"),
]

NON_EVENT_ROWS: list[tuple[str | None, str, str, str, str]] = [
    (None, "Nigeria", "headline", "Tinubu condemns Benue killings. The president vowed that those behind the attacks on farming communities would be brought to justice, his spokesman said.", "condemnation"),
    (None, "Ukraine", "attribution", "Zelensky said Ukraine needs more Patriot systems to shield its cities from Russian missile and drone attacks this winter.", "statement"),
    (None, "Mali", "headline", "Mali junta extends transition by five years. The military government adopted a charter allowing the interim president to stay in power, state TV said.", "political decision"),
    (None, "Sudan", "counts", "More than 12 million people have been displaced since the war began in April 2023, the IOM said.", "displacement figures"),
    (None, "Pakistan", "passive", "Six people were killed when a gas cylinder exploded at a restaurant in Rawalpindi, rescue officials said.", "accident explosion"),
    (None, "India", "headline", "Bus plunges into gorge in Himachal. At least 15 passengers died when the vehicle skidded off a mountain road in heavy rain, police said.", "road accident"),
    (None, "DR Congo", "counts", "At least 40 miners died after a landslide buried an artisanal gold mine in South Kivu, local officials said.", "mine collapse"),
    (None, "Syria", "attribution", "The UN envoy said talks on a new constitution would resume in Geneva next month.", "diplomacy"),
    (None, "Israel", "headline", "Israeli court convicts soldier over 2016 Hebron shooting appeal. A military appeals court upheld the manslaughter conviction, the army said.", "trial of past act"),
    (None, "Burkina Faso", "attribution", "The junta said it would recruit 50,000 more volunteers to fight terrorism and retake the whole territory.", "future plan"),
    (None, "North Korea", "passive", "A new intercontinental ballistic missile was test-fired by North Korea into the sea, Seoul's military said.", "missile test"),
    (None, "Taiwan", "headline", "China stages drills around Taiwan. Warships and jets simulated a blockade of the island in exercises, Beijing's military said.", "military drills"),
    (None, "Somalia", "counts", "Some 1.5 million people face acute hunger after the failed rains, OCHA said.", "humanitarian figures"),
    (None, "Kenya", "attribution", "The Independent Policing Oversight Authority said it was investigating the deaths of protesters during last year's demonstrations.", "investigation of past deaths"),
    (None, "Ukraine", "counts", "Russia has lost more than 600,000 troops since the start of the invasion, Ukraine's general staff claimed.", "cumulative losses"),
    (None, "France", "headline", "Police bust drug ring in Marseille. Officers seized 400 kg of cannabis and 2 million euros in cash, prosecutors said.", "drug seizure"),
    (None, "Haiti", "attribution", "The UN Security Council voted to transform the Kenya-led security mission into a gang suppression force.", "UN vote"),
    (None, "Mozambique", "headline", "Cyclone Chido kills 94 in Cabo Delgado. Winds and floods destroyed homes and schools across the province, the disaster agency said.", "natural disaster"),
    (None, "Myanmar", "counts", "More than 3,600 people died in the earthquake that struck Mandalay, the junta said.", "earthquake"),
    (None, "Colombia", "attribution", "The government said peace talks with the Clan del Golfo would start in Qatar next week.", "future talks"),
    (None, "Iraq", "passive", "A memorial was held in Sinjar for the Yazidis killed by the Islamic State in 2014, organisers said.", "commemoration"),
    (None, "Afghanistan", "headline", "Taliban deny Pakistani claims of militant safe havens. A spokesman said Afghan soil would not be used against any country.", "denial"),
    (None, "Russia", "attribution", "The Kremlin said it would respond to any attack on its territory with all means available.", "threat"),
    (None, "Nigeria", "passive", "Reports that bandits had attacked a school in Katsina were dismissed as fake by the state police, who said no incident occurred.", "rumour denied"),
    (None, "Lebanon", "counts", "About 1.2 million people were displaced by the war, the government said, as families began returning south.", "displacement"),
    (None, "Brazil", "headline", "Flamengo crush Vasco in Rio derby massacre. The home side fired four goals past their rivals on Sunday.", "sport in war words"),
    (None, "Ethiopia", "attribution", "Officials said the federal government and Tigray's interim administration discussed disarmament at a meeting in Addis Ababa.", "talks"),
    (None, "Bangladesh", "passive", "Fifty-two workers were killed in a fire at a juice factory near Dhaka, fire officials said.", "industrial fire"),
    (None, "Somalia", "headline", "Somali president visits troops in Hiraan. Hassan Sheikh Mohamud told soldiers the war against al-Shabaab would be won this year.", "visit"),
    (None, "Sudan", "attribution", "The US imposed sanctions on RSF commanders it accused of atrocities in Darfur, the Treasury said.", "sanctions"),
    (None, "Mexico", "counts", "Homicides fell by 15 % in the first half of the year, the security ministry said.", "crime statistics"),
    (None, "Ukraine", "headline", "Funeral held for Ukrainian medic in Lviv. Hundreds gathered to bury a combat medic killed at the front, local officials said.", "funeral"),
    (None, "Pakistan", "attribution", "The interior minister said security forces would launch a major operation against militants in Balochistan in the coming weeks.", "future operation"),
    (None, "Chad", "passive", "A cholera outbreak was declared in refugee camps in the east, where 35 people have died, MSF said.", "epidemic"),
    (None, "Cameroon", "headline", "Cameroon separatist leader sentenced in Norway. A Norwegian court jailed an Ambazonia activist for inciting violence in Cameroon.", "trial"),
    (None, "Germany", "attribution", "Prosecutors said a fire that destroyed a warehouse in Berlin was caused by an electrical fault.", "accidental fire"),
]


def rows_as_json() -> list[dict]:
    return numbered_snippets(ROWS + NON_EVENT_ROWS, "f6", SHUFFLE_SEED)


def main() -> None:
    rows = rows_as_json()
    OUT.write_text(jsonl_text(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
