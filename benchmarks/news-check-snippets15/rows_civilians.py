"""Violence against civilians rows of news-check-snippets15: (sub-event type, country, style, reason, text).
Written for eventwire."""

ATTACK = "Attack"
SEXUAL = "Sexual violence"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (ATTACK, "Burkina Faso", "translated", "translated Fulfulde radio: men on motorbikes kill villagers house to house",
     "Armed men on motorbikes killed more than a hundred people in Solhan in the night of Friday, going from house "
     "to house and burning the market, the Fulfulde news of a Dori radio said."),
    (ATTACK, "Nigeria", "passive", "obituary: a woman shot when gunmen attacked a church",
     "A retired headmistress of Owo, 71, who was shot when gunmen stormed St Francis Xavier church on Pentecost "
     "Sunday, 5 June 2022, will be laid to rest in her family compound on Friday."),
    (ATTACK, "DR Congo", "ngo", "UN report paragraph: CODECO fighters attack a displacement site",
     "Para 27. On the night of 1 February 2022, CODECO fighters armed with machetes and guns attacked the Plaine "
     "Savo displacement site in Djugu territory, killing 62 people."),
    (ATTACK, "Ethiopia", "translated", "translated Oromo radio: armed men kill villagers, survivors say",
     "Armed men killed hundreds of Amhara villagers in Tole kebele of Gimbi district on Saturday, the Afaan Oromoo "
     "service said, citing survivors who hid in the maize."),
    (ATTACK, "Mali", "headline", "explainer: soldiers and foreign fighters execute men in a market town",
     "What happened at Moura? Over five days in March 2022, Malian soldiers and foreign fighters rounded up and "
     "executed hundreds of men in the market town, a UN inquiry later found."),

    (SEXUAL, "DR Congo", "ngo", "UN report paragraph: armed men rape women gathering firewood",
     "Para 44. On 11 July 2023, armed men in uniform raped seven women who had gone to gather firewood outside "
     "the Bulengo displacement site near Goma."),
    (SEXUAL, "Sudan", "communique", "medical network statement: RSF fighters rape women and girls in a village",
     "Statement from the Sudan Doctors Network: RSF fighters raped at least eleven women and girls in a village "
     "east of Wad Madani on Sunday after storming their homes."),
    (SEXUAL, "Haiti", "translated", "translated Haitian Creole radio: gang members rape a mother and her daughters",
     "Gang members raped two girls and their mother in Cité Soleil's Brooklyn quarter on Wednesday night after "
     "forcing their door, a Creole-language morning programme said."),
    (SEXUAL, "Central African Republic", "translated", "translated Sango radio: 3R men rape women on a farm road",
     "Men of the 3R armed group raped four women on the road between Bocaranga and Koui on Monday as they walked to "
     "their fields, the Sango news bulletin said."),
    (SEXUAL, "South Sudan", "attribution", "letter to the editor: girls raped by armed men outside a camp",
     "Letter to the editor, from an aid worker in Bentiu: Sir, this week alone three girls from the camp were "
     "raped by armed men when they went out to collect firewood."),

    (ABDUCTION, "Nigeria", "local", "family appeal: a boy taken with classmates by gunmen",
     "APPEAL: our son Abubakar, 12, was taken with his classmates from the LEA school in Kuriga by gunmen on "
     "motorbikes on 7 March; anyone with news, please call his father."),
    (ABDUCTION, "Haiti", "communique", "travel advisory: a gang seizes missionaries on a road",
     "Travel advice update, Haiti, 17 October 2021: a gang seized 17 missionaries and members of their families on "
     "the road to Croix-des-Bouquets on Saturday; do not travel to Haiti."),
    (ABDUCTION, "Pakistan", "local", "missing-person notice: a student picked up by men in plain clothes",
     "MISSING: Rashid Baloch, a student at the University of Turbat, was picked up from his hostel by men in plain "
     "clothes on the night of 2 April and has not been seen since; his family begs for news."),
    (ABDUCTION, "Kenya", "local", "council minutes: a cartoonist taken from a barber's shop and still missing",
     "Minutes, Embu County Assembly, item 4: the speaker told members that a young man known for posting cartoons "
     "of the President had been taken from a barber's shop by men in a double-cabin car on 21 December and was "
     "still missing."),
    (ABDUCTION, "Cameroon", "ngo", "UN report paragraph: separatists abduct pupils from a school",
     "Para 31. On 5 November 2018, armed separatists abducted 78 pupils and their principal from a Presbyterian "
     "secondary school in Nkwen, Bamenda; they were freed two days later."),
]
