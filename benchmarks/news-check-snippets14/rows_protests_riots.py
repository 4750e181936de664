"""Protests and Riots rows of news-check-snippets14: (sub-event type, country, style, reason, text). Written for
eventwire."""

FORCE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
PEACEFUL = "Peaceful protest"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (PEACEFUL, "Kenya", "translated", "translated Swahili daily: a march against femicide ends without trouble",
     "Hundreds of women marched through central Nairobi on Saturday to demand an end to the killing of women, "
     "singing and holding placards, the Swahili daily said; the march ended at Parliament without trouble."),
    (PEACEFUL, "Senegal", "translated", "translated Wolof radio: traders' sit-in ends peacefully",
     "Traders from Sandaga shut their stalls and sat down in front of the Dakar town hall to refuse their "
     "relocation, a Wolof-language FM station said; they went home peacefully at dusk."),
    (PEACEFUL, "Tunisia", "headline", "wire headline alone: lawyers march against a decree",
     "Tunis lawyers march against Decree 54, demand colleagues' release."),
    (PEACEFUL, "Israel", "attribution", "photo caption: relatives hold hostages' portraits at a rally",
     "Relatives hold portraits of the hostages at Saturday night's rally on Kaplan Street, Tel Aviv, calling for a "
     "deal to bring them home. Photo: Israeli photo agency."),
    (PEACEFUL, "Serbia", "count", "map legend: towns where students held silent vigils",
     "Green dots: 37 towns where students stood in 15 minutes of silence on 1 March 2025 for the victims of the "
     "Novi Sad canopy collapse."),

    (INTERVENTION, "DR Congo", "translated", "translated Lingala radio: police tear-gas a march of lay Catholics",
     "Police fired tear gas to break up the march of Catholic lay faithful in Kinshasa after Sunday mass and took "
     "several marchers away, a Lingala-language radio said."),
    (INTERVENTION, "Uganda", "headline", "wire headline alone: police tear-gas and arrest marchers",
     "Police tear-gas, arrest anti-corruption marchers in Kampala."),
    (INTERVENTION, "Georgia", "attribution", "photo caption: water cannon turned on protesters",
     "Police turn water cannon on protesters outside the parliament on Rustaveli Avenue, Tbilisi, on 1 December "
     "2024. Photo: Tbilisi agency."),
    (INTERVENTION, "Morocco", "local", "aid workers' group chat: police break up a youth protest and take dozens away",
     "FYI colleagues, police broke up the youth protest on Mohammed V avenue in Rabat this evening and carried "
     "dozens off in vans. No injuries that we know of."),
    (INTERVENTION, "Sudan", "ngo", "NGO security log: tear gas at a professionals' march, some detained",
     "SEC LOG KRT-19-006 | Khartoum | Security forces fired tear gas at a march of professionals heading for the "
     "palace; several detained, no casualties reported."),

    (FORCE, "Nigeria", "attribution", "photo caption: soldiers open fire on seated protesters",
     "A protester waves a bloodstained flag at the Lekki toll gate, Lagos, where soldiers opened fire on seated "
     "#EndSARS demonstrators late on Tuesday. Photo: Lagos freelancer."),
    (FORCE, "Sudan", "headline", "wire headline alone: forces storm a sit-in and kill protesters",
     "Security forces storm Khartoum sit-in, dozens of protesters killed."),
    (FORCE, "Bangladesh", "local", "aid workers' group chat: police fire live rounds into a student march",
     "Guys stay off Jatrabari, police are firing live rounds straight into the student march. At least 3 bodies "
     "taken to Dhaka Medical."),
    (FORCE, "Eswatini", "ngo", "NGO security log: soldiers fire on pro-democracy marchers",
     "SEC LOG SZ-21-019 | Manzini | Soldiers fired live ammunition at pro-democracy marchers on the main road; at "
     "least five killed. Office closed until further notice."),
    (FORCE, "Iraq", "wire", "wire slug line: live rounds at protesters on a bridge",
     "BC-Iraq-Protests/ Security forces fire live rounds at protesters on Nasiriyah's Zaitoun bridge, 25 "
     "killed."),

    (VIOLENT, "Senegal", "translated", "translated Wolof television: opposition supporters burn a petrol station",
     "Young supporters of Ousmane Sonko set fire to a petrol station and stoned gendarmes in Ziguinchor after his "
     "conviction, the Wolof news on a private television channel said."),
    (VIOLENT, "Tanzania", "translated", "translated Swahili press: election protesters burn a bus and a police post",
     "Young people protesting the election results set a bus and a police post ablaze in Mbagala, Dar es Salaam, "
     "a Swahili weekly reported."),
    (VIOLENT, "Sierra Leone", "attribution", "photo caption: a police car burnt by cost-of-living protesters",
     "A police car burns on Wilkinson Road, Freetown, after protesters against the cost of living attacked "
     "officers on Wednesday. Photo: Freetown stringer."),
    (VIOLENT, "France", "wire", "wire slug line: rioters protesting a police shooting torch a town hall",
     "BC-France-Unrest/ Youths protesting the police killing of a teenager torch a town hall annexe in a Paris "
     "suburb."),
    (VIOLENT, "Iraq", "ngo", "NGO security log: protesters storm and burn an embassy",
     "SEC LOG BGD-23-044 | Baghdad | Protesters angered by a Quran burning stormed the Swedish embassy and set it "
     "on fire before dawn; no partner staff in the area."),

    (MOB, "Nigeria", "headline", "wire headline alone: students stone a classmate over alleged blasphemy",
     "Students stone Sokoto classmate to death over alleged blasphemy."),
    (MOB, "Kenya", "translated", "translated Swahili press: villagers burn elderly people accused of witchcraft",
     "Villagers in Marani, Kisii, set upon four elderly people they accused of witchcraft and burned them to death, "
     "a Swahili daily reported."),
    (MOB, "DR Congo", "translated", "translated Lingala radio: residents burn a suspected bandit",
     "Residents of Ngaba in Kinshasa caught a man they said was a kuluna bandit and burned him alive, the Lingala "
     "programme of a local radio reported."),
    (MOB, "India", "attribution", "photo caption: a man beaten to death by cow vigilantes",
     "Relatives of Sabir Malik, a waste picker beaten to death by cow vigilantes in Charkhi Dadri on suspicion of "
     "eating beef. Photo: Haryana stringer."),
    (MOB, "Haiti", "liveblog", "aid workers' group chat: residents burn suspected gang members",
     "[07:55] Jean (PAP team): residents on Delmas 60 dragged three suspected gang members out of a tap-tap and "
     "burned them, road blocked. Hold all moves."),
]
