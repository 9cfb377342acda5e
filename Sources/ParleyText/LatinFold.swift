/// Diacritic folding for U+00C0..<U+0250 (Latin-1 Supplement, Latin Extended-A and -B): ASCII lowercase form.
enum LatinFold {
    /// First scalar covered.
    static let base: UInt32 = 0xC0
    /// One past the last scalar covered.
    static let limit: UInt32 = 0x250
    /// Folded forms; an empty form marks a symbol, not a letter.
    static let forms: [String] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
        "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
        "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
        "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
        "o", "o", "", "", "", "", "", "", "", "", "", "", "", "", "", "u",
        "u", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
        "", "", "", "", "dz", "dz", "dz", "lj", "lj", "lj", "nj", "nj", "nj", "a", "a", "i",
        "i", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "", "a", "a",
        "a", "a", "", "", "", "", "g", "g", "k", "k", "o", "o", "o", "o", "", "",
        "j", "dz", "dz", "dz", "g", "g", "", "", "n", "n", "a", "a", "", "", "", "",
        "a", "a", "a", "a", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o",
        "r", "r", "r", "r", "u", "u", "u", "u", "s", "s", "t", "t", "", "", "h", "h",
        "", "", "", "", "", "", "a", "a", "e", "e", "o", "o", "o", "o", "o", "o",
        "o", "o", "y", "y", "", "", "", "", "", "", "", "", "", "", "", "",
        "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
    ]
    /// Whether the scalar is an upper-case letter.
    static let isUpper: [Bool] = [
        true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true,
        true, true, true, true, true, true, true, false, true, true, true, true, true, true, true, false,
        false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
        true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false,
        true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false,
        true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false,
        true, false, true, false, true, false, true, false, false, true, false, true, false, true, false, true,
        false, true, false, true, false, true, false, true, false, false, true, false, true, false, true, false,
        true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false,
        true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false,
        true, false, true, false, true, false, true, false, true, true, false, true, false, true, false, false,
        false, true, true, false, true, false, true, true, false, true, true, true, false, false, true, true,
        true, true, false, true, true, false, true, true, true, false, false, false, true, true, false, true,
        true, false, true, false, true, false, true, true, false, true, false, false, true, false, true, true,
        false, true, true, true, false, true, false, true, true, false, false, false, true, false, false, false,
        false, false, false, false, true, false, false, true, false, false, true, false, false, true, false, true,
        false, true, false, true, false, true, false, true, false, true, false, true, false, false, true, false,
        true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false,
        false, true, false, false, true, false, true, true, true, false, true, false, true, false, true, false,
        true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false,
        true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false,
        true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false,
        true, false, true, false, false, false, false, false, false, false, true, true, false, true, true, false,
        false, true, false, true, true, true, true, false, true, false, true, false, true, false, true, false,
    ]
}
