import ParleyModel

/// A page's headline, date, address and publisher, read from its tags.
struct HTMLMetadata {
    var title: String?
    var published: ISODate?
    var sourceURL: String?
    var publisher: String?

    /// `meta` keys that carry the publication date, best first.
    static let dateKeys = ["article:published_time", "date", "pubdate", "publish-date", "datepublished"]

    /// Reads the metadata of `document`, whose article is `root`.
    init(document: HTMLElement, root: HTMLElement) {
        let metas = Self.metaValues(document)
        publisher = metas["og:site_name"]
        title = Self.headline(document, root) ?? Self.pageTitle(document, siteName: publisher) ?? metas["og:title"]
        published = Self.published(metas, document, root)
        sourceURL = Self.canonical(document) ?? metas["og:url"]
    }

    /// `content` of every `<meta>` by its lowercased `property`, `name` and `itemprop` (first non-empty wins).
    static func metaValues(_ document: HTMLElement) -> [String: String] {
        var values: [String: String] = [:]
        for meta in document.all(where: { $0.name == "meta" }, skipping: { $0.name == "svg" }) {
            let content = HTMLLines.collapse(meta.attributes["content"] ?? "")
            guard !content.isEmpty else { continue }
            for key in [meta.lowered("property"), meta.lowered("name"), meta.lowered("itemprop")] where !key.isEmpty {
                if values[key] == nil { values[key] = content }
            }
        }
        return values
    }

    /// The first `<h1>` of the article, else the first of the page outside furniture.
    static func headline(_ document: HTMLElement, _ root: HTMLElement) -> String? {
        let isH1 = { (e: HTMLElement) in e.name == "h1" && !e.plainText.isEmpty }
        let hard = { (e: HTMLElement) in HTMLNoise.isHardDropped(name: e.name, attributes: e.attributes) }
        let h1 =
            root.first(where: isH1, skipping: hard)
            ?? document.first(where: isH1, skipping: { HTMLNoise.drops($0, within: document) })
        return h1?.plainText
    }

    /// The `<title>` text without a short site-name suffix.
    static func pageTitle(_ document: HTMLElement, siteName: String?) -> String? {
        let title = document.first(where: { $0.name == "title" }, skipping: { $0.name == "svg" || $0.name == "math" })
        let text = title.map { HTMLLines.collapse($0.children.map(Self.rawText).joined()) } ?? ""
        return text.isEmpty ? nil : strippingSiteSuffix(text, siteName: siteName)
    }

    /// "Talks held | Ministry" → "Talks held": the part after the last ` | `, ` - `, ` – `, ` — ` or ` :: ` goes
    /// when it is the site's name, or at most 60 characters and shorter than what comes before it
    /// (so "India - Pakistan talks" stays whole).
    static func strippingSiteSuffix(_ title: String, siteName: String? = nil) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: "]
        let found: [Range<String.Index>] = separators.compactMap { title.ranges(of: $0).last }
        guard let last = found.max(by: { $0.lowerBound < $1.lowerBound }) else { return title }
        let head = title[..<last.lowerBound].trimmingWhitespace()
        let tail = title[last.upperBound...].trimmingWhitespace()
        guard !head.isEmpty, tail == siteName || (tail.count <= 60 && tail.count < head.count) else { return title }
        return head
    }

    /// The date of the `meta` tags, else of the first `<time datetime>` in the article, else in the page.
    static func published(_ metas: [String: String], _ document: HTMLElement, _ root: HTMLElement) -> ISODate? {
        for key in dateKeys {
            if let value = metas[key], let date = DateValue.parse(value) { return date }
        }
        let isTime = { (e: HTMLElement) in e.name == "time" && DateValue.parse(e.attributes["datetime"] ?? "") != nil }
        let time = root.first(where: isTime) ?? document.first(where: isTime)
        return time.flatMap { DateValue.parse($0.attributes["datetime"] ?? "") }
    }

    /// The `href` of the first `<link rel="canonical">`.
    static func canonical(_ document: HTMLElement) -> String? {
        let isCanonical = { (e: HTMLElement) in
            e.name == "link" && e.lowered("rel").split(separator: " ").contains("canonical")
                && !(e.attributes["href"] ?? "").trimmingWhitespace().isEmpty
        }
        let link = document.first(where: isCanonical, skipping: { $0.name == "svg" })
        return link?.attributes["href"]?.trimmingWhitespace()
    }

    private static func rawText(_ content: HTMLContent) -> String {
        switch content {
        case .text(let t): return t
        case .element(let e): return e.children.map(rawText).joined()
        }
    }
}
