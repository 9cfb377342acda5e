/// An element of a parsed HTML page, copied out of libxml2's tree into plain values.
struct HTMLElement: Sendable, Equatable {
    /// The lowercased tag name (`#document` for the page itself).
    var name: String
    /// The attributes, by lowercased name (the first of duplicates wins).
    var attributes: [String: String]
    /// Text and elements, in document order.
    var children: [HTMLContent]
    /// Visible characters inside (not counting whitespace or script, style and the like).
    let textWeight: Int
    /// Visible characters inside `<p>` elements.
    let paragraphWeight: Int

    /// Creates an element and weighs its text.
    init(name: String, attributes: [String: String] = [:], children: [HTMLContent] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
        if HTMLNoise.isHardDropped(name: name, attributes: attributes) {
            (textWeight, paragraphWeight) = (0, 0)
            return
        }
        var text = 0
        var paragraph = 0
        for child in children {
            switch child {
            case .text(let t): text += t.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
            case .element(let e): (text, paragraph) = (text + e.textWeight, paragraph + e.paragraphWeight)
            }
        }
        textWeight = text
        paragraphWeight = name == "p" ? text : paragraph
    }

    /// The value of an attribute, lowercased, or "" when absent.
    func lowered(_ attribute: String) -> String { attributes[attribute]?.lowercased() ?? "" }

    /// The first element in document order (this one included) that matches; subtrees for which `skip`
    /// is true are not entered.
    func first(where match: (HTMLElement) -> Bool, skipping skip: (HTMLElement) -> Bool = { _ in false })
        -> HTMLElement?
    {
        if skip(self) { return nil }
        if match(self) { return self }
        for case .element(let child) in children {
            if let found = child.first(where: match, skipping: skip) { return found }
        }
        return nil
    }

    /// Every element in document order (this one included) that matches, not entering skipped subtrees.
    func all(where match: (HTMLElement) -> Bool, skipping skip: (HTMLElement) -> Bool) -> [HTMLElement] {
        var found: [HTMLElement] = []
        collect(into: &found, match, skip)
        return found
    }

    private func collect(into found: inout [HTMLElement], _ match: (HTMLElement) -> Bool, _ skip: (HTMLElement) -> Bool)
    {
        if skip(self) { return }
        if match(self) { found.append(self) }
        for case .element(let child) in children { child.collect(into: &found, match, skip) }
    }

    /// The text inside on one line, whitespace collapsed, without script, style and the like.
    var plainText: String {
        var raw = ""
        appendText(to: &raw)
        return HTMLLines.collapse(raw)
    }

    private func appendText(to raw: inout String) {
        if HTMLNoise.isHardDropped(name: name, attributes: attributes) { return }
        for child in children {
            switch child {
            case .text(let t): raw += t
            case .element(let e):
                let block = HTMLLines.blockTags.contains(e.name) || e.name == "td" || e.name == "th"
                if block { raw += " " }
                e.appendText(to: &raw)
                if block { raw += " " }
            }
        }
    }
}

/// A piece of an element's content.
enum HTMLContent: Sendable, Equatable {
    /// A child element.
    case element(HTMLElement)
    /// Text, entities decoded.
    case text(String)
}
