"""Strategic developments rows of news-check-snippets13: (sub-event type, country, style, reason, text). Written for
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
    (AGREEMENT, "Ethiopia", "headline", "Amharic press head: the government and the TPLF sign a truce in Pretoria",
     "Guns to fall silent in the north. Negotiators for Addis Ababa and the Tigray People's Liberation Front put "
     "their names to a lasting end of hostilities in South Africa's capital on Wednesday, closing more than a week "
     "of talks led by the African Union, the Amharic daily reported."),
    (AGREEMENT, "DR Congo", "headline", "podcast show notes: Kinshasa and the M23 sign a framework in Doha",
     "Episode 140: Paper peace in Doha? Kinshasa and the AFC/M23 signed a declaration of principles in the Qatari "
     "capital on Saturday, pledging a ceasefire and a path to a final deal; two Goma residents tell us what changed "
     "on the ground."),
    (AGREEMENT, "Sudan", "communique", "Hansard line: the warring sides sign a declaration in Jeddah",
     "Hansard, House of Commons: the Minister told the House that the Sudanese Armed Forces and the Rapid Support "
     "Forces had signed the Jeddah declaration to protect civilians on 11 May, though fighting in Khartoum had not "
     "stopped."),
    (AGREEMENT, "Colombia", "attribution", "local journalist's tweet: a six-month ceasefire with the ELN comes into force",
     "Arauca reporter on X: the bilateral ceasefire between the government and the ELN agreed in Havana took effect "
     "at midnight, six months, with a monitoring mechanism of the UN and the Church."),
    (AGREEMENT, "Afghanistan", "translated", "Pashto press: Kabul and Islamabad agree a ceasefire in Doha",
     "The Islamic Emirate and Pakistan agreed in Doha early on Sunday to an immediate ceasefire after a week of "
     "border fighting, with Qatar and Turkey as mediators, the Pashto-language news agency reported."),

    (ARRESTS, "Uganda", "wire", "court reporter's one-liner: an opposition veteran seized abroad and charged",
     "COURT - Kizza Besigye, picked up in Nairobi on Saturday and driven to Kampala, was charged before the General "
     "Court Martial on Wednesday with unlawful possession of a pistol; remanded to Luzira."),
    (ARRESTS, "Tunisia", "passive", "French press, passive: the head of the Islamist party detained at home",
     "Rached Ghannouchi, leader of Ennahdha, was arrested by security agents at his home in Tunis on Monday evening, "
     "during the breaking of the fast, and searched the house, the French-language daily reported."),
    (ARRESTS, "Turkey", "attribution", "local journalist's tweet: police detain the Istanbul mayor at dawn",
     "Istanbul reporter on X, 07:12: police are at Ekrem İmamoğlu's house, the mayor has been detained in a "
     "corruption and terrorism inquiry, along with about a hundred others."),
    (ARRESTS, "Iran", "headline", "sports page: a footballer arrested for backing protesters",
     "Ghafouri held after training. Security agents detained the former national-team defender Voria Ghafouri "
     "as he left training in Isfahan on Thursday, accusing him of insulting the national team and spreading "
     "propaganda, the Persian-language sports daily reported."),
    (ARRESTS, "Zimbabwe", "communique", "Hansard line: a member rises on the arrest of an opposition MP",
     "Hansard, National Assembly: an opposition member rose on a point of privilege to say that police had arrested "
     "Job Sikhala in Nyatsime on Tuesday on charges of inciting violence, and asked where he was held."),

    (CHANGE, "Turkey", "headline", "podcast show notes: the PKK announces that it dissolves",
     "Episode 212: The end of the PKK? The Kurdistan Workers' Party said on Monday that its congress had decided to "
     "dissolve the organisation and end its armed struggle, after its jailed leader's call in February."),
    (CHANGE, "Nigeria", "wire", "SMS alert service: a separatist group calls off its stay-at-home order",
     "SOUTH-EAST ALERT SMS 18:30 - IPOB says Monday sit-at-home is suspended from next week; markets in Onitsha "
     "and Nnewi expected to open. Travel still advised in daylight only."),
    (CHANGE, "Syria", "attribution", "local journalist's tweet: armed factions announce their dissolution",
     "Damascus reporter on X: at the victory conference tonight, HTS and the other armed factions announced their "
     "dissolution, to be folded into the new army; al-Sharaa named president for the transition."),
    (CHANGE, "Sudan", "translated", "French press: a militia commander defects from the RSF to the army",
     "Abu Aqla Keikel, commander of the RSF in the Gezira, has gone over to the army with some of his men, the "
     "Sudanese army announced on Sunday, in a blow to the paramilitaries, the French-language news site reported."),
    (CHANGE, "Pakistan", "translated", "Pashto press: the Pakistani Taliban end their ceasefire",
     "The Tehreek-e-Taliban Pakistan called off the ceasefire it had agreed with the government in June and told "
     "its fighters to carry out attacks across the country, the Pashto-language paper reported on Monday."),

    (DISRUPTED, "Israel", "local", "school notice: a missile from Yemen intercepted overnight",
     "Notice to parents from the Eilat municipality: schools open as usual this morning; the missile fired from "
     "Yemen overnight was intercepted over the Red Sea, and the sirens you heard at 3 am were part of that."),
    (DISRUPTED, "Somalia", "passive", "Somali radio, passive: a parked car bomb defused",
     "A car packed with explosives that had been left near the Sayidka junction in Mogadishu was made safe by "
     "police bomb experts on Saturday morning, the Somali-language radio reported."),
    (DISRUPTED, "Nigeria", "headline", "Hausa press head: troops stop a bomber at a town gate",
     "Bomber stopped at Konduga. Soldiers shot dead a young man wearing an explosive belt as he ran towards the "
     "checkpoint at the entrance of Konduga on Tuesday night, before he could set it off, the Hausa service "
     "reported."),
    (DISRUPTED, "Ukraine", "liveblog", "podcast show notes: a chapter on drones shot down over the capital",
     "[00:22:30] Overnight over Kyiv: air defence shot down 31 of the 35 Shahed drones launched at the capital "
     "region; debris fell on a roof in Solomianskyi district without wounding anyone."),
    (DISRUPTED, "Sudan", "wire", "SMS alert service: air defences engage drones over a port city",
     "RED SEA ALERT SMS 04:35 - Air defences engaging drones over Port Sudan airport, several downed over the "
     "sea according to the army. Stay indoors until the all-clear."),

    (BASE, "Syria", "ngo", "satellite-imagery analyst's note: Israeli forces build a fortified post in a buffer zone",
     "Imagery note: between January and March a new fortified position with earth berms, a helipad and prefabricated "
     "barracks appeared on the hill west of al-Hamidiyah in Quneitra, built by Israeli forces inside the buffer "
     "zone."),
    (BASE, "Mozambique", "translated", "Portuguese press: the Rwandan contingent sets up its command at an airfield",
     "The Rwandan contingent installed its command at the aerodrome of Mocímboa da Praia this week, bringing "
     "tents, armoured vehicles and a field hospital, the Portuguese-language paper reported."),
    (BASE, "Sudan", "attribution", "local journalist's tweet: the RSF turn a hospital into a base",
     "Khartoum reporter on X: the RSF have turned the East Nile hospital into a base, gun trucks parked in the "
     "courtyard and patients sent home, staff told me."),
    (BASE, "Nigeria", "translated", "Hausa press: the army opens a forward base in a bandit-hit area",
     "The army has opened a forward operating base at Dansadau in Zamfara, with a battalion moving in on "
     "Wednesday to guard the farming villages against the bandits, the Hausa service reported."),
    (BASE, "Yemen", "ngo", "satellite-imagery analyst's note: an airstrip built on an island",
     "Imagery note: a 1.85-kilometre runway and three hangars have been completed on Mayun island in the Bab "
     "el-Mandeb since our last pass; the work is attributed to the forces of the Saudi-led coalition."),

    (LOOTING, "Sudan", "communique", "insurance claim note: warehouses emptied by the RSF",
     "Claim note: the insured's warehouses in the Khartoum Bahri industrial area were broken into and emptied by "
     "RSF fighters in the first week of fighting; flour, oil and two forklifts were taken."),
    (LOOTING, "Myanmar", "attribution", "transcribed voice note: soldiers burn a village's houses",
     "[voice note, 0:47, transcribed] the soldiers came to our village in Kani township and set fire to the "
     "houses one by one, everyone had already run to the forest, now there is only smoke."),
    (LOOTING, "Palestine", "local", "school notice: a school demolished by the army",
     "Notice to families of the Masafer Yatta primary school: the army demolished our school building in Isfey "
     "on Tuesday morning; lessons will continue in the community tent from Sunday."),
    (LOOTING, "Mali", "translated", "French press: jihadists burn a town hall and a health centre",
     "Armed men set fire to the town hall, the health centre and the school of Boni on Friday after ordering "
     "the residents to leave, the French-language daily reported."),
    (LOOTING, "Somalia", "passive", "Somali website, passive: al-Shabaab destroys telecom masts",
     "Two telecommunications masts outside Bulo Burte were blown up by al-Shabaab fighters on Wednesday night, "
     "and the phone network across Hiiraan was cut, the Somali-language website reported."),

    (TRANSFER, "Mali", "translated", "French press: rebels move into a UN camp left empty",
     "The fighters of the CSP took possession of the Kidal camp on Tuesday, hours after the last MINUSMA "
     "peacekeepers left it, the French-language daily reported."),
    (TRANSFER, "Somalia", "passive", "Somali radio, passive: AU troops hand a base to the army",
     "The Bio Cadale base in Hiiraan was handed over by African Union troops to the Somali National Army at a "
     "ceremony on Sunday, as the mission reduces its forces, the Somali-language radio reported."),
    (TRANSFER, "Syria", "attribution", "local journalist's tweet: the SDF take over a city the army left",
     "Deir ez-Zor reporter on X: regime forces have pulled out of Deir ez-Zor city without fighting and SDF units "
     "have crossed the bridge and taken over the security buildings."),
    (TRANSFER, "Azerbaijan", "headline", "podcast show notes: a district handed back under a truce",
     "Episode 44: Kalbajar changes hands. Under the ceasefire signed in November, Armenian forces left the Kalbajar "
     "district and Azerbaijani troops entered it, as villagers burned their own houses before leaving."),
    (TRANSFER, "Afghanistan", "headline", "Pashto press head: a city taken without a fight",
     "Jalalabad opens its gates. The Taliban entered Jalalabad on Sunday without a fight after the governor and "
     "the elders agreed to hand over the city, the Pashto-language daily reported."),

    (OTHER, "Niger", "translated", "Hausa press: the presidential guard holds the president",
     "Soldiers of the presidential guard are holding President Mohamed Bazoum inside the palace in Niamey, and "
     "officers said on television that night that they had removed him from power, the Hausa service reported."),
    (OTHER, "Gabon", "translated", "French press: officers cancel an election and take power",
     "A group of officers announced on television on Wednesday morning that they were cancelling the election "
     "results, dissolving the institutions and putting President Ali Bongo under house arrest, the French-language "
     "daily reported."),
    (OTHER, "Sudan", "headline", "podcast show notes: the army chief dissolves the transitional government",
     "Episode 19: The morning the transition ended. General Burhan declared a state of emergency, dissolved the "
     "sovereign council and the government, and soldiers took Prime Minister Hamdok away from his home."),
    (OTHER, "Libya", "attribution", "local journalist's tweet: mass graves found in a town",
     "Tarhuna reporter on X: the search team has opened another mass grave on the farm outside town, eight bodies "
     "today, most with hands tied, left by the Kaniyat militia."),
    (OTHER, "Madagascar", "local", "radio call-in summary: an army unit says it has taken power",
     "Antananarivo call-in: listeners described the CAPSAT soldiers driving to the palace after their colonel said "
     "on air that the army had taken responsibility for the country and that the president had fled."),
]
