"""Protests and riots rows of news-check-snippets17: (sub-event type, country, style, reason, text). Written for
eventwire."""

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (PEACEFUL, "Kenya", "translated", "translated Kikuyu radio: tea farmers march peacefully and hand in a petition",
     "Hundreds of tea farmers marched through Murang'a town on Monday to demand higher bonus payments, a "
     "Kikuyu-language station reported; they handed a petition to the county office and went home."),
    (PEACEFUL, "Algeria", "local", "travel blog: tens of thousands march against a fifth term, no trouble",
     "Travel blog, Algiers, 1 March 2019: Friday, and the whole city walked, tens of thousands marching against a "
     "fifth term for Bouteflika, singing, with the police watching and no trouble at all."),
    (PEACEFUL, "Lebanon", "local", "diaspora newsletter: crowds fill a Beirut square peacefully",
     "Lebanese community bulletin, Sydney, 20 October 2019: back home the crowds filled Riad al-Solh Square again "
     "today, peacefully, calling on the whole political class to go."),
    (PEACEFUL, "Nigeria", "local", "grain market report: dealers hold a sit-in against levies, no incidents",
     "Grain market report, Dawanau (Kano), 9 October 2023: trading was slow as grain dealers held a sit-in at the "
     "market gate against new state levies; no incidents were reported."),
    (PEACEFUL, "Sri Lanka", "translated", "translated Sinhala daily: thousands gather peacefully at Galle Face",
     "Thousands of people gathered at Galle Face in Colombo on Saturday to demand the president's resignation over "
     "the fuel and food shortages, a Sinhala-language daily reported, and the crowd dispersed at night."),

    (INTERVENTION, "Zimbabwe", "translated", "translated Shona weekly: police tear-gas vendors and detain some",
     "Police fired tear gas to break up a march by street vendors in central Harare on Wednesday and detained "
     "several of them, a Shona-language weekly reported."),
    (INTERVENTION, "Uganda", "translated", "translated Acholi radio: police disperse students and arrest eleven",
     "Police dispersed Gulu University students who were marching against a fees rise on Thursday, firing tear gas "
     "and arresting eleven, an Acholi-language station reported."),
    (INTERVENTION, "Tunisia", "liveblog", "travel blog with a time: police use tear gas and water cannon on youths",
     "Travel blog, Tunis, 14 January 2021, 18:40: the avenue is closed, police are firing tear gas and water cannon "
     "at a few hundred young protesters near the interior ministry; we are back at the hostel."),
    (INTERVENTION, "Pakistan", "translated", "translated Sindhi channel: police baton-charge and arrest teachers",
     "Police baton-charged and arrested dozens of contract teachers protesting for permanent jobs outside the "
     "Karachi press club on Sunday, a Sindhi-language channel reported."),
    (INTERVENTION, "Jordan", "local", "travel blog: riot police push back and detain striking teachers",
     "Travel blog, Amman, 29 July 2020: we never reached the old town because riot police were pushing back and "
     "detaining striking teachers who had tried to gather near parliament."),

    (EXCESSIVE, "Kenya", "translated", "translated Dholuo radio: police shoot dead two marchers",
     "Police shot dead two young men when they fired live bullets at opposition supporters marching in Kisumu on "
     "Wednesday, a Dholuo-language radio station said."),
    (EXCESSIVE, "Sudan", "local", "diaspora newsletter: security forces fire on anti-coup marchers",
     "Sudanese diaspora newsletter, Cardiff, November 2021: security forces opened fire on anti-coup marchers in "
     "Khartoum North on 17 November, killing at least fifteen; a vigil will be held on Saturday."),
    (EXCESSIVE, "Iran", "attribution", "oral history archive: security forces fire on worshippers protesting",
     "Oral history archive, interview 203, recorded 2023: the narrator, a student from Zahedan, says security forces "
     "fired on worshippers protesting after Friday prayers on 30 September 2022 and killed dozens."),
    (EXCESSIVE, "Myanmar", "translated", "translated Kachin outlet: soldiers fire on anti-coup protesters",
     "Soldiers and police shot dead at least six people when they fired on anti-coup protesters in Myitkyina on "
     "Monday, a Kachin-language outlet reported."),
    (EXCESSIVE, "Chad", "count", "epidemiological week report led by the toll: forces fire on protesters",
     "Epi week 42 report, N'Djamena, 2022: 48 gunshot deaths recorded by the trauma surveillance line after security "
     "forces fired on opposition protesters on 20 October; cholera reporting is delayed."),

    (VIOLENT, "Eswatini", "translated", "translated siSwati radio: protesters burn shops and stone police",
     "Protesters demanding democratic reforms burned shops and stoned police vehicles in Manzini on Tuesday, a "
     "siSwati-language radio service reported."),
    (VIOLENT, "Iraq", "local", "grain market report: protesters storm and burn a consulate",
     "Grain market report, Najaf, 28 November 2019: wheat deliveries to the silos stopped after protesters stormed "
     "the Iranian consulate overnight and set it on fire."),
    (VIOLENT, "South Africa", "headline", "telecom network status: protesters burn trucks and loot shops",
     "Network status | KwaZulu-Natal | 113 sites down: protesters demanding Zuma's release burned trucks and looted "
     "shops along the N3 on 12 July 2021, cutting power to our towers."),
    (VIOLENT, "Senegal", "local", "diaspora newsletter: protesters loot supermarkets and burn petrol stations",
     "Senegalese association newsletter, Milan, March 2021: in Dakar, protesters angry at Sonko's arrest have looted "
     "supermarkets and set petrol stations on fire for a third day."),
    (VIOLENT, "Pakistan", "translated", "translated Balochi paper: protesters torch a police post",
     "Protesters angry at the killing of a student torched a police post and blocked the coastal highway in Turbat "
     "on Saturday, a Balochi-language paper reported."),

    (MOB, "Nigeria", "local", "livestock market report: a crowd beats a suspected thief to death",
     "Livestock market report, Kara market (Ogun), 6 June 2022: trading resumed after Monday's trouble, when a crowd "
     "beat to death a man accused of stealing a ram from the pens."),
    (MOB, "Malawi", "translated", "translated Chichewa radio: a mob kills two women accused of witchcraft",
     "A mob killed two elderly women accused of witchcraft in Nsanje district on Friday, a Chichewa-language radio "
     "reported."),
    (MOB, "India", "translated", "translated Manipuri daily: crowds of two communities attack each other",
     "Crowds of Meitei and Kuki villagers attacked each other with sticks and set houses alight in Churachandpur on "
     "3 May 2023, a Manipuri-language daily reported."),
    (MOB, "South Africa", "local", "travel blog: mobs attack foreigners' shops and beat migrants",
     "Travel blog, Johannesburg, 3 September 2019: the city centre was shut because mobs were attacking shops owned "
     "by foreigners and beating anyone they took for a migrant."),
    (MOB, "Ghana", "passive", "journal abstract: a woman accused of witchcraft beaten to death by a crowd",
     "Abstract: a ninety-year-old woman accused of witchcraft was beaten to death by a crowd in Kafaba, northern "
     "Ghana, in July 2020; this article traces the accusation back through the village's quarrels."),
]
