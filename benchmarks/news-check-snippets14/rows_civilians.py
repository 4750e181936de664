"""Violence against civilians rows of news-check-snippets14: (sub-event type, country, style, reason, text).
Written for eventwire."""

SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (SEXUAL, "Sudan", "ngo", "NGO security log: women raped by armed men at a water point",
     "SEC LOG DAR-23-140 | El Geneina | Two women raped by armed men in RSF uniform at a water point; survivors "
     "referred to the partner GBV team."),
    (SEXUAL, "DR Congo", "local", "aid workers' group chat: women raped while collecting firewood",
     "Heads-up from the Bulengo camp team: 4 more women say armed men raped them while they collected firewood "
     "yesterday. Protection cluster informed."),
    (SEXUAL, "Ethiopia", "translated", "translated Tigrinya radio: soldiers raped women in villages",
     "Eritrean soldiers raped women in villages around Irob during their stay there, survivors told a Tigrinya "
     "radio programme broadcast from Mekelle."),
    (SEXUAL, "South Sudan", "headline", "wire headline alone: soldiers raped women, the UN says",
     "Soldiers raped women near Bentiu, UN mission says."),
    (SEXUAL, "Haiti", "wire", "wire slug line: gang members raped women during a raid",
     "BC-Haiti-Gangs/ Gang members raped women during raid on Cité Soleil, medical charity says."),

    (ATTACK, "Nigeria", "headline", "wire headline alone: gunmen kill villagers in raids",
     "Gunmen kill 140 in Plateau village raids."),
    (ATTACK, "Burkina Faso", "ngo", "NGO security log: militants shoot residents digging trenches",
     "SEC LOG BF-24-201 | Barsalogho | JNIM fighters shot residents digging defensive trenches for the army; "
     "hundreds feared dead."),
    (ATTACK, "Mozambique", "liveblog", "aid workers' group chat: insurgents behead farmers",
     "[18:22] Rosa (Pemba hub): insurgents beheaded two farmers at their fields outside Ancuabe this morning, "
     "about 40 families moving toward Metoro."),
    (ATTACK, "Uganda", "wire", "wire slug line: rebels hack and burn pupils at a school",
     "BC-Uganda-School/ ADF rebels hack and burn 42 people at Mpondwe secondary school."),
    (ATTACK, "Kenya", "translated", "translated Swahili press: militants kill villagers in Lamu",
     "Militants believed to be al-Shabaab killed five villagers in Juhudi, Lamu, beheading some of them, a Swahili "
     "daily reported."),

    (ABDUCTION, "Nigeria", "headline", "wire headline alone: gunmen seize schoolgirls",
     "Gunmen seize 279 schoolgirls in Jangebe."),
    (ABDUCTION, "Cameroon", "ngo", "NGO security log: separatists take away a priest and others",
     "SEC LOG NW-22-090 | Nchang, Mamfe | Separatist fighters took away a priest and four others from the parish; "
     "whereabouts unknown."),
    (ABDUCTION, "Tanzania", "translated", "translated Swahili press: an activist bundled into a car by unknown men",
     "An opposition youth activist was bundled into a car by unknown men in Dar es Salaam and has not been seen "
     "since, a Swahili daily reported."),
    (ABDUCTION, "Pakistan", "attribution", "photo caption: a student taken by plain-clothes men",
     "The empty bed of a Baloch student who was taken from this Karachi hostel room by men in plain clothes on "
     "Monday night and has not been seen since. Photo: Karachi stringer."),
    (ABDUCTION, "Niger", "liveblog", "aid workers' group chat: armed men take a village chief and his sons",
     "[10:05] Moussa (Tillabéri): armed men on motorbikes took the village chief of Dargol and his two sons this "
     "morning. No demand yet."),
]
