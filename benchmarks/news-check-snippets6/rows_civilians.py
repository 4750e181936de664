"""Violence against civilians rows of news-check-snippets6: (sub-event type, country, style, reason, text). Written
for eventwire."""

ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"
SEXUAL = "Sexual violence"

ROWS = [
    (ATTACK, "Burkina Faso", "headline", "jihadists shoot villagers digging trenches",
     "Massacre at Barsalogho. Gunmen fired on residents who had been ordered to dig defensive trenches around the "
     "town on Saturday, killing scores of them, survivors and aid workers said."),
    (ATTACK, "Mexico", "local", "gunmen kill a mayor in his town",
     "The mayor of Chilpancingo was found dead on Sunday, days after taking office, the Guerrero state prosecutor "
     "said, and investigators believe he was killed by a criminal group."),
    (ATTACK, "India", "headline", "militants open fire on tourists in a meadow",
     "Tourists gunned down at Pahalgam. Militants fired on visitors at a meadow near the Kashmir resort on "
     "Tuesday, killing 26 men, police said."),
    (ATTACK, "Haiti", "ngo", "gang members kill residents of a seaside town",
     "Members of the Gran Grif gang killed at least 115 residents of Pont-Sonde in the Artibonite on Thursday, "
     "shooting people in their homes, according to figures we collected from the local hospital."),
    (ATTACK, "Democratic Republic of Congo", "passive", "villagers killed with machetes overnight",
     "At least 18 villagers were hacked to death in Lubero territory overnight on Monday, a local administrator "
     "said, blaming ADF rebels."),
    (ABDUCTION, "Nigeria", "headline", "gunmen kidnap pupils from a school",
     "Pupils seized in Kuriga school raid. Gunmen on motorcycles stormed a primary and secondary school in the "
     "Kaduna State town on Thursday morning and took away more than 280 children, a teacher said."),
    (ABDUCTION, "Mexico", "headline", "armed men take away a group of call centre workers",
     "Call centre workers missing in Jalisco. Eight young employees of a call centre in Zapopan went missing "
     "after armed men took them away, their "
     "families said on Tuesday, and prosecutors opened an inquiry."),
    (ABDUCTION, "Niger", "attribution", "a foreign national kidnapped from his home",
     "Gunmen kidnapped an Austrian woman from her house in Agadez, a security source said, the second foreigner "
     "taken in the region this year."),
    (ABDUCTION, "Cameroon", "headline", "separatists abduct a group of travellers",
     "Travellers kidnapped on Kumba road. Armed men stopped two buses outside the town on Friday and forced "
     "about 30 passengers into the bush, the regional governor said, blaming separatist fighters."),
    (ABDUCTION, "Pakistan", "count", "armed men abduct labourers at a construction site",
     "Eleven labourers working on a dam were abducted at gunpoint in Lakki Marwat on Thursday, police said."),
    (SEXUAL, "Sudan", "headline", "RSF fighters accused of raping women in a Gezira village",
     "Women raped in Gezira raids. Survivors told doctors that Rapid Support Forces fighters raped at least "
     "six women when they stormed their village on Sunday, a medical network said."),
    (SEXUAL, "Democratic Republic of Congo", "ngo", "armed men rape women in a displacement camp",
     "Our teams treated 19 women raped by armed men at the edge of a camp for displaced people near Goma during "
     "the past week, most of them while collecting firewood."),
    (SEXUAL, "South Sudan", "passive", "women raped on their way to market",
     "Five women were raped by armed men on the road to a market near Yei on Saturday, a county official said."),
    (SEXUAL, "Haiti", "translated", "gang members rape women in a district of the capital",
     "Bandits of the 400 Mawozo have raped several women in the Croix-des-Bouquets commune during the night, "
     "the network for the defence of human rights denounced in its note."),
    (SEXUAL, "Ethiopia", "headline", "soldiers accused of assaulting women in a village",
     "Soldiers accused of assaults near Bahir Dar. Federal soldiers sexually assaulted several women during a "
     "search of houses in a village near Bahir Dar "
     "on Wednesday, residents said."),
]
