import ParleyText

/// A trie over interned token forms mapping token sequences to lexicon entries.
public struct TokenTrie: Sendable {
    private var children: [UInt64: Int32] = [:]
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
            let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: s))
            if let next = children[key] {
                node = next
            } else {
                let next = Int32(payloads.count)
                payloads.append([])
                children[key] = next
                node = next
            }
        }
        if !payloads[Int(node)].contains(entry) { payloads[Int(node)].append(entry) }
    }

    /// The child of a node along a symbol, if any.
    @inline(__always)
    public func child(_ node: Int32, _ sym: Int32) -> Int32? {
        children[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: sym))]
    }

    /// The entries ending at a node.
    @inline(__always)
    public func entries(_ node: Int32) -> [Entry] { payloads[Int(node)] }
}
