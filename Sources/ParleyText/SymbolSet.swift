/// A set of interned symbols. Up to sixteen symbols are listed, two to a word (a test reads one or a few words that lie
/// together); a larger set is a bitmap over the symbol ids (a test is one shift and one mask).
///
/// (Every set was a bitmap once: the verb rows' 2,192 element sets spanned 3 MB and the cue sets 532 KB, most of them a
/// few words scattered over 20,000 ids, and a document's tests touched lines all over them.)
public struct SymbolSet: Sendable, Hashable {
    /// Listed: members in increasing order, two per word (low half first), an unused half `UInt32.max`. Bitmap: bit
    /// `s & 63` of word `s >> 6`.
    @usableFromInline var words: [UInt64] = []
    /// Whether `words` lists members (at most `listLimit` of them) rather than a bitmap; a set is listed exactly when it
    /// has at most `listLimit` members.
    @usableFromInline var listed = true

    /// The most members a set lists.
    @usableFromInline static let listLimit = 16

    /// Creates a set of symbols (negative ids are ignored).
    public init(_ symbols: some Sequence<Int32>) {
        for s in symbols where s >= 0 { insert(s) }
    }

    /// Adds a symbol (a negative id is ignored).
    public mutating func insert(_ s: Int32) {
        guard s >= 0, !contains(s) else { return }
        if listed {
            var all = members
            if all.count < Self.listLimit {
                all.append(s)
                all.sort()
                words = Self.packed(all)
                return
            }
            // The seventeenth member: the set becomes a bitmap.
            listed = false
            words = []
            for m in all { setBit(m) }
        }
        setBit(s)
    }

    private mutating func setBit(_ s: Int32) {
        let w = Int(s) >> 6
        if w >= words.count { words.append(contentsOf: [UInt64](repeating: 0, count: w - words.count + 1)) }
        words[w] |= 1 << UInt64(s & 63)
    }

    private static func packed(_ sorted: [Int32]) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity((sorted.count + 1) / 2)
        var i = 0
        while i < sorted.count {
            let low = UInt64(UInt32(sorted[i]))
            let high = i + 1 < sorted.count ? UInt64(UInt32(sorted[i + 1])) : UInt64(UInt32.max)
            out.append(low | high << 32)
            i += 2
        }
        return out
    }

    /// Whether the symbol is in the set (false for -1 and ids beyond the set).
    @inlinable public func contains(_ s: Int32) -> Bool {
        guard s >= 0 else { return false }
        if listed {
            let x = UInt64(UInt32(s))
            for w in words where w & 0xFFFF_FFFF == x || w >> 32 == x { return true }
            return false
        }
        let w = Int(s) >> 6
        return w < words.count && words[w] & (1 << UInt64(s & 63)) != 0
    }

    /// The set's symbols, in increasing order.
    public var members: [Int32] {
        var out: [Int32] = []
        if listed {
            for w in words {
                out.append(Int32(UInt32(truncatingIfNeeded: w)))
                if w >> 32 != UInt64(UInt32.max) { out.append(Int32(UInt32(truncatingIfNeeded: w >> 32))) }
            }
            return out
        }
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
