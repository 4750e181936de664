"""Write fresh13.jsonl from the hand-written rows below (typing round sixteen, written before any run on them).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/write_fresh13.py

Every row turns on one detail that tells a sub-type from its neighbour: gunmen who kidnapped and then killed (Attack)
against gunmen who fought the troops chasing them (Armed clash) and a seizure alone (Abduction); a town that "fell",
was "retaken", "handed over" or "entered" against fighting for it; a "projectile", a "missile", a "rocket attack"
claimed by a group against an aircraft or drone, a "blast at a checkpoint" from a parked car against a bomber who blew
himself up; a thrown grenade or crude bomb; a march that ended without incident against tear gas and arrests, live
rounds, a crowd that burned a building, and a lynching; property burned after residents fled against killings; arrests
by named agencies against seizures by men who posed as police; a truce, a surrender, a new leader, a curfew, a base
set up, a weapon stopped, a mass grave or a siege. Four forms of news prose, about 60 each: a headline and its lead
(``head``), a passive lead (``passive``), the act in a subordinate clause (``clause``) and a long lead with its
source and an aside (``long``). The rows are grouped by sub-type for the writer and shuffled with a fixed seed before
ids are given, so the held part (every third id) mixes all sub-types and forms. Every sentence was written for
eventwire; facts are modelled on real events (2018-2025), wording is ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import jsonl_text, numbered_snippets  # noqa: E402

OUT = Path(__file__).resolve().parent / "fresh13.jsonl"
SHUFFLE_SEED = 16  # round sixteen; any fixed seed would do

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
    (AC, "Burkina Faso", HD, "Army and militants fight near Djibo. Soldiers escorting a supply convoy engaged JNIM fighters for several hours on Saturday, and the army said it lost nine men while killing dozens of attackers.", "convoy escort engaged militants"),
    (AC, "Nigeria", PS, "A military base in Marte was assaulted by ISWAP fighters before dawn on Thursday, and troops backed by aircraft repelled them after a long gunfight, a security source said.", "assault on a base repelled"),
    (AC, "Colombia", CL, "Hundreds of families fled rural Tibu this week as ELN guerrillas and FARC dissidents, who have disputed the coca routes for years, fought in several hamlets, leaving at least 40 dead.", "two armed groups fight (clause)"),
    (AC, "Sudan", LG, "The Sudanese army and the RSF fought street by street in Omdurman's old market on Monday, with artillery and drones used by both sides, residents told reporters, adding that bodies lay uncollected.", "artillery and drones inside a battle"),
    (AC, "Mali", HD, "Gunmen who kidnapped traders clash with soldiers. Troops chasing the abductors of four merchants near Segou caught up with them, and the two sides exchanged fire until the gunmen fled, the army said.", "abductors fight troops"),
    (AC, "Somalia", PS, "Two al-Shabaab attacks on outposts near Jowhar were beaten back by government troops and clan militia on Friday, leaving 13 militants dead, the state news agency reported.", "attacks on outposts beaten back"),
    (AC, "India", CL, "Security forces recovered rifles in Bijapur after a gunfight in which Maoist rebels, surprised by a joint patrol, fired back for over an hour before escaping into the forest.", "rebels fired back"),
    (AC, "Democratic Republic of Congo", LG, "Wazalendo militias and M23 rebels fought for control of hills overlooking Masisi town on Wednesday, local sources said, and the rebels brought in reinforcements by evening as the shooting continued.", "militia against rebels"),
    # --- Attack (8)
    (AT, "Nigeria", HD, "Gunmen kidnap and kill farmers in Zamfara. Bandits seized 11 farmers from their fields near Tsafe, then killed five of them when their families could not pay, a community leader said.", "kidnapped and killed: Attack"),
    (AT, "Burkina Faso", PS, "More than 30 civilians were killed on Sunday when a village near Seytenga was raided by armed men, who went from house to house, local sources said.", "village raid (passive)"),
    (AT, "Cameroon", CL, "Schools in Kumba closed again after separatist fighters, who had warned parents against sending children, opened fire on a classroom and killed six pupils.", "school shooting in a clause"),
    (AT, "Mozambique", LG, "Insurgents beheaded at least ten villagers in Ancuabe district on Thursday and set fire to their huts, a local administrator said, adding that the victims had gone back to tend their crops.", "beheadings"),
    (AT, "Iraq", HD, "Shepherds found dead in Anbar desert. Islamic State militants shot four shepherds and drove off their flock near Rutba, police said.", "shepherds killed"),
    (AT, "Haiti", PS, "At least 70 residents of Pont-Sonde were killed when the town was overrun by members of the Gran Grif gang, who shot people in their homes, the UN said.", "gang massacre (passive)"),
    (AT, "Mexico", CL, "A state prosecutor in Guanajuato said the six men found shot dead at a bar on Saturday, where they had been watching football, were targeted by a cartel cell.", "bar shooting"),
    (AT, "Niger", LG, "Armed men on motorcycles stopped a truck carrying traders to the weekly market at Tillia on Monday and shot 21 of its passengers, the interior ministry said, adding that the assailants took their money.", "truck passengers shot"),
    # --- Air/drone strike (8)
    (AIR, "Sudan", HD, "Drone hits El Fasher hospital. A drone struck the Saudi hospital in the besieged city on Friday, killing 19 patients and staff, the WHO said; no group claimed it.", "drone"),
    (AIR, "Syria", PS, "A house in the Idlib countryside was struck by Russian warplanes on Tuesday, killing a mother and her three children, rescuers said.", "warplanes (passive)"),
    (AIR, "Somalia", CL, "Al-Shabaab said a senior commander, who had been travelling near Jilib, died when a US aircraft targeted his vehicle on Wednesday.", "US strike in a clause"),
    (AIR, "Lebanon", LG, "An Israeli strike on a car on the road between Tyre and Naqoura on Sunday killed two men, the Lebanese health ministry said; the Israeli army said one was a Hezbollah commander.", "strike on a car"),
    (AIR, "Ethiopia", HD, "Strike on Amhara market kills dozens. Witnesses said a drone hit the crowded Saturday market in Finote Selam as Fano fighters were not present; 30 people died.", "drone on a market"),
    (AIR, "Myanmar", PS, "A school in Sagaing region was bombed from the air on Thursday, killing 11 children, according to the local National Unity Government office.", "bombed from the air"),
    (AIR, "Yemen", CL, "Fishermen in Hodeidah stayed ashore after aircraft of the Saudi-led coalition, which had declared the coast a military zone, bombed three boats, killing 12.", "coalition aircraft"),
    (AIR, "Burkina Faso", LG, "A Burkinabe army drone fired on a wedding party near Djibo on Monday, killing at least 20 guests, according to relatives, who said the military had mistaken the gathering for militants.", "army drone"),
    # --- Shelling/artillery/missile attack (8)
    (SH, "Ukraine", HD, "Missile strike hits Odesa port. A Russian Iskander missile struck a grain terminal overnight, killing three workers, officials said.", "missile (not an aircraft)"),
    (SH, "Syria", PS, "Three children were killed when their village in southern Idlib was shelled by government artillery on Monday, the White Helmets said.", "artillery (passive)"),
    (SH, "Israel/Palestine", CL, "Hamas said it had fired the rocket barrage that set fields alight near Sderot on Thursday, one day after it warned it would answer raids on the camp.", "rockets fired by a group"),
    (SH, "Iraq", LG, "A rocket attack targeted Erbil airport, where foreign troops are based, late on Tuesday, the Kurdistan region's counter-terrorism service said; an Iran-backed militia claimed it, and no one was hurt.", "rocket attack by a militia"),
    (SH, "Nigeria", HD, "Mortar bombs fired into Maiduguri outskirts. Boko Haram fighters launched mortars at the Jiddari Polo area from outside the city, killing four residents, police said.", "mortars fired by a group"),
    (SH, "Yemen", PS, "A projectile fired from Houthi-held areas landed on a residential street in Taiz on Saturday, wounding five people, the local authority said.", "projectile fired"),
    (SH, "Azerbaijan", CL, "Officials in Ganja said a Scud missile, which they said Armenian forces fired, destroyed several houses overnight.", "missile in a clause"),
    (SH, "Lebanon", LG, "Israeli artillery shelled the outskirts of Khiam and Kfar Kila through Wednesday morning, the Lebanese news agency said, reporting damage to homes but no casualties.", "artillery shelling"),
    # --- Remote explosive/landmine/IED (8)
    (IED, "Mali", HD, "Roadside bomb kills soldiers near Gao. An army vehicle struck an explosive device on the road to Ansongo, killing four soldiers, a military source said.", "roadside bomb alone"),
    (IED, "Somalia", PS, "A car bomb parked outside a busy restaurant in Mogadishu was detonated on Sunday evening, killing 8 diners, police said.", "parked car bomb"),
    (IED, "Colombia", CL, "Police in Cauca blamed dissidents after a motorcycle, which had been left outside the police station in Jamundi, exploded on Tuesday, wounding three officers.", "motorcycle bomb left"),
    (IED, "Afghanistan", LG, "A magnetic bomb attached to a minibus carrying employees of a university exploded in western Kabul on Saturday, killing at least five people, police said; Islamic State claimed it.", "magnetic bomb"),
    (IED, "Syria", HD, "Blast at a checkpoint in Azaz. An explosive-laden car went off near a checkpoint at the town's entrance, killing six people including two guards; no one claimed it.", "car bomb at a checkpoint, no bomber"),
    (IED, "Ukraine", PS, "Two farmers were killed in Kharkiv region when their tractor ran over an anti-tank mine left in a field, regional police said.", "landmine"),
    (IED, "Pakistan", CL, "Traders in Quetta shut the bazaar on Monday after a bomb, which police said was hidden in a rubbish bin, went off near a police van.", "hidden bomb in a clause"),
    (IED, "Nigeria", LG, "A bus struck a landmine on the road between Damboa and Maiduguri on Friday, killing at least 14 passengers, local officials said, blaming explosives planted by jihadists.", "landmine on a road"),
    # --- Suicide bomb (8)
    (SUI, "Pakistan", HD, "Bomber blows himself up at Peshawar mosque. A man wearing a vest detonated his explosives among worshippers during Friday prayers, killing 56, police said.", "bomber blew himself up"),
    (SUI, "Somalia", PS, "At least 12 people were killed in Beledweyne on Sunday when a suicide attacker rammed an explosives-laden car into a government building, the police said.", "suicide car bomb"),
    (SUI, "Nigeria", CL, "Rescuers said the woman who blew herself up at a wedding in Gwoza, where dozens had gathered, killed 18 guests.", "female bomber in a clause"),
    (SUI, "Afghanistan", LG, "A suicide bomber detonated explosives near the entrance of the foreign ministry in Kabul on Monday as staff arrived for work, the Taliban police spokesman said, adding that at least six people were killed.", "suicide bomber"),
    (SUI, "Iran", HD, "Twin blasts at Kerman memorial. Two bombers detonated explosive vests in crowds marking Soleimani's death, killing nearly 90; Islamic State claimed the attack.", "two bombers"),
    (SUI, "Syria", PS, "A church in Damascus was struck by a suicide bomber during Sunday mass, killing 25 worshippers, the health ministry said.", "suicide bomber (passive)"),
    (SUI, "Cameroon", CL, "Troops sealed off Mora after two girls, whom officials said had been sent by Boko Haram, detonated explosives at the market and killed nine.", "girls detonated explosives"),
    (SUI, "Yemen", LG, "An attacker wearing an explosive belt walked into a graduation ceremony for police recruits in Aden on Wednesday and set it off, killing 11 recruits, security officials said.", "explosive belt set off"),
    # --- Grenade (8)
    (GR, "Burundi", HD, "Grenade thrown at Bujumbura bus station. An unidentified man hurled a grenade into a crowd waiting for buses on Friday evening, wounding 17 people, police said.", "hand grenade thrown"),
    (GR, "India", PS, "A grenade was lobbed at a police vehicle in Srinagar's old city on Monday, injuring two officers and a passer-by, police said.", "grenade lobbed"),
    (GR, "Colombia", CL, "Residents of Cucuta said the grenade that an attacker on a motorcycle tossed into a shop on Saturday injured the owner and two customers.", "grenade in a clause"),
    (GR, "Sweden", LG, "A hand grenade was thrown through the window of a flat in the Stockholm suburb of Husby on Wednesday night, police said, adding that no one was hurt and that gang rivalry was suspected.", "grenade, no one hurt"),
    (GR, "Bangladesh", HD, "Crude bombs hurled at rally in Dhaka. Unknown men threw crude bombs at a procession of an opposition party, injuring nine supporters, police said.", "crude bombs thrown"),
    (GR, "Burundi", PS, "Two people were killed on Sunday when a grenade was tossed into a bar in Ngozi, the police spokesman said.", "grenade into a bar"),
    (GR, "Ecuador", CL, "Guayaquil police raised security at the port after a man, who witnesses said was paid by a gang, threw an explosive by hand at a nightclub door, wounding six.", "explosive thrown by hand"),
    (GR, "Philippines", LG, "An assailant threw a grenade at a group of soldiers buying food at a roadside stall in Datu Piang, Maguindanao, on Thursday, wounding four of them, the army said.", "grenade at soldiers"),
    # --- Chemical weapon (8)
    (CH, "Syria", HD, "Chlorine attack reported in Douma. Helicopters dropped canisters on the besieged town, medics said, and dozens of people suffered choking.", "chlorine canisters"),
    (CH, "Ukraine", PS, "Ukrainian positions near Bakhmut were targeted with chloropicrin dropped by Russian drones, the general staff said, with soldiers treated for poisoning.", "chloropicrin"),
    (CH, "Syria", CL, "Rebels in the hills of Kabani said four of their fighters, who were holding a ridge against a government advance, were choking after shells filled with chlorine landed on their positions on Sunday.", "chlorine shells in a clause"),
    (CH, "Ukraine", LG, "Russian troops used grenades loaded with a toxic riot-control gas against Ukrainian trenches in Zaporizhzhia region on Tuesday, a Ukrainian brigade said, adding that three soldiers were poisoned.", "toxic gas in war"),
    (CH, "Iraq", HD, "Islamic State fires mustard agent shells at Kurdish lines. Peshmerga officers said militants fired rounds filled with a mustard agent near Makhmour, burning five fighters.", "mustard agent"),
    (CH, "Syria", PS, "A village in Hama province was struck on Tuesday with rockets carrying chlorine, causing breathing problems for 20 people, a monitoring group said.", "chlorine rockets"),
    (CH, "Ukraine", CL, "Kyiv said it had recorded hundreds of cases this month in which Russian drones, hovering over trenches, released gas grenades containing a banned chemical.", "gas grenades (chemical)"),
    (CH, "Syria", LG, "Rescuers in Saraqeb said on Sunday that a barrel bomb carrying chlorine gas was dropped on a residential neighbourhood overnight, with 11 residents treated for suffocation in local clinics.", "chlorine barrel"),
    # --- Sexual violence (8)
    (SV, "Sudan", HD, "Women raped in Darfur town. Survivors told aid workers that RSF fighters raped at least 15 women in Geneina after storming their neighbourhood.", "rape in an incursion"),
    (SV, "Democratic Republic of Congo", PS, "Seven women were raped by armed men near Minova while collecting firewood on Tuesday, a local health centre said.", "rape (passive)"),
    (SV, "Ethiopia", CL, "A clinic in Adigrat said it treated 22 women who were sexually assaulted by soldiers when the troops searched their village.", "sexual assault by soldiers"),
    (SV, "Haiti", LG, "Gang members raped at least ten women and girls during a raid on the Solino neighbourhood of Port-au-Prince last week, Doctors Without Borders said on Monday, adding that many were afraid to seek care.", "gang rape"),
    (SV, "South Sudan", HD, "Girls assaulted near Bentiu. Armed youths sexually assaulted four girls who were fetching water outside the camp, the UN mission said.", "sexual assault"),
    (SV, "Nigeria", PS, "A schoolgirl was raped by a soldier at a checkpoint in Borno, her family said, and the army said the man had been detained.", "rape by soldier"),
    (SV, "Myanmar", CL, "Villagers in Magway said soldiers, who stayed two nights in the monastery, raped three women before leaving.", "rape by soldiers in a clause"),
    (SV, "Central African Republic", LG, "Fighters of the 3R group abducted and raped four women travelling to the market in Bocaranga on Friday, the UN mission said, releasing them the next morning.", "rape of abducted women"),
    # --- Abduction/forced disappearance (8)
    (AB, "Nigeria", HD, "Gunmen abduct students in Kaduna. Armed men stormed a school in Kuriga and took away more than 200 pupils, residents said.", "school kidnapping"),
    (AB, "Cameroon", PS, "A priest and two catechists were kidnapped by separatist fighters near Bamenda on Sunday, the diocese said.", "kidnapped (passive)"),
    (AB, "Mali", CL, "The family of a journalist, who disappeared after men in civilian clothes took him from his home in Bamako, said the security services denied holding him.", "taken, agency denies"),
    (AB, "Burkina Faso", LG, "Men in military uniform took away an activist from a hotel in Ouagadougou on Thursday night, his lawyer said, and the authorities have given no information on where he is held.", "whereabouts unknown"),
    (AB, "Mexico", HD, "Seven young workers vanish in Jalisco. Armed men took the group from a call centre in Zapopan, prosecutors said; relatives are searching for them.", "disappeared workers"),
    (AB, "Libya", PS, "A member of parliament was seized from his home in Benghazi by armed men who said they were police, and his whereabouts are unknown, his family said.", "seized by men posing as police"),
    (AB, "Pakistan", CL, "Baloch families blocked the highway after men in plain clothes, who came in two vehicles, picked up three students from their hostel in Quetta.", "picked up"),
    (AB, "Mozambique", LG, "Insurgents seized a dozen children from a village in Macomia district on Tuesday and led them into the bush, local leaders said, adding that the boys were likely to be forced to fight.", "children taken"),
    # --- Arrests (8)
    (AR, "Uganda", HD, "Police arrest opposition MPs in Kampala. Officers detained four lawmakers at a press conference on Tuesday and took them to Central Police Station.", "police detain MPs"),
    (AR, "Iran", PS, "A prominent rapper was arrested by security forces in Isfahan on Saturday over songs supporting the protests, state media said.", "arrested (passive)"),
    (AR, "Tunisia", CL, "Lawyers went on strike after police, who had surrounded the bar association, detained a lawyer critical of the president.", "arrest in a clause"),
    (AR, "Turkey", LG, "Turkish police detained the mayor of Istanbul in a dawn raid on his home on Wednesday, prosecutors said, accusing him of corruption; more than 100 others were held in the same inquiry.", "raid and detentions"),
    (AR, "Zimbabwe", HD, "Journalist held in Harare. Police picked up a reporter at his home and charged him with spreading falsehoods, his lawyer said.", "picked up by police, charged"),
    (AR, "Egypt", PS, "Fourteen people were detained by the security services in Cairo on Monday over calls for a general strike, a rights group said.", "detained by security services"),
    (AR, "Nigeria", CL, "The soldier who was filmed beating a street trader in Lagos was arrested by military police on Thursday, the army said.", "soldier arrested"),
    (AR, "Russia", LG, "Police in Moscow detained more than 30 people who had laid flowers in memory of the opposition leader on Saturday, the OVD-Info group said, adding that some were taken to police stations in buses.", "detained at a memorial"),
    # --- Peaceful protest (8)
    (PP, "Kenya", HD, "Teachers march in Nairobi over pay. Thousands of teachers walked to parliament on Wednesday to demand a pay rise, and the march ended without incident.", "march without incident"),
    (PP, "Israel", PS, "A rally against the judicial overhaul was held outside the Knesset on Monday by tens of thousands of people, organisers said.", "rally held (passive)"),
    (PP, "Senegal", CL, "Fishermen in Saint-Louis, who say foreign trawlers are emptying the sea, gathered at the harbour on Friday with banners and handed a petition to the governor.", "gathering with a petition"),
    (PP, "Morocco", LG, "Young people gathered in squares in Rabat and Casablanca on Saturday evening to demand better hospitals and schools, chanting slogans and holding up phones, local media said; police watched from a distance.", "police only watched"),
    (PP, "Iraq", HD, "Protesters block road in Basra over power cuts. Residents burned tyres on a main road for several hours on Sunday to denounce outages in the summer heat before leaving peacefully.", "tyres burned, no clash"),
    (PP, "Georgia", PS, "Parliament's entrance in Tbilisi was blocked by students waving EU flags for a fourth night, the demonstration passing off peacefully, reporters said.", "sit-in, peaceful"),
    (PP, "Nigeria", CL, "Market women, who say new levies have halved their earnings, staged a sit-in outside the Ibadan local government secretariat on Tuesday.", "sit-in"),
    (PP, "Pakistan", LG, "Supporters of the jailed former prime minister held a rally in Lahore on Sunday, the first allowed in months, party officials said; speakers demanded his release and the crowd dispersed at nightfall.", "allowed rally"),
    # --- Protest with intervention (8)
    (PI, "Kenya", HD, "Police fire tear gas at Nairobi protesters. Officers used tear gas and water cannon to scatter demonstrators marching against a finance bill in the city centre; several were arrested.", "tear gas, arrests"),
    (PI, "Serbia", PS, "A student blockade of a bridge in Novi Sad was broken up by riot police on Saturday, and 12 protesters were detained, the interior ministry said.", "blockade broken up"),
    (PI, "Senegal", CL, "Opposition supporters complained after police, who had ringed the square in Dakar since morning, dispersed their rally with tear gas before the first speech.", "dispersal in a clause"),
    (PI, "Georgia", LG, "Riot police pushed protesters away from the parliament building in Tbilisi overnight using water cannon and pepper spray, the interior ministry said, adding that 43 people were detained for disobeying orders.", "water cannon and detentions"),
    (PI, "Iraq", HD, "Security forces disperse Nasiriyah sit-in. Police tore down tents set up by jobless graduates and drove them away from the governor's office, protesters said.", "sit-in cleared"),
    (PI, "Belarus", PS, "Dozens of women marching in Minsk were detained by masked police on Saturday, a rights group said.", "protesters detained"),
    (PI, "Guinea", CL, "The opposition called a new protest after gendarmes, who had set up roadblocks on the Conakry highway, arrested 20 demonstrators.", "arrests of protesters in a clause"),
    (PI, "Argentina", LG, "Federal police used pepper spray and rubber bullets to clear pensioners protesting outside Congress in Buenos Aires on Wednesday, and the security ministry said seven people were arrested; nobody was seriously hurt.", "rubber bullets, no serious harm"),
    # --- Excessive force against protesters (8)
    (EF, "Kenya", HD, "Police shoot dead protesters in Nairobi. Officers fired live rounds at demonstrators near parliament, killing at least five, rights groups said.", "live rounds, protesters killed"),
    (EF, "Iran", PS, "Six protesters were shot dead by security forces in Zahedan on Friday as crowds left the mosque chanting slogans, Amnesty said.", "protesters shot (passive)"),
    (EF, "Sudan", CL, "Doctors in Khartoum said 15 demonstrators died when security forces, who had blocked the bridges, opened fire on a march against military rule.", "protesters killed in a clause"),
    (EF, "Bangladesh", LG, "Police fired on students demanding an end to job quotas in Rangpur on Tuesday, killing a student who stood with his arms outstretched, witnesses said; his death fuelled further protests across the country.", "student shot"),
    (EF, "Peru", HD, "Protesters killed in Juliaca airport clashes. Police opened fire on crowds demanding the president's resignation, killing 17, the ombudsman said.", "'clashes', police kill protesters"),
    (EF, "Mozambique", PS, "A teenage protester was run over by a police vehicle during post-election demonstrations in Maputo, her family said.", "protester killed by police vehicle"),
    (EF, "Guinea", CL, "Opposition leaders suspended talks after gendarmes, firing on a crowd that had gathered in Conakry, killed two young men.", "firing on a crowd in a clause"),
    (EF, "Iraq", LG, "Security forces shot at protesters in Baghdad's Tahrir Square with live ammunition and tear gas canisters fired at head height on Friday, killing four and wounding dozens, medical sources said.", "canisters to the head, killed"),
    # --- Violent demonstration (8)
    (VD, "France", HD, "Rioters torch cars in Nanterre. Young men threw fireworks at police and set vehicles ablaze on a second night of unrest after a teenager was shot, officials said.", "rioters"),
    (VD, "Kenya", PS, "Parliament buildings in Nairobi were partly set on fire by protesters who broke through police lines on Tuesday, witnesses said.", "protesters burned parliament"),
    (VD, "Bangladesh", CL, "Police said the station in Narsingdi, which a crowd of protesters stormed on Friday, was set alight and its weapons taken.", "protesters stormed a station"),
    (VD, "Georgia", LG, "Protesters in Tbilisi threw fireworks and stones at police lines outside parliament on Saturday night and set barricades on fire, the interior ministry said, adding that 20 officers were hurt.", "stones and fireworks at police"),
    (VD, "Nigeria", HD, "Demonstrators loot warehouse in Kano. Crowds protesting hunger broke into a government food store and carted away bags of grain, police said.", "protesters looted"),
    (VD, "Mozambique", PS, "A police car was set on fire and shops were looted by opposition supporters in Nampula on Thursday during a demonstration against the election results, police said.", "looting during a protest"),
    (VD, "Senegal", CL, "Students who threw stones at riot police on the campus in Dakar, angered by the jailing of an opposition leader, burned a bus.", "students threw stones"),
    (VD, "Indonesia", LG, "Demonstrators set fire to a regional parliament building in Makassar on Friday night after a delivery driver was run over by a police vehicle during earlier protests, local officials said; three people died in the blaze.", "protesters set a building alight"),
    # --- Mob violence (8)
    (MOB, "Nigeria", HD, "Mob kills student over blasphemy claim in Sokoto. Fellow students beat a young woman to death and burned her body after accusing her of insulting the Prophet, police said.", "blasphemy lynching"),
    (MOB, "India", PS, "A cattle trader was beaten to death by a crowd of cow vigilantes in Jharkhand on Saturday, police said.", "vigilante crowd"),
    (MOB, "Democratic Republic of Congo", CL, "Police in Beni said a man, whom residents accused of helping the ADF rebels, was stoned and burned by a crowd before officers could reach him.", "suspected collaborator lynched"),
    (MOB, "Haiti", LG, "Residents of Canape-Vert caught 13 suspected gang members travelling in a minibus on Monday, beat them and set them on fire with petrol, a police official said, as vigilante justice spread in the capital.", "bwa kale lynching"),
    (MOB, "Kenya", HD, "Villagers lynch elderly women accused of witchcraft. A crowd in Kisii dragged four women from their homes and burned them to death, police said.", "witchcraft lynching"),
    (MOB, "South Africa", PS, "Shops owned by foreigners in Durban were attacked on Sunday by gangs of residents armed with sticks, and two men were killed, police said.", "xenophobic crowds"),
    (MOB, "Bangladesh", CL, "Police arrested 20 people after supporters of rival factions of the ruling party, who had quarrelled over a market lease, fought with machetes in Noakhali, leaving one dead.", "rival supporters fight"),
    (MOB, "Pakistan", LG, "A crowd in Jaranwala set fire to churches and Christian homes on Wednesday after two men were accused of desecrating the Quran, police said, adding that residents had fled before the mob arrived.", "communal crowd burning churches"),
    # --- Looting/property destruction (8)
    (LOOT, "Sudan", HD, "RSF loot Wad Madani market. Fighters broke into shops and carried off goods on trucks after taking the town, traders said; no deaths were reported.", "looting, no harm"),
    (LOOT, "Burkina Faso", PS, "Two mobile phone masts near Fada N'Gourma were destroyed by militants on Monday, cutting the network in the area, a telecom official said.", "masts destroyed"),
    (LOOT, "Nigeria", CL, "Farmers in Benue said they returned to find that herdsmen, who had driven their cattle into the village after residents fled, had burned the granaries.", "burning after residents fled"),
    (LOOT, "Israel/Palestine", LG, "Israeli settlers uprooted about 200 olive trees and set fire to a car in the village of Burin on Thursday, the Palestinian agriculture ministry said; no one was hurt.", "trees uprooted, no one hurt"),
    (LOOT, "Mali", HD, "Jihadists burn school in Timbuktu region. Armed men set fire to classrooms and books in Goundam after telling teachers to leave, local sources said.", "school burned"),
    (LOOT, "Cameroon", PS, "A hospital in Kumba was set on fire by suspected separatists on Saturday night after patients were evacuated, the health ministry said.", "hospital burned after evacuation"),
    (LOOT, "Haiti", CL, "The national penitentiary in Port-au-Prince, which gang members looted after its inmates escaped, was later set on fire, officials said.", "prison looted and burned"),
    (LOOT, "Democratic Republic of Congo", LG, "M23 fighters emptied the warehouses of a humanitarian agency in Rubaya on Tuesday, taking food and medicine, the agency said, adding that its staff had left the day before.", "warehouses looted"),
    # --- Government regains territory (8)
    (GRT, "Somalia", HD, "Army retakes town from al-Shabaab. Government forces regained Adan Yabaal in Middle Shabelle on Thursday after militants withdrew under pressure, the defence ministry said.", "retaken"),
    (GRT, "Sudan", PS, "The presidential palace in Khartoum was recaptured by the army on Friday after nearly two years in RSF hands, state television said.", "recaptured (passive)"),
    (GRT, "Mali", CL, "Celebrations broke out in Bamako after the army, which had lost Kidal in 2014, entered the town with Russian mercenaries on Tuesday.", "forces entered"),
    (GRT, "Nigeria", LG, "Troops regained control of Malam Fatori on Saturday, days after ISWAP fighters took the town, a military spokesman said, adding that soldiers were clearing the remaining positions.", "regained control"),
    (GRT, "Iraq", HD, "Iraqi forces back in control of Tal Afar. The army raised the flag over the citadel after Islamic State fighters fled the city, commanders said.", "flag raised, control regained"),
    (GRT, "Mozambique", PS, "The port town of Mocimboa da Praia was taken back from insurgents by Rwandan and Mozambican troops, Rwanda's army said on Sunday.", "taken back (foreign ally for government)"),
    (GRT, "Ethiopia", CL, "Aid agencies said they could resume deliveries to Lalibela, which government troops reclaimed from Tigrayan forces on Wednesday.", "reclaimed in a clause"),
    (GRT, "Syria", LG, "Government troops and allied militias took back the town of Khan Sheikhoun on Wednesday after rebels pulled out overnight, state media said, ending five years of opposition rule there.", "town taken back"),
    # --- Non-state actor overtakes territory (8)
    (NSO, "Democratic Republic of Congo", HD, "M23 rebels seize Bukavu. The rebels entered the provincial capital on Sunday and took the governor's office, residents said.", "rebels seized a city"),
    (NSO, "Burkina Faso", PS, "The town of Djibasso was overrun by JNIM fighters on Monday after soldiers fled their base, local sources said.", "overrun (passive)"),
    (NSO, "Myanmar", CL, "Residents fled toward China after Lashio, where the army's northeastern command sits, fell to TNLA and MNDAA fighters.", "city fell"),
    (NSO, "Sudan", LG, "The RSF took control of the army's headquarters in Nyala on Thursday after weeks of siege, the paramilitaries said in a statement, posting videos of fighters inside the base.", "took control"),
    (NSO, "Mozambique", HD, "Insurgents take Macomia. Fighters linked to Islamic State occupied the district town for two days, raising their flag, before leaving, residents said.", "occupied a town"),
    (NSO, "Syria", PS, "Aleppo was taken by rebel fighters led by Hayat Tahrir al-Sham on Saturday, with government forces melting away, a monitor said.", "city taken by rebels"),
    (NSO, "Haiti", CL, "The police abandoned their station in Mirebalais after gang members, who had stormed the town overnight, took over the streets.", "gangs took over a town"),
    (NSO, "Ukraine", LG, "Russian forces captured the village of Novohrodivka in Donetsk region, the Russian defence ministry said on Monday; Ukraine's army said its troops had pulled back to avoid encirclement.", "foreign army captures a village"),
    # --- Non-violent transfer of territory (8)
    (NVT, "Mali", HD, "UN peacekeepers hand Ber camp over. The UN mission left its base near Timbuktu a day early, and the Malian army moved in, officials said.", "handover of a base"),
    (NVT, "Syria", PS, "The town of Deir Hafer was handed over to government forces by the Kurdish-led SDF on Saturday under an agreement reached in Damascus, both sides said.", "handed over under a deal"),
    (NVT, "Somalia", CL, "Elders in Ceel Buur said life returned to the market after al-Shabaab, which had held the town for years, pulled out without a fight and clan fighters walked in.", "pulled out without a fight"),
    (NVT, "Afghanistan", LG, "Taliban fighters walked into the provincial capital of Herat on Thursday after local officials agreed to surrender it without fighting, elders said, and the governor was escorted out of the city.", "surrendered city (2021)"),
    (NVT, "Lebanon", HD, "Israeli troops leave Khiam. The army withdrew from the border town under the ceasefire, and Lebanese soldiers deployed there on Wednesday, the army said.", "withdrawal, army deployed"),
    (NVT, "Niger", PS, "An air base near Niamey was handed to the Nigerien army by French troops on Friday, completing the first stage of their withdrawal.", "base handed over"),
    (NVT, "Democratic Republic of Congo", CL, "Traders said shops reopened in Kiwanja, which M23 rebels left to East African troops on Monday as part of a regional plan.", "left to regional troops"),
    (NVT, "Libya", LG, "Forces loyal to the Government of National Unity took over the Tripoli headquarters of a disbanded militia on Tuesday after it left under a deal brokered by elders, the interior ministry said, and no shots were fired.", "no shots fired"),
    # --- Headquarters or base established (8)
    (HQ, "Mali", HD, "Army sets up new base in Tessit. Troops established a permanent camp in the town to secure the road to Gao, the general staff said.", "base set up"),
    (HQ, "Burkina Faso", PS, "A new military post was installed on Sunday in Seytenga by the army and volunteer fighters, the regional governor said.", "post installed (passive)"),
    (HQ, "Nigeria", CL, "Villagers near Kamuku forest said bandits, who moved in after the army left, had built a camp on the hill above the village.", "armed group camp"),
    (HQ, "Syria", LG, "Turkish forces set up a new observation post near Atarib in western Aleppo on Monday, bringing in armoured vehicles and concrete walls, a monitor said.", "observation post"),
    (HQ, "Democratic Republic of Congo", HD, "M23 opens administration office in Goma. The rebels set up their headquarters in the governor's former residence and named officials, a spokesman said.", "rebel headquarters"),
    (HQ, "Iraq", PS, "A new outpost was established by Turkish troops in the Duhok mountains on Wednesday, local officials said.", "outpost (passive)"),
    (HQ, "Mozambique", CL, "Families said the insurgents, who had camped in Catupa forest for months, built a new base near the Messalo river.", "insurgent base"),
    (HQ, "Somalia", LG, "Ethiopian troops set up a base at the airstrip in Bardale on Saturday, residents said, bringing trucks and heavy weapons into the town; no fighting was reported.", "foreign base"),
    # --- Agreement (8)
    (AGR, "Sudan", HD, "Army and RSF agree one-week truce. The two sides signed a ceasefire in Jeddah to allow aid deliveries, the mediators said.", "truce"),
    (AGR, "Yemen", PS, "About 900 prisoners were exchanged by the Houthis and the government on Sunday under a deal brokered by the Red Cross.", "prisoner swap"),
    (AGR, "Ethiopia", CL, "Residents in Mekelle celebrated after the government and the TPLF, whose war has killed hundreds of thousands, signed a peace accord in Pretoria.", "peace accord"),
    (AGR, "Nigeria", LG, "More than 300 Boko Haram fighters and their families surrendered to troops in Bama on Saturday, handing in their weapons, the army said, adding that they would be screened.", "mass surrender"),
    (AGR, "Colombia", HD, "Government and ELN sign ceasefire. Negotiators in Havana agreed to a six-month halt to fighting, both delegations said.", "ceasefire"),
    (AGR, "Israel/Palestine", PS, "Thirty-three Israeli hostages were to be freed by Hamas in exchange for Palestinian prisoners under a truce agreed on Wednesday, mediators said.", "hostage deal"),
    (AGR, "Democratic Republic of Congo", CL, "Kinshasa said M23 leaders, who had refused to meet officials for months, signed a declaration of principles with the government in Doha.", "declaration signed"),
    (AGR, "Mali", LG, "Village chiefs in Niono and a local JNIM commander agreed to a truce that lets farmers return to their fields in exchange for a levy, community leaders said on Tuesday, ending months of blockade.", "local truce"),
    # --- Change to group/activity (8)
    (CHG, "Nigeria", HD, "ISWAP names new leader. The group announced that a new wali would command its fighters in the Lake Chad area, security sources said.", "new leader"),
    (CHG, "Pakistan", PS, "A ceasefire with the government was called off by the Pakistani Taliban on Monday, and fighters were ordered to resume attacks.", "group ends ceasefire"),
    (CHG, "Mali", CL, "The Russian group, which had fought in Mali since 2021, announced it was leaving and handing its role to the Africa Corps.", "group leaves"),
    (CHG, "Syria", LG, "At a gathering of commanders in Damascus on Wednesday, the leader of Hayat Tahrir al-Sham declared the group disbanded, telling reporters afterwards that its men would be folded into a new army under the defence ministry.", "dissolution"),
    (CHG, "Nigeria", HD, "Curfew imposed in Kaduna town after clashes. The state government ordered residents of Kafanchan to stay indoors for 24 hours, a spokesman said.", "curfew"),
    (CHG, "Iraq", PS, "Attacks on US troops were suspended by Kataib Hezbollah on Tuesday, the group said in a statement, to avoid embarrassing the government.", "suspension of operations"),
    (CHG, "Somalia", CL, "Officials in Garowe said a faction of Islamic State in Somalia, whose commanders fell out over money, had split into two rival groups.", "split"),
    (CHG, "Democratic Republic of Congo", LG, "Several Mai-Mai groups in South Kivu announced on Friday that they had joined a new coalition allied with the army against the M23, their leaders said in a video.", "new alliance"),
    # --- Disrupted weapons use (8)
    (DWU, "Israel", HD, "Iron Dome intercepts rockets over Ashkelon. Air defences shot down eight rockets fired from Gaza, the army said; no injuries were reported.", "rockets intercepted"),
    (DWU, "Nigeria", PS, "An explosive device planted near a church in Kaduna was defused by bomb disposal experts on Sunday, police said.", "bomb defused"),
    (DWU, "Ukraine", CL, "Kyiv residents sheltered in metro stations overnight as air defences, working for six hours, downed 40 Russian drones.", "drones downed"),
    (DWU, "Iraq", LG, "Iraqi security forces seized a cache of rockets and launchers in a farmhouse south of Baghdad on Thursday, the security media cell said, adding that the weapons were ready to be fired.", "cache seized"),
    (DWU, "Saudi Arabia", HD, "Saudi air defences intercept Houthi missile over Jazan. The coalition said it destroyed a ballistic missile launched from Yemen; debris fell on a farm.", "missile intercepted"),
    (DWU, "Pakistan", PS, "A would-be suicide bomber was arrested outside a mosque in Peshawar before he could detonate his vest, police said.", "bomber stopped"),
    (DWU, "Mali", CL, "Soldiers in Sevare said a drone, which approached the airport at night, was brought down by electronic jamming.", "drone jammed"),
    (DWU, "Somalia", LG, "Police in Mogadishu stopped a car packed with explosives at a checkpoint near the airport on Saturday, arresting its driver, a police spokesman said; bomb experts later made it safe.", "car bomb stopped"),
    # --- Other (8)
    (OTH, "Libya", HD, "Mass grave found in Tarhuna. Investigators exhumed 12 bodies from a pit on a farm once held by the Kaniyat militia, officials said.", "mass grave"),
    (OTH, "Sudan", PS, "The city of El Fasher has been besieged by the RSF since May, with food and medicine blocked from entering, the UN said on Friday.", "siege"),
    (OTH, "Mexico", CL, "Prosecutors in Jalisco said the ranch, where searchers found hundreds of shoes and charred bones, had been used by a cartel.", "extermination site found"),
    (OTH, "Burkina Faso", LG, "JNIM fighters imposed a blockade on Djibo, stopping trucks from entering and mining the roads, residents said on Monday, leaving tens of thousands short of food.", "blockade"),
    (OTH, "Nigeria", HD, "Bandits impose levy on Zamfara villages. Armed gangs told communities near Tsafe to pay 30 million naira or face attacks, residents said.", "armed-group levy"),
    (OTH, "Iraq", PS, "Bodies of nine men were pulled from the Tigris near Baghdad on Thursday, police said.", "bodies found"),
    (OTH, "Lebanon", CL, "Residents of Beirut said windows shook on Sunday after Israeli jets, flying low over the capital, broke the sound barrier several times.", "sonic booms"),
    (OTH, "Syria", LG, "Investigators on Thursday uncovered remains of about 20 people in a mass grave near Raqqa that they said dated from Islamic State rule, local authorities said.", "mass grave"),
]

NON_EVENT_ROWS: list[tuple[str | None, str, str, str, str]] = [
    (None, "Nigeria", HD, "Tanker blast kills dozens in Niger state. A fuel tanker overturned and exploded near Dikko as people scooped petrol from it, emergency officials said.", "road accident"),
    (None, "Lebanon", PS, "A ceremony was held in Beirut on Sunday to remember the victims of the 2020 port explosion.", "commemoration"),
    (None, "Somalia", CL, "The US Africa Command said in its quarterly report that its strikes, which it carried out in coordination with Mogadishu, had killed more than 100 militants this year.", "yearly tally"),
    (None, "Mali", LG, "The junta said on Tuesday it would deploy more troops to the central regions before the rainy season, the defence minister told state television, adding that recruitment would start next month.", "future deployment"),
    (None, "Kenya", HD, "Opposition vows to march next week. The coalition said supporters would take to the streets on Monday if the tax law was not withdrawn.", "threat to march"),
    (None, "Ethiopia", PS, "A report accusing federal troops of killings in Amhara was rejected by the government on Thursday as baseless.", "denial"),
    (None, "Ukraine", CL, "Ukraine's prosecutor said the soldier, who admitted shooting a civilian in 2022, was sentenced to life in prison.", "verdict about a past killing"),
    (None, "Iran", LG, "An explosion at a chemical storage unit in the port of Shahid Rajaee near Bandar Abbas on Saturday killed dozens of workers, officials said, blaming poorly stored cargo.", "industrial explosion"),
    (None, "Sudan", HD, "Floods sweep away homes in Kassala. Heavy rain caused a dam to burst, destroying hundreds of houses, officials said.", "disaster"),
    (None, "Burkina Faso", PS, "Talks between the junta and ECOWAS envoys were held in Ouagadougou on Monday without any agreement, a diplomat said.", "talks without a deal"),
    (None, "Israel/Palestine", CL, "The UN said the number of people killed in Gaza, which has been under bombardment since October 2023, had passed 40,000.", "cumulative toll"),
    (None, "Democratic Republic of Congo", LG, "The UN Security Council condemned the M23 offensive near Goma on Friday and called on Rwanda to withdraw its troops, in a statement read by the council's president.", "condemnation"),
    (None, "India", HD, "Army test-fires missile off Odisha coast. The Agni missile flew to its target in the Bay of Bengal, the defence ministry said.", "weapons test"),
    (None, "Nigeria", PS, "Forty-six people were killed when a boat carrying farmers capsized on a river in Sokoto state, officials said.", "boat accident"),
    (None, "Mali", CL, "Residents of Gao said the loud explosions they heard on Wednesday, which caused panic in the market, came from the army destroying old ammunition.", "controlled demolition"),
    (None, "Afghanistan", LG, "A powerful earthquake struck Herat province on Saturday, flattening villages and killing more than 1,000 people, the Taliban government said, as rescuers dug through rubble.", "earthquake"),
    (None, "Somalia", HD, "Al-Shabaab threatens to attack election venues. The group warned voters to stay away from polling stations in a message on its radio.", "threat"),
    (None, "Pakistan", PS, "The former prime minister was sentenced to 14 years in prison by an anti-corruption court in Rawalpindi on Friday.", "verdict"),
    (None, "Cameroon", CL, "Human Rights Watch said in a report that soldiers, who were searching for separatists in 2019, had tortured detainees in Buea.", "report on past abuse"),
    (None, "Syria", LG, "The new Syrian president met Saudi Arabia's crown prince in Riyadh on Sunday, his first trip abroad since taking office, and the two discussed reconstruction and sanctions, state media said.", "diplomacy"),
    (None, "Chad", HD, "Chad's army holds exercise near Libyan border. Troops and aircraft took part in three days of manoeuvres in the Tibesti, the general staff said.", "military drill"),
    (None, "Ghana", PS, "A gas station in Accra was destroyed by an explosion on Tuesday evening, killing seven, the fire service said, citing a leak during refuelling.", "gas explosion"),
    (None, "Iraq", CL, "A court in Baghdad said the Islamic State member, who took part in the 2014 Speicher massacre, was sentenced to death.", "death sentence"),
    (None, "Yemen", LG, "The Houthis said on Monday they would target any ship linked to Israel that enters the Red Sea, in a televised speech by their leader, who called on Arab states to join the blockade.", "threat"),
    (None, "Mexico", HD, "Mine collapse traps workers in Coahuila. Ten miners were stuck underground after a flooded coal pit caved in, officials said.", "mine collapse"),
    (None, "Nigeria", PS, "The Eid celebrations in Kano were marked on Wednesday by horse riders firing muskets into the air at the Durbar festival.", "festival gunfire"),
    (None, "Sudan", CL, "Aid workers said the camp at Zamzam, where more than 400,000 people live, was running out of clean water.", "humanitarian figures"),
    (None, "Burkina Faso", LG, "Former soldiers went on trial in Ouagadougou on Monday over the 1987 killing of President Thomas Sankara, the court said, in a case that families had awaited for decades.", "trial about a past killing"),
    (None, "Ukraine", HD, "Zelensky visits troops near Kupiansk. The president handed out medals to soldiers at a command post, his office said.", "visit"),
    (None, "Democratic Republic of Congo", PS, "A plan to send more UN peacekeepers to Ituri was approved on Thursday, a UN official said.", "future plan"),
    (None, "Kenya", CL, "Police said the shooting, which residents of Eastleigh had reported on social media, never happened and the sounds came from a burst tyre.", "denial, rumour"),
    (None, "Colombia", LG, "The ELN released a statement on Saturday saying it was ready to return to peace talks if the government lifted arrest warrants, a commander said, adding that its fighters remained on alert.", "statement"),
    (None, "Syria", HD, "Fire ravages forests in Latakia. Blazes spread across the coastal mountains for a week, forcing villagers to flee, the civil defence said.", "wildfire"),
    (None, "Haiti", PS, "A boat carrying Haitian migrants caught fire off Cap-Haitien on Friday, and 40 people died, the UN migration agency said.", "boat fire"),
    (None, "Niger", CL, "Officials in Niamey said the explosion, which shattered windows near the airport on Sunday, came from a faulty gas cylinder at a restaurant.", "accidental explosion"),
    (None, "Israel/Palestine", LG, "Thousands attended the funeral in Jenin on Friday of a man killed in an Israeli raid earlier in the week, mourners said, as gunmen fired in the air to honour him.", "funeral"),
    (None, "Mozambique", HD, "Troops from Rwanda to stay in Cabo Delgado. The two governments agreed the soldiers would remain until the insurgency ends, officials said.", "policy agreement, no event"),
    (None, "Bangladesh", PS, "A ferry fire on the Sugandha river killed 38 passengers overnight, officials said, blaming an engine fault.", "ferry fire"),
    (None, "Iran", CL, "State media said the drills, in which the Revolutionary Guards fired missiles at dummy targets in the Gulf, ended on Thursday.", "drills"),
    (None, "Mali", LG, "Kidnappings across the Sahel rose sharply in 2024 compared with the previous year, a research group said on Tuesday, citing more than 500 cases recorded in Mali alone.", "yearly tally"),
]


def rows_as_json() -> list[dict]:
    return numbered_snippets(ROWS + NON_EVENT_ROWS, "f13", SHUFFLE_SEED)


def main() -> None:
    rows = rows_as_json()
    OUT.write_text(jsonl_text(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
