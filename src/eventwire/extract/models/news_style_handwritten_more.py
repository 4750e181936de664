"""A seventh batch of hand-written news-style sentences: the classes real prose still confuses.

Written for eventwire from general knowledge of how wires, local press, UN/NGO alerts, communiqués and
text translated from French or Arabic report conflict. Facts may echo real events; the sentences are
ours. Nothing comes from ``../shared`` or from the news dev set. The batch was aimed at *classes* that
were weak in aggregate measures (changes to armed groups, agreements, "Other", territory captured by
rebels or foreign armies, new bases, property destruction, peaceful protests) and at non-events that
share their words: government business, negotiations that have not concluded, calls and plans,
analysis of who controls what, crime and animal attacks, and services restored after unrest.

``news_style_handwritten.rows()`` appends ``rows()`` from here, so the held-out split (every fourth
sentence of each label) of the earlier batches does not move.
"""

from __future__ import annotations

NON_EVENT = None

# --------------------------------------------------------------------------- non-events

GOVERNMENT_BUSINESS = [
    "The president appointed a new chief of the defence staff on Monday, replacing a general who had held the post since 2019.",
    "The cabinet approved a draft budget that raises military spending by a fifth, the information minister told reporters.",
    "Parliament voted to extend the state of emergency in the three northern regions by another six months.",
    "The interior minister inspected police units in the capital ahead of the independence day parade.",
    "The junta named a former colonel as prime minister of the transition, state television announced.",
    "The governor swore in twelve new local government chairmen at the state house on Thursday.",
    "The ministry of defence published a tender for the purchase of armoured vehicles and night-vision goggles.",
    "Lawmakers summoned the security chiefs to explain the rise in kidnappings on the highway.",
    "The government said schools closed during last year's unrest would reopen in September.",
    "Mobile internet was switched back on in the province after a three-week shutdown, the regulator said.",
    "Flights to the northern airport resumed on Wednesday for the first time in two months, the airline said.",
    "The authorities lifted the night-time curfew in the city, saying calm had returned.",
    "Banks and markets reopened in the town on Monday as residents returned to their homes.",
    "A new police commissioner took office in the state and promised to restore public confidence.",
    "The prime minister reshuffled his cabinet, moving the finance minister to foreign affairs.",
    "The national assembly passed a law granting amnesty to protesters detained during the 2019 crisis.",
    "The army chief of staff retired after 35 years of service; a ceremony was held at headquarters.",
    "The government renamed the ministry of defence the ministry of war, a presidential decree said.",
    "The electoral commission published the final list of candidates for next month's presidential vote.",
    "The central bank said the conflict had cut economic growth to 1.2 per cent this year.",
]

NEGOTIATIONS_AND_CALLS = [
    "Talks between the government and the rebels resumed in Doha on Sunday, but no agreement was reached.",
    "The mediators said a ceasefire deal was close but that both sides still disagreed over the withdrawal of troops.",
    "The UN envoy called on all parties to agree to a humanitarian pause during the vaccination campaign.",
    "Negotiations on a prisoner swap stalled after the armed group added new names to its list, a source said.",
    "The foreign minister said his country was ready to host peace talks between the warring factions.",
    "The armed group said it was open to dialogue if the army withdrew from the villages it occupies.",
    "Diplomats are pushing for a truce before the rainy season, but neither side has committed.",
    "The African Union summit ended with a call for an immediate ceasefire and an inclusive political dialogue.",
    "A proposed merger of the two rebel movements is under discussion, their spokesmen said, but no date was set.",
    "The government rejected the rebels' proposal for a ceasefire, saying it would only talk after they disarm.",
    "Church leaders appealed to the armed groups to release the hostages unconditionally.",
    "The opposition called for a general strike next week to protest against the rise in fuel prices.",
    "Unions threatened to take to the streets if the government did not pay salary arrears by the end of the month.",
    "Organisers said they would hold a march on Saturday, but the police said it had not been authorised.",
    "The peace process is at a standstill, analysts say, as each side accuses the other of bad faith.",
    "The two delegations met for a third round of talks in Addis Ababa and agreed to meet again next month.",
    "The president said he would consider an amnesty for fighters who lay down their arms.",
    "The rebel leader said in an interview that his movement might join the national army one day.",
    "The opposition coalition said it would decide next week whether to boycott the elections.",
    "A petition demanding the release of detained journalists has gathered 50,000 signatures online.",
]

POLITICAL_LIFE = [
    "Thousands of supporters cheered the ruling party's candidate at a campaign rally in the stadium.",
    "Voters queued from dawn at polling stations across the country; turnout was reported to be high.",
    "The opposition leader returned from exile and was welcomed by family and party officials at the airport.",
    "Supporters of the winning candidate celebrated in the streets, honking horns and waving flags.",
    "The party held its national congress in the capital and re-elected its chairman for a third term.",
    "Delegates gathered in the conference hall for the national dialogue, which was boycotted by two parties.",
    "The president addressed the nation on television to mark the anniversary of independence.",
    "Hundreds of pilgrims gathered at the shrine for the annual festival under heavy security.",
    "Fans poured into the streets of the capital to celebrate the national team's qualification for the World Cup.",
    "The new mayor was sworn in before a crowd of residents and local dignitaries.",
    "The opposition candidate held a press conference to present his programme for the north.",
    "Students returned to campus after the university reopened following a strike by lecturers.",
    "A concert for peace drew thousands of young people to the central square on Saturday night.",
    "Women's groups held a workshop on their role in local peace committees, organised by a UN agency.",
    "The king received the newly elected members of parliament at the palace.",
]

ANALYSIS_OF_CONTROL = [
    "The jihadists now control or contest around 40 per cent of the country's territory, according to a think tank.",
    "Large parts of the countryside have been outside state control for years, and the army rarely ventures there.",
    "Analysts say the rebels' advance has slowed since the start of the rainy season.",
    "The map of the front has barely changed in six months, military experts say.",
    "The group's fighters are believed to number between 2,000 and 4,000, spread across several provinces.",
    "A report by the think tank said the armed group raises millions of dollars a year from taxing gold mines.",
    "Researchers estimate that more than 300 armed groups operate in the east of the country.",
    "The militia has grown stronger since the withdrawal of the peacekeepers, a UN panel of experts said.",
    "The group has been weakened by internal rivalries since the death of its founder, analysts say.",
    "Displaced families say they will not go back until the army secures the roads to their villages.",
    "The conflict has displaced more than two million people since it began, the UN refugee agency said.",
    "Security experts warn that the jihadists could try to expand towards the coastal states.",
    "According to the monitoring group, violence against civilians rose by a third compared with last year.",
    "A study found that most of the fighters joined the armed groups for money rather than ideology.",
    "The government's control over the region has eroded since the coup, according to a UN report.",
]

CRIME_ANIMALS_AND_ACCIDENTS = [
    "A man killed his wife and two children at their home before turning the gun on himself, police said.",
    "A crocodile dragged a fisherman into the river as he cast his nets, villagers said.",
    "Elephants trampled two farmers to death in their fields near the national park, wildlife officials said.",
    "A leopard attacked and killed a child who had gone to fetch water, forest officers said.",
    "A security guard shot dead a colleague during an argument over wages, police said.",
    "Police arrested a man suspected of killing his neighbour in a dispute over a plot of land.",
    "Two brothers were stabbed to death in a fight at a bar; police said alcohol was involved.",
    "A stray bullet fired at a wedding celebration killed a 12-year-old guest, police said.",
    "A hunter accidentally shot his companion, mistaking him for an animal in the bush.",
    "The body of a missing tourist was found at the bottom of a cliff; police suspect a fall.",
    "A teenager died after being bitten by a snake while herding goats, his family said.",
    "Bandits stole 30 head of cattle from a farm overnight; nobody was hurt, police said.",
    "A fire caused by a candle destroyed five homes in the settlement; no one was injured.",
    "Three people died of heatstroke while waiting in the queue for fuel.",
    "A tanker truck exploded after colliding with a bus on the highway, killing 20 people.",
    "A gas explosion at a coal mine killed 14 miners, the mining ministry said.",
]

DENIALS_AND_UNVERIFIED = [
    "The ministry denied reports that the army had withdrawn from the town, calling them propaganda.",
    "The rebels denied having set up a base in the forest, saying the claim was an excuse for air strikes.",
    "Claims that the armed group had split could not be verified; its spokesman dismissed them as rumours.",
    "Authorities denied that any protest had taken place, saying the photos were old.",
    "The army said reports of a chemical attack were fabricated and that no such weapons were used.",
    "Residents said rumours of an attack on the market were false and life was normal.",
    "Officials dismissed as fake news a video claiming to show the capture of the border post.",
    "The group denied that its leader had been replaced and said he was in good health.",
]

MORE_NON_EVENT_FAMILIES = [
    "The UN Security Council renewed the mandate of the peacekeeping mission for another year.",
    "The European Union added three militia commanders to its sanctions list over abuses against civilians.",
    "The United States designated the group a foreign terrorist organisation, freezing any assets it holds in the US.",
    "The court sentenced the former rebel commander to 20 years in prison for crimes committed in 2003.",
    "The tribunal acquitted the soldiers accused of killing protesters in 2019, to the anger of the families.",
    "Mourners gathered at the cemetery to mark one year since the massacre in the village.",
    "The army held a ceremony to honour the soldiers killed in operations over the past year.",
    "The defence minister visited troops on the front line and promised them new equipment.",
    "The navy took delivery of two patrol boats built in France, the ministry said.",
    "The army graduated 3,000 recruits at a parade in the capital on Friday.",
    "Peacekeepers and the army held a joint exercise to practise evacuating civilians from a camp.",
    "The military will deploy additional troops to the border next month, the defence minister said.",
    "The militia warned that it would attack any convoy that tried to use the road.",
    "Rebel leaders vowed to take the capital before the end of the year.",
    "The armed group threatened to kidnap foreigners working for the mining companies.",
    "The government plans to set up new military bases along the border, according to a draft strategy.",
    "The rebels said they were preparing a major offensive but gave no timetable.",
    "Aid agencies suspended deliveries in the district after repeated threats to their staff.",
    "The World Food Programme warned that it would run out of food for refugees by June.",
    "Hospitals in the region are running short of blood and medicines, a health official said.",
]

# --------------------------------------------------------------------------- events

CHANGE_TO_GROUP = [
    "The two armed movements announced their merger at a ceremony in the bush, under a single flag and command.",
    "Al-Shabaab named a new emir for the Lower Juba region after his predecessor died, local elders said.",
    "The Islamist faction pledged allegiance to the Islamic State in a video released on Telegram.",
    "The militia leader announced he was breaking away from the coalition and would fight under his own command.",
    "Several armed groups of the north announced the creation of a unified coalition to fight the army.",
    "The rebel movement suspended its participation in the peace agreement and recalled its delegates.",
    "The armed group said it would halt attacks on civilian targets and focus on military ones.",
    "The jihadist group announced it had dissolved its local branch and absorbed its fighters into the main force.",
    "Hundreds of former fighters defected to the government side in the district, officials said.",
    "The insurgent group changed its name to signal a new political strategy, its spokesman said.",
    "The militia announced it was withdrawing from the city and relocating its fighters to the mountains.",
    "The rebels announced the end of their two-week unilateral truce and said fighting would resume.",
    "Two commanders of the armed group and their men switched sides and joined the rival faction.",
    "The army said it had reorganised its units in the east into a single operational command.",
    "The armed group declared the formation of a parallel administration in the territories it controls.",
    "The foreign private military company began withdrawing its fighters from the country, diplomats said.",
    "The separatist movement split into two wings after a dispute over participation in the elections.",
    "The gang federation announced a new leader after its founder was arrested.",
    "The armed group said it had suspended military operations to allow the delivery of aid.",
    "The rebel alliance expelled one of its members, accusing it of collaborating with the army.",
    "The militia announced that it was joining the government-backed forces and placing its men under army command.",
    "A faction of the armed group announced it was forming its own movement, citing disagreements over strategy.",
    "The group's new leader, named after the death of his predecessor, released his first audio message.",
    "The rebels announced a general mobilisation and called on all young men in their areas to enlist.",
    "Government troops pulled out of their positions in the district and regrouped in the provincial capital, a military source said.",
    "The jihadists announced they would resume operations after the end of the holy month.",
    "Local ethnic militias announced the creation of a joint self-defence force to protect their villages.",
    "The armed group announced on social media that it had appointed a new spokesman and political bureau.",
]

AGREEMENT = [
    "Some 50 members of the self-defence group handed themselves in to the authorities under the amnesty programme.",
    "About 200 fighters of the militia surrendered to the army with their weapons, the military said.",
    "The government and the armed group signed a ceasefire agreement in the capital on Tuesday, witnessed by regional leaders.",
    "Kidnappers released the 20 abducted farmers after the community paid a ransom, local officials said.",
    "The two sides exchanged prisoners at the border crossing under the supervision of the Red Cross.",
    "Herders and farmers in the district signed a peace accord on grazing routes after mediation by traditional rulers.",
    "Under a local deal, the armed group agreed to reopen the road to traders in exchange for the release of detained members.",
    "The warring parties agreed a three-day truce to allow the wounded to be evacuated, the mediators said.",
    "The rebels freed the captured soldiers after negotiations led by religious leaders.",
    "The government and the movement signed a peace deal that provides for the integration of its fighters into the army.",
    "Militants released the abducted engineers after the company paid a ransom, security sources said.",
    "Two rival clans signed a reconciliation agreement after elders mediated an end to their land dispute.",
    "The army and the militia agreed on a ceasefire in the town after talks brokered by local leaders.",
    "The armed group and the government exchanged the bodies of fighters killed in the clashes.",
    "Hostages held for months were freed on Sunday in a deal negotiated by a neighbouring country.",
    "The rival factions in the capital agreed to withdraw their fighters from the airport road.",
    "A humanitarian truce agreed by both sides came into force at midnight to allow aid convoys through.",
    "Community leaders and the armed group agreed that farmers could return to their fields in exchange for a levy, residents said.",
    "The junta signed a peace agreement with the armed movement, ending a year of clashes in the region.",
    "The two armed groups agreed to share control of the market town and set up joint checkpoints.",
    "The abducted students were released unharmed after negotiations between the state government and the bandits.",
]

OTHER = [
    "Investigators exhumed more than 30 bodies from a mass grave discovered near the old military camp.",
    "The bodies of 14 men with their hands tied were found dumped on the roadside outside the city.",
    "The militia imposed a curfew on the villages under its control and banned motorbikes after dark.",
    "The armed group ordered residents of the town to leave within 48 hours, threatening those who stayed.",
    "The jihadists imposed a blockade on the town, cutting off food supplies and fuel, residents said.",
    "The armed group decreed that women must be accompanied by a male relative at the market.",
    "Fighters set up checkpoints on the road and began collecting a tax from traders and lorries.",
    "The military government declared martial law in the province and suspended civilian courts.",
    "Residents reported that the jihadists had forbidden music and football in the villages they control.",
    "The siege of the town entered its third month, with no food convoys allowed in.",
    "Human rights workers found a second mass grave in the forest, bringing the number of bodies to 80.",
    "The armed group closed all schools in the district and threatened teachers who defy the order.",
    "Militants forced villagers to pay zakat in cattle and grain, according to displaced people.",
    "Several decomposed bodies were pulled from the river downstream of the town where fighting took place.",
    "The army ordered all civilians to leave the border villages ahead of its operation.",
]

NON_STATE_OVERTAKES = [
    "Jihadist fighters seized the district headquarters after overrunning the army post, residents said.",
    "The rebels captured the border town after two days of fighting and raised their flag over the customs office.",
    "Russian forces captured the village in Donetsk region after weeks of assaults, the defence ministry in Moscow said.",
    "The militia stormed the town and took control of the police station and the prefecture.",
    "Insurgents overran the town in a dawn attack, forcing soldiers and officials to flee.",
    "The armed group took control of the gold mine after driving out the soldiers who guarded it.",
    "Israeli forces seized the crossing on the Gaza side of the border, the army said.",
    "The paramilitary forces took over the army base in the state capital after heavy clashes.",
    "The gang seized control of the neighbourhood after a gun battle with a rival gang, residents said.",
    "Ethnic armed organisation fighters overran the military command post and captured the town.",
    "The separatists seized the airport after fighting with government troops.",
    "The Taliban captured the district centre after government forces retreated under fire.",
    "Turkish-backed fighters took control of the village after clashes with Kurdish forces.",
    "Fighters of the armed group occupied the town after a battle with the self-defence militia.",
    "The militants captured the army camp and seized weapons and vehicles, a security source said.",
]

GOVERNMENT_REGAINS = [
    "Government troops recaptured the town from the rebels after two days of fighting, the army said.",
    "The army retook the district headquarters from the jihadists, killing several fighters.",
    "Ukrainian forces liberated the village after fierce fighting, the general staff said.",
    "Soldiers regained control of the border post that the militants had seized the week before.",
    "The army said it had dislodged the insurgents from the forest and recovered the area.",
    "Security forces recaptured the prison after a day-long battle with the gang that had overrun it.",
]

HEADQUARTERS = [
    "The rebels set up a base in the abandoned school and use it to store weapons, residents said.",
    "The army established a new operational base in the commune to secure the gold-mining area.",
    "The jihadists have settled in the forest near the village and set up a camp, local sources said.",
    "Foreign mercenaries moved into the former peacekeeping camp and turned it into their headquarters.",
    "The militia installed its headquarters in the town hall after the administration fled.",
    "Government forces set up a military post at the crossroads to control traffic to the border.",
    "The armed group opened a recruitment office in the market town, residents said.",
    "The navy established a new base on the island to patrol the shipping lanes.",
    "The insurgents set up checkpoints and a command post on the hill overlooking the road.",
    "A new gendarmerie post was installed in the village to reassure residents after a string of attacks.",
    "The militia has built a fortified camp at the edge of the town, according to satellite images.",
    "The army set up a forward operating base in the valley, the defence ministry said.",
]

NON_VIOLENT_TRANSFER = [
    "The soldiers abandoned their post in the night and the militants occupied it the next morning without a fight.",
    "The army handed over the district to the police after the end of military operations.",
    "The armed group withdrew from the town under a local agreement, and government forces moved in.",
    "Peacekeepers handed their camp to the national army and left the region.",
    "The rebels entered the town without resistance after the army pulled out.",
    "Government officials returned to the town after the militia vacated it under the deal.",
    "The militia handed control of the airport to the government troops without a shot being fired.",
    "Foreign troops withdrew from the base, which was taken over by the local army.",
]

DISRUPTED_WEAPONS = [
    "Air defence forces shot down a drone approaching the airport, the army said.",
    "The army seized a large cache of weapons and ammunition in a raid on a rebel hideout.",
    "Police defused a bomb planted under a car outside the court building.",
    "Soldiers intercepted a truck carrying explosives and detonators near the border.",
    "Engineers cleared several mines planted on the road by the militants.",
    "The navy intercepted a boat loaded with rifles and rocket-propelled grenades off the coast.",
    "Two missiles fired towards the city were intercepted by air defences, the military said.",
    "Security forces discovered and destroyed an improvised explosive device on the bridge.",
]

LOOTING_AND_DESTRUCTION = [
    "Militants blew up a telecommunications mast outside the town, cutting off mobile phone service.",
    "The armed group destroyed a bridge on the main road with explosives to slow the army's advance.",
    "Fighters burned down dozens of empty houses in the village after residents had fled.",
    "The jihadists destroyed the mausoleum with pickaxes and explosives, residents said.",
    "Israeli forces demolished two Palestinian homes in the West Bank, saying they were built without permits.",
    "Armed men looted shops and warehouses in the town overnight, carrying off food and fuel.",
    "Gunmen set fire to a school and the health centre in the village; no one was inside.",
    "Soldiers looted homes in the neighbourhood after the fighting ended, residents said.",
    "The militia ransacked the offices of the aid organisation and took vehicles and computers.",
    "Unidentified men vandalised the church and burned its benches overnight.",
    "Militants blew up the power pylon feeding the city, plunging it into darkness.",
    "Armed men stole cattle and burned the granaries in the village, but no one was hurt.",
]

PROTESTS = [
    ("Peaceful protest", "Hundreds of women marched in the town to demand the release of their abducted husbands."),
    ("Peaceful protest", "Students held a sit-in in front of the university to protest against the arrest of their leader."),
    ("Peaceful protest", "Traders closed their shops and gathered at the town hall to protest against new taxes."),
    ("Peaceful protest", "Residents blocked the road with stones to demand repairs to the bridge, and left peacefully after talks."),
    ("Peaceful protest", "Doctors demonstrated outside the health ministry over unpaid salaries."),
    ("Peaceful protest", "Families of missing soldiers gathered outside the army headquarters to demand news of their relatives."),
    ("Peaceful protest", "Thousands of people took to the streets of the capital on Friday to denounce the rising cost of living."),
    ("Peaceful protest", "Farmers drove their tractors into the city centre to protest against cheap imports."),
    ("Peaceful protest", "Displaced people demonstrated in the camp to demand more food rations."),
    ("Peaceful protest", "Opposition supporters rallied in front of the electoral commission to denounce fraud."),
    ("Peaceful protest", "Lawyers boycotted the courts and marched to parliament against a proposed law."),
    ("Peaceful protest", "Residents staged a silent march after the killing of a local teacher, to demand security."),
    ("Protest with intervention", "Police arrested a dozen activists who had gathered outside parliament with placards."),
    ("Protest with intervention", "Security forces fired tear gas to disperse opposition supporters trying to march on the presidency."),
    ("Protest with intervention", "Police broke up a sit-in by unemployed graduates and detained several of them."),
    ("Protest with intervention", "Riot police used water cannon against students protesting near the campus; no injuries were reported."),
    ("Excessive force against protesters", "Soldiers opened fire on demonstrators in the town, killing three of them, witnesses said."),
    ("Excessive force against protesters", "Police shot dead a protester and wounded ten during a march against the junta."),
    ("Excessive force against protesters", "Security forces used live ammunition against protesters, killing at least five, rights groups said."),
    ("Violent demonstration", "Angry youths burned the police station after a man died in custody."),
    ("Violent demonstration", "Protesters stoned vehicles and set fire to a government building in the town."),
    ("Violent demonstration", "Demonstrators ransacked the offices of the ruling party and clashed with police."),
]

MORE_EVENTS = [
    ("Mob violence", "A mob beat to death a man accused of stealing a motorbike in the market."),
    ("Mob violence", "Villagers lynched two men accused of witchcraft and burned their bodies."),
    ("Mob violence", "A crowd attacked and set fire to the homes of a minority community after rumours of blasphemy."),
    ("Mob violence", "Residents caught a suspected kidnapper and burned him alive, police said."),
    ("Mob violence", "Members of the two communities fought with machetes and clubs in the market, leaving four dead."),
    ("Mob violence", "Vigilantes chased and beat suspected cattle thieves, killing one of them."),
    ("Chemical weapon", "Russian drones dropped canisters of chloropicrin on Ukrainian trenches, the general staff said."),
    ("Chemical weapon", "Helicopters dropped barrels filled with chlorine gas on the rebel-held district, doctors said."),
    ("Chemical weapon", "A warplane struck the town with a nerve agent, killing dozens of people in their sleep, monitors said."),
    ("Chemical weapon", "Grenades containing a toxic gas were dropped from a drone on the positions, causing choking."),
    ("Shelling/artillery/missile attack", "A missile strike hit a shopping centre in the city, killing at least 20 people, officials said."),
    ("Shelling/artillery/missile attack", "Cruise missiles struck energy facilities in the west of the country overnight."),
    ("Shelling/artillery/missile attack", "Rockets fired from across the border hit a kibbutz, wounding two people."),
    ("Shelling/artillery/missile attack", "Mortar shells fired by the militants struck the army camp, wounding three soldiers."),
    ("Air/drone strike", "A drone strike hit a car on the road, killing the militant commander inside, security sources said."),
    ("Air/drone strike", "Fighter jets bombed the market town, killing at least 12 civilians, residents said."),
    ("Abduction/forced disappearance", "Gunmen kidnapped a Catholic priest from his parish house overnight, the diocese said."),
    ("Abduction/forced disappearance", "Armed men abducted 15 passengers from a bus on the highway, police said."),
    ("Abduction/forced disappearance", "The journalist disappeared after men in plain clothes took him away from his home; his whereabouts are unknown."),
    ("Arrests", "Police arrested the opposition leader at his home early on Tuesday, his party said."),
    ("Arrests", "Intelligence agents detained three journalists who had reported on the army's losses."),
    ("Arrests", "The army arrested 40 suspected collaborators of the armed group in a sweep through the villages."),
    ("Attack", "Gunmen opened fire on worshippers leaving the mosque, killing seven people."),
    ("Attack", "Militants killed 12 farmers working in their fields, local officials said."),
    ("Attack", "Soldiers executed several civilians in the village, accusing them of helping the jihadists, witnesses said."),
    ("Armed clash", "The army and the rebels fought for control of the hill overlooking the town, with losses on both sides."),
    ("Armed clash", "Jihadists attacked the gendarmerie post; the attack was repelled after an hour of fighting."),
    ("Sexual violence", "Soldiers raped women who had gone to collect firewood outside the camp, a UN official said."),
    ("Grenade", "A grenade thrown into a bar killed two customers and wounded 15."),
    ("Remote explosive/landmine/IED", "A car struck a landmine on the road to the village, killing the driver."),
    ("Remote explosive/landmine/IED", "A shell left over from the war exploded in a scrapyard as workers cut metal, killing one."),
    ("Suicide bomb", "A suicide bomber detonated his vest at the entrance of the mosque, killing 15 worshippers."),
]


def rows() -> list[tuple[str | None, str]]:
    """(sub-event type or None, text) for every sentence of this batch, in a fixed order."""
    non_events = (GOVERNMENT_BUSINESS + NEGOTIATIONS_AND_CALLS + POLITICAL_LIFE + ANALYSIS_OF_CONTROL
                  + CRIME_ANIMALS_AND_ACCIDENTS + DENIALS_AND_UNVERIFIED + MORE_NON_EVENT_FAMILIES)
    out: list[tuple[str | None, str]] = [(NON_EVENT, text) for text in non_events]
    by_type = {
        "Change to group/activity": CHANGE_TO_GROUP, "Agreement": AGREEMENT, "Other": OTHER,
        "Non-state actor overtakes territory": NON_STATE_OVERTAKES,
        "Government regains territory": GOVERNMENT_REGAINS, "Headquarters or base established": HEADQUARTERS,
        "Non-violent transfer of territory": NON_VIOLENT_TRANSFER, "Disrupted weapons use": DISRUPTED_WEAPONS,
        "Looting/property destruction": LOOTING_AND_DESTRUCTION,
    }
    for sub_type, texts in by_type.items():
        out += [(sub_type, text) for text in texts]
    return (out + list(PROTESTS) + list(MORE_EVENTS) + eighth_batch_rows() + ninth_batch_rows() + tenth_batch_rows()
            + eleventh_batch_rows() + twelfth_batch_rows() + thirteenth_batch_rows())


# --------------------------------------------------------------------------- eighth batch
# The same classes again, in the voices that carry them least often in the earlier batches: translated
# communiqués ("the terrorist group"), live-blog lines, headlines, NGO alerts and local radio reports.

EIGHTH_NON_EVENTS = [
    "LIVE: The foreign minister is due to speak at 15:00 about the talks with the rebels; we will bring you his remarks.",
    "Headline: Parliament debates new anti-terror law as opposition walks out",
    "The spokesman of the armed forces gave a press briefing on the security situation, without announcing new operations.",
    "According to the communiqué of the council of ministers, the government examined a bill on the status of the military.",
    "The humanitarian coordinator visited the displacement sites and met the families, the UN office said.",
    "An NGO report documented 1,200 cases of abuse between January and June and called for an independent inquiry.",
    "The government has announced a week of national mourning for the victims of the floods.",
    "The president congratulated the armed forces for their bravery in a message on social networks.",
    "The defence ministry said it had received new armoured vehicles from a partner country.",
    "The bishop celebrated a mass for peace in the cathedral, attended by hundreds of faithful.",
    "Talks to end the strike at the port broke down on Friday, the dockers' union said.",
    "The ministry published the results of the national examinations, delayed by insecurity in the north.",
    "The regional governor chaired a security meeting with the heads of the defence and security forces.",
    "The United Nations said it needs $2 billion to help people affected by the conflict this year.",
    "Officials said an investigation had been opened into the causes of the fire at the market.",
    "The former rebel leader, now a member of parliament, announced his candidacy for the presidency.",
    "Refugees who fled the fighting last year began returning home with help from the UN agency.",
    "The government announced the recruitment of 5,000 volunteers for the defence of the homeland.",
    "The army chief said in an interview that the war against the terrorists was being won.",
    "The ceasefire has largely held since it was signed in March, monitors said in their monthly report.",
    "The armed group's leader gave a long interview to a foreign channel, defending his record.",
    "The local radio station resumed broadcasting after repairs to its transmitter.",
    "Health workers began a vaccination campaign against measles in the camps for displaced people.",
    "The new ambassador presented his credentials to the head of state on Tuesday.",
    "A court in the capital postponed the trial of the soldiers accused in the coup attempt.",
    "Police said the woman found dead in her apartment had died of natural causes.",
    "The body of the drowned fisherman was recovered by divers two days after the boat sank.",
    "A bus carrying football supporters overturned on the highway, killing six of them.",
    "Two people died when a petrol station exploded during refuelling, the fire service said.",
    "The company said production at the mine would restart next week after the accident that killed four workers.",
    "Police in the capital recorded 32 murders last month, most linked to robberies, the city's crime report said.",
    "Several thousand people attended the funeral of the singer, who died in a road accident.",
    "The minister said the talks with the armed groups would continue despite the latest attacks.",
    "The military court sentenced the officer to ten years for the sale of weapons to the insurgents.",
    "Opposition parties announced they would form a coalition to contest the legislative elections.",
    "A new political party was launched in the capital by former ministers and civil society leaders.",
    "The ruling party and the opposition signed a code of conduct for the election campaign.",
    "Two companies signed an agreement to build a railway linking the port to the mining region.",
    "The government and the teachers' unions signed an agreement on salaries, ending months of tension.",
    "The club announced the departure of its coach by mutual agreement.",
]

EIGHTH_EVENTS = [
    ("Change to group/activity", "The terrorist group has announced, in a communiqué, the nomination of a new chief at the head of its branch in the zone of the three borders."),
    ("Change to group/activity", "11:42 — The militia says it is pulling its fighters out of the city and handing its positions to allied units."),
    ("Change to group/activity", "Headline: Two Sahel jihadist factions join forces under one banner"),
    ("Change to group/activity", "The rebels announced the suspension of all their operations for one month, to allow the talks to progress."),
    ("Agreement", "Several dozen combatants of the armed group surrendered to the authorities with their weapons, on Monday, in the locality."),
    ("Change to group/activity", "The Coalition of Patriots announced that it was leaving the ceasefire and taking up arms again."),
    ("Change to group/activity", "The self-defence militia announced its dissolution after the killing of its leader, local sources said."),
    ("Change to group/activity", "A commander and 60 of his men abandoned the armed group and joined the government forces, the army said."),
    ("Change to group/activity", "The armed groups of the region have announced the creation of a joint command to coordinate their operations against the army."),
    ("Change to group/activity", "The former rebels who had signed the peace deal announced they were returning to armed struggle."),
    ("Change to group/activity", "The movement renamed itself and adopted a new flag at a gathering of its commanders."),
    ("Change to group/activity", "The jihadists have moved their fighters from the forest to the border area, according to security sources."),
    ("Change to group/activity", "The gang declared a truce with its rivals and announced it would stop kidnappings, residents said."),
    ("Change to group/activity", "The government withdrew the army from the city and replaced it with police units, the ministry said."),
    ("Change to group/activity", "The group announced that it had pledged allegiance to the central command and would operate as its local branch."),
    ("Agreement", "The terrorist group liberated the hostages after mediation by the religious leaders of the region, said a local elected official."),
    ("Agreement", "BREAKING: Warring sides agree to 72-hour ceasefire starting at midnight, mediators say."),
    ("Agreement", "The government and the rebel movement signed, in the capital, an accord of cessation of hostilities."),
    ("Agreement", "The bandits freed the abducted villagers after the community paid a ransom of two million naira, a relative said."),
    ("Agreement", "The armed group handed over 12 captured soldiers to the Red Cross as part of an exchange agreed with the army."),
    ("Agreement", "The two communities concluded a peace pact after a traditional ceremony, ending two years of clashes."),
    ("Agreement", "The militias in the capital agreed on a ceasefire and the withdrawal of their heavy weapons, the UN mission said."),
    ("Agreement", "Under a deal reached with the elders, the fighters agreed to leave the town and stop attacks on farmers."),
    ("Agreement", "The army and the armed group exchanged 40 prisoners on the front line near the river, officials said."),
    ("Agreement", "Talks between the junta and the ethnic armed group ended with a ceasefire deal for the northern state."),
    ("Headquarters or base established", "The jihadists have installed a base in the village and impose their law on the residents, according to the local radio."),
    ("Headquarters or base established", "The foreign troops have opened a new base at the airport of the town, the ministry confirmed."),
    ("Headquarters or base established", "The rebels established their headquarters in the former governor's residence after entering the city."),
    ("Headquarters or base established", "The army has installed a detachment in the commune to secure the return of the displaced."),
    ("Headquarters or base established", "The armed group set up a camp on the island in the lake, from which it raids fishing villages."),
    ("Headquarters or base established", "Mercenaries have set up a base near the gold mine, according to satellite imagery analysed by researchers."),
    ("Headquarters or base established", "The militia built a new post on the main road and has been stopping vehicles there."),
    ("Non-violent transfer of territory", "The defence and security forces left the town on Sunday, and the jihadists entered it the same evening without fighting."),
    ("Non-violent transfer of territory", "The peacekeeping mission handed its camp over to the national army in a ceremony on Saturday."),
    ("Non-violent transfer of territory", "The rebels withdrew from the city under the agreement, and the army took control without incident."),
    ("Non-violent transfer of territory", "The armed group took over the abandoned army post after the soldiers left the area."),
    ("Non-violent transfer of territory", "The militia peacefully handed over the port to the coast guard on Tuesday."),
    ("Other", "A common grave with the bodies of about 40 people was discovered near the town after the departure of the armed group."),
    ("Other", "The armed group imposed a blockade on the city, preventing trucks from entering, residents said."),
    ("Other", "The militants announced a ban on the sale of cigarettes and ordered shops to close at prayer time."),
    ("Other", "The bodies of six men, bearing gunshot wounds, were found in a ditch outside the village."),
    ("Other", "The army declared the zone a military area and forbade movement of motorcycles and carts."),
    ("Other", "The armed group demanded that villagers pay a tax on every head of cattle, residents said."),
    ("Non-state actor overtakes territory", "The terrorists took control of the town after the departure of the army, following fierce fighting."),
    ("Non-state actor overtakes territory", "The rebel forces captured the regional capital after a three-day offensive, the movement said."),
    ("Non-state actor overtakes territory", "Russian troops captured the settlement after fierce battles, the Russian defence ministry said."),
    ("Non-state actor overtakes territory", "The militants overran the army base and took control of the surrounding villages."),
    ("Non-state actor overtakes territory", "The paramilitary group seized the town after the army withdrew under fire."),
    ("Non-state actor overtakes territory", "The armed group captured the border crossing after clashes with the border guards."),
    ("Government regains territory", "The army regained control of the town after a fierce battle with the terrorists, the army said."),
    ("Government regains territory", "Government forces retook the border post from the rebels after an offensive, the ministry said."),
    ("Government regains territory", "The army liberated the village from the jihadists after two days of combat."),
    ("Looting/property destruction", "The assailants burned the houses and the granaries of the village after the inhabitants fled."),
    ("Looting/property destruction", "Armed men looted the health centre and took medicines and equipment, a nurse said."),
    ("Looting/property destruction", "The militants destroyed a telecommunications antenna in the commune during the night."),
    ("Looting/property destruction", "Soldiers demolished the market stalls of the traders, accusing them of supplying the rebels."),
    ("Looting/property destruction", "The gang looted shops and burned cars in the neighbourhood, but no one was hurt."),
    ("Arrests", "The police arrested a journalist at his office on Friday for a post criticising the governor."),
    ("Arrests", "Security forces detained the activist at the airport as he returned from abroad."),
    ("Arrests", "The gendarmerie arrested 12 people suspected of supplying fuel to the terrorists."),
    ("Arrests", "Intelligence officers arrested a former minister on charges of plotting a coup."),
    ("Peaceful protest", "Hundreds of people demonstrated on Saturday in the city to denounce the insecurity, without incident."),
    ("Peaceful protest", "Transport workers went on strike and gathered at the bus station to protest against police harassment."),
    ("Peaceful protest", "The families of the abducted pupils held a vigil outside the school to demand their release."),
    ("Peaceful protest", "Supporters of the detained opposition leader gathered outside the court, chanting slogans."),
    ("Protest with intervention", "The police dispersed a demonstration of traders against the new market fees, arresting five."),
    ("Protest with intervention", "Security forces broke up the sit-in of the opposition using tear gas and batons."),
    ("Disrupted weapons use", "The army neutralised an explosive device placed on the road, avoiding a tragedy, according to a communiqué."),
    ("Disrupted weapons use", "Air defence intercepted the rockets before they reached the city, the military said."),
    ("Disrupted weapons use", "Soldiers discovered an arms cache in a cave and destroyed it, the army said."),
    ("Disrupted weapons use", "Police seized explosives and detonators from a house rented by suspected militants."),
]


def eighth_batch_rows() -> list[tuple[str | None, str]]:
    """(sub-event type or None, text) for the eighth batch, in a fixed order."""
    return [(NON_EVENT, text) for text in EIGHTH_NON_EVENTS] + list(EIGHTH_EVENTS)


# --------------------------------------------------------------------------- ninth batch
# Strategic developments and protests as analysts meet them in round-ups and alerts: one short
# sentence inside a longer paragraph of context, often with the event in the second clause.

NINTH_NON_EVENTS = [
    "The region has been hit by a wave of kidnappings in recent years; the governor said on Monday he would set up a task force.",
    "Since the peace deal was signed two years ago, few of its provisions have been implemented, diplomats say.",
    "The group, which has fought the government since 2017, is one of several armed movements in the north.",
    "Negotiations for the release of the hostages are continuing, a source close to the talks said, without giving details.",
    "The army spokesman said operations in the area would continue until the last terrorist had been flushed out.",
    "Residents fear the withdrawal of the peacekeepers next year will leave a security vacuum in the region.",
    "A spokesman for the movement said it had no intention of leaving the coalition, denying reports of a split.",
    "The president praised the accord as historic during a visit to the region a year after it was signed.",
    "The army has been accused of abuses in the region in the past, which it denies.",
    "Market prices have doubled since the blockade began last year, traders said.",
    "The opposition said on Wednesday that it was considering joining the government of national unity.",
    "The governor declared three days of mourning after the boat accident on the river.",
    "The report estimated that the armed groups control about a third of the mining sites in the province.",
    "Observers say the jihadists have been recruiting among herders angered by land disputes.",
    "The football federation suspended the league after a stampede at the stadium killed 12 fans.",
    "Farmers say they cannot reach their fields because of landmines laid during the war years ago.",
    "The committee in charge of the disarmament programme said 3,000 former fighters have been registered since 2020.",
    "The main opposition party said it would hold its primary elections next month despite the insecurity.",
    "Parents kept their children at home after rumours of an attack on the school spread on social media.",
    "The security council will meet on Thursday to discuss the situation in the east, diplomats said.",
]

NINTH_EVENTS = [
    ("Change to group/activity", "Amid the rainy season, the jihadist group announced on Sunday that it had named a new emir for the region after the death of its leader in an air strike."),
    ("Change to group/activity", "Following weeks of internal tension, a breakaway faction of the rebel movement announced it would now operate independently."),
    ("Change to group/activity", "In a video, the armed group's spokesman said the movement had joined a wider coalition of insurgents."),
    ("Agreement", "Some 300 fighters who had laid down their weapons were transferred to a demobilisation camp, the disarmament commission said."),
    ("Change to group/activity", "The army redeployed two battalions from the capital to the northern front on Thursday, military sources said."),
    ("Change to group/activity", "The gang announced on social media that it was joining the alliance of armed groups that controls the capital's south."),
    ("Change to group/activity", "The ruling junta expelled the military advisers of the former colonial power and ended their cooperation, the government said."),
    ("Agreement", "After three days of talks mediated by the church, the militia and the army agreed to a local ceasefire around the town."),
    ("Agreement", "In a deal announced on Friday, the kidnappers released the schoolchildren in exchange for the release of their detained relatives."),
    ("Agreement", "Local leaders said the two armed factions had signed a deal to share the revenues of the checkpoint and stop fighting."),
    ("Agreement", "The armed group released eight aid workers it had held since March, after negotiations by community elders."),
    ("Agreement", "Both sides agreed on a prisoner exchange in which 150 detainees were freed on Sunday, the mediators said."),
    ("Headquarters or base established", "Since last week, the armed group has been using the abandoned school as a base, residents told the local radio."),
    ("Headquarters or base established", "The government said it had inaugurated a new military camp in the border district to stop incursions."),
    ("Headquarters or base established", "According to residents, the insurgents have set up a command post in the forest near the village."),
    ("Headquarters or base established", "The peacekeepers have established a temporary base in the village after a wave of attacks on civilians."),
    ("Non-violent transfer of territory", "Without a single shot, the army took back control of the town on Saturday after the armed group left it overnight."),
    ("Non-violent transfer of territory", "The rebels handed the town over to the traditional authorities and withdrew to their bases, residents said."),
    ("Non-violent transfer of territory", "After the soldiers left the camp on Thursday, the fighters of the movement moved in and raised their flag."),
    ("Other", "On Tuesday, villagers discovered the bodies of nine men in the bush near the road, a week after they were abducted."),
    ("Other", "Since Monday, the armed group has prevented residents from leaving the town, cutting it off from the rest of the region."),
    ("Other", "The junta ordered a nationwide curfew from 10pm and deployed troops at road junctions, state television said."),
    ("Other", "The militants ordered residents to evacuate the village within three days, according to a local official."),
    ("Looting/property destruction", "During the night, men armed burned the school and the house of the village chief, without making victims."),
    ("Looting/property destruction", "The soldiers set fire to the market before withdrawing from the town, witnesses said."),
    ("Looting/property destruction", "Militants destroyed two bridges with explosives to cut the road to the garrison town."),
    ("Arrests", "On Thursday, the police arrested the spokesman of the opposition coalition at his home, his lawyer said."),
    ("Arrests", "Soldiers rounded up dozens of young men during a search operation in the town, residents said."),
    ("Peaceful protest", "On Monday, the town observed a general strike called by civil society to denounce the killings; shops and schools stayed closed."),
    ("Peaceful protest", "Hundreds of displaced people marched to the UN base to demand protection, without incident."),
    ("Peaceful protest", "Students boycotted classes and gathered in the courtyard to demand the reinstatement of expelled classmates."),
    ("Protest with intervention", "Police fired tear gas and arrested dozens as opposition supporters tried to march to the court."),
    ("Excessive force against protesters", "Security forces fired live rounds at the crowd protesting the arrest of a religious leader, killing two."),
    ("Violent demonstration", "Protesters set fire to the governor's office and looted shops after the death of a young motorcyclist at a checkpoint."),
    ("Mob violence", "A crowd set upon a man accused of stealing a phone and beat him to death in the market."),
    ("Disrupted weapons use", "Engineers of the army defused a bomb hidden in a bag near the mosque, the police said."),
    ("Disrupted weapons use", "Air defences downed several drones over the region overnight, the governor said, with no damage reported."),
]


def ninth_batch_rows() -> list[tuple[str | None, str]]:
    """(sub-event type or None, text) for the ninth batch, in a fixed order."""
    return [(NON_EVENT, text) for text in NINTH_NON_EVENTS] + list(NINTH_EVENTS)


# --------------------------------------------------------------------------- tenth batch
# Pairs that share words across the event / non-event line: "hit" by a car or by a missile, "rocket"
# into orbit or into a town, "seized" drugs or weapons, "protest" note or street protest, "rally" of a
# campaign or of a movement; and foreign armies, vigilantes and decrees in plain wire prose.

TENTH_NON_EVENTS = [
    "A motorcyclist was killed when he was hit by a lorry at the junction, police said.",
    "The space agency launched a rocket carrying two weather satellites from the coastal base.",
    "Customs officers seized two tonnes of cannabis hidden in a container of fruit at the port.",
    "Police seized 40 kilograms of cocaine and arrested two foreigners at the airport, the anti-drug agency said.",
    "The foreign ministry summoned the ambassador to protest against the remarks of his president.",
    "The country lodged a formal protest with the UN over the violation of its airspace by a surveillance plane.",
    "The ruling party held a rally in the capital to launch its campaign, with music and speeches.",
    "A hippopotamus overturned a canoe on the lake, killing two fishermen, wildlife officials said.",
    "A swarm of bees attacked pupils at a primary school, sending 20 children to hospital.",
    "Wild dogs killed dozens of sheep on a farm near the reserve, the farmer said.",
    "The stock market crashed after the government announced new taxes, wiping out a tenth of its value.",
    "The company announced the creation of 2,000 jobs at its new factory.",
    "The minister announced the formation of a committee to review the constitution.",
    "The new coalition government was sworn in on Monday after weeks of negotiations between the parties.",
    "The two banks announced their merger, creating the largest lender in the region.",
    "The bishops' conference elected a new president at its annual assembly.",
    "The federation banned the club from European competitions for two seasons.",
    "The ministry banned the import of second-hand clothes, citing health concerns.",
    "A curfew for bars and nightclubs came into force to curb the spread of the virus.",
    "The government raised the tax on fuel by 10 per cent, prompting complaints from transport unions.",
    "The army recruitment drive attracted 15,000 young people to the stadium in the capital.",
    "Authorities evacuated thousands of residents from the coast ahead of the cyclone.",
    "The UN human rights office said it had received reports of a mass grave but was unable to visit the site.",
    "Divers recovered the bodies of the missing swimmers from the river on Sunday.",
]

TENTH_EVENTS = [
    ("Non-state actor overtakes territory", "Israeli troops took control of the town after fighting with Hezbollah fighters, the army said."),
    ("Non-state actor overtakes territory", "Ethiopian troops captured the town inside the neighbouring country after clashes with its army."),
    ("Non-state actor overtakes territory", "Rwandan-backed rebels and their allies seized the mining town after government troops fled."),
    ("Non-state actor overtakes territory", "Turkish forces took the town from the Kurdish-led militia after a week of fighting."),
    ("Non-state actor overtakes territory", "Pro-Russian separatists captured the railway junction after heavy fighting with the army."),
    ("Government regains territory", "Ukrainian troops recaptured the village that Russian forces had held since the spring."),
    ("Government regains territory", "The army drove the militants out of the town and hoisted the national flag over the town hall."),
    ("Mob violence", "An angry crowd dragged a suspected child abductor from a police car and beat him to death."),
    ("Mob violence", "Youths from the two neighbourhoods fought with sticks and stones after a football match, leaving one dead."),
    ("Mob violence", "Villagers armed with machetes attacked a family accused of sorcery, killing the grandmother."),
    ("Mob violence", "A vigilante group flogged and killed a man it accused of cattle theft, police said."),
    ("Peaceful protest", "Women banging pots and pans marched through the neighbourhood to protest against power cuts."),
    ("Peaceful protest", "Motorcycle taxi drivers blocked the main road for several hours to protest against a ban on their trade."),
    ("Peaceful protest", "Residents chanted slogans against the governor outside his office, then dispersed peacefully."),
    ("Peaceful protest", "Hundreds of opposition supporters gathered in the square waving flags and demanding new elections."),
    ("Other", "The rebels imposed a tax on every truck entering the town and set up a toll gate on the bridge, traders said."),
    ("Other", "The armed group banned farming in the area and ordered villagers to leave their fields."),
    ("Other", "The government imposed a state of emergency and a curfew in the region after the clashes."),
    ("Other", "The bodies of 20 people were found in a mass grave near the former police station, officials said."),
    ("Disrupted weapons use", "Police seized a cache of assault rifles and grenades in a house rented by members of the gang."),
    ("Disrupted weapons use", "The army said its air defences shot down a ballistic missile fired towards the port city."),
    ("Air/drone strike", "A drone hit a fuel depot in the city overnight, starting a large fire, the governor said."),
    ("Shelling/artillery/missile attack", "A rocket hit a residential building in the town, killing a woman and her son."),
    ("Change to group/activity", "The militia's leader announced that his fighters would join the national army, in a ceremony with the defence minister."),
    ("Change to group/activity", "The insurgents created a new alliance with two smaller groups to fight the junta."),
    ("Agreement", "The rebels and the government swap prisoners at the airport in the first exchange since the war began."),
    ("Agreement", "Headline: Kidnapped nuns freed after talks with their captors"),
    ("Headquarters or base established", "Russian forces have set up a base at the airport, the country's officials confirmed."),
]


def tenth_batch_rows() -> list[tuple[str | None, str]]:
    """(sub-event type or None, text) for the tenth batch, in a fixed order."""
    return [(NON_EVENT, text) for text in TENTH_NON_EVENTS] + list(TENTH_EVENTS)


# --------------------------------------------------------------------------- eleventh batch
# Sub-types that share an event type, told apart by one detail: the weapon (a missile is fired, a drone
# or a plane strikes), who used force at a protest and how badly, whether the people taken away were
# held by a known agency, whether a crowd or an armed group did the killing.

ELEVENTH_EVENTS = [
    ("Shelling/artillery/missile attack", "Two ballistic missiles slammed into the port city on Tuesday morning, killing four dock workers."),
    ("Shelling/artillery/missile attack", "Grad rockets fired by the rebels landed in a residential area of the city, wounding eleven."),
    ("Shelling/artillery/missile attack", "The army shelled the rebel-held villages for a second day, residents said, reporting two dead."),
    ("Shelling/artillery/missile attack", "A mortar round fell on a football pitch where children were playing, killing three."),
    ("Shelling/artillery/missile attack", "The Houthis fired a missile at a city in the south of the kingdom, damaging a power station."),
    ("Shelling/artillery/missile attack", "Artillery fire hit the hospital compound in the besieged city, the health ministry said."),
    ("Air/drone strike", "Kamikaze drones struck an energy facility in the region overnight, causing a fire, officials said."),
    ("Air/drone strike", "A military helicopter fired on a group of herders near the border, killing five, local leaders said."),
    ("Air/drone strike", "Warplanes struck a weapons depot on the outskirts of the capital, the army said."),
    ("Air/drone strike", "A Turkish drone targeted a car carrying members of the Kurdish militia, killing two."),
    ("Air/drone strike", "Glide bombs dropped by Russian aircraft destroyed a school in the frontline town."),
    ("Air/drone strike", "The air force bombed a rebel training camp in the hills, the military spokesman said."),
    ("Excessive force against protesters", "Police opened fire on students demonstrating against fee rises, killing one and seriously wounding four."),
    ("Excessive force against protesters", "A protester died after being hit in the head by a tear gas canister fired at close range, his family said."),
    ("Excessive force against protesters", "Soldiers beat demonstrators with rifle butts, leaving several with fractures, a rights group said."),
    ("Protest with intervention", "Police detained 30 people who had gathered for an unauthorised rally in the capital."),
    ("Protest with intervention", "Anti-riot police cleared the protesters' tents from the square overnight and arrested their leaders."),
    ("Protest with intervention", "Gendarmes dispersed a march of farmers with water cannon; there were no injuries."),
    ("Violent demonstration", "Protesters threw petrol bombs at police and blocked the highway with burning tyres."),
    ("Violent demonstration", "Demonstrators angry at the election result attacked the electoral commission and burned ballot boxes."),
    ("Violent demonstration", "Youths protesting the killing of a motorcyclist set fire to a police vehicle and stoned officers."),
    ("Abduction/forced disappearance", "Unidentified armed men took the activist from his home at night; his family has had no news of him since."),
    ("Abduction/forced disappearance", "Bandits kidnapped a village head and his two wives and demanded a ransom, residents said."),
    ("Abduction/forced disappearance", "Pirates boarded the ship and took 12 crew members hostage off the coast."),
    ("Abduction/forced disappearance", "Men in military uniform abducted three youths at a checkpoint; their whereabouts remain unknown."),
    ("Arrests", "The police arrested two men suspected of planning an attack on a church, the police spokesman said."),
    ("Arrests", "The military junta arrested the head of the electoral commission, his relatives said."),
    ("Arrests", "Police detained a rapper over a song that mocked the president, his lawyer said."),
    ("Attack", "Gunmen on motorcycles shot dead a village chief and his son in front of their house."),
    ("Attack", "Militiamen killed seven displaced people who had gone to collect firewood outside the camp."),
    ("Attack", "Unidentified gunmen killed a journalist in his car as he drove home, colleagues said."),
    ("Attack", "Security forces shot dead a man at a checkpoint after he failed to stop, witnesses said."),
    ("Mob violence", "A crowd of residents set fire to a suspected thief caught breaking into a shop."),
    ("Mob violence", "Clashes between rival communities over a plot of land left three people dead, all hacked with machetes."),
    ("Armed clash", "The army and the militants exchanged fire for several hours near the border town, with casualties on both sides."),
    ("Armed clash", "Two rival militias fought over control of a checkpoint on the coastal road, killing eight fighters."),
    ("Armed clash", "An army patrol was ambushed by jihadists; soldiers returned fire and killed six attackers, the army said."),
    ("Remote explosive/landmine/IED", "A bomb planted on a motorcycle exploded outside a police station, wounding three officers."),
    ("Remote explosive/landmine/IED", "A farmer lost his leg when he stepped on a mine in his field near the former front line."),
    ("Remote explosive/landmine/IED", "An improvised explosive device went off under a bus carrying soldiers, killing five."),
    ("Suicide bomb", "A female suicide bomber detonated her explosives in the crowded market, killing six."),
    ("Suicide bomb", "An attacker drove a car laden with explosives into the gate of the base and blew it up."),
    ("Grenade", "Unknown assailants threw a grenade at a political rally, wounding 14 people."),
    ("Grenade", "A hand grenade was lobbed into a police post overnight, injuring two officers."),
    ("Sexual violence", "Fighters of the armed group raped at least 15 women during the raid on the village, a UN report said."),
    ("Sexual violence", "A girl was gang-raped by soldiers at a checkpoint, her family said."),
    ("Chemical weapon", "Doctors treated dozens of people for symptoms of sarin exposure after the attack on the town."),
    ("Looting/property destruction", "Soldiers burned down homes in the village during a clearance operation, satellite images showed."),
    ("Government regains territory", "The army recaptured the hilltop positions after a counter-offensive against the rebels, state media said."),
    ("Non-state actor overtakes territory", "The rebels seized the town after clashes with the army, which withdrew towards the regional capital."),
]

ELEVENTH_NON_EVENTS = [
    "The defence ministry test-fired a new long-range missile over the sea, state television said.",
    "Air force jets flew over the capital in a parade to mark the national day.",
    "The court ordered the release on bail of the 20 protesters arrested last month.",
    "Police said the man arrested for the murder of his business partner would appear in court on Monday.",
    "The kidnapping of the businessman last year remains unsolved, police said on the anniversary.",
    "Rights groups said the law on demonstrations would make it harder to protest peacefully.",
    "The government said it would compensate the families of the protesters killed in 2019.",
    "The rebels said they would release the hostages if their demands were met.",
    "The army said it had lost no territory in the past month, contrary to claims by the rebels.",
    "Prosecutors charged three men with the 2016 bombing of the airport.",
    "The UN said nearly 500 civilians had been killed in the region in the first half of the year.",
    "The victims of the landmine blast five years ago are still waiting for prosthetic legs.",
    "The ministry of health said the bus crash had killed 17 and injured 40.",
    "The militants have often used roadside bombs against army convoys on this road, analysts say.",
    "A suspected bomb turned out to be a bag of clothes, police said after closing the street for an hour.",
    "Firefighters put out a fire at the ammunition factory before it reached the storage depots.",
]


def eleventh_batch_rows() -> list[tuple[str | None, str]]:
    """(sub-event type or None, text) for the eleventh batch, in a fixed order."""
    return [(NON_EVENT, text) for text in ELEVENTH_NON_EVENTS] + list(ELEVENTH_EVENTS)


# --------------------------------------------------------------------------- twelfth batch
# Police statements, social-media summaries and French/Arabic-flavoured translations, for events and
# for the routine announcements that share their vocabulary.

TWELFTH_EVENTS = [
    ("Arrests", "The police command wishes to inform the public that eight suspects linked to the recent unrest have been arrested and are assisting investigations."),
    ("Arrests", "Thread: security agents picked up the student leader outside the campus this afternoon and took him to the intelligence headquarters."),
    ("Attack", "Videos shared online show gunmen firing on a crowd at a village market; locals say at least nine were killed."),
    ("Attack", "The elements of the armed group executed four civilians accused of collaborating with the army, in the village, according to local sources."),
    ("Armed clash", "The defence and security forces repelled an attack by armed terrorist individuals against the detachment; several assailants were neutralised."),
    ("Armed clash", "The martyr fell during confrontations with the occupation forces at the entrance of the camp, the movement said."),
    ("Excessive force against protesters", "Footage circulating on social media shows police firing live rounds at marchers; two people died of their wounds."),
    ("Protest with intervention", "The police command said officers dispersed an unlawful assembly at the junction and arrested 14 persons."),
    ("Peaceful protest", "Posts on social media show hundreds of residents marching with candles to demand justice for the murdered teacher."),
    ("Peaceful protest", "The inhabitants of the quarter demonstrated in front of the prefecture to claim water and electricity."),
    ("Violent demonstration", "Videos posted online show protesters setting fire to the town hall and throwing stones at the gendarmes."),
    ("Mob violence", "The police command confirmed that a mob lynched a suspected ritualist in the community before officers arrived."),
    ("Abduction/forced disappearance", "The police command confirmed the abduction of two expatriate workers at the quarry site by armed men."),
    ("Abduction/forced disappearance", "Unknown armed individuals removed the imam of the village mosque; he has not been seen since."),
    ("Remote explosive/landmine/IED", "A vehicle of the defence and security forces hit an improvised explosive device on the axis, causing material damage."),
    ("Air/drone strike", "The aviation of the regime bombarded the village with barrel bombs, killing a family of five, activists said."),
    ("Shelling/artillery/missile attack", "The occupation artillery shelled the outskirts of the town, wounding two farmers, the news agency reported."),
    ("Disrupted weapons use", "The police bomb squad rendered safe an explosive device found near the bus terminal, the command said."),
    ("Looting/property destruction", "Hoodlums vandalised the police division and set vehicles ablaze, but no life was lost, the police command said."),
    ("Change to group/activity", "The movement informs the public that it has decided to end its participation in the transitional institutions and take up arms again."),
    ("Agreement", "In a joint communiqué, the two parties announced the signature of an agreement of cessation of hostilities in the region."),
    ("Other", "The armed group imposed a blockade on the commune, preventing the supply of food, according to local sources."),
    ("Headquarters or base established", "The terrorists settled in the abandoned gendarmerie brigade and made it their base, according to residents."),
    ("Non-violent transfer of territory", "The armed group evacuated the town it had occupied, and the administration returned without any fighting."),
    ("Non-state actor overtakes territory", "The elements of the armed group took control of the commune after the withdrawal of the army under fire."),
    ("Government regains territory", "The armed forces recovered the locality after violent fighting with the terrorists, according to the general staff."),
]

TWELFTH_NON_EVENTS = [
    "The police command wishes to inform the public that the road will be closed on Saturday for a marathon.",
    "Thread: what we know so far about the peace talks, and what each side wants.",
    "The command urges residents to report suspicious movements to the nearest police division.",
    "The minister of security received the members of the committee in charge of the disarmament programme.",
    "Posts on social media claiming an attack in the city centre are false, the police said, urging calm.",
    "The general staff announces the launch of a recruitment campaign for 3,000 young soldiers.",
    "The movement informs the public that its congress will be held next month in the capital.",
    "The inhabitants of the quarter received food kits distributed by a humanitarian organisation.",
    "Video: the president visits the wounded soldiers at the military hospital.",
    "The government spokesman announced the reopening of schools closed because of insecurity.",
    "The two parties announced the signature of a memorandum of understanding on trade and investment.",
    "The regional council held an extraordinary session on the security situation in the province.",
]


def twelfth_batch_rows() -> list[tuple[str | None, str]]:
    """(sub-event type or None, text) for the twelfth batch, in a fixed order."""
    return [(NON_EVENT, text) for text in TWELFTH_NON_EVENTS] + list(TWELFTH_EVENTS)


# --------------------------------------------------------------------------- thirteenth batch
# Agreements between armed actors told with the words of diplomacy (talks, mediators, envoys), so that
# "signed" and "mediation" are not read as mere diplomacy; and more of the strategic developments that
# a detector tends to drop: new bases, property destruction, arrests, weapons seized, quiet protests.

THIRTEENTH_EVENTS = [
    ("Agreement", "After talks mediated by the UN envoy, the government and the rebels signed a ceasefire that took effect on Monday."),
    ("Agreement", "The truce brokered by regional mediators came into force at dawn, and both sides said they would respect it."),
    ("Agreement", "Delegations of the army and the armed movement signed a deal in the neighbouring capital to end the fighting in the north."),
    ("Agreement", "The two sides swapped 200 prisoners each in an exchange mediated by a Gulf state, officials said."),
    ("Agreement", "The kidnapped aid workers were released on Thursday after negotiations involving the ministry and local chiefs."),
    ("Agreement", "The envoy announced that the warring generals had agreed to a humanitarian ceasefire of one week."),
    ("Agreement", "Elders of the two clans signed a truce under the auspices of the district commissioner after weeks of fighting over water."),
    ("Agreement", "The rebels and the government agreed to a prisoner release and the reopening of the road, the mediation team said."),
    ("Agreement", "The armed group freed the kidnapped missionaries after a deal with the authorities, the church said."),
    ("Agreement", "The militia commanders signed a non-aggression pact with the army during a ceremony in the town."),
    ("Agreement", "The insurgents agreed to let humanitarian convoys through their checkpoints under a deal reached with aid agencies."),
    ("Agreement", "A local ceasefire between the two armed groups was agreed after the intervention of religious leaders."),
    ("Agreement", "The government and the separatists agreed in talks abroad to exchange detainees and bodies."),
    ("Agreement", "The bodies of soldiers killed in the fighting were returned to the army under an agreement with the rebels."),
    ("Agreement", "Hamas released four hostages in exchange for dozens of Palestinian prisoners under the truce deal."),
    ("Agreement", "The junta and the armed coalition reached a temporary truce in the northern state, state media said."),
    ("Agreement", "Armed men released the bus passengers they had taken, after negotiations with community leaders."),
    ("Agreement", "The two factions agreed to withdraw their fighters from the city centre and hand security to a neutral force."),
    ("Headquarters or base established", "The army opened a new forward base in the district to protect farmers during the harvest."),
    ("Headquarters or base established", "The armed group has set up a new base in the hills from where it controls the trade route, residents said."),
    ("Headquarters or base established", "Foreign troops have moved into a new base near the capital, satellite images show."),
    ("Headquarters or base established", "Rebels established a training camp in a former school, according to the local administration."),
    ("Headquarters or base established", "The security forces installed a new checkpoint and a camp at the entrance to the town."),
    ("Looting/property destruction", "The armed group burned the customs post and the school before leaving the border town."),
    ("Looting/property destruction", "Unknown people set fire to the offices of the electoral commission overnight; there were no casualties."),
    ("Looting/property destruction", "Fighters looted the warehouses of the aid agency and took away food stocks."),
    ("Looting/property destruction", "The militants blew up the water pumping station that supplies the town."),
    ("Looting/property destruction", "Armed men burned dozens of houses in the village, which had been emptied by earlier attacks."),
    ("Arrests", "The army arrested the village chief, accusing him of helping the armed group, residents said."),
    ("Arrests", "Police rounded up more than 100 migrants in the capital in an overnight operation."),
    ("Arrests", "The authorities arrested a prominent cleric after a sermon criticising the government."),
    ("Arrests", "Security forces detained the leader of the student union and two of his deputies."),
    ("Disrupted weapons use", "The military said it shot down three drones over the base, with no casualties."),
    ("Disrupted weapons use", "Soldiers seized a truck loaded with ammunition and rocket launchers at a checkpoint."),
    ("Disrupted weapons use", "A mine clearance team removed explosive devices planted by the militants around the school."),
    ("Peaceful protest", "Market women marched peacefully to the town hall to demand the reopening of the market."),
    ("Peaceful protest", "Activists held a small protest outside the embassy, holding banners against the war."),
    ("Peaceful protest", "Workers at the factory downed tools and gathered at the gate to demand unpaid wages."),
    ("Other", "The armed group cut off the town's water and electricity, leaving residents without supplies, local officials said."),
    ("Other", "The military closed the border with the neighbouring country and suspended all flights."),
    ("Change to group/activity", "The armed group said it would no longer attack foreign companies and would focus on the army."),
    ("Agreement", "Hundreds of fighters of the militia surrendered to the army under the amnesty, handing over their rifles."),
    ("Change to group/activity", "The two rebel groups announced the formation of a joint military council."),
]


def thirteenth_batch_rows() -> list[tuple[str | None, str]]:
    """(sub-event type or None, text) for the thirteenth batch, in a fixed order."""
    return list(THIRTEENTH_EVENTS)
