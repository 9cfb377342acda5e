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
    @inlinable @inline(__always) public mutating func insert(_ s: Int32) {
        guard s >= 0 else { return }
        // (Every word or'd with a selected bit or zero: a switch's jump per token mispredicted often.)
        let bit = UInt64(1) << UInt64(s & 63)
        let i = (s >> 6) & 3
        a |= i == 0 ? bit : 0
        b |= i == 1 ? bit : 0
        c |= i == 2 ? bit : 0
        d |= i == 3 ? bit : 0
    }

    /// Whether the two masks share a bit (their sets may share a symbol).
    @inlinable public func intersects(_ other: SymbolMask) -> Bool {
        (a & other.a) | (b & other.b) | (c & other.c) | (d & other.d) != 0
    }

    /// Whether the symbol's bit is set (the symbol may be in the set; -1 never is).
    @inlinable @inline(__always) public func mayContain(_ s: Int32) -> Bool {
        // (Words chosen by selects, not a switch: a jump per token mispredicted often.)
        let i = (s >> 6) & 3
        let low = i & 1 == 0 ? a : b
        let high = i & 1 == 0 ? c : d
        let word = i & 2 == 0 ? low : high
        return s >= 0 && word & (UInt64(1) << UInt64(s & 63)) != 0
    }

    /// Whether no symbol was added.
    @inlinable public var isEmpty: Bool { a | b | c | d == 0 }

    /// The mask with every bit set: it intersects any mask that is not empty.
    public static var full: SymbolMask {
        var m = SymbolMask()
        m.a = ~0
        m.b = ~0
        m.c = ~0
        m.d = ~0
        return m
    }
}
