"""Explosions/Remote violence rows of news-check-snippets5: (sub-event type, country, style, reason, text). Written
for eventwire."""

CHEMICAL = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEMICAL, "Ukraine", "headline", "a choking agent dropped from a drone",
     "Ukraine accuses Russia of chloropicrin use near Kupiansk. Troops were attacked on Tuesday with grenades "
     "carrying the choking agent dropped from a drone, the general staff said."),
    (CHEMICAL, "Ukraine", "attribution", "a claim of shells filled with a toxic substance",
     "Russia's defence ministry claimed that Ukrainian forces fired shells filled with a toxic substance at its "
     "positions near Vuhledar on Sunday, leaving several soldiers poisoned."),
    (CHEMICAL, "Ukraine", "wire", "drones drop tear-gas canisters on trenches",
     "Russian drones dropped canisters of CS gas on Ukrainian trenches near Avdiivka on Thursday, forcing "
     "soldiers "
     "out of their shelters, a brigade spokesman said."),
    (CHEMICAL, "Sudan", "headline", "residents report a chlorine cloud after cylinders are dropped",
     "Sudan's army accused of chlorine attack near Garri refinery. Residents said cylinders dropped from an "
     "aircraft on Friday released a yellow cloud that left dozens struggling to breathe."),
    (CHEMICAL, "Ukraine", "translated", "irritant chemical munitions against positions",
     "According to the operational command, on Wednesday the enemy used munitions with irritant chemicals "
     "against our positions in the Zaporizhzhia direction, without casualties."),
    (AIR, "Lebanon", "headline", "a drone missile kills a commander in a Beirut suburb",
     "Israeli strike kills Hezbollah commander in Beirut. A missile fired from a drone hit a residential building "
     "in Haret Hreik on Tuesday evening, killing a senior commander and two children, officials said."),
    (AIR, "Yemen", "headline", "US warplanes strike targets in Hodeidah",
     "US strikes hit Houthi targets in Hodeidah. American warplanes struck radar sites and a port in the western "
     "province on Thursday night, the Houthi-run television channel said."),
    (AIR, "Ethiopia", "headline", "a drone strike on a bus station",
     "Dozens reported dead in Amhara drone strike. A drone strike on a bus station in Finote Selam, in the "
     "Amhara region, killed about thirty people on "
     "Sunday, witnesses told reporters, blaming the federal air force."),
    (AIR, "Palestine", "count", "an air strike on a school sheltering displaced families",
     "Twenty-two people, most of them women and children, were killed when Israeli aircraft struck a school "
     "sheltering displaced families in Deir al-Balah on Thursday, the civil defence said."),
    (AIR, "Ukraine", "liveblog", "guided bombs dropped on a city hypermarket",
     "Updated 14:20 - Russian guided aerial bombs struck central Kharkiv this afternoon and hit a hypermarket "
     "crowded with weekend shoppers; the governor says at least twelve are dead."),
    (SUICIDE, "Pakistan", "headline", "a bomber blows himself up in a police mosque",
     "Suicide bomber kills dozens at Peshawar police mosque. The attacker blew himself up among worshippers "
     "during "
     "afternoon prayers inside the Police Lines compound on Monday, officials said."),
    (SUICIDE, "Afghanistan", "headline", "a suicide attacker at an education centre",
     "Blast at Kabul education centre kills students. A suicide attacker set off explosives at a tutoring centre "
     "in Dasht-e-Barchi on Friday as young people sat a practice exam."),
    (SUICIDE, "Somalia", "wire", "a suicide car bomb at a training camp",
     "A suicide car bomb exploded at the gate of a military training camp in Mogadishu on Thursday, killing at "
     "least seven recruits, officials said; al Shabaab claimed the attack."),
    (SUICIDE, "Nigeria", "passive", "a woman detonates explosives at a wedding",
     "At least eighteen people were killed when a woman detonated explosives strapped to her body at a wedding in "
     "Gwoza, Borno state, on Saturday, emergency officials said."),
    (SUICIDE, "Iraq", "count", "two suicide bombers in a clothes market",
     "Thirty-two people died when two suicide bombers blew themselves up in a crowded clothes market in Baghdad's "
     "Tayaran Square on Thursday morning, the health ministry said."),
    (SHELLING, "Ukraine", "headline", "a missile hits a children's hospital",
     "Russian missile hits Kyiv children's hospital. The Okhmatdyt hospital was struck during a mass missile "
     "attack on the capital on Monday morning, killing two adults, officials said."),
    (SHELLING, "Israel", "headline", "a rocket falls on a football pitch",
     "Rocket kills twelve children on Majdal Shams football pitch. The projectile, fired from Lebanon, fell on a "
     "sports field in the Golan Heights town on Saturday evening, the army said."),
    (SHELLING, "Sudan", "headline", "paramilitary artillery hits a market",
     "Shells hit Omdurman market. Artillery fire by the Rapid Support Forces struck a crowded market in the city "
     "on Saturday, killing at least sixty people, the health ministry said."),
    (SHELLING, "Azerbaijan", "count", "a ballistic missile hits a residential area",
     "Twelve civilians died when a ballistic missile hit a residential block in Ganja overnight into Saturday, "
     "Azerbaijan's prosecutor-general said."),
    (SHELLING, "Democratic Republic of Congo", "ngo", "bombs fired into a displacement camp",
     "Bombs fired into the Mugunga displacement camp near Goma on Friday killed at least eighteen people, "
     "including children, an aid group working in the camp reported."),
    (IED, "Colombia", "headline", "a roadside bomb under a patrol",
     "Roadside bomb kills soldiers in Cauca. An explosive device went off under a military patrol in Argelia on "
     "Tuesday, killing three soldiers, the army said."),
    (IED, "Mali", "headline", "a bus hits a mine on a road",
     "Mine blast hits bus on Boni road. Eleven passengers died when their bus struck an explosive device between "
     "Boni and Hombori on Thursday, local officials said."),
    (IED, "Pakistan", "headline", "a motorcycle bomb near a police escort",
     "Bomb kills two police guarding polio team in Bajaur. Explosives planted on a parked motorcycle went off "
     "beside the officers' vehicle on Sunday morning, police said."),
    (IED, "Syria", "local", "a car bomb in a market",
     "A car bomb went off on the edge of a market in Manbij on Monday, killing twenty people, most of them women "
     "farm workers riding in a vehicle that was passing by."),
    (IED, "Russia", "passive", "a general killed by a bomb hidden in a scooter",
     "A senior Russian general was killed in Moscow on Tuesday when a bomb hidden in an electric scooter outside "
     "his apartment building was detonated, investigators said."),
    (GRENADE, "India", "headline", "a grenade thrown at a police post, no one hurt",
     "Grenade thrown at Amritsar police post. Unknown attackers lobbed a grenade at a police post in the city on "
     "Wednesday night, damaging a wall; no one was hurt, police said."),
    (GRENADE, "Burundi", "headline", "grenades explode at a bus station",
     "Grenade attack at Bujumbura bus station. Two grenades exploded at a crowded bus stop on Friday evening, "
     "killing one person and wounding dozens, the police spokesman said."),
    (GRENADE, "India", "headline", "a grenade hurled at a crowded market",
     "Srinagar market grenade wounds twelve. Militants hurled a grenade at a crowded Sunday market near the "
     "tourist reception centre in Srinagar, "
     "wounding twelve shoppers, police said."),
    (GRENADE, "Sweden", "passive", "a hand grenade thrown into an apartment",
     "A hand grenade was thrown into an apartment in Linkoping on Saturday night and exploded, damaging the "
     "kitchen but injuring no one, police said."),
    (GRENADE, "Ecuador", "translated", "a grenade thrown into a house courtyard",
     "According to the National Police, unknown persons threw an explosive grenade into the courtyard of a house "
     "in Guayaquil in the early hours of Sunday, wounding two women."),
]
