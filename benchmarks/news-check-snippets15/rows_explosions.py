"""Explosions/Remote violence rows of news-check-snippets15: (sub-event type, country, style, reason, text).
Written for eventwire."""

AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"
CHEMICAL = "Chemical weapon"

ROWS = [
    (AIR, "Ethiopia", "count", "UN report paragraph led by its toll: a drone strike on a displacement camp",
     "Para 18. At least 56 civilians were killed on 7 January 2022 when a drone strike hit the Dedebit camp for "
     "displaced people in north-western Tigray."),
    (AIR, "Yemen", "wire", "chronology entry: a coalition air strike hits a school bus",
     "Chronology, 9 August 2018: a coalition air strike hits a school bus at the market in Dahyan, Saada, killing "
     "40 boys on a summer-camp outing."),
    (AIR, "Nigeria", "translated", "translated Fulfulde radio: a military aircraft bombs herders",
     "A military aircraft bombed herders gathered at Rukubi in Doma on Tuesday night, killing about 40 of them and "
     "many of their cattle, the Fulfulde service of a Jos radio said."),
    (AIR, "Lebanon", "communique", "travel advisory: Israeli air strikes hit towns across the south",
     "Travel advice update, Lebanon, 23 September 2024: Israeli air strikes are hitting towns across the south and "
     "the Bekaa; leave now by commercial means while flights still run."),
    (AIR, "Ukraine", "local", "student newspaper brief: a Russian drone hits a dormitory",
     "Student paper brief: a Russian drone hit a polytechnic dormitory in Kharkiv overnight, and the fifth-floor "
     "rooms burned while the residents sheltered in the basement."),

    (SHELLING, "Israel", "translated", "translated Hebrew press: a rocket from Lebanon kills children on a pitch",
     "A rocket fired from Lebanon fell on a football pitch in Majdal Shams on Saturday evening and killed twelve "
     "children and teenagers, a Hebrew daily reported."),
    (SHELLING, "Sudan", "ngo", "UN report paragraph: shells from RSF areas strike a market",
     "Para 40. On 1 February 2025, shells fired from areas held by the Rapid Support Forces struck the Sabreen "
     "market in Omdurman, killing at least 56 people."),
    (SHELLING, "Ukraine", "wire", "chronology entry: a ballistic missile hits a crowded railway station",
     "Chronology, 8 April 2022: a Tochka-U missile with a cluster warhead hits the railway station in Kramatorsk "
     "as civilians wait to be evacuated; 61 are killed."),
    (SHELLING, "DR Congo", "headline", "explainer: shells from rebel-held hills fall on a displacement camp",
     "What hit the Mugunga camp? Shells fired from M23-held hills fell among the shelters on 3 May 2024 and killed "
     "at least 35 displaced people, most of them children."),
    (SHELLING, "Azerbaijan", "attribution", "letter to the editor: a missile falls on a residential street",
     "Letter to the editor, from a reader in Ganja: Sir, the missile that fell on our street on 17 October 2020 "
     "killed thirteen of my neighbours in their beds."),

    (SUICIDE, "Afghanistan", "passive", "obituary: a soldier killed by the suicide bomber at the airport gate",
     "Staff Sergeant Ryan Knauss, 23, who was killed by the suicide bomber at Abbey Gate of Kabul airport on 26 "
     "August 2021, is remembered by his unit as its best marksman."),
    (SUICIDE, "Pakistan", "local", "council minutes: a silence for those killed by a suicide bomber in a mosque",
     "Minutes, Peshawar city council, item 1: members stood in silence for the 84 police officers and worshippers "
     "killed when a suicide bomber blew himself up in the Police Lines mosque during the afternoon prayer."),
    (SUICIDE, "Somalia", "communique", "travel advisory: a suicide bomber at a beach, then gunmen",
     "Travel advice update, Somalia, 3 August 2024: a suicide bomber blew himself up at Lido beach in Mogadishu on "
     "Friday evening before gunmen opened fire on diners; at least 32 people were killed."),
    (SUICIDE, "Nigeria", "translated", "translated Kanuri radio: a woman bomber strikes a wedding",
     "A woman with a baby on her back set off the explosives strapped to her body at a wedding in Gwoza on "
     "Saturday, and two more bombers struck the hospital and a funeral, the Kanuri news of a Maiduguri radio said."),
    (SUICIDE, "Iran", "headline", "explainer: two suicide bombers among mourners",
     "What happened in Kerman? Two Islamic State suicide bombers blew themselves up among mourners walking to "
     "Qassem Soleimani's grave on 3 January 2024, killing more than 90 people."),

    (IED, "Mali", "translated", "translated Bambara radio: a market bus hits a mine",
     "A bus taking passengers to the weekly market hit a mine on the road between Bandiagara and Goundaka on "
     "Thursday, and eleven of them died, the Bambara bulletin of a Mopti radio said."),
    (IED, "Kenya", "count", "council minutes led by a count: a police lorry hits a buried bomb",
     "Minutes, Lamu County Assembly, item 2: four officers dead after a police lorry hit an explosive device "
     "buried on the Milimani–Baure road on Sunday, the member for Basuba reported."),
    (IED, "India", "wire", "chronology entry: Maoists set off a buried bomb under a police van",
     "Chronology, 26 April 2023: Maoists set off a buried bomb under a police van on the Aranpur road in "
     "Dantewada, killing ten reservists and their civilian driver."),
    (IED, "Somalia", "ngo", "UN report paragraph: a roadside device hits a minibus",
     "Para 12. On 22 July 2023, an improvised explosive device hidden at the roadside struck a minibus near "
     "Afgooye, in Lower Shabelle, killing nine passengers."),
    (IED, "Lebanon", "headline", "press review: pagers carried by Hezbollah members blow up at once",
     "L'Orient-Le Jour leads with the pagers: hundreds of devices carried by Hezbollah members blew up at the same "
     "moment across Lebanon on Tuesday afternoon, killing at least nine and wounding thousands."),

    (GRENADE, "Burundi", "translated", "translated Kirundi radio: a grenade thrown into a bar",
     "Unknown men threw a grenade into a bar in Bujumbura's Kamenge quarter on Saturday night and wounded eight "
     "drinkers, the Kirundi news of a Bujumbura radio said."),
    (GRENADE, "India", "local", "council minutes: a grenade thrown at a market wounds shoppers",
     "Minutes, Srinagar Municipal Corporation, item 3: the commissioner reported that a grenade thrown at the "
     "Sunday market near the tourist reception centre had wounded twelve shoppers and a vendor."),
    (GRENADE, "Ethiopia", "translated", "translated Oromo radio: a hand grenade thrown at a rally stage",
     "Someone threw a hand grenade towards the stage during the rally for Prime Minister Abiy Ahmed in Meskel "
     "Square on Saturday; two people died and more than a hundred were hurt, the Afaan Oromoo news said."),
    (GRENADE, "Colombia", "wire", "chronology entry: a man throws a grenade at a police post",
     "Chronology, 3 March 2022: a man on foot throws a grenade at a police post in Cúcuta's Atalaya district and "
     "runs off; two officers are hurt."),
    (GRENADE, "Iraq", "local", "student newspaper brief: a grenade thrown into a liquor shop",
     "Campus briefs, Baghdad: a hand grenade thrown over the wall of a liquor shop near the university's Jadiriya "
     "gate on Thursday night hurt the owner, the third such attack on the street this month."),

    (CHEMICAL, "Syria", "ngo", "UN report paragraph: a chlorine cylinder dropped on a residential building",
     "Para 5. On 7 April 2018, a cylinder dropped from a helicopter released chlorine into a residential building "
     "in Douma, killing dozens of people who were sheltering in its basement."),
    (CHEMICAL, "Ukraine", "headline", "explainer: drones drop CS gas and chloropicrin grenades on trenches",
     "What did Russia drop on Ukrainian trenches? Drones released grenades filled with CS gas and chloropicrin on "
     "positions near Zaporizhzhia in the spring of 2024, forcing soldiers out into the open."),
    (CHEMICAL, "Sudan", "headline", "press review: the army found to have used chlorine gas twice",
     "Sudan Tribune leads with Washington's finding that the army used chlorine gas at least twice in 2024 against "
     "the Rapid Support Forces in remote areas of the country."),
    (CHEMICAL, "Syria", "wire", "chronology entry: rebels report a chlorine attack in the Latakia hills",
     "Chronology, 19 May 2019: rebels near Kabanah, in the Latakia hills, say government forces fired chlorine at "
     "their positions; four fighters are treated for breathing trouble."),
    (CHEMICAL, "Syria", "attribution", "letter to the editor: a doctor treats men after chlorine from barrel bombs",
     "Letter to the editor, from a doctor in Idlib: Sir, on 4 February 2018 we treated eleven men from Saraqeb "
     "who could not breathe after barrel bombs released chlorine over their street."),
]
