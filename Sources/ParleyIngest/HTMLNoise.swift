/// Page furniture that is not article text: scripts, navigation, asides, captions, teasers, banners.
enum HTMLNoise {
    /// Elements never read: code, media, controls and the document head.
    static let hardTags: Set<String> = [
        "script", "style", "noscript", "template", "button", "iframe", "svg", "math", "figure", "figcaption",
        "select", "option", "input", "textarea", "object", "embed", "canvas", "video", "audio", "head", "title",
        "meta", "link",
    ]
    /// Elements left out unless they hold most of the text (ASP.NET pages wrap everything in a `<form>`).
    static let softTags: Set<String> = ["nav", "header", "footer", "aside", "form"]
    /// Words in a class or id that mark furniture (matched at the start of a word, or at its end when longer).
    static let markers = [
        "nav", "menu", "footer", "header", "sidebar", "related", "share", "social", "advert", "ads", "promo",
        "teaser", "caption", "breadcrumb", "subscribe", "newsletter", "comment", "cookie", "popup", "modal",
    ]
    /// Words that contain a marker but do not mark furniture.
    static let exceptions: Set<String> = ["commentary", "shared", "navy"]
    /// ARIA roles of furniture.
    static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog",
    ]

    /// Whether an element is never read: a hard tag, `hidden`, or `display: none`.
    static func isHardDropped(name: String, attributes: [String: String]) -> Bool {
        if hardTags.contains(name) || attributes["hidden"] != nil { return true }
        guard let style = attributes["style"]?.lowercased() else { return false }
        return style.filter { $0 != " " }.contains("display:none")
    }

    /// Whether to leave `element` out of the text of `root`: hard-dropped, or marked as furniture and not
    /// holding most of the root's text (a wrapper like `<div class="has-sidebar">` is kept).
    static func drops(_ element: HTMLElement, within root: HTMLElement) -> Bool {
        if isHardDropped(name: element.name, attributes: element.attributes) { return true }
        guard isMarked(element) else { return false }
        return !holdsMostText(element, of: root)
    }

    /// Marked as furniture by tag, class, id or role.
    static func isMarked(_ element: HTMLElement) -> Bool {
        softTags.contains(element.name) || roles.contains(element.lowered("role")) || hasMarkedClassOrID(element)
    }

    /// A class or id word is a furniture marker (`site-nav`, `mainMenu`, `sidebar2`, `ads`).
    static func hasMarkedClassOrID(_ element: HTMLElement) -> Bool {
        let values = [element.attributes["class"], element.attributes["id"]].compactMap { $0 }
        return values.contains { value in words(value).contains(where: isMarker) }
    }

    /// Whether the element holds more than half of the root's paragraph text (of all its text when no `<p>`).
    static func holdsMostText(_ element: HTMLElement, of root: HTMLElement) -> Bool {
        if root.paragraphWeight > 0 { return element.paragraphWeight * 2 > root.paragraphWeight }
        return element.textWeight * 2 > root.textWeight
    }

    /// The lowercased words of a class or id: split at non-alphanumerics and lower-to-upper case changes.
    static func words(_ value: String) -> [String] {
        var words: [String] = []
        var word = ""
        var previousLower = false
        for scalar in value.unicodeScalars {
            let isAlnum = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            let isUpper = scalar.properties.isUppercase
            if !isAlnum || (isUpper && previousLower), !word.isEmpty {
                words.append(word)
                word = ""
            }
            if isAlnum { word += String(scalar).lowercased() }
            previousLower = isAlnum && scalar.properties.isLowercase
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    private static func isMarker(_ word: String) -> Bool {
        guard !exceptions.contains(word) else { return false }
        return markers.contains { word.hasPrefix($0) || ($0 != "ads" && word.hasSuffix($0)) }
    }
}
