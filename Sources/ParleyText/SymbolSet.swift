/// A set of interned symbols as a bitmap: membership is one shift and one mask, no hashing.
public struct SymbolSet: Sendable, Hashable {
    @usableFromInline var words: [UInt64] = []

    /// Creates a set of symbols (negative ids are ignored).
    public init(_ symbols: some Sequence<Int32>) {
        for s in symbols where s >= 0 { insert(s) }
    }

    /// Adds a symbol.
    public mutating func insert(_ s: Int32) {
        let w = Int(s) >> 6
        if w >= words.count { words.append(contentsOf: [UInt64](repeating: 0, count: w - words.count + 1)) }
        words[w] |= 1 << UInt64(s & 63)
    }

    /// Whether the symbol is in the set (false for -1 and ids beyond the set).
    @inlinable @inline(__always) public func contains(_ s: Int32) -> Bool {
        guard s >= 0 else { return false }
        let w = Int(s) >> 6
        return w < words.count && words[w] & (1 << UInt64(s & 63)) != 0
    }

    /// The set's symbols, in increasing order.
    public var members: [Int32] {
        var out: [Int32] = []
        for (w, bits) in words.enumerated() {
            var b = bits
            while b != 0 {
                out.append(Int32(w * 64 + b.trailingZeroBitCount))
                b &= b - 1
            }
        }
        return out
    }
}
