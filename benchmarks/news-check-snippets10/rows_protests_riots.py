"""Protests and Riots rows of news-check-snippets10: (sub-event type, country, style, reason, text). Written for
eventwire."""

FORCE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
PEACEFUL = "Peaceful protest"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (FORCE, "Bangladesh", "wire", "police fire on a student march and kill one",
     "Arms spread wide in front of a police line at Begum Rokeya University, a student marching against civil "
     "service quotas fell dead when officers fired on the procession in Rangpur on Tuesday, classmates said."),
    (FORCE, "Iran", "ngo", "security forces fire into a crowd of demonstrators",
     "Iran Human Rights said security forces fired live ammunition into a crowd of demonstrators in Javanrud, "
     "Kermanshah province, killing at least two, and kept shooting when mourners gathered the next day."),
    (FORCE, "Sudan", "headline", "anti-coup marchers shot dead",
     "Bullets and tear gas in Omdurman as anti-coup marchers turn out. Security forces shot dead three "
     "demonstrators on Thursday as tens of thousands rallied against military rule, a doctors' committee said."),
    (FORCE, "Nigeria", "local", "soldiers open fire on a sit-in",
     "Soldiers opened fire on #EndSARS demonstrators sitting at the Lekki toll gate on Tuesday night, with "
     "witnesses describing young people falling as they sang the national anthem."),
    (FORCE, "Guinea", "translated", "a marcher dies of a gunshot at an opposition demonstration",
     "A young man of 19 years succumbed to a bullet wound in Hamdallaye on Wednesday during the demonstration called "
     "by the Forces Vives against the junta, his family indicated."),
    (INTERVENTION, "Georgia", "headline", "water cannon and arrests at a rally",
     "Water cannon clears Rustaveli Avenue. Riot police turned water cannon and pepper spray on crowds rallying "
     "outside parliament in Tbilisi against the freezing of EU accession talks, detaining dozens overnight."),
    (INTERVENTION, "Senegal", "headline", "gendarmes disperse a rally with tear gas and arrests",
     "Dakar: gendarmes lob tear gas at Sonko supporters, several held. Gendarmes broke up a gathering of opposition "
     "supporters in the Keur Massar suburb on Friday afternoon, local media reported."),
    (INTERVENTION, "Pakistan", "passive", "party workers detained as they try to gather",
     "Dozens of PTI workers were bundled into police vans on Sunday as they tried to assemble outside the Lahore "
     "press club, party officials said."),
    (INTERVENTION, "Kenya", "liveblog", "police fire tear gas at marching teachers",
     "16:40 - Police lobbing teargas canisters at teachers' union members marching to the Ministry of Education in "
     "Nairobi; marchers regrouping on Harambee Avenue."),
    (INTERVENTION, "Tunisia", "local", "security forces push back protesters with batons, no serious injury",
     "Security forces stopped unemployed graduates from reaching the governorate headquarters in Sfax on Thursday, "
     "pushing the crowd back with batons and shields."),
    (PEACEFUL, "Morocco", "headline", "a large march for Gaza with no force",
     "Rabat streets fill for Gaza. Tens of thousands walked through the Moroccan capital on Sunday waving Palestinian "
     "flags and calling for ties with Israel to be cut."),
    (PEACEFUL, "Israel", "headline", "a rally against judicial changes, no force",
     "Knesset ringed by judicial overhaul protest. Tens of thousands of Israelis rallied outside the Knesset on "
     "Monday against the government's plan to curb the Supreme Court, blocking roads for several hours before "
     "dispersing."),
    (PEACEFUL, "Iraq", "translated", "a sit-in of unemployed graduates ends without incident",
     "Hundreds of unemployed graduates organised a sit-in before the gate of the provincial council in Nasiriyah "
     "demanding appointments, and they dispersed in the evening without incident."),
    (PEACEFUL, "South Africa", "headline", "residents march with a memorandum",
     "Joburg residents carry buckets to city hall over dry taps. Several hundred people from Soweto and Melville "
     "walked to the municipal offices on Thursday and handed over a memorandum on water outages."),
    (PEACEFUL, "Serbia", "headline", "students hold silent vigils at junctions",
     "Novi Sad falls silent for fifteen minutes. Students brought traffic to a halt at junctions across Novi Sad on "
     "Friday with fifteen minutes of silence for the victims of the station canopy collapse, the latest of their "
     "weekly actions."),
    (VIOLENT, "France", "headline", "youths burn cars and a town hall annexe after a police shooting",
     "Cars ablaze in Nanterre for second night. Youths angered by a police shooting set vehicles and a town hall "
     "annexe alight and hurled fireworks at officers, the interior minister said."),
    (VIOLENT, "Mozambique", "local", "post-election demonstrators burn tyres and stone a police post",
     "Demonstrators backing Venancio Mondlane barricaded the EN4 with burning tyres and stoned a police post at "
     "Ressano Garcia, forcing the border crossing to close."),
    (VIOLENT, "Pakistan", "headline", "supporters of a detained leader storm and burn a commander's house",
     "Jinnah House in flames. Supporters of Imran Khan stormed the corps commander's residence in Lahore on Tuesday "
     "and set part of it on fire, hours after the former prime minister's arrest."),
    (VIOLENT, "Libya", "headline", "demonstrators torch part of a parliament building",
     "Tobruk parliament torched. Demonstrators furious over power cuts forced their way into the House of "
     "Representatives building in eastern Libya on Friday and set part of it on fire."),
    (VIOLENT, "Indonesia", "passive", "a regional parliament set on fire by protesting crowds",
     "The regional parliament building in Manokwari was set on fire on Monday by crowds protesting over racist abuse "
     "of Papuan students in Java, police said."),
    (MOB, "Nigeria", "headline", "a crowd of students kills a classmate over alleged blasphemy",
     "Sokoto student stoned and burned over alleged blasphemy. Fellow students beat a young woman to death at the "
     "Shehu Shagari College of Education on Thursday over messages she had posted."),
    (MOB, "Haiti", "translated", "residents lynch suspected gang members",
     "Residents of Canape-Vert intercepted a minibus transporting suspected bandits and lynched thirteen of them, "
     "setting the bodies alight with tyres, according to the police."),
    (MOB, "Pakistan", "wire", "a mob kills a factory manager accused of blasphemy",
     "SIALKOT, Pakistan, Dec 3 - A Sri Lankan manager at a sports-goods factory was beaten to death and his body "
     "burned by a mob of workers and townspeople who accused him of blasphemy."),
    (MOB, "Bangladesh", "local", "students beat a suspected thief to death in a dormitory",
     "In the early hours of Thursday, students at a Dhaka University hall tied a man accused of stealing a phone to "
     "a pillar and beat him until he died."),
    (MOB, "Kenya", "headline", "villagers burn homes of people accused of witchcraft",
     "Kisii mob torches homes of 'witches'. Villagers in Marani set fire to the houses of four elderly people "
     "accused of sorcery and lynched one of them on Sunday, the area chief said."),
]
