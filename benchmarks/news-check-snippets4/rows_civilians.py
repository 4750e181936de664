"""Violence against civilians rows of news-check-snippets4: (sub-event type, country, style, reason, text).
Written for eventwire."""

ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"
SEXUAL = "Sexual violence"

ROWS = [
    (ATTACK, "Burkina Faso", "headline", "jihadists massacre villagers",
     "Gunmen kill dozens of villagers in Barsalogho trench-digging massacre. The attackers fired on residents "
     "who had been ordered to dig defensive ditches around the town on Saturday, witnesses said."),
    (ATTACK, "Mexico", "headline", "gunmen shoot dead people at a party",
     "Twelve shot dead at party in Guanajuato. Gunmen burst into a street party in the town of Salvatierra on Sunday "
     "night and shot dead twelve people, "
     "Guanajuato state prosecutors said."),
    (ATTACK, "Ethiopia", "ngo", "soldiers execute civilians",
     "Soldiers rounded up and summarily executed at least a dozen civilians in Merawi in Amhara region, the "
     "rights group said on Thursday, citing witnesses."),
    (ATTACK, "India", "headline", "militants fire on tourists",
     "Militants open fire on tourists in Pahalgam meadow. The gunmen singled out men among the holidaymakers "
     "and shot them at close range on Tuesday afternoon, police said."),
    (ATTACK, "Democratic Republic of Congo", "translated", "militiamen attack a displacement camp",
     "CODECO militiamen attacked the site for displaced persons at Plaine Savo during the night from Thursday "
     "to Friday, killing people with machetes, the territory's administrator declared."),

    (ABDUCTION, "Nigeria", "headline", "bandits kidnap worshippers",
     "Bandits abduct 40 worshippers from mosque in Zamfara. The gunmen stormed the village during evening "
     "prayers on Friday and marched their captives into the forest, residents said."),
    (ABDUCTION, "Haiti", "wire", "a gang kidnaps missionaries",
     "A gang kidnapped a group of seventeen missionaries and their relatives on Saturday as they drove back "
     "from visiting an orphanage east of Port-au-Prince, a security source said."),
    (ABDUCTION, "Cameroon", "headline", "separatists seize a chief",
     "Fon of Bafut abducted from palace. Armed separatists seized the traditional ruler of Bafut from his palace on "
     "Monday and took him to an "
     "unknown destination, palace notables said."),
    (ABDUCTION, "Pakistan", "attribution", "an activist disappears after being taken by men in plain clothes",
     "A Baloch student activist was picked up from his hostel in Karachi late on Wednesday by men in plain "
     "clothes and has not been heard from since, his family said."),
    (ABDUCTION, "Mali", "count", "jihadists abduct bus passengers",
     "About thirty passengers were taken off a bus by armed men on the road between Segou and Nampala on "
     "Tuesday, transporters said."),

    (SEXUAL, "Sudan", "headline", "paramilitaries rape women in a town",
     "Women describe rapes by RSF fighters in Gezira town. Survivors told doctors that armed men broke into "
     "homes in Tamboul and assaulted women and girls over several days."),
    (SEXUAL, "Democratic Republic of Congo", "ngo", "armed men rape women near camps",
     "Our teams treated 70 victims of sexual violence in a single week in the camps around Bunia, most of "
     "them attacked by armed men while looking for firewood."),
    (SEXUAL, "Haiti", "headline", "gang members rape women during a raid",
     "Rapes reported during Bel Air gang raid. Gang members raped several women during an attack on the Bel Air "
     "neighbourhood of Port-au-Prince on "
     "Monday, a local rights group said."),
    (SEXUAL, "Ethiopia", "attribution", "soldiers accused of raping a woman",
     "Three soldiers raped a woman at a checkpoint outside Mekelle on Friday, her relatives told a local "
     "health worker, who reported the case to the authorities."),
    (SEXUAL, "South Sudan", "passive", "women raped near a displacement site",
     "Four women were raped by armed men near a displacement site in Bentiu on Sunday while collecting water, "
     "the UN mission said."),
]
