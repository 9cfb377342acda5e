/// What a token is made of.
public enum TokenKind: UInt8, Sendable {
    /// Letters, possibly with digits ("Pakistan", "5th", "G20").
    case word
    /// Digits only.
    case number
    /// One punctuation or symbol character.
    case punct
    /// A line break: a hard boundary in plain-text reports.
    case newline
}

/// One token: a span of the source bytes and its interned normalized form.
public struct Token: Sendable, Equatable {
    /// First byte.
    public var start: Int32
    /// One past the last byte.
    public var end: Int32
    /// Interned normalized form (lowercased, diacritics and quotes folded), or -1 if not interned.
    public var sym: Int32
    /// The token's kind.
    public var kind: TokenKind
    /// ``TokenFlags`` bits.
    public var flags: UInt8

    /// Creates a token.
    public init(start: Int32, end: Int32, sym: Int32, kind: TokenKind, flags: UInt8) {
        self.start = start
        self.end = end
        self.sym = sym
        self.kind = kind
        self.flags = flags
    }

    /// Whether the first letter is upper case.
    @inlinable public var isCapitalized: Bool { flags & TokenFlags.capitalized != 0 }
    /// Whether every letter is upper case (and there is at least one, and more than one character).
    @inlinable public var isAllCaps: Bool { flags & TokenFlags.allCaps != 0 }
    /// Whether a space or line break stands right before the token.
    @inlinable public var hasSpaceBefore: Bool { flags & TokenFlags.spaceBefore != 0 }
    /// Whether the token contains a digit.
    @inlinable public var hasDigit: Bool { flags & TokenFlags.digit != 0 }
    /// The token's length in bytes.
    @inlinable public var length: Int { Int(end - start) }
}

/// Bits of ``Token/flags``.
public enum TokenFlags {
    /// First letter upper case.
    public static let capitalized: UInt8 = 1
    /// All letters upper case.
    public static let allCaps: UInt8 = 2
    /// Whitespace right before.
    public static let spaceBefore: UInt8 = 4
    /// Contains a digit.
    public static let digit: UInt8 = 8
}
