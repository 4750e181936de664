"""Battles rows of news-check-snippets11: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (GRT, "Ukraine", "headline", "Ukrainian troops force Russian units out of a town and raise the flag",
     "URGENT: Blue-and-yellow flag back over Balakliia town hall, Kharkiv governor says. Ukrainian units forced the "
     "Russian garrison out of the town on Thursday after a swift push south-east of Kharkiv, he wrote on Telegram."),
    (GRT, "Somalia", "local", "radio bulletin: army and clan militia drive al-Shabaab from a district town",
     "0700 bulletin: Government soldiers fighting alongside clan militiamen now control Adan Yabaal after "
     "al-Shabaab's men were chased from the district overnight, the district commissioner told this station by "
     "phone."),
    (GRT, "Sudan", "headline", "Arabic statement: the army enters a city and expels the RSF",
     "Wad Madani liberated, army says. Our valiant armed forces entered the city of Wad Madani on Saturday morning "
     "and cleansed it of the remnants of the rebel terrorist militia, the General Command of the Armed Forces "
     "announced in a statement."),
    (GRT, "Mozambique", "headline", "Portuguese press: national and Rwandan forces expel insurgents from a town",
     "Mocímboa: the FDS are back. Mocímboa da Praia is once more in the hands of the Defence and Security Forces, "
     "which, together with the Rwandan contingent, expelled the insurgents after a fortnight of combat, the Ministry "
     "of National Defence said."),
    (GRT, "Syria", "headline", "government troops push rebels out of a town",
     "Khan Sheikhoun back in Damascus's hands after five years. Syrian government troops pushed rebel and jihadist "
     "fighters out of the southern Idlib town on Wednesday, the state news agency reported."),
    (NSA, "Haiti", "wire", "push alert: a gang coalition takes a town after police withdraw",
     "Push alert: Gunmen of the Viv Ansanm coalition have taken control of Mirebalais and emptied its prison after "
     "police pulled back following a day of gunfire, the mayor says."),
    (NSA, "Myanmar", "headline", "an ethnic armed group announces it has captured a township's last junta post",
     "Arakan Army: all of Maungdaw is ours. The ethnic armed group said on Sunday it had overrun the last military "
     "border post in Maungdaw township, putting the whole frontier with Bangladesh under its control."),
    (NSA, "Syria", "wire", "wire alert: opposition fighters enter a city as government troops fall back",
     "URGENT -- Opposition fighters reach the centre of Aleppo as government troops fall back from the city, war "
     "monitor says; first time since 2016 that the city has slipped from Damascus's grip."),
    (NSA, "Sudan", "headline", "the RSF capture a besieged city",
     "El Fasher falls to RSF after 18-month siege. Paramilitary fighters overran the army's 6th Division "
     "headquarters, the last government stronghold in Darfur, on Sunday, commanders of both sides confirmed."),
    (NSA, "Afghanistan", "headline", "business-risk brief: the Taliban capture a provincial capital",
     "RISK UPDATE - Afghanistan: Kunduz lost. The Taliban now hold the governor's compound and police headquarters "
     "in Kunduz city; clients should suspend all road movement across the northern provinces."),
    (CLASH, "Colombia", "headline", "Spanish press: two armed groups fight for days, no change of control",
     "Catatumbo, day four. Combats between the ELN and dissidents of the former FARC's 33rd Front continued for a "
     "fourth day in rural Tibú, the Ombudsman's Office warned, with at least 80 dead counted so far."),
    (CLASH, "Nigeria", "communique", "police press release: an attack on a police station repelled",
     "PRESS RELEASE: Operatives of the Command repelled an attack by armed bandits on the Bakura Divisional "
     "Headquarters at about 0200hrs, neutralising three of the hoodlums, while one officer paid the supreme price."),
    (CLASH, "Lebanon", "liveblog", "live-blog entry: close-quarters fighting between the IDF and Hezbollah",
     "14:32 - Israeli troops and Hezbollah fighters are locked in close-quarters combat in Aita al-Shaab, the IDF "
     "says, adding that two of its soldiers have been killed in the village."),
    (CLASH, "Pakistan", "attribution", "army says militants attacking border posts were repulsed",
     "According to the ISPR, militants who crossed from Afghanistan attacked two check posts in Chitral before dawn "
     "and were repulsed after heavy firing; four soldiers and twelve attackers died."),
    (CLASH, "Somalia", "two-acts", "first act: a three-hour fight between al-Shabaab and troops",
     "Al-Shabaab fighters and Somali troops battled for three hours on the edge of Bal'ad on Tuesday; on their way "
     "out the militants kidnapped two clan elders from a minibus, elders said."),
]
