"""Violence against civilians rows of news-check-snippets9: (sub-event type, country, style, reason, text). Written
for eventwire."""

SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (ATTACK, "Nigeria", "headline", "gunmen kill villagers in their homes",
     "Gunmen kill 17 in Plateau village. Attackers stormed Bokkos area homes late on Sunday and shot residents as "
     "they slept, a community leader said."),
    (ATTACK, "Burkina Faso", "count", "jihadists kill civilians at a market",
     "At least 40 civilians, most of them traders, were shot dead by armed men who raided the weekly market of "
     "Seytenga on Saturday, local sources said."),
    (ATTACK, "West Bank", "wire", "settlers attack a Palestinian village",
     "Israeli settlers shot dead a Palestinian man and set fire to cars and houses in the village of Turmus Ayya on "
     "Wednesday, the Palestinian health ministry said."),
    (ATTACK, "Mexico", "headline", "gunmen open fire in a bar",
     "Bar shooting in Irapuato leaves twelve dead. Armed men entered a bar late on Saturday and fired on customers "
     "before fleeing in a car, prosecutors said."),
    (ATTACK, "Sudan", "ngo", "an aid group reports killings of displaced people",
     "Our teams received the bodies of 14 displaced people shot by armed men on motorbikes as they gathered firewood "
     "outside Tawila camp on Tuesday, a medical charity said."),
    (ABDUCTION, "Nigeria", "headline", "gunmen kidnap pupils from a school",
     "Dozens of pupils taken in Kaduna school raid. Bandits on motorcycles seized students from a school in Kuriga "
     "on Thursday morning, the state government said."),
    (ABDUCTION, "Mali", "local", "a village chief is seized by jihadists",
     "Armed men took the chief of Dioura village from his home on Friday night and drove off towards the bush, "
     "relatives said, and nothing has been heard of him since."),
    (ABDUCTION, "Syria", "headline", "an aid worker is abducted",
     "Aid worker snatched in Idlib. Masked men forced a local employee of a relief group into a van at a checkpoint "
     "on Monday, colleagues said."),
    (ABDUCTION, "Cameroon", "passive", "travellers are kidnapped on a road",
     "Eight passengers were kidnapped from a bus on the Bamenda-Kumbo road on Sunday, and the abductors demanded a "
     "ransom by phone, families said."),
    (ABDUCTION, "Egypt", "attribution", "a rights group says an activist was disappeared",
     "A human rights group says a blogger was taken from his Cairo flat by plain-clothes officers and his family has "
     "been given no word of where he is being held."),
    (SEXUAL, "Sudan", "headline", "a report of rapes by paramilitaries",
     "Women describe rapes in Geneina. Survivors told investigators that RSF fighters assaulted women and girls "
     "during raids on the Jamarik district last month."),
    (SEXUAL, "DR Congo", "ngo", "a medical charity treats rape survivors",
     "A medical charity said it treated 23 women raped by armed men while searching for firewood around camps near "
     "Goma in a single week."),
    (SEXUAL, "Ethiopia", "headline", "soldiers accused of raping women in Tigray",
     "Tigray women accuse soldiers of rape. Residents of a village near Adigrat said troops assaulted several women "
     "during house searches on Tuesday, a local official said."),
    (SEXUAL, "South Sudan", "local", "armed men attack women on a road",
     "Three women walking to the market in Bentiu were raped by armed men in uniform on Saturday, a women's "
     "association said."),
    (SEXUAL, "Central African Republic", "headline", "peacekeepers investigated over abuse",
     "Girls assaulted near Bambari, UN says. The mission said it had received reports that armed group members "
     "raped two girls in a village north of the town."),
]
