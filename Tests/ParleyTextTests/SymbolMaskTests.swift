import ParleyText
import Testing

@Suite struct SymbolMaskTests {
    /// A mask never says "absent" of a symbol that is there, and rules out most symbols that are not.
    @Test func noFalseAbsence() {
        var rng = SplitMix64(seed: 7)
        var ruledOut = 0
        var absentTried = 0
        for _ in 0..<500 {
            let sentence = (0..<25).map { _ in Int32(rng.index(20_000)) }
            let mask = SymbolMask(sentence)
            for s in sentence { #expect(mask.intersects(SymbolMask([s]))) }
            let other = Int32(rng.index(20_000))
            if !sentence.contains(other) {
                absentTried += 1
                if !mask.intersects(SymbolMask([other])) { ruledOut += 1 }
            }
        }
        // 25 words set at most 25 of 256 bits: about nine absent symbols in ten are ruled out.
        #expect(Double(ruledOut) / Double(absentTried) > 0.8)
        #expect(SymbolMask().isEmpty && !SymbolMask([-1]).intersects(SymbolMask([-1])))
    }
}
