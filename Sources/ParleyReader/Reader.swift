import ParleyLexicon
import ParleyModel
import ParleyText

/// Why a document could not be read.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not text.
    case decoding(TextDecodingError)
    /// The input is larger than the limit.
    case tooLarge(bytes: Int, limit: Int)

    /// One line for a user.
    public var description: String {
        switch self {
        case .decoding(let e): return e.description
        case .tooLarge(let bytes, let limit):
            return "input is \(bytes) bytes, over the limit of \(limit) bytes; raise it with --max-bytes"
        }
    }
}

/// Parley's reader: a pure function from a document (and the lexicon) to a ``Reading``.
///
/// One reader serves any number of threads: it holds only immutable, compiled data.
public struct Reader: Sendable {
    /// The reader's version, stored with readings so a newer reader can re-read old documents.
    public static let version = "0.1.0"
    /// The default input limit: 5 MB.
    public static let defaultMaxBytes = 5_000_000

    let lexicon: Lexicon
    let cues: Cues
    let tokenizer: Tokenizer
    let fuzzy: FuzzyIndex
    /// The largest input accepted, in bytes.
    public var maxBytes: Int
    /// Whether to code events (the Reading's `events`); off, readings carry meetings only.
    public var codesEvents = true

    /// Compiles a reader over a loaded lexicon.
    public init(lexicon: Lexicon, maxBytes: Int = Reader.defaultMaxBytes) {
        var lex = lexicon
        cues = Cues(&lex)
        self.lexicon = lex
        tokenizer = Tokenizer(symbols: lex.symbols)
        fuzzy = FuzzyIndex(symbols: lex.symbols, excluding: lex.eventWords)
        self.maxBytes = maxBytes
    }

    /// The PLOVER type of a CAMEO code, per the shipped table.
    public func plover(_ code: String) -> String? { lexicon.cameo[code]?.plover }

    /// The PLOVER type of any CAMEO code, also one the shipped table does not list (the Goldstein table leaves out a few
    /// codebook codes such as 129 "veto" or 116 "find guilty"): the type of its nearest listed parent, as in the
    /// CAMEO-to-PLOVER mapping (129 is REJECT, 1053 REQUEST). Nil for 01x statements, which have no type, and for codes
    /// with no listed parent.
    public func ploverOfAnyCode(_ code: String) -> String? {
        var c = Substring(code)
        while !c.isEmpty {
            if let entry = lexicon.cameo[String(c)] { return entry.plover }
            c = c.dropLast()
        }
        return nil
    }

    /// Loads the shipped lexicon and compiles a reader.
    public init(maxBytes: Int = Reader.defaultMaxBytes) throws {
        self.init(lexicon: try Lexicon.load(), maxBytes: maxBytes)
    }

    /// Reads raw bytes: validates UTF-8 and the size limit first.
    public func read(bytes: [UInt8], published: ISODate? = nil, title: String? = nil) throws(ReadError) -> Reading {
        guard bytes.count <= maxBytes else { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }
        if let problem = UTF8Check.problem(in: bytes) { throw .decoding(problem) }
        return read(SourceText(bytes: bytes), published: published, title: title)
    }

    /// Reads a document whose text is already a Swift string.
    public func read(_ document: Document) throws(ReadError) -> Reading {
        read(try sourceText(of: document), published: document.published, title: document.title)
    }

    /// A document's text as bytes, checked against the size limit and for binary data.
    private func sourceText(of document: Document) throws(ReadError) -> SourceText {
        let bytes = Array(document.text.utf8)
        guard bytes.count <= maxBytes else { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }
        if let i = bytes.firstIndex(of: 0) { throw .decoding(.binary(offset: i)) }
        return SourceText(bytes: bytes)
    }

    func read(_ text: SourceText, published: ISODate?, title: String?) -> Reading {
        let (a, meetingsOnly) = readMeetings(text, published: published, title: title)
        var reading = meetingsOnly
        if codesEvents { reading.events = a.codeEvents(meetings: reading.meetings) }
        reading.convertToScalarSpans(text)
        return reading
    }

    /// Stages 1-3: the document's analysis and its Reading with meetings (spans still in bytes, no events yet).
    private func readMeetings(_ text: SourceText, published: ISODate?, title: String?) -> (Analysis, Reading) {
        let a = analyse(text, published: published, title: title)
        let (meetings, notes) = a.buildMeetings()
        a.diagnostics += notes
        let reading = Reading(
            document: DocumentInfo(title: a.title, published: a.published, sha256: SHA256.hex(text.bytes)),
            meetings: meetings, events: [], diagnostics: a.diagnostics)
        return (a, reading)
    }

    /// Reads several documents stage by stage: every document's meetings, then the event stage's three passes, each over
    /// every document. Each reading (or error) is the one `read(_:)` gives for that document alone; only the order of the
    /// work differs. Read one after another, a document's event stage pushed the meeting reader's tables out of the
    /// core's caches before the next document's meetings were read, and the meeting reader pushed the event stage's code
    /// out in turn; read in a batch, each stage's code and tables stay in the caches across the batch. A batch holds its
    /// documents' analyses until their events are coded, so a long list is read in the slices `batches(of:)` cuts.
    public func read(batch documents: [Document]) -> [Result<Reading, ReadError>] {
        var results: [Result<Reading, ReadError>] = []
        results.reserveCapacity(documents.count)
        for slice in Self.batches(of: documents) { results += readStaged(slice) }
        return results
    }

    /// `read(batch:)` for one slice: stage by stage over all of it.
    private func readStaged(_ documents: ArraySlice<Document>) -> [Result<Reading, ReadError>] {
        var results: [Result<Reading, ReadError>?] = Array(repeating: nil, count: documents.count)
        var pending: [(index: Int, analysis: Analysis, text: SourceText, reading: Reading)] = []
        pending.reserveCapacity(documents.count)
        for (i, document) in documents.enumerated() {
            let text: SourceText
            do { text = try sourceText(of: document) } catch {
                results[i] = .failure(error)
                continue
            }
            let (a, reading) = readMeetings(text, published: document.published, title: document.title)
            pending.append((i, a, text, reading))
        }
        if codesEvents {
            var passes = pending.map { $0.analysis.matchEventVerbs() }
            for k in pending.indices { pending[k].analysis.findEventActors(&passes[k], meetings: pending[k].reading.meetings) }
            for k in pending.indices {
                pending[k].reading.events = pending[k].analysis.codeEvents(meetings: pending[k].reading.meetings, passes[k])
            }
        }
        for k in pending.indices {
            pending[k].reading.convertToScalarSpans(pending[k].text)
            results[pending[k].index] = .success(pending[k].reading)
        }
        return results.map { $0! }
    }

    /// Splits documents into consecutive batches for `read(batch:)`: at most `count` documents and about 1 MB of text each
    /// (a larger document is a batch of its own).
    public static func batches(of documents: [Document], count: Int = 64) -> [ArraySlice<Document>] {
        var out: [ArraySlice<Document>] = []
        var start = 0
        var bytes = 0
        for (i, d) in documents.enumerated() {
            let n = d.text.utf8.count
            if i > start, i - start >= count || bytes + n > 1_000_000 {
                out.append(documents[start..<i])
                start = i
                bytes = 0
            }
            bytes += n
        }
        if start < documents.count { out.append(documents[start...]) }
        return out
    }

    /// Stages 1-2: tokens, sentences, zones, lexicon mentions and dates.
    func analyse(_ text: SourceText, published: ISODate?, title: String?) -> Analysis {
        var tokens = tokenizer.tokenize(text)
        var notes: [Diagnostic] = []
        correctSpelling(&tokens, text, &notes)
        let a = Analysis(text: text, tokens: tokens, lexicon: lexicon, cues: cues)
        a.diagnostics = notes
        a.tagDates()
        a.segment(givenTitle: title, givenPublished: published)
        a.storySentences = a.sentences.indices.filter { a.zones[$0] == .story }
        a.phrases = a.mechanismPhrases()
        a.persons = a.people()
        return a
    }

    /// Replaces unknown long lowercase words by the one known form one edit away, with a note.
    private func correctSpelling(_ tokens: inout [Token], _ text: SourceText, _ notes: inout [Diagnostic]) {
        for k in tokens.indices where tokens[k].sym < 0 && tokens[k].kind == .word && tokens[k].length >= 8 {
            let t = tokens[k]
            if t.isCapitalized || t.hasDigit { continue }
            let fixed: Int32? = text.bytes.withUnsafeBufferPointer { all in
                let word = UnsafeBufferPointer(rebasing: all[Int(t.start)..<Int(t.end)])
                guard word.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return nil }
                return fuzzy.correct(word)
            }
            if let fixed {
                let bytes = text.bytes[Int(t.start)..<Int(t.end)]
                tokens[k].sym = fixed
                notes.append(
                    Diagnostic(
                        .note, "read '\(String(decoding: bytes, as: UTF8.self))' as '\(lexicon.symbols.string(fixed))' (one edit)",
                        at: Span(start: Int(t.start), end: Int(t.end))))
            }
        }
    }
}
