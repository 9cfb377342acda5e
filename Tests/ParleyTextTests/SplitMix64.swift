/// A tiny seeded generator (SplitMix64) so property tests are deterministic and reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator; the same seed always yields the same sequence.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index below `bound`.
    mutating func index(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A uniform element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[index(items.count)] }
}
