"""Protests and riots rows of news-check-snippets16: (sub-event type, country, style, reason, text). Written for
eventwire."""

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (PEACEFUL, "Algeria", "communique", "football federation statement: matches put off as crowds march peacefully",
     "Statement of the football federation, 8 March 2019: this weekend's league matches are postponed as "
     "hundreds of thousands march peacefully in Algiers and other cities against a fifth term for the president."),
    (PEACEFUL, "Malawi", "communique", "electoral commission statement: opposition supporters march with a petition",
     "Electoral commission statement, 20 June 2019: the commission notes that opposition supporters marched "
     "through Lilongwe today without incident and handed in a petition asking for the chairperson to step down."),
    (PEACEFUL, "Uganda", "translated", "translated Luganda radio: market vendors march against new taxes",
     "Hundreds of market vendors closed their stalls and marched through the centre of Kampala on Monday against "
     "new taxes, the Luganda service of a city radio reported; the march ended at City Hall."),
    (PEACEFUL, "Sri Lanka", "translated", "translated Tamil daily: mothers of the disappeared hold a silent sit-in",
     "Mothers of the disappeared held a silent sit-in outside the Kilinochchi district secretariat on Wednesday, "
     "holding up photographs of their missing sons, a Tamil daily in Jaffna reported."),
    (PEACEFUL, "India", "local", "railway notice: trains late as farmers sit on the tracks in a rail blockade",
     "Northern Railway passenger notice, 18 February 2021: fourteen trains in Punjab and Haryana are running late "
     "because farmers are sitting on the tracks at several stations in a four-hour protest against the farm laws."),

    (INTERVENTION, "Libya", "attribution", "migrant helpline log: police break up a refugees' sit-in",
     "Helpline log, call 5120, a woman calling from outside the refugee agency's office in Tripoli on 10 January "
     "2022: police came at dawn, tore down the tents of the sit-in and took dozens of the men away in buses."),
    (INTERVENTION, "Nigeria", "communique", "electoral commission statement: police tear-gas a crowd at a collation centre",
     "INEC statement, 20 March 2023: the commission regrets that police fired tear gas to move supporters of a "
     "governorship candidate who had gathered outside the Kano collation centre; collation resumed an hour later."),
    (INTERVENTION, "Nepal", "translated", "translated Nepali daily: police push marchers back with batons and water cannon",
     "Police used batons and a water cannon to push back royalist marchers heading for Baneshwor in Kathmandu on "
     "Friday, a Nepali-language daily reported; nobody was seriously hurt."),
    (INTERVENTION, "Georgia", "local", "diary entry: riot police clear a sit-down protest and detain friends",
     "Diary, Tbilisi, 30 November 2024: riot police with a water cannon pushed us off Rustaveli Avenue at about "
     "one in the morning and detained several of my friends, though we had only been standing and singing."),
    (INTERVENTION, "Kenya", "headline", "security alert bulletin: police tear-gas a teachers' march",
     "Security alert bulletin | Nairobi CBD | level amber: police are firing tear gas to break up a march of "
     "teachers on Parliament Road; avoid the area until the afternoon."),

    (EXCESSIVE, "Nigeria", "translated", "translated Igbo press: soldiers fire on EndSARS protesters at Lekki",
     "Soldiers opened fire on young people protesting peacefully against police brutality at the Lekki toll gate "
     "on Tuesday night, killing several of them, an Igbo-language paper in Enugu reported."),
    (EXCESSIVE, "Sudan", "passive", "encyclopedia lead: protesters at the sit-in killed by security forces",
     "More than a hundred protesters were killed on 3 June 2019 when the sit-in outside army headquarters in "
     "Khartoum was broken up by the Rapid Support Forces and other security units."),
    (EXCESSIVE, "Guinea", "ngo", "mining company incident log: gendarmes shoot villagers blocking a mine road",
     "Site incident log, bauxite haul road near Boké, 12 May 2022: gendarmes shot dead two young men among the "
     "villagers blocking the road in protest over jobs; hauling is suspended."),
    (EXCESSIVE, "Niger", "translated", "translated Zarma radio: a convoy's escort fires on a crowd blocking its way",
     "Three young men were killed at Téra when troops escorting a French army convoy fired on the crowd that had "
     "blocked its way for two days, the Zarma news of the state radio said."),
    (EXCESSIVE, "Mozambique", "headline", "security alert bulletin: police fire live rounds into a peaceful march",
     "Security alert bulletin | Maputo | level red: police fired live rounds into a peaceful opposition march on "
     "Avenida Eduardo Mondlane this morning, killing at least three people."),

    (VIOLENT, "Nigeria", "communique", "oil company statement: protesting youths set a flow station on fire",
     "Statement by the pipeline operator, 6 July 2021: youths protesting over unpaid compensation set fire to our "
     "flow station at Ogbia and threw stones at the police who came to protect it."),
    (VIOLENT, "Uganda", "translated", "translated Luganda radio: supporters burn tyres and stone police after an arrest",
     "Supporters of Bobi Wine burned tyres and hurled stones at the police across Kampala on Wednesday after "
     "hearing that he had been detained in the east, the Luganda news of a city station said."),
    (VIOLENT, "Iraq", "passive", "encyclopedia lead: a consulate stormed and burned by protesters",
     "The Iranian consulate in Basra was stormed and set alight by protesters angry over water and power cuts on "
     "7 September 2018."),
    (VIOLENT, "Chile", "local", "diary entry: students smash turnstiles and set metro stations on fire",
     "Diary, Santiago, 18 October 2019: students furious about the fare rise smashed the metro turnstiles and set "
     "several stations on fire tonight, and the whole city is without trains."),
    (VIOLENT, "Senegal", "headline", "security alert bulletin: supporters burn tyres and stone gendarmes",
     "Security alert bulletin | Dakar | level red: supporters of Ousmane Sonko are burning tyres, stoning "
     "gendarmes and breaking into shops in the Colobane area; stay indoors."),

    (MOB, "Nigeria", "passive", "encyclopedia lead: a student beaten and burned to death by a mob",
     "Deborah Samuel Yakubu was beaten and burned to death by a mob of fellow students in Sokoto on 12 May 2022 "
     "over a voice message they called blasphemous."),
    (MOB, "Tunisia", "attribution", "migrant helpline log: local men with sticks beat migrants out of a flat",
     "Helpline log, call 6032, a Cameroonian man calling from Sfax on 4 July 2023: a crowd of local men with "
     "sticks broke into the flat he shares with nine others, beat them and threw them into the street."),
    (MOB, "Sri Lanka", "translated", "translated Tamil daily: mobs burn Muslim-owned shops and a mosque",
     "Mobs burned Muslim-owned shops, homes and a mosque in Digana near Kandy on Monday night, a Tamil daily in "
     "Colombo reported."),
    (MOB, "Pakistan", "local", "bus company notice: services suspended after a mob burns churches",
     "Passenger notice from an intercity coach company, 16 August 2023: our services through Jaranwala are "
     "suspended after a mob burned churches and Christian homes in the town."),
    (MOB, "South Africa", "translated", "translated isiZulu news: crowds attack foreign nationals and burn shops",
     "Crowds armed with sticks attacked foreign nationals and burned their shops in Jeppestown and Malvern on "
     "Monday, the isiZulu news of the public broadcaster reported."),
]
