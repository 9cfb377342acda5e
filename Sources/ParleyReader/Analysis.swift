import ParleyLexicon
import ParleyModel
import ParleyText

/// What a sentence is, for the rules that read it.
enum Zone: UInt8 {
    /// The headline.
    case title
    /// Header lines: "Published:", bylines, a bare dateline.
    case header
    /// The story.
    case story
    /// Publisher's teasers, captions and links: never read for facts.
    case aside
}

/// One document under analysis: the text, its tokens, sentences, zones and lexicon mentions.
///
/// Stages add to it; none edits the text.
final class Analysis {
    let text: SourceText
    let tokens: [Token]
    let lines: [Line]
    let sentences: [Sentence]
    var zones: [Zone] = []
    let mentions: [Mention]
    /// Token index -> index into `mentions` (-1 when none covers it).
    let mentionAt: [Int32]
    var dates: [DateMention] = []
    var published: ISODate?
    var title: String?
    var titleSpan: Span?
    var dateline: Dateline?
    var diagnostics: [Diagnostic] = []
    /// Mechanism phrases of the title and story (computed once, after tagging).
    var phrases: [MechanismPhrase] = []
    /// People named in the story (computed once, after tagging).
    /// For each token that starts a date ("Sunday", "on Sunday", "last week"), the token after the date; -1 elsewhere.
    lazy var dateSkips: [Int32] = {
        var skips = [Int32](repeating: -1, count: tokens.count + 1)
        for d in dates where d.tokens.upperBound <= tokens.count {
            let end = Int32(d.tokens.upperBound)
            skips[d.tokens.lowerBound] = end
            if d.tokens.lowerBound > 0, sym(d.tokens.lowerBound - 1) == cues.w.on { skips[d.tokens.lowerBound - 1] = end }
        }
        return skips
    }()

    /// The country whose ministry issued the document (found once: meetings and events both ask).
    lazy var issuer: String? = issuingCountry()
    var persons: [PersonMention] = [] {
        didSet {
            inName = [Bool](repeating: false, count: tokens.count)
            for p in persons { for k in p.nameTokens { inName[k] = true } }
        }
    }
    /// Tokens inside a person's name ("Bharat" in "Bharat Raj Paudyal" is no country).
    var inName: [Bool] = []
    /// Indices of story sentences (computed once, after segmenting).
    var storySentences: [Int] = []
    let lexicon: Lexicon
    let cues: Cues

    init(text: SourceText, tokens: [Token], lexicon: Lexicon, cues: Cues) {
        self.text = text
        self.tokens = tokens
        self.lexicon = lexicon
        self.cues = cues
        (lines, sentences) = SentenceSplitter.split(text, tokens)
        mentions = lexicon.mentions(in: tokens)
        var at = [Int32](repeating: -1, count: tokens.count)
        for (n, m) in mentions.enumerated() {
            for k in Int(m.start)..<Int(m.end) { at[k] = Int32(n) }
        }
        mentionAt = at
    }

    /// The symbol of token `i` (-1 out of range).
    @inline(__always) func sym(_ i: Int) -> Int32 { i >= 0 && i < tokens.count ? tokens[i].sym : -1 }

    /// The token at `i`, or a blank punctuation token past either end of the document: rules read a neighbour's kind or
    /// case at `k - 1` or `k + 1`, which falls outside at the first or last token ("demanded that France …" opening a text).
    @inline(__always) func token(_ i: Int) -> Token { i >= 0 && i < tokens.count ? tokens[i] : Self.blankToken }
    static let blankToken = Token(start: 0, end: 0, sym: -1, kind: .punct, flags: 0)

    /// The token range of sentence `si`.
    /// (Always inlined, through a function of its own: the event stage's largest functions are past the size at which the
    /// optimizer stops inlining into them, and there an array read of `sentences` or `tokens` was a call.)
    @inline(__always) func tokenRange(_ si: Int) -> Range<Int> { sentences[si].tokens }

    /// The compact facts of verb pattern `p` (always inlined, for the same reason).
    @inline(__always) func verbFacts(_ p: Int) -> VerbFacts { lexicon.verbFacts[p] }

    /// Whether token `k` (longer than its suffix plus one letter) ends in `suffix`, ignoring case.
    /// (Always inlined, the literal's length and bytes fold into the test: through the literal's buffer closure, the test
    /// was a call of its own for every word.)
    @inline(__always) func ends(_ k: Int, _ suffix: StaticString) -> Bool {
        // (Rules look a word or two past a sentence's end; past the document's is no word.)
        guard k >= 0, k < tokens.count else { return false }
        let t = tokens[k]
        let n = suffix.utf8CodeUnitCount
        guard t.length > n + 1 else { return false }
        let sb = suffix.utf8Start
        let end = Int(t.end)
        return text.bytes.withUnsafeBufferPointer { b in
            for i in 0..<n where b[end - n + i] | 0x20 != sb[i] { return false }
            return true
        }
    }

    /// The source text of tokens `range`.
    func string(_ range: Range<Int>) -> String {
        // (A rule's phrase may reach past the document's last token: it ends there.)
        let range = range.clamped(to: 0..<tokens.count)
        guard !range.isEmpty else { return "" }
        return text.string(Int(tokens[range.lowerBound].start), Int(tokens[range.upperBound - 1].end))
    }

    /// The byte span of tokens `range`.
    func span(_ range: Range<Int>) -> Span {
        Span(start: Int(tokens[range.lowerBound].start), end: Int(tokens[range.upperBound - 1].end))
    }

    /// The mention that starts at token `i`, if any.
    func mention(startingAt i: Int) -> Mention? {
        guard i >= 0, i < mentionAt.count, mentionAt[i] >= 0 else { return nil }
        let m = mentions[Int(mentionAt[i])]
        return Int(m.start) == i ? m : nil
    }

    /// The mention covering token `i`, if any.
    func mention(covering i: Int) -> Mention? {
        guard i >= 0, i < mentionAt.count, mentionAt[i] >= 0 else { return nil }
        return mentions[Int(mentionAt[i])]
    }

    /// The lexicon entry of a kind for the mention starting at token `i`.
    func entry(at i: Int, _ kind: EntryKind) -> (Mention, Entry)? {
        guard let m = mention(startingAt: i), let e = lexicon.entry(m, kind) else { return nil }
        return (m, e)
    }

    static let countryKinds = EntryKind.mask(.country, .countryAdjective, .ministry)

    /// The country a mention starting at `i` names: by name, adjective or ministry.
    func country(at i: Int) -> (iso3: String, mention: Mention)? {
        guard let m = mention(startingAt: i), m.has(Self.countryKinds) else { return nil }
        if let e = lexicon.entry(m, .country) ?? lexicon.entry(m, .countryAdjective) ?? lexicon.entry(m, .ministry) {
            return (lexicon.countries[Int(e.row)].iso3, m)
        }
        return nil
    }

    /// The city a mention starting at `i` names.
    func city(at i: Int) -> (city: City, mention: Mention)? {
        guard let (m, e) = entry(at: i, .city) else { return nil }
        return (lexicon.cities[Int(e.row)], m)
    }

    /// Whether token `i` is one of `set`.
    @inline(__always) func isAny(_ i: Int, _ set: SymbolSet) -> Bool { set.contains(sym(i)) }
    /// The agents.tsv row of the noun of an actor at token `i` ("police", "drones", "floods"), if it is one (one bit test
    /// before the dictionary).
    @inline(__always) func agentNounRow(at i: Int) -> Int? {
        lexicon.agentNounSet.contains(sym(i)) ? lexicon.agentNouns[sym(i)] : nil
    }

    /// Whether token `i` is a natural or accidental cause (`agents.tsv` kind `disaster`: "floods", "cyclone").
    func isDisaster(_ i: Int) -> Bool {
        agentNounRow(at: i).map { lexicon.agents[$0].kind == .disaster } == true
    }


    /// Whether a negation ("not", "never", "failed", "refused") stands within three tokens before token `k`.
    func negated(_ k: Int, _ r: Range<Int>) -> Bool {
        // ("would not hesitate to declare a state of emergency": a hesitation denied is the act ahead.)
        if k - 3 >= r.lowerBound, sym(k - 1) == cues.w.to_, isAny(k - 2, cues.hesitation), isAny(k - 3, cues.negations) { return false }
        var j = k - 1
        while j >= max(r.lowerBound, k - 3) {
            if isAny(j, cues.negations) { return true }
            j -= 1
        }
        // ("said no foreign warships had entered the waters": "no" opening the subject, a few words before the verb, with
        // no comma or clause word between.)
        while j >= max(r.lowerBound, k - 6) {
            if tokens[j].kind != .word || isAny(j, cues.clauseBreaks) || sym(j) == cues.w.that { return false }
            if sym(j) == cues.no { return true }
            j -= 1
        }
        return false
    }

    /// The sentence index containing token `i`.
    func sentenceIndex(ofToken i: Int) -> Int? {
        var lo = 0
        var hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = sentences[mid].tokens
            if i < r.lowerBound { hi = mid - 1 } else if i >= r.upperBound { lo = mid + 1 } else { return mid }
        }
        return nil
    }
}

/// A dateline at the head of the story: "ISLAMABAD, Jan 11 (APP):".
struct Dateline {
    var city: City?
    var date: DateMention?
    var span: Span
    /// The first token of the story after the dateline.
    var storyStart: Int
}
