import ParleyModel

/// What an HTML page says: its article text and the metadata found around it.
public struct HTMLArticle: Sendable, Equatable {
    /// The headline: the first `<h1>`, else the `<title>` without a short site-name suffix.
    public var title: String?
    /// The article's paragraphs, one a line, separated by `\n`.
    public var text: String
    /// The publication date from `article:published_time`, a `date` meta tag or a `<time datetime>`.
    public var published: ISODate?
    /// The page's address from `<link rel="canonical">` or `og:url`.
    public var sourceURL: String?
    /// The site's name from `og:site_name`.
    public var publisher: String?

    /// Creates an article.
    public init(
        title: String? = nil, text: String, published: ISODate? = nil, sourceURL: String? = nil,
        publisher: String? = nil
    ) {
        self.title = title
        self.text = text
        self.published = published
        self.sourceURL = sourceURL
        self.publisher = publisher
    }
}
