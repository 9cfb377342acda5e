import ParleyText

/// One CAMEO code with what the reference tables say of it.
public struct CameoCode: Sendable, Hashable {
    /// The code, leading zeros kept.
    public var code: String
    /// Its two-digit root.
    public var root: String
    /// Short label.
    public var label: String
    /// Goldstein score.
    public var goldstein: Double
    /// Quad class of the root, as the reference table gives it.
    public var quad: Int
    /// PLOVER event type, or nil for codes PLOVER does not type (public statements).
    public var plover: String?
}

/// The facts of a verb pattern the coder reads per match, with no references: reading one from an array copies
/// sixteen bytes, where reading a `VerbPattern` retains and releases its strings and arrays.
public struct VerbFacts: Sendable, Hashable {
    public var code: ShortCode
    /// The CAMEO root as a number (4 for "040").
    public var root: Int
    public var low: Bool
    public var visit: Bool
    /// The row codes only a refusal (`VerbPattern.refusalOnly`).
    public var refusal: Bool = false
    /// The row codes nothing (flag `block`): its words look like its code's act but are none ("blamed human error" is no
    /// accusation), and the rows its match overlaps are not read there.
    public var blocks: Bool = false
}

/// One verb pattern as a candidate at one of its first words: what the matcher tests before it reads the pattern
/// itself. (The candidates lie in one array, a word's side by side: reading a `VerbPattern` per candidate followed
/// four pointers, each a likely cache miss, and most candidates fail these tests.)
public struct VerbCandidate: Sendable {
    /// Index into `verbPatterns`.
    public var pattern: Int32
    /// Where the pattern's elements start in `Lexicon.verbElements` (`elementCount` of them): read there, in place, the
    /// pattern itself is not loaded to match.
    public var elementStart: Int32
    /// The CAMEO root as a number.
    public var root: Int16
    /// Number of elements.
    public var elementCount: Int16
    /// The pattern's `specificity`.
    public var specificity: Int16
    /// `Flags` bits.
    public var flags: UInt8
    // (The mask of the last element's forms is `Lexicon.verbCandidateMasks`, at the candidate's index.)
    /// The last element's forms when there are at most eight (the rest -2, no symbol): with `Flags.fewLast` the
    /// scan for the last word compares each token with these and never reads the pattern. With more, the first two
    /// give where they stand in `Lexicon.verbLastForms` (`manyLast`).
    public var lastForms: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32)

    /// Where the last element's forms stand in `Lexicon.verbLastForms`, for a candidate without `Flags.fewLast` or
    /// `Flags.placeLast` and with more than one element (empty for one of a single element).
    @inlinable @inline(__always) public var manyLast: Range<Int> { Int(lastForms.0)..<Int(lastForms.0) + Int(lastForms.1) }

    /// Whether `s` is one of `lastForms`. (Eight scalar comparisons: the standard SIMD types' lane comparison went
    /// through memory lane by lane and cost more than the pointer reads it replaced.)
    @inlinable @inline(__always) public func lastFormsContain(_ s: Int32) -> Bool {
        let f = lastForms
        return f.0 == s || f.1 == s || f.2 == s || f.3 == s || f.4 == s || f.5 == s || f.6 == s || f.7 == s
    }

    public enum Flags {
        /// The word is a base form the loader derived for this pattern (`VerbPattern.derivedForms`).
        public static let derived: UInt8 = 1
        /// The word is a present form the loader derived for this pattern (`VerbPattern.presentForms`).
        public static let present: UInt8 = 2
        /// The pattern is flagged `claimed`.
        public static let claimedOnly: UInt8 = 4
        /// The pattern codes 045 (mediation).
        public static let mediation: UInt8 = 8
        /// `lastForms` holds all the last element's forms.
        public static let fewLast: UInt8 = 16
        /// The word is an "-ing" form the loader derived for this pattern (`VerbPattern.progressiveForms`).
        public static let progressive: UInt8 = 32
        /// The last element is `@place`: no word to scan for, a place's name to read.
        public static let placeLast: UInt8 = 64
    }

    @inlinable @inline(__always) public func has(_ flag: UInt8) -> Bool { flags & flag != 0 }
}

/// One element of a verb pattern: the token forms it accepts, a gap, or a place's name.
public struct PatternElement: Sendable, Hashable {
    /// Accepted symbols (empty for a gap or a place).
    public var forms: SymbolSet
    /// Whether this element skips up to four tokens.
    public var isGap: Bool
    /// Whether this element (`@place`, last in a pattern) reads the name of a city or place of the cities lexicon: "struck
    /// Kharkiv", "captured Avdiivka".
    public var isPlace: Bool = false
    /// The forms' bits in a 256-bit mask, to rule an element out of a sentence whose mask lacks them all.
    public var mask = SymbolMask()
}

/// A verb pattern row: the tokens that code one CAMEO event.
public struct VerbPattern: Sendable, Hashable {
    /// Stable row id (`v.040.met`).
    public var id: String
    /// CAMEO code.
    public var code: ShortCode
    /// Elements; the first is the verb the event hangs on.
    public var elements: [PatternElement]
    /// How to find the target: "after", "none", or a preposition ("with", "to", "on", …).
    public var target: String
    /// The interned preposition of `target` (nil for "after" and "none").
    public var targetSymbol: Int32?
    /// Both directions for compound or paired actors.
    public var pair: Bool
    /// Visit: 042 visitor->host plus 043 back.
    public var visit: Bool
    /// Host: 043 host->guest plus 042 back.
    public var host: Bool
    /// Dropped when the sentence codes anything else.
    public var low: Bool
    /// Passive order, object first ("diplomats were expelled by X"): the target is the actor at the first
    /// element, the source follows "by".
    public var passive: Bool = false
    /// The actor after the row's preposition did the act to the subject ("received a call from X": X -> subject).
    public var reverse: Bool = false
    /// A noun row that codes only when "during", "on", "after" or "while" frames it ("during talks with X").
    public var framed: Bool = false
    /// A cooperative act that codes only refused or negated after a modal ("would not attend", "will not renew"): said
    /// outright, the words are too loose to code ("attended the ceremony", "the law allows").
    public var refusalOnly: Bool = false
    /// A bare noun of violence that codes only after "claimed responsibility for" ("claimed responsibility for the
    /// attack"): alone, "the attack" is too loose to code.
    public var claimedOnly: Bool = false
    /// A reaction that codes only when a hostile act is named within a few words after it ("would respond to the
    /// expulsion of 15 diplomats"): "would respond to the proposal" is no threat.
    public var hostileOnly: Bool = false
    /// A verb that codes only when a person stands right after it ("received Ecuador's Daniel Noboa"): with a thing
    /// after it ("received aid from Japan") the words are no meeting.
    public var personOnly: Bool = false
    /// A noun row whose words make a clause of their own ("Pakistan's position … remains unchanged"): the possessive
    /// before its first word names the actor, as a subject would.
    public var ownerActs: Bool = false
    /// A third party's talks "between" two others (045 to each): the two also meet each other, both ways ("hosted indirect
    /// talks between Iran and the United States" is IRN↔USA 046 too).
    public var betweenMeet: Bool = false
    /// Base forms the loader derived for the first element ("arrest" from "arrested"): they code only after a modal
    /// or "to", even where another row lists the same word itself.
    /// (A short list: a row derives one or two forms, and a bitmap per row would span the symbol table.)
    public var derivedForms: [Int32] = []
    /// Third-person present forms the loader derived ("expels"): they code only as a headline's verb, right after a
    /// name, even where another row lists the same word itself ("talks").
    public var presentForms: [Int32] = []
    /// "-ing" forms the loader derived ("shipping"): they code only after a form of "be", even where another row lists
    /// the same word itself.
    public var progressiveForms: [Int32] = []
    /// The mask of the last element's forms (a pattern of several elements codes only where one of them stands).
    public var lastMask = SymbolMask()
    /// Number of non-gap elements: more specific patterns win overlaps.
    public var specificity: Int
    /// The CAMEO root as a number (4 for "040").
    public var root: Int
    /// The reference facts of `code`.
    public var cameo: CameoCode
}
