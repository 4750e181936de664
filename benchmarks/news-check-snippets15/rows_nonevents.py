"""Non-event rows of news-check-snippets15 (null sub-event type): (None, country, style, reason, text). Written for
eventwire."""

ROWS = [
    (None, "Nigeria", "local", "council minutes: an army urban exercise with gunfire announced",
     "Minutes, Kaduna North local government council, item 9: members noted that the army's urban exercise on 4 "
     "May would bring gunfire and armoured vehicles to Kawo, and asked residents not to panic."),
    (None, "Kenya", "passive", "obituary: a retired general dies of natural causes",
     "A retired general who commanded the army's operations in the north-east in the 1960s died peacefully in a "
     "Nairobi hospital on Sunday, aged 91."),
    (None, "Libya", "communique", "travel advisory: floods after two dams burst",
     "Travel advice update, Libya, 12 September 2023: storm floods that burst two dams above Derna have swept away "
     "whole districts, and roads into the east are cut."),
    (None, "Central African Republic", "ngo", "UN report paragraph: a court convicts over crimes of 2013 and 2014",
     "Para 51. On 24 July 2025, a trial chamber of the International Criminal Court found Alfred Yekatom and "
     "Patrice-Edouard Ngaïssona guilty of war crimes committed in 2013 and 2014."),
    (None, "Ghana", "attribution", "letter to the editor: a football derby called a battle",
     "Letter to the editor: Sir, Saturday's so-called battle of Kumasi between Kotoko and Hearts was a disgrace of "
     "a match, with six yellow cards and a pitch invasion at the final whistle by nobody more dangerous than "
     "ball boys."),
    (None, "Uganda", "local", "student newspaper sports brief: a team's attack scores four goals",
     "Campus sport: the engineers' attack tore the law faculty's defence apart on Saturday and scored four times "
     "before half-time at the Makerere main pitch."),
    (None, "Nigeria", "headline", "press review: an anniversary of a school abduction",
     "Daily Trust leads with Chibok, ten years on: parents gathered in the town on Sunday to remember the "
     "schoolgirls taken in 2014, some of whom are still missing."),
    (None, "Yemen", "headline", "explainer: a threat to strike, not a strike",
     "Will the Houthis strike Tel Aviv again? The group's leader warned on Thursday that its missiles could reach "
     "any Israeli city, but no launch has been reported since."),
    (None, "Lebanon", "wire", "chronology entry: stored ammonium nitrate explodes in a port, an accident",
     "Chronology, 4 August 2020: about 2,750 tonnes of ammonium nitrate stored at the port of Beirut explode, "
     "killing more than 200 people."),
    (None, "Nigeria", "translated", "translated Yoruba radio: thieves break into market shops, no political side",
     "Thieves broke into three shops at the Bodija market in Ibadan during the night and carried off phones and "
     "cloth, the Yoruba news of an Ibadan radio said."),
    (None, "Nigeria", "translated", "translated Yoruba radio: police deny a gunmen's attack; the shots were a festival",
     "The police command in Osun denied on Monday that gunmen had attacked Ilesa, saying the shots residents heard "
     "came from a hunters' festival, the Yoruba news said."),
    (None, "Mali", "translated", "translated Bambara radio: a former president dies abroad",
     "Former president Amadou Toumani Touré died in Istanbul on Tuesday night after an illness, the Bambara news "
     "said."),
    (None, "Haiti", "translated", "translated Haitian Creole radio: an earthquake kills thousands",
     "An earthquake of magnitude 7.2 struck the south-west on Saturday morning, and more than 2,000 people died in "
     "Les Cayes and Jérémie, the Creole news said."),
    (None, "Burundi", "translated", "translated Kirundi radio: an opposition party announces a march",
     "The opposition CNL said it would march in Bujumbura next Saturday against the election results, the Kirundi "
     "news said."),
    (None, "Israel", "translated", "translated Hebrew press: a sentence for an arson killing of 2015",
     "The Lod district court sentenced the settler who set fire to the Dawabsheh family home in Duma in 2015 to "
     "three life terms on Monday, a Hebrew daily reported."),
    (None, "Bangladesh", "translated", "translated Bengali press: a restaurant building fire, an accident",
     "A fire that started in a ground-floor restaurant on Bailey Road in Dhaka on Thursday night killed 46 people "
     "trapped on the floors above, a Bengali-language daily reported."),
    (None, "Ethiopia", "translated", "translated Oromo radio: a thanksgiving festival passes peacefully",
     "Millions gathered at Hora Harsadi in Bishoftu on Sunday for Irreecha, the Oromo thanksgiving festival, "
     "which passed off peacefully, the Afaan Oromoo news said."),
    (None, "Nigeria", "translated", "translated Kanuri radio: health workers battle cholera",
     "Health workers in Maiduguri are fighting a hard battle against cholera, which has killed 31 people in the "
     "camps since August, the Kanuri news said."),
    (None, "Central African Republic", "translated", "translated Sango radio: a firing exercise heard all morning",
     "Russian instructors and Central African soldiers held a firing exercise at Berengo on Thursday, and people "
     "nearby heard the shooting all morning, the Sango news said."),
    (None, "Burkina Faso", "translated", "translated Fulfulde radio: a bus overturns, an accident",
     "A bus carrying herders to the Dori cattle market overturned near Seytenga on Monday, killing nine, the "
     "Fulfulde news said."),
    (None, "Kenya", "communique", "union circular: doctors threaten to strike",
     "KMPDU circular to members: doctors in the county will down tools from Monday if the arrears are not paid by "
     "Friday; stand ready."),
    (None, "Zimbabwe", "communique", "party statement: a denial that its youth wing attacked anyone",
     "Statement from the ruling party's youth league: we deny the reports that our members attacked vendors in "
     "Mbare on Saturday; no such thing happened."),
    (None, "Nigeria", "local", "student newspaper brief: a mock bomb-threat evacuation",
     "Campus briefs: a mock evacuation after a pretend bomb threat emptied the main library for forty minutes on "
     "Wednesday, and the security unit says it went well."),
    (None, "Nigeria", "local", "missing-child notice: a girl lost in a market, no abduction",
     "MISSING: Fatima, 7, lost her mother in the crowd at the Kasuwar Barci market in Kaduna on Friday; she wears "
     "a yellow hijab and answers to Ummi."),
    (None, "Egypt", "liveblog", "time-stamped chronology entry: a football derby won after a battle",
     "Chronology, 18 May 2024, 21:45: Al Ahly battle past Zamalek 2-1 in the Cairo derby after a late red card."),
]
