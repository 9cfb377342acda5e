/// Chooses the element that holds a page's article.
enum HTMLContentRoot {
    /// Class or id fragments (lowercased, `-` and `_` removed) of an article body.
    static let bodyMarkers = ["articlebody", "storybody", "entrycontent", "postcontent"]

    /// The heaviest `<article>` (not one marked as a teaser), else the heaviest article-body element, else the
    /// first `<main>` with text, else `<body>`, else the whole page. Candidates inside furniture (an `<aside>`,
    /// a sidebar) are passed over unless that furniture holds most of the page's text.
    static func choose(in document: HTMLElement) -> HTMLElement {
        let skip = { (e: HTMLElement) in HTMLNoise.drops(e, within: document) }
        let articles = document.all(
            where: { $0.name == "article" && !HTMLNoise.hasMarkedClassOrID($0) }, skipping: skip)
        if let article = heaviest(articles) { return article }
        if let body = heaviest(document.all(where: isArticleBody, skipping: skip)) { return body }
        if let main = document.first(where: { $0.name == "main" && $0.textWeight > 0 }, skipping: skip) { return main }
        return document.first(where: { $0.name == "body" }) ?? document
    }

    /// `itemprop="articleBody"`, or a class or id containing article-body, story-body, entry-content, post-content.
    static func isArticleBody(_ element: HTMLElement) -> Bool {
        if element.lowered("itemprop").contains("articlebody") { return true }
        let names = (element.lowered("class") + " " + element.lowered("id")).filter { $0 != "-" && $0 != "_" }
        return bodyMarkers.contains { names.contains($0) }
    }

    /// The candidate with the most text (the first on ties), ignoring empty ones.
    private static func heaviest(_ candidates: [HTMLElement]) -> HTMLElement? {
        candidates.filter { $0.textWeight > 0 }.max { $0.textWeight < $1.textWeight }
    }
}
