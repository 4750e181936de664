"""Non-event rows of news-check-snippets14 (null sub-event type): (None, country, style, reason, text). Written for
eventwire."""

ROWS = [
    (None, "Kenya", "communique", "prison service notice: an inmate died of natural causes",
     "Kenya Prisons Service notice: an inmate serving a life sentence at Kamiti Maximum died of natural causes in "
     "the prison hospital on Sunday; his family has been informed."),
    (None, "Zambia", "communique", "prison service notice: an evacuation drill with sirens",
     "Correctional Service notice: the yearly evacuation drill at Mukobeko Maximum takes place on Thursday, and "
     "residents nearby will hear sirens and see armed officers on the perimeter."),
    (None, "Kenya", "attribution", "photo caption: flowers laid on the anniversary of a mall siege",
     "Survivors lay flowers outside the Westgate mall in Nairobi on Thursday, ten years after the siege. Photo: "
     "Nairobi agency."),
    (None, "Nigeria", "headline", "wire headline alone: a tanker explosion, an accident",
     "Fuel tanker explosion kills 98 near Suleja."),
    (None, "Lebanon", "wire", "wire slug line: a tribunal convicts over a 2005 killing",
     "BC-Lebanon-Verdict/ Special tribunal convicts two in absentia over 2005 Hariri assassination."),
    (None, "South Sudan", "ngo", "NGO security log: a staff vehicle hits a cow",
     "SEC LOG JUB-24-009 | Juba | Staff vehicle hit a cow on the airport road; no injuries, vehicle back in "
     "service."),
    (None, "DR Congo", "local", "aid workers' group chat: a rumoured attack is denied",
     "Rumours of an attack on Bunia tonight are fake, checked with MONUSCO. Normal movement rules apply."),
    (None, "Kenya", "translated", "translated Swahili press: a robbery of a mobile money shop",
     "Thieves broke into a mobile money shop in Mombasa and escaped with two million shillings, police told a "
     "Swahili daily."),
    (None, "DR Congo", "translated", "translated Lingala radio: a volcano erupts",
     "Mount Nyiragongo erupted on Saturday night and lava reached the edge of Goma, a Lingala-language radio "
     "reported."),
    (None, "Ethiopia", "translated", "translated Tigrinya radio: a minibus overturns",
     "A minibus overturned on the steep road above Adwa, killing 12 passengers, a Tigrinya radio programme "
     "reported."),
    (None, "Senegal", "translated", "translated Wolof radio: police break up a counterfeit medicine ring",
     "Police in Touba dismantled a network selling counterfeit medicines and seized several tonnes of pills, the "
     "Wolof news of a Dakar radio said."),
    (None, "Pakistan", "passive", "map legend: districts flooded by the monsoon",
     "Shaded blue: districts declared calamity-hit after the 2022 monsoon floods, Dadu and Jacobabad the "
     "worst."),
    (None, "Egypt", "attribution", "photo caption: paratroopers rehearse for a parade",
     "Egyptian paratroopers rehearse for the October anniversary parade at an airfield east of Cairo. Photo: "
     "army spokesman's office."),
    (None, "Iran", "headline", "wire headline alone: missiles test-fired in an exercise",
     "Iran test-fires ballistic missiles in Gulf exercise."),
    (None, "South Sudan", "liveblog", "aid workers' group chat: bangs are New Year fireworks",
     "[23:58] Grace (Juba): the bangs you are hearing are New Year fireworks, not gunfire. Happy New Year all."),
    (None, "Kenya", "ngo", "NGO security log: a street robbery of a phone",
     "SEC LOG NBO-23-051 | Westlands | Two men with a knife took a staff member's phone outside a supermarket; "
     "police report filed, no injuries."),
    (None, "South Africa", "communique", "prison service notice: parole for an old murder",
     "Correctional Services: Janusz Waluś, serving a life sentence for the 1993 murder of Chris Hani, was released "
     "on parole from Kgosi Mampuru on Wednesday."),
    (None, "Mozambique", "wire", "wire slug line: a cyclone kills people",
     "BC-Mozambique-Cyclone/ Cyclone Freddy kills 21 in Zambezia province."),
    (None, "Uganda", "headline", "wire headline alone: a court sentences a former rebel commander",
     "ICC sentences Ongwen to 25 years for LRA crimes."),
    (None, "Rwanda", "attribution", "photo caption: a candle at a genocide commemoration",
     "A woman lights a candle at the Gisozi memorial in Kigali during the 30th commemoration of the genocide "
     "against the Tutsi. Photo: Kigali agency."),
    (None, "Iraq", "count", "map legend: the route of a march planned for later",
     "Dotted line: route of Saturday's planned march, 3 km from Tahrir Square to the Green Zone gates, as the "
     "organisers announced it."),
    (None, "Mali", "liveblog", "aid workers' group chat: the army denies an attack, the smoke was a brush fire",
     "[15:45] Ibrahim (Mopti): army says there was no attack on the Sévaré camp, the smoke was a brush fire."),
    (None, "Tanzania", "translated", "translated Swahili press: an opposition threat to call protests",
     "The opposition leader said he would call nationwide protests next week if the electoral commission did not "
     "resign, a Swahili daily reported."),
    (None, "Gambia", "translated", "translated Wolof radio: a former minister sentenced abroad",
     "A Swiss court sentenced former Gambian interior minister Ousman Sonko to 20 years for crimes under Yahya "
     "Jammeh, the Wolof news of a Banjul radio said."),
    (None, "Nigeria", "ngo", "NGO security log: a gas cylinder explosion, not security-related",
     "SEC LOG MDG-24-063 | Maiduguri | Explosion at a welding shop traced to a faulty gas cylinder; three hurt. Not "
     "security-related."),
]
