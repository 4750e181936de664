"""Protests and Riots rows of news-check-snippets9: (sub-event type, country, style, reason, text). Written for
eventwire."""

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    (PEACEFUL, "Morocco", "headline", "a youth march in a capital",
     "Young Moroccans march in Rabat for hospitals. Several thousand people walked through the capital on Saturday "
     "chanting for better schools and health care, and the march ended quietly."),
    (PEACEFUL, "Iraq", "wire", "teachers strike and rally over pay",
     "Hundreds of teachers held a sit-in outside the education directorate in Nasiriyah on Sunday to demand unpaid "
     "salaries, and dispersed in the afternoon."),
    (PEACEFUL, "Kenya", "headline", "women march against killings",
     "Women march in Nairobi against femicide. Hundreds of women dressed in black walked to parliament on Saturday "
     "over a wave of killings, without incident."),
    (PEACEFUL, "Tunisia", "local", "journalists demonstrate for a colleague",
     "Journalists gathered in front of the union headquarters in Tunis on Thursday holding pens aloft to demand the "
     "release of a detained reporter."),
    (PEACEFUL, "Georgia", "translated", "a rally against a law",
     "Thousands of citizens assembled on Rustaveli Avenue in the evening to express opposition to the draft law on "
     "foreign influence, and the action passed calmly."),
    (INTERVENTION, "Senegal", "headline", "police fire tear gas at students",
     "Tear gas at Dakar campus. Police fired tear gas and arrested a dozen students who rallied on Thursday over the "
     "postponement of the presidential vote."),
    (INTERVENTION, "Egypt", "passive", "a small protest is broken up",
     "A gathering of a few dozen people in Alexandria backing Gaza was dispersed by security forces on Friday, and "
     "at least 15 were detained."),
    (INTERVENTION, "Turkey", "wire", "police disperse a rally with water cannon",
     "Police used water cannon and pepper spray to break up a rally of students outside Istanbul's city hall on "
     "Wednesday night and detained dozens."),
    (INTERVENTION, "Tunisia", "headline", "lawyers' sit-in broken up",
     "Police scatter lawyers outside Tunis court. Officers pushed back and detained several lawyers protesting the "
     "arrest of a colleague on Monday, the bar association said."),
    (INTERVENTION, "Zimbabwe", "local", "police arrest demonstrators",
     "Riot police in Harare bundled about 30 vendors into trucks on Tuesday as they gathered to protest the "
     "demolition of their stalls."),
    (EXCESSIVE, "Sudan", "headline", "security forces shoot marchers",
     "Seven killed as forces fire on Khartoum march. Security forces shot live rounds at demonstrators against "
     "military rule on Thursday, a doctors' committee said."),
    (EXCESSIVE, "Iran", "ngo", "security forces fire on protesters",
     "Security forces opened fire on mourners and protesters in Zahedan after Friday prayers, killing at least 66 "
     "people, a rights group said."),
    (EXCESSIVE, "Kenya", "headline", "police kill protesters outside parliament",
     "Police shoot protesters storming Nairobi parliament. Officers fired live ammunition at crowds opposed to a tax "
     "bill on Tuesday, and several people died."),
    (EXCESSIVE, "Mozambique", "count", "police fire on a post-election protest",
     "At least eleven people were shot dead by police who fired on demonstrators disputing the election results in "
     "Maputo on Thursday, a civil society group said."),
    (EXCESSIVE, "Iraq", "headline", "security forces fire on demonstrators",
     "Live fire kills protesters in Nasiriyah. Security forces shot at crowds on the Zaitoun bridge on Thursday, "
     "killing at least 25, medics said."),
    (VIOLENT, "Libya", "headline", "protesters set fire to parliament",
     "Protesters storm Tobruk parliament. Demonstrators angry at power cuts broke into the House of Representatives "
     "on Friday and set part of the building on fire."),
    (VIOLENT, "Lebanon", "wire", "protesters clash with soldiers",
     "Protesters threw stones and fireworks at soldiers guarding the central bank in Beirut on Tuesday night, and "
     "set bank fronts on fire."),
    (VIOLENT, "Kenya", "headline", "demonstrators burn tyres and throw stones",
     "Fuel protest turns rough in Kisumu. Youths protesting a hike in fuel prices burned tyres and stoned passing cars in Kisumu on Monday, residents "
     "said."),
    (VIOLENT, "Guinea", "headline", "opposition supporters clash with police",
     "Stones fly in Conakry suburb. Opposition supporters hurled rocks at police and blocked roads with burning "
     "barricades on Wednesday over a constitutional vote."),
    (VIOLENT, "France", "attribution", "rioters attack a town hall",
     "The interior minister says rioters set fire to a town hall and dozens of cars in the Paris suburbs overnight "
     "after a teenager was shot by police."),
    (MOB, "Nigeria", "headline", "a mob lynches a man accused of blasphemy",
     "Mob kills trader over blasphemy claim in Sokoto. A crowd beat and burned a man accused of insulting the "
     "prophet on Saturday, police said."),
    (MOB, "South Africa", "wire", "a crowd attacks migrants",
     "A crowd armed with sticks and iron bars attacked foreign nationals and their shops in a Durban township on "
     "Sunday night, police said."),
    (MOB, "Uganda", "local", "residents beat a suspected thief to death",
     "Residents of Nansana beat to death a man they accused of stealing a motorcycle on Friday evening before police "
     "arrived."),
    (MOB, "Ethiopia", "headline", "villagers attack a rival community",
     "Villagers torch homes in Oromia clash. Residents armed with clubs and machetes attacked a neighbouring "
     "community over grazing land on Tuesday, killing four people."),
    (MOB, "Pakistan", "passive", "a church is attacked by a mob",
     "Several churches and Christian homes were torched by a mob in Jaranwala on Wednesday after accusations of "
     "desecration of the Koran, officials said."),
]
