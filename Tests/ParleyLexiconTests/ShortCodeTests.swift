import ParleyLexicon
import Testing

@Suite struct ShortCodeTests {
    /// Codes as they come from data files (strings, never literals: a literal argument would be the literal's code).
    static func code(_ text: String) -> ShortCode? { ShortCode(text) }

    @Test func packsAndUnpacksCodesOfOneToFourCharacters() {
        for text in ["P", "04", "PAK", "0311", "IGO"] {
            let code = Self.code(text)
            #expect(code?.description == text)
            #expect(code?.count == text.count)
        }
        #expect(Self.code("PAK") == "PAK")
        #expect(Self.code("PAK") != Self.code("PAKI"))
    }

    @Test func refusesWhatDoesNotFit() {
        #expect(Self.code("") == nil)
        #expect(Self.code("03111") == nil)
        #expect(Self.code("Çà") == nil)
    }

    @Test func prefixesAndRoots() {
        let code: ShortCode = "0311"
        #expect(code.hasPrefix("031"))
        #expect(code.hasPrefix("0311"))
        #expect(!code.hasPrefix("032"))
        #expect(Self.code("031")?.hasPrefix("0311") == false)
        #expect(code.prefix2 == "03")
        #expect(code.root == 3)
        #expect(Self.code("190")?.root == 19)
        #expect(Self.code("GOV")?.root == 0)
        #expect(code.first == UInt8(ascii: "0"))
    }
}
