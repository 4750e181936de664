"""Battles rows of news-check-snippets9: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (CLASH, "Niger", "headline", "jihadists attack an army convoy, which returns fire",
     "Soldiers beat back ambush near Tassia. Gunmen on motorcycles opened fire on a military supply column west of "
     "Tillaberi on Tuesday, and troops answered with heavy weapons for an hour, leaving six soldiers and about twenty "
     "assailants dead."),
    (CLASH, "Yemen", "wire", "Houthi and government forces fight on a front line",
     "Fighting between Houthi fighters and government troops south of Marib city killed at least eleven combatants "
     "from both sides overnight into Thursday, military officials said."),
    (CLASH, "Cameroon", "headline", "separatists and soldiers exchange fire in a town",
     "Gunfire grips Ndop. Amba fighters and soldiers of the rapid intervention battalion exchanged gunfire for most of Saturday morning "
     "in Ndop, and shops stayed shut as residents hid indoors."),
    (CLASH, "Colombia", "translated", "the army and a guerrilla front fight in a rural area",
     "Combats between troops of the National Army and a structure of the Clan del Golfo in rural Briceno left three "
     "uniformed men wounded and two members of the criminal structure dead, the brigade reported."),
    (CLASH, "Syria", "headline", "two factions clash in the north-east",
     "Tribal fighters and SDF trade fire near Deir Hafer. Arab tribal forces and the Kurdish-led SDF fought with "
     "machine guns and mortars in villages east of Aleppo on Wednesday, a monitor said, killing nine fighters."),
    (GRT, "Mozambique", "headline", "troops retake a district town from insurgents",
     "Rwandan and Mozambican troops back in Mocimboa da Praia. The allied forces took back the port town from "
     "Islamic State-linked insurgents on Sunday, two years after the militants seized it, the Rwandan army said."),
    (GRT, "Iraq", "communique", "security forces announce recapture of a village",
     "Units of the Federal Police, with Popular Mobilisation support, liberated the village of Tal al-Dahab and "
     "cleared it of terrorist remnants following an operation at dawn."),
    (GRT, "Sudan", "headline", "the army recaptures a state capital",
     "Sudanese army re-enters Wad Madani. Troops retook the capital of Gezira state from the Rapid Support Forces on "
     "Saturday, more than a year after the paramilitaries overran it."),
    (GRT, "Ukraine", "attribution", "Ukrainian forces say they retook a village",
     "Ukraine's general staff says its forces have retaken the village of Robotyne in the Zaporizhzhia region after "
     "weeks of assaults on Russian positions."),
    (GRT, "Burkina Faso", "liveblog", "the army says it retook a rural commune",
     "14:05 - The army says its units and volunteer auxiliaries have regained control of Djibo's outlying commune "
     "after armed groups that held it for months were driven off."),
    (NSA, "Somalia", "headline", "al Shabaab seizes a town after troops leave",
     "Al Shabaab captures Adan Yabaal. Militants swept back into the central town on Monday after government forces "
     "fell back under attack, elders said."),
    (NSA, "Ethiopia", "local", "Fano militia fighters take a town in Amhara",
     "Fano militia fighters took control of the town of Debre Tabor on Wednesday after a day of fighting with the "
     "federal army, residents told our reporter."),
    (NSA, "DR Congo", "headline", "rebels take a provincial capital",
     "M23 fighters seize Bukavu. Rebels backed by Rwanda walked into the capital of South Kivu on Sunday after "
     "government troops and their allies fled south, officials said."),
    (NSA, "Nigeria", "wire", "insurgents overrun a military base in the north-east",
     "Islamic State fighters overran a military base in Malam-Fatori in Borno state on Monday, forcing troops to "
     "retreat and looting arms, security sources said."),
    (NSA, "Syria", "headline", "rebels take a major city",
     "Rebels enter Hama. Opposition fighters led by Hayat Tahrir al-Sham took control of the central city on "
     "Thursday as government troops withdrew, the army command said."),
]
