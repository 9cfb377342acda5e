import ParleyModel

/// One report ready to read, with what is known of it from outside its text.
public struct SourceDocument: Sendable, Equatable {
    /// Where the report came from: the file path, plus `#L<n>` for a line of a JSONL file.
    public var origin: String
    /// The article text (HTML reduced to text; front matter removed).
    public var text: String
    /// The headline, when the file states one (front matter, HTML `<h1>`/`<title>`, JSONL `title`).
    public var title: String?
    /// The publication date, from the caller or the file.
    public var published: ISODate?
    /// The address the report was published at, from the caller or the file.
    public var sourceURL: String?
    /// Who published the report (front matter `publisher`, HTML `og:site_name`).
    public var publisher: String?
    /// The `id` of a JSONL line.
    public var externalID: String?
    /// Problems that did not stop the loading, e.g. broken front matter or an unreadable date.
    public var warnings: [String]

    /// Creates a document.
    public init(
        origin: String, text: String, title: String? = nil, published: ISODate? = nil, sourceURL: String? = nil,
        publisher: String? = nil, externalID: String? = nil, warnings: [String] = []
    ) {
        self.origin = origin
        self.text = text
        self.title = title
        self.published = published
        self.sourceURL = sourceURL
        self.publisher = publisher
        self.externalID = externalID
        self.warnings = warnings
    }
}
