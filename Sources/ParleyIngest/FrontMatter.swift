/// A `---` block of `key: value` lines at the top of a text or Markdown file.
public enum FrontMatter {
    /// `---` line, `key: value` lines (title, published or date, source_url or url, publisher), `---` line;
    /// returns the fields (lowercased keys, values unquoted), the body after it, and a warning when the block
    /// is never closed or a line is not `key: value` (then the whole text is the body and fields are empty).
    ///
    /// Blank lines and `#` comments inside the block are skipped, and so are the indented or `- ` lines of a
    /// YAML list or map under a key with no value. A text that does not start with a `---` line has no front
    /// matter: no fields, the whole text, no warning.
    public static func parse(_ text: String) -> (fields: [String: String], body: String, warning: String?) {
        let lines = FrontMatterLine.split(text)
        guard let first = lines.first, first.content.trimmingWhitespace() == "---" else { return ([:], text, nil) }
        guard let close = lines.dropFirst().firstIndex(where: isClosing) else {
            return ([:], text, unclosed)
        }
        var fields: [String: String] = [:]
        var openKey = false
        for line in lines[1..<close] {
            let trimmed = line.content.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if openKey && (line.content.first?.isWhitespace == true || trimmed.hasPrefix("- ") || trimmed == "-") {
                continue
            }
            guard let (key, value) = field(line.content) else { return ([:], text, badLine(line)) }
            let block = ["|", ">", "|-", ">-", "|+", ">+"].contains(value)
            if !block { fields[key] = value }
            openKey = value.isEmpty || block
        }
        return (fields, String(text[lines[close].end...]), nil)
    }

    /// A `---` (or YAML's `...`) line ends the block.
    private static func isClosing(_ line: FrontMatterLine) -> Bool {
        let trimmed = line.content.trimmingWhitespace()
        return trimmed == "---" || trimmed == "..."
    }

    /// The warning for a block without its closing line.
    static let unclosed =
        "front matter opened with '---' on line 1 is never closed; add a '---' line after the fields (read as text)"

    /// The lowercased key and unquoted value of a `key: value` line, or nil.
    static func field(_ line: Substring) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingWhitespace()
        let allowed = key.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
        guard !key.isEmpty, allowed, line[..<colon].first?.isWhitespace == false else { return nil }
        return (key.lowercased(), unquote(line[line.index(after: colon)...].trimmingWhitespace()))
    }

    /// The value without matching outer quotes; `''` inside single quotes and `\"`, `\\` inside double quotes
    /// unescaped.
    static func unquote(_ value: String) -> String {
        guard value.count >= 2, let open = value.first, value.last == open, open == "\"" || open == "'" else {
            return value
        }
        let inner = String(value.dropFirst().dropLast())
        if open == "'" { return inner.replacingAll("''", with: "'") }
        return inner.replacingAll("\\\\", with: "\u{0}").replacingAll("\\\"", with: "\"").replacingAll(
            "\u{0}", with: "\\")
    }

    private static func badLine(_ line: FrontMatterLine) -> String {
        let shown = line.content.count > 40 ? line.content.prefix(40) + "…" : line.content
        return "front matter line \(line.number) is not 'key: value' (\"\(shown)\"); fix the line or close the block "
            + "with '---' (read as text)"
    }
}

/// One line of a text, without its line break, and where the next line starts.
struct FrontMatterLine {
    /// The line's characters, without `\n` or `\r\n`.
    var content: Substring
    /// The line number, from 1.
    var number: Int
    /// The index just after the line's `\n` (the text's end for the last line).
    var end: String.Index

    /// The lines of `text`, split on `\n` (a `\r` before it is dropped from the content).
    static func split(_ text: String) -> [FrontMatterLine] {
        var lines: [FrontMatterLine] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        if text.hasPrefix("\u{FEFF}") { start = text.index(after: text.startIndex) }
        while start < utf8.endIndex {
            let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n"))
            var stop = newline ?? utf8.endIndex
            if stop > start, utf8[utf8.index(before: stop)] == UInt8(ascii: "\r") { stop = utf8.index(before: stop) }
            let content = text[start..<stop]
            let end = newline.map { utf8.index(after: $0) } ?? utf8.endIndex
            lines.append(FrontMatterLine(content: content, number: lines.count + 1, end: end))
            start = end
        }
        return lines
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
