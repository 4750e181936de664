"""Battles rows of news-check-snippets3: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (GRT, "Ukraine", "headline", "Ukrainian troops retake a village from Russian forces by assault",
     "Kyiv says troops have retaken Robotyne after weeks of assaults. The southern village near Orikhiv is back "
     "under Ukrainian control, the defence ministry said on Monday, posting drone footage of soldiers raising the "
     "flag."),
    (GRT, "Sudan", "communique", "the army recaptures a town by force",
     "The official spokesman of the Armed Forces announced that our forces liberated the town of Dinder in Sennar "
     "state on Saturday after inflicting heavy losses on the rebel militia."),
    (GRT, "Democratic Republic of Congo", "headline", "army and allied militias force rebels out of a town",
     "Congolese army pushes M23 out of Kitshanga. FARDC soldiers backed by local Wazalendo fighters regained the "
     "town in Masisi territory after two days of heavy fighting, local officials said."),
    (GRT, "Myanmar", "translated", "junta soldiers recapture a town taken by resistance fighters",
     "After clashes lasting four days, the military council's troops entered Kawlin again on Tuesday and hoisted "
     "their flag over the township office, said a resident who fled to a nearby monastery."),

    (NSA, "Myanmar", "headline", "an ethnic armed group captures a border town",
     "Arakan Army seizes Maungdaw. The rebel force says it has taken the last junta border post in the town next "
     "to Bangladesh after months of siege, giving it control of the whole 270-km frontier."),
    (NSA, "Haiti", "headline", "a gang coalition seizes a town",
     "Gangs overrun Mirebalais and empty its prison. "
     "Members of the Viv Ansanm gang coalition took control of Mirebalais in central Haiti on Monday, freeing "
     "hundreds of inmates from the town's prison and forcing police to retreat, residents and officials said."),
    (NSA, "Mali", "headline", "a rebel alliance takes a military camp and town",
     "Tuareg rebels claim capture of Bourem camp. The Permanent Strategic Framework said its fighters overran the "
     "army position in the Gao region on Tuesday and were now holding the town."),
    (NSA, "Sudan", "liveblog", "paramilitaries capture an army garrison town",
     "14:05 — The Rapid Support Forces say they have taken full control of Singa, capital of Sennar state, after "
     "the army's 17th Infantry Division withdrew from its headquarters under fire."),

    (CLASH, "Mali", "headline", "army and jihadists fight near a town",
     "Soldiers and JNIM fighters trade fire outside Boulkessi. The army said it repelled a complex attack on its "
     "camp on Sunday, killing about twenty assailants, while the militants claimed to have killed dozens of troops."),
    (CLASH, "Colombia", "headline", "two armed groups fight each other",
     "ELN and FARC dissidents battle in Catatumbo. Thousands of families fled their homes as the two groups "
     "fought for control of coca routes near Tibu, the Ombudsman's office reported on Saturday."),
    (CLASH, "India", "passive", "security forces and militants exchange fire",
     "Two soldiers and three suspected militants were killed in a gunfight that broke out when troops cordoned off "
     "a village in Kishtwar district of Jammu and Kashmir early on Thursday."),
    (CLASH, "Ukraine", "attribution", "Russian and Ukrainian troops fight over a town",
     "According to the General Staff in Kyiv, Russian units launched 41 assaults on positions around Pokrovsk on "
     "Wednesday, and the defenders repelled all but two of them."),
    (CLASH, "Nigeria", "local", "vigilantes fight bandits",
     "GUSAU — Vigilantes fought a gang of armed bandits for several hours in Maru local government area on "
     "Saturday night, leaving at least eight people dead on both sides, a council official said."),
    (CLASH, "Pakistan", "communique", "soldiers raid a militant hideout and exchange fire",
     "During an intelligence-based operation in North Waziristan, troops engaged a group of khawarij; after an "
     "intense exchange of fire, six terrorists were sent to hell and two soldiers embraced martyrdom, the ISPR said."),
    (CLASH, "Israel", "headline", "Hezbollah and Israeli forces fight at the border",
     "Israeli troops and Hezbollah fighters clash near the border fence. The army said its soldiers returned fire "
     "after an anti-tank missile team approached Shtula, and that the cell was hit."),
    (CLASH, "Philippines", "wire", "army clashes with communist rebels",
     "Soldiers fought New People's Army guerrillas for about 30 minutes in the hills of Negros Occidental on "
     "Sunday, leaving one rebel dead, the army's 3rd Infantry Division said."),
    (CLASH, "Ethiopia", "two-acts", "first act: army and Fano fight in a town",
     "Federal troops fought Fano militiamen in the streets of Debre Tabor on Monday, residents said. A day later, "
     "a drone struck a vehicle on the road to Gondar."),
]
