"""Battles rows of news-check-snippets5: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (GRT, "Ukraine", "headline", "Ukrainian troops take back a village held by Russian forces",
     "Ukraine says its flag flies again over Robotyne. Soldiers of an assault brigade cleared the village "
     "south of "
     "Orikhiv of Russian troops on Monday after weeks of grinding combat, the deputy defence minister said."),
    (GRT, "Sudan", "headline", "the army regains a state capital held by the RSF",
     "Army back in Wad Madani. Sudan's army regained control of Wad Madani, the capital of Gezira state, on "
     "Saturday, more than a year "
     "after the Rapid Support Forces overran it, military sources and residents said."),
    (GRT, "Somalia", "headline", "government forces and clan fighters re-enter a coastal town",
     "Somali troops back in Harardhere. Government soldiers and allied clan fighters entered the coastal town on "
     "Monday after al Shabaab pulled its men out following days of battles nearby, a regional official said."),
    (GRT, "Mali", "communique", "the junta announces the army's return to a rebel-held town",
     "Our defence and security forces have this Tuesday taken control of Kidal, the president of the transition "
     "declared in a message to the nation, saluting the soldiers who fought for it."),
    (GRT, "Mozambique", "local", "soldiers retake an administrative post from insurgents",
     "Soldiers retook the Mucojo administrative post on Thursday, two weeks after insurgents had driven out its "
     "small police detachment, a district official in Macomia said."),
    (NSA, "Democratic Republic of Congo", "headline", "a rebel group seizes a provincial capital",
     "M23 says it has taken Goma. Rebel fighters marched into the centre of the lakeside city on Monday and "
     "announced its capture, as the governor's office was abandoned and some soldiers handed in their guns."),
    (NSA, "Syria", "headline", "rebel factions capture most of a city as government troops leave",
     "Rebels sweep into Aleppo. Rebel factions led by Hayat Tahrir al-Sham took control of most of Aleppo on "
     "Saturday as government troops "
     "pulled back from the city, a Britain-based war monitor said."),
    (NSA, "Myanmar", "headline", "an ethnic armed group captures a border town from the junta",
     "Arakan Army captures Maungdaw. The armed group said on Sunday it had seized the last border battalion "
     "held by the military in the town on the frontier with Bangladesh."),
    (NSA, "Haiti", "local", "a gang coalition takes a town after attacking its police station",
     "Gunmen of the Viv Ansanm coalition took over Mirebalais on Monday, storming the police station and "
     "opening the gates of the prison, residents of the Centre department town said."),
    (NSA, "Ethiopia", "attribution", "a militia takes over a town after federal troops leave",
     "Fano militiamen took control of Lalibela on Wednesday after federal soldiers withdrew from the town, "
     "residents and a hotel worker told reporters by telephone."),
    (CLASH, "India", "headline", "an attack on a camp and police station turns into a gunfight",
     "Ten suspected militants killed in Jiribam gunfight. Armed men attacked a paramilitary camp and a police "
     "station at Borobekra on Monday afternoon and were shot dead in the exchange of fire that followed, police "
     "said."),
    (CLASH, "Somalia", "count", "soldiers and al Shabaab fighters die in fighting",
     "Eleven soldiers and at least thirty al Shabaab fighters died in fighting around Mahas district in Hiraan on "
     "Wednesday, local officials said."),
    (CLASH, "Colombia", "headline", "two rival dissident factions fight in the jungle",
     "Rival FARC splinter groups battle in Guaviare. At least eighteen rebels died when two dissident factions "
     "fought for hours near Calamar on Saturday, the army said, citing local sources."),
    (CLASH, "Pakistan", "passive", "soldiers and militants killed in an exchange of fire",
     "Four soldiers were killed and six militants shot dead during an exchange of fire in Mir Ali, North "
     "Waziristan, on Friday, according to the military's media wing."),
    (CLASH, "Nigeria", "two-acts", "troops repel bandits at a base, then arrest informants; the first act is coded",
     "Troops repelled an attack by bandits on a military base in Tsafe, Zamfara, on Sunday, killing eleven of "
     "them, and later arrested two suspected informants in a nearby village, the army said."),
]
