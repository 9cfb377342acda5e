/// A half-open range of the input text, counted in Unicode scalars of the text as given.
///
/// While reading, the reader works on UTF-8 byte offsets; it converts every span to scalar
/// offsets once, when it renders the ``Reading``.
public struct Span: Hashable, Sendable, Comparable {
    /// The first scalar (or byte, before rendering) of the range.
    public var start: Int
    /// One past the last scalar (or byte, before rendering) of the range.
    public var end: Int

    /// Creates a span from `start` up to, not including, `end`.
    @inlinable public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of units the span covers.
    public var length: Int { end - start }

    /// The smallest span that covers both.
    public func union(_ other: Span) -> Span {
        Span(start: min(start, other.start), end: max(end, other.end))
    }

    /// Orders spans by start, then by end.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

/// Where an extracted value came from: a span of the text and the rule or lexicon row that read it.
public struct Evidence: Hashable, Sendable {
    /// The text the value was read from.
    public var span: Span
    /// The stable id of the rule or lexicon row that produced the value (e.g. `rule.round.ordinal-of`).
    public var rule: String

    /// Creates evidence for a value.
    @inlinable public init(span: Span, rule: String) {
        self.span = span
        self.rule = rule
    }
}
