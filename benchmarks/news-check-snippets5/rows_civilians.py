"""Violence against civilians rows of news-check-snippets5: (sub-event type, country, style, reason, text). Written
for eventwire."""

SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (SEXUAL, "Democratic Republic of Congo", "headline", "fighters rape women in a village",
     "Rape reports follow fighting in Rutshuru. Armed fighters raped at least twelve women in a village of the "
     "territory on Monday, a women's association said."),
    (SEXUAL, "Sudan", "headline", "paramilitaries assault women in a house",
     "RSF fighters accused of raping women in El Geneina. Survivors told a rights group that paramilitaries "
     "assaulted at least eight women held in a house in the Al Jamarik district on Wednesday."),
    (SEXUAL, "Haiti", "ngo", "gang members rape women during an attack on a neighbourhood",
     "Gang members raped several women and girls during an attack on the Brooklyn neighbourhood of Cite Soleil "
     "on Friday, a local human rights network reported."),
    (SEXUAL, "India", "passive", "two women paraded and assaulted by a mob",
     "Two women were paraded naked and sexually assaulted by a mob in Kangpokpi district on May 4, police said "
     "after a video of the assault spread online."),
    (SEXUAL, "Ethiopia", "attribution", "soldiers rape a girl at a checkpoint",
     "Soldiers raped a 17-year-old girl at a checkpoint near Adigrat on Sunday, her family told a health worker "
     "at the town's hospital."),
    (ATTACK, "Nigeria", "headline", "bandits shoot villagers",
     "Gunmen kill thirty in Zamfara village. Bandits on motorbikes rode into Kurfa Danya on Saturday and shot "
     "villagers in their homes and on the farms, residents said."),
    (ATTACK, "Israel", "headline", "gunmen open fire at a tram stop",
     "Gunmen kill seven at Jaffa tram stop. Two attackers opened fire on people waiting on Jerusalem Boulevard "
     "on Tuesday evening before being shot, police said."),
    (ATTACK, "Mexico", "headline", "gunmen kill people at a bar",
     "Twelve shot dead in Irapuato bar. Gunmen killed twelve people at a bar in Irapuato, in the central "
     "state of Guanajuato, on Saturday night, "
     "the state prosecutor's office said."),
    (ATTACK, "Burkina Faso", "local", "jihadists execute men in a market square",
     "Jihadists gathered about twenty men in the market square of Seytenga on Saturday and shot them, a "
     "resident who fled to Dori said."),
    (ATTACK, "India", "count", "gunmen fire on a pilgrims' bus",
     "Nine pilgrims died when gunmen fired on their bus near Reasi on Sunday evening, sending it off the road "
     "into a gorge, police said."),
    (ABDUCTION, "Nigeria", "headline", "gunmen take hundreds of pupils from a school",
     "Gunmen abduct pupils in Kuriga. Armed men on motorcycles stormed a school in the Kaduna state town on "
     "Thursday morning and took away hundreds of children, residents said."),
    (ABDUCTION, "Haiti", "headline", "a gang seizes members of a missionary group",
     "American missionaries kidnapped near Port-au-Prince. A gang seized seventeen members of a US-based "
     "missionary group as they returned from visiting an orphanage in Ganthier on Saturday."),
    (ABDUCTION, "Burkina Faso", "headline", "jihadists seize women gathering fruit",
     "About fifty women kidnapped near Arbinda. Suspected jihadists seized women who had gone to gather wild "
     "fruit outside the town on Thursday, residents said."),
    (ABDUCTION, "Colombia", "passive", "a footballer's father taken by armed men",
     "The father of a Liverpool forward was taken by armed men on motorbikes at a petrol station in Barrancas, "
     "La Guajira, on Saturday, police said."),
    (ABDUCTION, "Mexico", "ngo", "armed men take young people from a house",
     "Armed men took five young men from a house in Lagos de Moreno, Jalisco, on Friday and their families have "
     "had no news since, a search collective said."),
]
