"""Explosions/Remote violence rows of news-check-snippets16: (sub-event type, country, style, reason, text). Written
for eventwire."""

CHEMICAL = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEMICAL, "Syria", "wire", "encyclopedia entry: a chlorine cylinder dropped on a residential building",
     "Douma chemical attack (7 April 2018) — a gas cylinder dropped on a residential building in Douma released "
     "chlorine and killed dozens of people sheltering in its basement, inspectors later found."),
    (CHEMICAL, "Syria", "headline", "newspaper correction: the OPCW found chlorine released from a dropped cylinder",
     "Correction: a report on Tuesday said a barrel bomb hit Saraqeb; inspectors later found that a cylinder "
     "dropped from a helicopter released chlorine there on 4 February 2018, sickening eleven people."),
    (CHEMICAL, "Ukraine", "local", "diary entry: gas grenades dropped from a drone on a trench",
     "Diary, Zaporizhzhia front, 19 March 2024: the Russians dropped gas grenades on our trench from a drone again "
     "today, and two of the lads were choking for an hour."),
    (CHEMICAL, "Ukraine", "passive", "encyclopedia lead: trenches hit with CS gas, per the general staff",
     "Ukrainian trenches near Robotyne were hit with munitions carrying CS gas in December 2023, according to the "
     "Ukrainian general staff, which counted dozens of such cases that month."),
    (CHEMICAL, "Sudan", "headline", "security alert bulletin: cylinders release a yellow-green gas after an air raid",
     "Security alert bulletin | Khartoum North | level red: witnesses report cylinders giving off a yellow-green "
     "gas after an air raid near the Garri refinery on 13 September 2024; anyone with breathing trouble should "
     "go to the clinic at Bahri."),

    (AIR, "Mali", "translated", "translated Tamasheq radio: an army drone strike kills civilians",
     "A Malian army drone struck a group of people near Tinzaouatène on Sunday, killing about twenty civilians, "
     "among them children, a Tamasheq-language community radio said."),
    (AIR, "Saudi Arabia", "communique", "oil company statement: drones strike a processing plant and a field",
     "Oil company statement, 14 September 2019: drones struck our Abqaiq processing plant and the Khurais field "
     "early on Saturday, starting fires that were brought under control within hours."),
    (AIR, "Sudan", "ngo", "mining company incident log: a drone strikes a fuel store at a gold plant",
     "Site incident log, gold processing plant near Abu Hamad, 6 May 2025: a drone struck the fuel store at "
     "about 03:00; the store burned out and one guard was hurt."),
    (AIR, "Nigeria", "count", "encyclopedia lead led by the toll: an army drone strike on a religious gathering",
     "At least 85 villagers celebrating Mawlid at Tudun Biri in Kaduna State were killed by an army drone strike "
     "on 3 December 2023, which the army later called a mistake."),
    (AIR, "Lebanon", "liveblog", "diary with clock time: Israeli jets hit a Beirut suburb",
     "Diary, Beirut, 27 September 2024, 6.25 pm: Israeli jets have just hit Haret Hreik; our whole building shook "
     "and a huge column of smoke is rising over the southern suburbs."),

    (SUICIDE, "Sri Lanka", "translated", "translated Tamil daily: suicide bombers strike churches and hotels",
     "Suicide bombers struck three churches and three hotels in Colombo, Negombo and Batticaloa on Easter Sunday "
     "morning, a Tamil daily in Batticaloa reported."),
    (SUICIDE, "Afghanistan", "wire", "encyclopedia entry: a suicide bomber at an airport gate",
     "Kabul airport bombing (26 August 2021) — an Islamic State suicide bomber blew himself up among crowds at "
     "the Abbey Gate, killing about 170 Afghans and 13 American troops."),
    (SUICIDE, "Somalia", "communique", "football federation statement: a coach killed by a suicide bomber at a hotel",
     "The Somali Football Federation mourns a youth coach killed when a suicide bomber blew himself up at the "
     "entrance of a Mogadishu hotel on Sunday; this week's league fixtures are postponed."),
    (SUICIDE, "Pakistan", "ngo", "project incident log: a suicide car bomb rams a convoy of engineers",
     "Project incident log, Dasu hydropower site, 26 March 2024: a suicide bomber drove an explosives-laden car "
     "into the convoy taking our Chinese engineers up the Karakoram Highway near Besham; five engineers and "
     "their driver were killed."),
    (SUICIDE, "Pakistan", "local", "railway notice: a suicide bomber blows himself up on a platform",
     "Pakistan Railways notice, 9 November 2024: the Jaffar Express will not leave Quetta today after a suicide "
     "bomber blew himself up on platform one as passengers waited to board."),

    (SHELLING, "Armenia", "translated", "translated Armenian radio: artillery shells two border towns overnight",
     "Azerbaijani artillery shelled Jermuk and Goris overnight, hitting houses and a hotel, the Armenian public "
     "radio said on Tuesday."),
    (SHELLING, "Iraq", "communique", "gas company statement: rockets strike a gas field",
     "Gas company statement, 24 June 2022: two rockets struck the Khor Mor gas field last night, damaging a "
     "storage tank; production was stopped for several hours."),
    (SHELLING, "Sudan", "liveblog", "diary with clock time: the RSF shells a displacement camp",
     "Diary, El Fasher, 14 June 2024, 5.50 am: the RSF guns started shelling Abu Shouk camp again at first light, "
     "and a shell has just fallen near the well."),
    (SHELLING, "Yemen", "headline", "security alert bulletin: Houthi shelling hits residential streets",
     "Security alert bulletin | Taiz | level red: Houthi shelling hit residential streets of al-Rawda this "
     "afternoon, wounding two children; residents are told to stay away from the eastern districts."),
    (SHELLING, "Rwanda", "translated", "translated Kinyarwanda news: shells from across the border kill five",
     "Shells fired from across the border in Congo fell on Rubavu town on Monday, killing five people and "
     "wounding dozens, the Kinyarwanda evening news said."),

    (IED, "Burkina Faso", "ngo", "mining company incident log: a fuel tanker on contract hits a landmine",
     "Site incident log, Essakane supply road, 2 February 2022: a contracted fuel tanker hit a landmine forty "
     "kilometres north of the site; the driver was injured and no gunfire followed."),
    (IED, "Niger", "translated", "translated Zarma radio: a military vehicle hits a mine",
     "An army vehicle hit a mine near Tillabéri on Tuesday, killing four soldiers, the Zarma news on the "
     "national radio said."),
    (IED, "Somalia", "wire", "encyclopedia entry: two parked car bombs explode outside a ministry",
     "Mogadishu bombings (29 October 2022) — two car bombs parked outside the education ministry went off minutes "
     "apart at the busy Zobe junction, killing more than a hundred people."),
    (IED, "Colombia", "local", "bus company notice: a service suspended after an explosive device goes off",
     "Passenger notice from a long-distance bus line, 3 May 2023: the Cúcuta–Tibú service is suspended after an "
     "explosive device went off on the road near Campo Dos this morning."),
    (IED, "Philippines", "translated", "translated Tagalog news: a roadside bomb wounds soldiers",
     "A roadside bomb exploded as an army truck passed in Datu Hoffer, Maguindanao, wounding three soldiers, the "
     "Tagalog news on a Manila channel reported."),

    (GRENADE, "Burundi", "headline", "security alert bulletin: grenades thrown into a bus station crowd",
     "Security alert bulletin | Bujumbura | level orange: two grenades were thrown into the crowd at a bus "
     "station on Friday evening, wounding dozens; avoid the central market area tonight."),
    (GRENADE, "Ethiopia", "passive", "encyclopedia lead: a grenade thrown at a rally",
     "A grenade was thrown at a rally for Prime Minister Abiy Ahmed in Meskel Square on 23 June 2018, killing two "
     "people and wounding more than a hundred."),
    (GRENADE, "Philippines", "translated", "translated Tagalog radio: a grenade thrown into a crowd at a court",
     "A man threw a grenade into the crowd at a basketball court in Sultan Kudarat on Saturday night, wounding "
     "nine, a Tagalog radio station in Cotabato reported."),
    (GRENADE, "Colombia", "ngo", "mining company incident log: a grenade thrown at a plant gate",
     "Site incident log, Buriticá gold mine, 8 August 2023: a grenade was thrown at the gate of the processing "
     "plant overnight; the blast damaged the guard post and nobody was hurt."),
    (GRENADE, "DR Congo", "communique", "electoral commission statement: a grenade thrown into its office",
     "The electoral commission condemns the grenade thrown last night into its voter-card office in Beni, which "
     "wounded two of its agents."),
]
