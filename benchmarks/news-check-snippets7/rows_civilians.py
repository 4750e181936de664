"""Violence against civilians rows of news-check-snippets7: (sub-event type, country, style, reason, text). Written
for eventwire."""

SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (SEXUAL, "Sudan", "ngo", "a rights group documents rapes by fighters during a raid",
     "Fighters of the Rapid Support Forces raped at least 15 women and girls during a raid on villages east of "
     "Geneina last week, survivors told the rights group, which collected the accounts in camps in Chad."),
    (SEXUAL, "Democratic Republic of Congo", "headline", "armed men assault women in a displacement camp",
     "Women raped at Bulengo camp. Armed men entered the displacement site near Goma on Tuesday night and sexually "
     "assaulted six women, a medical charity that treated them said."),
    (SEXUAL, "South Sudan", "local", "soldiers accused of raping women collecting firewood",
     "Soldiers raped four women who had gone to collect firewood outside Leer on Saturday, a local women's "
     "association said, and one of the victims is in hospital."),
    (SEXUAL, "Haiti", "headline", "gang members rape women in a district of the capital",
     "Gang assault on women in Bel Air. Gang members broke into homes in the Port-au-Prince district over the "
     "weekend and raped several women, a local human rights network reported."),
    (SEXUAL, "India", "passive", "a woman paraded and assaulted by a mob in an ethnic conflict",
     "Two women were stripped, paraded and sexually assaulted by a crowd of men in a village of Kangpokpi district "
     "in Manipur, police said, after a video of the assault spread online."),
    (ATTACK, "Nigeria", "headline", "gunmen kill villagers in a night raid",
     "Gunmen kill 17 in Zamfara village. Armed men on motorcycles stormed Kadawa on Thursday night and shot "
     "residents as they tried to flee, a local councillor said."),
    (ATTACK, "Mexico", "headline", "gunmen open fire on a family party",
     "Eleven shot dead at party in Guanajuato. Gunmen burst into a family celebration in Salvatierra on Sunday "
     "night and opened fire on guests, the state prosecutor said."),
    (ATTACK, "Ethiopia", "count", "a toll from an attack on villagers",
     "At least 32 civilians, among them children, were killed when armed men attacked the village of Gida Kiremu "
     "in Oromia on Saturday, residents and a regional official said."),
    (ATTACK, "Afghanistan", "wire", "gunmen kill aid workers",
     "Unidentified gunmen shot dead three workers of a polio vaccination campaign in Takhar province on Tuesday, "
     "a spokesman for the provincial police said."),
    (ATTACK, "Brazil", "local", "a community leader shot dead",
     "An indigenous leader was shot dead outside her home in Bahia on Sunday by two men on a motorbike, community "
     "members said, weeks after she had reported death threats."),
    (ABDUCTION, "Nigeria", "headline", "gunmen kidnap pupils from a school",
     "Gunmen seize pupils in Kaduna. Armed men abducted more than 200 children from a school in Kuriga on Thursday "
     "morning as lessons were starting, a teacher said."),
    (ABDUCTION, "Haiti", "headline", "a gang kidnaps missionaries",
     "Missionaries kidnapped near Port-au-Prince. A gang seized a group of foreign missionaries and their "
     "children as they drove back from visiting an orphanage on Saturday, a church official said."),
    (ABDUCTION, "Mali", "attribution", "jihadists take bus passengers",
     "Suspected jihadists stopped two buses near Bandiagara and took away about 20 passengers, a local official "
     "said on Wednesday; the rest were released."),
    (ABDUCTION, "Belarus", "ngo", "an activist disappears after detention",
     "A rights group said on Friday that an opposition activist taken by plainclothes men from his flat in Minsk "
     "three weeks ago has not been seen since and that the authorities deny holding him."),
    (ABDUCTION, "Cameroon", "headline", "separatists abduct a chief",
     "Chief abducted in Bamenda. Armed separatists took a traditional ruler from his palace on Monday and are "
     "demanding a ransom, his family said."),
]
