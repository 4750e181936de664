"""Violence against civilians rows of news-check-snippets12: (sub-event type, country, style, reason, text).
Written for eventwire."""

SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (SEXUAL, "Ethiopia", "ngo", "a health bureau's centre logs women raped by soldiers",
     "Adigrat hospital's one-stop centre recorded 37 women in a fortnight who said uniformed Eritrean soldiers had "
     "raped them at checkpoints on the road to the town, the regional health bureau told aid partners."),
    (SEXUAL, "Myanmar", "translated", "Burmese press: junta soldiers rape women in a village",
     "Military council soldiers raided a village in Kani township and raped two women who had been unable to flee, "
     "residents said, while the troops camped in the village for three days."),
    (SEXUAL, "Central African Republic", "attribution", "UN experts cite witnesses to rapes at a checkpoint",
     "Witnesses told UN experts that Russian instructors and FACA soldiers raped three women at a checkpoint outside"
     " Bambari, according to a report seen by this agency."),
    (SEXUAL, "Ukraine", "translated", "Ukrainian prosecutors: a soldier raped a woman at gunpoint",
     "A serviceman of the Russian army raped a local woman at gunpoint in an occupied village of Kyiv oblast, while "
     "his comrade stood at the door, the Office of the Prosecutor General reports."),
    (SEXUAL, "Cameroon", "headline", "soldiers raped women in a village, rights group says",
     "Ebam women speak out. Soldiers who entered the Manyu village on 1 March raped at least 20 women, Human Rights "
     "Watch said on Friday, citing survivors."),
    (ATTACK, "Mali", "attribution", "troops and foreign fighters execute men over several days",
     "Malian soldiers and foreign fighters rounded up and executed some 300 men in Moura over five days, Human "
     "Rights Watch said, calling it the worst single atrocity of the conflict."),
    (ATTACK, "Nigeria", "count", "a council tally of villagers killed in raids",
     "Plateau tally, Christmas Eve raids: 113 villagers dead across Bokkos and Barkin Ladi, the council chairman "
     "says, after gunmen went from house to house."),
    (ATTACK, "India", "headline", "Hindi press: militants fire on tourists in a meadow",
     "Terror in Baisaran. Terrorists opened fire on tourists in the Baisaran meadow of Pahalgam after asking their "
     "names, and 26 people lost their lives."),
    (ATTACK, "Palestine", "wire", "in-brief column: settlers rampage through a village, a man shot dead",
     "IN BRIEF / WEST BANK - Settlers rampaged through Turmus Ayya on Wednesday, torching cars and houses; a "
     "27-year-old resident was shot dead, the Palestinian health ministry said."),
    (ATTACK, "Colombia", "ngo", "a monitor counts a social leader shot by men on a motorbike",
     "Indepaz: social leader Jesús Antonio Montaño was shot dead by two men on a motorbike in Tumaco on Tuesday, the"
     " 100th leader murdered this year."),
    (ABDUCTION, "Nigeria", "communique", "police statement: bandits kidnap a priest",
     "Kaduna State Police Command confirms that armed bandits kidnapped a Catholic priest on the Kafanchan road on "
     "Sunday evening; tactical teams are combing the forest."),
    (ABDUCTION, "Pakistan", "ngo", "a rights committee: a student taken by men in plain clothes",
     "Baloch Yakjehti Committee: a Karachi University student was taken from his hostel room at 3am by men in plain "
     "clothes, and his family has had no word of him since."),
    (ABDUCTION, "Mexico", "headline", "Spanish press: a criminal cell deprives 66 people of liberty",
     "66 deprived of liberty in Culiacán. A criminal cell deprived 66 people of their liberty in Culiacán, among "
     "them women and minors, the Sinaloa prosecutor's office reported."),
    (ABDUCTION, "Iraq", "headline", "a researcher seized in a Baghdad district",
     "Researcher missing in Karrada. Elizabeth Tsurkov, a Russian-Israeli doctoral student, was seized in Baghdad's "
     "Karrada district and is believed held by Kataib Hezbollah, Israel's prime minister said."),
    (ABDUCTION, "Burkina Faso", "wire", "in-brief column: jihadists take women gathering food",
     "IN BRIEF / BURKINA FASO - About 50 women who had gone out to gather wild fruit near Arbinda were taken away by"
     " armed men on Thursday, the regional governor said."),
]
