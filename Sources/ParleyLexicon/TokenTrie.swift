import ParleyText

/// A trie over interned token forms mapping token sequences to lexicon entries.
///
/// Edges live in one open-addressing table keyed by (node, symbol) with a multiplicative hash:
/// a lookup is a multiply, a shift and usually one probe. Two bit sets small enough to stay in the
/// first-level cache answer the common questions without touching the table: whether a symbol starts
/// any sequence (most words of a text start none), and whether a node ends one.
public struct TokenTrie: Sendable {
    /// One edge: its (node, symbol) key and the child node, in one 16-byte slot (a probe reads one cache line).
    private struct Slot {
        var key: UInt64 = .max
        var value: Int32 = -1
    }

    private var slots: [Slot] = [Slot](repeating: Slot(), count: 1 << 12)
    private var edges = 0
    private var shift: UInt64 = 64 - 12
    private var payloads: [[Entry]] = [[]]
    /// Bit `s` is set when symbol `s` labels an edge from the root.
    private var rootSymbols: [UInt64] = []
    /// Bit `n` is set when node `n` has entries.
    private var entryNodes: [UInt64] = [0]
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
                if payloads.count > entryNodes.count * 64 { entryNodes.append(0) }
                if node == 0, s >= 0 {
                    while Int(s) >= rootSymbols.count * 64 { rootSymbols.append(0) }
                    rootSymbols[Int(s) >> 6] |= 1 << UInt64(s & 63)
                }
                put(Self.key(node, s), next)
                node = next
            }
        }
        if !payloads[Int(node)].contains(entry) { payloads[Int(node)].append(entry) }
        entryNodes[Int(node) >> 6] |= 1 << UInt64(node & 63)
    }

    /// The child of a node along a symbol, if any.
    @inline(__always)
    public func child(_ node: Int32, _ sym: Int32) -> Int32? {
        if node == 0 {
            let word = Int(sym) >> 6
            guard sym >= 0, word < rootSymbols.count, rootSymbols[word] & (1 << UInt64(sym & 63)) != 0 else { return nil }
        }
        let k = Self.key(node, sym)
        let mask = slots.count - 1
        var i = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let stored = slots[i]
            if stored.key == k { return stored.value }
            if stored.key == .max { return nil }
            i = (i + 1) & mask
        }
    }

    /// Whether any entry ends at a node (read from a bit set, not from the node's entry list).
    @inline(__always)
    public func hasEntries(_ node: Int32) -> Bool {
        entryNodes[Int(node) >> 6] & (1 << UInt64(node & 63)) != 0
    }

    /// The entries ending at a node.
    @inline(__always)
    public func entries(_ node: Int32) -> [Entry] { payloads[Int(node)] }

    @inline(__always)
    private static func key(_ node: Int32, _ sym: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: sym))
    }

    private mutating func put(_ k: UInt64, _ v: Int32) {
        if (edges + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = Int((k &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[i].key != .max { i = (i + 1) & mask }
        slots[i] = Slot(key: k, value: v)
        edges += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        edges = 0
        for s in old where s.key != .max { put(s.key, s.value) }
    }
}
