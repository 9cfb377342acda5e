import ParleyModel
import ParleyReader

/// One reader for all reader tests: compiling the lexicon once keeps the suite fast.
enum ReaderFixture {
    static let reader: Reader = {
        do { return try Reader() } catch { fatalError("shipped lexicon does not load: \(error)") }
    }()

    /// Reads a text with an optional publication date.
    static func read(_ text: String, published: String? = nil) throws -> Reading {
        try reader.read(Document(text: text, published: published.flatMap(ISODate.init(iso:))))
    }

    /// The first meeting of a text, or nil.
    static func meeting(_ text: String, published: String? = nil) throws -> Meeting? {
        try read(text, published: published).meetings.first
    }
}
