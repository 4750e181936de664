"""Strategic developments rows of news-check-snippets14: (sub-event type, country, style, reason, text). Written
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
    (AGREEMENT, "DR Congo", "translated", "translated Lingala radio: government and rebels sign a ceasefire text",
     "The government and the AFC/M23 signed a declaration of principles in Doha on Saturday that commits both to "
     "a permanent ceasefire, a Lingala-language radio reported."),
    (AGREEMENT, "South Sudan", "headline", "wire headline alone: rival leaders sign a peace deal",
     "Kiir, Machar sign revitalised peace deal in Addis Ababa."),
    (AGREEMENT, "Yemen", "wire", "wire slug line: warring sides agree a port ceasefire",
     "BC-Yemen-Talks/ Warring sides agree Hodeidah ceasefire at talks near Stockholm."),
    (AGREEMENT, "Libya", "attribution", "photo caption: military delegations shake hands after a ceasefire",
     "Delegates of Libya's two military commissions shake hands in Geneva after signing a permanent ceasefire on "
     "23 October 2020. Photo: UN mission."),
    (AGREEMENT, "Ukraine", "communique", "prison service notice: prisoners of war handed over in an agreed exchange",
     "Notice of the penitentiary service: under the exchange agreed with the Russian side, 95 prisoners of war "
     "held in our camps were handed over at the border on Friday."),

    (ARRESTS, "Uganda", "communique", "prison service notice: an MP admitted on remand after arrest at a rally",
     "Uganda Prisons Service notice: the Member of Parliament arrested by police at a rally in Kampala on Tuesday "
     "was admitted to Luzira Upper Prison on remand on Thursday."),
    (ARRESTS, "Senegal", "translated", "translated Wolof television: gendarmes arrest an opposition leader at home",
     "Gendarmes arrested opposition leader Ousmane Sonko at his home in Dakar on Friday afternoon, the Wolof news "
     "of a private television channel said."),
    (ARRESTS, "Zimbabwe", "communique", "prison service notice: a journalist arrested by police is held in prison",
     "Prisons and Correctional Service: journalist Hopewell Chin'ono, arrested by police at his Harare home on "
     "Monday, is held at Chikurubi Maximum pending his bail hearing."),
    (ARRESTS, "Iran", "headline", "wire headline alone: an activist arrested at a memorial",
     "Iran arrests Nobel laureate Narges Mohammadi at Mashhad memorial."),
    (ARRESTS, "Turkey", "attribution", "photo caption: a mayor led away by police",
     "Istanbul mayor Ekrem İmamoğlu is led away by police officers after they detained him at his home on "
     "19 March 2025. Photo: Istanbul agency."),

    (CHANGE, "Syria", "headline", "wire headline alone: armed factions announce their dissolution",
     "Syria's armed factions announce their dissolution, will join new army."),
    (CHANGE, "Mali", "local", "aid workers' group chat: a mercenary group leaves, another takes over its bases",
     "FYI Wagner says on its Telegram it is leaving Mali and Africa Corps is taking over its bases. No change to "
     "our movement rules yet."),
    (CHANGE, "Turkey", "wire", "wire slug line: an armed group says it will dissolve",
     "BC-Turkey-PKK/ PKK says it will dissolve and lay down its arms."),
    (CHANGE, "Ethiopia", "translated", "translated Tigrinya television: Tigrayan forces begin handing over weapons",
     "The Tigray forces began handing over their heavy weapons to the federal army at Agula on Wednesday, Tigrai "
     "Television said in Tigrinya."),
    (CHANGE, "Colombia", "attribution", "photo caption: a former rebel commander announces a return to arms",
     "Iván Márquez, flanked by armed men, announces in a video released on 29 August 2019 that he and other former "
     "FARC commanders are taking up arms again. Video still."),

    (DISRUPTED, "Somalia", "ngo", "NGO security log: police defuse a parked car bomb",
     "SEC LOG MOG-24-077 | Mogadishu, Hodan | Police defused a car bomb parked near the district office; no "
     "injuries. Avoid the area until cleared."),
    (DISRUPTED, "Kenya", "translated", "translated Swahili radio: a planted roadside bomb found and destroyed",
     "Police bomb experts destroyed an explosive planted on the Mandera-Lafey road before a bus passed, a Swahili "
     "radio in the north-east said."),
    (DISRUPTED, "Israel", "headline", "wire headline alone: drones intercepted",
     "Israel intercepts drones launched from Yemen over Eilat."),
    (DISRUPTED, "Saudi Arabia", "wire", "wire slug line: a missile intercepted over a capital",
     "BC-Saudi-Missile/ Saudi air defences intercept Houthi ballistic missile over Riyadh."),
    (DISRUPTED, "Mali", "liveblog", "aid workers' group chat: soldiers find and defuse bombs on a road",
     "[13:30] Awa (Gao base): FAMa found and defused 2 IEDs on the Gao-Ansongo road this morning, convoy delayed "
     "till 15:00."),

    (BASE, "Somalia", "ngo", "NGO security log: al-Shabaab sets up a camp and checkpoint",
     "SEC LOG JUB-22-031 | Middle Juba | Al-Shabaab fighters set up a new camp and checkpoint outside Bu'aale; "
     "community elders summoned to it."),
    (BASE, "Mali", "passive", "map legend: camps set up by an armed group",
     "Black flags: villages where camps have been set up by Islamic State Sahel since 2023, the newest near "
     "Ménaka."),
    (BASE, "Nigeria", "headline", "wire headline alone: fighters set up camps in border villages",
     "Lakurawa fighters set up camps in Kebbi border villages."),
    (BASE, "Mozambique", "local", "aid workers' group chat: insurgents set up a forest base again",
     "Colleagues, people in Macomia say the insurgents have set up a base in the Catupa forest again, about 15 km "
     "from our site."),
    (BASE, "DR Congo", "translated", "translated Lingala radio: rebels install a new command post",
     "The M23 rebels have installed a new command post in Kalembe, a Lingala-language radio in Goma said."),

    (LOOTING, "Sudan", "attribution", "photo caption: a pharmacy stripped by RSF fighters",
     "Empty shelves at a pharmacy in Omdurman's market, stripped by RSF fighters who looted the market on Sunday. "
     "Photo: Omdurman resident."),
    (LOOTING, "Palestine", "headline", "wire headline alone: the army demolishes homes",
     "Israeli army demolishes eight homes in Jenin camp."),
    (LOOTING, "Ethiopia", "translated", "translated Tigrinya radio: troops strip and carry away factory machinery",
     "Eritrean troops dismantled the machines of a textile factory in Adwa and carried them off in lorries, "
     "residents told a Tigrinya radio programme."),
    (LOOTING, "South Sudan", "ngo", "NGO security log: armed youth loot an NGO compound",
     "SEC LOG SS-22-118 | Leer | Armed youth looted the NGO compound and burned its tukuls; staff relocated to "
     "Bentiu."),
    (LOOTING, "Burkina Faso", "local", "aid workers' group chat: militants burn a mast and a health post",
     "Heads up, JNIM burned the phone mast and the health post outside Gorom-Gorom overnight. No one hurt, network "
     "down."),

    (TRANSFER, "Afghanistan", "headline", "wire headline alone: a governor hands a city to the Taliban",
     "Ghazni governor hands city to Taliban without a fight."),
    (TRANSFER, "Mali", "wire", "wire slug line: peacekeepers hand a camp to the army",
     "BC-Mali-UN/ UN peacekeepers hand Ber camp to Malian army."),
    (TRANSFER, "Syria", "passive", "map legend: towns left by the army without a fight and entered by rebels",
     "Green arrows: towns left by the government army without a fight between 6 and 8 December 2024, among them "
     "Homs, which opposition fighters entered at dawn."),
    (TRANSFER, "Niger", "attribution", "photo caption: soldiers at a base handed over by French forces",
     "Nigerien soldiers stand at the gate of the Niamey air base after French forces handed it over on "
     "22 December 2023. Photo: Niamey agency."),
    (TRANSFER, "Somalia", "translated", "translated Swahili daily: AU troops hand a base to the Somali army",
     "Kenyan troops serving with the African Union handed over their forward base at Kolbio to the Somali army on "
     "Monday, a Swahili daily reported."),

    (OTHER, "Burkina Faso", "headline", "wire headline alone: an army captain ousts the junta leader",
     "Army captain ousts Burkina junta leader Damiba."),
    (OTHER, "Guinea", "translated", "translated Wolof radio: special forces seize the president and dissolve the government",
     "Soldiers of Guinea's special forces seized President Alpha Condé in Conakry and announced they had dissolved "
     "the government, a Dakar radio said in its Wolof news."),
    (OTHER, "Sudan", "ngo", "NGO security log: a mass grave found outside a town",
     "SEC LOG DAR-23-152 | El Geneina | Community members report a mass grave with at least 87 bodies outside the "
     "town; partner informed the protection cluster."),
    (OTHER, "Chad", "attribution", "photo caption: a military council takes power",
     "Mahamat Idriss Déby, head of the military council that took power in N'Djamena on Tuesday, at his late "
     "father's funeral. Photo: N'Djamena agency."),
    (OTHER, "Myanmar", "local", "aid workers' group chat: the army takes power and declares an emergency",
     "Team, the army has taken power and declared a state of emergency this morning. Phones and internet patchy "
     "in Naypyitaw, stay home."),
]
