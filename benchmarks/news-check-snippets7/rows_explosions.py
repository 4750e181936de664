"""Explosions/Remote violence rows of news-check-snippets7: (sub-event type, country, style, reason, text). Written
for eventwire."""

CHEMICAL = "Chemical weapon"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"

ROWS = [
    (CHEMICAL, "Syria", "headline", "chlorine suspected in a government attack on a rebel hilltop",
     "US says chlorine used near Kabani. Washington said on Tuesday it had signs that government forces fired "
     "chlorine at rebel positions in the Latakia hills on Sunday morning during an offensive."),
    (CHEMICAL, "Ukraine", "attribution", "Russian drones drop irritant gas on trenches",
     "Russian drones dropped grenades filled with tear gas on Ukrainian positions near Robotyne on Tuesday, "
     "forcing soldiers out of their trenches, a Ukrainian brigade said."),
    (CHEMICAL, "Sudan", "wire", "the army accused of using a chemical agent in a besieged area",
     "Sudan's army dropped bombs carrying a chlorine-based agent on RSF positions near the Jaili refinery north "
     "of Khartoum, two officials said on Thursday, citing findings shared by Washington."),
    (CHEMICAL, "Russia", "headline", "Ukraine accused of toxic gas from drones",
     "Moscow claims chemical drone attack. Russia's defence ministry said on Friday that Ukrainian drones had "
     "dropped containers of a toxic substance on its troops in the Kursk region."),
    (CHEMICAL, "Myanmar", "ngo", "the military accused of using a toxic gas",
     "A rights group said the Myanmar army dropped bombs releasing a choking yellow gas on a village in Sagaing in "
     "March, and that several resistance fighters and villagers fell ill."),
    (AIR, "Sudan", "headline", "an air strike on a market",
     "Air strike on Nyala market kills 23. A warplane bombed the crowded livestock market in the South Darfur "
     "city on Monday, residents said, blaming the army."),
    (AIR, "Yemen", "headline", "US strikes on a port",
     "US jets strike Ras Isa fuel port. American aircraft hit the Houthi-held port on the Red Sea coast on "
     "Thursday night, killing at least 70 people, the group's health authorities said."),
    (AIR, "Mali", "local", "a drone strike on a wedding",
     "A drone struck a wedding gathering in the village of Amasrakad near Gao on Sunday, killing eight people, "
     "among them children, a local elected official said."),
    (AIR, "Palestine", "count", "a toll from an air strike on a shelter",
     "At least 22 people were killed on Saturday when an Israeli strike hit a school sheltering displaced "
     "families in Gaza City, the civil defence agency said."),
    (AIR, "Turkey", "communique", "the army strikes positions in the north of Iraq",
     "As part of the operation, air operations were carried out in the Gara and Hakurk regions, and 18 targets "
     "used by the terrorist organisation were destroyed, the Ministry of National Defence announced."),
    (SUICIDE, "Pakistan", "headline", "a bomber strikes a mosque in a police compound",
     "Suicide blast in Peshawar mosque. A bomber blew himself up among worshippers at a mosque inside the police "
     "lines during afternoon prayers on Monday, killing at least 84 people."),
    (SUICIDE, "Nigeria", "headline", "female suicide bombers hit a wedding",
     "Bombers strike wedding in Gwoza. Women wearing explosives blew themselves up at a wedding and a hospital "
     "in the Borno town on Saturday, killing at least 18 people, emergency officials said."),
    (SUICIDE, "Afghanistan", "wire", "a bomber hits a ministry in Kabul",
     "A suicide bomber detonated his explosives at the entrance of the ministry of refugees in Kabul on "
     "Wednesday, killing the minister and several other people, the Taliban said."),
    (SUICIDE, "Somalia", "passive", "a suicide car bomb at a military base",
     "Several soldiers were killed at a military base in Mogadishu on Sunday when a car packed with explosives "
     "was driven into the gate by a suicide attacker, officials said."),
    (SUICIDE, "Iran", "two-acts", "twin suicide blasts at a memorial, then arrests",
     "Two bombers blew themselves up among crowds marking the anniversary of a general's death in Kerman on "
     "Wednesday, killing more than 90. Police later detained several suspects."),
    (SHELLING, "Ukraine", "headline", "a missile hits a city centre",
     "Missile strikes Sumy on Palm Sunday. Two Russian ballistic missiles hit the centre of the northern city as "
     "people went to church, killing 35, regional officials said."),
    (SHELLING, "Israel", "headline", "rockets from Lebanon hit a Golan town",
     "Rocket kills children in Majdal Shams. A rocket fired from Lebanon hit a football pitch in the Druze town "
     "on Saturday, killing 12 children and teenagers."),
    (SHELLING, "Democratic Republic of Congo", "local", "bombs fall on a camp for displaced people",
     "Bombs fell on the Mugunga displacement camp near Goma on Friday morning, killing at least 35 people, and "
     "the army and the M23 rebels blamed each other."),
    (SHELLING, "Azerbaijan", "translated", "artillery fire on a city blamed on the other side",
     "The enemy subjected the city of Ganja to rocket fire last night, as a result of which civilians were "
     "killed and residential buildings destroyed, according to the prosecutor general's office."),
    (SHELLING, "Sudan", "liveblog", "mortar shells on a besieged city",
     "09:40 - Residents of El Fasher report heavy shelling by the RSF on the Abu Shouk camp this morning; "
     "medical sources count at least nine dead so far."),
    (IED, "Mali", "headline", "a bus hits a landmine",
     "Bus hits mine near Bandiagara. Eleven passengers died when their bus ran over an explosive device on the "
     "road to Goundaka on Thursday, a local official said."),
    (IED, "Colombia", "headline", "a car bomb outside a military base",
     "Car bomb hits base in Cali. A vehicle loaded with explosives went off near an air force base in the city on "
     "Thursday, killing six people passing by, the mayor said."),
    (IED, "Syria", "attribution", "a roadside bomb hits a military bus",
     "A roadside bomb hit a bus carrying soldiers near Palmyra on Friday, killing at least ten, state media "
     "said, and no group claimed it."),
    (IED, "India", "count", "an explosive device kills police on patrol",
     "Eight police commandos and their driver were killed on Wednesday when Maoist rebels set off a buried "
     "explosive device under their vehicle in Dantewada, an officer said."),
    (IED, "Cameroon", "wire", "separatists blamed for a bomb at a stadium",
     "An improvised explosive device went off near the stadium in Limbe on Saturday before a match, wounding "
     "four people, regional officials said, blaming separatists."),
    (GRENADE, "Burundi", "headline", "grenades thrown at a bus station",
     "Grenades hit Bujumbura bus station. Attackers threw grenades at a crowded bus stop in the capital's "
     "central market on Friday evening, killing two, police said."),
    (GRENADE, "Colombia", "headline", "a grenade thrown at a police station",
     "Grenade attack on police post in Cucuta. A man on a motorbike threw a grenade at a police station on "
     "Tuesday night, wounding three officers, the city's police said."),
    (GRENADE, "India", "local", "militants hurl a grenade at a market",
     "Militants lobbed a grenade at a Sunday market near the tourist office in Srinagar, wounding twelve "
     "shoppers and vendors, police said."),
    (GRENADE, "Sweden", "passive", "a hand grenade thrown into a flat",
     "A hand grenade was thrown into a flat in an Uppsala suburb overnight, injuring a woman, police said on "
     "Monday, linking it to a gang feud."),
    (GRENADE, "Ecuador", "translated", "an explosive artefact hurled at a house",
     "Unknown subjects threw an explosive device of the grenade type at the facade of a house in Guayaquil in the "
     "early morning, leaving material damage and no victims, reported the National Police."),
]
