"""Violence against civilians rows of news-check-snippets11: (sub-event type, country, style, reason, text).
Written for eventwire."""

SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (SEXUAL, "DR Congo", "ngo", "a medical charity reports women raped by armed men near camps",
     "MSF teams treated 48 women in a single week who said armed men had raped them while they gathered firewood on "
     "the edges of the displacement sites around Goma."),
    (SEXUAL, "Sudan", "attribution", "survivors say RSF fighters raped women in a town",
     "Survivors who reached Chad told investigators that RSF fighters went house to house in El Geneina and raped "
     "women and girls in front of their families during the assault on the Al-Jamarek district."),
    (SEXUAL, "Haiti", "headline", "gang members rape women in a neighbourhood",
     "Cité Soleil: women pay the price. Gang members broke into homes in Brooklyn and raped at least a dozen women "
     "during a two-day incursion, a Haitian rights network said on Friday."),
    (SEXUAL, "South Sudan", "local", "radio bulletin: soldiers rape women collecting firewood",
     "In Bentiu, women who went out to collect firewood on Saturday say men in army uniform caught and raped seven "
     "of them on the Rubkona road; the county commissioner has promised an investigation."),
    (SEXUAL, "India", "headline", "a crowd parades and assaults two women",
     "Manipur video sparks national outrage. Two Kuki-Zo women were stripped, paraded and sexually assaulted by a "
     "crowd of men in Kangpokpi district, the footage shows; police say the assault took place in May."),
    (ATTACK, "Burkina Faso", "headline", "jihadists mow down civilians drafted to dig an earthwork",
     "Barsalogho: the ditch that became a grave. Men and boys drafted to shovel an earthwork on the edge of the "
     "town were mown down by JNIM gunmen on Saturday, and a local association puts the dead in the hundreds."),
    (ATTACK, "Nigeria", "count", "a local tally of villagers killed by armed herders",
     "Yelwata toll: 100 villagers dead, many burned in their homes, after armed herders swept in overnight, the "
     "Benue State emergency agency told reporters, with the count still rising."),
    (ATTACK, "Mexico", "headline", "Spanish press: an armed commando opens fire at a party",
     "Massacre in Irapuato. An armed commando burst into a street party in Irapuato and fired indiscriminately at "
     "those present, leaving 12 dead and some 20 injured, the Guanajuato prosecutor's office reported."),
    (ATTACK, "Syria", "ngo", "a rights network records killings of civilians in coastal villages",
     "The Syrian Network for Human Rights documented the killing of at least 420 Alawite civilians, including women "
     "and children, by armed groups affiliated with the government in villages of Latakia and Tartous on Friday."),
    (ATTACK, "DR Congo", "headline", "French press: ADF rebels kill worshippers at a church",
     "Mourning in Komanda. ADF rebels massacred worshippers gathered for a night vigil at the Catholic parish of "
     "Komanda, in Ituri, killing at least 38 faithful with machetes and firearms, the civil society of the locality "
     "indicated."),
    (ABDUCTION, "Nigeria", "headline", "gunmen march schoolchildren into the bush",
     "Kuriga pupils marched into the bush. Gunmen on motorcycles surrounded a school in Kaduna State at assembly "
     "time on Thursday and led away more than 280 pupils, a teacher said."),
    (ABDUCTION, "Haiti", "wire", "wire alert: a gang kidnaps missionaries",
     "URGENT: 17 missionaries, including children, kidnapped by 400 Mawozo gang east of Port-au-Prince after "
     "visiting an orphanage -- Haitian security sources."),
    (ABDUCTION, "Kenya", "ngo", "urgent action: an activist taken by unidentified men, whereabouts unknown",
     "URGENT ACTION: Activist Bob Njagi was forced into a white car by unidentified armed men outside a Kitengela "
     "cafe on Saturday and has not been seen since; the police deny holding him."),
    (ABDUCTION, "Burkina Faso", "translated", "French press: a rights defender taken away by men claiming to be "
     "security agents",
     "The human rights defender Daouda Diallo was taken away on Friday in Ouagadougou by individuals claiming to be "
     "agents of state security, and his relatives have had no news of him."),
    (ABDUCTION, "Colombia", "headline", "armed men take a footballer's father",
     "Footballer's father taken at gunpoint. Armed men on motorcycles seized the father of the Liverpool winger Luis "
     "Díaz at a petrol station in Barrancas, La Guajira, on Saturday, police said."),
]
