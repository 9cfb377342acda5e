import ParleyText
import Testing

@Suite struct SymbolSetTests {
    /// Sets of every size answer exactly as a Swift `Set` does and list their members in order.
    @Test func membershipMatchesASet() {
        var rng = SplitMix64(seed: 11)
        for size in 0..<40 {
            for _ in 0..<20 {
                let symbols = (0..<size).map { _ in Int32(rng.index(25_000)) }
                let set = SymbolSet(symbols)
                let reference = Set(symbols)
                #expect(set.members == reference.sorted())
                for s in symbols { #expect(set.contains(s)) }
                for _ in 0..<50 {
                    let probe = Int32(rng.index(25_000))
                    #expect(set.contains(probe) == reference.contains(probe))
                }
                #expect(!set.contains(-1))
                #expect(!set.contains(Int32.max))
            }
        }
    }

    /// Insertion order and repeats do not change a set: the same members make an equal set.
    @Test func sameMembersEqualSets() {
        for size in [0, 1, 2, 15, 16, 17, 18, 60] {
            let symbols = (0..<size).map { Int32($0 * 997 % 20_011) }
            var forward = SymbolSet([Int32]())
            for s in symbols { forward.insert(s) }
            var backward = SymbolSet([Int32]())
            for s in symbols.reversed() { backward.insert(s); backward.insert(s) }
            #expect(forward == backward)
            #expect(forward.members.count == size)
            #expect(SymbolSet([-1, -5]) == SymbolSet([Int32]()))
        }
    }
}
