"""Battles rows of news-check-snippets15: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (CLASH, "Nigeria", "local", "council minutes: soldiers and Boko Haram exchange fire for two hours",
     "Minutes, Gwoza local government council, item 3: the chairman informed members that soldiers and Boko Haram "
     "fighters had exchanged fire for two hours at Pulka on Tuesday night, and that the Pulka market would stay "
     "closed until further notice."),
    (CLASH, "Mali", "translated", "translated Bambara radio: the army and jihadists fight all morning",
     "Soldiers of the Malian army and jihadist fighters fought each other near Boni from dawn on Wednesday until "
     "about midday, the Bambara news of a Bamako community station said."),
    (CLASH, "Colombia", "communique", "travel advisory: the army and FARC dissidents fight around a town",
     "Travel advice update, Colombia (Cauca), 14 March 2024: fighting has broken out between the army and FARC "
     "dissident fronts around Suárez, and we now advise against all travel to the municipality."),
    (CLASH, "Sudan", "ngo", "UN report paragraph: the army and the RSF begin fighting in the capital",
     "Para 14. On 15 April 2023, fighting erupted in Khartoum between the Sudanese Armed Forces and the Rapid "
     "Support Forces and spread within hours to Merowe and El Obeid."),
    (CLASH, "Somalia", "attribution", "letter to the editor: troops and al-Shabaab fight at the edge of a town",
     "Letter to the editor, from a reader in Baidoa: Sir, for the third night running government troops and "
     "al-Shabaab fought at the edge of our town until dawn, and nobody in Mogadishu seems to have noticed."),

    (GRT, "Mozambique", "wire", "chronology entry: Rwandan and Mozambican troops retake a port town by fighting",
     "Chronology, 8 August 2021: Rwandan and Mozambican troops retake the port town of Mocímboa da Praia from "
     "insurgents after two weeks of fighting."),
    (GRT, "Ethiopia", "translated", "translated Oromo radio: the army takes two towns back from the TPLF",
     "The national defence force took back Dessie and Kombolcha from TPLF forces on Monday after fierce fighting, "
     "the Afaan Oromoo service of the state broadcaster reported."),
    (GRT, "Libya", "ngo", "UN report paragraph: government-affiliated forces regain a town from the LNA by fighting",
     "Para 9. On 26 June 2019, forces affiliated with the Government of National Accord regained control of "
     "Gharyan from the Libyan National Army after heavy fighting on the town's outskirts."),
    (GRT, "Syria", "headline", "press review: the army enters a rebel town after days of fighting",
     "Al-Watan leads with \"Maarat al-Numan liberated\": the army entered the town on Tuesday after days of "
     "fighting with the armed groups that had held it since 2012."),
    (GRT, "Ukraine", "headline", "explainer: Ukrainian troops push Russian forces out of a town",
     "What happened at Balakliia? Ukrainian troops broke through Russian lines in a surprise offensive and drove "
     "the occupying forces out of the town on 8 September 2022."),

    (NSA, "DR Congo", "local", "council minutes: M23 takes a city centre and airport after fighting the army",
     "Minutes, Goma urban council, emergency sitting of 29 January 2025: the deputy mayor reported that M23 "
     "fighters had taken the city centre and the airport after two days of fighting with the army."),
    (NSA, "Sudan", "communique", "travel advisory: the RSF seize a city after fighting the army",
     "Travel advice update, Sudan, 19 December 2023: the Rapid Support Forces have seized Wad Madani after "
     "fighting with the army; the city is no longer a refuge, and we advise against all travel to Gezira state."),
    (NSA, "Yemen", "ngo", "UN report paragraph: separatist forces seize the palace and camps after fighting",
     "Para 21. On 10 August 2019, forces of the Southern Transitional Council seized the presidential palace and "
     "the main military camps in Aden after four days of fighting with Government troops."),
    (NSA, "Haiti", "translated", "translated Haitian Creole radio: a gang coalition takes a town after a gun battle",
     "Members of the Viv Ansanm gang coalition took control of Mirebalais on Monday after hours of shooting with "
     "the police, and freed more than 500 inmates from the town's prison, a Creole-language morning show said."),
    (NSA, "Mozambique", "headline", "press review: insurgents take a town after three days of fighting",
     "Savana leads with the fall of Palma: insurgents took the town after three days of fighting with the defence "
     "forces, and foreign workers fled by boat to Pemba."),
]
