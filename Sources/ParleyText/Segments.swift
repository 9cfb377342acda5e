import ParleyModel

/// One line of the text (a paragraph in plain-text reports): a run of tokens between line breaks.
public struct Line: Sendable, Equatable {
    /// Index of the line among all lines, blank ones included.
    public var index: Int
    /// Token indices.
    public var tokens: Range<Int>
    /// Byte span from the first token's start to the last token's end.
    public var span: Span
}

/// One sentence: a run of tokens within a line.
public struct Sentence: Sendable, Equatable {
    /// Token indices.
    public var tokens: Range<Int>
    /// Byte span from the first token's start to the last token's end.
    public var span: Span
    /// The index of the line it stands in.
    public var line: Int
}

/// Splits tokens into lines and sentences, aware of abbreviations and missing spaces after full stops.
public enum SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep",
        "hon", "amb", "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "messrs", "rev",
        "fr", "e.g", "i.e", "engr", "eng", "mme", "smt", "adm", "brig", "cdr", "excellency", "approx", "art", "para", "vol", "pp",
    ]

    /// The lines (non-empty ones) and sentences of a tokenized text.
    public static func split(_ text: SourceText, _ tokens: [Token]) -> (lines: [Line], sentences: [Sentence]) {
        var lines: [Line] = []
        var sentences: [Sentence] = []
        var lineIndex = 0
        var lineStart = 0
        var sentenceStart = 0
        func close(_ end: Int) {
            guard sentenceStart < end else { return }
            sentences.append(
                Sentence(
                    tokens: sentenceStart..<end,
                    span: Span(start: Int(tokens[sentenceStart].start), end: Int(tokens[end - 1].end)),
                    line: lineIndex))
            sentenceStart = end
        }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .newline {
                close(i)
                if lineStart < i {
                    lines.append(
                        Line(
                            index: lineIndex, tokens: lineStart..<i,
                            span: Span(start: Int(tokens[lineStart].start), end: Int(tokens[i - 1].end))))
                }
                lineIndex += 1
                lineStart = i + 1
                sentenceStart = i + 1
            } else if t.kind == .punct, isTerminal(text, t), let end = boundaryEnd(text, tokens, i) {
                close(end)
                i = end - 1
            }
            i += 1
        }
        close(tokens.count)
        if lineStart < tokens.count {
            lines.append(
                Line(
                    index: lineIndex, tokens: lineStart..<tokens.count,
                    span: Span(start: Int(tokens[lineStart].start), end: Int(tokens[tokens.count - 1].end))))
        }
        return (lines, sentences)
    }

    private static func isTerminal(_ text: SourceText, _ t: Token) -> Bool {
        let b = text.bytes[Int(t.start)]
        return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
            || (t.length == 3 && b == 0xE2 && text.bytes[Int(t.start) + 1] == 0x80 && text.bytes[Int(t.start) + 2] == 0xA6)
    }

    /// If the terminal at `i` ends a sentence, the token index just past the sentence (closing quotes included).
    private static func boundaryEnd(_ text: SourceText, _ tokens: [Token], _ i: Int) -> Int? {
        var j = i + 1
        while j < tokens.count, tokens[j].kind == .punct, !tokens[j].hasSpaceBefore, isCloser(text, tokens[j]) { j += 1 }
        guard j < tokens.count else { return j }
        let next = tokens[j]
        if next.kind == .newline { return j }
        if text.bytes[Int(tokens[i].start)] == UInt8(ascii: "."), i > 0, isAbbreviation(text, tokens[i - 1]) {
            return nil
        }
        if next.hasSpaceBefore || j > i + 1 {
            if next.isCapitalized || next.kind == .number || (next.kind == .punct && isOpener(text, next)) { return j }
            return nil
        }
        // No space after the full stop: "in Baku.The two sides" splits, "3.5" and "gov.pk" do not.
        if next.kind == .word, next.isCapitalized, next.length >= 2, i > 0, tokens[i - 1].kind == .word,
            tokens[i - 1].length >= 2
        {
            return j
        }
        return nil
    }

    private static func isAbbreviation(_ text: SourceText, _ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        if t.length == 1 { return true }
        guard t.length <= 10 else { return false }
        return abbreviations.contains(text.string(Int(t.start), Int(t.end)).lowercased())
    }

    private static func isCloser(_ text: SourceText, _ t: Token) -> Bool {
        let b = text.bytes[Int(t.start)]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") {
            return true
        }
        return t.length == 3 && b == 0xE2 && text.bytes[Int(t.start) + 1] == 0x80
            && (text.bytes[Int(t.start) + 2] == 0x9D || text.bytes[Int(t.start) + 2] == 0x99)
    }

    private static func isOpener(_ text: SourceText, _ t: Token) -> Bool {
        let b = text.bytes[Int(t.start)]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "(") { return true }
        return t.length == 3 && b == 0xE2 && text.bytes[Int(t.start) + 1] == 0x80
            && (text.bytes[Int(t.start) + 2] == 0x9C || text.bytes[Int(t.start) + 2] == 0x98)
    }
}
