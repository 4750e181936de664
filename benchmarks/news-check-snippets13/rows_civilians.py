"""Violence against civilians rows of news-check-snippets13: (sub-event type, country, style, reason, text).
Written for eventwire."""

SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (SEXUAL, "Sudan", "attribution", "transcribed voice note: RSF fighters rape women in a house",
     "[voice note, 1:04, transcribed] the Rapid Support men came into the al-Jamarik quarter in El Geneina and "
     "took the girls into the back rooms, they raped three of my neighbours in front of their mother, we are "
     "hiding now near the border."),
    (SEXUAL, "Haiti", "local", "radio call-in summary: gang members rape women in a slum",
     "Cité Soleil call-in: women phoning the morning programme said members of the Brooklyn gang raped several "
     "girls from Rue Impériale on Tuesday night after breaking into their homes, and that the clinic was closed."),
    (SEXUAL, "Ethiopia", "translated", "Amharic press: soldiers accused of raping women in a town",
     "Women in Merawi told the paper that soldiers of the defence force raped several of them in their homes "
     "after taking over the town in January, and that health workers treated the victims in secret."),
    (SEXUAL, "Mozambique", "translated", "Portuguese press: insurgents rape women in a district",
     "Insurgents who entered villages in Macomia district on Sunday raped at least four women before setting "
     "houses on fire, community leaders told the Portuguese-language weekly."),
    (SEXUAL, "South Sudan", "count", "humanitarian protection tally: soldiers rape women gathering firewood",
     "Protection cluster, tally for the week: seven women and girls collecting firewood outside the Bentiu camp were raped on "
     "Saturday by armed men in army uniforms, partners report; survivors have been referred for care."),

    (ATTACK, "Nigeria", "local", "church announcement: gunmen kill villagers on Christmas Eve",
     "Announcement from the Church of Christ in Nations, Bokkos: the Christmas services are cancelled, as armed "
     "men attacked our villages on the night of 24 December, shooting people in their homes and burning houses; "
     "we mourn over a hundred members."),
    (ATTACK, "Burkina Faso", "translated", "French press: jihadists kill residents digging a trench",
     "Armed terrorist individuals opened fire on Saturday on residents of Barsalogho who were digging a defensive "
     "trench around the town on the army's orders, killing several hundred, the French-language daily wrote."),
    (ATTACK, "DR Congo", "wire", "SMS alert service: ADF rebels kill worshippers at a church",
     "ITURI ALERT SMS 03:10 - ADF fighters attacked worshippers at a night vigil in the Catholic church of "
     "Komanda, many dead, houses and shops burning. Avoid the Bunia-Komanda road until daylight."),
    (ATTACK, "Pakistan", "translated", "Pashto press: gunmen fire on a passenger convoy",
     "Gunmen waiting beside the road fired on a convoy of passenger vans travelling from Parachinar to Peshawar "
     "near Bagan in Kurram district on Thursday, killing more than forty travellers, the Pashto-language paper "
     "reported."),
    (ATTACK, "Mexico", "attribution", "local journalist's tweet: a colleague shot dead outside his home",
     "Veracruz journalist on X: our colleague who ran the local news page in Poza Rica was shot dead by two men on "
     "a motorbike outside his house this morning; he had reported threats to the prosecutor."),

    (ABDUCTION, "Nigeria", "local", "school notice: gunmen take pupils from a school",
     "Notice from the LEA Primary and Secondary School, Kuriga: the school is closed until further notice after "
     "gunmen on motorcycles took away our pupils and a teacher from the assembly ground on Thursday morning."),
    (ABDUCTION, "Burkina Faso", "passive", "French press, passive: armed men seize women gathering leaves",
     "Some fifty women who had left their village near Arbinda to gather leaves and wild fruit were taken away "
     "by armed men on Thursday, the French-language daily reported, citing relatives."),
    (ABDUCTION, "Kenya", "attribution", "local journalist's tweet: a government critic bundled into an unmarked car",
     "Nairobi reporter on X: the cartoonist who mocked the president online was pushed into a car with no number "
     "plates in Kitengela last night; his family has been to three police stations and none has him."),
    (ABDUCTION, "Haiti", "headline", "podcast show notes: gangsters seize a bus of missionaries",
     "Episode 31: Seventeen hostages. Members of the 400 Mawozo gang stopped a bus carrying American and Canadian "
     "missionaries and their children near Ganthier on their way back from an orphanage, and held them for a "
     "ransom."),
    (ABDUCTION, "Ethiopia", "translated", "Amharic press: armed men take students off a bus",
     "Armed men stopped a bus carrying university students home to Addis Ababa at Gebre Guracha and took more "
     "than a hundred of them away on Wednesday, the paper reported, blaming the rebels of the OLA."),
]
