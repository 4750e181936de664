"""Hand-written news-style sentences (not templated) for the classifier's weakest decisions.

Written for eventwire, one sentence shape each, modelled on the kinds of reports analysts read: wire
copy, headlines, live-blog fragments, reported speech, passive voice and text translated from French or
Arabic. Facts may echo real events; the sentences are ours. Nothing here comes from ``../shared`` or
from the news dev set (``benchmarks/news-types/dev.jsonl``).

Two families carry most of the weight:

- non-events that *look* like political violence: disasters and accidents with death tolls, sport,
  trials and anniversaries of past attacks, statements and threats, diplomacy, exercises, weapons
  tests and arms deals, elections, crime statistics and analysis;
- the rare ACLED sub-types in realistic prose (agreements, changes to a group, new bases, handovers,
  disrupted weapons use, "Other", chemical weapons, sexual violence, territory taken by either side).

``make_news_style`` turns every entry into one row; every fourth entry of each label is held out.
"""

from __future__ import annotations

from eventwire.extract.models import news_style_handwritten_more

NON_EVENT = None

# --------------------------------------------------------------------------- non-events

DISASTERS = [
    "Flash floods swept through three villages in Badakhshan overnight, drowning at least 23 people, the provincial disaster office said.",
    "The death toll from the landslide in Bududa district has climbed to 41, with dozens still missing under the mud.",
    "Torrential rain caused a dam to burst north of Derna, washing away entire neighbourhoods and killing thousands.",
    "Cyclone Idai: rescuers pull survivors from rooftops as the number of dead in Beira passes 400.",
    "An earthquake of magnitude 6.3 struck Herat province on Saturday, flattening mud-brick homes and killing hundreds.",
    "Heavy monsoon rains have killed 57 people across Sindh this week, mostly when walls and roofs collapsed.",
    "Wildfires fanned by strong winds have killed at least 18 people in northern Algeria, the interior ministry said.",
    "Lightning killed six herders and 40 head of cattle in a pasture near Gulu on Tuesday, police said.",
    "Drought has wiped out the harvest in southern Madagascar, and aid agencies say children are dying of hunger.",
    "A cholera outbreak in camps around Maiduguri has killed 112 people since August, the health ministry reported.",
    "Floodwaters submerged the main road to Beledweyne, cutting off tens of thousands of displaced people from aid.",
    "At least 30 gold miners were buried alive when a pit collapsed at an informal site in Kenieba, local officials said.",
    "Rescuers dug through the night after part of a jade mine gave way in Hpakant, burying scores of workers.",
    "The volcano erupted without warning, sending ash over Goma and forcing residents to flee towards Rwanda.",
    "Officials in Dhaka said the toll from the heatwave had risen to 14, most of them elderly rickshaw pullers.",
    "Gusty winds toppled a billboard onto a petrol station in the city, killing eight motorists sheltering beneath it.",
    "A sudden storm capsized fishing boats off the coast of Cox's Bazar; 11 fishermen are missing.",
    "The river burst its banks near Malakal, displacing some 20,000 people who had already fled fighting last year.",
    "Snow avalanches buried several houses in Nuristan, killing 25 villagers, a provincial spokesman told AFP.",
    "Dozens of people died in the stampede at a food distribution point, the disaster management authority said.",
    "Six children drowned when the boat taking them to school overturned on Lake Albert.",
    "Flooding in Kinshasa has left at least 120 dead after the Ndjili river overflowed overnight.",
]

INDUSTRIAL_ACCIDENTS = [
    "A gas cylinder exploded in a crowded restaurant in Peshawar, killing nine people and wounding 20, rescue officials said.",
    "At least 15 workers died after a boiler blast ripped through a textile factory outside Chittagong.",
    "A fuel tanker overturned and exploded on the highway near Mokwa, and villagers who rushed to scoop petrol were caught in the fire.",
    "Investigators blamed poorly stored ammonium nitrate for the warehouse explosion that shook the port.",
    "An explosion at a fireworks workshop in Sivakasi killed eight workers on Thursday; police said the blast was accidental.",
    "Firefighters battled a blaze at the oil refinery for two days after a pipeline leak ignited.",
    "A methane explosion trapped 40 miners underground at the coal pit in Zonguldak, the energy minister said.",
    "Twelve people were killed when a building under construction collapsed in Lagos Island.",
    "A fire at a crowded market in Onitsha destroyed hundreds of shops; officials said an electrical fault was to blame.",
    "An illegal refinery caught fire in the creeks of Rivers state, killing more than 100 people.",
    "Seventeen people died of carbon monoxide poisoning in a mine shaft in the Copperbelt, the company confirmed.",
    "A hospital fire in Baghdad's Ibn al-Khatib hospital, caused by an oxygen tank exploding, killed more than 80 patients.",
    "A dormitory fire at a girls' school in Mahdia killed 19 pupils; police arrested a student suspected of starting it.",
    "An explosion at the ammunition depot was caused by extreme heat, the defence ministry said, and no attack was suspected.",
    "Twenty workers were injured when a gas pipeline burst at a construction site in the suburbs.",
    "Old ordnance stored at the army warehouse detonated in a fire, shaking windows across the city; there was no sign of sabotage.",
    "Three electricians died when scaffolding gave way at the new stadium.",
    "Emergency services said the factory roof fell in during the night shift, leaving 31 dead.",
    "The explosion at the flour mill was an industrial accident, the governor said after visiting the site.",
]

ROAD_AND_TRANSPORT = [
    "Eighteen passengers died when a minibus plunged into a ravine on the Kabul-Jalalabad road.",
    "A train derailed in Balasore after a signalling fault, leaving more than 280 dead.",
    "An overloaded ferry sank in the Kasai river; only 40 of the 270 passengers have been found alive.",
    "A military helicopter crashed during a training flight in the north, killing all five crew; the army ruled out hostile fire.",
    "Nine soldiers died when their truck overturned on a mountain road in bad weather, the defence ministry said.",
    "A small plane crashed shortly after take-off from Goma airport, killing the pilot and a mining engineer.",
    "Boat carrying migrants capsizes off Libya's coast: at least 61 feared drowned, the UN migration agency says.",
    "Police said the driver of the coach had fallen asleep before it left the road and hit a tree.",
    "The armoured police vehicle skidded off the wet road and rolled over, killing two officers; no attack was involved.",
    "A lorry loaded with cattle and traders overturned near Maradi, killing 13 people who were riding on top.",
    "A tuk-tuk was hit by a speeding car in Colombo on Monday night, killing a mother and her two children.",
    "The patrol boat capsized in rough seas off Pemba; navy divers recovered the bodies of three sailors.",
    "Six schoolchildren were killed when their bus was struck by a train at an unmanned level crossing.",
]

SPORT = [
    "Al Ahly crushed their rivals 4-0 in Cairo, with the striker scoring a hat-trick in a devastating attack.",
    "The boxer knocked out his opponent in the third round to retain the heavyweight title in Riyadh.",
    "Ethiopian runners swept the podium in the marathon, killing off the race with a brutal surge at 30 kilometres.",
    "The Super Eagles stormed back from two goals down to beat Cameroon in the qualifier.",
    "Riot of colour as Kenya's sevens team invades the pitch after winning the final in Hong Kong.",
    "The shooter won gold in the 10-metre air rifle after a tense shoot-out with the Chinese champion.",
    "Wrestlers from 20 countries battled for medals at the African championships in Hammamet.",
    "The coach was fired after a run of defeats that fans described as a massacre.",
    "The fencing team captured three gold medals on the final day of the championships.",
    "Fans clapped and sang as the national team's bus paraded through the capital after the cup victory.",
    "The chess grandmaster defeated his rival in a ruthless attacking game to take the title.",
    "The Springboks' defence held firm in a bruising battle with the All Blacks in Paris.",
]

TRIALS_AND_JUSTICE = [
    "A court in Niamey sentenced four men to death over the 2021 massacre of villagers in Tillaberi.",
    "The International Criminal Court found the former militia commander guilty of war crimes committed in Ituri in 2003.",
    "Prosecutors told the tribunal that the accused ordered the shelling of the market twelve years ago.",
    "The trial of 20 men charged over the Bataclan attacks ended in Paris with life sentences for the main defendant.",
    "A judge in Kampala adjourned the treason case against the opposition leader until next month.",
    "Lawyers for the soldiers accused of killing protesters in 2019 asked the court to drop the charges.",
    "An appeals court upheld the conviction of the former police chief for the disappearance of two activists.",
    "The former rebel commander pleaded not guilty to charges of recruiting child soldiers.",
    "A Dutch court convicted a Syrian man of taking part in executions carried out by an armed group in 2012.",
    "Witnesses testified on Tuesday about the night gunmen attacked the church in Owo, as the trial of five suspects opened.",
    "The UN tribunal acquitted the former minister of all charges related to the 1994 killings.",
    "Judges ordered the release on bail of the journalist detained last year, citing lack of evidence.",
    "The inquest heard that the officers had fired without warning during the 2017 demonstration.",
    "A special court began hearing the case of the men accused of the 2015 bombing of the bus station.",
    "Rwanda extradited a genocide suspect to face trial in Kigali, the justice ministry announced.",
    "The families of victims of the Grand Bassam beach attack welcomed the verdict handed down on Wednesday.",
]

ANNIVERSARIES_AND_HISTORY = [
    "Ten years after the Chibok kidnapping, 90 of the schoolgirls are still missing, their parents said at a vigil.",
    "Survivors laid wreaths on Sunday to mark the 30th anniversary of the Srebrenica massacre.",
    "Thousands gathered in Kigali for the start of the annual commemoration of the genocide against the Tutsi.",
    "The town still bears the scars of 2014, when the militants overran it and executed dozens of men.",
    "Historians say the 1982 siege of Hama left between 10,000 and 40,000 dead.",
    "A memorial to the victims of the Westgate mall attack was unveiled in Nairobi on the anniversary.",
    "Families of the 2008 Mumbai attack victims held a candlelight march to remember the dead.",
    "The conflict, which began in 2017 when separatists took up arms, has displaced more than 700,000 people.",
    "Since the insurgency began, more than 35,000 people have been killed in the north-east, according to the UN.",
    "On this day in 1994, Hutu militias began a campaign of killing that would last a hundred days.",
    "Residents recalled how, during the war of the 1990s, snipers fired at anyone crossing the bridge.",
    "A documentary on the fall of Mosul in 2014 premiered in Erbil to a packed cinema.",
    "Flowers and candles were left outside the school where the massacre took place five years ago.",
    "The region has a long history of cattle raids between rival herding communities.",
]

STATEMENTS_AND_THREATS = [
    "The armed group warned in a video that it would strike foreign companies operating in the province.",
    "The defence minister said the army was ready to crush any rebel advance on the capital.",
    "\"We will respond with overwhelming force,\" the general told reporters, without giving details.",
    "The UN secretary-general condemned the attack on peacekeepers and called for the perpetrators to be brought to justice.",
    "The president accused neighbouring countries of arming the rebels, an allegation they rejected.",
    "In a statement posted online, the militants threatened to kill anyone who votes in the referendum.",
    "Human Rights Watch urged the authorities to investigate reports of torture in military detention.",
    "The opposition leader called on supporters to prepare for mass demonstrations next week.",
    "The army spokesman denied that soldiers had opened fire on civilians, calling the reports fabricated.",
    "The general said the country would not hesitate to use nuclear weapons if its existence were threatened.",
    "Officials said the US would send more long-range missiles and artillery rounds to Kyiv in the coming weeks.",
    "The rebel leader vowed to march on the capital unless the government resigned within 72 hours.",
    "Police warned that any unauthorised gathering on Friday would be dispersed.",
    "The minister claimed the drone programme had made the army the strongest in the region.",
    "Washington accused Tehran of supplying drones and ballistic missiles to Moscow, which both capitals deny.",
    "The spokesman said reports of a coup attempt circulating on social media were false and that calm prevailed in the capital.",
    "Religious leaders appealed for calm after days of tension between the two communities.",
    "The EU's foreign policy chief said the bloc was considering new sanctions over the crackdown.",
    "Amnesty International said it had documented a pattern of enforced disappearances since 2019 and demanded answers.",
    "NATO's chief warned that Russia was preparing for a long war and urged allies to increase ammunition production.",
    "13:40 — The prime minister tells parliament the government will not negotiate with terrorists.",
    "The group's leader called for jihad against the French in an audio message released on Friday.",
    "Analysts say the insurgents are likely to exploit the rainy season to step up attacks.",
]

DIPLOMACY = [
    "The foreign ministers of Ethiopia and Egypt met in Cairo to discuss the dispute over the Nile dam.",
    "The president arrived in Beijing for a three-day state visit focused on infrastructure loans.",
    "Talks between the government and the rebels resumed in Doha on Monday but ended without a breakthrough.",
    "The African Union summit in Addis Ababa opened with calls for an end to coups on the continent.",
    "The two leaders shook hands in Jeddah and pledged to keep talking, without signing any deal.",
    "The UN envoy held consultations with party leaders in Tripoli on a roadmap to elections.",
    "The Security Council extended the mandate of the peacekeeping mission in Mali for another year.",
    "Diplomats said a draft resolution calling for a humanitarian pause was vetoed by one permanent member.",
    "Kenya offered to host peace talks between the Sudanese parties, the foreign ministry said.",
    "The ambassador was summoned to the foreign ministry to explain his government's comments on the election.",
    "Mediators shuttled between the delegations on Thursday, hoping to agree on an agenda for the next round.",
    "The ECOWAS delegation met the junta leader in Niamey to press for a return to civilian rule.",
    "The United States and Saudi Arabia called on both sides to respect the humanitarian commitments they made last month.",
    "Burkina Faso, Mali and Niger announced their withdrawal from the regional economic bloc.",
    "The prime minister hosted the visiting Turkish defence minister, and the two discussed military cooperation.",
    "Pakistan and India's national security advisers held a rare meeting on the sidelines of the conference.",
    "The government recalled its ambassador from Paris in protest at the remarks.",
    "Qatar said it was in contact with both sides about a possible exchange of hostages but that no agreement had been reached.",
]

MILITARY_AND_WEAPONS = [
    "North Korea test-fired two ballistic missiles into the sea off its east coast, the South Korean military said.",
    "Thousands of troops from eight countries began a two-week joint exercise in northern Ghana.",
    "The navy took delivery of two new patrol vessels built in Turkey at a ceremony in Lagos.",
    "Poland signed a deal to buy 250 Abrams tanks and dozens of attack helicopters from the United States.",
    "The army paraded new armoured vehicles and drones through the capital to mark Independence Day.",
    "Iran unveiled a domestically built ballistic missile with a claimed range of 2,000 kilometres.",
    "The parliament approved a defence budget increase of 20 percent to buy more artillery shells.",
    "Hundreds of recruits graduated from the police academy in Mogadishu after six months of training.",
    "The air force conducted live-fire drills over the desert, the defence ministry said, urging residents not to panic at the noise.",
    "Russia's navy held exercises in the Baltic, firing cruise missiles at targets at sea.",
    "The Pentagon announced a new $400 million aid package including Stinger missiles and armoured vehicles.",
    "Germany approved the export of air defence systems to Saudi Arabia after lifting its freeze on arms sales.",
    "The army said its new drone squadron would be operational by the end of the year.",
    "Turkish-made Bayraktar drones were delivered to the Malian air force in a ceremony at Bamako airport.",
    "A report by a research institute said arms imports to West Africa had doubled over five years.",
    "Soldiers trained with French instructors in the use of mine-detection equipment at the camp.",
    "The Indian navy successfully test-fired a supersonic cruise missile from a destroyer in the Arabian Sea.",
    "Russian and Belarusian troops began joint drills near the Polish border.",
    "The ministry published a tender for 50,000 rifles and body armour for the new border guard.",
    "China's carrier group sailed through the strait, which Taipei described as a show of force; no shots were fired.",
]

POLITICS_AND_ECONOMY = [
    "Parliament passed the controversial finance bill by 204 votes to 115 after a heated debate.",
    "The central bank raised interest rates for the fifth time this year as inflation hit 30 percent.",
    "The ruling party named the defence minister as its candidate for next year's presidential race.",
    "The electoral commission said turnout in the referendum was 61 percent and results would be announced on Friday.",
    "Fuel prices rose by 40 percent overnight after the government removed subsidies.",
    "The junta appointed a new prime minister and dissolved the cabinet in a televised address.",
    "The IMF approved a $3 billion loan to help the country rebuild after the war.",
    "The president reshuffled his cabinet, replacing the ministers of interior and defence.",
    "Inflation and unemployment dominated the campaign, with both candidates promising jobs for young people.",
    "The government declared three days of national mourning for the victims of the floods.",
    "The interior ministry extended the state of emergency in four provinces by six months.",
    "Schools reopened in the capital after a two-month closure, and the education minister visited classrooms.",
    "The World Food Programme warned that funding cuts would force it to halve rations for refugees.",
    "UNHCR said more than 8 million people had been displaced by the conflict since it began.",
    "The national statistics office reported that homicides had fallen by 12 percent last year.",
]

ANALYSIS_AND_PLANS = [
    "The army plans to launch an offensive to retake the northern towns before the rainy season, officials said.",
    "If the talks fail, the rebels could try to seize the airport, a diplomat warned.",
    "Security experts fear the militants may target churches over the Easter weekend.",
    "The government said it would deploy troops to the border region next month.",
    "Analysts believe the group is regrouping in the forest after losing its leaders.",
    "A new report by the UN panel of experts details how the armed group finances itself through gold mining.",
    "The ministry is considering plans to arm village self-defence groups, a source said.",
    "Unconfirmed reports on social media that the town had fallen could not be verified, and officials said the army remained in control.",
    "Residents said the fighters had not entered the town and that the situation was calm on Wednesday.",
    "No one was hurt and no shots were fired, police said, after the rumour of an attack caused panic at the market.",
    "The army denied reports that the base had been overrun, saying its troops were holding their positions.",
    "The opposition is expected to call for protests if the court upholds the election result.",
    "The military said it was preparing a new campaign against the bandits but gave no timeline.",
    "The mayor said a curfew would be imposed if tensions between the two communities rose again.",
]

NON_POLITICAL_AND_MISC = [
    "A crocodile killed a fisherman on the banks of the Zambezi, villagers said.",
    "Hunters accidentally shot a teenager they mistook for an antelope in the forest near Bertoua.",
    "A man killed his wife and two children before turning the gun on himself, police said, describing it as a domestic dispute.",
    "Elephants trampled four villagers to death in Tsavo as drought pushed the animals into farmland.",
    "Police seized 2 tonnes of cocaine hidden in a shipment of bananas at the port of Guayaquil.",
    "Customs officers seized 300 kilograms of counterfeit medicine at the border post.",
    "Health workers began a polio vaccination campaign in the camps for displaced people.",
    "The film about the siege of the city won the top prize at the festival.",
    "The police chief said officers would be trained in human rights before the elections.",
    "A new bridge across the river was opened by the governor, cutting travel time between the two towns.",
    "A dog attacked and injured a child in the park, and the owner was questioned by police.",
    "Prison officials said an inmate died of a heart attack in his cell; the family asked for an autopsy.",
]

# --------------------------------------------------------------------------- rare sub-types

AGREEMENT = [
    "The army and the ethnic armed group agreed to a temporary truce to allow aid into the besieged town.",
    "Under a deal brokered by Qatar, Israel released 39 Palestinian prisoners in exchange for 13 hostages held in Gaza.",
    "The junta and three rebel groups signed a ceasefire in Kunming after Chinese mediation, state media reported.",
    "Russia and Ukraine each handed over 95 prisoners of war in an exchange mediated by the UAE.",
    "Government and separatist delegations initialled a peace accord in Nairobi, ending two years of fighting.",
    "Community leaders from the Fulani and Dogon villages signed a non-aggression pact under the supervision of the governor.",
    "The rebels agreed to let the last civilians leave the encircled neighbourhood under an evacuation deal.",
    "Ceasefire takes effect in Sudan's capital as both sides sign a one-week humanitarian agreement.",
    "The two clans agreed to end their feud over grazing land after mediation by elders, and exchanged blood money.",
    "Armed group frees 21 soldiers it held for a year after a deal with the government, the Red Cross says.",
    "Negotiators for the government and the insurgents agreed on a local ceasefire around the oil fields.",
    "The militia agreed to hand over its heavy weapons to the national army under the terms of the accord.",
    "The two warring factions in the city signed an agreement to reopen the road between their districts.",
]

CHANGE_TO_GROUP = [
    "The rebel coalition announced that it had expelled one of its member factions after a dispute over leadership.",
    "The armed group named a new commander after its leader was killed last month, according to a statement.",
    "Two jihadist groups in the Sahel have merged, taking a new name and pledging allegiance to al-Qaeda.",
    "The separatists announced they were suspending their armed operations for the holy month.",
    "The group announced it was ending its unilateral ceasefire and would resume operations against the army.",
    "The army withdrew its troops from the border posts and redeployed them to the capital, a defence source said.",
    "The Wagner group said its fighters would leave the front and move to Belarus under a new arrangement.",
    "Hundreds of government troops were sent to the restive province to reinforce positions, state television said.",
    "The armed group changed its name and said it would focus its fight on the central government.",
    "The national army and the self-defence militia announced that they would conduct joint operations from now on.",
    "The insurgents announced the appointment of a new governor for the areas they hold.",
    "The government ordered all foreign peacekeepers to leave the country within three months.",
]

HEADQUARTERS = [
    "The army has set up a new military camp outside the town to protect the gold mine, the governor said.",
    "The insurgents have established a base in the hills above the valley, from which they run patrols, residents say.",
    "Turkey opened a new military base in northern Iraq, its defence ministry said.",
    "The militia set up headquarters in the abandoned school and raised its flag over the building.",
    "The rebels have opened an office in the town and started issuing permits to traders.",
    "Peacekeepers established a temporary operating base near the displacement camp after attacks on civilians.",
    "The armed group has built a training camp in the forest near the border, according to local sources.",
    "The Chinese navy has begun operating from a new pier at the Cambodian naval base, analysts said.",
    "Soldiers set up a forward base on the outskirts of the village after the jihadists were driven away.",
]

NON_VIOLENT_TRANSFER = [
    "The jihadists pulled out of the town overnight, and the next morning soldiers entered without firing a shot.",
    "French troops handed over the Gao base to the Malian army in a ceremony on Sunday.",
    "The militia withdrew from the oil terminal and handed control to the national guard under the deal.",
    "UN peacekeepers left their camp in Ber, and the Malian army took it over the same day.",
    "The rebels occupied the abandoned police station after the officers fled ahead of their arrival.",
    "Government forces withdrew from the district capital to avoid bloodshed, and the armed group moved in unopposed.",
    "The separatists took over the airport after the soldiers guarding it left without resistance.",
    "Under the agreement, the armed group handed the town back to the civil administration.",
    "Russian troops left the village and Ukrainian soldiers entered it without fighting, the local governor said.",
    "The insurgents entered the market town unopposed after the last army unit withdrew on Friday.",
]

DISRUPTED_WEAPONS = [
    "Bomb disposal experts safely detonated an improvised explosive device found near the market in Mogadishu.",
    "Air defences shot down 30 drones launched towards the capital overnight, the military said.",
    "Police intercepted a car packed with explosives at a checkpoint on the outskirts of Kabul.",
    "Soldiers found and destroyed a weapons cache containing rockets and mortar rounds in the forest.",
    "Deminers cleared anti-personnel mines laid by the militants around the village school.",
    "The army said it defused two roadside bombs on the Gao-Ansongo road on Tuesday.",
    "Israel's Iron Dome intercepted most of the rockets fired from Gaza, the military said.",
    "Security forces thwarted a suicide attack when they arrested a would-be bomber wearing an explosive vest.",
    "Sappers neutralised an explosive device hidden under a bridge before a convoy passed.",
    "Coast guards seized a dhow carrying rocket launchers and anti-tank missiles in the Gulf of Aden.",
    "Police discovered a bomb-making workshop in a house in the city and seized detonators and fertiliser.",
]

OTHER = [
    "A mass grave containing at least 50 bodies was uncovered near the former frontline.",
    "The government suspended internet access across the region as the army began its operation.",
    "Thousands of people fled their villages after rumours spread that the armed group was coming.",
    "A curfew was imposed on the city and the army deployed tanks on main roads after the unrest.",
    "The junta declared a state of emergency and shut the borders after the failed coup.",
]

CHEMICAL = [
    "Medics said several people suffered suffocation symptoms after a barrel bomb released chlorine over the town.",
    "Ukrainian officials said Russian forces dropped grenades filled with a toxic chemical on trenches near Bakhmut.",
    "Residents described a yellow cloud and a smell of bleach after the helicopter passed overhead.",
    "Doctors treated scores of patients with foaming at the mouth and pinpoint pupils after the rocket attack.",
    "Investigators confirmed that mustard agent was fired at the besieged neighbourhood.",
    "Troops used an unidentified choking gas against fighters in the tunnel network, according to the rebels.",
]

SEXUAL = [
    "Militiamen raped at least 20 women during a raid on the village, a UN report said.",
    "Several girls were sexually assaulted by soldiers at a checkpoint, according to a rights group.",
    "Women fleeing the city said fighters had raped them on the road to the border.",
    "Doctors at the hospital treated 40 survivors of sexual violence after the gunmen swept through the camp.",
    "Police officers are accused of raping a detained woman at the station last week.",
    "A teenage girl was gang-raped by armed men who stopped her on her way to fetch water.",
    "The UN mission said it had verified cases of rape by both armies during the fighting.",
]

GOVERNMENT_REGAINS = [
    "Ukraine's forces have retaken the village east of Kharkiv, the general staff said.",
    "The Somali army, backed by local clan militias, recaptured the town from al-Shabaab after a day of fighting.",
    "Iraqi forces drove the militants from the last district of the old city and raised the national flag.",
    "Government troops regained control of the border crossing after the rebels were pushed back.",
    "The army said it had liberated the town and restored state authority after dislodging the jihadists.",
    "Mozambican and Rwandan troops reclaimed the port town from the insurgents, officials said.",
    "After a three-week siege, the national army took back the mining town from the rebels.",
    "Soldiers retook the district headquarters overnight, ending the militants' two-day occupation.",
]

NON_STATE_OVERTAKES = [
    "The rebels captured the provincial capital after government troops fled, residents said.",
    "Fighters of the armed group overran the army camp and seized control of the town.",
    "The insurgents took the border post and raised their flag after a night of fighting.",
    "The RSF said it had seized the city after days of clashes with the army.",
    "Militants captured the district after the police abandoned their posts, local officials said.",
    "Jihadists now control the village after chasing out the self-defence militia on Sunday.",
    "The Houthis seized the port town following heavy clashes with government-aligned forces.",
    "The separatist fighters said they had taken the town and pushed the soldiers back to the river.",
]

FOREIGN_ARMY_CAPTURES = [
    # ACLED's "Government regains territory" is only the government of the country retaking its own
    # ground; a foreign state army that takes territory is coded "Non-state actor overtakes territory".
    "The invading army seized the border town and the bridge over the river, the local authorities said.",
    "Ethiopian troops crossed into the territory and took control of the town, residents said.",
    "Rwandan soldiers fighting alongside the rebels captured the town, UN experts said.",
]

# Common sub-types written in the looser prose of live blogs and local press.
COMMON_EVENTS = [
    ("Air/drone strike", "A drone strike on a wedding party in the village killed 30 guests, local sources said."),
    ("Air/drone strike", "12:15 — Russian glide bombs hit an apartment block in Kharkiv, officials report three dead."),
    ("Air/drone strike", "Warplanes pounded rebel positions in the hills for the third day, the military said."),
    ("Shelling/artillery/missile attack", "A ballistic missile struck the city centre overnight, damaging a hospital."),
    ("Shelling/artillery/missile attack", "Mortar bombs landed on the market as traders opened their stalls, killing four."),
    ("Remote explosive/landmine/IED", "A roadside bomb tore through a minibus carrying wedding guests, killing 11."),
    ("Remote explosive/landmine/IED", "Two children were injured when an explosive device left by militants went off as they played."),
    ("Attack", "Gunmen shot dead a local councillor outside his home on Thursday evening."),
    ("Attack", "Militants attacked a convoy of buses carrying Christians, killing 19 passengers."),
    ("Excessive force against protesters", "Police shot dead two young men during protests against the election result."),
    ("Peaceful protest", "Tens of thousands of people marched through the capital to demand an end to the war."),
    ("Peaceful protest", "Teachers staged a sit-in outside the ministry for the second week over unpaid salaries."),
    ("Protest with intervention", "Riot police fired tear gas to disperse students protesting against fee increases."),
    ("Mob violence", "Villagers set upon and killed two suspected thieves at the market, police said."),
    ("Violent demonstration", "Protesters hurled stones at police and set tyres ablaze on the main road."),
    ("Arrests", "Security forces detained dozens of opposition supporters in overnight raids."),
    ("Arrests", "Police arrested the leader of the separatist movement at the airport."),
    ("Abduction/forced disappearance", "Armed men seized 30 pupils from their boarding school in the night."),
    ("Armed clash", "Fighting raged for hours between the army and the rebels on the outskirts of the town."),
    ("Armed clash", "Rival militias exchanged heavy fire in the city centre, leaving several fighters dead."),
    ("Looting/property destruction", "Fighters looted the hospital's pharmacy and burned the ambulance before leaving."),
]

# A second batch in the styles the first one under-represents: headlines, live-blog lines, translated
# phrasing ("the concerned", "the localities of"), reported speech and passive voice.
MORE_NON_EVENTS = [
    "Kenya: 40 dead as floods hit Mai Mahiu after heavy overnight rain",
    "BREAKING — Explosion at fuel depot near Conakry port, several dead; cause not yet known, officials say fire started after a leak.",
    "Ten people lost their lives in the collapse of a gold-panning site in the locality of Kalsaka, indicated the local authorities.",
    "The balance sheet of the road accident on the national road number 1 rose to 14 dead, according to the civil protection.",
    "A boat transporting goods and passengers sank on the river Congo; the provincial government announced 86 bodies recovered.",
    "Update 16:20: firefighters say the blaze at the market is under control; two people died of burns.",
    "It was an accident, not an attack, the governor insisted after the gas explosion in the residential building.",
    "Mudslides triggered by days of rain have killed at least 15 people in the hills above Freetown, rescuers said.",
    "The collapse of the school building during lessons killed 22 pupils, the education ministry confirmed.",
    "Two soldiers drowned while trying to cross the swollen river during a patrol, the army said, adding that no enemy was involved.",
    "A soldier was killed when he accidentally discharged his weapon while cleaning it at the barracks, the army said.",
    "Cameroon's Indomitable Lions beat Egypt on penalties to reach the final in front of 50,000 fans.",
    "Headline: Striker's late goal sinks title rivals as the league race goes to the final day",
    "The national team coach defended his tactics after a 3-0 defeat that fans called a humiliation.",
    "The ex-militia leader was sentenced in absentia to life imprisonment for crimes against humanity committed in 2002.",
    "The court heard that the accused had planned the attack on the embassy for months before it was carried out in 2019.",
    "Relatives of the disappeared marched silently through the city to mark ten years since the enforced disappearances, holding photos.",
    "On the fifth anniversary of the attack on the hotel, the president laid a wreath and promised that victims would not be forgotten.",
    "The opposition described the election as a massacre of democracy and vowed to challenge the result in court.",
    "\"Those who attack our country will pay a heavy price,\" the president said in his New Year address.",
    "The jihadist group's new video shows fighters training in the desert and threatens attacks in coastal countries.",
    "Live updates: Zambia's foreign minister says the country will mediate between the two sides; no date set for talks.",
    "The minister of defence received the new chief of staff of the army and discussed the security situation in the north.",
    "The two presidents agreed to strengthen trade and to open a new border market, at the end of a state visit.",
    "A memorandum of understanding on military cooperation was signed between the two defence ministries.",
    "The armed forces will hold a military parade on Saturday to celebrate the 60th anniversary of their creation.",
    "The army received 12 armoured vehicles donated by the United States, in a ceremony at the headquarters.",
    "The country's first domestically produced drone made its maiden flight, the ministry of defence announced.",
    "Satellite images analysed by researchers show the navy expanding a dry dock at the shipyard.",
    "The rocket launched from the space centre placed a communications satellite in orbit.",
    "The government says it has bought attack drones from Turkey to fight the insurgents, without giving numbers.",
    "Journalists were shown weapons displayed at a press conference at army headquarters.",
    "The interior minister said 1,200 suspects had been arrested in the past year in operations against crime, as he presented the annual report.",
    "The UN report says that more than 3,000 civilians were killed in the first half of the year, a 20 percent rise.",
    "The analyst argues that the jihadists' expansion towards the coast is the real threat for the region in the coming years.",
    "Opinion: the war will not be won by drones alone.",
    "Prices of maize doubled in the markets of the north because roads have been closed by insecurity for months.",
    "The minister denied that the army had lost control of any town and said morale was high.",
    "The rebels said on Monday they were ready to take the capital, but there was no sign of fighting around the city.",
    "Residents fear that the militia could return once the rainy season ends.",
    "Five people died after eating poisonous mushrooms in a village in the north, the health department said.",
    "Police said the driver who ploughed into the crowd at the festival had suffered a seizure; the crash was not deliberate.",
    "Gold miners trapped underground for four days were brought out alive by rescuers on Thursday.",
]

MORE_EVENTS = [
    ("Agreement", "The parties agreed in Jeddah on a 72-hour truce to let civilians leave the capital, the mediators said."),
    ("Agreement", "Ukraine and Russia swapped the bodies of fallen soldiers, the coordination headquarters said."),
    ("Agreement", "The kidnappers released the 12 pupils after the community paid a ransom negotiated by local leaders."),
    ("Agreement", "Local ceasefire signed between the two armed groups in the locality, announced the regional governor."),
    ("Change to group/activity", "The armed group announced the dissolution of its political wing and the integration of its fighters into the army."),
    ("Change to group/activity", "Dozens of fighters have defected from the militia to join the rival faction, a commander said."),
    ("Change to group/activity", "The army announced the withdrawal of its troops from the town as part of a reorganisation of its positions."),
    ("Change to group/activity", "The militants declared a new emirate in the areas under their control and named a leader for it."),
    ("Headquarters or base established", "The jihadists have installed a camp at the edge of the forest, from which they control the road, indicate local sources."),
    ("Headquarters or base established", "The foreign mercenaries moved into the airport and turned it into their base, witnesses said."),
    ("Non-violent transfer of territory", "The army retreated from the camp without combat and the armed group occupied it the next day, indicated sources."),
    ("Non-violent transfer of territory", "Under the evacuation deal, the last fighters left the district on buses and government forces took over."),
    ("Disrupted weapons use", "Ukraine says it downed 25 of the 30 drones Russia launched overnight; debris damaged no buildings."),
    ("Disrupted weapons use", "A roadside bomb was discovered and made safe by the deminers of the army on the axis between the two localities."),
    ("Disrupted weapons use", "Police foiled a plot to bomb a church after finding explosives in the suspects' car."),
    ("Government regains territory", "The Malian army, supported by its Russian partners, took control of the rebel stronghold after fighting, the army said."),
    ("Government regains territory", "Colombian troops recovered the rural zone after driving out the dissident guerrillas, the defence ministry said."),
    ("Non-state actor overtakes territory", "M23 rebels took control of the lakeside town after the army and its allied militias fled, local sources said."),
    ("Sexual violence", "Survivors told investigators that soldiers had raped them in their homes during the search operation."),
    ("Chemical weapon", "Rebels accused government forces of using gas that caused breathing problems among their fighters in the tunnels."),
    ("Other", "Authorities cut mobile phone networks in the province after the attack, hindering communications."),
]

# Everyday events in the same loose styles, so that "hand-written prose" is not itself a cue for "none".
EVERYDAY_EVENTS = [
    ("Peaceful protest", "Students from the public university demonstrated in front of the rectorate this Tuesday to demand the reopening of the dormitories."),
    ("Peaceful protest", "Hundreds of women in white marched silently through Bamako to call for the release of the abducted mayor."),
    ("Peaceful protest", "Taxi drivers parked their cars across the main roundabout for several hours in protest at fuel prices; police watched without intervening."),
    ("Peaceful protest", "Dock workers at the port went on strike and gathered outside the company offices to demand a pay rise."),
    ("Peaceful protest", "Relatives of detained activists held a vigil outside the prison, calling for their release."),
    ("Peaceful protest", "Live: thousands gather in the central square waving flags and chanting against the new constitution."),
    ("Peaceful protest", "Nurses downed tools and rallied at the regional hospital over three months of unpaid wages."),
    ("Protest with intervention", "Police used water cannon to clear opposition supporters who had gathered outside the electoral commission."),
    ("Protest with intervention", "Security forces dispersed a march of market women with batons and arrested about 15 of them."),
    ("Protest with intervention", "Gendarmes fired tear gas to break up a protest by villagers blocking access to the mine."),
    ("Excessive force against protesters", "At least three demonstrators were shot dead by police in the town during protests against the tax law, a hospital source said."),
    ("Excessive force against protesters", "Troops fired live ammunition at people protesting the army's takeover, killing a teenager."),
    ("Violent demonstration", "Angry youths torched the police station after a motorcycle taxi driver died in custody."),
    ("Violent demonstration", "Demonstrators looted shops and set fire to the governor's office during protests over power cuts."),
    ("Violent demonstration", "Supporters of the defeated candidate threw stones at police and burned tyres in the streets of the city."),
    ("Mob violence", "A mob set fire to the homes of a family accused of witchcraft in the village, police said."),
    ("Mob violence", "Members of the two communities attacked each other with machetes and clubs at the water point, leaving four dead."),
    ("Mob violence", "Vigilante youths beat two suspected kidnappers to death and burned their bodies at the junction."),
    ("Armed clash", "Heavy fighting broke out between the army and the RSF around the airport on Saturday morning, residents said."),
    ("Armed clash", "Soldiers repelled an attack on their post by jihadists, killing several assailants, according to the army."),
    ("Armed clash", "Fighting between rival factions of the armed group in the forest left at least 12 fighters dead."),
    ("Armed clash", "Self-defence militiamen and bandits exchanged fire for hours near the village, local sources indicated."),
    ("Armed clash", "The rebels attacked the army positions near the town, and fighting continued into the night."),
    ("Attack", "Suspected herders killed 17 villagers in a night raid on the farming community, police said."),
    ("Attack", "Unknown assailants shot a journalist dead as he left his home in the city on Sunday."),
    ("Attack", "The armed men opened fire on worshippers leaving the mosque, killing six, witnesses said."),
    ("Attack", "Settlers attacked Palestinian villagers and their homes, wounding several, the health ministry said."),
    ("Attack", "Fighters executed at least 20 men in the village after accusing them of collaborating with the army."),
    ("Abduction/forced disappearance", "Gunmen kidnapped the district's chief and his wife from their farm, a relative said."),
    ("Abduction/forced disappearance", "Activists say the blogger was taken by men in plain clothes and has not been seen since."),
    ("Abduction/forced disappearance", "Bandits abducted more than 80 villagers, mostly women and children, in a raid on Wednesday."),
    ("Arrests", "Police detained the journalist at his home over a post criticising the governor, his lawyer said."),
    ("Arrests", "The intelligence services arrested three army officers suspected of plotting a coup."),
    ("Arrests", "Dozens of protesters were rounded up overnight in the capital, a rights group reported."),
    ("Looting/property destruction", "Militants burned down the school and the clinic in the village before leaving, residents said."),
    ("Looting/property destruction", "Soldiers demolished dozens of homes in the camp, accusing residents of sheltering fighters."),
    ("Looting/property destruction", "The armed group looted livestock and food stores in three villages, according to the local administration."),
    ("Air/drone strike", "An air strike hit a house in the town, killing a family of seven, according to medics."),
    ("Air/drone strike", "Turkish drones struck a vehicle carrying members of the Kurdish forces, killing three."),
    ("Air/drone strike", "The army's aircraft bombed positions of the rebels near the border, military sources said."),
    ("Air/drone strike", "Israeli strikes on the southern Gaza Strip killed at least 40 people overnight, the civil defence said."),
    ("Shelling/artillery/missile attack", "Shelling of the city's northern districts killed two civilians and damaged a school, the mayor said."),
    ("Shelling/artillery/missile attack", "Houthi forces fired a missile at a commercial ship in the Red Sea, causing a fire on board."),
    ("Shelling/artillery/missile attack", "Artillery fire hit the market in the town, killing four traders, local sources said."),
    ("Remote explosive/landmine/IED", "Three soldiers were killed when their vehicle drove over an explosive device on the road north of the town."),
    ("Remote explosive/landmine/IED", "A car bomb exploded outside a government building in the capital, killing five, police said."),
    ("Remote explosive/landmine/IED", "A shepherd lost a leg when he stepped on a landmine planted near the frontline."),
    ("Suicide bomb", "A suicide bomber on a motorbike rammed into the convoy, killing four soldiers."),
    ("Suicide bomb", "Two female suicide bombers blew themselves up in a crowded market, killing 15 people."),
    ("Grenade", "A grenade was thrown into a bar in the capital on Saturday night, wounding several customers."),
    ("Grenade", "Unknown men lobbed a grenade at the police post, injuring two officers."),
    ("Sexual violence", "The girl was raped by two militiamen while she was working in the fields, her family said."),
]

# A fourth batch: live-blog and wire lines on the four weakest borders (weapons talk, diplomacy versus
# agreements, group changes and bases, disasters) with events and non-events side by side.
BORDER_NON_EVENTS = [
    "10:05 — The Kremlin says any delivery of long-range missiles to Kyiv would be a dangerous escalation.",
    "The US is weighing whether to allow Ukraine to use its missiles against targets inside Russia, officials said.",
    "Iran's foreign minister said Tehran would respond to any attack on its nuclear sites, speaking in Beirut.",
    "The general said the army had enough ammunition to continue operations for another year.",
    "Military analysts said the drones shown in the video appeared to be Iranian-made.",
    "The government and the rebels will meet again in Geneva next week, the UN envoy said after a first round of talks.",
    "The delegations exchanged proposals on a ceasefire but failed to agree, and the talks were suspended.",
    "Mediators said a deal to exchange prisoners was close but not yet finalised.",
    "The two countries restored diplomatic relations and agreed to reopen their embassies.",
    "Leaders of the regional bloc agreed to create a joint force, but no troops have been deployed yet.",
    "The defence ministers signed a cooperation agreement covering training and intelligence sharing.",
    "The president met the leader of the former rebel movement, now a political party, at the palace.",
    "The ruling party expelled three members of parliament for voting against the budget.",
    "The football federation merged the two leagues into a single national championship.",
    "The opposition coalition split ahead of the election, with two parties fielding their own candidates.",
    "The company opened a new headquarters in Nairobi, creating 300 jobs.",
    "The government inaugurated a new hospital and a police training school in the town.",
    "The UN agency set up a new camp to house people displaced by the floods.",
    "Authorities opened a new border post to speed up trade between the two countries.",
    "An explosion at a gas station in Makhachkala killed 35 people; investigators said it was caused by a fire at a car repair shop.",
    "A fire broke out in a crowded nightclub and 60 people died in the crush to escape.",
    "A petrol tanker explosion killed 48 people at a market in the south of the country.",
    "Heavy rains caused the collapse of a wall at the barracks, killing four soldiers who were sleeping.",
    "The flood has killed more people than the insurgency this year, the governor told reporters.",
]

BORDER_EVENTS = [
    ("Disrupted weapons use", "11:40 — Air defence destroyed a missile over the capital region, the mayor says; fragments fell on a car park."),
    ("Shelling/artillery/missile attack", "07:55 — Russian missiles hit energy infrastructure in the west of the country overnight, the grid operator says."),
    ("Air/drone strike", "14:20 — Drone attack on the port of Odesa: two dockworkers killed, the regional governor says."),
    ("Agreement", "After three days of talks, the government and the rebel alliance signed a ceasefire that takes effect at midnight."),
    ("Agreement", "Both sides released prisoners on Sunday under the exchange agreed last week, the Red Cross said."),
    ("Agreement", "The army and the militia reached a deal for the fighters to leave the town with their light weapons."),
    ("Change to group/activity", "The militia announced it was joining the army-led coalition, bringing some 2,000 fighters with it."),
    ("Change to group/activity", "The rebel movement's founder was replaced as leader after an internal vote, the group said in a communique."),
    ("Change to group/activity", "The jihadist group has moved its fighters from the forest to the lake islands, security sources say."),
    ("Headquarters or base established", "The armed group has set up a checkpoint and an office in the market town, where it now collects taxes."),
    ("Headquarters or base established", "The army opened a new operational base in the district to pursue the bandits, the governor said."),
]

# A fifth batch: more events in wire, NGO-alert and translated styles (they were the hand-written rows the
# detector missed most), plus non-events with casualty figures from official round-ups.
WIRE_AND_ALERT_EVENTS = [
    ("Attack", "ALERT: Armed men attacked the displacement site at dawn, killing at least nine people including four children, humanitarian partners report."),
    ("Attack", "Eleven civilians were killed in the locality of the commune by individuals armed not identified, according to a local elected official."),
    ("Attack", "Unidentified gunmen shot dead the imam of the village mosque after the evening prayer, residents told the radio."),
    ("Attack", "Militiamen hacked to death 14 people with machetes in the village overnight, the Red Cross said."),
    ("Abduction/forced disappearance", "The NGO said three of its staff were abducted by armed men on the road between the two towns and their whereabouts are unknown."),
    ("Abduction/forced disappearance", "Security agents in plain clothes took the union leader from his office; his family has had no news since."),
    ("Armed clash", "Combats opposed the defence and security forces to terrorists in the zone of the locality, with losses on both sides, indicated a security source."),
    ("Armed clash", "A patrol of the army fell into an ambush of the jihadists near the border, and the soldiers fought back for two hours."),
    ("Armed clash", "Clashes between the Kurdish-led forces and Turkish-backed factions around the dam continued for a third day."),
    ("Air/drone strike", "A drone of the army struck a gathering of fighters in the market of the village, killing several, according to local sources."),
    ("Shelling/artillery/missile attack", "Rockets landed on a residential neighbourhood in the east of the city, killing a woman and her son, civil defence said."),
    ("Shelling/artillery/missile attack", "The rebels bombarded the army camp with mortars overnight, the army spokesman said."),
    ("Remote explosive/landmine/IED", "A bus hit a landmine on the road to the market, killing 12 passengers; the jihadists are suspected of planting it."),
    ("Remote explosive/landmine/IED", "A bomb hidden in a parked car went off near the checkpoint as a patrol passed, wounding three policemen."),
    ("Suicide bomb", "An attacker wearing an explosive belt blew himself up among the worshippers at Friday prayers."),
    ("Grenade", "A man threw a grenade at the crowd gathered for the rally, wounding 15, police said."),
    ("Peaceful protest", "Hundreds of residents of the town demonstrated this Saturday against insecurity, calling on the authorities to deploy more soldiers."),
    ("Peaceful protest", "Traders closed their shops and marched to the town hall to denounce the new market taxes."),
    ("Protest with intervention", "The march of the opposition was stopped by the police, who arrested several leaders, reports our correspondent."),
    ("Excessive force against protesters", "The forces of order fired real bullets on the demonstrators, making two dead, according to the organisers."),
    ("Violent demonstration", "Young people erected barricades and burned tyres, and threw stones at the gendarmes who tried to remove them."),
    ("Mob violence", "An angry crowd lynched a man suspected of theft in the market before the police arrived."),
    ("Arrests", "The gendarmerie arrested the spokesman of the civil society collective in the night, indicated his relatives."),
    ("Looting/property destruction", "The assailants set fire to the granaries and took the cattle before withdrawing, reported the residents."),
    ("Sexual violence", "The women were raped by the armed men who had stopped their vehicle on the road, a medical NGO said."),
    ("Agreement", "The two militias concluded a truce on Sunday under the aegis of the traditional chiefs, ending a week of fighting."),
    ("Agreement", "The hostages were freed after the government agreed to release ten detained fighters, a negotiator said."),
    ("Change to group/activity", "The self-defence group announced that it was laying down its arms and dissolving itself, in a communique read on local radio."),
    ("Change to group/activity", "The army reinforced its positions around the city with troops brought from the south, a military source said."),
    ("Headquarters or base established", "The terrorists have installed a base in the forest near the locality and impose their law on the population, say the residents."),
    ("Non-violent transfer of territory", "The army evacuated its post in the town on Tuesday and the rebels took possession of it without a fight."),
    ("Disrupted weapons use", "Deminers of the army neutralised an explosive device placed on the bridge, avoiding a tragedy, said the army."),
    ("Government regains territory", "The defence and security forces retook control of the locality after dislodging the terrorists, announced the army."),
    ("Non-state actor overtakes territory", "The armed group seized the town after the withdrawal under fire of the army, reported security sources."),
    ("Other", "Thousands of residents fled the town on foot after the armed group ordered them to leave within 48 hours."),
]

ROUND_UP_NON_EVENTS = [
    "According to the annual report of the road safety agency, 4,200 people died in road accidents last year.",
    "The ministry of health said malaria killed more people in the region than all the conflicts combined.",
    "The government announced compensation for the families of the 32 victims of the bus fire.",
    "The president visited the wounded of the explosion at the gas plant in hospital and promised an inquiry.",
    "National mourning was declared after the shipwreck that cost the lives of 150 passengers on the lake.",
    "The army chief of staff inspected the troops in the north and congratulated them on their results.",
    "The minister said that security had improved in the region, with fewer attacks recorded this month.",
    "Schools in the province will remain closed until further notice, the education authorities said, citing the security situation.",
    "The defence forces celebrated the anniversary of their creation with a ceremony in the capital.",
    "The military junta extended the transition by five years after a national dialogue.",
    "The court dissolved the main opposition party and ordered the seizure of its assets.",
    "Thousands of refugees crossed into the neighbouring country this month, the UN refugee agency said, bringing the total to 600,000.",
    "The ICRC said it had facilitated the return of 30 children separated from their families during the conflict.",
    "The humanitarian coordinator launched an appeal for $2 billion to help the people affected by the war.",
    "The journalist's documentary on the insurgency was banned by the media regulator.",
    "The African Union suspended the country's membership after the coup.",
]

# A sixth batch, across all families, written in the shapes of local press, UN and NGO updates and
# government communiqués, with quoted speech and dates up front.
LOCAL_PRESS_NON_EVENTS = [
    "On Monday, the governor received a delegation of traditional chiefs who came to present their condolences after the floods.",
    "\"We lost everything,\" said a woman whose house was swept away by the river, as the toll rose to 27.",
    "The bodies of seven fishermen missing since the storm were found on the beach on Tuesday.",
    "Two workers were electrocuted while repairing a power line damaged by the storm.",
    "Police are investigating the death of a businessman found in his car; they said robbery was the likely motive and ruled out a political link.",
    "The trial of the former governor for embezzlement opened on Tuesday in the capital.",
    "The head of the armed forces said the fight against terrorism would continue until the last terrorist was neutralised.",
    "According to OCHA, 1.2 million people need humanitarian assistance in the province because of violence and floods.",
    "The armed group rejected the government's offer of dialogue, saying in a statement that it would continue its struggle.",
    "A former child soldier told the conference how he was recruited at the age of 12 and forced to fight.",
    "Commemoration: the city paid tribute to the 130 victims of the attacks of November 2015.",
    "The senate adopted a law creating a new special forces unit to fight the jihadists.",
    "France announced the end of its military operation in the Sahel after nine years.",
    "The rebel group posted photos online of what it said were its fighters, but their date and location could not be confirmed.",
    "Hundreds of people attended the funeral of the soldiers killed last week in the attack on the base.",
    "The army said its operations had neutralised 300 terrorists since the start of the year, without giving details.",
    "The training of 2,000 new gendarmes began on Monday at the school in the capital.",
    "The government launched a programme to reintegrate former fighters into civilian life.",
]

LOCAL_PRESS_EVENTS = [
    ("Attack", "On Sunday evening, individuals armed not identified burst into the village and killed the chief and two of his sons, reported a relative."),
    ("Attack", "\"They came on motorbikes and shot at everyone,\" a survivor said after the attack that killed 22 villagers on Friday."),
    ("Armed clash", "On Thursday, the army clashed with fighters of the armed group near the river; the army said 15 assailants were neutralised."),
    ("Armed clash", "Two soldiers died and five were wounded when jihadists attacked their post at dawn, before being pushed back, the army said."),
    ("Abduction/forced disappearance", "On Wednesday night, kidnappers took away the parish priest and a seminarian from the church residence, the diocese said."),
    ("Peaceful protest", "\"We want peace,\" chanted the hundreds of displaced people who marched to the governor's office on Monday."),
    ("Protest with intervention", "On Saturday, the police dispersed with tear gas the young people who had gathered at the roundabout to protest against power cuts."),
    ("Violent demonstration", "On Tuesday, angry residents burned the house of the local chief, whom they accuse of complicity with the kidnappers."),
    ("Mob violence", "On Friday, a crowd stoned to death a man accused of being a thief at the bus station, police said."),
    ("Remote explosive/landmine/IED", "On Monday, a vehicle of the army jumped on an explosive device on the axis linking the two towns, making four dead among the soldiers."),
    ("Air/drone strike", "On Wednesday, military aircraft bombed a wedding ceremony in the village, killing dozens, according to local sources."),
    ("Shelling/artillery/missile attack", "Shells fell on the neighbourhood on Sunday afternoon, killing three children playing in the street, said the mayor."),
    ("Arrests", "On Tuesday, the police arrested five young people who had shared a video criticising the junta, said a human rights organisation."),
    ("Looting/property destruction", "The assailants burned the town hall and the gendarmerie brigade before leaving the locality on Sunday night."),
    ("Agreement", "On Friday, the two communities signed a peace pact in the presence of the governor, after months of deadly clashes."),
    ("Change to group/activity", "The armed group said on Thursday that it had appointed a new military chief and would continue its operations."),
    ("Non-violent transfer of territory", "On Saturday, the rebels left the town they had held for two months, and the army entered it without fighting."),
    ("Disrupted weapons use", "On Sunday, the army dismantled a bomb factory and seized explosives and detonators in a house of the town."),
    ("Government regains territory", "On Tuesday, the army recovered the town after two days of fighting against the rebels, who fled into the bush."),
    ("Non-state actor overtakes territory", "On Monday, the jihadists took control of the town after the defenders of the homeland fled, residents said."),
    ("Sexual violence", "On Thursday night, armed men raped several women in the village, according to a local women's association."),
    ("Chemical weapon", "Activists said on Sunday that a regime helicopter had dropped a chlorine barrel on the town, causing dozens of suffocation cases."),
    ("Grenade", "On Saturday night, an unknown person threw a grenade into the courtyard of the police station, wounding two officers."),
    ("Suicide bomb", "On Friday, a suicide bomber blew himself up at the entrance to the military camp, killing three soldiers."),
    ("Other", "On Monday, the army found a mass grave with at least 20 bodies near the former rebel camp."),
]


def rows() -> list[tuple[str | None, str]]:
    """(sub-event type or None, text) for every hand-written sentence, in a fixed order."""
    non_events = (DISASTERS + INDUSTRIAL_ACCIDENTS + ROAD_AND_TRANSPORT + SPORT + TRIALS_AND_JUSTICE
                  + ANNIVERSARIES_AND_HISTORY + STATEMENTS_AND_THREATS + DIPLOMACY + MILITARY_AND_WEAPONS
                  + POLITICS_AND_ECONOMY + ANALYSIS_AND_PLANS + NON_POLITICAL_AND_MISC + MORE_NON_EVENTS
                  + BORDER_NON_EVENTS + ROUND_UP_NON_EVENTS + LOCAL_PRESS_NON_EVENTS)
    out: list[tuple[str | None, str]] = [(NON_EVENT, text) for text in non_events]
    by_type = {
        "Agreement": AGREEMENT, "Change to group/activity": CHANGE_TO_GROUP,
        "Headquarters or base established": HEADQUARTERS, "Non-violent transfer of territory": NON_VIOLENT_TRANSFER,
        "Disrupted weapons use": DISRUPTED_WEAPONS, "Other": OTHER, "Chemical weapon": CHEMICAL,
        "Sexual violence": SEXUAL, "Government regains territory": GOVERNMENT_REGAINS,
        "Non-state actor overtakes territory": NON_STATE_OVERTAKES + FOREIGN_ARMY_CAPTURES,
    }
    for sub_type, texts in by_type.items():
        out += [(sub_type, text) for text in texts]
    return (out + list(COMMON_EVENTS) + list(MORE_EVENTS) + list(EVERYDAY_EVENTS) + list(BORDER_EVENTS)
            + list(WIRE_AND_ALERT_EVENTS) + list(LOCAL_PRESS_EVENTS) + news_style_handwritten_more.rows())
