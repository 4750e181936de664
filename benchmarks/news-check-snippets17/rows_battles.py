"""Battles rows of news-check-snippets17: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (CLASH, "Sudan", "local", "livestock market report: the army and the RSF fight on a trade road",
     "Livestock market report, En Nahud, week of 14 July 2023: camel and sheep arrivals fell by half after the "
     "army and the Rapid Support Forces fought on the Babanusa road for two days; export sheep went up 30 percent."),
    (CLASH, "South Sudan", "translated", "translated Dinka radio: SPLA-IO fighters and government troops clash",
     "SPLA-IO fighters and government soldiers of the SSPDF clashed at Mathiang in Upper Nile on Tuesday, leaving "
     "several dead on both sides, a Dinka-language radio programme in Malakal reported."),
    (CLASH, "Ethiopia", "headline", "telecom network status: the army and the OLA exchange fire near towers",
     "Network status | Oromia West | 9 sites down: service round Nekemte is cut after government troops and Oromo "
     "Liberation Army fighters exchanged fire near two of our towers on 3 May 2024; engineers go back when it is safe."),
    (CLASH, "Philippines", "translated", "translated Cebuano radio: soldiers and Dawlah Islamiyah fighters fight",
     "Government soldiers and fighters of the Dawlah Islamiyah battled for an hour in a village of Maguing, Lanao "
     "del Sur, on Sunday, leaving two soldiers wounded, a Cebuano-language morning programme in Cagayan de Oro said."),
    (CLASH, "Colombia", "local", "travel blog: the bus waits while the army and the ELN shoot at each other",
     "Travel blog, 9 March 2022, day twelve on the road: our bus sat for five hours outside Tibú because the army and "
     "ELN guerrillas were shooting at each other in the hills ahead; nobody on board was hurt."),

    (GRT, "Mozambique", "translated", "translated Emakhuwa radio: troops take back Mocímboa da Praia by fighting",
     "Mozambican and Rwandan troops took back the town of Mocímboa da Praia from the insurgents after a week of "
     "fighting, an Emakhuwa-language community radio in Nampula reported in August 2021."),
    (GRT, "Syria", "attribution", "oral history archive: government forces storm back into Maarat al-Numan",
     "Oral history archive, interview 77, recorded in 2022: the narrator, a teacher from Maarat al-Numan, says "
     "government forces fought their way back into the town in January 2020 after weeks of battles with the rebels."),
    (GRT, "Ukraine", "passive", "journal abstract: Balakliia recaptured by Ukrainian forces in a counter-offensive",
     "Abstract: Balakliia was recaptured by Ukrainian forces on 8 September 2022, after street fighting in the first "
     "days of the Kharkiv counter-offensive; we trace how its residents remember the six months of occupation."),
    (GRT, "Somalia", "ngo", "epidemiological week report: the army retakes Adan Yabaal from al-Shabaab",
     "Epi week 50 report, Middle Shabelle, 2022: the army's recapture of Adan Yabaal from al-Shabaab after heavy "
     "fighting on 6 December has reopened the district to our vaccinators; measles cases this week: 14."),
    (GRT, "Nigeria", "local", "diaspora newsletter: the army recaptures Marte from ISWAP after fighting",
     "Marte Progressive Union newsletter (UK chapter), May 2021: the army has recaptured Marte from ISWAP after two "
     "days of fighting, and the chapter's relief fund will go to families returning to the town."),

    (NSA, "DR Congo", "communique", "grain exchange notice: M23 fights its way into Goma",
     "Notice from the Goma produce traders' board, 29 January 2025: maize and bean prices doubled overnight after "
     "M23 fighters, backed by Rwandan troops, fought their way into the city; the board suspends its fixed prices."),
    (NSA, "Burkina Faso", "ngo", "epidemiological week report: JNIM overruns a town's defenders and holds it",
     "Epi week 23 report, Est region, 2024: no data from the Pama health district this week, after JNIM fighters "
     "overran the town's soldiers and volunteers on 2 June and took control of it."),
    (NSA, "Myanmar", "translated", "translated Shan news: the MNDAA takes Lashio after weeks of fighting",
     "After weeks of fighting the MNDAA took control of Lashio, including the army's north-eastern command, on "
     "3 August 2024, a Shan-language news site reported."),
    (NSA, "Sudan", "local", "diaspora newsletter: the RSF overruns Wad Madani after fighting the army",
     "Gezira Sons' Association newsletter, January 2024: our hearts are with Wad Madani, which the Rapid Support "
     "Forces overran on 18 December after fighting the army at the bridges."),
    (NSA, "Mozambique", "headline", "telecom network status: insurgents storm and hold Macomia",
     "Network status | Cabo Delgado | Macomia: all sites off air since 10 May 2024, when insurgents stormed the town, "
     "fought off its defenders and held it for three days; no restoration date yet."),
]
