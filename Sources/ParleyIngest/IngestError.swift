/// Why a file, or one line of a JSONL file, could not be loaded.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path is missing, a folder where a file was expected, or cannot be opened.
    case unreadable(path: String, reason: String)
    /// The bytes are not valid UTF-8 from this byte offset (counted in the file) on.
    case invalidUTF8(path: String, offset: Int)
    /// A NUL byte at this byte offset: the file is binary, not text.
    case binary(path: String, offset: Int)
    /// The file is larger than the limit.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A line of a JSONL file (counted from 1) is not a usable document.
    case badLine(path: String, line: Int, reason: String)
    /// The file's extension is not one of .txt .md .markdown .html .htm .jsonl.
    case unsupported(path: String)

    /// One line for a user: `path: what is wrong; how to fix it`.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason)); check the path and its permissions"
        case .invalidUTF8(let path, let offset):
            return "\(path): not valid UTF-8 at byte offset \(offset); convert the file to UTF-8 "
                + "(e.g. iconv -f WINDOWS-1252 -t UTF-8)"
        case .binary(let path, let offset):
            return "\(path): binary data (NUL byte) at byte offset \(offset); give a text, Markdown, HTML or JSONL file"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): \(bytes) bytes, over the limit of \(limit) bytes; raise the limit or split the file"
        case .badLine(let path, let line, let reason):
            return "\(path):\(line): \(reason); write each line as one JSON object with a \"text\" string"
        case .unsupported(let path):
            return "\(path): unsupported file type; give a .txt, .md, .markdown, .html, .htm or .jsonl file"
        }
    }
}
