/// The kinds of file the loader reads, told apart by extension.
enum SourceFormat: Sendable, Equatable {
    /// Plain text or Markdown, with optional front matter.
    case text
    /// An HTML page.
    case html
    /// One JSON document per line.
    case jsonl

    /// The format for a path's extension (case-insensitive), or nil when unsupported.
    init?(path: String) {
        switch SourceFormat.pathExtension(path) {
        case "txt", "md", "markdown": self = .text
        case "html", "htm": self = .html
        case "jsonl": self = .jsonl
        default: return nil
        }
    }

    /// The lowercased text after the last dot of the last path component ("" when none).
    static func pathExtension(_ path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
