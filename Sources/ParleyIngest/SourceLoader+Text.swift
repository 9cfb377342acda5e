import ParleyModel

extension SourceLoader {
    /// A text or Markdown file: front matter read into fields, the rest is the text.
    static func loadText(_ bytes: ArraySlice<UInt8>, path: String, given: GivenFacts) -> Result<
        SourceDocument, IngestError
    > {
        if let problem = UTF8Validation.firstProblem(in: bytes) { return .failure(problem.error(path: path)) }
        let (fields, body, warning) = FrontMatter.parse(String(decoding: bytes, as: UTF8.self))
        var document = SourceDocument(origin: path, text: body, warnings: warning.map { [$0] } ?? [])
        document.title = fields["title"].nonBlank
        document.publisher = fields["publisher"].nonBlank
        document.sourceURL = given.sourceURL ?? (fields["source_url"] ?? fields["url"]).nonBlank
        document.published = given.published
        if given.published == nil, let raw = (fields["published"] ?? fields["date"]).nonBlank {
            document.published = DateValue.parse(raw)
            if document.published == nil { document.warnings.append(DateValue.warning(raw, from: "front matter date")) }
        }
        if body.trimmingWhitespace().isEmpty { document.warnings.append("no text: the file is empty") }
        return .success(document)
    }
}
