"""Strategic developments rows of news-check-snippets5: (sub-event type, country, style, reason, text). Written for
eventwire."""

AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
BASE = "Headquarters or base established"
LOOTING = "Looting/property destruction"
TRANSFER = "Non-violent transfer of territory"
OTHER = "Other"

ROWS = [
    (AGREEMENT, "Democratic Republic of Congo", "headline", "two governments sign a peace deal",
     "Congo and Rwanda sign peace deal in Washington. The foreign ministers of the two countries put their "
     "names to an agreement on Friday that commits them to end support for armed groups in eastern Congo."),
    (AGREEMENT, "Ethiopia", "headline", "the government and a rebel movement agree to stop fighting",
     "Ethiopia and Tigray forces agree to silence the guns. Negotiators for the federal government and the TPLF "
     "signed a permanent cessation of hostilities in Pretoria on Wednesday, the African Union mediator said."),
    (AGREEMENT, "Yemen", "headline", "a two-month truce agreed by the warring parties",
     "Yemen's warring sides accept truce. The Saudi-led coalition and the Houthis agreed on Friday to a "
     "two-month truce starting with the first day of "
     "Ramadan, the UN envoy for Yemen said."),
    (AGREEMENT, "Mozambique", "local", "the president and the opposition leader sign an accord",
     "President Daniel Chapo and opposition figure Venancio Mondlane signed an accord in Maputo on Sunday to end "
     "months of post-election unrest, both camps said."),
    (AGREEMENT, "Palestine", "communique", "mediators announce a ceasefire and exchange deal",
     "The mediators announce that the two parties in Gaza have reached an agreement for a ceasefire and an "
     "exchange of hostages and prisoners, to take effect on Sunday, the Qatari prime minister said on Wednesday."),
    (ARRESTS, "Turkey", "headline", "police detain an opposition mayor at home",
     "Istanbul mayor detained at dawn. Police took the opposition mayor from his home early on Wednesday over "
     "corruption and terrorism allegations, state media said."),
    (ARRESTS, "Tunisia", "headline", "security forces arrest an opposition leader",
     "Tunisian police arrest Ennahda leader Ghannouchi. Security forces raided the opposition leader's home in "
     "Tunis on Monday evening and took him to a barracks for questioning, his party said."),
    (ARRESTS, "South Korea", "wire", "investigators detain an impeached president",
     "Investigators detained impeached President Yoon Suk Yeol at his residence in Seoul on Wednesday after a "
     "standoff with his security service lasting several hours."),
    (ARRESTS, "Venezuela", "translated", "intelligence agents detain an opposition politician",
     "According to his party, agents of the intelligence service detained the opposition leader Freddy Superlano "
     "on Tuesday in Caracas and took him to their headquarters."),
    (ARRESTS, "India", "attribution", "an agency arrests a chief minister",
     "The Enforcement Directorate arrested Delhi Chief Minister Arvind Kejriwal at his residence on Thursday "
     "night "
     "in a liquor licensing case, his party said."),
    (CHANGE, "Syria", "headline", "an armed group announces its dissolution",
     "Syria's former rebel factions announce dissolution. The groups that toppled the government said on "
     "Wednesday they would disband and fold their fighters into a new national army."),
    (CHANGE, "Pakistan", "headline", "an armed group ends a truce and orders attacks",
     "Pakistani Taliban call off ceasefire. The TTP ordered its fighters on Monday to resume attacks across the "
     "country, ending a truce agreed with the government in June."),
    (CHANGE, "Colombia", "wire", "a guerrilla group suspends offensive operations",
     "The ELN guerrilla said on Wednesday it would suspend offensive operations during the second round of the "
     "presidential election as a gesture to voters."),
    (CHANGE, "Haiti", "local", "rival gangs announce an alliance",
     "Rival gangs G9 and G-Pep announced on Monday that they had joined forces in a coalition they call Viv "
     "Ansanm, in a video shared on social media."),
    (CHANGE, "Mali", "communique", "armed movements announce their merger",
     "The movements of the Permanent Strategic Framework announce their dissolution and their merger into a "
     "single organisation, the Azawad Liberation Front, said a statement issued on Saturday."),
    (DISRUPTED, "Israel", "headline", "air defences intercept rockets",
     "Iron Dome intercepts rockets over Sderot. Air defences shot down most of the thirty rockets fired from Gaza "
     "at Sderot and Ashkelon on Sunday, the army said, and no one was hurt."),
    (DISRUPTED, "Ukraine", "headline", "air defence downs drones",
     "Ukraine downs forty Russian drones overnight. Air defence units destroyed 40 of the 47 attack drones "
     "launched at Kyiv and central regions, the air force said on Saturday."),
    (DISRUPTED, "Somalia", "wire", "police defuse a car bomb",
     "Police found and defused a car packed with explosives at a checkpoint near Mogadishu's Km4 junction on "
     "Monday morning, a police spokesman said."),
    (DISRUPTED, "India", "local", "a bomb disposal team defuses an IED on a highway",
     "The army's bomb disposal squad defused an improvised explosive device found on the Srinagar-Baramulla "
     "highway near Pattan on Friday morning, police said."),
    (DISRUPTED, "Yemen", "liveblog", "a warship shoots down missiles launched from Yemen",
     "11:05 - The US Navy says a destroyer in the northern Red Sea shot down three cruise missiles and several "
     "drones launched from Houthi-held areas of Yemen this morning."),
    (BASE, "Iraq", "headline", "foreign troops establish a post",
     "Turkish troops set up new post in Duhok. Turkish forces have established a military base on a hill near "
     "Amadiya, a local official said on Monday."),
    (BASE, "Myanmar", "headline", "an ethnic armed group sets up a command post",
     "Arakan Army sets up command post in Paletwa. The armed group has established a headquarters in the Chin "
     "state town to run the areas it controls, residents said on Friday."),
    (BASE, "Democratic Republic of Congo", "wire", "rebels move their headquarters into a border town",
     "The M23 established its headquarters in the border town of Bunagana on Monday, moving its political "
     "leadership into the former customs building, residents said."),
    (BASE, "Colombia", "local", "dissidents set up a camp near a village",
     "Dissident guerrillas have set up a camp on a farm outside El Plateado, in Argelia municipality, and are "
     "controlling who enters the village, a community leader said on Tuesday."),
    (BASE, "Mali", "translated", "jihadists establish a base in a forest",
     "According to local sources, fighters of the Islamic State Sahel Province have established a base in the "
     "forest near Menaka since Sunday."),
    (LOOTING, "Sudan", "headline", "paramilitaries ransack a market town",
     "RSF fighters loot Gezira market town. Paramilitaries ransacked shops and homes in Tamboul on Thursday and "
     "drove away with cars and sacks of grain, residents said."),
    (LOOTING, "India", "headline", "houses burned in an emptied village",
     "Houses set ablaze in Jiribam village. Armed men burned down more than seventy homes in a village of the "
     "district on Saturday, police said, after its residents had fled."),
    (LOOTING, "Ethiopia", "wire", "militiamen burn district administration offices",
     "Fano militiamen burned the offices of the district administration in Debre Tabor on Friday, destroying "
     "land records and tax files, local officials said."),
    (LOOTING, "Haiti", "local", "gang members loot and burn offices",
     "Gang members looted and then burned the Port-au-Prince offices of the national prisons administration on "
     "Tuesday, witnesses said."),
    (LOOTING, "Democratic Republic of Congo", "count", "rebels burn houses and a health centre",
     "Eighty-five houses and a health centre were burned by rebels in a village of Mambasa territory on Sunday, "
     "according to local leaders."),
    (TRANSFER, "Myanmar", "headline", "an armed group hands a city back under a truce",
     "Myanmar army returns to Lashio. The Myanmar National Democratic Alliance Army handed the city back to the "
     "military on Tuesday under a truce brokered by China, both sides said."),
    (TRANSFER, "Mali", "headline", "rebels occupy a camp vacated by peacekeepers",
     "Rebels take over Kidal camp left by peacekeepers. Fighters of the CSP moved into the UN base in Kidal on "
     "Tuesday, hours after the last blue helmets drove out of it, the alliance said."),
    (TRANSFER, "Syria", "wire", "Kurdish-led forces withdraw and government troops move in",
     "Kurdish-led forces withdrew from the Deir Hafer area east of Aleppo on Monday and government troops moved "
     "in without a fight, state media said."),
    (TRANSFER, "Afghanistan", "local", "a city taken without a fight after the governor surrenders",
     "The Taliban took over Jalalabad on Sunday without firing a shot after the governor surrendered to them, "
     "residents said."),
    (TRANSFER, "Azerbaijan", "translated", "a district handed over under a ceasefire agreement",
     "According to the defence ministry, units of our army entered the Aghdam district on Friday, which was "
     "returned under the trilateral statement, without any incident."),
    (OTHER, "Gabon", "headline", "officers announce a coup on television",
     "Soldiers say they have seized power in Gabon. Officers appeared on national television on Wednesday to "
     "annul "
     "the election result and dissolve the institutions of the state."),
    (OTHER, "Iran", "headline", "the navy seizes an oil tanker",
     "Iran seizes oil tanker in Gulf of Oman. Navy forces boarded the Greek-owned vessel on Thursday and took it "
     "to an Iranian port, state media said."),
    (OTHER, "Burkina Faso", "wire", "an army captain removes the military leader",
     "Army captain Ibrahim Traore announced on state television on Friday night that he had removed the military "
     "leader, Lieutenant Colonel Damiba, and suspended the constitution."),
    (OTHER, "Somalia", "ngo", "pirates board a bulk carrier",
     "Pirates boarded the Maltese-flagged bulk carrier Ruen in the Arabian Sea on Thursday and steered it towards "
     "the Puntland coast, the EU naval force said."),
    (OTHER, "Yemen", "local", "the Houthis seize a car carrier by helicopter",
     "Houthi fighters landed from a helicopter on the car carrier Galaxy Leader in the Red Sea on Sunday and "
     "sailed it to the port of Salif, the group's media office said."),
]
