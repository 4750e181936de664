"""Strategic developments rows of news-check-snippets3: (sub-event type, country, style, reason, text). Written for
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
    (AGREEMENT, "Lebanon", "headline", "a ceasefire between Israel and Hezbollah comes into force",
     "Israel-Hezbollah truce takes effect at dawn. The 60-day ceasefire brokered by Washington and Paris began at "
     "4 a.m. on Wednesday, with Lebanese troops to deploy in the south."),
    (AGREEMENT, "Ukraine", "count", "a prisoner exchange",
     "Ninety-five Ukrainian soldiers came home on Saturday in a prisoner swap with Russia brokered by the United "
     "Arab Emirates, Ukraine's coordination headquarters said."),
    (AGREEMENT, "India", "wire", "two states agree a ceasefire",
     "India and Pakistan agreed on Saturday to stop all firing and military action on land, in the air and at sea "
     "from 5 p.m., after four days of strikes, the Indian foreign secretary said."),
    (AGREEMENT, "Colombia", "headline", "the government and a guerrilla sign a ceasefire",
     "Colombia and ELN sign six-month ceasefire in Havana. Negotiators agreed on Friday to halt offensive "
     "operations from August, the first truce of its length with the group."),

    (ARRESTS, "Mali", "headline", "a former prime minister detained",
     "Former Malian prime minister Moussa Mara taken into custody. He was detained in Bamako on Friday after "
     "questioning over posts supporting jailed political activists, his lawyers said."),
    (ARRESTS, "Bolivia", "headline", "a general arrested after a failed coup",
     "Bolivian general Zuniga detained hours after troops stormed palace doors. Police led the former army commander"
     " away in La Paz on Wednesday evening as soldiers pulled back from Plaza Murillo."),
    (ARRESTS, "Tunisia", "translated", "opposition leaders detained",
     "Security units arrested on Saturday night the leader of the Ennahdha movement at his residence in the "
     "capital, the party announced in a statement."),
    (ARRESTS, "Venezuela", "attribution", "security forces detain an opposition aide",
     "Opposition leader Maria Corina Machado said intelligence agents seized her campaign manager in Caracas on "
     "Friday, the latest of dozens of detentions since the election."),
    (ARRESTS, "Niger", "communique", "the junta detains former ministers",
     "The Council for the Safeguard of the Homeland announced that a former oil minister and two other officials "
     "of the deposed government had been placed under arrest in Niamey."),

    (CHANGE, "Turkey", "headline", "the PKK says it will disband",
     "PKK announces it will dissolve and lay down arms. The militant group said at its congress that it had "
     "ended its armed struggle against the Turkish state."),
    (CHANGE, "Syria", "headline", "armed factions merge into a new army",
     "Syrian factions agree to dissolve into defence ministry. "
     "Syria's new authorities said on Wednesday that most armed factions had agreed to dissolve and merge into "
     "a unified defence ministry, with the Kurdish-led SDF notably absent."),
    (CHANGE, "Colombia", "headline", "a guerrilla dissident group splits",
     "FARC dissident bloc splits from Mordisco's command. Commanders in Narino and Cauca announced a new "
     "structure that will stay at the negotiating table with the government."),
    (CHANGE, "Mali", "communique", "an armed coalition announces a new alliance",
     "The movements of the Strategic Framework announced their merger into a single political and military "
     "organisation, the Azawad Liberation Front, at a congress in Tinzaouaten."),

    (DISRUPTED, "Pakistan", "headline", "bomb disposal squad defuses a device",
     "Bomb disposal team defuses explosives near Peshawar police station. The device, packed with ball bearings, "
     "was found in a parked motorbike on Sunday morning, police said."),
    (DISRUPTED, "Iraq", "communique", "security forces seize a weapons cache",
     "The Security Media Cell said forces found a cache of rockets, mortar rounds and explosive belts in an "
     "orchard north of Baghdad belonging to Daesh remnants."),
    (DISRUPTED, "Israel", "liveblog", "a drone from Iraq intercepted",
     "02:40 — The army says a hostile drone launched from the east was intercepted by the air force before "
     "crossing into Israeli territory over the Golan Heights."),
    (DISRUPTED, "Colombia", "passive", "an explosive-laden drone shot down",
     "A drone carrying explosives was brought down by soldiers using signal jammers before it reached a battalion "
     "base in Cauca, the army reported."),

    (BASE, "Niger", "headline", "Russian military instructors set up at an air base",
     "Russian troops move into Niamey air base used by American forces. A unit of instructors from the Africa "
     "Corps settled in a hangar at Air Base 101, a US official said."),
    (BASE, "Syria", "headline", "Israeli troops establish positions in the buffer zone",
     "Israel builds outposts in Syrian buffer zone. "
     "Israeli troops built new outposts inside the demilitarised buffer zone in Quneitra province this week, "
     "satellite images showed."),
    (BASE, "Iraq", "translated", "the Turkish army builds a new military base",
     "The Turkish army has built a new military base on a mountain top near Amedi in Duhok province, local "
     "officials told our reporter on Monday."),
    (BASE, "Somalia", "local", "a militia opens a base",
     "BELEDWEYNE — Clan militias who fought al-Shabaab opened a new base in Mahas district on Thursday, elders "
     "said, with weapons supplied by the federal government."),

    (LOOTING, "Palestine", "headline", "settlers burn cars and homes",
     "Settlers torch homes and cars in West Bank village. Masked men set fire to two houses and several vehicles "
     "in Huwara overnight, no one was hurt, residents said."),
    (LOOTING, "Sudan", "headline", "paramilitaries loot a market",
     "RSF loot markets near El Obeid. "
     "RSF fighters looted shops and warehouses in the market of El Obeid's outskirts on Tuesday, taking grain and "
     "fuel, residents said."),
    (LOOTING, "Myanmar", "ngo", "soldiers burn a village",
     "Junta troops burned more than 300 houses in a village of Pale township in Sagaing region on Saturday after "
     "residents fled, a local relief group said."),
    (LOOTING, "Haiti", "passive", "a police station looted and burned by a gang",
     "The police station of Petite-Riviere de l'Artibonite was looted and set on fire by gang members after "
     "officers fled, the National Police said."),

    (TRANSFER, "Mali", "headline", "UN peacekeepers hand a base to the army",
     "UN mission hands over Kidal base to Malian authorities. The peacekeepers left their camp on Tuesday under "
     "a withdrawal plan agreed with Bamako, the mission said."),
    (TRANSFER, "Syria", "headline", "rebels enter a city after the army withdraws without a fight",
     "Rebels walk into Homs as troops pull out. "
     "Opposition fighters entered Homs on Saturday after government troops pulled out of the city overnight "
     "without resistance, residents and a war monitor said."),
    (TRANSFER, "Democratic Republic of Congo", "headline", "rebels withdraw from a town",
     "M23 rebels pull out of Walikale centre. The group said it was leaving the town to support peace "
     "initiatives, and residents reported no fighting as the fighters left."),
    (TRANSFER, "Lebanon", "communique", "the army takes over positions from Israeli troops",
     "The Lebanese Army Command announced that its units had deployed in the town of Khiam after the Israeli "
     "enemy's forces withdrew, under the terms of the ceasefire."),

    (OTHER, "Gabon", "headline", "officers announce a coup on television",
     "Gabon officers appear on TV to say they have taken power. The soldiers announced the annulment of the "
     "election results and the dissolution of state institutions, with no gunfire reported."),
    (OTHER, "Iran", "wire", "the navy seizes a tanker",
     "Iran's navy seized a Marshall Islands-flagged oil tanker in the Gulf of Oman on Thursday, saying it had "
     "collided with an Iranian boat, a maritime security firm said."),
    (OTHER, "Yemen", "headline", "Houthis seize a cargo ship",
     "Houthi commandos seize cargo ship in the Red Sea. Gunmen landed from a helicopter on the vessel and sailed "
     "it to the port of Salif, the group said."),
    (OTHER, "Burkina Faso", "translated", "soldiers take over the state broadcaster",
     "Soldiers took position in front of the national television on Friday afternoon and its programmes were "
     "interrupted, without shots being heard, witnesses said."),
]
