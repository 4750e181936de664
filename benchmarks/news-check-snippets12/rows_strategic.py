"""Strategic developments rows of news-check-snippets12: (sub-event type, country, style, reason, text). Written for
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
    (AGREEMENT, "Colombia", "wire", "in-brief column: government and guerrilla agree a bilateral ceasefire",
     "IN BRIEF / COLOMBIA - Government and ELN negotiators meeting in Havana sealed a six-month bilateral ceasefire "
     "on Friday, to take effect in August."),
    (AGREEMENT, "Afghanistan", "communique", "diplomatic cable summary: the US and the Taliban sign a deal",
     "SUMMARY: The U.S.-Taliban agreement was signed in Doha at 1545 local, committing to a conditional withdrawal "
     "over 14 months against Taliban counter-terrorism guarantees. The Secretary attended the ceremony."),
    (AGREEMENT, "DR Congo", "headline", "two governments sign a peace agreement",
     "Kinshasa and Kigali put pen to paper. The foreign ministers of DR Congo and Rwanda signed a peace agreement in"
     " Washington on Friday, pledging an end to support for armed groups in the east."),
    (AGREEMENT, "Sudan", "headline", "Arabic press: the government and rebel movements sign a peace deal",
     "Peace signed in Juba. The transitional government and the movements of the Revolutionary Front signed the Juba"
     " peace agreement today in the presence of regional leaders, amid celebrations in the South Sudanese capital."),
    (AGREEMENT, "Myanmar", "headline", "the military and an alliance agree a ceasefire in talks abroad",
     "Haigeng deal. The military and the northern alliance of three armed groups agreed in Kunming on an immediate "
     "ceasefire in northern Shan State, China's foreign ministry said on Friday."),
    (ARRESTS, "Turkey", "translated", "Turkish press: an opposition party leader detained for insulting the president",
     "Victory Party chairman Ümit Özdağ was detained in Ankara on charges of insulting the President and was brought"
     " to Istanbul, his lawyer said."),
    (ARRESTS, "Uganda", "wire", "in-brief column: a presidential candidate arrested at a rally",
     "IN BRIEF / UGANDA - Presidential hopeful Bobi Wine was arrested in Luuka on Wednesday as he arrived to address"
     " supporters, his party said; police accused him of breaching Covid rules."),
    (ARRESTS, "Tunisia", "translated", "Arabic press: a party leader arrested at his home",
     "Security forces arrested Rached Ghannouchi, head of the Ennahda movement, at his home in the capital on Monday"
     " evening, the movement announced, and searched the house."),
    (ARRESTS, "Pakistan", "headline", "paramilitary forces detain a former prime minister at a court",
     "Imran Khan taken from court. Rangers detained the former prime minister inside the Islamabad High Court "
     "complex on Tuesday, breaking a glass door to reach him, his lawyers said."),
    (ARRESTS, "Belarus", "communique", "aviation risk notice: a flight forced to land and a journalist detained",
     "AVIATION RISK NOTICE: Belarusian authorities forced Ryanair FR4978 to land in Minsk and detained a passenger, "
     "journalist Roman Protasevich. Carriers are advised to avoid Belarusian airspace."),
    (CHANGE, "Iraq", "headline", "Arabic press: an armed faction suspends operations against US forces",
     "Kataib Hezbollah pauses. Kataib Hezbollah announced the suspension of its military and security operations "
     "against the occupation forces, to avoid embarrassing the Iraqi government, in a statement on Tuesday."),
    (CHANGE, "Turkey", "headline", "Turkish press: an armed group decides to dissolve itself",
     "The PKK era ends. The PKK has decided to dissolve its organisational structure and end its armed struggle, the"
     " Firat news agency reported, citing the closing statement of the group's congress."),
    (CHANGE, "Colombia", "headline", "a former negotiator announces a return to arms",
     "Márquez goes back to the jungle. Former FARC negotiator Iván Márquez announced in a video a new phase of armed"
     " struggle, flanked by some twenty armed men."),
    (CHANGE, "Indonesia", "headline", "Indonesian press: a militant network declares its dissolution",
     "Jemaah Islamiyah disbands. Senior figures of Jemaah Islamiyah declared in Bogor that the network is disbanded "
     "and that its members return to the Unitary State, the counter-terrorism detachment said."),
    (CHANGE, "Mali", "headline", "a private military group announces it is leaving a country",
     "Wagner signs off in Mali. The Russian private military group said on Telegram it was leaving the country after"
     " three and a half years, its mission accomplished; the Africa Corps stays."),
    (DISRUPTED, "Yemen", "communique", "shipping advisory: a warship intercepts drones aimed at merchant ships",
     "UKMTO ADVISORY 031: A coalition warship intercepted two uncrewed aerial systems launched towards merchant "
     "vessels in the southern Red Sea. No damage reported; masters are to report suspicious activity."),
    (DISRUPTED, "Saudi Arabia", "headline", "air defences destroy a missile fired at the capital",
     "Interception over Riyadh. Saudi air defences destroyed a ballistic missile fired from Yemen towards the "
     "capital late on Saturday, the coalition said; debris fell on a residential district."),
    (DISRUPTED, "Kenya", "local", "police blotter: a bomb squad detonates a device found under a culvert",
     "Police blotter, Mandera: bomb disposal officers blew up in place an improvised device found under a culvert on"
     " the Rhamu road on Monday morning."),
    (DISRUPTED, "Russia", "translated", "Russian ministry: air defences destroy dozens of drones",
     "On-duty air defence means destroyed 41 Ukrainian unmanned aerial vehicles over the Bryansk, Kursk and Belgorod"
     " regions overnight, the Ministry of Defence reports."),
    (DISRUPTED, "Philippines", "passive", "a bomb left at a bus terminal defused",
     "A bomb left in a bag at the Cotabato City bus terminal was defused by an army ordnance team on Tuesday "
     "morning."),
    (BASE, "Iraq", "translated", "Kurdish press: the Turkish army sets up a new base",
     "The Turkish army has set up a new base on a hill above Kani Masi in Amadiya district of Duhok, villagers told "
     "our reporter, adding that helicopters brought in materials."),
    (BASE, "Lebanon", "headline", "an army keeps five outposts across a border",
     "Five hilltops stay. Israeli troops have dug in at five outposts inside southern Lebanon as the rest of the "
     "force withdrew on Tuesday, the army said."),
    (BASE, "Haiti", "wire", "in-brief column: a multinational mission opens a forward base",
     "IN BRIEF / HAITI - The Kenyan-led security mission opened a forward operating base in Ségur, in the Artibonite"
     " valley, its commander said."),
    (BASE, "Colombia", "ngo", "humanitarian access update: an armed group camps beside a school",
     "Access update, Bojayá: movement on the Atrato remains restricted after armed men of the AGC installed a camp "
     "next to the school in a riverside community."),
    (BASE, "Libya", "passive", "foreign personnel move into a desert air base",
     "Russian personnel and equipment were moved into the Maaten al-Sarra air base near the Chad border, satellite "
     "images show."),
    (LOOTING, "Ethiopia", "ngo", "a university reports labs and stores stripped by soldiers",
     "Adigrat University says Eritrean and federal soldiers stripped its laboratories, library and stores of "
     "everything that could be carried and smashed what could not."),
    (LOOTING, "Sudan", "ngo", "humanitarian update: food warehouses looted",
     "WFP: our warehouses in Khartoum were looted by armed men on Saturday, with food for 4.4 million people taken "
     "or destroyed."),
    (LOOTING, "Myanmar", "headline", "troops burn hundreds of houses after residents fled",
     "Thantlang burns again. Soldiers set fire to some 300 houses in the Chin town after residents had fled across "
     "the border, exile media reported on Friday."),
    (LOOTING, "Palestine", "wire", "in-brief column: army bulldozers demolish buildings",
     "IN BRIEF / JERUSALEM - Israeli bulldozers demolished ten buildings in Wadi al-Hummus on Monday, near the "
     "separation wall."),
    (LOOTING, "Nigeria", "communique", "police statement: unknown persons burn an electoral office",
     "Ogun State Police Command: unknown persons broke into the INEC office in Abeokuta South and set it ablaze in "
     "the early hours, destroying ballot boxes."),
    (TRANSFER, "Myanmar", "headline", "an armed group hands a city back under a deal",
     "Lashio handed back. The MNDAA withdrew from the northern Shan city under a China-brokered deal and the "
     "military moved back in on Tuesday."),
    (TRANSFER, "Mali", "wire", "in-brief column: a UN camp handed to the army",
     "IN BRIEF / MALI - The UN mission handed its Ber camp to the Malian army on Sunday, bringing forward its "
     "departure from the Timbuktu region."),
    (TRANSFER, "Azerbaijan", "headline", "Turkish press: a district returned without a shot",
     "Kalbajar returns. Kalbajar district was returned to Azerbaijan without a bullet being fired under the "
     "ceasefire terms, the Defence Ministry announced."),
    (TRANSFER, "Niger", "passive", "a base handed over as foreign troops withdraw",
     "The Ouallam base was handed over to Nigerien forces on Thursday as French troops began their withdrawal."),
    (TRANSFER, "Iraq", "communique", "coalition press release: an air base handed to Iraqi forces",
     "CJTF-OIR PRESS RELEASE: Coalition forces transferred K1 air base near Kirkuk to Iraqi security forces on "
     "Sunday."),
    (OTHER, "Gabon", "wire", "TV ticker: officers annul an election and dissolve institutions",
     "GABON 24: OFFICERS ANNOUNCE THEY HAVE TAKEN POWER, ANNUL ELECTION RESULT AND DISSOLVE ALL INSTITUTIONS."),
    (OTHER, "Bolivia", "liveblog", "live-blog entry: troops and an armoured vehicle at the palace",
     "15:27 - Troops and an armoured vehicle have taken positions in Plaza Murillo, and the army chief says he wants"
     " to restructure democracy."),
    (OTHER, "Sudan", "communique", "diplomatic cable summary: the army dissolves the government",
     "SUMMARY: General Burhan has dissolved the sovereign council and cabinet and declared a state of emergency. "
     "Post will reduce movements."),
    (OTHER, "Chad", "headline", "a military council takes over after a president's death",
     "Generals take the helm in N'Djamena. A transitional military council led by the late president's son has taken"
     " over, dissolving parliament, the army said."),
    (OTHER, "Mali", "wire", "weekly roundup: officers force the president out",
     "Week in brief, Mali: mutinous officers took the president and the prime minister to the Kati camp, and Keïta "
     "resigned on state television."),
]
