import ParleyText

/// A trie over interned token forms mapping token sequences to lexicon entries.
///
/// Edges live in one open-addressing table keyed by (node, symbol) with a multiplicative hash:
/// a lookup is a multiply, a shift and usually one probe.
public struct TokenTrie: Sendable {
    private var keys: [UInt64] = [UInt64](repeating: .max, count: 1 << 12)
    private var values: [Int32] = [Int32](repeating: -1, count: 1 << 12)
    private var edges = 0
    private var shift: UInt64 = 64 - 12
    private var payloads: [[Entry]] = [[]]
    /// The number of nodes.
    public var nodeCount: Int { payloads.count }

    /// Creates an empty trie.
    public init() {}

    /// Adds a token-form sequence with its entry.
    public mutating func insert(_ syms: [Int32], _ entry: Entry) {
        guard !syms.isEmpty else { return }
        var node: Int32 = 0
        for s in syms {
            if let next = child(node, s) {
                node = next
            } else {
                let next = Int32(payloads.count)
                payloads.append([])
                put(Self.key(node, s), next)
                node = next
            }
        }
        if !payloads[Int(node)].contains(entry) { payloads[Int(node)].append(entry) }
    }

    /// The child of a node along a symbol, if any.
    @inline(__always)
    public func child(_ node: Int32, _ sym: Int32) -> Int32? {
        let k = Self.key(node, sym)
        let mask = keys.count - 1
        var i = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let stored = keys[i]
            if stored == k { return values[i] }
            if stored == .max { return nil }
            i = (i + 1) & mask
        }
    }

    /// The entries ending at a node.
    @inline(__always)
    public func entries(_ node: Int32) -> [Entry] { payloads[Int(node)] }

    @inline(__always)
    private static func key(_ node: Int32, _ sym: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: sym))
    }

    private mutating func put(_ k: UInt64, _ v: Int32) {
        if (edges + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[i] != .max { i = (i + 1) & mask }
        keys[i] = k
        values[i] = v
        edges += 1
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: .max, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        shift -= 1
        edges = 0
        for (k, v) in zip(oldKeys, oldValues) where k != .max { put(k, v) }
    }
}
