import Foundation
import ParleyText

/// Why the lexicon could not be loaded.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    /// The problems found, with file, line and column.
    public var diagnostics: [LexiconDiagnostic]
    /// All problems, one a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Parley's compiled lexicons: every vocabulary loaded from TSV and compiled into one token trie.
public struct Lexicon: Sendable {
    /// Interned normalized forms of every lexicon token (and of words the reader registers).
    public internal(set) var symbols = SymbolTable()
    /// Token sequences -> entries.
    public internal(set) var trie = TokenTrie()
    /// Countries, by entry row.
    public internal(set) var countries: [Country] = []
    /// Cities (capitals included), by entry row.
    public internal(set) var cities: [City] = []
    /// Titles and honorifics, by entry row.
    public internal(set) var titles: [Title] = []
    /// Topic taxonomy.
    public internal(set) var topics: [Labelled] = []
    /// Regions and conflicts.
    public internal(set) var regions: [Labelled] = []
    /// Multilateral forums (detail: full name).
    public internal(set) var forums: [Labelled] = []
    /// Named mechanisms (detail: meeting kind).
    public internal(set) var mechanisms: [Labelled] = []
    /// Head nouns of mechanism names (detail: meeting kind).
    public internal(set) var mechanismHeads: [Labelled] = []
    /// Officials who recur.
    public internal(set) var people: [KnownPerson] = []
    /// Named organisations and sector head nouns (event actors).
    public internal(set) var agents: [Agent] = []
    /// Symbol of a one-token agent noun -> index into `agents`.
    public internal(set) var agentNouns: [Int32: Int] = [:]
    /// Symbols of agent nouns (checked before the dictionary).
    public internal(set) var agentNounSet = SymbolSet([Int32]())
    /// Symbols of verb-pattern words and agent nouns: never targets of spelling correction
    /// ("reported" is no typo of "deported", "shilling" none of "shelling").
    public internal(set) var eventWords = Set<Int32>()
    /// CAMEO code -> reference facts.
    public internal(set) var cameo: [String: CameoCode] = [:]
    /// Verb patterns for event coding.
    public internal(set) var verbPatterns: [VerbPattern] = []
    /// `verbPatterns`' code, root and flags, index for index (cheap to read per match).
    public internal(set) var verbFacts: [VerbFacts] = []
    /// First-element symbol -> indices into `verbPatterns`.
    public internal(set) var verbIndex: [Int32: [Int]] = [:]
    /// `verbIndex` flattened: a first word's candidates are `verbCandidates[verbCandidateStart[s]..<verbCandidateStart[s + 1]]`
    /// (in `verbIndex`'s order), for every symbol up to the highest key.
    public internal(set) var verbCandidates: [VerbCandidate] = []
    /// Each candidate's last-element mask (`VerbPattern.lastMask`; every bit set for a one-word pattern), packed apart from
    /// the candidates: the first test of every candidate reads 32 bytes, not the candidate itself (a common first word,
    /// "announced", has 150 candidates).
    public internal(set) var verbCandidateMasks: [SymbolMask] = []
    public internal(set) var verbCandidateStart: [Int32] = []
    /// The last element's forms of every candidate with more than eight, one after another: such a candidate's are
    /// `verbLastForms[c.manyLast]`.
    public internal(set) var verbLastForms: [Int32] = []
    /// Every verb pattern's elements, one pattern after another (`VerbCandidate.elementStart`).
    public internal(set) var verbElements: [PatternElement] = []
    /// Every symbol `verbIndex` has candidates for: a token not in it starts no pattern (one bit test per token).
    public internal(set) var verbKeys = SymbolSet([Int32]())
    /// Symbols that start some verb pattern (checked before the index), but for the nouns that start only `claimed` or
    /// `owner` rows.
    public internal(set) var verbFirst = SymbolSet([Int32]())
    /// First words of rows flagged `claimed` ("attack", "bombing"): nouns, so kept out of `verbFirst`, which other
    /// rules read as "a verb stands here".
    public internal(set) var claimedFirst = SymbolSet([Int32]())
    /// First words of rows flagged `owner` ("position", "relations"): nouns as well, kept out of `verbFirst`.
    public internal(set) var ownerFirst = SymbolSet([Int32]())
    /// Base forms derived from listed past forms ("expel" from "expelled"): they code only after a modal or "to".
    public internal(set) var baseVerbForms = SymbolSet([Int32]())
    /// Every base form derived from a pattern's past-tense verb, listed explicitly by another row or not ("launch" of
    /// "launched … railway", though a missile row lists the noun "launch"): a headline's verb after two names.
    public internal(set) var derivedBaseForms = SymbolSet([Int32]())
    /// Third-person present forms derived the same way ("expels", "scraps"): headline verbs, which code only right
    /// after a name ("Beijing scraps …", "Erdogan orders …").
    public internal(set) var presentVerbForms = SymbolSet([Int32]())
    /// Every derived present form, listed by some row or not ("talks", derived from "talked"): a row that derived it
    /// codes it only as a headline's verb.
    public internal(set) var derivedPresent = SymbolSet([Int32]())
    /// "-ing" forms derived the same way that no row lists ("shipping" from "shipped"): they code only after a form of
    /// "be" ("the Pentagon is shipping shells to Kyiv"), where they are a verb and not a noun or an adjective.
    public internal(set) var progressiveVerbForms = SymbolSet([Int32]())
    /// Every derived "-ing" form, listed by some row or not: a row that derived it codes it only after "be".
    public internal(set) var derivedProgressive = SymbolSet([Int32]())
    /// ISO3 -> index into `countries`.
    public internal(set) var countryIndex: [String: Int] = [:]
    /// Notes about data that loaded but deserves a look (duplicate forms and the like).
    public internal(set) var warnings: [LexiconDiagnostic] = []

    /// The folder holding the shipped data files (`PARLEY_LEXICON_DIR` overrides it).
    public static func defaultDirectory() -> String {
        if let dir = ProcessInfo.processInfo.environment["PARLEY_LEXICON_DIR"], !dir.isEmpty { return dir }
        let candidates = [Bundle.module.resourceURL, Bundle.module.bundleURL.appendingPathComponent("Resources")]
            .compactMap { $0 }.flatMap { [$0.appendingPathComponent("Resources"), $0] }
        let found = candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("countries.tsv").path) }
        return (found ?? candidates[0]).path
    }

    /// Loads and compiles every data file in `directory`; throws with every problem found.
    public static func load(directory: String = Lexicon.defaultDirectory()) throws -> Lexicon {
        var builder = LexiconBuilder()
        for file in LexiconBuilder.files {
            let path = (directory as NSString).appendingPathComponent(file.name)
            guard let data = FileManager.default.contents(atPath: path) else {
                builder.errors.append(.init(file: file.name, line: 0, column: 0, message: "cannot read \(path)"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                builder.errors.append(.init(file: file.name, line: 0, column: 0, message: "not UTF-8"))
                continue
            }
            builder.add(file: file.name, text: text, required: file.columns)
        }
        builder.addCalendar()
        guard builder.errors.isEmpty else { throw LexiconError(diagnostics: builder.errors) }
        return builder.lexicon
    }

    /// Interns extra word forms (the reader's cue words) so tokens carry their ids.
    public mutating func intern(_ forms: [String]) -> [Int32] {
        forms.map { symbols.intern(Tokenizer.normalize($0)) }
    }

    /// The symbol of an interned form, or -1.
    public func sym(_ form: String) -> Int32 { symbols.lookup(Tokenizer.normalize(form)) }
}
