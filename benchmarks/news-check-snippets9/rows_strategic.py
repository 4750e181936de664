"""Strategic developments rows of news-check-snippets9: (sub-event type, country, style, reason, text). Written for
eventwire."""

AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
BASE = "Headquarters or base established"
LOOTING = "Looting/property destruction"
TRANSFER = "Non-violent transfer of territory"
OTHER = "Other"

ROWS = [
    (AGREEMENT, "Sudan", "headline", "warring sides sign a humanitarian pledge",
     "Sudan's rivals sign Jeddah pledge. Envoys of the army and the RSF signed a declaration on Thursday committing "
     "both to protect civilians and let aid through."),
    (AGREEMENT, "Ethiopia", "wire", "government and Tigrayan leaders sign a truce",
     "Ethiopia's government and Tigrayan forces signed a deal in Pretoria on Wednesday to cease hostilities and "
     "disarm, the African Union mediator announced."),
    (AGREEMENT, "Gaza", "headline", "Israel and Hamas agree a ceasefire",
     "Ceasefire deal reached for Gaza. Israel and Hamas agreed on Wednesday to halt fighting and exchange hostages "
     "for prisoners, mediators in Doha said."),
    (AGREEMENT, "Libya", "communique", "military committee signs a ceasefire",
     "The two delegations of the Joint Military Commission signed a permanent ceasefire agreement across all areas "
     "of the country, with effect from today."),
    (AGREEMENT, "Colombia", "translated", "government and a guerrilla sign a local accord",
     "The national government and the ELN delegation subscribed to an agreement on the suspension of offensive "
     "operations for 180 days, read at the closing of the cycle."),
    (ARRESTS, "Tunisia", "headline", "police detain an opposition leader",
     "Tunisian police detain Ennahda chief. Officers arrested the party leader at his home in Tunis on Monday "
     "night and searched the premises, his lawyers said."),
    (ARRESTS, "Nigeria", "wire", "soldiers detain suspected militant suppliers",
     "Troops arrested nine suspected logistics suppliers of Boko Haram at a market in Monguno on Saturday, an army "
     "spokesman said."),
    (ARRESTS, "Egypt", "local", "security forces arrest protesters' relatives",
     "Security men arrested the brothers of two exiled activists in a dawn raid on their homes in Giza on Tuesday, "
     "a lawyer said."),
    (ARRESTS, "Iran", "headline", "a rapper is arrested",
     "Iranian rapper detained after protest songs. Security agents arrested the musician in Isfahan province on "
     "Sunday over lyrics backing the unrest, state media said."),
    (ARRESTS, "Uganda", "attribution", "opposition says its supporters were rounded up",
     "The opposition party says police rounded up 36 of its supporters at a campaign venue in Masaka on Friday and "
     "took them to an unknown barracks, before charging them in court."),
    (CHANGE, "Syria", "headline", "armed factions announce their dissolution",
     "Syrian factions dissolve into new army. Commanders of rebel groups announced on Wednesday that they would "
     "disband and merge into the defence ministry."),
    (CHANGE, "Mali", "wire", "northern armed groups merge into one movement",
     "Separatist armed groups in northern Mali announced on Saturday that they had dissolved and merged into a single "
     "movement, the Azawad Liberation Front, at a meeting in Tinzaouaten."),
    (CHANGE, "Nigeria", "headline", "bandits impose levies on villagers",
     "Bandits order Katsina villages to pay. Armed groups told farming communities around Faskari to pay a "
     "levy before the harvest or lose their crops, residents said."),
    (CHANGE, "Iraq", "local", "an armed group announces it is suspending attacks",
     "Kataib Hezbollah announced on Tuesday evening that it was suspending military operations against US troops "
     "to avoid embarrassing the government."),
    (CHANGE, "Somalia", "headline", "a militia splits from a coalition",
     "Macawisley fighters break away. A clan militia in Hiraan said on Monday it was quitting the "
     "government-backed alliance over unpaid wages."),
    (DISRUPTED, "Yemen", "headline", "a warship downs Houthi drones",
     "Warship shoots down drones over Red Sea. A US destroyer intercepted several drones launched from "
     "Houthi-held areas of Yemen on Tuesday, officials said."),
    (DISRUPTED, "Israel", "wire", "missile intercepted over a city",
     "Israeli air defences intercepted a ballistic missile fired from Yemen toward Tel Aviv early on Saturday, the "
     "military said, and shrapnel fell in an open area."),
    (DISRUPTED, "Somalia", "local", "police defuse a bomb",
     "Bomb disposal officers defused an explosive device hidden in a car parked near the Bakara market on Thursday, "
     "police said."),
    (DISRUPTED, "Russia", "count", "drones are shot down",
     "Air defences destroyed 42 Ukrainian drones over the Belgorod and Kursk regions overnight, the defence ministry "
     "said on Wednesday."),
    (DISRUPTED, "Saudi Arabia", "headline", "interception of missiles fired at Riyadh",
     "Saudi air defences intercept missiles over Riyadh. The coalition said on Sunday that it had destroyed two "
     "ballistic missiles launched by the Houthis at the capital."),
    (BASE, "Niger", "headline", "Russian instructors arrive at a base",
     "Russian military instructors set up in Niamey. Personnel of the Africa Corps moved into a section of the "
     "air base once used by American troops, officials said on Friday."),
    (BASE, "DR Congo", "headline", "rebels open an administration office",
     "M23 installs its own man in Rubaya. The rebels opened an office in Rubaya on Monday and named their own administrator for the town and nearby "
     "mines."),
    (BASE, "Mozambique", "wire", "insurgents set up a camp",
     "Insurgents have set up a new base in the forest near Macomia, where they store supplies and hold captives, "
     "residents and security sources said."),
    (BASE, "Burkina Faso", "headline", "jihadists establish a base near a town",
     "Jihadists set up camp outside Djibo. Fighters of JNIM established a base in a forest close to the town this "
     "week and used it to block supplies, residents said."),
    (BASE, "Yemen", "attribution", "a foreign force establishes a post",
     "The Southern Transitional Council says forces of its Emirati partners have set up a new military post on Mayun "
     "island in the Bab al-Mandab strait."),
    (LOOTING, "Sudan", "headline", "paramilitaries loot a market",
     "RSF loots Geneina market. Fighters emptied shops and warehouses in the town's main market on Friday and "
     "carried goods off in trucks, traders said."),
    (LOOTING, "Haiti", "wire", "gangs burn homes",
     "Gang members set fire to dozens of homes in Port-au-Prince's Solino neighbourhood on Wednesday after residents "
     "fled, witnesses said."),
    (LOOTING, "Libya", "local", "militia fighters ransack houses",
     "Fighters of an armed group ransacked and burned houses of families they accused of disloyalty in Tarhuna on "
     "Saturday."),
    (LOOTING, "Ethiopia", "headline", "soldiers loot a hospital",
     "Troops strip Adigrat hospital. Soldiers carried off equipment and medicines from the hospital last week, "
     "staff said on Monday."),
    (LOOTING, "South Africa", "two-acts", "looters ransack a mall, and later police arrest suspects",
     "Crowds looted and set fire to a shopping centre in Pietermaritzburg on Monday; the next day police arrested "
     "more than 200 people in the area."),
    (TRANSFER, "Mali", "headline", "UN peacekeepers hand over a camp",
     "MINUSMA leaves Ber. Peacekeepers handed their camp near Timbuktu to Malian authorities on Sunday ahead of the "
     "mission's withdrawal."),
    (TRANSFER, "Syria", "wire", "Kurdish-led forces let the army deploy in their towns under a deal",
     "Under a deal struck with Damascus, the Kurdish-led SDF let Syrian army columns roll into Manbij on Monday and "
     "take up positions around the town, with no fighting reported."),
    (TRANSFER, "Chad", "headline", "French forces hand over a base",
     "France returns Abeche base to Chad. French troops handed the camp to the Chadian army on Saturday as part of "
     "their departure from the country."),
    (TRANSFER, "DR Congo", "local", "rebels withdraw from a town",
     "M23 rebels pulled out of Walikale centre on Saturday without fighting, and the army moved back in a day later, "
     "residents said."),
    (TRANSFER, "Libya", "communique", "a force hands over an airport",
     "The brigade announces that it has handed over the management and security of Mitiga airport to the interior "
     "ministry's competent units."),
    (OTHER, "Sudan", "headline", "the army seizes power",
     "Sudan's army dissolves government. The military chief declared a state of emergency on Monday and had the "
     "prime minister and several ministers held by soldiers."),
    (OTHER, "Mali", "wire", "a military junta removes the interim president",
     "Soldiers detained Mali's interim president and prime minister at a military camp near Bamako on Monday, in a "
     "second coup in nine months."),
    (OTHER, "Yemen", "headline", "Houthis seize a merchant ship",
     "Houthis seize cargo ship in Red Sea. Fighters landed by helicopter on a vehicle carrier and took it to "
     "Hodeidah, the group said."),
    (OTHER, "Somalia", "local", "pirates hijack a vessel",
     "Pirates boarded a bulk carrier off the coast of Puntland on Thursday and steered it towards Eyl, maritime "
     "officials said."),
    (OTHER, "Gabon", "liveblog", "officers announce they have taken power",
     "08:10 - Officers appear on state television to say they have annulled the election results, dissolved "
     "institutions and put the president under house arrest."),
]
