import ParleyText
import Testing

@Suite struct UTF8CheckTests {
    @Test(arguments: [
        "", "Pakistan and Turkey", "Çavuşoğlu", "日本外務省", "مرحبا", "😀 👨‍👩‍👧 🇵🇰", "e\u{301}", "\t\r\n",
        "\u{80}", "\u{7FF}", "\u{800}", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}",
    ])
    func utf8Check_acceptsValidText(text: String) {
        #expect(UTF8Check.problem(in: Array(text.utf8)) == nil)
    }

    @Test(arguments: [
        // Lone continuation bytes.
        ([0x80], 0), ([0x41, 0x80], 1), ([0x41, 0x42, 0xBF, 0x43], 2), ([0xC3, 0xA7, 0x80], 2),
        // A sequence cut short by the end of the text.
        ([0xC3], 0), ([0x41, 0xE2, 0x82], 1), ([0x41, 0x42, 0xE2], 2), ([0xF0, 0x9F, 0x98], 0), ([0x61, 0xF0], 1),
        // A sequence cut short by a byte that is not a continuation.
        ([0xC3, 0x41], 0), ([0xE2, 0x28, 0xA1], 0), ([0xE2, 0x82, 0x28], 0), ([0x41, 0xF0, 0x9F, 0x98, 0x41], 1),
        // Overlong forms.
        ([0xC0, 0x80], 0), ([0x61, 0xC0, 0x80], 1), ([0xC1, 0xBF], 0), ([0xE0, 0x80, 0x80], 0), ([0xE0, 0x9F, 0xBF], 0),
        ([0xF0, 0x80, 0x80, 0x80], 0), ([0xF0, 0x8F, 0xBF, 0xBF], 0),
        // UTF-16 surrogates.
        ([0xED, 0xA0, 0x80], 0), ([0x41, 0xED, 0xBF, 0xBF], 1), ([0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80], 0),
        // Beyond U+10FFFF, and bytes that never occur.
        ([0xF4, 0x90, 0x80, 0x80], 0), ([0x41, 0xF5, 0x80, 0x80, 0x80], 1), ([0xF8, 0x88, 0x80, 0x80, 0x80], 0),
        ([0xFE], 0), ([0xFF], 0), ([0x41, 0x42, 0x43, 0xFF], 3),
    ] as [([UInt8], Int)])
    func utf8Check_reportsOffsetOfFirstInvalidSequence(bytes: [UInt8], offset: Int) {
        #expect(UTF8Check.problem(in: bytes) == .invalidUTF8(offset: offset))
    }

    @Test(arguments: [([0x00], 0), ([0x41, 0x00], 1), ([0xC3, 0xA7, 0x00, 0x41], 2), ([0x00, 0xFF], 0)] as [([UInt8], Int)])
    func utf8Check_reportsNULAsBinary(bytes: [UInt8], offset: Int) {
        #expect(UTF8Check.problem(in: bytes) == .binary(offset: offset))
    }

    @Test func utf8Check_reportsTheFirstProblemOnly() {
        #expect(UTF8Check.problem(in: [0x41, 0xFF, 0x00]) == .invalidUTF8(offset: 1))
        #expect(UTF8Check.problem(in: [0x41, 0x00, 0xFF]) == .binary(offset: 1))
    }

    @Test func utf8Check_describesProblemForAUser() {
        #expect(TextDecodingError.invalidUTF8(offset: 7).description.contains("byte offset 7"))
        #expect(TextDecodingError.binary(offset: 3).description.contains("NUL byte) at byte offset 3"))
    }

    /// Random byte strings, biased towards lead and continuation bytes, against the standard library's decoder.
    @Test func utf8Check_agreesWithStandardLibraryDecoder() {
        var rng = SplitMix64(seed: 0x0D15_EA5E)
        let alphabet: [UInt8] = [
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
            0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        for _ in 0..<20_000 {
            let count = Int(rng.next() % 9)
            let bytes = (0..<count).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            let expected = Self.referenceProblem(bytes)
            let actual = UTF8Check.problem(in: bytes)
            if actual != expected {
                Issue.record("\(bytes.map { String($0, radix: 16) }): expected \(String(describing: expected)), got \(String(describing: actual))")
                return
            }
        }
    }

    /// The first problem as the standard library's UTF-8 decoder sees it.
    static func referenceProblem(_ bytes: [UInt8]) -> TextDecodingError? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { return .binary(offset: offset) }
                offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return .invalidUTF8(offset: offset)
            }
        }
    }
}
