import CParleyXML

/// The one place that talks to libxml2: parses HTML and copies the tree into `HTMLElement` values.
enum LibXMLHTML {
    /// Elements nested deeper than this are flattened into their text (keeps recursion bounded on soup).
    static let maxDepth = 160

    /// Initializes libxml2 once, before the first parse (thread-safe lazy static, no mutable state).
    private static let ready: Bool = {
        xmlInitParser()
        return true
    }()

    /// The page as a `#document` element holding the top-level elements, or nil when libxml2 finds nothing.
    /// `encoding` nil lets libxml2 follow the page's `<meta charset>`.
    static func parse(_ bytes: [UInt8], encoding: String?) -> HTMLElement? {
        guard ready, !bytes.isEmpty else { return nil }
        var options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue
        if encoding != nil { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        let flags = Int32(bitPattern: options)
        let count = Int32(clamping: bytes.count)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let encoding { return htmlReadMemory(chars.baseAddress, count, nil, encoding, flags) }
                return htmlReadMemory(chars.baseAddress, count, nil, nil, flags)
            }
        }
        guard let doc = parsed else { return nil }
        defer { xmlFreeDoc(doc) }
        return HTMLElement(name: "#document", children: contents(of: doc.pointee.children, depth: 0))
    }

    /// The text and elements of a sibling list.
    private static func contents(of first: xmlNodePtr?, depth: Int) -> [HTMLContent] {
        var contents: [HTMLContent] = []
        var node = first
        while let current = node {
            if let content = content(current, depth: depth) { contents.append(content) }
            node = current.pointee.next
        }
        return contents
    }

    private static func content(_ node: xmlNodePtr, depth: Int) -> HTMLContent? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return node.pointee.content.map { .text(String(cString: $0)) }
        case XML_ELEMENT_NODE:
            guard depth < maxDepth else { return .text(" " + flatText(node) + " ") }
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            let children = contents(of: node.pointee.children, depth: depth + 1)
            return .element(HTMLElement(name: name, attributes: attributes(node), children: children))
        default:
            return nil
        }
    }

    /// The attributes of an element, by lowercased name.
    private static func attributes(_ node: xmlNodePtr) -> [String: String] {
        var found: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            var value = ""
            var part = current.pointee.children
            while let text = part {
                if let content = text.pointee.content { value += String(cString: content) }
                part = text.pointee.next
            }
            if found[name] == nil { found[name] = value }
            attribute = current.pointee.next
        }
        return found
    }

    /// All text under `top`, walked without recursion, skipping script, style and the like.
    private static func flatText(_ top: xmlNodePtr) -> String {
        var text = ""
        var node = top.pointee.children
        while let current = node {
            var enter = false
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                text += String(cString: content)
            } else if current.pointee.type == XML_ELEMENT_NODE {
                let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                enter = !HTMLNoise.hardTags.contains(name)
                text += " "
            }
            node = next(after: current, entering: enter, below: top)
        }
        return text
    }

    /// The next node in document order below `top` (children first when `entering`), or nil at the end.
    private static func next(after node: xmlNodePtr, entering: Bool, below top: xmlNodePtr) -> xmlNodePtr? {
        if entering, let child = node.pointee.children { return child }
        var current = node
        while current != top {
            if let sibling = current.pointee.next { return sibling }
            guard let parent = current.pointee.parent else { return nil }
            current = parent
        }
        return nil
    }
}
