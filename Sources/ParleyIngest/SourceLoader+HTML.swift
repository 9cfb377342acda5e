import ParleyModel

extension SourceLoader {
    /// An HTML page reduced to its article; the title leads the text so that the reader sees a headline.
    static func loadHTML(_ bytes: ArraySlice<UInt8>, path: String, given: GivenFacts) -> Result<
        SourceDocument, IngestError
    > {
        if let offset = UTF8Validation.firstNUL(in: bytes) { return .failure(.binary(path: path, offset: offset)) }
        if let problem = UTF8Validation.firstProblem(in: bytes) {
            let declared = HTMLCharset.declared(in: bytes)
            if declared == nil || HTMLCharset.isUTF8(declared!) { return .failure(problem.error(path: path)) }
        }
        let article = HTMLText.extract(Array(bytes))
        var document = SourceDocument(origin: path, text: leadingTitle(article), title: article.title)
        document.published = given.published ?? article.published
        document.sourceURL = given.sourceURL ?? article.sourceURL
        document.publisher = article.publisher
        if article.text.isEmpty { document.warnings.append("no article text found in the page") }
        return .success(document)
    }

    /// `title + "\n" + text`, unless there is no title or the text already starts with it.
    static func leadingTitle(_ article: HTMLArticle) -> String {
        guard let title = article.title, !title.isEmpty, !article.text.hasPrefix(title) else { return article.text }
        return article.text.isEmpty ? title : title + "\n" + article.text
    }
}
