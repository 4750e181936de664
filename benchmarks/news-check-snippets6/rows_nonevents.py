"""Non-event rows of news-check-snippets6 (no ACLED event, in the same vocabulary): (None, country, style, reason,
text). Written for eventwire."""

ROWS = [
    (None, "Morocco", "headline", "an earthquake disaster",
     "Quake toll passes 2,000 in the Atlas. Rescuers dug through collapsed mud-brick homes in mountain villages "
     "south of Marrakech on Sunday as the government declared three days of mourning."),
    (None, "Libya", "headline", "a flood after dams burst",
     "Dams burst over Derna. Floodwaters swept whole districts of the eastern city into the sea after a storm, "
     "and thousands are feared dead, local officials said on Tuesday."),
    (None, "Nigeria", "local", "a fuel tanker explosion",
     "A fuel tanker overturned and exploded near Suleja on Saturday, and more than 90 people who had come to "
     "collect the spilled petrol died in the fire, emergency services said."),
    (None, "Sudan", "headline", "a cholera outbreak",
     "Cholera spreads in Kassala. Health officials recorded more than 300 new cases in a week, and hospitals "
     "were running short of fluids, the ministry said on Thursday."),
    (None, "Senegal", "headline", "an election result",
     "Faye wins Senegal presidency in first round. The opposition candidate took 54 percent of the vote, the "
     "constitutional council confirmed on Friday."),
    (None, "Mali", "wire", "a junta extends its mandate",
     "Mali's military government was granted a new five-year term for its leader on Thursday, without an "
     "election, after national consultations recommended it, state television said."),
    (None, "Democratic Republic of Congo", "headline", "a court sentences rebel leaders in absentia",
     "Death sentence for Nangaa. A military court in Kinshasa sentenced the rebel alliance leader and others in "
     "absentia on Thursday for war crimes and treason."),
    (None, "Somalia", "communique", "a statement on a new security strategy",
     "The government announces the adoption of a national security plan, which foresees the recruitment of "
     "15,000 new soldiers and the handover of security responsibilities by the end of the year."),
    (None, "Ukraine", "headline", "a president meets prisoners' families and speaks of a coming exchange",
     "Zelensky vows to bring all prisoners home. The president spoke on Sunday at a meeting with families of "
     "captured soldiers, saying the next exchange was being prepared."),
    (None, "Yemen", "ngo", "a humanitarian report on hunger",
     "Our latest survey finds that more than half of the families in Hajjah skipped meals every day last month, "
     "as aid cuts forced clinics to close."),
    (None, "Haiti", "headline", "a transitional council is sworn in",
     "Haiti's transitional council takes office. Nine members of the council were sworn in at the national "
     "palace on Thursday, and the acting prime minister handed in his resignation."),
    (None, "Ethiopia", "translated", "a government official's speech on dialogue",
     "The prime minister has declared that the door of peace remains open to all the armed groups, in his "
     "discourse before the parliament this Tuesday."),
    (None, "Pakistan", "passive", "a bus falls into a ravine",
     "At least 22 passengers were killed when a bus plunged into a ravine on the Karakoram Highway in "
     "Gilgit-Baltistan on Wednesday, officials said."),
    (None, "Syria", "headline", "sanctions lifted and a diplomatic visit",
     "Europe eases Syria sanctions. Foreign ministers agreed on Monday to suspend restrictions on energy and "
     "transport, and the foreign minister in Damascus welcomed the decision."),
    (None, "Kenya", "liveblog", "a live entry on a budget speech",
     "15:05 - The treasury secretary has begun reading the budget in parliament. He says there will be no new "
     "tax on bread this year."),
    (None, "India", "count", "a stampede at a religious gathering",
     "Thirty people died in a stampede at the Kumbh Mela in Prayagraj early on Wednesday, as crowds rushed "
     "towards the river for a holy dip, police said."),
    (None, "Bangladesh", "headline", "a former leader sentenced by a tribunal",
     "Tribunal sentences Hasina in absentia. The former prime minister was found guilty on Monday of crimes "
     "against humanity over last year's crackdown, judges in Dhaka said."),
    (None, "Colombia", "attribution", "a peace talks round postponed",
     "The next round of talks with the rebel group has been postponed until further notice, the government's "
     "chief negotiator said on Tuesday."),
    (None, "Myanmar", "headline", "an earthquake hits central Myanmar",
     "Powerful quake rocks Mandalay. A magnitude 7.7 earthquake brought down buildings and a bridge on Friday, "
     "and rescuers were searching for survivors, state media said."),
    (None, "Chad", "wire", "a court confirms an election",
     "Chad's constitutional council confirmed Mahamat Idriss Deby as the winner of the presidential election on "
     "Thursday, rejecting the appeals of his rivals."),
    (None, "Afghanistan", "headline", "deportations from a neighbouring country",
     "Thousands cross back from Iran. More than 30,000 Afghans returned through the Islam Qala crossing in a "
     "single day this week, aid agencies said, many of them expelled."),
    (None, "Burkina Faso", "headline", "a road reopens and trucks arrive",
     "Convoy reaches Djibo. The first convoy of trucks in three months reached Djibo on Monday with food and "
     "fuel, escorted by the "
     "army, a trader said."),
    (None, "South Sudan", "two-acts", "a flood and a relief airlift",
     "Floods have cut off the town of Bentiu after the river burst its banks. Aid agencies began dropping food by "
     "air on Saturday, a spokesperson said."),
    (None, "Lebanon", "headline", "a parliament elects a president",
     "Lebanon elects army chief as president. Parliament chose Joseph Aoun on Thursday after more than two years "
     "of vacancy, with 99 votes in the second round."),
    (None, "Israel", "ngo", "a report on detention figures",
     "Our figures show that more than 3,000 Palestinians are held without charge under administrative detention, "
     "the highest number in decades."),
]
