"""Strategic developments rows of news-check-snippets7: (sub-event type, country, style, reason, text). Written for
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
    (AGREEMENT, "Colombia", "headline", "the government and a rebel group sign a ceasefire",
     "Bogota and ELN sign truce. Government and guerrilla negotiators signed a six-month bilateral ceasefire in "
     "Havana on Friday, to take effect in August."),
    (AGREEMENT, "Ethiopia", "headline", "a peace deal signed to end a war",
     "Ethiopia and Tigray forces agree to stop fighting. Envoys of the federal government and the TPLF signed a "
     "permanent cessation of hostilities in Pretoria on Wednesday after ten days of talks."),
    (AGREEMENT, "Palestine", "headline", "a truce and hostage deal agreed",
     "Gaza truce deal reached. Israel and Hamas agreed on Wednesday to a ceasefire and the exchange of hostages "
     "for prisoners, mediators in Doha announced."),
    (AGREEMENT, "Democratic Republic of Congo", "wire", "two governments sign a peace accord",
     "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday, committing to "
     "end support for armed groups on each other's soil."),
    (AGREEMENT, "Mali", "local", "herders and farmers agree a local pact",
     "Leaders of Fulani herders and Dogon farmers in the Koro area signed a local non-aggression pact on Sunday, "
     "agreeing to reopen markets and grazing routes, the mayor said."),
    (ARRESTS, "Turkey", "headline", "an opposition mayor detained",
     "Istanbul mayor detained. Police took Ekrem Imamoglu from his home in a dawn raid on Wednesday as part of "
     "a corruption and terrorism investigation, his office said."),
    (ARRESTS, "Venezuela", "headline", "an opposition figure arrested",
     "Opposition aide arrested in Caracas. Intelligence agents detained a senior adviser of the opposition "
     "leader at his home on Tuesday night, the party said."),
    (ARRESTS, "Uganda", "headline", "soldiers arrest a musician turned politician",
     "Bobi Wine's aides rounded up. Security forces arrested dozens of opposition supporters in night raids on "
     "their homes in Kampala on Monday, the party said."),
    (ARRESTS, "Tunisia", "communique", "the interior ministry announces arrests",
     "The security units succeeded in arresting a terrorist element in the governorate of Kasserine who was "
     "wanted by the judiciary, the Ministry of the Interior announced on Thursday."),
    (ARRESTS, "Russia", "ngo", "a theatre director and a playwright detained",
     "A monitoring group said security officers in Moscow detained a theatre director and a playwright on Friday "
     "on charges of justifying terrorism over a play staged two years ago."),
    (CHANGE, "Syria", "headline", "an armed group dissolves itself",
     "Hayat Tahrir al-Sham announces its dissolution. The group that led the offensive on Damascus said on "
     "Wednesday that it was disbanding and that its fighters would join the new army."),
    (CHANGE, "Turkey", "headline", "the PKK lays down its arms",
     "PKK declares end of armed struggle. The Kurdish militant group said on Monday that it would dissolve and "
     "disarm, answering a call from its jailed founder."),
    (CHANGE, "Colombia", "headline", "a faction breaks away from a rebel group",
     "FARC dissident faction splits. A group of commanders announced on Tuesday that they were leaving the "
     "Central General Staff to negotiate with the government on their own."),
    (CHANGE, "Mali", "wire", "rebel groups merge",
     "Armed groups of the Coordination of Azawad Movements announced on Sunday that they had merged into a single "
     "organisation with one command, a spokesman said."),
    (CHANGE, "Haiti", "local", "rival gangs form an alliance",
     "The leaders of the G9 and G-Pep gang federations announced on Friday that they were joining forces in a "
     "single coalition to overthrow the government."),
    (DISRUPTED, "Israel", "headline", "missiles from Yemen intercepted",
     "Houthi missile shot down over Negev. Israel's air force intercepted a ballistic missile fired from Yemen "
     "early on Sunday before it crossed into the country, the military said."),
    (DISRUPTED, "Ukraine", "headline", "air defence downs drones over a city",
     "Dozens of drones downed over Kharkiv. Air defence units shot down 41 Shahed drones launched at the region "
     "overnight, the air force said, with no one hurt."),
    (DISRUPTED, "Somalia", "headline", "a car bomb defused",
     "Car bomb defused in Mogadishu. Security forces stopped a vehicle loaded with explosives near a checkpoint "
     "on Tuesday and bomb disposal experts made it safe, police said."),
    (DISRUPTED, "Nigeria", "wire", "soldiers find and destroy explosive devices",
     "Soldiers found and destroyed five improvised explosive devices planted along the road between Damboa and "
     "Biu on Saturday, the army said."),
    (DISRUPTED, "Saudi Arabia", "communique", "the coalition intercepts a drone",
     "The coalition forces intercepted and destroyed a booby-trapped drone launched by the terrorist militia "
     "towards Khamis Mushait, the coalition said in a statement."),
    (BASE, "Niger", "headline", "Russian instructors set up at an air base",
     "Russian military trainers land in Niamey. Russian instructors and an air defence system arrived at the air "
     "base in the capital on Wednesday, state television said."),
    (BASE, "Myanmar", "headline", "a resistance group opens a training camp",
     "Resistance opens camp in Chin hills. A local defence force said on Monday it had set up a new training "
     "camp for recruits in a forest of Mindat township."),
    (BASE, "Somalia", "headline", "al Shabaab sets up a base in a village",
     "Al Shabaab sets up base near Bulo Burte. The militants established a camp in a village north of the town "
     "and are collecting taxes from herders, residents said."),
    (BASE, "Burkina Faso", "attribution", "jihadists set up a camp in a forest",
     "JNIM fighters have set up a new camp in the Kabonga forest and are holding meetings in nearby villages, "
     "local sources told the agency on Thursday."),
    (BASE, "Central African Republic", "local", "a rebel group sets up headquarters in a town",
     "Rebels of the 3R group installed their headquarters in the mayor's office of Koui on Saturday and raised "
     "their flag, residents said."),
    (LOOTING, "Haiti", "headline", "gangs loot a hospital",
     "Gangs loot state hospital. Armed men stripped the general hospital in Port-au-Prince of beds and equipment "
     "after the staff fled, the health ministry said."),
    (LOOTING, "Sudan", "headline", "paramilitaries loot a town's market",
     "RSF looting in Tawila. Paramilitary fighters carried off goods from shops in the town's market and set "
     "several stores on fire on Thursday, residents said."),
    (LOOTING, "Ethiopia", "headline", "soldiers loot homes in a town",
     "Troops accused of looting in Gondar. Soldiers broke into shops and houses in two districts on Sunday and "
     "took phones and money, residents said."),
    (LOOTING, "Mozambique", "passive", "a health centre burned by insurgents",
     "A health centre and two schools were burned down by insurgents in the village of Mbau on Monday, but no "
     "one was hurt, local sources said."),
    (LOOTING, "Colombia", "translated", "armed men burn a ranch's machinery",
     "A group of armed subjects burned the machinery and the vehicles of a hacienda in the rural area of Tame "
     "in the early hours, according to the municipal ombudsman."),
    (TRANSFER, "Mali", "headline", "UN peacekeepers hand a camp to the army",
     "MINUSMA leaves Ber camp. UN peacekeepers handed their base near Timbuktu to Malian soldiers on Sunday, "
     "ahead of the mission's withdrawal."),
    (TRANSFER, "Azerbaijan", "headline", "Armenian forces leave a district under a deal",
     "Azerbaijan takes over Lachin. Azerbaijani troops entered the district on Wednesday under the ceasefire "
     "deal, after Armenian forces and residents had left."),
    (TRANSFER, "Syria", "headline", "Kurdish-led forces hand neighbourhoods to the government",
     "SDF hands Aleppo districts to Damascus. Kurdish-led fighters withdrew from two neighbourhoods of Aleppo on "
     "Friday under an agreement, and government security forces moved in."),
    (TRANSFER, "Democratic Republic of Congo", "wire", "rebels withdraw from a town under a deal",
     "M23 rebels pulled out of Kibumba on Thursday and handed the town to East African regional troops, a "
     "spokesman for the force said, under a deal reached in Luanda."),
    (TRANSFER, "Libya", "local", "an armed group hands a ministry to another",
     "A militia handed control of the interior ministry building in Tripoli to a police unit on Saturday "
     "without a shot being fired, the ministry said."),
    (OTHER, "Gabon", "headline", "officers seize power",
     "Army officers take power in Gabon. Soldiers appeared on state television on Wednesday to say they had "
     "annulled the election and dissolved the institutions, and the president was under house arrest."),
    (OTHER, "Sudan", "headline", "soldiers detain the prime minister",
     "Military detains Sudan's prime minister. Soldiers took Abdalla Hamdok from his home in Khartoum on Monday, "
     "and the army chief dissolved the civilian cabinet."),
    (OTHER, "Yemen", "headline", "a ship seized in the Red Sea",
     "Houthis seize cargo ship in Red Sea. Fighters landed from a helicopter on the vehicle carrier Galaxy Leader "
     "on Sunday and took it to the port of Hodeidah with its crew."),
    (OTHER, "Somalia", "wire", "pirates hijack a bulk carrier",
     "Armed men boarded a bulk carrier off the coast of Puntland on Tuesday and steered it towards the shore, "
     "the European Union's naval force said."),
    (OTHER, "Niger", "attribution", "the presidential guard holds the president",
     "Members of the presidential guard have surrounded the palace in Niamey and are holding President Bazoum "
     "inside, a source close to the presidency said on Wednesday."),
]
