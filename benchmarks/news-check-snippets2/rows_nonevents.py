"""Non-event rows of news-check-snippets2: (None, country, style, reason, text). Same vocabulary, no codable act."""

ROWS = [
    (None, "Sudan", "attribution", "a warning, no act",
     "The UN's envoy for Sudan warned on Monday that an all-out assault on El Fasher would be catastrophic for "
     "the 800,000 civilians trapped there."),
    (None, "Iraq", "headline", "anniversary and history by year",
     "Mosul marks eight years since its liberation. The city, seized by Islamic State in 2014, still has whole "
     "blocks of its old town in ruins."),
    (None, "Kenya", "headline", "a deployment plan",
     "Kenya to send 600 more police to Haiti. The officers will join the multinational mission against armed "
     "gangs next month, the interior minister said on Tuesday."),
    (None, "France", "local", "a trial verdict",
     "PARIS - A special court on Friday sentenced eight people to prison terms for helping the man who killed a "
     "schoolteacher outside his school in 2020."),
    (None, "Nigeria", "count", "a tanker accident",
     "At least 98 people died after a petrol tanker overturned and exploded while residents were scooping fuel "
     "near Dikko junction in Niger state on Saturday, emergency officials said."),
    (None, "Morocco", "headline", "sport written in war words",
     "Atlas Lions storm into the final. Morocco shot down Nigeria's hopes in a tense penalty shootout in Rabat on "
     "Wednesday night."),
    (None, "Yemen", "attribution", "a threat",
     "A Houthi military spokesman said the group would target any ship linked to Israel sailing in the Red Sea, "
     "in a televised address on Thursday."),
    (None, "Senegal", "wire", "a calm election",
     "Voters queued calmly outside polling stations across Senegal on Sunday in a presidential election delayed "
     "by almost a month, observers said."),
    (None, "Sudan", "ngo", "humanitarian figures",
     "The International Organization for Migration says more than 12 million people have now been forced from "
     "their homes in Sudan, the largest displacement crisis in the world."),
    (None, "Taiwan", "passive", "military drills",
     "Live-fire artillery drills were held on the Penghu islands on Tuesday as part of Taiwan's annual Han "
     "Kuang exercises, the defence ministry said."),
    (None, "Nepal", "count", "a natural disaster",
     "Floods and landslides triggered by three days of heavy rain killed more than 200 people across Nepal, "
     "officials said on Monday."),
    (None, "Belgium", "local", "sanctions announced",
     "BRUSSELS - European Union governments approved a new package of sanctions against Russia's shadow fleet of "
     "oil tankers on Wednesday."),
    (None, "Ukraine", "headline", "a film review",
     "A harrowing record of a besieged city. The documentary follows journalists trapped in Mariupol during the "
     "first weeks of the invasion."),
    (None, "Democratic Republic of Congo", "wire", "talks planned",
     "Delegations from Kinshasa and the M23 rebels are expected in Doha next week for a new round of talks, a "
     "diplomatic source said on Sunday."),
    (None, "Burkina Faso", "ngo", "an annual trend report",
     "Deaths from political violence in the central Sahel rose by a quarter last year, a conflict monitor said "
     "in its annual report on Thursday."),
    (None, "Rwanda", "translated", "commemoration",
     "(Translated from Kinyarwanda) President Kagame lit the flame of remembrance at the Kigali memorial on "
     "Sunday, opening a week of mourning for the victims of the 1994 genocide."),
    (None, "Colombia", "passive", "a helicopter accident",
     "Nine soldiers were killed when their army helicopter crashed during a supply mission in bad weather in "
     "Bolivar department, the army said, ruling out hostile fire."),
    (None, "Democratic Republic of Congo", "count", "a mine collapse",
     "About 30 artisanal miners died when a gold pit collapsed near Lomera in South Kivu after heavy rains, a "
     "local official said on Friday."),
    (None, "Ukraine", "liveblog", "a parliamentary vote",
     "13:10 - The Verkhovna Rada has voted to extend martial law and general mobilisation for another 90 days."),
    (None, "Namibia", "local", "a state funeral and mourning",
     "WINDHOEK - Tens of thousands of mourners filled Independence Stadium on Saturday for the state funeral of "
     "President Hage Geingob, who died of cancer this month."),
    (None, "Pakistan", "headline", "cricket written in war words",
     "Pace attack blows away hosts. Pakistan's bowlers ripped through the top order on the first morning of the "
     "Test in Multan, leaving England reeling."),
    (None, "Kenya", "attribution", "a ban announced before a protest",
     "Nairobi's police commander said on Wednesday that demonstrations in the city centre would be banned until "
     "further notice."),
    (None, "Mali", "communique", "a visit",
     "Communique of the presidency: the head of state visited the wounded soldiers at the Kati military "
     "hospital on Saturday and praised their courage."),
    (None, "Kenya", "wire", "a court acquittal",
     "A Nairobi court acquitted two men on Thursday who had been charged over an attack on a shopping mall a "
     "decade ago, citing weak evidence."),
    (None, "Ukraine", "ngo", "a landmine contamination report",
     "Ukraine is now the most heavily mined country in the world, with nearly a quarter of its territory "
     "possibly contaminated, a demining charity said on Tuesday."),
    (None, "Nigeria", "local", "an accidental market fire",
     "ONITSHA - Fire destroyed more than 200 shops at the main market on Tuesday night; the fire service blamed "
     "an electrical fault and said no one was hurt."),
    (None, "Mozambique", "count", "a cyclone",
     "At least 94 people died when Cyclone Chido struck northern Mozambique over the weekend, the disaster "
     "management agency said."),
    (None, "Ethiopia", "communique", "a denial",
     "Government communication service: reports that federal troops have withdrawn from towns in the Amhara "
     "region are false and aim to mislead the public."),
    (None, "Nigeria", "two-acts", "a TV series and a book about a past kidnapping",
     "A new drama series about the abducted Chibok schoolgirls premieres on Friday. Its writer also published a "
     "memoir of reporting from Borno."),
    (None, "Ecuador", "liveblog", "a state of emergency decree",
     "18:05 - President Noboa signs a decree declaring a 60-day state of emergency in seven provinces hit by "
     "gang violence."),
]
