"""Battles rows of news-check-snippets13: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (GRT, "Somalia", "translated", "Somali press: the army and clan fighters take a district back from al-Shabaab",
     "The national army, fighting beside Macawisley clan volunteers, took Adan Yabaal district back from "
     "al-Shabaab on Tuesday after a dawn battle, the district commissioner said on the Somali-language evening "
     "news; the militants fled towards the forest east of the town."),
    (GRT, "Nigeria", "headline", "Hausa press head: troops drive ISWAP out of a lakeside town",
     "Soldiers take back Malam Fatori. Troops of the 149 battalion chased ISWAP fighters out of the lakeside town "
     "after a gunfight that began at sunrise and ended at noon, residents sheltering in Damasak told the Hausa "
     "service."),
    (GRT, "Mozambique", "headline", "Portuguese press head: Rwandan and Mozambican troops retake a port town",
     "Mocímboa da Praia liberated. Mozambican and Rwandan soldiers have driven the insurgents out of the port town "
     "that the rebels had held for two years, the Rwandan army spokeswoman announced on Sunday after several days "
     "of combat."),
    (GRT, "Ukraine", "liveblog", "podcast show notes: a chapter on a town retaken in a counter-offensive",
     "[07:45] How Balakliia came back: Ukrainian brigades broke through the Russian line south of Kharkiv on "
     "8 September and, after a day of fighting in the outskirts, raised the flag over the town hall."),
    (GRT, "Syria", "attribution", "local journalist's tweet: regime forces enter a town the rebels lost under fire",
     "Idlib-based reporter Hadi al-Abdallah, on Twitter: Assad's troops and Russian-backed units are now inside "
     "Khan Sheikhoun after the factions lost the town under days of bombardment and street fighting."),

    (NSA, "DR Congo", "wire", "SMS alert service: M23 holds a mining town after the army withdraws under attack",
     "KIVU SECURITY SMS 14:20 - M23 in control of Rubaya mining town since this afternoon after fighting with "
     "FARDC and Wazalendo, who fell back towards Kibabi. Avoid the Sake-Masisi road."),
    (NSA, "Sudan", "attribution", "transcribed voice note: the RSF take a city the army has left",
     "[voice note, 0:52, transcribed] They are inside Wad Madani, the Rapid Support are on the Nile street and at "
     "the big bridge, the army left the city last night after the fighting at Hantoub, we are walking out towards "
     "Sennar with the children."),
    (NSA, "Afghanistan", "headline", "Pashto press head: the Taliban seize a provincial capital after a night's fighting",
     "Kunduz falls to the Taliban. Taliban fighters seized the governor's compound and the provincial police "
     "headquarters in Kunduz on Sunday after fighting through the night, a member of the provincial council told "
     "the Pashto-language daily."),
    (NSA, "Myanmar", "ngo", "satellite-imagery analyst's note: the Arakan Army takes the last border-police base",
     "Imagery note: scenes of 9 December show the Border Guard Police Battalion 5 compound outside Maungdaw "
     "burned and empty; together with the Arakan Army's own claim, we judge that the group captured the base and "
     "now holds the whole township."),
    (NSA, "Haiti", "local", "parish announcement: gangs overrun a town and free its prisoners",
     "Parish notice, Mirebalais: all Masses are suspended until further notice, as armed gangs of the Viv Ansanm "
     "coalition overran the town on Monday after a gun battle with the police and emptied the civil prison."),

    (CLASH, "Kenya", "communique", "Hansard line: soldiers repulse a militant attack on their camp",
     "Hansard, the Senate: the Cabinet Secretary for Defence informed the House that KDF soldiers repulsed an "
     "attack by al-Shabaab militants on their forward camp at Bodhei in Lamu County on Saturday night, killing "
     "four of the attackers."),
    (CLASH, "Cameroon", "headline", "sports page: a match abandoned as soldiers and separatists exchange fire",
     "Bamenda derby abandoned at half-time. Players lay flat on the pitch when soldiers and Ambazonian separatist "
     "fighters traded gunfire on the road behind the main stand on Sunday afternoon, and the referee sent both "
     "teams to the dressing rooms."),
    (CLASH, "DR Congo", "local", "school notice: a school closed after fighting between rebels and the army around it",
     "Notice to parents: Institut Mweso in Kitchanga stays closed this week after fighting on Wednesday between "
     "M23 rebels and the FARDC and allied militia around the school compound; pupils should not come to collect "
     "their reports."),
    (CLASH, "Libya", "attribution", "local journalist's tweet: rival brigades fight in the capital",
     "Tripoli reporter on X: heavy exchanges since midnight between the Radaa force and the brigade of Haitham "
     "al-Tajouri around Zawiyat al-Dahmani and the Souq al-Thulatha park; ambulances cannot reach the wounded."),
    (CLASH, "Ethiopia", "two-acts", "two acts: a clash between the OLA and the army, a drone strike told after it",
     "Fighters of the Oromo Liberation Army and federal troops fought for hours at Gimbi on Thursday; the next "
     "morning a drone struck a house in the town where, residents said, wounded fighters were sheltering."),
]
