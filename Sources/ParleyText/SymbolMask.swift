/// A 256-bit summary of a few symbols (each sets the bit of its low eight bits): when two masks share no bit, the
/// sets share no symbol; when they do, they may. A sentence's mask against a pattern's rules most patterns out
/// without a lookup per word.
public struct SymbolMask: Sendable, Hashable {
    @usableFromInline var a: UInt64 = 0
    @usableFromInline var b: UInt64 = 0
    @usableFromInline var c: UInt64 = 0
    @usableFromInline var d: UInt64 = 0

    /// The empty mask.
    public init() {}

    /// The mask of some symbols (negative ids are ignored).
    public init(_ symbols: some Sequence<Int32>) {
        for s in symbols { insert(s) }
    }

    /// Adds a symbol's bit.
    @inlinable public mutating func insert(_ s: Int32) {
        guard s >= 0 else { return }
        let bit = UInt64(1) << UInt64(s & 63)
        switch (s >> 6) & 3 {
        case 0: a |= bit
        case 1: b |= bit
        case 2: c |= bit
        default: d |= bit
        }
    }

    /// Whether the two masks share a bit (their sets may share a symbol).
    @inlinable public func intersects(_ other: SymbolMask) -> Bool {
        (a & other.a) | (b & other.b) | (c & other.c) | (d & other.d) != 0
    }

    /// Whether no symbol was added.
    @inlinable public var isEmpty: Bool { a | b | c | d == 0 }
}
