"""Strategic developments rows of news-check-snippets15: (sub-event type, country, style, reason, text). Written
for eventwire."""

AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
BASE = "Headquarters or base established"
LOOTING = "Looting/property destruction"
TRANSFER = "Non-violent transfer of territory"
OTHER = "Other"

ROWS = [
    (AGREEMENT, "Ethiopia", "headline", "press review: the government and the TPLF sign a cessation of hostilities",
     "The Reporter leads with Pretoria: the federal government and the TPLF signed an agreement for a permanent "
     "cessation of hostilities late on Wednesday."),
    (AGREEMENT, "Sudan", "wire", "chronology entry: the army and the RSF sign a declaration; fighting goes on",
     "Chronology, 11 May 2023: the army and the RSF sign the Jeddah declaration, promising to protect civilians "
     "and let aid through; fighting goes on in the capital."),
    (AGREEMENT, "Mozambique", "headline", "explainer: the president and the rebel leader sign a peace accord",
     "What did Nyusi and Momade sign? A peace and reconciliation accord, signed in Maputo on 6 August 2019, under "
     "which RENAMO's last fighters hand in their weapons."),
    (AGREEMENT, "Israel", "translated", "translated Hebrew press: a ceasefire and hostage-prisoner exchange agreed",
     "Israel and Hamas agreed on Wednesday to a ceasefire in Gaza under which hostages are to be freed in stages in "
     "exchange for Palestinian prisoners, a Hebrew daily reported."),
    (AGREEMENT, "Yemen", "ngo", "UN report paragraph: the parties accept a nationwide truce",
     "Para 3. On 2 April 2022, the parties to the conflict in Yemen accepted a renewable two-month nationwide "
     "truce, under which all offensive military operations were to stop."),

    (ARRESTS, "Tunisia", "headline", "press review: police arrest a party leader at his home",
     "La Presse leads with Ghannouchi: police arrested the Ennahda leader at his home in Tunis on Monday night, "
     "hours after a speech that the prosecutor called incitement."),
    (ARRESTS, "Zimbabwe", "communique", "party statement: police arrest an opposition MP and hold him",
     "Statement from the Citizens Coalition for Change: police arrested our MP Job Sikhala in Nyatsime this "
     "afternoon and are holding him at Chitungwiza police station."),
    (ARRESTS, "Burundi", "translated", "translated Kirundi radio: intelligence agents arrest a journalist",
     "Agents of the national intelligence service arrested the journalist Sandra Muhoza in Ngozi on Thursday and "
     "took her to Bujumbura, the Kirundi service of an exile radio said."),
    (ARRESTS, "Bangladesh", "local", "student newspaper brief: detectives arrest a student leader on charges",
     "Campus briefs: detectives arrested the vice-president of the students' union in his hall on Tuesday on "
     "charges under the Digital Security Act, and he was remanded the next day."),
    (ARRESTS, "India", "headline", "explainer: an agency takes a chief minister into custody",
     "Why was Kejriwal arrested? The Enforcement Directorate took Delhi's chief minister into custody at his home "
     "on 21 March 2024 over the liquor-policy case."),

    (CHANGE, "Niger", "wire", "chronology entry: the last French soldiers leave the country",
     "Chronology, 22 December 2023: the last French soldiers leave Niger, ending the counter-terrorism mission "
     "there after the junta ordered them out."),
    (CHANGE, "DR Congo", "ngo", "UN report paragraph: a rebel-led political-military alliance is announced",
     "Para 19. On 15 December 2023, in Nairobi, Corneille Nangaa announced the Alliance Fleuve Congo, a "
     "political-military platform that includes the M23."),
    (CHANGE, "Haiti", "translated", "translated Haitian Creole radio: gang leaders announce an alliance",
     "Gang leaders from Port-au-Prince announced on Saturday that they had joined forces under the name Viv "
     "Ansanm, the Creole news said."),
    (CHANGE, "Syria", "headline", "explainer: Islamic State names a new leader",
     "Who leads Islamic State now? The group named Abu al-Hussein al-Husseini al-Qurashi as its new leader on 30 "
     "November 2022, after its previous chief was killed in southern Syria."),
    (CHANGE, "Iraq", "communique", "militia statement: it suspends operations against US forces",
     "Statement by Kataib Hezbollah, 30 January 2024: we announce the suspension of our military and security "
     "operations against the occupation forces, so as not to embarrass the Iraqi government."),

    (DISRUPTED, "Israel", "translated", "translated Hebrew press: air defences shoot down an Iranian barrage",
     "Air defences and allied jets shot down nearly all of the more than 300 drones and missiles Iran launched "
     "overnight, a Hebrew daily reported."),
    (DISRUPTED, "Nigeria", "translated", "translated Kanuri radio: soldiers stop a girl wearing explosives",
     "Soldiers stopped a girl wearing explosives at the gate of the Muna camp in Maiduguri on Sunday and removed "
     "the device before it went off, the Kanuri news said."),
    (DISRUPTED, "Somalia", "local", "council minutes: police find and defuse a car loaded with explosives",
     "Minutes, Baidoa district council, item 2: the district commissioner thanked the police who found and defused "
     "a car loaded with explosives at the Bakool junction on Friday."),
    (DISRUPTED, "Kenya", "headline", "press review: soldiers seize explosives and a launcher from a hideout",
     "The Standard leads with the Boni forest find: soldiers seized 30 kilos of explosives and a rocket launcher "
     "from an al-Shabaab hideout on Sunday."),
    (DISRUPTED, "Ukraine", "headline", "explainer: air defences shoot down missiles and drones over the capital",
     "What were the bangs over Kyiv last night? Air defences shooting down 20 Russian missiles and drones aimed at "
     "the capital, the city administration says; nobody was hurt."),

    (BASE, "Nigeria", "local", "council minutes: the army sets up a forward operating base",
     "Minutes, Chikun local government council, item 5: the chairman reported that the army had set up a forward "
     "operating base at Kujama to guard the farms, and asked people to cooperate with it."),
    (BASE, "Burkina Faso", "ngo", "UN report paragraph: JNIM sets up a forest camp used for raids",
     "Para 16. In March 2024, JNIM fighters set up a camp in a forest near the Togolese border and began using it "
     "to stage raids across the frontier."),
    (BASE, "Ethiopia", "translated", "translated Oromo radio: the OLA sets up a new forest base",
     "Fighters of the Oromo Liberation Army have set up a new base in the forest near Dodola, residents told the "
     "Afaan Oromoo service."),
    (BASE, "Haiti", "communique", "travel advisory: a multinational police mission sets up its base",
     "Travel advice update, Haiti, 26 June 2024: Kenyan police officers of the multinational mission have arrived "
     "and set up their base beside Toussaint Louverture airport."),
    (BASE, "Syria", "liveblog", "time-stamped chronology entry: the Turkish army sets up another observation post",
     "Chronology, 8 February 2020, 16:30: the Turkish army sets up another observation post near Saraqeb as "
     "government forces close in on the town."),

    (LOOTING, "Sudan", "attribution", "letter to the editor: RSF men loot a house for the third time",
     "Letter to the editor, from a reader in Khartoum North: Sir, RSF men came back to our house on Sunday for "
     "the third time and left with the fridge, the doors and the water tank."),
    (LOOTING, "Myanmar", "ngo", "UN report paragraph: soldiers burn the houses of a village after residents fled",
     "Para 37. In early December 2021, soldiers burned most of the houses of a village in Kani township after its "
     "residents had fled into the forest."),
    (LOOTING, "Palestine", "translated", "translated Hebrew press: settlers burn olive groves and cars",
     "Settlers set fire to olive groves and two cars in a village near Ramallah on Friday night, a Hebrew daily "
     "reported; nobody was hurt."),
    (LOOTING, "Nigeria", "translated", "translated Kanuri radio: Boko Haram burns grain stores and a school",
     "Boko Haram fighters burned the grain stores and the school of Kukawa on Tuesday after the villagers had "
     "fled, the Kanuri service of a Maiduguri radio said."),
    (LOOTING, "Mali", "translated", "translated Bambara radio: armed men empty shops and burn market stalls",
     "Armed men emptied the shops of the weekly market at Dinangourou and burned the stalls on Sunday, the Bambara "
     "bulletin said."),

    (TRANSFER, "Afghanistan", "liveblog", "time-stamped chronology entry: the Taliban enter the capital unopposed",
     "Chronology, 15 August 2021, 19:00: the Taliban enter Kabul without a fight after President Ghani flies out, "
     "and by evening they hold the presidential palace."),
    (TRANSFER, "Syria", "headline", "explainer: the SDF move into a city after government forces pull out",
     "Who holds Deir ez-Zor? The SDF moved into the city on 6 December 2024 after government troops and "
     "Iran-backed militias pulled out of it without fighting."),
    (TRANSFER, "Mali", "ngo", "UN report paragraph: the UN mission hands its camp to the authorities",
     "Para 8. On 21 October 2023, the Mission handed over its camp at Tessalit to the Malian authorities, earlier "
     "than planned, as the security situation worsened."),
    (TRANSFER, "Ethiopia", "local", "student newspaper brief: Tigrayan fighters walk into a city after troops leave",
     "Campus briefs: Tigrayan fighters walked into Mekelle on Monday evening, hours after federal soldiers had "
     "left the city, and students poured into the streets to greet them."),
    (TRANSFER, "Somalia", "headline", "press review: AU troops hand a base to the national army",
     "Hiiraan leads with the drawdown: ATMIS troops handed over the Dhobley base to the Somali army on Tuesday and "
     "flew out the same afternoon."),

    (OTHER, "Niger", "communique", "travel advisory: the presidential guard detains the president and takes power",
     "Travel advice update, Niger, 27 July 2023: soldiers have announced on television that they have taken power "
     "after the presidential guard detained President Bazoum; borders and air space are closed."),
    (OTHER, "Libya", "headline", "press review: mass graves found after a force leaves a town",
     "Libya Observer leads with Tarhuna: eight mass graves have been found in the town since Haftar's forces "
     "left it."),
    (OTHER, "Gabon", "headline", "explainer: officers cancel an election result and take the president",
     "What happened in Libreville? Officers of the Republican Guard appeared on television at dawn on 30 August "
     "2023, cancelled the election result and put President Ali Bongo under house arrest."),
    (OTHER, "Sudan", "wire", "chronology entry: a general dissolves the transitional government",
     "Chronology, 25 October 2021: General Burhan dissolves Sudan's transitional government and declares a state "
     "of emergency after soldiers detain the prime minister."),
    (OTHER, "Burkina Faso", "two-acts",
     "translated Fulfulde radio, two acts: a town under blockade, then a convoy ambushed; the first told is coded",
     "Jihadist fighters have kept Djibo under blockade for months and let no food lorry in, and on Monday they "
     "ambushed a supply convoy on the road from Bourzanga, the Fulfulde news said."),
]
