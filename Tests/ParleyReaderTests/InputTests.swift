import ParleyModel
import ParleyReader
import ParleyText
import Testing

@Suite struct InputTests {
    @Test func read_rejectsInvalidUTF8WithOffset() {
        let bytes: [UInt8] = Array("Pakistan and Russia".utf8) + [0xC3, 0x28] + Array(" held talks".utf8)
        #expect(throws: ReadError.decoding(.invalidUTF8(offset: 19))) { try ReaderFixture.reader.read(bytes: bytes) }
    }

    @Test func read_rejectsBinary() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        #expect(throws: ReadError.self) { try ReaderFixture.reader.read(bytes: bytes) }
        #expect(throws: ReadError.decoding(.binary(offset: 3))) { try ReaderFixture.reader.read(bytes: [65, 66, 67, 0, 68]) }
    }

    @Test func read_rejectsInputOverTheLimit() throws {
        var small = ReaderFixture.reader
        small.maxBytes = 100
        let text = String(repeating: "The sides met. ", count: 20)
        #expect(throws: ReadError.tooLarge(bytes: text.utf8.count, limit: 100)) { try small.read(bytes: Array(text.utf8)) }
    }

    @Test(arguments: ["", "   \n\n\t  ", "\u{FEFF}", "---\n---\n"])
    func read_emptyInputGivesEmptyReading(_ text: String) throws {
        let r = try ReaderFixture.read(text)
        #expect(r.meetings.isEmpty)
        #expect(r.events.isEmpty)
        #expect(r.document.sha256 == SHA256.hex(Array(text.utf8)))
    }

    @Test func read_htmlSoupDoesNotCrash() throws {
        let soup = "<html><body><div class=nav>Home | World</div><p>Pakistan and Russia held the <b>fifth</b> round of consultations in Islamabad on 20 June 2023.<script>var x = '</p>';</script></body></html>"
        let r = try ReaderFixture.read(soup)
        #expect(r.meetings.count <= 1)
    }

    @Test func read_brokenFrontMatterIsAWarning() throws {
        let r = try ReaderFixture.read("---\ntitle: Unclosed\nPakistan and Turkey held consultations in Ankara on 4 March 2024.")
        #expect(r.diagnostics.contains { $0.severity == .warning && $0.message.contains("front matter") })
    }

    @Test func read_frontMatterGivesTitleAndPublished() throws {
        let r = try ReaderFixture.read("---\ntitle: \"Talks in Ankara\"\npublished: 2024-03-05\n---\nPakistan and Turkey held the tenth round of consultations in Ankara yesterday.")
        #expect(r.document.title == "Talks in Ankara")
        #expect(r.document.published?.description == "2024-03-05")
        #expect(r.meetings.first?.date?.description == "2024-03-04")
    }

    @Test func read_publishedLineInTheText() throws {
        let r = try ReaderFixture.read("Talks held\nPublished: 31 July 2024\nEstonia and Moldova held political consultations in Tallinn on Monday.")
        #expect(r.document.published?.description == "2024-07-31")
        #expect(r.meetings.first?.date?.description == "2024-07-29")
    }

    @Test func read_spansCountUnicodeScalars() throws {
        let text = "Hà Nội – Viet Nam and Austria held political consultations in Vienna on 8 November 2023."
        let r = try ReaderFixture.read(text)
        let m = try #require(r.meetings.first)
        let span = try #require(m.evidence["venue"]).span
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])).contains("Vienna"))
    }

    /// Found by the fuzzer (Fuzz/crashes/digit-ordinal-overflow.min.txt): a huge digit ordinal overflowed Int.
    @Test func read_hugeDigitOrdinalIsNotARound() throws {
        let r = try ReaderFixture.read("The 99999999999999999999th round of consultations was held.")
        #expect(r.meetings.first?.round == nil)
    }

    @Test func read_isPure() throws {
        let text = "Pakistan and Russia held the fifth round of consultations in Islamabad on 20 June 2023."
        #expect(try ReaderFixture.read(text) == (try ReaderFixture.read(text)))
    }

    @Test func read_hostileTextNeverCrashes() throws {
        var rng: UInt64 = 0x9E37_79B9_7F4A_7C15
        let pieces = ["Pakistan", " and ", "Russia", "'s", "’", " held ", "the fifth round", " of ", "consultations", ".", "..", "\n",
                      "Foreign Secretary", " Dr.", " H.E.", "(", ")", ":", "—", "-", "\u{200D}", "\u{0301}", "🇵🇰", "مشاورات", "会谈", " 20 June", " 2023",
                      "Read more:", " next round ", " in Moscow", " virtually", "  ", "\t", "\"", "“", "”", "75th anniversary"]
        for _ in 0..<300 {
            var s = ""
            for _ in 0..<40 {
                rng = rng &* 6364136223846793005 &+ 1442695040888963407
                s += pieces[Int(rng >> 33) % pieces.count]
            }
            let r = try ReaderFixture.read(s, published: "2023-06-21")
            let count = s.unicodeScalars.count
            for m in r.meetings { for e in m.evidence.values { #expect(e.span.start >= 0 && e.span.end <= count && e.span.start <= e.span.end) } }
            for e in r.events { #expect(e.evidence.span.end <= count) }
        }
    }
}
