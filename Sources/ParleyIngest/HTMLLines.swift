/// Writes an element's text as lines: one per paragraph, whitespace collapsed, furniture left out.
struct HTMLLines {
    /// Elements that end a line.
    static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "section", "article", "blockquote", "pre",
        "dd", "dt", "table", "ul", "ol", "dl", "main", "header", "footer", "nav", "aside", "hr", "address", "body",
        "html", "form", "fieldset", "center", "details", "summary", "caption", "thead", "tbody", "tfoot",
    ]
    /// Line openings of links and calls to action, compared case-insensitively at a word boundary.
    static let boilerplate = ["read more", "also read", "read also", "related:", "see also", "click here", "follow us"]

    private var lines: [String] = []
    private var current = ""

    /// The text of `root`: its paragraphs separated by `\n`, no empty lines.
    static func text(of root: HTMLElement) -> String {
        var writer = HTMLLines()
        writer.walk(root, in: root, isRoot: true, preformatted: false)
        writer.endLine()
        return writer.lines.joined(separator: "\n")
    }

    private mutating func walk(_ element: HTMLElement, in root: HTMLElement, isRoot: Bool, preformatted: Bool) {
        if isRoot
            ? HTMLNoise.isHardDropped(name: element.name, attributes: element.attributes)
            : HTMLNoise.drops(element, within: root)
        {
            return
        }
        let block = Self.blockTags.contains(element.name)
        let pre = preformatted || element.name == "pre"
        if block { endLine() }
        for child in element.children {
            switch child {
            case .text(let text): append(text, preformatted: pre)
            case .element(let inner): walk(inner, in: root, isRoot: false, preformatted: pre)
            }
        }
        if element.name == "td" || element.name == "th" { current += " " }
        if block { endLine() }
    }

    /// Adds text to the current line; inside `<pre>` its line breaks end lines.
    private mutating func append(_ text: String, preformatted: Bool) {
        guard preformatted else {
            current += text
            return
        }
        for (k, part) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if k > 0 { endLine() }
            current += part
        }
    }

    private mutating func endLine() {
        let line = Self.collapse(current)
        current = ""
        if !line.isEmpty && !Self.isBoilerplate(line) { lines.append(line) }
    }

    /// Whether a line is a "Read more"-style link or call to action.
    static func isBoilerplate(_ line: String) -> Bool {
        let lower = line.lowercased()
        return boilerplate.contains { opening in
            guard lower.hasPrefix(opening) else { return false }
            let next = lower.dropFirst(opening.count).first
            return next == nil || !(next!.isLetter || next!.isNumber)
        }
    }

    /// The text with every run of whitespace (no-break spaces and line breaks included) made one space, trimmed.
    static func collapse(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }
}
