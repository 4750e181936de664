"""Battles rows of news-check-snippets4: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (GRT, "Somalia", "headline", "the army and clan militias retake a town from al Shabaab",
     "Somali forces recapture Adan Yabaal from al Shabaab. Troops backed by local clan fighters entered the "
     "district headquarters on Thursday after a short battle, the information ministry said."),
    (GRT, "Mozambique", "headline", "government and Rwandan troops retake a port town",
     "Mocimboa da Praia back in government hands. Mozambican and Rwandan soldiers regained control of the port of "
     "Mocimboa da Praia on Sunday, two years "
     "after insurgents seized it, the Rwandan army said."),
    (GRT, "Syria", "communique", "the army announces it recaptured a town",
     "Units of our armed forces restored security and stability to the town of Saraqeb on Monday after "
     "eliminating the last terrorist positions around it, the general command stated."),
    (GRT, "Burkina Faso", "translated", "soldiers and volunteers retake a commune held by jihadists",
     "The defence forces and the volunteers for the defence of the homeland took back the commune of Mansila on "
     "Wednesday, after it had been occupied for several weeks by armed terrorists, according to the army."),
    (GRT, "Ukraine", "liveblog", "Ukrainian troops drive Russian forces out of a village",
     "11:40 — Ukraine's General Staff says its assault units have pushed Russian troops out of Andriivka, south of "
     "Bakhmut, after days of close-quarters fighting."),

    (NSA, "Mali", "headline", "jihadists seize a town from the army",
     "JNIM fighters take control of Boulkessi after army pulls out under fire. The militants raised their banner "
     "over the military camp on Monday, local sources said, after a day-long assault."),
    (NSA, "Democratic Republic of Congo", "headline", "rebels capture a town",
     "M23 rebels seize Rubaya mining town. The fighters moved into the coltan hub in Masisi on Tuesday after "
     "army units and allied militias fled, residents told reporters."),
    (NSA, "Myanmar", "local", "resistance forces overrun a junta battalion and town",
     "Resistance fighters captured the town of Lashio's regional command after a three-week siege, the "
     "Myanmar National Democratic Alliance Army said on Saturday."),
    (NSA, "Haiti", "passive", "gangs take over a neighbourhood",
     "The Solino neighbourhood of Port-au-Prince was overrun by armed gangs on Thursday, forcing police to "
     "abandon their substation and thousands of residents to flee."),
    (NSA, "Nigeria", "attribution", "jihadists overrun an army base",
     "Islamic State West Africa Province fighters overran a military base in Marte on Sunday night and held the "
     "town for several hours, two soldiers told the news agency."),

    (CLASH, "Sudan", "headline", "army and paramilitaries fight for a city",
     "Heavy fighting between army and RSF in Babanusa. Both sides claimed to have inflicted heavy losses as "
     "clashes raged around the army's 22nd Division base on Friday."),
    (CLASH, "India", "headline", "security forces and Maoist rebels exchange fire",
     "Eight Maoists killed in Bijapur gunfight. Security forces shot dead eight Maoist insurgents in a gunfight in the "
     "forests of Bijapur district in "
     "Chhattisgarh on Thursday, police said."),
    (CLASH, "Colombia", "headline", "soldiers and a dissident group fight",
     "Four soldiers killed in fighting with FARC dissidents in Cauca. The troops came under fire while "
     "patrolling near Argelia and fought the group for several hours, the army said."),
    (CLASH, "Ethiopia", "count", "federal troops and Fano militia fight",
     "Eleven people died on Saturday as federal troops and Fano militiamen fought for control of the town of "
     "Debre Markos, a hospital official said."),
    (CLASH, "Israel", "liveblog", "soldiers and militants fight in a West Bank camp",
     "08:15 — Israeli troops and Palestinian gunmen are exchanging fire inside the Nur Shams refugee camp near "
     "Tulkarm, the army and local witnesses say."),
]
