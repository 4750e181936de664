"""Explosions/Remote violence rows of news-check-snippets6: (sub-event type, country, style, reason, text). Written
for eventwire."""

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
GRENADE = "Grenade"
CHEMICAL = "Chemical weapon"

ROWS = [
    (AIR, "Sudan", "headline", "an army air strike on a market in an RSF-held town",
     "Air raid on Kabkabiya market kills dozens. Warplanes bombed the weekly market in the North Darfur town on "
     "Monday, killing at least 40 people, a local rights group said, blaming the army."),
    (AIR, "Burkina Faso", "ngo", "a military drone strike on a wedding party",
     "A military drone struck a wedding celebration near the village of Bouro on Sunday, killing at least 28 "
     "civilians, according to research by our organisation that relied on survivors and relatives."),
    (AIR, "Pakistan", "headline", "Pakistani jets strike targets across the Afghan border",
     "Pakistan bombs Paktika hideouts. Air force jets struck what officials described as militant hideouts in the "
     "Barmal district of Afghanistan on Tuesday night; the Taliban government said 46 people, mostly women and "
     "children, were killed."),
    (AIR, "Myanmar", "headline", "the military bombs a monastery sheltering the displaced",
     "Bombs hit monastery in Sagaing. A junta jet dropped two bombs on a monastery in Lin Ta Lu village in "
     "Sagaing region early on Friday, killing "
     "23 people who had fled there from the fighting, villagers said."),
    (AIR, "Yemen", "headline", "Israeli jets strike a power station and port",
     "Israeli warplanes pound Hodeidah. Strikes hit the port and the Ras Kanatib power plant on Monday, Israel's "
     "army said, in response to Houthi missile fire, and local media reported several dead."),
    (SHELL, "Ukraine", "headline", "a ballistic missile hits a city centre",
     "Missile slams into Sumy on Palm Sunday. Two Russian ballistic missiles struck the centre of the northern "
     "city as people headed to church, killing 35 people, Ukraine's emergency service said."),
    (SHELL, "Sudan", "passive", "shells fall on a displacement camp",
     "At least 11 displaced people were killed on Wednesday when artillery shells hit Abu Shouk camp, north of "
     "El Fasher, a camp coordinator said, blaming the Rapid Support Forces."),
    (SHELL, "Israel", "headline", "a rocket from Lebanon hits a football pitch",
     "Rocket kills children in Majdal Shams. A rocket fired from Lebanon struck a football field in the town in "
     "the Golan Heights on Saturday, killing 12 children and teenagers, Israeli officials said."),
    (SHELL, "Syria", "wire", "government forces shell a town in Idlib",
     "Government artillery shelled the town of Ariha in Idlib province on Thursday, killing four civilians, "
     "including two children, the civil defence said in a statement."),
    (SHELL, "Armenia", "headline", "Azerbaijani fire hits border villages",
     "Border village shelled. Mortar rounds fired from across the border hit houses in the village of Sotk in "
     "Gegharkunik province on "
     "Tuesday, injuring two residents, the regional governor said, blaming Azerbaijani forces."),
    (IED, "Mali", "headline", "a bus hits a landmine on a main road",
     "Bus blast on Boni road. A passenger bus struck an explosive device between Boni and Hombori on Thursday, "
     "killing 11 people and wounding others, a transport union official said."),
    (IED, "Pakistan", "passive", "a roadside bomb hits a police van",
     "Five police officers were killed when a roadside bomb tore through their van in Bajaur district on "
     "Wednesday morning, a district police officer said."),
    (IED, "Colombia", "attribution", "an explosive device hidden in a motorbike goes off near a base",
     "A bomb hidden in a motorcycle exploded near a military base in Jamundi on Sunday, wounding three people, "
     "the mayor said, blaming FARC dissidents."),
    (IED, "Somalia", "headline", "a roadside bomb hits a minibus",
     "Roadside blast kills passengers near Afgoye. An explosion hit a minibus on the road from Mogadishu on "
     "Saturday, killing nine travellers, most of them traders, a local official said."),
    (IED, "Nigeria", "headline", "a vehicle drives over an improvised bomb",
     "Landmine kills farmers near Gwoza. Eight farmers died when the truck carrying them drove over an "
     "improvised explosive device near Gwoza on "
     "Monday, a civilian militia leader said."),
    (SUICIDE, "Pakistan", "headline", "a suicide bomber hits a railway station",
     "Quetta station bombing. A suicide bomber blew himself up among passengers waiting for a train at Quetta's "
     "railway station on Saturday, killing at least 26 people, including soldiers, police said."),
    (SUICIDE, "Afghanistan", "wire", "a suicide bomber attacks a ministry building",
     "A suicide attacker detonated explosives at the ministry of refugees in Kabul on Wednesday, killing the "
     "minister and several others, Taliban officials said."),
    (SUICIDE, "Nigeria", "headline", "female suicide bombers hit a wedding and a hospital",
     "Suicide blasts in Gwoza. Women wearing explosives set them off at a wedding, a funeral and a hospital in "
     "the Borno town on Saturday, killing at least 18 people, emergency officials said."),
    (SUICIDE, "Somalia", "count", "a suicide car bomb at a military base",
     "Seven soldiers and the bomber died when a car packed with explosives rammed the gate of an army base in "
     "Lower Shabelle on Tuesday, an officer said."),
    (SUICIDE, "Iran", "translated", "two suicide bombers at a memorial ceremony",
     "Two terrorists blew up their explosive belts among the mourners on the road to the cemetery of Kerman, "
     "martyring dozens of our people, the provincial deputy governor announced to state television."),
    (GRENADE, "India", "headline", "a grenade thrown at a market",
     "Grenade hurled at Srinagar market. Militants threw a grenade near a tourist office on Sunday, wounding 12 "
     "people, police in Kashmir said."),
    (GRENADE, "Burundi", "local", "grenades thrown in a bus station",
     "Unknown people threw two grenades into a crowded bus station in Bujumbura on Friday evening, injuring "
     "dozens, the police said."),
    (GRENADE, "Ecuador", "passive", "a grenade tossed at a police post",
     "A police post in Guayaquil was damaged and two officers were hurt when a grenade was thrown from a passing "
     "motorcycle on Monday night, the police command said."),
    (GRENADE, "Sweden", "headline", "a hand grenade goes off outside a flat",
     "Explosion in Uppsala suburb. A hand grenade went off outside an apartment building on Thursday night, "
     "injuring one person, police said, linking it to a gang feud."),
    (GRENADE, "Mexico", "count", "a grenade attack on a bar",
     "Three people were killed and seven wounded when gunmen threw a grenade into a bar in Celaya, Guanajuato, "
     "on Saturday, prosecutors said."),
    (CHEMICAL, "Ukraine", "headline", "Russian troops drop tear gas grenades from drones",
     "Ukraine accuses Russia of gas attacks near Pokrovsk. Russian drones dropped grenades filled with CS gas on "
     "Ukrainian trenches on Friday, and several soldiers were treated for poisoning, a brigade said."),
    (CHEMICAL, "Syria", "ngo", "a chlorine canister dropped on a town",
     "Our investigators concluded that a helicopter dropped a cylinder of chlorine on a residential building in "
     "the town, and that residents who sheltered in the basement suffocated."),
    (CHEMICAL, "Sudan", "attribution", "the army accused of using chlorine near a refinery",
     "The army used chlorine gas in fighting near the Jaili refinery north of Khartoum, US officials said, "
     "announcing sanctions on the military's leadership."),
    (CHEMICAL, "Ukraine", "wire", "drones drop chloropicrin on positions",
     "Russian forces dropped chloropicrin from drones on Ukrainian positions near Kupiansk on Tuesday, the "
     "Ukrainian military said, calling it a breach of the chemical weapons convention."),
    (CHEMICAL, "Ukraine", "translated", "Russia says Ukraine used toxic substances on its troops",
     "The Ukrainian armed formations used munitions with toxic chemical substances against our servicemen near "
     "Krynky, the radiation, chemical and biological defence troops declared to journalists."),
]
