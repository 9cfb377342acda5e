import ParleyText
import Testing

/// Tokenizes `text` with a table holding `forms` (already normalized).
func tokenize(_ text: String, interning forms: [String] = []) -> (SourceText, [Token], SymbolTable) {
    var symbols = SymbolTable()
    for form in forms { symbols.intern(form) }
    let source = SourceText(text)
    return (source, Tokenizer(symbols: symbols).tokenize(source), symbols)
}

/// The text of each token.
func tokenTexts(_ text: String) -> [String] {
    let (source, tokens, _) = tokenize(text)
    return tokens.map { source.string(Int($0.start), Int($0.end)) }
}

/// The scalars the tokenizer treats as white space between tokens.
func isSeparatorSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace && scalar != "\n" || scalar == "\u{200B}" || scalar == "\u{FEFF}"
}

/// Checks that tokens are ordered, non-empty, non-overlapping spans with only white space between them.
func checkSpans(_ source: SourceText, _ tokens: [Token], sourceLocation: SourceLocation = #_sourceLocation) {
    var previousEnd = 0
    for (k, t) in tokens.enumerated() {
        let (start, end) = (Int(t.start), Int(t.end))
        guard start >= previousEnd, start < end, end <= source.bytes.count else {
            Issue.record("token \(k) span \(start)..<\(end) after \(previousEnd) in \(source.bytes.count) bytes", sourceLocation: sourceLocation)
            return
        }
        let gap = source.string(previousEnd, start)
        if !gap.unicodeScalars.allSatisfy(isSeparatorSpace) {
            Issue.record("non-space text \(gap.debugDescription) before token \(k)", sourceLocation: sourceLocation)
        }
        previousEnd = end
    }
    let tail = source.string(previousEnd, source.bytes.count)
    if !tail.unicodeScalars.allSatisfy(isSeparatorSpace) {
        Issue.record("non-space text \(tail.debugDescription) after the last token", sourceLocation: sourceLocation)
    }
}

/// One token's expected kind and flags.
struct FlagCase: Sendable, CustomTestStringConvertible {
    var text: String
    var token: String
    var kind: TokenKind
    var flags: UInt8
    var testDescription: String { "\(token.debugDescription) in \(text.debugDescription)" }
}

@Suite struct TokenizerTests {
    static let texts = [
        "", "   ", "\n", "Pakistan and Turkey held talks.",
        "The third round of the Pakistan–Turkey Bilateral Political Consultations took place in Ankara on 4 March 2024.",
        "Russia's and Moscow’s positions, “in principle”, differ — said Çavuşoğlu.\r\nCôte d'Ivoire\u{00A0}joined.",
        "  leading and trailing space  ", "tab\tseparated\u{2003}em\u{3000}ideographic\u{202F}narrow",
        "日本と中国の外相が会談した。", "مرحبا بالعالم", "e\u{301}tude 👍🏽 👨‍👩‍👧 🇵🇰", "a\u{200B}b\u{FEFF}c",
        "...---'''’’’", "U.S.-Pakistan ties (2023)", "Powers' meeting", "\n\n\nEnd\n",
    ]

    @Test(arguments: texts)
    func tokenizer_spansAreNonDestructive(text: String) {
        let (source, tokens, _) = tokenize(text)
        #expect(source.bytes == Array(text.utf8))
        checkSpans(source, tokens)
    }

    @Test(arguments: [
        ("Pakistan-Turkey talks.", ["Pakistan", "-", "Turkey", "talks", "."]),
        ("Russia's stance", ["Russia", "'s", "stance"]),
        ("Moscow’s stance", ["Moscow", "’s", "stance"]),
        ("RUSSIA'S STANCE", ["RUSSIA", "'S", "STANCE"]),
        ("Côte d'Ivoire", ["Côte", "d'Ivoire"]),
        ("Côte d’Ivoire", ["Côte", "d’Ivoire"]),
        ("the Powers' meeting", ["the", "Powers", "'", "meeting"]),
        ("'Russia'", ["'", "Russia", "'"]),
        ("don't", ["don't"]),
        ("Russia’s’s", ["Russia", "’s", "’", "s"]),
        ("G20 summit, 2023", ["G20", "summit", ",", "2023"]),
        ("3.5%", ["3", ".", "5", "%"]),
        ("U.S.", ["U", ".", "S", "."]),
        ("“Peace”—now", ["“", "Peace", "”", "—", "now"]),
        ("Ahmet\u{00A0}Yildiz", ["Ahmet", "Yildiz"]),
        ("a\nb", ["a", "\n", "b"]),
        ("a\r\nb", ["a", "\n", "b"]),
        ("中国外交部。", ["中国外交部", "。"]),
        ("x×y", ["x", "×", "y"]),
    ])
    func tokenizer_splitsWordsAndPunctuation(text: String, expected: [String]) {
        #expect(tokenTexts(text) == expected)
    }

    @Test(arguments: [
        ("Çavuşoğlu", "cavusoglu"), ("Türkiye", "turkiye"), ("Straße", "strasse"), ("ŁÓDŹ", "lodz"),
        ("Øresund", "oresund"), ("İstanbul", "istanbul"), ("ÆGIS", "aegis"), ("Ñuñoa", "nunoa"), ("Þingvellir", "thingvellir"),
        ("Moscow’s", "moscow's"), ("d‘Ivoire", "d'ivoire"), ("“quoted”", "\"quoted\""), ("«guillemets»", "\"guillemets\""),
        ("en–dash", "en-dash"), ("em—dash", "em-dash"), ("hyphen‐minus", "hyphen-minus"), ("minus−sign", "minus-sign"),
        ("wait…", "wait."), ("PAKISTAN", "pakistan"), ("中国", "中国"),
    ])
    func tokenizer_normalizeFoldsCaseDiacriticsQuotesAndDashes(text: String, expected: String) {
        #expect(Tokenizer.normalize(text) == expected)
    }

    @Test func tokenizer_symbolsAreNormalizedForms() throws {
        let forms = ["cavusoglu", "russia", "'s", "moscow", "\"", "-", "d'ivoire", "envoy"]
        let (source, tokens, symbols) = tokenize("Çavuşoğlu met Russia's “envoy” – Moscow’s d’Ivoire unknown", interning: forms)
        let bySymbol = tokens.map { symbols.string($0.sym) }
        #expect(bySymbol == ["cavusoglu", "", "russia", "'s", "\"", "envoy", "\"", "-", "moscow", "'s", "d'ivoire", ""])
        #expect(tokens[1].sym == -1)
        #expect(tokens.last?.sym == -1)
        for t in tokens where t.sym >= 0 {
            #expect(symbols.string(t.sym) == Tokenizer.normalize(source.string(Int(t.start), Int(t.end))))
        }
    }

    @Test(arguments: ["Russia's", "Russia’s", "Russia‘s", "Russia\u{02BC}s"])
    func tokenizer_possessiveIsItsOwnWordToken(text: String) throws {
        let (_, tokens, symbols) = tokenize(text, interning: ["'s", "russia"])
        try #require(tokens.count == 2)
        #expect(tokens[0].sym == symbols.lookup("russia"))
        #expect(tokens[1].kind == .word)
        #expect(tokens[1].sym == symbols.lookup("'s"))
        #expect(!tokens[1].hasSpaceBefore)
    }

    static let flagCases: [FlagCase] = [
        FlagCase(text: "Pakistan", token: "Pakistan", kind: .word, flags: TokenFlags.capitalized | TokenFlags.spaceBefore),
        FlagCase(text: "the US", token: "US", kind: .word, flags: TokenFlags.capitalized | TokenFlags.allCaps | TokenFlags.spaceBefore),
        FlagCase(text: "x A", token: "A", kind: .word, flags: TokenFlags.capitalized | TokenFlags.spaceBefore),
        FlagCase(text: "x us", token: "us", kind: .word, flags: TokenFlags.spaceBefore),
        FlagCase(text: "x iPhone", token: "iPhone", kind: .word, flags: TokenFlags.spaceBefore),
        FlagCase(text: "the G20", token: "G20", kind: .word, flags: TokenFlags.capitalized | TokenFlags.allCaps | TokenFlags.spaceBefore | TokenFlags.digit),
        FlagCase(text: "in 2023", token: "2023", kind: .number, flags: TokenFlags.spaceBefore | TokenFlags.digit),
        FlagCase(text: "the 5th", token: "5th", kind: .word, flags: TokenFlags.spaceBefore | TokenFlags.digit),
        FlagCase(text: "Mr ÇAVUŞOĞLU", token: "ÇAVUŞOĞLU", kind: .word, flags: TokenFlags.capitalized | TokenFlags.allCaps | TokenFlags.spaceBefore),
        FlagCase(text: "in Ölçek", token: "Ölçek", kind: .word, flags: TokenFlags.capitalized | TokenFlags.spaceBefore),
        FlagCase(text: "(Turkey)", token: "Turkey", kind: .word, flags: TokenFlags.capitalized),
        FlagCase(text: "talks, Turkey", token: ",", kind: .punct, flags: 0),
        FlagCase(text: "talks , x", token: ",", kind: .punct, flags: TokenFlags.spaceBefore),
        FlagCase(text: "a\nBeta", token: "Beta", kind: .word, flags: TokenFlags.capitalized | TokenFlags.spaceBefore),
        FlagCase(text: "a\u{00A0}Beta", token: "Beta", kind: .word, flags: TokenFlags.capitalized | TokenFlags.spaceBefore),
        FlagCase(text: "a\nb", token: "\n", kind: .newline, flags: 0),
    ]

    @Test(arguments: flagCases)
    func tokenizer_setsKindAndFlags(c: FlagCase) throws {
        let (source, tokens, _) = tokenize(c.text)
        let token = try #require(tokens.first { source.string(Int($0.start), Int($0.end)) == c.token })
        #expect(token.kind == c.kind)
        #expect(token.flags == c.flags)
        #expect(token.isCapitalized == (c.flags & TokenFlags.capitalized != 0))
        #expect(token.isAllCaps == (c.flags & TokenFlags.allCaps != 0))
        #expect(token.hasSpaceBefore == (c.flags & TokenFlags.spaceBefore != 0))
        #expect(token.hasDigit == (c.flags & TokenFlags.digit != 0))
    }

    /// `TokenFlags.allCaps` needs more than one character; a lone capital is only capitalized.
    @Test(
        arguments: ["Ç", "É", "Ø"]
    )
    func tokenizer_loneNonASCIICapitalIsNotAllCaps(text: String) throws {
        let token = try #require(tokenize(text).1.first)
        #expect(token.isCapitalized)
        #expect(!token.isAllCaps)
    }

    @Test func tokenizer_lineBreaksAreNewlineTokens() {
        let text = "Line one\r\nLine two\n\nEnd\n"
        let (source, tokens, _) = tokenize(text)
        let newlines = tokens.filter { $0.kind == .newline }
        #expect(newlines.map(\.start) == [9, 18, 19, 23])
        for t in newlines {
            #expect(t.length == 1)
            #expect(source.bytes[Int(t.start)] == 0x0A)
            #expect(t.sym == -1)
        }
        #expect(tokens.filter { $0.kind != .newline }.count == 5)
    }

    @Test func tokenizer_tokenizesBufferLikeText() {
        let text = "Talks in Baku.The end"
        let bytes = Array(text.utf8)
        let fromBuffer = bytes.withUnsafeBufferPointer { Tokenizer(symbols: SymbolTable()).tokenize($0) }
        #expect(fromBuffer == tokenize(text).1)
    }

    @Test func symbolTable_internsDenseIdsAndGrows() {
        var table = SymbolTable()
        let forms = (0..<5_000).map { "form\($0)" }
        let ids = forms.map { table.intern($0) }
        #expect(ids == (0..<5_000).map(Int32.init))
        #expect(table.count == 5_000)
        #expect(table.intern("form42") == 42)
        #expect(table.lookup("form4999") == 4_999)
        #expect(table.lookup("absent") == -1)
        #expect(table.string(7) == "form7")
        #expect(table.string(-1) == "")
        #expect(table.length(7) == 5)
    }
}
