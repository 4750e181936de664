"""Explosions/Remote violence rows of news-check-snippets13: (sub-event type, country, style, reason, text).
Written for eventwire."""

CHEM = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEM, "Syria", "headline", "podcast show notes: a helicopter drops a chlorine cylinder on a building",
     "Episode 97: The cylinder on the roof. On 7 April 2018 a helicopter dropped a gas cylinder filled with "
     "chlorine onto a residential building in Douma, and families sheltering in the basement suffocated; we trace "
     "how investigators pinned it on the air force."),
    (CHEM, "Syria", "communique", "field hospital notice: patients choking after a chlorine barrel fell",
     "Saraqeb field hospital, notice to staff: 11 people were treated tonight for choking and burning eyes after a "
     "barrel that smelled strongly of chlorine fell on the eastern neighbourhood; keep the decontamination tent "
     "open."),
    (CHEM, "Ukraine", "attribution", "local journalist's tweet: Russian drones drop gas grenades on trenches",
     "Zaporizhzhia war reporter on X: soldiers of the brigade near Robotyne say Russian drones are dropping K-51 "
     "grenades filled with irritant gas straight into their trenches, forcing men out into the open."),
    (CHEM, "Sudan", "ngo", "satellite-imagery analyst's note: chlorine barrels dropped near a refinery",
     "Analyst note: imagery of early September shows yellow-green staining around a crater near the al-Jaili "
     "refinery, and with the photographed barrel fragments it supports reports that army aircraft dropped chlorine "
     "on RSF positions there."),
    (CHEM, "Ukraine", "communique", "Hansard line: a minister says Russian forces used chloropicrin on positions",
     "Hansard, House of Lords: the Minister said that Russian forces had fired munitions carrying chloropicrin at "
     "Ukrainian positions near Kupiansk in May, in breach of the chemical weapons ban."),

    (AIR, "Somalia", "translated", "Somali press: American aircraft strike al-Shabaab fighters",
     "American aircraft struck a group of al-Shabaab fighters gathered near Jilib in Middle Juba on Wednesday "
     "evening, the Somali-language radio quoted a regional official as saying, adding that the dead had not been "
     "counted."),
    (AIR, "Nigeria", "headline", "Hausa press head: an army drone hits a religious gathering by mistake",
     "Tears in Tudun Biri. An army drone meant for bandits struck villagers who had gathered for the Maulud "
     "celebration in Tudun Biri in Kaduna State on Sunday night, and more than 80 were buried the next day, the "
     "Hausa service reported."),
    (AIR, "Yemen", "ngo", "satellite-imagery analyst's note: American strikes on a fuel port",
     "Imagery note: the pass of 18 April shows burned tank farms, a collapsed jetty and two scorched tankers at "
     "Ras Isa, consistent with the American air strikes on the Houthi-run fuel port announced that night."),
    (AIR, "Sudan", "attribution", "transcribed voice note: a military plane bombs a market",
     "[voice note, 0:38, transcribed] the Antonov came at noon and dropped its bombs on the Tora market while it "
     "was full, the stalls are burning, I counted many bodies, we are taking the wounded to Kutum on carts."),
    (AIR, "Iran", "headline", "Farsi press head: Israeli aircraft hit the state broadcaster",
     "State television struck during a live broadcast. Israeli jets hit the building of the state broadcaster in "
     "northern Tehran on Monday afternoon while a presenter was on air, and the studio filled with dust, the "
     "Persian-language press reported."),

    (SUICIDE, "Pakistan", "headline", "Pashto press head: a bomber blows himself up among police at prayer",
     "Blood in the Police Lines mosque. A suicide bomber standing in the front row blew himself up during the "
     "afternoon prayer inside the Police Lines compound in Peshawar on Monday and the roof fell on the "
     "worshippers, the Pashto-language paper reported."),
    (SUICIDE, "Somalia", "translated", "Somali press: a bomber detonates himself at a beach restaurant",
     "A young man wearing an explosive vest blew himself up at the entrance of a restaurant on Lido beach on "
     "Friday night, after gunmen had opened fire on the diners, the Somali-language website reported."),
    (SUICIDE, "Iran", "headline", "Farsi press head: two bombers at a commemoration",
     "Twin blasts at the Kerman ceremony. Two suicide bombers set off their explosives on the road to the "
     "Saheb al-Zaman mosque among crowds marking the anniversary of General Soleimani's death, the Persian-language "
     "daily reported."),
    (SUICIDE, "Nigeria", "count", "hospital notice: casualties from women bombers at a wedding",
     "Notice from the state specialist hospital in Maiduguri: 42 casualties reached us from Gwoza on Saturday "
     "night after female suicide bombers detonated themselves at a wedding party and a hospital; 18 were dead on "
     "arrival."),
    (SUICIDE, "Iraq", "attribution", "local journalist's tweet: two bombers in a Baghdad market square",
     "Baghdad reporter on X: two suicide bombers blew themselves up among the second-hand clothes sellers in "
     "Tayaran Square this morning; one pretended to feel sick to draw people round him."),

    (SHELLING, "Ukraine", "local", "church announcement: a ballistic missile strike on Palm Sunday",
     "Parish announcement, Sumy: there will be a memorial service on Tuesday for the parishioners killed when two "
     "Russian ballistic missiles struck the city centre on Palm Sunday morning as people walked to church."),
    (SHELLING, "Israel", "headline", "sports page: a rocket lands on a youth football pitch",
     "Training ends in carnage at Majdal Shams. A rocket launched from Lebanon fell on the football pitch in the "
     "Druze town on Saturday evening while children were playing, and twelve of them were killed."),
    (SHELLING, "Sudan", "wire", "SMS alert service: the RSF shell a displacement camp",
     "DARFUR ALERT SMS 06:40 - Heavy RSF shelling on Abu Shouk camp north of El Fasher since dawn, rounds landing "
     "near the water point and the clinic. Stay in shelters."),
    (SHELLING, "DR Congo", "local", "radio call-in summary: bombs fired into a displacement camp near Goma",
     "Goma call-in: callers from the Mugunga camp said bombs fired from the hills fell on the shelters on Friday "
     "morning, killing women and children, and blamed the M23 and the Rwandan army."),
    (SHELLING, "Yemen", "attribution", "local journalist's tweet: a Houthi shell on a residential district",
     "Taiz reporter on X: a Houthi shell fell on a house in al-Rawdha neighbourhood an hour ago, two children "
     "were killed, the shelling came from their positions east of the city."),

    (IED, "Burkina Faso", "translated", "French press: a bus hits a mine on a northern road",
     "A passenger bus struck an explosive device on the axis between Djibo and Namsiguia on Tuesday, and about "
     "fifteen travellers lost their lives, the French-language daily reported, quoting local sources."),
    (IED, "Pakistan", "local", "school notice: classes suspended after a roadside device hits a police escort",
     "Notice: classes at the government schools of Mamund tehsil are suspended on Thursday after the roadside "
     "device that struck the police van escorting the polio vaccination team in Bajaur."),
    (IED, "Syria", "attribution", "local journalist's tweet: a parked car bomb on the city's edge",
     "Manbij reporter on X: a car packed with explosives and parked by the road blew up as a pick-up carrying "
     "farm workers passed on the city's outskirts; at least 20 women are among the dead."),
    (IED, "Nigeria", "translated", "Hausa press: a landmine under a road kills travellers",
     "A mine buried under the road between Gamboru and Ngala went off beneath a car carrying traders on "
     "Saturday, and four of them died, the Hausa service reported."),
    (IED, "Burkina Faso", "communique", "insurance claim note: mine trucks destroyed by a roadside device",
     "Claim note: two of the insured's ore trucks were destroyed on the Boungou access road when an explosive "
     "device buried in the track went off under the lead vehicle; both drivers were killed."),

    (GRENADE, "Burundi", "translated", "French press: grenades thrown at bus stations in the capital",
     "Unknown people threw grenades at two bus stations in the heart of Bujumbura on Friday evening at rush hour, "
     "wounding dozens of travellers, the French-language site reported."),
    (GRENADE, "India", "attribution", "local journalist's tweet: a grenade into a Sunday market in Srinagar",
     "Srinagar reporter on X: a grenade was hurled at security forces near the tourist reception centre and "
     "landed among shoppers at the Sunday market; at least ten civilians hurt."),
    (GRENADE, "Somalia", "passive", "Somali radio, passive: a grenade thrown into a teashop",
     "A hand grenade was thrown into a teashop frequented by soldiers in Baidoa on Tuesday evening, wounding "
     "five people, the Somali-language radio reported, blaming al-Shabaab."),
    (GRENADE, "Philippines", "communique", "hospital notice: casualties from a grenade thrown at a plaza",
     "Cotabato Regional and Medical Center, advisory: we are attending to nine patients hurt when a grenade was "
     "lobbed into the crowd at the town plaza of Datu Piang during the fiesta; blood donors are requested."),
    (GRENADE, "Colombia", "wire", "SMS alert service: a grenade thrown at a police station",
     "CAUCA ALERT SMS 22:15 - Grenade thrown at the police station in Jamundí from a motorbike, two officers "
     "wounded. Roads into the town closed tonight."),
]
