"""Violence against civilians rows of news-check-snippets10: (sub-event type, country, style, reason, text). Written
for eventwire."""

SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (SEXUAL, "Sudan", "headline", "paramilitary fighters rape women in a town, per survivors",
     "'They came at night for the girls': RSF accused over Hilaliya. Survivors told a rights group that "
     "paramilitary fighters went from house to house in the Gezira town and raped at least nine women and girls."),
    (SEXUAL, "Ethiopia", "attribution", "soldiers gang-rape a woman at a checkpoint; rape outranks holding her",
     "A nurse in Adigrat says Eritrean soldiers gang-raped a mother of three at a checkpoint outside the town and "
     "held her for two days before letting her go."),
    (SEXUAL, "South Sudan", "headline", "women fetching firewood assaulted by men in uniform",
     "Firewood run ends in assault outside Bentiu camp. Women collecting wood near the displacement site were "
     "sexually assaulted by men in uniform on Friday, community leaders told Radio Miraya."),
    (SEXUAL, "Haiti", "translated", "gang members rape women during an incursion",
     "Armed bandits of the 5 Segonn gang raped several women during their incursion into the Solino neighbourhood, "
     "a human rights organisation denounced."),
    (SEXUAL, "Myanmar", "passive", "women raped by soldiers in a village raid",
     "Three women were raped by junta soldiers during a raid on a village in Kani township, Sagaing region, the "
     "local resistance administration said."),
    (ATTACK, "Burkina Faso", "headline", "jihadists fire on villagers digging trenches",
     "Diggers cut down in Barsalogho trench massacre. Jihadists opened fire on villagers who were digging defensive "
     "ditches outside the town on Saturday, killing scores, according to survivors."),
    (ATTACK, "Nigeria", "local", "armed herders shoot villagers and burn houses",
     "Armed herders swept through Mushu and neighbouring hamlets of Bokkos on Christmas Eve, shooting villagers and "
     "setting houses on fire; the council chairman put the dead at 113."),
    (ATTACK, "India", "headline", "militants shoot tourists in a meadow",
     "Terror in Baisaran: tourists gunned down in Kashmir meadow. Militants shot dead 26 visitors near Pahalgam on "
     "Tuesday, some after being asked their religion, police said."),
    (ATTACK, "DR Congo", "translated", "presumed rebels kill civilians with machetes",
     "Presumed ADF rebels killed at least 23 civilians with machetes in the village of Mamove in the night of "
     "Wednesday, according to the civil society of Beni territory."),
    (ATTACK, "Syria", "attribution", "gunmen execute men in their homes, per a monitor",
     "According to the Syrian Observatory, gunmen loyal to the new authorities executed dozens of Alawite men in "
     "their homes in Baniyas on Friday."),
    (ABDUCTION, "Nigeria", "headline", "armed men take students and teachers from a college",
     "Gunmen raid Yauri college, pupils missing. Armed men on motorcycles stormed the Federal Government College in "
     "Birnin Yauri and whisked dozens of students and teachers away into the bush, a parent told our reporter."),
    (ABDUCTION, "Mali", "translated", "foreign mine workers taken by armed individuals",
     "Three Chinese nationals and a Mauritanian worker were taken away by armed individuals at a gold-mining site "
     "near Kayes, a source at the company confided."),
    (ABDUCTION, "Haiti", "headline", "a gang seizes missionaries on a road",
     "400 Mawozo grabs US missionaries near Croix-des-Bouquets. Gang members seized 17 members of a missionary group, "
     "children among them, as they drove back from an orphanage on Saturday."),
    (ABDUCTION, "Pakistan", "ngo", "a student activist taken by plain-clothes men, whereabouts unknown",
     "Amnesty International said a Baloch student activist was picked up by men in plain clothes from a hostel in "
     "Karachi on Sunday and his family has had no word of where he is since."),
    (ABDUCTION, "Cameroon", "headline", "separatists abduct a principal and teachers for ransom",
     "Separatists snatch Bamenda principal. Suspected Ambazonian fighters took a school principal and two teachers "
     "from a campus in Bamenda on Monday and demanded a ransom, the regional delegate said."),
]
