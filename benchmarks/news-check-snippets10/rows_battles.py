"""Battles rows of news-check-snippets10: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (CLASH, "Mali", "headline", "jihadists storm a military outpost and are driven back: an attack on a base",
     "Boulkessi garrison holds after pre-dawn assault. Jihadist fighters breached the outer perimeter of the camp "
     "before sunrise and were pushed back after four hours of exchanges, a security source told us, with losses on "
     "both sides."),
    (CLASH, "Myanmar", "translated", "resistance forces and junta troops fight with no change of control",
     "Resistance forces and the troops of the terrorist military council engaged each other from morning until dusk "
     "near Kawlin, the local defence force reported, and fourteen of the council's soldiers fell."),
    (CLASH, "Mexico", "headline", "cartel gunmen and National Guard agents trade fire",
     "Chiapas shootout leaves eight dead. A shootout pitting cartel gunmen against National Guard agents outside "
     "Frontera Comalapa, in Chiapas, left eight people dead on Sunday, according to the state prosecutor's office."),
    (CLASH, "DR Congo", "liveblog", "briefing bullet: two-way mortar and small-arms fire, positions unchanged",
     "12 Feb - Heavy exchanges of small-arms and mortar fire between FARDC/Wazalendo and M23 elements on the hills "
     "above Sake; no change of positions confirmed by nightfall."),
    (CLASH, "South Sudan", "headline", "an armed youth militia and the army exchange fire around a base",
     "Nasir on edge as White Army youths and SSPDF swap gunfire. Armed youths surrounded the army barracks in the "
     "Upper Nile town and the two sides kept firing at each other through the night, county officials said."),
    (GRT, "Sudan", "headline", "the army pushes the RSF out of the presidential palace",
     "Army flag flies over Republican Palace again. Soldiers drove Rapid Support Forces fighters out of the "
     "presidential compound in central Khartoum on Friday after days of street battles, military television showed."),
    (GRT, "Nigeria", "local", "troops dislodge insurgents from a town",
     "Troops of Operation Hadin Kai dislodged the terrorists from Marte in a dawn offensive and hoisted the flag over "
     "the local government secretariat, residents who have since returned told our correspondent."),
    (GRT, "Azerbaijan", "headline", "state forces seize positions from ethnic Armenian forces",
     "Baku says troops took more than 90 posts in Karabakh push. Azerbaijan's defence ministry said its units had "
     "captured heights and fortified positions from ethnic Armenian formations during the first day of what it "
     "called anti-terrorist measures."),
    (GRT, "Ukraine", "attribution", "Ukrainian forces recapture a city, per officials",
     "Kyiv's forces have pushed Russian troops out of the city of Izium, according to Ukrainian officials, who "
     "shared footage of soldiers raising the national flag over the council building."),
    (GRT, "Mali", "translated", "the armed forces take a rebel-held town",
     "The Armed Forces have taken control of Kidal this Tuesday, the President of the Transition announced in a "
     "message read on national television, after several days of fighting against the armed terrorist groups."),
    (NSA, "Myanmar", "headline", "an ethnic armed group captures a regional military command",
     "MNDAA claims Lashio command. Kokang fighters said they had taken the junta's north-eastern regional "
     "headquarters after weeks of assaults, the first such command to fall since the coup."),
    (NSA, "DR Congo", "headline", "rebels take a city as soldiers give up their weapons",
     "Goma falls as FARDC troops lay down arms. M23 rebels backed by Rwanda took the airport and the centre of Goma "
     "on Monday as Congolese soldiers dropped their weapons and sought refuge with UN peacekeepers."),
    (NSA, "Syria", "headline", "aggregator headline: rebels enter a city as government forces withdraw",
     "JUST IN: HTS-led rebels say they are inside Aleppo's old city. Opposition fighters swept into Syria's second "
     "city on Friday night while government forces withdrew southward, according to a war monitor."),
    (NSA, "Haiti", "local", "a gang coalition seizes a town after police flee",
     "The Viv Ansanm coalition took over Mirebalais overnight, freeing more than 500 inmates from the civil prison "
     "after police officers abandoned the town, a local radio station reported."),
    (NSA, "Ethiopia", "translated", "militia fighters enter a town the federal army abandoned",
     "According to residents reached by telephone, Fano forces entered Lalibela in the afternoon hours after the "
     "defence forces had abandoned their positions."),
]
