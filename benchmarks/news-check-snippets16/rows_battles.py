"""Battles rows of news-check-snippets16: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (CLASH, "DR Congo", "ngo", "mining company incident log: CODECO and the army exchange fire near a concession",
     "Site incident log, Mongbwalu concession (Ituri), 11 March 2022: CODECO militiamen and FARDC soldiers "
     "exchanged fire for about an hour two kilometres from the north gate; staff sheltered in place and no company "
     "asset was touched."),
    (CLASH, "Libya", "attribution", "migrant helpline log: two militias fight with heavy guns in Tripoli",
     "Helpline log, call 4471, a Sudanese man phoning from Tripoli on 27 August 2022: he says two militias have "
     "been fighting with heavy guns in the streets round his building since dawn and nobody can go out for water."),
    (CLASH, "Mali", "translated", "translated Tamasheq radio: rebels of the CSP and the army fight near Anefis",
     "Fighters of the CSP rebel coalition and Malian soldiers backed by Wagner fought for several hours near "
     "Anefis on Saturday, a Tamasheq-language programme on a Kidal community station said."),
    (CLASH, "Philippines", "translated", "translated Tagalog news: soldiers and NPA rebels exchange fire",
     "Soldiers and New People's Army guerrillas traded fire for forty minutes in the hills above Las Navas, "
     "Northern Samar, on Thursday morning, the Tagalog evening news reported."),
    (CLASH, "Ethiopia", "local", "bus company notice: departures cancelled as the army and Fano fight in two cities",
     "Customer notice from a coach operator, 4 August 2023: all departures to Bahir Dar and Gondar are cancelled "
     "today because the national army and Fano militiamen are fighting in and around both cities."),

    (GRT, "Syria", "passive", "encyclopedia lead: Eastern Ghouta retaken by government forces after an offensive",
     "Eastern Ghouta was retaken by Syrian government forces in April 2018, after a two-month offensive that "
     "drove the rebel groups out of the enclave east of Damascus."),
    (GRT, "Sudan", "communique", "football federation statement: the army recaptures central Khartoum by fighting",
     "Sudan Football Association statement, 27 March 2025: now that the armed forces have won back central "
     "Khartoum from the Rapid Support Forces after weeks of street fighting, our engineers will inspect the "
     "capital's stadiums next week."),
    (GRT, "Nigeria", "translated", "translated Igbo press: troops take a lakeside town back from ISWAP",
     "Troops took Malam Fatori back from ISWAP fighters after a battle that lasted most of Sunday, an "
     "Igbo-language weekly in Owerri reported, quoting the army."),
    (GRT, "Somalia", "headline", "security alert bulletin: government forces and clan militias drive al-Shabaab out",
     "Security alert bulletin | Hiraan | level lowered from red to amber: government forces and clan militias "
     "drove al-Shabaab out of Moqokori after heavy fighting on Friday, and the road to Beledweyne is open again."),
    (GRT, "Ukraine", "local", "diary entry: the Ukrainian army takes Kupiansk back after four days of fighting",
     "Diary, 11 September 2022: after four days of fighting our army has taken Kupiansk back from the Russians, "
     "and my aunt who lives there phoned us for the first time since March."),

    (NSA, "Burkina Faso", "translated", "translated Mooré radio: armed men overrun an army post and take the town",
     "Armed men overran the army detachment at Mansila and took control of the town after hours of fighting, the "
     "Mooré news of a Ouagadougou radio said on Wednesday."),
    (NSA, "DR Congo", "translated", "translated Kinyarwanda radio: M23 enters Bukavu after fighting the army",
     "M23 rebels walked into the centre of Bukavu on Friday after beating Congolese troops around Kavumu airport "
     "the day before, a Kinyarwanda-language radio in Rubavu reported."),
    (NSA, "Sudan", "wire", "encyclopedia entry: the RSF captures El Fasher after a siege and a final assault",
     "Fall of El Fasher (26 October 2025) — the Rapid Support Forces captured El Fasher, the army's last "
     "stronghold in Darfur, after an eighteen-month siege and a final assault on the 6th Infantry Division's "
     "headquarters."),
    (NSA, "DR Congo", "ngo", "mining company incident log: M23 drives militias out and holds a mining town",
     "Site incident log, Rubaya coltan concession, 30 April 2024: M23 fighters pushed the Wazalendo militias out "
     "of Rubaya after a day of fighting and now hold the town and the pits; the site is closed until further "
     "notice."),
    (NSA, "Syria", "liveblog", "diary with clock time: rebels take Aleppo after the army falls back",
     "Diary, 29 November 2024, 10.40 pm: the rebels are inside Aleppo; the army fell back from the western "
     "districts after fighting all afternoon and the rebels now hold the streets round the citadel."),
]
