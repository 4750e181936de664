"""Non-event rows of news-check-snippets13: (None, country, style, reason, text). Each reads like an event and is
not one. Written for eventwire."""

ROWS = [
    (None, "France", "wire", "court reporter's one-liner: a verdict on attacks years ago",
     "COURT - Paris special assize court: Salah Abdeslam given a whole-life term for the November 2015 attacks on "
     "the Bataclan, the cafés and the Stade de France; nineteen co-accused also convicted."),
    (None, "Kenya", "communique", "Hansard line: a minister answers on a threat, no act",
     "Hansard, National Assembly: the Cabinet Secretary for the Interior said that intelligence pointed to plans "
     "by al-Shabaab to attack schools in Garissa and Mandera before the exams, and that patrols had been "
     "increased."),
    (None, "Nigeria", "local", "church announcement: an anniversary Mass for victims of an old attack",
     "Announcement from St Francis Catholic Church, Owo: a Mass of remembrance will be held on Pentecost Sunday for "
     "the parishioners killed in the attack on our church one year ago."),
    (None, "South Africa", "local", "school notice: an evacuation drill",
     "Notice to parents: on Wednesday at 10:00 the school will run a full evacuation drill with the fire "
     "department; you will hear the siren and see the learners gathered on the sports field."),
    (None, "Rwanda", "communique", "hospital notice: a mass-casualty exercise",
     "King Faisal Hospital, notice: a mass-casualty exercise simulating a bus explosion will take place at the "
     "emergency entrance on Saturday morning, with volunteers playing the injured."),
    (None, "Nigeria", "headline", "sports page: a football win in war words",
     "Eagles bomb the Black Stars. Super Eagles strikers fired three shots past the Ghanaian goalkeeper in the first "
     "half in Abuja on Tuesday, and the visitors' defence was left in ruins."),
    (None, "Ghana", "communique", "insurance claim note: a warehouse fire from an electrical fault",
     "Claim note: the fire that destroyed the insured's warehouse in the Tema industrial area on 3 March started "
     "in a faulty distribution board, according to the fire service report; no third party was involved."),
    (None, "Eritrea", "ngo", "satellite-imagery analyst's note: no sign of a reported base",
     "Imagery note: a pass over Assab port this month shows no new construction and the hangars of the former "
     "Emirati base still empty, contrary to reports of a new foreign military presence."),
    (None, "Uganda", "attribution", "transcribed voice note: a loud bang was a transformer, not a bomb",
     "[voice note, 0:29, transcribed] people calm down, the bang in Ntinda was the transformer by the market "
     "exploding, not a bomb, UMEME people are there now, no one is hurt."),
    (None, "Nigeria", "headline", "podcast show notes: a look back at a kidnapping ten years on",
     "Episode 88: Ten years since Chibok. We talk to two women who were taken from their school dormitory in 2014 "
     "and to the lawyer who still counts the girls not yet home."),
    (None, "Burkina Faso", "attribution", "local journalist's tweet: the army denies an attack on a base",
     "Ouagadougou reporter on X: the army spokesman denies the reports circulating since this morning of an "
     "attack on the Djibo detachment; he says the gunfire heard was a training exercise."),
    (None, "Somalia", "wire", "SMS alert service: a controlled detonation of old munitions",
     "MOGADISHU ALERT SMS 08:50 - Controlled detonation of old munitions at the airport range from 10:00 to "
     "12:00; loud bangs expected, no cause for concern."),
    (None, "Tanzania", "local", "radio call-in summary: a cattle-theft complaint, crime without a political side",
     "Morning call-in, Arusha: several callers complained that thieves had driven away their cows from the bomas "
     "at night and asked why the police had not yet arrested anyone."),
    (None, "Iran", "translated", "Farsi press: a court sentences a protester to death",
     "The revolutionary court in Tehran sentenced a young protester to death on a charge of waging war against "
     "God over the street unrest of last autumn, the Persian-language daily reported; he may appeal."),
    (None, "Afghanistan", "translated", "Pashto press: an earthquake kills villagers",
     "A powerful earthquake struck Kunar province shortly before midnight on Sunday and brought down mud houses "
     "in several villages, killing hundreds, the Pashto-language news agency reported."),
    (None, "Nigeria", "translated", "Hausa press: a boat capsizes on a river",
     "A boat carrying more than a hundred people to a wedding capsized on the Niger River near Mokwa on Monday "
     "night, and divers recovered dozens of bodies, the Hausa service reported."),
    (None, "Somalia", "translated", "Somali press: a militant's recorded threat",
     "Al-Shabaab's spokesman warned in an audio message on Thursday that the group would target anyone who takes "
     "part in the coming local elections in Mogadishu, the Somali-language website reported."),
    (None, "Ethiopia", "translated", "Amharic press: a victory anniversary with a parade",
     "Crowds in traditional dress and soldiers on horseback filled Menelik Square on Saturday to mark the "
     "anniversary of the victory of Adwa, the Amharic daily reported."),
    (None, "Brazil", "translated", "Portuguese press: a court convicts a former president over a coup plot",
     "The Supreme Federal Court sentenced former president Jair Bolsonaro to 27 years in prison for plotting a "
     "coup after the 2022 election, the Portuguese-language daily reported."),
    (None, "Senegal", "translated", "French press: the gendarmerie denies a shooting",
     "The gendarmerie denied on Tuesday that any shot had been fired at Ziguinchor market, saying that the noise "
     "that frightened traders came from a burst lorry tyre, the French-language daily reported."),
    (None, "Kenya", "wire", "court reporter's one-liner: a land-dispute stabbing, no political side",
     "COURT - Kakamega: farmer jailed for 15 years for stabbing his brother to death in a quarrel over a piece "
     "of the family land in 2021."),
    (None, "Bosnia and Herzegovina", "communique", "Hansard line: a debate marking a massacre's anniversary",
     "Hansard, House of Commons: the House marked the thirtieth anniversary of the Srebrenica genocide, in which "
     "more than 8,000 Bosniak men and boys were killed in July 1995."),
    (None, "Lebanon", "local", "mosque announcement: the Ramadan cannon",
     "Announcement from the mosque in Tripoli: the Ramadan cannon will be fired from the citadel at sunset each "
     "evening to mark the breaking of the fast; do not be alarmed."),
    (None, "Libya", "ngo", "satellite-imagery analyst's note: floods after dams burst",
     "Imagery note: the pass of 13 September shows whole blocks of central Derna washed into the sea after the two "
     "dams above the city burst in the storm."),
    (None, "Nigeria", "attribution", "local journalist's tweet: a former head of state dies of illness",
     "Abuja reporter on X: former president and ex-military ruler Muhammadu Buhari has died in a London clinic "
     "after a long illness, his spokesman confirms."),
]
