"""Non-event rows of news-check-snippets4 (no ACLED event, in the same vocabulary): (None, country, style, reason,
text). Written for eventwire."""

ROWS = [
    (None, "Morocco", "headline", "an earthquake disaster",
     "Earthquake in the High Atlas kills more than 2,000. Rescuers were still digging through collapsed mud-brick "
     "houses in villages near Marrakech on Sunday."),
    (None, "Libya", "headline", "floods after a dam burst",
     "Derna devastated after dams collapse. Thousands of people are missing in Derna after two dams burst during a "
     "storm and swept whole districts "
     "into the sea, the eastern administration said on Tuesday."),
    (None, "Sudan", "ngo", "a famine warning with displacement figures",
     "Famine conditions have been confirmed in Zamzam camp, where half a million displaced people are living on "
     "one meal a day, the food security monitor said."),
    (None, "Ukraine", "headline", "a prisoner swap at the border",
     "Russia and Ukraine swap 95 prisoners each. The exchange, brokered by the United Arab Emirates, took place "
     "on the Belarus border on Friday."),
    (None, "Nigeria", "headline", "a boat accident",
     "Boat capsizes on Niger river, dozens of wedding guests missing. The overloaded vessel overturned near "
     "Mokwa before dawn on Monday, emergency officials said."),
    (None, "Mali", "communique", "a junta statement promising operations",
     "In a message read on state television on Tuesday, the ministers of the transition vowed that the armed "
     "forces would keep hunting the armed groups until every region of Mali is back under the state's authority."),
    (None, "Somalia", "headline", "a court sentence for militants",
     "Military court sentences five al Shabaab members to death. The judges in Mogadishu found the men guilty of "
     "planning attacks on hotels, court officials said."),
    (None, "Yemen", "count", "a cholera outbreak",
     "More than 250,000 suspected cholera cases have been recorded in Yemen this year, the World Health "
     "Organization said on Thursday."),
    (None, "Pakistan", "headline", "an election result",
     "Independent candidates backed by Imran Khan's party win most seats. The election commission published the "
     "final results on Sunday, three days after the vote."),
    (None, "Israel", "liveblog", "a cabinet meeting on a ceasefire",
     "19:05 — The security cabinet is meeting in Jerusalem to vote on the ceasefire proposal, the prime "
     "minister's office says."),
    (None, "Ethiopia", "headline", "an anniversary commemoration",
     "Tigray war anniversary marked in Mekelle. Ethiopians in Mekelle lit candles on Thursday to mark the anniversary "
     "of the start of the war in Tigray, "
     "as officials called for the return of displaced people."),
    (None, "Afghanistan", "headline", "a ban on women's education",
     "Taliban bar women from medical training institutes. Students said they had been told by their colleges "
     "on Monday that classes would not resume."),
    (None, "India", "headline", "a film review using war words",
     "Bombs, bullets and little else: the new action blockbuster opens to weak reviews. Critics said the film "
     "wastes its cast on endless explosions."),
    (None, "Brazil", "local", "a football match report in war words",
     "Flamengo's attackers laid siege to the Palmeiras goal for ninety minutes on Sunday but could not break "
     "through a defence that fought like an army."),
    (None, "Syria", "translated", "a government decree on conscription",
     "The president issued on Sunday a legislative decree granting a general amnesty for crimes of desertion "
     "committed before the date of the decree, the official agency reported."),
    (None, "Haiti", "ngo", "a displacement report",
     "Nearly 700,000 people are now displaced inside Haiti, half of them children, the migration agency said "
     "in its latest report on Wednesday."),
    (None, "Kenya", "headline", "a planned protest announced",
     "Activists call for nationwide protests next Tuesday. Organisers said on social media that they would "
     "march peacefully in all major towns against new taxes."),
    (None, "Burkina Faso", "attribution", "a government suspends foreign media",
     "The authorities suspended the broadcasts of two foreign radio stations on Thursday over their coverage of "
     "the security situation, the communication council said."),
    (None, "Russia", "communique", "military exercises",
     "Units of the Pacific Fleet began tactical exercises with live firing at ranges in Primorye on Monday, "
     "involving 40 warships, the ministry of defence announced."),
    (None, "Chad", "passive", "a tanker explosion accident",
     "Nine people were killed when a fuel truck overturned and caught fire on a road outside N'Djamena on "
     "Saturday, the fire service said."),
    (None, "Lebanon", "headline", "a funeral of a leader killed earlier",
     "Tens of thousands attend Nasrallah funeral in Beirut stadium. Mourners travelled from across the country "
     "for the ceremony, months after he was killed."),
    (None, "Democratic Republic of Congo", "wire", "an Ebola outbreak",
     "Health authorities declared a new Ebola outbreak in Kasai province on Thursday after 15 deaths were "
     "linked to the virus."),
    (None, "Mexico", "attribution", "homicide statistics",
     "Homicides fell by a quarter in the first half of the year compared with the same period last year, the "
     "security ministry said on Tuesday."),
    (None, "Myanmar", "local", "a landslide at a jade mine",
     "A landslide at a jade mine in Hpakant buried dozens of workers on Thursday after heavy rain, rescue "
     "workers said."),
    (None, "Colombia", "two-acts", "talks announced and then postponed",
     "The government and a dissident group said they would resume talks in Caracas next month. The date was "
     "later pushed back to allow more consultations."),
]
