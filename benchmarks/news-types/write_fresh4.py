"""Write fresh4.jsonl from the hand-written rows below (round seven, written before any run on them).

    PYTHONPATH=src .venv/bin/python benchmarks/news-types/write_fresh4.py

The rows are grouped by sub-type here for the writer's convenience; they are shuffled with a fixed
seed before ids are given, so the held part (every third id) mixes all sub-types and styles.
Every sentence was written for eventwire; facts are modelled on real events, wording is ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmark_scripts import jsonl_text, numbered_snippets  # noqa: E402

OUT = Path(__file__).resolve().parent / "fresh4.jsonl"
SHUFFLE_SEED = 7  # round seven; any fixed seed would do

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
    (AC, "Sudan", "headline", "Heavy fighting in El Fasher as RSF pushes toward city centre. Sudanese army troops and RSF fighters battled for hours in the eastern districts of El Fasher on Friday, residents said.", "two armed sides fight"),
    (AC, "Pakistan", "attribution", "Police said two suspected militants and a constable were killed in an exchange of fire during a raid on a hideout in Lakki Marwat late on Tuesday.", "police and militants exchange fire"),
    (AC, "DR Congo", "attribution", "According to local sources, FARDC soldiers and M23 rebels exchanged fire near Kitshanga throughout Sunday morning.", "two armed sides fight"),
    (AC, "Syria", "count", "Twelve fighters were killed when Hayat Tahrir al-Sham and Syrian army units clashed on the outskirts of Saraqib, a war monitor said.", "two armed sides fight"),
    (AC, "Somalia", "passive", "Three soldiers were killed and five wounded as their patrol was ambushed by al-Shabaab gunmen near Afgooye on Wednesday, military officials said.", "ambush of soldiers is a clash"),
    (AC, "Ukraine", "liveblog", "14:05 - Ukrainian defenders repelled eight Russian assaults near Pokrovsk over the past day, the General Staff says.", "repelled ground assaults"),
    (AC, "Burkina Faso", "translated", "The elements of the defence and security forces responded vigorously to an attack of armed terrorists against the post of Tin-Akoff, neutralising several assailants.", "attack on a military post"),
    (AC, "Myanmar", "social", "Residents posted on Facebook that Arakan Army fighters and junta troops had been fighting around the Kyauktaw police station since dawn.", "two armed sides fight"),
    (AC, "Haiti", "two-acts", "Gang members fought a gun battle with Haitian police in Carrefour-Feuilles on Monday; later in the day they set fire to several houses in the district.", "first act: gunfight with police"),
    (AC, "South Sudan", "count", "Seven people died when armed youth from two rival Dinka sections fought over cattle in Warrap state, officials said.", "two armed communal groups fight"),
    (AC, "Yemen", "wire", "Fighting flared overnight between Houthi forces and government troops on the southern edge of Marib, tribal sources said, with casualties on both sides.", "two armed sides fight"),
    (AC, "India", "headline", "Gunfight near Moreh. Security forces and armed Kuki militants traded fire for three hours near the border town of Moreh on Tuesday, officials said.", "exchange of fire"),
    # --- Attack
    (AT, "Nigeria", "headline", "Gunmen kill 20 villagers in Zamfara raid. Armed bandits stormed Kadawa village on Thursday night and shot residents as they fled, a local official said.", "armed men kill unarmed villagers"),
    (AT, "Pakistan", "attribution", "Police said unidentified gunmen shot dead a journalist outside his home in Ghotki district on Saturday.", "targeted killing of a civilian"),
    (AT, "DR Congo", "attribution", "According to residents, ADF fighters hacked 11 farmers to death in their fields near Oicha on Monday.", "civilians killed"),
    (AT, "Bangladesh", "passive", "A Rohingya community leader was stabbed to death in a camp in Cox's Bazar overnight, police said.", "civilian killed by unnamed attackers"),
    (AT, "Nigeria", "count", "Eighteen worshippers were killed when armed herders attacked a church in Benue state during Sunday service, local officials said.", "militia kills civilians"),
    (AT, "Palestine", "liveblog", "09:40 - Settlers threw stones at Palestinian farmers harvesting olives near Turmus Ayya, wounding two, the village council says.", "settlers harm farmers"),
    (AT, "Mexico", "translated", "Armed subjects shot dead the municipal candidate of Morena in Celaya during an act of campaign, reported the state prosecutor's office.", "candidate assassinated"),
    (AT, "Mali", "social", "Relatives said on X that soldiers and their Russian allies executed six herders near Niono and left their bodies by a well.", "executions of civilians"),
    (AT, "Somalia", "two-acts", "Al-Shabaab militants publicly executed two men accused of spying for the government in Jilib on Tuesday, before withdrawing from the town square.", "execution of civilians"),
    (AT, "Ukraine", "headline", "Woman killed as Russian soldiers fire on evacuation car. Russian troops shot at a civilian car leaving Vovchansk, killing the driver, regional officials said.", "soldiers fire on a civilian car"),
    (AT, "Pakistan", "attribution", "Local officials said gunmen dragged five passengers off a bus in Musakhel district and shot them after checking their identity cards.", "passengers executed"),
    (AT, "Bangladesh", "passive", "A Hindu priest was hacked to death near his temple in Panchagarh by two men riding a motorbike, police said.", "civilian killed"),
    # --- Air/drone strike
    (AIR, "Palestine", "headline", "Israeli strike kills family in Rafah. An Israeli air strike hit a house in the Tel al-Sultan area early on Sunday, killing nine members of one family, health officials said.", "air strike"),
    (AIR, "Syria", "attribution", "According to the Syrian Observatory, Russian warplanes struck a market in Maarat al-Numan, killing at least ten people.", "warplanes"),
    (AIR, "Yemen", "passive", "A wedding party was hit by a coalition air raid in Hajjah province, Houthi-run media reported.", "air raid"),
    (AIR, "Myanmar", "count", "Twenty-one people died when a military jet bombed a gathering in Pazigyi village in Sagaing region, witnesses said.", "jet bombing"),
    (AIR, "Ukraine", "liveblog", "23:10 - Explosions in Kyiv as Shahed drones strike apartment blocks in Solomianskyi district, city administration says.", "attack drones"),
    (AIR, "Chad", "translated", "Aircraft of the Chadian army carried out bombardments against the positions of the FACT rebels to the north of Mao.", "aerial bombardment"),
    (AIR, "Syria", "social", "Residents wrote on Telegram that a Turkish drone hit a car near Qamishli, killing two SDF commanders.", "drone strike"),
    (AIR, "Sudan", "two-acts", "A Sudanese army drone struck an RSF convoy near Omdurman on Tuesday; RSF gunners later shelled the city's Karari district.", "first act: drone strike"),
    (AIR, "Somalia", "wire", "The US military said it carried out an airstrike against al-Shabaab fighters near Jamaame, killing three militants.", "airstrike"),
    (AIR, "Ethiopia", "ngo", "A drone strike on a camp for displaced people in Dedebit, Tigray, killed dozens of people, aid workers said.", "drone strike"),
    (AIR, "Yemen", "headline", "Strike on school bus kills 40 children in Saada. The bus was hit by coalition warplanes at a busy market in Dahyan, the ICRC said.", "warplanes"),
    # --- Shelling/artillery/missile attack
    (SH, "India", "attribution", "Police said two children were wounded when mortar shells fired from across the Line of Control landed in a village in Kupwara.", "one-sided mortar fire"),
    (SH, "Ukraine", "wire", "Two S-300 missiles struck a residential district of Kharkiv on Thursday evening, wounding 17 people, the governor said.", "missiles"),
    (SH, "Israel", "passive", "The town of Kiryat Shmona was hit by a barrage of rockets fired from Lebanon on Monday, damaging several homes.", "rockets"),
    (SH, "Sudan", "count", "Fifteen people were killed when RSF shells landed on a crowded market in Omdurman, activists said.", "shelling"),
    (SH, "Israel", "liveblog", "16:22 - Houthis fire ballistic missile at Eilat; it landed in an open area north of the city with no injuries, the army says.", "missile not intercepted"),
    (SH, "Syria", "translated", "The terrorist groups targeted with mortar shells the neighbourhood of al-Hamdaniya in Aleppo, causing material damages.", "mortars"),
    (SH, "DR Congo", "social", "People in Goma shared videos on WhatsApp of artillery shells landing on the Mugunga displacement camp, where at least 35 people died.", "artillery"),
    (SH, "Azerbaijan", "two-acts", "Azerbaijani artillery shelled the outskirts of Stepanakert on Tuesday morning; hours later a drone hit a car on the road to Shushi.", "first act: artillery"),
    (SH, "Israel", "wire", "Palestinian militants fired dozens of rockets from Gaza at Sderot overnight, lightly injuring a man, Israeli police said.", "rockets"),
    (SH, "Myanmar", "local", "Army artillery shells landed on a monastery in Kanbalu township, killing six monks, local media reported.", "artillery"),
    # --- Remote explosive/landmine/IED
    (IED, "Pakistan", "headline", "Roadside bomb kills five soldiers in Balochistan. An improvised explosive device hit a Frontier Corps vehicle in Kech district, the army said.", "IED alone"),
    (IED, "Nigeria", "attribution", "According to local sources, a tricycle carrying traders struck a landmine near Gwoza, killing four.", "landmine"),
    (IED, "Burkina Faso", "passive", "A passenger bus was destroyed by an explosive device on the Djibo-Arbinda road, killing 14 people, the governor said.", "roadside device"),
    (IED, "Syria", "count", "Three children died when an unexploded shell they were playing with detonated in a field near Idlib, rescuers said.", "unexploded ordnance"),
    (IED, "Somalia", "liveblog", "11:02 - Parked car bomb explodes near a Mogadishu restaurant; police say at least six dead.", "parked car bomb"),
    (IED, "Mali", "translated", "A mine exploded at the passage of a vehicle of the armed forces in the locality of Ber, in the region of Timbuktu.", "mine"),
    (IED, "Afghanistan", "social", "Residents said on Facebook that a sticky bomb attached to a district councillor's car exploded in Kabul, wounding him.", "magnetic bomb"),
    (IED, "Colombia", "two-acts", "An explosive device hit an army patrol in Cauca on Monday, wounding four soldiers; on Tuesday the ELN announced a unilateral ceasefire.", "first act: IED"),
    (IED, "Ukraine", "police", "A tractor driver was killed when his vehicle ran over an anti-tank mine in a field in Kherson region, police said.", "landmine"),
    # --- Suicide bomb
    (SUI, "Pakistan", "headline", "Suicide bomber kills 54 at Bajaur rally. A man wearing a vest packed with explosives blew himself up among supporters of the JUI-F, police said.", "suicide vest"),
    (SUI, "Nigeria", "attribution", "According to police, a female suicide bomber detonated explosives at a market in Konduga, killing nine people.", "suicide bomber"),
    (SUI, "Afghanistan", "passive", "A Shia mosque in Kunduz was ripped apart by a suicide attacker during Friday prayers, killing dozens of worshippers, the Taliban said.", "suicide attacker"),
    (SUI, "Somalia", "count", "Thirteen people died when a suicide car bomber rammed a checkpoint near the parliament in Mogadishu, officials said.", "suicide car bomb alone"),
    (SUI, "Afghanistan", "liveblog", "08:15 - Suicide blast at Kabul airport gate; US officials say service members among the dead.", "suicide blast"),
    (SUI, "Cameroon", "translated", "A kamikaze made himself explode in the market of Mora, in the Far North region, causing several victims.", "kamikaze"),
    (SUI, "Nigeria", "social", "Residents said on WhatsApp that two women blew themselves up at a wedding gathering in Gwoza.", "suicide bombers"),
    (SUI, "Iraq", "two-acts", "A suicide bomber struck an army post north of Baghdad on Sunday; the following day security forces arrested three suspects in Tarmiyah.", "first act: suicide bomb"),
    # --- Grenade
    (GR, "India", "headline", "Grenade attack in Srinagar wounds 10. Suspected militants lobbed a grenade at a CRPF vehicle on Hari Singh High Street, police said.", "grenade"),
    (GR, "Colombia", "attribution", "Police said an unknown man hurled a hand grenade into a nightclub in Medellin, wounding three patrons.", "hand grenade"),
    (GR, "Pakistan", "passive", "A grenade was thrown at the home of a People's Party leader in Lyari, wounding two guards.", "grenade"),
    (GR, "DR Congo", "count", "Four people were hurt when assailants tossed a grenade into a crowded market in Butembo.", "grenade"),
    (GR, "India", "liveblog", "Live: Crude bombs hurled at BJP office in North 24 Parganas, two workers injured, state police say.", "crude bombs thrown"),
    (GR, "Burundi", "translated", "Unidentified individuals launched a grenade against the facade of a police station in Bujumbura.", "grenade"),
    (GR, "Philippines", "social", "Residents posted on Facebook that a grenade was thrown into a videoke bar in Cotabato City, injuring five.", "grenade"),
    (GR, "Ecuador", "two-acts", "Gang members threw a grenade at a police station in Guayaquil early on Friday; hours later police found their abandoned car nearby.", "first act: grenade"),
    # --- Chemical weapon
    (CH, "Ukraine", "headline", "Troops accuse Russia of chloropicrin attacks. Ukrainian soldiers said Russian drones dropped grenades filled with chloropicrin on their trenches near Robotyne, leaving several with breathing problems.", "chloropicrin"),
    (CH, "Syria", "attribution", "According to rescuers, a gas cylinder dropped from a helicopter on a residential building in Douma released chlorine, killing dozens.", "chlorine"),
    (CH, "Syria", "passive", "Dozens of residents of Saraqib were sickened by chlorine released from barrels dropped over the town on Sunday evening, doctors said.", "chlorine"),
    (CH, "Syria", "count", "Eighty-nine people died after a nerve agent attack on Khan Sheikhoun, the WHO said, citing symptoms consistent with sarin.", "sarin"),
    (CH, "Ukraine", "translated", "The Ukrainian formations employed toxic chemical substances against the positions of our units near Avdiivka, declared the Russian Ministry of Defence.", "claimed chemical use"),
    (CH, "Ukraine", "social", "Soldiers shared videos on Telegram of Russian drones dropping CS gas grenades into a Ukrainian dugout near Bakhmut.", "riot agent used in combat"),
    # --- Sexual violence
    (SV, "Ethiopia", "headline", "UN says troops raped women in Tigray village. Eritrean soldiers raped at least 12 women when they entered a village near Adwa, a UN team said.", "rape"),
    (SV, "Sudan", "attribution", "According to local activists, RSF fighters raped three girls in a house in Ardamata, West Darfur.", "rape"),
    (SV, "DR Congo", "passive", "A teenage girl was gang-raped by men in army uniform near Minova, her family told a local radio station.", "rape"),
    (SV, "DR Congo", "count", "Seven women were sexually assaulted by militiamen at a checkpoint outside Bunia, a health NGO said.", "sexual assault"),
    (SV, "Central African Republic", "translated", "Elements of the 3R armed group committed rapes against several women of the village of Bohong, denounced the local authorities.", "rape"),
    (SV, "Pakistan", "social", "Relatives said on Facebook that a police officer raped a woman held at a station in Lahore.", "rape in custody"),
    (SV, "Nigeria", "two-acts", "Boko Haram fighters raped several women in a camp near Bama on Monday, then abducted four of them.", "rape first in precedence"),
    # --- Abduction/forced disappearance
    (AB, "Nigeria", "headline", "Over 130 pupils kidnapped in Kaduna. Gunmen seized at least 137 pupils from a school in Kuriga on Thursday morning, a teacher said.", "kidnapping"),
    (AB, "Haiti", "attribution", "Police said gang members abducted 17 missionaries and their relatives as they left an orphanage east of Port-au-Prince.", "kidnapping"),
    (AB, "Bangladesh", "passive", "A journalist was snatched from a street in Dhaka by men in plain clothes and has not been heard from since, his wife said.", "forced disappearance"),
    (AB, "Mali", "count", "Twenty bus passengers were taken hostage when JNIM fighters stopped a bus near Bandiagara, local sources said.", "hostage taking"),
    (AB, "South Sudan", "liveblog", "Update 13:30 - Three aid workers abducted by armed youth on the Pibor road, UN says.", "abduction"),
    (AB, "Mali", "translated", "Individuals in civilian dress took away by force the opposition leader from his domicile in Bamako, and his family is without news of him.", "forced disappearance"),
    (AB, "Yemen", "social", "Family members wrote on Facebook that Houthi gunmen took a teacher from a mosque in Ibb and have refused to say where he is held.", "incommunicado detention by non-state authority"),
    (AB, "Colombia", "two-acts", "ELN guerrillas kidnapped the father of footballer Luis Diaz in Barrancas; police then launched a search with helicopters.", "first act: kidnapping"),
    (AB, "Burkina Faso", "wire", "Around 50 women gathering wild fruit were abducted by suspected jihadists near Arbinda, officials said.", "mass abduction"),
    # --- Arrests
    (AR, "Turkey", "headline", "Turkey detains 40 in Islamic State raids. Police in Istanbul detained 40 suspected Islamic State members in dawn raids, Anadolu agency reported.", "arrests by police"),
    (AR, "Morocco", "attribution", "According to the interior ministry, police arrested 12 members of a cell accused of plotting attacks in Casablanca.", "arrests"),
    (AR, "Uganda", "passive", "An opposition MP was arrested by police at Entebbe airport on Monday and charged with inciting violence.", "arrest"),
    (AR, "Pakistan", "count", "More than 200 PTI workers were detained by police in overnight raids across Punjab, the party said.", "arrests in raids"),
    (AR, "Ukraine", "liveblog", "Breaking: Russia's FSB detains man in Crimea accused of spying for Ukraine.", "arrest"),
    (AR, "Burkina Faso", "translated", "The services of the gendarmerie proceeded to the interpellation of three individuals suspected of complicity with the terrorists in Kaya.", "arrests"),
    (AR, "Bangladesh", "social", "Supporters posted on X that Rapid Action Battalion officers had detained a BNP leader in Chittagong and produced him in court.", "arrest by named agency"),
    (AR, "India", "two-acts", "Police arrested two suspected Maoists in Gadchiroli on Friday; the following day a pressure bomb was found on a nearby road.", "first act: arrests"),
    # --- Peaceful protest
    (PP, "Kenya", "headline", "Thousands march in Nairobi against tax bill. Young protesters marched through central Nairobi on Tuesday waving flags and chanting, and the march ended without incident.", "peaceful march"),
    (PP, "Sri Lanka", "attribution", "According to organisers, hundreds of families of missing persons held a sit-in outside the UN office in Colombo.", "sit-in"),
    (PP, "Bangladesh", "passive", "A rally was held by Rohingya refugees in Kutupalong camp to demand a safe return to Myanmar, police said.", "rally"),
    (PP, "Honduras", "count", "Some 5,000 teachers demonstrated in Tegucigalpa over unpaid salaries, the union said.", "demonstration"),
    (PP, "Bangladesh", "liveblog", "Live: Students rally for a third day in Dhaka demanding an end to job quotas; no incidents reported.", "rally"),
    (PP, "Senegal", "translated", "The inhabitants of the commune of Mbour organised a march to denounce the frequent cuts of electricity.", "march"),
    (PP, "Myanmar", "social", "Activists posted photos on Facebook of a flash protest against the junta by young people in Yangon's Tamwe township.", "flash protest"),
    (PP, "India", "two-acts", "Farmers staged a peaceful march in Chandigarh on Monday; a day later police detained their leaders before a planned rally.", "first act: peaceful march"),
    # --- Protest with intervention
    (PI, "Zimbabwe", "headline", "Police tear-gas opposition supporters in Harare. Riot police fired tear gas and water cannon to disperse supporters gathered outside the party headquarters.", "dispersal"),
    (PI, "Iran", "attribution", "Witnesses said security forces dispersed a protest by teachers in Tehran and detained several of them.", "dispersal and arrests"),
    (PI, "Mexico", "passive", "A demonstration by mothers of disappeared people in Mexico City was broken up by police, who arrested 12.", "protest broken up"),
    (PI, "Russia", "count", "Forty protesters were detained when police broke up a rally against mobilisation in Makhachkala.", "protest broken up"),
    (PI, "Senegal", "liveblog", "15:50 - Police use tear gas on students marching toward the presidency in Dakar.", "tear gas"),
    (PI, "Guinea", "translated", "The forces of order dispersed with lacrymogenic gases a sit-in of the opposition in front of the electoral commission.", "tear gas"),
    (PI, "Bangladesh", "social", "Protesters said on Facebook that police used batons to clear a road blockade by tea workers in Sylhet.", "batons, dispersal"),
    (PI, "Peru", "two-acts", "Police in Lima used tear gas to disperse protesters near Congress on Thursday; on Friday the protesters returned and marched without incident.", "first act: dispersal"),
    # --- Excessive force against protesters
    (EF, "Sudan", "headline", "Security forces kill nine protesters in Khartoum. Sudanese forces opened fire on anti-coup marchers in Khartoum North, medics said.", "protesters killed"),
    (EF, "Sierra Leone", "attribution", "According to Amnesty International, police shot dead at least four people protesting fuel prices in Freetown.", "protesters killed"),
    (EF, "Kenya", "passive", "Two protesters were shot dead by police as demonstrators marched in Migori against the finance bill, a hospital official said.", "protesters killed"),
    (EF, "Myanmar", "count", "Thirty-eight people were killed when soldiers fired on anti-coup protesters in Hlaing Tharyar, rights groups said.", "protesters killed"),
    (EF, "Iran", "liveblog", "Live: Security forces fire live rounds at protesters in Zahedan after Friday prayers; dozens reported dead.", "protesters killed"),
    (EF, "Guinea", "translated", "The forces of order fired real bullets on the demonstrators in Conakry, causing three deaths among the young people.", "protesters killed"),
    (EF, "Bangladesh", "social", "Videos shared on X show police firing on student protesters in Rangpur; one student, Abu Sayeed, was killed.", "protester killed"),
    (EF, "Peru", "two-acts", "Police shot dead six protesters near the Juliaca airport on Monday, after demonstrators tried to take over the runway.", "protesters killed"),
    # --- Violent demonstration
    (VD, "Senegal", "headline", "Cars torched in Dakar after Sonko verdict. Supporters of the opposition leader burned cars and threw stones at police in the Colobane district.", "rioting demonstrators"),
    (VD, "Cote d'Ivoire", "attribution", "Police said demonstrators angry over power cuts stoned the offices of the electricity company in Abidjan.", "demonstrators stone offices"),
    (VD, "Pakistan", "passive", "The residence of a corps commander in Lahore was set ablaze by protesters demanding the release of the jailed party leader.", "protesters burn building"),
    (VD, "India", "count", "Twelve police officers were injured when protesters pelted them with stones at a rally in Srinagar.", "stone-pelting protesters"),
    (VD, "Sri Lanka", "liveblog", "Live: Protesters storm the president's residence in Colombo, overwhelming police lines.", "storming"),
    (VD, "Guinea", "translated", "The demonstrators erected barricades of burning tyres and stoned the forces of order in the commune of Matoto.", "barricades and stones"),
    (VD, "Mexico", "social", "Footage shared on TikTok shows farmers protesting a dam project setting fire to a government vehicle in Chiapas.", "protesters burn vehicle"),
    (VD, "South Africa", "two-acts", "Students protesting fee increases smashed windows at a university administration block in Johannesburg, and police later fired rubber bullets to disperse them.", "violent protest, no serious injury"),
    # --- Mob violence
    (MOB, "Pakistan", "headline", "Mob lynches factory manager in Sialkot. A crowd beat a Sri Lankan factory manager to death over blasphemy claims and set his body on fire, police said.", "lynching"),
    (MOB, "India", "attribution", "According to police, villagers beat to death two men suspected of stealing cattle in Jharkhand.", "lynching"),
    (MOB, "Kenya", "passive", "An elderly woman suspected of witchcraft was burned alive by neighbours in a village in Kisii county, police said.", "lynching"),
    (MOB, "Mexico", "count", "Three alleged kidnappers were lynched by residents in Puebla state after rumours spread on WhatsApp.", "lynching"),
    (MOB, "India", "liveblog", "Update: Crowds of Meitei and Kuki villagers clash with sticks and stones near Churachandpur; several houses burned.", "communal mob"),
    (MOB, "DR Congo", "translated", "A popular justice was carried out in the commune of Masina, where a presumed thief was burned by the population.", "popular justice"),
    (MOB, "Haiti", "social", "Residents said on Facebook that a crowd in Canape-Vert stoned and burned suspected gang members.", "vigilante mob"),
    (MOB, "Pakistan", "two-acts", "A mob attacked Christian homes and churches in Jaranwala after blasphemy allegations on Wednesday; police later arrested more than 100 people.", "first act: mob"),
    # --- Government regains territory
    (GRT, "Sudan", "headline", "Army retakes Wad Madani. Sudanese army troops re-entered Wad Madani on Saturday after RSF fighters withdrew under pressure, the army said.", "government retakes city"),
    (GRT, "Iraq", "attribution", "According to Iraqi commanders, security forces recaptured the last IS-held district of western Mosul.", "recapture"),
    (GRT, "Syria", "passive", "The town of Palmyra was retaken by Syrian government forces backed by Russian air power, state media said.", "recapture"),
    (GRT, "Mozambique", "count", "Twenty militants were killed as Mozambican and Rwandan troops recaptured Mocimboa da Praia, officials said.", "government retakes with allies"),
    (GRT, "Ukraine", "liveblog", "10:20 - Ukrainian forces have liberated the village of Robotyne in Zaporizhzhia region, deputy defence minister says.", "state retakes village"),
    (GRT, "Mali", "translated", "The FAMa have taken back the control of the town of Anefis after violent fighting against the terrorist armed groups.", "recapture"),
    (GRT, "Ethiopia", "social", "Soldiers posted videos on Facebook of the national flag raised in Lalibela after government forces retook the town from TPLF fighters.", "recapture"),
    (GRT, "Philippines", "two-acts", "Troops took back the last militant-held area of Marawi on Monday; the next day the defence secretary announced the end of combat operations.", "first act: recapture"),
    # --- Non-state actor overtakes territory
    (NSO, "DR Congo", "headline", "M23 rebels seize Goma airport. M23 fighters captured the airport of Goma on Monday after Congolese troops fled, UN sources said.", "rebels capture"),
    (NSO, "Somalia", "attribution", "According to residents, al-Shabaab militants took control of the town of Mahas after forcing the army out in heavy fighting.", "militants capture town"),
    (NSO, "Myanmar", "passive", "The town of Lashio was captured by the Myanmar National Democratic Alliance Army after weeks of fighting, the group said.", "rebels capture"),
    (NSO, "Sudan", "count", "Dozens of troops were killed as RSF fighters captured the city of Wad Madani after three days of fighting.", "RSF capture"),
    (NSO, "Ukraine", "liveblog", "Live: Russian forces capture Avdiivka, Russian defence ministry says; Ukraine confirms withdrawal.", "foreign army captures"),
    (NSO, "Central African Republic", "translated", "The rebels of the Seleka have taken the control of the town of Bambari after fights with the FACA.", "rebels capture"),
    (NSO, "Myanmar", "social", "Residents wrote on Facebook that Arakan Army fighters had seized the Maungdaw border guard headquarters after weeks of fighting.", "rebels capture"),
    (NSO, "Syria", "two-acts", "HTS-led fighters captured the city of Hama after days of fighting on Thursday, then freed prisoners from its central jail.", "first act: capture"),
    # --- Non-violent transfer of territory
    (NVT, "Mali", "headline", "French troops leave Tessalit. French forces handed the Tessalit base over to the Malian army in a ceremony on Tuesday, the army said.", "handover"),
    (NVT, "Mali", "attribution", "According to local sources, JNIM fighters entered the town of Boni without a fight after the army evacuated its positions.", "unopposed entry"),
    (NVT, "Mali", "passive", "Control of the Gao camp was passed by UN peacekeepers to the Malian army on Wednesday as the mission withdrew.", "handover"),
    (NVT, "Afghanistan", "count", "Hundreds of Taliban fighters walked into Jalalabad unopposed on Sunday after the governor handed over the city, residents said.", "unopposed entry"),
    (NVT, "Central African Republic", "translated", "The rebel elements of the CPC evacuated the locality of Kaga-Bandoro, where the forces of MINUSCA then installed themselves without incident.", "withdrawal then entry"),
    (NVT, "Myanmar", "social", "Locals posted on Facebook that the TNLA had handed Mogok town back to the junta administration and withdrawn its fighters.", "handover"),
    (NVT, "Syria", "liveblog", "12:45 - Pro-government militia withdraws from Tal Rifaat; SDF units move in without clashes, local council says.", "withdrawal then entry"),
    # --- Headquarters or base established
    (HQ, "Niger", "headline", "Russian instructors set up at Niamey airport. Russian military personnel established a camp next to the US facility at Niamey's airport, a US official said.", "base established"),
    (HQ, "Nigeria", "attribution", "According to residents, ISWAP fighters set up a camp on an island in Lake Chad and began taxing fishermen.", "camp established"),
    (HQ, "Syria", "passive", "A new military outpost was established by Israeli forces inside the buffer zone near Quneitra, satellite images showed.", "outpost established"),
    (HQ, "Burkina Faso", "translated", "The terrorists installed a base in the forest of Koulbou, from where they launch incursions, declared the governor.", "base established"),
    (HQ, "Nigeria", "social", "Villagers wrote on Facebook that Lakurawa fighters had set up a new base near Kebbe and hoisted their flag.", "base established"),
    (HQ, "Mali", "liveblog", "Update: Malian troops and Russian instructors set up a new camp in Ber after the UN departure, residents say.", "camp established"),
    # --- Agreement
    (AGR, "Sudan", "headline", "Sudan rivals sign Jeddah truce. Army and RSF negotiators signed a short-term ceasefire in Jeddah on Saturday, Saudi and US mediators said.", "ceasefire"),
    (AGR, "Yemen", "attribution", "According to the ICRC, the government and the Houthis exchanged more than 800 prisoners in flights between Sanaa and Aden.", "prisoner exchange"),
    (AGR, "Mali", "passive", "A truce was agreed by Dogon and Fulani militias in the Bankass circle under the mediation of local elders.", "truce"),
    (AGR, "Nigeria", "count", "Ninety-five Boko Haram fighters surrendered with their weapons to troops in Bama, the army said.", "mass surrender"),
    (AGR, "Palestine", "liveblog", "Live: Hamas releases four Israeli hostages under ceasefire deal; Israel frees 200 Palestinian prisoners.", "exchange under deal"),
    (AGR, "Colombia", "translated", "The Government and the ELN signed in Mexico City a bilateral ceasefire of six months.", "ceasefire"),
    (AGR, "South Sudan", "social", "Chiefs posted on Facebook that two Nuer clans had signed a peace pact ending months of revenge raids in Ulang.", "peace pact"),
    # --- Change to group/activity
    (CHG, "Syria", "headline", "HTS announces its dissolution. The group's leader said Hayat Tahrir al-Sham would dissolve and fold its fighters into the new Syrian army, state media reported.", "dissolution"),
    (CHG, "Syria", "attribution", "According to a statement on Telegram, the Islamic State named a new leader after the death of its previous chief.", "new leader"),
    (CHG, "Colombia", "passive", "A new armed group was announced by former FARC commanders who rejected the peace deal, in a video posted online.", "new group"),
    (CHG, "Mali", "translated", "The armed groups of the CSP-PSD announced their fusion in a single movement, the Azawad Liberation Front.", "merger"),
    (CHG, "Turkey", "social", "The PKK said in a statement shared on X that it was dissolving and ending its armed struggle.", "dissolution"),
    (CHG, "Pakistan", "liveblog", "Breaking: TTP ends ceasefire with government and orders its fighters to resume attacks nationwide.", "resumes operations"),
    # --- Disrupted weapons use
    (DWU, "Ukraine", "headline", "Ukraine downs 30 drones overnight. Air defences shot down 30 of 35 Shahed drones launched at Kyiv and Odesa, the air force said.", "drones shot down"),
    (DWU, "Pakistan", "attribution", "Police said a bomb disposal squad defused an explosive device found under a bridge in Quetta.", "bomb defused"),
    (DWU, "Yemen", "passive", "A missile fired by the Houthis toward a commercial ship in the Red Sea was intercepted by a US destroyer, CENTCOM said.", "missile intercepted"),
    (DWU, "Philippines", "count", "Sixty kilograms of explosives and 12 detonators were seized by troops at a hideout in Maguindanao.", "cache seized"),
    (DWU, "Israel", "liveblog", "02:30 - Iron Dome intercepts rockets fired from Gaza toward Ashkelon, IDF says.", "rockets intercepted"),
    (DWU, "Burkina Faso", "translated", "The elements of the army engineering detected and destroyed an improvised explosive device on the axis Dori-Seytenga.", "IED destroyed"),
    (DWU, "Myanmar", "social", "Residents said on Facebook that soldiers found and disarmed a landmine planted on a farm road in Mon state.", "mine disarmed"),
    (DWU, "Russia", "two-acts", "Air defences downed a Ukrainian drone over Belgorod on Tuesday; on Wednesday regional officials reopened the airport.", "drone shot down"),
    # --- Looting/property destruction
    (LOOT, "Pakistan", "headline", "Girls' school torched in Waziristan. Unidentified men set fire to a girls' school in North Waziristan overnight; no one was hurt, police said.", "arson, no harm"),
    (LOOT, "Sudan", "attribution", "According to traders, RSF fighters looted shops in the Omdurman market and carried the goods off in trucks.", "looting"),
    (LOOT, "Palestine", "passive", "Several homes in Masafer Yatta were demolished by Israeli bulldozers on Wednesday for lacking permits.", "demolitions"),
    (LOOT, "Haiti", "count", "More than 40 shops were looted and burned by gang members in Petion-Ville overnight, traders said.", "looting"),
    (LOOT, "Sudan", "liveblog", "Live: Armed men loot a WFP warehouse in El Geneina; no staff were hurt, the agency says.", "looting"),
    (LOOT, "Burkina Faso", "translated", "Unidentified armed individuals burned the granaries and the motorcycles of the village of Toeni after the inhabitants had fled.", "property destroyed"),
    (LOOT, "Palestine", "social", "Farmers said on Facebook that settlers had cut down about 300 olive trees in Al-Mughayyir overnight.", "property destroyed"),
    (LOOT, "DR Congo", "two-acts", "Mai-Mai fighters ransacked a health centre in Lubero on Saturday, taking medicines; on Sunday the army deployed reinforcements.", "looting"),
    # --- Other
    (OTH, "Ukraine", "headline", "Mass grave found in Izium forest. Ukrainian investigators discovered a burial site with more than 400 graves near Izium, officials said.", "mass grave"),
    (OTH, "Syria", "attribution", "According to the civil defence, the bodies of 21 people were found in a mass grave near Raqqa.", "mass grave"),
    (CHG, "Myanmar", "passive", "A curfew was imposed by the Arakan Army on several villages in Rathedaung township, residents said.", "armed-group decree"),
    (OTH, "Sudan", "count", "More than 300,000 people in El Fasher were cut off by an RSF siege that blocked all roads into the city, the UN said.", "siege"),
    (OTH, "Burkina Faso", "translated", "The terrorist armed groups imposed a blockade on the town of Djibo, forbidding the entry of foodstuffs.", "blockade"),
    (OTH, "Somalia", "social", "Residents shared on Facebook that al-Shabaab had ordered all shops in Bulo Burte to close and pay a new levy.", "armed-group decree"),
    # --- non-events that look like events
    (None, "Mali", "headline", "UN condemns attack on peacekeepers. The Security Council condemned Friday's deadly attack on peacekeepers in Mali and called for the perpetrators to be brought to justice.", "condemnation"),
    (None, "Kenya", "attribution", "Police said they had received no reports of violence after rumours of a shooting at a Nairobi mall spread on social media.", "rumour denied"),
    (None, "Mali", "count", "Twelve miners died when an artisanal gold mine collapsed near Kangaba, local officials said.", "mine accident"),
    (None, "Nigeria", "wire", "A fuel tanker exploded on a highway in Niger state, killing more than 90 people who had gathered to scoop petrol, officials said.", "road accident"),
    (None, "Rwanda", "wire", "A court in Kigali sentenced a former militia leader to life in prison for his role in the 1994 massacres.", "verdict"),
    (None, "Burkina Faso", "translated", "The minister of defence announced that the army will launch a vast operation to clear the terrorist groups from the Liptako before the rainy season.", "future plan"),
    (None, "Iran", "liveblog", "Live: Iran test-fires a new ballistic missile during drills in the Gulf, state TV says.", "weapons test"),
    (None, "Nigeria", "social", "Residents said on Facebook that flood waters had swept away homes in Maiduguri after a dam burst.", "natural disaster"),
    (None, "Israel", "wire", "Israel's army chief said troops are ready to expand the ground offensive into Rafah if talks fail.", "threat"),
    (None, "Burkina Faso", "attribution", "According to a new report, more than 5,000 civilians have been killed in attacks across the central Sahel since 2019.", "multi-year total"),
    (None, "Lebanon", "wire", "Thousands of mourners attended the funeral of the slain Hezbollah commander in Beirut's southern suburbs on Thursday.", "funeral"),
    (None, "Pakistan", "wire", "The Taliban's foreign minister met Pakistani officials in Islamabad to discuss border security and trade.", "diplomacy"),
    (None, "Pakistan", "count", "Four workers died when a gas cylinder exploded at a restaurant in Karachi, rescue officials said.", "gas accident"),
    (None, "Nigeria", "police", "Police arrested a man for stealing mobile phones at a market in Lagos, a spokesman said.", "ordinary crime"),
    (None, "Ukraine", "wire", "Ukraine marked the anniversary of the Kramatorsk station strike with a minute of silence on Saturday.", "commemoration"),
    (None, "Palestine", "passive", "A new ceasefire proposal was presented by Egyptian mediators to Hamas and Israel on Monday, officials said.", "proposal, not an agreement"),
    (None, "Senegal", "headline", "Opposition wins Senegal vote. Bassirou Diomaye Faye was declared winner of the presidential election, the electoral commission said.", "election"),
    (None, "Sudan", "ngo", "Cholera has killed 40 people in Kassala state over two weeks, the health ministry said.", "disease"),
    (None, "Nepal", "count", "Seventeen people died when a bus plunged into a ravine in Dhading district, police said.", "road accident"),
    (None, "Ukraine", "wire", "The United States announced a $425 million weapons package for Ukraine, including air defence missiles.", "arms package"),
    (None, "Egypt", "local", "Al Ahly stormed to a crushing 4-0 win over their rivals, bombarding the goal throughout the second half.", "sport in war words"),
    (None, "Niger", "ngo", "Human Rights Watch called for an independent inquiry into last month's killings in Tillaberi.", "call for inquiry"),
    (None, "Somalia", "wire", "Al-Shabaab threatened in an audio message to attack any company that works with the Somali government.", "threat"),
    (None, "India", "count", "Seven workers were killed in an explosion at a chemical factory in Gujarat, fire officials said.", "industrial accident"),
    (None, "Nigeria", "social", "Residents said on WhatsApp that the blasts heard overnight in Kaduna came from a military training exercise, which the army confirmed.", "drill"),
    (None, "Pakistan", "wire", "Parliament passed a bill extending the powers of military courts to try civilians accused of attacks on army installations.", "bill"),
    (None, "Syria", "ngo", "Wildfires in the Latakia mountains burned thousands of hectares and forced villagers to flee, the civil defence said.", "natural disaster"),
    (None, "Sudan", "attribution", "According to analysts, the RSF is likely to launch a new offensive on El Obeid in the coming weeks.", "analysis"),
    (None, "Central African Republic", "wire", "The EU imposed sanctions on six Wagner commanders over abuses in the Central African Republic.", "sanctions"),
    (None, "Philippines", "wire", "Philippine and US marines held a joint live-fire exercise on the coast of Luzon on Wednesday, the army said.", "drill"),
    (None, "Colombia", "wire", "A former ELN commander said in an interview that the group has no intention of laying down its weapons.", "statement"),
    (None, "Uganda", "count", "Eight people were killed by lightning at a football pitch in Arua district, police said.", "natural hazard"),
    (None, "Russia", "wire", "Twenty years after the Beslan school siege, survivors gathered at the school to remember the victims.", "commemoration"),
    (None, "Mozambique", "social", "A video claiming to show a massacre in Cabo Delgado was from 2020, fact-checkers said; no new attack was reported.", "rumour denied"),
    (None, "Iraq", "liveblog", "Live: Prime minister visits troops in Anbar and praises their role in defeating IS.", "visit"),
    (None, "Colombia", "wire", "The government said it would resume peace talks with the ELN in Caracas next month.", "future talks"),
]


def rows_as_json() -> list[dict]:
    return numbered_snippets(ROWS, "f4", SHUFFLE_SEED)


def main() -> None:
    rows = rows_as_json()
    OUT.write_text(jsonl_text(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
