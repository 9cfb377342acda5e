import ParleyModel
import Testing

/// Event actors beyond countries and titled people, and the verb forms that move them around:
/// sector nouns, named groups, passive voice, purpose clauses and the direction of "X met Y".
@Suite struct EventActorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        /// "code|source|target|sourceSector|targetSector", "-" for none; sectors may be left off.
        var expected: [String]
        var testDescription: String { text }
    }

    static func dyads(_ text: String) throws -> [String] {
        try ReaderFixture.read(text, published: "2024-05-01").events.map {
            "\($0.code)|\($0.source.country ?? "-")|\($0.target?.country ?? "-")|\($0.source.sector ?? "-")|\($0.target?.sector ?? "-")"
        }
    }

    static let cases: [Case] = [
        // A sector noun takes the country word before it, "in PLACE" after it, or the sentence's place.
        Case(text: "Iranian security forces arrested dozens of demonstrators in Tehran.", expected: ["173|IRN|IRN|MIL|PPL"]),
        Case(text: "Police in Nairobi detained 30 protesters on Tuesday.", expected: ["173|KEN|KEN|COP|PPL"]),
        Case(text: "Bangladesh's main opposition party demanded the resignation of the government.", expected: ["1041|BGD|BGD|OPP|GOV"]),
        // Named groups carry their own country and sector.
        Case(text: "Houthi rebels attacked a cargo ship off Yemen.", expected: ["180|YEM|YEM|REB|GOV"]),
        Case(text: "Taliban spokesman Zabihullah Mujahid rejected the proposal from Pakistan.", expected: ["125|AFG|PAK|GOV|GOV"]),
        // Passive voice: the agent follows "by"; force with no agent has an unknown source.
        Case(text: "Two Russian diplomats were expelled by Moldova on Friday.", expected: ["161|MDA|RUS|GOV|GOV"]),
        Case(text: "Four Pakistani soldiers were killed in Balochistan.", expected: ["180|-|PAK|-|MIL"]),
        // "X met Y" runs from X to Y; a compound subject gives both directions.
        Case(text: "Chinese Premier Li Qiang met Australian Prime Minister Anthony Albanese in Canberra.", expected: ["040|CHN|AUS|GOV|GOV"]),
        Case(text: "Armenia and Azerbaijan held talks in Almaty.", expected: ["040|ARM|AZE|GOV|GOV", "040|AZE|ARM|GOV|GOV"]),
        // A purpose clause is no second event; a future meeting is an intent to meet.
        Case(text: "Ghana's president held a phone call with Nigeria's leader to discuss the crisis in Niger.", expected: ["041|GHA|NGA|GOV|GOV"]),
        Case(text: "India and Bangladesh will hold consultations in Dhaka next month.", expected: ["036|BGD|IND|GOV|GOV", "036|IND|BGD|GOV|GOV"]),
        // "its forces" is the subject's own; "U.N.-backed" is no act of support.
        Case(text: "Tehran put its forces on high alert.", expected: ["152|IRN|-|GOV|-"]),
        Case(text: "Kenya sent a contingent of police officers to Haiti for a U.N.-backed mission.", expected: ["074|KEN|HTI|GOV|GOV"]),
        // Repression falls on the country's own people.
        Case(text: "Peru's government declared a state of emergency in Lima.", expected: ["1724|PER|PER|GOV|PPL"]),
        // A title with no name is an actor; an organisation before a titled person gives the country.
        Case(text: "Kuwait's emir telephoned Saudi Arabia's king on Tuesday.", expected: ["041|KWT|SAU|GOV|GOV"]),
        // Protest with no target is against the home government; drills by two countries are cooperation.
        Case(text: "French unions staged a nationwide strike on Thursday.", expected: ["143|FRA|FRA|PPL|GOV"]),
        Case(text: "American and Philippine troops began their annual drills on Monday.", expected: ["062|PHL|USA|MIL|MIL", "062|USA|PHL|MIL|MIL"]),
        // Aid ahead is intent; content of praise is no second event; a participle describing a noun is no act.
        Case(text: "China will provide Cambodia with a $200 million loan.", expected: ["0331|CHN|KHM|GOV|GOV"]),
        Case(text: "Moldova thanked Romania for supplying electricity throughout the winter.", expected: ["051|MDA|ROU|GOV|GOV"]),
        Case(text: "France returned artworks looted from the Kingdom of Dahomey to Benin.", expected: ["0842|FRA|BEN|GOV|GOV"]),
        // Teams and currencies are no actors; "no group" is nobody.
        Case(text: "Italy's national football team arrived in Skopje ahead of the qualifier.", expected: []),
        Case(text: "No group has claimed responsibility for the blast in Quetta.", expected: []),
        // No actor, no event; a bare attribution codes nothing.
        Case(text: "The Kenyan shilling weakened to a record low, the central bank said.", expected: []),
        Case(text: "People-to-people contacts were discussed, officials said.", expected: []),
    ]

    @Test(arguments: cases)
    func events_codeActorsAndDirections(_ c: Case) throws {
        #expect(try Self.dyads(c.text).sorted() == c.expected.sorted())
    }
}
