import Foundation
import ParleyModel

/// Loads files into `SourceDocument`s: text and Markdown with front matter, HTML pages, JSONL batches.
public enum SourceLoader {
    /// The documents of one file: one for .txt/.md/.html, one per line for .jsonl
    /// ({"id","text","published","title","source_url"}; blank lines skipped). Each element is a document or the
    /// error that stopped it (one bad JSONL line does not stop the others).
    ///
    /// `published` and `sourceURL` override what a text or HTML file says; for JSONL they fill in for lines that
    /// say nothing. The size limit is checked before reading.
    public static func load(
        path: String, maxBytes: Int, published: ISODate? = nil, sourceURL: String? = nil
    ) -> [Result<SourceDocument, IngestError>] {
        guard SourceFormat(path: path) != nil else { return [.failure(.unsupported(path: path))] }
        switch SourceReading.bytes(of: path, maxBytes: maxBytes) {
        case .failure(let error): return [.failure(error)]
        case .success(let bytes):
            return load(bytes: bytes, path: path, maxBytes: maxBytes, published: published, sourceURL: sourceURL)
        }
    }

    /// The same for bytes already in memory (path used for messages and the extension).
    public static func load(
        bytes: [UInt8], path: String, maxBytes: Int, published: ISODate? = nil, sourceURL: String? = nil
    ) -> [Result<SourceDocument, IngestError>] {
        guard let format = SourceFormat(path: path) else { return [.failure(.unsupported(path: path))] }
        guard bytes.count <= maxBytes else {
            return [.failure(.tooLarge(path: path, bytes: bytes.count, limit: maxBytes))]
        }
        let given = GivenFacts(published: published, sourceURL: sourceURL)
        let content = UTF8Validation.droppingBOM(bytes)
        switch format {
        case .text: return [loadText(content, path: path, given: given)]
        case .html: return [loadHTML(content, path: path, given: given)]
        case .jsonl: return loadJSONL(content, path: path, given: given)
        }
    }
}

/// What the caller knows of a file from outside it.
struct GivenFacts {
    var published: ISODate?
    var sourceURL: String?
}

/// Reading a file's bytes within a size limit.
enum SourceReading {
    /// The bytes of the file at `path`; refuses folders, missing files and files over `maxBytes`
    /// (by their size before reading, and by what was read for files whose size is unknown or growing).
    static func bytes(of path: String, maxBytes: Int) -> Result<[UInt8], IngestError> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(.unreadable(path: path, reason: "no such file"))
        }
        guard !isFolder.boolValue else { return .failure(.unreadable(path: path, reason: "a folder, not a file")) }
        let limit = max(maxBytes, 0)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > limit {
            return .failure(.tooLarge(path: path, bytes: size, limit: limit))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.unreadable(path: path, reason: "cannot be opened"))
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: limit == Int.max ? limit : limit + 1) ?? Data() else {
            return .failure(.unreadable(path: path, reason: "reading failed"))
        }
        guard data.count <= limit else { return .failure(.tooLarge(path: path, bytes: data.count, limit: limit)) }
        return .success([UInt8](data))
    }
}

extension Optional where Wrapped == String {
    /// The trimmed string, or nil when absent or blank.
    var nonBlank: String? {
        guard let trimmed = self?.trimmingWhitespace(), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
