"""Violence against civilians rows of news-check-snippets17: (sub-event type, country, style, reason, text). Written
for eventwire."""

SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (SEXUAL, "DR Congo", "ngo", "epidemiological week report: armed men rape women in raids on camps",
     "Epi week 14 report, Djugu, 2023: armed men raped 37 women during raids on three displacement sites this week, "
     "and the clinics gave post-exposure kits to every one of them."),
    (SEXUAL, "Sudan", "attribution", "diaspora newsletter: women say RSF fighters raped them at checkpoints",
     "Masalit diaspora newsletter, June 2023: women fleeing El Geneina tell our volunteers in Adré that RSF fighters "
     "raped them at checkpoints on the road to the border."),
    (SEXUAL, "South Sudan", "translated", "translated Nuer radio: soldiers rape women collecting firewood",
     "Soldiers raped at least six women who were collecting firewood outside Bentiu on Sunday, a Nuer-language radio "
     "programme reported."),
    (SEXUAL, "Ethiopia", "attribution", "oral history archive: soldiers raped the narrator and her sister",
     "Oral history archive, interview 144, recorded 2022: the narrator, a woman from Adigrat, says Eritrean soldiers "
     "raped her and her sister in their house in December 2020."),
    (SEXUAL, "Haiti", "passive", "journal abstract: women and girls raped by gang members during fighting",
     "Abstract: at least 52 women and girls were raped by gang members during the July 2022 fighting in Brooklyn, "
     "Cité Soleil; this article draws on the records of two clinics."),

    (ATTACK, "Nigeria", "wire", "food security outlook: gunmen kill villagers in raids on a dozen villages",
     "Food security outlook update, Plateau, January 2024: no potato trucks left Bokkos this week after gunmen "
     "killed scores of villagers in raids on more than a dozen villages on Christmas Eve."),
    (ATTACK, "Burkina Faso", "count", "epidemiological week report led by the toll: gunmen raid a village",
     "Epi week 22 report, Sahel region, 2021: at least 130 dead after gunmen raided Solhan overnight; the Sebba "
     "clinic received 40 wounded and ran out of blood."),
    (ATTACK, "Uganda", "headline", "telecom network status: ADF rebels attack a school and kill pupils",
     "Network status | Kasese | Mpondwe site staffed again: ADF rebels attacked a secondary school near the border on "
     "16 June 2023 and killed 42 people, most of them pupils."),
    (ATTACK, "Mozambique", "translated", "translated Emakhuwa radio: insurgents behead villagers",
     "Insurgents beheaded three villagers in Chai, Macomia district, on Wednesday, an Emakhuwa-language radio "
     "station reported."),
    (ATTACK, "India", "liveblog", "travel blog with a time: gunmen open fire on tourists",
     "Travel blog, Pahalgam, 22 April 2025, 15:30: we are safe at the hotel, gunmen opened fire on tourists in the "
     "Baisaran meadow this afternoon and people are saying many are dead."),

    (ABDUCTION, "Nigeria", "local", "diaspora newsletter: gunmen take pupils and teachers from a school",
     "Kaduna diaspora union newsletter, Houston, March 2024: pray for Kuriga, where gunmen took away more than 280 "
     "pupils and teachers from the school on 7 March."),
    (ABDUCTION, "Cameroon", "translated", "translated Cameroonian Pidgin radio: separatists carry away workers",
     "Separatist fighters carried away eight workers of a CDC plantation near Tiko on Monday, a Pidgin-language "
     "station in Buea reported."),
    (ABDUCTION, "Kenya", "translated", "translated Kikuyu radio: plain-clothes men bundle an activist into a car",
     "Men in plain clothes bundled a young activist into an unmarked car outside a Nyeri bar on Friday and he has not "
     "been seen since, a Kikuyu-language station said."),
    (ABDUCTION, "Burkina Faso", "local", "livestock market report: armed men seize women gathering fruit",
     "Livestock market report, Arbinda, January 2023: herders stayed away after armed men seized about fifty women "
     "gathering wild fruit outside the town on 12 and 13 January."),
    (ABDUCTION, "Haiti", "headline", "telecom network status: a gang kidnaps missionaries",
     "Network status | Croix-des-Bouquets | crews withdrawn: the 400 Mawozo gang kidnapped seventeen missionaries and "
     "relatives on the Ganthier road on 16 October 2021, and our technicians are off that road."),
]
