"""Protests and Riots rows of news-check-snippets13: (sub-event type, country, style, reason, text). Written for
eventwire."""

FORCE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
PEACEFUL = "Peaceful protest"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (FORCE, "Kenya", "count", "hospital notice: gunshot patients from a protest the police fired on",
     "Kenyatta National Hospital, public notice of 26 June: we received 160 patients from Tuesday's protests "
     "against the Finance Bill in the city centre, 45 of them with gunshot wounds from police fire, and 4 were "
     "brought in dead."),
    (FORCE, "Iran", "headline", "Farsi press head: security forces fire on worshippers protesting after prayers",
     "Black Friday in Zahedan. Security forces opened fire from the roof of a police station on worshippers who "
     "had gathered after Friday prayers to protest the rape of a teenage girl in custody, and dozens were killed, "
     "the Persian-language opposition daily reported."),
    (FORCE, "Mozambique", "translated", "Portuguese press: police shoot marchers contesting an election",
     "Agents of the riot police fired real bullets at supporters of Venâncio Mondlane who were marching on "
     "Eduardo Mondlane Avenue in Maputo on Thursday against the election results, and a 16-year-old boy died "
     "before reaching the central hospital, the Lusophone weekly wrote."),
    (FORCE, "Sudan", "attribution", "local journalist's tweet: live rounds at an anti-coup march, two dead",
     "Khartoum journalist on X: security forces are firing live bullets at the marchers near the Republican Palace; "
     "the Central Committee of Sudan Doctors says two protesters have been shot dead on Qasr street."),
    (FORCE, "Guinea", "local", "radio call-in summary: gendarmes shoot a teenager at an opposition march",
     "From this morning's phone-in: callers from Hamdallaye and Bambeto said gendarmes shot dead a teenager "
     "during Thursday's march of the opposition front on the Le Prince road, and that the body was taken to the "
     "Ignace Deen hospital morgue."),

    (INTERVENTION, "Senegal", "headline", "podcast show notes: police tear-gas and arrest students at a university",
     "Episode 58: Dakar's students and the delayed vote. Police fired tear gas into the campus of Cheikh Anta Diop "
     "University on Friday and detained dozens of students who were protesting the postponement of the "
     "presidential election; our guest was among them."),
    (INTERVENTION, "United Kingdom", "communique", "Hansard line: hundreds arrested holding placards at a protest",
     "Hansard, House of Commons: the Home Secretary told the House that the Metropolitan Police had arrested 532 "
     "people in Parliament Square on Saturday for holding placards supporting a proscribed group during a sit-down "
     "protest."),
    (INTERVENTION, "Uganda", "wire", "SMS alert service: police arrest marchers heading to parliament",
     "KAMPALA ALERT SMS 10:05 - Police and soldiers blocking Parliament Avenue and arresting anti-corruption "
     "marchers as they arrive; at least 40 taken away in trucks. Keep out of the city centre today."),
    (INTERVENTION, "Morocco", "translated", "French press: the forces of order disperse a youth protest and detain dozens",
     "In Rabat, the forces of order dispersed on Sunday evening a gathering of young people from the GenZ 212 "
     "collective who were demanding better hospitals and schools, and several dozen were taken in for "
     "questioning, the French-language daily wrote."),
    (INTERVENTION, "Georgia", "attribution", "local journalist's tweet: water cannon and detentions outside parliament",
     "Tbilisi reporter, posting at 2 am: water cannon and pepper spray on Rustaveli Avenue to clear the pro-EU "
     "rally outside parliament, riot police dragging people into vans, I count at least a dozen detained."),

    (PEACEFUL, "Algeria", "translated", "French press: another Friday march of the Hirak passes without incident",
     "For the tenth Friday in a row, tens of thousands of Algerians walked through the centre of Algiers to demand "
     "the departure of the whole system, and the march broke up at nightfall without incident, the French-language "
     "daily noted."),
    (PEACEFUL, "Israel", "attribution", "local journalist's tweet: a weekly rally against the judicial overhaul",
     "Tel Aviv reporter on X, Saturday 21:30: Kaplan is full again, tens of thousands with blue-and-white flags "
     "against the judicial overhaul, speeches from the stage, no incidents so far."),
    (PEACEFUL, "Somalia", "headline", "Somali press head: a rally in the capital against a port deal",
     "Mogadishu rejects the Berbera deal. Thousands of people filled the Tribune square in Mogadishu on Thursday, "
     "waving flags and chanting against the memorandum signed between Ethiopia and Somaliland, and dispersed "
     "peacefully in the afternoon."),
    (PEACEFUL, "Indonesia", "local", "mosque committee announcement: a solidarity march after Friday prayers",
     "The mosque committee thanks the thousands of worshippers who walked with us after Friday prayers to the "
     "American embassy in Jakarta in solidarity with the people of Gaza; the march ended at three o'clock in "
     "good order."),
    (PEACEFUL, "India", "liveblog", "podcast show notes: a chapter on farmers' sit-in at the capital's border",
     "[00:14:10] Back at the Singhu border camp, where farmers from Punjab and Haryana have sat on the highway for "
     "a third week against the new farm laws, with langar kitchens and tractors parked in rows."),

    (VIOLENT, "France", "communique", "insurance claim note: a supermarket burned by rioters",
     "Claim note: the insured's supermarket at Nanterre was set on fire by rioters during the night of 28 June, "
     "in the unrest that followed the police shooting of a teenager; stock and shop fittings are a total loss."),
    (VIOLENT, "Iraq", "attribution", "local journalist's tweet: protesters storm the parliament in the Green Zone",
     "Baghdad reporter on X: Sadrist protesters pulled down the concrete walls of the Green Zone and are now "
     "inside the parliament hall, standing on the desks; the guards did not stop them."),
    (VIOLENT, "Pakistan", "headline", "Pashto press head: party supporters set a radio building on fire",
     "Radio Pakistan building ablaze in Peshawar. Supporters of the PTI, protesting the arrest of Imran Khan, "
     "stormed the broadcaster's building on Khyber Road on Wednesday and set it on fire, the Pashto-language paper "
     "reported."),
    (VIOLENT, "Nigeria", "translated", "Hausa press: protesters against hardship loot and burn in a city",
     "Protesters against the hard times broke into shops on France Road in Kano on the first day of the "
     "nationwide demonstration, carried away goods and set fire to a government building, the Hausa service "
     "reported."),
    (VIOLENT, "South Africa", "local", "radio call-in summary: protesters for a jailed ex-president loot a mall",
     "Durban call-in: listeners in Pinetown told the afternoon show that crowds marching over the jailing of Jacob "
     "Zuma broke into the shopping centre, took what they could carry and set the trucks in the parking area "
     "alight."),

    (MOB, "Haiti", "attribution", "local journalist's tweet: residents burn suspected gang members to death",
     "Port-au-Prince reporter on X: residents of Canapé-Vert stopped a minibus carrying suspected gang members, "
     "beat them and burned them with tyres in the street; police had taken their guns just before."),
    (MOB, "DR Congo", "local", "radio call-in summary: a crowd lynches a man accused of helping the ADF",
     "Beni phone-in: several callers said a crowd in the Mavivi district stoned to death a young man they accused "
     "of guiding ADF rebels, before the police arrived and fired in the air."),
    (MOB, "Bangladesh", "communique", "university notice: a man beaten to death by students in a hall",
     "Notice from the Proctor's Office, University of Dhaka: a man was beaten to death by a group of students "
     "inside Fazlul Huq Muslim Hall on Wednesday night on suspicion of theft; six students have been handed to the "
     "police."),
    (MOB, "South Africa", "attribution", "transcribed voice note: a vigilante crowd beats foreign shopkeepers",
     "[voice note, 1:10, transcribed] there's a crowd with sticks by the spaza shops in Alexandra, they're "
     "chasing the Zimbabweans and the Malawians, one guy is on the ground bleeding, they're saying the foreigners "
     "must go."),
    (MOB, "Pakistan", "local", "church announcement: a crowd burns churches after a blasphemy accusation",
     "Diocese of Faisalabad announcement: Sunday services in Jaranwala will be held in the open air, because a "
     "crowd that gathered after a blasphemy accusation torched our churches and the homes of Christian families "
     "on Wednesday."),
]
