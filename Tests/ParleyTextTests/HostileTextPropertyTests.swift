import ParleyModel
import ParleyText
import Testing

/// Random hostile texts: scripts, marks, invisible characters, quotes and long punctuation runs.
enum HostileText {
    static let pieces: [String] = [
        "Pakistan", "the", "US", "us", "Dr", "Mr", "H", "E", "S", "s", "d", "Ivoire", "G20", "5th", "2024", "3", "5",
        ".", ",", ";", ":", "!", "?", "\"", "(", ")", "[", "]", "-", "/", "&", "%", "#", "@",
        "'", "’", "‘", "ʼ", "'s", "’s", "“", "”", "«", "»", "…", "–", "—", "‐", "−", "×", "÷",
        "e\u{301}", "\u{301}", "\u{20DD}", "\u{0308}\u{0308}", "Çavuşoğlu", "Straße", "ǅ", "ƀ", "İ", "ß", "Ø",
        "😀", "👨‍👩‍👧", "🇵🇰", "👍🏽", "❤️",
        "مرحبا", "שלום", "\u{200F}", "\u{200E}", "\u{202E}", "\u{061F}",
        "日本", "中国外交部", "。", "、", "한국", "ｶﾀｶﾅ", "！",
        "\u{00A0}", "\u{202F}", "\u{2003}", "\u{3000}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{2028}", "\u{85}", "\u{1680}",
        " ", " ", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\r",
        "......", "-----", "———", "''''", "’’’", "?!?!", "\u{FFFD}", "\u{10FFFF}", "\u{E000}",
    ]

    /// One random scalar from a random plane region (never a surrogate).
    static func randomScalar(_ rng: inout SplitMix64) -> Unicode.Scalar {
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x80...0xFF, 0x100...0x24F, 0x250...0x36F, 0x590...0x6FF, 0x2000...0x206F, 0x3000...0x30FF,
            0x4E00...0x9FFF, 0xE000...0xFFFF, 0x1F000...0x1FAFF, 0x10000...0x10FFFF,
        ]
        let range = rng.pick(ranges)
        let value = range.lowerBound + UInt32(rng.next() % UInt64(range.upperBound - range.lowerBound + 1))
        return Unicode.Scalar(value) ?? "x"
    }

    /// A random text of up to `maxPieces` pieces.
    static func make(_ rng: inout SplitMix64, maxPieces: Int = 40) -> String {
        var text = ""
        for _ in 0..<rng.index(maxPieces + 1) {
            if rng.index(5) == 0 {
                text.unicodeScalars.append(randomScalar(&rng))
            } else {
                text += rng.pick(pieces)
            }
        }
        return text
    }
}

@Suite struct HostileTextPropertyTests {
    static let seeds: [UInt64] = [1, 2, 3, 0xC0FFEE, 0xDEAD_BEEF]

    /// For 800 texts a seed: tokenizing and splitting never crash and every span is a clean slice of the text.
    @Test(arguments: seeds)
    func hostileText_spansStayOnScalarBoundaries(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var failures = 0
        for n in 0..<800 where failures < 3 {
            let text = HostileText.make(&rng)
            let problems = Self.problems(in: text)
            if !problems.isEmpty {
                failures += 1
                Issue.record("seed \(seed) text #\(n) \(text.debugDescription): \(problems.joined(separator: "; "))")
            }
        }
    }

    /// Long runs of a single hostile piece exercise the scratch buffer and the splitter's look-ahead.
    @Test(arguments: ["....", "’", "'s", "e\u{301}", "中", "😀", "\u{200D}", "Dr. ", "a’", "S.", "\u{00A0}", "ǅ", "-"])
    func hostileText_longRunsStayClean(piece: String) {
        let text = String(repeating: piece, count: 600)
        #expect(Self.problems(in: text) == [])
    }

    /// The tokenizer's fast normalization agrees with `Tokenizer.normalize` on every word token.
    @Test(arguments: seeds)
    func hostileText_wordSymbolsMatchSlowNormalization(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var failures = 0
        for _ in 0..<400 where failures < 3 {
            let text = HostileText.make(&rng)
            let source = SourceText(text)
            var symbols = SymbolTable()
            let words = Tokenizer(symbols: symbols).tokenize(source).filter { $0.kind == .word || $0.kind == .number }
            let forms = words.map { Tokenizer.normalize(source.string(Int($0.start), Int($0.end))) }
            for form in forms { symbols.intern(form) }
            let again = Tokenizer(symbols: symbols).tokenize(source).filter { $0.kind == .word || $0.kind == .number }
            for (t, form) in zip(again, forms) where t.sym != symbols.lookup(form) {
                failures += 1
                Issue.record("\(source.string(Int(t.start), Int(t.end)).debugDescription) has symbol \(symbols.string(t.sym).debugDescription), normalize gives \(form.debugDescription)")
            }
        }
    }

    /// Everything wrong with the tokens, sentences and lines of a text.
    static func problems(in text: String) -> [String] {
        let source = SourceText(text)
        let bytes = source.bytes
        let tokens = Tokenizer(symbols: SymbolTable()).tokenize(source)
        let (lines, sentences) = SentenceSplitter.split(source, tokens)
        var problems: [String] = []
        func onBoundary(_ b: Int) -> Bool { b == bytes.count || (b < bytes.count && bytes[b] & 0xC0 != 0x80) }

        var previousEnd = 0
        for (k, t) in tokens.enumerated() {
            let (start, end) = (Int(t.start), Int(t.end))
            if start < previousEnd || start >= end || end > bytes.count {
                problems.append("token \(k) \(start)..<\(end) after \(previousEnd)")
                return problems
            }
            if !onBoundary(start) || !onBoundary(end) { problems.append("token \(k) \(start)..<\(end) splits a scalar") }
            let gap = source.string(previousEnd, start)
            if !gap.unicodeScalars.allSatisfy(isSeparatorSpace) { problems.append("text \(gap.debugDescription) dropped before token \(k)") }
            for b in [start, end] {
                let expected = String(decoding: bytes[0..<b], as: UTF8.self).unicodeScalars.count
                if source.scalarOffset(ofByte: b) != expected {
                    problems.append("scalarOffset(ofByte: \(b)) = \(source.scalarOffset(ofByte: b)), expected \(expected)")
                }
            }
            previousEnd = end
        }
        let tail = source.string(previousEnd, bytes.count)
        if !tail.unicodeScalars.allSatisfy(isSeparatorSpace) { problems.append("text \(tail.debugDescription) dropped at the end") }

        problems += spanProblems("sentence", sentences.map { ($0.tokens, $0.span) }, tokens, bytes.count)
        problems += spanProblems("line", lines.map { ($0.tokens, $0.span) }, tokens, bytes.count)
        for s in sentences where tokens[s.tokens].contains(where: { $0.kind == .newline }) {
            problems.append("sentence \(s.tokens) crosses a line break")
        }
        for s in sentences where !lines.contains(where: { $0.index == s.line && $0.tokens.contains(s.tokens.lowerBound) }) {
            problems.append("sentence \(s.tokens) is not in its line \(s.line)")
        }
        return problems
    }

    /// Checks that token ranges are ordered, non-empty and in bounds, and that spans match their tokens.
    static func spanProblems(_ what: String, _ items: [(Range<Int>, Span)], _ tokens: [Token], _ byteCount: Int) -> [String] {
        var problems: [String] = []
        var previous = Span(start: 0, end: 0)
        var previousTokens = 0
        for (range, span) in items {
            guard !range.isEmpty, range.lowerBound >= previousTokens, range.upperBound <= tokens.count else {
                problems.append("\(what) tokens \(range) after \(previousTokens) of \(tokens.count)")
                return problems
            }
            if span.start != Int(tokens[range.lowerBound].start) || span.end != Int(tokens[range.upperBound - 1].end) {
                problems.append("\(what) span \(span) does not match tokens \(range)")
            }
            if span.start < previous.end || span.end > byteCount || span.start >= span.end {
                problems.append("\(what) span \(span) overlaps \(previous) or leaves the text")
            }
            previous = span
            previousTokens = range.upperBound
        }
        return problems
    }
}
