"""Explosions/Remote violence rows of news-check-snippets17: (sub-event type, country, style, reason, text). Written
for eventwire."""

CHEMICAL = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEMICAL, "Syria", "passive", "journal abstract: chlorine used on opposition positions near Kabani",
     "Abstract: chlorine is reported to have been used against opposition positions near Kabani, in the Latakia "
     "hills, on 19 May 2019; this paper weighs the inspectors' samples against the witnesses' accounts."),
    (CHEMICAL, "Ukraine", "attribution", "oral history archive: drones drop tear-gas grenades into a trench",
     "Oral history archive, interview 311, recorded 2024: a Ukrainian infantryman says Russian drones dropped "
     "grenades of tear gas into his trench near Robotyne again and again that summer, so the men had to climb out."),
    (CHEMICAL, "Sudan", "ngo", "epidemiological week report: canisters of a choking gas dropped on a village",
     "Epi week 38 report, North Darfur, 2024: army aircraft dropped canisters of what clinicians believe was chlorine "
     "on a village near Tawila, and eleven patients with burning eyes and laboured breathing were treated."),
    (CHEMICAL, "Ukraine", "passive", "journal abstract: chloropicrin used against trenches near Bakhmut",
     "Abstract: chloropicrin was used by Russian forces against Ukrainian trenches near Bakhmut in 2023, according "
     "to the soldiers interviewed for this study, which also reviews the medical records of two field hospitals."),
    (CHEMICAL, "Ukraine", "local", "diaspora newsletter: drones drop CS gas canisters on dugouts",
     "Ukrainian community newsletter, Toronto, June 2024: the volunteers' company we support near Chasiv Yar "
     "reports that Russian drones dropped canisters of CS gas on its dugouts twice this week."),

    (AIR, "Yemen", "ngo", "epidemiological week report: a coalition air strike hits a school bus",
     "Epi week 32 report, Saada governorate, 2018: a coalition air strike hit a school bus in the Dahyan market on "
     "9 August, killing dozens of children; the surveillance site lost two of its staff."),
    (AIR, "Sudan", "headline", "telecom network status: an army air strike hits a market",
     "Network status | Khartoum South | Mayo site off air: an army air strike hit the Gouro market on "
     "10 September 2023, killing more than forty people and bringing down our mast."),
    (AIR, "Lebanon", "local", "diaspora newsletter: an Israeli air strike flattens a building",
     "Lebanese diaspora newsletter, Adelaide, October 2024: an Israeli air strike flattened a building in Aitou, in "
     "the north, on Monday, killing more than twenty people who had fled the south."),
    (AIR, "Pakistan", "translated", "translated Balochi paper: Iranian drones strike a house",
     "Iranian drones struck a house in a village near Panjgur on Tuesday night, killing two children, a "
     "Balochi-language newspaper reported."),
    (AIR, "Mali", "passive", "journal abstract: civilians at a wedding killed by a French air strike",
     "Abstract: nineteen civilians at a wedding gathering were killed near Bounti, central Mali, when French jets "
     "struck on 3 January 2021; this article follows the inquiry that followed."),

    (SUICIDE, "Somalia", "local", "livestock market report: two suicide car bombers strike",
     "Livestock market report, Beledweyne, October 2022: the market stayed closed for three days after two suicide "
     "car bombers rammed the district offices and a hotel on 3 October."),
    (SUICIDE, "Pakistan", "translated", "translated Balochi daily: a suicide bomber kills worshippers",
     "A suicide bomber blew himself up among worshippers gathering for the Prophet's birthday near a Mastung mosque "
     "on Friday, killing more than fifty, a Balochi-language daily reported."),
    (SUICIDE, "Nigeria", "ngo", "epidemiological week report: women suicide bombers strike three places",
     "Epi week 26 report, Borno, 2024: women suicide bombers blew themselves up at a wedding, a funeral and a "
     "hospital in Gwoza on 29 June, and the health post counted 32 dead and 42 injured."),
    (SUICIDE, "Afghanistan", "attribution", "oral history archive: a suicide bomber at the airport gate",
     "Oral history archive, interview 58, recorded 2023: the narrator lost her brother when a suicide bomber blew "
     "himself up at the Kabul airport gate on 26 August 2021."),
    (SUICIDE, "Iraq", "passive", "journal abstract: people killed when two suicide bombers detonate vests",
     "Abstract: thirty-two people were killed when two suicide bombers detonated their vests in the clothes market "
     "of Tayaran Square, Baghdad, on 21 January 2021; this paper studies the city's response."),

    (SHELLING, "Sudan", "headline", "telecom network status: RSF artillery shells hit a market",
     "Network status | Omdurman | 3 sites down: RSF artillery shells landed on the Sabreen market on "
     "1 February 2025, killing more than fifty people and cutting power to our masts."),
    (SHELLING, "Yemen", "ngo", "epidemiological week report: a Houthi shell falls on a house",
     "Epi week 48 report, Taiz, 2023: a Houthi shell fell on a house in the city's west, killing two children and "
     "wounding their mother; diarrhoea cases are rising in the camps."),
    (SHELLING, "DR Congo", "local", "diaspora newsletter: bombs from M23 positions land on displacement camps",
     "Kivu diaspora newsletter, Brussels, May 2024: bombs fired from M23 positions landed on the Mugunga "
     "displacement camps on 3 May, killing at least eighteen people, most of them children."),
    (SHELLING, "Israel", "passive", "journal abstract: children killed when a rocket from Lebanon strikes",
     "Abstract: twelve children were killed on a football pitch in Majdal Shams, in the occupied Golan, when a "
     "rocket fired from Lebanon struck on 27 July 2024; this article follows the funerals."),
    (SHELLING, "Armenia", "liveblog", "travel blog with a time: Azerbaijani artillery hits the edge of town",
     "Travel blog, Jermuk, 13 September 2022, 06:10: we woke to shelling, Azerbaijani artillery has been hitting the "
     "edge of town since midnight and the spa hotel is moving everyone to the basement."),

    (IED, "Mozambique", "translated", "translated Emakhuwa radio: a landmine explodes under a minibus",
     "A landmine exploded under a minibus on the road between Mueda and Awasse on Monday, killing four passengers, "
     "an Emakhuwa-language radio reported."),
    (IED, "Niger", "wire", "food security outlook: a roadside bomb destroys a lorry",
     "Food security outlook update, Tillabéri, March 2024: millet prices rose after a roadside bomb destroyed a "
     "grain lorry near Ayorou, killing its driver, and truckers stopped running the route."),
    (IED, "Colombia", "local", "travel blog: a bomb hidden in a motorbike goes off outside a police station",
     "Travel blog, Cauca, 20 May 2024: the road to Jambaló was closed because a bomb hidden in a parked motorbike "
     "went off outside the police station this morning, wounding two officers."),
    (IED, "Somalia", "ngo", "epidemiological week report: a team's vehicle strikes a roadside bomb",
     "Epi week 9 report, Lower Shabelle, 2023: our Afgoye mobile team's vehicle struck a roadside bomb near Elasha "
     "Biyaha; the driver and a vaccinator were killed."),
    (IED, "Syria", "headline", "telecom network status: a parked car bomb explodes near a farm workers' vehicle",
     "Network status | Manbij | town centre site down: a car bomb parked near a vehicle carrying farm workers went off "
     "on the edge of town on 3 February 2025, killing about twenty people."),

    (GRENADE, "DR Congo", "local", "diaspora newsletter: grenades thrown into a rally crowd",
     "Bukavu diaspora newsletter, Paris, March 2025: two grenades were thrown into the crowd at an M23 rally on "
     "Independence Square on 27 February, killing at least eleven people."),
    (GRENADE, "India", "translated", "translated Kashmiri weekly: a grenade thrown at a Sunday market",
     "A grenade thrown at the Sunday market in Srinagar on 3 November 2024 wounded twelve shoppers, a "
     "Kashmiri-language weekly reported."),
    (GRENADE, "Ethiopia", "attribution", "oral history archive: a grenade thrown towards a rally stage",
     "Oral history archive, interview 19, recorded 2021: the narrator, a nurse, says a grenade was thrown towards "
     "the stage at the June 2018 rally for Abiy Ahmed and she treated the wounded under the stands."),
    (GRENADE, "Philippines", "translated", "translated Cebuano radio: men throw a grenade at drinkers",
     "Unidentified men threw a grenade at a group of drinkers outside a store in Datu Piang, Maguindanao, on Saturday "
     "night, wounding seven, a Cebuano-language radio reported."),
    (GRENADE, "Burundi", "local", "grain market report: a grenade thrown among traders",
     "Grain market report, Kinama (Bujumbura), 2019: the bean hall was half empty after unknown men threw a grenade "
     "among the traders on Friday evening, wounding nine."),
]
