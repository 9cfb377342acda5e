import ParleyModel
import Testing

/// One short report and the fields it must yield, rendered as strings ("-" for null).
struct PhrasingCase: Sendable, CustomStringConvertible {
    var name: String
    var text: String
    var published: String?
    var expected: [String: String]
    var description: String { name }
}

/// Renders the fields a case can check.
func fields(_ m: Meeting?) -> [String: String] {
    guard let m else { return ["meeting": "none"] }
    func person(_ d: Delegation) -> String { "\(d.country):\(d.head?.name ?? "-")" }
    return [
        "meeting": "yes",
        "kind": m.kind.rawValue,
        "mechanism": m.mechanism ?? "-",
        "parties": m.parties.joined(separator: ","),
        "round": m.round.map(String.init) ?? "-",
        "status": m.status.rawValue,
        "date": m.date?.description ?? "-",
        "venue": m.venue.map { "\($0.city ?? "-")/\($0.country ?? "-")" } ?? "-",
        "format": m.format?.rawValue ?? "-",
        "heads": m.delegations.map(person).joined(separator: ";"),
        "members": m.delegations.flatMap { d in d.members.map { "\(d.country):\($0.name)" } }.joined(separator: ";"),
        "titles": m.delegations.flatMap { d in ([d.head].compactMap { $0 } + d.members).map { $0.title ?? "-" } }.joined(separator: ";"),
        "next": m.next.map { "\($0.venue?.city ?? "-")/\($0.venue?.country ?? "-")" } ?? "-",
        "next.when": m.next?.when ?? "-",
        "outcomes": m.outcomes.map(\.kind.rawValue).joined(separator: ","),
        "topics": m.topics.joined(separator: ","),
        "issues": m.regionalIssues.joined(separator: ","),
        "forums": m.multilateralForums.joined(separator: ","),
        "anniversary": m.anniversary.map { "\($0.years)" } ?? "-",
    ]
}

@Suite struct PhrasingTests {
    static let cases: [PhrasingCase] = [
        PhrasingCase(
            name: "ordinal word + round of + mechanism, each side separately",
            text: "Ankara hosts consultations\nThe third round of the Pakistan-Turkey Bilateral Political Consultations took place in Ankara on 4 March 2024. The Turkish delegation was led by Deputy Foreign Minister Ahmet Yildiz, while the Pakistani side was headed by Additional Secretary Rahim Hayat Qureshi.",
            expected: ["round": "3", "parties": "PAK,TUR", "date": "2024-03-04", "venue": "Ankara/TUR", "format": "in-person",
                       "heads": "PAK:Rahim Hayat Qureshi;TUR:Ahmet Yildiz", "mechanism": "Bilateral Political Consultations"]),
        PhrasingCase(
            name: "digit ordinal without the word round",
            text: "The 9th Pakistan-Netherlands Bilateral Political Consultations were held in The Hague yesterday.",
            published: "2024-05-15",
            expected: ["round": "9", "date": "2024-05-14", "venue": "The Hague/NLD", "parties": "NLD,PAK"]),
        PhrasingCase(
            name: "Nth meeting of a working group, round only from meeting",
            text: "The first meeting of the India-Egypt Joint Working Group on Counter-Terrorism was held in Cairo on 12 June 2023.",
            expected: ["round": "1", "kind": "working-group", "mechanism": "Joint Working Group on Counter-Terrorism", "venue": "Cairo/EGY"]),
        PhrasingCase(
            name: "round only in the headline",
            text: "Seventh round of Iran-Oman consultations held\nIranian and Omani diplomats held consultations in Muscat on Sunday, reviewing bilateral ties.",
            published: "2023-02-14",
            expected: ["round": "7", "date": "2023-02-12", "venue": "Muscat/OMN", "parties": "IRN,OMN"]),
        PhrasingCase(
            name: "another round has no number",
            text: "Georgia and Lithuania held another round of political consultations in Tbilisi on 2 May 2024.",
            expected: ["round": "-", "parties": "GEO,LTU"]),
        PhrasingCase(
            name: "false friend: sessions of one day",
            text: "Armenia and Georgia held talks in Tbilisi on 5 April 2024. The first round of talks in the morning covered transport, and in the second round the delegations discussed energy.",
            expected: ["round": "-", "kind": "talks"]),
        PhrasingCase(
            name: "respective delegations paired in order",
            text: "The fifth round of Azerbaijan-Hungary political consultations was held in Budapest on 3 October 2023. Deputy Foreign Minister Fariz Rzayev and State Secretary Levente Magyar led their respective delegations.",
            expected: ["heads": "AZE:Fariz Rzayev;HUN:Levente Magyar", "titles": "Deputy Foreign Minister;State Secretary"]),
        PhrasingCase(
            name: "respectively with adjectives",
            text: "Brazil and Mexico held political consultations in Brasilia on 24 August 2023. The Brazilian and Mexican delegations were headed by Ambassador Maria Laura da Rocha and Undersecretary Maximiliano Reyes, respectively.",
            expected: ["heads": "BRA:Maria Laura da Rocha;MEX:Maximiliano Reyes"]),
        PhrasingCase(
            name: "co-chaired, titles of a country, honorifics dropped",
            text: "The consultations between Kazakhstan and Turkey were held in Astana on 10 April 2024. They were co-chaired by Deputy Foreign Minister of Kazakhstan Alibek Bakayev and Deputy Foreign Minister of Turkey Dr. Mehmet Kemal Bozay.",
            expected: ["heads": "KAZ:Alibek Bakayev;TUR:Mehmet Kemal Bozay"]),
        PhrasingCase(
            name: "name then title after a comma, counterpart",
            text: "Political consultations between Japan and the Philippines were held in Tokyo on 1 July 2024. Masataka Okano, Vice-Minister for Foreign Affairs, met his counterpart, Maria Theresa Lazaro, Undersecretary for Policy of the Department of Foreign Affairs of the Philippines.",
            expected: ["heads": "JPN:Masataka Okano;PHL:Maria Theresa Lazaro"]),
        PhrasingCase(
            name: "title without a country belongs to the issuing ministry; capital metonym",
            text: "The Foreign Office said the consultations with Russia were held in Islamabad on Tuesday. Foreign Secretary Asad Majeed and Russia's Deputy Foreign Minister Andrey Rudenko led their respective delegations. Moscow's Special Envoy Zamir Kabulov was also part of the Russian delegation.",
            published: "2023-06-21",
            expected: ["heads": "PAK:Asad Majeed;RUS:Andrey Rudenko", "members": "RUS:Zamir Kabulov", "date": "2023-06-20", "parties": "PAK,RUS"]),
        PhrasingCase(
            name: "dateline is not the venue",
            text: "TASHKENT, March 3 (UzA) - Uzbekistan and France held the third round of political consultations in Samarkand today.",
            published: "2024-03-03",
            expected: ["venue": "Samarkand/UZB", "date": "2024-03-03", "round": "3"]),
        PhrasingCase(
            name: "building only, city from the dateline",
            text: "NEW DELHI, Jan 11 (PTI): India and Vietnam held the 13th round of Foreign Office Consultations at Hyderabad House on Thursday.",
            published: "2024-01-12",
            expected: ["venue": "New Delhi/IND", "date": "2024-01-11", "round": "13", "mechanism": "Foreign Office Consultations"]),
        PhrasingCase(
            name: "virtual format; previous round decoy does not leak",
            text: "Italy and Albania held the fourth round of political consultations via videoconference on 9 February 2022. The third round was held in Tirana in May 2019.",
            expected: ["format": "virtual", "venue": "-", "date": "2022-02-09", "round": "4"]),
        PhrasingCase(
            name: "virtual only about the previous round",
            text: "South Korea and Mongolia held political consultations in Seoul on 16 April 2025. The last consultations were held in May 2022 in virtual mode.",
            expected: ["format": "in-person", "venue": "Seoul/KOR", "date": "2025-04-16"]),
        PhrasingCase(
            name: "preview: will hold tomorrow",
            text: "Egypt and Greece will hold the fourth round of political consultations in Athens tomorrow.",
            published: "2024-10-07",
            expected: ["status": "planned", "date": "2024-10-08", "venue": "Athens/GRC"]),
        PhrasingCase(
            name: "ongoing: being held",
            text: "Consultations between Colombia and Ecuador are being held in Quito today.",
            published: "2024-06-04",
            expected: ["status": "ongoing", "date": "2024-06-04", "venue": "Quito/ECU"]),
        PhrasingCase(
            name: "day and month without a year",
            text: "Algeria and Tunisia held the 4th session of their Political Consultation Committee in Algiers on 16 January.",
            published: "2024-01-17",
            expected: ["date": "2024-01-16", "round": "4", "kind": "committee"]),
        PhrasingCase(
            name: "today (Monday)",
            text: "Nepal and Bangladesh held Foreign Secretary-level consultations in Kathmandu today (Monday).",
            published: "2023-05-08",
            expected: ["date": "2023-05-08"]),
        PhrasingCase(
            name: "next round in a city on mutually convenient dates",
            text: "The fifth round of Pakistan-Russia consultations was held in Islamabad on 20 June 2023. The next round will be held in Moscow on mutually convenient dates.",
            expected: ["next": "Moscow/RUS", "next.when": "on mutually convenient dates", "venue": "Islamabad/PAK"]),
        PhrasingCase(
            name: "next round in a country only",
            text: "The Kenya-Ethiopia Joint Ministerial Commission met in Nairobi on 5 May 2023. The next session of the Joint Ministerial Commission will be hosted in Ethiopia on a mutually convenient date.",
            expected: ["next": "-/ETH", "venue": "Nairobi/KEN"]),
        PhrasingCase(
            name: "another body is not the next round",
            text: "Pakistan and Iran held the sixth round of Bilateral Political Consultations in Islamabad on 3 March 2024. The sides agreed to convene the next Joint Border Commission soon.",
            expected: ["next": "-"]),
        PhrasingCase(
            name: "outcome verbs",
            text: "Spain and Morocco held consular consultations in Rabat on 7 June 2023. The two sides agreed to simplify visa procedures, reaffirmed their commitment to fight irregular migration, expressed satisfaction with consular cooperation and expressed concern over human trafficking.",
            expected: ["outcomes": "agreement,commitment,satisfaction,concern"]),
        PhrasingCase(
            name: "statements are not outcomes",
            text: "Croatia and Montenegro held political consultations in Zagreb on 27 September 2023. The sides stressed the importance of regional stability and noted the importance of EU enlargement.",
            expected: ["outcomes": ""]),
        PhrasingCase(
            name: "negated agreement is not an agreement",
            text: "Armenia and Azerbaijan held talks in Almaty on 10 May 2024. The sides did not agree on the border text.",
            expected: ["outcomes": ""]),
        PhrasingCase(
            name: "regional issues and forums",
            text: "Russia and Algeria held consultations in Moscow on 5 June 2024 and exchanged views on regional issues, including Libya, the Sahel and the Middle East, and on cooperation at the UN Security Council and in the SCO.",
            expected: ["issues": "Libya,Sahel,Middle East", "forums": "UNSC,SCO"]),
        PhrasingCase(
            name: "anniversary",
            text: "Cuba and Mexico held political consultations in Havana on 10 May 2022, marking the 120th anniversary of the establishment of diplomatic relations.",
            expected: ["anniversary": "120"]),
        PhrasingCase(
            name: "trilateral meeting lists all parties",
            text: "The 5th trilateral dialogue of the foreign ministers of China, Afghanistan and Pakistan was held in Islamabad on 6 May 2023.",
            expected: ["parties": "AFG,CHN,PAK", "round": "5"]),
        PhrasingCase(
            name: "a country dropped from the text",
            text: "The consultations between Pakistan and were held in Baku on 2 May 2023. The Azerbaijani side was led by Deputy Foreign Minister Elnur Mammadov.",
            expected: ["parties": "AZE,PAK", "heads": "AZE:Elnur Mammadov"]),
        PhrasingCase(
            name: "missing space after a full stop",
            text: "Kyrgyzstan and Uzbekistan held consultations in Bishkek on 1 March 2024.The sides agreed to expand trade.",
            expected: ["outcomes": "agreement", "topics": "trade"]),
        PhrasingCase(
            name: "typo within one edit of a topic word",
            text: "Kyrgyzstan and Uzbekistan held consultations in Tashkent on 2 March 2024. The sides reaffirmed their commitment to fight terrorism and organided crime.",
            expected: ["topics": "counter-terrorism,organised crime"]),
        PhrasingCase(
            name: "telephone call",
            text: "Foreign Minister Sameh Shoukry of Egypt held a telephone conversation yesterday with Saudi Foreign Minister Prince Faisal bin Farhan.",
            published: "2023-11-02",
            expected: ["kind": "call", "format": "virtual", "venue": "-", "parties": "EGY,SAU"]),
        PhrasingCase(
            name: "joint titles, acting, ambassador to a country, a title word used as honorific",
            text: "Kazakhstan and Hungary held consultations in Astana on 3 May 2024. Deputy Prime Minister and Foreign Minister Murat Nurtleu and Hungarian State Secretary Ambassador Levente Magyar led their respective delegations. Ambassador to Hungary Nurlan Seitimov was also part of the Kazakh delegation.",
            expected: ["heads": "HUN:Levente Magyar;KAZ:Murat Nurtleu", "members": "KAZ:Nurlan Seitimov",
                       "titles": "State Secretary;Deputy Prime Minister and Foreign Minister;Ambassador to Hungary"]),
        PhrasingCase(
            name: "a title's field over 'and' and after 'of'; two modifiers before a title",
            text: "Angola and Portugal held political consultations in Luanda on 9 June 2022. Secretary of State for Foreign Affairs and Cooperation Francisco André led the Portuguese side, while the Angolan side was led by Director of Consular and Social Affairs Teresa Lima.",
            expected: ["heads": "AGO:Teresa Lima;PRT:Francisco André",
                       "titles": "Director of Consular and Social Affairs;Secretary of State for Foreign Affairs and Cooperation"]),
        PhrasingCase(
            name: "a region field ending in 'and the', the name after a comma; a titled counterpart",
            text: "Mexico and Cuba held political consultations in Havana on 24 November 2022. Mexico's Undersecretary for Latin America and the Caribbean, Maximiliano Reyes, met his counterpart, Deputy Foreign Minister Carlos Fernández de Cossío.",
            expected: ["heads": "CUB:Carlos Fernández de Cossío;MEX:Maximiliano Reyes",
                       "titles": "Deputy Foreign Minister;Undersecretary for Latin America and the Caribbean"]),
        PhrasingCase(
            name: "an honorific abbreviation before a name; a ministry's long name before a title word",
            text: "Saudi Arabia and Senegal held political consultations in Riyadh on 2 May 2024. The Saudi side was headed by Vice Minister of Foreign Affairs Eng. Waleed Elkhereiji, and the Senegalese side by Secretary General of the Ministry of Foreign Affairs and Senegalese Abroad Ambassador Ramatoulaye Faye Ba.",
            expected: ["heads": "SAU:Waleed Elkhereiji;SEN:Ramatoulaye Faye Ba", "titles": "Vice Minister of Foreign Affairs;Secretary General"]),
        PhrasingCase(
            name: "a hyphenated field and the country after a trailing title",
            text: "India and Egypt held the fourth meeting of their Joint Working Group on Counter-Terrorism in New Delhi on 5 March 2024. It was co-chaired by Joint Secretary Kamal Dewal and Ambassador Khaled Rizk, Assistant Foreign Minister for Counter-Terrorism Affairs of Egypt.",
            expected: ["heads": "EGY:Khaled Rizk;IND:Kamal Dewal", "members": ""]),
        PhrasingCase(
            name: "a possessive country inside the office; a field ending before the next person's name",
            text: "Kenya and Ethiopia held consultations in Addis Ababa on 17 August 2023. Principal Secretary of Kenya's State Department for Foreign Affairs Korir Sing'oei and Ethiopia's State Minister Misganu Arga led the talks. The Kenyan delegation also included Special Envoy for Sudan Abdi Hassan and Ambassador Mulugeta Kebede.",
            expected: ["heads": "ETH:Misganu Arga;KEN:Korir Sing'oei", "members": "KEN:Abdi Hassan;KEN:Mulugeta Kebede",
                       "titles": "State Minister;Principal Secretary;Special Envoy for Sudan;Ambassador"]),
        PhrasingCase(
            name: "'Ambassador of a country to a country' in a list of titled names",
            text: "Georgia and Lithuania held political consultations in Tbilisi on 5 May 2024. The Lithuanian delegation comprised Deputy Foreign Minister Mantas Adomenas, Ambassador of Lithuania to Georgia Andrius Kalindra and Ramunas Davidonis, Director of the Eastern Neighbourhood Policy Department.",
            expected: ["members": "LTU:Mantas Adomenas;LTU:Andrius Kalindra;LTU:Ramunas Davidonis",
                       "titles": "Deputy Foreign Minister;Ambassador to Georgia;Director of the Eastern Neighbourhood Policy Department"]),
        PhrasingCase(
            name: "a title of an organisation the lexicon lacks, then a title word as honorific after a comma",
            text: "Italy and Albania held political consultations in Rome on 3 April 2024. The Italian delegation was led by the Secretary General of the Farnesina, Ambassador Paola Ricci, and the Albanian side by Deputy Foreign Minister Megi Fino.",
            expected: ["heads": "ALB:Megi Fino;ITA:Paola Ricci", "titles": "Deputy Foreign Minister;Secretary General"]),
        PhrasingCase(
            name: "a surname that is also an honorific; a counterpart holds the titled person's office",
            text: "Pakistan and Portugal held Foreign Office Consultations in Lisbon on 5 May 2024. The Pakistan delegation was led by Additional Secretary (Europe) Ms. Saima Sayed. Portuguese Foreign Minister Paulo Rangel later met his Pakistani counterpart Ishaq Dar.",
            expected: ["heads": "PAK:Saima Sayed;PRT:Paulo Rangel", "members": "PAK:Ishaq Dar",
                       "titles": "Additional Secretary (Europe);Foreign Minister;Foreign Minister"]),
        PhrasingCase(
            name: "a hyphenated level before the mechanism",
            text: "The Republic of Korea and Mongolia held vice-ministerial political consultations in Seoul on 16 April 2025.",
            expected: ["mechanism": "vice-ministerial political consultations", "kind": "consultations"]),
        PhrasingCase(
            name: "the round of a generic mechanism is the named one's",
            text: "Pakistan and Portugal held virtual Foreign Office Consultations on 30 July 2020, the 3rd round of the bilateral mechanism.",
            expected: ["mechanism": "Foreign Office Consultations", "kind": "consultations", "round": "3", "format": "virtual"]),
        PhrasingCase(
            name: "a plural title inside a mechanism's name; the party prefix and round before it",
            text: "The 5th China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue was held in Islamabad on 6 May 2023.",
            expected: ["mechanism": "Trilateral Foreign Ministers' Dialogue", "round": "5", "parties": "AFG,CHN,PAK", "kind": "dialogue"]),
        PhrasingCase(
            name: "the lead's fuller name over the headline's; a venue after a plural title; a generic next meeting",
            text: "Armenia, India and Iran hold trilateral consultations\n\nThe first trilateral political consultations between Armenia, India and Iran were held at the level of deputy foreign ministers in Yerevan on 20 April 2023. The next trilateral meeting will be hosted by Iran.",
            expected: ["mechanism": "trilateral political consultations", "venue": "Yerevan/ARM", "next": "-/IRN"]),
        PhrasingCase(
            name: "another body's upcoming session is no next round",
            text: "Qatar and Oman held political consultations in Doha on 16 May 2024. The two sides also discussed coordination within the Gulf Cooperation Council ahead of its upcoming ministerial session.",
            expected: ["next": "-"]),
        PhrasingCase(
            name: "a dateline closed by a full stop is no meeting date",
            text: "Tbilisi, 9 May. Political consultations between Georgia and Armenia were held in Tbilisi on 8 May.",
            published: "2024-05-09",
            expected: ["date": "2024-05-08", "venue": "Tbilisi/GEO"]),
        PhrasingCase(
            name: "a dateline with an agency between slashes",
            text: "Astana, March 12 /Kazinform/. The political consultations of Kazakhstan and Mongolia were held in Astana on March 11.",
            published: "2024-03-12",
            expected: ["date": "2024-03-11"]),
        PhrasingCase(
            name: "a title's field is no topic and no regional issue",
            text: "Russia and Iran held political consultations in Tehran on 3 May 2023. Russia was represented by Special Envoy for the Middle East and Africa Mikhail Bogdanov and Iran by Deputy Foreign Minister for Political Affairs Ali Bagheri Kani. They discussed energy.",
            expected: ["topics": "energy", "issues": ""]),
        PhrasingCase(
            name: "a plural title before two names, respectively",
            text: "The 10th Joint Commission of Indonesia and Brunei was held in Jakarta on 2 June 2024. Indonesia and Brunei were represented by Foreign Ministers Retno Marsudi and Erywan Yusof, respectively.",
            expected: ["heads": "BRN:Erywan Yusof;IDN:Retno Marsudi", "titles": "Foreign Minister;Foreign Minister"]),
        PhrasingCase(
            name: "consultations on a region after on the",
            text: "Chinese and Egyptian diplomats held consultations on the Middle East in Cairo on 4 April 2024.",
            expected: ["mechanism": "consultations on the Middle East", "issues": "Middle East"]),
        PhrasingCase(
            name: "a host and a guest both lead their sides",
            text: "The Philippines and Australia held their first ministerial meeting in Manila on 1 August 2024. Foreign Secretary Enrique Manalo hosted Australian Foreign Minister Penny Wong.",
            published: "2024-08-01",
            expected: ["heads": "AUS:Penny Wong;PHL:Enrique Manalo"]),
        PhrasingCase(
            name: "two capitalized modifiers joined by and",
            text: "The third Australia-Indonesia Foreign and Defence Ministers Meeting was held in Canberra on 5 May 2024.",
            expected: ["round": "3", "mechanism": "Foreign and Defence Ministers Meeting"]),
        PhrasingCase(
            name: "the round after this one, agreed to be held, is the next round",
            text: "The 5th round of political consultations between Vietnam and Laos took place in Vientiane on 5 October 2023. The two sides agreed to hold the sixth round in Hanoi on mutually convenient dates.",
            expected: ["round": "5", "next": "Hanoi/VNM", "next.when": "on mutually convenient dates", "venue": "Vientiane/LAO"]),
        PhrasingCase(
            name: "three names leading their respective delegations at a trilateral meeting",
            text: "Senior officials of Japan, Australia and India held the ninth trilateral dialogue in Tokyo on 7 June 2024. Director-General Hiroyuki Namazu, First Assistant Secretary Michelle Chan and Joint Secretary Vikram Doraiswami led their respective delegations.",
            expected: ["heads": "AUS:Michelle Chan;IND:Vikram Doraiswami;JPN:Hiroyuki Namazu", "titles": "First Assistant Secretary;Joint Secretary;Director-General"]),
        PhrasingCase(
            name: "a core group is a mechanism",
            text: "The fourth meeting of the India-Maldives High Level Core Group was held in New Delhi on 10 January 2024.",
            expected: ["round": "4", "mechanism": "High Level Core Group"]),
        PhrasingCase(
            name: "a second office joined by and is on the named side",
            text: "Indonesia and Singapore held their first 2+2 talks in Jakarta on 1 July 2024 with the participation of Foreign Minister Retno Marsudi, Defence Minister Prabowo Subianto, Singaporean Foreign Minister Vivian Balakrishnan and Defence Minister Ng Eng Hen.",
            expected: ["heads": "IDN:Retno Marsudi;SGP:Vivian Balakrishnan", "members": "IDN:Prabowo Subianto;SGP:Ng Eng Hen"]),
        PhrasingCase(
            name: "an office of foreign affairs and a field",
            text: "Hungary and Kazakhstan held their strategic dialogue in Budapest on 19 September 2023. Peter Szijjarto, Minister of Foreign Affairs and Trade of Hungary, and Murat Nurtleu, Foreign Minister of Kazakhstan, co-chaired the meeting. They discussed energy.",
            expected: ["titles": "Minister of Foreign Affairs and Trade;Foreign Minister", "topics": "energy"]),
        PhrasingCase(
            name: "a body that held its Nth meeting",
            text: "The Saudi-Iraqi Coordination Council held its fifth meeting in Baghdad on 4 February 2024 under the chairmanship of Saudi Minister of Commerce Majid Al-Qasabi and Iraqi Minister of Planning Mohammed Tamim.",
            expected: ["round": "5", "mechanism": "Coordination Council", "heads": "IRQ:Mohammed Tamim;SAU:Majid Al-Qasabi"]),
        PhrasingCase(
            name: "no meeting: trade figures",
            text: "Trade between India and the United Arab Emirates rose to $85 billion last year, according to figures released on Monday.",
            expected: ["meeting": "none"]),
        PhrasingCase(
            name: "no meeting: press conference",
            text: "At a regular press conference, the Chinese spokesperson criticised the Philippines over the incident near Second Thomas Shoal.",
            expected: ["meeting": "none"]),
    ]

    @Test(arguments: cases) func phrasing_yieldsExpectedFields(_ c: PhrasingCase) throws {
        let got = fields(try ReaderFixture.meeting(c.text, published: c.published))
        for (key, value) in c.expected {
            #expect(got[key] == value, "\(c.name): \(key)")
        }
    }
}
