"""Non-event rows of news-check-snippets17 (null sub-event type): (None, country, style, reason, text). Written for
eventwire."""

ROWS = [
    (None, "Nigeria", "local", "livestock market report: a cooking fire burns the fodder sheds",
     "Livestock market report, Wudil (Kano), 2022: a fire started by a cooking stove burned down the fodder sheds "
     "overnight; no animals were lost and trading goes on."),
    (None, "Nigeria", "wire", "food security outlook: floods after a dam burst",
     "Food security outlook update, Borno, September 2024: floods from the Alau dam burst have swept through "
     "Maiduguri and displaced hundreds of thousands, and cholera cases are rising."),
    (None, "Mozambique", "headline", "telecom network status: a cyclone brings down sites",
     "Network status | Beira | 40 sites down: cyclone Idai tore down masts and flooded the city on 14 March 2019; "
     "crews are waiting for the water to fall."),
    (None, "Somalia", "local", "diaspora newsletter: members remember an old bombing",
     "Somali diaspora newsletter, Minneapolis, October 2025: members will gather on 14 October to remember the "
     "victims of the 2017 Zoobe truck bombing, with prayers and a reading of names."),
    (None, "Ethiopia", "local", "travel blog: the dawn rattle was celebratory fire at a wedding",
     "Travel blog, Gondar, 19 January 2024: the rattling at dawn was not fighting, our guide says, but guests firing "
     "into the air at a neighbour's wedding."),
    (None, "Mali", "passive", "journal abstract: a film's plot of jihadist occupiers flogging villagers",
     "Abstract: this article reads the film Timbuktu (2014), whose jihadist occupiers flog a singer and stone a "
     "couple, as a portrait of the town's ordinary courage."),
    (None, "South Sudan", "attribution", "oral history archive: a former commander dies of a stroke",
     "Oral history archive, interview 9, recorded 2019: the narrator says her husband, a former rebel commander, "
     "died of a stroke in a Juba hospital that spring."),
    (None, "Gambia", "local", "diaspora newsletter: a court sentences a man for killings years ago",
     "Gambian diaspora newsletter, Bristol, December 2023: a German court has sentenced a former member of Jammeh's "
     "death squad to life in prison for killings committed in 2003 and 2006."),
    (None, "Kenya", "headline", "telecom network status: al-Shabaab threatens masts, all sites up",
     "Network status | Mandera | all sites up: al-Shabaab has threatened in leaflets to attack our masts, and guards "
     "have been doubled, but nothing has happened."),
    (None, "Rwanda", "ngo", "epidemiological week report: a mass-casualty drill",
     "Epi week 12 report, Kigali, 2023: the teaching hospital ran a mass-casualty drill with a staged bus bombing on "
     "Thursday, so the emergency figures for that day are not real cases."),
    (None, "Cameroon", "translated", "translated Cameroonian Pidgin radio: the army denies burning houses",
     "The army denied on Tuesday that its soldiers had burned houses in Mamfe, saying the smoke came from a bush fire, "
     "a Pidgin-language station reported."),
    (None, "Tunisia", "local", "travel blog: a football derby called a battle",
     "Travel blog, Tunis, 12 March 2023: the derby between Espérance and Club Africain was a battle from the first "
     "whistle, and the whole stadium was on its feet for both goals."),
    (None, "Philippines", "translated", "translated Cebuano sports show: a boxer's attack in the ring",
     "The Mindanao boxer launched a furious attack in the eighth round to knock out his rival in General Santos on "
     "Saturday, a Cebuano-language sports show said."),
    (None, "Kenya", "local", "grain market report: thieves steal maize from a warehouse",
     "Grain market report, Eldoret, August 2021: thieves broke into a warehouse at the depot on Sunday night and "
     "stole forty bags of maize; police are looking for a lorry."),
    (None, "Algeria", "translated", "translated Kabyle radio: a gas cylinder explodes in a restaurant",
     "A gas cylinder exploded in a restaurant in Béjaïa on Sunday, injuring six people, a Kabyle-language radio "
     "reported."),
    (None, "Zimbabwe", "translated", "translated Shona radio: dynamite stored at a gold mine blows up by accident",
     "Dynamite stored at an illegal gold mine blew up by accident near Kadoma on Thursday, killing three miners, a "
     "Shona-language radio reported."),
    (None, "Morocco", "liveblog", "travel blog with a time: an earthquake shakes the riad",
     "Travel blog, Marrakesh, 8 September 2023, 23:30: the earthquake shook the riad for twenty seconds and the whole "
     "lane is sleeping outside in the square tonight."),
    (None, "Syria", "passive", "journal abstract: an officer sentenced for torture committed years before",
     "Abstract: Anwar Raslan was sentenced to life by a court in Koblenz in January 2022 for crimes against humanity "
     "committed in a Damascus prison in 2011 and 2012."),
    (None, "South Sudan", "translated", "translated Nuer radio: survivors mark ten years since old killings",
     "Survivors gathered in Bentiu on Friday to mark ten years since the killings of December 2013, a Nuer-language "
     "radio programme reported."),
    (None, "South Sudan", "translated", "translated Dinka radio: an army live-fire exercise",
     "South Sudan's army held a live-fire exercise near Bor on Tuesday and told residents not to panic at the sound "
     "of heavy guns, a Dinka-language radio reported."),
    (None, "Pakistan", "translated", "translated Sindhi daily: a banned group threatens to attack railway lines",
     "A banned separatist group threatened in a leaflet to attack railway lines in northern Sindh, a Sindhi-language "
     "daily reported."),
    (None, "Uganda", "translated", "translated Acholi radio: a football side attacks and fires goals",
     "Gulu United attacked from the first whistle and fired three goals past their visitors on Sunday, an "
     "Acholi-language station reported."),
    (None, "Kenya", "translated", "translated Kikuyu radio: a former president dies at ninety",
     "Former President Mwai Kibaki has died at the age of ninety, a Kikuyu-language station reported on Friday."),
    (None, "Iraq", "local", "diaspora newsletter: members mark the anniversary of a gas attack",
     "Kurdish diaspora newsletter, Stockholm, March 2023: members will mark the thirty-fifth anniversary of the gas "
     "attack on Halabja with a vigil outside the town hall."),
    (None, "Lebanon", "headline", "telecom network status: stored ammonium nitrate explodes at a port",
     "Network status | Beirut | 31 sites damaged: the explosion of ammonium nitrate stored at the port on "
     "4 August 2020 blew out our equipment rooms across the city."),
]
