import ParleyText

/// A run of tokens that matched a lexicon form.
public struct Mention: Sendable, Equatable {
    /// First token index.
    public var start: Int32
    /// One past the last token index.
    public var end: Int32
    /// The trie node whose entries matched.
    public var node: Int32
    /// Bit i set when the node's entry i passed its case rule.
    public var mask: UInt32
    /// Bit k set when a passing entry has the kind with raw value k.
    public var kinds: UInt32 = 0
}

extension EntryKind {
    /// A bit mask of kinds, to test against ``Mention/kinds``.
    public static func mask(_ kinds: EntryKind...) -> UInt32 {
        kinds.reduce(0) { $0 | 1 << UInt32($1.rawValue) }
    }
}

extension Mention {
    /// Whether a passing entry has one of the kinds in `mask` (see ``EntryKind/mask(_:)``).
    @inlinable public func has(_ mask: UInt32) -> Bool { kinds & mask != 0 }
}

extension Lexicon {
    /// Finds the longest lexicon match starting at each position, left to right, never overlapping.
    public func mentions(in tokens: [Token]) -> [Mention] {
        var out: [Mention] = []
        out.reserveCapacity(tokens.count / 4)
        var i = 0
        while i < tokens.count {
            if let m = longest(tokens, at: i) {
                out.append(m)
                i = Int(m.end)
            } else {
                i += 1
            }
        }
        return out
    }

    /// The longest match starting at token `i`, if any.
    public func longest(_ tokens: [Token], at i: Int) -> Mention? {
        var node: Int32 = 0
        var best: Mention?
        var j = i
        while j < tokens.count, tokens[j].sym >= 0, tokens[j].kind != .newline, let next = trie.child(node, tokens[j].sym) {
            node = next
            j += 1
            guard trie.hasEntries(node) else { continue }
            let entries = trie.entries(node)
            var mask: UInt32 = 0
            var kinds: UInt32 = 0
            for (k, e) in entries.enumerated() where k < 32 && passes(e.caseRule, tokens, i, j) {
                mask |= 1 << UInt32(k)
                kinds |= 1 << UInt32(e.kind.rawValue)
            }
            if mask != 0 { best = Mention(start: Int32(i), end: Int32(j), node: node, mask: mask, kinds: kinds) }
        }
        return best
    }

    /// The entries of a mention that passed their case rule.
    public func entries(of m: Mention) -> [Entry] {
        trie.entries(m.node).enumerated().filter { m.mask & (1 << UInt32($0.offset)) != 0 }.map(\.element)
    }

    /// The first entry of a kind in a mention, if any.
    public func entry(_ m: Mention, _ kind: EntryKind) -> Entry? {
        entryIndex(m, kind).map { trie.entries(m.node)[$0] }
    }

    /// Whether a mention has an entry of a kind (`entry(_:_:) != nil`, without copying the entry).
    public func hasEntry(_ m: Mention, _ kind: EntryKind) -> Bool {
        entryIndex(m, kind) != nil
    }

    /// The index among its node's entries of a mention's first entry of a kind.
    /// (The entries are tested by their kind in place: enumerated, every entry passed over was copied, its strings
    /// retained and released.)
    @inline(__always) private func entryIndex(_ m: Mention, _ kind: EntryKind) -> Int? {
        guard m.kinds & (1 << UInt32(kind.rawValue)) != 0 else { return nil }
        let entries = trie.entries(m.node)
        for k in entries.indices where entries[k].kind == kind && m.mask & (1 << UInt32(k)) != 0 { return k }
        return nil
    }

    private func passes(_ rule: CaseRule, _ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
        switch rule {
        case .any: return true
        case .capitalized:
            return tokens[start].isCapitalized || tokens[start].kind == .number
        case .acronym:
            for t in tokens[start..<end] where t.kind == .word && !(t.isAllCaps || (t.length == 1 && t.isCapitalized)) {
                return false
            }
            return true
        }
    }
}
