"""Violence against civilians rows of news-check-snippets8: (sub-event type, country, style, reason, text). Written
for eventwire."""

SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (SEXUAL, "DR Congo", "ngo", "a medical charity reports rapes of displaced women",
     "Our teams in camps around Goma treated 17 women who had been raped by armed men while collecting firewood "
     "outside the sites this week, a medical charity said."),
    (SEXUAL, "Sudan", "headline", "RSF fighters rape women in a village",
     "Women raped as RSF enters Gezira village. Fighters of the paramilitary force sexually assaulted at least eight "
     "women and girls in Wad Al-Noura on Wednesday, a rights group said."),
    (SEXUAL, "Haiti", "local", "gang members rape women in a Port-au-Prince district",
     "Gang members broke into homes in Solino on Saturday night and raped several women in front of their families, "
     "residents told a local radio station."),
    (SEXUAL, "South Sudan", "attribution", "soldiers accused of raping women near a town",
     "Government soldiers raped four women who had gone to gather grass near Yei, according to the women's relatives "
     "and a local official."),
    (SEXUAL, "Ethiopia", "headline", "Eritrean troops accused of rape in Tigray",
     "Rapes by soldiers reported in Irob. Survivors said on Thursday that troops stationed in the district had "
     "sexually assaulted women at a church compound last week."),
    (ATTACK, "Niger", "headline", "gunmen kill worshippers at a mosque",
     "Gunmen kill 44 worshippers in Fambita mosque. Armed men surrounded the mosque during Friday prayers in the "
     "Tillaberi region and opened fire, the interior ministry said."),
    (ATTACK, "Nigeria", "wire", "gunmen kill villagers in Plateau",
     "Gunmen killed at least 52 people in overnight raids on villages in Bokkos local government area of Plateau "
     "state, local officials said on Thursday."),
    (ATTACK, "Mexico", "headline", "gunmen kill people at a party",
     "Eleven shot dead at party in Salvatierra. Armed men burst into a Christmas celebration at a hacienda in "
     "Guanajuato on Sunday and opened fire on the guests, the state prosecutor said."),
    (ATTACK, "Ethiopia", "count", "a militia kills civilians in Oromia",
     "At least 30 civilians, among them women and children, were killed by gunmen in a village of the Horo Guduru "
     "Wollega zone, residents and a rights commission said."),
    (ATTACK, "Brazil", "two-acts", "police killed a man, then residents protested",
     "Military police shot dead a motorcycle delivery worker during a stop in Sao Paulo's east zone on Tuesday. "
     "Residents later blocked a road in protest."),
    (ABDUCTION, "Nigeria", "headline", "pupils kidnapped from a school",
     "Gunmen seize 287 pupils in Kuriga. Armed bandits raided a school in Kaduna state on Thursday morning and took "
     "away hundreds of children and a teacher, the state governor said."),
    (ABDUCTION, "Mali", "local", "jihadists kidnap passengers from buses",
     "Armed men stopped two buses on the road near Bandiagara on Tuesday and took away around thirty passengers, "
     "transporters said."),
    (ABDUCTION, "Pakistan", "wire", "an activist is taken by men in plain clothes",
     "Men in plain clothes took a Baloch rights activist from his home in Karachi before dawn on Monday and his "
     "family has not heard from him since, a rights group said."),
    (ABDUCTION, "Haiti", "headline", "gangs kidnap missionaries",
     "Gang abducts 17 missionaries near capital. The group of missionaries and their relatives were seized on their "
     "way back from an orphanage in Ganthier on Saturday, a church group said."),
    (ABDUCTION, "Venezuela", "attribution", "security agents detain a critic who disappears",
     "Agents of the intelligence service detained an opposition lawyer outside his office in Caracas and his "
     "whereabouts remain unknown, his party said on Wednesday."),
]
