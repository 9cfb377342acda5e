/// Splits UTF-8 text into tokens with normalized, interned forms. Never edits the text.
///
/// Normalization: ASCII lower case; Latin diacritics folded (é -> e, ß -> ss); curly quotes to
/// straight ones; dashes to `-`. A possessive `'s` is its own token; other punctuation is one
/// token a character; white space separates tokens and line breaks become ``TokenKind/newline``.
public struct Tokenizer: Sendable {
    private static let foldBytes: [[UInt8]] = LatinFold.forms.map { Array($0.utf8) }
    private let symbols: SymbolTable

    /// Creates a tokenizer that looks forms up in `symbols` (unknown forms get `sym == -1`).
    public init(symbols: SymbolTable) {
        self.symbols = symbols
    }

    /// Tokenizes the whole text.
    public func tokenize(_ text: SourceText) -> [Token] {
        text.bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    /// Tokenizes bytes that are valid UTF-8.
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 8)
        var scratch = [UInt8](repeating: 0, count: 256)
        var i = 0
        var space = true
        let n = bytes.count
        while i < n {
            let (scalar, width) = Self.decode(bytes, i)
            if scalar == 0x0A {
                tokens.append(Token(start: Int32(i), end: Int32(i + 1), sym: -1, kind: .newline, flags: 0))
                i += 1
                space = true
                continue
            }
            if Self.isSpace(scalar) {
                i += width
                space = true
                continue
            }
            let flagSpace = space ? TokenFlags.spaceBefore : 0
            space = false
            if Self.isWordScalar(scalar) {
                let end = wordEnd(bytes, from: i)
                tokens.append(word(bytes, i, end, &scratch, flagSpace))
                i = end
                if let possessive = possessiveEnd(bytes, at: i) {
                    let sym = symbols.lookup("'s")
                    tokens.append(Token(start: Int32(i), end: Int32(possessive), sym: sym, kind: .word, flags: 0))
                    i = possessive
                }
                continue
            }
            let folded = Self.punctFold(scalar)
            var one = folded
            let sym = withUnsafeBytes(of: &one) { raw in
                symbols.lookup(UnsafeBufferPointer(start: raw.bindMemory(to: UInt8.self).baseAddress, count: 1))
            }
            tokens.append(Token(start: Int32(i), end: Int32(i + width), sym: sym, kind: .punct, flags: flagSpace))
            i += width
        }
        return tokens
    }

    private func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = bytes.count
        while i < n {
            let (scalar, width) = Self.decode(bytes, i)
            if Self.isWordScalar(scalar) {
                i += width
                continue
            }
            if Self.isApostrophe(scalar), i + width < n, possessiveEnd(bytes, at: i) == nil {
                let (next, _) = Self.decode(bytes, i + width)
                if Self.isWordScalar(next) && Self.isLetter(next) {
                    i += width
                    continue
                }
            }
            break
        }
        return i
    }

    private func possessiveEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i < bytes.count else { return nil }
        let (scalar, width) = Self.decode(bytes, i)
        guard Self.isApostrophe(scalar), i + width < bytes.count else { return nil }
        let s = bytes[i + width]
        guard s == UInt8(ascii: "s") || s == UInt8(ascii: "S") else { return nil }
        let after = i + width + 1
        if after < bytes.count {
            let (next, _) = Self.decode(bytes, after)
            if Self.isWordScalar(next) { return nil }
        }
        return after
    }

    private func word(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ scratch: inout [UInt8], _ flagSpace: UInt8
    ) -> Token {
        var len = 0
        var letters = 0
        var uppers = 0
        var digits = false
        var capitalized = false
        var hash = SymbolTable.hashSeed
        let capacity = scratch.count
        let fits = scratch.withUnsafeMutableBufferPointer { out -> Bool in
            var i = start
            var first = true
            while i < end {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    var b = b0
                    if b >= 65 && b <= 90 {
                        uppers += 1
                        letters += 1
                        if first { capitalized = true }
                        b += 32
                    } else if b >= 97 && b <= 122 {
                        letters += 1
                    } else if b >= 48 && b <= 57 {
                        digits = true
                    }
                    guard len < capacity else { return false }
                    out[len] = b
                    len += 1
                    hash = SymbolTable.fold(hash, b)
                    i += 1
                    first = false
                    continue
                }
                let (scalar, width) = Self.decode(bytes, i)
                if Self.isApostrophe(scalar) {
                    guard len < capacity else { return false }
                    out[len] = 0x27
                    len += 1
                    hash = SymbolTable.fold(hash, 0x27)
                } else if scalar >= LatinFold.base && scalar < LatinFold.limit {
                    let k = Int(scalar - LatinFold.base)
                    letters += 1
                    if LatinFold.isUpper[k] {
                        uppers += 1
                        if first { capitalized = true }
                    }
                    for b in Self.foldBytes[k] {
                        guard len < capacity else { return false }
                        out[len] = b
                        len += 1
                        hash = SymbolTable.fold(hash, b)
                    }
                } else {
                    letters += 1
                    for k in 0..<width {
                        guard len < capacity else { return false }
                        out[len] = bytes[i + k]
                        len += 1
                        hash = SymbolTable.fold(hash, bytes[i + k])
                    }
                }
                first = false
                i += width
            }
            return true
        }
        // A word longer than the scratch buffer is no lexicon form: it keeps sym -1.
        let sym = fits ? scratch.withUnsafeBufferPointer { symbols.lookup(UnsafeBufferPointer(rebasing: $0[0..<len]), hash: hash) } : -1
        var flags = flagSpace
        if capitalized { flags |= TokenFlags.capitalized }
        if letters > 0 && uppers == letters && (letters > 1 || digits) { flags |= TokenFlags.allCaps }
        if digits { flags |= TokenFlags.digit }
        let kind: TokenKind = letters == 0 ? .number : .word
        return Token(start: Int32(start), end: Int32(end), sym: sym, kind: kind, flags: flags)
    }

    /// The normalized form of any span of word bytes (the slow path, for fuzzy matching and lexicons).
    public static func normalize(_ text: String) -> String {
        var out = [UInt8]()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 65 && b <= 90 ? b + 32 : b)
            } else if isApostrophe(v) {
                out.append(0x27)
            } else if v >= LatinFold.base && v < LatinFold.limit {
                out.append(contentsOf: foldBytes[Int(v - LatinFold.base)])
            } else {
                let folded = punctFold(v)
                if folded != 0 && !isWordScalar(v) { out.append(folded) } else { out.append(contentsOf: Array(String(scalar).utf8)) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes the scalar at byte `i` of valid UTF-8.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0, i + 1 < b.count { return (UInt32(b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < b.count {
            return (UInt32(b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        if i + 3 < b.count {
            return (
                UInt32(b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                    | UInt32(b[i + 3] & 0x3F), 4
            )
        }
        return (0xFFFD, 1)
    }

    static func isSpace(_ s: UInt32) -> Bool {
        s == 0x20 || s == 0x09 || s == 0x0D || s == 0x0B || s == 0x0C || s == 0xA0 || (s >= 0x2000 && s <= 0x200B)
            || s == 0x202F || s == 0x205F || s == 0x3000 || s == 0xFEFF || s == 0x85 || s == 0x2028 || s == 0x2029
    }

    static func isApostrophe(_ s: UInt32) -> Bool { s == 0x27 || s == 0x2019 || s == 0x2018 || s == 0x02BC }

    static func isLetter(_ s: UInt32) -> Bool {
        if s < 0x80 { return (s >= 65 && s <= 90) || (s >= 97 && s <= 122) }
        return isWordScalar(s)
    }

    static func isWordScalar(_ s: UInt32) -> Bool {
        if s < 0x80 { return (s >= 48 && s <= 57) || (s >= 65 && s <= 90) || (s >= 97 && s <= 122) }
        if s < 0xC0 { return s == 0xAA || s == 0xB5 || s == 0xBA }
        if s == 0xD7 || s == 0xF7 { return false }
        if s >= 0x2000 && s <= 0x2BFF { return false }
        if s >= 0x3000 && s <= 0x303F { return false }
        if s >= 0xFE00 && s <= 0xFE6F { return false }
        if s >= 0xFF00 && s <= 0xFF20 { return false }
        if s >= 0x1F000 { return false }
        if s == 0xFFFD || s == 0x02BC { return false }
        return true
    }

    /// The ASCII byte a punctuation scalar normalizes to (`?` for symbols without one).
    static func punctFold(_ s: UInt32) -> UInt8 {
        if s < 0x80 { return UInt8(s) }
        switch s {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: return 0x27
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB: return 0x22
        case 0x2010...0x2015, 0x2212: return 0x2D
        case 0x2026: return 0x2E
        default: return 0x3F
        }
    }
}
