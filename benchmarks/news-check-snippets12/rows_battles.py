"""Battles rows of news-check-snippets12: (sub-event type, country, style, reason, text). Written for eventwire."""

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"

ROWS = [
    (GRT, "Ukraine", "headline", "Ukrainian press: defence forces take a village back, assault units still clearing",
     "Robotyne flies the trident again. The Defence Forces of Ukraine have liberated the settlement of Robotyne in "
     "Zaporizhzhia oblast, the deputy defence minister wrote on Monday; assault units are mopping up the last "
     "streets."),
    (GRT, "Nigeria", "headline", "army briefing: troops dislodge ISWAP from a Borno town after a firefight",
     "Marte back under the army's flag. Troops of Operation Hadin Kai dislodged ISWAP terrorists from Marte after "
     "hours of fighting on Thursday, the defence spokesman told the fortnightly media briefing in Abuja."),
    (GRT, "Mali", "wire", "in-brief column: the army enters a rebel-held town after driving the rebels out",
     "IN BRIEF / MALI - Government troops rolled into Anefis on Saturday after pushing out fighters of the "
     "Tuareg-led CSP-PSD alliance, state television said; the rebels spoke of a tactical retreat."),
    (GRT, "Ethiopia", "local", "TV ticker: federal forces recapture two towns from the TPLF",
     "ETV TICKER: ENDF AND AMHARA SPECIAL FORCES RECAPTURE LALIBELA AND GASHENA FROM TPLF FIGHTERS AFTER DAY-LONG "
     "BATTLE, GOVERNMENT COMMUNICATION SERVICE SAYS."),
    (GRT, "Libya", "wire", "weekly roundup one-liner: forces of the recognised government take a town from the LNA",
     "Libya, week in review: Tarhuna, the LNA's last western stronghold, was entered on Friday by forces loyal to "
     "the Tripoli government after heavy exchanges on its northern edge."),
    (NSA, "Myanmar", "headline", "Burmese press: an ethnic army seizes a town and the junta's regional command",
     "Laukkai in Kokang hands. The Kokang army has fully seized the town of Laukkai, the last regional command of "
     "the military council having laid down its arms after weeks of fighting, the MNDAA announced on its Telegram "
     "channel."),
    (NSA, "DR Congo", "communique", "diplomatic cable summary: rebels enter a provincial capital after brief firing",
     "SUMMARY: M23/AFC elements entered central Bukavu on 16 February following brief exchanges of fire near the "
     "Kavumu airfield; FARDC and Burundian units had pulled back south. All Embassy staff accounted for."),
    (NSA, "Ethiopia", "headline", "a militia seizes a heritage town after fighting federal troops",
     "Fano banner over Lalibela. Amhara Fano militiamen took the rock-church town on Wednesday after trading fire "
     "with federal troops on its outskirts, residents reached by phone said; flights were called off."),
    (NSA, "Sudan", "ngo", "humanitarian access update: the RSF take a state capital, the army pulls out",
     "Access update, Al Jazirah: all movements to Wad Madani are suspended after RSF forces took the city on 18 "
     "December following clashes on its eastern approaches. The army confirmed its units had withdrawn."),
    (NSA, "Mozambique", "communique", "maritime security advisory: insurgents seize a coastal town",
     "MARITIME SECURITY ADVISORY 14/21: Insurgents have seized control of Palma town, Cabo Delgado, after a "
     "three-day assault. Vessels are advised to keep clear of the Afungi anchorage until further notice."),
    (CLASH, "Colombia", "two-acts", "two acts: rival armed groups fight for days; a car bomb told second",
     "Arauca: ELN guerrillas and a FARC dissident front fought around Tame for a fifth straight day, with 23 bodies "
     "recovered so far; separately, a car bomb went off overnight near a rights office in Saravena."),
    (CLASH, "India", "translated", "Hindi press: cross-border fire answered by the army, a two-way exchange",
     "Pakistan again violated the ceasefire in the Krishna Ghati sector of Poonch tonight, and our army gave a "
     "befitting reply; the exchange of fire went on until late night, defence sources said."),
    (CLASH, "Ukraine", "translated", "Russian ministry statement: assaults repelled near a village",
     "Units of the Southern group of forces repelled four attacks by assault groups of the armed forces of Ukraine "
     "in the area of Klishchiivka over the past day, the Russian Ministry of Defence reports."),
    (CLASH, "Kenya", "headline", "militants storm an airfield used by foreign troops; a gunfight follows",
     "Manda Bay raid. Al-Shabaab fighters forced their way onto the Camp Simba airfield used by Kenyan and US forces"
     " before dawn on Sunday, and three Americans died in the ensuing gunfight, AFRICOM said."),
    (CLASH, "Indonesia", "headline", "Indonesian press: a firefight between security forces and Papuan rebels",
     "Firefight in Mugi. A contact of fire occurred between the joint TNI-Polri apparatus and the KKB group of "
     "Egianus Kogoya in Mugi district, Nduga, on Saturday; one soldier fell, the Cenderawasih military spokesman "
     "said."),
]
