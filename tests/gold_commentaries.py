"""Gold annotations of seven articles of the kind users paste most (session 8), held out like the others.

Two opinion pieces on state visits, in the style of the example article (an editor's note, a visit, its
"first in N years", an anniversary, trade figures, then opinion), and a trade-data report. Each gold was
written by hand before the extractor saw the article, with the conventions of tests/test_gold_articles.py.
First run (the code of f1cca78): Spain 0.82 / 0.74, Indonesia 1.00 / 0.75, trade 1.00 / 0.94 (P / R); all
three together 0.93 / 0.80 (41 of 44 predicted claims right, 41 of 51 gold claims found).

What the first run got wrong and the general rule behind each fix (tests in tests/test_news_references.py):
"Chery opened its first European factory" became "… European Studies factory" (the editor's note named an
"Institute of European Studies", and its first word was taken for a bare family name): names of institutes,
academies and studies are organisations now. A rank after a sentence's last figure is a claim of its own
(", the largest Chinese investment in Spain's history", ", the fastest pace among major products", ", making
him the most frequent visitor …", ", more than any other country"), and it passes the check-worthiness gate with
the figure it ranks. "… than visitors from any other country" ranks. A general statement before a colon and a
figure after it are two parts. "last October" is a date (October 2025 in July 2026). "Over the past five
decades" frames a sentence and asserts no figure. "As Sánchez put it on Monday, …" is judged by what was put.
"the two sides" are the two countries named last. "up 8.7 percent year on year" compares.

Still missed, counted in the figures asserted below: "Japan is Indonesia's fourth-largest trading partner, with
two-way trade of …" (one claim, gold two), "The visit came 68 years after …, and just weeks after Japan overtook
Singapore …" (one claim, gold two), "Prabowo also met Emperor Naruhito at the Imperial Palace" (the gate drops
it), and "accounted for 51.2 percent of the total" cut from "rose 6.3 percent" (gold one claim). Standalone texts
not resolved yet: "The emperor" (a one-word name), "Their imports and exports" (a plural subject, "Private
enterprises"), "It was the ninth consecutive year" (the year before it).

Then a news agency report on a state visit (Senegal) and a columnist's op-ed (an EU-AU summit), annotated
the same way: first run (with the fixes above) Senegal 0.83 / 0.83, op-ed 0.91 / 0.77; all five first runs
together 0.91 / 0.80 (61 of 67 predicted claims right, 61 of 76 gold claims found). Their fixes: a relative
clause set off by commas with a figure of its own is a claim ("which began producing oil in June 2024" →
"Senegal began producing oil in June 2024"; checker.relatives) and the sentence around it is judged without it
unless it reports an event in the past tense; "is seen by … as" appraises; a columnist's own "I have covered
these summits for two decades" is no claim; ", half of the 150 billion euros it promised in 2022" is a claim of
its own; "called for", "urged", "warned", "pledged" and "proposed" report statements; "the EU's." ends a
sentence (the "s" was taken for an initial); Senegal was not in the gazetteer, which now lists the world's
states. Still missed: the attributed opinion '"Africa does not need lectures; …," Faye told students on
Friday' is checked as a quote (its date is the telling's).

Last, a wire story on a visit (Vietnam–South Korea) and a newspaper editorial (visa-free travel): first run
(with all the fixes above) wire 0.73 / 0.69, editorial 1.00 / 0.77; all seven first runs together 0.89 / 0.78
(82 of 92 predicted claims right, 82 of 105 gold claims found). Their fixes: a one-line paragraph without a full
stop is a headline, not a claim; "will hold talks … on Tuesday" is the coming Tuesday (so a prediction), unless a
"said" comes between; "Vietnam's top leader" is a title, not a rank; ", although that is still below the peak of
…" and "up 53.9 percent and accounting for 73 percent" are cut (but "killing 214 people and injuring 1,500" is one
phrase); a clause after a colon is judged on its own ("… should be added: international passenger flights are
still only at about 80 percent of 2019 levels"); a participle after the opening noun phrase is a nested fact
("China's unilateral visa-free policy, first introduced for six countries in December 2023, now covers …"); a
"who" clause at the end of a sentence is one too; a passive "should be added" reports nobody; "below the peak"
and "80 percent of 2019 levels" compare. Still missed: "and produces about half of its smartphones there" (a
second verb in the present tense). After the seven: a quote that opens a sentence is judged by what it says
when the attribution adds no figure (checker.framing), so the attributed opinions '"Africa does not need lectures
…," Faye told students on Friday' and '"Korea is not only an investor …," Lam said' are no longer checked (nor,
in the older golds, '"She never built the same building twice," said …' and '"We are racing against time," …');
the business gold's '"We are shipping everything we can make," she told reporters' is lost with them.

One gold kind was changed after the first run, for consistency with the diplomacy article's convention (a visit
with its day is a date claim): "Prabowo Subianto wrapped up a two-day visit to Tokyo on Tuesday" (event → date);
and the Senegal gold's first claim was cut at "who is in Beijing for a state visit from Sept. 4 to 8", a
relative clause that the business article's gold (session 7) already counted as a claim of its own. In the
editorial, "expanded in June 2025 to cover 65 ports of entry" was added as a claim (the nested participle, as
the same gold counts "first introduced …"), that one's kind set to number (the figure, by the convention), and
two standalone expectations dropped: the statement's date now stands with the part that carries the attribution
("accounting for 73 percent …, the National Immigration Administration said on Monday"), and the first claim
holding "which received 8.9 million" is the sentence, not the nested clause (tested in test_commentary_rules).
"""

from __future__ import annotations

from datetime import date

SPAIN = {
    "file": "commentary-spain-china.txt",
    "published": date(2026, 4, 14),  # a Tuesday
    "claims": [
        ("Spanish Prime Minister Pedro Sánchez arrived in Beijing", "from April 13 to 16", "date"),
        ("It is his fourth visit to China in four years", "in four years", "number"),
        ("making him the most frequent visitor", "during this period", "ranking"),
        ("The visit also comes just five months after", "in November", "duration"),
        ("the first by a Spanish monarch in 18 years", "in 18 years", "duration"),
        ("This year marks the 53rd anniversary", "in March 1973", "anniversary"),
        ("Bilateral trade reached 52.1 billion US dollars", "General Administration of Customs", "comparison"),
        ("China has been Spain's largest trading partner", "11 consecutive years", "ranking"),
        ("Spain exported 1.3 million tonnes of pork", "last year", "number"),
        ("more than any other country", "more than any other country", "ranking"),
        ("In a meeting with Chinese Premier Li Qiang", "decouple from China", "quote"),
        ("The two sides signed 14 cooperation agreements", "electric vehicles", "number"),
        ("Chinese carmaker Chery opened its first European factory", "in 2024", "event"),
        ("CATL is building a 4.1-billion-euro battery plant", "with Stellantis", "number"),
        ("the largest Chinese investment in Spain's history", "in Spain's history", "ranking"),
        ("Spain's unemployment rate, at 10.5 percent", "highest in the EU", "ranking"),
        ("Chinese tourists spend more per trip", "from any other country", "ranking"),
        ("There are now 28 direct flights a week", "between the two countries", "number"),
        ("Spain backed the EU's provisional tariffs", "that October", "event"),
    ],
    "not_checkable": [
        ("Over the past five decades, the relationship has weathered", "opinion"),
        ("Economic and trade cooperation is the ballast", "opinion"),
        ("\"Spain will remain a bridge", "prediction"),
        ("The electric vehicle sector shows", "opinion"),
        ("Such projects show that openness", "opinion"),
        ("Why does Madrid keep coming back?", "question"),
        ("The answer lies in Spain's own interests", "opinion"),
        ("Madrid and Beijing should seize the moment", "normative"),
        ("Of course, differences remain", "opinion"),
        ("A China-Spain relationship that is stable", "prediction"),
    ],
    "standalone": [
        ("Spanish Prime Minister Pedro Sánchez arrived", "13 April 2026"),
        ("It is his fourth visit to China", "Pedro Sánchez"),
        ("This year marks the 53rd anniversary", "2026"),
        ("Spain exported 1.3 million tonnes", "2025"),
        ("The two sides signed 14", "China and Spain"),
        ("There are now 28 direct flights", "China and Spain"),
    ],
}
INDONESIA = {
    "file": "commentary-indonesia-japan.txt",
    "published": date(2026, 7, 8),  # a Wednesday
    "claims": [
        ("Indonesian President Prabowo Subianto wrapped up", "Sanae Takaichi", "date"),
        ("It was Prabowo's third trip to Japan", "in October 2024", "number"),
        ("his first since Takaichi became prime minister", "last October", "duration"),
        ("The visit came 68 years after", "in 1958", "duration"),
        ("just weeks after Japan overtook Singapore", "nickel industry", "ranking"),
        ("Japan is Indonesia's fourth-largest trading partner", "fourth-largest trading partner", "ranking"),
        ("with two-way trade of about 38 billion dollars", "from the year before", "comparison"),
        ("Japanese companies employ more than 300,000", "Japan External Trade Organization", "number"),
        ("The most concrete result was a 1.4-trillion-yen loan", "east-west line", "number"),
        ("the largest single yen loan", "since 2015", "duration"),
        ("Prabowo also met Emperor Naruhito", "Imperial Palace", "event"),
        ("The emperor visited Indonesia in June 2023", "in June 2023", "date"),
        ("the first state visit by a Japanese emperor", "in 32 years", "duration"),
        ("Prabowo told Japanese business leaders on Monday", "8 percent growth by 2029", "comparison"),
        ("The Jakarta-Bandung high-speed railway opened", "four years behind schedule", "date"),
        ("Japan's share of Indonesia's car market", "have moved in", "comparison"),
    ],
    "not_checkable": [
        ("The first phase of the line will be", "prediction"),
        ("Jakarta's message is clear", "opinion"),
        ("This is the essence", "opinion"),
        ("Will the loans pay off?", "question"),
        ("That depends on whether Jakarta", "opinion"),
        ("Indonesia should learn from that experience", "normative"),
        ("For Tokyo, the stakes are just as high", "opinion"),
        ("Both governments should treat", "normative"),
    ],
    "standalone": [
        ("It was Prabowo's third trip", "Prabowo Subianto"),
        ("his first since Takaichi", "October 2025"),
        ("The visit came 68 years after", "Indonesia and Japan"),
        ("Prabowo told Japanese business leaders", "6 July 2026"),
        ("Prabowo told Japanese business leaders", "2025"),
    ],
}
TRADE = {
    "file": "commentary-china-trade.txt",
    "published": date(2026, 1, 15),  # a Thursday
    "claims": [
        ("China's foreign trade hit a record high in 2025", "showed on Wednesday", "ranking"),
        ("Total imports and exports of goods reached", "General Administration of Customs said", "comparison"),
        ("Exports grew 6.1 percent to 26.4 trillion yuan", "26.4 trillion yuan", "comparison"),
        ("imports edged down 0.5 percent", "0.5 percent", "comparison"),
        ("It was the ninth consecutive year of growth", "goods trade", "ranking"),
        ("China has been the world's largest trader", "World Trade Organization", "ranking"),
        ("Trade with countries participating", "rose 6.3 percent", "comparison"),
        ("accounted for 51.2 percent of the total", "51.2 percent of the total", "number"),
        ("the first time the share has exceeded half", "exceeded half", "ranking"),
        ("The Association of Southeast Asian Nations remained", "fifth straight year", "ranking"),
        ("with trade of 7.3 trillion yuan", "7.3 trillion yuan", "number"),
        ("Their imports and exports rose 7.9 percent", "press conference in Beijing", "comparison"),
        ("Exports of electric vehicles", "for the first time", "number"),
        ("Shipments of integrated circuits grew 17.4 percent", "17.4 percent", "comparison"),
        ("the fastest pace among major products", "among major products", "ranking"),
        ("Exports to the United States, however, fell", "several times during the year", "comparison"),
        ("The US share of China's exports dropped", "10.4 percent", "comparison"),
        ("the lowest since records began in 1992", "in 1992", "duration"),
    ],
    "not_checkable": [
        ("The figures are a powerful rebuttal", "opinion"),
        ("They show that China's vast market", "opinion"),
        ("Looking ahead, the customs administration expects", "prediction"),
        ("Can exporters keep finding new markets?", "question"),
        ("Much will depend on", "prediction"),
        ("Policymakers should keep the door open", "normative"),
    ],
    "standalone": [
        ("China's foreign trade hit a record high", "14 January 2026"),
    ],
}
SENEGAL = {
    "file": "news-senegal-visit.txt",
    "published": date(2026, 9, 7),  # a Monday
    "claims": [
        ("Chinese President Xi Jinping on Saturday met", "Bassirou Diomaye Faye", "date"),
        ("who is in Beijing for a state visit", "from Sept. 4 to 8", "date"),
        ("the first by a Senegalese head of state since 2018", "since 2018", "duration"),
        ("Xi said that China and Senegal are good friends", "diplomatic ties in 2005", "date"),
        ("He noted that next year marks the 55th anniversary", "between the two countries", "anniversary"),
        ("Faye said Senegal firmly adheres", "one-China principle", "quote"),  # two since session 10 (gold_news.py)
        ("and thanked China for its support", "more than 5,000 local jobs", "number"),
        ("The two heads of state witnessed the signing", "the digital economy", "number"),
        ("China has been Africa's largest trading partner", "16 consecutive years", "ranking"),
        ("Trade between China and Africa reached a record", "General Administration of Customs", "comparison"),
        ("China's trade with Senegal, however, remains small", "one-seventieth of the total", "number"),
        ("Senegal, which began producing oil in June 2024", "in June 2024", "date"),
        ("Faye, 46, is the youngest president", "in Senegal's history", "ranking"),
        ("He took office in April 2024", "released from prison", "date"),
    ],
    "not_checkable": [
        ("Analysts say the visit will open", "prediction"),
        ("How far can the partnership go?", "question"),
        ("Much depends on whether", "opinion"),
        ("Both governments should set", "normative"),
    ],
    "standalone": [
        ("Chinese President Xi Jinping on Saturday met", "5 September 2026"),
        ("He noted that next year", "Xi Jinping noted"),
        ("He noted that next year", "2027"),
        ("The two heads of state witnessed", "Xi Jinping and Bassirou Diomaye Faye"),
        ("He took office in April 2024", "Bassirou Diomaye Faye took office"),
    ],
}
OPED = {
    "file": "oped-eu-africa-summit.txt",
    "published": date(2026, 11, 20),  # a Friday
    "claims": [
        ("When European and African leaders met in Lisbon", "since 2007", "duration"),
        ("when the Portuguese capital hosted", "the second such meeting", "ranking"),
        ("Forty-one African heads of state", "than in 2022", "comparison"),
        ("Africa holds about 30 percent", "UN Environment Programme", "number"),
        ("the Democratic Republic of Congo alone produces", "the world's cobalt", "number"),
        ("The EU pledged 45 billion euros", "Global Gateway programme", "number"),
        ("half of the 150 billion euros", "promised in 2022", "comparison"),
        ("Of that earlier pledge, only about a third", "published in March", "number"),
        ("Kenya's President William Ruto told the summit", "not feasibility studies\"", "quote"),
        ("whose country holds the G20 presidency this year", "this year", "date"),
        ("South Africa's Cyril Ramaphosa", "a new debt framework", "quote"),
        ("Africa's external debt has doubled since 2010", "the World Bank estimates", "comparison"),
        ("China's trade with Africa is now more than twice", "the EU's", "comparison"),
    ],
    "not_checkable": [
        ("I have covered these summits", "opinion"),
        ("The reason is simple", "opinion"),
        ("African leaders noticed", "opinion"),
        ("Will the money arrive this time?", "question"),
        ("I doubt it", "opinion"),
        ("Brussels should stop", "normative"),
        ("If it does not, China", "prediction"),
    ],
    "standalone": [
        ("half of the 150 billion euros", "The EU pledged 45 billion euros"),
        ("Of that earlier pledge", "March 2026"),
    ],
}
WIRE = {
    "file": "wire-vietnam-korea.txt",
    "published": date(2026, 5, 18),  # a Monday
    "claims": [
        ("Vietnam's Communist Party chief To Lam arrived in Seoul", "three-day state visit", "date"),
        ("the first by a Vietnamese party chief", "established in 1992", "duration"),
        ("South Korea is Vietnam's largest foreign investor", "largest foreign investor", "ranking"),
        ("with cumulative investment of 92 billion dollars", "planning ministry", "number"),  # session 9
        ("Samsung Electronics alone has invested", "in the country", "number"),
        ("produces about half of its smartphones there", "smartphones there", "number"),
        ("Two-way trade reached 88.6 billion dollars last year", "from 2024", "comparison"),
        ("making South Korea Vietnam's third-largest trading partner", "the United States", "ranking"),
        ("He said Vietnam wanted to learn", "building nuclear plants", "quote"),
        ("More than 200,000 Vietnamese live in South Korea", "live in South Korea", "number"),
        ("the largest foreign community after Chinese nationals", "after Chinese nationals", "ranking"),
        ("About 4.6 million South Koreans visited Vietnam", "in 2025", "number"),
        ("more than from any other country except China", "except China", "ranking"),
        ("Lam became general secretary in August 2024", "death of Nguyen Phu Trong", "date"),
        ("who had led the party since 2011", "since 2011", "duration"),
        ("In October 2024 he visited Mongolia", "as party chief", "date"),
        ("Average monthly pay at foreign-invested firms", "General Statistics Office said", "number"),
    ],
    "not_checkable": [
        ("Lam, 69, will hold talks", "prediction"),
        ("The two sides are expected to sign", "prediction"),
        ("The two governments aim to raise it", "prediction"),
        ("Critics say the rapid expansion", "opinion"),
    ],
    "standalone": [
        ("Lam became general secretary", "To Lam became"),
        ("In October 2024 he visited", "To Lam visited"),
        ("Two-way trade reached 88.6 billion dollars last year", "2025"),
        ("the first by a Vietnamese party chief", "To Lam"),
    ],
}
EDITORIAL = {
    "file": "editorial-visa-free.txt",
    "published": date(2026, 2, 10),  # a Tuesday
    "claims": [
        ("China's unilateral visa-free policy, first introduced", "now covers 48 countries", "number"),
        ("first introduced for six countries", "in December 2023", "number"),
        ("The number of foreigners entering China without a visa", "year-on-year", "comparison"),
        ("accounting for 73 percent of all foreign entries", "said on Monday", "number"),
        ("Foreign visitors made 35.5 million trips", "last year", "number"),
        ("the highest since 2019", "the highest since 2019", "duration"),
        ("when the figure stood at 31.9 million", "31.9 million", "number"),
        ("Spending by inbound tourists rose to 94 billion dollars", "94 billion dollars", "comparison"),
        ("although that is still below the pre-pandemic peak", "in 2019", "comparison"),
        ("which received 8.9 million foreign visitors", "in 2025", "number"),
        ("Shanghai, which received", "Beijing and Guangzhou", "ranking"),
        ("The 240-hour visa-free transit policy", "travellers from Europe", "number"),
        ("expanded in June 2025 to cover", "65 ports of entry", "number"),
        ("international passenger flights are still only", "2019 levels", "comparison"),
    ],
    "not_checkable": [
        ("The results speak for themselves", "opinion"),
        ("Some travel bloggers have described China", "opinion"),
        ("Such openness reflects", "opinion"),
        ("It also sends a clear message", "opinion"),
        ("Other countries should reciprocate", "normative"),
        ("Will the momentum last?", "question"),
        ("That depends on whether", "opinion"),
        ("The authorities must keep", "normative"),
    ],
    "standalone": [
        ("Foreign visitors made 35.5 million trips", "2025"),
    ],
}
