/// One report to read: its text and what is known about it from outside the text.
public struct Document: Sendable {
    /// The report's text, as given.
    public var text: String
    /// The publication date given by the caller (`--published`), if any; otherwise read from the text.
    public var published: ISODate?
    /// A title given by the caller (e.g. front matter); otherwise read from the first line.
    public var title: String?
    /// Where the report came from (a path or URL), for messages.
    public var source: String?

    /// Creates a document.
    public init(text: String, published: ISODate? = nil, title: String? = nil, source: String? = nil) {
        self.text = text
        self.published = published
        self.title = title
        self.source = source
    }
}
