"""Write fresh5.jsonl from the hand-written rows below (round eight, written before any run on them).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/write_fresh5.py

Styles unlike fresh1-4: army and ministry communiques, police statements, translated local press, UN/OCHA
flash updates, live-blog one-liners, posts quoted by wires, short crime briefs. The rows are grouped by
sub-type for the writer; they are shuffled with a fixed seed before ids are given, so the held part (every
third id) mixes all sub-types and styles. Every sentence was written for eventwire; facts are modelled on
real events, wording is ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import jsonl_text, numbered_snippets  # noqa: E402

OUT = Path(__file__).resolve().parent / "fresh5.jsonl"
SHUFFLE_SEED = 8  # round eight; any fixed seed would do

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
    # --- Armed clash
    (AC, "Niger", "communique", "Communique No. 12 of the Ministry of National Defence: on 3 March a unit of Operation Almahaou engaged a column of armed bandits near Tillia; 17 terrorists were neutralised and two of our soldiers fell with honour.", "army engages armed group, losses both sides"),
    (AC, "Mali", "communique", "The FAMa repelled a complex attack on the Boulkessi camp this morning. Provisional toll: 14 assailants neutralised, 5 FAMa killed, the General Staff reports.", "attack on camp repelled"),
    (AC, "Nigeria", "police", "The Command wishes to state that operatives of the tactical squad engaged the hoodlums in a gun duel at Ihiala, forcing them to flee with gunshot wounds, PPRO Ikenga said.", "police gun duel with gunmen"),
    (AC, "Ukraine", "liveblog", "09:40 - Ukraine's 47th brigade says it beat back a Russian mechanised assault near Avdiivka overnight.", "ground assault beaten back"),
    (AC, "Colombia", "translated", "Combats between dissidents of the FARC and the ELN left a balance of nine dead in the rural zone of Tame, Arauca, informed the Ombudsman.", "two armed groups fight"),
    (AC, "Myanmar", "tweet", "'Heavy fighting between KIA and junta troops around Bhamo since 5am, we hear gunfire from the town,' a resident posted on X, Reuters reported.", "two sides fight"),
    (AC, "Ethiopia", "ocha", "Flash Update #4: Fighting between the ENDF and Fano militia in and around Debre Tabor has disrupted humanitarian movements since 14 August.", "army and militia fight"),
    (AC, "Burkina Faso", "communique", "The Volunteers for the Defence of the Homeland (VDP) of Titao successfully resisted an incursion by armed individuals on Sunday, killing several of them, the regional governor announced.", "VDP resist an incursion"),
    (AC, "Somalia", "communique", "SNA forces, supported by local macawisley fighters, killed 30 al-Shabaab militants in an operation in the Adan Yabaal area, the Ministry of Information said.", "army operation against militants"),
    (AC, "India", "police", "An encounter broke out between security forces and terrorists in the Kokernag forest area of Anantnag; two militants were killed, J&K Police said on X.", "encounter, exchange of fire"),
    # --- Attack
    (AT, "Burkina Faso", "translated", "Individuals armed to the teeth burst into the village of Solhan in the night and executed residents, the provisional toll standing at more than a hundred dead, according to the government.", "armed men kill villagers"),
    (AT, "Nigeria", "police", "Gunmen on motorcycles shot dead eleven villagers in Kauran Namoda LGA on Saturday, the Zamfara police command confirmed.", "gunmen kill villagers"),
    (AT, "Mexico", "crime", "Armed men opened fire on a family party in Salvatierra, Guanajuato, killing twelve people, the state prosecutor said.", "gunmen kill civilians"),
    (AT, "DR Congo", "ocha", "OCHA flash update: on 13 June, suspected ADF elements attacked Mukondi village in Beni territory with machetes, killing at least 42 civilians.", "armed group kills civilians"),
    (AT, "Brazil", "crime", "A community leader was shot dead outside her home in Altamira, Para, by two men on a motorcycle, police said.", "targeted killing of a civilian"),
    (AT, "India", "police", "Suspected militants shot dead a migrant labourer from Bihar in Pulwama on Sunday evening, Kashmir Zone Police posted.", "militants kill a civilian"),
    (AT, "Mozambique", "translated", "Insurgents beheaded five villagers in the locality of Mucojo, Macomia district, reported local sources to our newspaper.", "beheading of civilians"),
    (AT, "Haiti", "ocha", "According to the UN, members of the Gran Grif gang killed at least 70 people in Pont-Sonde in the early hours of 3 October.", "gang massacre"),
    (AT, "Mali", "tweet", "'Our village was attacked by armed men, they killed the imam and four shepherds,' a Diallassagou resident wrote on Facebook, AFP said.", "civilians killed"),
    (AT, "Cameroon", "translated", "Separatist fighters have cut the finger of a teacher in the locality of Kumba for having held classes despite the lockdown, according to witnesses.", "mutilation of a civilian"),
    # --- Air/drone strike
    (AIR, "Mali", "communique", "The General Staff of the Armies informs that aerial strikes carried out on 17 March destroyed a terrorist logistics base north of Tessit; several terrorists were neutralised.", "air strikes on a base"),
    (AIR, "Burkina Faso", "communique", "The air vector of the national army struck a group of terrorists assembled in the forest of Koulbou, neutralising about thirty of them, according to the AIB.", "air strike on militants"),
    (AIR, "Yemen", "liveblog", "Live updates: US and UK jets hit Houthi targets in Sanaa and Hodeidah overnight, the Pentagon says.", "air strikes"),
    (AIR, "Sudan", "ocha", "OCHA: a drone strike on a market in Mellit, North Darfur, killed at least 10 people on Sunday.", "drone strike"),
    (AIR, "Somalia", "communique", "AFRICOM conducted a self-defence strike against al-Shabaab fighters near Jilib on Tuesday; the command assesses no civilians were harmed.", "US strike"),
    (AIR, "Ukraine", "tweet", "'Russian aviation dropped guided bombs on Kharkiv again, a residential block hit,' Governor Syniehubov wrote on Telegram.", "guided bombs dropped from aircraft"),
    (AIR, "Gaza", "translated", "The occupation aircraft targeted a house in the Nuseirat camp, martyring a family of seven, reported the agency Wafa.", "air strike on a house"),
    (AIR, "Myanmar", "translated", "The military council's jet fighters bombed Kanan village in Sagaing region during the morning, killing eleven villagers, said local media.", "junta air strike"),
    (AIR, "Pakistan", "wire", "Afghan Taliban officials said Pakistani military aircraft struck suspected TTP hideouts in Paktika province overnight, killing civilians.", "cross-border air strike"),
    # --- Shelling/artillery/missile attack
    (SH, "Ukraine", "tweet", "'Russians shelled Kherson's Dniprovskyi district, a 64-year-old man was wounded,' the regional military administration posted on Telegram.", "one-sided shelling"),
    (SH, "Israel", "liveblog", "17:22 - Hezbollah says it fired a barrage of Katyusha rockets at Kiryat Shmona.", "rockets fired"),
    (SH, "Sudan", "ocha", "Flash update: indiscriminate artillery shelling on Abu Shouk IDP camp killed at least 8 people on 11 December, humanitarian partners report.", "shelling of a camp"),
    (SH, "Russia", "communique", "Governor Gladkov: the village of Shebekino came under fire from multiple launch rocket systems, two houses damaged, no injuries.", "rocket fire on a town"),
    (SH, "Iraq", "wire", "Three rockets landed inside Baghdad's Green Zone near the US embassy late on Monday, the Iraqi security media cell said.", "rockets hit zone"),
    (SH, "Syria", "translated", "The regime forces bombarded with mortar shells the periphery of the town of Ariha, wounding two children, said the activists.", "mortar shelling"),
    (SH, "Ukraine", "communique", "The Ministry of Defence of Ukraine: at 04:15 the enemy launched two Iskander-M ballistic missiles at Poltava; an educational institution was hit.", "missile strike"),
    (SH, "Armenia", "communique", "The Defence Ministry said Azerbaijani units opened fire with mortars and large-calibre weapons at Armenian positions near Sotk; there was no return fire.", "one-sided cross-border fire"),
    # --- Remote explosive/landmine/IED
    (IED, "Mali", "communique", "A FAMa vehicle hit an improvised explosive device between Boni and Hombori this morning; two soldiers were killed, the army said.", "IED on an army vehicle"),
    (IED, "Colombia", "police", "A police patrol was hit by an explosive artifact activated at distance on the road between Jamundi and Potrerito, three agents were injured, the police said.", "remote-detonated device"),
    (IED, "Pakistan", "police", "A remote-controlled bomb planted on a motorcycle went off near a police van in Quetta, injuring six policemen, CTD officials said.", "remote bomb"),
    (IED, "Syria", "translated", "An explosive device planted in a car exploded in the city of Azaz, killing four civilians, said the civil defence.", "car bomb, remote"),
    (IED, "Ukraine", "ocha", "A tractor driver was killed when his vehicle struck a landmine in a field near Izium, OCHA said in its weekly update.", "landmine"),
    (IED, "Somalia", "liveblog", "Update 11:10 - Roadside blast hits AMISOM convoy on Afgooye road; casualties unknown, police say.", "roadside bomb"),
    (IED, "India", "police", "Maoists triggered an IED blast targeting a DRG vehicle in Dantewada, killing ten personnel and the driver, Bastar IG said.", "IED on security forces"),
    (IED, "Afghanistan", "wire", "A magnetic bomb attached to a car carrying employees of the Kabul municipality exploded in the west of the city, police said.", "sticky bomb"),
    # --- Suicide bomb
    (SUI, "Pakistan", "police", "A suicide bomber blew himself up inside a mosque in the Peshawar police lines during the noon prayer, the CCPO said.", "suicide bombing"),
    (SUI, "Somalia", "translated", "A kamikaze carrying an explosive belt made himself explode at the entrance of a restaurant of Mogadishu frequented by soldiers, said the police.", "suicide belt"),
    (SUI, "Nigeria", "communique", "Troops said a female suicide bomber detonated her vest at a wedding in Gwoza, killing eighteen people.", "female suicide bomber"),
    (SUI, "Afghanistan", "liveblog", "BREAKING: Suicide bomber strikes near Kabul airport's Abbey Gate, Pentagon confirms casualties.", "suicide bomber"),
    (SUI, "Iraq", "wire", "Two suicide bombers detonated explosive vests in a crowded market in Baghdad's Tayaran Square, the interior ministry said.", "twin suicide bombing"),
    (SUI, "Syria", "translated", "A suicidal in a booby-trapped car exploded himself near a position of the SDF in the countryside of Deir ez-Zor, according to the Observatory.", "SVBIED"),
    (SUI, "Mali", "communique", "A vehicle-borne suicide device driven by a terrorist exploded at the gate of the Gao camp on Friday, the army says, adding there were no deaths among the soldiers.", "VBIED at a gate, no assault"),
    (SUI, "Indonesia", "police", "Police said a man detonated a bomb strapped to his body at the Astana Anyar police station in Bandung, killing an officer.", "suicide bomber at police station"),
    # --- Grenade
    (GR, "Colombia", "police", "Unknown men threw a grenade at a police station in Jamundi, Valle del Cauca, injuring two officers, the police said.", "grenade thrown"),
    (GR, "India", "police", "Terrorists hurled a grenade at a CRPF bunker in Srinagar's Lal Chowk area, J&K Police said; two jawans sustained splinter injuries.", "grenade hurled"),
    (GR, "Sweden", "crime", "A hand grenade exploded outside an apartment building in Linkoping overnight, police said; no one was injured.", "grenade blast"),
    (GR, "Burundi", "translated", "Grenades were launched by unidentified persons in a bar of the quarter of Kamenge, making three wounded, according to the police.", "grenades thrown"),
    (GR, "Ecuador", "crime", "A grenade was thrown into a house in Guayaquil's Socio Vivienda neighbourhood, killing a woman, police reported.", "grenade thrown into house"),
    (GR, "Mali", "liveblog", "13:10 - Grenade attack on a market in Koulikoro leaves several wounded, witnesses say.", "grenade attack"),
    (GR, "Denmark", "crime", "Copenhagen police said a hand grenade was thrown at a shop in Husum early on Sunday; two people were injured.", "grenade thrown"),
    # --- Chemical weapon
    (CH, "Syria", "ocha", "The OPCW fact-finding mission concluded that chlorine was used as a weapon in the attack on Marea on 1 September 2015.", "chlorine attack"),
    (CH, "Ukraine", "communique", "The General Staff says Russian forces dropped ammunition filled with chloropicrin on Ukrainian positions near Robotyne.", "chemical munitions"),
    (CH, "Syria", "translated", "Regime helicopters dropped barrels containing toxic gas on Kafr Zita, provoking cases of suffocation, said the medical sources.", "toxic gas barrels"),
    (CH, "Ukraine", "tweet", "'Enemy drones dropped K-51 grenades with CS gas on our trenches overnight,' a brigade spokesman posted, Ukrainska Pravda said.", "CS gas from drones"),
    (CH, "Iraq", "wire", "Kurdish peshmerga officials said Islamic State fighters fired mortar rounds containing mustard agent at their positions near Makhmour.", "mustard agent"),
    (CH, "Syria", "wire", "Doctors in Douma said dozens of people showed symptoms of chlorine exposure after a barrel bomb hit a building on Saturday.", "chlorine barrel bomb"),
    # --- Sexual violence
    (SV, "DR Congo", "ocha", "MSF teams in Kalehe treated 37 women who said they were raped by armed men in the fields over the past week.", "rapes by armed men"),
    (SV, "South Sudan", "ocha", "UNMISS condemned the rape of at least 40 women and girls by armed youth around Bentiu between 9 and 19 July.", "rapes by armed youth"),
    (SV, "Sudan", "translated", "Elements of the Rapid Support Forces raped girls in the quarter of Ardamata, affirmed the unit for the fight against violence against women.", "rape by RSF"),
    (SV, "Myanmar", "wire", "Soldiers gang-raped two women during a raid on a village in Hpakant township, a local women's group said.", "gang rape by soldiers"),
    (SV, "Ethiopia", "ocha", "Health workers in Adigrat documented 120 cases of rape by soldiers in the first week after the town was taken, the UN said.", "rapes by soldiers"),
    (SV, "Central African Republic", "translated", "Armed men of the 3R sexually assaulted four women on the axis Bocaranga-Koui, according to humanitarian sources.", "sexual assault"),
    (SV, "Haiti", "ocha", "Gang members raped at least ten women during an incursion into Cite Soleil on 8 July, UN human rights office said.", "rape during incursion"),
    # --- Abduction/forced disappearance
    (AB, "Nigeria", "police", "The command confirms that bandits abducted 15 passengers travelling on the Abuja-Kaduna road on Sunday; tactical teams are in pursuit.", "kidnapping"),
    (AB, "Burkina Faso", "translated", "Unidentified individuals took away by force the customary chief of Djibo and two of his notables; they have not been found since.", "abduction"),
    (AB, "Mexico", "crime", "Armed men took seven young people from a house in Lagos de Moreno, Jalisco, and their families have had no word since, prosecutors said.", "disappearance"),
    (AB, "Cameroon", "tweet", "'Amba fighters kidnapped our principal and eleven students this morning,' a teacher wrote on Facebook, according to a local newspaper.", "kidnap by separatists"),
    (AB, "Haiti", "police", "Police said 400 Mawozo gang members seized 17 missionaries and their relatives on a road east of Port-au-Prince.", "kidnap of missionaries"),
    (AB, "Pakistan", "wire", "Relatives said men in plain clothes took a Baloch student from his hostel in Karachi at night and he has not been produced before any court.", "enforced disappearance"),
    (AB, "Mali", "communique", "The government condemns the abduction of three Chinese workers at the Kandia mining site by armed individuals on Friday.", "kidnap of foreign workers"),
    # --- Arrests
    (AR, "Russia", "police", "The FSB detained a resident of Krasnoyarsk on suspicion of treason for transferring money to the Ukrainian army.", "arrest"),
    (AR, "Hong Kong", "police", "National security police arrested six people for publishing seditious posts ahead of the June 4 anniversary.", "arrests"),
    (AR, "Iran", "translated", "The security forces arrested a network of five persons in Zahedan accused of links with the terrorist group Jaish al-Adl, reported the agency Tasnim.", "arrests"),
    (AR, "Belarus", "wire", "Belarusian police detained a journalist of Belsat in Grodno and searched her flat, the Journalists Association said.", "journalist detained"),
    (AR, "Tunisia", "wire", "Ennahdha said police officers detained its leader Rached Ghannouchi at his house in the capital on Monday evening.", "arrest of politician"),
    (AR, "Turkey", "police", "Istanbul police detained 38 suspects in dawn raids targeting alleged IS cells, Anadolu reported.", "detentions in raids"),
    (AR, "Nicaragua", "translated", "The National Police captured the bishop Rolando Alvarez in the episcopal curia of Matagalpa in the early hours, reported the diocese.", "arrest of a bishop"),
    # --- Peaceful protest
    (PP, "Kenya", "liveblog", "11:30 - Hundreds of nurses march to Parliament in Nairobi demanding unpaid allowances; the march is peaceful, our reporter says.", "peaceful march"),
    (PP, "Serbia", "wire", "Tens of thousands of students rallied in Novi Sad on Saturday, holding 15 minutes of silence for the victims of the station canopy collapse.", "rally"),
    (PP, "India", "translated", "The farmers of the Samyukt Kisan Morcha staged a sit-in in front of the collectorate of Ludhiana to demand the minimum support price.", "sit-in"),
    (PP, "Argentina", "translated", "Retirees mobilised again this Wednesday in front of the Congress to reclaim the increase of their pensions, without incidents.", "retirees rally"),
    (PP, "Georgia", "tweet", "'Rustaveli avenue full again tonight, flags and whistles, no police in sight,' a journalist posted from Tbilisi.", "night rally"),
    (PP, "Nigeria", "police", "The Command notes that members of the NLC marched peacefully to the Government House in Ikeja and submitted a petition.", "union march"),
    (PP, "Iraq", "translated", "Tens of the graduates demonstrated in front of the building of the governorate of Dhi Qar demanding employment, according to a correspondent.", "graduates demonstrate"),
    (PP, "Chile", "wire", "Truck drivers blocked lanes of Route 5 with slow-moving convoys to protest against fuel prices, without clashes.", "road protest"),
    # --- Protest with intervention
    (PI, "Turkey", "police", "Istanbul governorate said 42 people were taken into custody after police dispersed a banned Pride march in Taksim.", "dispersal with arrests"),
    (PI, "Kenya", "liveblog", "14:20 - Police lob tear gas at protesters marching toward State House on Moi Avenue; no injuries reported so far.", "tear gas"),
    (PI, "France", "translated", "The forces of the order used lachrymogenic gases to disperse the demonstrators opposed to the pension reform at the place of the Concorde.", "tear gas dispersal"),
    (PI, "Georgia", "wire", "Riot police used water cannon and pepper spray to clear protesters from outside parliament in Tbilisi early on Thursday.", "water cannon"),
    (PI, "Pakistan", "police", "Islamabad police said they detained 30 PTI workers who tried to march on D-Chowk despite Section 144.", "arrests at march"),
    (PI, "Russia", "wire", "Police detained more than 1,200 people at anti-mobilisation protests across Russian cities, OVD-Info said.", "mass detentions at protests"),
    (PI, "Senegal", "translated", "The police dispersed with tear gas the supporters of Ousmane Sonko gathered in front of the court of Dakar.", "dispersal"),
    (PI, "Israel", "liveblog", "21:05 - Police use water cannon against protesters blocking the Ayalon highway in Tel Aviv; several arrested.", "water cannon and arrests"),
    # --- Excessive force against protesters
    (EF, "Iran", "ocha", "The UN human rights office said security forces fired live ammunition on peaceful protesters in Zahedan, killing at least 66 people.", "live fire on peaceful crowd"),
    (EF, "Myanmar", "tweet", "'Police and soldiers shooting at peaceful protesters in Mandalay, one girl shot in the head,' a medic posted, Reuters said.", "shooting at protesters"),
    (EF, "Sudan", "ocha", "The Central Committee of Sudanese Doctors said security forces killed five people taking part in a peaceful march in Khartoum.", "protesters killed"),
    (EF, "Nigeria", "wire", "Soldiers opened fire on peaceful EndSARS protesters at the Lekki toll gate in Lagos, Amnesty International said, killing at least 12.", "soldiers fire on protesters"),
    (EF, "Bangladesh", "translated", "The police fired bullets on the students who demonstrated peacefully in Rangpur, killing one student, Abu Sayeed, affirmed the witnesses.", "protester shot dead"),
    (EF, "Peru", "wire", "A protester was killed and several gravely injured when police fired on a peaceful march in Juliaca, the ombudsman said.", "killed at protest"),
    (EF, "Kenya", "ocha", "Amnesty Kenya said a 12-year-old boy was shot dead by police during otherwise peaceful cost-of-living demonstrations in Kisumu.", "child shot at protest"),
    # --- Violent demonstration
    (VD, "France", "police", "Rioters set fire to 40 cars and attacked a town hall in Nanterre overnight, the interior ministry said; 150 people were arrested.", "rioting"),
    (VD, "Kenya", "liveblog", "15:45 - Protesters storm Parliament and set part of the building on fire, live footage shows.", "storming and arson"),
    (VD, "South Africa", "translated", "The protesters of the township burned tyres and pelted stones at the police on the road, said the spokesperson of SAPS.", "stone-throwing protest"),
    (VD, "Pakistan", "police", "Punjab police said supporters of the party vandalised the Corps Commander's house in Lahore and torched vehicles.", "rioting and arson"),
    (VD, "Bangladesh", "wire", "Protesting garment workers threw bricks at factories and set fire to a police box in Gazipur, police said.", "workers riot"),
    (VD, "Chile", "translated", "Hooded individuals attacked with stones a police station and looted supermarkets during the protest in Santiago, informed the Carabineros.", "violent protest and looting"),
    (VD, "Indonesia", "liveblog", "16:30 - Students hurl rocks and Molotov cocktails at police outside parliament in Jakarta; police respond with tear gas.", "protest turned violent"),
    (VD, "New Caledonia", "wire", "Pro-independence rioters burned shops and set up barricades in Noumea for a second night, the French high commission said.", "riots"),
    # --- Mob violence
    (MOB, "Nigeria", "police", "A mob lynched a student accused of blasphemy in Sokoto and set her body on fire, the police said.", "lynching"),
    (MOB, "India", "translated", "A crowd of villagers beat to death two men suspected of child-lifting in the village of Rainpada, informed the police.", "mob killing"),
    (MOB, "Haiti", "tweet", "'People caught a suspected gang member in Pétion-Ville and burned him alive,' a local journalist posted on X.", "bwa kale mob justice"),
    (MOB, "Pakistan", "police", "An angry mob set on fire a church and houses of Christians in Jaranwala after blasphemy accusations, police officials said.", "communal mob"),
    (MOB, "South Africa", "crime", "Residents of Tembisa assaulted three suspected robbers with sjamboks before police arrived; one died, police said.", "vigilante justice"),
    (MOB, "Bangladesh", "translated", "The enraged locals beat to death a youth suspected of theft in the market of Narsingdi, said the officer in charge.", "lynching of a thief"),
    (MOB, "Kenya", "crime", "Villagers in Kisii torched the houses of four elderly people they accused of witchcraft, police said.", "witchcraft mob"),
    (MOB, "Ecuador", "crime", "Residents of a Guayaquil neighbourhood tied up and beat two alleged thieves with sticks, police reported.", "mob justice"),
    # --- Government regains territory
    (GRT, "Mali", "communique", "The FAMa took back control of Anefis after violent fighting against the terrorist armed groups, announced the General Staff.", "army retakes town"),
    (GRT, "Syria", "wire", "Syrian government forces entered the rebel stronghold of Khan Sheikhoun after weeks of heavy bombardment, state media said.", "army retakes town"),
    (GRT, "Iraq", "communique", "Joint Operations Command: our heroic forces have liberated the Tal Afar citadel from the Daesh gangs and raised the Iraqi flag.", "liberation by state forces"),
    (GRT, "Somalia", "communique", "The Somali National Army recaptured the town of Adan Yabaal from al-Shabaab, the Ministry of Defence announced.", "army recaptures"),
    (GRT, "Ukraine", "tweet", "'Our flag is back over Robotyne,' President Zelensky posted, as the army confirmed the village had been liberated.", "Ukraine retakes village"),
    (GRT, "Ethiopia", "translated", "The defence forces of the federal government have controlled the town of Kobo after the forces of the TPLF withdrew under pressure, reported state media.", "army takes town back"),
    (GRT, "Philippines", "communique", "The AFP declared the Marawi main battle area cleared of Maute fighters after five months of fighting.", "city retaken"),
    (GRT, "Mozambique", "wire", "Mozambican and Rwandan troops retook the port town of Mocimboa da Praia from insurgents, Rwanda's army said.", "town retaken by state forces"),
    # --- Non-state actor overtakes territory
    (NSO, "Myanmar", "tweet", "'The Arakan Army has captured Maungdaw town, the last junta base has fallen,' the group's spokesman posted on Telegram.", "rebels capture town"),
    (NSO, "Mali", "translated", "The rebels of the CSP took control of the town of Ber after the departure of the FAMa and fighting with them, said a local elected official.", "rebels take town by fighting"),
    (NSO, "Sudan", "ocha", "Flash update: the RSF took control of Wad Madani on 18 December, prompting an exodus of people who had sought refuge there.", "RSF takes city"),
    (NSO, "DR Congo", "liveblog", "08:50 - M23 rebels seize Goma airport after overnight fighting, UN sources say.", "rebels seize airport"),
    (NSO, "Ukraine", "communique", "The Russian Ministry of Defence announced that its troops had taken full control of the village of Krasnohorivka.", "Russian capture"),
    (NSO, "Afghanistan", "wire", "Taliban fighters overran the provincial capital of Kunduz after days of fighting with government forces, officials said.", "Taliban capture city"),
    (NSO, "Syria", "translated", "The factions of the opposition entered the city of Hama after the collapse of the lines of the regime army, reported correspondents.", "rebels enter city"),
    (NSO, "Burkina Faso", "wire", "JNIM fighters seized the town of Diapaga after the army post was overrun, local sources said.", "jihadists seize town"),
    # --- Non-violent transfer of territory
    (NVT, "Mali", "communique", "MINUSMA handed over its camp at Tessalit to the Malian authorities on Sunday, the mission said.", "UN hands over camp"),
    (NVT, "Niger", "wire", "The last French soldiers left the Ouallam base, which was handed over to the Nigerien army in a ceremony, the defence ministry said.", "handover of base"),
    (NVT, "Afghanistan", "translated", "The forces of the Taliban entered Mazar-i-Sharif without resistance after the government forces abandoned their positions, affirmed the residents.", "taken without fighting"),
    (NVT, "Syria", "wire", "Kurdish-led SDF forces withdrew from Manbij, handing control to Syrian army units under a Russian-brokered deal, state media said.", "handover to army"),
    (NVT, "Ukraine", "liveblog", "10:15 - Russian forces pull out of Snake Island; Ukraine says its troops have not yet landed there.", "withdrawal without fight"),
    (NVT, "Myanmar", "wire", "The TNLA handed the town of Mogok back to the military government under a China-brokered arrangement, the group said.", "negotiated handover"),
    (NVT, "Libya", "translated", "The forces of Haftar withdrew from the positions of Tarhuna which the forces of the Government of National Accord entered without combat.", "entered without fighting"),
    # --- Headquarters or base established
    (HQ, "Niger", "wire", "Russian military instructors arrived in Niamey and set up at the air base near the international airport, state television showed.", "base set up"),
    (HQ, "Burkina Faso", "communique", "The General Staff announces the installation of a new detachment of the army in Djibasso to secure the zone.", "new detachment installed"),
    (HQ, "Somalia", "wire", "Al-Shabaab fighters established a new camp in the forest near Jamaame after being driven from nearby villages, elders said.", "armed group base"),
    (HQ, "Syria", "translated", "The Turkish army installed a new military point in the village of Qaminas, south-east of Idlib, reported the Observatory.", "military post set up"),
    (HQ, "Mozambique", "ocha", "Insurgents have set up a base in the Catupa forest, west of Macomia, from which they raid nearby villages, partners report.", "insurgent base"),
    (HQ, "DR Congo", "translated", "The M23 rebels installed their parallel administration headquarters in Rubaya after chasing the army from the mines, said civil society.", "HQ set up"),
    # --- Agreement
    (AGR, "Colombia", "wire", "The ELN freed the father of footballer Luis Diaz after 12 days in captivity, handing him to a Church and UN commission.", "negotiated release"),
    (AGR, "Ukraine", "tweet", "'Another 95 of our defenders are home,' Zelensky wrote on Telegram after a prisoner swap with Russia mediated by the UAE.", "prisoner exchange"),
    (AGR, "Nigeria", "communique", "Troops received 312 Boko Haram fighters and their families who surrendered in Bama LGA over the past week, the Defence Headquarters said.", "mass surrender"),
    (AGR, "Sudan", "wire", "The army and the RSF signed a seven-day ceasefire in Jeddah under Saudi and US mediation.", "ceasefire signed"),
    (AGR, "Mali", "translated", "The armed groups and the dozos of the circle of Niono concluded a local truce under the aegis of the High Islamic Council, reported the town hall.", "local truce"),
    (AGR, "DR Congo", "wire", "Rwanda and DR Congo signed a peace agreement in Washington, committing to end support for armed groups.", "peace deal"),
    (AGR, "Mozambique", "communique", "Eighteen Renamo combatants handed in their weapons in Gorongosa under the DDR programme, the presidency said.", "disarmament handover"),
    # --- Change to group/activity
    (CHG, "Mali", "wire", "The Islamic State Sahel Province announced a new leader after the death of its former emir, the group's outlet said.", "new leader"),
    (CHG, "Iraq", "communique", "Kataib Hezbollah said it was suspending military operations against US forces in Iraq, in a statement on its channel.", "suspension"),
    (CHG, "Syria", "tweet", "'HTS is dissolved, all factions join the new national army,' the group's commander announced on Telegram.", "dissolution and merger"),
    (CHG, "Myanmar", "wire", "The Karen National Defence Organisation split from the KNU and said it would act independently, its statement said.", "split"),
    (CHG, "Burkina Faso", "translated", "The terrorist groups have imposed a curfew on the inhabitants of Arbinda forbidding all movement after 18 hours, reported local sources.", "curfew imposed by armed group"),
    (CHG, "Nigeria", "police", "The police command announced a 24-hour curfew in Kaduna metropolis with immediate effect following the violence.", "curfew by the state"),
    (CHG, "Colombia", "translated", "The dissidence of the Segunda Marquetalia announced its fusion with the Comandos de la Frontera under a single command.", "merger"),
    (CHG, "Yemen", "wire", "The Houthis said they would extend their attacks to ships heading to Israeli ports in the Mediterranean.", "change of activity"),
    # --- Disrupted weapons use
    (DWU, "Ukraine", "communique", "The Air Force reports that 41 of 47 Shahed-136/131 attack drones were shot down overnight over eight regions.", "drones shot down"),
    (DWU, "Mali", "communique", "A patrol of the FAMa discovered and destroyed an improvised explosive device on the axis Douentza-Boni, the army says.", "IED neutralised"),
    (DWU, "Israel", "liveblog", "23:10 - IDF says Iron Dome intercepted a rocket fired from Gaza toward Sderot.", "rocket intercepted"),
    (DWU, "India", "police", "Security forces recovered a cache of AK rifles and grenades during a search operation in the forests of Surankote, Poonch police said.", "weapons cache seized"),
    (DWU, "Colombia", "police", "The anti-explosives group deactivated a car bomb parked near the Cantonal battalion in Cali, police said.", "bomb defused"),
    (DWU, "Saudi Arabia", "wire", "The Saudi-led coalition said its air defences destroyed a ballistic missile launched by the Houthis toward Jizan.", "missile intercepted"),
    (DWU, "Russia", "tweet", "'Air defence destroyed three UAVs over Belgorod region,' the governor wrote on Telegram.", "drones downed"),
    # --- Looting/property destruction
    (LOOT, "South Sudan", "ocha", "Armed men looted a WFP warehouse in Pibor, taking more than 200 tonnes of food, the agency said.", "looting"),
    (LOOT, "Sudan", "translated", "The Rapid Support Forces pillaged the market of Mellit and burned the shops, reported local committees.", "looting and burning"),
    (LOOT, "Nigeria", "police", "The Command confirms that hoodlums burned down the INEC office in Akoko North-East, no casualties.", "arson of office"),
    (LOOT, "Haiti", "wire", "Gangs set fire to the Saint-Marc parish church and looted houses in Mirebalais after residents fled, the mayor said.", "arson and looting of empty houses"),
    (LOOT, "Myanmar", "tweet", "'Soldiers burnt down over 200 houses in Kyin village, residents had already fled,' a local group posted.", "village burnt"),
    (LOOT, "Palestine", "wire", "Israeli settlers torched cars and vandalised a mosque in the village of Deir Dibwan overnight, the Palestinian ministry said.", "settler vandalism"),
    (LOOT, "Cameroon", "translated", "Unidentified men set fire to the classrooms of the government school of Bali and carried away the equipment, said the delegate.", "school burned"),
    # --- Other
    (OTH, "Mexico", "crime", "Forensic teams exhumed 45 bags containing human remains from a ravine in Zapopan, Jalisco, prosecutors said.", "mass grave"),
    (OTH, "Sudan", "ocha", "OCHA: the RSF has besieged El Fasher since May, cutting food and water supplies to 1.8 million people.", "siege"),
    (OTH, "Burkina Faso", "translated", "The jihadists have imposed a blockade on the town of Djibo, no convoy has reached it for three months, affirmed a humanitarian.", "blockade"),
    (OTH, "Lebanon", "liveblog", "18:30 - Israeli jets break the sound barrier over Beirut, causing panic; no strikes reported.", "sonic booms"),
    (OTH, "Ukraine", "wire", "Prosecutors in the Kharkiv region reported the discovery of hundreds of graves, many marked only with numbers, in a pine wood outside Izium.", "mass burial site"),
    (OTH, "Syria", "translated", "Islamic State members erected checkpoints on the road of Mayadin and collected zakat from the drivers, reported the network.", "levies"),
    # --- added to reach 240 (same sitting, before any run)
    (AC, "Burkina Faso", "communique", "In the course of an offensive reconnaissance mission in the Sourou, units of the BIR 14 neutralised some twenty terrorists and recovered weapons, the army said.", "ground offensive neutralising militants"),
    (AC, "Mali", "translated", "The FAMa have killed eleven terrorists during a search operation in the zone of Nara, said a communique of the army.", "army kills militants in operation"),
    (AIR, "Niger", "communique", "Aerial reconnaissance detected a group of terrorists on motorcycles near Ayorou; the Air Force engaged them, neutralising about fifteen, the ministry said.", "air force engages militants"),
    (VD, "Mozambique", "wire", "Police shot dead three protesters who were burning tyres and throwing stones at a police station in Maputo's Maxaquene district, a rights group said.", "violent crowd, police kill protesters: ACLED codes the riot"),
    (VD, "Kenya", "police", "The Inspector General said officers fired at rioters who had set a police post on fire in Kitengela, fatally wounding two.", "rioters burned a post, police fire"),
    (HQ, "Mali", "translated", "The Wagner elements and the FAMa installed a base in the former camp of Barkhane at Menaka after its transfer, reported local sources.", "base installed"),
    (HQ, "Iraq", "wire", "The PKK set up new positions in the mountains of Sinjar, the Iraqi army said, demanding they leave.", "armed group positions set up"),
    (CH, "Syria", "ocha", "The WHO said that 500 patients in Douma were treated for symptoms consistent with exposure to toxic chemicals on 7 April.", "chemical attack"),
    (OTH, "Nigeria", "police", "ISWAP fighters imposed a levy on fishermen at Baga and seized the canoes of those who refused to pay, residents told police.", "levies by armed group"),
    (OTH, "Libya", "wire", "Authorities found 65 bodies of migrants in a mass grave in south-west Libya, the IOM said.", "mass grave"),
    (AGR, "Yemen", "wire", "The Houthis and the Yemeni government exchanged nearly 900 prisoners in flights coordinated by the Red Cross.", "prisoner exchange"),
    (CHG, "Cameroon", "translated", "The Ambazonian separatists announced a 'lockdown' of ten days in the North-West region, forbidding all circulation, reported the regional delegation.", "lockdown by separatists"),
    (NVT, "Burkina Faso", "wire", "French special forces left their base in Kamboinsin, handing it to the Burkinabe army, the French embassy said.", "handover"),
    (LOOT, "Ethiopia", "ocha", "Health partners said armed groups looted the hospital of Shire and took its medicines and beds.", "looting"),
    # --- Non-events that use violent words
    (None, "Mali", "communique", "The Government of the Transition strongly condemns the cowardly terrorist attacks against civilians and assures that the perpetrators will be hunted down.", "condemnation"),
    (None, "Nigeria", "police", "The Command wishes to debunk a viral video claiming that bandits attacked a church in Kaduna; the video is from 2019 and no such incident occurred.", "rumour denied"),
    (None, "Burkina Faso", "communique", "The Minister of Defence visited the wounded soldiers at the military hospital of Ouagadougou and saluted their courage.", "visit"),
    (None, "Ukraine", "liveblog", "12:00 - Zelensky says Ukraine will need more air defence systems before winter to protect its energy grid.", "statement"),
    (None, "Sudan", "ocha", "OCHA: more than 11 million people have been displaced since April 2023, making Sudan the world's largest displacement crisis.", "humanitarian figure"),
    (None, "Somalia", "ocha", "Flash floods in Beledweyne have displaced 250,000 people after the Shabelle river burst its banks, OCHA said.", "flood"),
    (None, "India", "police", "Police said eight labourers died when a firecracker factory exploded in Sivakasi; the cause is being investigated.", "industrial explosion"),
    (None, "Pakistan", "wire", "An anti-terrorism court in Rawalpindi sentenced four men to death for the 2014 attack on the army school in Peshawar.", "verdict on a past attack"),
    (None, "Colombia", "translated", "The Minister of Defence announced that the Army will deploy 1,200 additional soldiers to Catatumbo in the coming weeks.", "future deployment"),
    (None, "North Korea", "wire", "North Korea fired a ballistic missile into the sea off its east coast, South Korea's Joint Chiefs of Staff said.", "missile test"),
    (None, "Mexico", "crime", "Police seized 1.2 tonnes of cocaine at the port of Manzanillo hidden in a shipment of bananas.", "drug seizure"),
    (None, "Kenya", "police", "Six people died when a matatu collided with a lorry on the Nairobi-Nakuru highway, traffic police said.", "road crash"),
    (None, "Israel", "liveblog", "19:40 - Hundreds attend funeral of soldier killed in Gaza last week, held in Jerusalem.", "funeral"),
    (None, "Iraq", "communique", "The Security Media Cell said that 1,300 IS members were killed in operations over the past year.", "multi-year total"),
    (None, "Mali", "translated", "The jihadists threatened, in a message broadcast on the networks, to attack the convoys which would go to Timbuktu.", "threat"),
    (None, "Myanmar", "wire", "The military government announced elections for December and extended the state of emergency it says is needed to restore order.", "election plan"),
    (None, "DR Congo", "ocha", "A cholera outbreak in North Kivu's displacement sites has killed 34 people since January, the WHO said.", "epidemic"),
    (None, "South Africa", "crime", "A man was sentenced to 25 years for killing his wife in Soweto in 2021, the NPA said.", "ordinary crime verdict"),
    (None, "Russia", "tweet", "'We will respond to any strike on our territory with all means,' Medvedev wrote on Telegram.", "threat"),
    (None, "Niger", "wire", "Niger's junta and Burkina Faso and Mali signed the charter of the Alliance of Sahel States in Niamey on Saturday.", "diplomacy"),
    (None, "Afghanistan", "translated", "The earthquake of magnitude 6.3 struck the province of Herat, killing more than a thousand people, according to the authorities.", "earthquake"),
    (None, "Ukraine", "communique", "The General Staff reports the total combat losses of the enemy since 24 February 2022 at about 700,000 personnel.", "cumulative losses"),
    (None, "Haiti", "ocha", "The UN Security Council voted to extend the mandate of the Multinational Security Support mission in Haiti by a year.", "UN vote"),
    (None, "Ethiopia", "wire", "Ethiopian and Eritrean officials met in Asmara to discuss the border, state media reported, without giving details.", "talks"),
    (None, "Chile", "translated", "The forest fires of Valparaiso left 131 dead, reported the Legal Medical Service.", "wildfire"),
    (None, "Philippines", "communique", "The AFP and US forces began the annual Balikatan exercises, including live-fire drills off Zambales.", "drill"),
    (None, "Bangladesh", "police", "Police said a gas cylinder explosion at a restaurant in Dhaka's Bailey Road killed 46 people.", "accidental explosion"),
    (None, "Nigeria", "tweet", "'Football is war: Enyimba will destroy Rangers on Sunday,' the club posted ahead of the derby.", "sport in war words"),
    (None, "Lebanon", "liveblog", "16:00 - Hezbollah leader vows revenge in televised speech after commander's killing.", "vow of revenge"),
    (None, "Syria", "wire", "The EU announced it would ease sanctions on Syria's banking and energy sectors to support reconstruction.", "sanctions"),
    (None, "Sudan", "communique", "The Sovereign Council called on the RSF to lay down its weapons and said the war would end only with its defeat.", "statement"),
    (None, "Cameroon", "translated", "The families of the victims of the massacre of Ngarbuh commemorated the fifth anniversary of the tragedy in a mass.", "commemoration"),
    (None, "Mozambique", "wire", "TotalEnergies said it hoped to restart its LNG project in Cabo Delgado, suspended since the 2021 attack on Palma.", "business news"),
    (None, "India", "wire", "Indian troops held drills near the Line of Actual Control in Ladakh to test readiness in high altitude, the army said.", "drill"),
    (None, "Somalia", "police", "Police said they are investigating the death of a businessman found in his car in Hargeisa; no foul play is suspected.", "death, no violence told"),
    (None, "Colombia", "translated", "The Jurisdiction for Peace imputed to ten soldiers the murders of civilians presented as combatants killed between 2005 and 2008.", "trial of past crimes"),
]


def rows_as_json() -> list[dict]:
    return numbered_snippets(ROWS, "f5", SHUFFLE_SEED)


def main() -> None:
    rows = rows_as_json()
    OUT.write_text(jsonl_text(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
