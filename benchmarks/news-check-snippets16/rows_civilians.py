"""Violence against civilians rows of news-check-snippets16: (sub-event type, country, style, reason, text). Written
for eventwire."""

SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"

ROWS = [
    (SEXUAL, "Libya", "attribution", "migrant helpline log: guards rape women held in a warehouse",
     "Helpline log, call 2207, a Nigerian woman calling from Bani Walid: the men guarding the warehouse where she "
     "is held rape the women at night, and they took her again yesterday."),
    (SEXUAL, "DR Congo", "ngo", "mining company incident log: a contractor raped by men in uniform",
     "Site incident log, Kamituga road, 17 October 2021: a female contractor travelling to site was raped by "
     "three men in uniform at a roadblock; she is in the company clinic."),
    (SEXUAL, "Sudan", "passive", "encyclopedia lead: women raped by RSF fighters during an offensive",
     "Dozens of women in El Geneina were raped by RSF fighters and allied militiamen in June 2023, many of them in "
     "their own homes."),
    (SEXUAL, "DR Congo", "translated", "translated Kinyarwanda radio: FDLR fighters rape women gathering firewood",
     "Fighters of the FDLR raped four women who were gathering firewood near Kibumba on Thursday, a "
     "Kinyarwanda-language radio in Gisenyi reported."),
    (SEXUAL, "Haiti", "headline", "security alert bulletin: gang members rape women during an attack",
     "Security alert bulletin | Cité Soleil | level red: gang members raped at least six women in Brooklyn "
     "overnight; the clinic on the main road is open for survivors."),

    (ATTACK, "Burkina Faso", "wire", "encyclopedia entry: gunmen kill villagers in the deadliest attack",
     "Solhan massacre (5 June 2021) — gunmen killed about 160 villagers at Solhan in northern Burkina Faso in the "
     "deadliest attack of the insurgency."),
    (ATTACK, "Burkina Faso", "translated", "translated Mooré radio: armed men kill civilians at a market",
     "Armed men on motorbikes shot dead twelve civilians at the weekly market of Seytenga on Sunday, the Mooré "
     "news of a Ouagadougou station said."),
    (ATTACK, "Libya", "attribution", "migrant helpline log: coast guard men fire on a dinghy and kill a boy",
     "Helpline log, call 3318, a woman calling from Zuwara: men on a coast guard boat fired on their dinghy as it "
     "left the beach and a boy of twelve was killed."),
    (ATTACK, "DR Congo", "count", "mining company incident log led by the toll: gunmen kill artisanal miners",
     "Three dead, two hurt: gunmen opened fire on artisanal miners at a gold pit near Mambasa on 9 July 2022, our "
     "site incident log records."),
    (ATTACK, "Nigeria", "communique", "electoral commission statement: gunmen kill an ad hoc staffer",
     "INEC statement, 25 February 2023: gunmen shot dead one of our ad hoc staff on her way to a polling unit in "
     "Ebonyi this morning, and the commission asks the police to find them."),

    (ABDUCTION, "Nigeria", "local", "railway notice: gunmen take passengers from a train",
     "Nigerian Railway Corporation notice, 29 March 2022: the Abuja–Kaduna service is suspended after gunmen "
     "stopped Monday's train near Katari and took away an unknown number of passengers."),
    (ABDUCTION, "Nigeria", "translated", "translated Igbo press: gunmen kidnap a priest on a highway",
     "Gunmen kidnapped a Catholic priest on the Enugu–Port Harcourt expressway on Saturday evening, an "
     "Igbo-language weekly reported."),
    (ABDUCTION, "Nigeria", "passive", "encyclopedia lead: schoolboys taken from their school by gunmen",
     "More than 300 boys were taken from the Government Science Secondary School at Kankara by gunmen on 11 "
     "December 2020."),
    (ABDUCTION, "Mali", "ngo", "mining company incident log: gunmen take workers from an exploration camp",
     "Site incident log, exploration camp near Kéniéba, 23 July 2022: gunmen took three Chinese geologists and a "
     "Malian driver from the camp before dawn; no demand has been received."),
    (ABDUCTION, "Cameroon", "headline", "security alert bulletin: separatists take a principal and pupils",
     "Security alert bulletin | Bamenda | level red: separatist fighters took away the principal and eleven "
     "pupils of a school at Nkwen this morning; schools in the area are closed."),
]
