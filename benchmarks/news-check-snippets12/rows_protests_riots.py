"""Protests and Riots rows of news-check-snippets12: (sub-event type, country, style, reason, text). Written for
eventwire."""

FORCE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
PEACEFUL = "Peaceful protest"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (FORCE, "Bangladesh", "liveblog", "live-blog entry: police fire on a student march, one dies",
     "16:40 - In Rangpur, a student demonstrator has died after police opened fire on a quota-reform march outside "
     "Begum Rokeya University, his classmates tell us."),
    (FORCE, "Iran", "wire", "in-brief column: security forces fire on worshippers protesting after prayers",
     "IN BRIEF / IRAN - Security forces fired on crowds chanting outside the Makki mosque in Zahedan after Friday "
     "prayers, killing at least 66 people, a rights group said; officials blamed separatists."),
    (FORCE, "Kenya", "wire", "TV ticker: police shoot dead protesters outside parliament",
     "BREAKING: POLICE FIRE LIVE ROUNDS AT FINANCE BILL DEMONSTRATORS OUTSIDE PARLIAMENT IN NAIROBI; AT LEAST FIVE "
     "SHOT DEAD, SAYS RIGHTS COMMISSION."),
    (FORCE, "Myanmar", "headline", "Burmese exile press: troops and police fire on residents protesting the coup",
     "Bullets at Yadanarbon. Soldiers and police of the terrorist military council fired live ammunition on "
     "residents demonstrating against the dictatorship near the Yadanarbon dockyard in Mandalay, and two of them "
     "were killed."),
    (FORCE, "Nigeria", "attribution", "fact-check verdict: soldiers did fire on protesters at a toll gate",
     "Our verdict: FALSE. Soldiers did open fire on #EndSARS demonstrators at the Lekki toll gate on the night of 20"
     " October, the Lagos judicial panel found, and at least nine people were killed."),
    (INTERVENTION, "Pakistan", "headline", "Urdu press: police baton-charge and detain protesting teachers",
     "Teachers baton-charged on The Mall. Police baton-charged and fired tear gas at teachers demanding a raise in "
     "salaries on The Mall in Lahore, and dozens of teachers were taken into custody, Jang reported."),
    (INTERVENTION, "Turkey", "headline", "Turkish press: police intervene with water and pepper gas; detentions",
     "Intervention at Saraçhane. Police intervened with pressurised water and pepper gas against the group that "
     "wanted to march from Saraçhane towards Taksim, and many people were taken into custody."),
    (INTERVENTION, "Russia", "ngo", "rights monitor: thousands detained at rallies",
     "OVD-Info: more than 3,000 people have been detained at rallies in support of Navalny across Russia on "
     "Saturday, 1,300 of them in Moscow alone, where riot police waded into the crowd on Pushkin Square."),
    (INTERVENTION, "Togo", "ngo", "election observer's note: gendarmes tear-gas a march and take four away",
     "Observer note, 12:30, Bè: gendarmes fired tear gas to break up opposition youths marching on the local "
     "electoral commission; our team saw four of them pushed into a van."),
    (INTERVENTION, "Indonesia", "headline", "police break up a student rally with tear gas and detain hundreds",
     "Omnibus law rally broken up. Police fired tear gas and water cannon at students near the palace in Jakarta and"
     " held more than 1,000 people overnight, officials said."),
    (PEACEFUL, "Sri Lanka", "headline", "a sit-in camp marks fifty days, without incident",
     "Gota Go Gama marks day 50. Thousands gathered at the Galle Face tent city in Colombo on Saturday to demand the"
     " president's resignation, waving flags and singing, without incident."),
    (PEACEFUL, "Poland", "wire", "in-brief column: a large march against a court ruling, no incidents",
     "IN BRIEF / POLAND - Tens of thousands filled Warsaw's streets on Friday in the largest march yet against the "
     "tribunal's abortion ruling, organisers said; police reported no incidents."),
    (PEACEFUL, "Lebanon", "passive", "weekly roundup: a human chain formed along the coast",
     "A human chain some 170 km long was formed along Lebanon's coast from Tripoli to Tyre on Sunday by "
     "demonstrators calling for the government to go."),
    (PEACEFUL, "Tunisia", "translated", "Arabic press: journalists hold a protest stand against a decree",
     "Journalists carried out a protest stand in front of the headquarters of their national syndicate in Tunis, "
     "raising slogans rejecting Decree 54 and demanding the release of their detained colleagues."),
    (PEACEFUL, "Argentina", "liveblog", "live-blog entry: a huge march for public universities, no incidents",
     "18:10 - Plaza de Mayo is full: hundreds of thousands of students and teachers have marched in defence of the "
     "public universities, organisers say, and there are no incidents to report."),
    (VIOLENT, "Senegal", "wire", "in-brief column: supporters of a convicted opponent set buildings on fire",
     "IN BRIEF / SENEGAL - Supporters of Ousmane Sonko set fire to university buildings and a bank branch in Dakar "
     "after his conviction on Thursday, and police answered with tear gas."),
    (VIOLENT, "United Kingdom", "communique", "police statement: a crowd attacks a mosque and burns a van",
     "Merseyside Police statement: 39 officers were hurt on St Luke's Road, Southport, last night when a crowd that "
     "had gathered to protest threw bricks and bottles at the mosque and set a police van alight."),
    (VIOLENT, "Pakistan", "headline", "Urdu press: party workers ransack and burn a commander's house",
     "Jinnah House set ablaze. After the arrest of Imran Khan, PTI workers entered the Corps Commander House in "
     "Lahore, ransacked it and set it on fire, while protesters blocked roads in several cities."),
    (VIOLENT, "Mozambique", "headline", "election protesters barricade an avenue and stone police",
     "Maputo barricades burn. Protesters angry at the election results blocked Avenida Eduardo Mondlane with burning"
     " tyres and stoned police vehicles on Thursday, residents said."),
    (VIOLENT, "Iraq", "communique", "diplomatic cable summary: demonstrators set a consulate on fire",
     "SUMMARY: Demonstrators breached and set fire to the Iranian consulate in Najaf late on 27 November; consular "
     "staff left through a rear exit. No casualties among them reported."),
    (MOB, "India", "translated", "Hindi press: villagers tie a man to a pole and beat him over theft",
     "In Seraikela-Kharsawan, villagers tied a young man to an electricity pole and thrashed him through the night "
     "on suspicion of theft; he died in hospital four days later."),
    (MOB, "Nigeria", "communique", "police command statement: students stone and burn a classmate over posts",
     "Sokoto State Police Command regrets that a mob of students stoned and set ablaze a fellow student at the Shehu"
     " Shagari College of Education over alleged blasphemous messages; two suspects are in custody."),
    (MOB, "Pakistan", "headline", "a factory crowd kills a foreign manager over blasphemy claims",
     "Horror in Sialkot. Workers of a sports-wear factory dragged their Sri Lankan manager into the street, beat him"
     " to death and burned his body after accusing him of blasphemy, police said on Friday."),
    (MOB, "Kenya", "local", "local police blotter: market traders beat a suspected thief to death",
     "Police blotter, Kisii: traders at Daraja Mbili market descended on a man they accused of snatching a phone and"
     " beat him to death before officers arrived on Tuesday afternoon."),
    (MOB, "Haiti", "liveblog", "live-blog entry: residents pull suspects from a police bus and burn them",
     "11:02 - In Canapé-Vert, residents pulled 13 suspected gang members from a police minibus, beat them and burned"
     " them under tyres, police sources say."),
]
