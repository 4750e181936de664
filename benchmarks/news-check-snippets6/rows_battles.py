"""Battles rows of news-check-snippets6: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (GRT, "Sudan", "headline", "the army says it has taken back the presidential palace from the RSF",
     "Sudan's army recaptures the Republican Palace. Soldiers raised the flag over the palace in central Khartoum on "
     "Friday after driving out the last paramilitary fighters holed up there, the armed forces' spokesman said."),
    (GRT, "Mozambique", "headline", "Rwandan and Mozambican troops return to a port town held by insurgents",
     "Troops back in Mocimboa da Praia. Mozambican and Rwandan soldiers moved back into Mocimboa da Praia on "
     "Sunday, a year after Islamist fighters "
     "seized the port, and found most of the town empty, a district administrator said."),
    (GRT, "Iraq", "translated", "a ministry statement on forces retaking a district from an armed group",
     "The heroic security forces have liberated the district of Tuz Khurmatu completely from the outlaw groups "
     "this morning, and life has returned to normal, according to the statement of the Joint Operations Command."),
    (GRT, "Democratic Republic of Congo", "headline", "soldiers and allied militia retake a town from rebels",
     "Congo's army says it is back in Kitshanga. Troops and allied Wazalendo fighters pushed the rebels out of the "
     "town in Masisi territory on Wednesday after a day of fighting, a provincial spokesman said."),
    (GRT, "Burkina Faso", "communique", "the army announces the return of its units to a locality held by jihadists",
     "The general staff informs the public that the units of the armed forces reoccupied the locality of Djibasso "
     "on Saturday 14 September after neutralising the terrorist elements present."),
    (NSA, "Myanmar", "headline", "an ethnic army seizes a regional command headquarters",
     "Rebels capture Lashio army command. The Myanmar National Democratic Alliance Army said on Saturday its forces "
     "had taken the north-eastern military headquarters in Lashio after weeks of fighting, the first such loss for "
     "the junta."),
    (NSA, "Mali", "wire", "rebels take a military camp abandoned by soldiers",
     "Tuareg-led rebels said on Wednesday they had seized the army camp at Bourem after government troops "
     "pulled out under fire, a claim a local official confirmed to the agency."),
    (NSA, "Haiti", "headline", "gangs take control of a town on the main road north",
     "Gangs seize Arcahaie crossroads. Armed men of a coalition of gangs took over the town centre on Thursday "
     "after police officers fled their post, leaving residents to run towards the hills, a local priest said."),
    (NSA, "Syria", "attribution", "opposition fighters enter a central city as government forces collapse",
     "Opposition fighters said they had taken full control of Hama on Thursday, the first time the city has left "
     "government hands since the war began, the Syrian Observatory for Human Rights reported."),
    (NSA, "Nigeria", "headline", "jihadists overrun a town and raise their flag",
     "Marte falls to Boko Haram. Boko Haram fighters seized Marte on Tuesday night, burning the police station "
     "and raising their black flag "
     "over the emir's palace, residents who fled to Dikwa said on Wednesday."),
    (CLASH, "Somalia", "headline", "soldiers and al Shabaab fighters battle near a town",
     "Fierce fighting near Bulo Burte. Somali troops and al Shabaab militants fought for several hours outside "
     "the town in Hiraan region on Monday, and both sides said they had inflicted heavy losses, a local elder said."),
    (CLASH, "India", "count", "security forces and Maoist rebels exchange fire in a forest",
     "Twelve Maoist rebels and one police officer were killed in a gun battle in a forest of Bijapur district on "
     "Thursday, a senior police official in Chhattisgarh said."),
    (CLASH, "Colombia", "passive", "two armed groups fight over a drug corridor",
     "At least nine fighters were killed in clashes between FARC dissidents and the Gulf Clan near Puerto Asis on "
     "Sunday, the army said, in fighting over routes used to move cocaine."),
    (CLASH, "Ethiopia", "headline", "Fano militia and federal troops fight in Amhara",
     "Battle for Debre Markos. Fano fighters and federal soldiers fought with heavy weapons on the edges of the "
     "town on Tuesday, residents said, as shops stayed shut and the road to the capital was closed."),
    (CLASH, "Pakistan", "two-acts",
     "soldiers fight militants at a checkpost, then search the area; the first act is coded",
     "Militants attacked a security checkpost in North Waziristan on Friday night, and six soldiers and eight "
     "attackers died in the exchange of fire. Troops then began a search of nearby villages, the military said."),
]
