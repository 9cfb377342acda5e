/// Turns HTML pages into article text.
public enum HTMLText {
    /// Reduces an HTML page to its article text with libxml2's HTML parser (recovering from soup).
    ///
    /// The article is the heaviest `<article>`, else an `articleBody`/`article-body`/`story-body`/
    /// `entry-content`/`post-content` element, else `<main>`, else `<body>`; scripts, navigation, asides,
    /// captions and teasers are left out. Never fails: unreadable input gives an empty text.
    public static func extract(_ bytes: [UInt8]) -> HTMLArticle {
        let page = Array(UTF8Validation.droppingBOM(bytes))
        let encoding = HTMLCharset.parserEncoding(for: page)
        guard let document = LibXMLHTML.parse(page, encoding: encoding) else { return HTMLArticle(text: "") }
        let root = HTMLContentRoot.choose(in: document)
        let meta = HTMLMetadata(document: document, root: root)
        return HTMLArticle(
            title: meta.title, text: HTMLLines.text(of: root), published: meta.published, sourceURL: meta.sourceURL,
            publisher: meta.publisher
        )
    }
}
