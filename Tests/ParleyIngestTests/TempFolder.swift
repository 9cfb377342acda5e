import Foundation

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TempFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "parley-ingest-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes a file at `relative` (creating folders), returning its full path.
    @discardableResult
    func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let full = path + "/" + relative
        let folder = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Writes a UTF-8 text file.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String { try write(relative, Array(text.utf8)) }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
